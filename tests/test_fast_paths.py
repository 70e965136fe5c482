"""The shortcuts the filters take give what the plain definitions give.

The phrase filters try only the phrases a line's word beginnings allow (``PhraseIndex``), read
each line's edge-stripped text, word count and beginnings once for the page, and the line
features are memoised.  Each is checked here against the slow, obvious version.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean._cache import MAX_CACHED_CHARS, line_cache
from newsclean.filters import default_chain
from newsclean.filters.base import BlockJudge
from newsclean.filters.furniture import (
    _EDGE,
    _REPEAT,
    NavigationFilter,
    PhraseFilter,
    _core,
    _core_words,
    _is_icon,
    _may_repeat,
    phrase_filters,
)
from newsclean.filters.trigger import PhraseIndex, word_beginnings
from newsclean.kinds import Kind
from newsclean.model import Block
from newsclean.page import Page
from newsclean.segment import segment_text
from newsclean.textshape import word_count

from .helpers import FIXTURES, PHRASE_FILTERS, PHRASE_PIECES, fixture_lines


def _same_matches(f: PhraseFilter, line: str) -> None:
    full = f._index.full
    narrowed = f._index.regex_for(word_beginnings(line))
    spans = [m.span() for m in full.finditer(line)]
    if narrowed is None:
        assert not spans, (f.name, line)
        return
    assert [m.span() for m in narrowed.finditer(line)] == spans, (f.name, line)
    assert bool(narrowed.fullmatch(line)) == bool(full.fullmatch(line)), (f.name, line)


@pytest.mark.parametrize("phrase_filter", PHRASE_FILTERS, ids=lambda f: f.name)
def test_the_narrowed_pattern_finds_what_the_whole_one_finds_on_the_fixtures(phrase_filter: PhraseFilter) -> None:
    for line in fixture_lines():
        _same_matches(phrase_filter, line)
        _same_matches(phrase_filter, _core(line))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(PHRASE_PIECES, st.text(max_size=6)), max_size=14), st.sampled_from(" -:|/"))
def test_the_narrowed_pattern_on_generated_lines(pieces: list[str], sep: str) -> None:
    line = sep.join(pieces)
    for phrase_filter in PHRASE_FILTERS:
        _same_matches(phrase_filter, line)


def test_patterns_with_groups_are_not_split() -> None:
    index = PhraseIndex((r"(ab)c\1", r"subscribe"), lambda ps: re.compile("|".join(ps)))
    assert not index.split
    assert index.regex_for(word_beginnings("subscribe now")) is index.full
    assert index.regex_for(word_beginnings("nothing here")) is None


def test_a_pattern_with_nothing_to_hold_on_to_is_always_tried() -> None:
    index = PhraseIndex((r".{3,}x", r"subscribe"), lambda ps: re.compile("|".join(ps)))
    assert index.regex_for(word_beginnings("nothing here")).pattern == ".{3,}x"


def _core_by_pattern(text: str) -> str:
    text = _EDGE.sub("", text)
    start = 0
    while start < len(text) and _is_icon(text[start]):
        start += 1
    return _EDGE.sub("", text[start:]) if start else text


_EDGY = st.text(alphabet=" \t\n\xa0\u2003-–—•·|*>»›:;,.!?_/<«‹a©★\ufe0f\u0301x1_Ab", max_size=14)


@settings(max_examples=500, deadline=None)
@given(_EDGY)
def test_edge_stripping_by_characters_is_the_pattern(text: str) -> None:
    core = _core(text)
    assert core == _core_by_pattern(text)
    if core:
        assert _core_words(text, core) == word_count(core)


def test_the_stripped_space_is_what_the_pattern_calls_space() -> None:
    from newsclean.textshape import SPACE_CHARS as _SPACE_CHARS

    assert set(_SPACE_CHARS) == {chr(c) for c in range(0x110000) if re.match(r"\s", chr(c))}


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="abcABC -xyz", max_size=12), st.integers(min_value=1, max_value=4))
def test_a_text_repeated_is_never_ruled_out(unit: str, times: int) -> None:
    for text in (unit, unit * times, unit + unit.upper(), unit.lower() + unit.swapcase()):
        if _REPEAT.match(text):
            assert _may_repeat(text), text


def _decisions_one_by_one(f: BlockJudge, page: Page) -> list[tuple[int, str, str]]:
    return [(d.block, d.kind.value, d.reason) for d in BlockJudge.__call__(f, page)]


@pytest.mark.parametrize("path", sorted(FIXTURES.glob("*.txt")), ids=lambda p: p.stem)
def test_the_filters_on_the_page_decide_as_block_by_block(path: Path) -> None:
    blocks = segment_text(path.read_text(encoding="utf-8"))
    page = Page(tuple(blocks), "text", language="en", script="Latin")
    for f in default_chain():
        if isinstance(f, (PhraseFilter, NavigationFilter)):
            fast = [(d.block, d.kind.value, d.reason) for d in f(page)]
            assert fast == _decisions_one_by_one(f, page), f.name
        for d in list(f(page)):
            page.apply(f.name, d)


def test_a_subclass_that_judges_its_own_way_is_asked() -> None:
    class Shouting(PhraseFilter):
        def judge(self, block: Block, page: Page) -> str | None:
            return "shouting" if block.text.isupper() else None

    f = Shouting("shouting", Kind.ADVERTISEMENT, ("subscribe",))
    page = Page(tuple(segment_text("SUBSCRIBE NOW\n\nsubscribe now")), "text")
    assert [d.block for d in f(page)] == [0]


def test_a_cut_makes_the_page_lines_read_again() -> None:
    from newsclean.page import Decision

    page = Page(tuple(segment_text("PARIS Subscribe to our newsletter\n\nThe story goes on.")), "text")
    f = phrase_filters()[0]
    assert [d.block for d in f(page)] == [0]
    page.apply("test", Decision(0, Kind.DATELINE, "cut", span=(5, 33)))  # the prompt cut away
    assert page.text_of(0) == "PARIS"
    assert [d.block for d in f(page)] == []


def test_new_blocks_make_the_page_lines_read_again() -> None:
    page = Page(tuple(segment_text("Subscribe to our newsletter\n\nThe story goes on.")), "text")
    f = phrase_filters()[0]
    assert [d.block for d in f(page)] == [0]
    page.blocks = tuple(segment_text("The story goes on.\n\nSubscribe to our newsletter"))
    assert [d.block for d in f(page)] == [1]


def test_the_line_memo_answers_as_the_function() -> None:
    calls: list[str] = []

    @line_cache
    def shout(text: str) -> str:
        """Upper case."""
        calls.append(text)
        return text.upper()

    assert shout("abc") == "ABC" and shout("abc") == "ABC"
    assert calls == ["abc"]
    long = "x" * (MAX_CACHED_CHARS + 1)
    assert shout(long) == long.upper() and shout(long) == long.upper()
    assert calls == ["abc", long, long]  # long texts are not kept
    assert shout.__doc__ == "Upper case." and shout.__name__ == "shout"
    shout.cache_clear()  # type: ignore[attr-defined]
    shout("abc")
    assert calls[-1] == "abc" and len(calls) == 4
    assert unicodedata.normalize("NFC", shout("é")) == "É"


def _script_counts_by_pattern(text: str) -> list[tuple[str, int]]:
    from newsclean.language import _SCRIPT_RES

    return [(name, n) for name, pattern in _SCRIPT_RES if (n := len(pattern.findall(text)))]


_SCRIPTS = st.text(
    alphabet="abcXYZ éñ’“אבعبяжαβก한あカ中文ंकẞḁỿɏØ÷×1.\u00c0\u00d6\u00d8\u00f6\u00f8\u024f\u0250", max_size=16
)


@settings(max_examples=500, deadline=None)
@given(_SCRIPTS)
def test_script_counts_by_character_are_the_counts_by_pattern(text: str) -> None:
    from newsclean.language import script_counts

    if not text.isascii():  # ASCII text has its own shortcut
        assert list(script_counts(text).items()) == _script_counts_by_pattern(text)


def test_letters_beyond_ascii_are_what_the_letter_pattern_matches() -> None:
    from newsclean.language import _LETTER

    # [^\W\d_]: alphanumeric (what \w holds besides "_") and not a decimal digit (what \d is)
    assert all(bool(_LETTER.match(c)) == (c.isalnum() and not c.isdecimal()) for c in map(chr, range(0x80, 0x110000)))


@settings(max_examples=500, deadline=None)
@given(st.one_of(_SCRIPTS, st.text(max_size=16)))
def test_script_share_and_counts_are_those_of_the_patterns(text: str) -> None:
    from newsclean.language import _LETTER, SCRIPT_FAMILY, script_counts, script_share

    assert list(script_counts(text).items()) == _script_counts_by_pattern(text)
    letters = len(_LETTER.findall(text))
    for script in ("Latin", "Cyrillic", "CJK", "Hebrew"):
        counts = _script_counts_by_pattern(text)
        n = sum(v for k, v in counts if k == script or SCRIPT_FAMILY.get(k) == script)
        expected = (n / letters if letters else 0.0) if not text.isascii() else script_share(text, script)
        assert script_share.__wrapped__(text, script) == expected  # type: ignore[attr-defined]


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet="ab \t\n\r\x0b\x0c\x1c\x85\xa0\u2028é", max_size=16))
def test_lines_cut_by_split_are_the_lines_of_the_pattern(text: str) -> None:
    from newsclean.segment import _lines_by_pattern, _raw_lines

    assert list(_raw_lines(text)) == list(_lines_by_pattern(text))
    assert list(_raw_lines(text.replace("\r", ""))) == list(_lines_by_pattern(text.replace("\r", "")))


def test_lines_of_the_fixtures_are_the_lines_of_the_pattern() -> None:
    from newsclean.segment import _lines_by_pattern, _raw_lines

    for path in sorted(FIXTURES.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for variant in (text, text + "\n", "\n\n" + text.rstrip("\n")):
            assert list(_raw_lines(variant)) == list(_lines_by_pattern(variant))


def _is_date_line_in_full(text: str) -> bool:
    """is_date_line as it reads every token (without counting the tokens first)."""
    from newsclean.filters import structure as s

    if text.isascii() and not s._ASCII_DIGIT.search(text):
        return False
    toks = [t for t in (s._date_token(t) for t in text.split()) if t]
    if not toks or len(toks) > s.MAX_DATE_LINE_WORDS:
        return False
    digits = sum(1 for t in toks if any(c.isdigit() for c in t))
    words = [t for t in toks if not any(c.isdigit() for c in t)]
    if words and all(t in s.phrases.AMBIGUOUS_DATE_WORDS for t in words):
        return False
    known = sum(1 for t in toks if t in s.phrases.DATE_WORDS or s._TIME_TOKEN.match(t))
    if len(toks) == 1 and not s._CLOCK.search(toks[0]):
        return False
    marked = any(s._DATE_MARK.match(t) or (t in s.phrases.DATE_WORDS and t not in s._WEAK_DATE_WORDS) for t in toks)
    return digits >= 1 and known == len(toks) and marked


@settings(max_examples=1000, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "Mar",
                "11,",
                "2024",
                "|",
                "—",
                "(",
                "10:05",
                "a.m.",
                "Updated",
                "·",
                "x",
                "7am",
                "4.7/5",
                "Dec.",
                "min",
                "read",
            ]
        )
    )
)
def test_a_date_line_counted_token_by_token_is_the_date_line(tokens: list[str]) -> None:
    from newsclean.filters.structure import is_date_line

    text = " ".join(tokens)
    assert is_date_line(text) == _is_date_line_in_full(text), text


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="aPphoto:/ .AFPREUTERSx", max_size=30))
def test_a_credit_is_never_missed_for_want_of_its_needs(text: str) -> None:
    from newsclean.filters.structure import _CREDIT_NEEDS

    for pattern, needs in _CREDIT_NEEDS.items():
        if pattern.search(text):
            assert needs in text if isinstance(needs, str) else needs.search(text), (pattern.pattern, text)


def _pull_quotes_by_search(page: Page, folded: list[str]) -> list[tuple[int, str]]:
    """DuplicateFilter._pull_quotes as it was: the haystack searched for every candidate."""
    from newsclean.filters.context import _ATTRIBUTION, MIN_CONTAINED_WORDS

    out = []
    long_blocks = [b.index for b in page.undecided() if len(folded[b.index]) > 100]
    haystack = "\n".join(f" {folded[j]} " for j in long_blocks)
    for block in list(page.undecided()):
        f = folded[block.index]
        if len(f.split()) < MIN_CONTAINED_WORDS or len(f) > 400:
            continue
        if haystack.count(f" {f} ") <= (1 if len(f) > 100 else 0):
            continue
        for j in long_blocks:
            if j < block.index and len(folded[j]) > len(f) and f" {f} " in f" {folded[j]} ":
                out.append((block.index, "pull quote"))
                after = block.index + 1
                if after < len(page.blocks) and _ATTRIBUTION.match(page.text_of(after)):
                    out.append((after, "attribution"))
                break
    return out


_QUOTE_WORDS = ["the", "mayor", "said", "we", "will", "build", "a", "bridge", "city", "plans", "river", "new"]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.lists(st.sampled_from(_QUOTE_WORDS), min_size=1, max_size=40).map(lambda ws: " ".join(ws) + "."),
        min_size=1,
        max_size=8,
    )
)
def test_pull_quotes_found_as_by_searching_every_candidate(paragraphs: list[str]) -> None:
    from newsclean.filters.context import DuplicateFilter
    from newsclean.textshape import fold

    # a paragraph's middle repeated as a line of its own, then an attribution
    texts = list(paragraphs)
    if len(paragraphs[0].split()) >= 8:
        texts.append(" ".join(paragraphs[0].split()[2:8]))
        texts.append("— Mayor Jane Doe")
    page = Page(tuple(Block(i, t, i + 1, 0, len(t)) for i, t in enumerate(texts)), "text")
    folded = [fold(page.text_of(b.index)) for b in page.blocks]
    found = [
        (d.block, "pull quote" if d.reason.startswith("pull") else "attribution")
        for d in DuplicateFilter._pull_quotes(page, folded)
    ]
    assert found == _pull_quotes_by_search(page, folded)


def test_pull_quotes_on_the_fixtures_as_by_searching_every_candidate() -> None:
    from newsclean.filters.context import DuplicateFilter
    from newsclean.textshape import fold

    for path in sorted(FIXTURES.glob("*.txt")):
        page = Page(tuple(segment_text(path.read_text(encoding="utf-8"))), "text")
        folded = [fold(page.text_of(b.index)) for b in page.blocks]
        found = [
            (d.block, "pull quote" if d.reason.startswith("pull") else "attribution")
            for d in DuplicateFilter._pull_quotes(page, folded)
        ]
        assert found == _pull_quotes_by_search(page, folded), path.name


def test_as_kind_is_the_enum_call() -> None:
    from newsclean.kinds import Kind, as_kind

    for kind in Kind:
        assert as_kind(kind) is Kind(kind) is kind
        assert as_kind(kind.value) is kind
    with pytest.raises(ValueError):
        as_kind("not a kind")


# Lines with what could make a fold of the whole differ from the folds of its lines: final and
# other sigmas, combining marks after the break, compatibility characters, Hangul jamo, dotted I.
_FOLDABLE = st.text(alphabet="aZ Σσς\u0301\u0345\u0338ﬁ①ＡİI\u1100\u1161\u11a8é.-_\n\r\t0", max_size=24)


@given(_FOLDABLE)
def test_folding_by_lines_is_folding_the_whole(text: str) -> None:
    from newsclean.textshape import fold, fold_lines

    assert fold_lines(text) == fold(text)


def test_folding_paragraphs_by_lines_is_folding_the_whole() -> None:
    from newsclean.textshape import fold, fold_lines

    text = "\n\n".join(["ΟΔΟΣ ΣΑΣ", "\u0301Café ﬁne①", "", "  ", "Ünïcode and ASCII", "x"])
    assert fold_lines(text) == fold(text) == "οδος σας café fine1 ünïcode and ascii x"


_CONTROLLED = st.text(alphabet="ab é\x00\x01\x08\t\n\x0b\x0c\r\x0e\x1f\x7f\x80\x85\ud800\U0001f600", max_size=16)


@given(_CONTROLLED)
def test_control_characters_found_in_the_bytes_are_those_the_pattern_finds(text: str) -> None:
    from newsclean.load import _CONTROL, _has_control

    assert _has_control(text) == bool(_CONTROL.search(text))
    if "\ud800" not in text:  # the bytes a strict UTF-8 decoding came from
        assert _has_control(text, text.encode("utf-8")) == bool(_CONTROL.search(text))


def test_control_bytes_counted_by_translate_are_the_counted_ones() -> None:
    from newsclean.load import _BINARY_CONTROL_BYTES

    sample = bytes(range(256)) * 3
    deleted = len(sample) - len(sample.translate(None, _BINARY_CONTROL_BYTES))
    assert deleted == sum(1 for b in sample if b < 9 or 13 < b < 32 or b == 127)


def test_a_page_with_control_characters_loses_them_and_only_them() -> None:
    from newsclean.load import load

    assert load("<p>a\x00b\x0bc\td\x7f</p>", max_bytes=100) == "<p>abc\td</p>"
    words = "a few words of text " * 3  # one control byte in 60 is text, not binary data
    assert load(f"<p>é\x1fx {words}</p>".encode(), max_bytes=100) == f"<p>éx {words}</p>"
    assert load("<p>é x</p>".encode(), max_bytes=100) == "<p>é x</p>"


_MARKUP = st.text(alphabet="adtocrbgsk ADTOCRBGSK-\u212a\u0130$€£1٣\t\xa0x<>", max_size=30)


@given(_MARKUP)
def test_prices_counted_sign_by_sign_are_the_prices_of_the_pattern(markup: str) -> None:
    from newsclean.html.meta import _PRICE, Furniture

    assert Furniture(markup, None)["prices"] == len(_PRICE.findall(markup))


@given(_MARKUP)
def test_cart_words_in_the_bytes_are_the_words_in_the_lowered_text(markup: str) -> None:
    from newsclean.html.meta import _CART_WORDS, Furniture

    plain = any(word in markup.lower() for word in _CART_WORDS)
    assert Furniture(markup, None)["cart"] == plain
    assert Furniture(markup + "é", None)["cart"] == plain  # and beyond ASCII


def test_cart_words_in_any_case_and_with_the_kelvin_sign() -> None:
    from newsclean.html.meta import Furniture

    for markup in ("<button>ADD TO CART</button>", "add-to-Bag", "Add to bas\u212aet", "x add to baskét"):
        assert Furniture(markup, None)["cart"] == (markup != "x add to baskét")


# Phrases that overlap, nest and share beginnings: the alternation's scan picks among them.
_OVERLAPPING = ("ab", "b c", "a", "abc d", "c d e", r"d\s?e", "b+", "bc")


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(_OVERLAPPING), min_size=2, max_size=5, unique=True),
    st.text(alphabet="abcde ", max_size=20),
)
def test_phrases_compiled_one_by_one_find_what_their_alternation_finds(phrases: list[str], line: str) -> None:
    from newsclean.filters.furniture import _compile
    from newsclean.filters.trigger import _Alternation

    whole = _compile(tuple(phrases))
    by_phrase = _Alternation(tuple(_compile((p,)) for p in phrases))
    assert [(m.span(), m.group(0)) for m in by_phrase.finditer(line)] == [
        (m.span(), m.group(0)) for m in whole.finditer(line)
    ]
    assert bool(by_phrase.fullmatch(line)) == bool(whole.fullmatch(line))


def test_phrases_that_may_match_nothing_are_compiled_together() -> None:
    from newsclean.filters.furniture import _compile
    from newsclean.filters.trigger import _Alternation

    index = PhraseIndex(("sign up", "log ?in", "(?:subscribe)?"), _compile)
    assert not isinstance(index.regex_for(word_beginnings("sign up or log in")), _Alternation)
    index = PhraseIndex(("sign up", "log ?in"), _compile)
    assert isinstance(index.regex_for(word_beginnings("sign up or log in")), _Alternation)


def _beginnings_word_by_word(text: str) -> frozenset[str]:
    """word_beginnings as it was: every word of the case-folded text cut to one, two, three and
    four letters."""
    from newsclean.filters.trigger import DIGIT

    words = re.findall(r"\w+", text.casefold())
    out = set(re.findall(r"[^\w\s]", text))
    out.update(w[:k] for w in words for k in range(1, 5))
    if re.search(r"(?<!\w)\d", text):
        out.add(DIGIT)
    return frozenset(out)


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet="aBcdeFghİßﬁſḰ1 2-_.'’$©\u0307é", max_size=30))
def test_word_beginnings_in_one_pass_are_the_words_cut(text: str) -> None:
    assert word_beginnings._func(text) == _beginnings_word_by_word(text), text  # type: ignore[attr-defined]


def test_word_beginnings_of_the_fixtures_are_the_words_cut() -> None:
    for line in fixture_lines():
        assert word_beginnings._func(line) == _beginnings_word_by_word(line), line  # type: ignore[attr-defined]


def test_the_separators_of_a_share_widget_are_the_same_once_lowered() -> None:
    """A share widget's tokens are cut from its lower-cased text: no character lowers to a
    separator, nor a separator to anything else."""
    import sys

    from newsclean.filters.furniture import _TOKEN_SEPARATORS

    def separator(c: str) -> bool:
        return _TOKEN_SEPARATORS.fullmatch(c) is not None

    for code in range(sys.maxunicode + 1):
        c = chr(code)
        lowered = c.lower()
        assert lowered == c if separator(c) else not any(separator(x) for x in lowered), hex(code)


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet="aPphoto:/ .AFPREUTERSGettyImagesdpa(x)|", max_size=40))
def test_a_credit_is_split_as_by_its_needs_one_by_one(text: str) -> None:
    from newsclean.filters.structure import _split_credit, split_credit

    assert split_credit(text) == _split_credit(text), text


def test_the_first_test_of_a_credit_looks_for_each_need() -> None:
    from newsclean.filters.structure import _AGENCY_NEEDS, _CREDIT_NEEDS

    # split_credit looks for these before its loop: a new need must be added there too
    assert sorted(n for n in _CREDIT_NEEDS.values() if isinstance(n, str)) == ["/", ":", "Credit", "photo"]
    assert [n for n in _CREDIT_NEEDS.values() if not isinstance(n, str)] == [_AGENCY_NEEDS]


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet=", (-–—a.\t\xa0\u2003x", max_size=8))
def test_an_open_end_read_from_the_last_characters_is_the_pattern(line: str) -> None:
    from newsclean.segment import _OPEN_END, _open_end

    assert _open_end(line) == bool(_OPEN_END.search(line)), line


def test_the_space_before_a_dash_is_what_the_pattern_calls_space() -> None:
    import sys

    from newsclean.segment import _OPEN_END, _open_end

    for code in range(sys.maxunicode + 1):
        line = f"word{chr(code)}-"
        if chr(code) not in "\n\r":
            assert _open_end(line) == bool(_OPEN_END.search(line)), hex(code)


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet="=(){};#<>-/ ab1_\n\t.:", max_size=14))
def test_code_told_by_its_needs_is_code_by_the_pattern(text: str) -> None:
    from newsclean.body import _CODE, _is_code

    assert _is_code(text) == bool(_CODE.search(text)), text


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=12))
def test_an_ascii_line_is_never_foreign_to_a_latin_page(text: str) -> None:
    from newsclean.language import script_share

    assert not (script_share(text, "Latin") < 0.5 and any(c.isalpha() for c in text)), text


@settings(max_examples=1000, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["Gazette", "file", "PHOTO", "photos", "Image", "via", "Courtesy", "of", "Handout", "x", "(", ")"]
        ),
        max_size=6,
    ),
    st.sampled_from([" ", "  ", " ſ"]),
)
def test_an_owner_credit_told_by_its_words_is_the_pattern(words: list[str], sep: str) -> None:
    from newsclean.filters.structure import _OWNER_PHOTO, _owner_photo

    text = sep.join(words)
    assert _owner_photo(text) == bool(_OWNER_PHOTO.match(text.strip("() "))), text


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet="bByYcontributedCONTRIBUTED \t.x", max_size=16))
def test_a_contributors_line_is_never_ruled_out_by_its_words(text: str) -> None:
    from newsclean.filters.structure import _CONTRIB_HINT, ContributorsFilter

    if _CONTRIB_HINT.search(text) is None:
        assert ContributorsFilter._entries(text) is None
    elif text.isascii():
        assert "by" in text.lower() or "contributed" in text.lower(), text


def test_decisions_of_other_kinds_carry_nothing_for_the_metadata() -> None:
    """_findings passes over the kinds it does not read: each of them, with every key of data
    _findings reads, finds nothing."""
    from newsclean.metadata import _FOUND_KINDS, _findings
    from newsclean.page import Decision

    data = {
        "title": "A title",
        "subtitle": "A deck",
        "authors": ["Jane Doe"],
        "agencies": ["Reuters"],
        "caption": "A bridge",
        "credit": "Jo Reid",
        "dateline": {"text": "PARIS (Reuters) -", "place": "PARIS", "agency": "Reuters"},
        "contributors": [{"name": "Jane Doe", "role": "editing"}],
    }
    text = "By Jane Doe | Updated 12 March 2024 10:05"
    empty = _findings(Page((Block(0, text, 1, 0, len(text)),), "text"))
    for kind in Kind:
        page = Page((Block(0, text, 1, 0, len(text)),), "text")
        page.apply("test", Decision(0, kind, "test", data=data))
        if kind in _FOUND_KINDS:
            continue
        assert _findings(page) == empty, kind
    page = Page((Block(0, text, 1, 0, len(text)),), "text")
    page.apply("test", Decision(0, Kind.BYLINE, "test", data=data))
    assert _findings(page) != empty


def test_the_symbols_of_share_words_are_their_own_lower_case() -> None:
    """A line of share words has the share words' symbols: no other character lowers to one."""
    import sys

    from newsclean.filters.furniture import _SHARE_WORDS

    symbols = {c for w in _SHARE_WORDS for c in w if not c.isalnum() and c != "_" and not c.isspace()}
    for code in range(sys.maxunicode + 1):
        c = chr(code)
        assert c.casefold() == c.lower().casefold(), hex(code)  # a character folds as its lower case
        if c.lower() in symbols:
            assert c.lower() == c, hex(code)


@settings(max_examples=1000, deadline=None)
@given(
    st.lists(st.sampled_from(["Share", "TWEET", "e-mail", "Facebook:", "in", "x", "news", "9", "Ⓐ", "ß"]), max_size=8),
    st.sampled_from([" ", " | ", "/", " • ", ", ", "·"]),
)
def test_a_share_widget_is_never_ruled_out_by_its_beginnings(words: list[str], sep: str) -> None:
    from newsclean.filters.furniture import _SHARE_BEGINNINGS, _SHARE_WORDS, _TOKEN_SEPARATORS

    line = sep.join(words)
    toks = [t for t in _TOKEN_SEPARATORS.split(line.lower()) if t]
    if toks and all(t.strip(":") in _SHARE_WORDS for t in toks):
        assert word_beginnings(line) <= _SHARE_BEGINNINGS, line


_TEXT_NODES_PAGE = """<html><head><title>Posted by the desk</title>
<script>var by = "By line in a script";</script></head>
<body><div class="story"><h1>A headline</h1><p>By <a href="/a">Jane Doe</a> and John Roe</p>
<!-- a comment by no one -->Posted on May 3, 2025<p>Nearby, a baby. <b>BY</b> the way</p>
<ul><li>Author</li><li>Contributors: one</li></ul>
<p>Originally published in the Gazette</p><style>.by{}</style>tail by the body</div></body></html>"""


@pytest.mark.parametrize(
    "needles",
    [("by", "By", "BY", "uthor", "UTHOR", "ontributor"), ("osted", "ublished"), ("riginally",), ("zzz",), ("b",)],
)
@pytest.mark.parametrize("limit", [1, 2, 20])
def test_text_nodes_holding_a_needle_are_the_xpaths(needles: tuple[str, ...], limit: int) -> None:
    from lxml import etree
    from lxml import html as lxml_html

    from newsclean.html.elements import MarkedElements

    tree = lxml_html.document_fromstring(_TEXT_NODES_PAGE)
    contains = " or ".join(f"contains(., '{needle}')" for needle in needles)
    for test in (lambda text: True, lambda text: text.lstrip()[:1].isupper()):
        expected = [n for n in etree.XPath(f"//text()[{contains}]")(tree) if test(n)][:limit]
        found = MarkedElements(tree).texts_holding(needles, test, limit)
        assert found == expected
        assert [(n.getparent(), n.is_tail) for n in found] == [(n.getparent(), n.is_tail) for n in expected]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=60))
def test_an_ascii_word_count_is_the_patterns(text: str) -> None:
    from newsclean.textshape import _ascii_word_count

    assert _ascii_word_count(text) == len(re.findall(r"\w+", text))


def test_every_ascii_character_is_a_word_character_as_the_pattern_says() -> None:
    from newsclean.textshape import _ascii_word_count

    for code in range(128):
        char = chr(code)
        for text in (char, f"a{char}a", f"{char}{char}", f" {char}", f"{char} "):
            assert _ascii_word_count(text) == len(re.findall(r"\w+", text)), repr(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=60))
def test_an_ascii_fold_is_the_patterns(text: str) -> None:
    from newsclean.textshape import fold

    assert fold.__wrapped__(text) == " ".join(re.findall(r"\w+", text.lower()))


def test_every_ascii_character_folds_as_the_pattern_says() -> None:
    from newsclean.textshape import fold

    for code in range(128):
        char = chr(code)
        for text in (char, f"A{char}b", f"{char}{char}", f" {char}", f"{char} X"):
            assert fold.__wrapped__(text) == " ".join(re.findall(r"\w+", text.lower())), repr(text)
