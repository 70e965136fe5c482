"""What a page declares about itself for machines: its ``<meta>`` tags and its JSON-LD objects
(the article, the page and the publisher)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from html import unescape
from typing import Any

import attrs

from .elements import MarkedElements

_ARTICLE_TYPES = re.compile(
    r"(?:News|Reportage|Analysis|Opinion|Review|Background|Satirical|Scholarly|Tech)?Article$|BlogPosting$|Report$|LiveBlogPosting$"
)
# A thread's opening post: its author started the thread (the replies are in its "comment")
_POSTING_TYPES = frozenset({"DiscussionForumPosting", "Question"})
# Objects whose dates are not the page's (an organisation's founding date, a person's birth date).
_ORGANISATION_TYPES = frozenset({"Organization", "NewsMediaOrganization", "Corporation", "Person", "Product", "Event"})


def meta_tags(page: MarkedElements) -> dict[str, list[str]]:
    """The page's ``<meta>`` values by lower-cased name (``property``, ``name``, ``itemprop`` or
    ``http-equiv``), in document order, their entities decoded."""
    out: dict[str, list[str]] = {}
    for el in page.tagged("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or el.get("http-equiv") or "").strip().lower()
        content = (el.get("content") or "").strip()
        if key and content:
            out.setdefault(key, []).append(" ".join(unescape(content).split()))
    return out


def first_of(meta: dict[str, list[str]], *keys: str) -> str:
    """The first value of the first of ``keys`` the page has a meta tag for, or ``""``."""
    return next((meta[k][0] for k in keys if meta.get(k)), "")


_CDATA = re.compile(r"^\s*(?://\s*)?<!\[CDATA\[|(?://\s*)?\]\]>\s*$")


def _json_ld_texts(page: MarkedElements) -> Iterator[str]:
    """The JSON-LD of the page's ``<script type="application/ld+json">`` elements, then of meta tags
    that carry it in their content (``<meta name="script:ld+json" content="{...}">``)."""
    for script in page.tagged("script"):
        if (script.get("type") or "").strip().lower() == "application/ld+json":
            yield script.text or ""
    for el in page.tagged("meta"):
        if (el.get("name") or el.get("property") or "").strip().lower().endswith("ld+json"):
            yield el.get("content") or ""


def _json_ld_objects(page: MarkedElements) -> Iterator[dict[str, Any]]:
    for text in _json_ld_texts(page):
        # some CMSs wrap the JSON in a CDATA section, or in one hidden from old parsers ("//<![CDATA[")
        raw = _CDATA.sub("", text).strip()
        if not raw:
            continue
        try:
            data = json.loads(raw)
        except ValueError:
            try:  # common breakage: raw newlines and trailing commas
                data = json.loads(re.sub(r",\s*([}\]])", r"\1", raw.replace("\n", " ")))
            except ValueError:
                continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(reversed(item))
            elif isinstance(item, dict):
                yield item
                # the article may sit in the page's graph or be the WebPage's main entity
                stack.extend(item[k] for k in ("@graph", "mainEntity") if isinstance(item.get(k), (dict, list)))


def declared_types_of(obj: dict[str, Any]) -> list[str]:
    t = obj.get("@type", [])
    return [str(x) for x in (t if isinstance(t, list) else [t])]


def declared_names(value: Any, nodes: Mapping[str, dict[str, Any]] | None = None) -> list[tuple[str, str]]:
    """(name, type) of a schema.org author/publisher value.  A reference to another node of the
    page's graph (``{"@id": ".../#/schema/person/1"}``, as Yoast writes) is read as that node,
    found in ``nodes``."""
    out: list[tuple[str, str]] = []
    for item in value if isinstance(value, list) else [value]:
        if isinstance(item, dict) and "name" not in item and nodes:
            item = nodes.get(str(item.get("@id", "")), item)
        if isinstance(item, str):
            out.append((unescape(item), ""))
        elif isinstance(item, dict):
            name = item.get("name")
            if isinstance(name, list):
                name = name[0] if name else ""
            if isinstance(name, str):
                out.append((unescape(name), " ".join(declared_types_of(item))))
    return out


@attrs.frozen
class JsonLd:
    """The JSON-LD objects the metadata readers use: the page's article, failing that a dated page
    (a WebPage or other creative work with its dates), the first organisation's name, every type
    declared, the named nodes by their ``@id`` (which an author or a publisher may refer to), and
    a thread's opening post (a forum's ``DiscussionForumPosting``, a Q&A page's ``Question``)."""

    article: dict[str, Any] | None = None
    dated_page: dict[str, Any] | None = None
    publisher: str = ""
    types: tuple[str, ...] = ()
    nodes: Mapping[str, dict[str, Any]] = attrs.field(factory=dict, eq=False)
    posting: dict[str, Any] | None = None

    def names(self, value: Any) -> list[tuple[str, str]]:
        """:func:`declared_names` of ``value``, its references read in this page's nodes."""
        return declared_names(value, self.nodes)


def read_json_ld(page: MarkedElements) -> JsonLd:
    """The page's JSON-LD article, dated page, publisher and types (see :class:`JsonLd`)."""
    article: dict[str, Any] | None = None
    dated_page: dict[str, Any] | None = None
    publisher = ""
    declared_types: list[str] = []
    nodes: dict[str, dict[str, Any]] = {}
    postings: list[dict[str, Any]] = []
    faq_entries: set[int] = set()  # the ids of an FAQPage's entries, declared as Questions
    for obj in _json_ld_objects(page):
        if isinstance(obj.get("@id"), str) and "name" in obj:
            nodes.setdefault(obj["@id"], obj)
        types = declared_types_of(obj)
        if "FAQPage" in types:
            entries = obj.get("mainEntity")
            faq_entries.update(id(e) for e in (entries if isinstance(entries, list) else [entries]))
        if id(obj) in faq_entries:
            continue  # an FAQ's question, on a story's, a shop's or a service's page: no thread
        declared_types.extend(types)
        if _POSTING_TYPES.intersection(types):
            postings.append(obj)
        if article is None and any(_ARTICLE_TYPES.search(t) for t in types):
            article = obj
        elif dated_page is None and obj.get("datePublished") and not _ORGANISATION_TYPES.intersection(types):
            dated_page = obj
        if (
            not publisher
            and any(t in ("Organization", "NewsMediaOrganization") for t in types)
            and isinstance(obj.get("name"), str)
        ):
            publisher = obj["name"]
    # one thread: a forum's index declares each of its threads
    posting = postings[0] if len(postings) == 1 else None
    return JsonLd(article, dated_page, publisher, tuple(declared_types), nodes, posting)
