"""Maintenance: compaction keeps every row exactly once (even when interrupted); pruning forgets only the old."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from feedlake.maintenance import compact, prune_state
from feedlake.records import ErrorRecord
from feedlake.settings import Settings
from storage.compact import partitions
from storage.objectstore import LocalStore
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


def test_compaction_folds_finished_partitions_only(tmp_path: Path) -> None:
    store = LocalStore(tmp_path)
    publish_runs(store)
    before = sorted(r["url"] for r in dataset(tmp_path, "errors").to_pylist())
    settings = Settings.load({"output": str(tmp_path)})
    result = compact(settings, today=TODAY)
    assert result["errors"] == {"partitions": 1, "files_in": 3, "rows": 9}
    parts = partitions(store, "errors")
    assert len(parts[TODAY - timedelta(days=1)]) == 1 and len(parts[TODAY]) == 1
    assert sorted(r["url"] for r in dataset(tmp_path, "errors").to_pylist()) == before
    assert duck(tmp_path, "SELECT count(*), count(DISTINCT url) FROM errors")[0] == (10, 10)
    assert compact(settings, today=TODAY)["errors"]["partitions"] == 0  # nothing left to do


def test_interrupted_compaction_is_finished_not_repeated(tmp_path: Path) -> None:
    store = LocalStore(tmp_path)
    publish_runs(store)
    day = TODAY - timedelta(days=1)
    inputs = {k: store.get(k) for k in partitions(store, "errors")[day]}
    compact(Settings.load({"output": str(tmp_path)}), today=TODAY)
    # As if the worker died after writing the compacted file but before deleting its inputs:
    for key, data in inputs.items():
        store.put(key, data)
    assert dataset(tmp_path, "errors").num_rows == 19
    compact(Settings.load({"output": str(tmp_path)}), today=TODAY)
    assert dataset(tmp_path, "errors").num_rows == 10
    assert len(partitions(store, "errors")[day]) == 1


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
