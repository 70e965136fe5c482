"""Context-free filters for page furniture: share bars, menus and prompts known by their words.

A block goes when the furniture phrases cover most of it, or when it is short and holds one.  A
long paragraph that mentions subscribing stays: the phrases cover too little of it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

import attrs

from .._cache import line_cache
from ..kinds import Kind
from ..model import Block
from ..page import Decision, Page
from ..textshape import is_prose, word_count
from ..vocab import phrases
from .base import BlockJudge
from .trigger import Trigger

# A block this short is a prompt if one phrase matches anywhere in it.
SHORT_PROMPT_WORDS = 10
SHORT_PROMPT_COVERAGE = 0.3
# Otherwise the matches must cover this share of its characters.
MIN_COVERAGE = 0.5
# Bullets, pipes and punctuation at a block's edges; not "©", which is what a copyright line says.
_EDGE = re.compile(r"^[\s\-–—•·|*>»›:;,.!?_/]+|[\s\-–—•·|*<«‹:;,._/]+$")


def _compile(patterns: tuple[str, ...]) -> re.Pattern[str]:
    # whole words only: "ad" must not match inside "road"
    return re.compile(r"(?<!\w)(?:" + "|".join(f"(?:{p})" for p in patterns) + r")(?!\w)", re.IGNORECASE)


@line_cache
def _core(text: str) -> str:
    """Text without the bullets, pipes and punctuation at its edges, nor the icon (an emoji)
    that opens it.  An arrow after it stays: "Read more ↓" jumps down the same article."""
    text = _EDGE.sub("", text)
    start = 0
    while start < len(text) and _is_icon(text[start]):
        start += 1
    return _EDGE.sub("", text[start:]) if start else text


def _is_icon(char: str) -> bool:
    # a symbol (emoji, arrow, dingbat) or the variation selector that follows an emoji; not "©"
    return char.isspace() or (char not in "©" and unicodedata.category(char) in ("So", "Sk", "Sm", "Mn"))


@attrs.frozen
class PhraseFilter(BlockJudge):
    """Remove blocks made of the phrases of one kind of furniture."""

    name: str
    kind: Kind
    patterns: tuple[str, ...] = attrs.field(repr=False)
    max_words: int = 40
    min_coverage: float = MIN_COVERAGE
    _regex: re.Pattern[str] = attrs.field(init=False, repr=False, eq=False)
    _trigger: Trigger = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_regex", _compile(self.patterns))
        object.__setattr__(self, "_trigger", Trigger(self.patterns))

    def match(self, text: str) -> str | None:
        core = _core(text)
        if not core:
            return None
        n = word_count(core)
        if n > self.max_words or not self._trigger.may_match(core):
            return None
        hits = [m for m in self._regex.finditer(core) if m.end() > m.start()]
        if not hits:
            return None
        if self._regex.fullmatch(core):
            return core
        coverage = sum(m.end() - m.start() for m in hits) / len(core)
        if coverage >= self.min_coverage:
            return hits[0].group(0)
        # a short block holding a phrase of several words ("Get unlimited access to ...") is a
        # prompt; one word ("report", "ad") in a short line is not enough
        longest = max(hits, key=lambda m: len(m.group(0).split()))
        if n <= SHORT_PROMPT_WORDS and len(longest.group(0).split()) >= 2 and coverage >= SHORT_PROMPT_COVERAGE:
            return longest.group(0)
        return None

    def judge(self, block: Block, page: Page) -> str | None:
        hit = self.match(page.text_of(block.index))
        return None if hit is None else f"{self.kind.description}: matches {hit!r}"


_SHARE_WORDS = frozenset(phrases.SHARE_WORDS)
_FILLER = frozenset(
    {"in", "on", "this", "the", "to", "a", "de", "par", "per", "por", "auf", "sur", "en", "op", "via", "us", "x"}
)
_REPEAT = re.compile(r"^(.{3,}?)\1+$", re.IGNORECASE)
MAX_WIDGET_CHARS = 200


@attrs.frozen
class NavigationFilter(BlockJudge):
    """Share bars and menus: blocks made only of share words, or a known navigation phrase.

    A widget scraped twice reads ``Send in e-mailSend in e-mail``; the repeat is folded first.
    """

    name: str = "navigation"
    max_words: int = 12
    _phrases: PhraseFilter = attrs.field(
        init=False,
        repr=False,
        eq=False,
        default=PhraseFilter("navigation-phrases", Kind.NAVIGATION, phrases.NAVIGATION_PHRASES, max_words=12),
    )

    kind = Kind.NAVIGATION

    def judge(self, block: Block, page: Page) -> str | None:
        core = _core(page.text_of(block.index))
        if len(core) > MAX_WIDGET_CHARS:
            return None  # a share bar is short; long text is never one (and the repeat test is costly)
        m = _REPEAT.match(core)
        if m:
            core = m.group(1)
        toks = [t.lower() for t in re.split(r"[\s|/•·,]+", core) if t]
        if toks and len(toks) <= self.max_words and all(t.strip(":") in _SHARE_WORDS for t in toks):
            if any(t.strip(":") not in _FILLER for t in toks):
                return f"share or menu widget: only share words ({core!r})"
        hit = self._phrases.match(core)
        if hit is not None:
            return f"navigation phrase {hit!r}"
        return None


_TEASER_PREFIX = re.compile(
    r"^\W*(?:" + "|".join(phrases.TEASER_PREFIXES) + r")\s*(?:[:|>»›–—-]|\.\.\.|…)", re.IGNORECASE
)


# A section heading over other stories: "Related stories", "More on this story", "Most read".
_TEASER_HEADING = re.compile(r"(?:" + "|".join(phrases.TEASER_PREFIXES) + r")(?:\s+\w+){0,3}", re.IGNORECASE)


@attrs.frozen
class RelatedLinkFilter:
    """'Read more: ...', 'Related: ...', 'Lire aussi : ...': links to other stories, even mid-body."""

    name: str = "related"
    max_words: int = 30

    def __call__(self, page: Page) -> Iterator[Decision]:
        for block in list(page.undecided()):
            text = page.text_of(block.index)
            if word_count(text) <= self.max_words:
                if _TEASER_PREFIX.match(text) or _TEASER_HEADING.fullmatch(_core(text)):
                    yield Decision(block.index, Kind.TEASER, f"link to another story ({text[:40]!r})")


def phrase_filters() -> tuple[PhraseFilter, ...]:
    """The phrase filters of the default chain, in order."""
    # Order matters where phrases overlap: "Sign up for our newsletter" is a newsletter prompt, not
    # a login; "Already a subscriber? Sign in" is a login, not an offer.
    return (
        PhraseFilter("newsletter", Kind.NEWSLETTER, phrases.NEWSLETTER_PHRASES),
        PhraseFilter("login", Kind.LOGIN, phrases.LOGIN_PHRASES, max_words=20),
        PhraseFilter("paywall", Kind.PAYWALL, phrases.PAYWALL_PHRASES),
        # a cookie notice is long and says "cookies" once: one phrase is enough
        PhraseFilter("cookie", Kind.COOKIE, phrases.COOKIE_PHRASES, max_words=80, min_coverage=0.0),
        PhraseFilter("comments", Kind.COMMENTS, phrases.COMMENTS_PHRASES, max_words=20),
        PhraseFilter("advertisement", Kind.ADVERTISEMENT, phrases.ADVERTISEMENT_PHRASES, max_words=12),
        # a call to action is a button: short, and all of it is the phrase
        PhraseFilter("call_to_action", Kind.ADVERTISEMENT, phrases.CALL_TO_ACTION_PHRASES, max_words=8),
        # an affiliate disclosure is a sentence or two, and says so in a clause: one phrase is enough
        PhraseFilter("disclosure", Kind.ADVERTISEMENT, phrases.DISCLOSURE_PHRASES, max_words=60, min_coverage=0.3),
        PhraseFilter("legal", Kind.LEGAL, phrases.LEGAL_PHRASES, max_words=40),
    )


_SPONSORED_LABEL = _compile(phrases.SPONSORED_LABELS)
_RELATED_LABEL = re.compile(r"(?:" + "|".join(phrases.TEASER_PREFIXES) + r")(?:\s+\w+){0,3}", re.IGNORECASE)
# Items of a box are headlines; running text this long means the box has ended.
MAX_BOX_ITEM_WORDS = 25
MAX_BOX_ITEMS = 12
MAX_LABEL_WORDS = 6
# What a box of teasers holds besides its items: kickers in another script, images' captions.
_INSIDE_BOXES = (Kind.FOREIGN_LANGUAGE, Kind.CAPTION, Kind.CREDIT, Kind.DATE)


def _box_label(text: str) -> tuple[Kind, str] | None:
    """(kind of the box's items, what the box is) when ``text`` is a box's label."""
    if not text or word_count(text) > MAX_LABEL_WORDS:
        return None
    if _SPONSORED_LABEL.fullmatch(text):
        return Kind.ADVERTISEMENT, "a box of paid links"
    if _RELATED_LABEL.fullmatch(text):
        return Kind.TEASER, "a box of links to other stories"
    return None


@attrs.frozen
class LabelledBoxFilter:
    """The items under a box's label: "Sponsored content" (advertisements), "Related stories",
    "Other stories:", "Lire aussi" (teasers).  Items are short lines; the box ends at running
    text or at a block of another kind."""

    name: str = "boxes"

    def __call__(self, page: Page) -> Iterator[Decision]:
        for block in page.blocks:
            label = _core(page.text_of(block.index))
            found = _box_label(label)
            if found is None:
                continue
            kind, what = found
            if not page.is_decided(block.index):
                yield Decision(block.index, kind, f"label of {what} ({label!r})")
            yield from self._items(page, block.index, kind, label)

    @staticmethod
    def _items(page: Page, label_at: int, kind: Kind, label: str) -> Iterator[Decision]:
        items = 0
        for j in range(label_at + 1, len(page.blocks)):
            text = page.text_of(j)
            if items >= MAX_BOX_ITEMS or word_count(text) > MAX_BOX_ITEM_WORDS or is_prose(text):
                return
            if _box_label(_core(text)) is not None:
                return  # the next box begins
            if page.is_decided(j):
                if page.kind_of(j) not in (kind, *_INSIDE_BOXES):
                    return  # the next box (comments, footer) has begun
                continue
            items += 1
            yield Decision(j, kind, f"listed under the {label!r} label")


_AUTHOR_BIO = _compile(phrases.AUTHOR_BIO)
MAX_BIO_WORDS = 60


@attrs.frozen
class AuthorBioFilter(BlockJudge):
    """An author's biography or contact line, as news sites print under the story."""

    name: str = "author_bio"
    kind = Kind.BYLINE

    def judge(self, block: Block, page: Page) -> str | None:
        text = page.text_of(block.index)
        if word_count(text) <= MAX_BIO_WORDS and _AUTHOR_BIO.match(text):
            return "the author's biography or contact line"
        return None
