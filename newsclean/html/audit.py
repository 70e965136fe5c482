"""What the HTML pass dropped, by kind: the page's text that is not in the extracted content.

Each dropped text is filed under the nearest landmark that explains it (a ``<nav>``, an element
whose class says ``comments`` or ``newsletter``, a ``<footer>``...) and the texts under one landmark
make one removal.  The removal record of an HTML page thus covers the whole page.
"""

from __future__ import annotations

import re
from typing import Any

from .._cache import line_cache
from ..filters.furniture import _core as edge_stripped  # what PhraseFilter.match reads
from ..filters.furniture import phrase_filters
from ..filters.trigger import word_beginnings
from ..kinds import Kind
from ..model import Removal
from ..textshape import fold, fold_lines, word_count

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
                # calls to action and pop-ups: the site's own advertising (as the marked_box filter
                # reads them on what trafilatura kept)
                "cta",
                "ctas",
                "calltoaction",
                "popup",
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
        # a table's rows, so that its cells are chunks of their own, as the kept text has them
        "thead",
        "tbody",
        "tfoot",
        "tr",
        "figure",
        "main",
        "body",
        "span",
        "a",
    }
)
# Blocks whose text is a chunk of its own; the text of any other element joins its block's.
_OWN_CHUNK = _BLOCK - {"span", "a"}
_WORD_SPLIT = re.compile(r"[^a-z]+")
# The document's own elements are no landmarks: their classes describe the page's template and
# state ("has-header", "has-footer-menu", "single-post", "menu-open"), not a part of it
_DOCUMENT_ELEMENTS = frozenset({"html", "body"})
MAX_ANCESTORS = 40


def _rows() -> tuple[dict[str, frozenset[int]], dict[str, frozenset[int]], dict[str, frozenset[int]]]:
    """LANDMARKS turned around: the rows that name each tag, each role and each class word."""
    by_tag: dict[str, set[int]] = {}
    by_role: dict[str, set[int]] = {}
    by_word: dict[str, set[int]] = {}
    for i, (_kind, tags, roles, words) in enumerate(LANDMARKS):
        for index, names in ((by_tag, tags), (by_role, roles), (by_word, words)):
            for name in names:
                index.setdefault(name, set()).add(i)
    return tuple({name: frozenset(rows) for name, rows in index.items()} for index in (by_tag, by_role, by_word))  # type: ignore[return-value]


_BY_TAG, _BY_ROLE, _BY_WORD = _rows()
_NONE: frozenset[int] = frozenset()


class PageBlocks:
    """The text-bearing blocks under a root, and how they nest (for the landmark search; the
    repeats stage reads the blocks too)."""

    def __init__(self, root: Any) -> None:
        self.root = root
        self.parent: dict[Any, Any] = {}  # block -> the block it was found in
        self.depth: dict[Any, int] = {root: 0}
        self.chunks = self._walk()

    def _walk(self) -> list[tuple[Any, str]]:
        """(block element, its own text) for every text-bearing block, in the page's order (an
        element's own text before its blocks'), without recursion."""
        out: list[tuple[Any, str]] = []
        stack: list[Any] = [self.root]
        while stack:
            el = stack.pop()
            if not isinstance(el.tag, str) or el.tag in _SKIP:
                continue
            own = [el.text or ""]
            depth = self.depth[el] + 1
            inner: list[Any] = []
            for child in el:
                tag = child.tag
                if isinstance(tag, str) and tag in _OWN_CHUNK:
                    inner.append(child)
                    self.parent[child] = el
                    self.depth[child] = depth
                elif isinstance(tag, str) and tag not in _SKIP:
                    # an element with no child of any kind holds its text alone: no XPath for it
                    own.append(child.text_content() if len(child) else child.text or "")
                own.append(child.tail or "")
            stack.extend(reversed(inner))  # the first block on top: popped first
            text = " ".join("".join(own).split())
            if text:
                out.append((el, text))
        return out


# (depth, element, its landmark kinds) of the landmarks around an element, outermost first
_Marks = tuple[tuple[int, Any, tuple[Kind, ...]], ...]


class _Landmarks:
    """The landmark kinds each element matches, worked out once per audit (pages nest deep)."""

    def __init__(self, blocks: PageBlocks) -> None:
        self._blocks = blocks
        self._kinds: dict[Any, tuple[Kind, ...]] = {}
        self._around: dict[Any, _Marks] = {}

    def kinds(self, node: Any) -> tuple[Kind, ...]:
        """Every kind ``node`` is a landmark of, in the order of LANDMARKS."""
        found = self._kinds.get(node)
        if found is None and node.tag in _DOCUMENT_ELEMENTS:
            found = self._kinds[node] = ()
        if found is None:
            rows = _BY_TAG.get(node.tag, _NONE) if isinstance(node.tag, str) else _NONE
            role, cls, ident = node.get("role"), node.get("class"), node.get("id")
            if role:
                rows = rows | _BY_ROLE.get(role.lower(), _NONE)
            if cls or ident:  # most elements have neither
                for word in _WORD_SPLIT.split(f"{cls or ''} {ident or ''}".lower()):
                    if word in _BY_WORD:
                        rows = rows | _BY_WORD[word]
            found = tuple(LANDMARKS[i][0] for i in sorted(rows)) if rows else ()
            self._kinds[node] = found
        return found

    def _marks(self, block: Any) -> _Marks:
        """The landmarks at or around ``block``, outermost first, worked out once per block (the
        items of one menu share the climb)."""
        path = []
        node = block
        while node not in self._around:
            if node is self._blocks.root:
                self._around[node] = self._extend(self._above_root(), node, 0)
                break
            path.append(node)
            node = self._blocks.parent[node]
        marks = self._around[node]
        for below in reversed(path):
            marks = self._around[below] = self._extend(marks, below, self._blocks.depth[below])
        return self._around[block]

    def _extend(self, marks: _Marks, node: Any, depth: int) -> _Marks:
        kinds = self.kinds(node)
        return (*marks, (depth, node, kinds)) if kinds else marks

    def _above_root(self) -> _Marks:
        """The landmarks above the root (the root is at depth 0)."""
        ancestors = []
        node, depth = self._blocks.root.getparent(), -1
        while node is not None:
            ancestors.append((depth, node))
            node, depth = node.getparent(), depth - 1
        marks: _Marks = ()
        for depth, node in reversed(ancestors):
            marks = self._extend(marks, node, depth)
        return marks

    def of(self, block: Any) -> tuple[Kind, Any]:
        """The kind of the nearest landmark around ``block`` (at most MAX_ANCESTORS levels up), and
        the widest element around it, up to MAX_ANCESTORS levels above that landmark, that is still
        a landmark of that kind (a menu, not each of its items)."""
        marks = self._marks(block)
        if not marks:
            return Kind.BOILERPLATE, None
        depth, _node, kinds = marks[-1]
        if self._blocks.depth[block] - depth >= MAX_ANCESTORS:
            return Kind.BOILERPLATE, None
        kind = kinds[0]
        # the outermost mark of that kind close enough (the landmark itself is one)
        widest = next(el for d, el, ks in marks if d >= depth - MAX_ANCESTORS and kind in ks)
        return kind, widest


_PHRASE_FILTERS = phrase_filters()


# What each phrase filter needs before its patterns are tried: few enough words, and one of the
# word beginnings its phrases start with (asked once per text here, not once per filter).
_PHRASE_GATES = tuple((f, f.max_words, f._index) for f in _PHRASE_FILTERS)
_MAX_PHRASE_WORDS = max(f.max_words for f in _PHRASE_FILTERS)
# Every beginning some phrase filter's phrases start with: a text with none of them is passed over
# by one set test instead of one per filter (None if a filter must always be tried).
_ANY_BEGINNING: frozenset[str] | None = (
    None
    if any(index.always for _f, _max, index in _PHRASE_GATES)
    else frozenset().union(*(index.beginnings for _f, _max, index in _PHRASE_GATES))
)


@line_cache  # menus and share bars repeat within a page and across a site
def _phrase_kind(text: str) -> Kind | None:
    """The kind of a dropped text known by its words ("Already signed up? LOG IN" is a login
    prompt even inside a paywall box)."""
    core = edge_stripped(text)
    words = word_count(core) if core else _MAX_PHRASE_WORDS + 1
    if words > _MAX_PHRASE_WORDS:
        return None
    beginnings = word_beginnings(core)
    if _ANY_BEGINNING is not None and _ANY_BEGINNING.isdisjoint(beginnings):
        return None
    for f, max_words, index in _PHRASE_GATES:
        if words > max_words or (not index.always and index.beginnings.isdisjoint(beginnings)):
            continue
        if f._match_core(core, words, beginnings, text) is not None:  # f.match(text), its parts known
            return f.kind
    return None


MIN_COPY_CHARS = 50  # a repeat of a shorter text (a label, a name) is found in longer kept ones


def _copies_in(kept: str, folded: str) -> int:
    """How many times ``folded`` stands in ``kept`` (space-padded) as a whole; two copies side by
    side share the space between them."""
    needle = f" {folded} "
    found, at = 0, kept.find(needle)
    while at >= 0:
        found += 1
        at = kept.find(needle, at + len(needle) - 1)
    return found


def page_blocks(tree: Any) -> PageBlocks:
    """The text-bearing blocks of a parsed page's body."""
    body = tree.find(".//body")
    return PageBlocks(body if body is not None else tree)


def audit(tree: Any, kept_text: str, walked: PageBlocks | None = None) -> list[Removal]:
    """Removals for the page's text outside ``kept_text``, one per landmark and kind; ``walked``
    is :func:`page_blocks` of ``tree`` when the caller has it already."""
    kept = f" {fold_lines(kept_text)} "  # fold(kept_text), from the blocks' cached folds
    kept_words = frozenset(kept.split())
    blocks = walked or page_blocks(tree)
    landmarks = _Landmarks(blocks)
    groups: dict[tuple[Kind, int], tuple[Any, list[str]]] = {}
    order: list[tuple[Kind, int]] = []
    met: dict[str, int] = {}  # a long text found in the kept text: how often the page holds it so far
    in_kept: dict[str, int] = {}  # ... and how often the kept text does (counted once per text)
    for el, text in blocks.chunks:
        f = fold(text)
        # a text with a word the kept text lacks is not in it: no search through the kept text
        copy = False
        if not f or (kept_words.issuperset(f.split()) and f" {f} " in kept):
            if len(f) < MIN_COPY_CHARS:
                continue
            met[f] = seen = met.get(f, 0) + 1
            if seen == 1:
                continue
            if f not in in_kept:
                in_kept[f] = _copies_in(kept, f)
            if in_kept[f] >= seen:
                continue
            # a paragraph the page repeats, kept fewer times than it is there: trafilatura drops a
            # block that repeats the one before it, and the filters never see the copy.  A copy in
            # a menu or a box is that box's; a copy in the story is a duplicate
            copy = True
        kind, mark = landmarks.of(el)
        kind = _phrase_kind(text) or (Kind.DUPLICATE if copy and mark is None else kind)
        key = (kind, id(mark))
        if key not in groups:
            groups[key] = (mark, [])
            order.append(key)
        groups[key][1].append(text)
    removals = []
    for key in order:
        mark, texts = groups[key]
        kind = key[0]
        where = (
            " (the page repeats a paragraph that is kept)"
            if kind is Kind.DUPLICATE and mark is None
            else _describe(mark)
        )
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
