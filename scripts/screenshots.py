"""Screenshots of the review app's article page for docs/: desktop (1280 wide) and narrow (390).

Builds a small archive from the repository's seeds/ and fixtures/, serves it on a free local
port and photographs the seed article with the browser set-up of the browser tests
(newsclean.review.browser: the system's Chromium through Playwright).

    python scripts/screenshots.py            # writes docs/review-article-{desktop,narrow}.png
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

from newsclean.archive import Archive
from newsclean.batch import archive_inputs
from newsclean.review import create_app, running
from newsclean.review.browser import launch, missing

ROOT = Path(__file__).resolve().parent.parent
# (file name, viewport width, height, device pixel ratio)
SHOTS = (("review-article-desktop.png", 1280, 1000, 1), ("review-article-narrow.png", 390, 844, 2))
QUERY = "border post"
FOCUSED = "navigation"  # the removed piece focused, to show its reason


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs", help="folder for the PNG files")
    args = parser.parse_args()
    why = missing()
    if why:
        print(f"cannot take screenshots: {why}", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "review.sqlite"
        with Archive(db) as archive:
            archive_inputs(archive, [ROOT / "seeds", ROOT / "fixtures"], keep_raw=True)
            aid = archive.search(QUERY, limit=1)[0].id
        with running(create_app(db)) as base, sync_playwright() as pw:
            browser = launch(pw)
            for name, width, height, scale in SHOTS:
                page = browser.new_page(viewport={"width": width, "height": height}, device_scale_factor=scale)
                page.goto(f"{base}/article/{aid}")
                piece = page.locator(f".piece.k-{FOCUSED}").first
                piece.focus()
                if width < 700:  # one column: the original text comes second, show its pieces
                    page.evaluate("document.getElementById('shown-status').scrollIntoView()")
                out = args.out / name
                page.screenshot(path=str(out))
                print(f"wrote {out.relative_to(ROOT) if out.is_relative_to(ROOT) else out}")
                page.close()
            browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
