"""The embedded backend of the near-duplicate index (``dedup.index`` describes the interface): documents and
clusters in SQLite, the LSH buckets in memory (``BandTable``), rebuilt from the stored sketches on open."""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from itertools import takewhile
from pathlib import Path
from typing import Any

import numpy as np

from dedup import band_kernels
from dedup.index import (
    TIERS,
    ClusterState,
    ClusterUpdate,
    Commit,
    IndexConfigError,
    IndexedDoc,
    Lookup,
    canonical_config,
    check_config,
    keys_of,
    merge_sources,
    pick_survivor,
)
from dedup.minhash import grid_band_keys

# Sized for the 1 KB/document budget (bench/index_memory.py): ids that equal the document's own
# are NULL, the LSH buckets are not stored (``BandTable`` rebuilds them from the sketches), and a
# story of one document (most of them) has no cluster row: its document row holds its source and title.
_SCHEMA = """
CREATE TABLE IF NOT EXISTS docs (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,  -- insertion order: what band rows point to and commit tokens count
    doc_id TEXT NOT NULL UNIQUE,
    cluster_id TEXT,                        -- NULL: the document's own id
    duplicate_of TEXT,
    similarity REAL,
    tier INTEGER,                           -- index into TIERS, NULL for a new story
    version INTEGER,                        -- NULL: 1
    merged TEXT,                            -- JSON list, NULL: none
    run INTEGER NOT NULL,
    text_key INTEGER NOT NULL,
    n_shingles INTEGER NOT NULL,
    sketch BLOB NOT NULL,
    facts BLOB,
    indexed_at REAL NOT NULL,
    source TEXT,                            -- source and title of a new story: its cluster's, until the
    title TEXT                              -- cluster has a row of its own (see _state)
);
CREATE TABLE IF NOT EXISTS clusters (            -- clusters with two or more documents, or merged
    cluster_id TEXT PRIMARY KEY,
    merged_into TEXT,
    bridged_by TEXT,
    size INTEGER NOT NULL,
    first_seen REAL NOT NULL,
    last_seen REAL NOT NULL,
    sources TEXT NOT NULL,                  -- newline-separated hosts
    title TEXT,
    first_seq INTEGER NOT NULL
) WITHOUT ROWID;
"""
_COLS = ("seq, doc_id, cluster_id, duplicate_of, similarity, tier, version, merged, run, text_key, n_shingles, "
         "sketch, facts, indexed_at")
_MAX_CANDIDATES = 1000  # a bucket this crowded is boilerplate, not news; the newest are kept
_MAX_HOPS = 64  # merged_into chains are short; this only guards against a corrupted cycle
_HEX16 = re.compile(r"[0-9a-f]{16}")


def _pack(doc_id: str | None) -> str | bytes | None:
    """Article ids (16 hex digits) are stored as 8-byte blobs: 8 bytes less per id, and per index entry."""
    return bytes.fromhex(doc_id) if doc_id is not None and _HEX16.fullmatch(doc_id) else doc_id


def _unpack(value: str | bytes | None) -> str | None:
    return value.hex() if isinstance(value, bytes) else value


def _doc(row: Sequence[Any]) -> IndexedDoc:
    seq, packed, cluster, dup, sim, tier, version, merged, run, key, n, sk, facts, at = row
    doc_id = _unpack(packed)
    assert doc_id is not None
    return IndexedDoc(doc_id, _unpack(cluster) or doc_id, _unpack(dup), sim, None if tier is None else TIERS[tier],
                      version or 1, run, key, n, bytes(sk), bytes(facts or b""), at,
                      tuple(json.loads(merged)) if merged else (), seq)


def _cluster(row: Sequence[Any]) -> ClusterState:
    cid, into, by, size, first, last, sources, title, first_seq = row
    return ClusterState(_unpack(cid) or "", _unpack(into), _unpack(by), size, first, last,
                        tuple(sources.split("\n")) if sources else (), title, first_seq)


class BandTable:
    """The LSH buckets of an embedded index, in memory: (band key, document seq) pairs in a hash table.

    Why not a SQLite table: 42 B-tree inserts per document were most of a decision's cost (about
    400 µs of 1.3 ms) and most of the file (~600 of 937 bytes per document). Here a document's
    buckets cost 8 bytes each (a 32-bit key: the packed 30-bit band of the default banding, or the
    low bits of a hashed one -- a collision only adds a candidate that verification rejects -- and
    a 32-bit seq), about 540 bytes per document at a load of 0.63, and an insert or query of 42
    buckets takes ~2 µs (``band_kernels``). The table is rebuilt from the stored sketches when the
    index is opened (about 5 s per million documents) and follows other writers by reading the
    documents they added (by seq, in commit order). Their deletions leave entries whose seq no
    longer has a row: a lookup finds no document for them, so they cost only memory until reopened.
    """

    MAX_LOAD = 0.9  # grow past this: linear probing still walks only a few cache lines per bucket
    GROWN_LOAD = 0.7  # load after growing (capacities are powers of two)

    def __init__(self, capacity: int = 1 << 12) -> None:
        self.keys = np.zeros(capacity, dtype=np.uint32)
        self.seqs = np.zeros(capacity, dtype=np.uint32)
        self.used = 0  # slots ever filled (tombstones included): what probing walks over
        self.live = 0

    def reserve(self, n: int) -> None:
        """Room for ``n`` more entries."""
        if self.used + n <= self.MAX_LOAD * len(self.keys):
            return
        capacity = len(self.keys)
        while (self.live + n) > self.GROWN_LOAD * capacity:
            capacity *= 2
        self._rehash(capacity)

    def _rehash(self, capacity: int) -> None:
        keys, seqs = np.zeros(capacity, dtype=np.uint32), np.zeros(capacity, dtype=np.uint32)
        self.live = self.used = band_kernels.table_rehash(self.keys, self.seqs, keys, seqs)
        self.keys, self.seqs = keys, seqs

    def add(self, grid: np.ndarray, seqs: np.ndarray) -> None:
        """Adds each row of band keys ``grid`` (documents x bands) under the seq at the same row."""
        if seqs.size and int(seqs.max()) >= band_kernels.TOMBSTONE:
            raise IndexConfigError("dedup index sequence passed 2^32 - 1: start a new index file")
        self.reserve(grid.size)
        self.used += band_kernels.table_insert_rows(self.keys, self.seqs, grid, seqs)
        self.live += grid.size

    def query(self, keys: np.ndarray) -> np.ndarray:
        return band_kernels.table_query(self.keys, self.seqs, keys)

    def remove(self, keys: np.ndarray, seq: int) -> None:
        band_kernels.table_delete(self.keys, self.seqs, keys, seq)
        self.live -= len(keys)

    def forget_after(self, seq: int) -> None:
        """Drops what was added for documents newer than ``seq`` (their transaction rolled back)."""
        band_kernels.table_forget_after(self.seqs, seq)
        self._rehash(len(self.keys))


class SqliteIndex:
    """Embedded index in one SQLite file (WAL) plus its ``BandTable`` in memory. Writers serialize on
    SQLite's lock; each ``commit`` is one IMMEDIATE transaction, or part of the caller's ``transaction()``."""

    def __init__(self, path: Path, config: dict[str, Any], cache_mib: int = 64) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self.config = config
        self._depth = 0
        self._held_seq: int | None = None
        self._bands = BandTable()
        self._synced = 0  # documents up to this seq are in self._bands
        self._db = sqlite3.connect(path, timeout=120, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        # NORMAL in WAL mode: a power loss may drop the last commits, never corrupt the file; the
        # pipeline re-decides what it did not publish.
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.execute(f"PRAGMA cache_size={-1024 * cache_mib}")
        self._db.execute("BEGIN IMMEDIATE")
        try:
            self._db.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
            row = self._db.execute("SELECT value FROM meta WHERE key = 'config'").fetchone()
            if row is None:
                self._db.execute("INSERT INTO meta VALUES ('config', ?)", (canonical_config(config),))
            else:
                check_config(row[0], config, str(path))  # before the schema: an older file has other tables
            for statement in filter(str.strip, _SCHEMA.split(";")):
                self._db.execute(statement)
            self._db.execute("DROP TABLE IF EXISTS bands")  # where an index before BandTable kept buckets
            self._sync()
        except BaseException:
            self._db.execute("ROLLBACK")
            self._db.close()
            raise
        self._db.execute("COMMIT")

    def _sync(self, batch: int = 65536) -> None:
        """Adds the buckets of documents committed since the last call.

        Called inside a transaction, so the rows read and the sequence agree.
        """
        bands, rows = int(self.config["bands"]), int(self.config["rows"])
        if not self._synced:  # opening: size the table once instead of growing it step by step
            self._bands.reserve(bands * self._db.execute("SELECT count(*) FROM docs").fetchone()[0])
        cur = self._db.execute("SELECT seq, sketch FROM docs WHERE seq > ? AND n_shingles > 0 ORDER BY seq",
                               (self._synced,))
        while chunk := cur.fetchmany(batch):
            seqs = np.fromiter((r[0] for r in chunk), dtype=np.int64, count=len(chunk))
            grid = np.frombuffer(b"".join(r[1] for r in chunk), dtype=np.uint8).reshape(len(chunk), -1)
            self._bands.add(grid_band_keys(grid, bands, rows), seqs)
        self._synced = max(self._synced, self._sequence())

    def close(self) -> None:
        self._db.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Hold the write lock for a batch of decisions: no conflicts, one commit (far faster)."""
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        self._db.execute("BEGIN IMMEDIATE")
        self._depth = 1
        # While we hold the write lock nobody else inserts: the sequence only moves with our commits,
        # so a lookup whose token is still current needs no re-check at commit.
        self._held_seq = self._sequence()
        began = self._synced  # on failure, forget back to here: our commits (or a half-done sync)
        try:
            self._sync()
            began = self._synced
            yield
        except BaseException:
            self._depth, self._held_seq = 0, None
            self._db.execute("ROLLBACK")
            self._bands.forget_after(began)
            self._synced = began
            raise
        self._depth, self._held_seq = 0, None
        self._db.execute("COMMIT")

    @contextmanager
    def _read(self) -> Iterator[None]:
        if self._depth:
            yield
            return
        self._db.execute("BEGIN")  # one snapshot for the whole lookup
        try:
            yield
        finally:
            self._db.execute("COMMIT")

    def _sequence(self) -> int:
        row = self._db.execute("SELECT seq FROM sqlite_sequence WHERE name = 'docs'").fetchone()
        return int(row[0]) if row else 0

    def get(self, doc_id: str) -> IndexedDoc | None:
        row = self._db.execute(f"SELECT {_COLS} FROM docs WHERE doc_id = ?", (_pack(doc_id),)).fetchone()
        return _doc(row) if row else None

    def lookup(self, doc_id: str, band_keys: Sequence[int]) -> Lookup:
        with self._read():
            if self._held_seq is None:
                self._sync()
            token = self._held_seq if self._held_seq is not None else self._synced
            known = self.get(doc_id)
            candidates: list[IndexedDoc] = []
            wanted: list[int] = []
            if len(band_keys):
                # The newest _MAX_CANDIDATES; a seq whose row is gone (deleted by another writer) finds nothing.
                wanted = self._bands.query(np.asarray(band_keys, dtype=np.int64))[-_MAX_CANDIDATES:].tolist()
            if wanted:
                rows = self._db.execute(f"SELECT {_COLS} FROM docs WHERE seq IN ({','.join('?' * len(wanted))}) "
                                        "ORDER BY seq", wanted).fetchall()
                candidates = [d for d in map(_doc, rows) if d.doc_id != doc_id]
            roots: dict[str, str] = {}
            clusters: dict[str, ClusterState] = {}
            for d in ([known] if known else []) + candidates:
                if d.cluster_id not in roots:
                    state = self._root(d.cluster_id)
                    roots[d.cluster_id] = state.cluster_id if state else d.cluster_id
                    if state:
                        clusters[state.cluster_id] = state
        return Lookup(token, known, candidates, roots, clusters)

    def _state(self, cluster_id: str) -> ClusterState | None:
        row = self._db.execute("SELECT * FROM clusters WHERE cluster_id = ?", (_pack(cluster_id),)).fetchone()
        if row:
            return _cluster(row)
        root = self._db.execute("SELECT indexed_at, source, title, seq FROM docs "
                                "WHERE doc_id = ? AND cluster_id IS NULL", (_pack(cluster_id),)).fetchone()
        if root is None:
            return None
        at, source, title, seq = root
        return ClusterState(cluster_id, None, None, 1, at, at, (source,) if source else (), title, seq)

    def _root(self, cluster_id: str) -> ClusterState | None:
        state = self._state(cluster_id)
        for _ in range(_MAX_HOPS):
            if state is None or state.merged_into is None:
                return state
            state = self._state(state.merged_into) or state
        return state

    def commit(self, doc: IndexedDoc, band_keys: Sequence[int], seen: Lookup, update: ClusterUpdate) -> Commit:
        with self.transaction():
            current = seen.token == self._held_seq
            existing = seen.known if current else self.get(doc.doc_id)
            if seen.known is None and existing is not None:
                return Commit("claimed", existing)
            if seen.known is not None and (existing is None or existing.seq != seen.known.seq):
                return Commit("conflict")
            keys = np.asarray(band_keys, dtype=np.int64)
            if len(keys) and not current and self._synced > seen.token:
                # Documents committed since the lookup (``transaction`` has just read them in).
                if (self._bands.query(keys) > seen.token).any():
                    return Commit("conflict")
            survivor, merged = self._apply_clusters(doc, update)
            if existing is not None:
                self._delete([existing])
            stored = replace(doc, cluster_id=survivor, merged=merged)
            own = not update.roots  # a new story: its document row is its cluster's state
            cur = self._db.execute(
                f"INSERT INTO docs ({_COLS.removeprefix('seq, ')}, source, title) VALUES ({','.join('?' * 15)})",
                (_pack(stored.doc_id), None if survivor == doc.doc_id else _pack(survivor), _pack(stored.duplicate_of),
                 stored.similarity, None if stored.match_tier is None else TIERS.index(stored.match_tier),
                 None if stored.version == 1 else stored.version, json.dumps(merged) if merged else None,
                 stored.run, stored.text_key, stored.n_shingles, stored.sketch, stored.facts or None,
                 stored.indexed_at, (update.source or None) if own else None, update.title if own else None))
            seq = int(cur.lastrowid or 0)
            self._held_seq = self._synced = seq
            if len(keys):
                self._bands.add(keys[None, :], np.array([seq], dtype=np.int64))
        return Commit("ok", replace(stored, seq=seq))

    def _apply_clusters(self, doc: IndexedDoc, update: ClusterUpdate) -> tuple[str, tuple[str, ...]]:
        """Join, create or merge clusters for ``doc``; returns its cluster and the clusters merged into it."""
        at = doc.indexed_at
        states: dict[str, ClusterState | None] = {}
        for cid in update.roots:
            state = self._root(cid)
            states[state.cluster_id if state else cid] = state
        if not states:
            # A new story lives in its document row; a row left by an expired namesake is not its state.
            self._db.execute("DELETE FROM clusters WHERE cluster_id = ?", (_pack(doc.doc_id),))
            return doc.doc_id, ()
        survivor = pick_survivor(states)
        merged = tuple(c for c in states if c != survivor)
        base = states[survivor]
        next_seq = (self._held_seq if self._held_seq is not None else self._sequence()) + 1  # this doc's, soon
        size = (base.size if base else 0) + (1 if update.new_member else 0)
        sources = [base.sources if base else (), [update.source]]
        first, first_seq = (base.first_seen, base.first_seq) if base else (at, next_seq)
        for cid in merged:
            state = states[cid]
            if state is not None:
                size += state.size
                sources.append(state.sources)
                first, first_seq = min(first, state.first_seen), min(first_seq, state.first_seq)
            self._db.execute(
                "INSERT INTO clusters VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (cluster_id) DO UPDATE SET "
                "merged_into = excluded.merged_into, bridged_by = excluded.bridged_by, last_seen = excluded.last_seen",
                (_pack(cid), _pack(survivor), _pack(doc.doc_id), state.size if state else 0,
                 state.first_seen if state else at, at, "\n".join(state.sources) if state else "",
                 state.title if state else None,
                 state.first_seq if state else next_seq))
        self._db.execute(
            "INSERT OR REPLACE INTO clusters VALUES (?, NULL, NULL, ?, ?, ?, ?, ?, ?)",
            (_pack(survivor), size, first, max(at, base.last_seen if base else at), "\n".join(merge_sources(*sources)),
             base.title if base and base.title else update.title, first_seq))
        return survivor, merged

    def clusters(self, cluster_ids: Iterable[str]) -> list[ClusterState]:
        with self._read():
            return [s for cid in dict.fromkeys(cluster_ids) if (s := self._state(cid)) is not None]

    def _delete(self, docs: Sequence[IndexedDoc]) -> None:
        for d in docs:
            if d.n_shingles:
                self._bands.remove(np.asarray(keys_of(d.sketch, self.config), dtype=np.int64), d.seq)
        self._db.executemany("DELETE FROM docs WHERE seq = ?", [(d.seq,) for d in docs])

    def expire(self, before: float) -> int:
        """Forget documents indexed before ``before`` and clusters last seen before it.

        Documents are walked in insertion order and the walk stops at the first one still inside
        the window: passes index with the current time, so that order is time order, and no index
        on ``indexed_at`` is needed (18 bytes per document). A document indexed with an older time
        than its predecessors leaves when they have.
        """
        n = 0
        with self.transaction():
            while True:
                rows = [_doc(r) for r in self._db.execute(f"SELECT {_COLS} FROM docs ORDER BY seq LIMIT 500")]
                old = list(takewhile(lambda d: d.indexed_at < before, rows))
                self._delete(old)
                n += len(old)
                if len(old) < len(rows) or not rows:
                    break
            self._db.execute("DELETE FROM clusters WHERE last_seen < ?", (before,))
        return n

    def count(self) -> int:
        return int(self._db.execute("SELECT count(*) FROM docs").fetchone()[0])

    def ids(self) -> list[str]:
        return sorted(_unpack(r[0]) or "" for r in self._db.execute("SELECT doc_id FROM docs"))
