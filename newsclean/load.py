"""Loading input: bytes to text, and refusing what cannot be a page, with a clear reason.

Nothing here touches the network or the file system; reading files is the caller's (or the
CLI's) business.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections import Counter

from .errors import InputError
from .textshape import INVISIBLE, JOINERS, SPACE_CHARS, without_invisible

# An input of nothing but these is empty: spaces, and characters without a glyph
_NOTHING_VISIBLE = SPACE_CHARS + INVISIBLE + JOINERS
# File signatures of formats that are not text: images, archives, documents, media.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"RIFF", "a RIFF file (WebP, WAV or AVI)"),
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"\x1f\x8b", "gzip-compressed data (decompress it first)"),
    (b"BZh", "bzip2-compressed data"),
    (b"\x7fELF", "an executable"),
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# The same characters as bytes: UTF-8 writes them as these bytes and no other character uses a
# byte under 0x80, so the encoded text holds one of them exactly when the text holds one.
_CONTROL_BYTES = bytes([*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F])
# The bytes _refuse_binary counts as control bytes (tab, line feeds and form feeds are text).
_BINARY_CONTROL_BYTES = bytes([*range(0, 9), *range(14, 32), 127])
_BINARY_CONTROL_CHARS = dict.fromkeys(_BINARY_CONTROL_BYTES)
_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode(data: bytes, *, is_html: bool = True) -> str:
    """Bytes to text: a byte-order mark or UTF-16's or UTF-32's layout, else UTF-8 (most of the
    web), else the charset the page declares (a meta tag, an XML declaration), else Windows-1252,
    the default of undeclared Western pages, unless the bytes are plainly in another encoding
    (then charset-normalizer's guess)."""
    return _decode(data, is_html=is_html)[0]


def _decode(data: bytes, *, is_html: bool) -> tuple[str, bool]:
    """:func:`decode`, and whether the text was read as strict UTF-8 (``data`` is then its exact
    UTF-8 encoding)."""
    wide = _unicode_encoding(data[:4096])
    if wide is not None:
        return data.decode(wide, errors="replace").lstrip("\ufeff"), False
    try:
        return data.decode("utf-8"), True
    except UnicodeDecodeError:
        pass
    # UTF-8 with a few bad bytes (cut mid-character by a size-capped fetch, a stray Latin-1 byte in
    # a footer) is UTF-8: read as Windows-1252, a whole Cyrillic or Greek page would be garbled
    lenient = data.decode("utf-8", errors="replace")
    bad = lenient.count("\ufffd")
    if len(lenient) - len(lenient.encode("ascii", "ignore")) - bad >= MOSTLY_UTF8 * bad:  # counted in C
        return lenient, False
    declared = _declared_encoding(data, is_html=is_html)
    if declared is not None:
        try:
            return data.decode(declared, errors="replace"), False
        except (LookupError, UnicodeError):  # a codec that is no charset ("zlib", "idna")
            pass
    if _plainly_not_windows_1252(data):
        from charset_normalizer import from_bytes

        guess = from_bytes(data).best()
        if guess is not None and guess.encoding:
            return data.decode(guess.encoding, errors="replace"), False
    return codecs.charmap_decode(data, "strict", _WINDOWS_1252)[0], False


# Characters decoded as UTF-8 for each byte that is not: above this, the input is UTF-8 with a
# few bad bytes (Windows-1252 text decodes almost none of its accented letters as UTF-8)
MOSTLY_UTF8 = 4

# Where a declaration is looked for: the head of a page with long scripts and styles before its
# meta charset runs past the 1,024 bytes browsers look at first
DECLARATION_SEARCH_BYTES = 65_536
# Labels read as the encodings browsers read them as (the WHATWG Encoding Standard): a superset
# that decodes what pages so labelled hold
_AS_BROWSERS_READ = {
    "ascii": "cp1252",
    "iso8859-1": "cp1252",
    "iso8859-9": "cp1254",
    "iso8859-11": "cp874",
    "tis-620": "cp874",
    "shift_jis": "cp932",
    "euc_kr": "cp949",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "big5": "big5hkscs",
}


# The labels browsers know that Python spells otherwise
_LABELS = {"windows-874": "cp874", "x-mac-cyrillic": "mac-cyrillic", "x-mac-roman": "mac-roman"}
# Codecs no web page is written in, whose declaration is read as none (browsers know none of them):
# EBCDIC, which turns ASCII markup into other letters, and Python's own escapes and transforms
_NOT_PAGE_CODECS = frozenset(
    {
        "cp037", "cp273", "cp424", "cp500", "cp875", "cp1026", "cp1140",
        "unicode-escape", "raw-unicode-escape", "punycode", "idna", "undefined", "mbcs", "oem",
    }
)  # fmt: skip


def _declared_encoding(data: bytes, *, is_html: bool) -> str | None:
    """The codec of the charset the page declares (an XML declaration; in HTML a meta tag); None
    when it declares none a page is written in, or a Unicode one, which the bytes have just failed."""
    from bs4.dammit import EncodingDetector

    head = data[:DECLARATION_SEARCH_BYTES]
    label = EncodingDetector.find_declared_encoding(head, is_html=is_html, search_entire_document=True)
    if not label:
        return None
    try:
        info = codecs.lookup(_LABELS.get(label.strip().lower(), label))
    except (LookupError, ValueError):  # an unknown name, or one holding a NUL
        return None
    name = info.name
    if name.startswith("utf") or name in _NOT_PAGE_CODECS or not getattr(info, "_is_text_encoding", True):
        return None
    return _AS_BROWSERS_READ.get(name, name)


# Windows-1252 as browsers read it: the five bytes it leaves undefined are the C1 controls of
# those numbers, so that UTF-8 read this way ("â€\x9d" for "”") can still be decoded again
_WINDOWS_1252 = "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in range(256))
_HIGH_BYTES = bytes(range(0x80, 0x100))
# A word of letters with a byte over 0x7f among them.  It starts only where a word starts: without
# the lookbehind, a long run of ASCII letters was scanned again from each of its letters (quadratic)
_NON_ASCII_WORD = re.compile(rb"(?<![A-Za-z\x80-\xff])[A-Za-z]*[\x80-\xff][A-Za-z\x80-\xff]*")
# A Western language writes most letters of its accented words in ASCII ("população": 2 of 9);
# Cyrillic, Greek, Arabic, Hebrew and Thai, or Chinese, Japanese and Korean in a double-byte
# encoding, write them all with the high bytes (a few accented words are no evidence: "à" is all one)
NON_LATIN_SHARE = 0.6
MIN_NON_LATIN_BYTES = 16
# Central European letters that Windows-1252 reads as signs, not letters ("ł" as "³", "ą" as "¹",
# "ż" as "¿"), between two letters: Polish or Slovak in Windows-1250 or ISO 8859-2
_SIGN_IN_WORD = re.compile(
    rb"(?<=[A-Za-z\x8a\x8c\x8e\x9a\x9c\x9e\x9f\xc0-\xd6\xd8-\xf6\xf8-\xff])[\xa3\xa5\xaf\xb3\xb9\xbc\xbe\xbf]"
    rb"(?=[A-Za-z\x8a\x8c\x8e\x9a\x9c\x9e\x9f\xc0-\xd6\xd8-\xf6\xf8-\xff])"
)
MIN_SIGNS_IN_WORDS = 2
EVIDENCE_BYTES = 1_000_000  # what is weighed of a page: a hostile one runs to 50 MB


def _plainly_not_windows_1252(data: bytes) -> bool:
    """Whether undeclared bytes that are not UTF-8 are plainly in another encoding than
    Windows-1252: their accented words are mostly high bytes (another alphabet), or several words
    hold signs where Central European letters would be.  A statistical guess without such evidence
    takes short Western text for Windows-1250 or HP Roman-8 ("Olhão" read as "Olhăo")."""
    data = data[:EVIDENCE_BYTES]
    words = b"".join(_NON_ASCII_WORD.findall(data))
    high = len(words) - len(words.translate(None, _HIGH_BYTES))
    if high >= MIN_NON_LATIN_BYTES and high > len(words) * NON_LATIN_SHARE:
        return True
    return len(_SIGN_IN_WORD.findall(data)) >= MIN_SIGNS_IN_WORDS


INPUT_TYPES = (str, bytes, bytearray, memoryview)


def expected_input(data: object) -> str:
    """What an input of a type newsclean does not read should have been."""
    return f"expected str or bytes (or a bytearray or memoryview), not {type(data).__name__}"


def head_text(data: str | bytes, size: int) -> str:
    """The first ``size`` bytes of ``data`` (characters of a ``str``) as text, to look at its
    shape: decoded by its byte-order mark or UTF-16's or UTF-32's layout, else as UTF-8 (what is
    not UTF-8, and a character cut at the end, read as replacement characters: the markup is ASCII
    whatever the page's charset); without a leading byte-order mark."""
    if isinstance(data, str):
        return data[:size].lstrip("\ufeff")
    sample = bytes(data[: size - size % 4])  # whole UTF-16 and UTF-32 characters; a bytearray's
    return sample.decode(_unicode_encoding(sample[:4096]) or "utf-8", errors="replace").lstrip("\ufeff")


# Text has almost no control bytes; more than this share of them means binary data.
BINARY_CONTROL_SHARE = 0.05


def _unicode_encoding(sample: bytes) -> str | None:
    """The encoding a byte-order mark names, or UTF-16 or UTF-32 without one.

    UTF-32 leaves two NUL bytes of every four for any letter of the first 65,536 (the high ones,
    last in little-endian order, first in big-endian), and is read so when a fifth of its
    characters or more are ASCII; UTF-16 leaves a NUL byte in each pair for ASCII and Latin-1
    letters. Over four of five is the layout."""
    for bom, encoding in _BOMS:
        if sample.startswith(bom):
            return encoding
    whole = sample[: len(sample) - len(sample) % 4]
    quarter = len(whole) // 4
    if quarter:
        for high, encoding in (((0, 1), "utf-32-be"), ((2, 3), "utf-32-le")):
            if whole[high[0] :: 4].count(0) + whole[high[1] :: 4].count(0) > quarter * 1.6 and _mostly_ascii(
                whole.decode(encoding, errors="replace")
            ):
                return encoding
    half = len(sample) // 2
    first, second = sample[0::2].count(0), sample[1::2].count(0)
    if half and max(first, second) > half * 0.8:
        return "utf-16-le" if second >= first else "utf-16-be"
    if _many_control_bytes(sample):
        return _utf16_of_one_script(sample)
    return None


def _many_control_bytes(sample: bytes) -> bool:
    """Whether over BINARY_CONTROL_SHARE of ``sample`` are control bytes (counted in C)."""
    return len(sample) - len(sample.translate(None, _BINARY_CONTROL_BYTES)) > len(sample) * BINARY_CONTROL_SHARE


# UTF-16 of a script beyond Latin-1 (Greek, Cyrillic, Hebrew, Arabic: 0x03 to 0x06 in every other
# byte) leaves no NUL bytes but control bytes, and was refused as binary data. Bytes that would be
# refused so are read as UTF-16 in the byte order that decodes to writing (:func:`_reads_as_writing`)
# with word breaks in it: spaces, line ends or CJK punctuation. The other byte order may read as
# letters of one script too (Cyrillic turned round reads as Han), but it turns a space into U+2000
# and a line end into U+0A00, so it holds few breaks or none.
MIN_BREAK_SHARE = 0.002  # a break every 500 characters
MIN_WRITING_SHARE = 0.8  # letters, marks, digits, punctuation and spaces, not symbols or emoji
MIN_ONE_SCRIPT_SHARE = 0.9  # of the letters beyond ASCII (ASCII: markup, figures, brand names)
MAX_NOT_TEXT_SHARE = 0.01  # controls, unassigned and private characters: random bytes give a tenth
# Writing repeats its characters: an alphabet's few dozen letters, a few hundred kanji in 2,000
# characters of Japanese; numbers drawn from one script's block (random Han) hardly ever do
MAX_DISTINCT_BASE = 50
MAX_DISTINCT_SHARE = 0.5
# ... and an alphabet's text, whatever its length, holds no more distinct characters beyond ASCII
# than this (letters of both cases, accents, its own punctuation and digits): numbers drawn from
# the 256 of the Cyrillic block hold them all
MAX_ALPHABET_CHARACTERS = 150
_IDEOGRAPHS = frozenset({"CJK", "HANGUL"})  # thousands of characters: the share above alone
_BREAKS = dict.fromkeys(map(ord, " \n\r\t" + "".join(map(chr, range(0x3000, 0x3040)))))
_NOT_TEXT_CATEGORIES = frozenset({"Cc", "Cs", "Co", "Cn"})
_WRITING_CATEGORIES = frozenset("LMNP")
_SCRIPT_FAMILIES = {"HIRAGANA": "CJK", "KATAKANA": "CJK"}  # Japanese mixes kanji and kana


def _utf16_of_one_script(sample: bytes) -> str | None:
    """The byte order in which ``sample`` (bytes that would be refused for their control bytes)
    is UTF-16 writing, or None."""
    best: tuple[int, str] | None = None
    whole = sample[: len(sample) - len(sample) % 2]
    for encoding in ("utf-16-le", "utf-16-be"):
        try:
            text = whole.decode(encoding)
        except UnicodeDecodeError as error:
            if error.start < len(whole) - 2:
                continue  # a lone surrogate: not text
            text = whole[: error.start].decode(encoding)  # a surrogate pair cut at the sample's end
        breaks = len(text) - len(text.translate(_BREAKS))  # counted in C
        if breaks > len(text) * MIN_BREAK_SHARE and _reads_as_writing(text) and (best is None or breaks > best[0]):
            best = (breaks, encoding)
    return best[1] if best else None


def _reads_as_writing(text: str) -> bool:
    """Whether ``text`` reads as the writing of one script beyond ASCII: hardly any control,
    unassigned or private character; nearly all of it letters, marks, digits, punctuation and
    spaces; nine in ten of its letters beyond ASCII in one script (named as Unicode names them:
    CYRILLIC, ARABIC, CJK with the kana); and its characters beyond ASCII repeated, as few as an
    alphabet has unless the script is Han's or Hangul's."""
    not_text = writing = 0
    beyond: Counter[str] = Counter()
    scripts: Counter[str] = Counter()
    for c in text:
        if c.isascii():
            if c.isprintable() or c in "\n\r\t":
                writing += 1
            else:
                not_text += 1
            continue
        beyond[c] += 1
        category = unicodedata.category(c)
        if category in _NOT_TEXT_CATEGORIES:
            not_text += 1
        elif category[0] in _WRITING_CATEGORIES or category == "Zs":
            writing += 1
            if category[0] == "L":
                script = unicodedata.name(c, "").partition(" ")[0]
                scripts[_SCRIPT_FAMILIES.get(script, script)] += 1
    letters = sum(scripts.values())
    if not letters:
        return False
    script, most = scripts.most_common(1)[0]
    return (
        not_text <= len(text) * MAX_NOT_TEXT_SHARE
        and writing >= len(text) * MIN_WRITING_SHARE
        and most >= letters * MIN_ONE_SCRIPT_SHARE
        and len(beyond) <= MAX_DISTINCT_BASE + MAX_DISTINCT_SHARE * sum(beyond.values())
        and (script in _IDEOGRAPHS or len(beyond) <= MAX_ALPHABET_CHARACTERS)
    )


# UTF-32 without a byte-order mark is read as such when this share of its characters is ASCII (a
# page's markup, or a text's spaces, digits and line ends); numbers stored in four bytes, which
# leave the same NUL bytes, decode to letters of every script
MIN_WIDE_ASCII_SHARE = 0.2


def _mostly_ascii(text: str) -> bool:
    return len(text) - len(text.encode("ascii", errors="ignore")) <= len(text) * (1 - MIN_WIDE_ASCII_SHARE)


def _refuse_binary(data: bytes) -> None:
    head = data[:16]
    for magic, what in _MAGIC:
        if head.startswith(magic):
            raise InputError(f"the input is {what}, not a page: give HTML or text")
    sample = data[:4096]
    wide = _unicode_encoding(sample)
    if wide is not None:
        # UTF-16 and UTF-32 write NUL bytes in every letter: their characters are counted instead
        text = sample.decode(wide, errors="replace")
        controls = len(text) - len(text.translate(_BINARY_CONTROL_CHARS))
        if controls > len(text) * BINARY_CONTROL_SHARE:
            raise InputError("the input is binary data (many control characters), not a page: give HTML or text")
        return
    if sample.count(b"\x00") > len(sample) // 8:
        raise InputError("the input is binary data (many NUL bytes), not a page: give HTML or text")
    if _many_control_bytes(sample):
        raise InputError("the input is binary data (many control bytes), not a page: give HTML or text")


def _has_control(text: str, utf8: bytes | None = None) -> bool:
    """Whether ``text`` holds a character of ``_CONTROL``: looked for in its UTF-8 bytes
    (``utf8`` when the text was decoded from them) by ``bytes.translate``, in C, rather than by the
    pattern, which takes a Python-level step per character of a 200 kB page (0.67 against 0.26 ms
    a page with the encoding, 0.05 without)."""
    if utf8 is not None:
        raw = utf8
    else:  # an ASCII text's encoding is a copy
        raw = text.encode("ascii") if text.isascii() else text.encode("utf-8", "surrogatepass")
    return len(raw.translate(None, _CONTROL_BYTES)) != len(raw)


# UTF-8 read as Latin-1 or Windows-1252, as a crawler or a CMS saved it ("Investorâ€™s Guide",
# "cafÃ©", "Â®"): a lead byte read as "Â", "Ã" or "â", then a continuation byte read as a C1
# control, a Windows-1252 sign or a Latin-1 symbol. "Ã" and a no-break space are "à" so read
# ("voilÃ\xa0"), and also a Portuguese word in capitals before one ("MANHÃ\xa0"): only after a
# small letter is that taken for it. Each stretch of text between tags and line breaks holding
# such a sequence goes to ftfy, which decodes it again where that makes it read better; what only
# looks like it ("pâte", "SÃO PAULO") never matches, and the markup is left as it is.
_MOJIBAKE_LEADS = "ÂÃâ"
_MOJIBAKE = re.compile(  # one leading class: the pattern engine scans for it alone, in C
    f"[{_MOJIBAKE_LEADS}](?:[\x80-\x9f\xa1-\xbf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]|(?<=[Ââ])\xa0|(?<=[a-zß-ÿ]Ã)\xa0)"
)
_STRETCH_END = re.compile("[<>\n]")
# A longer stretch is a script's data (a page's JSON state runs to megabytes on one line), which
# ftfy would take a second to weigh and no reader sees
MAX_REPAIRED_STRETCH = 20_000
# What ftfy is given on one page at most, each stretch counted as at least STRETCH_COST characters
# (a call's own cost): a page's text runs to a few hundred thousand characters, and a hostile input
# of millions of short garbled lines is repaired this far and kept as it is after (about a second)
MAX_REPAIRED_CHARS = 2_000_000
STRETCH_COST = 50


def without_mojibake(text: str) -> str:
    """``text`` with the stretches ftfy finds to be UTF-8 read in a single-byte encoding decoded
    again ("Investorâ€™s" -> "Investor’s"); the rest is left as it is."""
    if text.isascii() or not any(lead in text for lead in _MOJIBAKE_LEADS):  # found in C, no pattern
        return text
    first = _MOJIBAKE.search(text)
    if first is None:
        return text
    import ftfy  # only for the few pages that need it

    out: list[str] = []
    done = 0  # the text up to here is in out; each search below looks only past it (linear time)
    budget = MAX_REPAIRED_CHARS
    for match in _MOJIBAKE.finditer(text, first.start()):
        if match.start() < done:
            continue  # in the stretch just repaired
        if budget <= 0:
            break
        start = max(done, *(text.rfind(c, done, match.start()) + 1 for c in "<>\n"))
        found_end = _STRETCH_END.search(text, match.end())
        end = found_end.start() if found_end else len(text)
        stretch = text[start:end]
        if len(stretch) <= MAX_REPAIRED_STRETCH:
            budget -= max(len(stretch), STRETCH_COST)
            stretch = ftfy.fix_encoding(stretch)
        out += (text[done:start], stretch)
        done = end
    out.append(text[done:])
    return "".join(out)


def over_the_limit(size: int | None, max_bytes: int, unit: str = "bytes") -> str:
    """What is wrong with an input of ``size`` over ``max_bytes`` (None: not known, as of an input
    read no further than the limit)."""
    told = f"more than {max_bytes:,}" if size is None else f"{size:,}"
    return f"the input is {told} {unit}, over the limit of {max_bytes:,} (Config.max_input_bytes)"


def load(data: str | bytes, *, max_bytes: int, is_html: bool = True) -> str:
    """The input as text, with control characters removed (and, for plain text, the characters
    of :data:`~newsclean.textshape.INVISIBLE`); :class:`InputError` if it is no page."""
    raw: bytes | None = None  # the text's UTF-8 bytes, when it was decoded from them
    if isinstance(data, (bytes, bytearray, memoryview)):
        data = bytes(data)
        if len(data) > max_bytes:
            raise InputError(over_the_limit(len(data), max_bytes))
        _refuse_binary(data)
        text, strict_utf8 = _decode(data, is_html=is_html)
        if strict_utf8:
            raw = data
    elif isinstance(data, str):
        text = data
        if len(text) > max_bytes:
            raise InputError(over_the_limit(len(text), max_bytes, "characters"))
    else:
        raise InputError(expected_input(data))
    if _has_control(text, raw):  # rare: most pages hold none
        text = _CONTROL.sub("", text)
    text = without_mojibake(text)
    if not is_html:
        # the layout hints without a glyph go before the text is cut into lines, so that a line of
        # them alone is a blank line and the blocks' offsets are the loaded text's (HTML: by block)
        text = without_invisible(text, collapse=False)
    if not text.strip(_NOTHING_VISIBLE):  # stops at the first visible character
        raise InputError("the input is empty (or only whitespace, control and invisible characters)")
    return text
