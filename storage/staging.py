"""Run-scoped staging: what a pass's tasks hand each other.

Every task of a pass writes under ``_staging/<run_key>/`` in the object store, so no task relies on
another task's local files; the commit then writes the run's rows to the lake's tables
(``storage.delta``) and clears its staging.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Sequence
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

import pyarrow as pa
import pyarrow.parquet as pq

from storage.objectstore import ObjectNotFound, ObjectStore
from storage.parquet import from_table, read_parquet, to_table, write_parquet

log = logging.getLogger(__name__)

T = TypeVar("T")

STAGING_PREFIX = "_staging/"


def run_key(run_id: str) -> str:
    """A short, path-safe, stable name for a run id (Airflow's contain ':' and '+')."""
    safe = "".join(c if c.isalnum() or c in "-_" else "-" for c in run_id)[:40].strip("-")
    return f"{safe}-{hashlib.sha256(run_id.encode()).hexdigest()[:8]}"


def started_commits(store: ObjectStore) -> list[str]:
    """The staging keys (see ``run_key``) of runs whose commit started and has not finished."""
    return sorted({k.split("/")[1] for k in store.list(STAGING_PREFIX) if k.endswith("/commit.json")})


class RunStaging:
    def __init__(self, store: ObjectStore, run_id: str) -> None:
        self.store = store
        self.run_id = run_id
        self.key = run_key(run_id)
        self.prefix = f"{STAGING_PREFIX}{self.key}/"

    def put_json(self, name: str, value: Any) -> None:
        self.store.put(self.prefix + name, json.dumps(value, sort_keys=True, default=str).encode())

    def get_json(self, name: str) -> Any:
        return json.loads(self.store.get(self.prefix + name))

    def has(self, name: str) -> bool:
        return self.store.exists(self.prefix + name)

    def put_records(self, name: str, records: Sequence[Any], record_type: type) -> None:
        self.store.put(self.prefix + name, write_parquet(to_table(records, record_type)))

    def get_records(self, name: str, record_type: type[T]) -> list[T]:
        try:
            data = self.store.get(self.prefix + name)
        except ObjectNotFound:
            return []
        return from_table(read_parquet(data), record_type)

    def get_table(self, name: str, columns: list[str] | None = None) -> pa.Table | None:
        """A staged Parquet file's rows (only ``columns``, when given), None when it is not staged."""
        try:
            data = self.store.get(self.prefix + name)
        except ObjectNotFound:
            return None
        return pq.read_table(pa.BufferReader(data), columns=columns)

    def download(self, name: str, local_path: Path) -> bool:
        """Copy a staged file to ``local_path``; False when it is not staged."""
        try:
            self.store.download(self.prefix + name, local_path)
        except ObjectNotFound:
            return False
        return True

    def upload(self, local_path: Path, name: str) -> None:
        self.store.upload(local_path, self.prefix + name)

    def names(self, sub: str) -> list[str]:
        """Names under a sub-folder of this run's staging, sorted (a deterministic read order)."""
        start = len(self.prefix)
        return sorted(k[start:] for k in self.store.list(self.prefix + sub))

    def clear(self) -> None:
        self.store.delete_prefix(self.prefix)


def prune_staging(store: ObjectStore, older_than: timedelta, now: datetime) -> list[str]:
    """Delete the staging of runs that died before their commit and are older than ``older_than``.

    Runs whose commit had started are left alone: the next pass rolls them forward.
    """
    removed = []
    runs: dict[str, list[str]] = {}
    for key in store.list(STAGING_PREFIX):
        runs.setdefault(key.split("/")[1], []).append(key)
    for run, keys in sorted(runs.items()):
        if any(k.endswith("/commit.json") for k in keys):
            continue
        run_json = f"{STAGING_PREFIX}{run}/run.json"
        started = json.loads(store.get(run_json)).get("started_at") if run_json in keys else None
        if started and now - datetime.fromisoformat(started) < older_than:
            continue
        store.delete_prefix(f"{STAGING_PREFIX}{run}")
        removed.append(run)
        log.info("removed the staging of abandoned run %s", run)
    return removed
