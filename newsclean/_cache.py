"""A memo for functions of one line of text that many filters ask about.

A dozen filters ask the same questions of the same lines (how many words, which script, what
beginnings), so the answers are kept in a bounded table, emptied when it is full.  Long texts are
not kept: they are rarely asked about twice, and a huge line must not stay in memory after its
page.
"""

from __future__ import annotations

import functools
import threading
import weakref
from collections.abc import Callable
from typing import Any, TypeVar, cast

F = TypeVar("F", bound=Callable[..., Any])

MAX_ENTRIES = 8192
MAX_CACHED_CHARS = 2000


class _LineMemo(dict):  # type: ignore[type-arg]
    """A function of one text, called as the table's lookup: a text seen before costs a lookup
    in C, with no Python call around it (filters ask thirty questions of every line)."""

    __call__ = dict.__getitem__

    def __init__(self, func: Callable[[str], Any]) -> None:
        super().__init__()
        functools.update_wrapper(self, func)
        self._func = func

    def __missing__(self, text: str) -> Any:
        value = self._func(text)
        if len(text) <= MAX_CACHED_CHARS:
            if len(self) >= MAX_ENTRIES:
                self.clear()
            self[text] = value
        return value

    def cache_clear(self) -> None:
        self.clear()

    def __repr__(self) -> str:
        return f"<line_cache of {self._func!r}>"

    def __get__(self, obj: Any, objtype: Any = None) -> Any:
        return self  # used as a class attribute, it stays a plain function of the text

    __hash__ = object.__hash__  # type: ignore[assignment]
    __eq__ = object.__eq__


def line_cache(func: F) -> F:
    """Memoise ``func``, a function of a line of text (and of more arguments, if it has them)."""
    if func.__code__.co_argcount == 1 and not func.__code__.co_flags & 0x0C:  # one argument, no *args/**kw
        return cast(F, _LineMemo(func))
    cached = functools.lru_cache(maxsize=MAX_ENTRIES)(func)

    @functools.wraps(func)
    def wrapper(text: str, *args: Any) -> Any:
        if len(text) <= MAX_CACHED_CHARS:
            return cached(text, *args)
        return func(text, *args)

    wrapper.cache_clear = cached.cache_clear  # type: ignore[attr-defined]
    return cast(F, wrapper)


_local = threading.local()


def page_memo(page: Any) -> dict[str, Any]:
    """A dict for what the filters work out once per page (the lines' edge-stripped text, their
    word counts), for the page most recently asked about in this thread.

    Only a weak reference to the page is held; what the memo keeps (a page's worth of lines) is
    dropped when another page is asked about in the thread.  What is kept must be checked so that
    it is still right if the page's texts change (a cut shortens a block).
    """
    slot = getattr(_local, "slot", None)
    if slot is None or slot[0]() is not page:
        slot = (weakref.ref(page), {})
        _local.slot = slot
    memo: dict[str, Any] = slot[1]
    return memo
