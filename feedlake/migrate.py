"""``feedlake migrate``: convert a lake of the previous format (a snapshot log of Parquet files) to Delta tables.

The previous format kept ``<dataset>/ingest_date=<day>/part-*.parquet`` and listed the live ones in
``_lake/log/<seq>.json`` (files that compaction had replaced stayed until vacuum); ``_lake/symlink/`` held
manifests for Athena.  Migration, for each dataset: read the files the newest snapshot lists (every data
file when there is no log), partition by partition, and commit their rows to the dataset's Delta table in
place, keyed as every commit is (a row whose key is there already, such as a row an overlapping pass of
the old format wrote twice, is counted and not written again); then delete the old files and ``_lake/``.
Each partition is its own Delta transaction, so an interrupted migration resumes where it stopped.
"""

from __future__ import annotations

import json
import logging
import re
from collections import defaultdict
from datetime import date
from typing import Any

import pyarrow as pa

from feedlake.tables import open_lake
from storage.objectstore import ObjectStore
from storage.parquet import read_parquet

log = logging.getLogger(__name__)

OLD_LOG = "_lake/log/"
OLD_DATASETS = ("articles", "errors", "feeds", "clusters")
_OLD_FILE = re.compile(r"^(?P<dataset>[a-z_]+)/ingest_date=(?P<day>\d{4}-\d{2}-\d{2})/(?P<name>part-[^/]+\.parquet)$")


def old_live_files(store: ObjectStore) -> dict[str, dict[date, list[str]]]:
    """The previous format's live data files per dataset and day (empty when there is nothing to migrate)."""
    entries = sorted(k for k in store.list(OLD_LOG) if k.endswith(".json"))
    if entries:
        listed = list(json.loads(store.get(entries[-1]))["files"])
    else:  # a lake of the format before the log: every data file, in datasets that are no Delta table yet
        lake = open_lake(store)
        listed = [k for k in store.list() if (m := _OLD_FILE.match(k)) and m["dataset"] in OLD_DATASETS
                  and not lake.exists(m["dataset"])]
    live: dict[str, dict[date, list[str]]] = defaultdict(lambda: defaultdict(list))
    for key in listed:
        match = _OLD_FILE.match(key)
        if match and match["dataset"] in OLD_DATASETS:
            live[match["dataset"]][date.fromisoformat(match["day"])].append(key)
    return {d: dict(days) for d, days in live.items()}


def migrate(store: ObjectStore) -> dict[str, Any]:
    """Convert the output in place; returns per dataset the rows read, written and already there."""
    live = old_live_files(store)
    if not live and not store.list("_lake/"):
        return {"migrated": False, "reason": f"no lake of the previous format at {store.uri}"}
    lake = open_lake(store)
    report: dict[str, Any] = {"migrated": True}
    for dataset in OLD_DATASETS:
        read = written = 0
        spec = lake.specs[dataset]
        for day, keys in sorted(live.get(dataset, {}).items()):
            rows = pa.concat_tables([read_parquet(store.get(k)) for k in sorted(keys)], promote_options="default")
            rows = rows.select([f.name for f in spec.schema]).cast(spec.schema)
            read += rows.num_rows
            written += lake.commit(dataset, rows, f"feedlake/migrate/{dataset}/{day.isoformat()}", day)
        report[dataset] = {"rows_read": read, "rows_written": written, "already_there": read - written}
        log.info("migrated %s: %s", dataset, report[dataset])
    deleted = 0
    for dataset in OLD_DATASETS:
        tracked = {u.rsplit(f"/{dataset}/", 1)[-1] for u in lake.data_files(dataset)}
        for key in store.list(f"{dataset}/"):
            if _OLD_FILE.match(key) and key.split("/", 1)[1] not in tracked:
                store.delete(key)
                deleted += 1
    report["old_files_deleted"] = deleted
    report["old_log_objects_deleted"] = store.delete_prefix("_lake") if store.list("_lake/") else 0
    return report
