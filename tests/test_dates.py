"""Dates written out on the page: read whole, never guessed."""

from __future__ import annotations

import pytest

import newsclean
from newsclean.dates import dates_in_text, reads_month_first, to_iso

from .helpers import PROSE, PROSE2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Published Aug. 4, 2025", [("2025-08-04", "published")]),
        ("August 4th, 2025 at 10:05 am", [("2025-08-04", "published")]),
        ("4. August 2025", [("2025-08-04", "published")]),
        ("Le 4 août 2025", [("2025-08-04", "published")]),
        ("4 de agosto de 2025", [("2025-08-04", "published")]),
        ("Posted on 2023-06-08 by admin", [("2023-06-08", "published")]),
        ("31.12.2024, 18:00 Uhr", [("2024-12-31", "published")]),
        ("Last updated on December 17th, 2025", [("2025-12-17", "modified")]),
        ("Essay - Published: 2025.12.17 | 6 min", [("2025-12-17", "published")]),
        ("by admin on 04-ago-2021 5:11", [("2021-08-04", "published")]),
        ("Updated: 10/31/2024", [("2024-10-31", "modified")]),  # month first: 31 is no month
        ("31/10/2025", [("2025-10-31", "published")]),  # day first
        ("04.08.2025", [("2025-08-04", "published")]),  # dotted: day first, as Europe writes them
        ("06.18.2025", [("2025-06-18", "published")]),  # ... unless only month first reads
        ("[Submitted on 18 Dec 2025]", [("2025-12-18", "published")]),
        ("Stand: 03.03.2024, 14:05 Uhr", [("2024-03-03", "modified")]),  # "as of": the last change
        (
            "Published 3 Mar 2024 | Updated: 12 March 2024",
            [("2024-03-03", "published"), ("2024-03-12", "modified")],
        ),
    ],
)
def test_whole_dates_are_read(text: str, expected: list[tuple[str, str]]) -> None:
    assert dates_in_text(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "March 2024",  # no day: reading one would be a guess
        "04/08/2025",  # April 8 or 4 August?
        "3/4/2025",
        "release v1.2025.10.12.3",  # a version number, not a date
        "February 30, 2024",  # no such day
        "© 2024 The Daily Planet",
        "Page 12 of 2024 results",
    ],
)
def test_no_date_is_guessed(text: str) -> None:
    assert dates_in_text(text) == []


def test_a_slashed_date_either_order_reads_is_read_in_the_pages_order() -> None:
    assert dates_in_text("Posted 8/1/2025", month_first=True) == [("2025-08-01", "published")]
    assert dates_in_text("Posted 8/1/2025", month_first=False) == [("2025-01-08", "published")]
    assert dates_in_text("Posted 8/13/2025", month_first=False) == [("2025-08-13", "published")]  # one order only
    assert dates_in_text("Posted 04.08.2025", month_first=True) == [("2025-04-08", "published")]
    assert dates_in_text("Posted 31.08.2025", month_first=True) == [("2025-08-31", "published")]
    assert [reads_month_first(tag) for tag in ("en-US", "en_us", "en-GB", "fr", "de-AT", "en", "en-CA", "")] == [
        True,
        True,
        False,
        False,
        False,
        None,
        None,
        None,
    ]


def test_a_date_line_in_scraped_text_gives_the_publication_date() -> None:
    text = (
        "Council approves the new bridge\n\n"
        "By Jane Doe\n\n"
        "Updated March 12, 2024\n\n"
        "Published March 11, 2024\n\n"
        + "\n\n".join(
            f"The council voted on the bridge for the {n} time on Monday, after years of debate about the cost "
            "and the route of the crossing, which residents have long asked for."
            for n in ("first", "second", "third")
        )
    )
    md = newsclean.clean_text(text).metadata
    assert md.published == "2024-03-11"
    assert md.modified == "2024-03-12"
    assert md.provenance["published"].startswith("text:date line")


def test_a_german_date_line_gives_the_dates() -> None:
    paragraphs = "\n\n".join(
        f"Der Stadtrat hat am Montag zum {n} Mal über die neue Brücke abgestimmt, nach Jahren des Streits "
        "über die Kosten und den Verlauf der Querung, die sich die Anwohner lange gewünscht haben."
        for n in ("ersten", "zweiten", "dritten")
    )
    for line, published, modified in [
        ("Veröffentlicht am 3. März 2024, 10:15 Uhr", "2024-03-03", ""),
        ("Mo., 3. März 2024", "2024-03-03", ""),
        ("Stand: 04.03.2024, 14:05 Uhr", "", "2024-03-04"),
    ]:
        article = newsclean.clean_text(f"Stadtrat beschließt den Bau der neuen Brücke\n\n{line}\n\n{paragraphs}")
        assert (article.metadata.published, article.metadata.modified) == (published, modified), line
        assert [r.kind.value for r in article.removed if r.text == line] == ["date"], line
        assert article.paragraphs[0].startswith("Der Stadtrat"), line


def _page(head: str, top: str) -> str:
    body = "".join(
        f"<p>The council voted on the bridge for the {n} time on Monday, after years of debate about the "
        "cost and the route of the crossing, which residents have long asked for.</p>"
        for n in ("first", "second", "third", "fourth")
    )
    return (
        f"<html><head><title>Bridge approved</title>{head}</head><body><article><h1>Bridge approved</h1>"
        f"{top}{body}</article><aside><ul><li><span class='date'>May 1, 2020</span> Other story</li></ul>"
        "</aside><footer><p class='meta'>© 2024 The Daily Planet</p></footer></body></html>"
    )


def test_html_declared_date_wins_over_the_written_one() -> None:
    head = '<meta property="article:published_time" content="2024-03-10T08:00:00+01:00">'
    md = newsclean.clean_html(_page(head, "<p class='post-date'>March 11, 2024</p>")).metadata
    assert md.published == "2024-03-10T08:00:00+01:00"
    assert md.provenance["published"] == "meta:article:published_time"


def test_html_written_date_when_nothing_is_declared() -> None:
    md = newsclean.clean_html(_page("", "<div class='entry-meta'>By Jane Doe · March 11, 2024</div>")).metadata
    assert md.published == "2024-03-11"
    assert md.provenance["published"] == "html:visible date"


def test_html_dates_of_other_stories_and_the_footer_are_not_the_pages() -> None:
    md = newsclean.clean_html(_page("", "")).metadata
    assert md.published == ""


def test_a_meta_date_written_out_is_read() -> None:
    assert to_iso("July 17, 2025") == "2025-07-17"
    assert to_iso("Mon, 01 Dec 2025 10:00:00 GMT") == "2025-12-01T10:00:00+00:00"
    assert to_iso("next week") == ""


def test_html_an_update_is_not_the_publication() -> None:
    top = '<p class="byline">Updated <time datetime="2025-04-10T06:00">April 10, 2025</time></p>'
    md = newsclean.clean_html(_page("", top)).metadata
    assert md.published == ""
    assert md.modified == "2025-04-10T06:00:00"
    # the page states only its update: that is the page's date
    assert md.date == "2025-04-10T06:00:00"


_NESTED_LD = (
    '<script type="application/ld+json">{"@type": "WebPage", "mainEntity": {"@type": "Article", '
    '"headline": "Bridge approved", "datePublished": "2024-12-09T22:52:11-05:00"}}</script>'
)
_PAGE_LD = '<script type="application/ld+json">{"@type": "WebPage", "datePublished": "2025-12-19T14:00:18Z"}</script>'
_CDATA_LD = (
    '<script type="application/ld+json">//<![CDATA[\n{"@type": "NewsArticle", '
    '"datePublished": "2020-07-10T14:15:42+00:00"}\n//]]></script>'
)


_DECK = (
    "Fasting has been shown to reduce blood pressure and improve cognition, but <em>May 3, 2025</em> "
    "research says not everyone should try it."
)
_DECLARED = '<script type="application/ld+json">{"@type": "Article", "datePublished": "2025-11-29T01:28:31Z"}</script>'
_DECLARED_LATE = (
    '<script type="application/ld+json">{"@type": "Article", "datePublished": "2025-11-29T21:10:00Z"}</script>'
)
# two publication dates declared: an Article's and a meta tag's
_TWO_DECLARED = (
    '<script type="application/ld+json">{"@type": "Article", "datePublished": "2024-06-02T10:00:00Z"}</script>'
    '<meta name="date" content="2025-03-14">'
)
_UTC_DECLARED = '<meta property="article:published_time" content="2025-07-05T00:04:00+00:00">'


def test_html_dates_inside_the_deck_are_not_the_pages() -> None:
    md = newsclean.clean_html(_page("", f"<p>{_DECK}</p>")).metadata
    assert md.published == ""


@pytest.mark.parametrize(
    ("head", "top", "published", "origin"),
    [
        ("", "<div><p>November 2, 2022</p></div>", "2022-11-02", "html:visible date"),  # under the headline
        (_NESTED_LD, "", "2024-12-09T22:52:11-05:00", "json-ld:datePublished"),  # the WebPage's mainEntity
        (_PAGE_LD, "", "2025-12-19T14:00:18+00:00", "json-ld:page datePublished"),  # no Article object
        ('<meta name="published" content="July 17, 2025">', "", "2025-07-17", "meta:published"),  # written out
        (_CDATA_LD, "", "2020-07-10T14:15:42+00:00", "json-ld:datePublished"),  # in a CDATA section
        (  # the byline and date under the deck
            "",
            f"<p>{_DECK}</p><div><span>Published</span> May 6, 2025</div>",
            "2025-05-06",
            "html:visible date",
        ),
        (  # the date in the tail of the byline's element
            "",
            "<div><strong>By <a href='/team/vo'>Vahid Osman</a></strong> - Mar 27, 2024</div>",
            "2024-03-27",
            "html:visible date",
        ),
        ('<meta name="w-published-date" content="2025-05-27">', "", "2025-05-27", "meta:w-published-date"),
        (  # shown days before the declared date: the page was moved, the story is older
            _DECLARED,
            "<p class='byline'>Published <time>August 13, 2025</time></p>",
            "2025-08-13",
            "html:visible date, before the declared one",
        ),
        (  # a day apart is the time zone of the declared time, not a re-issue
            _DECLARED,
            "<p class='byline'>Published <time>November 28, 2025</time></p>",
            "2025-11-29T01:28:31+00:00",
            "json-ld:datePublished",
        ),
        (  # ... unless no time zone puts the declared time on the day shown (21:10 UTC is the 29th everywhere)
            _DECLARED_LATE,
            "<p class='byline'>Published <time>November 28, 2025</time></p>",
            "2025-11-28",
            "html:visible date, before the declared one",
        ),
        (  # two dates declared: the one shown by the headline, with its origin
            _TWO_DECLARED,
            "<p class='byline'>March 14, 2025</p>",
            "2025-03-14",
            "meta:date, shown by the headline",
        ),
        (  # the same moment in the publisher's time zone is no other date: the first declared stands
            _UTC_DECLARED,
            "<p class='byline'><time datetime='2025-07-04T20:04:00-04:00'>July 4, 2025</time></p>",
            "2025-07-05T00:04:00+00:00",
            "meta:article:published_time",
        ),
        (  # "8/1/2025" on a page in en-US is August 1
            "",
            "<p class='byline'>By Jane Doe · 8/1/2025</p>",
            "2025-08-01",
            "html:visible date",
        ),
    ],
)
def test_html_publication_date_and_its_origin(head: str, top: str, published: str, origin: str) -> None:
    md = newsclean.clean_html(_page(head, top).replace("<html>", '<html lang="en-US">')).metadata
    assert md.published == published
    assert md.provenance["published"] == origin


def test_url_dates_with_the_month_by_name() -> None:
    from newsclean.dates import date_from_url

    assert date_from_url("https://example.org/blog/2023/october/03/wine-types/") == "2023-10-03"
    assert date_from_url("https://example.org/world/2023/oct/3/story") == "2023-10-03"
    assert date_from_url("https://example.org/2023/05/17/story") == "2023-05-17"
    assert date_from_url("https://example.org/2023/guides/17/story") == ""


def test_html_the_urls_day_before_a_declared_utc_time_is_the_local_day() -> None:
    head = '<meta property="article:published_time" content="2025-12-19T02:41:41+00:00">'
    md = newsclean.clean_html(_page(head, ""), url="https://blog.example.org/2025/12/18/comfort-watches/").metadata
    assert md.published == "2025-12-18"
    assert md.provenance["published"] == "url, the local day of the declared UTC time"
    # a time with its own offset is the publisher's: its day stands
    head = '<meta property="article:published_time" content="2025-12-19T02:41:41-05:00">'
    md = newsclean.clean_html(_page(head, ""), url="https://blog.example.org/2025/12/18/comfort-watches/").metadata
    assert md.published == "2025-12-19T02:41:41-05:00"
    # two days apart is not a time zone
    head = '<meta property="article:published_time" content="2025-12-20T02:41:41+00:00">'
    md = newsclean.clean_html(_page(head, ""), url="https://blog.example.org/2025/12/18/comfort-watches/").metadata
    assert md.published == "2025-12-20T02:41:41+00:00"


def test_html_the_time_shown_by_the_headline_wins_over_a_menus_earlier_ones() -> None:
    menu = (
        "<div class='view-latest-news'><div class='row'><time datetime='2025-01-31T12:00:00Z'>01/31/2025</time>"
        "<a href='/n1'>Past president passes away</a></div></div>"
    )
    top = "<div class='node__meta'><time datetime='2017-03-01T12:00:00Z'>03/01/2017</time> by Jane Doe</div>"
    markup = _page("", top).replace("<body>", f"<body>{menu}")
    md = newsclean.clean_html(markup).metadata
    assert md.published == "2017-03-01T12:00:00+00:00"
    assert md.provenance["published"] == "html:time"


def test_html_the_date_beside_the_bylines_name() -> None:
    # the name over its date, away from the headline, and nothing declared
    author = (
        "<div class='resource-author-details'><p>Luke Kim</p><small>December 17, 2025</small></div>"
        "<a class='author' href='/people/luke-kim'>Luke Kim</a>"
    )
    markup = _page("", "").replace("<body>", f"<body><header><nav><a href='/'>Home</a></nav></header>{author}")
    md = newsclean.clean_html(markup).metadata
    assert md.authors == ("Luke Kim",)
    assert md.published == "2025-12-17"
    assert md.provenance["published"] == "html:visible date"


def test_html_a_posted_on_line_away_from_the_headline() -> None:
    foot = (
        "<div style='text-align:center'>Posted on the 15/12/2025 at 19:00 by "
        "<a href='https://github.com/jdoe'>@jdoe</a></div>"
    )
    md = newsclean.clean_html(_page("", "").replace("</article>", f"{foot}</article>")).metadata
    assert (md.published, md.provenance["published"]) == ("2025-12-15", "html:visible date")
    # not in a list of other posts
    other = "<ul><li>Posted on March 3, 2021 <a href='/old'>An older post</a></li></ul>"
    md = newsclean.clean_html(_page("", "").replace("</article>", f"{other}</article>")).metadata
    assert md.published == ""


def test_html_json_ld_carried_in_a_meta_tag() -> None:
    ld = '{"@type":"Article","headline":"Bridge approved","datePublished":"2025-11-17T09:00:00-05:00"}'
    head = f'<meta name="script:ld+json" content="{ld.replace(chr(34), "&quot;")}">'
    md = newsclean.clean_html(_page(head, "")).metadata
    assert (md.published, md.provenance["published"]) == ("2025-11-17T09:00:00-05:00", "json-ld:datePublished")


def test_html_a_slashed_date_either_order_reads_is_not_read_without_the_pages_order() -> None:
    md = newsclean.clean_html(_page("", "<p class='byline'>By Jane Doe · 8/1/2025</p>")).metadata
    assert md.published == ""


def test_html_the_date_under_a_title_shown_without_an_h1() -> None:
    # a design tool's page: the headline is a styled <p>, the date a few lines under it
    markup = _page("", "").replace("<h1>Bridge approved</h1>", "")
    markup = markup.replace("<title>Bridge approved</title>", "<title>Council approves the river bridge</title>")
    markup = markup.replace(
        "<article>",
        "<article><div><p class='text'>Council approves the river bridge</p></div>"
        "<div><p class='text'>Jane Doe</p></div><div><p class='text'>Feb 16, 2026</p></div>",
    )
    md = newsclean.clean_html(markup).metadata
    assert (md.published, md.provenance["published"]) == ("2026-02-16", "html:visible date")


def test_html_an_originally_published_note_before_the_date_shown() -> None:
    note = "<p class='note'>This article was originally published on 26 Sep 2019 and has been updated since.</p>"
    markup = _page("", "<p class='byline'>By Jane Doe · 30 Sep 2022</p>").replace("</article>", f"{note}</article>")
    md = newsclean.clean_html(markup).metadata
    assert (md.published, md.provenance["published"]) == ("2019-09-26", "html:originally published")
    # a note that names a publication, not a date, changes nothing
    note = "<p class='note'>This story was originally published by The Planet.</p>"
    markup = _page("", "<p class='byline'>By Jane Doe · 30 Sep 2022</p>").replace("</article>", f"{note}</article>")
    assert newsclean.clean_html(markup).metadata.published == "2022-09-30"


def test_plain_text_takes_the_date_in_the_callers_url_last() -> None:
    text = "Council approves the new bridge\n\n" + PROSE + "\n\n" + PROSE2
    md = newsclean.clean_text(text, url="https://example.org/news/2024/03/02/bridge").metadata
    assert (md.published, md.provenance["published"]) == ("2024-03-02", "url")
    # a date written on the text's own date line comes first
    dated = "Council approves the new bridge\n\nMarch 1, 2024\n\n" + PROSE + "\n\n" + PROSE2
    md = newsclean.clean_text(dated, url="https://example.org/news/2024/03/02/bridge").metadata
    assert md.published == "2024-03-01"
    assert newsclean.clean_text(text).metadata.published == ""


@pytest.mark.parametrize("label", ["Updated at", "Last updated:", "Modified on"])
def test_a_date_under_its_update_label_on_a_line_of_its_own_is_the_update_time(label: str) -> None:
    text = f"Why the Bridge Took Ten Years\nPosted on\nNov 21, 2018\n{label}\nDec 10, 2025\n\n{PROSE}\n\n{PROSE}"
    md = newsclean.clean_text(text).metadata
    assert (md.published, md.modified) == ("2018-11-21", "2025-12-10")
    # a date stated only as updated is still the page's date
    md = newsclean.clean_text(f"Why the Bridge Took Ten Years\n{label}\nDec 10, 2025\n\n{PROSE}").metadata
    assert (md.published, md.modified, md.date) == ("", "2025-12-10", "2025-12-10")
