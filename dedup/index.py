"""The persistent near-duplicate index: one interface, two backends (SQLite in ``sqlite_index``, Redis in
``redis_index``).

A decision is two calls. ``lookup`` returns the document if it is already indexed, the documents
sharing an LSH bucket with it, the current root of their clusters, and a *token* (the index's
insertion sequence number). ``commit`` stores the decision only if no document sharing one of its
buckets was added after that token; otherwise it reports a conflict and the caller looks up again.
It also claims the document id: if another worker indexed the same id meanwhile, ``commit``
returns that worker's decision instead of writing a second one. So concurrent writers never
double-assign a document and never miss a copy committed while they were deciding.

What is stored per document: the b-bit sketch of its MinHash (``minhash.sketch``), its fact
fingerprint (``facts``), a 63-bit key of its normalized text, and its decision. Band keys are
recomputed from the sketch when a document is replaced or expires, so no reverse index is kept.
Clusters have a state: size, first and last seen, sources, title, and -- once a bridging article
joined two stories -- the cluster it was merged into. Rows are never rewritten to follow a
merge; a lookup follows ``merged_into`` to the current root instead.

The configuration (signature scheme, seed, permutations, shingle size, banding, sketch and format)
is stored beside the data; opening an index with another one raises ``IndexConfigError``. Nothing is
pickled: signatures are raw bytes, lists are text.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from typing import Any, Protocol

import numpy as np

from dedup.errors import IndexConfigError
from dedup.minhash import sketch_band_keys

TIERS = ("canonical_url", "text_hash", "minhash_jaccard", "minhash_containment")


@dataclass(frozen=True)
class IndexedDoc:
    doc_id: str
    cluster_id: str  # as assigned when it was indexed; merges do not rewrite it
    duplicate_of: str | None
    similarity: float | None
    match_tier: str | None  # None (new story) or one of TIERS
    version: int  # 1, then 2, 3... for new texts under the same article id
    run: int  # tag of the pass that indexed this version (``run_tag``)
    text_key: int  # 63-bit key of the normalized text (``normalize.text_hash``)
    n_shingles: int
    sketch: bytes  # ``minhash.sketch`` of the signature
    facts: bytes  # ``facts.fingerprint``
    indexed_at: float  # epoch seconds
    merged: tuple[str, ...] = ()  # clusters this document merged into its own
    seq: int = 0  # insertion order, set by the index


@dataclass(frozen=True)
class ClusterState:
    cluster_id: str
    merged_into: str | None
    bridged_by: str | None  # the document whose match merged it
    size: int  # documents indexed into it, those of clusters merged into it included
    first_seen: float
    last_seen: float
    sources: tuple[str, ...]
    title: str | None
    first_seq: int = 0  # insertion sequence of its first document: what "earliest" means within a pass


@dataclass(frozen=True)
class Lookup:
    token: int  # the insertion sequence when read
    known: IndexedDoc | None  # this document id, if indexed
    candidates: list[IndexedDoc]  # documents sharing a band key, oldest first
    roots: dict[str, str] = field(default_factory=dict)  # cluster id -> its current root
    clusters: dict[str, ClusterState] = field(default_factory=dict)  # state of each root


@dataclass(frozen=True)
class ClusterUpdate:
    """How a document changes the clusters: which it joins (merging them when several), as what."""

    roots: tuple[str, ...]  # clusters it connects, best match first; () for a new story
    source: str = ""
    title: str | None = None
    new_member: bool = True  # False for a new version of an indexed document: sizes stay


@dataclass(frozen=True)
class Commit:
    status: str  # 'ok' | 'claimed' (another writer indexed this id) | 'conflict' (look up again)
    doc: IndexedDoc | None = None  # ok: as stored (final cluster_id, merged, seq); claimed: the other's


class DedupIndex(Protocol):
    config: dict[str, Any]

    def lookup(self, doc_id: str, band_keys: Sequence[int]) -> Lookup: ...
    def commit(self, doc: IndexedDoc, band_keys: Sequence[int], seen: Lookup, update: ClusterUpdate) -> Commit: ...
    def get(self, doc_id: str) -> IndexedDoc | None: ...
    def clusters(self, cluster_ids: Iterable[str]) -> list[ClusterState]: ...
    def transaction(self) -> AbstractContextManager[None]: ...
    def expire(self, before: float) -> int: ...
    def count(self) -> int: ...
    def close(self) -> None: ...


def check_config(stored: str, wanted: dict[str, Any], where: str) -> None:
    if stored != canonical_config(wanted):
        raise IndexConfigError(
            f"dedup index {where} was built with {stored}, not {canonical_config(wanted)}; "
            "use a new index (or the old settings) rather than compare incompatible signatures"
        )


def canonical_config(config: dict[str, Any]) -> str:
    return json.dumps(config, sort_keys=True, separators=(",", ":"))


def keys_of(sketch: bytes, config: dict[str, Any]) -> list[int]:
    """The band keys of a stored sketch under an index configuration."""
    return sketch_band_keys(np.frombuffer(sketch, dtype=np.uint8), int(config["bands"]), int(config["rows"]))


def pick_survivor(states: dict[str, ClusterState | None]) -> str:
    """Of clusters being merged, the one that lives on: the earliest indexed.

    By insertion sequence, not time: a pass indexes all its articles at one time, earliest first.
    """
    return min(states, key=lambda c: (s.first_seq if (s := states[c]) else float("inf"), c))


def merge_sources(*groups: Iterable[str]) -> tuple[str, ...]:
    return tuple(sorted({s for g in groups for s in g if s}))
