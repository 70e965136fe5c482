"""Paragraphs a page shows twice or more side by side, put back where trafilatura dropped them.

trafilatura drops a block of 50 characters or more that repeats the block before it in its
output, as an artifact of its own (two overlapping candidates read twice).  When the page itself
holds the repeat, in sibling elements of one kind one after the other, the reader sees the
paragraph as often as the page has it: the copies are the page's text, and the blocks get them
back next to the copy trafilatura kept.  A copy anywhere else stays out: a summary over the story
that its first paragraph repeats, a fallback that another class or a ``hidden`` attribute hides,
a second layout for small screens in another container, a box repeating a paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

import attrs

from ..model import Block
from ..textshape import fold
from .extract import number_blocks

MIN_REPEAT_CHARS = 50  # trafilatura's MIN_DUPLICATE_LENGTH: shorter repeats it keeps itself
# candidate places for one run's copies looked at, at most (a page holding one text hundreds of
# times over would make the search quadratic)
MAX_PLACES = 16

_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


@attrs.frozen
class Run:
    """Sibling elements of one kind holding one text, one after the other (or several such runs
    under one parent, a share box between them)."""

    folded: str  # the text, folded
    count: int  # how many elements hold it
    before: str | None  # the folded text of the page's block before the first, None at the start
    after: str | None  # ... and after the last, None at the end


def _previous_element(el: Any) -> Any:
    """The sibling element before ``el``, past comments and processing instructions."""
    prev = el.getprevious()
    while prev is not None and not isinstance(prev.tag, str):
        prev = prev.getprevious()
    return prev


def _same_kind(el: Any, other: Any) -> bool:
    """One tag and the same attributes, the id aside: a copy that a class, a ``hidden`` attribute
    or a style sets apart is no element of the same kind."""
    if el.tag != other.tag:
        return False
    a, b = dict(el.attrib), dict(other.attrib)
    a.pop("id", None)
    b.pop("id", None)
    return a == b


def _hidden(el: Any) -> bool:
    """Whether ``el`` or an element around it is hidden by its attributes."""
    for node in (el, *el.iterancestors()):
        if node.get("hidden") is not None or node.get("aria-hidden") == "true":
            return True
        style = node.get("style")
        if style and _HIDDEN_STYLE.search(style):
            return True
    return False


def sibling_runs(chunks: Sequence[tuple[Any, str]]) -> list[Run]:
    """The runs of sibling elements of one kind, one after the other, that hold the same text of
    :data:`MIN_REPEAT_CHARS` or more; ``chunks`` are the page's (element, own text) in reading
    order.  Runs of one text under one parent count as one."""
    spans: list[tuple[int, int]] = []  # [start, end) in chunks
    start = 0
    for i in range(1, len(chunks) + 1):
        if i < len(chunks):
            el, text = chunks[i]
            prev_el, prev_text = chunks[i - 1]
            if (
                text == prev_text
                and len(text) >= MIN_REPEAT_CHARS
                and _previous_element(el) is prev_el
                and _same_kind(el, prev_el)
            ):
                continue
        if i - start > 1:
            spans.append((start, i))
        start = i
    runs: list[Run] = []
    merged: dict[tuple[Any, str], int] = {}  # (parent, text) -> its run's place in runs
    for s, e in spans:
        el, text = chunks[s]
        if _hidden(el):
            continue
        folded = fold(text)
        after = fold(chunks[e][1]) if e < len(chunks) else None
        key = (el.getparent(), folded)
        if key in merged:
            at = merged[key]
            runs[at] = attrs.evolve(runs[at], count=runs[at].count + e - s, after=after)
            continue
        merged[key] = len(runs)
        runs.append(Run(folded, e - s, fold(chunks[s - 1][1]) if s > 0 else None, after))
    return runs


def with_sibling_repeats(blocks: list[Block], chunks: Sequence[tuple[Any, str]]) -> list[Block]:
    """``blocks`` with the copies they lack of each paragraph the page repeats side by side, next
    to the copies they hold (the blocks numbered again); ``blocks`` themselves when there are
    none to add.

    A run's copies go where the blocks hold its text between the page's neighbours of the run:
    the block before them is the page's block before the run, or the block after them the one
    after it (or the copies open or close both).  A run with no such place (a ticker in an aside
    that trafilatura left out) adds nothing; two runs with one place (the story's and a second
    layout's) add the larger count, not the sum."""
    runs = sibling_runs(chunks)
    if not runs:
        return blocks
    texts = {run.folded for run in runs}
    folds = [fold(b.text) for b in blocks]
    n = len(blocks)
    stretches: dict[str, list[tuple[int, int]]] = {}  # a run's text -> its stretches of copies
    i = 0
    while i < n:
        j = i + 1
        while j < n and folds[j] == folds[i]:
            j += 1
        if folds[i] in texts:
            stretches.setdefault(folds[i], []).append((i, j))
        i = j
    wanted: dict[int, tuple[int, int]] = {}  # a stretch's start -> its end, how many copies it shows
    for run in runs:
        for i, j in stretches.get(run.folded, ())[:MAX_PLACES]:
            if (folds[i - 1] if i else None) == run.before or (folds[j] if j < n else None) == run.after:
                wanted[i] = (j, max(wanted.get(i, (j, 0))[1], run.count))
                break
    if all(count <= j - i for i, (j, count) in wanted.items()):
        return blocks
    out: list[Block] = []
    done = 0
    for i in sorted(wanted):
        j, count = wanted[i]
        out += blocks[done:j] + [blocks[i]] * (count - (j - i))
        done = j
    out += blocks[done:]
    return number_blocks((b.text, b.tag) for b in out)
