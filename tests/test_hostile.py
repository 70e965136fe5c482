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
