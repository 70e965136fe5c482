"""The phrase filters' trigger may let through lines that do not match, never the reverse."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.filters.furniture import NavigationFilter, PhraseFilter, _core, phrase_filters
from newsclean.filters.trigger import Trigger, word_beginnings
from newsclean.kinds import Kind

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
FILTERS = [*phrase_filters(), NavigationFilter()._phrases]


def _fixture_lines() -> list[str]:
    lines = []
    for path in sorted(FIXTURES.glob("*.txt")):
        lines.extend(line for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    return lines


@pytest.mark.parametrize("phrase_filter", FILTERS, ids=lambda f: f.name)
def test_no_fixture_line_that_matches_is_ruled_out(phrase_filter: PhraseFilter) -> None:
    trigger = Trigger(phrase_filter.patterns)
    lines = [_core(line) for line in _fixture_lines()]
    matched = [line for line in lines if phrase_filter._regex.search(line)]
    assert matched, "the fixtures hold furniture of every kind"
    assert all(trigger.may_match(line) for line in matched)
    # and it earns its keep: most lines of an article are ruled out at once
    ruled_out = sum(1 for line in lines if not trigger.may_match(line))
    assert ruled_out > len(lines) / 2


# words of the phrases themselves, in any case, with symbols and digits around them: the strings
# most likely to find a gap between the trigger and the patterns
_PIECES = st.sampled_from(
    "subscribe Sign up newsletter LOG IN log in sign-in cookies Cookie accept €4.99 US$1 $ £ © (c) "
    "copyright 12 comments Comment reply advertisement Anzeige publicité min read 5 minutes read "
    "to continue reading for the first month a an the of inscrivez-vous s'inscrire connexion".split()
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_PIECES, st.text(max_size=6)), max_size=12), st.sampled_from(" -:|/"))
def test_generated_lines(pieces: list[str], sep: str) -> None:
    line = sep.join(pieces)
    for phrase_filter in FILTERS:
        if phrase_filter._regex.search(line):
            assert Trigger(phrase_filter.patterns).may_match(line), (phrase_filter.name, line)


def test_beginnings_of_words_symbols_and_digits() -> None:
    found = word_beginnings("Subscribe: US$5 a month")
    assert {"s", "su", "sub", "subs", "us", "$", "\\d", "a", "mont"} <= found
    assert "subsc" not in found


def test_a_pattern_without_a_word_or_symbol_to_hold_on_to_always_fires() -> None:
    trigger = Trigger((r".{3,}x",))
    assert trigger.always and trigger.may_match("nothing in common")


def test_a_filter_with_a_trigger_still_finds_its_phrases() -> None:
    f = PhraseFilter("offer", Kind.PAYWALL, (r"(?:[A-Z]{1,3})?[$€£¥]\s?\d+ a month",))
    assert f.match("Only US$5 a month") is not None
    assert f.match("Only five a month") is None
