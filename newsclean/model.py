"""The values newsclean returns: blocks, removals, metadata and the article.

All of them are frozen attrs classes: an :class:`Article` is a plain value that can be compared,
hashed into an archive, written as JSON and read back (:meth:`Article.to_json` /
:meth:`Article.from_json`) without loss.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from typing import Any

import attrs

from .kinds import Kind, as_kind

__all__ = ["Article", "Block", "Contributor", "Dateline", "Image", "Metadata", "Removal"]


@attrs.frozen
class Block:
    """One piece of the page in reading order: a paragraph, heading, list item, caption...

    ``start``/``end`` are character offsets in the input (the text for ``clean_text``, the
    extracted text for ``clean_html``); ``line`` is the 1-based line of the input text where the
    block starts.  ``tag`` is a kind hint: ``p``, ``h``, ``li``, ``quote``, ``caption``, ``table``.
    """

    index: int
    text: str
    line: int
    start: int
    end: int
    tag: str = "p"

    @property
    def words(self) -> int:
        return len(self.text.split())


@attrs.frozen
class Removal:
    """A piece of the input that is not in the clean text, and why.

    ``filter`` names the filter that removed it; ``reason`` says why in words.  Positions point at
    the input: ``line`` (1-based), ``start``/``end`` (character offsets), ``block`` (index of the
    block it came from).  A removal made before blocks existed (the HTML pass) has no block and
    may have no offsets.  The offsets count the input as loaded: without its control characters
    and, for plain text, without the layout hints of :data:`newsclean.textshape.INVISIBLE` (a
    zero-width space counts as a space).
    """

    text: str
    kind: Kind = attrs.field(converter=as_kind)
    filter: str
    reason: str
    line: int | None = None
    start: int | None = None
    end: int | None = None
    block: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "kind": self.kind.value,
            "filter": self.filter,
            "reason": self.reason,
            "line": self.line,
            "start": self.start,
            "end": self.end,
            "block": self.block,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Removal:
        return cls(**data)


@attrs.frozen
class Image:
    """An image of the article with its caption and credit (either may be empty)."""

    caption: str = ""
    credit: str = ""
    src: str = ""


@attrs.frozen
class Contributor:
    """A person named in a contributor line: ``Reporting by Jane Doe`` gives role ``reporting``."""

    name: str
    role: str


@attrs.frozen
class Dateline:
    """The dateline that opened the story: ``BAGHDAD, June 22 (Reuters) -``."""

    text: str
    place: str = ""
    agency: str = ""
    date: str = ""


def _strings(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(values)


def _ints(values: Iterable[int]) -> tuple[int, ...]:
    return tuple(values)


def _contributors(values: Iterable[Contributor | dict[str, Any]]) -> tuple[Contributor, ...]:
    return tuple(v if isinstance(v, Contributor) else Contributor(**v) for v in values or ())


def _images(values: Iterable[Image | dict[str, Any]]) -> tuple[Image, ...]:
    return tuple(v if isinstance(v, Image) else Image(**v) for v in values or ())


def _removals(values: Iterable[Removal | dict[str, Any]]) -> tuple[Removal, ...]:
    return tuple(v if isinstance(v, Removal) else Removal(**v) for v in values or ())


def _optional_dateline(value: Any) -> Dateline | None:
    if value is None or isinstance(value, Dateline):
        return value
    return Dateline(**value)


@attrs.frozen
class Metadata:
    """What newsclean knows about the article besides its text.

    A value it could not find is empty (``""``, ``()`` or ``None``), never guessed.
    ``provenance`` maps each field that has a value to where it came from, e.g.
    ``{"title": "json-ld:headline", "authors": "text:byline line 5"}``.
    """

    title: str = ""
    subtitle: str = ""
    authors: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    agency: str = ""
    agencies: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    source: str = ""
    source_domain: str = ""
    url: str = ""
    canonical_url: str = ""
    published: str = ""
    modified: str = ""
    language: str = ""
    declared_language: str = ""
    section: str = ""
    tags: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    dateline: Dateline | None = attrs.field(default=None, converter=_optional_dateline)
    contributors: tuple[Contributor, ...] = attrs.field(default=(), converter=_contributors)
    images: tuple[Image, ...] = attrs.field(default=(), converter=_images)
    page_type: str = ""
    provenance: dict[str, str] = attrs.field(factory=dict, hash=False)

    @property
    def date(self) -> str:
        """The page's date: when it was published, or, when it states only that, when it was last
        updated ("Last updated: May 3, 2025"). ``published`` and ``modified`` keep the two apart."""
        return self.published or self.modified

    def to_dict(self) -> dict[str, Any]:
        return attrs.asdict(self, recurse=True)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Metadata:
        return cls(**data)


@attrs.frozen
class Article:
    """A cleaned page: the article's paragraphs, its metadata and everything that was removed.

    ``text`` is the clean body with paragraphs separated by a blank line.  ``removed`` lists every
    removed piece in input order; :meth:`removal_counts` sums them up by kind.
    ``paragraph_blocks`` gives the input block each paragraph came from, so that paragraphs and
    removals can be put back in input order (empty in records written before it existed).
    """

    paragraphs: tuple[str, ...] = attrs.field(converter=_strings)
    metadata: Metadata = attrs.field(factory=Metadata)
    removed: tuple[Removal, ...] = attrs.field(default=(), converter=_removals)
    input_type: str = "text"
    sha256: str = ""
    simhash: str = ""
    paragraph_blocks: tuple[int, ...] = attrs.field(default=(), converter=_ints)

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)

    def removed_by_kind(self, kind: Kind | str) -> list[Removal]:
        kind = Kind(kind)
        return [r for r in self.removed if r.kind is kind]

    def removal_counts(self) -> dict[str, int]:
        return dict(Counter(r.kind.value for r in self.removed))

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "paragraphs": list(self.paragraphs),
            "metadata": self.metadata.to_dict(),
            "removed": [r.to_dict() for r in self.removed],
            "removal_counts": self.removal_counts(),
            "input_type": self.input_type,
            "sha256": self.sha256,
            "simhash": self.simhash,
            "paragraph_blocks": list(self.paragraph_blocks),
        }

    def to_json(self, **dumps_kwargs: Any) -> str:
        dumps_kwargs.setdefault("ensure_ascii", False)
        return json.dumps(self.to_dict(), **dumps_kwargs)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        return cls(
            paragraphs=data["paragraphs"],
            metadata=Metadata.from_dict(data.get("metadata", {})),
            removed=[Removal.from_dict(r) for r in data.get("removed", [])],
            input_type=data.get("input_type", "text"),
            sha256=data.get("sha256", ""),
            simhash=data.get("simhash", ""),
            paragraph_blocks=data.get("paragraph_blocks", ()),
        )

    @classmethod
    def from_json(cls, text: str) -> Article:
        return cls.from_dict(json.loads(text))
