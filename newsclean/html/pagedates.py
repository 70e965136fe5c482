"""The page's publication and update dates: those it declares (JSON-LD, meta tags, microdata,
``<time>``), those it shows by its headline, by its byline or in a "Posted on" line, and its URL's.
Each is a candidate with its origin, the most trusted first."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime, timedelta, timezone
from itertools import islice
from typing import Any

from ..dates import (
    MAX_DATE_TEXT,
    date_from_url,
    dates_in_text,
    days_between,
    reads_month_first,
    says_updated,
    to_iso,
)
from .bylines import MAX_AUTHOR_ELEMENTS
from .declared import JsonLd
from .elements import NOT_THE_AUTHOR, NOT_THE_PAGE, MarkedElements, element_text, root_of, short_spaced_text
from .headline import MAX_BY_LINE_WORDS, SKIPPED_TEXT, headline_lines, shown_title

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


MAX_DATE_ELEMENTS = 20
MAX_TIME_ELEMENTS = 3
_UPDATED_CLASS = re.compile(r"\b(?:updated?|modified|changed|revised)\b", re.I)  # class="field--name-changed"


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


def first_dates(texts: Iterable[str], month_first: bool | None = None) -> list[tuple[str, str]]:
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
    return next((found for side in lines if (found := first_dates(side, month_first))), [])


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
            if el is None or el.tag in SKIPPED_TEXT or NOT_THE_PAGE(el):
                break
            text = short_spaced_text(el, MAX_BY_LINE_WORDS)
            if text is None:
                break
            found = first_dates([text], month_first)
            if found:
                return found
            el = el.getparent()
    return []


# "Posted on the 15/12/2025 at 19:00 by ...", "Published on March 3, 2025": a line that says it
# gives the post's date, anywhere on the page
_POSTED_NEEDLES = ("osted", "ublished")  # what such a text node holds (the case of its first letter aside)
_OTHERS_TAGS = frozenset({"li", "aside", "nav", "footer"})  # NOT_THE_PAGE, on the element itself
_POSTED_LINE = re.compile(r"^\s*(?:posted|published)\b", re.I)


def _posted_dates(page: MarkedElements, month_first: bool | None = None) -> list[tuple[str, str]]:
    """The date of the first short "Posted on <date>" line outside comments, lists and asides."""
    for node in page.texts_holding(_POSTED_NEEDLES, _POSTED_LINE.match, MAX_AUTHOR_ELEMENTS):
        el = node.getparent()
        if node.is_tail:
            el = el.getparent()
        if el is None or el.tag in SKIPPED_TEXT or el.tag in _OTHERS_TAGS or NOT_THE_PAGE(el) or NOT_THE_AUTHOR(el):
            continue
        text = short_spaced_text(el, MAX_BY_LINE_WORDS)
        found = first_dates([text], month_first) if text else []
        if found:
            return found
    return []


_ORIGINALLY = re.compile(r"\boriginally\s+(?:published|posted)\b", re.I)
MAX_ORIGINAL_NOTE = 60  # characters read after "originally published": "on 26 Sep 2019 at 4:12pm"


def _originally_published(page: MarkedElements, month_first: bool | None = None) -> str:
    """The date of the first "originally published on <date>" note outside comments, lists and
    asides, or ``""``."""
    for node in page.texts_holding(("riginally",), bool, MAX_AUTHOR_ELEMENTS):
        m = _ORIGINALLY.search(node)
        el = node.getparent()
        if node.is_tail and el is not None:
            el = el.getparent()
        if m is None or el is None or el.tag in SKIPPED_TEXT or el.tag in _OTHERS_TAGS or NOT_THE_PAGE(el):
            continue
        after = " ".join(el.text_content().split())
        start = _ORIGINALLY.search(after)
        if start is None:
            continue
        found = dates_in_text(after[start.end() : start.end() + MAX_ORIGINAL_NOTE], month_first=month_first)
        if found and found[0][1] == "published":
            return found[0][0]
    return ""


def _visible_dates(page: MarkedElements, month_first: bool | None = None) -> list[tuple[str, str]]:
    """The first publication and update dates written out in the page's date elements."""
    elements = page.date_elements()[:MAX_DATE_ELEMENTS]
    return first_dates((element_text(el) for el in elements if not NOT_THE_PAGE(el)), month_first)


def _declared_dates(
    page: MarkedElements,
    ld: JsonLd,
    meta: dict[str, list[str]],
    lines_by_headline: list[list[str]],
    doc: dict[str, Any],
) -> Any:
    """Add the dates the page declares to ``doc``: JSON-LD, meta tags, microdata, then its first
    ``<time>`` elements (the one shown by the headline first); return that one, or None."""
    if ld.article is not None:
        doc["published"].append((to_iso(str(ld.article.get("datePublished") or "")), "json-ld:datePublished"))
        doc["modified"].append((to_iso(str(ld.article.get("dateModified") or "")), "json-ld:dateModified"))
    elif ld.dated_page is not None:
        # no Article object: the page's own dates still date it ("@type": "WebPage", "datePublished")
        doc["published"].append((to_iso(str(ld.dated_page.get("datePublished") or "")), "json-ld:page datePublished"))
        doc["modified"].append((to_iso(str(ld.dated_page.get("dateModified") or "")), "json-ld:page dateModified"))
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
    shown_times = {element_text(t): t for t in reversed(times)}  # the first <time> showing each text
    by_headline_time = next(
        (shown_times[line] for side in lines_by_headline for line in side if line in shown_times), None
    )
    if by_headline_time is not None:
        times = [by_headline_time, *(t for t in times if t is not by_headline_time)]
    for t in times[:MAX_TIME_ELEMENTS]:
        # "Updated April 10, 2025", class="changed": the page's update, not its publication
        line = t.getparent() if t.getparent() is not None else t
        classes = f"{t.get('class') or ''} {line.get('class') or ''}"
        updated = says_updated(element_text(line)[:MAX_DATE_TEXT]) or _UPDATED_CLASS.search(classes)
        doc["modified" if updated else "published"].append((to_iso(t.get("datetime", "")), "html:time"))
    return by_headline_time


def _shown_dates(
    page: MarkedElements,
    tree: Any,
    h1s: list[Any],
    lines_by_headline: list[list[str]],
    by_headline_time: Any,
    doc: dict[str, Any],
) -> None:
    """Add the dates the page shows its readers to ``doc``: when it declares none, the one by its
    headline, by its byline, in a date element or a "Posted on" line, and an "originally
    published" note; when it does, a date shown by the headline that it should give way to."""
    declared = next((value for value, _ in doc["published"] if value), "")
    # the first declared date is a <time> the page shows by its headline: it is the one shown
    declared_shown = by_headline_time is not None and declared == to_iso(by_headline_time.get("datetime", ""))
    # 3/4/2025 is read in the order of the page's language (month first in en-US), if it has one
    root = root_of(tree)
    order = reads_month_first(root.get("lang") or root.get("xml:lang") or "")
    date_lines = lines_by_headline
    if not h1s:
        # no <h1> (a design tool's markup): the headline readers see is the title, shown in the body
        date_lines = headline_lines(shown_title(tree, [t for t, _ in doc["title"]]))
    by_headline = _headline_dates(date_lines, order)
    if not declared:
        # nothing declared: the date the page shows by its headline, or beside its byline's name,
        # or in an element it marks as a date, if it writes one out
        byline_names: list[str] = next((names for names, _ in doc["authors"]), [])
        shown = (
            by_headline
            or _dates_by_name(tree, byline_names, order)
            or _visible_dates(page, order)
            or _posted_dates(page, order)
        )
        for iso, role in shown:
            doc[role].append((iso, "html:visible date"))
        # "This article was originally published on 26 Sep 2019 but has been updated": the page
        # says when the story first came out, before the date it shows now
        original = _originally_published(page, order)
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


def _url_dates(url: str, doc: dict[str, Any]) -> None:
    """Add the date in the page's URL ("/2025/12/18/slug") to ``doc``, last; first when the
    declared time is in UTC on the next day (see :func:`_utc_next_day`)."""
    url_date = date_from_url(url)
    first_declared = next((value for value, _ in doc["published"] if value), "")
    if url_date and _utc_next_day(first_declared, url_date):
        # "/2025/12/18/slug" declared "2025-12-19T02:41:41+00:00": the CMS wrote the time in UTC,
        # and the day the publisher gave the story, in its own time zone, is the one in its URL
        doc["published"].insert(0, (url_date, "url, the local day of the declared UTC time"))
    doc["published"].append((url_date, "url"))


def read_dates(
    page: MarkedElements,
    tree: Any,
    ld: JsonLd,
    meta: dict[str, list[str]],
    h1s: list[Any],
    lines_by_headline: list[list[str]],
    url: str,
    doc: dict[str, Any],
) -> None:
    """Add the page's publication and update date candidates to ``doc``, most trusted first (the
    title and author candidates already in it help find the dates shown)."""
    by_headline_time = _declared_dates(page, ld, meta, lines_by_headline, doc)
    _shown_dates(page, tree, h1s, lines_by_headline, by_headline_time, doc)
    if url:
        _url_dates(url, doc)
