"""Fragments in another script or language than the article's.

Script first: a block written mostly in another script than the article's (Hebrew alt text on an
English page) is foreign whatever its length.  A short foreign phrase quoted inside a paragraph
leaves most of the paragraph's letters in the article's script, so it stays.  Then, for blocks
long enough for langdetect to be right, outside the running text or inside it without a word of
the article's language, the language itself.
"""

from __future__ import annotations

from collections.abc import Iterator

import attrs

from ..kinds import Kind
from ..language import (
    detector,
    dominant_script,
    function_word_count,
    function_word_vote,
    has_function_words,
    script_share,
)
from ..model import Block
from ..page import Decision, Page
from ..textshape import ends_sentence, word_count
from .base import BlockJudge


@attrs.frozen
class ForeignScriptFilter(BlockJudge):
    """Blocks whose letters are mostly in another script than the article's."""

    name: str = "foreign_script"
    max_share: float = 0.5  # at most this share of the letters in the article's script
    kind = Kind.FOREIGN_LANGUAGE

    def judge(self, block: Block, page: Page) -> str | None:
        text = page.text_of(block.index)
        if not page.script or not any(c.isalpha() for c in text):
            return None
        if script_share(text, page.script) < self.max_share:
            return f"{dominant_script(text)} script on a {page.script}-script article"
        return None

    def __call__(self, page: Page) -> Iterator[Decision]:
        if type(self).judge is not ForeignScriptFilter.judge or not page.script:
            yield from super().__call__(page)
            return
        # on a Latin-script page an ASCII line is in the page's script, or has no letters: the
        # same answer as judge() gives, without reading its letters
        latin = page.script == "Latin"
        for block in list(page.undecided()):
            if latin and page.text_of(block.index).isascii():
                continue
            reason = self.judge(block, page)
            if reason:
                yield Decision(block.index, self.kind, reason)


# What a quotation opens with, in the languages a paragraph inside the body may be in
_QUOTATION_MARKS = (
    '"',
    "'",
    "\u00ab",
    "\u00bb",
    "\u201c",
    "\u201d",
    "\u201e",
    "\u2018",
    "\u201a",
    "\u2039",
    "\u203a",
    "-",
    "\u2013",
    "\u2014",
)


@attrs.frozen
class ForeignLanguageFilter:
    """Blocks in the article's script but another language, where langdetect can tell.

    Outside the body region, any block of ``min_words`` or more.  Inside it, only a paragraph at
    the body's edge (before the first paragraph in the article's language or after the last: a
    company's blurb in German under an English story, a consent notice in French above it) of
    ``min_words_in_body`` or more without a single function word of the article's language.  A
    paragraph between the article's own stays (a quotation, a poem, a list of names), and so does
    one that opens with a quotation mark or follows a line ending in a colon ("... as:", "En
    français :").  Such paragraphs go only while they are a small part of the body
    (``max_body_share`` of its words): more of them means the article's language was misread.
    langdetect is too often wrong on names, figures and short lines for more.
    """

    name: str = "foreign_language"
    min_words: int = 10
    min_probability: float = 0.95
    # a block holding this many of the article language's function words is in that language
    # ("Start your journey in blockchain and Web3 with ..."): no need to ask langdetect
    own_function_words: int = 2
    min_words_in_body: int = 20
    max_body_share: float = 0.25
    min_running_share: float = 0.1  # of the words of a paragraph inside the body: its language's function words

    def __call__(self, page: Page) -> Iterator[Decision]:
        if not page.language:
            return
        region = page.body
        detect = detector().detect
        own: list[int] | None = None  # the body's paragraphs in the article's language, once needed
        in_body: list[Decision] = []
        for block in list(page.undecided()):
            text = page.text_of(block.index)
            words = word_count(text)
            # names, numbers and table rows fool langdetect: only plain text outside the body
            if words < self.min_words or block.tag == "table":
                continue
            inside = block.index in region
            if inside:
                if not self._foreign_paragraph(text, words, block, page):
                    continue
                if own is None:
                    own = [i for i in region.indices() if self._own_paragraph(page, i)]
                if own and own[0] < block.index < own[-1]:
                    continue  # between the article's own paragraphs: a quotation, a poem, a list
            # the article's own function words settle most blocks at once; langdetect (slow)
            # checks the rest, and has the last word when the vote names another language
            if function_word_count(text, page.language) >= self.own_function_words:
                continue
            voted = function_word_vote(text)
            if voted == page.language:
                continue
            if not voted and not ends_sentence(text) and not inside:
                continue  # keyword lists, table rows, names: neither the vote nor langdetect can tell
            # an answer in the page's language removes nothing: langdetect may stop once it is clear
            # that no other language can reach the threshold
            lang = detect(text, min_probability=self.min_probability, vote=False, ignore=page.language)
            if lang and lang != page.language:
                decision = Decision(
                    block.index, Kind.FOREIGN_LANGUAGE, f"written in {lang!r} on an article in {page.language!r}"
                )
                if not inside:
                    yield decision
                elif function_word_count(text, lang) >= self.min_running_share * words:
                    in_body.append(decision)  # running text in that language, not names or code
        if in_body:
            body_words = sum(word_count(page.text_of(i)) for i in region.indices())
            if sum(word_count(page.text_of(d.block)) for d in in_body) <= self.max_body_share * body_words:
                yield from in_body

    def _own_paragraph(self, page: Page, index: int) -> bool:
        """Whether a block of the body is a paragraph in the article's language."""
        text = page.text_of(index)
        return (
            not page.is_decided(index)
            and word_count(text) >= self.min_words
            and function_word_count(text, page.language) >= self.own_function_words
        )

    def _foreign_paragraph(self, text: str, words: int, block: Block, page: Page) -> bool:
        """Whether a block inside the body may be another language's paragraph: long, not code,
        not a quotation or what a colon announces, and without any of the words the article's
        language cannot do without."""
        before = page.text_of(block.index - 1).rstrip() if block.index else ""
        return (
            words >= self.min_words_in_body
            and block.tag != "pre"
            and not text.lstrip().startswith(_QUOTATION_MARKS)
            and not before.endswith(":")
            and has_function_words(page.language)
            and not function_word_count(text, page.language)
        )
