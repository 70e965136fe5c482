"""Time per page: newsclean.clean_html against trafilatura.extract, and clean_text on the text form.

Runs N pages of ../shared/data (default 300) in one process after a warm-up, each tool in turn on
the same pages, and prints per-page medians, p95, pages/s and the ratio newsclean/trafilatura.

    python benchmarks/speed.py [--pages 300] [--data ../shared/data]
"""

from __future__ import annotations

import argparse
import gzip
import json
import statistics
import time
import warnings
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent


def load_pages(data: Path, n: int) -> list[tuple[str, str]]:
    pages: list[tuple[str, str]] = []
    for index in sorted(data.glob("*/index.jsonl")):
        for line in index.open(encoding="utf-8"):
            row = json.loads(line)
            raw = (index.parent / row["html"]).read_bytes()
            if row["html"].endswith(".gz"):
                raw = gzip.decompress(raw)
            pages.append((row.get("url") or "", raw.decode("utf-8", errors="replace")))
            if len(pages) >= n:
                return pages
    return pages


def visible_text(html: str) -> str:
    """The page as a scraper saves it: one text node per line (as ../shared/eval does)."""
    from bs4 import BeautifulSoup

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        text = BeautifulSoup(html, "html.parser").get_text("\n")
    lines = (" ".join(line.split()) for line in text.splitlines())
    return "\n".join(line for line in lines if line)


CPU: dict[str, float] = {}  # tool -> CPU seconds over all its pages (process time)


def timed(fn: Callable[[str, str], object], inputs: list[tuple[str, str]], name: str = "") -> list[float]:
    fn(inputs[0][1], inputs[0][0])  # warm-up: imports, langdetect's profiles
    times = []
    cpu = 0.0
    for url, data in inputs:
        c0, t0 = time.process_time(), time.perf_counter()
        try:
            fn(data, url)
        except Exception:  # a failing page still costs its time
            pass
        times.append(time.perf_counter() - t0)
        cpu += time.process_time() - c0
    CPU[name] = cpu
    return times


def row(name: str, times: list[float]) -> str:
    median = statistics.median(times) * 1000
    p95 = statistics.quantiles(times, n=20)[-1] * 1000
    return f"| {name} | {median:.1f} | {p95:.1f} | {len(times) / sum(times):.1f} |"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", type=int, default=300)
    ap.add_argument("--data", type=Path, default=HERE.parent.parent / "shared" / "data")
    args = ap.parse_args()

    import trafilatura

    import newsclean

    pages = load_pages(args.data, args.pages)
    texts = [(url, visible_text(html)) for url, html in pages]
    clean_html = newsclean.clean_html
    results = {
        "trafilatura.extract": timed(lambda h, u: trafilatura.extract(h, url=u or None), pages, "trafilatura"),
        "newsclean.clean_html": timed(lambda h, u: clean_html(h, url=u or None), pages, "clean_html"),
        "newsclean.clean_text (text form)": timed(lambda t, u: newsclean.clean_text(t), texts, "clean_text"),
    }
    print(f"{len(pages)} pages from {args.data}, one process, after a warm-up")
    print("| tool | median ms | p95 ms | pages/s | CPU ms/page (mean) |")
    print("|---|---|---|---|---|")
    for (name, times), cpu in zip(results.items(), CPU.values(), strict=True):
        print(f"{row(name, times)} {cpu / len(times) * 1000:.1f} |")
    ratio = statistics.median(results["newsclean.clean_html"]) / statistics.median(results["trafilatura.extract"])
    print(f"clean_html / trafilatura.extract, median time per page: {ratio:.2f}x (goal <= 1.3x, then <= 1.0x)")


if __name__ == "__main__":
    main()
