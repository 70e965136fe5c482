"""The working state of one page while the filter chain runs.

Filters read a :class:`Page` and return :class:`Decision` values; only the pipeline applies them.
A page knows its blocks, the decisions made so far, the text each block still keeps (a dateline
cut from the first paragraph shortens it), what the HTML pass learned (:class:`Hints`), and the
article's body region, found the first time a filter asks for it.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

import attrs

from .kinds import Kind, as_kind
from .model import Block, Image
from .textshape import fold

# The text pieces read for the first two words of a part of a box (inline elements split a text)
_OPENING_PIECES = 4


@attrs.frozen
class Decision:
    """A filter's verdict on one block: remove it (or the span ``span`` of its text) as ``kind``.

    ``data`` carries what moves to the metadata (``{"author": "Jane Doe"}``, ``{"caption": ...}``).
    """

    block: int
    kind: Kind = attrs.field(converter=as_kind)
    reason: str
    span: tuple[int, int] | None = None
    data: Mapping[str, Any] = attrs.field(factory=dict)


def opening(folded: str) -> str:
    """The first two words of a folded text: what :meth:`MarkedBox.openings` holds."""
    return " ".join(folded.split(None, 2)[:2])


@attrs.frozen
class MarkedBox:
    """A small element of an HTML page whose class marks it as apart from the story (a call to
    action, a promotion): its text folded, what that makes it, where it is and the class word
    that marks it (for the reason), its text folded with its elements' texts kept apart when
    that differs, and its text pieces in document order (for :meth:`openings`)."""

    text: str
    kind: Kind
    where: str
    word: str
    parted: str = ""
    pieces: tuple[str, ...] = ()

    def openings(self) -> frozenset[str]:
        """The first two words (folded) from the start of each text piece on, what a block that
        is one of the box's elements begins with; one that only repeats a phrase from the middle
        of its sentence does not (a heading "The Birth of Chaos" after a deck ending "the birth of
        chaos").  Empty when the pieces are not known: any part counts.  Worked out only when a
        block is found in the box, which is rare."""
        out: set[str] = set()
        for i in range(len(self.pieces)):
            ahead = self.pieces[i : i + _OPENING_PIECES]
            # "Digital<b>Ocean</b> is": the words run together as the text runs, or apart
            for joined in ("".join(ahead), " ".join(ahead)):
                if words := opening(fold(joined)):
                    out.add(words)
        return frozenset(out)

    @property
    def forms(self) -> tuple[str, ...]:
        return (self.text, self.parted) if self.parted else (self.text,)


@attrs.frozen
class Hints:
    """What the document itself says, read before the filters run (empty for plain text)."""

    title: str = ""
    subtitle: str = ""
    deck: str = ""  # the text of an element the page marks as its deck
    authors: tuple[str, ...] = ()
    images: tuple[Image, ...] = ()
    declared_language: str = ""
    boxes: tuple[MarkedBox, ...] = ()


@attrs.frozen
class BodyRegion:
    """The run of blocks ``first``..``last`` (inclusive) that holds the article body."""

    first: int
    last: int

    def __contains__(self, index: object) -> bool:
        return isinstance(index, int) and self.first <= index <= self.last

    def indices(self) -> range:
        """The indices of its blocks, in order."""
        return range(self.first, self.last + 1)


@attrs.define
class Page:
    blocks: tuple[Block, ...]
    input_type: str
    language: str = ""
    language_origin: str = ""
    script: str = ""
    hints: Hints = attrs.field(factory=Hints)
    decisions: dict[int, tuple[str, Decision]] = attrs.field(factory=dict)
    cuts: list[tuple[str, Decision]] = attrs.field(factory=list)
    _kept_text: dict[int, str] = attrs.field(factory=dict)
    _body: BodyRegion | None = None

    def text_of(self, index: int) -> str:
        """The text block ``index`` still keeps after partial cuts."""
        return self._kept_text.get(index, self.blocks[index].text)

    def is_decided(self, index: int) -> bool:
        return index in self.decisions

    def kind_of(self, index: int) -> Kind | None:
        found = self.decisions.get(index)
        return found[1].kind if found else None

    def undecided(self) -> Iterator[Block]:
        return (b for b in self.blocks if b.index not in self.decisions)

    @property
    def body(self) -> BodyRegion:
        """The article's body region, found from the decisions made so far."""
        if self._body is None:
            from .body import find_body_region

            self._body = find_body_region(self)
        return self._body

    def apply(self, filter_name: str, decision: Decision) -> bool:
        """Record ``decision``; a block keeps the first whole-block decision made on it."""
        i = decision.block
        if i in self.decisions:
            return False
        if decision.span is None:
            self.decisions[i] = (filter_name, decision)
            return True
        start, end = decision.span
        text = self.text_of(i)
        self._kept_text[i] = (text[:start] + text[end:]).strip()
        self.cuts.append((filter_name, decision))
        if not self._kept_text[i]:
            self.decisions[i] = (filter_name, attrs.evolve(decision, span=None))
        return True
