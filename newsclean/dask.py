"""Cleaning beyond one machine: a Dask bag of pages in, sharded JSONL or Parquet out.

Needs the ``dask`` extra (``pip install 'newsclean[dask]'``).  Each partition reads its own files
(WARC and JSONL files are split into their records inside the partition), so page bytes never pass
through the scheduler.  Pages that fail are written to ``failures-*.jsonl`` beside the output;
nothing is dropped silently.  See ``docs/scaling.md`` for a cluster recipe.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .archive import article_id, write_parquet
from .batch import clean_source
from .config import Config
from .sources import expand, iter_sources


def _records(paths: list[str], config: Config) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for source in iter_sources((Path(p) for p in paths), max_bytes=config.max_input_bytes):
        source, article, reason = clean_source(source, config)
        if article is None:
            out.append({"origin": source.origin, "ok": False, "reason": reason})
        else:
            record = {"id": article_id(article), "origin": source.origin, "ok": True, "fetched_at": source.fetched_at}
            out.append({**record, **article.to_dict()})
    return out


def clean_bag(
    inputs: Iterable[str | os.PathLike[str]], *, npartitions: int | None = None, config: Config | None = None
) -> Any:
    """A ``dask.bag.Bag`` of cleaned records (dicts) for every page of ``inputs``.

    A record has ``origin`` and ``ok``; a good one carries the article's ``id`` (the archive's
    :func:`~newsclean.archive.article_id`) and ``to_dict()`` fields, a failed one its ``reason``.
    """
    import dask.bag as db

    paths = [str(p) for p in expand(os.fspath(i) for i in inputs)]
    config = config or Config()
    files = db.from_sequence(paths, npartitions=npartitions or max(1, min(len(paths), 64)))
    return files.map_partitions(_records, config)


def _write_partition(records: list[dict[str, Any]], out_dir: str, fmt: str, index: int) -> dict[str, int]:
    good = [r for r in records if r["ok"]]
    bad = [r for r in records if not r["ok"]]
    folder = Path(out_dir)
    if fmt == "parquet":
        write_parquet(folder / f"part-{index:05d}.parquet", iter(good))
    else:
        with (folder / f"part-{index:05d}.jsonl").open("w", encoding="utf-8") as out:
            for record in good:
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
    if bad:
        with (folder / f"failures-{index:05d}.jsonl").open("w", encoding="utf-8") as out:
            for record in bad:
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return {"cleaned": len(good), "failed": len(bad)}


def write_shards(bag: Any, out_dir: str | os.PathLike[str], *, format: str = "jsonl") -> dict[str, int]:
    """Compute ``bag`` and write one shard per partition; returns the totals."""
    from dask.base import compute
    from dask.delayed import delayed

    if format not in ("jsonl", "parquet"):
        raise ValueError(f"unknown format {format!r}: use 'jsonl' or 'parquet'")
    Path(out_dir).mkdir(parents=True, exist_ok=True)
    parts = bag.to_delayed()
    tasks = [delayed(_write_partition)(part, str(out_dir), format, i) for i, part in enumerate(parts)]
    totals = {"cleaned": 0, "failed": 0}
    for counts in compute(*tasks):
        for key, value in counts.items():
            totals[key] += value
    return totals


def clean_to_shards(
    inputs: Iterable[str | os.PathLike[str]],
    out_dir: str | os.PathLike[str],
    *,
    format: str = "jsonl",
    npartitions: int | None = None,
    config: Config | None = None,
) -> dict[str, int]:
    """Clean every page of ``inputs`` on the current Dask scheduler into shards in ``out_dir``."""
    return write_shards(clean_bag(inputs, npartitions=npartitions, config=config), out_dir, format=format)


__all__ = ["clean_bag", "clean_to_shards", "write_shards"]
