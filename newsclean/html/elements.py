"""The elements of a parsed page that the metadata readers look at, found in one walk, and the
small helpers they share to read an element's text and to tell the story from what sits apart
from it (menus, asides, comments)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

from lxml import etree

from .._joined import JoinedTexts
from ..textshape import without_invisible


def element_text(el: Any) -> str:
    return " ".join(without_invisible(el.text_content()).split())


def _listed_text(el: Any) -> Iterator[str]:
    """``el.itertext()`` with a "," between the items of a list and between links side by side:
    "Written by <li><a>Jane Doe</a></li><li><a>John Roe</a></li>" names two people, which
    their words run together ("Jane Doe John Roe") would make one.  A walk, not a recursion: a
    broken page nests elements deeper than Python recurses."""
    for event, node in etree.iterwalk(el, events=("start", "end", "comment", "pi")):
        if event != "start":
            # a comment's text is not the page's, but the text after it is
            if node is not el and node.tail:
                yield node.tail
            continue
        if node.tag in _LISTED_TAGS and node is not el:
            previous = node.getprevious()
            while previous is not None and not isinstance(previous.tag, str) and not (previous.tail or "").strip():
                previous = previous.getprevious()
            if previous is not None and previous.tag == node.tag and not (previous.tail or "").strip():
                yield ","
        if node.text:
            yield node.text


_LISTED_TAGS = frozenset({"li", "a"})


def _joined(words: list[str]) -> str:
    return " ".join(words).replace(" ,", ",")


def spaced_text(el: Any) -> str:
    """An element's words with its children's kept apart: ``By<span>Jane Doe</span>`` is
    "By Jane Doe", not "ByJane Doe" (a byline's parts are often separate elements), and the
    items of a list apart too (see :func:`_listed_text`)."""
    return _joined(without_invisible(" ".join(_listed_text(el))).split())


def short_spaced_text(el: Any, max_words: int) -> str | None:
    """:func:`spaced_text` of ``el`` if it has at most ``max_words`` words, else None, read no
    further than that: the line by the headline may be the tail of the whole article's container."""
    words: list[str] = []
    count = 0
    for piece in _listed_text(el):
        split = piece.split()
        words.extend(split)
        count += sum(w != "," for w in split)
        if count > max_words:
            return None
    return _joined(words)


# normalize-space() in XPath collapses these four, not all that str.split() does
_XML_SPACE = re.compile(r"[ \t\n\r]+")
_DATE_CLASS = re.compile("date|Date|publish|posted|updated|byline|meta")  # contains() any of them
_IN_ASIDE = etree.XPath("ancestor::aside")
_DESCRIBES_AUTHOR = re.compile(r"description|position|(?<![a-z])(?:job|role)(?![a-z])")
# a menu's or a list's links to a person's page are not the byline's
_IN_MENU = etree.XPath("ancestor::li | ancestor::*[contains(@class, 'menu')]")
_IN_AUTHOR = etree.XPath("boolean(ancestor::*[@itemprop='author'])")
_UNSEEN_TAGS = frozenset({"script", "style", "noscript", "template", "title"})
_IN_HEAD = etree.XPath("boolean(ancestor::head)")
# The page's text nodes as plain strings, in document order: no element proxy is made for each
_ALL_TEXTS = etree.XPath("//text()", smart_strings=False)


class MarkedElements:
    """The elements a byline, date, deck or link query may pick, found in one walk over the page.

    An XPath per query (``//*[contains(@class, 'author')]`` and a dozen more) walked the whole tree
    each time, and cost more than the rest of :func:`read_document`.  The walk keeps the elements
    with a class, an itemprop or an id, and every element of :attr:`_TAGS` (also read from here
    rather than by a walk of their own); each query filters them in document order with the test
    its XPath made.
    """

    _TAGS = frozenset({"a", "time", "link", "article", "meta", "script", "title", "h1"})

    def __init__(self, tree: Any) -> None:
        root = tree.getroottree().getroot() if hasattr(tree, "getroottree") else tree.getroot()
        self._root = root
        self._texts: JoinedTexts | None = None
        self._names: JoinedTexts | None = None
        # (element, tag, class, itemprop, id), the attributes "" when absent
        self.elements: list[tuple[Any, str, str, str, str]] = []
        # the elements of each of _TAGS, in document order (the meta tags are asked for thrice)
        self._by_tag: dict[str, list[Any]] = {tag: [] for tag in self._TAGS}
        for el in root.iter(etree.Element):  # "//" in an XPath reads the whole document
            cls, itemprop, id_ = el.get("class"), el.get("itemprop"), el.get("id")
            tag = el.tag
            if tag in self._TAGS:
                self._by_tag[tag].append(el)
            elif cls is None and itemprop is None and id_ is None:
                continue
            self.elements.append((el, tag, cls or "", itemprop or "", id_ or ""))

    def tagged(self, tag: str) -> Iterator[Any]:
        """The elements named ``tag`` (one of :attr:`_TAGS`), in document order."""
        return iter(self._by_tag[tag])

    def texts_holding(self, needles: tuple[str, ...], test: Callable[[str], object], limit: int) -> list[Any]:
        """``//text()[contains(., needle) or ...]``, the first ``limit`` of them that pass ``test``,
        as lxml's strings that know their element (``getparent()``, ``is_tail``).

        That XPath made a string of every text node (scripts and styles too) for each needle it
        tried: 1.6 ms a page.  Here the text nodes are read once, as plain strings, the needles
        found in them by ``str.find`` and only the nodes wanted are asked for, by position."""
        texts = self._text_nodes()
        holding = sorted({i for needle in needles for i in texts.holding(needle)})
        positions = [str(i + 1) for i in holding if test(texts.texts[i])][:limit]
        if not positions:
            return []
        # the same numbering: "//text()" is the document's text nodes in document order
        found: list[Any] = self._root.xpath(f"(//text())[position() = {' or position() = '.join(positions)}]")
        return found

    def shows(self, text: str, limit: int = 20) -> bool:
        """Whether ``text`` is in one of the first ``limit`` text nodes that hold it outside the
        page's head, scripts and styles: whether a reader sees it."""
        for node in self.texts_holding((text,), bool, limit):
            parent = node.getparent()
            if parent is not None and node.is_tail:
                parent = parent.getparent()
            if parent is not None and parent.tag not in _UNSEEN_TAGS and not _IN_HEAD(parent):
                return True
        return False

    def names(self) -> JoinedTexts:
        """The class and id of each of :attr:`elements`, lower-cased, as one string to search."""
        if self._names is None:
            self._names = JoinedTexts([f"{cls} {id_}".lower() for _el, _tag, cls, _itemprop, id_ in self.elements])
        return self._names

    def named(self, word: str) -> list[Any]:
        """The elements whose class or id holds ``word`` (lower case), in document order."""
        return [self.elements[i][0] for i in self.names().holding(word)]

    def _text_nodes(self) -> JoinedTexts:
        if self._texts is None:
            self._texts = JoinedTexts(_ALL_TEXTS(self._root))
        return self._texts

    def rel_authors(self) -> list[Any]:
        """``//a[@rel='author'] | //*[@itemprop='author']//*[@itemprop='name'] | //*[@itemprop='author' and not(*)]``"""
        return [
            el
            for el, tag, _cls, itemprop, _id in self.elements
            if (tag == "a" and el.get("rel") == "author")
            or (itemprop == "name" and _IN_AUTHOR(el))
            or (itemprop == "author" and next(el.iterchildren(etree.Element), None) is None)
        ]

    def bylines(self, story: frozenset[Any] = frozenset()) -> list[Any]:
        """Elements with a byline class ("byline", "byline__name", "article-author", "author-name")
        outside an ``<aside>`` (one holding the ``story``'s headline is no aside, see :func:`apart`)."""
        return [
            el
            for el, _tag, cls, _itemprop, _id in self.elements
            if (
                ("byline" in cls and ("byline" in _XML_SPACE.split(cls) or "byline__" in cls))
                or "article-author" in cls
                or "author-name" in cls
            )
            and not apart(el, _IN_ASIDE, story)
        ]

    def author_elements(self) -> list[Any]:
        """``//*[@itemprop='author'] | //*[contains(@class, 'author')][not(self::img)]``, but not
        the author's description or position ("author-description", "author-position"): what she
        is, not her name."""
        return [
            el
            for el, tag, cls, itemprop, _id in self.elements
            if itemprop == "author" or ("author" in cls and tag != "img" and not _DESCRIBES_AUTHOR.search(cls))
        ]

    def itemprop_authors(self) -> list[Any]:
        """``//*[@itemprop='author']``."""
        return [el for el, _tag, _cls, itemprop, _id in self.elements if itemprop == "author"]

    def author_images(self) -> list[Any]:
        """Pictures marked as the author's (``<img class="author-photo">``, ``id="authorAvatar"``)."""
        return [
            el
            for el, tag, cls, _itemprop, id_ in self.elements
            if tag == "img" and ("author" in cls.lower() or "author" in id_.lower())
        ]

    def author_links(self, story: frozenset[Any] = frozenset()) -> list[Any]:
        """Links to a person's page ("/author/jane-doe"), where a CMS sends the reader who clicks
        the byline, outside lists and menus (see :func:`apart`)."""
        return [
            el
            for el, tag, _cls, _itemprop, _id in self.elements
            if tag == "a"
            and ("/author/" in (href := el.get("href") or "") or "/authors/" in href)
            and not apart(el, _IN_MENU, story)
        ]

    def date_properties(self) -> list[Any]:
        """Elements other than ``<meta>`` that carry a machine-readable date (microdata)."""
        return [
            el
            for el, tag, _cls, itemprop, _id in self.elements
            if itemprop in ("datePublished", "dateModified")
            and tag != "meta"
            and (el.get("content") is not None or (el.get("datetime") is not None and tag != "time"))
        ]

    def machine_times(self) -> list[Any]:
        """``//time[@datetime]``"""
        return [
            el for el, tag, _cls, _itemprop, _id in self.elements if tag == "time" and el.get("datetime") is not None
        ]

    def date_elements(self) -> list[Any]:
        """Elements that show a page's date: ``<time>`` without a machine-readable value, and the
        classes publishers give the date, the byline or the post's meta line."""
        return [
            el
            for el, tag, cls, itemprop, id_ in self.elements
            if (tag == "time" and el.get("datetime") is None)
            or _DATE_CLASS.search(cls)
            or "date" in itemprop
            or "date" in id_
        ]

    def canonical_url(self) -> str | None:
        """``//link[@rel='canonical']/@href``, the first."""
        return next(
            (
                href
                for el, tag, _cls, _itemprop, _id in self.elements
                if tag == "link" and el.get("rel") == "canonical" and (href := el.get("href")) is not None
            ),
            None,
        )

    def article(self) -> Any:
        """The first ``<article>``, or None."""
        return next((el for el, tag, _cls, _itemprop, _id in self.elements if tag == "article"), None)


# Dates of other stories, comments and the footer are not the page's.
_NOT_THE_PAGE_APART_FROM_ASIDES = (
    "ancestor::nav | ancestor::footer | ancestor::li | ancestor::*[contains(@class, 'comment')]"
)
NOT_THE_PAGE = etree.XPath(f"ancestor::aside | {_NOT_THE_PAGE_APART_FROM_ASIDES}")
# the same, for a panel set beside the story (an <aside>) that may still hold its byline
NOT_THE_PAGE_BESIDE = etree.XPath(_NOT_THE_PAGE_APART_FROM_ASIDES)


# comment authors, author boxes (a biography) and related stories are not the byline, and their
# dates are not the page's (the date readers ask NOT_THE_AUTHOR)
_NOT_THE_AUTHOR_APART_FROM_ASIDES = (
    "ancestor-or-self::*[contains(@class, 'comment') or contains(@class, 'bio') or contains(@class, 'avatar') "
    "or contains(@class, 'image') or contains(@class, 'related')] | ancestor::footer | ancestor::nav"
)
NOT_THE_AUTHOR = etree.XPath(f"{_NOT_THE_AUTHOR_APART_FROM_ASIDES} | ancestor::aside")
# The cards of a carousel, a slider or a wall of reviews and testimonials: the names on them are
# customers' or other posts' authors (the dates on them are read as the rest of the page's).  A
# class word, whole or as the head of a compound ("swiper-slide", "Carousel_inner__L4Uvf",
# "review-card__author"), on an element inside the page ("mm-slideout", "slideshow-intro" and a
# <body> class are no cards)
IN_A_CARD = (  # an XPath expression, joined into the queries below and the author boxes'
    "ancestor-or-self::*[not(self::body or self::html) and re:test(@class, "
    r"'(?:^|[\s_-])(?:carousel|swiper|slider|slick-slide|testimonials?|review-card)(?:$|[\s_-])', 'i')]"
)
REGEXP_NAMESPACES = {"re": "http://exslt.org/regular-expressions"}
# What sets a byline apart from the story, for the author readers: the above and cards
NOT_THE_BYLINE = etree.XPath(
    f"{_NOT_THE_AUTHOR_APART_FROM_ASIDES} | ancestor::aside | {IN_A_CARD}", namespaces=REGEXP_NAMESPACES
)
# the same, for a panel set beside the story (an <aside>) that may still hold its byline
NOT_THE_BYLINE_BESIDE = etree.XPath(f"{_NOT_THE_AUTHOR_APART_FROM_ASIDES} | {IN_A_CARD}", namespaces=REGEXP_NAMESPACES)


def root_of(tree: Any) -> Any:
    return tree.getroottree().getroot() if hasattr(tree, "getroottree") else tree


def apart(el: Any, query: Any, story: frozenset[Any]) -> bool:
    """Whether ``query`` finds an element around ``el`` that sets it apart from the story (a menu,
    an aside, a comment, an author's biography) and does not also hold the ``story``'s headline:
    one that does is the story's container, however it is marked (a ``<nav>`` left open that the
    parser closes at the end of the page, a "no-avatars" class on ``<body>``)."""
    return any(found not in story for found in query(el))
