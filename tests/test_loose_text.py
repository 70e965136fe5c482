"""Loose text in a container that also holds blocks is read as paragraphs, as a browser lays it out."""

from __future__ import annotations

import lxml.html

import newsclean
from newsclean.html.extract import MIN_LOOSE_WORDS, quote_figures_as_text, wrap_loose_text

S1 = "The city council approved the new bridge on Monday after a decade of debate over its cost and route. "
S2 = "Engineers say the first pillars will rise next spring, and the span should open to traffic in three years. "
S3 = "Residents who opposed the plan said they would keep meeting every week to follow the works and the money. "
S4 = "The mayor said the bridge would cut the drive to the hospital by twenty minutes for families on the east bank. "


def _story(middle: str) -> str:
    return (
        "<html><head><title>Bridge approved</title></head><body><header><nav><a href='/'>Home</a> "
        "<a href='/news'>News</a></nav></header><article><h1>Bridge approved after decade of debate</h1>"
        f"<div class='story'><div class='media'><div class='video'></div></div>{S1 * 2}<span class='br'></span>"
        f"{S4 * 2}{middle}</div></article><footer>Copyright 2025 The Paper</footer></body></html>"
    )


def test_the_story_after_an_ads_empty_box_is_read() -> None:
    # trafilatura's recall mode drops the text that runs on after a block (here an ad's empty slot)
    page = _story(
        "<div class='slot'><div class='ad'></div><div class='mrec'><div id='ad-mid'></div></div></div>"
        f" {S2 * 2}<span class='br'></span> <span class='br'></span>"
        f"<span class='strong'>What comes next</span><span class='br'></span>{S3 * 2}"
    )
    text = newsclean.clean_html(page, url="https://example.org/news/bridge").text
    for sentence in (S1, S2, S3, S4):
        assert sentence.strip() in text
    assert "What comes next" in text


def _wrapped(markup: str) -> tuple[int, str]:
    tree = lxml.html.fromstring(f"<html><body>{markup}</body></html>")
    made = wrap_loose_text(tree)
    return made, lxml.html.tostring(tree.find("body")).decode()


def test_runs_of_text_and_inline_elements_become_paragraphs_between_the_blocks() -> None:
    long = " ".join(["word"] * MIN_LOOSE_WORDS)
    made, html = _wrapped(
        f"<div>Lead {long} <b>bold</b><div class='ad'>AD</div> Tail <span>x</span><br>{long}<!-- slot -->"
        f"after<p>A paragraph.</p>{long}</div>"
    )
    assert made == 3
    assert html == (
        f'<body><div><p>Lead {long} <b>bold</b></p><div class="ad">AD</div><p> Tail <span>x</span><br>{long}'
        f"<!-- slot -->after</p><p>A paragraph.</p><p>{long}</p></div></body>"
    )


def test_short_loose_text_and_containers_without_blocks_are_left_as_they_are() -> None:
    # a card's blurb beside its picture: a paragraph there would draw the reading to it
    blurb = "Save on a new laptop when you trade in an eligible device."
    assert _wrapped(f"<div><div class='picture'></div>{blurb}</div>") == (
        0,
        f'<body><div><div class="picture"></div>{blurb}</div></body>',
    )
    long = " ".join(["word"] * MIN_LOOSE_WORDS)
    assert _wrapped(f"<div>{long}<br><a href='/x'>link</a> {long}</div>")[0] == 0


QUOTE = "This bridge will change how we live on both banks of the river for decades to come."


def _with_figures(figures: str) -> str:
    return (
        "<html><head><title>Bridge approved</title></head><body><article>"
        f"<h1>Bridge approved after decade of debate</h1><p>{S1 * 2}</p>{figures}"
        f"<p>{S2 * 2}</p><p>{S3 * 2}</p></article></body></html>"
    )


def test_a_quotation_set_as_a_figure_is_read_with_its_source() -> None:
    # HTML's own pattern for a quotation and who said it, which trafilatura takes for a picture
    page = _with_figures(
        f"<figure class='quote'><blockquote><p>{QUOTE}</p></blockquote>"
        "<figcaption>Jane Doe, mayor</figcaption></figure>"
    )
    text = newsclean.clean_html(page, url="https://example.org/news/bridge").text
    assert QUOTE in text
    assert "Jane Doe, mayor" in text


def _figures_left(body: str) -> list[str]:
    tree = lxml.html.fromstring(f"<html><body><article>{body}</article></body></html>")
    quote_figures_as_text(tree)
    return [" ".join(f.text_content().split()) for f in tree.iter("figure")]


def test_embedded_posts_pull_quotes_and_a_carousels_quotations_stay_figures() -> None:
    embedded = f"<figure class='wp-block-embed'><blockquote class='twitter-tweet'><p>{QUOTE}</p></blockquote></figure>"
    assert _figures_left(embedded) == [QUOTE]
    # a pull quote repeats the story's own words, quotation marks aside
    pull = f"<p>“{QUOTE}” the mayor said.</p><figure><blockquote><p>{QUOTE}</p></blockquote></figure>"
    assert _figures_left(pull) == [QUOTE]
    slides = [
        f"Testimonial number {n} says the service saved the team many hours every single week." for n in (1, 2, 3)
    ]
    # a carousel clones its first slides to scroll round
    carousel = "".join(
        f"<figure class='slide'><blockquote><p>{s}</p></blockquote></figure>" for s in [*slides, slides[0]]
    )
    assert len(_figures_left(carousel)) == 4
    quotation = f"<figure><blockquote><p>{QUOTE}</p></blockquote><figcaption>Jane Doe</figcaption></figure>"
    assert _figures_left(quotation) == []


def test_an_inline_element_holding_a_block_ends_a_run_of_loose_text() -> None:
    # a paragraph may not hold a <p>: trafilatura would drop what follows the link
    long = " ".join(["word"] * MIN_LOOSE_WORDS)
    made, html = _wrapped(f"<div>{long} <a href='/x'><p>Linked paragraph.</p></a> {long}<div class='ad'></div></div>")
    assert made == 2
    assert html == (
        f'<body><div><p>{long} </p><a href="/x"><p>Linked paragraph.</p></a><p> {long}</p>'
        '<div class="ad"></div></div></body>'
    )
