"""Context-free filters for page furniture: share bars, menus and prompts known by their words.

A block goes when the furniture phrases cover most of it, or when it is short and holds one.  A
long paragraph that mentions subscribing stays: the phrases cover too little of it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

import attrs

from .._cache import page_memo
from ..kinds import Kind
from ..model import Block
from ..page import Decision, Page
from ..people import strip_by
from ..textshape import SPACE_CHARS, STOPWORDS, is_prose, word_count
from ..textshape import words as words_of
from ..vocab import phrases
from .base import BlockJudge
from .structure import NUMBERED, is_date_line
from .trigger import PhraseIndex, Trigger, word_beginnings

# A block this short is a prompt if one phrase matches anywhere in it.
SHORT_PROMPT_WORDS = 10
SHORT_PROMPT_COVERAGE = 0.3
# Otherwise the matches must cover this share of its characters.
MIN_COVERAGE = 0.5
# ... unless they are single words in a sentence: "No reply." is prose, a widget says "Reply"
_SENTENCE_END = re.compile(r"[.!?…。！？][\"'”’»)\]\s]*$")
# Bullets, pipes and punctuation at a block's edges; not "©", which is what a copyright line says.
_EDGE = re.compile(r"^[\s\-–—•·|*>»›:;,.!?_/]+|[\s\-–—•·|*<«‹:;,._/]+$")
# The same as characters to strip: what ``\s`` matches (the characters str.isspace() accepts)
# and the rest of each side's class.  ``_EDGE.sub("", text)`` is ``text.lstrip(_LEFT).rstrip(_RIGHT)``,
# without trying the right-hand pattern at every position of a long paragraph.
_LEFT = SPACE_CHARS + "-–—•·|*>»›:;,.!?_/"
_RIGHT = SPACE_CHARS + "-–—•·|*<«‹:;,._/"


def _reads_as_sentence(text: str, core: str, hits: list[re.Match[str]]) -> bool:
    """Whether ``text`` (edge-stripped: ``core``) is a sentence beside the phrases ``hits`` found in
    it: it ends as one and its other words hold a function word ("No reply.", not "Skip
    advertisement." nor "Newsletter signup!")."""
    if not _SENTENCE_END.search(text):
        return False
    rest, last = [], 0
    for m in hits:
        rest.append(core[last : m.start()])
        last = m.end()
    rest.append(core[last:])
    return any(w in STOPWORDS for w in words_of(" ".join(rest).lower()))


def _compile(patterns: tuple[str, ...]) -> re.Pattern[str]:
    # whole words only: "ad" must not match inside "road"
    return re.compile(r"(?<!\w)(?:" + "|".join(f"(?:{p})" for p in patterns) + r")(?!\w)", re.IGNORECASE)


def _core(text: str) -> str:
    """Text without the bullets, pipes and punctuation at its edges, nor the icon (an emoji)
    that opens it.  An arrow after it stays: "Read more ↓" jumps down the same article."""
    text = text.lstrip(_LEFT).rstrip(_RIGHT)
    if not text or text[0].isalnum():
        return text  # a letter or digit is not an icon
    start = 0
    while start < len(text) and _is_icon(text[start]):
        start += 1
    return text[start:].lstrip(_LEFT).rstrip(_RIGHT) if start else text


def _core_words(text: str, core: str) -> int:
    """The word count of ``core``, the edge-stripped form of ``text``, from the (shared, cached)
    count of ``text``: what the edges lose is never part of a word, unless it holds a "_"."""
    if len(core) == len(text) or "_" not in text:
        return word_count(text)
    return word_count(core)


def _is_icon(char: str) -> bool:
    # a symbol (emoji, arrow, dingbat) or the variation selector that follows an emoji; not "©"
    return char.isspace() or (char not in "©" and unicodedata.category(char) in ("So", "Sk", "Sm", "Mn"))


# The lines' word beginnings are read once for the page up to this many words (all but the
# disclaimer filter read no longer lines); a filter that reads longer lines reads their beginnings
# itself, for those lines only.
_PAGE_LINE_WORDS = 80


def _page_lines(page: Page) -> list[tuple[int, str, int, frozenset[str] | None]]:
    """(index, edge-stripped text, its word count, its word beginnings) of every block of ``page``
    whose stripped text is not empty, worked out once for all the phrase filters and the navigation
    filter.  The beginnings are None for a line of more than ``_PAGE_LINE_WORDS`` words."""
    memo = page_memo(page)
    # a cut changes a block's text, new blocks change them all: the lines are read again
    version = len(page.cuts)
    found = memo.get("phrase_lines")
    if found is not None and found[0] == version and found[2] is page.blocks:
        lines: list[tuple[int, str, int, frozenset[str] | None]] = found[1]
        return lines
    lines = []
    text_of = page.text_of
    for block in page.blocks:
        text = text_of(block.index)
        stripped = _core(text)
        core = _unrepeated(stripped)
        if core:
            n = _core_words(text, core) if core is stripped else word_count(core)
            lines.append((block.index, core, n, word_beginnings(core) if n <= _PAGE_LINE_WORDS else None))
    memo["phrase_lines"] = (version, lines, page.blocks)
    return lines


@attrs.frozen
class PhraseFilter(BlockJudge):
    """Remove blocks made of the phrases of one kind of furniture."""

    name: str
    kind: Kind
    patterns: tuple[str, ...] = attrs.field(repr=False)
    max_words: int = 40
    min_coverage: float = MIN_COVERAGE
    # what the reason calls the piece, when the kind's description is too wide for it
    label: str = ""
    _regex: re.Pattern[str] = attrs.field(init=False, repr=False, eq=False)
    _trigger: Trigger = attrs.field(init=False, repr=False, eq=False)
    _index: PhraseIndex = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        index = PhraseIndex(self.patterns, _compile)
        object.__setattr__(self, "_index", index)
        object.__setattr__(self, "_regex", index.full)
        object.__setattr__(self, "_trigger", Trigger(self.patterns))

    def match(self, text: str) -> str | None:
        core = _core(text)
        if not core:
            return None
        n = word_count(core)
        if n > self.max_words:
            return None
        return self._match_core(core, n, word_beginnings(core), text=text)

    def _match_core(self, core: str, n: int, beginnings: frozenset[str], text: str = "") -> str | None:
        """What :meth:`match` finds in ``core``, the edge-stripped form of ``text``, of ``n`` words
        (at most ``max_words``) and these word beginnings."""
        # only the phrases the line's word beginnings allow are tried (see PhraseIndex)
        regex = self._index.regex_for(beginnings)
        if regex is None:
            return None
        hits = [m for m in regex.finditer(core) if m.end() > m.start()]
        if not hits:
            return None
        if regex.fullmatch(core):
            return core
        coverage = sum(m.end() - m.start() for m in hits) / len(core)
        if coverage >= self.min_coverage:
            if n > 1 and all(" " not in m.group(0) for m in hits) and _reads_as_sentence(text, core, hits):
                # "No reply.", "Advertising – earned and paid advertising.": a sentence holding a
                # widget's word is prose (the widget is its word alone, or with a count)
                return None
            return hits[0].group(0)
        # a short block holding a phrase of several words ("Get unlimited access to ...") is a
        # prompt; one word ("report", "ad") in a short line is not enough
        longest = max(hits, key=lambda m: len(m.group(0).split()))
        if n <= SHORT_PROMPT_WORDS and len(longest.group(0).split()) >= 2 and coverage >= SHORT_PROMPT_COVERAGE:
            return longest.group(0)
        return None

    def judge(self, block: Block, page: Page) -> str | None:
        hit = self.match(page.text_of(block.index))
        return None if hit is None else f"{self.label or self.kind.description}: matches {hit!r}"

    def __call__(self, page: Page) -> Iterator[Decision]:
        cls = type(self)
        if cls.judge is not PhraseFilter.judge or cls.match is not PhraseFilter.match:
            yield from super().__call__(page)  # a subclass judges in its own way
            return
        # the same decisions as judging every undecided block, from the page's lines read once:
        # a line none of whose word beginnings starts a phrase is passed over in one set test
        decided, max_words, needed = page.decisions, self.max_words, self._index.beginnings
        if self._index.always:
            candidates = [line for line in _page_lines(page) if line[2] <= max_words]
        else:
            # a line longer than the page's lines are read for has no beginnings yet: it is tried
            candidates = [
                line
                for line in _page_lines(page)
                if line[2] <= max_words and (line[3] is None or not needed.isdisjoint(line[3]))
            ]
        for index, core, n, beginnings in candidates:
            if index in decided:
                continue
            hit = self._match_core(
                core,
                n,
                word_beginnings(core) if beginnings is None else beginnings,
                text=page.text_of(index),
            )
            if hit is not None:
                yield Decision(index, self.kind, f"{self.label or self.kind.description}: matches {hit!r}")


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
        return self._judge_core(core)

    def _judge_core(self, core: str, words: int | None = None, beginnings: frozenset[str] | None = None) -> str | None:
        """The reason ``core`` (a block's edge-stripped text) is a widget, or None; ``words`` and
        ``beginnings``, when given, are its word count and word beginnings, known already (a line of
        :func:`_page_lines`, whose repeats are folded already)."""
        text = core
        if words is None:
            core = _unrepeated(core)
        # a line of share words only has no word beginning nor symbol beyond theirs, the
        # separators and ":" (see _SHARE_BEGINNINGS): most lines are told so by one set test
        if beginnings is None or words is None or beginnings <= _SHARE_BEGINNINGS:
            # lower-cased whole: no character lowers to a separator or from one (checked for all)
            toks = [t for t in _TOKEN_SEPARATORS.split(core.lower()) if t]
            if toks and len(toks) <= self.max_words:
                if all(t.strip(":") in _SHARE_WORDS for t in toks) and any(t.strip(":") not in _FILLER for t in toks):
                    return f"share or menu widget: only share words ({core!r})"
        phrases_ = self._phrases
        if core is text and words is not None and beginnings is not None and _core(core) == core:
            # what ``phrases_.match(core)`` reads, known already; a line none of whose words starts
            # a phrase is passed over in one set test, as the phrase filters pass over it
            index = phrases_._index
            if words > phrases_.max_words or (not index.always and index.beginnings.isdisjoint(beginnings)):
                hit = None
            else:
                hit = phrases_._match_core(core, words, beginnings, text=text)
        else:
            hit = phrases_.match(core)
        if hit is None:
            return None
        if hit != core and (strip_by(core) is not None or is_date_line(core)):
            # "By Jane Doe • 5 min read", "Jun 08, 2023 • 11 Minute Read": a byline or a date line
            # with the story's reading time, for the byline and date filters to read
            return None
        return f"navigation phrase {hit!r}"

    def __call__(self, page: Page) -> Iterator[Decision]:
        if type(self).judge is not NavigationFilter.judge:
            yield from super().__call__(page)  # a subclass judges in its own way
            return
        # the same decisions as judging every undecided block (a block whose stripped text is
        # empty is never a widget), from the page's lines read once
        decided = page.decisions
        for index, core, words, beginnings in _page_lines(page):
            if index in decided or len(core) > MAX_WIDGET_CHARS:
                continue
            reason = self._judge_core(core, words, beginnings)
            if reason:
                yield Decision(index, self.kind, reason)


_TOKEN_SEPARATORS = re.compile(r"[\s|/•·,]+")
# The word beginnings (word_beginnings) a line made of share words can have: those of the share
# words, their separators' symbols and ":".  A line's beginnings come from its case-folded words,
# which are those of its lower-cased tokens folded (a character folds as its lower case does), and
# from its own symbols (a share word's symbols are ones no other character lowers to: tested).
_SHARE_BEGINNINGS = frozenset().union(*map(word_beginnings, _SHARE_WORDS), "|/•·,:")


def _unrepeated(core: str) -> str:
    """``core`` once when it is a short label scraped twice or more ("AdvertisementAdvertisement"),
    else ``core`` itself."""
    if len(core) <= MAX_WIDGET_CHARS and _may_repeat(core) and (m := _REPEAT.match(core)):
        return m.group(1)
    return core


def _may_repeat(core: str) -> bool:
    """Whether ``core`` may be a text repeated (what ``_REPEAT`` matches): an ASCII text can only
    be one if it is 6 characters or more and its first three come again after them (any case)."""
    if not core.isascii():
        return True  # case-insensitive equality beyond ASCII is the regular expression's to tell
    if len(core) < 6:
        return False
    low = core.lower()
    return low.find(low[:3], 3) >= 0


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
                if (_TEASER_PREFIX.match(text) or _TEASER_HEADING.fullmatch(_core(text))) and not _opens_fields(
                    page, block.index
                ):
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
        # a consent tool's paragraphs on its cookies: long, and each opens with its subject
        PhraseFilter(
            "consent",
            Kind.COOKIE,
            phrases.CONSENT_PHRASES,
            max_words=200,
            min_coverage=0.0,
            label="a consent tool's account of its cookies",
        ),
        PhraseFilter("comments", Kind.COMMENTS, phrases.COMMENTS_PHRASES, max_words=20),
        PhraseFilter("advertisement", Kind.ADVERTISEMENT, phrases.ADVERTISEMENT_PHRASES, max_words=12),
        # a call to action is a button: short, and all of it is the phrase
        PhraseFilter("call_to_action", Kind.ADVERTISEMENT, phrases.CALL_TO_ACTION_PHRASES, max_words=8),
        # an affiliate disclosure is a sentence or two, and says so in a clause: one phrase is enough
        PhraseFilter("disclosure", Kind.ADVERTISEMENT, phrases.DISCLOSURE_PHRASES, max_words=60, min_coverage=0.3),
        PhraseFilter("legal", Kind.LEGAL, phrases.LEGAL_PHRASES, max_words=40),
        # a "not advice" disclaimer is a paragraph of fine print around one clause
        PhraseFilter(
            "disclaimer",
            Kind.LEGAL,
            phrases.DISCLAIMER_PHRASES,
            max_words=150,
            min_coverage=0.0,
            label="a 'not advice' disclaimer",
        ),
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


# A field of a specification: a name of up to three words, a colon and its value ("OS: Windows 11")
_FIELD = re.compile(r"([^\W\d_][\w&/()'’ -]{0,30}):\s+\S")
MAX_FIELD_NAME_WORDS = 3
FIELDS_TO_SPECIFY = 2


def _opens_fields(page: Page, label_at: int) -> bool:
    """Whether the two blocks after a label are fields: the label heads a specification (one
    headline with a colon, "Doctors stunned: ...", is still a teaser)."""
    after = range(label_at + 1, label_at + 1 + FIELDS_TO_SPECIFY)
    return after[-1] < len(page.blocks) and all(_is_field(page.text_of(j)) and not page.is_decided(j) for j in after)


def _is_field(text: str) -> bool:
    field = _FIELD.match(text)
    return (
        field is not None
        and word_count(field[1]) <= MAX_FIELD_NAME_WORDS
        and _box_label(field[1]) is None  # not "Read more: <headline>"
    )


@attrs.frozen
class LabelledBoxFilter:
    """The items under a box's label: "Sponsored content" (advertisements), "Related stories",
    "Other stories:", "Lire aussi" (teasers).  Items are short lines; the box ends at running
    text or at a block of another kind."""

    name: str = "boxes"

    def __call__(self, page: Page) -> Iterator[Decision]:
        # every block whose stripped text is short enough to be a label (an empty one is not)
        for index, label, words, _ in _page_lines(page):
            if words > MAX_LABEL_WORDS:
                continue
            found = _box_label(label)
            if found is None:
                continue
            kind, what = found
            if _opens_fields(page, index):
                continue  # "Recommended:" over "Memory: 16 GB": a specification, not a box of links
            if not page.is_decided(index):
                yield Decision(index, kind, f"label of {what} ({label!r})")
            yield from self._items(page, index, kind, label)

    @staticmethod
    def _items(page: Page, label_at: int, kind: Kind, label: str) -> Iterator[Decision]:
        items = 0
        for j in range(label_at + 1, len(page.blocks)):
            text = page.text_of(j)
            if items >= MAX_BOX_ITEMS or word_count(text) > MAX_BOX_ITEM_WORDS or is_prose(text):
                return
            if _box_label(_core(text)) is not None:
                return  # the next box begins
            if _next_section(page, label_at, j, text):
                return  # "2. Conduct keyword research" after "1. ...": the article's next section
            if page.is_decided(j):
                if page.kind_of(j) not in (kind, *_INSIDE_BOXES):
                    return  # the next box (comments, footer) has begun
                continue
            items += 1
            yield Decision(j, kind, f"listed under the {label!r} label")


def _next_section(page: Page, label_at: int, at: int, text: str) -> bool:
    """Whether the line at ``at``, in the box labelled at ``label_at``, is numbered next after a
    line above the label, and after none of the box's own lines: the article's numbered sections
    go on there (a box of numbered headlines counts from its own first line)."""
    numbered = NUMBERED.match(text)
    if numbered is None or (number := int(numbered[1])) < 2:
        return False
    before = f"{number - 1}{numbered[2]}"
    if any(_starts_numbered(page.text_of(k), before) for k in range(label_at + 1, at)):
        return False
    return any(_starts_numbered(page.text_of(k), before) for k in range(label_at))


def _starts_numbered(text: str, number: str) -> bool:
    return text.startswith(number) and NUMBERED.match(text) is not None


# A newsletter's box: what stands between two of its lines is its too ("Sign up to First Edition" /
# "Our morning email breaks down the key stories of the day" / "after newsletter promotion")
MAX_PROMPT_BOX_WORDS = 60
PROMPT_BOX_REACH = 2  # the box's next line is this close below a short line (a sentence: right below)


@attrs.frozen
class PromptBoxFilter:
    """The lines inside a newsletter's sign-up box that name no prompt phrase: its blurb, its
    privacy notice.  A short block whose line above is a newsletter prompt, with another at most two
    lines below, is part of that box; a sentence only when it stands right between the two, and
    never a byline or a date line.  (Paywall prompts are left out: a scraped paywall page stands its
    prompts above and below the story's own paragraphs.)"""

    name: str = "prompt_box"

    def __call__(self, page: Page) -> Iterator[Decision]:
        n = len(page.blocks)
        inside: set[int] = set()  # the lines found in the box here: the next line may follow them

        def in_box(i: int) -> bool:
            return i in inside or page.kind_of(i) is Kind.NEWSLETTER

        for i in range(1, n - 1):
            if not in_box(i - 1) or page.is_decided(i):
                continue
            text = page.text_of(i)
            if word_count(text) > MAX_PROMPT_BOX_WORDS or strip_by(text) is not None or is_date_line(text):
                continue
            reach = 1 if is_prose(text) else PROMPT_BOX_REACH
            if any(in_box(j) for j in range(i + 1, min(i + 1 + reach, n))):
                inside.add(i)
                yield Decision(i, Kind.NEWSLETTER, "inside a newsletter's sign-up box, between two of its lines")


_COLOPHON = _compile(phrases.COLOPHON_PHRASES)
_OF_WORK = re.compile(r"(?:production|publication) of", re.IGNORECASE)  # what every colophon holds
MAX_COLOPHON_WORDS = 60


@attrs.frozen
class ColophonFilter(BlockJudge):
    """A publisher's colophon under the story: a paragraph that opens by naming who publishes the
    page ("Cartalk.com is a production of Cartalk Digital Inc. We offer ..."), the blurb after it
    with it.  Its subject is a name in capitals or "this podcast", "this site": a story's "Her
    latest film is a production of Warner Bros." stays.  (Not a phrase filter: its first words
    are any name, so no word beginning tells which lines may hold it; "production of" or
    "publication of" does, tested first.)"""

    name: str = "colophon"
    kind = Kind.LEGAL

    def judge(self, block: Block, page: Page) -> str | None:
        text = page.text_of(block.index)
        if not _OF_WORK.search(text):
            return None
        if word_count(text) > MAX_COLOPHON_WORDS or (found := _COLOPHON.match(_core(text))) is None:
            return None
        return f"the publisher's colophon: {found.group(0)!r}"


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
