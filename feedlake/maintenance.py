"""Daily upkeep of an output: compact finished partitions, expire the dedup index, prune state, vacuum.

The ``feedlake_maintenance`` DAG runs these as tasks; ``feedlake maintain`` runs them from the CLI.
"""

from __future__ import annotations

import logging
import time
from datetime import date, timedelta
from typing import Any

from feedlake.pipeline import INDEX_DB, STATE_DB, open_dedup_index, open_output
from feedlake.records import RECORD_TYPES, utcnow
from feedlake.settings import Settings
from storage import lake
from storage.compact import compact_dataset, prune_staging
from storage.state import StateFiles, StateStore

log = logging.getLogger(__name__)


def compact(settings: Settings, today: date | None = None) -> dict[str, Any]:
    """Compact every dataset's partitions older than ``today`` (UTC): those no pass writes to any more."""
    store = open_output(settings)
    today = today or utcnow().date()
    done: dict[str, Any] = {}
    for dataset, record_type in RECORD_TYPES.items():
        results = compact_dataset(store, dataset, record_type, before=today, now=utcnow)
        done[dataset] = {"partitions": len(results), "files_in": sum(r.inputs for r in results),
                         "rows": sum(r.rows for r in results)}
    log.info("compaction: %s", done)
    return done


def expire_index(settings: Settings) -> dict[str, Any]:
    """Drop index entries older than the dedup window (each pass does it too; this catches idle outputs)."""
    store = open_output(settings)
    files = StateFiles(store, settings.state)
    index = open_dedup_index(settings, files)
    try:
        expired = index.expire(time.time() - timedelta(days=settings.dedup_window_days).total_seconds())
        remaining = index.count()
    finally:
        index.close()
    if settings.dedup_backend != "redis":  # Redis keys expire by themselves; this only trims early
        files.push(INDEX_DB)
    return {"expired": expired, "indexed": remaining}


def prune_state(settings: Settings) -> dict[str, Any]:
    """Forget seen entries and run records past the retention, and abandoned staging."""
    store = open_output(settings)
    now = utcnow()
    files = StateFiles(store, settings.state)
    state = StateStore(files.pull(STATE_DB))
    try:
        pruned = state.prune(before=(now - timedelta(days=settings.state_retention_days)).isoformat())
    finally:
        state.close()
    files.push(STATE_DB)
    staging = prune_staging(store, older_than=timedelta(days=1), now=now)
    return {**pruned, "abandoned_staging": len(staging)}


def vacuum(settings: Settings) -> dict[str, Any]:
    """Delete the files compaction dropped from the lake more than ``snapshot_retention_minutes`` ago."""
    store = open_output(settings)
    return lake.vacuum(store, timedelta(minutes=settings.snapshot_retention_minutes), utcnow)
