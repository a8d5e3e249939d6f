"""Run-scoped staging and publication of the output datasets.

Every task of a pass writes under ``_staging/<run_key>/`` in the object store,
so no task relies on another task's local files.  ``publish`` writes the final
hive-partitioned files under names derived from the run, so a retried commit
overwrites the same objects with the same bytes instead of adding rows.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Sequence
from datetime import date
from typing import Any, TypeVar

from storage.objectstore import ObjectNotFound, ObjectStore
from storage.parquet import from_table, partition_key, read_parquet, to_table, write_parquet

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

    def names(self, sub: str) -> list[str]:
        """Names under a sub-folder of this run's staging, sorted (a deterministic read order)."""
        start = len(self.prefix)
        return sorted(k[start:] for k in self.store.list(self.prefix + sub))

    def clear(self) -> None:
        self.store.delete_prefix(self.prefix)

    def publish(self, dataset: str, ingest_date: date, records: Sequence[Any], record_type: type) -> str | None:
        """Write the run's rows of one dataset into its final partition; returns the key."""
        if not records:
            return None
        key = partition_key(dataset, ingest_date, f"part-{self.key}")
        self.store.put(key, write_parquet(to_table(records, record_type)))
        log.info("published %d %s rows to %s", len(records), dataset, key)
        return key
