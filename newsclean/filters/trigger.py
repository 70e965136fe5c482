"""A cheap test that rules out most lines before a long list of phrase patterns is tried.

Python's ``re`` tries every alternative of a pattern at every word start, so a filter of thirty
phrases costs the same on every line, furniture or not.  But most phrases begin with a word
("subscribe", "sign up", "newsletter"), and a line can only match if one of its words starts the
way one of the phrases does.  :class:`Trigger` reads those word beginnings (up to four letters) out
of the compiled patterns and checks them against the beginnings of the line's words: a set lookup
per word.  A phrase that does not begin with a word (a price, "©") makes the trigger always fire,
so the test never rules out a line that a pattern would match.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from itertools import chain
from typing import Any

from .._cache import line_cache

if sys.version_info >= (3, 11):
    from re import _constants as sre_constants
    from re import _parser as sre_parse
else:  # pragma: no cover - Python 3.10
    import sre_constants
    import sre_parse

PREFIX = 4  # letters of a word's beginning that are compared
DIGIT = "\\d"  # the beginning of a word that starts with a digit
# at the start of a word, its first PREFIX letters (or fewer) as nested groups: the first four
# hold the first three, which hold the first two, which hold the first one
_BEGINNINGS = re.compile(r"(?<!\w)" + "(" * PREFIX + r"\w)" + r"\w?)" * (PREFIX - 1))
_SYMBOL = re.compile(r"[^\w\s]")
_DIGIT_START = re.compile(r"(?<!\w)\d")
_MAX_DEPTH = 40
_MAX_CLASS = 64  # a character class is spelled out when it is this small

_C = sre_constants
_ZERO_WIDTH = (_C.AT, _C.ASSERT, _C.ASSERT_NOT)
_REPEATS = (_C.MAX_REPEAT, _C.MIN_REPEAT)


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _class_chars(items: list[Any]) -> set[str] | None:
    """The characters of a small character class (``[$€£]``, ``[a-c]``), ``{DIGIT}`` for ``\\d``,
    or None for a class too wide or negated."""
    out: set[str] = set()
    for op, av in items:
        if op is _C.LITERAL:
            out.add(chr(av))
        elif op is _C.RANGE and av[1] - av[0] < _MAX_CLASS:
            out.update(chr(c) for c in range(av[0], av[1] + 1))
        elif op is _C.CATEGORY and av is _C.CATEGORY_DIGIT:
            out.add(DIGIT)
        else:
            return None
    return out


_NOT_WORD_CATEGORIES = (_C.CATEGORY_NOT_WORD, _C.CATEGORY_SPACE)


def _never_in_word(item: list[Any]) -> bool:
    """Whether ``item`` (one element of a pattern) only matches characters that are not word
    characters: ``\\W``, ``\\s``, a symbol or a class of them."""
    if len(item) != 1:
        return False
    op, av = item[0]
    if op is _C.LITERAL:
        return not _is_word_char(chr(av))
    if op is not _C.IN:
        return False
    return all(
        (kind is _C.CATEGORY and value in _NOT_WORD_CATEGORIES)
        or (kind is _C.LITERAL and not _is_word_char(chr(value)))
        for kind, value in av
    )


def _prefixes(seq: list[Any], limit: int, at_start: bool, depth: int = 0) -> set[str]:
    """Beginnings (up to ``limit`` letters) that the first word of a match of ``seq`` can have.

    At the start of the word a symbol counts as a beginning of its own (``"$"``, ``"©"``).  A
    beginning shorter than the limit means the pattern stops being a plain word there; ``""`` at
    the start means nothing can be said.
    """
    if limit == 0 or not seq or depth > _MAX_DEPTH:
        return {""}
    (op, av), rest = seq[0], seq[1:]
    if op is _C.LITERAL or op is _C.IN:
        chars = {chr(av)} if op is _C.LITERAL else _class_chars(av)
        if chars is None:
            return {""}
        out: set[str] = set()
        for ch in chars:
            if ch == DIGIT:
                out.add(DIGIT if at_start else "")
            elif _is_word_char(ch):
                out |= {ch.casefold() + r for r in _prefixes(rest, limit - 1, False, depth + 1)}
            else:
                out.add(ch if at_start and not ch.isspace() else "")
        return out
    if op is _C.BRANCH:
        out = set()
        for alternative in av[1]:
            out |= _prefixes(list(alternative) + rest, limit, at_start, depth + 1)
        return out
    if op is _C.SUBPATTERN:
        return _prefixes(list(av[-1]) + rest, limit, at_start, depth + 1)
    if op in _REPEATS:
        low, high, item = av
        if at_start and _never_in_word(item):
            # "^\W*subscribe": whatever the run of symbols and spaces takes, the word after it
            # starts a word of the line
            return _prefixes(rest, limit, at_start, depth + 1)
        out = _prefixes(rest, limit, at_start, depth + 1) if low == 0 else set()
        if high > 0:
            again = (op, (max(low - 1, 0), high - 1, item))
            out |= _prefixes([*item, again, *rest], limit, at_start, depth + 1)
        return out
    if op in _ZERO_WIDTH:
        return _prefixes(rest, limit, at_start, depth + 1)
    return {""}


def _pattern_prefixes(pattern: str) -> set[str] | None:
    """Word beginnings one of which every match of ``pattern`` holds, or None if there are none.

    The pattern's first word counts (the filters compile every phrase to start at a word
    boundary), and so does a word after a ``\\b`` in its top-level sequence, which every match
    passes through.
    """
    seq: list[Any] = sre_parse.parse(pattern, re.IGNORECASE).data
    starts = [0] + [i + 1 for i, item in enumerate(seq) if item == (_C.AT, _C.AT_BOUNDARY)]
    candidates = [_prefixes(seq[start:], PREFIX, True) for start in starts]
    # a symbol the pattern always needs (the "$" of "US$5 a month") is a beginning of its own
    for op, av in seq:
        chars = {chr(av)} if op is _C.LITERAL else _class_chars(av) if op is _C.IN else None
        if chars and all(not _is_word_char(c) and not c.isspace() and c != DIGIT for c in chars):
            candidates.append(chars)
    usable = [c for c in candidates if c and "" not in c]
    if not usable:
        return None
    # the most telling: single letters and digits begin almost every line
    return max(usable, key=lambda c: (all(len(k) > 1 or not _is_word_char(k) for k in c), -len(c)))


@line_cache
def word_beginnings(text: str) -> frozenset[str]:
    """The first one to four letters of every word of ``text`` (case-folded), ``DIGIT`` for a word
    that starts with a digit, and every symbol."""
    # one match per word, its groups its first four, three, two letters and first letter: the
    # beginnings of all the words in one call in C, without cutting each word four times
    out = set(chain.from_iterable(_BEGINNINGS.findall(text.casefold())))
    out.update(_SYMBOL.findall(text))
    if _DIGIT_START.search(text):
        out.add(DIGIT)
    return frozenset(out)


class Trigger:
    """Whether a line may match any of ``patterns``; ``False`` is certain, ``True`` is a maybe."""

    def __init__(self, patterns: tuple[str, ...]) -> None:
        beginnings: set[str] = set()
        self.always = False
        for pattern in patterns:
            found = _pattern_prefixes(pattern)
            if found is None:
                self.always = True
                break
            beginnings |= found
        self.beginnings = frozenset(beginnings)

    def may_match(self, text: str) -> bool:
        return self.always or not self.beginnings.isdisjoint(word_beginnings(text))


MAX_NARROWED = 256  # patterns compiled for one filter's subsets of its phrases, at most


def _requirements(pattern: str) -> list[frozenset[str]]:
    """Sets of word beginnings a line must hold one of, each, for ``pattern`` to match in it.

    As :func:`_pattern_prefixes` reads them, and from more places: a word that follows a symbol or
    a space the pattern always needs (the "earn" of "we earn") starts a word of the line too.
    """
    return _sequence_requirements(list(sre_parse.parse(pattern, re.IGNORECASE).data))


def _sequence_requirements(seq: list[Any], depth: int = 0) -> list[frozenset[str]]:
    """:func:`_requirements` of a parsed pattern."""
    starts = [0] + [
        i + 1
        for i, (op, av) in enumerate(seq)
        if (op is _C.AT and av is _C.AT_BOUNDARY) or (op is _C.LITERAL and not _is_word_char(chr(av)))
    ]
    candidates = [_prefixes(seq[start:], PREFIX, True) for start in starts]
    for op, av in seq:
        chars = {chr(av)} if op is _C.LITERAL else _class_chars(av) if op is _C.IN else None
        if chars and all(not _is_word_char(c) and not c.isspace() and c != DIGIT for c in chars):
            candidates.append(chars)
    # a match that opens with an alternation goes through one of its alternatives, so the most
    # telling set of each alternative, together, is a set too ("connexion|s'inscrire": "conn" or
    # "insc", where the first words alone give "conn" or "s")
    head = seq[:1]
    while head and head[0][0] is _C.SUBPATTERN:
        head = list(head[0][1][-1])
        head = head if len(head) == 1 else []
    if head and head[0][0] is _C.BRANCH and depth < _MAX_DEPTH:
        best = [_sequence_requirements([*alternative, *seq[1:]], depth + 1)[:1] for alternative in head[0][1][1]]
        if all(best):
            candidates.append(set().union(*(sets[0] for sets in best)))
    found: list[frozenset[str]] = []
    for c in candidates:
        if c and "" not in c and frozenset(c) not in found:
            found.append(frozenset(c))
    # the most telling first: single letters and digits begin almost every line, and a short
    # word ("to", "on", "the") is in more lines than a long one
    found.sort(key=lambda c: (not all(len(k) > 1 or not _is_word_char(k) for k in c), -min(map(_rarity, c)), len(c)))
    return found


def _rarity(beginning: str) -> int:
    """How seldom lines hold a word beginning, roughly: by its letters (a symbol as two, a digit as one)."""
    if beginning == DIGIT:
        return 1
    return len(beginning) if _is_word_char(beginning[0]) else 2


class _Alternation:
    """What the compiled alternation of some phrases finds, from the phrases compiled one by one.

    A filter meets a few hundred subsets of its phrases, each compiled on first need (0.4 ms on
    average: 0.9 ms a page over the first 300 pages of a process); compiled one by one, each phrase
    is compiled once for all the subsets that hold it.  The alternation's scan is kept: from where
    the last match ended, the leftmost position where any phrase matches, and there the first
    phrase in order that does, its match as the alternation would take it (each phrase's pattern
    has the same boundaries around it).  Only for phrases that never match an empty string, whose
    scan would step differently.
    """

    __slots__ = ("regexes",)

    def __init__(self, regexes: tuple[re.Pattern[str], ...]) -> None:
        self.regexes = regexes

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        regexes = self.regexes
        ahead: list[re.Match[str] | None] = [regex.search(text) for regex in regexes]
        pos = 0
        while True:
            best: re.Match[str] | None = None
            for k, found in enumerate(ahead):
                if found is not None and found.start() < pos:  # overtaken: the next one from here
                    found = ahead[k] = regexes[k].search(text, pos)
                if found is not None and (best is None or found.start() < best.start()):
                    best = found
            if best is None:
                return
            yield best
            pos = best.end()

    def fullmatch(self, text: str) -> re.Match[str] | None:
        for regex in self.regexes:
            found = regex.fullmatch(text)
            if found is not None:
                return found
        return None


class PhraseIndex:
    """Which of ``patterns`` a line can match, by the word beginnings each of them needs.

    A trigger says whether a line may match any of the phrases; this says which: a phrase needs
    one word beginning out of each of a few sets (its first word's, and those of the words after
    a boundary, a space or a symbol it always has), and a line whose beginnings miss one of the
    sets cannot match the phrase anywhere.  :meth:`regex_for` gives the alternation of the
    remaining phrases alone, in their order, so the regular expression tries one or two
    alternatives at each word instead of thirty, and finds the same matches: an alternative that
    cannot match at any position of the line changes no match of the alternation.  Patterns with
    groups are never split (a backreference would count its groups differently): their index
    gives the whole pattern or nothing.
    """

    def __init__(self, patterns: tuple[str, ...], compile_: Any) -> None:
        self.patterns = patterns
        self._compile = compile_
        self.full: re.Pattern[str] = compile_(patterns)
        self.split = self.full.groups == 0
        self.masks: dict[str, int] = {}  # beginning -> the phrases (bits) its first set holds it for
        self.always = 0  # the phrases nothing can be said about
        self.more: dict[int, tuple[frozenset[str], ...]] = {}  # bit -> the phrase's other sets
        for k, pattern in enumerate(patterns):
            bit = 1 << k if self.split else 1
            sets = _requirements(pattern)
            if not sets:
                self.always |= bit
                continue
            for beginning in sets[0]:
                self.masks[beginning] = self.masks.get(beginning, 0) | bit
            if self.split and len(sets) > 1:
                self.more[bit] = tuple(sets[1:])
        self.beginnings = frozenset(self.masks)
        self._narrowed: dict[int, re.Pattern[str] | _Alternation] = {}
        # each phrase compiled alone, for the alternations of several (see _Alternation) when no
        # phrase can match an empty string
        self._alone: dict[int, re.Pattern[str]] = {}
        self._by_phrase = self.split and all(sre_parse.parse(p, re.IGNORECASE).getwidth()[0] > 0 for p in patterns)

    def regex_for(self, beginnings: frozenset[str]) -> re.Pattern[str] | _Alternation | None:
        """The alternation of the phrases a line with these word beginnings may match, or None:
        a compiled pattern, or an :class:`_Alternation` that finds what it would find."""
        mask = 0
        for beginning in self.beginnings.intersection(beginnings):
            mask |= self.masks[beginning]
        if self.more:
            rest = mask
            while rest:
                bit = rest & -rest
                rest ^= bit
                for required in self.more.get(bit, ()):
                    if required.isdisjoint(beginnings):
                        mask ^= bit
                        break
        mask |= self.always
        if not mask:
            return None
        if not self.split:
            return self.full
        regex = self._narrowed.get(mask)
        if regex is None:
            if len(self._narrowed) >= MAX_NARROWED:
                return self.full
            phrases = [k for k in range(len(self.patterns)) if mask >> k & 1]
            if len(phrases) == 1:
                regex = self._phrase(phrases[0])
            elif self._by_phrase:
                regex = _Alternation(tuple(self._phrase(k) for k in phrases))
            else:
                regex = self._compile(tuple(self.patterns[k] for k in phrases))
            self._narrowed[mask] = regex
        return regex

    def _phrase(self, k: int) -> re.Pattern[str]:
        """Phrase ``k`` compiled alone, once for all the subsets that hold it."""
        regex = self._alone.get(k)
        if regex is None:
            regex = self._alone[k] = self._compile((self.patterns[k],))
        return regex
