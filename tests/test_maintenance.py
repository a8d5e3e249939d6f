"""Maintenance: compaction keeps every row exactly once (even when interrupted); pruning forgets only the old."""

from __future__ import annotations

import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from feedlake.cli import main
from feedlake.maintenance import compact, prune_state, vacuum
from feedlake.records import ErrorRecord
from feedlake.settings import Settings
from storage import lake
from storage.objectstore import LocalStore, ObjectStore, open_store
from storage.staging import RunStaging
from storage.state import StateFiles, StateStore
from tests.helpers import dataset, duck

TODAY = date(2026, 11, 25)


def error_rows(run: str, n: int) -> list[ErrorRecord]:
    when = datetime(2026, 11, 24, 12, tzinfo=UTC)
    return [ErrorRecord(f"http://example.org/{run}/{i}", "http://example.org/feed", "fetch", "HTTP 404", when,
                        "http_status", run) for i in range(n)]


def publish_runs(store: LocalStore) -> None:
    for run, n in (("run-1", 3), ("run-2", 2), ("run-3", 4)):
        RunStaging(store, run).publish("errors", TODAY - timedelta(days=1), error_rows(run, n), ErrorRecord)
    RunStaging(store, "run-4").publish("errors", TODAY, error_rows("run-4", 1), ErrorRecord)


def live_files(store: LocalStore, day: date) -> list[str]:
    return lake.current(store).partitions("errors").get(day, [])


def manifest(store: ObjectStore, dataset: str, day: date) -> list[str]:
    return store.get(f"{lake.SYMLINK_PREFIX}{dataset}/ingest_date={day.isoformat()}/manifest").decode().splitlines()


def test_compaction_folds_finished_partitions_only(tmp_path: Path) -> None:
    store = LocalStore(tmp_path)
    publish_runs(store)  # published before the lake had a log: adopted as they are listed
    before = sorted(r["url"] for r in dataset(tmp_path, "errors").to_pylist())
    settings = Settings.load({"output": str(tmp_path)})
    result = compact(settings, today=TODAY)
    assert result["errors"] == {"partitions": 1, "files_in": 3, "rows": 9}
    assert len(live_files(store, TODAY - timedelta(days=1))) == 1 and len(live_files(store, TODAY)) == 1
    assert sorted(r["url"] for r in dataset(tmp_path, "errors").to_pylist()) == before
    assert duck(tmp_path, "SELECT count(*), count(DISTINCT url) FROM errors")[0] == (10, 10)
    assert compact(settings, today=TODAY)["errors"]["partitions"] == 0  # nothing left to do


def test_reader_mid_compaction_sees_each_row_once(tmp_path: Path) -> None:
    """A query planned on the snapshot before the swap still reads every file it planned on; the
    snapshot after it reads the compacted file alone; the inputs go only after the retention."""
    store = LocalStore(tmp_path)
    publish_runs(store)
    settings = Settings.load({"output": str(tmp_path), "snapshot_retention_minutes": "60"})
    planned = lake.duckdb_sql(store, lake.start_log(store, lambda: datetime.now(UTC)))
    compact(settings, today=TODAY)
    after = lake.current(store)
    assert after.seq == 2 and after.operation.startswith("compact errors/")
    old_reader = duckdb.connect()
    old_reader.execute(planned)
    assert old_reader.execute("SELECT count(*), count(DISTINCT url) FROM errors").fetchone() == (10, 10)
    assert duck(tmp_path, "SELECT count(*), count(DISTINCT url) FROM errors")[0] == (10, 10)
    dropped = sorted(after.removed)
    assert len(dropped) == 3 and all(store.exists(k) for k in dropped)

    assert vacuum(settings)["files_deleted"] == 0  # within the retention: kept for readers like old_reader
    later = datetime.now(UTC) + timedelta(minutes=61)
    assert lake.vacuum(store, timedelta(minutes=60), lambda: later) == {"files_deleted": 3,
                                                                         "log_entries_deleted": 2}
    assert not any(store.exists(k) for k in dropped)
    assert lake.current(store).removed == {}
    assert duck(tmp_path, "SELECT count(*), count(DISTINCT url) FROM errors")[0] == (10, 10)
    # With the inputs gone, even a reader that globs the files sees each row once.
    globbed = duckdb.connect().execute(f"SELECT count(*) FROM read_parquet('{tmp_path}/errors/*/*.parquet')").fetchone()
    assert globbed == (10,)


def test_interrupted_compaction_is_redone_not_doubled(tmp_path: Path) -> None:
    store = LocalStore(tmp_path)
    publish_runs(store)
    day = TODAY - timedelta(days=1)
    env = {**os.environ, "FEEDLAKE_FAILPOINTS": "compact_before_swap"}
    proc = subprocess.run([sys.executable, "-m", "feedlake.cli", "maintain", "--output", str(tmp_path)],
                          env=env, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 137, proc.stderr[-2000:]
    # Killed after writing the compacted file, before the swap: readers still see the three inputs only.
    orphans = [k for k in store.list("errors/") if "part-compacted-" in k]
    assert len(orphans) == 1 and orphans[0] not in lake.current(store).files
    assert len(live_files(store, day)) == 3
    assert duck(tmp_path, "SELECT count(*), count(DISTINCT url) FROM errors")[0] == (10, 10)

    result = compact(Settings.load({"output": str(tmp_path)}), today=TODAY)
    assert result["errors"]["partitions"] == 1
    assert live_files(store, day) == orphans  # redone into the same object
    assert duck(tmp_path, "SELECT count(*), count(DISTINCT url) FROM errors")[0] == (10, 10)


def test_pass_commit_and_compaction_race_without_losing_a_file(tmp_path: Path) -> None:
    """Writers that commit at the same time each re-apply their change on the other's snapshot."""
    store = LocalStore(tmp_path)
    publish_runs(store)
    lake.start_log(store, lambda: datetime.now(UTC))
    extra = {}
    for i in range(8):
        run = RunStaging(store, f"late-{i}")
        key = run.publish("errors", TODAY - timedelta(days=1), error_rows(f"late-{i}", 2), ErrorRecord)
        assert key is not None
        extra[key] = 2
    settings = Settings.load({"output": str(tmp_path)})
    with ThreadPoolExecutor(9) as pool:
        jobs = [pool.submit(lake.add_files, store, {k: v}, f"commit {k}", lambda: datetime.now(UTC))
                for k, v in extra.items()]
        jobs.append(pool.submit(compact, settings, TODAY))
        for job in jobs:
            job.result()
    snap = lake.current(store)
    assert set(lake.snapshot_at(store, 1).files) <= set(snap.files) | set(snap.removed)
    assert set(extra) <= set(snap.files) | set(snap.removed)
    assert duck(tmp_path, "SELECT count(*), count(DISTINCT url) FROM errors")[0] == (26, 26)
    assert [int(k[-25:-5]) for k in store.list(lake.LOG_PREFIX)] == list(range(1, snap.seq + 1))


def test_lake_log_on_s3_takes_one_writer_per_entry(s3_env: str) -> None:
    """S3's conditional put decides between writers racing for the same snapshot number; the symlink
    manifest they all rewrite ends with every file."""
    store = open_store(f"s3://{s3_env}/lake")
    keys = {f"errors/ingest_date=2026-11-24/part-w{i}.parquet": i for i in range(12)}
    with ThreadPoolExecutor(6) as pool:
        for job in [pool.submit(lake.add_files, store, {k: v}, f"commit {k}", lambda: datetime.now(UTC))
                    for k, v in keys.items()]:
            job.result()
    snap = lake.current(store)
    assert dict(snap.files) == keys and snap.seq == 12
    # Each writer rewrote the partition's manifest until the head held still: the last write has all 12.
    assert manifest(store, "errors", date(2026, 11, 24)) == [f"s3://{s3_env}/lake/{k}" for k in sorted(keys)]
    assert store.put_if_absent(lake.LOG_PREFIX + "x.json", b"{}")
    assert not store.put_if_absent(lake.LOG_PREFIX + "x.json", b"{}")


def test_unreadable_lake_log_is_a_clear_error(tmp_path: Path) -> None:
    store = LocalStore(tmp_path)
    store.put(lake.LOG_PREFIX + "00000000000000000001.json", b'{"format": 9, "seq": 1, "files": {}}')
    with pytest.raises(lake.LakeLogError, match="format 9"):
        lake.current(store)
    assert main(["sql", "--output", str(tmp_path)]) == 2
    with pytest.raises(lake.LakeLogError, match="snapshot 7 does not exist"):
        lake.snapshot_at(store, 7)


def test_prune_state_and_abandoned_staging(tmp_path: Path) -> None:
    store = LocalStore(tmp_path)
    old = (datetime.now(UTC) - timedelta(days=200)).isoformat()
    state = StateStore(StateFiles(store).pull("feeds.sqlite"))
    state.commit_run("old-run", old, {}, [], [])
    state.commit_run("new-run", datetime.now(UTC).isoformat(), {}, [], [])
    state.close()
    abandoned, pending = RunStaging(store, "abandoned"), RunStaging(store, "pending")
    abandoned.put_json("run.json", {"started_at": old})
    pending.put_json("run.json", {"started_at": old})
    pending.put_json("commit.json", {"run_id": "pending"})  # a started commit is rolled forward, never pruned
    result = prune_state(Settings.load({"output": str(tmp_path)}))
    assert result["runs_pruned"] == 1 and result["abandoned_staging"] == 1
    state = StateStore(StateFiles(store).pull("feeds.sqlite"))
    assert state.is_committed("new-run") and not state.is_committed("old-run")
    state.close()
    assert not abandoned.has("run.json") and pending.has("commit.json")


def test_sql_views_read_the_snapshot_and_exist_for_empty_datasets(tmp_path: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    store = LocalStore(tmp_path)
    publish_runs(store)
    assert main(["sql", "--output", str(tmp_path)]) == 0
    con = duckdb.connect()
    con.execute(capsys.readouterr().out)
    assert con.execute("SELECT count(*), min(ingest_date) FROM errors").fetchone() == (10, TODAY - timedelta(days=1))
    # No article yet: the view still exists, typed, and empty.
    assert con.execute("SELECT count(*) FROM articles WHERE cluster_id IS NOT NULL").fetchone() == (0,)
    columns = {row[0]: row[1] for row in con.execute("DESCRIBE articles").fetchall()}
    assert columns["fetched_at"] == "TIMESTAMP WITH TIME ZONE" and columns["boilerplate_rules"] == "VARCHAR[]"


def test_compaction_waits_for_a_commit_to_roll_forward(tmp_path: Path) -> None:
    """A run whose commit died half way publishes its files again when rolled forward; had one of them
    been folded into a compacted file meanwhile, its rows would come back twice."""
    store = LocalStore(tmp_path)
    publish_runs(store)
    day = TODAY - timedelta(days=1)
    crashed = RunStaging(store, "run-2")  # its file is live; its commit has not finished
    crashed.put_json("run.json", {"run_id": "run-2", "ingest_date": day.isoformat()})
    crashed.put_json("commit.json", {"run_id": "run-2"})
    settings = Settings.load({"output": str(tmp_path)})
    assert compact(settings, today=TODAY)["errors"]["partitions"] == 0
    assert len(live_files(store, day)) == 3
    crashed.clear()  # the roll-forward finished
    assert compact(settings, today=TODAY)["errors"]["partitions"] == 1
    assert duck(tmp_path, "SELECT count(*), count(DISTINCT url) FROM errors")[0] == (10, 10)


def test_symlink_manifests_follow_the_snapshot(tmp_path: Path) -> None:
    """What Athena, Trino or Spark read through SymlinkTextInputFormat: the head's files, per partition."""
    store = LocalStore(tmp_path)
    publish_runs(store)
    day = TODAY - timedelta(days=1)
    lake.start_log(store, lambda: datetime.now(UTC))  # adopting a pre-log lake writes every manifest
    assert manifest(store, "errors", day) == [store.url_for(k) for k in live_files(store, day)]
    compact(Settings.load({"output": str(tmp_path)}), today=TODAY)
    (compacted,) = live_files(store, day)
    assert manifest(store, "errors", day) == [store.url_for(compacted)]
    rows = pa.concat_tables([pq.read_table(path) for path in manifest(store, "errors", day)])
    assert rows.num_rows == 9 and len(set(rows.column("url").to_pylist())) == 9
    assert manifest(store, "errors", TODAY) == [store.url_for(k) for k in live_files(store, TODAY)]

