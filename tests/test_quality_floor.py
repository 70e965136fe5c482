"""newsclean's body-extraction quality on the shipped subset of real pages stays above its floor."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
FLOORS = json.loads((ROOT / "benchmarks" / "quality" / "floor.json").read_text(encoding="utf-8"))


def _quality() -> ModuleType:
    spec = importlib.util.spec_from_file_location("newsclean_quality_benchmark", ROOT / "benchmarks" / "quality.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


quality = _quality()


@pytest.fixture(scope="module")
def pages() -> list[dict[str, Any]]:
    return quality.load_pages()


def test_the_subset_is_the_one_described() -> None:
    rows = quality.load_pages()
    assert len(rows) == 60
    assert all(r["page_type"] == "article" and r["body"] and r["with"] for r in rows)
    assert (ROOT / "benchmarks" / "quality" / "LICENSE").read_text().startswith("Creative Commons Attribution 4.0")


@pytest.mark.parametrize("form", ["clean_html", "clean_text"])
def test_floors_are_only_ever_raised(form: str) -> None:
    values = [entry["floor"] for entry in FLOORS[form]]
    assert values == sorted(values)


@pytest.mark.parametrize(("form", "extract"), [("clean_html", "newsclean_html"), ("clean_text", "newsclean_text")])
def test_f1_is_at_least_the_floor(pages: list[dict[str, Any]], form: str, extract: str) -> None:
    floor = FLOORS[form][-1]["floor"]
    result = quality.run(getattr(quality, extract), pages)
    assert result["f1"] >= floor, f"{form}: SH F1 {result['f1']:.4f} on the subset, below the floor {floor}"


def test_the_metric_can_fail() -> None:
    page = {"body": "one two three four five six", "with": ["three four"], "without": ["menu"]}
    assert quality.score([(page, "one two three four five six")])["f1"] == 1.0
    bad = quality.score([(page, "menu home login share")])
    assert bad["f1"] == 0.0 and bad["with_found"] == 0.0 and bad["without_leaked"] == 1.0
