"""The public API: what ``import newsclean`` offers, and how its values behave."""

from __future__ import annotations

import codecs
import json
from pathlib import Path
from typing import Any

import attrs
import pytest

import newsclean
from newsclean import Article, Config, InputError, Kind, NewscleanError, block_filter

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_f98b2c7d856323b5.txt"

EXPECTED_ALL = {
    "Archive",
    "ArchiveError",
    "QueryError",
    "Article",
    "Block",
    "Config",
    "ConfigError",
    "Contributor",
    "Dateline",
    "Decision",
    "FilterChain",
    "Image",
    "InputError",
    "Kind",
    "Metadata",
    "NewscleanError",
    "Page",
    "Removal",
    "__version__",
    "block_filter",
    "clean",
    "clean_html",
    "clean_text",
    "default_chain",
}


def test_all_is_guarded() -> None:
    """Adding to or removing from the public surface is a deliberate act: update this list."""
    assert set(newsclean.__all__) == EXPECTED_ALL
    for name in newsclean.__all__:
        assert hasattr(newsclean, name), name


def test_version_is_a_string() -> None:
    assert isinstance(newsclean.__version__, str) and newsclean.__version__


@pytest.fixture(scope="module")
def seed_article() -> Article:
    return newsclean.clean_text(SEED.read_text(encoding="utf-8"))


def test_article_is_frozen(seed_article: Article) -> None:
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        seed_article.paragraphs = ()  # type: ignore[misc]


def test_json_round_trip(seed_article: Article) -> None:
    again = Article.from_json(seed_article.to_json())
    assert again == seed_article
    assert again.metadata.provenance == seed_article.metadata.provenance
    data = json.loads(seed_article.to_json())
    assert data["text"] == seed_article.text
    assert data["removal_counts"]["teaser"] == 9


def test_metadata_records_where_each_value_came_from(seed_article: Article) -> None:
    prov = seed_article.metadata.provenance
    assert prov["title"] == "text:title line 1"
    assert prov["authors"] == "text:byline line 5"
    assert prov["agency"] == "text:dateline line 11"


def test_content_hashes(seed_article: Article) -> None:
    assert len(seed_article.sha256) == 64
    assert len(seed_article.simhash) == 16
    again = newsclean.clean_text(SEED.read_text(encoding="utf-8"))
    assert again.sha256 == seed_article.sha256 and again.simhash == seed_article.simhash


def test_bytes_input_is_decoded() -> None:
    data = SEED.read_bytes()
    assert newsclean.clean_text(data).text == newsclean.clean_text(data.decode("utf-8")).text


def test_clean_picks_html_or_text() -> None:
    html = "<html><head><title>T</title></head><body><article><p>" + "Word " * 60 + "end.</p></article></body></html>"
    assert newsclean.clean(html).input_type == "html"
    assert newsclean.clean(SEED.read_text(encoding="utf-8")).input_type == "text"


_STORY = "".join(
    f"<p>The council voted on Tuesday to approve the new budget for the {n} district, which raises "
    "spending on schools and roads, officials said.</p>"
    for n in ("north", "south", "east", "west")
)
# a head longer than the 2 kB clean() once looked at
_LONG_HEAD = "<head><title>Council approves budget</title>" + "<meta name='x' content='y'>" * 120 + "</head>"
_PAGE = f"<html>{_LONG_HEAD}<body><article><h1>Council approves budget</h1>{_STORY}</article></body></html>"


@pytest.mark.parametrize(
    "data",
    [
        codecs.BOM_UTF8 + f"<!DOCTYPE html>{_PAGE}".encode(),
        f"<!DOCTYPE html>{_PAGE}".encode("utf-16"),
        f"<!DOCTYPE html>{_PAGE}".encode("utf-16-be"),
        f"<!-- saved from url=(0027)https://example.com/story -->\n{_PAGE}".encode(),
        "\ufeff\n\n" + _PAGE,
        f"<!-- {'a long licence ' * 300} -->\n<!-- built 2025-03-04 -->\n{_PAGE}",
        f"HTTP/1.1 200 OK\nContent-Type: text/html\n\n{_PAGE}",
        _STORY,  # a fragment
    ],
    ids=[
        "utf-8 bom",
        "utf-16",
        "utf-16-be",
        "saved-from comment",
        "str with bom",
        "long comments",
        "headers",
        "fragment",
    ],
)
def test_clean_reads_markup_as_html_whatever_precedes_it(data: str | bytes) -> None:
    article = newsclean.clean(data)
    assert article.input_type == "html"
    assert "<p>" not in article.text and "approve the new budget" in article.text
    if "Council approves budget" in (data if isinstance(data, str) else _PAGE):
        assert article.metadata.title == "Council approves budget"


_TECH = (
    "How the web got its div soup\n\n"
    "By Jane Doe\n\n"
    "Front-end developers wrapped nearly every element of a page in a <div> for a decade, and the "
    "habit has outlived the browsers that needed it, the survey found on Tuesday.\n\n"
    "The report counted 40 nested <div> elements on an average news page, against four <section> "
    "or <article> elements, and said accessibility tools read such pages poorly.\n"
)


def test_clean_reads_a_story_that_names_tags_as_plain_text() -> None:
    article = newsclean.clean(_TECH.encode())
    assert article.input_type == "text"
    assert article.metadata.title == "How the web got its div soup"
    assert article.metadata.authors == ("Jane Doe",)
    assert "<div> for a decade" in article.text


@pytest.mark.parametrize(
    "bad", ["", "   \n\t ", b"", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", b"%PDF-1.7\n", "\x00\x01\x02"]
)
def test_bad_input_raises_the_documented_error(bad: str | bytes) -> None:
    with pytest.raises(InputError) as info:
        newsclean.clean_text(bad)
    assert isinstance(info.value, NewscleanError) and isinstance(info.value, ValueError)
    assert str(info.value)


@pytest.mark.parametrize("wrap", [bytes, bytearray, memoryview], ids=["bytes", "bytearray", "memoryview"])
def test_every_entry_point_reads_bytes_like_input(wrap: type) -> None:
    data = SEED.read_bytes()
    expected = newsclean.clean_text(data).text
    assert newsclean.clean(wrap(data)).text == expected
    assert newsclean.clean_text(wrap(data)).text == expected
    html = f"<html><body><article><p>{'Word ' * 60}end.</p></article></body></html>".encode()
    assert newsclean.clean(wrap(html)).input_type == "html"


@pytest.mark.parametrize("entry", [newsclean.clean, newsclean.clean_text, newsclean.clean_html])
@pytest.mark.parametrize("bad", [None, 123, 1.5, ["<p>a list</p>"], {"html": "<p>x</p>"}])
def test_input_of_another_type_raises_the_documented_error(entry: Any, bad: object) -> None:
    with pytest.raises(InputError, match="expected str or bytes"):
        entry(bad)


@pytest.mark.parametrize("entry", [newsclean.clean, newsclean.clean_text, newsclean.clean_html])
@pytest.mark.parametrize("argument", ["url", "source"])
def test_a_url_or_source_that_is_no_string_raises_the_documented_error(entry: Any, argument: str) -> None:
    page = SEED.read_text(encoding="utf-8")
    for bad in (123, b"https://example.com/", ["https://example.com/"]):
        with pytest.raises(InputError, match=f"{argument} must be a str"):
            entry(page, **{argument: bad})
    assert entry(page, **{argument: None}).paragraphs


def test_oversized_input_is_refused() -> None:
    with pytest.raises(InputError, match="over the limit"):
        newsclean.clean_text("word " * 100, config=Config(max_input_bytes=100))


def test_html_removal_record_covers_the_dom_pass() -> None:
    body = "".join(
        f"<p>Paragraph {i} of the story says something long enough to be kept as running text here.</p>"
        for i in range(6)
    )
    html = (
        "<html><head><title>Story</title></head><body>"
        "<nav class='main-nav'><a href='/'>Home</a><a href='/world'>World</a><a href='/sport'>Sport</a></nav>"
        f"<article><h1>Story</h1>{body}</article>"
        "<div class='comments'><p>Join the discussion below, readers.</p></div>"
        "<footer><p>Copyright Example Media, all rights kept by the owners.</p></footer>"
        "</body></html>"
    )
    article = newsclean.clean_html(html)
    counts = article.removal_counts()
    assert counts.get("navigation", 0) >= 1
    assert counts.get("legal", 0) >= 1
    assert "Paragraph 5" in article.text
    assert all(r.filter and r.reason for r in article.removed)


def test_a_user_filter_in_a_few_lines() -> None:
    """The README's example: a filter of one's own, inserted into the default chain."""

    @block_filter("horoscope", kind="teaser")
    def horoscope(block, page):  # type: ignore[no-untyped-def]
        return "horoscope teaser" if block.text.startswith("Your stars") else None

    config = Config().with_filter(horoscope, before="duplicate")
    assert config.filters.names.index("horoscope") == config.filters.names.index("duplicate") - 1
    text = SEED.read_text(encoding="utf-8").replace(
        "Sadr has yet to throw", "Your stars today: Aries will meet a stranger.\n\nSadr has yet to throw"
    )
    plain = newsclean.clean_text(text)
    mine = newsclean.clean_text(text, config=config)
    assert "Your stars today" in plain.text
    assert "Your stars today" not in mine.text
    [removal] = [r for r in mine.removed if r.filter == "horoscope"]
    assert removal.kind is Kind.TEASER and removal.reason == "horoscope teaser"


def test_chain_can_be_reordered_and_shortened() -> None:
    chain = Config().filters
    without = Config().without_filter("foreign_script")
    assert "foreign_script" in chain.names and "foreign_script" not in without.filters.names
    text = SEED.read_text(encoding="utf-8")
    # without the script filter, the Hebrew lines are still removed, as teasers after the body
    article = newsclean.clean_text(text, config=without)
    assert "הקלטות מעוז" not in article.text
    reordered = chain.reorder(reversed(chain.names))
    assert reordered.names == tuple(reversed(chain.names))


def test_chain_rejects_unknown_names_and_duplicates() -> None:
    chain = Config().filters
    with pytest.raises(newsclean.ConfigError, match="no filter named"):
        chain.remove("nope")
    with pytest.raises(newsclean.ConfigError, match="unique"):
        chain.insert(chain["byline"])


def test_config_is_frozen_and_validated() -> None:
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        Config().favor_recall = True  # type: ignore[misc]
    with pytest.raises(newsclean.ConfigError):
        Config(favor_precision=True, favor_recall=True)
    with pytest.raises(newsclean.ConfigError):
        Config(max_input_bytes=0)


def test_every_kind_is_described() -> None:
    for kind in Kind:
        assert kind.description
    assert Kind.BYLINE.moved_to_metadata and not Kind.PAYWALL.moved_to_metadata


def test_an_html_page_without_text_gives_an_empty_article() -> None:
    html = (
        "<!doctype html><html lang='en'><head><title>Nothing here but a long title of words</title></head>"
        "<body><script>x()</script></body></html>"
    )
    article = newsclean.clean_html(html)
    assert article.text == "" and article.paragraphs == ()
    assert article.metadata.title == "Nothing here but a long title of words"


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (
            '<html><head><meta charset="iso-8859-1"></head><body><p>Caf\u00e9 cr\u00e8me</p></body></html>'.encode(
                "latin-1"
            ),
            "Café crème",
        ),
        ("<html><body><p>Gr\u00fc\u00dfe aus K\u00f6ln</p></body></html>".encode("utf-16"), "Grüße aus Köln"),
        ("<html><body><p>na\u00efve caf\u00e9</p></body></html>".encode("utf-8"), "naïve café"),
        (b"\xef\xbb\xbf<html><body><p>with a BOM</p></body></html>", "with a BOM"),
    ],
)
def test_bytes_are_decoded_by_bom_utf8_or_declared_charset(data: bytes, expected: str) -> None:
    from newsclean.load import decode

    assert expected in decode(data)


def _read_as(text: str, codec: str) -> str:
    """``text`` as a crawler that read its UTF-8 bytes in ``codec`` saved it (the five bytes
    Windows-1252 leaves undefined, 0x9D of "”" among them, as the control characters they are)."""
    return "".join(bytes([b]).decode(codec, errors="ignore") or chr(b) for b in text.encode("utf-8"))


def test_utf8_read_as_latin1_or_windows1252_is_decoded_again() -> None:
    title = "A DIY Investor’s Guide to Retirement Calculators"
    body = "“Start early,” she said — the café’s owner. Prices rose 5–7%."
    for codec in ("cp1252", "latin-1"):
        html = (
            f'<html><head><meta property="og:title" content="{_read_as(title, codec)}"></head>'
            f"<body><article><h1>{_read_as(title, codec)}</h1><p>{_read_as(body, codec) * 4}</p></article>"
            "</body></html>"
        )
        article = newsclean.clean_html(html.encode("utf-8"))
        assert article.metadata.title == title, codec
        assert body in article.text and "â" not in article.text, codec
        paragraphs = [
            f"{body} The council met on Tuesday to weigh the plan for the {n} bridge."
            for n in ("north", "south", "east")
        ]
        dump = "\n\n".join([title, *paragraphs])
        clean = newsclean.clean_text(dump).text
        assert body in clean and newsclean.clean_text(_read_as(dump, codec)).text == clean, codec
    from newsclean.load import MAX_REPAIRED_CHARS, STRETCH_COST, without_mojibake

    # what only looks like it is left as it is: French, Portuguese in capitals (also before a
    # no-break space, which after a small letter is "à" garbled), a mojibake's name
    for line in ("Une pâte à tarte, des crêpes.", "SÃO PAULO", "UMA NOVA MANHÃ\xa0PARA", "It shows Â and Ã alone"):
        assert without_mojibake(line) == line
    assert without_mojibake("voilÃ\xa0 tout") == "voilà tout"
    # a hostile input of garbled lines is repaired up to a bound and kept as it is after
    lines = _read_as("It’s\n", "cp1252") * (MAX_REPAIRED_CHARS // STRETCH_COST + 10)
    repaired = without_mojibake(lines).split("\n")
    assert repaired[0] == "It’s" and repaired[-2] == _read_as("It’s", "cp1252")


def test_pages_past_the_size_limits_are_refused_quickly() -> None:
    with pytest.raises(InputError, match="max_blocks"):
        newsclean.clean_text("a.\n" * 60_000)
    with pytest.raises(InputError, match="max_elements"):
        newsclean.clean_html("<html><body>" + "<p>a.</p>" * 600_000 + "</body></html>")
    small = Config(max_blocks=10)
    with pytest.raises(InputError, match="over the limit of 10"):
        newsclean.clean_text(SEED.read_text(encoding="utf-8"), config=small)


def test_simhash_sets_the_bits_most_shingle_hashes_set() -> None:
    """The column-wise bit count agrees with counting each bit of each hash one by one."""
    import hashlib

    from newsclean.metadata import _simhash

    for n in (1, 2, 7, 64, 1000):
        grams = [f"gram {i} of {n}".encode() for i in range(n)]
        hashes = [int.from_bytes(hashlib.blake2b(g, digest_size=8).digest(), "big") for g in grams]
        expected = sum(1 << k for k in range(64) if sum(h >> k & 1 for h in hashes) * 2 > n)
        assert _simhash(grams) == expected
