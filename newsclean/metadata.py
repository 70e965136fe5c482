"""Assembling the article's metadata from the document (hints) and the filters' findings.

Every value is stored with where it came from in ``Metadata.provenance``.  Values the page does
not give stay empty.
"""

from __future__ import annotations

import functools
import hashlib
import itertools
import operator
import re
from collections.abc import Iterable
from typing import Any
from urllib.parse import urlsplit

from .dates import date_from_url, dates_in_text
from .filters.structure import LONGEST_HEADLINE_REASON, TitleFilter
from .html.bylines import THREAD_STARTER_LINK
from .html.titles import drop_site
from .kinds import Kind
from .model import Contributor, Dateline, Image, Metadata
from .page import Decision, Page
from .pagetype import FORUM, classify
from .people import strip_by
from .textshape import fold, fold_lines, is_prose

_SHINGLE = 4


def _first(pairs: Iterable[tuple[str, str]]) -> tuple[str, str]:
    for value, origin in pairs:
        if value:
            return value, origin
    return "", ""


def assemble(page: Page, doc: dict[str, Any] | None, *, url: str = "", source: str = "") -> Metadata:
    """Metadata for ``page``: ``doc`` holds what the HTML said (values and their origins)."""
    doc = doc or {}
    prov: dict[str, str] = {}
    found = _findings(page)

    def pick(field: str, *candidates: tuple[str, str]) -> str:
        value, origin = _first(candidates)
        if value:
            prov[field] = origin
        return value

    title = pick("title", *doc.get("title", []), *found["title"])
    if title and not doc and page.blocks and title == page.blocks[0].text:
        # plain text that opens with the page's title line ("Headline | Site"): the site's part
        # (its name in the URL's host) is not the headline's
        title = drop_site(title, source or "", url)
    subtitle = pick("subtitle", *doc.get("subtitle", []), *found["subtitle"])

    authors: list[str] = []
    # several bylines: the first that names people wins (the document's before the text's)
    for names, origin in [*doc.get("authors", []), *found["authors"]]:
        if names:
            authors = list(names)
            prov["authors"] = origin
            break

    agencies: list[str] = []
    agency_origins: list[str] = []
    for name, origin in [*found["agencies"], *doc.get("agencies", [])]:
        if name not in agencies:
            agencies.append(name)
            agency_origins.append(origin)
    if agencies:
        prov["agency"] = agency_origins[0]
        prov["agencies"] = "; ".join(agency_origins)

    dateline = found["dateline"]
    if dateline is not None:
        prov["dateline"] = "text:first paragraph"

    contributors = list(found["contributors"])
    contributor_origins = ["text:contributor lines"] if contributors else []
    for fields, origin in doc.get("contributors", []):
        person = Contributor(**fields)
        if all(c.name != person.name for c in contributors):
            contributors.append(person)
            contributor_origins.append(origin)
    if contributors:
        prov["contributors"] = "; ".join(dict.fromkeys(contributor_origins))

    images = _merge_images(doc.get("images", []), found["images"])
    if images:
        prov["images"] = "html:figure" if doc.get("images") else "text:captions"

    host = urlsplit(url).hostname or "" if url else ""
    source_name = pick("source", *doc.get("source", []), (source, "caller"))
    language = page.language
    if language:
        prov["language"] = page.language_origin
    declared = doc.get("declared_language", "")
    # what the document declares, then a date written on the page, then the date in the URL
    declared_dates = [c for c in doc.get("published", []) if c[1] != "url"]
    url_dates = [c for c in doc.get("published", []) if c[1] == "url"]
    if "published" not in doc and url:
        # plain text: no document was read, but the caller's URL may carry the date ("/2024/03/02/")
        url_dates = [(date_from_url(url), "url")]
    published = pick("published", *declared_dates, *found["published"], *url_dates)
    modified = pick("modified", *doc.get("modified", []), *found["modified"])
    canonical = pick("canonical_url", *doc.get("canonical_url", []))
    page_type, type_origin = classify(
        (page.text_of(b.index) for b in page.undecided()),
        url=url,
        declared=doc.get("declared_types", ()),
        og_type=doc.get("og_type", ""),
        furniture=doc.get("furniture"),
        # a wire agency or a dateline marks a news story as surely as a byline or a date does
        dated=bool(published) or dateline is not None,
        signed=bool(authors) or bool(agencies),
        datelined=dateline is not None,
        # a wire's dateline, or one with its date: "BERLIN - We are hiring ..." opens job ads too
        wire_dateline=dateline is not None and bool(dateline.agency or dateline.date),
    )
    prov["page_type"] = type_origin
    starter = doc.get("thread_starter")
    if page_type == FORUM and not authors and starter is not None and not doc.get("post_authors"):
        # a forum's thread that names no author otherwise (its posts' marked authors, when it has
        # them, named no one who may be its author): the first post's link to its user
        authors = starter()
        if authors:
            prov["authors"] = THREAD_STARTER_LINK
    return Metadata(
        title=title,
        subtitle=subtitle,
        authors=authors,
        agency=agencies[0] if agencies else "",
        agencies=agencies,
        source=source_name,
        source_domain=re.sub(r"^www\d?\.", "", host),
        url=url,
        canonical_url=canonical,
        published=published,
        modified=modified,
        language=language,
        declared_language=declared,
        section=pick("section", *doc.get("section", [])),
        tags=doc.get("tags", ()),
        dateline=dateline,
        page_type=page_type,
        contributors=contributors,
        images=images,
        provenance=prov,
    )


# The kinds of decision whose data or text _findings reads.
_FOUND_KINDS = (
    Kind.DATE,
    Kind.BYLINE,
    Kind.TITLE,
    Kind.SUBTITLE,
    Kind.CAPTION,
    Kind.CREDIT,
    Kind.DATELINE,
    Kind.CONTRIBUTORS,
)


def _findings(page: Page) -> dict[str, Any]:
    """What the filters moved out of the text, with its origin."""
    out: dict[str, Any] = {
        "title": [],
        "subtitle": [],
        "authors": [],
        "agencies": [],
        "images": [],
        "dateline": None,
        "contributors": [],
        "published": [],
        "modified": [],
    }
    decisions: list[tuple[str, Decision]] = sorted([*page.decisions.values(), *page.cuts], key=lambda fd: fd[1].block)
    comments_from = _comments_start(page, decisions)
    byline_blocks: list[int] = []
    title_decision: Decision | None = None  # the first: the headline
    published_at: list[int] = []  # the block of each of out's publication dates
    first_dated = len(page.blocks)  # the first block with a date
    for _name, d in decisions:
        if d.kind not in _FOUND_KINDS:
            continue  # most decisions remove furniture and carry nothing for the metadata
        if d.block > comments_from and d.kind is Kind.DATE:
            continue  # the time of a comment is not the story's
        line = page.blocks[d.block].line
        where = f"text:{d.kind.value} line {line}"
        data = d.data
        if d.kind in (Kind.DATE, Kind.BYLINE) and d.span is None:
            # "By Jane Doe | Aug 4, 2025", "Updated 12 March 2024": the page's own dates, read
            # with their label when it stands alone on the line above ("Last updated:")
            text = page.blocks[d.block].text
            if d.kind is Kind.DATE and (label := _date_label_above(page, d.block)):
                text = f"{label} {text}"
            for iso, role in dates_in_text(text):
                out[role].append((iso, where))
                first_dated = min(first_dated, d.block)
                if role == "published":
                    published_at.append(d.block)
        if d.kind is Kind.TITLE and data.get("title"):
            title_decision = title_decision or d
            out["title"].append((data["title"], where))
        elif d.kind is Kind.SUBTITLE and data.get("subtitle"):
            out["subtitle"].append((data["subtitle"], where))
        elif d.kind is Kind.BYLINE:
            if data.get("authors"):
                byline_blocks.append(d.block)
                out["authors"].append((data["authors"], where))
            out["agencies"].extend((a, where) for a in data.get("agencies", []))
        elif d.kind in (Kind.CAPTION, Kind.CREDIT) and (data.get("caption") or data.get("credit")):
            out["images"].append(Image(caption=data.get("caption", ""), credit=data.get("credit", "")))
        elif d.kind is Kind.DATELINE and data.get("dateline"):
            dl = data["dateline"]
            if out["dateline"] is None:
                out["dateline"] = Dateline(**dl)
            if dl.get("agency"):
                out["agencies"].append((dl["agency"], f"text:dateline line {line}"))
        elif d.kind is Kind.CONTRIBUTORS:
            out["contributors"].extend(Contributor(**c) for c in data.get("contributors", []))
            out["agencies"].extend((a, f"text:contributor line {line}") for a in data.get("agencies", []))
    # A story dated above its body ("Updated on" under the headline) is not dated by the lines
    # in it or under it: those are the dates of teasers' and related posts' cards
    start = page.body.first
    if first_dated < start:
        out["published"] = [c for c, b in zip(out["published"], published_at, strict=True) if b < start]
    # the bylines under the headline before those above it (a menu's or a teaser's "By ...")
    if title_decision is not None:
        headline = title_decision.block
        order = sorted(range(len(byline_blocks)), key=lambda i: byline_blocks[i] < headline)
        out["authors"] = [out["authors"][i] for i in order]
        byline_blocks = [byline_blocks[i] for i in order]
    if (
        title_decision is not None
        and title_decision.reason == LONGEST_HEADLINE_REASON
        and byline_blocks
        and not _signs_the_end(page, byline_blocks[0])
    ):
        # a headline found by its shape alone may be a teaser's: the one right above the byline is
        # the story's ("How Machine Learning Personalizes ..." over "Pavlina Petkova"); over a
        # byline under the story ("Text by Jane Doe") is a heading of the story's own
        over = _headline_over(page, byline_blocks[0], title_decision.block)
        if over is not None:
            out["title"].insert(
                0, (page.blocks[over].text, f"text:headline over the byline line {page.blocks[over].line}")
            )
    return out


def _date_label_above(page: Page, index: int) -> str:
    """The line above block ``index`` when it is a date's label removed as such ("Updated at",
    "Last updated:": a date line with no figure), or ""."""
    if index == 0 or page.kind_of(index - 1) is not Kind.DATE:
        return ""
    above = page.blocks[index - 1].text
    return "" if any(c.isdigit() for c in above) else above


HEADLINE_OVER_BYLINE_REACH = 3  # the headline, then a category or a share bar, then the byline
# What the line over a byline may have been taken for when it is the headline: nothing (the body
# keeps it, as it did), or a headline-shaped line before the body; not a caption's credit, a
# breadcrumb or a date
_HEADLINE_KINDS = frozenset({Kind.TEASER, Kind.DUPLICATE})


# Paragraphs of running text around a byline that signs the story at its end: more above it than
# a deck and a notice, and no more under it than a closing note
MAX_PROSE_ABOVE_BYLINE = 2
MAX_PROSE_UNDER_END_BYLINE = 1


def _signs_the_end(page: Page, byline: int) -> bool:
    """Whether the byline at ``byline`` signs the story at its end ("Text by Jane Doe" under the
    story's last paragraph), rather than heading it."""

    def prose(lo: int, hi: int, most: int) -> int:
        found = (j for j in range(lo, hi) if not page.is_decided(j) and is_prose(page.text_of(j)))
        return sum(1 for _ in itertools.islice(found, most + 1))

    region = page.body
    return (
        prose(region.first, min(byline, region.last + 1), MAX_PROSE_ABOVE_BYLINE) > MAX_PROSE_ABOVE_BYLINE
        and prose(byline + 1, region.last + 1, MAX_PROSE_UNDER_END_BYLINE) <= MAX_PROSE_UNDER_END_BYLINE
    )


def _headline_over(page: Page, byline: int, title: int) -> int | None:
    """The block of the headline-shaped line right above the byline at ``byline``, short of the
    headline found at ``title``, or None."""
    for j in range(byline - 1, max(-1, byline - 1 - HEADLINE_OVER_BYLINE_REACH), -1):
        if j == title:
            return None
        kind = page.kind_of(j)
        text = page.text_of(j)
        # (not a byline of its own: "By Jane Doe, Staff Contributor" over her name again)
        if (kind is None or kind in _HEADLINE_KINDS) and TitleFilter.is_headline(text) and strip_by(text) is None:
            return j
    return None


def _comments_start(page: Page, decisions: list[tuple[str, Decision]]) -> int:
    """The first comments widget after the article's body ("59 Comments on “Title”", "Leave a
    Reply"), or past the last block when there is none: the comment thread starts there."""
    end = page.body.last
    return next(
        (d.block for _name, d in decisions if d.kind is Kind.COMMENTS and d.block > end),
        len(page.blocks),
    )


def _merge_images(doc_images: Iterable[Image], found: Iterable[Image]) -> list[Image]:
    """Images by caption, each once; a credit found in the text completes a document's image."""
    merged: dict[str, Image] = {}
    order: list[str] = []
    for img in [*doc_images, *found]:
        key = fold(img.caption) or f"credit:{fold(img.credit)}:{img.src}"
        if key in merged:
            old = merged[key]
            merged[key] = Image(
                caption=old.caption or img.caption, credit=old.credit or img.credit, src=old.src or img.src
            )
        else:
            merged[key] = img
            order.append(key)
    # A credit alone right after a caption without one belongs to it.
    out: list[Image] = []
    for key in order:
        img = merged[key]
        if not img.caption and out and not out[-1].credit and not img.src:
            out[-1] = Image(caption=out[-1].caption, credit=img.credit, src=out[-1].src)
        else:
            out.append(img)
    return out


def content_hashes(text: str) -> tuple[str, str]:
    """(sha256 of the normalised text, 64-bit simhash of its 4-word shingles as 16 hex digits)."""
    norm = fold_lines(text).encode("utf-8")  # fold(text), from the paragraphs' cached folds
    sha = hashlib.sha256(norm).hexdigest()
    if not norm:
        return sha, ""
    # the folded text is words joined by single spaces: its shingles are cut from the bytes once,
    # rather than each one encoded
    toks = norm.split(b" ")
    if len(toks) <= _SHINGLE:
        grams = {norm}  # one shingle: the whole text
    else:  # the windows of _SHINGLE words, joined in C
        grams = set(map(b" ".join, zip(*(toks[i:] for i in range(_SHINGLE)), strict=False)))
    return sha, f"{_simhash(grams):016x}"


_HASH8 = functools.partial(hashlib.blake2b, digest_size=8)
_DIGEST = operator.methodcaller("digest")


def _simhash(grams: Iterable[bytes]) -> int:
    """Bit k is set when most of the grams' 64-bit hashes have bit k set.

    The hashes are laid end to end, and the same byte of every hash is taken as one column (a
    slice with a step, in C) read as one big integer: counting a bit over all the hashes is then a
    shift, a mask and a popcount over one byte per hash, not a Python loop over every hash (and
    not a shift of all eight bytes per bit: 5-10 times faster on a page of 600 words or more).
    """
    digests = b"".join(map(_DIGEST, map(_HASH8, grams)))  # in any order: only counts are taken
    n = len(digests) // 8
    lowest = int.from_bytes(b"\x01" * n, "big")  # bit 0 of every byte of a column
    value = 0
    for j in range(8):  # the j-th byte from the low end of each (big-endian) hash
        column = int.from_bytes(digests[7 - j :: 8], "big")
        for b in range(8):
            if ((column >> b) & lowest).bit_count() * 2 > n:
                value |= 1 << (8 * j + b)
    return value
