"""The lake as Delta tables: keyed commits, concurrent writers, the output's lease, lost state, the
feeds_current table, the readers, and migration from the previous format."""

from __future__ import annotations

import json
import multiprocessing
import os
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from deltalake import DeltaTable

from feedlake.cli import main
from feedlake.demo.sample_server import SampleSite, serve_sample_site
from feedlake.tables import SPECS, open_lake
from records import Article, ErrorRecord, FeedStatus
from storage.lease import LeaseHeld, acquire
from storage.objectstore import LocalStore
from storage.parquet import arrow_schema, to_table, write_parquet
from storage.uri import open_store
from tests.helpers import dataset, duck

DAY = date(2026, 11, 25)


def errors(keys: range, run: str = "r") -> pa.Table:
    when = datetime(2026, 11, 25, 12, tzinfo=UTC)
    return to_table([ErrorRecord(f"http://x.example/{k}", "http://x.example/feed", "fetch", "HTTP 404", when,
                                 "http_status", run) for k in keys], ErrorRecord)


def _write(uri: str, env: dict[str, str], writer: int) -> int:
    os.environ.update(env)
    lake = open_lake(open_store(uri))
    # overlapping keys: each writer's rows half overlap its neighbour's, all under the same run id
    return lake.commit("errors", errors(range(writer * 5, writer * 5 + 10)), f"feedlake/writer-{writer}", DAY)


def check_concurrent_writers(uri: str) -> None:
    env = {k: v for k, v in os.environ.items() if k.startswith("AWS_")}
    with ThreadPoolExecutor(4) as pool:
        inserted = sum(pool.map(lambda w: _write(uri, env, w), range(4)))
    with multiprocessing.get_context("spawn").Pool(3) as procs:
        inserted += sum(procs.starmap(_write, [(uri, env, w) for w in range(4, 7)]))
    lake = open_lake(open_store(uri))
    urls = lake.read("errors").column("url").to_pylist()
    expected = {f"http://x.example/{k}" for k in range(0, 6 * 5 + 10)}
    assert sorted(urls) == sorted(expected)  # every row, each once
    assert inserted == len(expected)
    # a writer that commits again (a retried task) adds nothing
    assert _write(uri, env, 3) == 0


def test_concurrent_writers_on_a_local_directory(tmp_path: Path) -> None:
    check_concurrent_writers(str(tmp_path / "lake"))


def test_concurrent_writers_on_s3(s3_env: str) -> None:
    check_concurrent_writers(f"s3://{s3_env}/lake")


def test_a_first_write_that_loses_the_create_race_commits_into_the_winners_table(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Two first writers of a table both create it; the loser's create fails ("protocol changed since last
    commit", seen on S3) and it commits into the table the winner created."""
    from deltalake.exceptions import CommitFailedError

    import storage.delta

    real = DeltaTable.create

    def lost_race(*args: object, **kwargs: object) -> DeltaTable:
        real(*args, **kwargs)  # the other writer's create
        raise CommitFailedError("Failed to commit transaction: Protocol changed since last commit")

    monkeypatch.setattr(storage.delta.DeltaTable, "create", staticmethod(lost_race))
    lake = open_lake(LocalStore(tmp_path))
    assert lake.commit("errors", errors(range(3)), "feedlake/a", DAY) == 3
    assert sorted(lake.read("errors").column("url").to_pylist()) == [f"http://x.example/{k}" for k in range(3)]


def test_tables_are_partitioned_zstd_delta_with_the_records_columns(tmp_path: Path) -> None:
    lake = open_lake(LocalStore(tmp_path))
    lake.commit("errors", errors(range(3)), "feedlake/a", DAY)
    table = DeltaTable(str(tmp_path / "errors"))
    assert table.metadata().partition_columns == ["ingest_date"]
    names = [f.name for f in table.schema().to_arrow()]  # type: ignore[attr-defined]
    assert names == [*arrow_schema(ErrorRecord).names, "ingest_date"]
    [data] = table.file_uris()
    assert "ingest_date=2026-11-25" in data and pq.ParquetFile(data).metadata.row_group(0).column(0).compression \
        == "ZSTD"
    read = lake.read("errors")
    assert read.schema.field("occurred_at").type == pa.timestamp("us", tz="UTC")
    assert read.column("ingest_date").to_pylist() == [DAY] * 3
    assert {s.name for s in SPECS} == {"articles", "errors", "feeds", "clusters", "feeds_current"}


@pytest.fixture
def site() -> Iterator[SampleSite]:
    with serve_sample_site() as s:
        yield s


def run(feeds: Path, out: Path, *extra: str) -> int:
    return main(["run", "--feeds", str(feeds), "--output", str(out), "--allow-private-networks", "--json", *extra])


def test_a_commit_streams_its_rows_to_data_files_a_row_group_at_a_time(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A large commit never holds all its rows: a data file is uploaded before the last rows are read,
    files roll over, and every row reads back once, in one Delta version with the commit's transaction."""
    import storage.delta

    monkeypatch.setattr(storage.delta, "ROW_GROUP_TARGET_BYTES", 2_000)
    monkeypatch.setattr(storage.delta, "FILE_TARGET_BYTES", 6_000)
    rows = errors(range(600))
    produced = 0

    def batches(columns: list[str] | None) -> Iterator[pa.RecordBatch]:
        nonlocal produced
        for batch in (rows.select(columns) if columns else rows).to_batches(max_chunksize=20):
            if columns is None:
                produced += batch.num_rows
            yield batch

    store = LocalStore(tmp_path)
    uploads: list[int] = []
    real_upload = store.upload

    def upload(local: Path | str, key: str) -> None:
        uploads.append(produced)
        real_upload(local, key)

    monkeypatch.setattr(store, "upload", upload)
    lake = open_lake(store)
    assert lake.commit("errors", storage.delta.RowBatches(rows.schema, batches), "feedlake/big", DAY) == 600
    assert len(uploads) > 2 and uploads[0] < 600  # several files, the first before all rows were read
    table = DeltaTable(str(tmp_path / "errors"))
    assert len(table.file_uris()) == len(uploads) and table.version() == 1
    assert table.transaction_version("feedlake/big") == 1
    assert all(pq.ParquetFile(f).metadata.num_row_groups >= 1 for f in table.file_uris())
    assert sorted(lake.read("errors").column("url").to_pylist()) == sorted(rows.column("url").to_pylist())
    assert lake.commit("errors", errors(range(590, 610)), "feedlake/next", DAY) == 10  # keyed against them


def test_a_commit_that_loses_a_race_decides_again_and_inserts_each_row_once(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Another writer commits overlapping rows between this commit's read of the keys and its commit: the
    commit is refused (it must follow the version it read), reads the keys again and inserts the rest."""
    lake = open_lake(LocalStore(tmp_path))
    lake.commit("errors", errors(range(3)), "feedlake/first", DAY)
    real = DeltaTable.create_write_transaction
    raced: list[bool] = []

    def racing(self: DeltaTable, *args: object, **kwargs: object) -> None:
        if not raced:
            raced.append(True)
            assert open_lake(LocalStore(tmp_path)).commit("errors", errors(range(5, 9)), "feedlake/other", DAY) == 4
        real(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(DeltaTable, "create_write_transaction", racing)
    assert lake.commit("errors", errors(range(10)), "feedlake/late", DAY) == 3  # 0-2 and 5-8 are there
    urls = lake.read("errors").column("url").to_pylist()
    assert sorted(urls) == sorted(f"http://x.example/{k}" for k in range(10))
    # the lost try's file (it held 3-9) was never committed: vacuum removes it, and only it
    on_disk = {p.name for p in (tmp_path / "errors").glob("ingest_date=*/*.parquet")}
    in_table = {Path(f).name for f in DeltaTable(str(tmp_path / "errors")).file_uris()}
    assert len(on_disk - in_table) == 1
    assert lake.vacuum("errors", timedelta(0)) == 1
    assert {p.name for p in (tmp_path / "errors").glob("ingest_date=*/*.parquet")} == in_table


def test_a_second_pass_refuses_while_the_first_holds_the_lease_and_a_stale_one_expires(
        site: SampleSite, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    feeds = site.write_feeds_file(tmp_path / "feeds.yaml")
    out = tmp_path / "lake"
    out.mkdir()
    store = LocalStore(out)
    other = acquire(store, "another-pass", timedelta(minutes=10), lambda: datetime.now(UTC))
    assert run(feeds, out) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("feedlake: error: output") and "another-pass" in err and len(err.splitlines()) == 1
    assert not (out / "articles").exists()
    other.release()
    assert run(feeds, out) == 0  # released: the next pass takes the output
    capsys.readouterr()
    # a lease nobody renews expires
    acquire(store, "a-dead-pass", timedelta(seconds=0.5), lambda: datetime.now(UTC))
    with pytest.raises(LeaseHeld):
        acquire(store, "next", timedelta(minutes=1), lambda: datetime.now(UTC))
    taken = acquire(store, "next", timedelta(minutes=1), lambda: datetime.now(UTC), wait=5, poll=0.1)
    assert taken.run_id == "next"
    taken.release()


def test_lost_or_empty_state_is_an_error_that_says_how_to_rebuild(site: SampleSite, tmp_path: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    feeds = site.write_feeds_file(tmp_path / "feeds.yaml")
    out = tmp_path / "lake"
    assert run(feeds, out) == 0
    capsys.readouterr()
    articles = dataset(out, "articles").num_rows
    state = out / "_state" / "feeds.sqlite"
    for damage in ("truncate", "delete"):
        if damage == "truncate":
            state.write_bytes(b"")
        else:
            state.unlink()
        assert run(feeds, out, "--force") == 2
        err = capsys.readouterr().err
        assert str(state) in err and "feedlake state rebuild --output" in err
        assert dataset(out, "articles").num_rows == articles  # nothing was fetched again
    assert main(["state", "rebuild", "--output", str(out)]) == 0
    assert "state rebuilt from the lake" in capsys.readouterr().out
    site.server.clear_log()
    assert run(feeds, out, "--force") == 0
    pages = [r for r in site.server.requests if r.path not in {f.path for f in site.expected.feeds}]
    assert pages == []  # every entry is known again: nothing is fetched twice
    assert dataset(out, "articles").num_rows == articles
    # rebuilding over a good state file needs --force, and keeps the old one aside
    assert main(["state", "rebuild", "--output", str(out)]) == 2
    assert main(["state", "rebuild", "--output", str(out), "--force"]) == 0
    assert (out / "_state" / "feeds.sqlite.bak").exists()


def test_a_re_ingest_whatever_the_state_says_adds_no_row_twice(site: SampleSite, tmp_path: Path) -> None:
    """Rows are written keyed: a pass that commits rows the tables hold already (its state lost, or a pass
    of another run id over the same entries) inserts none of them."""
    feeds = site.write_feeds_file(tmp_path / "feeds.yaml")
    out = tmp_path / "lake"
    assert run(feeds, out) == 0
    lake = open_lake(LocalStore(out))
    counts = {name: lake.read(name).num_rows for name in ("articles", "errors", "feeds", "clusters")}
    for name in counts:
        rows = lake.read(name)
        assert lake.commit(name, rows.drop_columns(["ingest_date"]), "feedlake/replayed-by-another-run", DAY) == 0
    assert {name: dataset(out, name).num_rows for name in counts} == counts


def test_feeds_current_has_each_feed_once_with_its_health(site: SampleSite, tmp_path: Path) -> None:
    feeds = site.write_feeds_file(tmp_path / "feeds.yaml")
    out = tmp_path / "lake"
    assert run(feeds, out) == 0
    assert run(feeds, out, "--force") == 0
    current = {r["feed_url"]: r for r in dataset(out, "feeds_current").to_pylist()}
    assert len(current) == len(site.expected.feeds)
    history = dataset(out, "feeds").to_pylist()
    assert len(history) == 2 * len(site.expected.feeds)
    for f in site.expected.feeds:
        row = current[site.feed_url(f.id)]
        if f.ok:
            assert row["state"] in ("ok", "not_modified") and row["last_success_at"] is not None
            assert row["last_error"] is None and row["consecutive_failures"] == 0
        else:
            assert row["state"] in ("error", "failing") and row["last_error"] and row["consecutive_failures"] == 2
            assert row["last_success_at"] is None
    articles = dataset(out, "articles").to_pylist()
    by_feed: dict[str, int] = {}
    for a in articles:
        by_feed[a["feed_url"]] = by_feed.get(a["feed_url"], 0) + 1
    assert {u: r["articles_24h"] for u, r in current.items() if r["articles_24h"]} == by_feed
    assert duck(out, "SELECT count(*) FROM feeds_current WHERE state IN ('error', 'failing')")[0][0] == \
        sum(not f.ok for f in site.expected.feeds)


def test_every_reader_sees_the_same_rows(site: SampleSite, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import duckdb
    import pandas
    import polars

    feeds = site.write_feeds_file(tmp_path / "feeds.yaml")
    out = tmp_path / "lake"
    assert run(feeds, out) == 0
    capsys.readouterr()
    uri = str(out / "articles")
    ids = sorted(DeltaTable(uri).to_pyarrow_table().column("article_id").to_pylist())
    assert sorted(polars.scan_delta(uri).select("article_id").collect()["article_id"].to_list()) == ids
    assert sorted(pandas.DataFrame(DeltaTable(uri).to_pandas())["article_id"]) == ids
    arrow_dataset = DeltaTable(uri).to_pyarrow_dataset()  # noqa: F841 -- DuckDB finds it by name
    assert sorted(r[0] for r in duckdb.sql("SELECT article_id FROM arrow_dataset").fetchall()) == ids
    assert main(["query", "--output", str(out), "--json", "SELECT article_id FROM articles ORDER BY 1"]) == 0
    assert [r["article_id"] for r in json.loads(capsys.readouterr().out)] == ids
    # the views `feedlake sql` prints read each table with delta_scan, which follows the latest version
    assert main(["sql", "--output", str(out)]) == 0
    sql = capsys.readouterr().out
    assert f"CREATE OR REPLACE VIEW articles AS SELECT * FROM delta_scan('{uri}');" in sql
    con = duckdb.connect()
    try:
        con.execute("LOAD delta")
    except duckdb.Error:
        pytest.skip("DuckDB's delta extension is not installed here (it is downloaded on first use)")
    con.execute(sql.replace("INSTALL delta; ", ""))
    assert sorted(r[0] for r in con.execute("SELECT article_id FROM articles").fetchall()) == ids


def test_sql_and_query_refuse_a_path_with_no_lake(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    typo = tmp_path / "typo" / "path"
    assert main(["sql", "--output", str(typo)]) == 2
    assert "no such output directory" in capsys.readouterr().err
    assert not typo.exists()  # nothing created
    (tmp_path / "empty").mkdir()
    assert main(["query", "--output", str(tmp_path / "empty"), "SELECT 1"]) == 2
    assert "no feedlake tables" in capsys.readouterr().err


def old_format_lake(root: Path) -> dict[str, int]:
    """A lake as the previous code wrote it: Parquet files, a snapshot log, symlink manifests; a compaction
    whose inputs are still there (no longer live), and two overlapping passes that wrote a row twice."""
    store = LocalStore(root)
    day = DAY.isoformat()
    err = errors(range(6), "old")
    store.put(f"errors/ingest_date={day}/part-run-a.parquet", write_parquet(err.slice(0, 3)))
    store.put(f"errors/ingest_date={day}/part-run-b.parquet", write_parquet(err.slice(3, 3)))
    store.put(f"errors/ingest_date={day}/part-compacted-1.parquet", write_parquet(err))
    when = datetime(2026, 11, 25, 12, tzinfo=UTC)
    article = Article("a1", "http://x.example/1", "http://x.example/1", "http://x.example/feed", "x", "x.example",
                      "T", None, None, when, "en", "text", "page", run_id="run-a")
    art = to_table([article], Article)
    store.put(f"articles/ingest_date={day}/part-run-a.parquet", write_parquet(art))
    store.put(f"articles/ingest_date={day}/part-run-a2.parquet", write_parquet(art))  # the same row again
    status = FeedStatus("http://x.example/feed", "x", when, "ok", 200, 1, 1, None, run_id="run-a")
    store.put(f"feeds/ingest_date={day}/part-run-a.parquet", write_parquet(to_table([status], FeedStatus)))
    live = {f"errors/ingest_date={day}/part-compacted-1.parquet": 6,
            f"articles/ingest_date={day}/part-run-a.parquet": 1, f"articles/ingest_date={day}/part-run-a2.parquet": 1,
            f"feeds/ingest_date={day}/part-run-a.parquet": 1}
    removed = {f"errors/ingest_date={day}/part-run-a.parquet": "x", f"errors/ingest_date={day}/part-run-b.parquet": "x"}
    store.put("_lake/log/00000000000000000002.json",
              json.dumps({"format": 1, "seq": 2, "files": live, "removed": removed}).encode())
    store.put(f"_lake/symlink/errors/ingest_date={day}/manifest", b"whatever\n")
    return {"errors": 6, "articles": 1, "feeds": 1}


def test_migrate_converts_a_lake_of_the_previous_format_in_place(tmp_path: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    expected = old_format_lake(tmp_path)
    assert main(["migrate", "--output", str(tmp_path)]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["migrated"] is True
    assert report["articles"] == {"rows_read": 2, "rows_written": 1, "already_there": 1}
    for name, rows in expected.items():
        table = dataset(tmp_path, name)
        assert table.num_rows == rows, name
    assert sorted(dataset(tmp_path, "errors").column("url").to_pylist()) == sorted(
        f"http://x.example/{k}" for k in range(6))
    assert not (tmp_path / "_lake").exists()
    leftovers = [p.name for p in tmp_path.rglob("part-*.parquet") if "-c000" not in p.name]
    assert leftovers == []  # the old files are gone: a glob reads each row once too
    assert main(["migrate", "--output", str(tmp_path)]) == 0
    assert json.loads(capsys.readouterr().out)["migrated"] is False
