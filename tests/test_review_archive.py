"""The archive side of the review app: pieces in input order, corrections, their export as fixtures."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

import newsclean
from newsclean import Config, Kind, block_filter
from newsclean.archive import SCHEMA_VERSION, Archive
from newsclean.cli import main
from newsclean.corrections import export_fixtures
from newsclean.model import Article
from newsclean.pieces import layout, reconstructed_text
from newsclean.testing import check_case, load_cases

from .review_archive import LIBRARY_SOURCE, LIBRARY_TEASER, ROOT, build_archive

SEED = ROOT / "seeds" / "000_f98b2c7d856323b5.txt"


@pytest.fixture(scope="module")
def seed() -> Article:
    return newsclean.clean_text(SEED.read_text(encoding="utf-8"))


@pytest.fixture()
def db(tmp_path: Path) -> Path:
    return build_archive(tmp_path / "a.sqlite")


def test_paragraph_blocks_name_each_kept_paragraphs_block(seed: Article) -> None:
    assert len(seed.paragraph_blocks) == len(seed.paragraphs)
    removed_whole = {r.block for r in seed.removed if r.kind is not Kind.DATELINE}
    assert not removed_whole & set(seed.paragraph_blocks)
    assert list(seed.paragraph_blocks) == sorted(seed.paragraph_blocks)
    assert Article.from_json(seed.to_json()) == seed


def test_records_written_before_paragraph_blocks_still_read(seed: Article) -> None:
    old = seed.to_dict()
    del old["paragraph_blocks"]
    article = Article.from_dict(old)
    assert article.paragraph_blocks == () and article.paragraphs == seed.paragraphs
    laid = layout(article)
    assert not laid.in_order
    assert [p.text for p in laid.pieces if p.kept] == list(seed.paragraphs)


def test_layout_puts_removals_and_paragraphs_back_in_input_order(seed: Article) -> None:
    laid = layout(seed)
    assert laid.in_order and not laid.html_pass
    assert len(laid.pieces) == len(seed.paragraphs) + len(seed.removed)
    blocks = [p.block for p in laid.pieces]
    assert blocks == sorted(blocks)  # type: ignore[type-var]
    kinds = [p.kind for p in laid.pieces]
    # title and byline above the body, the dateline just before the paragraph it opened, teasers after
    assert kinds[:3] == ["title", "subtitle", "byline"]
    first = kinds.index("kept")
    assert kinds[first - 1] == "dateline" and laid.pieces[first - 1].block == laid.pieces[first].block
    assert kinds[-1] == "teaser" and "paywall" in kinds[first:]


def test_html_pass_removals_are_kept_apart() -> None:
    article = newsclean.clean_html((ROOT / "fixtures" / "kitchen_sink_library.html").read_bytes())
    laid = layout(article)
    assert laid.html_pass and all(p.removal and p.removal.filter == "html" for p in laid.html_pass)
    assert all(p.block is not None for p in laid.pieces)


@pytest.mark.parametrize(
    "name",
    ["seeds/000_f98b2c7d856323b5.txt", "fixtures/kitchen_sink_library.txt", "fixtures/afp_paris_night_trains.txt"],
)
def test_the_rebuilt_text_cleans_the_same(name: str) -> None:
    article = newsclean.clean_text((ROOT / name).read_bytes())
    again = newsclean.clean_text(reconstructed_text(article))
    assert again.paragraphs == article.paragraphs
    assert [r.kind for r in again.removed] == [r.kind for r in article.removed]


def test_an_archive_of_schema_1_is_migrated_forward(tmp_path: Path, seed: Article) -> None:
    path = tmp_path / "old.sqlite"
    with Archive(path) as archive:
        aid = archive.add(seed).id
    with sqlite3.connect(path) as conn:  # as newsclean 0.1 left it
        conn.execute("DROP TABLE corrections")
        conn.execute("PRAGMA user_version=1")
    with Archive(path) as archive:
        assert archive.get(aid) == seed
        archive.add_correction(aid, "kept", 0, "a note")
        assert [c.note for c in archive.corrections()] == ["a note"]
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 2


def test_corrections_are_stored_with_the_decision_they_correct(tmp_path: Path, seed: Article) -> None:
    with Archive(tmp_path / "a.sqlite") as archive:
        aid = archive.add(seed).id
        paywall = next(i for i, r in enumerate(seed.removed) if r.kind is Kind.PAYWALL)
        kept = archive.add_correction(aid, "removed", paywall, "our readers want the offer")
        removed = archive.add_correction(aid, "kept", 2)
        assert (kept.verdict, kept.kind, kept.filter, kept.text) == (
            "keep",
            "paywall",
            "paywall",
            seed.removed[paywall].text,
        )
        assert (removed.verdict, removed.kind, removed.text) == ("remove", "", seed.paragraphs[2])
        assert archive.corrections(aid) == [kept, removed] and archive.corrections("other") == []
        assert archive.correction(removed.id) == removed and archive.correction(999) is None
        assert archive.stats()["corrections"] == 2
        with pytest.raises(ValueError, match="no removed piece"):
            archive.add_correction(aid, "removed", len(seed.removed))
        with pytest.raises(ValueError, match="no paragraph"):
            archive.add_correction(aid, "kept", -1)
        with pytest.raises(ValueError, match="target"):
            archive.add_correction(aid, "title", 0)
        with pytest.raises(KeyError):
            archive.add_correction("nope", "kept", 0)
        assert archive.delete_correction(kept.id) and not archive.delete_correction(kept.id)
        assert archive.corrections() == [removed]


def test_search_pages_and_lists_without_a_query(db: Path) -> None:
    with Archive(db) as archive:
        everything = archive.search("", limit=100)
        assert len(everything) == len(archive)
        pages = [archive.search("", limit=7, offset=o) for o in range(0, len(archive), 7)]
        assert [h.id for page in pages for h in page] == [h.id for h in everything]
        dated = [h.published for h in everything if h.published]
        assert dated == sorted(dated, reverse=True)
        assert [h.id for h in archive.search("said", limit=3, offset=3)] == [
            h.id for h in archive.search("said", limit=6)[3:]
        ]
        [hit] = archive.search("library", source=LIBRARY_SOURCE, highlight=("<<", ">>"))
        assert "<<library>>" in hit.snippet.lower()
        assert {h.agency for h in archive.search("", agency="Reuters", limit=50)} == {"Reuters"}
        facets = archive.facets()
        assert LIBRARY_SOURCE in facets["source"] and "Reuters" in facets["agency"] and "de" in facets["language"]
        assert "" not in facets["source"]


def test_stats_count_sources_kinds_and_months(db: Path) -> None:
    with Archive(db) as archive:
        stats = archive.stats()
    assert stats["by_source"][LIBRARY_SOURCE] == 1
    assert stats["by_kind"]["teaser"] > 0 and set(stats["by_kind"]) <= {k.value for k in Kind}
    assert sum(stats["by_month"].values()) + stats["undated"] == stats["articles"]
    assert "2024-03" in stats["by_month"]


def _library(archive: Archive) -> tuple[str, int]:
    [hit] = archive.search("library", source=LIBRARY_SOURCE)
    article = archive.get(hit.id)
    return hit.id, next(i for i, r in enumerate(article.removed) if LIBRARY_TEASER in r.text)


def test_exported_corrections_are_fixtures_that_test_a_chain(db: Path, tmp_path: Path) -> None:
    with Archive(db) as archive:
        aid, teaser = _library(archive)
        keep = archive.add_correction(aid, "removed", teaser, "links inside the body are part of the record")
        paragraph = archive.get(aid).paragraphs[-1]
        archive.add_correction(aid, "kept", len(archive.get(aid).paragraphs) - 1, "the card line is furniture")
        written = export_fixtures(archive, tmp_path / "fixtures")
    assert [p.name for p in written] == [f"correction-{aid}-{keep.id}.json", f"correction-{aid}-{keep.id + 1}.json"]
    data = json.loads(written[0].read_text(encoding="utf-8"))
    assert data["input"] == {"html": f"article-{aid}.html"}  # the raw page was kept: it is the input
    assert data["expect"] == {"must_contain": [LIBRARY_TEASER]}
    assert data["about"].startswith("links inside the body are part of the record [Correction")
    assert "filter 'related'" in data["about"]
    assert (tmp_path / "fixtures" / f"article-{aid}.html").read_bytes() == (
        ROOT / "fixtures" / "kitchen_sink_library.html"
    ).read_bytes()

    keep_case, remove_case = load_cases(tmp_path / "fixtures")
    assert remove_case.expect == {"must_not_contain": [paragraph]}
    # the default chain makes the decisions the reviewer corrected: both tests fail...
    assert check_case(keep_case, "html") == [f"missing from the text: {LIBRARY_TEASER!r}"]
    assert check_case(remove_case, "html") == [f"left in the text: {paragraph!r}"]

    # ...and a chain that decides them the reviewer's way passes them
    @block_filter("card_line", kind="boilerplate")
    def card_line(block: newsclean.Block, page: newsclean.Page) -> str | None:
        return "library card small print" if block.text.startswith("Students who want to use") else None

    mine = Config().without_filter("related").with_filter(card_line)
    assert check_case(keep_case, "html", config=mine) == []
    assert check_case(remove_case, "html", config=mine) == []


def test_without_the_raw_input_the_fixture_cleans_the_rebuilt_text(tmp_path: Path, seed: Article) -> None:
    with Archive(tmp_path / "a.sqlite") as archive:
        aid = archive.add(seed).id
        comments = next(i for i, r in enumerate(seed.removed) if r.kind is Kind.COMMENTS)
        archive.add_correction(aid, "removed", comments)
        [path] = export_fixtures(archive, tmp_path / "out")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["input"] == {"text": f"article-{aid}.txt"} and "url" not in data
    assert data["about"].startswith("Correction 1 of article")
    [case] = load_cases(tmp_path / "out")
    assert check_case(case, "text") == [f"missing from the text: {seed.removed[comments].text!r}"]
    assert check_case(case, "text", config=Config().without_filter("comments")) == []


def test_corrections_commands(db: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    empty = runner.invoke(main, ["corrections", "list", "--db", str(db)])
    assert empty.exit_code == 0 and "no corrections" in empty.output
    with Archive(db) as archive:
        aid, teaser = _library(archive)
        archive.add_correction(aid, "removed", teaser, "keep it")
    listed = runner.invoke(main, ["corrections", "list", "--db", str(db)])
    assert aid in listed.output and "removed teaser, should be kept" in listed.output and "(keep it)" in listed.output
    out = tmp_path / "exported"
    result = runner.invoke(main, ["corrections", "export", str(out), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "1 corrections written as fixtures" in result.output
    assert len(load_cases(out)) == 1
    missing = runner.invoke(main, ["corrections", "export", str(out), "--db", str(tmp_path / "nope.sqlite")])
    assert missing.exit_code == 1 and "no archive at" in missing.output
    serve = runner.invoke(main, ["serve", "--db", str(tmp_path / "nope.sqlite")])
    assert serve.exit_code == 1 and "no archive at" in serve.output
