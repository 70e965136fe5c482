"""The review app through Flask's test client: pages, escaping, headers, the token on forms, paging."""

from __future__ import annotations

import re
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient
from markupsafe import escape

from newsclean.archive import Archive
from newsclean.review import create_app

from .review_archive import (
    INJECTION_URL,
    LIBRARY_SOURCE,
    LIBRARY_TEASER,
    PAYLOAD_IMG,
    PAYLOAD_SCRIPT,
    build_archive,
    copy_archive,
)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_archive(tmp_path_factory.mktemp("review") / "built.sqlite")


@pytest.fixture()
def db(built: Path, tmp_path: Path) -> Path:
    return copy_archive(built, tmp_path / "a.sqlite")


@pytest.fixture()
def app(db: Path) -> Flask:
    return create_app(db, per_page=5)


@pytest.fixture()
def client(app: Flask) -> Iterator[FlaskClient]:
    with app.test_client() as client:
        yield client


def _id(db: Path, query: str, **filters: str) -> str:
    with Archive(db) as archive:
        return archive.search(query, limit=1, **filters)[0].id  # type: ignore[arg-type]


def _token(client: FlaskClient, aid: str) -> str:
    """The session's form token, from a correction form."""
    html = client.get(f"/article/{aid}/correct?target=kept&index=0").get_data(as_text=True)
    found = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert found, "no form token on the page"
    return found.group(1)


def _hit_ids(html: str) -> list[str]:
    return re.findall(r'class="hit-title" href="/article/([0-9a-f]+)"', html)


class _Resources(HTMLParser):
    """Every URL a page refers to, and every inline script, style or event handler."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []
        self.inline: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        for name, value in attrs:
            if name in ("href", "src", "action", "srcset", "poster", "data") and value is not None:
                self.urls.append(value)
            if name == "style" or name.startswith("on"):
                self.inline.append(f"<{tag} {name}=...>")
        if tag in ("script", "style") and not dict(attrs).get("src"):
            self.inline.append(f"<{tag}> without src")


def test_search_pages_through_the_results(client: FlaskClient, db: Path) -> None:
    with Archive(db) as archive:
        total = len(archive)
    first = client.get("/")
    assert first.status_code == 200
    html = first.get_data(as_text=True)
    assert f"({total} articles in the archive)" in html
    seen = _hit_ids(html)
    assert len(seen) == 5 and 'rel="next"' in html and 'rel="prev"' not in html
    page = 1
    while 'rel="next"' in html:
        page += 1
        html = client.get(f"/?page={page}").get_data(as_text=True)
        seen += _hit_ids(html)
        assert 'rel="prev"' in html and f"Page {page}" in html
    assert len(seen) == len(set(seen)) == total
    two = client.get("/?q=said&agency=Reuters&page=2").get_data(as_text=True)
    assert "page=1" in two and "agency=Reuters" in two and "q=said" in two  # paging keeps the filters


def test_search_has_the_cli_filters(client: FlaskClient) -> None:
    html = client.get("/", query_string={"q": "library", "source": LIBRARY_SOURCE}).get_data(as_text=True)
    assert len(_hit_ids(html)) == 1 and "<mark>library</mark>" in html.lower()
    reuters = client.get("/?q=said&agency=reuters").get_data(as_text=True)
    facts = re.findall(r'<span class="facts">([^<]*)</span>', reuters)
    assert _hit_ids(reuters) and len(facts) == len(_hit_ids(reuters)) and all("Reuters" in f for f in facts)
    german = client.get("/?language=de").get_data(as_text=True)
    assert "Mieten in deutschen Großstädten" in german and len(_hit_ids(german)) == 2  # the page and its text
    assert _hit_ids(client.get("/?q=ferry&author=Kelvin+Ho").get_data(as_text=True))
    assert _hit_ids(client.get("/?since=2024-03-01&until=2024-03-31").get_data(as_text=True))
    assert not _hit_ids(client.get("/?until=2000-01-01").get_data(as_text=True))
    bad_date = client.get("/?since=last+week")
    assert bad_date.status_code == 400 and "is not a date" in bad_date.get_data(as_text=True)
    bad_query = client.get('/?q="unclosed')
    assert bad_query.status_code == 400 and "cannot search" in bad_query.get_data(as_text=True)


def test_the_article_page_shows_removed_pieces_in_place(client: FlaskClient, db: Path) -> None:
    html = client.get(f"/article/{_id(db, 'border post')}").get_data(as_text=True)
    assert "Iraq Militants Seize Border Post on Iraq-Syria Frontier" in html
    # every removed piece: focusable, coloured by kind, with its reason
    pieces = re.findall(r'<div class="piece k-(\w+) removed[^"]*" id="r(\d+)" data-kind="\1" tabindex="0"', html)
    assert {k for k, _ in pieces} >= {"title", "byline", "dateline", "paywall", "login", "teaser", "foreign_language"}
    assert "share or menu widget: only share words" in html and "Hebrew script on a Latin-script article" in html
    # in input order: headline, the dateline, then the first paragraph it opened, ..., the paywall prompt
    order = [html.index(s) for s in ('id="r0"', 'data-kind="dateline"', 'id="p0"', 'data-kind="paywall"')]
    assert order == sorted(order)
    # a legend that is also the filter, and the metadata with where each value came from
    assert re.search(r'<input type="checkbox" name="kind" value="paywall" checked>', html)
    assert "<td>Kamal Namaa</td><td>text:byline line 5</td>" in html
    assert "Should be kept…" in html and "Should be removed…" in html


def test_what_the_html_pass_dropped_is_shown_apart(client: FlaskClient, db: Path) -> None:
    html = client.get(f"/article/{_id(db, 'library', source=LIBRARY_SOURCE)}").get_data(as_text=True)
    assert "Removed by the HTML pass" in html
    after = html[html.index("Removed by the HTML pass") :]
    assert "(in &lt;footer&gt;)" in after and LIBRARY_TEASER not in after


def test_the_kind_filter_works_without_javascript(client: FlaskClient, db: Path) -> None:
    aid = _id(db, "border post")
    html = client.get(f"/article/{aid}?filter=1&kind=paywall&kind=login").get_data(as_text=True)
    shown = re.findall(r'data-kind="(\w+)"(?! hidden)(?=[ >])', html)
    hidden = re.findall(r'data-kind="(\w+)" hidden', html)
    assert set(shown) == {"paywall", "login"} and "teaser" in hidden and "kept" in hidden
    assert re.search(r'value="teaser">', html) and re.search(r'value="paywall" checked>', html)


def test_everything_from_the_archive_is_escaped(client: FlaskClient, db: Path) -> None:
    aid = _id(db, "harbour ferry")
    pages = [
        client.get(f"/article/{aid}"),
        client.get("/?q=harbour"),
        client.get(f"/article/{aid}/correct?target=removed&index=0"),
    ]
    for response in pages:
        html = response.get_data(as_text=True)
        assert response.status_code == 200
        parser = _Resources()
        parser.feed(html)
        assert not parser.inline and "img" not in parser.tags, parser.inline  # no element came from the text
        assert parser.tags.count("script") == 1  # the app's own script file
        assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in html
    article = pages[0].get_data(as_text=True)
    assert "&lt;img src=x onerror=&#34;window.__pwned=1&#34;&gt;" in article
    assert INJECTION_URL in article and f'href="{INJECTION_URL}' not in article  # a URL is text, not a link
    # what the visitor typed comes back escaped too
    echo = client.get("/", query_string={"q": '"><script>alert(1)</script>', "source": PAYLOAD_IMG})
    html = echo.get_data(as_text=True)
    assert "<script>alert" not in html and PAYLOAD_IMG not in html and PAYLOAD_SCRIPT not in html
    parser = _Resources()
    parser.feed(html)
    assert not parser.inline and "img" not in parser.tags


def test_every_response_carries_the_security_headers(client: FlaskClient, db: Path) -> None:
    aid = _id(db, "border post")
    for url in ("/", f"/article/{aid}", "/stats", "/corrections", "/static/review.css", "/article/nope", "/nope"):
        response = client.get(url)
        csp = response.headers["Content-Security-Policy"]
        assert "default-src 'self'" in csp and "script-src 'self'" in csp and "unsafe-inline" not in csp
        assert response.headers["X-Content-Type-Options"] == "nosniff"
        assert response.headers["X-Frame-Options"] == "DENY"


def test_nothing_loads_from_outside_and_nothing_is_inline(client: FlaskClient, db: Path) -> None:
    aid = _id(db, "border post")
    client.post(  # a page with a correction on it, too
        f"/article/{aid}/corrections",
        data={"csrf_token": _token(client, aid), "target": "kept", "index": 0},
    )
    for url in (
        "/",
        "/?q=said",
        f"/article/{aid}",
        f"/article/{aid}/correct?target=kept&index=0",
        "/stats",
        "/corrections",
    ):
        parser = _Resources()
        parser.feed(client.get(url).get_data(as_text=True))
        assert parser.urls and all(u.startswith(("/", "#")) for u in parser.urls), (url, parser.urls)
        assert not parser.inline, (url, parser.inline)


def test_a_correction_needs_the_form_token(client: FlaskClient, db: Path) -> None:
    aid = _id(db, "border post")
    client.get(f"/article/{aid}")  # the session gets its token
    for data in ({}, {"csrf_token": "forged"}):
        response = client.post(f"/article/{aid}/corrections", data={**data, "target": "kept", "index": "0"})
        assert response.status_code == 400 and "security token" in response.get_data(as_text=True)
    other = create_app(db).test_client()  # another session: the token of this one is worth nothing there
    token = _token(client, aid)
    assert (
        other.post(
            f"/article/{aid}/corrections", data={"csrf_token": token, "target": "kept", "index": "0"}
        ).status_code
        == 400
    )
    with Archive(db) as archive:
        assert archive.corrections() == []


def test_corrections_are_made_and_stored(client: FlaskClient, db: Path) -> None:
    aid = _id(db, "border post")
    with Archive(db) as archive:
        article = archive.get(aid)
    paywall = next(i for i, r in enumerate(article.removed) if r.kind.value == "paywall")
    form = client.get(f"/article/{aid}/correct?target=removed&index={paywall}")
    html = form.get_data(as_text=True)
    digest = re.search(r'name="digest" value="([0-9a-f]{16})"', html)
    assert digest
    assert form.status_code == 200 and "This removed piece should be kept" in html
    assert escape(article.removed[paywall].text) in html and escape(article.removed[paywall].reason) in html
    saved = client.post(
        f"/article/{aid}/corrections",
        data={
            "csrf_token": _token(client, aid),
            "target": "removed",
            "index": paywall,
            "note": "  the offer is <news>  ",
        },
    )
    assert saved.status_code == 303 and saved.headers["Location"].endswith(f"/article/{aid}#r{paywall}")
    page = client.get(f"/article/{aid}").get_data(as_text=True)
    assert "Correction 1 saved" in page and "Corrected: should be kept" in page and "the offer is &lt;news&gt;" in page
    token = _token(client, aid)
    assert (
        client.post(f"/article/{aid}/corrections", data={"csrf_token": token, "target": "kept", "index": 3}).status_code
        == 303
    )
    with Archive(db) as archive:
        first, second = archive.corrections()
    assert (first.target, first.index, first.verdict, first.kind, first.note) == (
        "removed",
        paywall,
        "keep",
        "paywall",
        "the offer is <news>",
    )
    assert (second.target, second.verdict, second.text) == ("kept", "remove", article.paragraphs[3])
    listing = client.get("/corrections").get_data(as_text=True)
    assert "Iraq Militants Seize Border Post" in listing and "newsclean corrections export" in listing
    deleted = client.post(f"/corrections/{first.id}/delete", data={"csrf_token": token, "back": "article"})
    assert deleted.status_code == 303 and deleted.headers["Location"].endswith(f"/article/{aid}#corrections")
    with Archive(db) as archive:
        assert [c.id for c in archive.corrections()] == [second.id]


def test_a_correction_of_a_piece_that_is_not_there_is_refused(client: FlaskClient, db: Path) -> None:
    aid = _id(db, "border post")
    token = _token(client, aid)
    assert client.get(f"/article/{aid}/correct?target=removed&index=999").status_code == 404
    assert client.get(f"/article/{aid}/correct?target=title&index=0").status_code == 400
    assert client.get("/article/nope/correct?target=kept&index=0").status_code == 404
    for data, code in (
        ({"target": "kept", "index": 999}, 404),
        ({"target": "bogus", "index": 0}, 400),
        ({"target": "kept", "index": "x"}, 404),
        ({"target": "kept", "index": 0, "note": "x" * 2001}, 400),
        ({"target": "kept", "index": 0, "digest": "0123456789abcdef"}, 409),  # the piece changed meanwhile
    ):
        assert client.post(f"/article/{aid}/corrections", data={"csrf_token": token, **data}).status_code == code
    assert client.post("/corrections/999/delete", data={"csrf_token": token}).status_code == 404
    assert client.get(f"/article/{aid}/corrections").status_code == 405
    with Archive(db) as archive:
        assert archive.corrections() == []


def test_the_stats_page_counts_and_charts(client: FlaskClient) -> None:
    html = client.get("/stats").get_data(as_text=True)
    for heading in ("By source", "By agency", "By language", "Removed pieces by kind", "Articles over time"):
        assert heading in html
    assert f'<a href="/?source={LIBRARY_SOURCE.replace(" ", "+")}">{LIBRARY_SOURCE}</a>' in html
    assert '<span class="badge k-teaser">teaser</span>' in html
    assert html.count("<rect ") >= 2 and "<title>2024: " in html and 'role="img"' in html


def test_the_timeline_fills_gaps_and_counts_by_year_over_long_spans() -> None:
    from newsclean.review.charts import timeline

    months = timeline({"2024-01": 2, "2024-04": 4})
    assert [(b.label, b.count) for b in months.bars] == [("2024-01", 2), ("2024-02", 0), ("2024-03", 0), ("2024-04", 4)]
    assert months.unit == "month" and months.peak == 4 and months.bars[3].height == 2 * months.bars[0].height
    years = timeline({"2014-06": 1, "2024-03": 13, "2024-05": 2})
    assert years.unit == "year" and [b.label for b in years.bars][:2] == ["2014", "2015"] and years.total == 16
    assert timeline({}).bars == ()


def test_only_local_host_names_are_answered(client: FlaskClient) -> None:
    assert client.get("/", headers={"Host": "127.0.0.1:8000"}).status_code == 200
    rebound = client.get("/", headers={"Host": "attacker.example"})
    assert rebound.status_code == 400 and "not trusted" in rebound.get_data(as_text=True)


def test_unknown_pages_say_so(client: FlaskClient) -> None:
    missing = client.get("/article/0000")
    assert missing.status_code == 404 and "no article" in missing.get_data(as_text=True)
    assert client.get("/nowhere").status_code == 404
