"""Small builders shared by the unit tests."""

from __future__ import annotations

from newsclean.model import Block
from newsclean.page import Hints, Page
from newsclean.segment import segment_text


def page_of(
    *lines: str, input_type: str = "text", language: str = "en", script: str = "Latin", hints: Hints | None = None
) -> Page:
    """A page whose blocks are ``lines``, one each."""
    text = "\n\n".join(lines)
    blocks = segment_text(text)
    assert len(blocks) == len(lines), [b.text for b in blocks]
    return Page(tuple(blocks), input_type, language=language, script=script, hints=hints or Hints())


def run(filter_, page: Page) -> dict[int, str]:
    """Apply one filter; block index -> kind value of its decisions."""
    for d in filter_(page):
        page.apply(filter_.name, d)
    return {i: d.kind.value for i, (_, d) in page.decisions.items()} | {d.block: d.kind.value for _, d in page.cuts}


def block(text: str, index: int = 0) -> Block:
    return Block(index, text, 1, 0, len(text))
