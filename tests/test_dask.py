"""The Dask path, on a real two-worker LocalCluster."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsclean.archive import Archive
from newsclean.batch import archive_inputs

from .test_batch import HAARETZ, unique_pages, write_warc

pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def client():  # type: ignore[no-untyped-def]
    from distributed import Client, LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        with Client(cluster) as c:
            yield c


def test_files_and_warc_records_become_sharded_jsonl(client, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from newsclean.dask import clean_to_shards

    pages = unique_pages(tmp_path / "pages", 6)
    (tmp_path / "pages" / "empty.txt").write_text("")
    warc = tmp_path / "crawl.warc.gz"
    write_warc(warc, [("https://www.haaretz.example/iraq", HAARETZ)])
    out = tmp_path / "out"
    totals = clean_to_shards([tmp_path / "pages", warc], out, npartitions=3)
    assert totals == {"cleaned": len(pages) + 1, "failed": 1}
    records = [json.loads(line) for shard in sorted(out.glob("part-*.jsonl")) for line in shard.open()]
    assert len(records) == len(pages) + 1
    assert {r["metadata"]["agency"] for r in records} == {"Reuters"}
    assert sum(1 for r in records if r["origin"].startswith(str(warc))) == 1
    assert all(len(r["id"]) == 20 for r in records)
    failures = [json.loads(line) for f in out.glob("failures-*.jsonl") for line in f.open()]
    assert [f["origin"] for f in failures] == [str(tmp_path / "pages" / "empty.txt")]
    assert len(list(out.glob("part-*.jsonl"))) == 3


def test_parquet_shards(client, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import pyarrow.parquet as pq

    from newsclean.dask import clean_to_shards

    pages = unique_pages(tmp_path / "pages", 4)
    out = tmp_path / "out"
    assert clean_to_shards([tmp_path / "pages"], out, format="parquet", npartitions=2)["cleaned"] == 4
    table = pq.read_table(sorted(out.glob("*.parquet")))
    assert table.num_rows == 4
    assert set(table.column("agency").to_pylist()) == {"Reuters"}
    assert sorted(table.column("origin").to_pylist()) == [str(p) for p in pages]  # each row names its input
    ids = table.column("id").to_pylist()
    with Archive(tmp_path / "a.sqlite") as archive:  # the archive's ids for the same pages
        archive_inputs(archive, pages)
        assert sorted(ids) == sorted(aid for aid, _ in archive)


def test_urls_and_titles_never_name_output_files(client, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A page cannot make newsclean write outside the output folder."""
    from newsclean.dask import clean_to_shards

    jsonl = tmp_path / "in" / "pages.jsonl"
    jsonl.parent.mkdir()
    evil = "../../../../../../tmp/evil"
    page = HAARETZ.decode("utf-8").replace("<title>", f"<title>{evil} ")
    jsonl.write_text(json.dumps({"url": f"https://x.example/{evil}", "html": page}) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    assert clean_to_shards([jsonl], out, npartitions=1)["cleaned"] == 1
    written = {p.relative_to(tmp_path) for p in tmp_path.rglob("*") if p.is_file()}
    assert written == {Path("in/pages.jsonl"), Path("out/part-00000.jsonl")}
