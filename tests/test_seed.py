"""The page that started the project comes out exactly as its expected JSON says."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import newsclean
from newsclean import Kind

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
SEED = SEEDS / "000_f98b2c7d856323b5.txt"
EXPECTED = json.loads((SEEDS / "000_f98b2c7d856323b5.expected.json").read_text(encoding="utf-8"))

# The expected JSON names noise categories in words; these are newsclean's kinds for them.
CATEGORY_KINDS = {
    "byline (moved to metadata)": Kind.BYLINE,
    "navigation / share widget": Kind.NAVIGATION,
    "image caption (moved to metadata)": Kind.CAPTION,
    "image caption duplicate with credit (moved to metadata)": Kind.CREDIT,
    "byline duplicate": Kind.DUPLICATE,
    "dateline / wire prefix (moved to metadata)": Kind.DATELINE,
    "comments widget": Kind.COMMENTS,
    "paywall / subscription prompt": Kind.PAYWALL,
    "paywall / login prompt": Kind.LOGIN,
    "unrelated headline, non-English fragment": Kind.FOREIGN_LANGUAGE,
    "unrelated headline or teaser caption": Kind.TEASER,
}


@pytest.fixture(scope="module")
def article() -> newsclean.Article:
    return newsclean.clean_text(SEED.read_text(encoding="utf-8"))


def test_body_is_exactly_the_expected_paragraphs(article: newsclean.Article) -> None:
    assert list(article.paragraphs) == EXPECTED["body_paragraphs"]
    assert article.text == "\n\n".join(EXPECTED["body_paragraphs"])


def test_metadata(article: newsclean.Article) -> None:
    want = EXPECTED["metadata"]
    md = article.metadata
    assert md.title == want["title"]
    assert md.subtitle == want["subtitle"]
    assert list(md.authors) == want["authors"]
    assert md.agency == want["agency"]
    assert md.language == want["language"]
    assert [(i.caption, i.credit) for i in md.images] == [(i["caption"], i["credit"]) for i in want["images"]]


def test_every_expected_removal_is_recorded_under_its_kind(article: newsclean.Article) -> None:
    by_line = {r.line: r for r in article.removed}
    for expected in EXPECTED["removed"]:
        got = by_line.get(expected["line"])
        assert got is not None, f"line {expected['line']} ({expected['text']!r}) was not removed"
        assert got.text.strip() == expected["text"].strip()
        assert got.kind is CATEGORY_KINDS[expected["kind"]], (expected, got)
        assert got.reason and got.filter


def test_categories_map_to_distinct_kinds() -> None:
    """Categories the expected JSON tells apart stay apart in newsclean's kinds."""
    assert len(set(CATEGORY_KINDS.values())) == len(CATEGORY_KINDS)
    assert {r["kind"] for r in EXPECTED["removed"]} <= set(CATEGORY_KINDS)


def test_removals_point_at_the_input(article: newsclean.Article) -> None:
    text = SEED.read_text(encoding="utf-8")
    for r in article.removed:
        assert r.start is not None and r.end is not None
        assert text[r.start : r.end].strip() == r.text.strip()


def test_nothing_is_lost(article: newsclean.Article) -> None:
    """Every line of the seed is either in the clean text, in a removal, or cut as a dateline."""
    kept = article.text
    removed = "\n".join(r.text for r in article.removed)
    for line in SEED.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line:
            rest = line.removeprefix("REUTERS - ")
            assert rest in kept or line in removed, line


def test_the_haaretz_html_page_gives_the_same_article(article: newsclean.Article) -> None:
    """The same story as an HTML page in Haaretz's layout: same body, same metadata."""
    html = newsclean.clean_html((SEEDS.parent / "fixtures" / "seed_haaretz.html").read_bytes())
    assert html.paragraphs == article.paragraphs
    for field in ("title", "subtitle", "authors", "agency", "language"):
        assert getattr(html.metadata, field) == getattr(article.metadata, field), field
    # the HTML also knows where the image is; caption and credit are the same
    assert [(i.caption, i.credit) for i in html.metadata.images] == [
        (i.caption, i.credit) for i in article.metadata.images
    ]
    assert html.metadata.images[0].src.endswith("iraq-checkpoint.jpg?w=1200")
    assert html.sha256 == article.sha256
