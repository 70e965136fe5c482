"""Many short texts searched as one string: which of them hold a given string.

A search per text is a Python call each; joined, the texts are searched by one ``str.find`` in C,
and a hit is traced back to its text by where each text starts.  Used for a page's text nodes
(``html.elements``), its classes (``html.boxes``) and the texts of its boxes (``filters.markup``).
"""

from __future__ import annotations

from bisect import bisect_right
from itertools import accumulate

# Between two texts: no needle holds it, so no match spans two texts
SEPARATOR = "\0"


class JoinedTexts:
    """``texts`` joined, each after a NUL, and where each starts."""

    def __init__(self, texts: list[str]) -> None:
        self.texts = texts
        self._joined = SEPARATOR.join(texts)
        self._starts = list(accumulate((len(t) + 1 for t in texts[:-1]), initial=0))

    def holding(self, needle: str) -> list[int]:
        """The indexes of the texts that hold ``needle`` (not empty, without a NUL), in order, each
        once."""
        found = []
        at = self._joined.find(needle)
        while at != -1:
            i = bisect_right(self._starts, at) - 1
            found.append(i)
            if i + 1 == len(self._starts):
                break
            at = self._joined.find(needle, self._starts[i + 1])
        return found

    def first_holding(self, needle: str) -> int | None:
        """The index of the first text that holds ``needle``, or None."""
        at = self._joined.find(needle)
        return bisect_right(self._starts, at) - 1 if at != -1 else None
