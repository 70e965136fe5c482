"""A forum thread read post by post: each post's author, its date and its text, as the forum
software marks them up.

trafilatura looks for one main block, and a thread has none: it reads the first post, or an
AI-written summary above the posts, or falls back to jusText, which keeps the long posts and
drops the short replies between them.  Forum software marks each post's text the same way on
every page: schema.org microdata's ``itemprop="text"`` of a post or comment, XenForo's
``bbWrapper`` (and ``messageText`` in its first version).  A post is the largest element around
one such text that holds no other; its author is the login it carries (``data-author``,
``itemprop="author"``, a link classed as a user name) and its date its first ``<time>``, both
outside the text, whose quotes name other users.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from lxml import etree

from ..model import Block
from .extract import blocks_from_body, discarded_by_names
from .headline import SKIPPED_TEXT
from .threads import MAX_USER_NAME_CHARS, MIN_MARKED_POSTS

# (not in a signature under the post, which forum software writes as an aside or names so)
_POST_TEXTS = etree.XPath(
    "//*[@itemprop='text' or contains(concat(' ', normalize-space(@class), ' '), ' bbWrapper ')"
    " or contains(concat(' ', normalize-space(@class), ' '), ' messageText ')]"
    "[normalize-space()][not(ancestor-or-self::aside"
    " or ancestor-or-self::*[contains(translate(@class, 'S', 's'), 'signature')]"
    " or ancestor::*[not(self::body or self::html)][contains(translate(@class, 'C', 'c'), 'comment')"
    " or contains(translate(@id, 'C', 'c'), 'comment')])]"
)
_AUTHOR_NAMES = etree.XPath(
    ".//*[@data-author or @itemprop='author' or (self::a and contains(translate(@class, 'U', 'u'), 'username'))]"
)
# Where a post's text breaks into lines as a browser lays it out
_BREAKS = frozenset(
    "address article aside blockquote br dd div dl dt figcaption figure h1 h2 h3 h4 h5 h6 hr li ol p pre section "
    "table tr ul".split()
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
        if not lines or lines in seen:  # a theme may show the first post twice
            continue
        seen.add(lines)
        # who wrote it and when, on one line: the filters take a name or a date alone for a
        # story's byline or dateline
        header = " · ".join(part for part in (_author(post, text), _date(post, text)) if part)
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


def _outside(element: Any, text: Any) -> bool:
    return element is not text and text not in element.iterancestors()


def _author(post: Any, text: Any) -> str:
    for element in [post, *_AUTHOR_NAMES(post)]:
        if not _outside(element, text):
            continue
        name = element.get("data-author")
        if name is None and element.get("itemprop") == "author":
            # a Person's microdata: its name, not its avatar's initial beside it
            named = element.find(".//*[@itemprop='name']")
            name = element.text_content() if named is None else named.get("content") or named.text_content()
        elif name is None and element.tag == "a":
            name = element.text_content()
        name = " ".join((name or "").split())
        if name and len(name) <= MAX_USER_NAME_CHARS:
            return name
    return ""


def _date(post: Any, text: Any) -> str:
    for time in post.iter("time"):
        if _outside(time, text):
            return " ".join(time.text_content().split())
    return ""


def _is_control(element: Any) -> bool:
    words = len(element.text_content().split())
    return words <= MAX_CONTROL_WORDS and words == sum(len(a.text_content().split()) for a in element.iter("a"))


def _is_preview(element: Any) -> bool:
    """Whether ``element`` is a link's preview card: an aside in a post, unless it quotes another
    post (forum software writes a quote as an aside around a blockquote)."""
    return element.tag == "aside" and element.find(".//blockquote") is None


def _lines(text: Any) -> list[str]:
    """The post's text as lines: broken where a browser breaks them, without scripts, buttons and
    the short controls trafilatura's class rules name."""
    controls = {e for e in discarded_by_names(text) if _is_control(e)}
    parts = [text.text or ""]
    walk = etree.iterwalk(text, events=("start", "end"))
    for event, element in walk:
        if element is text:
            continue
        tag = element.tag if isinstance(element.tag, str) else ""
        if event == "start":
            if not tag or tag in _SKIPPED_TAGS or element in controls or _is_preview(element):
                walk.skip_subtree()
            else:
                parts.append(("\n" if tag in _BREAKS else "") + (element.text or ""))
            continue
        parts.append(("\n" if tag in _BREAKS else "") + (element.tail or ""))
    lines = (" ".join(line.split()) for line in "".join(parts).split("\n"))
    return [line for line in lines if line]
