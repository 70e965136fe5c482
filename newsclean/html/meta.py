"""What a page says about itself: JSON-LD, OpenGraph and other meta tags, bylines, dates, figures.

:func:`read_document` gathers, field by field, a list of ``(value, origin)`` candidates in order of
trust; the metadata stage takes the first non-empty one and keeps its origin.  Each field has a
module of its own: :mod:`.titles` (title, subtitle), :mod:`.bylines` (authors, agencies),
:mod:`.pagedates` (published, modified), :mod:`.figures` (images); :mod:`.declared` reads the meta
tags and JSON-LD, and :mod:`.elements` finds in one walk the elements they all look at.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from functools import partial
from typing import Any

from lxml import etree
from lxml import html as lxml_html

from ..agencies import canonical_agency
from ..language import normalise_language_tag
from .boxes import marked_boxes
from .bylines import linked_starter, read_authors
from .declared import JsonLd, first_of, meta_tags, read_json_ld
from .elements import MarkedElements, root_of
from .figures import figures_in
from .headline import headline_lines
from .pagedates import read_dates
from .threads import post_authors
from .titles import decoded, read_titles, site_name

_FIELDS = (
    "title",
    "subtitle",
    "authors",
    "agencies",
    "contributors",
    "source",
    "published",
    "modified",
    "canonical_url",
    "section",
)


def read_document(tree: Any, url: str = "") -> dict[str, Any]:
    """Metadata candidates of a parsed page: for each field, ``(value, origin)`` pairs, the most
    trusted first."""
    page = MarkedElements(tree)
    meta = meta_tags(page)
    ld = read_json_ld(page)
    doc: dict[str, Any] = {field: [] for field in _FIELDS}
    site = first_of(meta, "og:site_name", "application-name")
    doc["source"] = _sources(ld, site, url)
    h1s, story = read_titles(page, tree, ld, meta, site, url, doc)
    # the lines by the headline, where bylines and dates are looked for
    lines_by_headline = headline_lines(h1s[0] if h1s else None)
    publisher_names = [site, *(name for name, _ in doc["source"])]
    # a page that declares a story may mark its readers' comments with their authors: no thread's
    # posts (a forum's og:type is "article" as often as not)
    doc["post_authors"] = () if ld.article is not None else post_authors(page)
    read_authors(page, tree, ld, meta, lines_by_headline, story, publisher_names, url, doc)
    # asked for only on a forum's thread that names no author (a news site links to its writers'
    # pages as a forum links to its users')
    doc["thread_starter"] = partial(linked_starter, tree)
    read_dates(page, tree, ld, meta, h1s, lines_by_headline, url, doc)
    _links_and_tags(page, ld, meta, doc)

    root = root_of(tree)
    lang = normalise_language_tag(root.get("lang") or root.get("xml:lang") or "")
    doc["declared_language"] = lang or normalise_language_tag(
        first_of(meta, "content-language", "og:locale", "dc.language", "language")
    )
    article_el = page.article()
    doc["images"] = figures_in(tree if article_el is None else article_el)
    doc["declared_types"] = tuple(dict.fromkeys(ld.types))
    doc["og_type"] = first_of(meta, "og:type")
    doc["boxes"] = marked_boxes(page)
    # the elements whose class or id holds "bar", sidebars among them (see pipeline.clean_html)
    doc["bar_named"] = page.named("bar")
    return doc


def _sources(ld: JsonLd, site: str, url: str) -> list[tuple[str, str]]:
    """The publisher's names: og:site_name, then the JSON-LD article's publisher and the first
    organisation the page declares; never a wire agency."""
    out = []
    if site and (name := site_name(site, url)):
        out.append((name, "meta:og:site_name"))
    if ld.article is not None:
        pub = ld.names(ld.article.get("publisher"))
        if pub and not canonical_agency(pub[0][0]):
            out.append((pub[0][0], "json-ld:publisher"))
    if ld.publisher and not canonical_agency(ld.publisher):
        out.append((ld.publisher, "json-ld:Organization"))
    return out


def _links_and_tags(page: MarkedElements, ld: JsonLd, meta: dict[str, list[str]], doc: dict[str, Any]) -> None:
    """The canonical URL, the section and the tags (JSON-LD, then meta tags)."""
    tags: list[str] = []
    if ld.article is not None:
        section = ld.article.get("articleSection")
        if isinstance(section, list):
            section = section[0] if section else ""
        if isinstance(section, str) and (section := _section_name(section)):
            doc["section"].append((section, "json-ld:articleSection"))
        kw = ld.article.get("keywords")
        if isinstance(kw, str):
            tags.extend(k.strip() for k in kw.split(",") if k.strip())
        elif isinstance(kw, list):
            tags.extend(str(k).strip() for k in kw if str(k).strip())
    canon = page.canonical_url()
    if canon is not None:
        doc["canonical_url"].append((canon.strip(), "html:link rel=canonical"))
    if meta.get("og:url"):
        doc["canonical_url"].append((meta["og:url"][0], "meta:og:url"))
    if meta.get("article:section") and (section := _section_name(meta["article:section"][0])):
        doc["section"].append((section, "meta:article:section"))
    tags.extend(meta.get("article:tag", []))
    if not tags and meta.get("keywords"):
        tags.extend(k.strip() for k in meta["keywords"][0].split(",") if k.strip())
    doc["tags"] = tuple(dict.fromkeys(t for t in (decoded(t) for t in tags) if t))


# A section is a name ("Travel Tips", "Design 101, How to Style"): a longer text in the field is
# the story's summary, put there by a theme
MAX_SECTION_WORDS = 12


def _section_name(value: str) -> str:
    """A declared section, its entities decoded ("Food &amp; Drink"), or ``""`` when it is no
    name: a URL, or a sentence or more."""
    name = decoded(value)
    if "://" in name or name.startswith(("www.", "/")) or len(name.split()) > MAX_SECTION_WORDS:
        return ""
    return name


_PRICE = re.compile(r"[$€£]\s?\d")
# The same, one pattern per sign: a pattern that starts with a literal character is searched for
# by that character in C, one that starts with a class is tried at every position (0.23 against
# 0.75 ms on a page); no two prices overlap, so the counts add up to _PRICE's.
_PRICE_BY_SIGN = tuple(re.compile(sign + r"\s?\d") for sign in (r"\$", "€", "£"))
# "add to cart", "add-to-bag"...: what a shop's markup says, in any case
_CART_WORDS = tuple(f"add{a}to{b}{what}" for a in " -" for b in " -" for what in ("cart", "bag", "basket"))
# The same words in the markup's bytes lower-cased (ASCII letters only, in C): 0.33 against 1.8 ms
# for lower-casing the page's 200 kB as text and searching it for each word.
_CART = re.compile(rb"add[ -]to[ -](?:cart|bag|basket)")


def _has_cart_words(markup: str) -> bool:
    """``any(word in markup.lower() for word in _CART_WORDS)``, on the markup's bytes: the words
    are ASCII, and a character beyond ASCII lower-cases to ASCII letters only when it is the Kelvin
    sign ("k") or the dotted capital I ("i" and a dot; no word holds an "i")."""
    if "\u212a" in markup:
        lowered = markup.lower()
        return any(word in lowered for word in _CART_WORDS)
    raw = markup.encode("ascii") if markup.isascii() else markup.encode("utf-8", "surrogatepass")
    return _CART.search(raw.lower()) is not None


class Furniture(Mapping[str, Any]):
    """Counts of what tells a shop, a manual or a forum from an article: prices (``prices``), a
    cart button (``cart``) and code blocks (``code``), each worked out when first asked for, and
    the posts marked with their authors (``posts``, see :func:`.threads.post_authors`)."""

    def __init__(self, markup: str, tree: Any, posts: int = 0) -> None:
        self._markup, self._tree = markup, tree
        self._values: dict[str, Any] = {"posts": posts}

    def _compute(self, key: str) -> Any:
        if key == "prices":  # len(_PRICE.findall(markup))
            return sum(len(price.findall(self._markup)) for price in _PRICE_BY_SIGN)
        if key == "cart":
            return _has_cart_words(self._markup)
        if key == "code":
            return int(self._tree.xpath("count(//pre | //code)"))
        raise KeyError(key)

    def __getitem__(self, key: str) -> Any:
        if key not in self._values:
            self._values[key] = self._compute(key)
        return self._values[key]

    def __iter__(self) -> Iterator[str]:
        return iter(("prices", "cart", "code", "posts"))

    def __len__(self) -> int:
        return 4


def furniture(markup: str, tree: Any, posts: int = 0) -> Furniture:
    """The page's furniture counts (see :class:`Furniture`)."""
    return Furniture(markup, tree, posts)


# The end of a page's body or document.  A page may close them early ("</body></html>" pasted in
# with a snippet) and go on with the story: browsers read what follows into the body, but libxml2
# puts it in a second root that no reader of the tree sees.
_DOCUMENT_END = re.compile(r"</(?:body|html)\s*>", re.IGNORECASE)


# trafilatura's parser settings.  lxml.html picks each element's class in a Python callback (forms
# and their fields get classes of their own, which no reader of the tree uses); one class for every
# element, picked in C, makes the element proxies that every walk of the tree creates (newsclean's
# and trafilatura's) cheaper: about 2 ms a page of wcxb-dev, the same trees and records
_PARSER = lxml_html.HTMLParser(
    collect_ids=False, default_doctype=False, encoding="utf-8", remove_comments=True, remove_pis=True
)
_PARSER.set_element_class_lookup(
    etree.ElementDefaultClassLookup(
        element=lxml_html.HtmlElement,
        comment=lxml_html.HtmlComment,
        pi=lxml_html.HtmlProcessingInstruction,
        entity=lxml_html.HtmlEntity,
    )
)


def _load(markup: str) -> Any:
    """The tree of a decoded page as trafilatura's ``load_html`` makes it, with :data:`_PARSER`;
    None when the input is not HTML."""
    from trafilatura.utils import repair_faulty_html

    beginning = markup[:50].lower()
    markup = repair_faulty_html(markup, beginning)
    try:
        tree = lxml_html.fromstring(markup, parser=_PARSER)
    except Exception:  # a string declaring its encoding (libxml2 wants bytes), an empty document
        tree = None
    if tree is None or len(tree) < 1:
        try:
            tree = lxml_html.fromstring(markup.encode("utf8", "surrogatepass"), parser=_PARSER)
        except Exception:
            return None
    if "html" not in beginning and len(tree) < 2:
        return None  # not a document: a fragment of one block, or not HTML at all
    return tree


def parse(markup: str) -> Any:
    """Parse HTML once with lxml (the tree is shared by every later stage), or None."""
    tree = _load(markup)
    if tree is not None and tree.getnext() is not None:
        # a second root: the page went on after closing its body.  Read without the early ends, as
        # a browser reads it (the parser closes the body and the document at the end of the input)
        whole = _load(_DOCUMENT_END.sub("", markup))
        tree = whole if whole is not None else tree
    if tree is None:
        try:
            tree = lxml_html.document_fromstring(f"<html><body><div>{markup}</div></body></html>", parser=_PARSER)
        except (ValueError, TypeError):
            return None
    return tree
