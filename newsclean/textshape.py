"""Cheap features of a line of text: its length, shape and punctuation.

These are what the plain-text path has to go on, so they are shared by segmentation, the filters
and the body-region finder.
"""

from __future__ import annotations

import re
import unicodedata

from ._cache import line_cache
from .vocab.function_words import FUNCTION_WORDS

# Characters that end a sentence, including closing quotes and brackets after the stop.
_TERMINAL = re.compile(r"[.!?…。！？:;][\"'”’»)\]\s]*$")
_WORD = re.compile(r"\w+", re.UNICODE)
# Characters without a glyph that only hint at layout: a zero-width space (where a line may break:
# a boundary between words, which a page may give no other), and the glue inside a word: a word
# joiner, a byte-order mark inside the text, a soft hyphen (where a word may be hyphenated).  Left
# in, they split the words they sit in, or run together the words they part, for search, the hashes
# and every test of a word, so the clean text goes without them.  Not the zero-width (non-)joiners,
# which shape Arabic, Persian and Indic script and emoji, nor the direction marks of mixed scripts.
INVISIBLE = "\u200b\u2060\ufeff\u00ad"
_INVISIBLE = re.compile(f"[{INVISIBLE}]")
# The joiners shape the letters beside them (Persian, Indic scripts, emoji) and stay in the text;
# a line of them alone holds nothing (a site builder's "\u200d" paragraph)
JOINERS = "\u200c\u200d"
_BLANK = re.compile(f"[\\s{JOINERS}]*")
_GLUE = dict.fromkeys(map(ord, "\u2060\ufeff\u00ad"))
_SPACE_RUN = re.compile(r"[^\S\n]{2,}")
_SPACES = re.compile(r"\s+")
# Chinese and Japanese run their words together: a run of Han or Kana (with the iteration marks and
# half-width Kana, not the middle dot "・" that separates words) is counted two characters to a word
# (the mean length of a Chinese word is 1.5 to 2 characters), so that the thresholds in words mean
# the same on a CJK page as on any other.  Korean puts spaces between its words: \w+ counts them.
_HAN_KANA_RUN = re.compile(
    "[\u3005-\u3007\u3041-\u3096\u309d-\u309f\u30a1-\u30fa\u30fc-\u30ff\u3400-\u4dbf\u4e00-\u9fff"
    "\uf900-\ufaff\uff66-\uff9d\U00020000-\U0003134f]+"
)
HAN_KANA_CHARS_PER_WORD = 2
# Their function words, one character each (particles, the possessive, the copula, prepositions).
HAN_KANA_FUNCTION_CHARS = frozenset("的了是在和与及而但也就都不被把从对为以于之其这那有个们说将のはがをにでともへや")
PROSE_STOPWORD_DENSITY = 0.15  # running text is at least this share of function words

# Words that are lower-case in a headline written in title case.
_TITLE_SMALL_WORDS = frozenset(
    "a an and as at but by for from in into nor of on or over per the to up via vs with is are was "
    "be de la le les des du et y el los las di da del der die das und von zu im".split()
)

# Short function words of the languages we read most: a name holds none of them (people.py), and
# they are no content words (the body region's shared words).
STOPWORDS = frozenset(
    """a about after all also an and any are as at be been but by can could did do for from had has
    have he her his how i if in into is it its more not of on one or our out said she so than that
    the their them then there these they this to up was we were what when which who will with would
    you der die das und ist nicht ein eine zu den mit von sich des auf für im dem als auch es an
    werden aus er hat dass sie nach bei um am sind noch wie einem über einen so zum war haben nur oder
    aber vor zur bis mehr durch man le la les de des du et en un une est que qui dans pour pas sur au
    il elle ne se ce par plus avec son sa ses aux ont été el los las y que en un una es por con para
    del al lo se su sus como más pero fue ha il di che è per non si della sono anche nel alla het een
    van en is dat op te in voor met zijn niet aan er ook als o os as um uma é do da dos das em no na
    com não mais""".split()
)
# Their density separates prose from headlines, menus and names (as in jusText's stopword density),
# counted with the function words of every language the language vote knows (Nordic, Slavic,
# Baltic, Finnish, Hungarian, Romanian, Turkish, Indonesian ...), less those that are English words
# too ("s" after an apostrophe, "men", "see", "under"): a headline in English stays a headline.
# Not for names: "Ali" (Croatian), "Han" (Swedish) and "Ma" (Italian) are function words there.
_ENGLISH_TOO = frozenset("s men see come under door word care bet pie sin mint han ale".split())
DENSITY_WORDS = STOPWORDS | (frozenset(w for words in FUNCTION_WORDS.values() for w in words.split()) - _ENGLISH_TOO)


# What ``\s`` matches, the characters str.isspace() accepts: ``text.strip(SPACE_CHARS + "|-")`` strips
# in C what a pattern anchored at the end would read again from each position of a long run
SPACE_CHARS = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007"
    "\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)

# What sets a page title's parts apart: "Headline | Site", "Headline - Section - Site".
# (tried only where a run of spaces begins: from inside one, the search would read the rest of it
# again at every position)
TITLE_SEPARATORS = re.compile(r"(?<!\s)\s+(?:[|–—·•:»-]|[-–—]{2}|::)\s+")


def normalise_space(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


# An ASCII byte lower-cased if ``\w`` matches it (letters, digits, "_"), else a space.
_ASCII_FOLD = bytes(
    ord(chr(i).lower()) if chr(i).isascii() and (chr(i).isalnum() or chr(i) == "_") else 0x20 for i in range(256)
)


@line_cache
def fold(text: str) -> str:
    """Text folded for comparison: NFKC, lower case, words only."""
    if text.isascii():
        # NFKC leaves ASCII as it is, and lower() changes only A-Z there: the words lower-cased
        # are what is left between the spaces put for the rest, without a string made per word
        return b" ".join(text.encode("ascii").translate(_ASCII_FOLD).split()).decode("ascii")
    return " ".join(_WORD.findall(unicodedata.normalize("NFKC", without_invisible(text)).lower()))


def is_blank(text: str) -> bool:
    """Whether ``text`` holds nothing but spaces and :data:`JOINERS`."""
    return _BLANK.fullmatch(text) is not None


def without_invisible(text: str, *, collapse: bool = True) -> str:
    """``text`` without the :data:`INVISIBLE` characters: "in\u00adformation" is "information",
    "Over-Ear\u200bConnection" is "Over-Ear Connection" (and the spaces run together around a
    zero-width space are one, unless ``collapse`` is false: plain text keeps its spacing)."""
    if _INVISIBLE.search(text) is None:
        return text
    if "\u200b" in text:
        text = text.replace("\u200b", " ")
        if collapse:
            text = _SPACE_RUN.sub(" ", text)
    return text.translate(_GLUE)


def fold_lines(text: str) -> str:
    """``fold(text)`` from the folds of its lines, which the filters have mostly asked for already
    (the cache keeps them): a whole article folded again costs 0.3 ms a page.  A line break is no
    word, no cased letter and composes with nothing, so no word, final sigma or NFKC composition
    spans it and the folded lines joined by spaces are the folded whole (``test_fast_paths``)."""
    return " ".join(f for f in map(fold, text.split("\n")) if f)


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def _split_han_kana(text: str) -> tuple[list[str], list[str]]:
    r"""The ``\w+`` words of ``text`` outside its runs of Han and Kana, and those runs."""
    runs = [] if text.isascii() else _HAN_KANA_RUN.findall(text)
    return _WORD.findall(_HAN_KANA_RUN.sub(" ", text) if runs else text), runs


def _han_kana_words(runs: list[str]) -> int:
    return sum(-(-len(run) // HAN_KANA_CHARS_PER_WORD) for run in runs)


# An ASCII byte as "a" if ``\w`` matches it (letters, digits, "_"), else as a space.
_ASCII_WORD_CHARS = bytes(
    0x61 if chr(i).isascii() and (chr(i).isalnum() or chr(i) == "_") else 0x20 for i in range(256)
)


def _ascii_word_count(text: str) -> int:
    r"""``len(_WORD.findall(text))`` for an ASCII ``text``, without making a string of each word:
    each word is a run of "a" in the text's bytes mapped by :data:`_ASCII_WORD_CHARS`, so it
    starts the text or follows a space (0.26 against 0.72 µs a line of 30 characters)."""
    marked = text.encode("ascii").translate(_ASCII_WORD_CHARS)
    return marked.count(b" a") + marked.startswith(b"a")


@line_cache
def word_count(text: str) -> int:
    """How many words ``text`` has (a run of Han or Kana: one word for every two characters).
    Cached, as are the other features of a line here: a dozen filters ask them of the same lines."""
    if text.isascii():  # no Han or Kana: its \w+ words
        return _ascii_word_count(text)
    toks, runs = _split_han_kana(text)
    return len(toks) + _han_kana_words(runs)


@line_cache
def ends_sentence(text: str) -> bool:
    return bool(_TERMINAL.search(text.rstrip()))


@line_cache
def stopword_density(text: str) -> float:
    """The share of function words among the words of ``text`` (in Chinese and Japanese, the
    function characters against its words as :func:`word_count` counts them, at most 1)."""
    toks, runs = _split_han_kana(text)
    total = len(toks) + _han_kana_words(runs)
    if not total:
        return 0.0
    function = sum(1 for w in toks if w.lower() in DENSITY_WORDS)
    function += sum(1 for run in runs for c in run if c in HAN_KANA_FUNCTION_CHARS)
    return min(1.0, function / total)


@line_cache
def title_case_ratio(text: str) -> float:
    """Share of the words (small words excluded) that start with a capital letter."""
    toks = [w for w in _WORD.findall(text) if w.lower() not in _TITLE_SMALL_WORDS and w[0].isalpha()]
    if not toks:
        return 0.0
    return sum(1 for w in toks if w[0].isupper()) / len(toks)


@line_cache
def is_headline_like(text: str) -> bool:
    """A short line without a closing stop, mostly capitalised: a headline or a teaser title."""
    n = word_count(text)
    if not 3 <= n <= 25:
        return False
    stripped = text.rstrip()
    if stripped.endswith((".", "!", ";")) and not stripped.endswith("..."):
        return False
    return title_case_ratio(text) >= 0.6 or stopword_density(text) < 0.25


def is_prose(text: str, *, min_words: int = 12) -> bool:
    """Reads like a sentence of running text: enough words, function words, a closing stop."""
    if min_words == PROSE_MIN_WORDS:
        return _is_prose(text)
    return word_count(text) >= min_words and ends_sentence(text) and stopword_density(text) >= PROSE_STOPWORD_DENSITY


PROSE_MIN_WORDS = 12


@line_cache
def _is_prose(text: str) -> bool:
    return (
        word_count(text) >= PROSE_MIN_WORDS and ends_sentence(text) and stopword_density(text) >= PROSE_STOPWORD_DENSITY
    )
