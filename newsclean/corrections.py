"""Corrections made in the review app, written out as fixtures: regression tests of a filter chain.

A correction says one decision was wrong.  Exported, it becomes a fixture in the format of
``docs/fixtures.md``: the article's input file, and an expectation that holds once the decision is
right ("should be kept" is a ``must_contain``, "should be removed" a ``must_not_contain``).  Run
the fixtures with :mod:`newsclean.testing` against your own chain: each fails until your chain
decides that piece the way the reviewer said.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .archive import Archive, Correction
from .model import Article
from .pieces import reconstructed_text

__all__ = ["export_fixtures", "fixture_of"]


def _input_file(archive: Archive, aid: str, article: Article, folder: Path) -> tuple[str, str]:
    """Write the article's input beside the fixtures once; (form, file name).

    The raw input when it was archived (``--keep-raw``), else the text rebuilt from the record.
    """
    raw = archive.raw_input(aid)
    if raw is not None:
        form = "html" if article.input_type == "html" else "text"
        data = raw[0]
    else:
        form, data = "text", reconstructed_text(article).encode("utf-8")
    name = f"article-{aid}.{'html' if form == 'html' else 'txt'}"
    path = folder / name
    if not path.exists() or path.read_bytes() != data:
        path.write_bytes(data)
    return form, name


def _about(correction: Correction, article: Article) -> str:
    c = correction
    if c.target == "removed":
        decision = f"removed as {c.kind} by filter {c.filter!r} ({c.reason}); the reviewer says it should be kept"
    else:
        decision = f"kept as paragraph {c.index + 1}; the reviewer says it should be removed"
    title = article.metadata.title or "(untitled)"
    where = f"Correction {c.id} of article {c.article_id} ({title!r}): {decision}."
    return f"{c.note.strip()} [{where}]" if c.note.strip() else where


def fixture_of(correction: Correction, article: Article, form: str, input_name: str) -> dict[str, Any]:
    """The fixture (as JSON data) that holds when ``correction``'s piece is decided its way."""
    key = "must_contain" if correction.verdict == "keep" else "must_not_contain"
    fixture: dict[str, Any] = {"about": _about(correction, article)}
    if article.metadata.url:
        fixture["url"] = article.metadata.url
    fixture["input"] = {form: input_name}
    fixture["expect"] = {key: [correction.text]}
    return fixture


def export_fixtures(archive: Archive, folder: str | Path) -> list[Path]:
    """Write every correction of ``archive`` as a fixture in ``folder`` (created if missing).

    One ``correction-ARTICLE-ID.json`` per correction, and one input file per article beside them.
    Returns the fixture paths.  Corrections of articles no longer in the archive are skipped.
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    inputs: dict[str, tuple[str, str]] = {}
    for correction in archive.corrections():
        aid = correction.article_id
        try:
            article = archive.get(aid)
        except KeyError:
            continue
        if aid not in inputs:
            inputs[aid] = _input_file(archive, aid, article, folder)
        form, name = inputs[aid]
        path = folder / f"correction-{aid}-{correction.id}.json"
        path.write_text(
            json.dumps(fixture_of(correction, article, form, name), ensure_ascii=False, indent=2) + "\n",
            encoding="utf-8",
        )
        written.append(path)
    return written
