"""Feed state: validators, schedule, seen entries, pending page retries and committed runs, in SQLite.

One file per output (``feeds.sqlite``); where it lives and how it is synced with a remote output is
``storage.state.StateFiles``' job.  Airflow runs one pass at a time (``max_active_runs=1``), so there is
one writer.  Nothing here is pickled: rows are plain columns and JSON.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import astuple, dataclass, field, fields
from datetime import datetime
from pathlib import Path
from typing import Any

from ingest.identity import IDENTITY_GUID
from ingest.schedule import FeedHints
from records import parse_utc

log = logging.getLogger(__name__)


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
CREATE TABLE IF NOT EXISTS retries (
    feed_url TEXT NOT NULL,
    entry_key TEXT NOT NULL,
    entry TEXT NOT NULL,
    attempts INTEGER NOT NULL,
    next_try_at TEXT NOT NULL,
    last_error TEXT NOT NULL,
    PRIMARY KEY (feed_url, entry_key)
);
CREATE TABLE IF NOT EXISTS commits (
    run_id TEXT PRIMARY KEY,
    committed_at TEXT NOT NULL,
    summary TEXT NOT NULL
);
"""

# Columns added after the first release, appended with ALTER TABLE so an existing feeds.sqlite still opens.
_ADDED_COLUMNS: dict[str, list[tuple[str, str]]] = {
    "feeds": [
        ("next_poll_at", "TEXT"),  # ISO UTC; a pass skips the feed before then (unless forced)
        ("body_hash", "TEXT"),  # SHA-256 of the last body parsed: a 200 with the same body is "not modified"
        ("effective_url", "TEXT"),  # where the feed is polled after a confirmed permanent redirect
        ("pending_redirect", "TEXT"),  # a permanent redirect target seen, not yet confirmed
        ("redirect_confirmations", "INTEGER NOT NULL DEFAULT 0"),
        ("disabled", "INTEGER NOT NULL DEFAULT 0"),  # 1 after 410 Gone
        ("hints", "TEXT"),  # JSON: the feed's own schedule hints (ttl, sy:*, skipHours/Days), kept for 304s
        ("identity", "TEXT NOT NULL DEFAULT 'guid'"),  # 'link' once the feed's GUIDs proved unusable
    ],
    "seen": [
        ("norm_url", "TEXT"),  # the normalized link (ingest.identity.normalize_url)
        ("entry_hash", "TEXT"),  # SHA-1 of the entry's text or title (identity ladder, rung 3)
    ],
}
# Columns renamed since: (old name, new name).  Both were once "content_hash", a feed body's SHA-256 in one
# table and an entry text's SHA-1 in the other.
_RENAMED_COLUMNS: dict[str, list[tuple[str, str]]] = {
    "feeds": [("content_hash", "body_hash")],
    "seen": [("content_hash", "entry_hash")],
}


def renamed_columns(table: str, row: dict[str, Any]) -> dict[str, Any]:
    """A row of ``table`` under the column names of now, if it was written under old ones (a run staged
    before a rename)."""
    for old, new in _RENAMED_COLUMNS.get(table, []):
        if old in row and new not in row:
            row = {(new if k == old else k): v for k, v in row.items()}
    return row


_ADDED_INDEXES = """
CREATE INDEX IF NOT EXISTS seen_norm_url ON seen (norm_url);
CREATE INDEX IF NOT EXISTS seen_feed_hash ON seen (feed_url, entry_hash);
"""


@dataclass(frozen=True)
class FeedState:
    """What the last committed poll of a feed left for the next one: one row of the ``feeds`` table, the
    poll's input (``ingest.poll``) and the state a committed poll records (``to_row``: its plain values, as
    the table and the run's staging hold them)."""

    feed_url: str = ""
    etag: str | None = None
    last_modified: str | None = None
    last_polled_at: datetime | None = None
    last_status: str | None = None
    last_http_status: int | None = None
    consecutive_failures: int = 0
    last_error: str | None = None
    next_poll_at: datetime | None = None
    body_hash: str | None = None  # SHA-256 of the last body parsed
    effective_url: str | None = None
    pending_redirect: str | None = None
    redirect_confirmations: int = 0
    disabled: bool = False
    hints: FeedHints = field(default_factory=FeedHints)
    identity: str = IDENTITY_GUID

    def to_row(self) -> dict[str, Any]:
        row = {name: getattr(self, name) for name in _FEED_COLUMNS}  # flat: no deep copy needed
        row["hints"] = self.hints.to_json()
        for name in _TIMES:
            row[name] = row[name].isoformat() if row[name] is not None else None
        return row

    @classmethod
    def from_row(cls, row: Mapping[str, Any]) -> FeedState:
        """From plain values (a table row, a staged one), older names renamed (``renamed_columns``)."""
        values = renamed_columns("feeds", dict(row))
        values.update({name: parse_utc(values.get(name)) for name in _TIMES},
                      hints=FeedHints.from_json(values.get("hints")), disabled=bool(values.get("disabled")),
                      identity=values.get("identity") or IDENTITY_GUID)
        return cls(**{k: v for k, v in values.items() if k in _FEED_FIELDS})


@dataclass(frozen=True)
class SeenRow:
    feed_url: str
    entry_key: str
    url: str
    outcome: str  # 'article' | 'error'
    article_id: str | None
    run_id: str
    seen_at: str
    norm_url: str | None = None
    entry_hash: str | None = None


_FEED_COLUMNS = [f.name for f in fields(FeedState)]
_FEED_FIELDS = frozenset(_FEED_COLUMNS)
_TIMES = ("last_polled_at", "next_poll_at")
_SEEN_COLUMNS = [f.name for f in fields(SeenRow)]


class StateError(RuntimeError):
    """A state file cannot be used as it is; the message names it and what to do."""


class StateLost(StateError):
    """The state file is missing or empty while the lake holds data."""


class StateStore:
    """Feed state and seen entries for one output."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        try:
            self._db = sqlite3.connect(path, timeout=30, isolation_level=None, check_same_thread=False)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.executescript(_SCHEMA)
            self._migrate()
        except sqlite3.DatabaseError as exc:
            raise StateError(f"state file {path} is unreadable ({exc}): restore it, or move it aside and rebuild "
                             "it from the lake with `feedlake state rebuild --output <output>`") from None

    def _migrate(self) -> None:
        for table, columns in _ADDED_COLUMNS.items():
            present = {row[1] for row in self._db.execute(f"PRAGMA table_info({table})")}
            for old, new in _RENAMED_COLUMNS.get(table, []):
                if old in present and new not in present:  # its indexes follow it
                    self._db.execute(f"ALTER TABLE {table} RENAME COLUMN {old} TO {new}")
                    present = (present - {old}) | {new}
            for name, decl in columns:
                if name not in present:
                    self._db.execute(f"ALTER TABLE {table} ADD COLUMN {name} {decl}")
        self._db.executescript(_ADDED_INDEXES)

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

    def feeds(self) -> dict[str, FeedState]:
        rows = self._db.execute(f"SELECT {', '.join(_FEED_COLUMNS)} FROM feeds").fetchall()
        return {r[0]: FeedState.from_row(dict(zip(_FEED_COLUMNS, r, strict=True))) for r in rows}

    def seen_in_feed(self, feed_url: str) -> tuple[set[str], set[str], set[str]]:
        """The entry keys, normalized links and content hashes a feed listed before."""
        keys: set[str] = set()
        links: set[str] = set()
        hashes: set[str] = set()
        for key, link, digest in self._db.execute(
                "SELECT entry_key, norm_url, entry_hash FROM seen WHERE feed_url = ?", (feed_url,)):
            keys.add(key)
            if link:
                links.add(link)
            if digest:
                hashes.add(digest)
        return keys, links, hashes

    def seen_norm_urls(self, urls: Iterable[str]) -> set[str]:
        """Which normalized links any feed listed before."""
        return self._present("norm_url", (u for u in urls if u))

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

    def prune(self, before: str) -> dict[str, int]:
        """Forget seen entries and committed runs recorded before ``before`` (ISO-8601 UTC).

        A feed that lists an entry again after it was forgotten gets it fetched again, so the
        retention must outlast how long feeds keep listing an entry (weeks, typically).
        """
        with self.transaction() as db:
            seen = db.execute("DELETE FROM seen WHERE seen_at < ?", (before,)).rowcount
            runs = db.execute("DELETE FROM commits WHERE committed_at < ?", (before,)).rowcount
        return {"seen_pruned": seen, "runs_pruned": runs}

    def due_retries(self, feed_urls: Iterable[str], now: str) -> list[tuple[str, int]]:
        """Entries of these feeds whose page failed transiently and is due again: (entry JSON, attempts so far)."""
        wanted = set(feed_urls)
        rows = self._db.execute("SELECT feed_url, entry, attempts FROM retries WHERE next_try_at <= ? "
                                "ORDER BY next_try_at", (now,))
        return [(entry, int(attempts)) for feed, entry, attempts in rows if feed in wanted]

    def pending_retries(self) -> int:
        return int(self._db.execute("SELECT count(*) FROM retries").fetchone()[0])

    def is_committed(self, run_id: str) -> bool:
        return self._db.execute("SELECT 1 FROM commits WHERE run_id = ?", (run_id,)).fetchone() is not None

    def restore(self, feeds: Iterable[FeedState], seen: Iterable[SeenRow], runs: dict[str, str]) -> None:
        """Fill an empty state from what the lake holds (``feedlake state rebuild``): later seen rows of the
        same entry replace earlier ones, every run in ``runs`` (id -> when) is recorded as committed."""
        with self.transaction() as db:
            db.executemany(f"INSERT OR REPLACE INTO feeds ({', '.join(_FEED_COLUMNS)}) "
                           f"VALUES ({','.join('?' * len(_FEED_COLUMNS))})", [_feed_values(f) for f in feeds])
            db.executemany(f"INSERT OR REPLACE INTO seen ({', '.join(_SEEN_COLUMNS)}) "
                           f"VALUES ({','.join('?' * len(_SEEN_COLUMNS))})", [astuple(s) for s in seen])
            db.executemany("INSERT OR REPLACE INTO commits VALUES (?,?,?)",
                           [(run, when, '{"rebuilt": true}') for run, when in runs.items()])

    def commit_run(self, run_id: str, committed_at: str, summary: dict[str, Any],
                   feeds: Iterable[FeedState], seen: Iterable[SeenRow],
                   retry: Iterable[tuple[str, str, str, int, str, str]] = (),
                   settled: Iterable[tuple[str, str]] = ()) -> None:
        """Record a committed pass: its feed validators and seen entries, atomically; ``retry`` rows
        (feed_url, entry_key, entry JSON, attempts, next_try_at, last_error) are fetched again later,
        ``settled`` (feed_url, entry_key) are not any more."""
        with self.transaction() as db:
            db.executemany("DELETE FROM retries WHERE feed_url = ? AND entry_key = ?", list(settled))
            db.executemany("INSERT OR REPLACE INTO retries VALUES (?,?,?,?,?,?)", list(retry))
            updates = ", ".join(f"{c}=excluded.{c}" for c in _FEED_COLUMNS[1:])
            db.executemany(
                f"""INSERT INTO feeds ({', '.join(_FEED_COLUMNS)}) VALUES ({','.join('?' * len(_FEED_COLUMNS))})
                    ON CONFLICT(feed_url) DO UPDATE SET {updates}""",
                [_feed_values(f) for f in feeds],
            )
            db.executemany(f"INSERT OR IGNORE INTO seen ({', '.join(_SEEN_COLUMNS)}) "
                           f"VALUES ({','.join('?' * len(_SEEN_COLUMNS))})",
                           [astuple(s) for s in seen])
            db.execute("INSERT OR REPLACE INTO commits VALUES (?,?,?)",
                       (run_id, committed_at, json.dumps(summary, sort_keys=True)))


def _feed_values(state: FeedState) -> tuple[Any, ...]:
    row = state.to_row()
    return tuple(row[name] for name in _FEED_COLUMNS)
