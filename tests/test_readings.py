"""When recall mode's reading of a page is read again in balanced mode, and which reading is kept."""

from __future__ import annotations

from typing import Any

import pytest

import newsclean
from newsclean import pipeline
from newsclean.html import extract as html_extract
from newsclean.html import meta as html_meta
from newsclean.model import Block

SENTENCE = "The council voted on the bridge on Monday after years of debate about its cost and its route. "


def _page(paragraphs: int) -> str:
    body = "".join(f"<p>{SENTENCE * 3}</p>" for _ in range(paragraphs))
    return (
        '<html><head><title>Bridge approved</title><script type="application/ld+json">'
        '{"@type": "NewsArticle", "headline": "Bridge approved"}</script></head>'
        f"<body><article><h1>Bridge approved</h1>{body}</article></body></html>"
    )


def test_a_reading_with_a_small_share_of_the_pages_paragraphs_is_thin() -> None:
    words = pipeline._paragraph_words(html_meta.parse(_page(40)))  # about 2,200 words in paragraphs
    assert pipeline._thin_reading(300, words)  # under a third of them
    assert not pipeline._thin_reading(1_000, words)
    assert pipeline._thin_reading(
        100, pipeline._paragraph_words(html_meta.parse(_page(1)))
    )  # short, whatever the page holds
    assert not pipeline._thin_reading(pipeline.THIN_READING_MAX_WORDS, words)


def _blocks(n: int) -> list[Block]:
    out, offset = [], 0
    for i in range(n):
        text = SENTENCE.strip() + f" Paragraph {i}."
        out.append(Block(i, text, i + 1, offset, offset + len(text), "p"))
        offset += len(text) + 2
    return out


@pytest.mark.parametrize(("first", "second", "kept"), [(3, 30, 30), (3, 2, 3), (30, 60, 30)])
def test_a_declared_article_read_thin_is_read_again_and_the_longer_reading_kept(
    monkeypatch: pytest.MonkeyPatch, first: int, second: int, kept: int
) -> None:
    calls: list[bool] = []

    def fake(tree: Any, *, url: Any, config: Any, page_type: str = "", balanced: bool = False) -> list[Block]:
        calls.append(balanced)
        return _blocks(second if balanced else first)

    monkeypatch.setattr(html_extract, "extract_blocks", fake)
    # a page of 324 words in paragraphs: too few for the paragraphs' own reading to step in
    article = newsclean.clean_html(_page(6))
    assert f"Paragraph {kept - 1}." in article.text
    assert f"Paragraph {kept}." not in article.text
    # 30 blocks of 21 words are not a short reading: no second reading
    assert calls == ([False, True] if first == 3 else [False])


def test_when_both_readings_are_thin_the_pages_paragraphs_are_read_as_they_stand(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(html_extract, "extract_blocks", lambda *a, **k: _blocks(3))
    paragraphs = "".join(f"<p>Part {i} of the story. {SENTENCE * 2}</p>" for i in range(20))
    page = f"<html><body><h1>Bridge approved</h1><div class='accordion'>{paragraphs}</div></body></html>"
    article = newsclean.clean_html(page)  # 800 words in paragraphs; the readings hold 63
    assert "Paragraph" not in article.text
    assert all(f"Part {i} of the story." in article.text for i in range(20))


def test_the_paragraphs_reading_is_not_taken_for_an_article_with_a_long_comment_thread() -> None:
    story = "".join(f"<p>{SENTENCE * 2}</p>" for _ in range(6))
    comments = "".join(f"<p>Comment {i}: {SENTENCE * 2}</p>" for i in range(30))
    tree = html_meta.parse(f"<html><body><article>{story}</article><div>{comments}</div></body></html>")
    # the reading is the story: a small share of the page's paragraphs, which are mostly comments
    words = pipeline._paragraph_words(tree)
    assert pipeline._paragraphs_reading(_blocks(12), tree, words) is None
    # a reading of a tenth of it: the paragraphs' reading (the article element) is still not most of
    # the page's paragraphs
    assert pipeline._paragraphs_reading(_blocks(1), tree, words) is None


def test_a_story_after_an_early_end_of_the_body_is_read_as_a_browser_reads_it() -> None:
    # "</body></html>" pasted in with a widget: libxml2 puts what follows in a second root, which
    # trafilatura and every reader of the tree would miss
    story = "".join(f"<p>{SENTENCE} Paragraph {i} says what the mayor said next.</p>" for i in range(8))
    page = (
        "<html><head><title>Bridge approved</title></head><body><nav><a href='/'>Home</a></nav>"
        "<div class='widget'><p>Sign up</p></body></html></div>"
        f"<div class='post'><h1>Bridge approved</h1>{story}</div><footer>(c) 2025</footer></body></html>"
    )
    tree = html_meta.parse(page)
    assert tree.getnext() is None  # one root
    assert "Paragraph 7 says" in tree.text_content()
    article = newsclean.clean_html(page)
    assert "Paragraph 0 says" in article.text and "Paragraph 7 says" in article.text
    assert "Sign up" not in article.text


def _letters_and_story(letters: int, story_in: str) -> str:
    """A page of ``letters`` readers' letters in a box of their own, then a budget story in the
    element ``story_in`` opens (closed by the caller's markup after it): trafilatura's reading
    settles on the letters when it discards that element."""
    story = "".join(
        f"<p>The council met on Tuesday to discuss part {i} of the budget plan, which sets out how the"
        " town will pay for its roads, schools and the new library over the coming five years.</p>"
        for i in range(20)
    )
    box = "".join(
        f"<p>Residents of the north ward wrote in about item {i}: the bus timetable, the market square"
        " and the opening hours of the swimming pool in summer.</p>"
        for i in range(letters)
    )
    return (
        f'<html><head><title>Budget</title></head><body><main><div class="letters"><h2>Letters</h2>{box}</div>'
        f"{story_in}<h1>Council debates the budget</h1>{story}</div>"
    )


def _sidebar_layout_page() -> str:
    """A story in the main column of a layout named after its sidebar."""
    return (
        _letters_and_story(
            22, '<div class="c-layout-sidebar-left" id="layout-with-sidebar"><div class="c-layout-main">'
        )
        + '<div class="c-layout-sidebar-bottom"><p>Sports results from the weekend games and more.</p></div>'
        "</div></main><footer><p>Copyright 2025 Town News</p></footer></body></html>"
    )


def test_a_layout_named_after_its_sidebar_is_read_as_the_pages_main_column(monkeypatch: pytest.MonkeyPatch) -> None:
    # trafilatura discards every <div> whose class holds "bar": the story's column too.  The
    # reading again of a missed column would find it as well: it is turned off, to see this rule
    monkeypatch.setattr(pipeline, "_column_reading", lambda *args, **kwargs: None)
    article = newsclean.clean_html(_sidebar_layout_page())
    assert "part 3 of the budget plan" in article.text
    assert "part 19 of the budget plan" in article.text
    assert "Sports results" not in article.text  # the sidebar inside it is still a sidebar


def _named(tree: Any) -> list[Any]:
    named: list[Any] = html_meta.read_document(tree)["bar_named"]
    return named


def test_the_sidebar_names_are_hidden_only_while_trafilatura_reads() -> None:
    tree = html_meta.parse(_sidebar_layout_page())
    words = pipeline._paragraph_words(tree)
    layout = tree.get_element_by_id("layout-with-sidebar")
    with html_extract.sidebar_names_hidden(_named(tree), words) as changed:
        assert changed == 1  # the layout; not the sidebar under it, which holds few paragraphs
        assert layout.get("class") == "" and layout.get("id") is None
        assert tree.xpath("//div[@class='c-layout-sidebar-bottom']")
    assert layout.get("class") == "c-layout-sidebar-left" and layout.get("id") == "layout-with-sidebar"


def test_a_sidebar_holding_few_of_the_pages_paragraphs_keeps_its_name() -> None:
    tree = html_meta.parse(_sidebar_layout_page())
    words = pipeline._paragraph_words(tree)
    # were the page's other paragraphs ten times as long, the layout would hold a small share
    with html_extract.sidebar_names_hidden(_named(tree), 10 * words) as changed:
        assert changed == 0
    with html_extract.sidebar_names_hidden(_named(tree), html_extract.MIN_COLUMN_WORDS - 1) as changed:
        assert changed == 0  # too few paragraph words on the page to tell a column by them


def _story_named_as_footer() -> str:
    """A story in an element whose class trafilatura takes for a footer."""
    return (
        _letters_and_story(12, '<div class="page1-footer" title="story">')
        + "</main><footer><p>Copyright 2025 Town News</p></footer></body></html>"
    )


def test_an_empty_element_between_two_words_reads_as_a_space() -> None:
    story = "".join(f"<p>{SENTENCE} Paragraph {i} says what the mayor said next.</p>" for i in range(4))
    page = (
        "<html><head><title>Bridge approved</title></head><body><article><h1>Bridge approved</h1>"
        f'{story}<div><span class="strong">What the council decided</span><span class="br"></span>The vote'
        " was close, and the bridge will open in the spring after two years of work on the river.</div>"
        "<p>Crowds on platforms like<strong></strong>YouTube watched it; a foo<span></span>bar stays one word.</p>"
        "</article></body></html>"
    )
    text = newsclean.clean_html(page).text
    assert "What the council decided The vote was close" in text
    assert "platforms like YouTube watched" in text
    assert "foobar" in text  # inside a word in small letters: left alone


def _sections_named_bard_page() -> str:
    """A story in three sections whose class starts with "bar" ("bard": a CMS's rich-text field), none
    of them holding half of the page's paragraphs, beside a navigation bar and a box of letters,
    which trafilatura's reading settles on when it discards the sections."""
    sections = "".join(
        '<div class="space-y bard">'
        + "".join(
            f"<p>The council met on Tuesday to discuss part {part}.{i} of the budget plan, which sets out how the"
            " town will pay for its roads, schools and the new library over the coming five years.</p>"
            for i in range(4)
        )
        + "</div>"
        for part in range(3)
    )
    letters = "".join(
        f"<p>Residents of the north ward wrote in about item {i}: the bus timetable, the market square"
        " and the opening hours of the swimming pool in summer.</p>"
        for i in range(22)
    )
    return (
        '<html><head><title>Budget</title></head><body><div class="navbar"><a href="/">Home</a> <a href="/news">'
        'News</a> <a href="/sport">Sport</a></div><main><div class="letters"><h2>Letters</h2>'
        f"{letters}</div><h1>Council debates the budget</h1>{sections}</main></body></html>"
    )


@pytest.mark.parametrize(
    "word", ["bard", "barlow-bold", "a-h3--h-barlowsemibold20", "product_cat-barefoot-sandals", "barba-container"]
)
def test_a_class_word_that_only_starts_with_bar_names_no_bar(word: str) -> None:
    assert html_extract._names_no_bar(word)


@pytest.mark.parametrize(
    "word",
    [
        *("bar", "bars", "navbar", "sidebar-left", "topbar", "progressbar", "bar-chart", "barTitle", "embark"),
        *("barra-lateral", "barre-outils", "barchart", "barcode", "bargraph", "débarquement"),
    ],
)
def test_a_class_word_naming_a_bar_or_holding_bar_inside_a_word_keeps_trafilaturas_reading(word: str) -> None:
    assert not html_extract._names_no_bar(word)


def test_sections_whose_class_only_starts_with_bar_are_read(monkeypatch: pytest.MonkeyPatch) -> None:
    # trafilatura discards every <div> whose class holds "bar", "bard" too.  The reading again of
    # a missed column would find the sections as well: it is turned off, to see this rule
    monkeypatch.setattr(pipeline, "_column_reading", lambda *args, **kwargs: None)
    article = newsclean.clean_html(_sections_named_bard_page())
    assert all(f"part {part}.3 of the budget plan" in article.text for part in range(3))
    assert "Sport" not in article.text  # the navigation bar is still a bar


def test_a_class_word_starting_with_bar_keeps_the_rest_of_what_it_says() -> None:
    # "bard-footer" is a footer still: only "bar" is read otherwise
    story = "".join(f"<p>{SENTENCE} Paragraph {i} says what the mayor said next.</p>" for i in range(6))
    footer = "".join(f"<p>Our partners offer {i} great deals on garden furniture this week only.</p>" for i in range(3))
    page = (
        "<html><head><title>Bridge approved</title></head><body><div class='post'><h1>Bridge approved</h1>"
        f"{story}<div class='bard-footer'>{footer}</div>{story.replace('Paragraph', 'Part')}</div></body></html>"
    )
    article = newsclean.clean_html(page)
    assert "Paragraph 5 says" in article.text and "Part 5 says" in article.text
    assert "garden furniture" not in article.text


def test_the_bar_words_are_hidden_only_while_trafilatura_reads() -> None:
    tree = html_meta.parse(_sections_named_bard_page())
    named = html_meta.read_document(tree)["bar_named"]
    with html_extract.bar_words_hidden(named) as changed:
        assert changed == 3  # the three sections, not the navigation bar
        assert len(tree.xpath("//div[@class='space-y baRd']")) == 3  # the rest of the word stays
        assert tree.xpath("//div[@class='navbar']")
    assert len(tree.xpath("//div[@class='space-y bard']")) == 3


def test_a_reading_that_missed_a_main_column_named_as_furniture_reads_it_again() -> None:
    article = newsclean.clean_html(_story_named_as_footer())
    assert "part 3 of the budget plan" in article.text
    assert "part 19 of the budget plan" in article.text
    assert "Copyright 2025" not in article.text  # the page's own footer is still one


def test_the_main_column_is_unnamed_only_for_the_second_reading() -> None:
    tree = html_meta.parse(_story_named_as_footer())
    words = pipeline._paragraph_words(tree)
    story = tree.xpath("//div[@title='story']")[0]
    with html_extract.discarded_columns_unnamed(tree, words) as unnamed:
        assert unnamed == 1  # not the page's <footer>, which holds a line
        assert story.get("class") is None
    assert story.get("class") == "page1-footer" and story.get("id") is None
    with html_extract.discarded_columns_unnamed(tree, 10 * words) as unnamed:
        assert unnamed == 0  # a small share of the page's paragraphs: furniture, as trafilatura says


def test_a_reading_holding_most_of_the_paragraphs_is_not_read_again() -> None:
    tree = html_meta.parse(_story_named_as_footer())
    words = pipeline._paragraph_words(tree)
    blocks = [Block(0, "x " * words, 1, 0, 2 * words)]  # as many words as the paragraphs hold
    assert pipeline._column_reading(blocks, tree, words, url=None, config=newsclean.Config(), page_type="") is None


def test_an_element_trafilatura_does_not_prune_keeps_its_names() -> None:
    # trafilatura looks for "bar" in a class and "sidebar" in an id as written: an id that says
    # "Sidebar" is its hint for where the story is ("articleBody..."), not a sidebar to prune
    page = _sidebar_layout_page().replace(
        '<div class="c-layout-sidebar-left" id="layout-with-sidebar">',
        '<div class="c-layout-SIDEBAR-left" id="articleBodyWithSidebar">',
    )
    tree = html_meta.parse(page)
    with html_extract.sidebar_names_hidden(_named(tree), pipeline._paragraph_words(tree)) as changed:
        assert changed == 0
    article_tag = _sidebar_layout_page().replace('<div class="c-layout-sidebar-left"', '<article class="has-sidebar"')
    article_tag = article_tag.replace("</div></main>", "</article></main>")
    tree = html_meta.parse(article_tag)
    with html_extract.sidebar_names_hidden(_named(tree), pipeline._paragraph_words(tree)) as changed:
        assert changed == 0  # trafilatura prunes divs, sections and lists, not an <article>


def test_nested_columns_are_weighed_once_each_and_all_renamed() -> None:
    story = "".join(f"<p>{SENTENCE * 2}</p>" for _ in range(30))
    page = (
        '<html><body><div class="sidebar-layout"><div class="with-sidebar">'
        f'<div class="content">{story}</div></div><div class="sidebar"><p>Popular stories</p></div>'
        "</div></body></html>"
    )
    tree = html_meta.parse(page)
    with html_extract.sidebar_names_hidden(_named(tree), pipeline._paragraph_words(tree)) as changed:
        assert changed == 2  # both layout elements; the sidebar itself holds two words
        assert tree.xpath("//div[@class='sidebar']") and not tree.xpath("//div[@class='with-sidebar']")
    assert tree.xpath("//div[@class='sidebar-layout']/div[@class='with-sidebar']")


ANSWER = (
    "The council will pay for the bridge from the road budget over the next four years, "
    "and no new tax is planned for it. "
)


def _page_with_faq(details_class: str = "expandable", answer: str = ANSWER) -> str:
    """A story whose FAQ answers sit in disclosure widgets named as trafilatura's rules discard."""
    story = "".join(f"<p>{SENTENCE * 2} Part {i} of the bridge story.</p>" for i in range(8))
    faq = "".join(
        f'<details class="{details_class}"><summary>Question {i}: who pays for the bridge?</summary>'
        f'<div class="expand-body"><p>{answer} Answer {i}.</p></div></details>'
        for i in range(4)
    )
    return (
        "<html><head><title>Bridge approved</title></head><body><main><article><h1>Bridge approved</h1>"
        f"{story}<h2>Your questions answered</h2>{faq}</article></main>"
        '<footer><details class="expandable"><summary>Menu</summary><ul>'
        + "".join(f'<li><a href="/s{i}">Section {i} of the site</a></li>' for i in range(12))
        + "</ul></details></footer></body></html>"
    )


def test_answers_folded_into_disclosure_widgets_are_read_as_the_pages_text() -> None:
    article = newsclean.clean_html(_page_with_faq())
    assert "Part 7 of the bridge story." in article.text
    for i in range(4):
        assert f"Answer {i}." in article.text
    assert "Section 3 of the site" not in article.text  # a folded menu of links is still a menu


def test_disclosure_widgets_lose_their_names_only_while_trafilatura_reads() -> None:
    tree = html_meta.parse(_page_with_faq())
    widgets = tree.xpath("//article//details")
    with html_extract.disclosures_unnamed(tree) as unnamed:
        assert unnamed == 8  # each of the four widgets and the <div> inside it, not the menu
        assert all(w.get("class") is None for w in widgets)
        assert tree.xpath("//footer/details[@class='expandable']")
    assert all(w.get("class") == "expandable" for w in widgets)
    assert len(tree.xpath("//div[@class='expand-body']")) == 4


@pytest.mark.parametrize(
    "answer",
    [
        "Yes",  # a label, not an answer
        "Bridge costs, road budget, tax plans, council votes, route maps, public hearings, "
        "contractor bids, opening dates, toll rates, parking, cycle lanes",  # words, no sentence
    ],
)
def test_a_widget_that_folds_no_prose_keeps_its_names(answer: str) -> None:
    tree = html_meta.parse(_page_with_faq(answer=answer))
    with html_extract.disclosures_unnamed(tree) as unnamed:
        assert unnamed == 0


def test_links_in_a_widgets_summary_do_not_count_against_its_answer() -> None:
    summary_links = "".join(f'<a href="/q{i}">see question {i}</a> ' for i in range(4))
    page = _page_with_faq().replace("<summary>Question", f"<summary>{summary_links}Question")
    tree = html_meta.parse(page)
    with html_extract.disclosures_unnamed(tree) as unnamed:
        assert unnamed == 8


def test_a_widget_whose_answer_is_mostly_links_keeps_its_names() -> None:
    links = " ".join(f'<a href="/r{i}">related story number {i}</a>' for i in range(8))
    tree = html_meta.parse(_page_with_faq(answer=f"{ANSWER} {links}"))
    with html_extract.disclosures_unnamed(tree) as unnamed:
        assert unnamed == 0


def test_nested_widgets_are_weighed_once_and_inner_names_trafilatura_keeps_stay() -> None:
    inner = f'<details class="expandable"><summary>More</summary><p class="answer-text">{ANSWER}</p></details>'
    page = f'<html><body><details class="collapsible"><summary>FAQ</summary>{inner * 3}</details></body></html>'
    tree = html_meta.parse(page)
    with html_extract.disclosures_unnamed(tree) as unnamed:
        # the outer widget, and the inner ones trafilatura would discard ("expand"); not the
        # paragraphs, whose class it keeps
        assert unnamed == 4
        assert len(tree.xpath("//p[@class='answer-text']")) == 3
    assert tree.xpath("//details[@class='collapsible']/details[@class='expandable']")
