"""The body region: which run of blocks reads most like the article."""

from __future__ import annotations

import pytest

import newsclean
from newsclean.body import (
    FRAGMENT_PENALTY,
    MIN_PROSE_BEYOND_BOX,
    PROSE_MAX,
    _free_list_runs,
    block_score,
    find_body_region,
)
from newsclean.filters import phrase_filters
from newsclean.filters.structure import DateLineFilter
from newsclean.kinds import Kind

from .helpers import page_of

LONG_CUT = (
    "Unlike the band's earlier records, which were made in a week in a rented barn outside the city, "
    "the new album was recorded over two winters with a string section and a choir borrowed from"
)


def test_a_long_paragraph_cut_before_a_link_scores_as_prose() -> None:
    """No closing stop (the scraper cut it before a linked name), but the words of running text."""
    page = page_of(LONG_CUT)
    assert block_score(page, 0) >= 1.5
    assert block_score(page, 0) <= PROSE_MAX + 0.5


def test_a_long_keyword_list_is_not_prose() -> None:
    keywords = " ".join(f"Keyword{i} Tag{i}" for i in range(20))
    assert block_score(page_of(keywords), 0) == 1.0


PARAGRAPH = (
    "The river rose more than two metres overnight, and by morning the council had closed both "
    "bridges into the old town while volunteers filled sandbags outside the school."
)
PARAGRAPH2 = (
    "Engineers said the new flood wall had held, but warned that the river would stay high for "
    "several days as rain continued to fall on the hills above the valley."
)


def region_texts(*lines: str) -> list[str]:
    page = page_of(*lines)
    for f in phrase_filters():
        for d in f(page):
            page.apply(f.name, d)
    region = find_body_region(page)
    return [page.text_of(i) for i in range(region.first, region.last + 1) if not page.is_decided(i)]


def test_a_list_between_paragraphs_stays_in_the_region() -> None:
    """Short lines that name what the paragraphs discuss are the article's list, not a menu."""
    items = ["Closed bridges into the old town", "Sandbags outside the school", "Flood wall held overnight"]
    kept = region_texts(PARAGRAPH, *items, PARAGRAPH2)
    assert kept == [PARAGRAPH, *items, PARAGRAPH2]


def test_a_short_last_statement_stays_but_a_call_to_the_reader_goes() -> None:
    kept = region_texts(PARAGRAPH, PARAGRAPH2, "He declined to comment.")
    assert kept[-1] == "He declined to comment."
    kept = region_texts(PARAGRAPH, PARAGRAPH2, "What do you think?")
    assert kept[-1] == PARAGRAPH2


def test_the_region_stops_at_the_comments() -> None:
    comment = (
        "I live by the old bridge and the water came right up to our door, so thank you to the "
        "volunteers who spent the whole night filling sandbags for us."
    )
    kept = region_texts(PARAGRAPH, PARAGRAPH2, "3 Comments", comment, comment + " Really.")
    assert kept == [PARAGRAPH, PARAGRAPH2]


def test_the_authors_biography_after_the_last_paragraph_is_not_the_article() -> None:
    bio = "Jane Holloway is a freelance writer and photographer based in the valley."
    assert region_texts(PARAGRAPH, PARAGRAPH2, bio) == [PARAGRAPH, PARAGRAPH2]


def test_repeated_labels_and_their_values_stay_with_the_body() -> None:
    """A fact box under each item: "Founded:" / "1998", "Staff:" / "40 people"."""
    rows = []
    for year, staff in (("1998", "40 people"), ("2004", "12 people"), ("2011", "75 people")):
        rows += ["Founded:", year, "Staff:", staff, PARAGRAPH]
    kept = region_texts(PARAGRAPH2, *rows)
    assert kept == [PARAGRAPH2, *rows]


def test_a_table_scraped_cell_by_cell_stays_in_the_region() -> None:
    """A shopping list under a meal plan, one cell a line: "Semi-skimmed milk" / "1 pint" / "2 pints"."""
    items = ["Semi-skimmed milk", "Mixed salad leaves", "New potatoes", "Tinned tomatoes", "Wholemeal bread"] * 4
    rows = ["Amounts for 2 people", "Amounts for 4 people"]
    for n, item in enumerate(items, start=1):
        rows += [item, f"{n} pack", f"{2 * n} packs"]
    kept = region_texts(PARAGRAPH, PARAGRAPH2, *rows, PARAGRAPH3, PARAGRAPH4)
    assert kept[-2:] == [PARAGRAPH3, PARAGRAPH4]
    assert "Mixed salad leaves" in kept


DISTRICTS = (
    ("Old Town", "412", "38%", "9,000"),
    ("Riverside", "377", "41%", "7,500"),
    ("North Bank", "96", "12%", "2,000"),
    ("Mill Lane", "58", "9%", "1,200"),
    ("Station Quarter", "21", "4%", "600"),
)


def test_a_table_at_the_articles_end_is_taken_in_with_its_headings() -> None:
    """The story's data after its last paragraph, one cell a line: a row of headings, then rows
    whose columns hold figures on every row.  Nothing follows it, so no paragraph beyond pulls the
    region over it: the table's shape has to."""
    headings = ["District", "Homes flooded", "Share of homes", "Sandbags laid"]
    cells = [cell for row in DISTRICTS for cell in row]
    kept = region_texts(PARAGRAPH, PARAGRAPH2, "The figures for each district:", *headings, *cells)
    assert kept[:2] == [PARAGRAPH, PARAGRAPH2]
    assert kept[-len(cells) - len(headings) :] == headings + cells


def test_a_market_ticker_above_the_story_does_not_start_the_region() -> None:
    """A table before the story's prose is furniture as often as not: it costs nothing there but
    does not pull the region up to it."""
    ticker = ["Dow", "34,102", "+0.5%", "Dax", "15,870", "-0.2%", "FTSE", "7,480", "+0.1%", "Nikkei", "32,550", "+1.1%"]
    assert region_texts(*ticker, PARAGRAPH, PARAGRAPH2, PARAGRAPH3) == [PARAGRAPH, PARAGRAPH2, PARAGRAPH3]
    # a menu's three entries over it read as a row of headings: still no reason
    menu = ["Politics", "Climate", "Markets"]
    assert region_texts(*menu, *ticker, PARAGRAPH, PARAGRAPH2, PARAGRAPH3) == [PARAGRAPH, PARAGRAPH2, PARAGRAPH3]


@pytest.mark.parametrize("figure", ["3\u00b9", "1" * 5000])
def test_a_column_of_odd_figures_is_read_without_error(figure: str) -> None:
    """A footnote mark on a figure ("3¹") is a digit to ``str.isdigit`` but no number to ``int``, and
    Python refuses to convert a figure of more than 4,300 digits: neither is a row's number."""
    rows = [cell for _ in range(4) for cell in ("Town", figure, "7")]
    text = "\n\n".join([PARAGRAPH, "District", "Note", "Homes", *rows])
    assert PARAGRAPH in newsclean.clean_text(text).text


def test_numbered_items_are_no_table() -> None:
    """Items under their numbers ("1." / "Step one") read as rows of any even number of cells; they
    are a list of two columns, and a list after the story's end stays out."""
    steps = ["Found the most popular apps", "Bought a subscription", "Ran speed tests", "Checked the policies"]
    lines = [line for n, step in enumerate(steps * 2, start=1) for line in (f"{n}.", step)]
    assert region_texts(PARAGRAPH, PARAGRAPH2, *lines) == [PARAGRAPH, PARAGRAPH2]


def test_headlines_under_their_dates_are_no_table() -> None:
    """A date is not a figure of a table: a box of other stories with their dates and comment counts
    after the story's end stays out."""
    teasers = ["Council to review flood plan", "Bridge reopens", "School closed for a week", "New flood wall"]
    lines = [line for t in teasers for line in ("March 3, 2024", t, "12 comments")]
    page = page_of(PARAGRAPH, PARAGRAPH2, *lines)
    date_filter = DateLineFilter()
    for d in date_filter(page):
        page.apply(date_filter.name, d)
    assert page.kind_of(2) is Kind.DATE
    region = find_body_region(page)
    assert (region.first, region.last) == (0, 1)


def test_a_menu_beside_figures_is_no_table() -> None:
    """A row label stands before its cells: menu entries between a teaser's counts still cost."""
    menu = ["Home", "World", "Business", "Sport", "Culture", "Travel", "Weather", "Video", "Audio", "Live"]
    kept = region_texts(PARAGRAPH, PARAGRAPH2, *menu, "12 comments", *menu, PARAGRAPH3)
    assert PARAGRAPH3 not in kept or PARAGRAPH not in kept


def test_code_between_paragraphs_stays_in_the_region() -> None:
    """A tutorial's code, scraped one line per node, is not a menu."""
    code = [
        "SELECT u.name, COUNT(o.id) AS orders",
        "FROM users u",
        "LEFT JOIN orders o ON u.id = o.user_id",
        "-- Group Key: u.id",
        "A[Query] --> B[Planner]",
        "if (ready) {",
        "}",
    ]
    kept = region_texts(PARAGRAPH, *code, PARAGRAPH2)
    assert kept == [PARAGRAPH, *code, PARAGRAPH2]


def test_highlighted_code_scraped_a_token_a_line_stays_in_the_region() -> None:
    """A highlighter wraps each token in an element: "builder." / "Services." / "AddHttpClient"
    read as menu entries one by one, the brackets and signs among them tell code."""
    tokens = ["builder.", "Services.", "AddHttpClient", '("SecureClient").', "AddLogging", "(options", "=>", "{"]
    tokens += ["options.", "RedactHeaders", "= new", "[]", "{", '"Authorization"};', "options.", "IgnoreContent"]
    kept = region_texts(PARAGRAPH, *tokens, PARAGRAPH2)
    assert kept[0] == PARAGRAPH
    assert kept[-1] == PARAGRAPH2


def test_a_menu_with_a_cart_and_a_close_button_is_no_code() -> None:
    """ "Cart (0)" and "[x]" hold four of code's signs between them, but close their brackets."""
    menu = ["Home", "News", "Sport", "Cart (0)", "[x]", "Search", "Menu", "Help"]
    kept = region_texts(PARAGRAPH, *menu, PARAGRAPH2)
    assert kept in ([PARAGRAPH], [PARAGRAPH2])


def test_a_menu_with_brackets_is_no_code() -> None:
    """Brackets alone make no code: a menu's entries with a bracketed word still cost."""
    menu = ["Home", "News (UK)", "World", "Sport (live)", "Weather", "Video (new)", "Audio", "Culture (arts)"]
    kept = region_texts(PARAGRAPH, *menu, PARAGRAPH2)
    assert kept in ([PARAGRAPH], [PARAGRAPH2])


def test_a_menu_between_paragraphs_is_still_cut_off() -> None:
    """Code-shaped lines are free; menu entries beside them still cost."""
    menu = ["Home", "World", "Business", "Sport", "Culture", "Travel", "Weather", "Video", "Audio", "Live"]
    kept = region_texts(PARAGRAPH, *menu, PARAGRAPH2)
    assert kept in ([PARAGRAPH], [PARAGRAPH2])


PARAGRAPH3 = (
    "By evening the water had reached the steps of the town hall, where the mayor told residents "
    "that the army had been asked to help move families from the lowest streets."
)
PARAGRAPH4 = (
    "Farmers upstream said they had lost most of the winter crop, and several asked the council "
    "when the compensation promised after the last flood would finally be paid."
)

PARAGRAPH5 = (
    "The weather service expects the rain to ease on Thursday, though it warned that the ground "
    "was now so wet that even a light shower could send more water into the river."
)


def test_a_box_the_filters_recognised_mid_story_does_not_split_it() -> None:
    """A "Related" list or a newsletter form between two parts of the story: both parts stay,
    whichever is the longer (a part is two paragraphs or more, see the next test)."""
    related = ["Related", "Bridge Closure Leaves Commuters Stranded For Hours", "Town Library Gets New Roof"]
    newsletter = ["Sign up for our newsletter", "Get the latest local news delivered to your inbox every morning."]
    story = [PARAGRAPH, PARAGRAPH2, PARAGRAPH3, PARAGRAPH4, PARAGRAPH5]
    for box in (related, newsletter):
        for cut in (2, 3):
            article = newsclean.clean_text("\n\n".join([*story[:cut], *box, *story[cut:]]))
            assert article.text.split("\n\n") == story


def test_a_single_paragraph_past_a_box_after_the_story_stays_out() -> None:
    """An author's biography or a company's blurb after a box at the story's end is one paragraph:
    it does not join the story."""
    blurb = (
        "Jane Doe covers the valley's towns and rivers for the Courier, and before that reported on "
        "farming and water for regional papers across the north of the country for a decade. She "
        "lives in the old town with her family and two dogs, and she can be reached by email at the "
        "newsroom on weekdays."
    )
    assert block_score(page_of(blurb), 0) >= MIN_PROSE_BEYOND_BOX  # it is the paragraphs' count that keeps it out
    related = ["Related", "Bridge Closure Leaves Commuters Stranded For Hours", "Town Library Gets New Roof"]
    article = newsclean.clean_text("\n\n".join([PARAGRAPH, PARAGRAPH2, PARAGRAPH3, *related, blurb]))
    assert article.text.split("\n\n") == [PARAGRAPH, PARAGRAPH2, PARAGRAPH3]


def test_a_sites_blurb_above_its_menus_and_share_bar_stays_out() -> None:
    """Menus, share bars and ads alone are no box inside a story: the site's two paragraphs above
    them are not the story's first part."""
    blurb = [
        "We are an independent newsroom funded by our readers, and we have covered the valley's towns "
        "and rivers since 1998 with a small team of reporters.",
        "Our journalism is free to read for everyone, and we rely on the support of thousands of readers "
        "who give what they can each month to keep it so.",
    ]
    furniture = ["Home", "News", "Share on Facebook", "Share on Twitter", "Advertisement"]
    story = [PARAGRAPH, PARAGRAPH2, PARAGRAPH3, PARAGRAPH4]
    article = newsclean.clean_text("\n\n".join([*blurb, *furniture, *story]))
    assert article.text.split("\n\n") == story


def test_a_list_item_sharing_two_in_five_words_with_the_body_stays() -> None:
    """A list names the paragraphs' topic in words of its own as much as in the text's: here four of
    the ten items share two of their five content words with the paragraphs, and that is enough to
    keep the list (with half of their words required, it was cut off)."""
    items = [
        "Flood wall, tired angry neighbours",
        "River levels, muddy cellars, broken",
        "Rain gauges, soaked meadows, worried",
        "Valley hills, closed lanes, stranded",
        "Engineers warned, nervous shopkeepers waited",
        "Several pumps, generators, fuel trucks",
        "Flood barriers, sandbag walls, crews",
        "River banks, fallen trees, debris",
        "Rain radar, grey skies, cold",
        "Valley roads, detours, queues, held",
    ]
    kept = region_texts(PARAGRAPH, *items, PARAGRAPH2)
    assert kept == [PARAGRAPH, *items, PARAGRAPH2]


PROS = [
    "Quick to set up on an old laptop",
    "Costs less than most of its rivals",
    "Works offline during long train journeys",
    "Comes with a two year warranty",
    "Fan noise under heavy load",
    "Battery drains fast with the screen at full brightness",
    "Only two ports on the left side",
    "Speakers sound thin at high volume",
]


def test_a_scraped_list_in_sentence_case_joins_the_paragraphs_around_it() -> None:
    """A ``<ul>`` scraped to plain text loses its bullets: eight item-shaped lines between two
    paragraphs, sharing none of their words, are still the article's, not a menu."""
    kept = region_texts(PARAGRAPH, *PROS, PARAGRAPH2)
    assert kept == [PARAGRAPH, *PROS, PARAGRAPH2]


def test_a_run_of_item_shaped_lines_never_makes_a_body_of_its_own() -> None:
    """Free is not prose: a long list after the article (links to other stories, in sentence
    case) is not added to it, and does not outweigh it."""
    assert region_texts(PARAGRAPH, PARAGRAPH2, *PROS, *PROS[::-1]) == [PARAGRAPH, PARAGRAPH2]


def test_three_item_shaped_lines_make_a_list_and_two_do_not() -> None:
    """Two lines in a row are as often a menu's as a list's: they still cost."""
    for n, free in ((2, False), (3, True)):
        page = page_of(PARAGRAPH, *PROS[:n], PARAGRAPH2)
        scores = [block_score(page, i) for i in range(len(page.blocks))]
        assert scores[1 : n + 1] == [FRAGMENT_PENALTY] * n
        assert _free_list_runs(page, scores)[1 : n + 1] == ([0.0] * n if free else [FRAGMENT_PENALTY] * n)


def test_lines_in_a_script_without_capitals_are_not_item_shaped() -> None:
    """Without a sentence case, a run of related headlines would read as a list."""
    headlines = ["老城区试行夜间公交线路三个月", "新线路每半小时一班票价不变", "居民欢迎夜间公交商户担心噪音"]
    page = page_of(PARAGRAPH, *headlines, PARAGRAPH2)
    scores = [block_score(page, i) for i in range(len(page.blocks))]
    assert _free_list_runs(page, scores) == scores
