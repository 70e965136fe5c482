"""The ``newsclean clean`` command."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsclean.cli import main

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_f98b2c7d856323b5.txt"


def test_clean_prints_the_clean_text() -> None:
    result = CliRunner().invoke(main, ["clean", str(SEED)])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("Sunni fighters seized a border post")
    assert "LOG IN" not in result.output


def test_clean_json_is_the_whole_record() -> None:
    result = CliRunner().invoke(main, ["clean", str(SEED), "--format", "json"])
    data = json.loads(result.output)
    assert data["metadata"]["authors"] == ["Kamal Namaa"]
    assert {r["kind"] for r in data["removed"]} >= {"paywall", "login", "teaser", "foreign_language"}


def test_clean_reads_standard_input() -> None:
    result = CliRunner().invoke(main, ["clean", "-", "--format", "markdown"], input=SEED.read_bytes())
    assert result.exit_code == 0
    assert result.output.startswith("# Iraq Militants Seize Border Post")


def test_bad_input_is_a_clear_error_not_a_traceback(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    result = CliRunner().invoke(main, ["clean", str(empty)])
    assert result.exit_code == 1
    assert "empty" in result.output and "Traceback" not in result.output
    missing = CliRunner().invoke(main, ["clean", str(tmp_path / "nope.html")])
    assert missing.exit_code == 1 and "cannot read" in missing.output


def test_python_dash_m_runs_the_same_command() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "newsclean", "clean", str(SEED)], capture_output=True, text=True, check=True
    )
    assert out.stdout.startswith("Sunni fighters")


_TECH = (
    "<div> soup: how the web got its markup\n\n"
    "By Jane Doe\n\n"
    "Front-end developers wrapped nearly every element of a page in a <div> for a decade, and the "
    "habit has outlived the browsers that needed it, the survey found on Tuesday.\n\n"
    "The report counted 40 nested <div> elements on an average news page, against four <section> "
    "or <article> elements, and said accessibility tools read such pages poorly.\n"
)


def test_clean_reads_a_txt_file_as_text_and_an_html_file_as_html(tmp_path: Path) -> None:
    """A story whose first line opens with a tag reads as markup by its content: the extension
    decides, unless --input says otherwise."""
    story = tmp_path / "tech.txt"
    story.write_text(_TECH, encoding="utf-8")
    result = CliRunner().invoke(main, ["clean", str(story), "--format", "json"])
    data = json.loads(result.output)
    assert data["input_type"] == "text"
    assert data["metadata"]["title"] == "<div> soup: how the web got its markup"
    assert data["metadata"]["authors"] == ["Jane Doe"]
    forced = CliRunner().invoke(main, ["clean", str(story), "--format", "json", "--input", "html"])
    assert json.loads(forced.output)["input_type"] == "html"
    page = tmp_path / "page.htm"
    page.write_text("Saved page\n\n<p>" + _TECH.split("\n\n")[2] + "</p>", encoding="utf-8")
    result = CliRunner().invoke(main, ["clean", str(page), "--format", "json"])
    assert json.loads(result.output)["input_type"] == "html"


def test_clean_reads_no_further_than_the_input_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from newsclean import cli
    from newsclean.config import Config

    monkeypatch.setattr(cli, "Config", lambda: Config(max_input_bytes=1000))
    page = tmp_path / "big.html"
    page.write_bytes(b"<p>" + b"x" * 5000 + b"</p>")
    result = CliRunner().invoke(main, ["clean", str(page)])
    assert result.exit_code == 1 and "over the limit of 1,000 bytes" in result.output


def test_a_damaged_archive_and_arguments_sqlite_cannot_take_are_messages(tmp_path: Path) -> None:
    db = tmp_path / "a.sqlite"
    runner = CliRunner()
    assert runner.invoke(main, ["archive", str(SEED.parent), "--db", str(db), "--no-progress"]).exit_code == 0
    result = runner.invoke(main, ["search", "border", "--limit", "99999999999999999999", "--db", str(db)])
    assert result.exit_code == 1 and "an argument SQLite cannot take" in result.output
    data = bytearray(db.read_bytes())
    data[8192:] = b"\x5a" * (len(data) - 8192)  # the schema's page stands, the rows' pages do not
    db.write_bytes(bytes(data))
    for command in (["stats"], ["search", "border"], ["export", str(tmp_path / "out.jsonl")]):
        result = runner.invoke(main, [*command, "--db", str(db)])
        assert result.exit_code == 1 and "Traceback" not in result.output, (command, result.output)
        assert "archive error" in result.output or "not a newsclean archive" in result.output, result.output
