"""The ``newsclean`` command.  ``python -m newsclean`` runs the same."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import click

from . import __version__
from .archive import Archive, ArchiveError, QueryError, config_hash
from .config import Config
from .errors import NewscleanError
from .model import Article
from .pipeline import clean, clean_html, clean_text


def _read(path: str) -> bytes:
    if path == "-":
        return sys.stdin.buffer.read()
    return Path(path).read_bytes()


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


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
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
    help="How to read PATH; auto looks at the content.",
)
@click.option("--url", default=None, help="The page's URL, for the metadata.")
def clean_command(path: str, fmt: str, input_type: str, url: str | None) -> None:
    """Clean one page (a file, or - for standard input) and print it."""
    try:
        data = _read(path)
    except OSError as exc:
        raise click.ClickException(f"cannot read {path}: {exc.strerror or exc}") from exc
    entry = {"auto": clean, "html": clean_html, "text": clean_text}[input_type]
    try:
        article = entry(data, url=url)
    except NewscleanError as exc:
        raise click.ClickException(f"{path}: {exc}") from exc
    click.echo(_render(article, fmt))


PAGE_SUFFIXES = (".html", ".htm", ".xhtml", ".txt")


def _inputs(paths: tuple[str, ...]) -> list[Path]:
    """Files to archive: files as given, folders searched recursively for pages, globs expanded."""
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in PAGE_SUFFIXES))
        elif path.exists():
            found.append(path)
        else:
            matches = sorted(Path().glob(raw))
            if not matches:
                raise click.ClickException(f"no such file, folder or pattern: {raw}")
            found.extend(p for p in matches if p.is_file())
    return list(dict.fromkeys(found))


def _open_archive(db: str) -> Archive:
    try:
        return Archive(db)
    except ArchiveError as exc:
        raise click.ClickException(str(exc)) from exc


@main.command("archive")
@click.argument("inputs", nargs=-1, required=True)
@click.option("--db", default="newsclean.sqlite", show_default=True, help="The archive file (created if missing).")
def archive_command(inputs: tuple[str, ...], db: str) -> None:
    """Clean pages (files, folders, globs) into an archive; pages already archived are skipped."""
    files = _inputs(inputs)
    counts: Counter[str] = Counter()
    reasons: Counter[str] = Counter()
    chash = config_hash(Config())
    with _open_archive(db) as archive:
        for path in files:
            origin = str(path)
            if archive.has_origin(origin):
                counts["already archived"] += 1
                continue
            try:
                article = clean(path.read_bytes())
            except (NewscleanError, OSError) as exc:
                reason = str(exc) if isinstance(exc, NewscleanError) else f"cannot read: {exc}"
                archive.record_failure(origin, reason)
                counts["failed"] += 1
                reasons[reason.split(":")[0]] += 1
                continue
            counts[archive.add(article, origin=origin, config_hash=chash).status] += 1
        total = len(archive)
    summary = ", ".join(
        f"{counts[k]} {k}" for k in ("added", "duplicate", "exists", "already archived", "failed") if counts[k]
    )
    click.echo(f"{len(files)} inputs: {summary or 'nothing to do'}; {total} articles in {db}")
    for reason, n in reasons.most_common():
        click.echo(f"  failed ({n}): {reason}")


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
def search_command(query: str, db: str, limit: int, **filters: str | None) -> None:
    """Full-text search of an archive, best matches first."""
    if not Path(db).exists():
        raise click.ClickException(f"no archive at {db}: create one with 'newsclean archive'")
    with _open_archive(db) as archive:
        try:
            hits = archive.search(query, limit=limit, **filters)
        except QueryError as exc:
            raise click.ClickException(str(exc)) from exc
    if not hits:
        click.echo("no match")
    for hit in hits:
        facts = " · ".join(x for x in (hit.source, hit.agency, hit.published[:10]) if x)
        click.echo(f"{hit.id}  {hit.title or '(untitled)'}" + (f"  [{facts}]" if facts else ""))
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


if __name__ == "__main__":  # pragma: no cover
    main()
