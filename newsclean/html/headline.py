"""The short lines by the page's headline, where readers look for its byline and date, read from
the text nodes around the headline's element."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Any

from .elements import NOT_THE_PAGE, element_text, short_spaced_text

MAX_AFTER_HEADLINE = 25  # text nodes read after the headline: the date line sits under it
MAX_BEFORE_HEADLINE = 6  # ... or just above it, with the section name
MAX_DATE_LINE_WORDS = 12  # "By Jane Doe | Published March 3, 2025 | 4 min read"
MAX_BY_LINE_WORDS = 15  # "by Amanda · Dec 20, 2025 at 3:00 am · One comment so far"
MAX_AUTHOR_ELEMENT_WORDS = 6
MAX_DECK_LINES = 2  # long lines between the headline and its byline: the deck, a picture's caption
SKIPPED_TEXT = frozenset({"script", "style", "noscript", "template"})


# The text nodes around the headline, walked from it in Python: an XPath over the following (or
# preceding) axis tested every text node to the end of the page, scripts and all, to keep the
# first few.  Each node is (text, owner, is_tail): an element's text, or the text after it.
TextNode = tuple[str, Any, bool]


def texts_within(el: Any) -> Iterator[TextNode]:
    """The text nodes inside ``el``, in document order."""
    if el.text:
        yield el.text, el, False
    for child in el:
        if isinstance(child.tag, str):  # not a comment's text, but a comment's tail is the page's
            yield from texts_within(child)
        if child.tail:
            yield child.tail, child, True


def _texts_within_reversed(el: Any) -> Iterator[TextNode]:
    """The text nodes inside ``el``, last first."""
    for child in el.iterchildren(reversed=True):
        if child.tail:
            yield child.tail, child, True
        if isinstance(child.tag, str):
            yield from _texts_within_reversed(child)
    if el.text:
        yield el.text, el, False


def texts_after(el: Any) -> Iterator[TextNode]:
    """``following::text()`` of ``el``: its tail, then what follows it at each level up."""
    node = el
    while node is not None:
        if node.tail:
            yield node.tail, node, True
        for sibling in node.itersiblings():
            if isinstance(sibling.tag, str):
                yield from texts_within(sibling)
            if sibling.tail:
                yield sibling.tail, sibling, True
        node = node.getparent()


def _texts_before(el: Any) -> Iterator[TextNode]:
    """``preceding::text()`` of ``el``, nearest first."""
    node = el
    while (parent := node.getparent()) is not None:
        for sibling in node.itersiblings(preceding=True):
            if sibling.tail:
                yield sibling.tail, sibling, True
            if isinstance(sibling.tag, str):
                yield from _texts_within_reversed(sibling)
        if parent.text:
            yield parent.text, parent, False
        node = parent


def first_lines(nodes: Iterator[TextNode], n: int) -> list[TextNode]:
    """The first ``n`` of ``nodes`` that are not blank (XPath's ``[normalize-space()]``)."""
    return list(islice((node for node in nodes if node[0].strip(" \t\n\r")), n))


def headline_lines(h1: Any) -> list[list[str]]:
    """The short lines by the page's headline (its first ``<h1>`` with text), where readers look
    for its byline and date: those after it up to the first line of prose, then those just above
    it, nearest first."""
    if h1 is None:
        return []
    after = first_lines(texts_after(h1), MAX_AFTER_HEADLINE)
    before = first_lines(_texts_before(h1), MAX_BEFORE_HEADLINE)  # nearest first
    sides: list[list[str]] = []
    for nodes, decks in ((after, MAX_DECK_LINES), (before, 0)):
        lines: list[str] = []
        seen: set[Any] = set()
        covered: set[Any] = set()  # elements read whole (a line, a deck)
        for node, owner, is_tail in nodes:
            # "<strong>By Jane Doe</strong> - May 3, 2025": the line is the tail's container
            parent = owner.getparent() if is_tail else owner
            if parent is None or parent.tag in SKIPPED_TEXT or parent in seen:
                continue
            seen.add(parent)
            if covered and any(el in covered for el in parent.iterancestors()):
                continue  # the date inside a line, a link inside the deck: not lines of their own
            # a line split over elements ("<span>Published</span> <time>May 3</time>, 2025") reads
            # whole in its parent; a long one is prose, where the byline and date have ended,
            # unless it is the deck under the headline, which the byline often follows
            whole = short_spaced_text(parent, MAX_DATE_LINE_WORDS)  # None: a longer one
            # a long paragraph is prose, however short its first words before a link
            text = whole if whole is not None or parent.tag == "p" else " ".join(node.split())
            if text is None or len(text.split()) > MAX_DATE_LINE_WORDS:
                if decks == 0:
                    break
                decks -= 1
                covered.add(parent)
                continue
            if text is whole:
                covered.add(parent)
            if not NOT_THE_PAGE(parent):
                lines.append(text)
        sides.append(lines)
    return sides


def line_after(el: Any) -> list[str]:
    """The short line that follows ``el`` (a byline's label on a line of its own), if any, or
    the whole list that follows it ("Author(s)" over a list of three names)."""
    for text, owner, is_tail in first_lines(texts_after(el), 1):
        item = None if is_tail else next(owner.iterancestors("li"), owner if owner.tag == "li" else None)
        if item is not None and item.getparent() is not None and el not in item.getparent().iterancestors():
            names = short_spaced_text(item.getparent(), MAX_BY_LINE_WORDS)
            return [names] if names else []
        # the text after an element is read alone: its parent holds the label too
        line = " ".join(text.split()) if is_tail else short_spaced_text(owner, MAX_AUTHOR_ELEMENT_WORDS)
        return [line] if line and len(line.split()) <= MAX_AUTHOR_ELEMENT_WORDS else []
    return []


MIN_SHOWN_TITLE_WORDS = 3  # a shorter title ("Blog") is as often a section's name


def shown_title(tree: Any, titles: Iterable[str]) -> Any:
    """The first element of the page's body whose whole text is one of ``titles``, or None."""
    wanted = {" ".join(t.split()).lower() for t in titles if len(t.split()) >= MIN_SHOWN_TITLE_WORDS}
    if not wanted:
        return None
    starts = {t.split()[0] for t in wanted}
    body = tree.find(".//body") if tree.tag != "body" else tree
    for el in body.iter() if body is not None else ():
        if not isinstance(el.tag, str) or el.tag in SKIPPED_TEXT or not (el.text or "").strip():
            continue
        if el.text.split()[0].lower() in starts and element_text(el).lower() in wanted:
            return el
    return None
