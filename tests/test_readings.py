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
    tree = html_meta.parse(_page(40))  # about 2,200 words in paragraphs
    assert pipeline._thin_reading(300, tree)  # under a third of them
    assert not pipeline._thin_reading(1_000, tree)
    assert pipeline._thin_reading(100, html_meta.parse(_page(1)))  # short, whatever the page holds
    assert not pipeline._thin_reading(pipeline.THIN_READING_MAX_WORDS, tree)


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
    article = newsclean.clean_html(_page(30))
    assert f"Paragraph {kept - 1}." in article.text
    assert f"Paragraph {kept}." not in article.text
    # 30 blocks of 21 words hold over a third of the page's 1,600 words: no second reading
    assert calls == ([False, True] if first == 3 else [False])
