"""Pipeline state: feed validators, seen entries and committed runs, in SQLite.

State lives beside the output under ``_state/`` by default.  When the output is
in S3, tasks work on a local copy of each state file, pulled before use and
pushed after a write; Airflow runs one pass at a time (``max_active_runs=1``),
so there is one writer per file.  Nothing here is pickled: rows are plain
columns and JSON.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from storage.objectstore import LocalStore, ObjectNotFound, ObjectStore

log = logging.getLogger(__name__)

STATE_PREFIX = "_state/"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS feeds (
    feed_url TEXT PRIMARY KEY,
    etag TEXT,
    last_modified TEXT,
    last_polled_at TEXT,
    last_status TEXT,
    last_http_status INTEGER,
    consecutive_failures INTEGER NOT NULL DEFAULT 0,
    last_error TEXT
);
CREATE TABLE IF NOT EXISTS seen (
    feed_url TEXT NOT NULL,
    entry_key TEXT NOT NULL,
    url TEXT NOT NULL,
    outcome TEXT NOT NULL,
    article_id TEXT,
    run_id TEXT NOT NULL,
    seen_at TEXT NOT NULL,
    PRIMARY KEY (feed_url, entry_key)
);
CREATE INDEX IF NOT EXISTS seen_url ON seen (url);
CREATE INDEX IF NOT EXISTS seen_article ON seen (article_id);
CREATE TABLE IF NOT EXISTS commits (
    run_id TEXT PRIMARY KEY,
    committed_at TEXT NOT NULL,
    summary TEXT NOT NULL
);
"""


@dataclass(frozen=True)
class FeedRow:
    feed_url: str
    etag: str | None
    last_modified: str | None
    last_polled_at: str | None
    last_status: str | None
    last_http_status: int | None
    consecutive_failures: int
    last_error: str | None


@dataclass(frozen=True)
class SeenRow:
    feed_url: str
    entry_key: str
    url: str
    outcome: str  # 'article' | 'error'
    article_id: str | None
    run_id: str
    seen_at: str


class StateStore:
    """Feed state and seen entries for one output."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._db = sqlite3.connect(path, timeout=30, isolation_level=None, check_same_thread=False)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.executescript(_SCHEMA)

    def close(self) -> None:
        self._db.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield self._db
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    def feeds(self) -> dict[str, FeedRow]:
        rows = self._db.execute("SELECT * FROM feeds").fetchall()
        return {r[0]: FeedRow(*r) for r in rows}

    def seen_keys(self, feed_url: str) -> set[str]:
        rows = self._db.execute("SELECT entry_key FROM seen WHERE feed_url = ?", (feed_url,))
        return {r[0] for r in rows}

    def seen_urls(self, urls: Iterable[str]) -> set[str]:
        return self._present("url", (u for u in urls if u))

    def committed_article_ids(self, ids: Iterable[str]) -> set[str]:
        return self._present("article_id", ids)

    def _present(self, column: str, values: Iterable[str]) -> set[str]:
        """Which of ``values`` appear in ``seen.<column>`` (chunked: SQLite caps bound variables)."""
        found: set[str] = set()
        batch = list(dict.fromkeys(values))
        for i in range(0, len(batch), 500):
            chunk = batch[i : i + 500]
            marks = ",".join("?" * len(chunk))
            rows = self._db.execute(f"SELECT {column} FROM seen WHERE {column} IN ({marks})", chunk)
            found.update(r[0] for r in rows)
        return found

    def commit_summary(self, run_id: str) -> dict[str, Any]:
        row = self._db.execute("SELECT summary FROM commits WHERE run_id = ?", (run_id,)).fetchone()
        if row is None:
            raise KeyError(run_id)
        return dict(json.loads(row[0]))

    def seen_count(self) -> int:
        return int(self._db.execute("SELECT count(*) FROM seen").fetchone()[0])

    def is_committed(self, run_id: str) -> bool:
        return self._db.execute("SELECT 1 FROM commits WHERE run_id = ?", (run_id,)).fetchone() is not None

    def commit_run(self, run_id: str, committed_at: str, summary: dict[str, Any],
                   feeds: Iterable[FeedRow], seen: Iterable[SeenRow]) -> None:
        """Record a committed pass: its feed validators and seen entries, atomically."""
        with self.transaction() as db:
            db.executemany(
                """INSERT INTO feeds VALUES (?,?,?,?,?,?,?,?)
                   ON CONFLICT(feed_url) DO UPDATE SET etag=excluded.etag, last_modified=excluded.last_modified,
                   last_polled_at=excluded.last_polled_at, last_status=excluded.last_status,
                   last_http_status=excluded.last_http_status,
                   consecutive_failures=excluded.consecutive_failures, last_error=excluded.last_error""",
                [tuple(f.__dict__.values()) for f in feeds],
            )
            db.executemany("INSERT OR IGNORE INTO seen VALUES (?,?,?,?,?,?,?)",
                           [tuple(s.__dict__.values()) for s in seen])
            db.execute("INSERT OR REPLACE INTO commits VALUES (?,?,?)",
                       (run_id, committed_at, json.dumps(summary, sort_keys=True)))


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
