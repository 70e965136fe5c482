"""The headless browser set-up shared by the review app's browser tests and its screenshots.

The system's Chromium (``apt-get install chromium``) driven by Playwright (``pip install
playwright``; its own browser download is not needed).  ``NEWSCLEAN_CHROMIUM`` names another
binary.
"""

from __future__ import annotations

import os
import shutil
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Playwright

__all__ = ["LAUNCH_ARGS", "chromium_path", "launch", "missing"]

CANDIDATES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")

# Headless, and quiet: without the background-networking flags Chromium opens connections of its
# own (updates, sync, field trials) that a machine without internet refuses many at a time.
LAUNCH_ARGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
)


def chromium_path() -> str | None:
    """The Chromium binary to drive: ``$NEWSCLEAN_CHROMIUM``, else the first one on the PATH."""
    named = os.environ.get("NEWSCLEAN_CHROMIUM")
    if named:
        return named if os.path.exists(named) else None
    for name in CANDIDATES:
        found = shutil.which(name) or (f"/usr/bin/{name}" if os.path.exists(f"/usr/bin/{name}") else None)
        if found:
            return found
    return None


def missing() -> str:
    """Why a browser cannot be driven here ("" when it can)."""
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "Playwright is not installed (pip install playwright)"
    if chromium_path() is None:
        return "no Chromium found (apt-get install chromium, or set NEWSCLEAN_CHROMIUM)"
    return ""


def launch(playwright: Playwright) -> Browser:
    """A headless Chromium with the launch flags above."""
    path = chromium_path()
    if path is None:
        raise RuntimeError(missing())
    return playwright.chromium.launch(executable_path=path, args=list(LAUNCH_ARGS))
