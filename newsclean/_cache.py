"""A memo for functions of one line of text that many filters ask about.

A dozen filters ask the same questions of the same lines (how many words, which script, what
beginnings), so the answers are kept, most recent first, in a bounded table.  Long texts are not
kept: they are rarely asked about twice, and a huge line must not stay in memory after its page.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar, cast

F = TypeVar("F", bound=Callable[..., Any])

MAX_ENTRIES = 8192
MAX_CACHED_CHARS = 2000


def line_cache(func: F) -> F:
    cached = functools.lru_cache(maxsize=MAX_ENTRIES)(func)

    @functools.wraps(func)
    def wrapper(text: str, *args: Any) -> Any:
        if len(text) <= MAX_CACHED_CHARS:
            return cached(text, *args)
        return func(text, *args)

    wrapper.cache_clear = cached.cache_clear  # type: ignore[attr-defined]
    return cast(F, wrapper)
