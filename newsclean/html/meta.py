"""What a page says about itself: JSON-LD, OpenGraph and other meta tags, bylines, figures.

Each field is a list of ``(value, origin)`` candidates in order of trust; the metadata stage takes
the first non-empty one and keeps its origin.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Mapping
from datetime import date, datetime, timedelta, timezone
from functools import lru_cache
from html import unescape
from itertools import islice
from typing import Any
from urllib.parse import urlsplit

from lxml import etree
from lxml import html as lxml_html

from ..agencies import canonical_agency
from ..dates import (
    MAX_DATE_TEXT,
    date_from_url,
    dates_in_text,
    days_between,
    reads_month_first,
    says_updated,
    to_iso,
    without_dates,
    without_leading_date,
)
from ..filters.structure import split_credit, strip_credit_label
from ..language import normalise_language_tag
from ..model import Image
from ..people import (
    JOB_TITLE_WORDS,
    looks_like_name,
    looks_like_organisation,
    normalise_name,
    split_byline,
    strip_by,
    without_place,
)

_ARTICLE_TYPES = re.compile(
    r"(?:News|Reportage|Analysis|Opinion|Review|Background|Satirical|Scholarly|Tech)?Article$|BlogPosting$|Report$|LiveBlogPosting$"
)
# Objects whose dates are not the page's (an organisation's founding date, a person's birth date).
_ORGANISATION_TYPES = frozenset({"Organization", "NewsMediaOrganization", "Corporation", "Person", "Product", "Event"})
_TITLE_SEPARATORS = re.compile(r"\s+[|–—·•:»-]\s+|\s+[-–—]{2}\s+|\s+::\s+")
_SEPARATED = re.compile(f"({_TITLE_SEPARATORS.pattern})")
_MAX_FIGURES = 30


def _text(el: Any) -> str:
    return " ".join(el.text_content().split())


def _decoded(text: str) -> str:
    """``text`` with HTML entities decoded, also those a CMS escaped twice ("&amp;#8230;")."""
    for _ in range(2):
        if "&" not in text:
            break
        text = unescape(text)
    return " ".join(text.split())


_TRAILING_DATELINE = re.compile(r"\s+(?:posted|published|updated)\b.*$", re.IGNORECASE)


def _spaced_text(el: Any) -> str:
    """An element's words with its children's kept apart: ``By<span>Jane Doe</span>`` is
    "By Jane Doe", not "ByJane Doe" (a byline's parts are often separate elements)."""
    return " ".join(" ".join(el.itertext()).split())


def _short_spaced_text(el: Any, max_words: int) -> str | None:
    """:func:`_spaced_text` of ``el`` if it has at most ``max_words`` words, else None, read no
    further than that: the line by the headline may be the tail of the whole article's container."""
    words: list[str] = []
    for piece in el.itertext():
        words.extend(piece.split())
        if len(words) > max_words:
            return None
    return " ".join(words)


def _meta(page: _MarkedElements) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for el in page.tagged("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or el.get("http-equiv") or "").strip().lower()
        content = (el.get("content") or "").strip()
        if key and content:
            out.setdefault(key, []).append(" ".join(unescape(content).split()))
    return out


_CDATA = re.compile(r"^\s*(?://\s*)?<!\[CDATA\[|(?://\s*)?\]\]>\s*$")


def _json_ld_texts(page: _MarkedElements) -> Iterator[str]:
    """The JSON-LD of the page's ``<script type="application/ld+json">`` elements, then of meta tags
    that carry it in their content (``<meta name="script:ld+json" content="{...}">``)."""
    for script in page.tagged("script"):
        if (script.get("type") or "").strip().lower() == "application/ld+json":
            yield script.text or ""
    for el in page.tagged("meta"):
        if (el.get("name") or el.get("property") or "").strip().lower().endswith("ld+json"):
            yield el.get("content") or ""


def _json_ld_objects(page: _MarkedElements) -> Iterator[dict[str, Any]]:
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


def _types(obj: dict[str, Any]) -> list[str]:
    t = obj.get("@type", [])
    return [str(x) for x in (t if isinstance(t, list) else [t])]


def _names(value: Any) -> list[tuple[str, str]]:
    """(name, type) of a schema.org author/publisher value."""
    out: list[tuple[str, str]] = []
    for item in value if isinstance(value, list) else [value]:
        if isinstance(item, str):
            out.append((unescape(item), ""))
        elif isinstance(item, dict):
            name = item.get("name")
            if isinstance(name, list):
                name = name[0] if name else ""
            if isinstance(name, str):
                out.append((unescape(name), " ".join(_types(item))))
    return out


def _clean_title(title: str, site: str) -> str:
    """Drop a " | Site" part from a title."""
    parts = _TITLE_SEPARATORS.split(title)
    if len(parts) < 2:
        return title
    site_f = site.lower().strip()
    kept = [p for p in parts if p.lower().strip() != site_f]
    if len(kept) < len(parts):
        return " - ".join(kept) if len(kept) > 1 else kept[0]
    # no known site name: the longest part is the headline when the rest is short
    longest = max(parts, key=len)
    if len(longest) >= 0.6 * len(title) or all(len(p.split()) <= 4 for p in parts if p is not longest):
        return longest
    return title


def _drop_site(title: str, site: str, url: str) -> str:
    """Drop a part of ``title`` that is the site's name ("... | Accruent", "... - MASV"), keeping
    the other parts and their separators; unlike :func:`_clean_title`, never guess which part is
    the headline."""
    pieces = _SEPARATED.split(title)  # part, separator, part, ...
    parts, separators = pieces[0::2], pieces[1::2]
    if len(parts) < 2:
        return title
    kept = [i for i, part in enumerate(parts) if not _names_site(part, site, url)]
    if not kept or len(kept) == len(parts):
        return title
    out = parts[kept[0]]
    for i in kept[1:]:
        out += separators[i - 1] + parts[i]
    return out


def _shares_words(text: str, others: list[str]) -> bool:
    """Whether ``text`` has a word of four letters or more in common with one of ``others`` (or
    there are no others to compare with)."""
    if not others:
        return True
    words = {w for w in re.findall(r"\w{4,}", text.lower())}
    if not words:  # a headline in a script without long words (CJK): nothing to compare
        return True
    return any(words & set(re.findall(r"\w{4,}", o.lower())) for o in others)


def _names_site(text: str, site: str, url: str) -> bool:
    """Whether ``text`` is the site's name: its og:site_name or a label of its host name."""
    return _squash(text) in _site_names(site, url)


@lru_cache(maxsize=32)
def _site_names(site: str, url: str) -> frozenset[str]:
    """The squashed names of a site (asked of every author candidate, so worked out once)."""
    host = [x for x in (urlsplit(url).hostname or "").split(".") if x and x != "www"]
    return frozenset({_squash(site), *(_squash(x) for x in host[:-1])} - {""})


def _squash(text: str) -> str:
    return "".join(c for c in text.lower() if c.isalnum())


MAX_DECLARED_NAME_WORDS = 5
MIN_H1_WORDS = 3  # a shorter <h1> is often the site's logo or a section name


def _people(
    names: list[str],
    origin: str,
    out: list[tuple[list[str], str]],
    agencies: list[tuple[str, str]],
    *,
    declared: bool = False,
) -> None:
    """Sort byline values into people and agencies.

    A ``declared`` value (a schema.org Person, a meta author tag) is a name by the page's own word,
    so one that does not look like "First Last" ("mixmasterfred") is still kept.
    """
    people: list[str] = []
    for raw in names:
        agency = canonical_agency(raw)
        if agency:
            agencies.append((agency, origin))
            continue
        found, ags = split_byline(raw)
        agencies.extend((a, origin) for a in ags)
        if not found and not ags:
            name = normalise_name(raw)
            plain = "@" not in name and "://" not in name and 0 < len(name.split()) <= MAX_DECLARED_NAME_WORDS
            if looks_like_name(name) or (declared and plain):
                found = [name]
        for p in found:
            if p not in people and not _account(p):
                people.append(p)
    if people:
        out.append((people, origin))


# normalize-space() in XPath collapses these four, not all that str.split() does
_XML_SPACE = re.compile(r"[ \t\n\r]+")
_DATE_CLASS = re.compile("date|Date|publish|posted|updated|byline|meta")  # contains() any of them
_IN_ASIDE = etree.XPath("ancestor::aside")
_DESCRIBES_AUTHOR = re.compile(r"description|position|(?<![a-z])(?:job|role)(?![a-z])")
_IN_AUTHOR = etree.XPath("boolean(ancestor::*[@itemprop='author'])")


class _MarkedElements:
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
        # (element, tag, class, itemprop, id), the attributes "" when absent
        self.elements: list[tuple[Any, str, str, str, str]] = []
        for el in root.iter(etree.Element):  # "//" in an XPath reads the whole document
            cls, itemprop, id_ = el.get("class"), el.get("itemprop"), el.get("id")
            if cls is not None or itemprop is not None or id_ is not None or el.tag in self._TAGS:
                self.elements.append((el, el.tag, cls or "", itemprop or "", id_ or ""))

    def tagged(self, tag: str) -> Iterator[Any]:
        """The elements named ``tag`` (one of :attr:`_TAGS`), in document order."""
        return (el for el, el_tag, _cls, _itemprop, _id in self.elements if el_tag == tag)

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
        outside an ``<aside>`` (one holding the ``story``'s headline is no aside, see :func:`_apart`)."""
        return [
            el
            for el, _tag, cls, _itemprop, _id in self.elements
            if (
                ("byline" in cls and ("byline" in _XML_SPACE.split(cls) or "byline__" in cls))
                or "article-author" in cls
                or "author-name" in cls
            )
            and not _apart(el, _IN_ASIDE, story)
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

    def author_links(self, story: frozenset[Any] = frozenset()) -> list[Any]:
        """Links to a person's page ("/author/jane-doe"), where a CMS sends the reader who clicks
        the byline, outside lists and menus (see :func:`_apart`)."""
        return [
            el
            for el, tag, _cls, _itemprop, _id in self.elements
            if tag == "a"
            and ("/author/" in (href := el.get("href") or "") or "/authors/" in href)
            and not _apart(el, _IN_MENU, story)
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


def read_document(tree: Any, url: str = "") -> dict[str, Any]:
    """Metadata candidates of a parsed page."""
    page = _MarkedElements(tree)
    meta = _meta(page)

    def first(*keys: str) -> str:
        return next((meta[k][0] for k in keys if meta.get(k)), "")

    doc: dict[str, Any] = {
        k: []
        for k in (
            "title",
            "subtitle",
            "authors",
            "agencies",
            "source",
            "published",
            "modified",
            "canonical_url",
            "section",
        )
    }
    tags: list[str] = []

    article: dict[str, Any] | None = None
    dated_page: dict[str, Any] | None = None  # a WebPage or other creative work with its dates
    publisher = ""
    declared_types: list[str] = []
    for obj in _json_ld_objects(page):
        types = _types(obj)
        declared_types.extend(types)
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

    if article is not None:
        headline = article.get("headline") or article.get("name")
        if isinstance(headline, str):
            doc["title"].append((_decoded(headline), "json-ld:headline"))
        if isinstance(article.get("description"), str):
            doc["subtitle"].append((" ".join(unescape(article["description"]).split()), "json-ld:description"))
        names = _names(article.get("author"))
        people = [n for n, t in names if "Organization" not in t]
        orgs = [n for n, t in names if "Organization" in t]
        _people(people, "json-ld:author", doc["authors"], doc["agencies"], declared=True)
        for org in orgs:
            if canonical_agency(org):
                doc["agencies"].append((canonical_agency(org), "json-ld:author organization"))
        for name, _t in _names(article.get("sourceOrganization")):
            if canonical_agency(name):
                doc["agencies"].append((canonical_agency(name), "json-ld:sourceOrganization"))
        pub = _names(article.get("publisher"))
        if pub and not canonical_agency(pub[0][0]):
            doc["source"].append((pub[0][0], "json-ld:publisher"))
        doc["published"].append((to_iso(str(article.get("datePublished") or "")), "json-ld:datePublished"))
        doc["modified"].append((to_iso(str(article.get("dateModified") or "")), "json-ld:dateModified"))
    elif dated_page is not None:
        # no Article object: the page's own dates still date it ("@type": "WebPage", "datePublished")
        doc["published"].append((to_iso(str(dated_page.get("datePublished") or "")), "json-ld:page datePublished"))
        doc["modified"].append((to_iso(str(dated_page.get("dateModified") or "")), "json-ld:page dateModified"))
    if article is not None:
        section = article.get("articleSection")
        if isinstance(section, list):
            section = section[0] if section else ""
        if isinstance(section, str):
            doc["section"].append((section, "json-ld:articleSection"))
        kw = article.get("keywords")
        if isinstance(kw, str):
            tags.extend(k.strip() for k in kw.split(",") if k.strip())
        elif isinstance(kw, list):
            tags.extend(str(k).strip() for k in kw if str(k).strip())
    if publisher and not canonical_agency(publisher):
        doc["source"].append((publisher, "json-ld:Organization"))

    site = first("og:site_name", "application-name")
    # a CMS often writes the SEO title, " | Site" and all, into the headline field too
    doc["title"] = [(_drop_site(t, site, url) if o == "json-ld:headline" else t, o) for t, o in doc["title"]]
    if site:
        doc["source"].insert(0, (site, "meta:og:site_name"))
    for key in ("og:title", "twitter:title"):
        if meta.get(key):
            doc["title"].append((_clean_title(meta[key][0], site), f"meta:{key}"))
    title_el = next(page.tagged("title"), None)
    page_title = _text(title_el) if title_el is not None else ""
    if page_title:
        doc["title"].append((_clean_title(page_title, site), "html:title"))
    h1s = [h for h in page.tagged("h1") if _text(h)]
    # the elements that hold the headline, see _apart; a class on <body> or <html> is the whole page's
    root = _root(tree)
    story = frozenset(el for el in (root, root.find("body")) if el is not None)
    if len(h1s) == 1:
        # a date set before the headline ("Dec 18 2025 Preparing a transition") is not part of it
        h1 = _decoded(without_leading_date(_text(h1s[0])))
        dateline = _TRAILING_DATELINE.search(h1)
        if dateline and dates_in_text(dateline.group(0)):
            h1 = h1[: dateline.start()]  # "... and Security Posted on July 1, 2025 by Jane Doe"
        # an <h1> that is one part of "Headline - Site", not the site's part
        in_title = _squash(h1) in {_squash(p) for p in _TITLE_SEPARATORS.split(page_title)} and not _names_site(
            h1, site, url
        )
        if in_title or (len(h1.split()) >= MIN_H1_WORDS and _shares_words(h1, [t for t, _ in doc["title"]])):
            # the one headline the page shows its readers comes before the titles it gives to
            # machines, unless it has nothing in common with them (a logo, a section's name)
            doc["title"].insert(0, (h1, "html:h1"))
            story |= frozenset(h1s[0].iterancestors())
            # the footer of the <article> that holds the headline is the entry's own ("Posted by
            # Jane Doe in Travel"), not the page's
            entry = next(h1s[0].iterancestors("article"), None)
            if entry is not None:
                story |= frozenset(entry.iter("footer"))
        else:
            doc["title"].append((h1, "html:h1"))
    deck = _deck(page)
    doc["deck"] = deck
    if deck:
        doc["subtitle"].insert(0, (deck, "html:deck element"))
    for key in ("og:description", "twitter:description", "description"):
        if meta.get(key):
            doc["subtitle"].append((meta[key][0], f"meta:{key}"))

    for key in ("author", "article:author", "dc.creator", "byl", "parsely-author", "sailthru.author"):
        for value in meta.get(key, []):
            if not value.startswith(("http://", "https://")):
                _people([value], f"meta:{key}", doc["authors"], doc["agencies"], declared=True)
    # the label-and-value pairs of a share card (Yoast's "twitter:label1" "Written by",
    # "twitter:data1" "Jane Doe")
    for n in range(1, MAX_CARD_LABELS + 1):
        label, value = first(f"twitter:label{n}"), first(f"twitter:data{n}")
        if value and _WRITTEN_BY_LABEL.match(label):
            _people([value], f"meta:twitter:data{n}", doc["authors"], doc["agencies"], declared=True)
    marked = [a for a in page.rel_authors() if not _OTHER_STORIES(a)]
    rel = [_spaced_text(a) for a in _one_byline(marked)]
    _people([r for r in rel if r], "html:rel=author", doc["authors"], doc["agencies"])
    bylines = [_spaced_text(el) for el in page.bylines(story)]
    _people(
        [b for b in bylines if 0 < len(b.split()) <= 15][:3], "html:byline element", doc["authors"], doc["agencies"]
    )
    publisher_names = [site, *(name for name, _ in doc["source"])]

    def names_publisher(names: list[str]) -> bool:
        # "Cleveland Clinic" as the author of a page of clevelandclinic.org, "British Heart
        # Foundation": the page names no person
        return all(looks_like_organisation(n) or any(_names_site(n, p, url) for p in publisher_names) for n in names)

    def names_login(names: list[str], origin: str) -> bool:
        # "kffnirmitap", "KatieS": a declared value that does not read as a name is kept (the page
        # says so), but a name its byline shows reads better
        return origin.startswith(("json-ld", "meta")) and all(
            len(n.split()) == 1 and not looks_like_name(n) for n in names
        )

    def named_person() -> bool:
        return any(
            names and not names_publisher(names) and not names_login(names, origin) for names, origin in doc["authors"]
        )

    # the lines by the headline, where bylines and dates are looked for
    lines_by_headline = _headline_lines(h1s[0] if h1s else None)

    if not named_person():
        # nothing marked: a "By" line by the headline
        _people(
            _headline_bylines(lines_by_headline, [t for t, _ in doc["title"]])[:2],
            "html:byline line",
            doc["authors"],
            doc["agencies"],
        )
    if not named_person():
        # nothing above: a short element the page marks as the author's ("the-author",
        # "post-meta-author", itemprop=author with a link inside), its words read as a byline
        found = [
            el
            for el in page.author_elements()[:MAX_AUTHOR_ELEMENTS]
            if not _apart(el, _NOT_THE_AUTHOR, story) and not _QUOTED(el)
        ]
        # the innermost: "<div class=post-author><div>Author</div><div class=the-author>Name"
        inner = [el for el in found if not any(o is not el and el in o.iterancestors() for o in found)]
        # "Dec. 19, 2025 · Niko Matsakis on behalf of the Vision Doc group": the name, past the date
        marked = [_undated_name(_spaced_text(el)) for el in inner]
        _people(
            [m for m in marked if 0 < len(m.split()) <= MAX_AUTHOR_ELEMENT_WORDS][:2],
            "html:author element",
            doc["authors"],
            doc["agencies"],
        )
    if not named_person():
        # nothing else: a link to an author's page ("/author/jane-doe"), read as a byline
        linked = [
            _spaced_text(a)
            for a in page.author_links(story)[:MAX_AUTHOR_ELEMENTS]
            if not _apart(a, _NOT_THE_AUTHOR, story)
        ]
        _people([n for n in dict.fromkeys(linked) if n][:1], "html:author link", doc["authors"], doc["agencies"])

    if not named_person():
        # last: a "By" line anywhere in the page, outside comments, lists and asides, or a label
        # on a line of its own ("Article by", "Author") and the name on the next
        lines = []
        opening = [node for node in _TEXT_WITH_BY(tree) if _OPENS_BYLINE.match(node) or _BARE_LEAD.match(node)]
        for node in opening[:MAX_AUTHOR_ELEMENTS]:
            parent = node.getparent()
            if parent is not None and node.is_tail:
                parent = parent.getparent()
            if (
                parent is None
                or parent.tag in _CODE_TAGS
                or parent.tag == "a"  # a link of its own is a menu's: "By Category", "By Manufacturer"
                or _apart(parent, _NOT_THE_AUTHOR, story)
                or _apart(parent, _NOT_THE_PAGE, story)
            ):
                continue
            line = _spaced_text(parent)
            if len(line.split()) > MAX_BY_LINE_WORDS:
                continue
            lines.append(line)
            if _BARE_LEAD.match(line):
                lines.extend(_line_after(parent))
        # the first that names someone: "by intro h1" in a code sample names no one
        for byline in _headline_bylines([lines])[:MAX_BY_LINES]:
            _people([byline], "html:by line", doc["authors"], doc["agencies"])
            if named_person():
                break
    # the publisher as the author comes after any person a less trusted source names
    doc["authors"].sort(key=lambda candidate: (names_publisher(candidate[0]), names_login(*candidate)))
    for key in _PUBLISHED_META:
        if meta.get(key):
            doc["published"].append((to_iso(meta[key][0]), f"meta:{key}"))
    if not any(o.startswith("meta:") for _, o in doc["published"]):
        for key in (k for k in meta if _PUBLISHED_META_NAME.search(k)):
            doc["published"].append((to_iso(meta[key][0]), f"meta:{key}"))
    for key in _MODIFIED_META:
        if meta.get(key):
            doc["modified"].append((to_iso(meta[key][0]), f"meta:{key}"))
    for el in page.date_properties()[:3]:
        role = "modified" if el.get("itemprop") == "dateModified" else "published"
        doc[role].append((to_iso(el.get("content") or el.get("datetime") or ""), f"html:itemprop={el.get('itemprop')}"))
    times = page.machine_times()
    # a <time> shown by the headline is the page's, before those of a menu's or a sidebar's
    # stories earlier in the markup
    shown_times = {_text(t): t for t in reversed(times)}  # the first <time> showing each text
    by_headline_time = next(
        (shown_times[line] for side in lines_by_headline for line in side if line in shown_times), None
    )
    if by_headline_time is not None:
        times = [by_headline_time, *(t for t in times if t is not by_headline_time)]
    for t in times[:MAX_TIME_ELEMENTS]:
        # "Updated April 10, 2025", class="changed": the page's update, not its publication
        line = t.getparent() if t.getparent() is not None else t
        classes = f"{t.get('class') or ''} {line.get('class') or ''}"
        updated = says_updated(_text(line)[:MAX_DATE_TEXT]) or _UPDATED_CLASS.search(classes)
        doc["modified" if updated else "published"].append((to_iso(t.get("datetime", "")), "html:time"))
    declared = next((value for value, _ in doc["published"] if value), "")
    # the first declared date is a <time> the page shows by its headline: it is the one shown
    declared_shown = by_headline_time is not None and declared == to_iso(by_headline_time.get("datetime", ""))
    # 3/4/2025 is read in the order of the page's language (month first in en-US), if it has one
    root = tree.getroottree().getroot() if hasattr(tree, "getroottree") else tree
    order = reads_month_first(root.get("lang") or root.get("xml:lang") or "")
    date_lines = lines_by_headline
    if not h1s:
        # no <h1> (a design tool's markup): the headline readers see is the title, shown in the body
        date_lines = _headline_lines(_shown_title(tree, [t for t, _ in doc["title"]]))
    by_headline = _headline_dates(date_lines, order)
    if not declared:
        # nothing declared: the date the page shows by its headline, or beside its byline's name,
        # or in an element it marks as a date, if it writes one out
        byline_names = next((names for names, _ in doc["authors"]), [])
        shown = (
            by_headline
            or _dates_by_name(tree, byline_names, order)
            or _visible_dates(page, order)
            or _posted_dates(tree, order)
        )
        for iso, role in shown:
            doc[role].append((iso, "html:visible date"))
        # "This article was originally published on 26 Sep 2019 but has been updated": the page
        # says when the story first came out, before the date it shows now
        original = _originally_published(tree, order)
        shown_first = next((value for value, _ in doc["published"] if value), "")
        if original and (not shown_first or days_between(original, shown_first) > 0):
            doc["published"].insert(0, (original, "html:originally published"))
    else:
        # a publication date shown by the headline days before the declared one: the page was
        # moved or re-issued, and the date it shows is when the story first came out.  Not a date
        # element elsewhere on the page, which may be another story's.
        first_shown = next((iso for iso, role in by_headline if role == "published"), "")
        if first_shown and _shown_before(first_shown, declared):
            doc["published"].insert(0, (first_shown, "html:visible date, before the declared one"))
        elif first_shown and first_shown != declared[:10] and not declared_shown:
            # the page declares several publication dates: the one it shows by its headline is the
            # one its readers see ("2024-08-29" in JSON-LD, "2025-11-25" in a meta tag and shown),
            # unless it is the same moment as the first in another time zone
            _put_first(doc["published"], first_shown, "shown by the headline", unless=[declared])
    if url:
        url_date = date_from_url(url)
        first_declared = next((value for value, _ in doc["published"] if value), "")
        if url_date and _utc_next_day(first_declared, url_date):
            # "/2025/12/18/slug" declared "2025-12-19T02:41:41+00:00": the CMS wrote the time in UTC,
            # and the day the publisher gave the story, in its own time zone, is the one in its URL
            doc["published"].insert(0, (url_date, "url, the local day of the declared UTC time"))
        doc["published"].append((url_date, "url"))

    canon = page.canonical_url()
    if canon is not None:
        doc["canonical_url"].append((canon.strip(), "html:link rel=canonical"))
    if meta.get("og:url"):
        doc["canonical_url"].append((meta["og:url"][0], "meta:og:url"))
    if meta.get("article:section"):
        doc["section"].append((meta["article:section"][0], "meta:article:section"))
    tags.extend(meta.get("article:tag", []))
    if not tags and meta.get("keywords"):
        tags.extend(k.strip() for k in meta["keywords"][0].split(",") if k.strip())
    doc["tags"] = tuple(dict.fromkeys(tags))

    lang = normalise_language_tag(root.get("lang") or root.get("xml:lang") or "")
    doc["declared_language"] = lang or normalise_language_tag(
        first("content-language", "og:locale", "dc.language", "language")
    )
    article_el = page.article()
    doc["images"] = _figures(tree if article_el is None else article_el)
    doc["declared_types"] = tuple(dict.fromkeys(declared_types))
    doc["og_type"] = first("og:type")
    return doc


_PRICE = re.compile(r"[$€£]\s?\d")
# "add to cart", "add-to-bag"...: found with str.find on the lower-cased markup, which is many
# times faster than a regular expression over a page's 200 kB
_CART_WORDS = tuple(f"add{a}to{b}{what}" for a in " -" for b in " -" for what in ("cart", "bag", "basket"))


class Furniture(Mapping[str, Any]):
    """Counts of what tells a shop or a manual from an article: prices (``prices``), a cart button
    (``cart``) and code blocks (``code``), each worked out when first asked for."""

    def __init__(self, markup: str, tree: Any) -> None:
        self._markup, self._tree = markup, tree
        self._values: dict[str, Any] = {}

    def _compute(self, key: str) -> Any:
        if key == "prices":
            return len(_PRICE.findall(self._markup))
        if key == "cart":
            lowered = self._markup.lower()
            return any(word in lowered for word in _CART_WORDS)
        if key == "code":
            return int(self._tree.xpath("count(//pre | //code)"))
        raise KeyError(key)

    def __getitem__(self, key: str) -> Any:
        if key not in self._values:
            self._values[key] = self._compute(key)
        return self._values[key]

    def __iter__(self) -> Iterator[str]:
        return iter(("prices", "cart", "code"))

    def __len__(self) -> int:
        return 3


def furniture(markup: str, tree: Any) -> Furniture:
    """The page's furniture counts (see :class:`Furniture`)."""
    return Furniture(markup, tree)


MAX_CARD_LABELS = 4
_WRITTEN_BY_LABEL = re.compile(r"^\s*(?:written\s+by|author|by)\s*:?\s*$", re.I)


# Meta tags that carry the publication date, most specific first (Open Graph, schema.org,
# Dublin Core, Highwire/Google Scholar, CMS and analytics tags).
_PUBLISHED_META = (
    "article:published_time",
    "datepublished",
    "og:published_time",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "published",
    "published-date",
    "published_date",
    "published_time",
    "publication_date",
    "article.published",
    "citation_publication_date",
    "citation_date",
    "dc.date",
    "dc.date.issued",
    "dc.date.created",
    "dcterms.issued",
    "dcterms.created",
    "dcterms.date",
    "sailthru.date",
    "parsely-pub-date",
    "date",
)
_MODIFIED_META = (
    "article:modified_time",
    "og:updated_time",
    "datemodified",
    "dcterms.modified",
    "dc.date.modified",
    "last-modified",
)
# Other meta tags a CMS names after the publication date ("w-published-date", "post:release_date").
_PUBLISHED_META_NAME = re.compile(
    r"(?:^|[-_.:])(?:publish(?:ed)?|publication|release|created|creation)[-_.:]?(?:date|time|at)$"
)
# Dates of other stories, comments and the footer are not the page's.
_NOT_THE_PAGE = etree.XPath(
    "ancestor::aside | ancestor::nav | ancestor::footer | ancestor::li | ancestor::*[contains(@class, 'comment')]"
)
MAX_DATE_ELEMENTS = 20
MAX_TIME_ELEMENTS = 3
_UPDATED_CLASS = re.compile(r"\b(?:updated?|modified|changed|revised)\b", re.I)  # class="field--name-changed"


# What a CMS puts in an author field when no person wrote the page.
_ACCOUNTS = frozenset(
    "undefined null none admin administrator webmaster root user guest anonymous unknown editor editors staff "
    "team author".split()
)
# A word no person signs with: "NOC Admin" is the site's account, whoever runs it.
_ADMIN_WORDS = frozenset({"admin", "administrator", "webmaster", "sysadmin"})
_COMPANY_SUFFIXES = frozenset("inc inc. llc ltd ltd. plc gmbh pc corp corp. co. sa ag bv pty official".split())


# A login or a slug, not a name a person signs with: "brandon-peaktwo", "jdoe42", "262588213843476".
_LOGIN = re.compile(r"^(?=.*\d)[\w.-]+$|^[a-z0-9]+(?:[-_.][a-z0-9]+)+$")


def _account(name: str) -> bool:
    """A CMS's placeholder ("Webmaster", "undefined", "Staff", "NOC Admin"), a company ("Acme Inc", "Brand
    Official") or a login ("jdoe42", "brandon-peaktwo") in an author field: not a person."""
    words = [w.strip(".,") for w in name.lower().split()]
    return (
        not words
        or all(w in _ACCOUNTS for w in words)
        or any(w in _ADMIN_WORDS for w in words)  # "NOC Admin", "Site Administrator"
        or words[-1] in _COMPANY_SUFFIXES
        or (len(words) == 1 and _LOGIN.match(name.strip()) is not None)
    )


# comment authors, author boxes (a biography) and related stories are not the byline
_NOT_THE_AUTHOR = etree.XPath(
    "ancestor-or-self::*[contains(@class, 'comment') or contains(@class, 'bio') or contains(@class, 'avatar') "
    "or contains(@class, 'image') or contains(@class, 'related')] | ancestor::aside | ancestor::footer | ancestor::nav"
)
# Text that opens a byline: "By Jane Doe", "Written by", "Text by", its words apart as
# normalize-space() leaves them ("By Jane Doe" or just "By").  Every lead has "by", "By" or "BY" in
# it: the XPath keeps the text nodes with one, and the pattern tests just their start (testing the
# leads in XPath ran normalize-space() sixteen times over every script that has a "by" in it).
_BY_LEADS = ("By", "by", "BY", "Written by", "Text by", "Posted by", "Article by", "Words by")
_TEXT_WITH_BY = etree.XPath(
    "//text()[contains(., 'by') or contains(., 'By') or contains(., 'BY') or contains(., 'uthor')"
    " or contains(., 'UTHOR') or contains(., 'ontributor')]"
)
_OPENS_BYLINE = re.compile(
    r"[ \t\n\r]*(?:" + "|".join(lead.replace(" ", r"[ \t\n\r]+") for lead in _BY_LEADS) + r")(?:[ \t\n\r]|\Z)"
)
# The author of a quotation or a picture, not of the page: "<figcaption class=testimonial__author>"
_QUOTED = etree.XPath("boolean(ancestor-or-self::figure or ancestor-or-self::blockquote)")
# Cards of other stories and comments ("comments-open" on the <article> itself does not count).
_OTHER_STORIES = etree.XPath(
    "ancestor::*[contains(@class, 'related') or contains(@class, 'comment')]"
    "[not(self::article or self::main or self::body or self::html)]"
)
# a menu's or a list's links to a person's page are not the byline's
_IN_MENU = etree.XPath("ancestor::li | ancestor::*[contains(@class, 'menu')]")
MAX_AUTHOR_ELEMENT_WORDS = 6
MAX_BY_LINES = 3  # "By" lines away from the headline tried, in document order
_CODE_TAGS = frozenset({"code", "pre", "kbd", "samp"})
MAX_AUTHOR_ELEMENTS = 20  # looked at, in document order


MAX_AFTER_HEADLINE = 25  # text nodes read after the headline: the date line sits under it
MAX_BEFORE_HEADLINE = 6  # ... or just above it, with the section name
MAX_DATE_LINE_WORDS = 12  # "By Jane Doe | Published March 3, 2025 | 4 min read"
MAX_BY_LINE_WORDS = 15  # "by Amanda · Dec 20, 2025 at 3:00 am · One comment so far"
MAX_ROLE_WORDS = 6  # "Senior Vice President of Marketing"
MAX_DECK_LINES = 2  # long lines between the headline and its byline: the deck, a picture's caption
_SKIPPED_TEXT = frozenset({"script", "style", "noscript", "template"})


MIN_REPUBLISHED_DAYS = 2  # a day apart is a time zone: "May 3" shown, 2025-05-04T01:00Z declared


_UTC_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T[\d:.]+(?:\+00:00|Z)$")


def _put_first(candidates: list[tuple[str, str]], day: str, why: str, unless: Iterable[str] = ()) -> None:
    """Move the first of ``candidates`` on ``day`` (an ISO date) to the front, its origin saying
    ``why``; leave them as they are when none is on that day, or when it is the moment of one of
    ``unless``."""
    moments = {_moment(value) for value in unless} - {None}
    for i, (value, origin) in enumerate(candidates):
        if value and value[:10] == day:
            if _moment(value) in moments:
                return
            candidates.insert(0, (value, f"{origin}, {why}"))
            del candidates[i + 1]
            return


def _moment(value: str) -> datetime | None:
    """The moment an ISO time names ("2025-07-04T20:04:00-04:00" and "2025-07-05T00:04:00+00:00"
    are one), or None for a date alone."""
    if "T" not in value:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def _shown_before(day: str, declared: str) -> bool:
    """Whether the ISO date ``day`` is before the date of ``declared`` in every time zone: a
    declared time with its offset falls on the local days from UTC-12 to UTC+14, and is on none
    before its day at UTC-12 ("2025-12-19T22:02:58Z" is the 19th everywhere, "2025-12-19T02:00Z"
    the 18th in New York); a date alone, or a time without a zone, must be
    ``MIN_REPUBLISHED_DAYS`` later."""
    moment = _moment(declared)
    if moment is None or moment.tzinfo is None:
        return days_between(day, declared) >= MIN_REPUBLISHED_DAYS
    earliest = (moment.astimezone(timezone.utc) - timedelta(hours=12)).date()
    try:
        return date.fromisoformat(day) < earliest
    except ValueError:
        return False


def _utc_next_day(declared: str, day: str) -> bool:
    """Whether ``declared`` is a time in UTC on the day after ``day`` (an ISO date): the same
    moment, seen from a time zone behind UTC, falls on ``day``."""
    return _UTC_TIME.match(declared) is not None and days_between(day, declared) == 1


def _root(tree: Any) -> Any:
    return tree.getroottree().getroot() if hasattr(tree, "getroottree") else tree


def _apart(el: Any, query: Any, story: frozenset[Any]) -> bool:
    """Whether ``query`` finds an element around ``el`` that sets it apart from the story (a menu,
    an aside, a comment, an author's biography) and does not also hold the ``story``'s headline:
    one that does is the story's container, however it is marked (a ``<nav>`` left open that the
    parser closes at the end of the page, a "no-avatars" class on ``<body>``)."""
    return any(found not in story for found in query(el))


def _one_byline(elements: list[Any]) -> list[Any]:
    """The first of ``elements`` and those in the same byline as it (the same parent or
    grandparent): the others are the bylines of other posts on the page, or of comments."""
    if not elements:
        return []
    first = elements[0]
    near = {first.getparent(), first.getparent().getparent() if first.getparent() is not None else None} - {None}
    return [first] + [
        el
        for el in elements[1:]
        if el.getparent() in near or (el.getparent() is not None and el.getparent().getparent() in near)
    ]


# The text nodes around the headline, walked from it in Python: an XPath over the following (or
# preceding) axis tested every text node to the end of the page, scripts and all, to keep the
# first few.  Each node is (text, owner, is_tail): an element's text, or the text after it.
_TextNode = tuple[str, Any, bool]


def _texts_within(el: Any) -> Iterator[_TextNode]:
    """The text nodes inside ``el``, in document order."""
    if el.text:
        yield el.text, el, False
    for child in el:
        if isinstance(child.tag, str):  # not a comment's text, but a comment's tail is the page's
            yield from _texts_within(child)
        if child.tail:
            yield child.tail, child, True


def _texts_within_reversed(el: Any) -> Iterator[_TextNode]:
    """The text nodes inside ``el``, last first."""
    for child in el.iterchildren(reversed=True):
        if child.tail:
            yield child.tail, child, True
        if isinstance(child.tag, str):
            yield from _texts_within_reversed(child)
    if el.text:
        yield el.text, el, False


def _texts_after(el: Any) -> Iterator[_TextNode]:
    """``following::text()`` of ``el``: its tail, then what follows it at each level up."""
    node = el
    while node is not None:
        if node.tail:
            yield node.tail, node, True
        for sibling in node.itersiblings():
            if isinstance(sibling.tag, str):
                yield from _texts_within(sibling)
            if sibling.tail:
                yield sibling.tail, sibling, True
        node = node.getparent()


def _texts_before(el: Any) -> Iterator[_TextNode]:
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


def _first_lines(nodes: Iterator[_TextNode], n: int) -> list[_TextNode]:
    """The first ``n`` of ``nodes`` that are not blank (XPath's ``[normalize-space()]``)."""
    return list(islice((node for node in nodes if node[0].strip(" \t\n\r")), n))


def _headline_lines(h1: Any) -> list[list[str]]:
    """The short lines by the page's headline (its first ``<h1>`` with text), where readers look
    for its byline and date: those after it up to the first line of prose, then those just above
    it, nearest first."""
    if h1 is None:
        return []
    after = _first_lines(_texts_after(h1), MAX_AFTER_HEADLINE)
    before = _first_lines(_texts_before(h1), MAX_BEFORE_HEADLINE)  # nearest first
    sides: list[list[str]] = []
    for nodes, decks in ((after, MAX_DECK_LINES), (before, 0)):
        lines: list[str] = []
        seen: set[Any] = set()
        covered: set[Any] = set()  # elements read whole (a line, a deck)
        for node, owner, is_tail in nodes:
            # "<strong>By Jane Doe</strong> - May 3, 2025": the line is the tail's container
            parent = owner.getparent() if is_tail else owner
            if parent is None or parent.tag in _SKIPPED_TEXT or parent in seen:
                continue
            seen.add(parent)
            if covered and any(el in covered for el in parent.iterancestors()):
                continue  # the date inside a line, a link inside the deck: not lines of their own
            # a line split over elements ("<span>Published</span> <time>May 3</time>, 2025") reads
            # whole in its parent; a long one is prose, where the byline and date have ended,
            # unless it is the deck under the headline, which the byline often follows
            whole = _short_spaced_text(parent, MAX_DATE_LINE_WORDS)  # None: a longer one
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
            if not _NOT_THE_PAGE(parent):
                lines.append(text)
        sides.append(lines)
    return sides


def _line_after(el: Any) -> list[str]:
    """The short line that follows ``el`` (a byline's label on a line of its own), if any."""
    for text, owner, is_tail in _first_lines(_texts_after(el), 1):
        # the text after an element is read alone: its parent holds the label too
        line = " ".join(text.split()) if is_tail else _short_spaced_text(owner, MAX_AUTHOR_ELEMENT_WORDS)
        return [line] if line and len(line.split()) <= MAX_AUTHOR_ELEMENT_WORDS else []
    return []


MIN_SHOWN_TITLE_WORDS = 3  # a shorter title ("Blog") is as often a section's name


def _shown_title(tree: Any, titles: Iterable[str]) -> Any:
    """The first element of the page's body whose whole text is one of ``titles``, or None."""
    wanted = {" ".join(t.split()).lower() for t in titles if len(t.split()) >= MIN_SHOWN_TITLE_WORDS}
    if not wanted:
        return None
    starts = {t.split()[0] for t in wanted}
    body = tree.find(".//body") if tree.tag != "body" else tree
    for el in body.iter() if body is not None else ():
        if not isinstance(el.tag, str) or el.tag in _SKIPPED_TEXT or not (el.text or "").strip():
            continue
        if el.text.split()[0].lower() in starts and _text(el).lower() in wanted:
            return el
    return None


def _first_dates(texts: Iterable[str], month_first: bool | None = None) -> list[tuple[str, str]]:
    """The first publication date written in ``texts``, and the first update date before it
    (``month_first``: the order of slashed dates, see :func:`dates_in_text`)."""
    found: dict[str, str] = {}
    for text in texts:
        for iso, role in dates_in_text(text, month_first=month_first):
            found.setdefault(role, iso)
        if "published" in found:
            break
    return [(iso, role) for role, iso in found.items()]


def _headline_dates(lines: list[list[str]], month_first: bool | None = None) -> list[tuple[str, str]]:
    """The publication and update dates written in the lines by the headline."""
    return next((found for side in lines if (found := _first_dates(side, month_first))), [])


# What is left around a name once the date beside it is taken out: "· Published", "|", ","
_AROUND_NAME = re.compile(r"^[\s|·•,–—-]+|(?:[\s|·•,–—-]|\b(?:published|posted|on)\b)+$", re.I)
# "Written by", "Posted by", "Author:": what comes before a byline's names besides "By" itself
_BYLINE_LEAD = re.compile(
    r"^\s*(?:(?:written|authored|posted|words|story|text|reporting|article)\s+(?=by\b)|(?:authors?|contributors?)\s*:\s*)",
    re.I,
)


# A byline's lead on a line of its own, the names on the next: "<span>Written by</span><a>Jane Doe</a>"
_BARE_LEAD = re.compile(
    r"^\s*(?:(?:written|authored|posted|words|story|text|reporting|article|post)\s+)?(?:by|authors?|contributors?\s*:)\s*:?\s*$",
    re.I,
)


def _is_role_line(text: str) -> bool:
    """A job title on a line of its own: "Co-Founder & Marketing Director", "Tech Writer"."""
    words = [w for w in re.split(r"[\s,&/]+", text.lower()) if w and w not in ("of", "and", "at")]
    return (
        0 < len(words) <= MAX_ROLE_WORDS
        and any(w in JOB_TITLE_WORDS for w in words)
        and not any(c.isdigit() for c in text)
    )


def _headline_bylines(lines: list[list[str]], titles: Iterable[str] = ()) -> list[str]:
    """The lines by the headline that read as a byline: "By Jane Doe · May 3, 2025", a name
    beside the date ("Jane Doe · May 3, 2025"), or a name above its job title ("Jane Doe" then
    "Staff Writer"); failing those, a name on a line of its own next to a line that is a date
    ("Elliot Raba" then "23.07.2025"), unless its words are the headline's."""
    out: list[str] = []
    apart: list[str] = []
    for side in lines:
        for i, text in enumerate(side):
            following = side[i + 1] if i + 1 < len(side) else ""
            bare = _BARE_LEAD.match(text)
            if bare and following:
                if bare.group(0).strip().lower().startswith(("author", "contributor")):
                    out.append(following)  # "Author" then "Isaiah Shelton"
                    continue
                text = f"{text} {following}"
            elif following and _is_role_line(following) and looks_like_name(text):
                out.append(text)
                continue
            lead = _BYLINE_LEAD.match(text)
            rest = text[lead.end() :] if lead else text
            if (lead and lead.group(0).lower().strip().startswith(("author", "contributor"))) or strip_by(
                rest
            ) is not None:
                out.append(rest)
                continue
            # a name and a date on one line; a bare name on a line of its own is as often a
            # category's or the site's name, and is taken only next to a date line, failing all else
            undated = without_dates(text)
            name = without_place(_AROUND_NAME.sub("", undated))  # "Jane Doe in Politics · May 3"
            name = _ON_BEHALF.sub("", name)  # "Niko Matsakis on behalf of the Vision Doc group"
            # "Sides, Sourdough · May 3, 2025" lists the page's categories
            if undated != " ".join(text.split()) and "," not in name and looks_like_name(name):
                out.append(name)
            elif looks_like_name(text) and _beside_a_date_line(side, i) and not _in_titles(text, titles):
                apart.append(text)
    return out or apart[:1]


def _undated_name(text: str) -> str:
    """``text`` without the date in it and what stands around the name once the date is out (a
    "·", "Published", an "on behalf of ..."); ``text`` itself when it has no date."""
    undated = without_dates(text)
    if undated == " ".join(text.split()):
        return text
    return _ON_BEHALF.sub("", _AROUND_NAME.sub("", undated))


def _in_titles(text: str, titles: Iterable[str]) -> bool:
    """Whether every word of ``text`` is a word of one of ``titles`` (a part of the headline)."""
    words = set(re.findall(r"\w+", text.lower()))
    return any(words <= set(re.findall(r"\w+", title.lower())) for title in titles)


_ON_BEHALF = re.compile(r"\s+on\s+behalf\s+of\b.*$", re.I)
# what may stand beside a date on a line of its own: "Last updated on", "Published:", "·"
_DATE_LABEL = re.compile(
    r"^[\s|·•–—-]*(?:(?:last\s+)?(?:published|posted|updated|modified|revised)|date)?\s*(?:on)?\s*:?[\s|·•–—-]*$",
    re.I,
)
_SEPARATOR_LINE = re.compile(r"^[\s|·•–—-]*$")
_LIST_SEPARATOR = re.compile(r"^\s*[,/»>]\s*$")


def _is_date_line(text: str) -> bool:
    """A line that is a date and nothing more ("23.07.2025", "Published Dec 17, 2025")."""
    return bool(dates_in_text(text)) and _DATE_LABEL.match(without_dates(text)) is not None


def _beside_a_date_line(side: list[str], i: int) -> bool:
    """Whether the line ``i`` of ``side`` has a date line next to it, past separators ("·"), and
    is not an item of a list ("Nonessential Thoughts", ",", "Technology") or of a breadcrumb
    ("Wellness", "/", "Living Healthy", "/", "November 28, 2025")."""
    if any(0 <= j < len(side) and _LIST_SEPARATOR.match(side[j]) for j in (i - 1, i + 1)):
        return False
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(side) and _SEPARATOR_LINE.match(side[j]):
            j += step
        if 0 <= j < len(side) and _is_date_line(side[j]):
            return True
    return False


MAX_NAME_LINES = 5  # the places a byline's name is looked for


def _dates_by_name(tree: Any, names: list[str], month_first: bool | None = None) -> list[tuple[str, str]]:
    """The dates written beside the first of ``names`` where the page shows it: in the short line
    that holds the name ("Posted on 15/12/2025 by Jane Doe"), or in the small block around it (the
    name over its date, "Jane Doe" then "December 17, 2025")."""
    if not names or "'" in names[0]:
        return []
    for node in islice(tree.xpath(f"//text()[contains(., '{names[0]}')]"), MAX_NAME_LINES):
        el = node.getparent()
        for _ in range(3):  # the name's element, its line, the block of the line
            if el is None or el.tag in _SKIPPED_TEXT or _NOT_THE_PAGE(el):
                break
            text = _short_spaced_text(el, MAX_BY_LINE_WORDS)
            if text is None:
                break
            found = _first_dates([text], month_first)
            if found:
                return found
            el = el.getparent()
    return []


# "Posted on the 15/12/2025 at 19:00 by ...", "Published on March 3, 2025": a line that says it
# gives the post's date, anywhere on the page
_TEXT_WITH_POSTED = etree.XPath("//text()[contains(., 'osted') or contains(., 'ublished')]")
_OTHERS_TAGS = frozenset({"li", "aside", "nav", "footer"})  # _NOT_THE_PAGE, on the element itself
_POSTED_LINE = re.compile(r"^\s*(?:posted|published)\b", re.I)


def _posted_dates(tree: Any, month_first: bool | None = None) -> list[tuple[str, str]]:
    """The date of the first short "Posted on <date>" line outside comments, lists and asides."""
    for node in islice((n for n in _TEXT_WITH_POSTED(tree) if _POSTED_LINE.match(n)), MAX_AUTHOR_ELEMENTS):
        el = node.getparent()
        if node.is_tail:
            el = el.getparent()
        if el is None or el.tag in _SKIPPED_TEXT or el.tag in _OTHERS_TAGS or _NOT_THE_PAGE(el) or _NOT_THE_AUTHOR(el):
            continue
        text = _short_spaced_text(el, MAX_BY_LINE_WORDS)
        found = _first_dates([text], month_first) if text else []
        if found:
            return found
    return []


_TEXT_WITH_ORIGINALLY = etree.XPath("//text()[contains(., 'riginally')]")
_ORIGINALLY = re.compile(r"\boriginally\s+(?:published|posted)\b", re.I)
MAX_ORIGINAL_NOTE = 60  # characters read after "originally published": "on 26 Sep 2019 at 4:12pm"


def _originally_published(tree: Any, month_first: bool | None = None) -> str:
    """The date of the first "originally published on <date>" note outside comments, lists and
    asides, or ``""``."""
    for node in islice(_TEXT_WITH_ORIGINALLY(tree), MAX_AUTHOR_ELEMENTS):
        m = _ORIGINALLY.search(node)
        el = node.getparent()
        if node.is_tail and el is not None:
            el = el.getparent()
        if m is None or el is None or el.tag in _SKIPPED_TEXT or el.tag in _OTHERS_TAGS or _NOT_THE_PAGE(el):
            continue
        after = " ".join(el.text_content().split())
        start = _ORIGINALLY.search(after)
        if start is None:
            continue
        found = dates_in_text(after[start.end() : start.end() + MAX_ORIGINAL_NOTE], month_first=month_first)
        if found and found[0][1] == "published":
            return found[0][0]
    return ""


def _visible_dates(page: _MarkedElements, month_first: bool | None = None) -> list[tuple[str, str]]:
    """The first publication and update dates written out in the page's date elements."""
    elements = page.date_elements()[:MAX_DATE_ELEMENTS]
    return _first_dates((_text(el) for el in elements if not _NOT_THE_PAGE(el)), month_first)


# Class names publishers give the deck under the headline (English, French, Spanish, Italian, German).
# Not "summary", "intro" or "lede": those often mark the first paragraph of the body.  "teaser" is
# the deck on German sites; teaser cards of other stories sit in lists and asides, skipped below.
_DECK_CLASS = re.compile(
    r"(?:^|[^a-z])(?:deck|dek|standfirst|sub-?title|sub-?head(?:line)?|strapline|excerpt|chapo|chapeau|"
    r"subtitulo|entradilla|sottotitolo|occhiello|vorspann|teaser)(?:$|[^a-z])"
)
_DECK_WORDS = (6, 80)


_DECK_TAGS = frozenset({"p", "h2", "div", "span", "h3"})
_NOT_THE_DECK = etree.XPath("ancestor::aside | ancestor::nav | ancestor::footer | ancestor::figure | ancestor::li")


def _deck(page: _MarkedElements) -> str:
    """The text of the element the page marks as its deck, or ``""``."""
    for el, tag, cls, _itemprop, _id in page.elements:
        if tag not in _DECK_TAGS or not cls or not _DECK_CLASS.search(cls.lower()):
            continue
        if _NOT_THE_DECK(el):
            continue
        text = _text(el)
        if _DECK_WORDS[0] <= len(text.split()) <= _DECK_WORDS[1]:
            return text
    return ""


_CREDIT_CLASS = re.compile(r"credit|copyright|source|photographer|byline|attribution", re.IGNORECASE)


_NOT_THE_FIGURES = etree.XPath("ancestor::aside | ancestor::nav | ancestor::footer")


def _figures(scope: Any) -> list[Image]:
    """The captioned figures in ``scope`` (the page's first ``<article>``, else the whole page)."""
    images: list[Image] = []
    for fig in scope.iter("figure"):
        if _NOT_THE_FIGURES(fig):
            continue
        cap_el = fig.find(".//figcaption")
        if cap_el is None:
            continue
        credit = ""
        for el in cap_el.iter():
            if el is not cap_el and _CREDIT_CLASS.search(el.get("class") or ""):
                credit = _text(el)
                el_text = credit
                break
        else:
            el_text = ""
        caption = _text(cap_el)
        if el_text and caption.endswith(el_text):
            caption = caption[: -len(el_text)].strip()
        split = split_credit(caption)
        if split is not None:
            caption, found = split
            credit = credit or found
        credit = strip_credit_label(credit)
        img = fig.find(".//img")
        src = img.get("src", "") if img is not None else ""
        if caption or credit:
            images.append(Image(caption=caption, credit=credit, src=src))
        if len(images) >= _MAX_FIGURES:
            break
    return images


def parse(markup: str) -> Any:
    """Parse HTML once with lxml (the tree is shared by every later stage), or None."""
    from trafilatura.utils import load_html

    tree = load_html(markup)
    if tree is None:
        try:
            tree = lxml_html.document_fromstring(f"<html><body><div>{markup}</div></body></html>")
        except (ValueError, TypeError):
            return None
    return tree
