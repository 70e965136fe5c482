"""Batch archiving throughput: 1 worker against 2, on real pages.

Builds a JSONL of N pages (default 2,000) from ../shared/data (wcxb-dev and readability-pages,
cycled with distinct URLs when there are fewer pages than N), then runs ``newsclean archive`` on
it into a fresh archive with 1 and with 2 workers, each in its own process, and prints pages/s,
the speed-up and the peak memory (parent and workers).

    python benchmarks/archive.py [--pages 2000] [--data ../shared/data]
"""

from __future__ import annotations

import argparse
import gzip
import json
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent


def build_jsonl(data: Path, n: int, target: Path) -> int:
    pages = []
    for index in sorted(data.glob("*/index.jsonl")):
        for line in index.open(encoding="utf-8"):
            row = json.loads(line)
            pages.append((row.get("url") or row["id"], index.parent / row["html"]))
    if not pages:
        raise SystemExit(f"no pages under {data}")
    with target.open("w", encoding="utf-8") as out:
        for i in range(n):
            url, path = pages[i % len(pages)]
            raw = path.read_bytes()
            if path.suffix == ".gz":
                raw = gzip.decompress(raw)
            html = raw.decode("utf-8", errors="replace")
            out.write(json.dumps({"url": f"{url}#copy{i // len(pages)}", "html": html}) + "\n")
    return n


def run_once(jsonl: Path, workers: int, workdir: Path) -> dict[str, float]:
    db = workdir / f"bench-{workers}.sqlite"
    code = (
        "import resource, sys, time\n"
        "from newsclean.archive import Archive\n"
        "from newsclean.batch import archive_inputs\n"
        f"t0 = time.perf_counter()\n"
        f"with Archive({str(db)!r}) as a:\n"
        f"    s = archive_inputs(a, [{str(jsonl)!r}], workers={workers})\n"
        "dt = time.perf_counter() - t0\n"
        "own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        "kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss\n"
        "print(dt, sum(s.counts[k] for k in ('added', 'duplicate', 'exists', 'failed')), own, kids)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout.split()
    seconds, pages, own_kb, kids_kb = float(out[0]), int(out[1]), int(out[2]), int(out[3])
    return {
        "seconds": seconds,
        "pages": pages,
        "pages_per_s": pages / seconds,
        "parent_mb": own_kb / 1024,
        "worker_mb": kids_kb / 1024,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", type=int, default=2000)
    ap.add_argument("--data", type=Path, default=HERE.parent.parent / "shared" / "data")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        jsonl = work / "pages.jsonl"
        build_jsonl(args.data, args.pages, jsonl)
        results = {w: run_once(jsonl, w, work) for w in (1, 2)}
    print(f"newsclean archive, {args.pages} pages from {args.data}")
    print("| workers | seconds | pages/s | peak RSS parent (MB) | peak RSS per worker (MB) |")
    print("|---|---|---|---|---|")
    for w, r in results.items():
        print(f"| {w} | {r['seconds']:.1f} | {r['pages_per_s']:.1f} | {r['parent_mb']:.0f} | {r['worker_mb']:.0f} |")
    print(f"speed-up with 2 workers: {results[2]['pages_per_s'] / results[1]['pages_per_s']:.2f}x (goal 1.7x)")


if __name__ == "__main__":
    main()
