"""The phrase filters' trigger may let through lines that do not match, never the reverse."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.filters.furniture import PhraseFilter, _core
from newsclean.filters.trigger import Trigger, word_beginnings
from newsclean.kinds import Kind
from newsclean.textshape import word_count

from .helpers import PHRASE_FILTERS, PHRASE_PIECES, fixture_lines


@pytest.mark.parametrize("phrase_filter", PHRASE_FILTERS, ids=lambda f: f.name)
def test_no_fixture_line_that_matches_is_ruled_out(phrase_filter: PhraseFilter) -> None:
    trigger = Trigger(phrase_filter.patterns)
    lines = [_core(line) for line in fixture_lines()]
    matched = [line for line in lines if phrase_filter._regex.search(line)]
    assert matched, "the fixtures hold furniture of every kind"
    assert all(trigger.may_match(line) for line in matched)
    # and it earns its keep: the filter tries its patterns on fewer than half of an article's lines
    # (a line over its length is never tried; of the others, most are ruled out at once)
    tried = sum(1 for line in lines if word_count(line) <= phrase_filter.max_words and trigger.may_match(line))
    assert tried < len(lines) / 2


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(PHRASE_PIECES, st.text(max_size=6)), max_size=12), st.sampled_from(" -:|/"))
def test_generated_lines(pieces: list[str], sep: str) -> None:
    line = sep.join(pieces)
    for phrase_filter in PHRASE_FILTERS:
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


def test_the_word_after_leading_symbols_is_required() -> None:
    from newsclean.filters.trigger import _requirements

    sets = _requirements(r"^\W*(?:subscribe|join) now\b.{0,40}")
    assert sets[0] == frozenset({"subs", "join"})
    f = PhraseFilter("prompt", Kind.ADVERTISEMENT, (r"^\W*(?:subscribe|join) now\b.{0,40}",))
    assert f.match("— Subscribe now for daily news") is not None
    assert f._index.regex_for(word_beginnings("Now is the time to act")) is None


def test_each_alternative_gives_its_most_telling_words() -> None:
    from newsclean.filters.trigger import _requirements

    # "s'inscrire" needs "insc" as much as "s": a line with any word in "s" is not a candidate
    assert _requirements("connexion|s'inscrire")[0] == frozenset({"conn", "insc"})
    # the long words first: "to" is in most lines, "back" and "return" in few
    assert _requirements("(?:back|return) to top")[0] == frozenset({"back", "retu"})
    f = PhraseFilter("login", Kind.LOGIN, ("connexion|s'inscrire",))
    assert f.match("S'inscrire") is not None
    assert f._index.regex_for(word_beginnings("si se puede, sin sorpresas")) is None
