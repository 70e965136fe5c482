"""The page's authors and the agencies its bylines name, from the most trusted source down: JSON-LD,
meta tags, ``rel=author`` and byline elements, then, while no person is named, a "By" line by the
headline, an element marked as the author's, a link to an author's page, a "By" line anywhere, the
author's box and the name by the author's picture (``docs/metadata.md`` lists them with examples)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from lxml import etree

from ..agencies import canonical_agency
from ..dates import dates_in_text, without_dates
from ..people import (
    is_role_line,
    looks_like_name,
    looks_like_organisation,
    normalise_name,
    split_byline,
    strip_by,
    without_place,
    without_trailing_role,
)
from ..textshape import SPACE_CHARS
from .declared import JsonLd, first_of
from .elements import (
    IN_A_CARD,
    NOT_THE_BYLINE,
    NOT_THE_BYLINE_BESIDE,
    NOT_THE_PAGE,
    NOT_THE_PAGE_BESIDE,
    REGEXP_NAMESPACES,
    MarkedElements,
    apart,
    spaced_text,
)
from .headline import (
    MAX_AUTHOR_ELEMENT_WORDS,
    MAX_BY_LINE_WORDS,
    SKIPPED_TEXT,
    TextNode,
    line_after,
    texts_after,
    texts_within,
)
from .threads import starter_link
from .titles import names_site

MAX_DECLARED_NAME_WORDS = 5
MIN_SHOWN_NAME_LETTERS = 3  # shorter words of a name ("Jr", an initial) say nothing when seen


def add_people(
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
            if looks_like_name(name):
                found = [name]
            elif head := without_trailing_role(name):
                found = [head]  # "Oliver Simpson Senior Research Executive"
            elif declared and _plain_name(name):
                found = [name]
        for p in found:
            if p not in people and not _account(p):
                people.append(p)
    if people:
        out.append((people, origin))


MAX_CARD_LABELS = 4
# The origins of the user who started a forum's thread or asked a Q&A page's question
POSTING_AUTHOR = "json-ld:posting author"
MICRODATA_POSTING_AUTHOR = "microdata:posting author"
POST_MARKUP_AUTHOR = "html:first post's author"  # see threads.post_authors
THREAD_STARTER_LINK = "html:first post's user link"  # see threads.starter_link
_POSTING_AUTHORS = frozenset({POSTING_AUTHOR, MICRODATA_POSTING_AUTHOR})
# Meta tags that name the page's authors, most trusted first: HTML's own, OpenGraph's, the tags
# scholarly publishers write for Google Scholar (Highwire's citation_author, one per author, in
# the paper's order), Dublin Core's, then those of CMSs and analytics.
_AUTHOR_META = (
    "author",
    "article:author",
    "citation_author",
    "citation_authors",
    "dc.creator",
    "byl",
    "parsely-author",
    "sailthru.author",
)
# Tags whose names are written family name first, "Roy, Aniruddha", by the convention of
# library catalogues.
_SCHOLARLY_AUTHOR_META = frozenset({"citation_author", "citation_authors", "dc.creator"})
_INVERTED_NAME = re.compile(r"^\s*([^\W\d_][^,\d]*?)\s*,\s*([^\W\d_][^,\d]*?)\s*$")
MAX_INVERTED_PART_WORDS = 3


def _uninverted(name: str) -> str:
    """``"Roy, Aniruddha"`` -> ``"Aniruddha Roy"``: a catalogue's "Family, Given" in the order
    the name is read; anything else as it is (a list "Jane Doe, John Roe" has two words a side
    and reads as two names, so only a side of one word, or of initials, is taken for a part)."""
    m = _INVERTED_NAME.match(name)
    if m is None:
        return name
    family, given = m.group(1), m.group(2)
    if not all(0 < len(part.split()) <= MAX_INVERTED_PART_WORDS for part in (family, given)):
        return name
    if looks_like_name(family) and looks_like_name(given):
        return name  # two full names: "Jane Doe, John Roe"
    return f"{given} {family}"


_WRITTEN_BY_LABEL = re.compile(r"^\s*(?:written\s+by|author|by)\s*(?::\s*)?$", re.I)


# What a CMS puts in an author field when no person wrote the page.
_ACCOUNTS = frozenset(
    "undefined null none admin administrator webmaster root user guest anonymous unknown deleted editor editors "
    "staff team author".split()
)
# A word no person signs with: "NOC Admin" is the site's account, whoever runs it.
_ADMIN_WORDS = frozenset({"admin", "administrator", "webmaster", "sysadmin"})
_COMPANY_SUFFIXES = frozenset("inc inc. llc ltd ltd. plc gmbh pc corp corp. co. sa ag bv pty official".split())


# A login or a slug, not a name a person signs with: "brandon-peaktwo", "jdoe42", "262588213843476".
_LOGIN = re.compile(r"^(?=.*\d)[\w.-]+$|^[a-z0-9]+(?:[-_.][a-z0-9]+)+$")


def _placeholder(name: str) -> bool:
    """A CMS's or a forum's placeholder ("Webmaster", "undefined", "Staff", "NOC Admin", "[deleted]")
    or a company ("Acme Inc", "Brand Official") in an author field: not a person."""
    words = [w.strip(".,[]()") for w in name.lower().split()]
    return (
        not words
        or all(w in _ACCOUNTS for w in words)
        or any(w in _ADMIN_WORDS for w in words)  # "NOC Admin", "Site Administrator"
        or words[-1] in _COMPANY_SUFFIXES
    )


def _plain_name(name: str) -> bool:
    """Whether a declared value may be a name as it stands: no address or link, and no longer
    than a name."""
    return "@" not in name and "://" not in name and 0 < len(name.split()) <= MAX_DECLARED_NAME_WORDS


def _account(name: str) -> bool:
    """A placeholder, a company or a login ("jdoe42", "brandon-peaktwo") in an article's author
    field: not a person."""
    return _placeholder(name) or (len(name.split()) == 1 and _LOGIN.match(name.strip()) is not None)


# "Posted on May 3, 2025 by Jane Doe", "Last updated March 3, 2025 by": the date, then the by
_DATED_BY = re.compile(r"^\s*((?:last\s+)?(?:posted|published|updated|modified)\b.{4,40}?)\s(?=by\b)", re.I | re.S)
# "Author", "Authors", "Author(s)" alone on a line, the names on the next
_AUTHOR_LABEL = re.compile(r"^\s*(?:authors?|author\(s\))\s*(?::\s*)?$", re.I)
# An author's box is not a comment's, a related story's, a menu's, a list's (the cards of other
# stories, each with its author: "<li>... <span class=author>Par Jane Doe</span></li>") or a
# carousel's or a review wall's card.
_NOT_THE_BOX = etree.XPath(
    "ancestor-or-self::*[contains(@class, 'comment') or contains(@class, 'related')] | ancestor::nav | ancestor::li"
    f" | {IN_A_CARD}",
    namespaces=REGEXP_NAMESPACES,
)


def _in_another_article(el: Any, story: frozenset[Any], first_article: Any) -> bool:
    """Whether ``el`` is in an ``<article>`` other than the story's: not the one that holds the
    headline, nor the page's first (a card in the list of latest posts)."""
    return any(a not in story and a is not first_article for a in el.iterancestors("article"))


MAX_BOX_LINES = 8  # the name heads the box, before the biography
MAX_LINES_AFTER_PICTURE = 2  # the name beside the author's picture, or under a label
# "This post was written by Jane Doe, Head of Marketing": who wrote the post, in a sentence
_WRITTEN_BY_IN = re.compile(r"\b(?:written|authored)\s+by\s+", re.I)


def _name_in_box(nodes: Iterator[TextNode], max_lines: int = MAX_BOX_LINES) -> list[str]:
    """The author's name in an author's box (the text ``nodes`` in it, or after the author's
    picture): the first of its first lines that reads as a name ("Lauren Vetter", "David
    Gracey:"), or the name a "written by" in one of them gives."""
    lines = 0
    for text, owner, is_tail in nodes:
        element = owner.getparent() if is_tail else owner
        if element is None or element.tag in SKIPPED_TEXT or not text.strip(" \t\n\r"):
            continue
        lines += 1
        if lines > max_lines:
            break
        line = " ".join(text.split())
        written = _WRITTEN_BY_IN.search(line)
        if written:
            people, _agencies = split_byline(line[written.end() :])
            if people:
                return people[:1]
            continue
        name = normalise_name(line.strip(" :,"))
        if len(name.split()) <= MAX_AUTHOR_ELEMENT_WORDS and looks_like_name(name) and not is_role_line(name):
            return [name]
        # "Naftali Tishby, Fernando C. Pereira, William Bialek": names and nothing else
        parts = [p for p in _NAME_LIST_SEPARATOR.split(line) if p.strip()]
        if 1 < len(parts) and len(line.split()) <= MAX_BY_LINE_WORDS and all(looks_like_name(p.strip()) for p in parts):
            return [normalise_name(p) for p in parts]
    return []


_NAME_LIST_SEPARATOR = re.compile(r"\s*(?:,|&|\band\b)\s*")


# Text that opens a byline: "By Jane Doe", "Written by", "Text by", its words apart as
# normalize-space() leaves them ("By Jane Doe" or just "By").  Every lead has "by", "By" or "BY" in
# it: the XPath keeps the text nodes with one, and the pattern tests just their start (testing the
# leads in XPath ran normalize-space() sixteen times over every script that has a "by" in it).
_BY_LEADS = ("By", "by", "BY", "Written by", "Text by", "Posted by", "Article by", "Words by")
# what a text node must hold to be looked at as a "By" line (an XPath's contains() once)
_BY_NEEDLES = ("by", "By", "BY", "uthor", "UTHOR", "ontributor")
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
# a byline's expert or reviewer ("author-meta-container expert", "medical-reviewer") checked the
# story; the writer is the other name
_REVIEWER = etree.XPath(
    "ancestor-or-self::*[re:test(@class, "
    "'(^|[\\s_-])(expert|experts|reviewers?|reviewed|fact-?check(er|ed)?)($|[\\s_-])', 'i')]",
    namespaces={"re": "http://exslt.org/regular-expressions"},
)
MAX_BY_LINES = 3  # "By" lines away from the headline tried, in document order
_CODE_TAGS = frozenset({"code", "pre", "kbd", "samp"})
MAX_AUTHOR_ELEMENTS = 20  # looked at, in document order


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


# What is left around a name once the date beside it is taken out: "· Published", "|", ","
# The spaces and separators a byline's or a date label's parts are set apart by
_SEPARATORS = SPACE_CHARS + "|·•–—-"
_NAME_EDGES = _SEPARATORS + ","
_POSTED_AT_END = re.compile(r"\b(?:published|posted|on)$", re.I)


def _around_name_removed(text: str) -> str:
    """``text`` without the spaces and separators around it, nor the words of "Published on" at
    its end (stripped, not matched: a pattern anchored at the end would read a long run of
    separators again from each of its positions)."""
    text = text.strip(_NAME_EDGES)
    end = len(text)
    # the longest word ends the text within its own length of the end (an index, not a slice a
    # word: "on on on ..." would be copied once a word)
    while (posted := _POSTED_AT_END.search(text, max(0, end - len("published")), end)) is not None:
        end = posted.start()
        while end and text[end - 1] in _NAME_EDGES:
            end -= 1
    return text[:end]


# "Written by", "Posted by", "Author:": what comes before a byline's names besides "By" itself
_BYLINE_LEAD = re.compile(
    r"^\s*(?:(?:written|authored|posted|words|story|text|reporting|article)\s+(?=by\b)"
    r"|(?:authors?|author\(s\)|contributors?)\s*:\s*)",
    re.I,
)


# A byline's lead on a line of its own, the names on the next: "<span>Written by</span><a>Jane Doe</a>"
_BARE_LEAD = re.compile(
    r"^\s*(?:(?:written|authored|posted|words|story|text|reporting|article|post)\s+)?"
    r"(?:by|authors?|author\(s\)|contributors?\s*:)\s*(?::\s*)?$",
    re.I,
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
            elif following and is_role_line(following) and looks_like_name(text):
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
            name = without_place(_around_name_removed(undated))  # "Jane Doe in Politics · May 3"
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
    return _ON_BEHALF.sub("", _around_name_removed(undated))


def _in_titles(text: str, titles: Iterable[str]) -> bool:
    """Whether every word of ``text`` is a word of one of ``titles`` (a part of the headline)."""
    words = set(re.findall(r"\w+", text.lower()))
    return any(words <= set(re.findall(r"\w+", title.lower())) for title in titles)


_ON_BEHALF = re.compile(r"\s+on\s+behalf\s+of\b.*$", re.I)
# what may stand beside a date on a line of its own: "Last updated on", "Published:", "·" (the
# spaces and separators at its ends are stripped first: a pattern for them beside the label's
# own spaces would try every way of sharing a long run of them)
_DATE_LABEL = re.compile(
    r"(?:(?:last\s+)?(?:published|posted|updated|modified|revised)|date)?(?:\s*on)?(?:\s*:)?", re.I
)
_SEPARATOR_LINE = re.compile(r"^[\s|·•–—-]*$")
_LIST_SEPARATOR = re.compile(r"^\s*[,/»>]\s*$")


def _is_date_line(text: str) -> bool:
    """A line that is a date and nothing more ("23.07.2025", "Published Dec 17, 2025")."""
    return bool(dates_in_text(text)) and _DATE_LABEL.fullmatch(without_dates(text).strip(_SEPARATORS)) is not None


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


Candidates = list[tuple[list[str], str]]  # (names, origin), most trusted first


class _Judge:
    """Whether the candidates found so far name a person: not the publisher ("Cleveland Clinic" on
    a page of clevelandclinic.org), not an organisation, and not a declared login."""

    def __init__(self, publisher_names: list[str], url: str, page: MarkedElements) -> None:
        self.publisher_names, self.url, self.page = publisher_names, url, page
        self._unseen: dict[tuple[str, ...], bool] = {}

    def names_publisher(self, names: list[str]) -> bool:
        # "Cleveland Clinic" as the author of a page of clevelandclinic.org, "British Heart
        # Foundation": the page names no person
        return all(
            looks_like_organisation(n) or any(names_site(n, p, self.url) for p in self.publisher_names) for n in names
        )

    @staticmethod
    def names_login(names: list[str], origin: str) -> bool:
        # "kffnirmitap", "KatieS": a declared value that does not read as a name is kept (the page
        # says so), but a name its byline shows reads better (not a forum's: its users are logins)
        return (
            origin.startswith(("json-ld", "meta"))
            and origin not in _POSTING_AUTHORS
            and all(len(n.split()) == 1 and not looks_like_name(n) for n in names)
        )

    def unseen(self, names: list[str], origin: str) -> bool:
        # declared, but shown nowhere on the page ("Josh Katzowitz" in the meta tag, "By Charles
        # Patterson" under the headline): the account that posted the story, often an editor's
        if not origin.startswith(("json-ld", "meta")) or origin in _POSTING_AUTHORS or not names:
            return False  # a forum's user, shown by a login the page may write in lower case
        key = tuple(names)
        if key not in self._unseen:
            # any of its names: a byline may give a first name alone ("By Linny" for "Linny and Peter")
            words = {w for name in names for w in name.split() if len(w) >= MIN_SHOWN_NAME_LETTERS and w[0].isupper()}
            self._unseen[key] = not any(self.page.shows(w) for w in words)
        return self._unseen[key]

    def named_person(self, authors: Candidates) -> bool:
        return any(
            names
            and not self.names_publisher(names)
            and not self.names_login(names, origin)
            and not self.unseen(names, origin)
            for names, origin in authors
        )

    def order(self, candidate: tuple[list[str], str]) -> tuple[bool, bool, bool]:
        """The publisher as the author comes after any person a less trusted source names, and so
        does a declared name the page does not show."""
        return self.names_publisher(candidate[0]), self.names_login(*candidate), self.unseen(*candidate)


def _declared_authors(
    ld: JsonLd, meta: dict[str, list[str]], authors: Candidates, agencies: list[tuple[str, str]]
) -> None:
    """The authors and agencies the page declares: JSON-LD, then meta tags and the share card."""
    if ld.article is not None:
        names = ld.names(ld.article.get("author"))
        people = [n for n, t in names if "Organization" not in t]
        orgs = [n for n, t in names if "Organization" in t]
        add_people(people, "json-ld:author", authors, agencies, declared=True)
        for org in orgs:
            if canonical_agency(org):
                agencies.append((canonical_agency(org), "json-ld:author organization"))
        for name, _t in ld.names(ld.article.get("sourceOrganization")):
            if canonical_agency(name):
                agencies.append((canonical_agency(name), "json-ld:sourceOrganization"))
    elif ld.posting is not None:
        # a forum's thread or a Q&A page: who started it
        starters = [name for name, kind in ld.names(ld.posting.get("author")) if "Organization" not in kind]
        _add_users(starters, POSTING_AUTHOR, authors, agencies)
    for key in _AUTHOR_META:
        # a tag repeated names one author each, in order (a paper's six citation_authors)
        values = [v for v in dict.fromkeys(meta.get(key, [])) if not v.startswith(("http://", "https://"))]
        if key in _SCHOLARLY_AUTHOR_META:
            values = [_uninverted(v) for v in values]  # "Roy, Aniruddha"
        if values:
            add_people(values, f"meta:{key}", authors, agencies, declared=True)
    # the label-and-value pairs of a share card (Yoast's "twitter:label1" "Written by",
    # "twitter:data1" "Jane Doe")
    for n in range(1, MAX_CARD_LABELS + 1):
        label, value = first_of(meta, f"twitter:label{n}"), first_of(meta, f"twitter:data{n}")
        if value and _WRITTEN_BY_LABEL.match(label):
            add_people([value], f"meta:twitter:data{n}", authors, agencies, declared=True)


def _add_users(names: list[str], origin: str, authors: Candidates, agencies: list[tuple[str, str]]) -> None:
    """A forum thread's starter, by the user name the forum shows ("jdoe42" is the person here,
    where an article's author field would name the CMS's login)."""
    users: list[str] = []
    for name in names:
        name = " ".join(name.split())
        if agency := canonical_agency(name):
            agencies.append((agency, origin))
        elif _user_name(name) and name not in users:
            users.append(name)
    if users:
        authors.append((users, origin))


def linked_starter(tree: Any) -> list[str]:
    """The user a forum thread's first link to a profile names (:func:`.threads.starter_link`),
    the first whose text may be a user's name: asked for once the page is known to be a forum's
    thread that names no author otherwise."""
    name = starter_link(tree, _user_name)
    return [name] if name else []


def _user_name(name: str) -> bool:
    """Whether a forum's user name may be a person's: no agency, address, link or placeholder."""
    return not canonical_agency(name) and _plain_name(name) and not _placeholder(name)


# A forum's post or a Q&A page's question marked up as microdata (Discourse's topics, Stack
# Exchange's questions); not an FAQ's
_POSTING_ITEM = re.compile(r"/(?:DiscussionForumPosting|Question)$")
_FAQ_ITEM = re.compile(r"/FAQPage$")
_MICRODATA_NAME = etree.XPath(".//*[@itemprop='name']")


def _microdata_posting_authors(page: MarkedElements) -> list[str]:
    """The name of the first post's author (its ``itemprop=name``, or its text), when the post is
    the item it belongs to: not a reply's or an answer's, which are items of their own."""
    for el in page.itemprop_authors():
        item = next((a for a in el.iterancestors() if a.get("itemscope") is not None), None)
        if item is None or not _POSTING_ITEM.search(item.get("itemtype") or ""):
            continue
        if any(_FAQ_ITEM.search(a.get("itemtype") or "") for a in item.iterancestors()):
            continue
        named = _MICRODATA_NAME(el)
        holder = named[0] if named else el
        name = holder.get("content") or spaced_text(holder)
        return [name] if name else []
    return []


def _author_elements(page: MarkedElements, story: frozenset[Any]) -> list[str]:
    """The words of short elements the page marks as the author's ("the-author",
    "post-meta-author", itemprop=author with a link inside), read as bylines."""
    found = [
        el
        for el in page.author_elements()[:MAX_AUTHOR_ELEMENTS]
        if not apart(el, NOT_THE_BYLINE, story) and not _QUOTED(el)
    ]
    # the innermost: "<div class=post-author><div>Author</div><div class=the-author>Name"
    inner = [el for el in found if not any(o is not el and el in o.iterancestors() for o in found)]
    # "Dec. 19, 2025 · Niko Matsakis on behalf of the Vision Doc group": the name, past the date
    marked = [_undated_name(spaced_text(el)) for el in inner]
    return [m for m in marked if 0 < len(m.split()) <= MAX_AUTHOR_ELEMENT_WORDS][:2]


def _author_links(page: MarkedElements, story: frozenset[Any]) -> list[str]:
    """The text of the first link to an author's page ("/author/jane-doe"), read as a byline, with
    those beside it in the same byline (co-authors, "<a>Jane Doe</a>, ...<br><a>John Roe</a>")."""
    links = [a for a in page.author_links(story)[:MAX_AUTHOR_ELEMENTS] if not apart(a, NOT_THE_BYLINE, story)]
    texts = {a: text for a in links if (text := spaced_text(a))}
    return list(dict.fromkeys(texts[a] for a in _one_byline(list(texts))))


def _opens_a_by_line(text: str) -> bool:
    return bool(_OPENS_BYLINE.match(text) or _BARE_LEAD.match(text) or _DATED_BY.match(text))


def _by_lines_anywhere(page: MarkedElements, story: frozenset[Any]) -> list[str]:
    """The "By" lines anywhere in the page, outside comments, lists and asides, and the names under
    a label on a line of its own ("Article by", "Author"), in document order, read as bylines."""
    lines = []
    for node in page.texts_holding(_BY_NEEDLES, _opens_a_by_line, MAX_AUTHOR_ELEMENTS):
        parent = node.getparent()
        if parent is not None and node.is_tail:
            parent = parent.getparent()
        # an "Author" label on a line of its own is the page's also in a panel set beside the
        # story (an <aside> with "Published", "Author", "Related Program"), where a "By" line
        # is more often another story's
        label = _AUTHOR_LABEL.match(node) is not None
        if (
            parent is None
            or parent.tag in _CODE_TAGS
            or parent.tag == "a"  # a link of its own is a menu's: "By Category", "By Manufacturer"
            or apart(parent, NOT_THE_BYLINE_BESIDE if label else NOT_THE_BYLINE, story)
            or apart(parent, NOT_THE_PAGE_BESIDE if label else NOT_THE_PAGE, story)
        ):
            continue
        line = spaced_text(parent)
        if len(line.split()) > MAX_BY_LINE_WORDS:
            continue
        dated = _DATED_BY.match(line)
        if dated and dates_in_text(dated.group(1)):
            line = line[dated.end(1) :]  # "Last updated March 3, 2025 by Jane Doe": "by Jane Doe"
        lines.append(line)
        if _BARE_LEAD.match(line):
            lines.extend(line_after(parent))
    return _headline_bylines([lines])[:MAX_BY_LINES]


def _author_boxes(page: MarkedElements, story: frozenset[Any]) -> Iterator[list[str]]:
    """The names in the author's boxes ("About the author", at the foot of the story or beside it),
    box by box: the first of its lines that reads as a name or says who wrote the post."""
    boxes = [
        el
        for el in page.author_elements()[:MAX_AUTHOR_ELEMENTS]
        # not one that holds the headline (a "single-author" class on <body>)
        if el not in story
        and not apart(el, _NOT_THE_BOX, story)
        and not _QUOTED(el)
        and not _in_another_article(el, story, page.article())
    ]
    for box in boxes:
        if any(o in boxes for o in box.iterancestors()):
            continue  # read with the box that holds it
        names = _name_in_box(texts_within(box))
        if names:
            yield names


def _beside_author_pictures(page: MarkedElements, story: frozenset[Any]) -> Iterator[list[str]]:
    """The names next to the author's pictures ("dynamic-author-image", "author-photo")."""
    for img in page.author_images()[:MAX_AUTHOR_ELEMENTS]:
        if apart(img, _NOT_THE_BOX, story) or _in_another_article(img, story, page.article()):
            continue
        names = _name_in_box(texts_after(img), MAX_LINES_AFTER_PICTURE)
        if names:
            yield names


def read_authors(
    page: MarkedElements,
    tree: Any,
    ld: JsonLd,
    meta: dict[str, list[str]],
    lines_by_headline: list[list[str]],
    story: frozenset[Any],
    publisher_names: list[str],
    url: str,
    doc: dict[str, Any],
) -> None:
    """Add the page's author and agency candidates to ``doc``, most trusted first.  A publisher's
    name (``publisher_names``: the site's and its sources') is not a person's, see :class:`_Judge`."""
    authors, agencies = doc["authors"], doc["agencies"]
    judge = _Judge(publisher_names, url, page)
    _declared_authors(ld, meta, authors, agencies)
    if ld.article is None and ld.posting is None:
        _add_users(_microdata_posting_authors(page), MICRODATA_POSTING_AUTHOR, authors, agencies)
    if doc["post_authors"] and not any(origin in _POSTING_AUTHORS for _names, origin in authors):
        # a thread's posts marked with their authors: the first post's started it, after what the
        # page declares and before what its bylines say ("Member", a post's user title)
        _add_users(list(doc["post_authors"][:1]), POST_MARKUP_AUTHOR, authors, agencies)
    marked = [a for a in page.rel_authors() if not _OTHER_STORIES(a)]
    rel = [spaced_text(a) for a in _one_byline(marked)]
    add_people([r for r in rel if r], "html:rel=author", authors, agencies)
    # a byline in a comment or a related story's card is that one's
    bylines: list[str] = []
    for el in page.bylines(story):
        if _OTHER_STORIES(el):
            continue
        if apart(el, _REVIEWER, story):
            # "Brett Cruz & [expert] Gene Petrino": a contributor who checked the story
            reviewers, _ = split_byline(spaced_text(el))
            doc["contributors"].extend(
                ({"name": name, "role": "review"}, "html:reviewer element") for name in reviewers
            )
        else:
            bylines.append(spaced_text(el))
    add_people([b for b in bylines if 0 < len(b.split()) <= 15][:3], "html:byline element", authors, agencies)

    # while no person is named: a "By" line by the headline, then an element marked as the
    # author's, then a link to an author's page
    titles = [t for t, _ in doc["title"]]
    fallbacks: tuple[tuple[str, Callable[[], list[str]]], ...] = (
        ("html:byline line", lambda: _headline_bylines(lines_by_headline, titles)[:2]),
        ("html:author element", lambda: _author_elements(page, story)),
        ("html:author link", lambda: _author_links(page, story)),
    )
    for origin, read in fallbacks:
        if not judge.named_person(authors):
            add_people(read(), origin, authors, agencies)
    # then one candidate at a time, until one names someone: the "By" lines anywhere on the page
    # (a code sample's "by intro h1" names no one), the author's boxes, the names by the author's
    # pictures
    one_by_one: tuple[tuple[str, Callable[[], Iterable[list[str]]]], ...] = (
        ("html:by line", lambda: ([line] for line in _by_lines_anywhere(page, story))),
        ("html:author box", lambda: _author_boxes(page, story)),
        ("html:author picture", lambda: _beside_author_pictures(page, story)),
    )
    for origin, candidates in one_by_one:
        if judge.named_person(authors):
            break
        for names in candidates():
            add_people(names, origin, authors, agencies)
            if judge.named_person(authors):
                break
    authors.sort(key=judge.order)
