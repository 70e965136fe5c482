"""The body region: which run of blocks reads most like the article."""

from __future__ import annotations

from newsclean.body import PROSE_MAX, block_score

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
