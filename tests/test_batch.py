"""Batch archiving: every kind of input, workers, failures, and a run killed half-way."""

from __future__ import annotations

import io
import json
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from newsclean.archive import Archive
from newsclean.batch import archive_inputs, reclean
from newsclean.sources import Source, expand, iter_sources, read

ROOT = Path(__file__).resolve().parent.parent
SEED = (ROOT / "seeds" / "000_f98b2c7d856323b5.txt").read_text(encoding="utf-8")
HAARETZ = (ROOT / "fixtures" / "seed_haaretz.html").read_bytes()


def archived(summary: object) -> int:
    """Inputs that became rows: new articles, grouped (near) duplicates and versions alike."""
    counts = summary.counts  # type: ignore[attr-defined]
    return int(counts["added"] + counts["duplicate"] + counts["version"] + counts["near-duplicate"])


def unique_pages(folder: Path, n: int) -> list[Path]:
    """``n`` distinct text pages: the seed with a paragraph of its own each (near duplicates)."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        extra = f"Officials said on day {i} that the count of displaced families had reached {1000 + i} by evening."
        text = SEED.replace("Sadr has yet to throw", f"{extra}\n\nSadr has yet to throw")
        path = folder / f"page{i:04d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def write_warc(path: Path, pages: list[tuple[str, bytes]]) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=path.name.endswith(".gz"))
        for url, body in pages:
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            record = writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers)
            writer.write_record(record)
        image_headers = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(
                "https://example.org/x.png", "response", payload=io.BytesIO(b"\x89PNG"), http_headers=image_headers
            )
        )


def test_warc_input(tmp_path: Path) -> None:
    warc = tmp_path / "crawl.warc.gz"
    write_warc(warc, [("https://www.haaretz.example/iraq", HAARETZ), ("https://news.example/empty", b"")])
    sources = list(iter_sources([warc]))
    assert [s.url for s in sources] == ["https://www.haaretz.example/iraq", "https://news.example/empty"]
    assert all(s.origin.startswith(f"{warc}#") for s in sources)
    with Archive(tmp_path / "a.sqlite") as archive:
        summary = archive_inputs(archive, [warc])
        assert summary.counts["added"] == 1 and summary.counts["failed"] == 1
        [(_aid, article)] = list(archive)
        assert article.metadata.url == "https://www.haaretz.example/iraq"
        assert article.metadata.agency == "Reuters"
        row = archive._conn.execute("SELECT origin, fetched_at FROM articles").fetchone()
        assert row["origin"].startswith(str(warc)) and row["fetched_at"]


def test_jsonl_input_and_a_bad_line(tmp_path: Path) -> None:
    jsonl = tmp_path / "pages.jsonl"
    lines = [
        json.dumps({"url": "https://a.example/1", "html": HAARETZ.decode("utf-8")}),
        "{not json",
        json.dumps({"url": "https://a.example/2", "text": SEED}),
    ]
    jsonl.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with Archive(tmp_path / "a.sqlite") as archive:
        summary = archive_inputs(archive, [jsonl])
        assert summary.counts["failed"] == 1
        assert archived(summary) == 2
        assert archive.failures() == [(f"{jsonl}:2", "not a JSON line")]


def test_list_files_globs_and_folders(tmp_path: Path) -> None:
    pages = unique_pages(tmp_path / "pages", 3)
    listing = tmp_path / "todo.lst"
    listing.write_text(f"# pages to do\n{pages[0]}\n{pages[1]}\n", encoding="utf-8")
    assert expand([str(listing)]) == pages[:2]
    assert expand([str(tmp_path / "pages")]) == pages
    assert expand([str(tmp_path / "pages" / "page000[12].txt")]) == pages[1:]


def test_binary_empty_and_corrupted_inputs_fail_while_the_batch_completes(tmp_path: Path) -> None:
    folder = tmp_path / "mixed"
    pages = unique_pages(folder, 2)
    (folder / "empty.html").write_bytes(b"")
    (folder / "photo.html").write_bytes(b"\xff\xd8\xff\xe0" + bytes(200))
    (folder / "broken.html").write_bytes(b"<html><body><p>Half a page \xff\xfe<div><<<</p")
    with Archive(tmp_path / "a.sqlite") as archive:
        summary = archive_inputs(archive, [folder])
        reasons = dict(archive.failures())
        assert archived(summary) == len(pages) + 1  # the broken page still has text to keep
        assert set(reasons) == {str(folder / "empty.html"), str(folder / "photo.html")}
        assert "empty" in reasons[str(folder / "empty.html")]
        assert "JPEG" in reasons[str(folder / "photo.html")]
        assert archive.integrity_ok()


def test_two_workers_archive_the_same_as_one(tmp_path: Path) -> None:
    pages = unique_pages(tmp_path / "pages", 12)
    results = []
    for workers in (1, 2):
        with Archive(tmp_path / f"w{workers}.sqlite") as archive:
            summary = archive_inputs(archive, pages, workers=workers)
            assert archived(summary) == len(pages)
            results.append(sorted((aid, a.text) for aid, a in archive))
    assert results[0] == results[1]


def test_keep_raw_and_reclean(tmp_path: Path) -> None:
    pages = unique_pages(tmp_path / "pages", 2)
    with Archive(tmp_path / "a.sqlite") as archive:
        archive_inputs(archive, pages, keep_raw=True)
        before = {aid: a.text for aid, a in archive}
        assert reclean(archive) == 2
        assert {aid: a.text for aid, a in archive} == before
        assert archive.search("displaced families")


def test_killed_run_resumes_without_losses_or_duplicates(tmp_path: Path) -> None:
    pages = unique_pages(tmp_path / "pages", 150)
    db = tmp_path / "a.sqlite"
    cmd = [
        sys.executable,
        "-m",
        "newsclean",
        "archive",
        str(tmp_path / "pages"),
        "--db",
        str(db),
        "--workers",
        "1",
        "--no-progress",
    ]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    archived = 0
    while time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
        if db.exists():
            try:
                with sqlite3.connect(db, timeout=1) as conn:
                    archived = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
            except sqlite3.OperationalError:
                continue
            if archived >= 20:
                break
    assert proc.poll() is None, "the batch finished before it could be killed: make it longer"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        partial = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    assert 20 <= partial < len(pages)
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with sqlite3.connect(db) as conn:
        origins = [r[0] for r in conn.execute("SELECT origin FROM articles")]
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert sorted(origins) == sorted(str(p) for p in pages)


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"source": "Haaretz"}, 1),
        ({"agency": "Reuters"}, 2),
        ({"author": "Kamal"}, 2),
        ({"language": "en"}, 2),
        ({"since": "2014-06-01"}, 1),
        ({"until": "2014-06-30"}, 1),
        ({"since": "2015-01-01"}, 0),
    ],
)
def test_search_filters(tmp_path: Path, filters: dict[str, str], expected: int) -> None:
    import newsclean

    with Archive(tmp_path / "a.sqlite") as archive:
        archive.add(newsclean.clean_text(SEED), origin="seed.txt")
        archive.add(newsclean.clean_html(HAARETZ, url="https://www.haaretz.example/iraq"), origin="seed.html")
        assert len(archive.search("Hawija", **filters)) == expected


def test_page_counts_give_the_progress_bar_a_total(tmp_path: Path) -> None:
    from newsclean.sources import count_pages

    pages = unique_pages(tmp_path / "pages", 3)
    jsonl = tmp_path / "pages.jsonl"
    jsonl.write_text('{"url": "a", "html": "x"}\n\n{"url": "b", "html": "y"}\n', encoding="utf-8")
    assert count_pages([*pages, jsonl]) == 5
    warc = tmp_path / "crawl.warc.gz"
    write_warc(warc, [("https://a.example/", HAARETZ)])
    assert count_pages([*pages, warc]) is None


def test_bad_jsonl_lines_are_failures_and_the_rest_is_archived(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from newsclean.cli import main
    from newsclean.sources import count_pages

    jsonl = tmp_path / "pages.jsonl"
    lines = [
        json.dumps({"url": "https://a.example/1", "html": HAARETZ.decode("utf-8")}).encode(),
        b"[1, 2]",
        b'"just a string"',
        b'{"url": "https://a.example/2", "text": "caf\xe9 au lait"}',  # Latin-1, not UTF-8
        json.dumps({"url": 123, "text": SEED}).encode(),
        b'{"url": "https://a.example/3", "html": null, "text": null}',
        json.dumps({"url": "https://a.example/4", "text": "\ud800" + SEED}).encode(),  # a lone surrogate
        json.dumps({"url": "https://a.example/5", "text": SEED.replace("Sunni", "Armed")}).encode(),
    ]
    jsonl.write_bytes(b"\n".join(lines) + b"\n")
    assert count_pages([jsonl]) == len(lines)
    db = tmp_path / "a.sqlite"
    result = CliRunner().invoke(main, ["archive", str(jsonl), "--db", str(db), "--workers", "1", "--progress"])
    assert result.exit_code == 0, result.output
    assert "5 failed" in result.output and "3 articles" in result.output
    with Archive(db) as archive:
        assert archive.failures() == [
            (f"{jsonl}:2", "not a JSON object: an array"),
            (f"{jsonl}:3", "not a JSON object: a string"),
            (f"{jsonl}:4", "not a JSON line: invalid UTF-8 at byte 43"),
            (f"{jsonl}:5", 'a JSON line\'s "url" is a number, not a string'),
            (f"{jsonl}:6", 'a JSON line with no "html" or "text" string'),
        ]
        assert archive.origins() == {f"{jsonl}:{n}" for n in (1, 7, 8)}


def test_a_truncated_jsonl_gz_keeps_the_lines_before_the_break(tmp_path: Path) -> None:
    import gzip
    import random

    from newsclean.sources import count_pages

    noise = random.Random(1)
    pages = [json.dumps({"url": f"https://a.example/{i}", "text": f"{noise.randbytes(4000).hex()}"}) for i in range(40)]
    whole = gzip.compress("\n".join(pages).encode("utf-8"))  # incompressible: the cut falls half-way
    cut = tmp_path / "pages.jsonl.gz"
    cut.write_bytes(whole[: len(whole) // 2])
    sources = list(iter_sources([cut]))
    assert 1 < len(sources) < 40 and all(not s.reason for s in sources[:-1])
    assert sources[-1].origin == f"{cut}:{len(sources)}" and sources[-1].reason.startswith("cannot read")
    assert count_pages([cut]) == len(sources)


def test_a_warc_broken_half_way_keeps_the_records_before_the_break(tmp_path: Path) -> None:
    whole = tmp_path / "whole.warc"
    write_warc(whole, [(f"https://www.haaretz.example/{i}", HAARETZ) for i in range(3)])
    data = whole.read_bytes()
    broken = tmp_path / "broken.warc"
    third = data.index(b"WARC/1.0", data.index(b"https://www.haaretz.example/1"))
    broken.write_bytes(data[:third] + b"garbage\r\n" + data[third:])
    with Archive(tmp_path / "a.sqlite") as archive:
        summary = archive_inputs(archive, [broken])
        assert archived(summary) == 2 and summary.counts["failed"] == 1
        [(origin, reason)] = archive.failures()
        assert origin.startswith(f"{broken}#") and reason.startswith("cannot read the WARC file from here on")


@pytest.mark.parametrize("name", ["cut.warc.gz", "cut.warc"])
def test_a_truncated_warc_ends_in_one_failure_wherever_it_is_cut(tmp_path: Path, name: str) -> None:
    """Cut in a record's header, its HTTP headers or its body: the records before the cut are read
    whole, the cut one is a failure (not an empty or a partial page), and nothing raises."""
    whole = tmp_path / f"whole.{name}"
    write_warc(whole, [(f"https://a.example/{i}", HAARETZ) for i in range(2)])
    data = whole.read_bytes()
    cut = tmp_path / name
    for size in range(1, len(data), 37):
        cut.write_bytes(data[:size])
        sources = list(iter_sources([cut]))
        *pages, last = sources
        assert all(s.data == HAARETZ and not s.reason for s in pages), size
        assert last.data == HAARETZ or last.reason.startswith(("a truncated WARC record", "cannot read")), size
        assert last.origin.startswith(f"{cut}#")
    for size, pages_before in ((540, 0), (820, 0), (len(data) - 20, 2)):
        cut.write_bytes(data[:size])
        with Archive(tmp_path / f"{size}.sqlite") as archive:
            summary = archive_inputs(archive, [cut])
            assert summary.counts["failed"] == 1 and archived(summary) == pages_before


def test_a_jsonl_gz_corrupted_in_the_middle_keeps_the_lines_before(tmp_path: Path) -> None:
    import gzip
    import random

    from newsclean.sources import count_pages

    noise = random.Random(2)
    pages = [json.dumps({"url": f"https://a.example/{i}", "text": noise.randbytes(2000).hex()}) for i in range(40)]
    first = gzip.compress(("\n".join(pages[:20]) + "\n").encode("utf-8"))
    second = bytearray(gzip.compress("\n".join(pages[20:]).encode("utf-8")))
    second[10:16] = b"\xff" * 6  # the second gzip member's first block: zlib.error, not an OSError
    broken = tmp_path / "pages.jsonl.gz"
    broken.write_bytes(first + bytes(second))
    sources = list(iter_sources([broken]))
    assert len(sources) == 21 and all(not s.reason for s in sources[:20])
    assert sources[-1].origin == f"{broken}:21" and sources[-1].reason.startswith(
        "cannot read the file from here on: line 21:"
    )
    assert count_pages([broken]) == 21
    with Archive(tmp_path / "a.sqlite") as archive:
        summary = archive_inputs(archive, [broken])
        assert archived(summary) == 20 and summary.counts["failed"] == 1


def test_a_glob_walks_the_folders_it_matches(tmp_path: Path) -> None:
    pages = unique_pages(tmp_path / "pages" / "2024", 2)
    more = unique_pages(tmp_path / "pages-more", 1)
    assert expand([str(tmp_path / "pag*")]) == [*pages, *more]
    listing = tmp_path / "todo.lst"
    listing.write_text(f"{pages[1]}\n", encoding="utf-8")
    assert expand([str(tmp_path / "*.lst")]) == [pages[1]]  # a list matched by a glob is read too


def test_comments_in_a_list_file_may_be_indented(tmp_path: Path) -> None:
    pages = unique_pages(tmp_path / "pages", 2)
    listing = tmp_path / "todo.lst"
    listing.write_text(f"  # pages to do\n\n   \n  {pages[1]}\n\t# done: {pages[0]}\n", encoding="utf-8")
    assert expand([str(listing)]) == [pages[1]]


@pytest.mark.parametrize(
    ("name", "form"),
    [
        ("a.txt", "text"),
        ("b.TXT", "text"),
        ("c.html", "html"),
        ("d.htm", "html"),
        ("e.xhtml", "html"),
        ("f.page", "auto"),
    ],
)
def test_a_page_file_is_read_by_its_extension(tmp_path: Path, name: str, form: str) -> None:
    path = tmp_path / name
    path.write_bytes(b"<p>x</p>")
    assert read(Source(str(path), b"", form="file")).form == form


def test_the_same_files_under_another_spelling_are_skipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pages = unique_pages(tmp_path / "work" / "pages", 3)
    (tmp_path / "link").symlink_to(tmp_path / "work", target_is_directory=True)
    monkeypatch.chdir(tmp_path / "work")
    with Archive(tmp_path / "a.sqlite") as archive:
        assert archived(archive_inputs(archive, ["pages"])) == 3
        origins = archive.origins()
        assert origins == {str(p.resolve()) for p in pages}
        for spelling in (
            "./pages",
            "pages/../pages",
            str(tmp_path / "work" / "pages"),
            str(tmp_path / "link" / "pages"),
        ):
            summary = archive_inputs(archive, [spelling])
            assert (archived(summary), summary.counts["skipped"]) == (0, 3), spelling
        monkeypatch.chdir(tmp_path)
        summary = archive_inputs(archive, ["work/pages"])
        assert (archived(summary), summary.counts["skipped"]) == (0, 3)
        assert archive.origins() == origins and len(list(archive)) == 3


def test_a_relative_path_from_another_folder_is_another_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = unique_pages(tmp_path / "a" / "pages", 2)
    second = unique_pages(tmp_path / "b" / "pages", 3)
    with Archive(tmp_path / "x.sqlite") as archive:
        monkeypatch.chdir(tmp_path / "a")
        assert archived(archive_inputs(archive, ["pages"])) == 2
        monkeypatch.chdir(tmp_path / "b")
        summary = archive_inputs(archive, ["pages"])
        # the same names in another folder: other files, all archived (the first two as duplicates)
        assert (archived(summary), summary.counts["skipped"]) == (3, 0)
        assert archive.origins() == {str(p.resolve()) for p in first + second}


def test_an_archive_of_relative_origins_is_resumed_where_it_was_made(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import newsclean

    pages = unique_pages(tmp_path / "pages", 3)
    monkeypatch.chdir(tmp_path)
    with Archive(tmp_path / "a.sqlite") as archive:
        # as older versions wrote it: the path as given, and a failure noted under it
        archive.add(newsclean.clean_text(pages[0].read_text(encoding="utf-8")), origin="pages/page0000.txt")
        archive.record_failure("pages/page0001.txt", "an earlier failure")
        summary = archive_inputs(archive, ["pages"])
        assert (archived(summary), summary.counts["skipped"]) == (2, 1)
        assert archive.failures() == []
        assert archive.origins() == {"pages/page0000.txt", *(str(p.resolve()) for p in pages[1:])}


def test_a_link_to_a_file_is_read_by_its_own_name(tmp_path: Path) -> None:
    """A cache of blobs named by their hash, and links to them with the names that say what they hold."""
    blobs, snapshot = tmp_path / "blobs", tmp_path / "snapshot"
    blobs.mkdir()
    snapshot.mkdir()
    lines = [json.dumps({"text": SEED, "url": "https://example.org/seed"}), "not json"]
    (blobs / "9f86d081").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (blobs / "aa11").write_text(SEED, encoding="utf-8")
    (snapshot / "pages.jsonl").symlink_to(blobs / "9f86d081")
    (snapshot / "story.txt").symlink_to(blobs / "aa11")
    with Archive(tmp_path / "a.sqlite") as archive:
        summary = archive_inputs(archive, [snapshot])
        assert (archived(summary), summary.counts["failed"]) == (2, 1)
        assert archive.origins() == {f"{snapshot}/pages.jsonl:1", f"{snapshot}/story.txt"}
        assert [origin for origin, _ in archive.failures()] == [f"{snapshot}/pages.jsonl:2"]


def test_a_loop_of_links_is_a_failure_and_the_batch_goes_on(tmp_path: Path) -> None:
    pages = unique_pages(tmp_path / "pages", 2)
    (tmp_path / "loop1.html").symlink_to(tmp_path / "loop2.html")
    (tmp_path / "loop2.html").symlink_to(tmp_path / "loop1.html")
    with Archive(tmp_path / "a.sqlite") as archive:
        summary = archive_inputs(archive, [*pages, tmp_path / "loop1.html"])
        assert (archived(summary), summary.counts["failed"]) == (2, 1)
        [(origin, reason)] = archive.failures()
        assert origin == str(tmp_path / "loop1.html") and "symbolic links" in reason


def test_a_file_name_that_is_not_utf8_is_archived_and_skipped_next_time(tmp_path: Path) -> None:
    import os

    pages = unique_pages(tmp_path / "pages", 3)
    odd = os.path.join(os.fsencode(tmp_path / "pages"), b"b\xff.txt")  # a byte no UTF-8 name holds
    os.rename(pages[1], odd)
    with Archive(tmp_path / "a.sqlite") as archive:
        summary = archive_inputs(archive, [tmp_path / "pages"])
        assert (archived(summary), summary.counts["failed"]) == (3, 0)
        assert str(tmp_path / "pages" / "b\\udcff.txt") in archive.origins()
        again = archive_inputs(archive, [tmp_path / "pages"])
        assert (archived(again), again.counts["skipped"]) == (0, 3)


def test_lone_surrogates_in_a_jsonl_line_do_not_stop_the_batch(tmp_path: Path) -> None:
    page = "<html><body><article><p>" + SEED.split("\n\n")[3] + "</p></article></body></html>"
    rows = [
        {"url": "https://example.org/a\ud800", "html": page},
        {"url": "https://example.org/b", "fetched_at": "2024-01-01\udfff", "html": page.replace("Sunni", "Shia")},
        {"url": "https://example.org/c", "html": page.replace("Sunni", "Kurdish")},
    ]
    source = tmp_path / "pages.jsonl"
    source.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    with Archive(tmp_path / "a.sqlite") as archive:
        summary = archive_inputs(archive, [source])
        assert (archived(summary), summary.counts["failed"]) == (3, 0)
        assert len(archive_inputs(archive, [source]).failures) == 0 and len(archive) == 3


def test_a_jsonl_line_nested_too_deeply_fails_alone(tmp_path: Path) -> None:
    page = "<html><body><article><p>" + SEED.split("\n\n")[3] + "</p></article></body></html>"
    lines = [json.dumps({"html": page}), "[" * 100_000, json.dumps({"html": page.replace("Sunni", "Shia")})]
    source = tmp_path / "pages.jsonl"
    source.write_text("\n".join(lines), encoding="utf-8")
    with Archive(tmp_path / "a.sqlite") as archive:
        summary = archive_inputs(archive, [source])
        assert (archived(summary), summary.counts["failed"]) == (2, 1)
        assert archive.failures() == [(f"{source}:2", "a JSON line nested too deeply to be read")]


def test_a_file_over_the_limit_is_not_read_whole_and_a_pipe_is_not_waited_for(tmp_path: Path) -> None:
    import os

    from newsclean.config import Config

    pages = unique_pages(tmp_path / "pages", 1)
    big = tmp_path / "pages" / "big.html"
    big.write_bytes(b"<p>" + b"x" * 200_000 + b"</p>")
    os.mkfifo(tmp_path / "pages" / "pipe.html")
    with Archive(tmp_path / "a.sqlite") as archive:
        summary = archive_inputs(
            archive, [*pages, big, tmp_path / "pages" / "pipe.html"], config=Config(max_input_bytes=100_000)
        )
        assert (archived(summary), summary.counts["failed"]) == (1, 2)
        reasons = dict(archive.failures())
    assert reasons[str(big)] == "the input is 200,007 bytes, over the limit of 100,000 (Config.max_input_bytes)"
    assert reasons[str(tmp_path / "pages" / "pipe.html")] == "not a regular file (a pipe, a device or a socket)"
    source = read(Source(str(big), b"", form="file"), max_bytes=100_000)
    assert source.data == b"" and "over the limit" in source.reason


def bounded(read: Callable[[int], bytes], most: int) -> Callable[[int], bytes]:
    """A stream's ``read`` (or ``readline``) that fails when asked for everything, or for more than
    ``most`` bytes at once: what reading a 3 GB record or line whole would do."""

    def checked(size: int = -1) -> bytes:
        if not 0 <= size <= most:
            raise AssertionError(f"asked for {size} bytes at once, more than {most}")
        return read(size)

    return checked


class BoundedLines:
    """A file of lines read only through :func:`bounded` reads."""

    def __init__(self, file: Any, most: int) -> None:
        self.file, self.read, self.readline = file, bounded(file.read, most), bounded(file.readline, most)

    def __iter__(self) -> Iterator[bytes]:  # a line at a time, each read whole
        raise AssertionError("read line by line, each line whole")

    def __enter__(self) -> BoundedLines:
        return self

    def __exit__(self, *exc: object) -> None:
        self.file.close()


LIMIT = 100_000
OVER = "the input is {:,} bytes, over the limit of 100,000 (Config.max_input_bytes)"


@pytest.fixture
def bounded_warc_bodies(monkeypatch: pytest.MonkeyPatch) -> None:
    """A WARC record's body read whole, or more than one byte past LIMIT at once, fails."""
    from warcio.recordloader import ArcWarcRecord

    content_stream = ArcWarcRecord.content_stream

    def bounded_content_stream(record: ArcWarcRecord) -> Any:
        stream = content_stream(record)
        stream.read = bounded(stream.read, LIMIT + 1)  # the same stream: a body as stored is the record's own
        return stream

    monkeypatch.setattr(ArcWarcRecord, "content_stream", bounded_content_stream)


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_a_warc_record_over_the_limit_is_not_read_whole_and_the_next_is_archived(
    tmp_path: Path, name: str, bounded_warc_bodies: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newsclean.config import Config

    big = b"<p>" + b"x" * 200_000 + b"</p>"
    warc = tmp_path / name
    pages = [("https://a.example/1", HAARETZ), ("https://a.example/big", big), ("https://a.example/2", HAARETZ)]
    write_warc(warc, pages)
    with Archive(tmp_path / "a.sqlite") as archive:
        summary = archive_inputs(archive, [warc], config=Config(max_input_bytes=LIMIT))
        assert (archived(summary), summary.counts["failed"]) == (2, 1)
        failures, origins = archive.failures(), archive.origins()
    sources = list(iter_sources([warc], max_bytes=LIMIT))
    assert [(s.url, s.data == HAARETZ) for s in sources] == [(url, body == HAARETZ) for url, body in pages]
    assert failures == [(sources[1].origin, OVER.format(len(big)))]
    assert origins == {sources[0].origin, sources[2].origin}
    monkeypatch.undo()  # under no limit (the default of iter_sources) a body is read whole, as before
    assert [s.data for s in iter_sources([warc])] == [HAARETZ, big, HAARETZ]


def test_a_compressed_warc_body_over_the_limit_is_not_decoded_whole(tmp_path: Path, bounded_warc_bodies: None) -> None:
    """A body sent compressed (Content-Encoding: gzip) is known to be over the limit only as far
    as it is decoded: 200 kB out of a 1 kB record is not decoded to its end to tell its size."""
    import gzip

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    from newsclean.config import Config

    warc = tmp_path / "crawl.warc"
    with warc.open("wb") as out:
        writer = WARCWriter(out, gzip=False)
        headers = [("Content-Type", "text/html"), ("Content-Encoding", "gzip")]
        http = StatusAndHeaders("200 OK", headers, protocol="HTTP/1.1")
        body = io.BytesIO(gzip.compress(b"<p>" + b"x" * 200_000 + b"</p>"))
        writer.write_record(
            writer.create_warc_record("https://a.example/", "response", payload=body, http_headers=http)
        )
    with Archive(tmp_path / "a.sqlite") as archive:
        archive_inputs(archive, [warc], config=Config(max_input_bytes=LIMIT))
        [(_origin, reason)] = archive.failures()
    assert reason == "the input is more than 100,000 bytes, over the limit of 100,000 (Config.max_input_bytes)"


@pytest.mark.parametrize("name", ["pages.jsonl", "pages.jsonl.gz"])
def test_a_jsonl_line_over_the_limit_is_not_read_whole_and_the_next_lines_keep_their_numbers(
    tmp_path: Path, name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import gzip

    from newsclean import sources
    from newsclean.config import Config
    from newsclean.dask import _records
    from newsclean.sources import count_pages

    lines_of = sources._lines
    line_limit = sources.JSON_ESCAPE_ROOM * LIMIT  # a page within the limit may take six bytes a letter
    monkeypatch.setattr(sources, "_lines", lambda path: BoundedLines(lines_of(path), line_limit + 1))
    # the rest of a long line is let go in several chunks
    monkeypatch.setattr(sources, "_CHUNK", 4096, raising=False)
    big = json.dumps({"url": "https://a.example/big", "html": "<p>" + "x" * (line_limit + 1) + "</p>"}).encode()
    lines = [
        json.dumps({"url": "https://a.example/1", "html": HAARETZ.decode("utf-8")}).encode(),
        b"",
        big,
        b" " * 150_000,  # a blank line, however long, is skipped as before
        json.dumps({"url": "https://a.example/2", "text": SEED}).encode(),
    ]
    jsonl = tmp_path / name
    data = b"\n".join(lines)  # the last line without its line end
    jsonl.write_bytes(gzip.compress(data) if name.endswith(".gz") else data)
    with Archive(tmp_path / "a.sqlite") as archive:
        summary = archive_inputs(archive, [jsonl], config=Config(max_input_bytes=LIMIT))
        assert (archived(summary), summary.counts["failed"]) == (2, 1)
        assert archive.failures() == [(f"{jsonl}:3", OVER.format(len(big)))]
        assert archive.origins() == {f"{jsonl}:1", f"{jsonl}:5"}
    assert count_pages([jsonl]) == 3
    records = _records([str(jsonl)], Config(max_input_bytes=LIMIT))  # newsclean.dask reads the same way
    assert [(r["origin"], r.get("reason")) for r in records if not r["ok"]] == [(f"{jsonl}:3", OVER.format(len(big)))]


def test_a_jsonl_line_is_held_to_six_times_the_limit_and_its_page_to_the_limit(tmp_path: Path) -> None:
    """A line is read up to six times the limit (a letter escaped takes six bytes at most); the
    page on it is held to the limit itself when it is cleaned."""
    from newsclean.config import Config
    from newsclean.sources import JSON_ESCAPE_ROOM

    story = "Совет города проголосовал за новый мост после многих лет споров о его цене и маршруте. " * 3
    escaped = json.dumps({"text": story}).encode()  # json's default: every letter a six-byte escape
    limit = len(story.encode()) + 100  # the page is within the limit, its line well over it
    assert len(escaped) > 2 * limit

    def line(n: int) -> bytes:  # a line of n bytes holding a page of about n bytes (ASCII)
        return json.dumps({"text": "a" * (n - len(json.dumps({"text": ""})))}).encode()

    room = JSON_ESCAPE_ROOM * limit
    assert len(line(room)) == room
    jsonl = tmp_path / "pages.jsonl"
    for ending in (b"\n", b""):
        jsonl.write_bytes(escaped + b"\n" + line(room + 1) + b"\n" + line(room) + b"\n" + escaped + ending)
        with Archive(tmp_path / f"a{len(ending)}.sqlite") as archive:
            summary = archive_inputs(archive, [jsonl], config=Config(max_input_bytes=limit))
            assert (archived(summary), summary.counts["failed"]) == (2, 2)
            over = "the input is {:,} bytes, over the limit of " + f"{limit:,} (Config.max_input_bytes)"
            assert sorted(archive.failures()) == [
                (f"{jsonl}:2", over.format(room + 1)),  # the line: not read past the room
                (f"{jsonl}:3", over.format(room - len(json.dumps({"text": ""})))),  # the page
            ]
            assert archive.origins() == {f"{jsonl}:1", f"{jsonl}:4"}


def test_a_list_file_naming_itself_is_an_input_error_and_one_not_utf8_is_read(tmp_path: Path) -> None:
    import os

    from newsclean.errors import InputError

    loop = tmp_path / "loop.lst"
    loop.write_text(f"{tmp_path / 'other.lst'}\n", encoding="utf-8")
    (tmp_path / "other.lst").write_text(f"{loop}\n", encoding="utf-8")
    with pytest.raises(InputError, match="names itself"):
        expand([str(loop)])
    pages = unique_pages(tmp_path / "pages", 1)
    odd = os.path.join(os.fsencode(tmp_path / "pages"), b"b\xff.txt")
    os.rename(pages[0], odd)
    listed = tmp_path / "pages.lst"
    listed.write_bytes(odd + b"\n")
    assert expand([str(listed)]) == [Path(os.fsdecode(odd))]
