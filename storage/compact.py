"""Compaction of finished partitions, and clean-up of abandoned staging.

A pass writes one small file per dataset per partition; a day at 96 passes gives
96 files.  Compaction folds a finished partition's live files into one and swaps
them in the lake's snapshot log (``storage.lake``) in one step, so a reader of the
snapshot sees the old files or the new one, never both and never neither.  The
inputs stay in the store until ``vacuum`` deletes them after the retention period,
so a query planned before the swap still finds them.  The compacted file's name is
derived from its inputs: a compaction interrupted before its swap is redone into the
same object.  Rows are never rewritten, only moved, in a fixed order.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from storage import lake
from storage.failpoint import failpoint
from storage.objectstore import ObjectNotFound, ObjectStore
from storage.parquet import from_table, read_parquet, to_table, write_parquet
from storage.staging import STAGING_PREFIX, started_commits

log = logging.getLogger(__name__)

COMPACTED_FROM = b"feedlake.compacted_from"


@dataclass
class CompactionResult:
    partition: str
    inputs: int
    rows: int
    output: str | None


def pending_commit_days(store: ObjectStore) -> set[date]:
    """The ``ingest_date`` of every run whose commit has started and not finished.

    Such a run is rolled forward by the next pass, which publishes its files again; were one of them
    folded into a compacted file meanwhile, it would come back live beside it and its rows would be
    there twice.  So compaction leaves those days alone until the roll-forward is done.
    """
    days = set()
    for run in started_commits(store):
        run_json = f"{STAGING_PREFIX}{run}/run.json"
        try:
            days.add(date.fromisoformat(json.loads(store.get(run_json))["ingest_date"]))
        except (ObjectNotFound, KeyError, ValueError):
            log.warning("pending commit of %s has no readable run.json; compaction waits for it", run)
            days.add(date.max)  # unknown day: hold every day
    return days


def compact_dataset(store: ObjectStore, dataset: str, record_type: type, before: date,
                    now: Callable[[], datetime]) -> list[CompactionResult]:
    """Compact every partition of ``dataset`` older than ``before`` (finished days only)."""
    results = []
    # start_log, not current: the compacted file must not be adopted by a listing before its swap.
    snapshot = lake.start_log(store, now)
    # Read after the snapshot: a commit that made a file live before it is either still pending here
    # (its day is skipped) or finished (it will not publish again).
    pending = pending_commit_days(store)
    for day, keys in snapshot.partitions(dataset).items():
        if day >= before or len(keys) <= 1:
            continue
        if day in pending or date.max in pending:
            log.warning("%s/ingest_date=%s has a commit to roll forward; not compacted this time", dataset, day)
            continue
        result = compact_partition(store, dataset, day, keys, record_type, now)
        if result is not None:
            results.append(result)
    return results


def compact_partition(store: ObjectStore, dataset: str, day: date, keys: list[str],
                      record_type: type, now: Callable[[], datetime]) -> CompactionResult | None:
    prefix = f"{dataset}/ingest_date={day.isoformat()}/"
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
    failpoint("compact_before_swap")
    if not lake.replace_files(store, keys, out_key, table.num_rows, f"compact {prefix}", now):
        log.warning("%s changed while it was compacted; left for the next run", prefix)
        return None
    log.info("compacted %d files (%d rows) of %s into %s", len(keys), table.num_rows, prefix, out_key)
    return CompactionResult(prefix, len(keys), table.num_rows, out_key)


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
