"""Index benchmark: bytes per indexed document (embedded and Redis) and decisions per second vs datasketch.

Run ``python -m bench.index_memory`` from the repo root (about 5 minutes on 2 cores; ``--sizes`` and
``--redis-docs`` shrink it). Three parts, each printing its baseline beside its result:

1. **Memory.** Each (layout, size) is built in a fresh process from synthetic documents inserted
   straight through the index's ``commit`` (random MinHash sketches, fact fingerprints, ~60-character
   titles, no text), every document a story of its own -- the worst case, one cluster row each.
   Reported: RSS growth of the process from just before the first insert to just after the last
   (SQLite's page cache is bounded by ``cache_mib``, so this is mostly that cache), and the bytes
   of the database file after a WAL checkpoint, per document, with SQLite's ``dbstat`` breakdown.
   Baseline: the foundation's layout (commit 7e7cadf: 512-byte signatures, 42 blob band rows per
   document, band and document indexes) built the same way.
   A fresh process then opens each built index (rebuilding its in-memory LSH buckets from the
   sketches): seconds and RSS growth per document.
2. **Speed**, one process, one thread, in the same run: datasketch (``MinHash.update_batch`` with
   its default hash, ``MinHashLSH`` insert + query with the same 42x3 banding) against feedlake:
   ``Signer.sign`` (normalize, shingle, sign) plus ``BandTable`` query + insert, the like-for-like
   pair; and the full decision, ``Deduplicator.prepare`` (also sketch and fact fingerprint) then
   ``decide_prepared`` (look up, verify, commit the row and cluster state) on texts of ~700
   shingles, into an index already holding 100k documents.
3. **Redis**: memory per document (``INFO memory`` growth), decisions per second and round trips
   per decision, under a key prefix of its own that is deleted afterwards.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

import numpy as np
import psutil

from bench.banding import load_texts, table
from dedup.cluster import DedupConfig, Deduplicator
from dedup.index import ClusterUpdate, IndexedDoc, Lookup
from dedup.minhash import sketch_band_keys
from dedup.normalize import normalize, shingles
from dedup.sqlite_index import BandTable, SqliteIndex

REDIS_URL = os.environ.get("FEEDLAKE_BENCH_REDIS", "redis://127.0.0.1:6379/0")
BATCH = 10_000
_NEVER = 2**62  # a commit token newer than any document: the build skips the conflict check's work


def synthetic(rng: np.random.Generator, start: int, n: int, config: DedupConfig) -> list[tuple[IndexedDoc, list[int],
                                                                                                   ClusterUpdate]]:
    sketches = rng.integers(0, 256, (n, config.signature.num_perm), dtype=np.uint8)
    fingerprints = rng.integers(0, 256, (n, 48), dtype=np.uint8)
    keys = rng.integers(0, 2**62, n)
    now = float(round(time.time()))  # as Deduplicator.prepare stores it
    out = []
    for i in range(n):
        doc_id = f"{(start + i) * 0x9E3779B97F4A7C15 % 2**64:016x}"
        doc = IndexedDoc(doc_id, doc_id, None, None, None, 1, 123456789, int(keys[i]), 700, sketches[i].tobytes(),
                         fingerprints[i].tobytes(), now)
        title = "Headline " + "x" * int(rng.integers(30, 80))
        update = ClusterUpdate((), f"news{int(rng.integers(0, 500))}.example.com", title)
        out.append((doc, sketch_band_keys(sketches[i], config.bands, config.rows), update))
    return out


# --- part 1: memory, one child process per (layout, size) --------------------------------------


def build_feedlake(path: Path, n: int) -> int:
    """Builds the index; returns the process RSS with it still open (its ``BandTable`` is in memory)."""
    config = DedupConfig()
    index = SqliteIndex(path, config.index_config())
    rng = np.random.default_rng(0)
    empty = Lookup(_NEVER, None, [])
    for start in range(0, n, BATCH):
        with index.transaction():
            for doc, keys, update in synthetic(rng, start, min(BATCH, n - start), config):
                index.commit(doc, keys, empty, update)
    rss = int(psutil.Process().memory_info().rss)
    index.close()
    return rss


def reopen_feedlake(path: Path) -> tuple[int, float]:
    """Opens a built index (rebuilding its ``BandTable`` from the sketches): RSS growth and seconds."""
    before = psutil.Process().memory_info().rss
    started = time.perf_counter()
    index = SqliteIndex(path, DedupConfig().index_config())
    seconds = time.perf_counter() - started
    rss = int(psutil.Process().memory_info().rss) - before
    index.close()
    return rss, seconds


_BASELINE_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE docs (doc_id TEXT PRIMARY KEY, cluster_id TEXT NOT NULL, duplicate_of TEXT, similarity REAL,
    match_tier TEXT, text_hash TEXT NOT NULL, n_shingles INTEGER NOT NULL, signature BLOB NOT NULL,
    indexed_at REAL NOT NULL);
CREATE INDEX docs_text_hash ON docs (text_hash);
CREATE INDEX docs_indexed_at ON docs (indexed_at);
CREATE TABLE bands (band_key BLOB NOT NULL, doc_id TEXT NOT NULL);
CREATE INDEX bands_key ON bands (band_key);
CREATE INDEX bands_doc ON bands (doc_id);
"""


def build_baseline(path: Path, n: int) -> int:
    """The foundation's SqliteIndex layout and rows (its per-document transactions batched, for time)."""
    import xxhash

    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.executescript(_BASELINE_SCHEMA)
    rng = np.random.default_rng(0)
    for start in range(0, n, BATCH):
        m = min(BATCH, n - start)
        sigs = rng.integers(0, 2**32, (m, 128), dtype=np.uint32)
        hashes = rng.integers(0, 256, (m, 16), dtype=np.uint8)
        db.execute("BEGIN")
        for i in range(m):
            doc_id = f"{(start + i) * 0x9E3779B97F4A7C15 % 2**64:016x}"
            raw = sigs[i].tobytes()
            db.execute("INSERT INTO docs VALUES (?,?,?,?,?,?,?,?,?)",
                       (doc_id, doc_id, None, None, None, hashes[i].tobytes().hex(), 700, raw, time.time()))
            db.executemany("INSERT INTO bands VALUES (?, ?)",
                           [(b.to_bytes(2, "big") + xxhash.xxh64_digest(raw[b * 12 : (b + 1) * 12]), doc_id)
                            for b in range(42)])
        db.execute("COMMIT")
    rss = int(psutil.Process().memory_info().rss)
    db.close()
    return rss


def child(layout: str, n: int, path: Path) -> dict[str, Any]:
    if layout == "reopen":
        rss, seconds = reopen_feedlake(path)
        return {"rss": rss / n, "seconds": seconds}
    proc = psutil.Process()
    DedupConfig()  # imports done and kernels loaded before the first reading
    before = proc.memory_info().rss
    started = time.perf_counter()
    peak = (build_feedlake if layout == "feedlake" else build_baseline)(path, n)
    seconds = time.perf_counter() - started
    rss = proc.memory_info().rss - before  # the index is closed: what it still holds
    db = sqlite3.connect(path)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    tables = {name: size / n for name, size in db.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name")}
    db.close()
    return {"layout": layout, "n": n, "disk": path.stat().st_size / n, "rss_after_close": rss / n,
            "rss_peak": (peak - before) / n, "seconds": seconds, "tables": tables}


def memory_part(sizes: list[int], baseline_sizes: list[int], keep: Path) -> dict[tuple[str, int], dict[str, Any]]:
    results = {}
    runs = [("baseline", n) for n in baseline_sizes] + [("feedlake", n) for n in sizes]
    for layout, n in runs:
        path = keep / f"{layout}-{n}.sqlite"
        for p in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
            p.unlink(missing_ok=True)
        print(f"building {layout} index with {n:,} documents ...", flush=True)
        out = subprocess.run([sys.executable, "-m", "bench.index_memory", "--child", layout, str(n), str(path)],
                             check=True, capture_output=True, text=True)
        results[layout, n] = json.loads(out.stdout.strip().splitlines()[-1])
        if layout == "feedlake":
            out = subprocess.run([sys.executable, "-m", "bench.index_memory", "--child", "reopen", str(n), str(path)],
                                 check=True, capture_output=True, text=True)
            results[layout, n]["reopen"] = json.loads(out.stdout.strip().splitlines()[-1])
    rows = []
    for (layout, n), r in results.items():
        top = sorted(r["tables"].items(), key=lambda kv: -kv[1])[:4]
        reopen = r.get("reopen")
        rows.append([layout, f"{n:,}", f"{r['disk']:.0f}", f"{r['rss_peak']:.0f}", f"{n / r['seconds']:.0f}",
                     f"{reopen['seconds']:.2f} s, {reopen['rss']:.0f} B/doc" if reopen else "-",
                     ", ".join(f"{k} {v:.0f}" for k, v in top)])
    table("embedded index: bytes per indexed document (every document its own story)",
          ["layout", "docs", "disk B/doc", "RSS growth B/doc", "inserts/s", "open (rebuild buckets)",
           "largest tables, B/doc (dbstat)"], rows)
    print("disk: database file after a WAL checkpoint; RSS growth: process RSS with the index still open after the"
          " last insert minus just before the first (SQLite page cache capped at 64 MiB, plus feedlake's in-memory"
          " LSH buckets); open: a fresh process opening the built index")
    return results


# --- part 2: speed -------------------------------------------------------------------------------


def corpus_texts(n: int, words: int, rng: random.Random) -> list[str]:
    """``n`` texts of ``words`` words drawn from the corpus's own words (its case, numbers, names)."""
    vocab = [w for t in load_texts() for w in t.split()]
    return [" ".join(rng.choices(vocab, k=words)) for _ in range(n)]


def rate(n: int, seconds: float) -> str:
    return f"{n / seconds:,.0f}"


def speed_part(path: Path, texts: list[str], redis_url: str | None, redis_docs: int) -> None:
    from datasketch import MinHash, MinHashLSH

    config = DedupConfig()
    k, n = config.signature.shingle_size, len(texts)
    shingled = [[s.encode() for s in shingles(normalize(t), k)] for t in texts]
    print(f"speed: {n} texts, {np.mean([len(set(s)) for s in shingled]):.0f} distinct shingles on average")

    started = time.perf_counter()
    t0 = time.perf_counter()
    sketches = []
    for sh in [[s.encode() for s in shingles(normalize(t), k)] for t in texts]:
        m = MinHash(num_perm=config.signature.num_perm)
        m.update_batch(sh)
        sketches.append(m)
    ds_sign = time.perf_counter() - t0
    lsh = MinHashLSH(num_perm=config.signature.num_perm, params=(config.bands, config.rows))
    t0 = time.perf_counter()
    for i, m in enumerate(sketches):
        lsh.query(m)
        lsh.insert(str(i), m)
    ds_index = time.perf_counter() - t0
    ds_total = time.perf_counter() - started

    index = SqliteIndex(path, config.index_config())
    dedup = Deduplicator(index, config)
    t0 = time.perf_counter()
    prepared = [dedup.prepare(f"speed-{i}", t, time.time()) for i, t in enumerate(texts)]
    fl_prepare = time.perf_counter() - t0
    t0 = time.perf_counter()
    for text in texts:
        dedup.signer.sign(text)
    fl_sign_only = time.perf_counter() - t0
    # The LSH part alone, like datasketch's MinHashLSH row: bucket query + insert in BandTable.
    buckets = BandTable()
    t0 = time.perf_counter()
    for seq, p in enumerate(prepared, start=1):
        keys = np.asarray(p.keys, dtype=np.int64)
        buckets.query(keys)
        buckets.add(keys[None, :], np.array([seq], dtype=np.int64))
    fl_buckets = time.perf_counter() - t0
    t0 = time.perf_counter()
    with index.transaction():
        for p in prepared:
            dedup.decide_prepared(p)
    fl_index = time.perf_counter() - t0
    indexed = index.count()
    index.close()
    fl_total = fl_prepare + fl_index
    rows = [
        ["datasketch: text -> MinHash (sha1, update_batch)", rate(n, ds_sign), "1.00"],
        ["feedlake: text -> signature, sketch, facts (prepare)", rate(n, fl_prepare), f"{ds_sign / fl_prepare:.2f}"],
        ["feedlake: text -> signature only (Signer.sign)", rate(n, fl_sign_only), f"{ds_sign / fl_sign_only:.2f}"],
        ["datasketch: MinHashLSH query + insert (in memory, empty)", rate(n, ds_index), "1.00"],
        ["feedlake: bucket query + insert (BandTable, in memory, empty)", rate(n, fl_buckets),
         f"{ds_index / fl_buckets:.2f}"],
        ["feedlake: signature + bucket query + insert", rate(n, fl_sign_only + fl_buckets),
         f"{ds_total / (fl_sign_only + fl_buckets):.2f}"],
        [f"feedlake: lookup + verify + commit (SQLite, {indexed - n:,} docs)", rate(n, fl_index),
         f"{ds_index / fl_index:.2f}"],
        ["datasketch: total", rate(n, ds_total), "1.00"],
        ["feedlake: total (embedded)", rate(n, fl_total), f"{ds_total / fl_total:.2f}"],
    ]
    if redis_url:
        rows += redis_speed(redis_url, texts, redis_docs, ds_total)
    table("decisions per second, one core (ratio: datasketch time / feedlake time, > 1 is faster)",
          ["step", "docs/s", "ratio"], rows)


def redis_speed(url: str, texts: list[str], n_docs: int, ds_total: float) -> list[list[str]]:
    import redis

    from dedup.redis_index import RedisIndex

    config = DedupConfig()
    client = redis.Redis.from_url(url)
    prefix = f"bench-{uuid.uuid4().hex[:8]}"
    index = RedisIndex(client, config.index_config(), prefix=prefix)
    try:
        client.memory_purge() if hasattr(client, "memory_purge") else None
        before = int(client.info("memory")["used_memory"])
        rng = np.random.default_rng(1)
        started = time.perf_counter()
        for start in range(0, n_docs, BATCH):
            for doc, keys, update in synthetic(rng, start, min(BATCH, n_docs - start), config):
                index.commit(doc, keys, Lookup(_NEVER, None, []), update)
        build = time.perf_counter() - started
        used = (int(client.info("memory")["used_memory"]) - before) / n_docs
        dedup = Deduplicator(index, config)
        prepared = [dedup.prepare(f"speed-{i}", t, time.time()) for i, t in enumerate(texts)]
        trips = index.round_trips
        t0 = time.perf_counter()
        for p in prepared:
            dedup.decide_prepared(p)
        decide = time.perf_counter() - t0
        per_doc = (index.round_trips - trips) / len(texts)
    finally:
        index.delete_all()
        index.close()
    print(f"redis: {n_docs:,} documents take {used:.0f} bytes each (INFO used_memory growth); built at "
          f"{n_docs / build:,.0f} commits/s")
    return [[f"feedlake: lookup + verify + commit (Redis, {n_docs:,} docs), {per_doc:.2f} round trips/doc",
             rate(len(texts), decide), ""]]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--sizes", default="100000,1000000", help="feedlake index sizes, comma-separated")
    parser.add_argument("--baseline-sizes", default="100000", help="foundation-layout sizes (4+ KB/doc: slow)")
    parser.add_argument("--speed-docs", type=int, default=2000)
    parser.add_argument("--redis-docs", type=int, default=100_000, help="0 skips Redis")
    parser.add_argument("--child", nargs=3, metavar=("LAYOUT", "N", "PATH"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(child(args.child[0], int(args.child[1]), Path(args.child[2]))))
        return
    started = time.perf_counter()
    sizes = [int(s) for s in args.sizes.split(",") if s]
    with tempfile.TemporaryDirectory(prefix="feedlake-index-bench-") as tmp:
        keep = Path(tmp)
        memory_part(sizes, [int(s) for s in args.baseline_sizes.split(",") if s], keep)
        speed_index = keep / "speed.sqlite"
        print(f"building a {min(sizes):,}-document index for the speed test ...", flush=True)
        build_feedlake(speed_index, min(sizes))
        texts = corpus_texts(args.speed_docs, 702, random.Random(0))
        speed_part(speed_index, texts, REDIS_URL if args.redis_docs else None, args.redis_docs)
    print(f"total {time.perf_counter() - started:.0f}s")


if __name__ == "__main__":
    main()
