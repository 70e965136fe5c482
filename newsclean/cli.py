"""The ``newsclean`` command.  ``python -m newsclean`` runs the same."""

from __future__ import annotations

import json
import os
import sqlite3
import sys
from pathlib import Path
from typing import Any

import click

from ._version import __version__
from .archive import Archive, ArchiveError, QueryError
from .batch import archive_inputs, reclean
from .config import Config
from .errors import NewscleanError
from .model import Article
from .pipeline import clean, clean_html, clean_text
from .sources import count_pages, expand, form_of


def _read(path: str) -> bytes:
    """The page's bytes, read no further than one byte past the input limit."""
    limit = Config().max_input_bytes
    if path == "-":
        data = sys.stdin.buffer.read(limit + 1)
    else:
        with open(path, "rb") as file:
            data = file.read(limit + 1)
    if len(data) > limit:
        raise click.ClickException(f"{path}: the input is over the limit of {limit:,} bytes (Config.max_input_bytes)")
    return data


def _render(article: Article, fmt: str) -> str:
    if fmt == "json":
        return article.to_json(indent=2)
    if fmt == "markdown":
        md = article.metadata
        head = [f"# {md.title}"] if md.title else []
        if md.subtitle:
            head.append(f"_{md.subtitle}_")
        facts = [x for x in (", ".join(md.authors), md.agency, md.source, md.published[:10]) if x]
        if facts:
            head.append(" · ".join(facts))
        return "\n\n".join([*head, article.text])
    return article.text


class _Commands(click.Group):
    """The commands, with what a damaged archive or an argument SQLite cannot take (a number past
    its 64 bits, a lone surrogate) reported as a message, not a traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (sqlite3.IntegrityError, sqlite3.ProgrammingError):
            raise  # newsclean's own fault: its traceback is what a bug report needs
        except sqlite3.DatabaseError as exc:  # a damaged file, a lock held too long
            raise click.ClickException(f"archive error: {exc}") from exc
        except (OverflowError, UnicodeEncodeError) as exc:
            raise click.ClickException(f"an argument SQLite cannot take: {exc}") from exc


@click.group(cls=_Commands, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newsclean")
def main() -> None:
    """Clean and archive news articles."""


@main.command("clean")
@click.argument("path")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json", "markdown"]),
    default="text",
    show_default=True,
    help="text: the clean body; json: the whole record; markdown: body with a header.",
)
@click.option(
    "--input",
    "input_type",
    type=click.Choice(["auto", "html", "text"]),
    default="auto",
    show_default=True,
    help="How to read PATH; auto goes by its extension (.html, .htm, .xhtml; .txt), else by its content.",
)
@click.option("--url", default=None, help="The page's URL, for the metadata.")
def clean_command(path: str, fmt: str, input_type: str, url: str | None) -> None:
    """Clean one page (a file, or - for standard input) and print it."""
    try:
        data = _read(path)
    except OSError as exc:
        raise click.ClickException(f"cannot read {path}: {exc.strerror or exc}") from exc
    if input_type == "auto" and path != "-":
        input_type = form_of(path)
    entry = {"auto": clean, "html": clean_html, "text": clean_text}[input_type]
    try:
        article = entry(data, url=url)
    except NewscleanError as exc:
        raise click.ClickException(f"{path}: {exc}") from exc
    click.echo(_render(article, fmt))


def _open_archive(db: str, *, create: bool = False) -> Archive:
    """The archive at ``db``; only a command that archives may create it (a mistyped --db elsewhere
    must not leave an empty archive behind)."""
    if not create and not Path(db).is_file():
        raise click.ClickException(f"no archive at {db}: create one with 'newsclean archive'")
    try:
        return Archive(db, create=create)
    except ArchiveError as exc:
        raise click.ClickException(str(exc)) from exc


@main.command("archive")
@click.argument("inputs", nargs=-1, required=True)
@click.option("--db", default="newsclean.sqlite", show_default=True, help="The archive file (created if missing).")
@click.option(
    "--workers", default=os.cpu_count() or 1, show_default="the number of cores", help="Processes that clean."
)
@click.option("--keep-raw", is_flag=True, help="Keep each input, compressed, so that 'newsclean reclean' can redo it.")
@click.option("--progress/--no-progress", default=None, help="Show a progress bar (default: when on a terminal).")
def archive_command(inputs: tuple[str, ...], db: str, workers: int, keep_raw: bool, progress: bool | None) -> None:
    """Clean pages into an archive, in parallel; inputs already archived are skipped.

    INPUTS are files, folders (searched recursively), globs, files listing paths (.lst), WARC files
    (.warc, .warc.gz) and JSONL files of {"url", "html"} lines.
    """
    try:
        paths = expand(inputs)
    except NewscleanError as exc:
        raise click.ClickException(str(exc)) from exc
    show = sys.stderr.isatty() if progress is None else progress
    total = count_pages(paths) if show else None  # known totals give the progress bar an ETA
    with _open_archive(db, create=True) as archive:
        summary = archive_inputs(archive, paths, workers=workers, keep_raw=keep_raw, progress=show, total=total)
        total = len(archive)
    click.echo(f"{len(paths)} input files: {summary.line()}; {total} articles in {db}")
    for reason, n in summary.failures.most_common():
        click.echo(f"  failed ({n}): {reason}")


@main.command("reclean")
@click.option("--db", default="newsclean.sqlite", show_default=True)
def reclean_command(db: str) -> None:
    """Clean again, with this version of newsclean, every article archived with --keep-raw."""
    with _open_archive(db) as archive:
        click.echo(f"{reclean(archive)} articles cleaned again")


@main.command("export")
@click.argument("output")
@click.option("--db", default="newsclean.sqlite", show_default=True)
@click.option("--format", "fmt", type=click.Choice(["jsonl", "parquet"]), default="jsonl", show_default=True)
def export_command(output: str, db: str, fmt: str) -> None:
    """Write every archived article, with its metadata and removal record, to OUTPUT."""
    with _open_archive(db) as archive:
        try:
            count = archive.export(output, format=fmt)
        except ArchiveError as exc:
            raise click.ClickException(str(exc)) from exc
        except OSError as exc:  # a missing folder, a folder named as the file, no permission
            raise click.ClickException(f"cannot write {output}: {exc.strerror or exc}") from exc
    click.echo(f"{count} articles written to {output}")


@main.command("stats")
@click.option("--db", default="newsclean.sqlite", show_default=True)
def stats_command(db: str) -> None:
    """Counts of an archive: articles, duplicates, failures, languages, agencies."""
    with _open_archive(db) as archive:
        click.echo(json.dumps(archive.stats(), indent=2, ensure_ascii=False))


@main.command("search")
@click.argument("query")
@click.option("--db", default="newsclean.sqlite", show_default=True)
@click.option("--limit", default=10, show_default=True)
@click.option("--source", default=None, help="Only articles from this publisher.")
@click.option("--agency", default=None, help="Only stories from this wire agency (e.g. Reuters).")
@click.option("--author", default=None, help="Only articles whose authors include this name.")
@click.option("--language", default=None, help="Only articles in this language (ISO 639-1).")
@click.option("--since", default=None, help="Published on or after this date (YYYY-MM-DD).")
@click.option("--until", default=None, help="Published on or before this date (YYYY-MM-DD).")
def search_command(query: str, db: str, limit: int, **filters: Any) -> None:
    """Full-text search of an archive, best matches first."""
    with _open_archive(db) as archive:
        try:
            hits = archive.search(query, limit=limit, **filters)
        except QueryError as exc:
            raise click.ClickException(str(exc)) from exc
    if not hits:
        click.echo("no match")
    for hit in hits:
        facts = " · ".join(x for x in (hit.source, hit.agency, hit.published[:10]) if x)
        kin = "version" if hit.duplicate_kind == "version" else "copy"
        same = f"  ({kin} of {hit.duplicate_of})" if hit.duplicate_of else ""
        click.echo(f"{hit.id}  {hit.title or '(untitled)'}" + (f"  [{facts}]" if facts else "") + same)
        click.echo(f"    {hit.snippet}")


@main.command("show")
@click.argument("article_id")
@click.option("--db", default="newsclean.sqlite", show_default=True)
@click.option("--format", "fmt", type=click.Choice(["text", "json", "markdown"]), default="markdown", show_default=True)
@click.option("--removed/--no-removed", default=True, show_default=True, help="List the removed pieces too.")
def show_command(article_id: str, db: str, fmt: str, removed: bool) -> None:
    """Print an archived article and what was removed from it."""
    with _open_archive(db) as archive:
        try:
            article = archive.get(article_id)
        except KeyError:
            raise click.ClickException(f"no article {article_id} in {db}") from None
    click.echo(_render(article, fmt))
    if removed and fmt != "json":
        click.echo("\n--- removed ---")
        for r in article.removed:
            where = f"line {r.line}" if r.line is not None else "html"
            click.echo(f"{where:>9}  {r.kind.value:<16} {r.text[:70]!r}  ({r.reason})")


@main.command("serve")
@click.option("--db", default="newsclean.sqlite", show_default=True, help="The archive to review.")
@click.option("--host", default="127.0.0.1", show_default=True, help="The address to listen on (this machine only).")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535))
def serve_command(db: str, host: str, port: int) -> None:
    """Start the review app: search, read each article beside its removed pieces, correct decisions.

    It is meant for one person on their own machine: it has no login, so keep it on 127.0.0.1.
    """
    _open_archive(db).close()  # a clear message now, rather than on the first request
    try:
        from .review import serve
    except ImportError as exc:
        raise click.ClickException(f"the review app needs Flask: pip install 'newsclean[review]' ({exc})") from exc
    if host not in ("127.0.0.1", "localhost"):
        click.echo(f"warning: listening on {host}: anyone who can reach it can read and correct the archive", err=True)
    click.echo(f"newsclean review of {db} at http://{host}:{port}/ (Ctrl-C stops it)")
    serve(db, host=host, port=port)


@main.group("corrections")
def corrections_group() -> None:
    """Corrections made in the review app: list them, export them as fixtures."""


@corrections_group.command("list")
@click.option("--db", default="newsclean.sqlite", show_default=True)
def corrections_list_command(db: str) -> None:
    """Print every correction: its article, the piece and the verdict."""
    with _open_archive(db) as archive:
        corrections = archive.corrections()
    if not corrections:
        click.echo("no corrections")
    for c in corrections:
        what = f"removed {c.kind}, should be kept" if c.verdict == "keep" else "kept, should be removed"
        click.echo(f"{c.id:>4}  {c.article_id}  {what}: {c.text[:60]!r}" + (f"  ({c.note})" if c.note else ""))


@corrections_group.command("export")
@click.argument("folder", type=click.Path(file_okay=False))
@click.option("--db", default="newsclean.sqlite", show_default=True)
def corrections_export_command(folder: str, db: str) -> None:
    """Write every correction as a fixture (JSON and input file) into FOLDER.

    Run them against your own filter chain with newsclean.testing (see docs/review.md).
    """
    from .corrections import export_fixtures

    with _open_archive(db) as archive:
        written = export_fixtures(archive, folder)
    click.echo(f"{len(written)} corrections written as fixtures to {folder}")


if __name__ == "__main__":  # pragma: no cover
    main()
