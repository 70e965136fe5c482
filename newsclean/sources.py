"""Where pages come from in a batch: files, folders, globs, lists of paths, WARC files and JSONL.

Each page becomes a :class:`Source` with an ``origin`` that names it for good: the file's absolute
path, ``/data/file.warc.gz#12345`` (the record's offset) or ``/data/pages.jsonl:17`` (the line).
The archive keys its resume logic on origins, so the same input always gets the same origin.
"""

from __future__ import annotations

import glob
import gzip
import io
import json
import os
import stat
from collections.abc import Generator, Iterable, Iterator
from pathlib import Path
from typing import Any

import attrs

from .errors import InputError
from .load import over_the_limit

HTML_SUFFIXES = (".html", ".htm", ".xhtml")
TEXT_SUFFIXES = (".txt",)
PAGE_SUFFIXES = (*HTML_SUFFIXES, *TEXT_SUFFIXES)
WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson")
LIST_SUFFIXES = (".lst", ".list", ".paths")
_CHUNK = 1 << 20  # how much of a line is held at once when the line itself is not kept


@attrs.frozen
class Source:
    """One page to clean: its bytes, where it came from, its URL and fetch time if known."""

    origin: str
    data: bytes = attrs.field(repr=False)
    url: str | None = None
    fetched_at: str | None = None
    form: str = "auto"  # "html", "text" or "auto"
    reason: str = ""  # why this input holds no page, when reading it already tells (a bad JSON line)


def _suffix(path: Path) -> str:
    name = path.name.lower()
    for suffix in (*WARC_SUFFIXES, *JSONL_SUFFIXES):
        if name.endswith(suffix):
            return suffix
    return path.suffix.lower()


def expand(inputs: Iterable[str], _lists: tuple[Path, ...] = ()) -> list[Path]:
    """The files named by ``inputs``: files as given, folders recursively, globs, list files.

    What a glob matches is taken as if named itself: a folder is searched, a list file read (a
    list that names itself, or a list naming it, is an InputError).
    """
    found: list[Path] = []
    for raw in inputs:
        path = Path(raw)
        if path.exists():
            found.extend(_files(path, _lists))
            continue
        matches = sorted(map(Path, glob.glob(raw, recursive=True)))
        if not matches:
            raise InputError(f"no such file, folder or pattern: {raw}")
        for match in matches:
            found.extend(_files(match, _lists))
    return list(dict.fromkeys(found))


def _files(path: Path, lists: tuple[Path, ...]) -> list[Path]:
    if path.is_dir():
        return sorted(
            p
            for p in path.rglob("*")
            if p.is_file() and _suffix(p) in (*PAGE_SUFFIXES, *WARC_SUFFIXES, *JSONL_SUFFIXES)
        )
    if path.is_file() and _suffix(path) in LIST_SUFFIXES:
        real = path.resolve()
        if real in lists:
            raise InputError(f"the list file {path} names itself, or a list that names it")
        # a path in a list is bytes as the file system holds them: one that is not UTF-8 stays itself
        text = path.read_text(encoding="utf-8", errors="surrogateescape")
        lines = (line.strip() for line in text.splitlines())
        return expand((line for line in lines if line and not line.startswith("#")), (*lists, real))
    return [path]


def _warc(path: Path, max_bytes: int | None = None) -> Iterator[Source]:
    from warcio.archiveiterator import ArchiveIterator

    records = None
    try:
        with path.open("rb") as stream:
            records = ArchiveIterator(stream, arc2warc=True)
            cut_short = yield from _warc_records(path, records, max_bytes)
            end = stream.seek(0, io.SEEK_END)
        if not cut_short and records.offset < end:  # warcio ends without a word in a record's cut header
            yield Source(f"{path}#{records.offset}", b"", reason="a truncated WARC record: the file ends in its header")
    except Exception as exc:  # whatever warcio raises on a broken file ends the file, not the run
        # warcio cannot find the next record after a broken one: the rest of the file is one failure
        offset = records.offset if records is not None else 0
        reason = f"cannot read the WARC file from here on: byte {offset}: {type(exc).__name__}: {exc}"
        yield Source(f"{path}#{offset}", b"", reason=reason)


def _warc_records(path: Path, records: Any, max_bytes: int | None) -> Generator[Source, None, bool]:
    """The pages of a WARC file's records; returns whether the file ended inside a record."""
    for record in records:
        source = _warc_source(record, max_bytes) if record.rec_type in ("response", "resource") else None
        cut = _cut_short(record)
        # the record's offset only once it is read: warcio reads the record to its end to tell it
        origin = f"{path}#{records.get_record_offset()}"
        if cut:  # the file ends inside this record: the rest of the file is this one failure
            yield Source(origin, b"", reason=f"a truncated WARC record: {cut}")
            return True
        if source is not None:
            yield attrs.evolve(source, origin=origin)
    return False


def _warc_source(record: Any, max_bytes: int | None = None) -> Source | None:
    """The page a WARC record holds, or None when it holds none (an image, a script).

    Its body is read no further than one byte past ``max_bytes``: one over it is a source whose
    ``reason`` says so (the rest of the record is read past in pieces, by :func:`_cut_short`).
    """
    if record.http_headers is not None:
        ctype = record.http_headers.get_header("Content-Type") or ""
    else:
        ctype = record.rec_headers.get_header("Content-Type") or ""
    if ctype and not any(t in ctype.lower() for t in ("html", "text/plain", "xml")):
        return None
    source = Source(
        origin="",
        data=b"",
        url=record.rec_headers.get_header("WARC-Target-URI"),
        fetched_at=record.rec_headers.get_header("WARC-Date"),
        form="text" if "text/plain" in ctype.lower() else "html",
    )
    stream = record.content_stream()
    data = stream.read() if max_bytes is None else stream.read(max_bytes + 1)
    if max_bytes is None or len(data) <= max_bytes:
        return attrs.evolve(source, data=data)
    # a body stored as sent (not chunked, not compressed) has the rest of its size in its header;
    # a decoded one's is known only by decoding it all
    rest = getattr(stream, "limit", None) if stream is record.raw_stream else None
    size = None if rest is None else len(data) + rest
    return attrs.evolve(source, reason=over_the_limit(size, max_bytes))


def _cut_short(record: Any) -> str:
    """How a record read to its end falls short of its header's Content-Length, or ''."""
    declared = record.rec_headers.get_header("Content-Length")
    if record.length is None or (declared is not None and not declared.strip().isdigit()):
        return "its header is cut short (no Content-Length)"
    while record.raw_stream.read(65_536):  # what the content stream left (a chunked body's end)
        pass
    missing = getattr(record.raw_stream, "limit", 0)
    return f"the file ends {missing} bytes short of its Content-Length" if missing > 0 else ""


def _lines(path: Path) -> gzip.GzipFile | io.BufferedReader:
    """A JSONL file's lines, as bytes: each is decoded on its own, so one bad line spoils no other."""
    return gzip.open(path, "rb") if path.name.lower().endswith(".gz") else path.open("rb")


def _bounded_lines(lines: io.BufferedIOBase, max_bytes: int | None) -> Iterator[bytes | int]:
    """Each line of ``lines``, or for one over ``max_bytes`` (its line end left out) its size.

    Such a line is read no further than one byte past the limit and its rest is let go chunk by
    chunk, so a line of 2 GB is never held whole; one of whitespace only comes as b"" (a blank
    line, however long).  Every line comes, for the line numbers to hold.
    """
    while line := lines.readline(-1 if max_bytes is None else max_bytes + 1):
        if max_bytes is None or len(line) <= max_bytes or line.endswith(b"\n"):
            yield line
            continue
        size, blank = len(line), not line.strip()
        while chunk := lines.readline(_CHUNK):
            blank = blank and not chunk.strip()
            if chunk.endswith(b"\n"):
                size += len(chunk) - 1
                break
            size += len(chunk)
        yield b"" if blank else size


# A JSON string may write a letter as an escape of six bytes ("\u0436" for the two of "ж", "\u0001"
# for one): a line holding a page within the input limit is at most this many times the limit
JSON_ESCAPE_ROOM = 6


def _jsonl(path: Path, max_bytes: int | None = None) -> Iterator[Source]:
    """The pages of a JSONL file, one a line.  A line is read no further than one byte past
    :data:`JSON_ESCAPE_ROOM` times ``max_bytes``: one longer is refused, whatever it holds (it
    holds a page over the limit unless its other fields are that long); the page on a shorter line
    is held to the limit when it is cleaned."""
    number = 0
    line_limit = None if max_bytes is None else JSON_ESCAPE_ROOM * max_bytes
    try:
        with _lines(path) as lines:
            for number, line in enumerate(_bounded_lines(lines, line_limit), start=1):
                if isinstance(line, int) and max_bytes is not None:
                    yield Source(f"{path}:{number}", b"", reason=over_the_limit(line, max_bytes))
                elif isinstance(line, bytes) and line.strip():
                    yield _jsonl_source(f"{path}:{number}", line)
    except Exception as exc:  # unreadable, a truncated or corrupted .gz: the lines read so far stand
        reason = f"cannot read the file from here on: line {number + 1}: {type(exc).__name__}: {exc}"
        yield Source(f"{path}:{number + 1}", b"", reason=reason)


_JSON_TYPES = {list: "an array", str: "a string", int: "a number", float: "a number", bool: "a boolean"}


def _jsonl_source(origin: str, line: bytes) -> Source:
    """The page on one JSON line, or a source whose ``reason`` says why the line holds none."""
    try:
        item = json.loads(line.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        return Source(origin, b"", reason=f"not a JSON line: invalid UTF-8 at byte {exc.start}")
    except ValueError:
        return Source(origin, b"", reason="not a JSON line")
    except RecursionError:
        return Source(origin, b"", reason="a JSON line nested too deeply to be read")
    if not isinstance(item, dict):
        return Source(origin, b"", reason=f"not a JSON object: {_JSON_TYPES.get(type(item), 'null')}")
    for field in ("url", "fetched_at"):
        if item.get(field) is not None and not isinstance(item[field], str):
            kind = _JSON_TYPES.get(type(item[field]), "an object")
            return Source(origin, b"", reason=f'a JSON line\'s "{field}" is {kind}, not a string')
    html, text = item.get("html"), item.get("text")
    if not isinstance(html, str) and not isinstance(text, str):
        return Source(origin, b"", reason='a JSON line with no "html" or "text" string')
    body = html if isinstance(html, str) else str(text)
    return Source(
        origin,
        body.encode("utf-8", "replace"),  # a lone surrogate ("\ud800") is valid JSON, not a character
        url=item.get("url"),
        fetched_at=item.get("fetched_at"),
        form="html" if isinstance(html, str) else "text",
    )


def _count_lines(path: Path) -> int:
    """The non-blank lines of a JSONL file; one more for where it cannot be read further."""
    count = 0
    try:
        with _lines(path) as lines:
            # blank or not does not hang on a limit: a long line is looked at a chunk at a time
            for line in _bounded_lines(lines, _CHUNK):
                count += isinstance(line, int) or bool(line.strip())
    except Exception:  # as _jsonl: the rest of the file is one failure
        count += 1
    return count


def count_pages(paths: Iterable[Path]) -> int | None:
    """How many pages ``paths`` hold, or None when a WARC file makes that costly to know."""
    total = 0
    for path in paths:
        suffix = _suffix(path)
        if suffix in WARC_SUFFIXES:
            return None
        total += _count_lines(path) if suffix in JSONL_SUFFIXES else 1
    return total


def absolute(path: Path) -> Path:
    """``path`` made absolute, its folder's links resolved (a link to a file is not followed: its
    name says what it holds); as written after the working folder when its folder cannot be
    resolved (a loop of links), for reading it to fail and say why."""
    try:
        return path.parent.resolve() / path.name
    except (OSError, RuntimeError):  # Python 3.11 raises RuntimeError on a loop, 3.13 OSError
        return Path(os.path.abspath(path))


def iter_sources(paths: Iterable[Path], max_bytes: int | None = None) -> Iterator[Source]:
    """Every page in ``paths``, in order; WARC and JSONL files give one source per record.

    A WARC record's body over ``max_bytes`` is read no further than one byte past it, a JSON line
    no further than one byte past :data:`JSON_ESCAPE_ROOM` times it: its source holds no page, and
    its ``reason`` says so.  (A file's turn to be read comes in :func:`read`.)

    Origins name a file by its absolute path, its folder's links resolved, so that one file is one
    origin whichever working folder, spelling (``./pages``, ``pages/../pages``) or link to a folder
    named it.  A link to a file keeps its own name: what it is (a WARC file, JSONL, a page) is read
    from that name, and the blob it points to may have none."""
    for given in paths:
        path = absolute(given)
        suffix = _suffix(path)
        if suffix in WARC_SUFFIXES:
            yield from _warc(path, max_bytes)
        elif suffix in JSONL_SUFFIXES:
            yield from _jsonl(path, max_bytes)
        else:
            yield Source(str(path), b"", form="file")


def form_of(path: str | Path) -> str:
    """How a page file is read, by its name: "text" (``.txt``), "html" (``.html``, ``.htm``,
    ``.xhtml``), else "auto" (by what it holds)."""
    suffix = Path(path).suffix.lower()
    return "text" if suffix in TEXT_SUFFIXES else "html" if suffix in HTML_SUFFIXES else "auto"


def read(source: Source, max_bytes: int | None = None) -> Source:
    """A source with its bytes loaded (files are read only when their turn comes).

    A file over ``max_bytes`` is not read whole: its source says so in its ``reason``.  Nor is
    what is no regular file (a named pipe would wait for a writer, a device never end).
    """
    if source.form != "file":
        return source
    path = Path(source.origin)
    form = form_of(path)
    if not stat.S_ISREG(path.stat().st_mode):
        return attrs.evolve(source, form=form, reason="not a regular file (a pipe, a device or a socket)")
    with path.open("rb") as file:
        data = file.read() if max_bytes is None else file.read(max_bytes + 1)
    if max_bytes is not None and len(data) > max_bytes:
        reason = over_the_limit(max(path.stat().st_size, len(data)), max_bytes)
        return attrs.evolve(source, form=form, reason=reason)
    return attrs.evolve(source, data=data, form=form)
