"""Crash safety: many kills at random points, a reader beside a writer, no network, no injection."""

from __future__ import annotations

import random
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

import newsclean
from newsclean.archive import Archive

from .test_batch import unique_pages

KILLS = 20


def archive_cmd(folder: Path, db: Path) -> list[str]:
    return [
        sys.executable,
        "-m",
        "newsclean",
        "archive",
        str(folder),
        "--db",
        str(db),
        "--workers",
        "1",
        "--no-progress",
    ]


@pytest.mark.heavy
def test_twenty_kills_at_random_points_lose_and_double_nothing(tmp_path: Path) -> None:
    pages = unique_pages(tmp_path / "pages", 600)
    db = tmp_path / "a.sqlite"
    rng = random.Random(7)
    kills = runs = 0
    while kills < KILLS and runs < 2 * KILLS:
        runs += 1
        proc = subprocess.Popen(
            archive_cmd(tmp_path / "pages", db), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        time.sleep(rng.uniform(0.2, 1.5))  # during start-up, schema creation or mid-batch: anywhere
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            kills += 1
        proc.wait()
        if db.exists():
            with sqlite3.connect(db) as conn:
                assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert kills == KILLS, "the batch finished too soon to be killed often enough"
    subprocess.run(
        archive_cmd(tmp_path / "pages", db), check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    with sqlite3.connect(db) as conn:
        origins = [r[0] for r in conn.execute("SELECT origin FROM articles")]
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert sorted(origins) == sorted(str(p) for p in pages)  # every input once: none lost, none doubled


def test_a_reader_can_search_while_a_writer_archives(tmp_path: Path) -> None:
    unique_pages(tmp_path / "pages", 80)
    db = tmp_path / "a.sqlite"
    with Archive(db):
        pass  # the schema exists before the writer starts
    writer = subprocess.Popen(archive_cmd(tmp_path / "pages", db), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    searches = 0
    seen = set()
    try:
        while writer.poll() is None:
            with Archive(db) as reader:
                seen.add(len(reader.search("displaced families", limit=200)))
            searches += 1
            time.sleep(0.02)
    finally:
        writer.wait()
    assert writer.returncode == 0
    assert searches > 5 and len(seen) > 1  # the reader saw the archive grow, without a lock error


def test_no_network_is_touched_while_cleaning(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("newsclean tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    html = (
        "<html><head><link rel='stylesheet' href='https://cdn.example/x.css'>"
        "<script src='https://cdn.example/x.js'></script></head><body>"
        "<img src='https://img.example/a.jpg'><iframe src='https://ads.example/'></iframe><article>"
        + "<p>The council voted on Tuesday to approve the new budget for schools and roads, officials said.</p>" * 5
        + "</article></body></html>"
    )
    article = newsclean.clean_html(html, url="https://news.example/story")
    assert "approve the new budget" in article.text


def test_filter_values_cannot_inject_sql(tmp_path: Path) -> None:
    with Archive(tmp_path / "a.sqlite") as archive:
        archive.add(
            newsclean.clean_text(
                Path(__file__).parent.parent.joinpath("seeds", "000_f98b2c7d856323b5.txt").read_text(encoding="utf-8")
            ),
            origin="seed",
        )
        for hostile in ("x' OR '1'='1", "'; DROP TABLE articles; --", "O'Brien"):
            assert archive.search("Hawija", source=hostile) == []
            assert archive.search("Hawija", author=hostile) == []
        assert len(archive) == 1


@pytest.mark.heavy
def test_three_archive_commands_on_one_archive_at_once_store_each_input_once(tmp_path: Path) -> None:
    first = unique_pages(tmp_path / "first", 120)
    second = unique_pages(tmp_path / "second", 120)
    db = tmp_path / "a.sqlite"
    runs = [[tmp_path / "first"], [tmp_path / "first", tmp_path / "second"], [tmp_path / "second"]]
    procs = [
        subprocess.Popen(
            [*archive_cmd(folders[0], db)[:4], *map(str, folders), *archive_cmd(folders[0], db)[5:]],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        for folders in runs
    ]
    errors = [p.communicate()[1].decode() for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0], errors
    with sqlite3.connect(db) as conn:
        origins = [r[0] for r in conn.execute("SELECT origin FROM articles")]
        failures = conn.execute("SELECT count(*) FROM failures").fetchone()[0]
    assert failures == 0 and sorted(origins) == sorted(str(p) for p in [*first, *second])
