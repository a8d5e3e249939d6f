"""Daily upkeep of an output: compact the tables, expire the dedup index, prune state, vacuum, checkpoint.

The ``feedlake_maintenance`` DAG runs these as tasks; ``feedlake maintain`` runs them from the CLI.  A pass
may commit while they run: Delta Lake's optimistic concurrency lets a compaction and an insert both land
(a compaction never rewrites a file a concurrent commit removed), and a reader that opened a version before
a compaction reads that version's files, which vacuum keeps for ``snapshot_retention_minutes``.
"""

from __future__ import annotations

import logging
import time
from datetime import date, timedelta
from typing import Any

from feedlake.dedup_stage import open_dedup_index
from feedlake.settings import Settings
from feedlake.stage import INDEX_DB, STATE_DB, open_output
from feedlake.tables import SPECS, open_lake
from ingest.feed_state import StateStore
from records import utcnow
from storage.staging import prune_staging
from storage.state import StateFiles

log = logging.getLogger(__name__)

STEPS = ("compact", "expire_index", "prune_state", "vacuum", "checkpoint")


def compact(settings: Settings, today: date | None = None) -> dict[str, Any]:
    """OPTIMIZE every table: fold each partition before ``today`` (UTC) into as few files as its size needs."""
    lake = open_lake(open_output(settings))
    today = today or utcnow().date()
    done = {spec.name: lake.compact(spec.name, before=today) for spec in SPECS}
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
    """Delete data files no table version of the last ``snapshot_retention_minutes`` reads."""
    lake = open_lake(open_output(settings))
    retention = timedelta(minutes=settings.snapshot_retention_minutes)
    return {spec.name: lake.vacuum(spec.name, retention) for spec in SPECS}


def checkpoint(settings: Settings) -> dict[str, Any]:
    """Write a checkpoint of each table's log, so readers do not replay every commit, and drop expired logs."""
    lake = open_lake(open_output(settings))
    return {spec.name: lake.checkpoint(spec.name) for spec in SPECS}
