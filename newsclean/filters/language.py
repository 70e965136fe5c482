"""Fragments in another script or language than the article's.

Script first: a block written mostly in another script than the article's (Hebrew alt text on an
English page) is foreign whatever its length.  A short foreign phrase quoted inside a paragraph
leaves most of the paragraph's letters in the article's script, so it stays.  Then, for blocks
long enough for langdetect to be right and outside the running text, the language itself.
"""

from __future__ import annotations

from collections.abc import Iterator

import attrs

from ..kinds import Kind
from ..language import detector, dominant_script, function_word_count, function_word_vote, script_share
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


@attrs.frozen
class ForeignLanguageFilter:
    """Blocks in the article's script but another language, where langdetect can tell.

    Only blocks outside the body region are checked: inside it, a paragraph quoted in another
    language stays, and langdetect is too often wrong on names, figures and short lines.
    """

    name: str = "foreign_language"
    min_words: int = 10
    min_probability: float = 0.95
    # a block holding this many of the article language's function words is in that language
    # ("Start your journey in blockchain and Web3 with ..."): no need to ask langdetect
    own_function_words: int = 2

    def __call__(self, page: Page) -> Iterator[Decision]:
        if not page.language:
            return
        region = page.body
        detect = detector().detect
        for block in list(page.undecided()):
            text = page.text_of(block.index)
            # names, numbers and table rows fool langdetect: only plain text outside the body
            if word_count(text) < self.min_words or block.tag == "table" or block.index in region:
                continue
            # the article's own function words settle most blocks at once; langdetect (slow)
            # checks the rest, and has the last word when the vote names another language
            if function_word_count(text, page.language) >= self.own_function_words:
                continue
            voted = function_word_vote(text)
            if voted == page.language:
                continue
            if not voted and not ends_sentence(text):
                continue  # keyword lists, table rows, names: neither the vote nor langdetect can tell
            # an answer in the page's language removes nothing: langdetect may stop once it is clear
            # that no other language can reach the threshold
            lang = detect(text, min_probability=self.min_probability, vote=False, ignore=page.language)
            if lang and lang != page.language:
                yield Decision(
                    block.index, Kind.FOREIGN_LANGUAGE, f"written in {lang!r} on an article in {page.language!r}"
                )
