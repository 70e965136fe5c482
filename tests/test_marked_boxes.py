"""Boxes the page's markup marks as apart from the story: a call to action, a promotion."""

from __future__ import annotations

import lxml.html

import newsclean
from newsclean import Kind
from newsclean.filters import MarkedBoxFilter
from newsclean.html.boxes import MAX_BOX_WORDS, marked_boxes
from newsclean.html.elements import MarkedElements
from newsclean.model import Block
from newsclean.page import Hints, MarkedBox, Page

STORY = "The council voted on the new budget after a long debate about the state of the roads. " * 4
LAST = "Residents who spoke at the meeting asked for the work to start on the school roads first. " * 3
MORE = "The mayor said the vote would stand and that the worst of the roads would be fixed by spring. " * 4


# a story's head: dated and signed, it reads as a story whatever the shape of its few paragraphs
HEAD = (
    '<head><meta name="author" content="Jane Doe">'
    '<meta property="article:published_time" content="2024-03-01T10:00:00Z"></head>'
)


def _page(box: str, *, before: str = "", wrap: str = "article") -> str:
    return (
        f"<html>{HEAD}<body><{wrap}><h1>Council passes the budget after a long debate</h1>"
        f"{before}<p>{STORY}</p>{box}<p>{MORE}</p><p>{LAST}</p></{wrap}></body></html>"
    )


def _boxes(html: str) -> tuple[MarkedBox, ...]:
    return marked_boxes(MarkedElements(lxml.html.fromstring(html)))


def test_a_call_to_action_box_goes_as_an_advertisement() -> None:
    html = _page(
        '<div class="post-cta"><h4>Want to win more jobs with less effort?</h4>'
        "<p>Grow your business and send quick quotes with our software.</p></div>"
    )
    article = newsclean.clean_html(html)
    assert "Want to win more jobs" not in article.text
    assert "quick quotes" not in article.text
    assert "state of the roads" in article.text and "fixed by spring" in article.text
    cut = [r for r in article.removed if "Want to win" in r.text]
    assert cut and cut[0].kind is Kind.ADVERTISEMENT
    assert "<div.post-cta>" in cut[0].reason and "'cta'" in cut[0].reason


def test_class_words_are_read_apart_in_camel_case_and_hyphens() -> None:
    for cls in ("BlogStickyCta_wrap__x1", "content-fragment call-to-action", "newsletterPromo", "CTABanner"):
        html = _page(f'<div class="{cls}"><p>Try our reporting tool free for a month today.</p></div>')
        assert [b.text for b in _boxes(html)] == ["try our reporting tool free for a month today"], cls


def test_a_word_inside_another_word_marks_nothing() -> None:
    # "cta" in "nectar", "promo" in "promotion-history" is not the word
    for cls in ("nectar-block", "actress-profile", "promotional"):
        html = _page(f'<div class="{cls}"><p>Try our reporting tool free for a month today.</p></div>')
        assert _boxes(html) == (), cls


def test_the_element_around_the_whole_story_is_no_box() -> None:
    # a class word on the article's wrapper says nothing about its text
    html = _page("", wrap='div class="above-cta"')
    assert _boxes(html) == ()
    assert "state of the roads" in newsclean.clean_html(html).text


def test_a_box_over_the_word_limit_is_a_section_not_a_box() -> None:
    long_text = "word " * (MAX_BOX_WORDS + 5)
    assert _boxes(_page(f'<section class="promo"><p>{long_text}</p></section>')) == ()


def test_a_link_marked_as_opening_a_popup_is_no_box() -> None:
    html = _page("<ul><li><a class='external-popup' href='#'>Liberty Tax</a> files returns in every state.</li></ul>")
    assert _boxes(html) == ()


def test_a_box_inside_a_box_is_listed_once() -> None:
    boxes = _boxes(
        _page('<div class="cta-wrapper"><div class="call-to-action"><p>Find care near you today.</p></div></div>')
    )
    assert len(boxes) == 1 and boxes[0].where == "<div.cta-wrapper>"


def _filtered(texts: list[str], box: str) -> dict[int, str]:
    page = Page(
        tuple(Block(i, t, i + 1, 0, len(t)) for i, t in enumerate(texts)),
        "html",
        hints=Hints(boxes=(MarkedBox(box, Kind.ADVERTISEMENT, "<div.cta>", "cta"),)),
    )
    return {d.block: d.reason for d in MarkedBoxFilter()(page)}


def test_a_short_block_goes_only_when_it_is_the_whole_box() -> None:
    # "Learn more" may be the story's own words as well as a part of the box
    assert _filtered(["Learn more", STORY], "learn more about our plans today") == {}
    assert set(_filtered(["Learn more", STORY], "learn more")) == {0}


def test_a_part_of_a_box_is_matched_on_whole_words() -> None:
    box = "stay connected get news and updates directly to your inbox"
    assert set(_filtered(["Get news and updates", "Get news and up"], box)) == {0}


def test_plain_text_has_no_boxes() -> None:
    # a guard: the boxes come from markup, and plain text has none to give
    text = f"Council passes the budget\n\n{STORY}\n\nWant to win more jobs with less effort?\n\n{MORE}"
    assert "Want to win more jobs" in newsclean.clean_text(text).text


def test_each_box_word_gives_its_kind() -> None:
    for cls, kind in (
        ("article-disclaimer", Kind.LEGAL),
        ("related-posts", Kind.TEASER),
        ("promo-card", Kind.ADVERTISEMENT),
    ):
        boxes = _boxes(_page(f'<div class="{cls}"><p>Read the notes on our other pieces this week.</p></div>'))
        assert [b.kind for b in boxes] == [kind], cls


def test_the_headline_in_a_marked_box_is_still_the_title() -> None:
    # the parts of a story that move to the metadata are taken before the boxes are: the headline's
    # block goes as the title, not as an advertisement
    html = (
        f"<html>{HEAD}<body><article>"
        '<div class="hero-promo"><h1>Council passes the budget after a long debate</h1></div>'
        f"<p>{STORY}</p><p>{MORE}</p><p>{LAST}</p></article></body></html>"
    )
    article = newsclean.clean_html(html)
    kinds = [r.kind for r in article.removed if r.text == "Council passes the budget after a long debate"]
    assert kinds == [Kind.TITLE]


def test_a_heading_run_into_the_next_element_is_still_found() -> None:
    # text_content() gives "Deploy on DigitalOceanClick below..."; the heading is a part of the box
    html = _page(
        '<div class="community-cta"><h2>Deploy on DigitalOcean</h2><p>Click below to sign up for credits.</p></div>'
    )
    article = newsclean.clean_html(html)
    assert "Deploy on DigitalOcean" not in article.text
    assert "state of the roads" in article.text


def test_a_shop_keeps_its_promotions() -> None:
    # a page that declares itself a product: its promotions are its content
    promo = '<div class="promo-card"><p>Free shipping on every order over fifty dollars this week.</p></div>'
    shop = _page(promo).replace(
        "<head>", '<head><script type="application/ld+json">{"@type": "Product", "name": "Trail shoe"}</script>'
    )
    assert "Free shipping" in newsclean.clean_html(shop).text
    assert "Free shipping" not in newsclean.clean_html(_page(promo)).text


def test_a_service_page_keeps_its_calls_to_action() -> None:
    # undated, unsigned and made of short offers, the page reads as a service page: "Request a
    # quote" is what it is for; its promotions still go
    offers = "".join(
        f"<li>Same-day {w} repair by certified technicians</li>" for w in ("boiler", "pipe", "radiator", "tap")
    )
    html = (
        "<html><body><main><h1>Plumbing services in Leeds</h1>"
        f"<ul>{offers}</ul>"
        '<div class="quote-cta"><p>Request a quote from our team in minutes today.</p></div>'
        '<div class="promo-strip"><p>Ten percent off every first booking this spring.</p></div>'
        "</main></body></html>"
    )
    text = newsclean.clean_html(html).text
    assert "Request a quote" in text
    assert "Ten percent off" not in text


def test_the_joined_search_finds_what_a_search_of_each_element_finds() -> None:
    from newsclean.html.boxes import _NEEDLES, _SEARCHED, _candidates

    classes = ["post-cta cta", "x", "Cookie-Notice", "", "related-posts", "callout", "nectar", "a promo b", "zz"]
    html = (
        "<html><body>"
        + "".join(f'<div class="{c}" id="d{i}">t</div>' for i, c in enumerate(classes))
        + "</body></html>"
    )
    page = MarkedElements(lxml.html.fromstring(html))
    want = [e[0] for e in page.elements if any(w in f"{e[2]} {e[4]}".lower() for w in _NEEDLES)]
    assert [e[0] for e in _candidates(page, page.names(), _SEARCHED)] == want
    assert len(want) == 6  # each element once, "post-cta cta" too


def test_a_class_whose_lower_case_is_longer_does_not_shift_the_search() -> None:
    # "İ".lower() is two characters: the hit is still traced to its own element
    html = (
        "<html><body>"
        + "".join(
            f'<div class="{c}"><p>Try our reporting tool free for a month.</p></div>' for c in ("İİİ", "ẞ x", "cta")
        )
        + "</body></html>"
    )
    boxes = _boxes(html)
    assert [b.where for b in boxes] == ["<div.cta>"]


def test_a_box_is_measured_without_its_scripts_and_styles() -> None:
    style = "<style>" + " ".join(f".cta-{i} {{ color: red; margin: 0 }}" for i in range(40)) + "</style>"
    html = _page(f'<div class="post-cta">{style}<p>Sign up for our free weekly planner today.</p></div>')
    boxes = _boxes(html)
    assert [b.text for b in boxes] == ["sign up for our free weekly planner today"]
    assert "weekly planner" not in newsclean.clean_html(html).text


def test_chinese_text_is_measured_in_words_as_it_is_written() -> None:
    # a run of Han has no spaces: 600 characters are 300 words, over the limit, whatever split() says
    story = "市议会在长时间辩论后通过了新的预算案。" * 32
    assert _boxes(f'<html><body><div class="post category-promo"><p>{story}</p></div></body></html>') == ()


def test_an_author_box_goes_as_a_byline_and_names_no_one_new() -> None:
    html = _page('<div class="writer-bio"><p>Sam Reyes lives in Leeds with two dogs and an old bicycle.</p></div>')
    article = newsclean.clean_html(html)
    assert "two dogs" not in article.text
    assert [(r.kind, r.filter) for r in article.removed if "two dogs" in r.text] == [(Kind.BYLINE, "marked_box")]
    assert article.metadata.authors == ("Jane Doe",)


def test_a_comment_by_the_author_is_no_author_box() -> None:
    # the story's own steps, quoted in a comment whose class names its author: the story keeps them
    step = "Place the onion, garlic and cayenne in a blender and pulverize it for a minute."
    html = _page(
        f'<ol class="commentlist"><li class="comment comment-author-jane"><p>{step}</p></li></ol>',
        before=f"<p>{step}</p>",
    )
    assert _boxes(html) == ()
    assert step in newsclean.clean_html(html).text


def test_a_page_of_thousands_of_boxes_reads_a_bounded_number() -> None:
    # the filter looks for each block in every box: a page marking each paragraph keeps that bounded
    from newsclean.html.boxes import MAX_BOXES

    body = "".join(
        f'<div class="promo"><p>Offer number {i} for the readers of this page.</p></div>' for i in range(3000)
    )
    assert len(_boxes(f"<html><body>{body}</body></html>")) == MAX_BOXES


def test_an_excerpt_of_another_post_goes_as_a_teaser() -> None:
    # a "more posts" widget among the paragraphs shows the opening of another story
    excerpt = (
        '<div class="elementor-post__excerpt"><p>When the agency denies your claim, it can feel like a dead '
        "end, and many applicants wonder what they can do next.</p></div>"
    )
    deck = '<p class="standfirst">The city will spend more on its roads than ever, the council decided.</p>'
    article = newsclean.clean_html(_page(excerpt, before=deck))
    assert "many applicants wonder" not in article.text
    assert "state of the roads" in article.text and "fixed by spring" in article.text
    cut = [r for r in article.removed if "many applicants wonder" in r.text]
    assert cut and cut[0].kind is Kind.TEASER and "'excerpt'" in cut[0].reason


def test_excerpts_that_hold_most_of_the_reading_are_the_page() -> None:
    # a blog's front page is a list of excerpts: they are what it shows, not boxes apart from it
    items = "".join(
        f'<div class="post"><h2>Post number {i} on the roads</h2><div class="entry-excerpt"><p>Post {i}: '
        f"{LAST}</p></div></div>"
        for i in range(8)
    )
    html = f"<html><head></head><body><main><h1>The roads blog</h1>{items}</main></body></html>"
    assert len(_boxes(html)) == 8
    article = newsclean.clean_html(html)
    assert "Post 1:" in article.text and "Post 7:" in article.text
    assert not [r for r in article.removed if r.filter == "marked_box"]


def test_a_phrase_from_the_middle_of_a_box_is_no_part_of_it() -> None:
    # the page's deck in an "excerpt" box ends with the words the next heading repeats
    html = _page(
        "",
        before='<div class="post__title__excerpt"><p>The papers, shared with us, give a fuller account of the '
        "birth of the budget.</p></div><h2>The Birth of the Budget</h2>",
    )
    boxes = _boxes(html)
    assert len(boxes) == 1 and boxes[0].openings() == {"the papers"}
    assert "The Birth of the Budget" in newsclean.clean_html(html).text
    assert set(_filtered(["The Birth of the Budget"], boxes[0].text)) == {0}  # a box of unknown parts


def test_the_elements_named_by_a_word_in_their_class_or_id() -> None:
    tree = lxml.html.fromstring(
        '<html><body><div class="Layout-Has-Sidebar"><p>Story</p></div><aside id="sidebar-1">x</aside>'
        '<div class="side-bar">y</div></body></html>'
    )
    named = MarkedElements(tree).named("sidebar")
    assert [(el.tag, el.get("class"), el.get("id")) for el in named] == [
        ("div", "Layout-Has-Sidebar", None),
        ("aside", None, "sidebar-1"),
    ]
