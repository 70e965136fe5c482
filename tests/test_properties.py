"""Properties that hold for any input (hypothesis)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsclean
from newsclean import Article, InputError
from newsclean.segment import segment_text
from newsclean.textshape import fold

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_f98b2c7d856323b5.txt"
SETTINGS = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])

TAGS = ["p", "div", "span", "a", "h1", "h2", "li", "ul", "table", "td", "tr", "script", "nav", "footer", "b", "br"]
html_like = st.lists(
    st.one_of(
        st.sampled_from([f"<{t}>" for t in TAGS] + [f"</{t}>" for t in TAGS] + ["<!--", "-->", "&amp;", "&#x0;"]),
        st.text(max_size=40),
    ),
    max_size=60,
).map("".join)


def clean_or_error(entry, data):  # type: ignore[no-untyped-def]
    try:
        return entry(data)
    except InputError as exc:
        return exc


@SETTINGS
@given(st.text(max_size=3000))
def test_any_text_gives_an_article_or_an_input_error(text: str) -> None:
    assert isinstance(clean_or_error(newsclean.clean_text, text), (Article, InputError))


@SETTINGS
@given(st.binary(max_size=3000))
def test_any_bytes_give_an_article_or_an_input_error(data: bytes) -> None:
    assert isinstance(clean_or_error(newsclean.clean_text, data), (Article, InputError))
    assert isinstance(clean_or_error(newsclean.clean_html, data), (Article, InputError))


@SETTINGS
@given(html_like)
def test_any_html_like_input_gives_an_article_or_an_input_error(markup: str) -> None:
    assert isinstance(clean_or_error(newsclean.clean_html, markup), (Article, InputError))


@SETTINGS
@given(st.lists(st.sampled_from(SEED.read_text(encoding="utf-8").splitlines()), min_size=1, max_size=40))
def test_removed_and_kept_cover_every_block(lines: list[str]) -> None:
    text = "\n".join(lines)
    result = clean_or_error(newsclean.clean_text, text)
    if isinstance(result, InputError):
        return
    kept = fold(result.text)
    removed = [fold(r.text) for r in result.removed]
    for block in segment_text(text):
        f = fold(block.text)
        assert f in kept or any(f in r or r in f for r in removed if r), block.text


BODY = [p for p in json.loads((SEED.parent / "000_f98b2c7d856323b5.expected.json").read_text())["body_paragraphs"]]


@SETTINGS
@given(st.lists(st.sampled_from(BODY[1:]), min_size=2, max_size=12, unique=True))
def test_a_plain_article_with_no_noise_comes_out_unchanged(paragraphs: list[str]) -> None:
    article = newsclean.clean_text("\n\n".join(paragraphs))
    assert list(article.paragraphs) == paragraphs


def test_cleaning_is_deterministic_across_processes() -> None:
    code = (
        "import sys, newsclean; "
        "a = newsclean.clean_text(open(sys.argv[1], encoding='utf-8').read()); "
        "print(a.to_json(sort_keys=True))"
    )
    runs = {
        subprocess.run([sys.executable, "-c", code, str(SEED)], capture_output=True, text=True, check=True).stdout
        for _ in range(3)
    }
    assert len(runs) == 1
