"""Maintenance of the Delta tables: compaction keeps every row exactly once (for readers of older versions
too), vacuum deletes only what no recent version reads, checkpoints; pruning forgets only the old."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from deltalake import DeltaTable

from feedlake.cli import main
from feedlake.maintenance import checkpoint, compact, prune_state, vacuum
from feedlake.settings import Settings
from feedlake.tables import open_lake
from ingest.feed_state import StateStore
from records import ErrorRecord
from storage.objectstore import LocalStore
from storage.parquet import to_table
from storage.staging import RunStaging
from storage.state import StateFiles
from tests.helpers import dataset

TODAY = date(2026, 11, 25)


def error_rows(run: str, n: int) -> list[ErrorRecord]:
    when = datetime(2026, 11, 24, 12, tzinfo=UTC)
    return [ErrorRecord(f"http://example.org/{run}/{i}", "http://example.org/feed", "fetch", "HTTP 404", when,
                        "http_status", run) for i in range(n)]


def commit_runs(root: Path) -> None:
    lake = open_lake(LocalStore(root))
    for run, n in (("run-1", 3), ("run-2", 2), ("run-3", 4)):
        lake.commit("errors", to_table(error_rows(run, n), ErrorRecord), f"feedlake/{run}", TODAY - timedelta(days=1))
    lake.commit("errors", to_table(error_rows("run-4", 1), ErrorRecord), "feedlake/run-4", TODAY)


def files_of(root: Path, day: date) -> list[str]:
    return [u for u in open_lake(LocalStore(root)).data_files("errors") if f"ingest_date={day.isoformat()}" in u]


def test_compaction_folds_finished_partitions_only(tmp_path: Path) -> None:
    commit_runs(tmp_path)
    settings = Settings.load({"output": str(tmp_path)})
    assert len(files_of(tmp_path, TODAY - timedelta(days=1))) == 3
    result = compact(settings, today=TODAY)
    assert result["errors"]["numFilesRemoved"] == 3 and result["errors"]["numFilesAdded"] == 1
    assert len(files_of(tmp_path, TODAY - timedelta(days=1))) == 1
    assert len(files_of(tmp_path, TODAY)) == 1  # today's partition: a pass may still write to it
    rows = dataset(tmp_path, "errors")
    assert rows.num_rows == 10 and len(set(rows.column("url").to_pylist())) == 10
    assert compact(settings, today=TODAY)["errors"]["numFilesRemoved"] == 0  # nothing left to do


def test_a_reader_of_an_older_version_reads_each_row_once_until_vacuum(tmp_path: Path) -> None:
    """A query planned on the version before the compaction reads that version's files, which stay until
    the retention has passed; the version after reads the compacted file alone."""
    commit_runs(tmp_path)
    uri = str(tmp_path / "errors")
    before = DeltaTable(uri).version()
    planned = DeltaTable(uri, version=before).to_pyarrow_dataset()
    settings = Settings.load({"output": str(tmp_path), "snapshot_retention_minutes": "60"})
    compact(settings, today=TODAY)
    assert DeltaTable(uri).version() == before + 1
    assert planned.to_table().num_rows == 10  # its files are all still there
    assert DeltaTable(uri).to_pyarrow_table().num_rows == 10
    assert vacuum(settings)["errors"] == 0  # within the retention
    assert planned.to_table().num_rows == 10
    assert vacuum(Settings.load({"output": str(tmp_path), "snapshot_retention_minutes": "0.001"}))["errors"] == 3
    assert DeltaTable(uri).to_pyarrow_table().num_rows == 10
    with pytest.raises(OSError):
        planned.to_table()  # its inputs are gone now, as they should be


def test_checkpoint_and_history(tmp_path: Path) -> None:
    commit_runs(tmp_path)
    assert checkpoint(Settings.load({"output": str(tmp_path)}))["errors"] is True
    assert any(p.name.endswith(".checkpoint.parquet") for p in (tmp_path / "errors" / "_delta_log").iterdir())
    assert DeltaTable(str(tmp_path / "errors")).to_pyarrow_table().num_rows == 10
    assert checkpoint(Settings.load({"output": str(tmp_path)}))["articles"] is False  # never written


def test_pass_commit_and_compaction_race_without_losing_a_row(tmp_path: Path) -> None:
    from concurrent.futures import ThreadPoolExecutor

    commit_runs(tmp_path)
    lake = open_lake(LocalStore(tmp_path))
    settings = Settings.load({"output": str(tmp_path)})
    with ThreadPoolExecutor(2) as pool:
        compacting = pool.submit(compact, settings, TODAY)
        committing = pool.submit(lake.commit, "errors", to_table(error_rows("run-5", 5), ErrorRecord),
                                 "feedlake/run-5", TODAY - timedelta(days=1))
        compacting.result()
        assert committing.result() == 5
    urls = dataset(tmp_path, "errors").column("url").to_pylist()
    assert len(urls) == 15 and len(set(urls)) == 15


def test_maintain_command_runs_every_step(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    commit_runs(tmp_path)
    assert main(["maintain", "--output", str(tmp_path)]) == 0
    result = json.loads(capsys.readouterr().out)
    assert set(result) == {"compact", "expire_index", "prune_state", "vacuum", "checkpoint"}
    assert result["compact"]["errors"]["numFilesRemoved"] == 3
    assert dataset(tmp_path, "errors").num_rows == 10


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
