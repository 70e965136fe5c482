"""The page-type verdict: declared types first, then URL conventions, furniture and text shape."""

from __future__ import annotations

from typing import Any

import pytest

import newsclean
from newsclean.pagetype import PAGE_TYPES, classify

PROSE = [
    f"The council voted on the new bridge for the {n} time on Monday, after years of debate about its cost "
    "and the route of the crossing, which residents have long asked for."
    for n in range(20)
]
ITEMS = [f"Item {n}" for n in range(12)]


def test_declared_types_decide_first() -> None:
    assert classify(ITEMS, declared=["NewsArticle"]) == ("article", "json-ld:@type")
    assert classify(PROSE, declared=["QAPage"]) == ("forum", "json-ld:@type")
    assert classify(PROSE, declared=["Product"], furniture={"prices": 4}) == ("product", "json-ld:@type")
    assert classify(ITEMS, declared=["Product"], furniture={"prices": 60}) == ("collection", "json-ld:@type")
    assert classify(ITEMS, og_type="product.group") == ("collection", "meta:og:type")


def test_a_priced_list_declared_beside_a_story_is_a_buyers_guide() -> None:
    """A buyer's guide declares its story and an ItemList of the offers it prices; a shop's
    category page declares the list alone."""
    guide = classify(PROSE, declared=["BlogPosting", "ItemList"], furniture={"prices": 25})
    assert guide == ("article", "json-ld:@type")
    shop = classify(ITEMS, declared=["ItemList"], furniture={"prices": 25})
    assert shop == ("collection", "json-ld:@type")
    # a shop's category page declares its products beside the list
    shop = classify(ITEMS, declared=["CollectionPage", "ItemList", "Product"], furniture={"prices": 24})
    assert shop == ("collection", "json-ld:@type")


_FAQ = (
    '{"@context": "https://schema.org", "@type": "FAQPage", "mainEntity": ['
    '{"@type": "Question", "name": "Is the bridge open?", '
    '"acceptedAnswer": {"@type": "Answer", "text": "Not yet."}}]}'
)
_QUESTION = '{"@context": "https://schema.org", "@type": "Question", "name": "Is the bridge open?"}'


def _declaring(*json_ld: str) -> str:
    """A page of prose under a headline, with these JSON-LD blocks in its head."""
    scripts = "".join(f'<script type="application/ld+json">{j}</script>' for j in json_ld)
    body = "".join(f"<p>{p}</p>" for p in PROSE)
    story = f"<article><h1>The bridge vote</h1>{body}</article>"
    return f"<html><head><title>Bridge</title>{scripts}</head><body>{story}</body></html>"


def test_an_article_with_an_faq_block_reads_as_an_article() -> None:
    """An FAQPage declares its entries as Questions, which alone would make a Q&A thread."""
    md = newsclean.clean_html(_declaring(_FAQ)).metadata
    assert md.page_type == "article"
    assert md.provenance["page_type"] != "json-ld:@type"
    # a thread declared beside a site's FAQ block is still a thread, whichever comes first
    assert newsclean.clean_html(_declaring(_FAQ, _QUESTION)).metadata.page_type == "forum"
    assert newsclean.clean_html(_declaring(_QUESTION, _FAQ)).metadata.page_type == "forum"


def test_url_conventions_come_next() -> None:
    assert classify(ITEMS, url="https://example.org/community/threads/bridge.123/") == ("forum", "url path")
    assert classify(PROSE, url="https://example.org/docs/install.html") == ("documentation", "url path")
    assert classify(ITEMS, url="https://example.org/tag/bridges/") == ("listing", "url path")


def test_furniture_then_shape() -> None:
    assert classify(PROSE[:3], furniture={"code": 25}) == ("documentation", "html:code blocks")
    assert classify(ITEMS, furniture={"cart": True, "prices": 5}) == ("product", "html:prices and a cart button")
    assert classify(PROSE, dated=True) == ("article", "text shape")
    assert classify(ITEMS) == ("listing", "text shape")
    assert classify(PROSE[:2]) == ("service", "text shape")
    # a short story counts when it shows its date or byline; the same prose unsigned does not
    assert classify(PROSE[:10], signed=True) == ("article", "text shape")
    assert classify(PROSE[:10]) == ("service", "text shape")


def test_a_wire_brief_with_its_dateline_is_an_article() -> None:
    """Two paragraphs under "KYIV, March 3 (Reuters) -": too short for the shape rules, but only
    news copy opens with a dateline."""
    assert classify(PROSE[:2], dated=True, signed=True) == ("service", "text shape")
    assert classify(PROSE[:2], dated=True, signed=True, datelined=True) == ("article", "text shape: a dateline")
    assert classify(PROSE[:1], datelined=True) == ("service", "text shape")
    assert classify(PROSE[:1], datelined=True, wire_dateline=True) == ("article", "text shape: a dateline")
    article = newsclean.clean_text(
        "Grain talks resume\n\nKYIV, March 3 (Reuters) - Ukraine and Turkey will resume talks next week on a "
        "deal that lets grain ships leave Black Sea ports, officials said on Sunday.\n\nThe deal expires on "
        "March 18, and Russia has said it will not agree to an extension unless its own exports are eased."
    )
    assert (article.metadata.page_type, article.metadata.agency) == ("article", "Reuters")
    # a place alone before a dash opens job ads and contact pages too
    advert = newsclean.clean_text(
        "Senior Engineer\n\nBERLIN - We are hiring a senior backend engineer to join our platform team "
        "in the city centre, working on payments.\n\nApply now"
    )
    assert advert.metadata.page_type == "service"
    brief = newsclean.clean_text(
        "WASHINGTON — The Senate on Tuesday passed a budget bill that would fund the government through "
        "September, sending it to the House for a final vote later this week.\n\nThe House is expected to "
        "take up the measure on Thursday, and leaders of both parties said they expected it to pass."
    )
    assert brief.metadata.page_type == "article"


def test_every_article_carries_a_verdict_and_its_evidence() -> None:
    article = newsclean.clean_text("\n\n".join(["Bridge approved", "By Jane Doe", *PROSE]))
    assert article.metadata.page_type == "article"
    assert article.metadata.provenance["page_type"] == "text shape"
    assert article.metadata.page_type in PAGE_TYPES


def test_html_page_declaring_a_product() -> None:
    html = (
        '<html><head><script type="application/ld+json">{"@type": "Product", "name": "Lamp"}</script></head>'
        "<body><h1>Lamp</h1><p>A lamp for the desk, in brass, $49.</p><button>Add to cart</button></body></html>"
    )
    md = newsclean.clean_html(html).metadata
    assert (md.page_type, md.provenance["page_type"]) == ("product", "json-ld:@type")


def test_a_wire_story_without_byline_or_date_is_an_article() -> None:
    story = "\n\n".join(["Council approves the new bridge", "BERLIN (dpa) - " + PROSE[0], *PROSE[1:5]])
    md = newsclean.clean_text(story).metadata
    assert md.agency == "dpa"
    assert md.page_type == "article"


def test_url_segments_that_name_posts_or_hubs_decide_nothing() -> None:
    """Substack's and Medium's posts live under /p/, as a shop's products may; /topics/ is a news
    site's or an encyclopedia's hub of stories more often than a forum's: the text decides."""
    assert classify(PROSE, url="https://news.example.substack.com/p/the-bridge-vote", dated=True) == (
        "article",
        "text shape",
    )
    assert classify(PROSE, url="https://example.org/topics/climate-change", dated=True) == ("article", "text shape")
    # the segments that do name a shop's product or a forum's thread still decide
    assert classify(PROSE, url="https://shop.example/product/lamp-42") == ("product", "url path")
    assert classify(PROSE, url="https://example.org/topic/12345-bridge-vote") == ("forum", "url path")


def test_a_dated_page_full_of_code_is_a_post_not_a_manual() -> None:
    assert classify(PROSE[:3], furniture={"code": 25}) == ("documentation", "html:code blocks")
    assert classify(PROSE, furniture={"code": 25}, dated=True) == ("article", "text shape")


def test_a_dated_technical_post_in_html_reads_as_an_article() -> None:
    code = "".join(f"<pre><code>let x{n} = compile({n});</code></pre>" for n in range(12))
    body = "".join(f"<p>{p}</p>{code if i == 3 else ''}" for i, p in enumerate(PROSE))
    head = '<title>Bridge</title><meta property="article:published_time" content="2025-03-02T10:00:00Z">'
    page = f"<html><head>{head}</head><body><article><h1>Porting the compiler</h1>{body}</article></body></html>"
    md = newsclean.clean_html(page).metadata
    assert md.page_type == "article"
    undated = page.replace(head, "<title>Bridge</title>")
    assert newsclean.clean_html(undated).metadata.page_type == "documentation"


def test_long_prose_among_many_short_lines_of_an_unsigned_page_is_a_service_page() -> None:
    """A service page's copy runs to many paragraphs among its offers, headings and calls to
    action; a story that shows its date or byline is a story however much is around it."""
    page = [*PROSE[:15], *(f"Our offer {n}" for n in range(30))]
    assert classify(page) == ("service", "text shape")
    assert classify(page, dated=True) == ("article", "text shape")
    assert classify(PROSE[:15] + ITEMS[:5]) == ("article", "text shape")
    # to choose how to read the page, its prose decides: recall mode keeps it
    assert classify(page, reading=True) == ("article", "text shape")


_CTA = (
    '<div class="post-cta"><h4>Want to win more jobs with less effort?</h4><a href="/trial">Start Free Trial</a></div>'
)


def _code_post(head: str) -> str:
    code = "".join(f"<pre><code>let x{n} = compile({n});</code></pre>" for n in range(12))
    body = "".join(f"<p>{p}</p>{code if i == 3 else ''}{_CTA if i == 8 else ''}" for i, p in enumerate(PROSE))
    return (
        f"<html><head><title>Bridge</title>{head}</head><body><article><h1>Porting</h1>{body}</article></body></html>"
    )


def test_a_dated_code_post_is_read_as_a_story_not_as_a_manual() -> None:
    """Read as a manual, a page keeps what its boxes hold (a manual's boxes are its content); a
    dated post full of code is read as a story, and its call-to-action box goes."""
    dated = newsclean.clean_html(_code_post('<meta property="article:published_time" content="2025-03-02T10:00:00Z">'))
    assert "Want to win more jobs" not in dated.text
    assert any("Want to win more jobs" in r.text for r in dated.removed)
    assert "Want to win more jobs" in newsclean.clean_html(_code_post("")).text


def test_a_service_shaped_page_of_long_prose_is_still_read_as_a_story(monkeypatch: pytest.MonkeyPatch) -> None:
    """The metadata calls it a service page, but recall mode reads it, as a story's prose needs."""
    from newsclean.html import extract

    modes: list[str] = []
    real = extract.extract_blocks

    def spy(*args: Any, **kwargs: Any) -> Any:
        modes.append(kwargs.get("page_type", ""))
        return real(*args, **kwargs)

    monkeypatch.setattr(extract, "extract_blocks", spy)
    offers = "".join(f"<li>Same-day repair of boilers, zone {n}</li>" for n in range(30))
    body = "".join(f"<p>{p}</p>" for p in PROSE[:15])
    page = f"<html><head><title>Offers</title></head><body><main>{body}<ul>{offers}</ul></main></body></html>"
    article = newsclean.clean_html(page)
    assert article.metadata.page_type == "service"
    assert "service" not in modes


def test_a_sites_home_page_is_a_listing_or_a_service_page_however_much_prose_it_shows() -> None:
    """A front page shows a paper's or a blog's stories (dated: a listing), or a firm's offers
    (undated: a service page), often at length; a story has a path of its own."""
    home = "https://example.org/"
    assert classify(PROSE, url=home, dated=True) == ("listing", "url: the site's home page; text shape")
    assert classify(PROSE, url=home) == ("service", "url: the site's home page; text shape")
    for story in ("https://example.org/2025/03/bridge", "https://example.org/?p=123", "https://example.org/news/"):
        assert classify(PROSE, url=story, dated=True) == ("article", "text shape")
    # what the page declares still comes first, and a home page that reads as a listing stays one
    assert classify(PROSE, url=home, declared=["NewsArticle"]) == ("article", "json-ld:@type")
    assert classify(ITEMS, url=home) == ("listing", "text shape")
    # to choose how to read it, the shape decides: recall mode keeps the prose of its stories
    assert classify(PROSE, url=home, dated=True, reading=True) == ("article", "text shape")


@pytest.mark.parametrize("home", ["https://example.org", "https://example.org/", "http://example.org/index.html"])
def test_a_home_page_keeps_its_text_and_changes_only_its_verdict(home: str) -> None:
    head = '<title>Bridge</title><meta property="article:published_time" content="2025-03-02T10:00:00Z">'
    body = "".join(f"<p>{p}</p>" for p in PROSE)
    page = f"<html><head>{head}</head><body><main><h1>Bridge</h1>{body}</main></body></html>"
    at_home = newsclean.clean_html(page, url=home)
    story = newsclean.clean_html(page, url="https://example.org/2025/03/02/bridge")
    assert (at_home.metadata.page_type, story.metadata.page_type) == ("listing", "article")
    assert at_home.metadata.provenance["page_type"] == "url: the site's home page; text shape"
    assert at_home.text == story.text
