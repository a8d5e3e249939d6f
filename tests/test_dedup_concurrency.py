"""Concurrent writers: workers deciding overlapping documents at once never double-assign a document
and never split a story, against the machine's Redis and against one SQLite file."""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest

from dedup.cluster import Decision, DedupConfig, Deduplicator
from dedup.index import DedupIndex, Lookup
from dedup.sqlite_index import SqliteIndex
from tests.test_dedup import REDIS_URL, sentences

WORKERS = 4
STORIES = 6


def corpus() -> dict[str, tuple[int, str]]:
    """doc id -> (story, text): each story's original and six strong copies."""
    docs: dict[str, tuple[int, str]] = {}
    for s in range(STORIES):
        parts = sentences(100 + s, 30)
        text = "\n".join(parts)
        copies = {
            "orig": text,
            "upper": text.upper(),  # identical once normalized
            "footer": text + "\nThis story first appeared in the Harbor Times and is republished with permission.",
            "header": "By the Wire Desk, updated this morning.\n" + text,
            "trim": "\n".join(parts[:26]),
            "edit": "\n".join(parts[:12] + parts[13:]),
            "late": text + "\nCorrection: an earlier version misspelled a name.",
        }
        for kind, copy in copies.items():
            docs[f"s{s}-{kind}"] = (s, copy)
    return docs


def schedule(docs: dict[str, tuple[int, str]], worker: int) -> list[str]:
    """The documents a worker decides, step by step; every worker decides every document.

    At each step all workers decide *different copies of the same story* (so each has to see the
    others' commits to join one cluster), and on every last step of a story *the same new copy*
    (so two of them try to index one id at once).
    """
    order = []
    for s in range(STORIES):
        ids = [d for d, (story, _) in docs.items() if story == s and not d.endswith("-late")]
        order += [ids[(k + worker) % len(ids)] for k in range(len(ids))] + [f"s{s}-late"]
    return order


class WideWindow:
    """An index whose lookups return a few milliseconds late: the read-decide-write window of a busy
    worker, widened so that the workers' lookups of one step all happen before any of their commits."""

    def __init__(self, index: DedupIndex) -> None:
        self.index = index
        self.config = index.config

    def lookup(self, doc_id: str, band_keys: Sequence[int]) -> Lookup:
        seen = self.index.lookup(doc_id, band_keys)
        time.sleep(0.005)
        return seen

    def __getattr__(self, name: str) -> Any:
        return getattr(self.index, name)


def run_workers(open_index: Callable[[], DedupIndex]) -> tuple[list[dict[str, Decision]], int, DedupIndex]:
    docs = corpus()
    steps = len(schedule(docs, 0))
    barrier = threading.Barrier(WORKERS)
    results: list[dict[str, Decision]] = [{} for _ in range(WORKERS)]
    errors: list[BaseException] = []
    now = time.time()

    def work(n: int) -> None:
        index = open_index()
        try:
            dedup = Deduplicator(WideWindow(index), DedupConfig())  # type: ignore[arg-type]
            for doc_id in schedule(docs, n):
                barrier.wait(timeout=60)  # lockstep: the workers' decisions of one step overlap
                results[n][doc_id] = dedup.decide(doc_id, docs[doc_id][1], now, source=f"w{n}", run="pass-1")
            conflicts.append(dedup.counts["conflicts"] + dedup.counts["claimed"])
        except BaseException as exc:  # noqa: BLE001 - reported by the main thread
            errors.append(exc)
            barrier.abort()
        finally:
            index.close()

    conflicts: list[int] = []
    threads = [threading.Thread(target=work, args=(n,)) for n in range(WORKERS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert not errors, errors
    assert len(results[0]) == steps
    return results, sum(conflicts), open_index()


def check(results: list[dict[str, Decision]], index: DedupIndex) -> None:
    docs = corpus()
    stored = {doc_id: index.get(doc_id) for doc_id in docs}
    # No document was assigned twice: every worker got the one decision the index holds.
    for doc_id, doc in stored.items():
        assert doc is not None
        assert {(r[doc_id].cluster_id, r[doc_id].duplicate_of) for r in results} == {
            (doc.cluster_id, doc.duplicate_of)}, doc_id
    assert index.count() == len(docs)
    # Every copy landed in its story's cluster directly: had a worker decided on a stale lookup, a
    # copy would have opened a second cluster (a later copy might then merge the two, which is why
    # merges are not accepted here). Stories stayed apart, and each cluster counted each copy once.
    clusters: dict[int, set[str]] = {}
    for doc_id, (s, _) in docs.items():
        clusters.setdefault(s, set()).add(stored[doc_id].cluster_id)  # type: ignore[union-attr]
        assert stored[doc_id].merged == ()  # type: ignore[union-attr]
    assert all(len(c) == 1 for c in clusters.values()), clusters
    roots = [next(iter(c)) for c in clusters.values()]
    assert len(set(roots)) == STORIES
    assert sorted(c.size for c in index.clusters(roots)) == [7] * STORIES


@pytest.mark.services
def test_concurrent_workers_on_redis() -> None:
    from dedup.redis_index import RedisIndex

    prefix = f"test-feedlake-{uuid.uuid4().hex}"
    config = DedupConfig().index_config()
    final: RedisIndex | None = None
    try:
        results, races, index = run_workers(lambda: RedisIndex(REDIS_URL, config, prefix=prefix))
        final = index  # type: ignore[assignment]
        check(results, index)
        assert races > 0  # commits were refused and redone: the workers did race
    finally:
        cleanup = RedisIndex(REDIS_URL, config, prefix=prefix)
        cleanup.delete_all()
        cleanup.close()
        if final is not None:
            final.close()


def test_concurrent_workers_on_one_sqlite_file(tmp_path: Path) -> None:
    path = tmp_path / "dedup.sqlite"
    config = DedupConfig().index_config()
    SqliteIndex(path, config).close()  # created once, so the workers only open it
    results, races, index = run_workers(lambda: SqliteIndex(path, config))
    try:
        check(results, index)
        assert races > 0
    finally:
        index.close()
