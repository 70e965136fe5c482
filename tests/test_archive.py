"""The SQLite archive and the archive/search/show commands."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import newsclean
from newsclean.archive import Added, Archive, QueryError
from newsclean.cli import main

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_f98b2c7d856323b5.txt"


@pytest.fixture()
def archive(tmp_path: Path):  # type: ignore[no-untyped-def]
    with Archive(tmp_path / "a.sqlite") as ar:
        yield ar


def test_adding_twice_adds_nothing(archive: Archive) -> None:
    article = newsclean.clean_text(SEED.read_text(encoding="utf-8"))
    first = archive.add(article, origin="seed")
    again = archive.add(article, origin="seed")
    assert (first.status, again.status) == ("added", "exists")
    assert len(archive) == 1
    assert archive.get(first.id) == article


def test_the_same_story_on_two_sites_is_grouped_not_lost(archive: Archive) -> None:
    text = SEED.read_text(encoding="utf-8")
    a = newsclean.clean_text(text, url="https://one.example/iraq")
    b = newsclean.clean_text(text, url="https://two.example/world/iraq")
    assert archive.add(a).status == "added"
    second = archive.add(b)
    assert second.status == "duplicate" and second.duplicate_of is not None
    assert len(archive) == 2


def test_search_ranks_and_filters(archive: Archive) -> None:
    archive.add(newsclean.clean_text(SEED.read_text(encoding="utf-8")), origin="seed")
    for path in sorted((ROOT / "fixtures").glob("*.txt")):
        archive.add(newsclean.clean_text(path.read_bytes()), origin=str(path))
    hits = archive.search("border post")
    assert hits and hits[0].title.startswith("Iraq Militants Seize Border Post")
    assert "[border]" in hits[0].snippet
    assert all(h.agency == "Reuters" for h in archive.search("said", agency="Reuters", limit=50))
    assert archive.search("Berlin", language="de")
    assert not archive.search("Berlin", language="xx")
    assert archive.search("ferry", author="Kelvin Ho")
    with pytest.raises(QueryError):
        archive.search('"unclosed')


def test_failures_are_recorded(archive: Archive) -> None:
    archive.record_failure("bad.bin", "the input is a PNG image, not a page")
    assert archive.failures() == [("bad.bin", "the input is a PNG image, not a page")]
    assert archive.integrity_ok()


def test_archive_command_is_idempotent_and_records_failures(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "seed.txt").write_bytes(SEED.read_bytes())
    (pages / "empty.txt").write_text("")
    (pages / "image.html").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    db = str(tmp_path / "a.sqlite")
    runner = CliRunner()
    first = runner.invoke(main, ["archive", str(pages), "--db", db])
    assert first.exit_code == 0, first.output
    assert "1 added" in first.output and "2 failed" in first.output
    second = runner.invoke(main, ["archive", str(pages), "--db", db])
    assert "1 skipped" in second.output
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 1
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    found = runner.invoke(main, ["search", "border post", "--db", db])
    assert found.exit_code == 0 and "Iraq Militants" in found.output
    aid = found.output.split()[0]
    shown = runner.invoke(main, ["show", aid, "--db", db])
    assert "Sunni fighters seized" in shown.output and "paywall" in shown.output
    bad = runner.invoke(main, ["search", "AND (", "--db", db])
    assert bad.exit_code == 1 and "cannot search" in bad.output and "Traceback" not in bad.output


def test_export_jsonl_and_parquet(tmp_path: Path) -> None:
    import json

    import pyarrow.parquet as pq

    db = tmp_path / "a.sqlite"
    with Archive(db) as ar:
        ar.add(newsclean.clean_text(SEED.read_text(encoding="utf-8")), origin="seed")
        assert ar.export(tmp_path / "out.jsonl") == 1
        assert ar.export(tmp_path / "out.parquet", format="parquet") == 1
    [record] = [json.loads(line) for line in (tmp_path / "out.jsonl").open()]
    assert record["metadata"]["authors"] == ["Kamal Namaa"] and record["origin"] == "seed"
    table = pq.read_table(tmp_path / "out.parquet")
    assert table.column("title").to_pylist() == ["Iraq Militants Seize Border Post on Iraq-Syria Frontier"]
    assert table.column("origin").to_pylist() == ["seed"] and table.column("id").to_pylist() == [record["id"]]
    result = CliRunner().invoke(main, ["export", str(tmp_path / "cli.jsonl"), "--db", str(db)])
    assert result.exit_code == 0 and "1 articles written" in result.output


def test_missing_fts5_is_said_clearly() -> None:
    from newsclean.archive import ArchiveError, _check_fts5

    class NoFts5:
        def execute(self, sql: str) -> None:
            raise sqlite3.OperationalError("no such module: fts5")

    with pytest.raises(ArchiveError, match="no FTS5"):
        _check_fts5(NoFts5())  # type: ignore[arg-type]


def test_a_file_that_is_not_an_archive_is_refused(tmp_path: Path) -> None:
    from newsclean.archive import ArchiveError

    bogus = tmp_path / "not.sqlite"
    bogus.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(ArchiveError, match="not a newsclean archive"):
        Archive(bogus)


def test_near_duplicates_are_grouped_by_simhash(archive: Archive) -> None:
    """The same wire story on two sites, one with its own dateline and an added line."""
    text = SEED.read_text(encoding="utf-8")
    other = text.replace("REUTERS - Sunni fighters seized", "BAGHDAD (Reuters) - Sunni Islamist fighters seized")
    other = other.replace("violence soared in Iraq.", "violence soared in Iraq, officials said.")
    first = archive.add(newsclean.clean_text(text, url="https://one.example/a"))
    second = archive.add(newsclean.clean_text(other, url="https://two.example/b"))
    unrelated = archive.add(newsclean.clean_text((ROOT / "fixtures" / "reuters_washington_rail.txt").read_bytes()))
    assert second.status == "near-duplicate" and second.duplicate_of == first.id
    assert unrelated.status == "added"
    assert archive.stats()["near_duplicates"] == 1


def test_a_copy_of_a_versions_text_is_grouped_with_that_version(archive: Archive) -> None:
    text1 = SEED.read_text(encoding="utf-8")
    text2 = (ROOT / "fixtures" / "reuters_washington_rail.txt").read_text(encoding="utf-8")
    first = archive.add(newsclean.clean_text(text1, url="https://a.example/"), origin="w1.warc.gz#0")
    version = archive.add(newsclean.clean_text(text2, url="https://a.example/"), origin="w2.warc.gz#0")
    copy = archive.add(newsclean.clean_text(text2, url="https://b.example/"), origin="o.jsonl:1")
    assert (first.status, version.status) == ("added", "version") and version.duplicate_of == first.id
    assert copy.status == "duplicate" and copy.duplicate_of == first.id  # the version's group root
    assert archive.info(copy.id)["duplicate_kind"] == "duplicate"


def test_every_input_is_a_row_even_when_its_url_or_text_is_taken(archive: Archive) -> None:
    text = SEED.read_text(encoding="utf-8")
    article = newsclean.clean_text(text)
    first = archive.add(article, origin="pages/a.txt")
    copy = archive.add(article, origin="pages/copy of a.txt")
    assert copy.status == "duplicate" and copy.duplicate_of == first.id and copy.id != first.id
    assert archive.add(article, origin="pages/copy of a.txt") == Added(copy.id, "exists")
    assert archive.add(article).status == "exists"  # no origin: the same URL and text is the same input
    assert archive.origins() == {"pages/a.txt", "pages/copy of a.txt"}

    url = "https://news.example/iraq"
    morning = archive.add(newsclean.clean_text(text, url=url), origin="crawl.jsonl:1")
    rewritten = (ROOT / "fixtures" / "reuters_washington_rail.txt").read_bytes()
    evening = archive.add(newsclean.clean_text(rewritten, url=url), origin="crawl.jsonl:2")
    assert morning.status == "duplicate"  # its text is the first page's
    assert evening.status == "version" and evening.duplicate_of == morning.id == article_id_of(text, url)
    assert archive.info(evening.id)["origin"] == "crawl.jsonl:2"
    assert len(archive) == 4 and archive.stats()["versions"] == 1


def article_id_of(text: str, url: str) -> str:
    from newsclean.archive import article_id

    return article_id(newsclean.clean_text(text, url=url))


def test_copies_and_recaptures_are_archived_and_skipped_when_run_again(tmp_path: Path) -> None:
    import json

    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "a.txt").write_bytes(SEED.read_bytes())
    (pages / "copy of a.txt").write_bytes(SEED.read_bytes())
    captures = tmp_path / "crawl.jsonl"
    url = "https://news.example/story"
    lines = [
        {"url": url, "text": SEED.read_text(encoding="utf-8")},
        {"url": url, "text": (ROOT / "fixtures" / "reuters_washington_rail.txt").read_text(encoding="utf-8")},
    ]
    captures.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    db = str(tmp_path / "a.sqlite")
    runner = CliRunner()
    first = runner.invoke(main, ["archive", str(pages), str(captures), "--db", db, "--workers", "1"])
    assert first.exit_code == 0, first.output
    assert "1 added, 2 duplicate, 1 version" in first.output and "4 articles" in first.output
    again = runner.invoke(main, ["archive", str(pages), str(captures), "--db", db, "--workers", "1"])
    assert "4 skipped" in again.output and "4 articles" in again.output
    found = runner.invoke(main, ["search", "rail", "--db", db])
    assert found.exit_code == 0 and "(version of " in found.output
    with Archive(db) as archive:
        assert archive.origins() == {
            str(pages / "a.txt"),
            str(pages / "copy of a.txt"),
            f"{captures}:1",
            f"{captures}:2",
        }


def test_another_programs_database_is_refused_and_left_as_it_was(tmp_path: Path) -> None:
    from newsclean.archive import ArchiveError

    other = tmp_path / "other.sqlite"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE bookmarks (url TEXT)")
        conn.execute("INSERT INTO bookmarks VALUES ('https://example.org/')")
    conn.close()
    before = other.read_bytes()
    with pytest.raises(ArchiveError, match=r"not a newsclean archive: it holds other tables \(bookmarks\)"):
        Archive(other)
    runner = CliRunner()
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "seed.txt").write_bytes(SEED.read_bytes())
    for command in (["stats"], ["show", "x"], ["export", str(tmp_path / "out.jsonl")], ["search", "x"], ["reclean"]):
        result = runner.invoke(main, [*command, "--db", str(other)])
        assert result.exit_code == 1 and "not a newsclean archive" in result.output, (command, result.output)
    archived = runner.invoke(main, ["archive", str(pages), "--db", str(other)])
    assert archived.exit_code == 1 and "not a newsclean archive" in archived.output
    assert other.read_bytes() == before and sorted(p.name for p in tmp_path.iterdir()) == ["other.sqlite", "pages"]


def test_only_the_archive_command_creates_an_archive(tmp_path: Path) -> None:
    from newsclean.archive import ArchiveError

    typo = tmp_path / "typo.sqlite"
    runner = CliRunner()
    for command in (["stats"], ["show", "x"], ["export", str(tmp_path / "out.jsonl")], ["reclean"]):
        result = runner.invoke(main, [*command, "--db", str(typo)])
        assert result.exit_code == 1 and f"no archive at {typo}" in result.output, (command, result.output)
    with pytest.raises(ArchiveError, match="no archive at"):
        Archive(typo, create=False)
    assert list(tmp_path.iterdir()) == []
    empty = tmp_path / "empty.sqlite"
    empty.touch()
    with pytest.raises(ArchiveError, match="the database is empty"):
        Archive(empty, create=False)
    assert empty.read_bytes() == b""
    with Archive(empty) as created:  # a writer makes an archive of an empty file, as of a missing one
        assert len(created) == 0
    stats = runner.invoke(main, ["stats", "--db", str(empty)])
    assert stats.exit_code == 0 and '"articles": 0' in stats.output


def _tables(path: Path) -> set[str]:
    with sqlite3.connect(path) as conn:
        found = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    conn.close()
    return found


def test_a_schema_step_cut_short_leaves_the_archive_as_it_was(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from newsclean import archive as archive_module
    from newsclean.archive import ArchiveError

    path = tmp_path / "a.sqlite"
    # the first step fails after its tables are made, as a process killed mid-way would stop
    broken = {**archive_module._MIGRATIONS, 1: archive_module._SCHEMA + "\nCREATE TABLE articles (x);"}
    monkeypatch.setattr(archive_module, "_MIGRATIONS", broken)
    with pytest.raises(ArchiveError):
        Archive(path)
    assert _tables(path) == set()  # not the first tables of a half-made archive
    monkeypatch.undo()
    with Archive(path) as archive:
        archive.add(newsclean.clean_text(SEED.read_bytes()))
        assert len(archive) == 1 and archive.search("border post")


@pytest.mark.parametrize(
    "ddl",
    [
        "CREATE TABLE articles (id INTEGER PRIMARY KEY, title TEXT, body TEXT)",
        "CREATE TABLE failures (test TEXT, trace TEXT)",
        "CREATE TABLE corrections (id INTEGER PRIMARY KEY, fix TEXT)",
    ],
)
def test_another_programs_table_named_as_an_archives_is_refused_untouched(tmp_path: Path, ddl: str) -> None:
    from newsclean.archive import ArchiveError

    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute(ddl)
    conn.close()
    before = path.read_bytes()
    with pytest.raises(ArchiveError, match="not a newsclean archive: it holds other tables"):
        Archive(path)
    assert path.read_bytes() == before and sorted(p.name for p in tmp_path.iterdir()) == ["other.sqlite"]


def _open_and_count(path: str) -> str:
    try:
        with Archive(path) as archive:
            return str(len(archive))
    except Exception as exc:  # reported to the test, not raised in the worker
        return f"{type(exc).__name__}: {exc}"


def test_processes_creating_one_archive_at_once_all_open_it(tmp_path: Path) -> None:
    import multiprocessing

    context = multiprocessing.get_context("spawn")
    with context.Pool(6) as pool:
        for round_ in range(5):
            path = str(tmp_path / f"a{round_}.sqlite")
            assert pool.map(_open_and_count, [path] * 6) == ["0"] * 6
            assert {"articles", "failures", "articles_fts", "corrections"} <= _tables(Path(path))


def test_an_archive_left_half_made_is_finished_not_refused(tmp_path: Path) -> None:
    from newsclean.archive import _SCHEMA

    path = tmp_path / "a.sqlite"
    with sqlite3.connect(path) as conn:  # as a kill mid-creation left it when each statement committed alone
        conn.executescript(_SCHEMA.split("CREATE TABLE IF NOT EXISTS failures")[0])
    conn.close()
    assert _tables(path) == {"articles"}
    result = CliRunner().invoke(main, ["archive", str(SEED), "--db", str(path), "--no-progress"])
    assert result.exit_code == 0, result.output
    with Archive(path) as archive:
        assert len(archive) == 1 and archive.search("border post")
    assert {"articles", "failures", "articles_fts", "corrections"} <= _tables(path)


def test_words_with_signs_are_searched_as_words_and_fts5_syntax_still_works(archive: Archive) -> None:
    extra = (
        "U.S. officials said COVID-19 testing ran all-night at the border, and O'Brien said they don't "
        "expect the post to reopen before 10:30 on Monday."
    )
    text = SEED.read_text(encoding="utf-8").replace("Sadr has yet to throw", f"{extra}\n\nSadr has yet to throw")
    archive.add(newsclean.clean_text(text), origin="seed")
    for words in ("COVID-19", "all-night", "U.S.", "O'Brien", "don't", "10:30", "covid-1*", "Iraq-Syria, frontier"):
        assert len(archive.search(words)) == 1, words
    for syntax, found in [
        ('"border post"', 1),
        ("border OR zzzz", 1),
        ("NEAR(border post, 2)", 1),
        ("bord*", 1),
        ("title:militants", 1),
        ("title:Sunni", 0),
        ("Iraq NOT Sunni", 0),
        ("(zzzz OR border) AND post", 1),
        ("& --", 0),  # no word at all: no match, not every article
    ]:
        assert len(archive.search(syntax)) == found, syntax
    with pytest.raises(QueryError):
        archive.search("AND (")


def test_fts_query_quotes_words_and_keeps_the_syntax() -> None:
    from newsclean.archive import fts_query

    assert fts_query("COVID-19 OR title:U.S. NEAR(a b, 5) x, y") == '"COVID-19" OR title:"U.S." NEAR(a b, 5) x  y'
    assert fts_query('"a ""quoted"" phrase"* NOT (or OR and) ^first covid-1* & --') == (
        '"a ""quoted"" phrase"* NOT (or OR and) ^first "covid-1"*  '
    )


def test_search_command_takes_plain_words(tmp_path: Path) -> None:
    db = tmp_path / "a.sqlite"
    with Archive(db) as ar:
        ar.add(newsclean.clean_text(SEED.read_text(encoding="utf-8")), origin="seed")
    result = CliRunner().invoke(main, ["search", "Iraq-Syria", "--db", str(db)])
    assert result.exit_code == 0 and "Iraq Militants" in result.output, result.output


def test_export_to_a_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    db = tmp_path / "a.sqlite"
    with Archive(db) as ar:
        ar.add(newsclean.clean_text(SEED.read_text(encoding="utf-8")), origin="seed")
    for fmt in ("jsonl", "parquet"):
        out = tmp_path / "no" / "such" / f"out.{fmt}"
        result = CliRunner().invoke(main, ["export", str(out), "--format", fmt, "--db", str(db)])
        assert result.exit_code == 1 and f"cannot write {out}" in result.output, result.output
        assert "Traceback" not in result.output and not out.parent.exists()


def test_config_hash_of_a_function_filter_is_the_same_in_every_process(tmp_path: Path) -> None:
    """The hash is of the config's repr: a function filter is named there, not shown with its
    address, which changes from one run to the next."""
    script = (
        "from newsclean import Config, block_filter\n"
        "from newsclean.archive import config_hash\n"
        "@block_filter('horoscope', kind='teaser')\n"
        "def horoscope(block, page):\n"
        "    return None\n"
        "print(config_hash(Config().with_filter(horoscope, before='duplicate')))\n"
    )
    (tmp_path / "run.py").write_text(script, encoding="utf-8")
    hashes = {
        subprocess.run([sys.executable, str(tmp_path / "run.py")], capture_output=True, text=True, check=True).stdout
        for _ in range(2)
    }
    assert len(hashes) == 1 and hashes != {""}
