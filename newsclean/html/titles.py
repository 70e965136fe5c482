"""The page's title and subtitle: the headline it shows (its ``<h1>``), the titles it gives to
machines (JSON-LD, Open Graph, ``<title>``) without their " | Site" parts, and its deck."""

from __future__ import annotations

import re
from functools import lru_cache
from html import unescape
from typing import Any
from urllib.parse import urlsplit

from lxml import etree

from ..dates import dates_in_text, without_leading_date
from ..textshape import TITLE_SEPARATORS, without_invisible
from ..vocab import phrases
from .declared import JsonLd
from .elements import MarkedElements, element_text, root_of

_SEPARATED = re.compile(f"({TITLE_SEPARATORS.pattern})")


def decoded(text: str) -> str:
    """``text`` with HTML entities decoded, also those a CMS escaped twice ("&amp;#8230;")."""
    for _ in range(2):
        if "&" not in text:
            break
        text = unescape(text)
    return " ".join(without_invisible(text).split())


_MARKUP = re.compile(r"</?[a-zA-Z][^<>]*>")
_SPACE_BEFORE_STOP = re.compile(r" ([,.;:!?])")


def _description(text: str) -> str:
    """A page's description as text: some CMSs write the excerpt's HTML into it ("<p>We're
    excited to introduce <strong>Mini-SGLang</strong>...") or escape it ("&nbsp;")."""
    text = decoded(text)
    if "<" not in text:
        return text
    # a tag between words parts them; one before a comma or a stop does not
    return _SPACE_BEFORE_STOP.sub(r"\1", " ".join(_MARKUP.sub(" ", text).split()))


_TRAILING_DATELINE = re.compile(r"\s+(?:posted|published|updated)\b.*$", re.IGNORECASE)


def _clean_title(title: str, site: str, headings: frozenset[str] = frozenset()) -> str:
    """Drop a " | Site" part from a title: keep the part one of the page's ``headings`` (squashed
    ``<h1>`` texts) shows, else drop the site's part, else keep the longest part when the rest
    is short."""
    parts = TITLE_SEPARATORS.split(title)
    if len(parts) < 2:
        return title
    # "Defer, Panic, and Recover - The Go Programming Language" under <h1>Defer, Panic, and
    # Recover</h1>: the page shows its headline in the headline's place, whichever part is
    # longer (a later part shown as an <h1> is as often the site's logo)
    first = squash(parts[0])
    if first in headings and first != squash(site):
        return parts[0].strip()  # (not "Riverside Gazette | Council approves ..." under its logo)
    site_f = site.lower().strip()
    kept = [p for p in parts if p.lower().strip() != site_f]
    if len(kept) < len(parts):
        return " - ".join(kept) if len(kept) > 1 else kept[0]
    # no known site name: the longest part is the headline when the rest is short
    longest = max(parts, key=len)
    if len(longest) >= 0.6 * len(title) or all(len(p.split()) <= 4 for p in parts if p is not longest):
        return longest
    return title


def drop_site(title: str, site: str, url: str) -> str:
    """Drop a part of ``title`` that is the site's name ("... | Accruent", "... - MASV"), keeping
    the other parts and their separators; unlike :func:`_clean_title`, never guess which part is
    the headline."""
    pieces = _SEPARATED.split(title)  # part, separator, part, ...
    parts, separators = pieces[0::2], pieces[1::2]
    if len(parts) < 2:
        return title
    kept = [i for i, part in enumerate(parts) if not names_site(part, site, url)]
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


def names_site(text: str, site: str, url: str) -> bool:
    """Whether ``text`` is the site's name: its og:site_name or a label of its host name."""
    return squash(text) in _site_names(site, url)


@lru_cache(maxsize=32)
def _site_names(site: str, url: str) -> frozenset[str]:
    """The squashed names of a site (asked of every author candidate, so worked out once)."""
    return frozenset({squash(site), *_host_labels(url)} - {""})


def _host_labels(url: str) -> list[str]:
    """The labels of the URL's host name, squashed, without "www" and the top-level domain."""
    host = [x for x in (urlsplit(url).hostname or "").split(".") if x and x != "www"]
    return [squash(x) for x in host[:-1]]


MIN_SITE_NAME_CHARS = 3  # "TV", "AP": too short to be told in a host name


def site_name(site: str, url: str) -> str:
    """The name in an og:site_name that adds a tagline ("Urge Fitness | Affordable 24/7 Gyms Near
    Me", "SFist - San Francisco News, Restaurants, Events, & Sports", "Thoughts about User
    Onboarding | Userpilot Blog"): the part that names the host; the whole when no part does.
    An address ("http://www.tmz.com") or a name without a letter or a digit ("/") names no one."""
    if site.startswith(("http://", "https://")) or not any(c.isalnum() for c in site):
        return ""
    site = site.strip(" |-–—·•:»")  # "Netsmartz |": a separator with no tagline after it
    # a bar parts a name from its tagline with or without spaces ("Urge Fitness|Affordable Gyms")
    parts = [p for part in site.split("|") for p in TITLE_SEPARATORS.split(part)]
    if len(parts) == 1:
        return site
    host = [label for label in _host_labels(url) if len(label) >= MIN_SITE_NAME_CHARS]
    for part in (p.strip() for p in parts):
        name = squash(part)
        if len(name) >= MIN_SITE_NAME_CHARS and any(name in label or label in name for label in host):
            return part
    return site


def squash(text: str) -> str:
    """``text`` lower-cased, its letters and digits only ("Urge Fitness" -> "urgefitness")."""
    return "".join(c for c in text.lower() if c.isalnum())


MIN_H1_WORDS = 3  # a shorter <h1> is often the site's logo or a section name


# Class names publishers give the deck under the headline (English, French, Spanish, Italian, German).
# Not "summary", "intro" or "lede": those often mark the first paragraph of the body.  "teaser" is
# the deck on German sites; teaser cards of other stories sit in lists and asides, skipped below.
_DECK_CLASS = re.compile(
    r"(?:^|[^a-z])(?:deck|dek|standfirst|sub-?title|sub-?head(?:line)?|strapline|excerpt|chapo|chapeau|"
    r"subtitulo|entradilla|sottotitolo|occhiello|vorspann|teaser)(?:$|[^a-z])"
)
# "lead", "lede" and "intro" mark the deck where the body is not: in the headline's own <header>
# ("post__lead" under the <h1>).  "summary" there is a course page's first paragraph as often
_LEAD_CLASS = re.compile(r"(?:^|[^a-z])(?:lead|lede|intro)(?:$|[^a-z])")
_DECK_WORDS = (6, 80)
# The deck stands under the headline, past at most this many elements (a byline, a date, share
# buttons and their icons); one marked so further down is another story's excerpt or a sign-up
# box's line, and one above the headline a sign-in pop-up's or a cart's
DECK_REACH_ELEMENTS = 50


_DECK_TAGS = frozenset({"p", "h2", "div", "span", "h3"})
_NOT_THE_DECK = etree.XPath("ancestor::aside | ancestor::nav | ancestor::footer | ancestor::figure | ancestor::li")
# A card (another story's teaser, a product, an event) holds a picture (an emoji's is a
# character), a button or a form, or a heading over more text; a deck is a sentence or two, at
# most wrapped in a heading of its own, its links and bullets the story's own
_CARD_PARTS = etree.XPath(
    "descendant::*[self::picture or self::button or self::form or self::input or "
    "(self::img and not(contains(concat(' ', @class, ' '), 'emoji')))]"
)
_HEADINGS = etree.XPath("descendant::*[self::h1 or self::h2 or self::h3 or self::h4 or self::h5 or self::h6]")
# A row of links (a menu, share buttons) is links nearly all through, or half through when there
# are three or more; a deck's two links (the stories it follows) leave it the deck
ROW_OF_LINKS_SHARE = 0.8
ROW_OF_MANY_LINKS_SHARE = 0.5
# "Amar is an avid traveler and tester of products": the author's blurb, in a box marked "excerpt"
_BIO_OPENING = re.compile(r"[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,3},? (?:is|was|has been) (?:a|an|the|our)\b")
# what follows the opening in a blurb: a trade, experience, a home, or the next sentence about
# the person ("... tester of products. He has spent the last 13 years ...")
_BIO_CUE = re.compile(f"{phrases.BIO_CUE}|[.!?] (?:he|she|they) ", re.IGNORECASE)


def _is_card(el: Any, text: str) -> bool:
    """Whether the element marked as a deck is a card or a row of links (a menu, share buttons)."""
    if _CARD_PARTS(el) or any(element_text(h) != text for h in _HEADINGS(el)):
        return True
    links = list(el.iter("a"))
    if len(links) < 2:
        return False
    share = sum(len(element_text(a)) for a in links) / max(len(text), 1)
    return share >= (ROW_OF_MANY_LINKS_SHARE if len(links) >= 3 else ROW_OF_LINKS_SHARE)


def _is_bio(text: str) -> bool:
    """Whether a deck candidate reads as an author's blurb: a name "is a", then a trade,
    experience or a home ("... writer from South London", "... covering tech for 5 years")."""
    opening = _BIO_OPENING.match(text)
    return opening is not None and _BIO_CUE.search(text, opening.end()) is not None


def _deck(page: MarkedElements, headline: Any) -> str:
    """The text of the element the page marks as its deck, or ``""``: under the ``headline``
    element, within DECK_REACH_ELEMENTS of it (a page without a headline has no deck to stand
    under it: what is marked so is a pop-up's or a listing's line)."""
    if headline is None:
        return ""
    elements = page.elements
    start = next((i + 1 for i, (el, *_rest) in enumerate(elements) if el is headline), len(elements))
    cards: set[Any] = set()
    header = next((a for a in headline.iterancestors() if a.tag == "header"), None)
    for el, tag, cls, _itemprop, _id in elements[start : start + DECK_REACH_ELEMENTS]:
        if tag not in _DECK_TAGS or not cls:
            continue
        named = cls.lower()
        if not _DECK_CLASS.search(named) and not (
            header is not None and _LEAD_CLASS.search(named) and any(a is header for a in el.iterancestors())
        ):
            continue
        if _NOT_THE_DECK(el) or (cards and any(a in cards for a in el.iterancestors())):
            continue
        text = element_text(el)
        if not _DECK_WORDS[0] <= len(text.split()) <= _DECK_WORDS[1]:
            continue
        if _is_card(el, text):
            cards.add(el)  # the card's own line marked "subtitle" is not the page's deck either
        elif not _is_bio(text):
            return text
    return ""


def read_titles(
    page: MarkedElements, tree: Any, ld: JsonLd, meta: dict[str, list[str]], site: str, url: str, doc: dict[str, Any]
) -> tuple[list[Any], frozenset[Any]]:
    """Add the page's title and subtitle candidates to ``doc`` (and its ``"deck"``); return the
    page's ``<h1>`` elements with text and the elements that hold its headline (see
    :func:`~newsclean.html.elements.apart`)."""
    article = ld.article
    if article is not None:
        headline = article.get("headline") or article.get("name")
        if isinstance(headline, str):
            # a CMS often writes the SEO title, " | Site" and all, into the headline field too
            doc["title"].append((drop_site(decoded(headline), site, url), "json-ld:headline"))
        if isinstance(article.get("description"), str):
            doc["subtitle"].append((_description(article["description"]), "json-ld:description"))
    h1s = [h for h in page.tagged("h1") if element_text(h)]
    headings = frozenset(squash(element_text(h)) for h in h1s) - {""}
    for key in ("og:title", "twitter:title"):
        if meta.get(key):
            doc["title"].append((_clean_title(meta[key][0], site, headings), f"meta:{key}"))
    title_el = next(page.tagged("title"), None)
    page_title = element_text(title_el) if title_el is not None else ""
    if page_title:
        doc["title"].append((_clean_title(page_title, site, headings), "html:title"))
    # the elements that hold the headline, see apart; a class on <body> or <html> is the whole page's
    root = root_of(tree)
    story = frozenset(el for el in (root, root.find("body")) if el is not None)
    if len(h1s) == 1:
        # a date set before the headline ("Dec 18 2025 Preparing a transition") is not part of it
        h1 = decoded(without_leading_date(element_text(h1s[0])))
        dateline = _TRAILING_DATELINE.search(h1)
        if dateline and dates_in_text(dateline.group(0)):
            h1 = h1[: dateline.start()]  # "... and Security Posted on July 1, 2025 by Jane Doe"
        # an <h1> that is one part of "Headline - Site", not the site's part
        in_title = squash(h1) in {squash(p) for p in TITLE_SEPARATORS.split(page_title)} and not names_site(
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
    deck = _deck(page, h1s[0] if h1s else None)
    doc["deck"] = deck
    if deck:
        doc["subtitle"].insert(0, (deck, "html:deck element"))
    for key in ("og:description", "twitter:description", "description"):
        if meta.get(key):
            doc["subtitle"].append((_description(meta[key][0]), f"meta:{key}"))

    return h1s, story
