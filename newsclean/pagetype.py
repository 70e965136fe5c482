"""What kind of page this is: an article, or a listing, shop, forum, documentation or service page.

The verdict comes from the strongest evidence there is, in this order: what the page declares
(JSON-LD ``@type``, ``og:type``), the conventions of its URL path (``/threads/``, ``/docs/``,
``/collections/``), the page's furniture (code blocks on an undated page, prices, an "add to cart"
button), a forum's posts marked with their authors, and last the shape of the clean text (how much
of it is running prose, or a dateline).  ``Metadata.page_type`` holds the verdict and
``provenance["page_type"]`` the evidence.  A site's home page is never called a story.  On the
1,358 pages of wcxb-dev, whose labels these rules were written against, the verdict is right on
0.761 of pages (articles: precision 0.85, recall 0.92); see ``docs/metadata.md``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import urlsplit

from .textshape import is_prose, word_count

ARTICLE = "article"
FORUM = "forum"
PAGE_TYPES = (ARTICLE, "listing", "collection", "product", FORUM, "documentation", "service")

_ARTICLE_TYPES = frozenset(
    {
        "Article",
        "NewsArticle",
        "BlogPosting",
        "ReportageNewsArticle",
        "OpinionNewsArticle",
        "AnalysisNewsArticle",
        "BackgroundNewsArticle",
        "LiveBlogPosting",
        "Report",
    }
)
_FORUM_TYPES = frozenset({"DiscussionForumPosting", "QAPage", "Question"})
_DOC_TYPES = frozenset({"TechArticle", "APIReference"})
_LIST_TYPES = frozenset({"CollectionPage", "ItemList", "SearchResultsPage", "OfferCatalog"})
_PRODUCT_TYPES = frozenset({"Product", "ProductGroup"})

# Path segments that name a kind of page on most sites (not any one site).  Not "p" (Substack's and
# Medium's posts, as often as a shop's products) nor "topics" (a news site's or an encyclopedia's
# hub of stories, more often than a forum's)
_URL_SEGMENTS: tuple[tuple[str, frozenset[str]], ...] = (
    (
        FORUM,
        frozenset(
            "forum forums thread threads showthread viewthread topic viewtopic question questions t discussion "
            "discussions community".split()
        ),
    ),
    ("documentation", frozenset("docs doc documentation reference api manual handbook".split())),
    ("collection", frozenset("collections collection c shop browse".split())),
    ("product", frozenset("product products dp item".split())),
    ("listing", frozenset("category categories tag tags search archive list".split())),
)
_SEGMENT_SPLIT = re.compile(r"[/.]+")

# A shop's category page shows many prices; a product page a few and a button to buy.
MANY_PRICES = 30
SHOP_PRICES = 20
SOME_PRICES = 3
LIST_PRICES = 10  # a list of offers with prices is a shop's category page
CODE_BLOCKS = 10  # <pre> and <code> elements: documentation
ARTICLE_PROSE = 8  # prose paragraphs of an article that shows a date or an author
ARTICLE_WORDS = 600
SHORT_PROSE = 3  # ... and of a short one, dated or signed
SHORT_WORDS = 150  # a wire brief runs to 150-250 words
DATELINE_PROSE = 2  # prose paragraphs under a dateline that make a news brief
WIRE_DATELINE_PROSE = 1  # ... under a wire's or a dated one
LONG_PROSE = 15  # prose paragraphs that make an article whatever else, dated or signed,
UNSHOWN_PROSE_SHARE = 0.4  # ... or, unshown, when they are this share of the page's paragraphs
LIST_MAX_PROSE = 2  # a listing is many items and next to no prose
LIST_MIN_ITEMS = 8


def classify(
    paragraphs: Iterable[str],
    *,
    url: str = "",
    declared: Iterable[str] = (),
    og_type: str = "",
    furniture: Mapping[str, Any] | None = None,
    dated: bool = False,
    signed: bool = False,
    datelined: bool = False,
    wire_dateline: bool = False,
    reading: bool = False,
) -> tuple[str, str]:
    """``(page type, evidence)``.

    ``declared`` are the page's JSON-LD types, ``furniture`` counts from its markup (``code``,
    ``prices``, ``cart``, and the ``posts`` marked with their authors); ``dated`` and ``signed``
    say whether a date and an author were found, ``datelined`` whether the story opens with a
    dateline, which news copy carries: a brief of two paragraphs under "WASHINGTON —" is an
    article, and of one under a wire's or a dated dateline (``wire_dateline``: "KYIV, March 3
    (Reuters) -"); one paragraph under "BERLIN -" may be a job advert's.  ``reading``: the verdict
    chooses how to read the page, not what to call it.
    """
    found = declared_type(url=url, declared=declared, og_type=og_type, furniture=furniture, dated=dated)
    if found is not None:
        return found
    home = not reading and is_home_page(url)

    def story(evidence: str) -> tuple[str, str]:
        # a site's home page shows its stories, not one, however much prose they make: a paper's
        # or a blog's front page (dated), or a firm's or a product's (undated).  Only the verdict:
        # the page is still read as a story's, which keeps the most of its text
        if home:
            return ("listing" if dated else "service"), f"url: the site's home page; {evidence}"
        return ARTICLE, evidence

    if furniture is not None and int(furniture.get("posts", 0)):
        # forum software's posts, each marked with its author (see html.threads); told after the
        # reading, which they leave as it is: read as a forum's, old Reddit's comments are lost
        return FORUM, "html:posts marked with their authors"
    og = og_type.lower()
    kept = list(paragraphs)
    prose = sum(1 for p in kept if is_prose(p))
    words = sum(word_count(p) for p in kept)
    shown = dated or signed or og == "article"
    # many paragraphs of prose make a story even undated and unsigned, unless most of the page is
    # short lines around them: a service page's menus of offers, its headings and its calls to
    # action.  Such a page still reads best as a story (``reading``: recall mode keeps its prose)
    long_story = prose >= LONG_PROSE and (shown or reading or prose >= UNSHOWN_PROSE_SHARE * len(kept))
    if long_story or (prose >= ARTICLE_PROSE and words >= ARTICLE_WORDS and shown):
        return story("text shape")
    if shown and prose >= SHORT_PROSE and words >= SHORT_WORDS:  # a short story with its date or byline
        return story("text shape")
    if datelined and prose >= (WIRE_DATELINE_PROSE if wire_dateline else DATELINE_PROSE):
        return story("text shape: a dateline")
    if prose <= LIST_MAX_PROSE and len(kept) >= LIST_MIN_ITEMS:
        return "listing", "text shape"
    return "service", "text shape"


_HOME_PATHS = frozenset({"", "/", "/index.html", "/index.htm", "/index.php"})


def is_home_page(url: str) -> bool:
    """Whether ``url`` is a site's home page: no path beyond the root, and no query."""
    if not url:
        return False
    parts = urlsplit(url)
    return bool(parts.netloc) and parts.path.lower() in _HOME_PATHS and not parts.query


def declared_type(
    *,
    url: str = "",
    declared: Iterable[str] = (),
    og_type: str = "",
    furniture: Mapping[str, Any] | None = None,
    dated: bool = False,
) -> tuple[str, str] | None:
    """The verdict that needs no text: what the page declares, its URL and its furniture (or None).

    Known before the main content is extracted, so the extraction can suit the page. ``dated``: the
    page shows a date (a manual does not).
    """
    types = set(declared)
    og = og_type.lower()
    found = furniture or {}

    def prices() -> int:  # counted only when a rule needs it: a scan of the whole markup
        return int(found.get("prices", 0))

    if types & _FORUM_TYPES:
        return FORUM, "json-ld:@type"
    if types & _DOC_TYPES:
        return "documentation", "json-ld:@type"
    # a buyer's guide declares its story and a list of the offers it prices: a story
    if og == "product.group" or (types & _LIST_TYPES and not types & _ARTICLE_TYPES and prices() >= LIST_PRICES):
        return "collection", "meta:og:type" if og == "product.group" else "json-ld:@type"
    if types & _PRODUCT_TYPES or og == "product":
        verdict = "collection" if prices() >= MANY_PRICES else "product"
        return verdict, "json-ld:@type" if types & _PRODUCT_TYPES else "meta:og:type"
    if types & _ARTICLE_TYPES:
        return ARTICLE, "json-ld:@type"
    segments = {s for s in _SEGMENT_SPLIT.split(urlsplit(url).path.lower()) if s} if url else set()
    for verdict, names in _URL_SEGMENTS:
        if segments & names:
            return verdict, "url path"
    # a manual's pages carry no date; a dated page full of code is a technical blog's post
    if int(found.get("code", 0)) >= CODE_BLOCKS and not dated:
        return "documentation", "html:code blocks"
    if found.get("cart"):
        if prices() >= SHOP_PRICES:
            return "collection", "html:prices and a cart button"
        if prices() >= SOME_PRICES:
            return "product", "html:prices and a cart button"
    if types & _LIST_TYPES:
        return "listing", "json-ld:@type"
    return None
