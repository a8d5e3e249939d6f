"""Where an output's state files live, and how they are synced (the files' bytes, not what they hold).

State lives beside the output under ``_state/`` by default.  When the output is in S3, tasks work on a
local copy of each state file, pulled before use and pushed after a write; Airflow runs one pass at a
time (``max_active_runs=1``), so there is one writer per file.  What the files hold belongs to the
packages that own it: feed state in ``ingest.feed_state``, learned boilerplate in
``ingest.boilerplate_state``, the dedup index in ``dedup.sqlite_index``.
"""

from __future__ import annotations

import hashlib
import logging
import os
import sqlite3
from pathlib import Path

from storage.objectstore import LocalStore, ObjectNotFound, ObjectStore

log = logging.getLogger(__name__)

STATE_PREFIX = "_state/"


class StateFiles:
    """Where the state files of an output live, and how they are synced.

    * ``override`` set (``--state``/``FEEDLAKE_STATE``): that local directory, used in place.
    * local output: ``<output>/_state``, used in place.
    * remote output: a local cache directory, pulled from and pushed to ``_state/`` in the store.
    """

    def __init__(self, store: ObjectStore, override: str = "") -> None:
        self.store = store
        if override:
            self.local_dir, self.remote = Path(override).expanduser().resolve(), False
        elif isinstance(store, LocalStore):
            self.local_dir, self.remote = Path(store.root) / "_state", False
        else:
            cache = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "feedlake"
            digest = hashlib.sha256(store.uri.encode()).hexdigest()[:16]
            self.local_dir, self.remote = cache / digest, True
        self.local_dir.mkdir(parents=True, exist_ok=True)

    def pull(self, name: str) -> Path:
        path = self.local_dir / name
        if self.remote:
            # A stale local WAL would be replayed over the fresh copy: drop it first.
            for suffix in ("-wal", "-shm"):
                Path(str(path) + suffix).unlink(missing_ok=True)
            try:
                self.store.download(STATE_PREFIX + name, path)
            except ObjectNotFound:
                path.unlink(missing_ok=True)  # nothing committed yet: start empty
        return path

    def push(self, name: str) -> None:
        if not self.remote:
            return
        path = self.local_dir / name
        # Fold the WAL into the main file so the single uploaded file is complete.
        db = sqlite3.connect(path)
        try:
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            db.close()
        self.store.upload(path, STATE_PREFIX + name)
        log.info("state %s pushed to %s", name, self.store.url_for(STATE_PREFIX + name))
