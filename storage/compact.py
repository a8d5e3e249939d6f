"""Compaction of finished partitions, and clean-up of abandoned staging.

A pass writes one small file per dataset per partition; a day at 96 passes gives
96 files.  Compaction folds a finished partition's files into one, then deletes
them.  It is safe to interrupt: the compacted file's name is derived from its
inputs and it records them in its metadata, so a re-run finds a compacted file
whose inputs still exist and finishes the job (deletes them) instead of
compacting twice.  Rows are never rewritten, only moved, in a fixed order.
"""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass
from datetime import date, datetime, timedelta

import pyarrow as pa
import pyarrow.parquet as pq

from storage.objectstore import ObjectStore
from storage.parquet import from_table, read_parquet, to_table, write_parquet

log = logging.getLogger(__name__)

COMPACTED_FROM = b"feedlake.compacted_from"


@dataclass
class CompactionResult:
    partition: str
    inputs: int
    rows: int
    output: str | None


def partitions(store: ObjectStore, dataset: str) -> dict[date, list[str]]:
    """The files of each ``ingest_date`` partition of a dataset."""
    found: dict[date, list[str]] = {}
    for key in store.list(dataset + "/"):
        parts = key.split("/")
        if len(parts) != 3 or not parts[1].startswith("ingest_date=") or not parts[2].endswith(".parquet"):
            continue
        try:
            day = date.fromisoformat(parts[1].removeprefix("ingest_date="))
        except ValueError:
            continue
        found.setdefault(day, []).append(key)
    return {d: sorted(keys) for d, keys in sorted(found.items())}


def compact_dataset(store: ObjectStore, dataset: str, record_type: type, before: date) -> list[CompactionResult]:
    """Compact every partition of ``dataset`` older than ``before`` (finished days only)."""
    results = []
    for day, keys in partitions(store, dataset).items():
        if day >= before:
            continue
        result = compact_partition(store, dataset, day, keys, record_type)
        if result is not None:
            results.append(result)
    return results


def compact_partition(store: ObjectStore, dataset: str, day: date, keys: list[str],
                      record_type: type) -> CompactionResult | None:
    prefix = f"{dataset}/ingest_date={day.isoformat()}/"
    keys = _finish_interrupted(store, keys)
    if len(keys) <= 1:
        return None
    tables = [read_parquet(store.get(k)) for k in keys]
    # Through the record type, so files written before a column was added still fold in (as nulls).
    records: list[object] = []
    for t in tables:
        records.extend(from_table(t, record_type))
    table = to_table(records, record_type)
    names = [k.rsplit("/", 1)[-1] for k in keys]
    digest = hashlib.sha256("\n".join(names).encode()).hexdigest()[:16]
    out_key = f"{prefix}part-compacted-{digest}.parquet"
    meta = {**(table.schema.metadata or {}), COMPACTED_FROM: json.dumps(names).encode()}
    store.put(out_key, write_parquet(table.replace_schema_metadata(meta)))
    for key in keys:
        if key != out_key:
            store.delete(key)
    log.info("compacted %d files (%d rows) of %s into %s", len(keys), table.num_rows, prefix, out_key)
    return CompactionResult(prefix, len(keys), table.num_rows, out_key)


def _finish_interrupted(store: ObjectStore, keys: list[str]) -> list[str]:
    """Delete inputs that an earlier, interrupted compaction already folded in; return what is left."""
    remaining = list(keys)
    for key in keys:
        if "/part-compacted-" not in key:
            continue
        meta = pq.read_schema(pa.BufferReader(store.get(key))).metadata or {}
        folded = json.loads(meta.get(COMPACTED_FROM, b"[]"))
        prefix = key.rsplit("/", 1)[0] + "/"
        for name in folded:
            if prefix + name in remaining and prefix + name != key:
                log.warning("finishing an interrupted compaction: deleting %s", prefix + name)
                store.delete(prefix + name)
                remaining.remove(prefix + name)
    return remaining


def prune_staging(store: ObjectStore, older_than: timedelta, now: datetime) -> list[str]:
    """Delete the staging of runs that died before their commit and are older than ``older_than``.

    Runs whose commit had started are left alone: the next pass rolls them forward.
    """
    removed = []
    runs: dict[str, list[str]] = {}
    for key in store.list("_staging/"):
        runs.setdefault(key.split("/")[1], []).append(key)
    for run, keys in sorted(runs.items()):
        if any(k.endswith("/commit.json") for k in keys):
            continue
        run_json = f"_staging/{run}/run.json"
        started = json.loads(store.get(run_json)).get("started_at") if run_json in keys else None
        if started and now - datetime.fromisoformat(started) < older_than:
            continue
        store.delete_prefix(f"_staging/{run}")
        removed.append(run)
        log.info("removed the staging of abandoned run %s", run)
    return removed
