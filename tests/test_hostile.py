"""Hostile input never raises anything but InputError, and never leaks a local file."""

from __future__ import annotations

import pytest

import newsclean
from newsclean import Article, InputError

from .hostile import CASES, HEAVY


def run_case(name: str) -> Article | InputError:
    entry, make = CASES[name]
    clean = newsclean.clean_html if entry == "html" else newsclean.clean_text
    try:
        return clean(make())
    except InputError as exc:
        assert str(exc), "an InputError says what was wrong"
        return exc


@pytest.mark.parametrize("name", [pytest.param(n, marks=[pytest.mark.heavy] if n in HEAVY else []) for n in CASES])
def test_hostile_input_ends_in_an_article_or_an_input_error(name: str) -> None:
    result = run_case(name)
    if isinstance(result, Article):
        assert "root:x:0:0" not in result.text  # no file was read because the page asked for it


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("nul and control characters", "approve the new budget"),
        ("invalid utf-8", "approve the new budget"),
        ("utf-16 with bom", "approve the new budget"),
        ("utf-16 without bom", "approve the new budget"),
        ("cp1252 with meta charset", "Café – “quoted”"),
        ("latin-1 without meta charset", "Grüße"),
        ("latin-1 with meta charset", "Grüße"),
        ("cp1252 without meta charset", "Café – “quoted”"),
        ("unclosed tags and broken entities", "approve the new budget"),
    ],
)
def test_damaged_but_real_pages_still_give_their_text(name: str, words: str) -> None:
    result = run_case(name)
    assert isinstance(result, Article), result
    assert words in result.text.replace("\x00", "")


@pytest.mark.parametrize("name", ["empty", "whitespace only", "binary noise", "png image", "jpeg image"])
def test_what_is_no_page_is_refused_with_a_reason(name: str) -> None:
    assert isinstance(run_case(name), InputError)


def test_entities_are_not_expanded() -> None:
    for name in ("billion laughs", "external entity (XXE)"):
        result = run_case(name)
        if isinstance(result, Article):
            assert "lollollol" not in result.text
            assert "root:" not in result.text


@pytest.mark.parametrize("url", ["http://[::1", "http://a]b/", "//[", "http://[zz]/", "http://ex\uff03ample.com/"])
@pytest.mark.parametrize("entry", [newsclean.clean_html, newsclean.clean_text, newsclean.clean])
def test_a_url_no_parser_reads_is_an_input_error(url: str, entry: object) -> None:
    page = "<html><body><p>" + "The council approved the budget on Tuesday. " * 20 + "</p></body></html>"
    with pytest.raises(InputError, match="is no URL"):
        entry(page, url=url)  # type: ignore[operator]


def test_a_charset_name_holding_a_nul_is_no_charset() -> None:
    page = (
        b'<meta charset="utf\x008"><p>'
        + "Caf\u00e9 owners said on Tuesday".encode("latin-1")
        + b" that the rent had doubled.</p>" * 30
    )
    article = newsclean.clean_html(page)
    assert "Caf\u00e9 owners said on Tuesday" in article.text
