"""Language and script of text: the Unicode script first, langdetect only where it can be right.

Script is cheap and certain: a block in Hebrew letters on an English page is foreign whatever
langdetect says.  langdetect is slow (milliseconds a call), wrong on short strings and random unless
seeded, so it runs only on text with enough words and its answer is taken only when it is
confident.  "Undetermined" (``""``) is an answer.
"""

from __future__ import annotations

import re
import threading
from collections import Counter
from typing import Any

import attrs

from ._cache import line_cache

UNDETERMINED = ""

# Script ranges worth telling apart on news pages.  Order does not matter; ranges do not overlap.
_SCRIPT_RANGES: tuple[tuple[str, str], ...] = (
    ("Latin", "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff"),
    ("Cyrillic", "\u0400-\u04ff\u0500-\u052f"),
    ("Greek", "\u0370-\u03ff\u1f00-\u1fff"),
    ("Hebrew", "\u0590-\u05ff\ufb1d-\ufb4f"),
    ("Arabic", "\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff"),
    ("Devanagari", "\u0900-\u097f"),
    ("Thai", "\u0e00-\u0e7f"),
    ("Hangul", "\uac00-\ud7af\u1100-\u11ff\u3130-\u318f"),
    ("Kana", "\u3040-\u30ff"),
    ("Han", "\u4e00-\u9fff\u3400-\u4dbf\uf900-\ufaff"),
)
_SCRIPT_RES = tuple((name, re.compile(f"[{chars}]")) for name, chars in _SCRIPT_RANGES)
_LETTER = re.compile(r"[^\W\d_]")

# Japanese text mixes Han and Kana; Chinese and Japanese pages share Han.  They count as one
# family when asking whether a block is foreign to the page.
SCRIPT_FAMILY = {"Han": "CJK", "Kana": "CJK", "Hangul": "Hangul"}

# Scripts whose languages langdetect can tell apart reliably with enough words.
_DETECTABLE_SCRIPTS = frozenset({"Latin", "Cyrillic", "Arabic"})

# Languages whose script alone tells the language (one language per script on news pages).
_SCRIPT_LANGUAGE = {"Hebrew": "he", "Greek": "el", "Thai": "th", "Hangul": "ko", "Kana": "ja"}


_KANA = re.compile("[\u3040-\u30ff]")
_NOT_ASCII_LETTER = re.compile(r"[^A-Za-z]+")


def script_counts(text: str) -> Counter[str]:
    """Letters of ``text`` counted by script."""
    counts: Counter[str] = Counter()
    if text.isascii():  # most lines of most pages: one pass instead of one per script
        n = _ascii_letters(text)
        if n:
            counts["Latin"] = n
        return counts
    # each character outside ASCII looked up once (in C), rather than the text read once per script
    found: Counter[str] = Counter(map(_SCRIPT_OF, _NON_ASCII.findall(text)))
    found["Latin"] += _ascii_letters(text)
    for name, _ in _SCRIPT_RES:  # in the order of the scripts, as before (ties go to the first)
        n = found[name]
        if n:
            counts[name] = n
    return counts


class _ScriptOf(dict):  # type: ignore[type-arg]
    """The script whose range holds a character (``""`` for none), worked out once per character."""

    __call__ = dict.__getitem__

    def __missing__(self, char: str) -> str:
        name = next((name for name, pattern in _SCRIPT_RES if pattern.match(char)), "")
        if len(self) < 65536:
            self[char] = name
        return name


_SCRIPT_OF = _ScriptOf()
_NOT_ASCII_LETTER_BYTES = bytes(b for b in range(128) if not ("A" <= chr(b) <= "Z" or "a" <= chr(b) <= "z"))


def _ascii_letters(text: str) -> int:
    """How many characters of ``text`` are ASCII letters (what ``[A-Za-z]`` matches), counted in C
    on the text's ASCII bytes rather than by a pattern making a string of each."""
    return len(text.encode("ascii", "ignore").translate(None, _NOT_ASCII_LETTER_BYTES))


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


@line_cache
def dominant_script(text: str) -> str:
    """The script of most of the letters, its family name for CJK, or ``""`` without letters."""
    counts = script_counts(text)
    if not counts:
        return ""
    family: Counter[str] = Counter()
    for name, n in counts.items():
        family[SCRIPT_FAMILY.get(name, name)] += n
    return family.most_common(1)[0][0]


@line_cache
def script_share(text: str, script: str) -> float:
    """Share of the letters of ``text`` written in ``script`` (a script or family name)."""
    if text.isascii():
        return 1.0 if script == "Latin" and not _NOT_ASCII_LETTER.fullmatch(text) else 0.0
    # what _LETTER matches: ASCII letters, and the characters beyond ASCII that are alphanumeric
    # but not decimal digits (``[^\W\d_]``), looked at one by one only beyond ASCII
    letters = _ascii_letters(text) + sum(1 for c in _NON_ASCII.findall(text) if c.isalnum() and not c.isdecimal())
    if not letters:
        return 0.0
    counts = script_counts(text)
    n = sum(v for k, v in counts.items() if k == script or SCRIPT_FAMILY.get(k) == script)
    return n / letters


_WORD = re.compile(r"[^\W\d_]+")


def _function_word_index() -> dict[str, tuple[str, ...]]:
    from .vocab.function_words import FUNCTION_WORDS

    index: dict[str, list[str]] = {}
    for lang, listed in FUNCTION_WORDS.items():
        for word in listed.split():
            index.setdefault(word, []).append(lang)
    return {word: tuple(langs) for word, langs in index.items()}


_FUNCTION_WORDS = _function_word_index()
_VOTING_LANGUAGES = frozenset(lang for langs in _FUNCTION_WORDS.values() for lang in langs)
# A vote needs this many words, the winner's function words must be this share of them, and its
# score (shared words weigh less) must beat the runner-up's this many times.  Running text has a
# third or more function words; names, headlines and figures have few, and go to langdetect.
MIN_VOTE_WORDS = 8
MIN_VOTE_SHARE = 0.2
MIN_VOTE_MARGIN = 2.0
MIN_VOTE_DISTINCT = 3  # different function words of two letters or more


@line_cache
def _lower_words(text: str) -> tuple[str, ...]:
    """The words of ``text`` in lower case (the vote and the count read the same block)."""
    return tuple(_WORD.findall(text.lower()))


def function_word_vote(text: str) -> str:
    """The language whose function words clearly fill ``text``, or ``""`` when the vote is not clear."""
    tokens = _lower_words(text)
    if len(tokens) < MIN_VOTE_WORDS:
        return UNDETERMINED
    score: dict[str, float] = {}
    hits: Counter[str] = Counter()
    distinct: dict[str, set[str]] = {}
    for token in tokens:
        langs = _FUNCTION_WORDS.get(token)
        if langs:
            weight = 1 / len(langs)
            for lang in langs:
                score[lang] = score.get(lang, 0.0) + weight
                hits[lang] += 1
                if len(token) > 1:  # "U.S." is not Croatian "u" and "s"
                    distinct.setdefault(lang, set()).add(token)
    ranked = sorted(score.items(), key=lambda item: item[1], reverse=True)[:2]
    if not ranked:
        return UNDETERMINED
    top, best = ranked[0]
    if hits[top] < MIN_VOTE_SHARE * len(tokens) or len(distinct.get(top, ())) < MIN_VOTE_DISTINCT:
        return UNDETERMINED
    if len(ranked) > 1 and best < MIN_VOTE_MARGIN * ranked[1][1]:
        return UNDETERMINED
    return top


def has_function_words(language: str) -> bool:
    """Whether newsclean knows the function words of ``language`` (an ISO 639-1 code)."""
    return language in _VOTING_LANGUAGES


def function_word_count(text: str, language: str) -> int:
    """How many of the words of ``text`` are function words of ``language`` (0 if it has no list)."""
    return sum(1 for token in _lower_words(text) if language in _FUNCTION_WORDS.get(token, ()))


class LanguageDetector:
    """langdetect behind a small interface: seeded once, called only where it can be right.

    One detector is shared by the whole process (:func:`detector`); it holds langdetect's profiles
    (loaded once, read-only) and no per-page state, so results do not depend on call order.
    """

    def __init__(self, *, seed: int = 0, min_words: int = 8, min_probability: float = 0.80) -> None:
        self.seed = seed
        self.min_words = min_words
        self.min_probability = min_probability
        self._factory: object | None = None
        self._lock = threading.Lock()
        # langdetect's answers by text (the page's sample and a block can be the same text, and
        # the same block recurs on a site's pages); bounded, emptied when full
        self._answers: dict[str, tuple[str, float] | _Unsettled | None] = {}

    def _load(self) -> object:
        with self._lock:
            if self._factory is None:
                from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory

                factory = DetectorFactory()
                factory.load_profile(PROFILES_DIRECTORY)
                factory.seed = self.seed
                # each n-gram's probabilities as a tuple of floats, which the garbage collector
                # stops tracking, rather than a list: a full collection then no longer walks
                # 87,598 lists of 55 floats (51 ms -> 7 ms a collection); langdetect only reads them
                factory.word_lang_prob_map = {word: tuple(probs) for word, probs in factory.word_lang_prob_map.items()}
                self._factory = factory
        return self._factory

    def _best(self, text: str, floor: float = 0.0, ignore: str = "") -> tuple[str, float] | None:
        """langdetect's most probable (language, probability) for ``text``, or None when it finds
        nothing to go on.  Seeded, so the same text always gets the same answer: it is kept.

        The caller reads an answer under ``floor``, or in language ``ignore``, as undetermined:
        langdetect stops as soon as no other answer can come, and gives ``("", 0.0)`` then."""
        found = self._answers.get(text, _MISSING)
        if isinstance(found, _Unsettled):
            if found.ignore in ("", ignore) and found.ceiling < floor:
                return _NO_ANSWER
        elif found is not _MISSING:
            return found  # type: ignore[return-value]
        from langdetect.lang_detect_exception import LangDetectException

        factory = self._load()
        kept: tuple[str, float] | _Unsettled | None
        try:
            det = factory.create()  # type: ignore[attr-defined]
            det.append(text)
            ranked = _probabilities(det, floor, ignore)
            if isinstance(ranked, _Unsettled):
                kept, found = ranked, _NO_ANSWER
            else:
                kept = found = (ranked[0].lang, ranked[0].prob)
        except LangDetectException:
            kept = found = None
        if len(self._answers) >= MAX_KEPT_ANSWERS:
            self._answers.clear()
        self._answers[text] = kept
        return found

    def detect(self, text: str, *, min_probability: float | None = None, vote: bool = True, ignore: str = "") -> str:
        """ISO 639-1 code of ``text``, or ``""`` when it cannot be told with confidence.

        A clear function-word vote answers first (see :func:`function_word_vote`); langdetect
        answers the rest.  ``vote=False`` asks langdetect only, for a second opinion.  A caller to
        whom language ``ignore`` means no more than undetermined says so, and may get ``""`` for
        it: langdetect then stops as soon as no other language can be the answer.
        """
        script = dominant_script(text)
        if script in _SCRIPT_LANGUAGE:
            return _SCRIPT_LANGUAGE[script]
        if script == "CJK":
            # Japanese writes its grammar in kana; Chinese has none
            return "ja" if _KANA.search(text) else "zh"
        if script not in _DETECTABLE_SCRIPTS and script != "CJK":
            return UNDETERMINED
        if script != "CJK" and len(text.split()) < self.min_words:
            return UNDETERMINED
        if vote and script in ("Latin", "Cyrillic"):
            voted = function_word_vote(text[:4000])
            if voted:
                return voted
        floor = self.min_probability if min_probability is None else min_probability
        best = self._best(text[:4000], floor, ignore)
        if best is None or best[1] < floor:
            return UNDETERMINED
        return _normalise_code(best[0])


@attrs.frozen
class _Unsettled:
    """What is kept of a detection stopped early: no language but ``ignore`` could reach ``ceiling``."""

    ignore: str
    ceiling: float


_NO_ANSWER = ("", 0.0)
# The float sums of probabilities err far less than this: a detection stops only when each
# language it may not ignore falls short of the floor by more.
_BOUND_SLACK = 1e-9


def _probabilities(det: Any, floor: float, ignore: str) -> list[Any] | _Unsettled:
    """``det.get_probabilities()`` through langdetect's own steps in its order (the same random
    draws and sums: the same answer), run trial by trial so that it can stop early.

    langdetect averages ``n_trial`` trials, each giving a language a probability of at most 1, so
    after a trial a language can end no higher than its sum so far plus one ``n_trial``-th for
    each trial left.  Once no language but ``ignore`` can reach ``floor``, the answer cannot
    matter to the caller and the trials left are not run.
    """
    from langdetect.lang_detect_exception import ErrorCode, LangDetectException

    det.cleaning_text()
    ngrams = det._extract_ngrams()
    if not ngrams:
        raise LangDetectException(ErrorCode.CantDetectError, "No features in text.")
    n_trial = det.n_trial
    langprob = [0.0] * len(det.langlist)
    watched = [j for j, lang in enumerate(det.langlist) if _normalise_code(lang) != ignore]
    det.random.seed(det.seed)
    for t in range(n_trial):
        prob = det._init_probability()
        alpha = det.alpha + det.random.gauss(0.0, 1.0) * det.ALPHA_WIDTH
        i = 0
        while True:
            det._update_lang_prob(prob, det.random.choice(ngrams), alpha)
            if i % 5 == 0:
                if det._normalize_prob(prob) > det.CONV_THRESHOLD or i >= det.ITERATION_LIMIT:
                    break
            i += 1
        for j in range(len(langprob)):
            langprob[j] += prob[j] / n_trial
        if floor > 0.0 and t < n_trial - 1:
            ceiling = max((langprob[j] for j in watched), default=0.0) + (n_trial - 1 - t) / n_trial + _BOUND_SLACK
            if ceiling < floor:
                return _Unsettled(ignore, ceiling)
    det.langprob = langprob
    return det._sort_probability(langprob)  # type: ignore[no-any-return]


MAX_KEPT_ANSWERS = 1024
_MISSING = object()


def _normalise_code(code: str) -> str:
    return {"zh-cn": "zh", "zh-tw": "zh"}.get(code, code)


_DEFAULT = LanguageDetector()


def detector() -> LanguageDetector:
    """The process-wide, seeded detector."""
    return _DEFAULT


def normalise_language_tag(tag: str) -> str:
    """``en-US`` -> ``en``; ``""`` for anything that is not a language tag."""
    m = re.match(r"\s*([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)*\s*$", tag or "")
    return m.group(1).lower() if m else ""
