"""The persistent near-duplicate index: LSH bands, signatures and decisions.

The embedded backend is one SQLite file.  Its configuration (signature scheme,
seed, permutations, shingle size, banding) is stored beside the data; opening
it with a different configuration fails instead of comparing incompatible
sketches.  Signatures are stored as raw little-endian arrays, never pickled.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol


class IndexConfigError(RuntimeError):
    """The index on disk was built with another configuration."""


@dataclass(frozen=True)
class IndexedDoc:
    doc_id: str
    cluster_id: str
    duplicate_of: str | None
    similarity: float | None
    match_tier: str | None
    text_hash: str
    n_shingles: int
    signature: bytes
    indexed_at: float  # epoch seconds


class DedupIndex(Protocol):
    def get(self, doc_id: str) -> IndexedDoc | None: ...
    def find_text(self, text_hash: str) -> IndexedDoc | None: ...
    def candidates(self, band_keys: Sequence[bytes]) -> list[IndexedDoc]: ...
    def add(self, doc: IndexedDoc, band_keys: Sequence[bytes]) -> None: ...
    def expire(self, before: float) -> int: ...
    def count(self) -> int: ...
    def close(self) -> None: ...


_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS docs (
    doc_id TEXT PRIMARY KEY,
    cluster_id TEXT NOT NULL,
    duplicate_of TEXT,
    similarity REAL,
    match_tier TEXT,
    text_hash TEXT NOT NULL,
    n_shingles INTEGER NOT NULL,
    signature BLOB NOT NULL,
    indexed_at REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS docs_text_hash ON docs (text_hash);
CREATE INDEX IF NOT EXISTS docs_indexed_at ON docs (indexed_at);
CREATE TABLE IF NOT EXISTS bands (band_key BLOB NOT NULL, doc_id TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS bands_key ON bands (band_key);
CREATE INDEX IF NOT EXISTS bands_doc ON bands (doc_id);
"""

_DOC_COLUMNS = "doc_id, cluster_id, duplicate_of, similarity, match_tier, text_hash, n_shingles, signature, indexed_at"


class SqliteIndex:
    """Embedded index in one SQLite file; one writer at a time (SQLite's lock)."""

    def __init__(self, path: Path, config: dict[str, Any]) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._db = sqlite3.connect(path, timeout=60, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.executescript(_SCHEMA)
        wanted = json.dumps(config, sort_keys=True)
        row = self._db.execute("SELECT value FROM meta WHERE key = 'config'").fetchone()
        if row is None:
            self._db.execute("INSERT INTO meta VALUES ('config', ?)", (wanted,))
        elif row[0] != wanted:
            raise IndexConfigError(
                f"dedup index {path} was built with {row[0]}, not {wanted}; "
                "use a new index (or the old settings) rather than compare incompatible signatures"
            )

    def close(self) -> None:
        self._db.close()

    def get(self, doc_id: str) -> IndexedDoc | None:
        row = self._db.execute(f"SELECT {_DOC_COLUMNS} FROM docs WHERE doc_id = ?", (doc_id,)).fetchone()
        return IndexedDoc(*row) if row else None

    def find_text(self, text_hash: str) -> IndexedDoc | None:
        row = self._db.execute(
            f"SELECT {_DOC_COLUMNS} FROM docs WHERE text_hash = ? ORDER BY indexed_at, doc_id LIMIT 1",
            (text_hash,),
        ).fetchone()
        return IndexedDoc(*row) if row else None

    def candidates(self, band_keys: Sequence[bytes]) -> list[IndexedDoc]:
        if not band_keys:
            return []
        marks = ",".join("?" * len(band_keys))
        rows = self._db.execute(
            f"SELECT {_DOC_COLUMNS} FROM docs WHERE doc_id IN "
            f"(SELECT DISTINCT doc_id FROM bands WHERE band_key IN ({marks})) ORDER BY indexed_at, doc_id",
            list(band_keys),
        ).fetchall()
        return [IndexedDoc(*r) for r in rows]

    def add(self, doc: IndexedDoc, band_keys: Sequence[bytes]) -> None:
        self._db.execute("BEGIN IMMEDIATE")
        try:
            self._db.execute("DELETE FROM bands WHERE doc_id = ?", (doc.doc_id,))
            self._db.execute(f"INSERT OR REPLACE INTO docs ({_DOC_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?)",
                             tuple(doc.__dict__.values()))
            self._db.executemany("INSERT INTO bands VALUES (?, ?)", [(k, doc.doc_id) for k in band_keys])
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    def expire(self, before: float) -> int:
        self._db.execute("BEGIN IMMEDIATE")
        self._db.execute("DELETE FROM bands WHERE doc_id IN (SELECT doc_id FROM docs WHERE indexed_at < ?)",
                         (before,))
        n = self._db.execute("DELETE FROM docs WHERE indexed_at < ?", (before,)).rowcount
        self._db.execute("COMMIT")
        return n

    def count(self) -> int:
        return int(self._db.execute("SELECT count(*) FROM docs").fetchone()[0])

    def ids(self) -> Iterable[str]:
        return [r[0] for r in self._db.execute("SELECT doc_id FROM docs ORDER BY doc_id")]
