"""Cleaning many pages into an archive: in parallel, resumable, and never stopped by one bad page.

Worker processes clean; the parent alone writes to the archive, one committed row per page.  A
run that is killed loses at most the pages in flight, and the next run over the same inputs skips
every origin already archived, so each input ends up archived exactly once.
"""

from __future__ import annotations

import multiprocessing
import os
import sqlite3
from collections import Counter
from collections.abc import Iterable, Iterator

import attrs

from .archive import Archive, config_hash, storable
from .config import Config
from .errors import NewscleanError
from .model import Article
from .pipeline import clean, clean_html, clean_text
from .sources import Source, absolute, expand, iter_sources, read

_ENTRY = {"html": clean_html, "text": clean_text, "auto": clean}


@attrs.frozen
class Outcome:
    """What became of one input: ``status`` is added, duplicate, version, near-duplicate, exists or failed."""

    origin: str
    status: str
    reason: str = ""


@attrs.define
class Summary:
    """Counts of a batch run, and failure reasons by their first words."""

    counts: Counter[str] = attrs.field(factory=Counter)
    failures: Counter[str] = attrs.field(factory=Counter)

    def line(self) -> str:
        order = ("added", "duplicate", "version", "near-duplicate", "exists", "skipped", "failed")
        parts = [f"{self.counts[k]} {k}" for k in order if self.counts[k]]
        return ", ".join(parts) or "nothing to do"


_worker_config: Config | None = None


def _init_worker(config: Config) -> None:
    global _worker_config
    _worker_config = config


def clean_source(source: Source, config: Config | None = None) -> tuple[Source, Article | None, str]:
    """(source with its bytes, article or None, failure reason): never raises for a bad page."""
    config = config or _worker_config or Config()
    try:
        source = read(source, max_bytes=config.max_input_bytes)
    except OSError as exc:
        return source, None, f"cannot read: {exc.strerror or exc}"
    if source.reason:
        return source, None, source.reason
    try:
        entry = _ENTRY.get(source.form, clean)
        return source, entry(source.data, url=source.url, config=config), ""
    except NewscleanError as exc:
        return source, None, str(exc)
    except Exception as exc:  # a bug must not end the batch: record it and go on
        return source, None, f"internal error: {type(exc).__name__}: {exc}"


def _clean_in_worker(source: Source) -> tuple[Source, Article | None, str]:
    return clean_source(source)


def _results(sources: Iterable[Source], workers: int, config: Config) -> Iterator[tuple[Source, Article | None, str]]:
    if workers <= 1:
        for source in sources:
            yield clean_source(source, config)
        return
    context = multiprocessing.get_context("spawn" if os.name != "posix" else "fork")
    with context.Pool(workers, initializer=_init_worker, initargs=(config,), maxtasksperchild=2000) as pool:
        yield from pool.imap_unordered(_clean_in_worker, sources, chunksize=4)


def archive_inputs(
    archive: Archive,
    inputs: Iterable[str | os.PathLike[str]],
    *,
    workers: int = 1,
    config: Config | None = None,
    keep_raw: bool = False,
    progress: bool = False,
    total: int | None = None,
) -> Summary:
    """Clean every page of ``inputs`` (files, folders, globs, lists, WARC, JSONL) into ``archive``.

    Returns the counts.  Inputs already in the archive (by origin) are skipped, so running the
    same batch again, or after a crash, archives each page exactly once.
    """
    paths = expand(os.fspath(i) for i in inputs)
    config = config or Config()
    chash = config_hash(config)
    done = archive.origins()
    summary = Summary()

    spelled_as: dict[str, str] = {}  # origin -> the same input as an older archive spells it

    def pending() -> Iterator[Source]:
        for path in paths:
            real = str(absolute(path))
            for source in iter_sources([path], max_bytes=config.max_input_bytes):
                # an archive made before origins were absolute holds the path as it was given
                spelled = str(path) + source.origin.removeprefix(real)
                if storable(source.origin) in done or storable(spelled) in done:
                    summary.counts["skipped"] += 1
                    continue
                if spelled != source.origin:
                    spelled_as[source.origin] = spelled
                yield source

    def fail(origin: str, reason: str) -> None:
        archive.record_failure(origin, reason)
        summary.counts["failed"] += 1
        summary.failures[reason.split(":")[0]] += 1

    bar = None
    if progress:
        from tqdm import tqdm

        bar = tqdm(total=total, unit="page", dynamic_ncols=True, smoothing=0.1)
    try:
        for source, article, reason in _results(pending(), workers, config):
            if article is None:
                fail(source.origin, reason)
            else:
                try:
                    added = archive.add(
                        article,
                        origin=source.origin,
                        config_hash=chash,
                        fetched_at=source.fetched_at or "",
                        raw=source.data if keep_raw else None,
                        raw_form=source.form,
                    )
                except sqlite3.Error as exc:  # this record only (a lock held too long): the next run redoes it
                    fail(source.origin, f"cannot store: {type(exc).__name__}: {exc}")
                else:
                    summary.counts[added.status] += 1
            if source.origin in spelled_as:  # its failure under the older spelling is this one's now
                archive.forget_failure(spelled_as.pop(source.origin))
            if bar is not None:
                bar.update(1)
    finally:
        if bar is not None:
            bar.close()
    return summary


def reclean(archive: Archive, *, config: Config | None = None) -> int:
    """Clean again every article archived with its raw input; returns how many were redone."""
    config = config or Config()
    chash = config_hash(config)
    count = 0
    for aid, data, form, url in list(archive.raw_inputs()):
        try:
            article = _ENTRY.get(form, clean)(data, url=url or None, config=config)
        except NewscleanError:
            continue
        archive.replace(aid, article, config_hash=chash)
        count += 1
    return count
