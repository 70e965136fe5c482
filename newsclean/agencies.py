"""Recognising wire agencies by name, from the registry in :mod:`newsclean.vocab.agencies`."""

from __future__ import annotations

import re

from .vocab.agencies import AMBIGUOUS_ALIASES, alias_table

_TABLE = alias_table()
# Longest aliases first, so "The Associated Press" wins over "Associated Press" and "AP".
_ALIASES = sorted(_TABLE, key=len, reverse=True)
_ALIAS_RE = re.compile(r"(?<!\w)(" + "|".join(re.escape(a) for a in _ALIASES) + r")(?!\w)", re.IGNORECASE)


def canonical_agency(name: str, *, strict: bool = True) -> str:
    """The canonical name of the agency ``name`` names in full, or ``""``.

    With ``strict``, short ambiguous initials ("AP", "PA") count only when written in capitals.
    """
    key = " ".join(name.split()).strip(" .,;:-–—()").lower()
    canonical = _TABLE.get(key, "")
    if canonical and strict:
        original = name.strip(" .,;:-–—()")
        if original.upper() in AMBIGUOUS_ALIASES and original != original.upper():
            return ""
    return canonical


def agencies_in(text: str) -> list[str]:
    """Canonical names of every agency named in ``text``, in order, each once.

    Ambiguous initials count only in capitals.
    """
    found: list[str] = []
    for m in _ALIAS_RE.finditer(text):
        alias = m.group(1)
        if alias.upper() in AMBIGUOUS_ALIASES and alias != alias.upper():
            continue
        canonical = _TABLE[alias.lower()]
        if canonical not in found:
            found.append(canonical)
    return found


def strip_agencies(text: str) -> str:
    """``text`` without the agency names in it ("Associated Press writer Jo Roe" -> "writer Jo Roe")."""
    return " ".join(_ALIAS_RE.sub(" ", re.sub(r"\bThe (?=Associated Press\b)", "", text)).split())
