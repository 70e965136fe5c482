"""The ``newsclean`` command.  ``python -m newsclean`` runs the same."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from . import __version__
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
@click.option("--format", "fmt", type=click.Choice(["text", "json", "markdown"]), default="text",
              show_default=True, help="text: the clean body; json: the whole record; markdown: body with a header.")
@click.option("--input", "input_type", type=click.Choice(["auto", "html", "text"]), default="auto",
              show_default=True, help="How to read PATH; auto looks at the content.")
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


if __name__ == "__main__":  # pragma: no cover
    main()
