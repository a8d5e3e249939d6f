"""The lake's snapshot log: which data files are live, changed atomically, read as one snapshot.

An object store has no multi-object transaction.  A pass publishes one file per dataset and
compaction swaps many files for one, so a reader that globs ``articles/*/*.parquet`` can see a
pass half-published or a partition twice.  Here the live files are named by a log of snapshots,
``_lake/log/<seq>.json``, each the full list of live files with their row counts:

- a writer (a pass's commit, compaction, vacuum) creates entry ``seq + 1`` with a create-if-absent
  put (S3's ``If-None-Match: *``, an exclusive link on a local disk).  If another writer got there
  first it re-reads the head and re-applies its change: optimistic concurrency, as Delta Lake's log
  on S3 does.  A change that finds nothing to do writes nothing, so a retried commit is a no-op;
- a reader takes the highest entry and reads exactly its files.  Entries never change, so a reader
  keeps a consistent view for as long as its files exist;
- files a snapshot drops (compaction's inputs) stay in the store for the retention period, so a
  query planned on an older snapshot still finds them; ``vacuum`` deletes them afterwards.

A lake written before the log existed is adopted as it is: with no entry, the current snapshot is
the listing of its data files, and the first write records it.  A pass's commit starts the log
before it publishes anything, so a file that is written but not committed is never adopted.

Written here rather than taken from delta-rs or pyiceberg: the files stay plain hive-partitioned
Parquet that any reader can open without a table-format extension (DuckDB's would have to be
downloaded at query time), and the protocol is the ~200 lines below.
"""

from __future__ import annotations

import json
import logging
import re
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

import pyarrow as pa

from storage.objectstore import ObjectNotFound, ObjectStore

log = logging.getLogger(__name__)

LOG_DIR = "_lake/log"
LOG_PREFIX = LOG_DIR + "/"
SYMLINK_PREFIX = "_lake/symlink/"
FORMAT = 1
_SEQ_DIGITS = 20
_DATA_KEY = re.compile(r"^(?P<dataset>[a-z][a-z0-9_]*)/ingest_date=(?P<day>\d{4}-\d{2}-\d{2})/[^/]+\.parquet$")


class LakeConflict(RuntimeError):
    """Other writers kept committing first; the change was not recorded (retry the task)."""


class LakeLogError(ValueError):
    """A log entry that this version cannot read (corrupt, or written by a newer feedlake)."""


@dataclass(frozen=True)
class Snapshot:
    seq: int  # 0: no log yet (the listing of an older lake, or an empty one)
    files: Mapping[str, int | None]  # data file key -> its rows (None when adopted from a listing)
    removed: Mapping[str, str] = field(default_factory=dict)  # dropped file key -> when (ISO), until vacuum
    committed_at: str | None = None
    operation: str = ""

    def dataset_files(self, dataset: str) -> list[str]:
        return sorted(k for k in self.files if k.startswith(dataset + "/"))

    def datasets(self) -> list[str]:
        return sorted({k.split("/", 1)[0] for k in self.files})

    def partitions(self, dataset: str) -> dict[date, list[str]]:
        found: dict[date, list[str]] = {}
        for key in self.dataset_files(dataset):
            match = _DATA_KEY.match(key)
            if match:
                found.setdefault(date.fromisoformat(match["day"]), []).append(key)
        return dict(sorted(found.items()))

    def rows(self, dataset: str) -> int | None:
        counts = [self.files[k] for k in self.dataset_files(dataset)]
        return None if any(c is None for c in counts) else sum(c for c in counts if c is not None)


@dataclass(frozen=True)
class Change:
    add: Mapping[str, int | None] = field(default_factory=dict)
    remove: Iterable[str] = ()
    forget: Iterable[str] = ()  # removed files that vacuum has deleted


def _entry_key(seq: int) -> str:
    return f"{LOG_PREFIX}{seq:0{_SEQ_DIGITS}d}.json"


def _log_seqs(store: ObjectStore) -> list[int]:
    seqs = []
    for key in store.list(LOG_PREFIX):
        name = key[len(LOG_PREFIX):]
        if name.endswith(".json") and name[:-5].isdigit():
            seqs.append(int(name[:-5]))
    return sorted(seqs)


def _listed(store: ObjectStore) -> Snapshot:
    """A lake without a log: its data files as they are listed."""
    files = {k: None for k in store.list() if _DATA_KEY.match(k)}
    return Snapshot(0, files)


def _read_entry(store: ObjectStore, seq: int) -> Snapshot:
    key = _entry_key(seq)
    try:
        doc = json.loads(store.get(key))
    except json.JSONDecodeError as exc:
        raise LakeLogError(f"lake log entry {store.url_for(key)} is not JSON: {exc}") from None
    if doc.get("format") != FORMAT or doc.get("seq") != seq:
        raise LakeLogError(f"lake log entry {store.url_for(key)} has format {doc.get('format')!r} "
                           f"and seq {doc.get('seq')!r}; this feedlake reads format {FORMAT}")
    return Snapshot(seq, doc["files"], doc.get("removed", {}), doc.get("committed_at"), doc.get("operation", ""))


def current(store: ObjectStore) -> Snapshot:
    """The latest snapshot."""
    for _attempt in range(5):
        seqs = _log_seqs(store)
        if not seqs:
            return _listed(store)
        try:
            return _read_entry(store, seqs[-1])
        except ObjectNotFound:
            continue  # vacuumed between the listing and the read: list again
    raise LakeLogError(f"could not read the head of the lake log under {store.url_for(LOG_DIR)}")


def snapshot_at(store: ObjectStore, seq: int) -> Snapshot:
    """An earlier snapshot, while vacuum has not removed its entry (for time travel and for tests)."""
    if not seq:
        return _listed(store)
    try:
        return _read_entry(store, seq)
    except ObjectNotFound:
        raise LakeLogError(f"lake snapshot {seq} does not exist in {store.url_for(LOG_DIR)} "
                           "(never written, or vacuumed)") from None


def _apply(base: Snapshot, change: Change, now: datetime) -> tuple[dict[str, int | None], dict[str, str]] | None:
    files, removed = dict(base.files), dict(base.removed)
    for key, rows in change.add.items():
        if not _DATA_KEY.match(key):
            raise ValueError(f"not a data file key: {key!r}")
        files[key] = rows
        removed.pop(key, None)  # re-published after being dropped: live again
    for key in change.remove:
        if key in files:
            del files[key]
            removed[key] = now.isoformat()
    for key in change.forget:
        removed.pop(key, None)
    if files == dict(base.files) and removed == dict(base.removed):
        return None
    return files, removed


def update(store: ObjectStore, change: Callable[[Snapshot], Change | None], operation: str,
           now: Callable[[], datetime], attempts: int = 50) -> Snapshot:
    """Record ``change(head)`` as the next snapshot; returns the snapshot it produced (or the head, if none).

    ``change`` is called again on the new head after a conflict, so it must decide from the snapshot
    it is given (for example, compaction drops its inputs only while all of them are still live).
    """
    for attempt in range(attempts):
        base = current(store)
        wanted = change(base)
        applied = _apply(base, wanted, now()) if wanted is not None else None
        if applied is None and base.seq:
            return base
        # With no log yet, the first entry is written even for no change: it adopts the listed files.
        files, removed = applied or (dict(base.files), dict(base.removed))
        stamp = now().isoformat()
        entry = {"format": FORMAT, "seq": base.seq + 1, "committed_at": stamp, "operation": operation,
                 "files": dict(sorted(files.items())), "removed": dict(sorted(removed.items()))}
        if store.put_if_absent(_entry_key(base.seq + 1), json.dumps(entry, indent=0).encode()):
            if _log_seqs(store)[-1] == base.seq + 1:
                log.info("lake snapshot %d: %s", base.seq + 1, operation)
                written = Snapshot(base.seq + 1, files, removed, stamp, operation)
                changed = set(files) ^ set(base.files) if base.seq else set(files)
                sync_manifests(store, {_partition(k) for k in changed}, written)
                return written
            # Our seq had been vacuumed long ago and is not the head: ours is a stale entry.  Redo.
            log.warning("lake snapshot %d was written behind the head; re-applying %s", base.seq + 1, operation)
        time.sleep(min(0.01 * 2 ** min(attempt, 6), 0.5))
    raise LakeConflict(f"could not record {operation!r} in the lake log after {attempts} attempts")


def _partition(key: str) -> str:
    return key.rsplit("/", 1)[0]  # "articles/ingest_date=2026-11-25"


def sync_manifests(store: ObjectStore, partitions: Iterable[str], head: Snapshot | None = None) -> None:
    """Point each partition's symlink manifest at the head snapshot's files of that partition.

    ``_lake/symlink/<dataset>/ingest_date=<day>/manifest`` lists one file URL per line: Hive's
    ``SymlinkTextInputFormat``, which Athena, Trino and Spark read, so they too see a snapshot and
    not a folder listing.  Each manifest is one object, replaced whole.  ``head`` is the snapshot the
    caller just wrote, if any.  Two writers may race here, so after writing, the head is read again
    and the manifests rewritten until it holds still: the last write is from the newest head.
    """
    parts = sorted(set(partitions))
    if not parts:
        return
    snap = head or current(store)
    for _attempt in range(10):
        live: dict[str, list[str]] = {}
        for key in snap.files:
            live.setdefault(_partition(key), []).append(key)
        for part in parts:
            key = f"{SYMLINK_PREFIX}{part}/manifest"
            if live.get(part):
                store.put(key, "".join(store.url_for(k) + "\n" for k in sorted(live[part])).encode())
            else:
                store.delete(key)
        latest = current(store)
        if latest.seq == snap.seq:
            return
        snap = latest
    log.warning("lake manifests of %s kept changing; the next write will bring them up to date", parts)


def start_log(store: ObjectStore, now: Callable[[], datetime]) -> Snapshot:
    """Make sure the log exists, adopting a pre-log lake's files; call it before publishing a file
    that is not live yet, which a listing would otherwise adopt."""
    return update(store, lambda _base: None, "start the lake log", now)


def add_files(store: ObjectStore, files: Mapping[str, int | None], operation: str,
              now: Callable[[], datetime]) -> Snapshot:
    """Make ``files`` live (a pass's commit); a no-op when they already are."""
    def change(base: Snapshot) -> Change | None:
        missing = {k: v for k, v in files.items() if base.files.get(k, -1) != v}
        return Change(add=missing) if missing else None

    return update(store, change, operation, now)


def replace_files(store: ObjectStore, inputs: list[str], output: str, rows: int, operation: str,
                  now: Callable[[], datetime]) -> bool:
    """Swap ``inputs`` for ``output`` (compaction), only while every input is still live."""
    def change(base: Snapshot) -> Change | None:
        if not all(k in base.files for k in inputs):
            return None
        return Change(add={output: rows}, remove=[k for k in inputs if k != output])

    return output in update(store, change, operation, now).files


def vacuum(store: ObjectStore, retention: timedelta, now: Callable[[], datetime]) -> dict[str, int]:
    """Delete files dropped more than ``retention`` ago, and log entries older than that (not the head)."""
    head = current(store)
    cutoff = now() - retention
    expired = [k for k, when in head.removed.items() if datetime.fromisoformat(when) <= cutoff]
    live = current(store).files
    for key in expired:
        if key not in live:  # re-published meanwhile? then it is live: keep it
            store.delete(key)
    if expired:
        update(store, lambda _base: Change(forget=expired), f"vacuum {len(expired)} files", now)
    entries = 0
    seqs = _log_seqs(store)
    for seq in seqs[:-1]:
        try:
            committed = _read_entry(store, seq).committed_at
        except ObjectNotFound:
            continue
        if committed and datetime.fromisoformat(committed) <= cutoff:
            store.delete(_entry_key(seq))
            entries += 1
    log.info("vacuum: deleted %d dropped files and %d old log entries", len(expired), entries)
    return {"files_deleted": len(expired), "log_entries_deleted": entries}


_DUCKDB_TYPES = {"string": "VARCHAR", "int64": "BIGINT", "double": "DOUBLE", "bool": "BOOLEAN",
                 "timestamp[us, tz=UTC]": "TIMESTAMPTZ", "list<item: string>": "VARCHAR[]"}


def _empty_select(schema: pa.Schema) -> str:
    """A typed, empty SELECT: so a dataset with no file yet still has its view and columns."""
    cols = []
    for f in schema:
        if str(f.type) not in _DUCKDB_TYPES:
            raise TypeError(f"column {f.name}: no DuckDB type for {f.type}")
        cols.append(f'CAST(NULL AS {_DUCKDB_TYPES[str(f.type)]}) AS "{f.name}"')
    return f"SELECT {', '.join(cols)}, CAST(NULL AS DATE) AS ingest_date WHERE false"


def duckdb_sql(store: ObjectStore, snapshot: Snapshot | None = None,
               schemas: Mapping[str, pa.Schema] | None = None) -> str:
    """``CREATE VIEW`` statements that read exactly one snapshot's files, one view per dataset
    (and an empty, typed one for each dataset of ``schemas`` that has no file yet)."""
    snap = snapshot if snapshot is not None else current(store)
    lines = [f"-- feedlake lake snapshot {snap.seq} of {store.uri}"
             + (f", committed {snap.committed_at}" if snap.committed_at else "")]
    for dataset in sorted(set(snap.datasets()) | set(schemas or {})):
        keys = snap.dataset_files(dataset)
        if not keys:
            assert schemas is not None
            lines.append(f"CREATE OR REPLACE VIEW {dataset} AS {_empty_select(schemas[dataset])};")
            continue
        urls = ", ".join("'" + store.url_for(k).replace("'", "''") + "'" for k in keys)
        lines.append(f"CREATE OR REPLACE VIEW {dataset} AS SELECT * FROM read_parquet([{urls}], "
                     "hive_partitioning = true, union_by_name = true);")
    return "\n".join(lines) + "\n"
