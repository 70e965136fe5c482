"""The filter protocol, the ordered chain that holds filters, and helpers to write one.

A filter is any callable with a ``name`` that takes a :class:`~newsclean.page.Page` and returns
:class:`~newsclean.page.Decision` values.  It never changes the page: the pipeline applies its
decisions, and a block keeps the first decision made on it, so a filter earlier in the chain wins.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Protocol, runtime_checkable

import attrs

from ..errors import ConfigError
from ..kinds import Kind
from ..model import Block
from ..page import Decision, Page


@runtime_checkable
class Filter(Protocol):
    """What the chain runs: a named callable from a page to decisions."""

    @property
    def name(self) -> str: ...

    def __call__(self, page: Page) -> Iterable[Decision]: ...


class BlockJudge:
    """Base of the filters that judge each remaining block on its own.

    A subclass has a ``name`` and a ``kind`` and says in :meth:`judge` why a block goes (or
    returns ``None``); the loop over the page lives here, once.
    """

    kind: Kind

    def judge(self, block: Block, page: Page) -> str | None:
        raise NotImplementedError

    def __call__(self, page: Page) -> Iterator[Decision]:
        for block in list(page.undecided()):
            reason = self.judge(block, page)
            if reason:
                yield Decision(block.index, self.kind, reason)


@attrs.frozen
class FunctionFilter(BlockJudge):
    """A filter made from a plain function ``(block, page) -> reason | None`` (see :func:`block_filter`)."""

    name: str
    kind: Kind
    # named, not shown with its address: the config's repr, which the archive hashes to tell
    # configurations apart, stays the same from one run to the next
    func: Callable[[Block, Page], str | None] = attrs.field(repr=lambda f: _qualified_name(f))

    def judge(self, block: Block, page: Page) -> str | None:
        return self.func(block, page)


def _qualified_name(func: Callable[..., object]) -> str:
    """``module.name`` of a function ("horoscopes.horoscope"), or its repr when it has none."""
    name = getattr(func, "__qualname__", None)
    return f"{getattr(func, '__module__', '?')}.{name}" if name else repr(func)


def block_filter(name: str, kind: Kind | str) -> Callable[[Callable[[Block, Page], str | None]], FunctionFilter]:
    """Turn a function that looks at one block into a filter.

    The function gets each block not yet removed and the page; it returns a reason (the block is
    removed as ``kind``) or ``None`` (the block stays)::

        @block_filter("horoscope", kind="teaser")
        def horoscope(block, page):
            return "horoscope teaser" if block.text.startswith("Your stars") else None
    """

    def wrap(func: Callable[[Block, Page], str | None]) -> FunctionFilter:
        return FunctionFilter(name, Kind(kind), func)

    return wrap


def _filters(values: Iterable[Filter]) -> tuple[Filter, ...]:
    return tuple(values)


@attrs.frozen
class FilterChain:
    """An ordered, immutable list of filters with unique names.

    Every edit returns a new chain: ``chain.insert(f, before="duplicate")``, ``chain.remove("cookie")``,
    ``chain.replace("byline", my_byline)``.
    """

    filters: tuple[Filter, ...] = attrs.field(converter=_filters)

    @filters.validator
    def _unique(self, _attribute: object, value: tuple[Filter, ...]) -> None:
        names = [f.name for f in value]
        dupes = {n for n in names if names.count(n) > 1}
        if dupes:
            raise ConfigError(f"filter names must be unique; repeated: {', '.join(sorted(dupes))}")

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.filters)

    def __iter__(self) -> Iterator[Filter]:
        return iter(self.filters)

    def __len__(self) -> int:
        return len(self.filters)

    def __getitem__(self, name: str) -> Filter:
        for f in self.filters:
            if f.name == name:
                return f
        raise KeyError(name)

    def _position(self, name: str) -> int:
        try:
            return self.names.index(name)
        except ValueError:
            known = ", ".join(self.names)
            raise ConfigError(f"no filter named {name!r} in the chain; known: {known}") from None

    def insert(self, filter: Filter, *, before: str | None = None, after: str | None = None) -> FilterChain:
        """A chain with ``filter`` added before or after a named filter, or at the end."""
        if before is not None and after is not None:
            raise ConfigError("give before= or after=, not both")
        items = list(self.filters)
        if before is not None:
            items.insert(self._position(before), filter)
        elif after is not None:
            items.insert(self._position(after) + 1, filter)
        else:
            items.append(filter)
        return FilterChain(items)

    def remove(self, name: str) -> FilterChain:
        pos = self._position(name)
        return FilterChain(self.filters[:pos] + self.filters[pos + 1 :])

    def replace(self, name: str, filter: Filter) -> FilterChain:
        pos = self._position(name)
        return FilterChain((*self.filters[:pos], filter, *self.filters[pos + 1 :]))

    def reorder(self, names: Iterable[str]) -> FilterChain:
        """A chain of the named filters in the given order (filters not named are dropped)."""
        return FilterChain(self[n] for n in names)
