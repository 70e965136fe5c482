"""Boxes inside a page's content that its markup marks as apart from the story.

trafilatura keeps what sits among the story's paragraphs, and that includes the site's own boxes:
"Want to win more jobs with less effort?" in a ``<div class="post-cta">``, a ``promo`` card, a
pop-up's text, a disclaimer, a list of related stories, a cookie notice.  Their words read like
the story's, so the filters cannot tell them by wording; the class the page gives them says what
they are.  Only small elements count: a class word on the element that wraps the whole article
(``<div class="above-cta">``) says nothing about its text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from lxml import etree

from .._joined import JoinedTexts
from ..kinds import Kind
from ..page import MarkedBox
from ..pagetype import ARTICLE
from ..textshape import fold, word_count
from .elements import MarkedElements

# class or id words that mark a box apart from the story, and what its text is then
BOX_WORDS: dict[str, Kind] = {
    "cta": Kind.ADVERTISEMENT,  # call to action
    "ctas": Kind.ADVERTISEMENT,
    "calltoaction": Kind.ADVERTISEMENT,
    "promo": Kind.ADVERTISEMENT,
    "promos": Kind.ADVERTISEMENT,
    "popup": Kind.ADVERTISEMENT,
    "modal": Kind.ADVERTISEMENT,
    "disclaimer": Kind.LEGAL,
    "related": Kind.TEASER,
    "recent": Kind.TEASER,
    "excerpt": Kind.TEASER,
    "cookie": Kind.COOKIE,
    "cookies": Kind.COOKIE,
    "consent": Kind.COOKIE,
    "gdpr": Kind.COOKIE,
    "newsletter": Kind.NEWSLETTER,
    "newsletters": Kind.NEWSLETTER,
    "signup": Kind.NEWSLETTER,
    "optin": Kind.NEWSLETTER,
    "paywall": Kind.PAYWALL,
    "regwall": Kind.PAYWALL,
    "login": Kind.LOGIN,
    "signin": Kind.LOGIN,
    "comments": Kind.COMMENTS,
    "breadcrumb": Kind.NAVIGATION,
    "breadcrumbs": Kind.NAVIGATION,
    "tags": Kind.NAVIGATION,
    "share": Kind.NAVIGATION,
    "sharing": Kind.NAVIGATION,
    "sponsor": Kind.ADVERTISEMENT,
    "sponsored": Kind.ADVERTISEMENT,
    "author": Kind.BYLINE,
    "bio": Kind.BYLINE,
}
# "call-to-action", "callToAction": the words apart
_WORD_RUNS: tuple[tuple[tuple[str, ...], Kind], ...] = ((("call", "to", "action"), Kind.ADVERTISEMENT),)
# Boxes that are a service page's or a listing's own content ("Request a quote" is what a service
# page is for): they count on pages that read as stories only
STORY_ONLY_WORDS = frozenset({"cta", "ctas", "calltoaction", "call-to-action", "excerpt"})
# A box holds at most this many words: more is a section of the page, not a box in it
MAX_BOX_WORDS = 120
_MAX_BOX_CHARS = 30 * MAX_BOX_WORDS  # longer, the words are counted before the text is folded
_UNSEEN = frozenset({"script", "style", "noscript", "template"})
# A list's items: boxes of these words that hold over MAX_BOXES_SHARE of the reading's words are
# what the page is (a blog's list of posts), not boxes apart from it
LIST_ITEM_WORDS = frozenset({"excerpt"})
# A page has a few boxes; one with thousands (every paragraph marked "promo") would make the filter
# look for each block in all of them, so no more than this many are read
MAX_BOXES = 200
# Boxes of one class word holding more than this share of the reading's words are its content
MAX_BOXES_SHARE = 0.5
# Never boxes, whatever their class says: the page's frame
_NOT_BOXES = frozenset({"html", "body", "main", "article"})
# Words that say what an element does rather than what it holds count on blocks only: a link
# marked "external-popup" opens a pop-up, it is no pop-up's text (a "cta" link is a call to action)
_BLOCK_ONLY_WORDS = frozenset({"popup", "modal"})
_INLINE = frozenset({"a", "span", "strong", "em", "b", "i", "u", "small", "sup", "sub", "button", "label"})

# What a box word's class or id must hold (lower-cased) before it is split into words: the box
# words, of which only those holding no other are searched for ("cookie" finds "cookies" too)
_NEEDLES = {*BOX_WORDS, *(run[0] for run, _kind in _WORD_RUNS)}
_SEARCHED = tuple(sorted(w for w in _NEEDLES if not any(other != w and other in w for other in _NEEDLES)))
# "BlogStickyCta", "CTABanner": a word begins at a capital after a small letter, or at the last
# capital of a run followed by a small letter
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
_SPLIT = re.compile(r"[^a-z]+")


def _words(names: str) -> list[str]:
    """The words of a class or id attribute: "BlogStickyCta_wrap" is blog, sticky, cta, wrap."""
    return _SPLIT.split(_CAMEL.sub(" ", names).lower())


def _box_kind(tag: str, cls: str, id_: str) -> tuple[Kind, str] | None:
    """The kind an element's class or id words give it as a box, and the word, if any."""
    words = _words(f"{cls} {id_}")
    inline = tag in _INLINE
    for word in words:
        kind = BOX_WORDS.get(word)
        if kind is not None and not (inline and word in _BLOCK_ONLY_WORDS):
            return kind, word
    for run, kind in _WORD_RUNS:
        for i in range(len(words) - len(run) + 1):
            if tuple(words[i : i + len(run)]) == run:
                return kind, "-".join(run)
    return None


def boxes_apart(boxes: tuple[MarkedBox, ...], reads_as: str, reading: Iterable[str]) -> tuple[MarkedBox, ...]:
    """The ``boxes`` that stand apart from the content of a page whose text reads as ``reads_as``
    (a page type, "" when not known) and whose reading holds the texts ``reading``: on a page
    that does not read as a story, its calls to action are its content, and list items that hold
    most of the reading's words are what the page is (a list of excerpts)."""
    story = reads_as in ("", ARTICLE)
    kept = [box for box in boxes if story or box.word not in STORY_ONLY_WORDS]
    words: dict[str, int] = {}
    for box in kept:
        if box.word in LIST_ITEM_WORDS:
            words[box.word] = words.get(box.word, 0) + word_count(box.text)
    if words:  # the reading is counted only on a page with list items in boxes
        limit = MAX_BOXES_SHARE * sum(word_count(text) for text in reading)
        kept = [box for box in kept if words.get(box.word, 0) <= limit]
    return tuple(kept)


def _classes(el: Any) -> str:
    """``.a.b``: an element's first three classes, as a removal's reason names its place."""
    classes = (el.get("class") or "").split()[:3]
    return "".join(f".{c}" for c in classes) or (f"#{el.get('id')}" if el.get("id") else "")


def _candidates(
    page: MarkedElements, names: JoinedTexts, searched: tuple[str, ...]
) -> list[tuple[Any, str, str, str, str]]:
    """The page's elements whose class or id holds one of ``searched`` as a substring, in document
    order, each once (``names``: :func:`_names`; a search per element, or one regular expression
    of all the strings, cost more than all the rest)."""
    hits = sorted({i for needle in searched for i in names.holding(needle)})
    return [page.elements[i] for i in hits]


_COMMENT_WORDS = frozenset({"comment", "comments", "reply", "replies"})
_COMMENT_SEARCHED = ("comment", "repl")


def _comment_marks(page: MarkedElements, names: JoinedTexts) -> set[Any]:
    """The elements whose class or id says they are a reader's comment or a comment thread."""
    return {
        el
        for el, _tag, cls, _itemprop, id_ in _candidates(page, names, _COMMENT_SEARCHED)
        if not _COMMENT_WORDS.isdisjoint(_words(f"{cls} {id_}"))
    }


def _in_comments(el: Any, marks: set[Any]) -> bool:
    """Whether ``el`` is a reader's comment or sits in a comment thread ("comment-author-jane")."""
    return bool(marks) and (el in marks or any(a in marks for a in el.iterancestors()))


def _shown_texts(el: Any) -> list[str]:
    """The text pieces under ``el`` in document order, as ``itertext()`` gives them but without
    what a reader does not see: a sign-up box often carries its own ``<style>`` or ``<script>``."""
    pieces: list[str] = []
    walk = etree.iterwalk(el, events=("start", "end", "comment", "pi"))
    for event, node in walk:
        if event == "start":
            if node.tag in _UNSEEN:
                walk.skip_subtree()  # its end still comes, with the text after it
            elif node.text:
                pieces.append(node.text)
        elif node is not el and node.tail:  # the text after an element, a comment or a PI
            pieces.append(node.tail)
    return pieces


def marked_boxes(page: MarkedElements) -> tuple[MarkedBox, ...]:
    """The small elements of the page whose class or id marks them as a box apart from the story,
    outermost first (a box inside another is not listed again), the first MAX_BOXES of them."""
    boxes: list[MarkedBox] = []
    taken: set[Any] = set()
    names = page.names()
    comment_marks: set[Any] | None = None  # found when a box first needs them
    for el, tag, cls, _itemprop, id_ in _candidates(page, names, _SEARCHED):
        if tag in _NOT_BOXES:
            continue
        found = _box_kind(tag, cls, id_)
        if found is None or any(a in taken for a in el.iterancestors()):
            continue
        if found[1] != "comments":
            if comment_marks is None:
                comment_marks = _comment_marks(page, names)
            if _in_comments(el, comment_marks):
                continue  # a reader's comment, by its author or not, quotes the story
        pieces = _shown_texts(el)
        raw = "".join(pieces)
        # a long text has its words counted before it is folded: most such texts are over the limit
        if not raw or (len(raw) > _MAX_BOX_CHARS and word_count(raw) > MAX_BOX_WORDS):
            continue
        text = fold(raw)
        if not text or word_count(text) > MAX_BOX_WORDS:
            continue
        taken.add(el)
        kind, word = found
        # "<h2>Deploy on DigitalOcean</h2><p>Click..." runs "DigitalOceanClick" together in the
        # element's text: the block "Deploy on DigitalOcean" is found in its parts kept apart
        # (and "Digital<b>Ocean</b>" in the text as it runs)
        parted = fold(" ".join(pieces))
        where = f"<{el.tag}{_classes(el)}>"
        boxes.append(MarkedBox(text, kind, where, word, parted if parted != text else "", tuple(pieces)))
        if len(boxes) == MAX_BOXES:
            break
    return tuple(boxes)
