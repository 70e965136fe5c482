"""Loading input: the bytes' encoding, and what is refused as no page."""

from __future__ import annotations

import codecs

import pytest

import newsclean

STORY = (
    "Council approves budget\n\n"
    "The city council voted on Tuesday to approve the new budget, which raises spending on schools "
    "and roads by four percent over the coming year, officials said.\n"
)


@pytest.mark.parametrize(
    ("codec", "bom"),
    [
        ("utf-16-be", codecs.BOM_UTF16_BE),
        ("utf-16-be", b""),
        ("utf-16-le", codecs.BOM_UTF16_LE),
        ("utf-16-le", b""),
        ("utf-32-be", codecs.BOM_UTF32_BE),
        ("utf-32-le", codecs.BOM_UTF32_LE),
        ("utf-32-be", b""),
        ("utf-32-le", b""),
    ],
)
def test_utf16_and_utf32_of_either_byte_order_are_text(codec: str, bom: bytes) -> None:
    assert "approve the new budget" in newsclean.clean_text(bom + STORY.encode(codec)).text
    html = f"<html><body><article><p>{STORY}</p></article></body></html>"
    assert "approve the new budget" in newsclean.clean_html(bom + html.encode(codec)).text


def test_binary_data_with_nul_bytes_in_every_other_place_is_still_refused() -> None:
    """Words of two bytes of which one is zero, as UTF-16 writes letters, but no letters."""
    with pytest.raises(newsclean.InputError, match="binary"):
        newsclean.clean_text(bytes([0, 3, 0, 7, 0, 1, 0, 2]) * 500)
    with pytest.raises(newsclean.InputError, match="binary"):
        newsclean.clean_text(codecs.BOM_UTF16_BE + bytes([0, 3, 0, 7, 0, 1, 0, 2]) * 500)


def test_short_utf16_is_not_taken_for_utf32_and_numbers_in_four_bytes_are_still_binary() -> None:
    """Six or seven bytes of UTF-16 hold a NUL byte in every other place, as UTF-32 would in part;
    an array of 32-bit numbers leaves NUL bytes as UTF-32 does, but decodes to no text."""
    import array

    assert newsclean.clean_text("abc".encode("utf-16-le")).text == "abc"
    assert newsclean.clean_text("abc".encode("utf-16-be")).text == "abc"
    for numbers in (array.array("i", range(100, 2100)), array.array("f", [(i % 64 - 32) / 8 for i in range(4000)])):
        with pytest.raises(newsclean.InputError, match="binary"):
            newsclean.clean_text(numbers.tobytes())


NON_LATIN = {
    "ru": "Президент России заявил во вторник, что правительство рассмотрит новый бюджет на следующей неделе.",
    "el": "Ο πρόεδρος δήλωσε την Τρίτη ότι η κυβέρνηση θα εξετάσει τον νέο προϋπολογισμό την επόμενη εβδομάδα.",
    "he": "ראש הממשלה אמר ביום שלישי כי הממשלה תדון בתקציב החדש בשבוע הבא, כך אמרו גורמים רשמיים.",
    "ar": "قال الرئيس يوم الثلاثاء إن الحكومة ستنظر في الميزانية الجديدة الأسبوع المقبل وفقا للمسؤولين.",
    "ja": "首相は火曜日、政府が来週新しい予算を検討すると述べた。関係者によると、議論は長引く見通しだ。",
}


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("language", sorted(NON_LATIN))
def test_utf16_without_a_bom_of_a_script_beyond_latin_is_text(language: str, codec: str) -> None:
    """Such text leaves no NUL bytes but control bytes (0x04 in every other byte of Cyrillic), and
    its other byte order reads as letters of one script too (Cyrillic turned round is Han): the
    spaces and line ends tell the order."""
    from newsclean.load import decode

    paragraph = NON_LATIN[language]
    text = f"{paragraph}\n\n{paragraph}\n"
    assert decode(text.encode(codec), is_html=False) == text
    short = paragraph[:30] + "\n"
    assert decode(short.encode(codec), is_html=False) == short
    article = newsclean.clean_text(text.encode(codec))
    assert paragraph in article.text
    assert article.metadata.language == language


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_bom_with_markup_figures_and_latin_names_is_text(codec: str) -> None:
    """ASCII (a page's head, figures, brand names) is neutral: the script is judged among the
    letters beyond it. A Japanese paragraph with no line end breaks at its own punctuation."""
    from newsclean.load import decode

    russian = NON_LATIN["ru"]
    html = (
        '<!DOCTYPE html>\n<html lang="ru">\n<head>\n<meta name="viewport" content="width=device-width">\n'
        f"<title>Бюджет</title>\n</head>\n<body>\n<article>\n<p>{russian}</p>\n"
        "<p>В 2024 году ВВП вырос на 3,6% (до 172,1 трлн руб.), сообщили в Microsoft и OpenAI.</p>\n"
        "</article>\n</body>\n</html>\n"
    )
    assert decode(html.encode(codec)) == html
    assert russian in newsclean.clean_html(html.encode(codec)).text
    japanese = NON_LATIN["ja"] * 12  # 564 characters, no line end
    assert decode(japanese.encode(codec), is_html=False) == japanese


def test_binary_data_is_still_refused_however_it_decodes_as_utf16() -> None:
    """Each of these fails one test of writing: random bytes decode to lone surrogates, numbers
    drawn from one script's block repeat too few of their characters (Han, Hangul) or hold more
    than an alphabet (the Cyrillic block's 256), and text without a space, a line end or CJK
    punctuation gives no byte order."""
    import array
    import random

    rng = random.Random(7)
    samples = [rng.randbytes(rng.randint(16, 20_000)) for _ in range(100)]
    for low, high, gap in ((0x4E00, 0xA000, 10), (0xAC00, 0xD7A4, 10), (0x400, 0x500, 32)):
        values = [gap if i % 100 == 99 else rng.randrange(low, high) for i in range(5000)]
        samples.append(array.array("H", values).tobytes())
    samples += [array.array("h", range(-3000, 3000)).tobytes(), ("Привет" * 400).encode("utf-16-le")]
    for data in samples:
        with pytest.raises(newsclean.InputError, match="binary"):
            newsclean.clean_text(data)


# Undeclared Western text that a statistical guess took for Windows-1250 or HP Roman-8
WESTERN = {
    "pt": "O presidente da câmara de Olhão disse que a população não foi avisada a tempo e que as "
    "autoridades vão investigar.",
    "es": "El alcalde de La Coruña dijo que la población no fue avisada a tiempo y que mañana habrá más "
    "información sobre los niños.",
    "fr": "La ville est prête à accueillir les élèves; à côté, la forêt reste fermée jusqu'à nouvel ordre, "
    "a déclaré le maire.",
    "de": "Grüße aus München: die Straßen sind über Nacht geräumt worden, sagte der Bürgermeister am Dienstag.",
}


@pytest.mark.parametrize("codec", ["cp1252", "latin-1"])
@pytest.mark.parametrize("language", sorted(WESTERN))
def test_undeclared_western_text_is_read_as_windows_1252(language: str, codec: str) -> None:
    paragraph = WESTERN[language]
    text = f"Cheias\n\n{paragraph}\n"
    assert newsclean.clean_text(text.encode(codec)).text.endswith(paragraph)
    html = f"<html><head><title>Cheias</title></head><body><article><p>{paragraph}</p></article></body></html>"
    assert paragraph in newsclean.clean_html(html.encode(codec)).text


RUSSIAN = "Президент России заявил во вторник, что правительство рассмотрит новый бюджет на следующей неделе."
JAPANESE = "首相は火曜日、政府が来週新しい予算を検討すると述べた。関係者によると、議論は長引く見通しだ。"
POLISH = (
    "Prezydent powiedział we wtorek, że rząd rozważy nowy budżet w przyszłym tygodniu, a także zmiany "
    "w ustawie o łączności."
)


@pytest.mark.parametrize(
    ("paragraph", "charset", "codec"),
    [
        (RUSSIAN, "windows-1251", "cp1251"),
        (RUSSIAN, "koi8-r", "koi8-r"),
        (JAPANESE, "Shift_JIS", "shift_jis"),
        (JAPANESE, "euc-jp", "euc-jp"),
        (POLISH, "iso-8859-2", "iso-8859-2"),
        (WESTERN["pt"], "windows-1252", "cp1252"),
        (RUSSIAN, "x-mac-cyrillic", "mac-cyrillic"),
        ("Le député a été réélu à Besançon après un débat très animé.", "cp850", "cp850"),
        ("รัฐบาลประกาศเมื่อวันอังคารว่าจะพิจารณางบประมาณใหม่ในสัปดาห์หน้า", "windows-874", "cp874"),
    ],
)
def test_a_declared_charset_is_honoured(paragraph: str, charset: str, codec: str) -> None:
    from newsclean.load import decode

    for meta in (
        f'<meta charset="{charset}">',
        f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">',
    ):
        html = f"<html><head>{meta}<title>T</title></head><body><p>{paragraph}</p></body></html>"
        assert paragraph in decode(html.encode(codec))
    xml = f'<?xml version="1.0" encoding="{charset}"?>\n<html><body><p>{paragraph}</p></body></html>'
    assert paragraph in decode(xml.encode(codec))


def test_a_declared_charset_is_read_as_browsers_read_it() -> None:
    """ISO 8859-1 as Windows-1252 (curly quotes at 0x93, 0x94), Shift_JIS as Windows-31J."""
    from newsclean.load import decode

    quoted = '<html><head><meta charset="iso-8859-1"></head><body><p>“Olhão”</p></body></html>'
    assert "“Olhão”" in decode(quoted.encode("cp1252"))
    circled = '<html><head><meta charset="shift_jis"></head><body><p>①号機</p></body></html>'
    assert "①号機" in decode(circled.encode("cp932"))


def test_a_charset_declared_past_a_long_head_is_found() -> None:
    from newsclean.load import decode

    script = "<script>var x = 1;</script>" * 400  # 10 kB before the meta tag
    html = f'<html><head>{script}<meta charset="windows-1251"></head><body><p>{RUSSIAN}</p></body></html>'
    assert RUSSIAN in decode((html * 2).encode("cp1251"))


@pytest.mark.parametrize(
    ("paragraph", "codec"), [(RUSSIAN, "cp1251"), (JAPANESE, "shift_jis"), (JAPANESE, "euc-jp"), (POLISH, "cp1250")]
)
def test_undeclared_text_plainly_in_another_encoding_is_guessed(paragraph: str, codec: str) -> None:
    from newsclean.load import decode

    html = f"<html><head><title>T</title></head><body><p>{paragraph}</p><p>{paragraph}</p></body></html>"
    assert paragraph in decode(html.encode(codec))
    assert paragraph in decode(f"{paragraph}\n\n{paragraph}\n".encode(codec), is_html=False)


def test_a_false_utf8_declaration_falls_back_to_windows_1252() -> None:
    """The bytes have just failed UTF-8: the declaration was wrong."""
    from newsclean.load import decode

    html = f'<html><head><meta charset="utf-8"></head><body><p>{WESTERN["pt"]}</p></body></html>'
    assert WESTERN["pt"] in decode(html.encode("cp1252"))


def test_utf8_read_as_windows_1252_with_an_undefined_byte_is_decoded_again() -> None:
    """0x9D, the last byte of "”" in UTF-8, is undefined in Windows-1252: it is kept as the control
    character browsers read it as, so that the whole sequence can be decoded again."""
    text = f"{WESTERN['pt']}\n\nHe said “yes” to the plan, and the council agreed on Tuesday.\n"
    garbled = text.encode("cp1252").replace("“yes”".encode("cp1252"), "“yes”".encode())
    assert "He said “yes” to the plan" in newsclean.clean_text(garbled).text


@pytest.mark.parametrize("letters", [200_000, 1_000_000])
def test_a_long_run_of_letters_is_weighed_in_linear_time(letters: int) -> None:
    """The search for accented words starts only where a word starts: a pattern that tried again
    from each letter of a long run took 9 s over 40 kB, so minutes here; this takes milliseconds."""
    from newsclean.load import _NON_ASCII_WORD, decode

    data = b"<p>caf\xe9 " + b"a" * letters + b"</p>"
    assert decode(data) == "<p>café " + "a" * letters + "</p>"
    assert _NON_ASCII_WORD.findall(b"abc d\xe9f \xe9t\xe9s, na\xefve" + b"x" * letters) == [
        b"d\xe9f",
        b"\xe9t\xe9s",
        b"na\xefve" + b"x" * letters,
    ]


@pytest.mark.parametrize(
    "charset", ["zlib", "idna", "undefined", "no-such-charset", "utf-16", "unicode-escape", "cp037", "rot13"]
)
def test_a_declared_codec_that_is_no_charset_is_ignored(charset: str) -> None:
    """Nor one browsers do not read: EBCDIC, Python's own codecs ("unicode-escape")."""
    from newsclean.load import decode

    html = f'<html><head><meta charset="{charset}"></head><body><p>{WESTERN["pt"]}</p></body></html>'
    assert WESTERN["pt"] in decode(html.encode("cp1252"))


@pytest.mark.parametrize(
    "paragraph",
    [
        "Правительство объявило во вторник, что рассмотрит новый бюджет на следующей неделе.",
        "Η κυβέρνηση ανακοίνωσε την Τρίτη ότι θα εξετάσει τον νέο προϋπολογισμό την επόμενη εβδομάδα.",
    ],
)
def test_utf8_with_a_few_bad_bytes_is_still_utf8(paragraph: str) -> None:
    """Cut mid-character by a size-capped fetch, or with a stray Latin-1 byte: one character lost,
    not the whole page read as Windows-1252."""
    from newsclean.load import decode

    data = f"{paragraph}\n\n{paragraph}\n\n{paragraph}".encode()
    assert paragraph in decode(data[:-3], is_html=False)  # cut inside the last character
    assert paragraph in decode(data + b"\n\n\xa9 2024", is_html=False)  # a Latin-1 copyright sign
