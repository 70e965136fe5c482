"""A paragraph the page shows twice side by side is shown twice; a copy elsewhere is not.

trafilatura drops a block that repeats the one before it in its output; the page's own repeats in
sibling elements of one kind come back, next to the copy it kept.
"""

from __future__ import annotations

import itertools

import lxml.html

import newsclean
from newsclean.html.audit import page_blocks
from newsclean.html.repeats import MIN_REPEAT_CHARS, Run, sibling_runs, with_sibling_repeats
from newsclean.model import Block
from newsclean.textshape import fold

PARA = (
    "The council approved the new bridge on Monday after a long debate about its cost, its design and "
    "the years of work it will take to build across the river."
)
OTHER = [
    "Work on the foundations starts in the spring, the council said, and the first lane should open to "
    "traffic within three years if the weather allows it.",
    "Residents who live near the river asked for a footpath on both sides, and the engineers said the "
    "design leaves room for one on each side of the road.",
    "The old bridge will stay open while the new one is built, so that the town is never cut off from "
    "the farms and villages on the other bank.",
]


def _page(body: str) -> str:
    return f"<html><head><title>Bridge approved</title></head><body><article>{body}</article></body></html>"


def _chunks(html: str) -> list[tuple[object, str]]:
    return page_blocks(lxml.html.document_fromstring(html)).chunks


def _count(text: str, paragraph: str) -> int:
    return sum(1 for line in text.split("\n") if line == paragraph)


def test_runs_of_sibling_elements_of_one_kind() -> None:
    html = _page(f"<p>{OTHER[0]}</p><p>{PARA}</p><p>{PARA}</p><p>{PARA}</p><p>{OTHER[1]}</p>")
    assert sibling_runs(_chunks(html)) == [Run(fold(PARA), 3, fold(OTHER[0]), fold(OTHER[1]))]


def test_runs_of_one_text_under_one_parent_count_together() -> None:
    share = '<div class="share"><h3>Share this:</h3><span>Like</span></div>'
    html = _page(f"<p>{PARA}</p><p>{PARA}</p>{share}<p>{PARA}</p><p>{PARA}</p><p>{PARA}</p>")
    assert sibling_runs(_chunks(html)) == [Run(fold(PARA), 5, None, None)]


def test_no_run_across_kinds_parents_or_a_hidden_fallback() -> None:
    html = _page(
        f'<p class="summary">{PARA}</p><p class="summary-fallback invisible">{PARA}</p>'  # another class
        f"<div><p>{OTHER[0]}</p></div><div><p>{OTHER[0]}</p></div>"  # cousins, not siblings
        f"<h2>{OTHER[1]}</h2><p>{OTHER[1]}</p>"  # another tag
        f"<p>{OTHER[2]}</p><p hidden>{OTHER[2]}</p>"  # hidden by an attribute
        f'<p>{OTHER[2]}</p><p style="display: none">{OTHER[2]}</p>'  # ... or by its style
        f"<div hidden><p>{PARA}</p><p>{PARA}</p></div>"  # a run inside a hidden element
    )
    assert sibling_runs(_chunks(html)) == []


def test_short_repeats_are_no_run() -> None:
    short = "Read the full story"
    assert len(short) < MIN_REPEAT_CHARS
    assert sibling_runs(_chunks(_page(f"<p>{short}</p><p>{short}</p>"))) == []


def test_copies_go_next_to_the_kept_one_and_blocks_are_numbered_again() -> None:
    blocks: list[Block] = []
    for text in (OTHER[0], PARA, OTHER[1]):
        start = blocks[-1].end + 2 if blocks else 0
        blocks.append(Block(len(blocks), text, len(blocks) + 1, start, start + len(text)))
    html = _page(f"<p>{OTHER[0]}</p><p>{PARA}</p><p>{PARA}</p><p>{OTHER[1]}</p>")
    out = with_sibling_repeats(blocks, _chunks(html))
    assert [b.text for b in out] == [OTHER[0], PARA, PARA, OTHER[1]]
    assert [b.index for b in out] == [0, 1, 2, 3]
    assert [b.line for b in out] == [1, 2, 3, 4]
    assert all(b.end == b.start + len(b.text) for b in out)
    assert all(nxt.start == b.end + 2 for b, nxt in itertools.pairwise(out))


def test_a_run_whose_neighbours_the_blocks_lack_adds_nothing() -> None:
    """The blocks hold the text once, between other neighbours than the run's: a ticker's copies
    in an aside trafilatura left out are not the story's."""
    blocks = [
        Block(0, OTHER[0], 1, 0, len(OTHER[0])),
        Block(1, PARA, 2, len(OTHER[0]) + 2, len(OTHER[0]) + 2 + len(PARA)),
    ]
    blocks.append(Block(2, OTHER[1], 3, blocks[1].end + 2, blocks[1].end + 2 + len(OTHER[1])))
    html = _page(
        f"<p>{OTHER[0]}</p><p>{PARA}</p><p>{OTHER[1]}</p><aside><h3>Latest</h3><p>{PARA}</p><p>{PARA}</p></aside>"
    )
    assert with_sibling_repeats(blocks, _chunks(html)) is blocks


def test_blocks_that_hold_every_copy_are_left_alone() -> None:
    blocks = [Block(0, PARA, 1, 0, len(PARA)), Block(1, PARA, 2, len(PARA) + 2, 2 * len(PARA) + 2)]
    assert with_sibling_repeats(blocks, _chunks(_page(f"<p>{PARA}</p><p>{PARA}</p>"))) is blocks


def test_clean_html_keeps_a_paragraph_the_page_repeats_side_by_side() -> None:
    html = _page(
        f"<h1>Bridge approved</h1><p>{OTHER[0]}</p><p>{PARA}</p><p>{PARA}</p><p>{OTHER[1]}</p><p>{OTHER[2]}</p>"
    )
    article = newsclean.clean_html(html)
    assert _count(article.text, PARA) == 2
    lines = [line for line in article.text.split("\n") if line]
    assert lines.index(PARA) == lines.index(OTHER[0]) + 1  # in the page's order
    assert not [r for r in article.removed if PARA in r.text]  # nothing recorded as dropped


def test_clean_html_counts_the_runs_a_share_box_splits() -> None:
    share = '<div class="share"><h3>Share this:</h3><span>Like</span></div>'
    html = _page(
        f"<h1>Bridge approved</h1><p>{OTHER[0]}</p><p>{PARA}</p><p>{PARA}</p>{share}"
        f"<p>{PARA}</p><p>{PARA}</p><p>{PARA}</p>"
    )
    assert _count(newsclean.clean_html(html).text, PARA) == 5


def test_clean_html_shows_a_story_and_its_second_layout_once() -> None:
    """Both the story and a layout for small screens show the paragraph twice: twice it is, not
    four times."""
    story = f"<h1>Bridge approved</h1><p>{OTHER[0]}</p><p>{PARA}</p><p>{PARA}</p><p>{OTHER[1]}</p><p>{OTHER[2]}</p>"
    html = _page(f'<div class="story">{story}</div><div class="mobile-layout" style="display:none">{story}</div>')
    assert _count(newsclean.clean_html(html).text, PARA) == 2


def test_clean_html_puts_the_copies_by_the_run_not_by_a_standfirst_repeating_it() -> None:
    html = _page(
        f'<h1>Bridge approved</h1><p class="standfirst">{PARA}</p><p>{OTHER[0]}</p>'
        f"<p>{PARA}</p><p>{PARA}</p><p>{PARA}</p><p>{OTHER[1]}</p><p>{OTHER[2]}</p>"
    )
    lines = [line for line in newsclean.clean_html(html).text.split("\n") if line]
    assert lines[: lines.index(OTHER[1])] == [OTHER[0], PARA, PARA, PARA]


def test_clean_html_keeps_one_copy_of_a_paragraph_a_ticker_repeats() -> None:
    html = _page(f"<h1>Bridge approved</h1><p>{OTHER[0]}</p><p>{PARA}</p><p>{OTHER[1]}</p><p>{OTHER[2]}</p>").replace(
        "</article>",
        f'</article><aside class="ticker"><ul><li class="t">{PARA}</li><li class="t">{PARA}</li></ul></aside>',
    )
    assert _count(newsclean.clean_html(html).text, PARA) == 1


def test_the_audit_of_a_page_read_from_its_visible_text_skips_scripts() -> None:
    """A page trafilatura finds nothing in is read from its visible text, scripts dropped; the
    audit reads the page so too."""
    html = '<html><body><footer><span>Copyright<script>var uid="abc123";</script></span></footer></body></html>'
    assert not [r for r in newsclean.clean_html(html).removed if "uid" in r.text]


def test_clean_html_keeps_one_copy_of_a_summary_repeated_in_a_hidden_fallback() -> None:
    html = _page(
        f'<h1>Bridge approved</h1><p class="summary">{PARA}</p><p class="summary-fallback invisible">{PARA}</p>'
        f"<p>{OTHER[0]}</p><p>{OTHER[1]}</p><p>{OTHER[2]}</p>"
    )
    assert _count(newsclean.clean_html(html).text, PARA) == 1


def test_clean_html_does_not_double_a_lead_repeated_over_the_story() -> None:
    html = _page(
        f'<header><h1>Bridge approved</h1><p class="standfirst">{PARA}</p></header>'
        f'<div class="body"><p>{PARA}</p><p>{OTHER[0]}</p><p>{OTHER[1]}</p><p>{OTHER[2]}</p></div>'
    )
    assert _count(newsclean.clean_html(html).text, PARA) <= 1
