"""Time and peak memory of newsclean on each kind of hostile input, each in a fresh process.

    python benchmarks/hostile.py

The inputs are made by tests/hostile.py (the same ones the test suite runs).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CODE = """
import resource, sys, time
sys.path.insert(0, {root!r})
from tests.hostile import CASES
import newsclean
entry, make = CASES[sys.argv[1]]
data = make()
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
t0 = time.perf_counter()
try:
    article = (newsclean.clean_html if entry == "html" else newsclean.clean_text)(data)
    outcome = f"article, {{len(article.text):,}} chars"
except newsclean.InputError as exc:
    outcome = f"InputError: {{exc}}"
seconds = time.perf_counter() - t0
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(f"{{seconds:.2f}}\\t{{peak / 1024:.0f}}\\t{{outcome}}")
"""


def main() -> None:
    sys.path.insert(0, str(ROOT))
    from tests.hostile import CASES

    print("| input | seconds | peak RSS (MB) | outcome |")
    print("|---|---|---|---|")
    for name in CASES:
        out = subprocess.run(
            [sys.executable, "-c", CODE.format(root=str(ROOT)), name], capture_output=True, text=True, timeout=600
        )
        if out.returncode != 0:
            print(f"| {name} | | | crashed: {out.stderr.strip().splitlines()[-1]} |")
            continue
        seconds, peak, outcome = out.stdout.strip().split("\t", 2)
        print(f"| {name} | {seconds} | {peak} | {outcome[:90]} |")


if __name__ == "__main__":
    main()
