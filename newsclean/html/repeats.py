"""Paragraphs a page shows twice or more side by side, put back where trafilatura dropped them.

trafilatura drops a block of 50 characters or more that repeats the block before it in its output,
as an artifact of its own (two overlapping candidates read twice).  When the page itself holds the
repeat, in sibling elements of one kind (tag and class) one after the other, the reader sees the paragraph as often
as the page has it: the copies are the page's text, and the extracted blocks get them back next to
the one trafilatura kept.  A copy elsewhere on the page (a summary over the story, a second layout
for small screens, a box repeating a paragraph) is not side by side with it, and a fallback
hidden by its class ("summary-fallback invisible") is no element of the same kind: they stay out.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import attrs

from ..model import Block
from ..textshape import fold

MIN_REPEAT_CHARS = 50  # trafilatura's MIN_DUPLICATE_LENGTH: shorter repeats it keeps itself


def _previous_element(el: Any) -> Any:
    """The sibling element before ``el``, past comments and processing instructions."""
    prev = el.getprevious()
    while prev is not None and not isinstance(prev.tag, str):
        prev = prev.getprevious()
    return prev


def sibling_runs(chunks: Sequence[tuple[Any, str]]) -> list[tuple[str, int]]:
    """(folded text, how many times) for each run of sibling elements of one kind (tag and class),
    one after the other, that hold the same text of :data:`MIN_REPEAT_CHARS` or more; ``chunks`` are the page's
    (element, own text) in reading order."""
    runs: list[tuple[str, int]] = []
    prev_el: Any = None
    prev_text = ""
    count = 1
    for el, text in chunks:
        same = (
            text == prev_text
            and len(text) >= MIN_REPEAT_CHARS
            and el.tag == prev_el.tag
            and el.get("class") == prev_el.get("class")
            and _previous_element(el) is prev_el
        )
        if same:
            count += 1
        else:
            if count > 1:
                runs.append((fold(prev_text), count))
            count = 1
        prev_el, prev_text = el, text
    if count > 1:
        runs.append((fold(prev_text), count))
    return runs


def with_sibling_repeats(blocks: list[Block], chunks: Sequence[tuple[Any, str]]) -> list[Block]:
    """``blocks`` with the copies of each paragraph the page repeats side by side that they lack,
    next to the copies they hold (the blocks numbered again); ``blocks`` themselves when the page
    repeats none."""
    wanted: dict[str, int] = {}
    for folded, count in sibling_runs(chunks):
        # the runs of one text, apart on the page (a share box between them), all show it
        wanted[folded] = wanted.get(folded, 0) + count
    if not wanted:
        return blocks
    out = list(blocks)
    for folded, count in wanted.items():
        held = [i for i, b in enumerate(out) if len(b.text) >= MIN_REPEAT_CHARS and fold(b.text) == folded]
        if not held or len(held) >= count:
            continue
        end = held[0] + 1
        while end < len(out) and out[end].text == out[held[0]].text:
            end += 1
        out[end:end] = [out[held[0]]] * (count - len(held))
    if len(out) == len(blocks):
        return blocks
    renumbered: list[Block] = []
    offset = 0
    for i, b in enumerate(out):
        renumbered.append(attrs.evolve(b, index=i, line=i + 1, start=offset, end=offset + len(b.text)))
        offset += len(b.text) + 2
    return renumbered
