"""Helpers for testing newsclean, and your own filters, against fixture files.

A fixture is a JSON file that names its input files and says what must come out of them (see
``docs/fixtures.md``)::

    from newsclean.testing import load_cases, check_case

    for case in load_cases("fixtures"):
        for form in case.forms:
            problems = check_case(case, form, config=my_config)
            assert not problems, problems

A new case is a new file, not new code.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import attrs

from .config import Config
from .model import Article
from .pipeline import clean_html, clean_text
from .textshape import normalise_space

_EXPECT_KEYS = frozenset({"must_contain", "must_not_contain", "paragraphs", "removed", "metadata"})


@attrs.frozen
class Case:
    """One fixture: its inputs (``{"text": path, "html": path}``) and its expectations."""

    name: str
    path: Path
    about: str
    url: str | None
    inputs: dict[str, Path]
    expect: dict[str, Any]
    expect_by_form: dict[str, dict[str, Any]]
    xfail: str = ""

    @property
    def forms(self) -> tuple[str, ...]:
        return tuple(self.inputs)

    def expectations(self, form: str) -> dict[str, Any]:
        """The shared expectations merged with those for ``form`` alone (lists are concatenated)."""
        merged: dict[str, Any] = {k: (list(v) if isinstance(v, list) else v) for k, v in self.expect.items()}
        for key, value in self.expect_by_form.get(form, {}).items():
            if isinstance(value, list) and isinstance(merged.get(key), list) and key != "paragraphs":
                merged[key] = merged[key] + value
            elif isinstance(value, dict) and isinstance(merged.get(key), dict):
                merged[key] = {**merged[key], **value}
            else:
                merged[key] = value
        return merged

    def run(self, form: str, *, config: Config | None = None) -> Article:
        data = self.inputs[form].read_bytes()
        entry = clean_html if form == "html" else clean_text
        return entry(data, url=self.url, config=config)


def load_case(path: str | Path) -> Case:
    path = Path(path)
    data = json.loads(path.read_text(encoding="utf-8"))
    inputs = {form: path.parent / name for form, name in data.get("input", {}).items()}
    if not inputs:
        raise ValueError(f"{path}: a fixture needs an 'input' with a 'text' or 'html' file")
    for form, file in inputs.items():
        if form not in ("text", "html"):
            raise ValueError(f"{path}: input form {form!r} is neither 'text' nor 'html'")
        if not file.is_file():
            raise ValueError(f"{path}: input file {file.name} does not exist")
    expect = data.get("expect", {})
    unknown = set(expect) - _EXPECT_KEYS
    if unknown:
        raise ValueError(f"{path}: unknown expectation keys {sorted(unknown)}")
    return Case(
        name=path.stem,
        path=path,
        about=data.get("about", ""),
        url=data.get("url"),
        inputs=inputs,
        expect=expect,
        expect_by_form={f: data[f"expect_{f}"] for f in ("text", "html") if f"expect_{f}" in data},
        xfail=data.get("xfail", ""),
    )


def load_cases(folder: str | Path) -> list[Case]:
    """Every ``*.json`` fixture in ``folder``, sorted by name."""
    return [load_case(p) for p in sorted(Path(folder).glob("*.json"))]


def _norm(text: str) -> str:
    return normalise_space(text).replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')


def check_article(article: Article, expect: dict[str, Any]) -> list[str]:
    """Every way ``article`` falls short of ``expect``, in words (empty when it meets them all)."""
    problems: list[str] = []
    text = _norm(article.text)
    for snippet in expect.get("must_contain", []):
        if _norm(snippet) not in text:
            problems.append(f"missing from the text: {snippet!r}")
    for snippet in expect.get("must_not_contain", []):
        if _norm(snippet) in text:
            problems.append(f"left in the text: {snippet!r}")
    if "paragraphs" in expect and [_norm(p) for p in article.paragraphs] != [_norm(p) for p in expect["paragraphs"]]:
        problems.append(_paragraph_diff(article.paragraphs, expect["paragraphs"]))
    for want in expect.get("removed", []):
        snippet, kind = _norm(want["text"]), want["kind"]
        hits = [r for r in article.removed if snippet in _norm(r.text)]
        if not hits:
            problems.append(f"not removed: {want['text']!r} (expected kind {kind})")
        elif not any(r.kind.value == kind for r in hits):
            got = ", ".join(sorted({r.kind.value for r in hits}))
            problems.append(f"removed as {got}, expected {kind}: {want['text']!r}")
    problems.extend(_check_metadata(article, expect.get("metadata", {})))
    return problems


def _paragraph_diff(got: Iterable[str], want: list[str]) -> str:
    got = list(got)
    for i, (g, w) in enumerate(zip(got, want, strict=False)):
        if _norm(g) != _norm(w):
            return f"paragraph {i + 1} differs: got {g[:80]!r}, expected {w[:80]!r}"
    return f"got {len(got)} paragraphs, expected {len(want)}"


def _check_metadata(article: Article, want: dict[str, Any]) -> list[str]:
    md = article.metadata
    problems = []
    for key, expected in want.items():
        if key == "images":
            got: Any = [{"caption": i.caption, "credit": i.credit} for i in md.images]
            expected = [{"caption": i.get("caption", ""), "credit": i.get("credit", "")} for i in expected]
            got = (
                [g for g in got if any(_norm(g["caption"]) == _norm(e["caption"]) for e in expected)]
                if expected
                else got
            )
            if [(_norm(g["caption"]), g["credit"]) for g in got] != [
                (_norm(e["caption"]), e["credit"]) for e in expected
            ]:
                problems.append(
                    f"metadata images: got {[(i.caption, i.credit) for i in md.images]}, expected {expected}"
                )
            continue
        value = getattr(md, key, None)
        if isinstance(value, tuple):
            value = list(value)
        if isinstance(value, str) and isinstance(expected, str):
            ok = _norm(value) == _norm(expected)
        else:
            ok = value == expected
        if not ok:
            problems.append(f"metadata {key}: got {value!r}, expected {expected!r}")
    return problems


def check_case(case: Case, form: str, *, config: Config | None = None) -> list[str]:
    """Run ``case`` on its ``form`` input and list what falls short."""
    return check_article(case.run(form, config=config), case.expectations(form))
