"""The review app in a real headless browser: the system's Chromium driven by Playwright.

Search and open an article, see its removed pieces and their kinds, filter them, correct one with
the keyboard, export the correction and run it as a fixture; a script-injection payload stays text.
Without Chromium or Playwright these tests skip, unless NEWSCLEAN_REQUIRE_BROWSER=1 (as in CI).
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from newsclean import Config
from newsclean.review import create_app, running
from newsclean.review.browser import launch, missing
from newsclean.testing import check_case, load_cases

from .review_archive import LIBRARY_SOURCE, LIBRARY_TEASER, PAYLOAD_IMG, PAYLOAD_SCRIPT, build_archive

WHY_NOT = missing()
REQUIRED = os.environ.get("NEWSCLEAN_REQUIRE_BROWSER") == "1"
if WHY_NOT and not REQUIRED:
    pytest.skip(f"no headless browser: {WHY_NOT}", allow_module_level=True)

try:
    from playwright.sync_api import expect, sync_playwright
except ImportError:  # WHY_NOT says so, and the browser fixture fails every test with it
    pass

if TYPE_CHECKING:
    from playwright.sync_api import Browser, ConsoleMessage, Page, Request


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_archive(tmp_path_factory.mktemp("browser") / "review.sqlite")


@pytest.fixture(scope="module")
def base(db: Path) -> Iterator[str]:
    with running(create_app(db)) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    if WHY_NOT:
        pytest.fail(f"NEWSCLEAN_REQUIRE_BROWSER=1 but {WHY_NOT}", pytrace=False)
    with sync_playwright() as pw:
        chromium = launch(pw)
        yield chromium
        chromium.close()


class Watch:
    """What a page did besides drawing itself: requests elsewhere, CSP complaints, script errors."""

    def __init__(self, base: str) -> None:
        self.base = base
        self.foreign: list[str] = []
        self.problems: list[str] = []

    def request(self, request: Request) -> None:
        if not request.url.startswith(self.base):
            self.foreign.append(request.url)

    def console(self, message: ConsoleMessage) -> None:
        if message.type == "error":
            self.problems.append(message.text)

    def page_error(self, error: Any) -> None:
        self.problems.append(str(error))


@pytest.fixture()
def page(browser: Browser, base: str) -> Iterator[tuple[Page, Watch]]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(10_000)
    watch = Watch(base)
    page.on("request", watch.request)
    page.on("console", watch.console)
    page.on("pageerror", watch.page_error)
    yield page, watch
    context.close()
    # nothing loaded from outside the machine, nothing the Content-Security-Policy had to block
    assert watch.foreign == [], watch.foreign
    assert watch.problems == [], watch.problems


def _open_library_article(page: Page, base: str) -> None:
    page.goto(base)
    page.get_by_label("Words").fill("library")
    page.get_by_label("Source").fill(LIBRARY_SOURCE)
    page.get_by_label("Words").press("Enter")
    results = page.locator("ol.hits > li")
    expect(results).to_have_count(1)
    expect(results.locator("mark").first).to_have_text("library", ignore_case=True)
    results.get_by_role("link").first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Northfield library to stay open until midnight during exam season"
    )


def test_search_open_an_article_and_see_its_removed_pieces(page: tuple[Page, Watch], base: str) -> None:
    page_, _ = page
    _open_library_article(page_, base)
    removed = page_.locator(".piece.removed")
    assert removed.count() > 10
    badges = set(page_.locator(".piece.removed .badge").all_inner_texts())
    assert {"TEASER", "COOKIE", "LEGAL", "ADVERTISEMENT", "NAVIGATION"} <= {b.upper() for b in badges}
    # the reason shows on hover and on keyboard focus, not before
    teaser = page_.locator(".piece.k-teaser", has_text=LIBRARY_TEASER)
    why = teaser.locator(".why")
    expect(why).to_be_hidden()
    teaser.hover()
    expect(why).to_be_visible()
    expect(why).to_contain_text("removed by related")
    page_.mouse.move(0, 0)
    expect(why).to_be_hidden()
    teaser.focus()
    expect(why).to_be_visible()
    page_.keyboard.press("Escape")
    expect(why).to_be_hidden()
    # what the HTML pass dropped is listed apart, with the page element it sat in
    html_pass = page_.locator(".html-pass .piece")
    assert html_pass.count() > 0
    html_pass.filter(has_text="All rights reserved").first.focus()
    expect(page_.locator(".html-pass .piece:focus .why")).to_contain_text("(in <footer>)")


def test_filter_the_pieces_by_kind_with_the_keyboard(page: tuple[Page, Watch], base: str) -> None:
    page_, _ = page
    _open_library_article(page_, base)
    kept = page_.locator('.piece[data-kind="kept"]')
    teasers = page_.locator('.piece[data-kind="teaser"]')
    expect(kept.first).to_be_visible()
    status = page_.locator("#shown-status")
    total = page_.locator(".piece[data-kind]").count()
    expect(status).to_have_text(f"{total} of {total} pieces shown")
    box = page_.get_by_role("checkbox", name="kept")
    box.focus()
    page_.keyboard.press("Space")  # a real checkbox: Space toggles it
    expect(box).not_to_be_checked()
    expect(kept.first).to_be_hidden()
    expect(teasers.first).to_be_visible()
    expect(status).to_have_text(f"{total - kept.count()} of {total} pieces shown")
    assert "filter=1" in page_.url and "kind=teaser" in page_.url and "kind=kept" not in page_.url
    page_.get_by_role("checkbox", name="teaser").uncheck()
    expect(teasers.first).to_be_hidden()
    page_.reload()  # the choice is in the address: the server applies it too
    expect(kept.first).to_be_hidden()
    expect(page_.get_by_role("checkbox", name="teaser")).not_to_be_checked()
    page_.get_by_role("button", name="Show all").click()
    expect(kept.first).to_be_visible()
    expect(teasers.first).to_be_visible()
    page_.get_by_role("button", name="Removed only").click()
    expect(kept.first).to_be_hidden()


def test_a_correction_made_with_the_keyboard_becomes_a_fixture(
    page: tuple[Page, Watch], base: str, db: Path, tmp_path: Path
) -> None:
    page_, _ = page
    _open_library_article(page_, base)
    teaser = page_.locator(".piece.k-teaser", has_text=LIBRARY_TEASER)
    teaser.get_by_role("link", name="Should be kept").focus()
    page_.keyboard.press("Enter")
    expect(page_.get_by_role("heading", level=1)).to_have_text("This removed piece should be kept")
    expect(page_.locator(".piece.standalone")).to_contain_text(LIBRARY_TEASER)
    expect(page_.get_by_label("Note")).to_be_focused()  # the form opens ready to type
    page_.keyboard.type("Links inside the body are part of what we archive.")
    page_.keyboard.press("Tab")
    expect(page_.get_by_role("button", name="Save: should be kept")).to_be_focused()
    page_.keyboard.press("Enter")
    expect(page_.locator(".flash")).to_contain_text("saved: this piece should be kept")
    expect(teaser.locator(".was-corrected")).to_have_text("Corrected: should be kept")
    expect(page_.locator("#corrections")).to_contain_text("Links inside the body are part of what we archive.")

    out = tmp_path / "corrections"
    done = subprocess.run(
        [sys.executable, "-m", "newsclean", "corrections", "export", str(out), "--db", str(db)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "1 corrections written as fixtures" in done.stdout
    [case] = load_cases(out)
    assert case.forms == ("html",) and case.expect == {"must_contain": [LIBRARY_TEASER]}
    assert case.about.startswith("Links inside the body are part of what we archive.")
    # a regression test of the user's chain: it fails on the default chain, which removes the link...
    assert check_case(case, "html") == [f"missing from the text: {LIBRARY_TEASER!r}"]
    # ...and passes on the chain the reviewer wants
    assert check_case(case, "html", config=Config().without_filter("related")) == []


def test_a_script_injection_payload_is_inert_text(page: tuple[Page, Watch], base: str) -> None:
    page_, watch = page
    page_.goto(f"{base}/?q=harbour+ferry")
    page_.locator("ol.hits a.hit-title").first.click()
    heading = page_.get_by_role("heading", level=1)
    expect(heading).to_have_text(f"Harbour council backs {PAYLOAD_SCRIPT} night ferry plan")
    assert page_.evaluate("typeof window.__pwned") == "undefined"
    assert page_.locator("img").count() == 0  # the <img onerror> stayed text...
    expect(page_.locator(".clean-text")).to_contain_text(PAYLOAD_IMG)  # ...shown as such
    expect(page_.locator(".piece.k-newsletter")).to_contain_text(PAYLOAD_IMG)
    expect(page_.locator(".piece.removed", has_text=PAYLOAD_SCRIPT).first).to_be_visible()
    scripts = page_.locator("script").evaluate_all("els => els.map(e => e.getAttribute('src'))")
    assert scripts == ["/static/review.js"]
    for piece in page_.locator(".piece.removed").all():  # hover and focus every piece: still nothing runs
        piece.focus()
    assert page_.evaluate("typeof window.__pwned") == "undefined"
    assert not watch.foreign


def test_a_phone_sized_screen_gets_one_column(browser: Browser, base: str) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    page = context.new_page()
    page.goto(f"{base}/?q=border+post")
    # the measures below hold once the stylesheet applies: wait for the article page's load event
    # (without it, the sections stack as plain blocks and a long line is 395 pixels wide)
    with page.expect_navigation(wait_until="load"):
        page.locator("ol.hits a.hit-title").first.click()
    clean = page.locator("section.clean").bounding_box()
    original = page.locator("section.original").bounding_box()
    assert clean and original and original["y"] >= clean["y"] + clean["height"]  # stacked
    assert abs(original["width"] - clean["width"]) < 2
    assert page.evaluate("document.documentElement.scrollWidth") <= 390  # no sideways scrolling
    piece = page.locator(".piece.k-paywall")
    piece.tap()
    expect(piece.locator(".why")).to_be_visible()  # a tap focuses the piece: its reason shows
    context.close()
