"""A forum thread read post by post: each post's author, its date and its text, as the forum
software marks them up.

trafilatura looks for one main block, and a thread has none: it reads the first post, or an
AI-written summary above the posts, or falls back to jusText, which keeps the long posts and
drops the short replies between them.  Forum software marks each post's text the same way on
every page: schema.org microdata's ``itemprop="text"`` of a post or comment, XenForo's
``bbWrapper`` (and ``messageText`` in its first version).  A post is the largest element around
one such text that holds no other; its author is the login it carries (``data-author``,
``itemprop="author"``, a link classed as a user name) and its date its first ``<time>``, both
read before the text (its quotes name other users, and its likes and edits come after it).
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from lxml import etree

from ..model import Block
from .extract import blocks_from_body, discarded_by_names
from .headline import SKIPPED_TEXT
from .threads import (
    IN_COMMENTS,
    MAX_USER_NAME_CHARS,
    MAX_USER_NAME_WORDS,
    MIN_MARKED_POSTS,
    MIN_POST_WORDS,
    words_outside_links,
)

# (not in a signature under the post, which forum software writes as an aside or names so, nor in
# the comments under a Q&A site's answers)
_POST_TEXTS = etree.XPath(
    "//*[@itemprop='text' or contains(concat(' ', normalize-space(@class), ' '), ' bbWrapper ')"
    " or contains(concat(' ', normalize-space(@class), ' '), ' messageText ')]"
    "[normalize-space()][not(ancestor-or-self::aside"
    f" or ancestor-or-self::*[contains(translate(@class, 'S', 's'), 'signature')] or {IN_COMMENTS})]"
)
# Where a post's text breaks into lines as a browser lays it out
_BREAKS = frozenset(
    "address article aside blockquote br caption dd details div dl dt fieldset figcaption figure footer form h1 h2 "
    "h3 h4 h5 h6 header hr legend li main nav ol p pre section summary table td th tr ul".split()
)
# Inside a post, trafilatura's class rules name its controls ("Click to expand...", "Reply"), but
# also the quotes they open ("bbCodeBlock-expandContent"): only a few words, all in links, are skipped
MAX_CONTROL_WORDS = 4
_SKIPPED_TAGS = SKIPPED_TEXT | {"button", "select", "textarea"}


def thread_blocks(tree: Any) -> list[Block] | None:
    """The thread's posts as blocks, each a line of its author's name and its date ("jdoe · Oct 8,
    2024") and its text's lines (None when the page marks fewer than two posts' texts)."""
    texts = _outermost(_POST_TEXTS(tree))
    if len(texts) < MIN_MARKED_POSTS:
        return None
    body = etree.Element("body")
    seen: set[tuple[str, ...]] = set()
    for text, post in zip(texts, _posts(texts), strict=True):
        lines = tuple(_lines(text))
        if not lines:
            continue
        before = _before(post, text)
        # who wrote it and when, on one line: the filters take a name or a date alone for a
        # story's byline or dateline
        header = " · ".join(part for part in (_author(post, before), _date(before)) if part)
        # a theme may show the first post twice, with or without its header; two users may
        # each write "Thanks!"
        seen_as = lines if sum(len(line.split()) for line in lines) >= MIN_POST_WORDS else (header, *lines)
        if seen_as in seen:
            continue
        seen.add(seen_as)
        for block in (header, "\n\n".join(lines)):
            if block:
                etree.SubElement(body, "p").text = block
    blocks = blocks_from_body(body)
    return blocks or None


def _outermost(elements: list[Any]) -> list[Any]:
    """Those of ``elements`` (in document order) inside none of the others."""
    found = set(elements)
    return [e for e in elements if not any(a in found for a in e.iterancestors())]


def _posts(texts: list[Any]) -> list[Any]:
    """Each text's post: its largest ancestor that holds no other of ``texts``."""
    held: Counter[Any] = Counter()
    for text in texts:
        held.update(text.iterancestors())
    posts = []
    for text in texts:
        post = text
        parent = post.getparent()
        while parent is not None and held[parent] == 1:
            post, parent = parent, parent.getparent()
        posts.append(post)
    return posts


def _before(post: Any, text: Any) -> list[Any]:
    """The elements of ``post`` that come before ``text`` and do not hold it: where a post's
    author and date are written (after it come its likes, its edits and the replies' names)."""
    found = []
    for element in post.iter():
        if element is text:
            break
        found.append(element)
    holding = set(text.iterancestors())
    return [e for e in found if e not in holding]


def _author(post: Any, before: list[Any]) -> str:
    """The post's author: the login it carries, its microdata's Person, or a link classed as a
    user name, in that order of trust."""
    marked = [post, *(e for e in before if e.get("data-author") is not None)]
    people = [e for e in before if e.get("itemprop") == "author"]
    links = [e for e in before if e.tag == "a" and "username" in (e.get("class") or "").lower()]
    for element in (*marked, *people, *links):
        name = element.get("data-author")
        if name is None and element.get("itemprop") == "author":
            # a Person's microdata: its name, not its avatar's initial beside it
            named = element.find(".//*[@itemprop='name']")
            named = element if named is None else named
            name = named.get("content") or named.text_content()
        elif name is None and element.tag == "a":
            name = element.text_content()
        name = " ".join((name or "").split())
        if name and len(name) <= MAX_USER_NAME_CHARS and len(name.split()) <= MAX_USER_NAME_WORDS:
            return name
    return ""


def _date(before: list[Any]) -> str:
    """The post's date: its first ``<time>`` before the text, not a user panel's ("Joined")."""
    for time in before:
        if time.tag == "time" and not any(a.tag in ("dl", "dd") for a in time.iterancestors()):
            return " ".join(time.text_content().split()) or time.get("datetime", "")
    return ""


def _is_control(element: Any) -> bool:
    return len(element.text_content().split()) <= MAX_CONTROL_WORDS and words_outside_links(element) == 0


def _is_preview(element: Any) -> bool:
    """Whether ``element`` is a link's preview card: an aside in a post, unless it quotes another
    post (forum software writes a quote as an aside around a blockquote)."""
    return element.tag == "aside" and element.find(".//blockquote") is None


def _lines(text: Any) -> list[str]:
    """The post's text as lines: broken where a browser breaks them, without scripts, buttons and
    the short controls trafilatura's class rules name."""
    named = set(discarded_by_names(text))  # weighed as controls only where the walk reaches them
    parts = [text.text or ""]
    walk = etree.iterwalk(text, events=("start", "end", "comment", "pi"))
    for event, element in walk:
        if element is text:
            continue
        if event in ("comment", "pi"):  # phpBB's smilies sit between markers: <!-- s:) -->
            parts.append(element.tail or "")
            continue
        tag = element.tag if isinstance(element.tag, str) else ""
        if event == "start":
            if not tag or tag in _SKIPPED_TAGS or _is_preview(element) or (element in named and _is_control(element)):
                walk.skip_subtree()
            else:
                parts.append(("\n" if tag in _BREAKS else "") + (element.text or ""))
            continue
        parts.append(("\n" if tag in _BREAKS else "") + (element.tail or ""))
    lines = (" ".join(line.split()) for line in "".join(parts).split("\n"))
    return [line for line in lines if line]
