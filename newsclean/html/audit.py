"""What the HTML pass dropped, by kind: the page's text that is not in the extracted content.

Each dropped text is filed under the nearest landmark that explains it (a ``<nav>``, an element
whose class says ``comments`` or ``newsletter``, a ``<footer>``...) and the texts under one landmark
make one removal.  The removal record of an HTML page thus covers the whole page.
"""

from __future__ import annotations

import re
from typing import Any

from .._cache import line_cache
from ..filters.furniture import phrase_filters
from ..kinds import Kind
from ..model import Removal
from ..textshape import fold

# (kind, tags, ARIA roles, class/id words), checked from the element outwards; first match wins.
LANDMARKS: tuple[tuple[Kind, frozenset[str], frozenset[str], frozenset[str]], ...] = (
    (Kind.COOKIE, frozenset(), frozenset(), frozenset({"cookie", "cookies", "consent", "gdpr", "cmp"})),
    (Kind.NEWSLETTER, frozenset(), frozenset(), frozenset({"newsletter", "newsletters", "signup", "optin"})),
    (
        Kind.PAYWALL,
        frozenset(),
        frozenset(),
        frozenset({"paywall", "subscribe", "subscription", "premium", "meter", "piano", "regwall"}),
    ),
    (Kind.LOGIN, frozenset(), frozenset(), frozenset({"login", "signin", "register", "registration", "account"})),
    (
        Kind.COMMENTS,
        frozenset(),
        frozenset(),
        frozenset({"comment", "comments", "disqus", "discussion", "replies", "reply"}),
    ),
    (
        Kind.ADVERTISEMENT,
        frozenset(),
        frozenset(),
        frozenset(
            {
                "ad",
                "ads",
                "advert",
                "advertisement",
                "advertising",
                "sponsor",
                "sponsored",
                "dfp",
                "taboola",
                "outbrain",
                "promoted",
                "paid",
                "native",
                "partner",
            }
        ),
    ),
    (
        Kind.NAVIGATION,
        frozenset({"nav", "menu"}),
        frozenset({"navigation", "menu", "menubar", "search", "tablist"}),
        frozenset(
            {
                "nav",
                "navbar",
                "navigation",
                "menu",
                "breadcrumb",
                "breadcrumbs",
                "share",
                "sharing",
                "social",
                "toolbar",
                "tags",
                "pagination",
                "skip",
            }
        ),
    ),
    (Kind.CAPTION, frozenset({"figcaption"}), frozenset(), frozenset({"caption", "credit", "credits"})),
    (Kind.BYLINE, frozenset(), frozenset(), frozenset({"byline", "author", "authors", "bio", "contributor"})),
    (
        Kind.TEASER,
        frozenset({"aside"}),
        frozenset({"complementary"}),
        frozenset(
            {
                "related",
                "recommended",
                "recommendations",
                "popular",
                "trending",
                "teaser",
                "teasers",
                "promo",
                "more",
                "mostread",
                "most",
                "readmore",
                "sidebar",
                "widget",
                "card",
                "cards",
                "rail",
            }
        ),
    ),
    (
        Kind.LEGAL,
        frozenset({"footer"}),
        frozenset({"contentinfo"}),
        frozenset({"footer", "copyright", "legal", "colophon"}),
    ),
    (Kind.NAVIGATION, frozenset({"header"}), frozenset({"banner"}), frozenset({"header", "masthead", "topbar", "top"})),
)
_SKIP = frozenset({"script", "style", "noscript", "template", "svg", "head", "iframe", "object", "select"})
_BLOCK = frozenset(
    {
        "p",
        "li",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "figcaption",
        "blockquote",
        "td",
        "th",
        "dt",
        "dd",
        "pre",
        "button",
        "label",
        "div",
        "section",
        "article",
        "aside",
        "nav",
        "header",
        "footer",
        "form",
        "ul",
        "ol",
        "table",
        "figure",
        "main",
        "body",
        "span",
        "a",
    }
)
_WORD_SPLIT = re.compile(r"[^a-z]+")
MAX_ANCESTORS = 40


def _words(el: Any) -> set[str]:
    attrs = f"{el.get('class') or ''} {el.get('id') or ''}".lower()
    return {w for w in _WORD_SPLIT.split(attrs) if w}


class _Landmarks:
    """The landmark kinds each element matches, worked out once per audit (pages nest deep)."""

    def __init__(self) -> None:
        self._kinds: dict[Any, tuple[Kind, ...]] = {}
        self._widest: dict[tuple[Kind, Any], Any] = {}

    def kinds(self, node: Any) -> tuple[Kind, ...]:
        """Every kind ``node`` is a landmark of, in the order of LANDMARKS."""
        found = self._kinds.get(node)
        if found is None:
            tag = node.tag if isinstance(node.tag, str) else ""
            role = (node.get("role") or "").lower()
            words = _words(node)
            found = tuple(
                kind
                for kind, tags, roles, class_words in LANDMARKS
                if tag in tags or role in roles or words & class_words
            )
            self._kinds[node] = found
        return found

    def of(self, el: Any) -> tuple[Kind, Any]:
        """The kind of the nearest landmark around ``el``, and the widest element around it that
        is still a landmark of that kind (a menu, not each of its items)."""
        node, depth = el, 0
        while node is not None and depth < MAX_ANCESTORS:
            kinds = self.kinds(node)
            if kinds:
                kind = kinds[0]
                widest = self._widest.get((kind, node))
                if widest is None:  # once per landmark: its chunks share the climb
                    widest = node
                    parent, up = node.getparent(), 0
                    while parent is not None and up < MAX_ANCESTORS:
                        if kind in self.kinds(parent):
                            widest = parent
                        parent = parent.getparent()
                        up += 1
                    self._widest[(kind, node)] = widest
                return kind, widest
            node = node.getparent()
            depth += 1
        return Kind.BOILERPLATE, None


def _chunks(root: Any) -> list[tuple[Any, str]]:
    """(block element, its own text) for every text-bearing block, without recursion."""
    out: list[tuple[Any, str]] = []
    stack: list[Any] = [root]
    while stack:
        el = stack.pop()
        if not isinstance(el.tag, str) or el.tag in _SKIP:
            continue
        own = [el.text or ""]
        children = list(el)
        for child in children:
            if isinstance(child.tag, str) and child.tag in _BLOCK and child.tag not in ("span", "a"):
                stack.append(child)
            else:
                if isinstance(child.tag, str) and child.tag not in _SKIP:
                    own.append(child.text_content())
            own.append(child.tail or "")
        text = " ".join("".join(own).split())
        if text:
            out.append((el, text))
    return out


_PHRASE_FILTERS = phrase_filters()


@line_cache  # menus and share bars repeat within a page and across a site
def _phrase_kind(text: str) -> Kind | None:
    """The kind of a dropped text known by its words ("Already signed up? LOG IN" is a login
    prompt even inside a paywall box)."""
    for f in _PHRASE_FILTERS:
        if f.match(text) is not None:
            return f.kind
    return None


def audit(tree: Any, kept_text: str) -> list[Removal]:
    """Removals for the page's text outside ``kept_text``, one per landmark and kind."""
    kept = f" {fold(kept_text)} "
    landmarks = _Landmarks()
    body = tree.find(".//body")
    groups: dict[tuple[Kind, int], tuple[Any, list[str]]] = {}
    order: list[tuple[Kind, int]] = []
    for el, text in _chunks(body if body is not None else tree):
        f = fold(text)
        if not f or f" {f} " in kept:
            continue
        kind, mark = landmarks.of(el)
        kind = _phrase_kind(text) or kind
        key = (kind, id(mark))
        if key not in groups:
            groups[key] = (mark, [])
            order.append(key)
        groups[key][1].append(text)
    removals = []
    for key in order:
        mark, texts = groups[key]
        kind = key[0]
        where = _describe(mark)
        removals.append(Removal("\n".join(texts), kind, "html", f"dropped by the HTML pass: {kind.description}{where}"))
    return removals


def _describe(mark: Any) -> str:
    if mark is None:
        return " (outside the main content)"
    attrs = " ".join(
        x
        for x in (
            mark.get("id") and f"#{mark.get('id')}",
            mark.get("class") and "." + ".".join((mark.get("class") or "").split()[:3]),
        )
        if x
    )
    return f" (in <{mark.tag}{(' ' + attrs) if attrs else ''}>)"
