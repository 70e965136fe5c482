"""Body-extraction quality on the shipped subset of real pages, beside trafilatura, in one run.

The subset (``benchmarks/quality/``) is every twelfth article page of the wcxb-dev data set: 60
pages with their human-checked article text and must-contain / must-not-contain snippets,
CC-BY-4.0 (see ``benchmarks/quality/README.md``).  The metric is the Scrapinghub
article-extraction-benchmark's: ``\\w+`` tokens, 4-token shingles, precision and recall averaged
over pages, F1 of the two means.

    python benchmarks/quality.py [--data benchmarks/quality]

``tests/test_quality_floor.py`` fails when newsclean's F1 on the subset drops below the floor
pinned in ``benchmarks/quality/floor.json``; the floor only ever goes up.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from speed import visible_text  # noqa: E402  (the page as a scraper saves it, as in the speed benchmark)

SUBSET = HERE / "quality"

_TOKEN = re.compile(r"\w+")
_QUOTES = str.maketrans(
    {
        **dict.fromkeys("‘’‚‛", "'"),
        **dict.fromkeys("“”„«»", '"'),
        **dict.fromkeys("–—", "-"),
        "\u00a0": " ",
    }
)


def load_pages(folder: Path = SUBSET) -> list[dict[str, Any]]:
    """The pages of a data folder (``index.jsonl`` and the HTML it names), with their HTML read."""
    pages = []
    for line in (folder / "index.jsonl").open(encoding="utf-8"):
        row = json.loads(line)
        raw = (folder / row["html"]).read_bytes()
        row["html_text"] = (gzip.decompress(raw) if row["html"].endswith(".gz") else raw).decode("utf-8", "replace")
        pages.append(row)
    return pages


def _shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    toks = _TOKEN.findall(text or "")
    if not toks:
        return Counter()
    if len(toks) < n:
        return Counter([tuple(toks)])
    return Counter(tuple(toks[i : i + n]) for i in range(len(toks) - n + 1))


def _norm_snippet(s: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", s or "").translate(_QUOTES).lower().split())


def score(predictions: Iterable[tuple[dict[str, Any], str]]) -> dict[str, float]:
    """SH precision, recall and F1, must-contain found and must-not-contain leaked."""
    precisions, recalls = [], []
    with_total = with_found = without_total = without_found = 0
    for page, pred in predictions:
        gold, got = _shingles(page["body"]), _shingles(pred)
        tp = sum((gold & got).values())
        fp, fn = sum(got.values()) - tp, sum(gold.values()) - tp
        if tp + fp:
            precisions.append(1.0 if fp == 0 and fn == 0 else tp / (tp + fp))
        if tp + fn:
            recalls.append(1.0 if fp == 0 and fn == 0 else tp / (tp + fn))
        text = _norm_snippet(pred)
        with_snippets = [s for s in map(_norm_snippet, page.get("with") or []) if s]
        without_snippets = [s for s in map(_norm_snippet, page.get("without") or []) if s]
        with_total += len(with_snippets)
        with_found += sum(1 for s in with_snippets if s in text)
        without_total += len(without_snippets)
        without_found += sum(1 for s in without_snippets if s in text)
    p = statistics.mean(precisions) if precisions else 0.0
    r = statistics.mean(recalls) if recalls else 0.0
    return {
        "precision": p,
        "recall": r,
        "f1": 2 * p * r / (p + r) if p + r else 0.0,
        "with_found": with_found / with_total if with_total else 0.0,
        "without_leaked": without_found / without_total if without_total else 0.0,
    }


def run(extract: Callable[[dict[str, Any]], str], pages: list[dict[str, Any]]) -> dict[str, float]:
    """Score ``extract`` (a page row to its predicted text; an exception counts as empty)."""
    predictions = []
    for page in pages:
        try:
            predictions.append((page, extract(page) or ""))
        except Exception:  # a failure is an empty prediction, as in the evaluation harness
            predictions.append((page, ""))
    return score(predictions)


def newsclean_html(page: dict[str, Any]) -> str:
    import newsclean

    return newsclean.clean_html(page["html_text"], url=page.get("url")).text


def newsclean_text(page: dict[str, Any]) -> str:
    import newsclean

    return newsclean.clean_text(visible_text(page["html_text"])).text


def trafilatura_html(page: dict[str, Any]) -> str:
    import trafilatura

    return trafilatura.extract(page["html_text"], url=page.get("url")) or ""


def identity_text(page: dict[str, Any]) -> str:
    return visible_text(page["html_text"])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=SUBSET)
    args = ap.parse_args()
    pages = load_pages(args.data)
    rows = {
        "newsclean.clean_html": run(newsclean_html, pages),
        "trafilatura.extract": run(trafilatura_html, pages),
        "newsclean.clean_text (text form)": run(newsclean_text, pages),
        "the text form unchanged": run(identity_text, pages),
    }
    print(f"{len(pages)} pages from {args.data}")
    print("| extractor | SH P | SH R | SH F1 | with found | without leaked |")
    print("|---|---|---|---|---|---|")
    for name, m in rows.items():
        print(
            f"| {name} | {m['precision']:.3f} | {m['recall']:.3f} | {m['f1']:.3f} | "
            f"{m['with_found']:.3f} | {m['without_leaked']:.3f} |"
        )
    ratio = rows["newsclean.clean_html"]["f1"] - rows["trafilatura.extract"]["f1"]
    print(f"clean_html - trafilatura, SH F1: {ratio:+.3f}")


if __name__ == "__main__":
    main()
