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


def script_counts(text: str) -> Counter[str]:
    """Letters of ``text`` counted by script."""
    counts: Counter[str] = Counter()
    for name, pattern in _SCRIPT_RES:
        n = len(pattern.findall(text))
        if n:
            counts[name] = n
    return counts


def dominant_script(text: str) -> str:
    """The script of most of the letters, its family name for CJK, or ``""`` without letters."""
    counts = script_counts(text)
    if not counts:
        return ""
    family: Counter[str] = Counter()
    for name, n in counts.items():
        family[SCRIPT_FAMILY.get(name, name)] += n
    return family.most_common(1)[0][0]


def script_share(text: str, script: str) -> float:
    """Share of the letters of ``text`` written in ``script`` (a script or family name)."""
    letters = len(_LETTER.findall(text))
    if not letters:
        return 0.0
    counts = script_counts(text)
    n = sum(v for k, v in counts.items() if k == script or SCRIPT_FAMILY.get(k) == script)
    return n / letters


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

    def _load(self) -> object:
        with self._lock:
            if self._factory is None:
                from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory

                factory = DetectorFactory()
                factory.load_profile(PROFILES_DIRECTORY)
                factory.seed = self.seed
                self._factory = factory
        return self._factory

    def detect(self, text: str, *, min_probability: float | None = None) -> str:
        """ISO 639-1 code of ``text``, or ``""`` when it cannot be told with confidence."""
        script = dominant_script(text)
        if script in _SCRIPT_LANGUAGE:
            return _SCRIPT_LANGUAGE[script]
        if script not in _DETECTABLE_SCRIPTS and script != "CJK":
            return UNDETERMINED
        if script != "CJK" and len(text.split()) < self.min_words:
            return UNDETERMINED
        from langdetect.lang_detect_exception import LangDetectException

        factory = self._load()
        try:
            det = factory.create()  # type: ignore[attr-defined]
            det.append(text[:4000])
            best = det.get_probabilities()[0]
        except LangDetectException:
            return UNDETERMINED
        if best.prob < (self.min_probability if min_probability is None else min_probability):
            return UNDETERMINED
        return _normalise_code(best.lang)


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
