"""Memory over a long stream: clean 10,000 pages (the data's pages, repeated) in one process.

Prints the resident set size (current and peak) every 500 pages and the growth after the first
thousand.  Flat means the peak after page 1,000 stays within a few MB of the peak at page 1,000:
nothing is kept from page to page but bounded caches.

    python benchmarks/memory.py [--pages 10000] [--data ../shared/data] [--input html|text]
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from speed import load_pages, visible_text  # noqa: E402


def rss_mb() -> float:
    """The current resident set size (Linux), in MB."""
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * resource.getpagesize() / 2**20


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", type=int, default=10_000)
    ap.add_argument("--distinct", type=int, default=2000, help="distinct pages to cycle through")
    ap.add_argument("--data", type=Path, default=HERE.parent.parent / "shared" / "data")
    ap.add_argument("--input", choices=["html", "text"], default="html")
    args = ap.parse_args()

    import newsclean

    pages = load_pages(args.data, args.distinct)
    if args.input == "text":
        inputs = [(url, visible_text(html)) for url, html in pages]
        clean = lambda data, url: newsclean.clean_text(data, url=url)  # noqa: E731
    else:
        inputs = pages
        clean = lambda data, url: newsclean.clean_html(data, url=url)  # noqa: E731
    print(f"{args.pages:,} pages ({len(inputs):,} distinct, {args.input}) in one process")
    print(f"RSS with the inputs loaded, before cleaning: {rss_mb():.0f} MB")
    print("| pages | seconds | RSS MB | peak RSS MB |")
    print("|---|---|---|---|")
    t0 = time.perf_counter()
    at_1000 = 0.0
    for n in range(1, args.pages + 1):
        url, data = inputs[(n - 1) % len(inputs)]
        try:
            clean(data, url or None)
        except newsclean.NewscleanError:
            pass
        if n == 1000:
            at_1000 = peak_mb()
        if n % 500 == 0:
            print(f"| {n:,} | {time.perf_counter() - t0:.0f} | {rss_mb():.0f} | {peak_mb():.0f} |", flush=True)
    growth = peak_mb() - at_1000
    print(
        f"peak RSS at page 1,000: {at_1000:.0f} MB; at page {args.pages:,}: {peak_mb():.0f} MB; growth {growth:+.0f} MB"
    )


if __name__ == "__main__":
    main()
