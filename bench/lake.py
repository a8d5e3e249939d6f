"""The lake's Delta tables (``storage.delta``): commit cost, reads and concurrent writers, against plain Parquet.

    python -m bench.lake [--quick] [--sizes 0,20000,100000,400000] [--passes 100] [--writers 4]

1. Commit cost vs table size.  One ``articles`` table on a LocalStore grows to each size in turn (rows of
   ~3 KB of random words over 30 ``ingest_date`` partitions, seeded with ``write_deltalake`` appends in a
   few large files, as a compacted history looks); at each size, three passes of 500 new articles are
   committed with ``Lake.commit`` (a keyed MERGE, each its own app transaction), then the last pass is
   committed again under its own app_id (a recorded transaction: a no-op) and its rows once more under a new
   app_id into the next day's partition (a re-ingest: the key is found in another partition, 0 rows).
   Baseline: the same 500 rows written as one zstd Parquet file with ``pyarrow.parquet.write_table``, what
   the previous format's publish wrote.  Peak RSS growth is the kernel's high-water mark (``VmHWM``, reset
   through ``/proc/self/clear_refs`` before each commit) minus the RSS before it: it counts delta-rs's Rust
   allocations, which tracemalloc does not see.  Bytes read are ``rchar`` of ``/proc/self/io``; beside
   them, the whole table and its key columns alone read into Arrow show what the MERGE's scan reads.
2. Reads after many small passes.  100 commits of 200 rows into a fresh table over 5 partitions; then
   ``SELECT source, count(*), avg(length(text)) FROM articles GROUP BY ALL`` through
   ``feedlake.tables.reader`` against DuckDB's ``read_parquet`` over the same rows as one plain Parquet
   file per pass (hive layout), before and after ``Lake.compact``, after ``Lake.vacuum`` and after
   ``Lake.checkpoint``; "open" is ``reader(lake)`` itself (it loads every table's latest version).
3. Concurrent writers.  4 spawned processes commit 10 passes of 200 distinct rows each, started together;
   2 of them also commit a copy of another process's batch under their own app_id, racing the original.
   The same commits are then run one after another in one process into a fresh table.
"""

from __future__ import annotations

import argparse
import logging
import multiprocessing as mp
import os
import random
import re
import resource
import shutil
import statistics
import string
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq
from deltalake import WriterProperties, write_deltalake

from feedlake.tables import open_lake, reader
from records import Article, stable_id
from storage.delta import PARTITION, Lake
from storage.objectstore import LocalStore
from storage.parquet import to_table

T = TypeVar("T")

TABLE = "articles"
HOSTS = tuple(f"news{i:02d}.example.com" for i in range(40))
DAY0 = date(2025, 3, 1)  # the seeded history: DAY0 .. DAY0 + 29
SEED_DAYS = 30
TODAY = DAY0 + timedelta(days=SEED_DAYS)  # where the measured passes land
T0 = datetime(2025, 3, 1, tzinfo=UTC)
PASS_ROWS = 500
SEED_CHUNK = 20_000
QUERY = f"SELECT source, count(*), avg(length(text)) FROM {TABLE} GROUP BY ALL"
SEED_WRITER = WriterProperties(compression="ZSTD", compression_level=3)  # as storage.delta writes


# --- rows -------------------------------------------------------------------------------------------


class Words:
    """Article text: slices of one long run of Zipf-distributed pseudo-words (compresses like prose, not
    like repeated text: a slice starts anywhere in 16 MB, further apart than a Parquet page)."""

    def __init__(self, seed: int = 7, vocabulary: int = 20_000, pool_chars: int = 16 * 2**20) -> None:
        rng = random.Random(seed)
        vocab = ["".join(rng.choices(string.ascii_lowercase, k=rng.randint(2, 11))) for _ in range(vocabulary)]
        weights = [1 / (rank + 1) for rank in range(vocabulary)]
        words = rng.choices(vocab, weights=weights, k=pool_chars // 6)
        self.pool = " ".join(words)

    def text(self, rng: random.Random, size: int = 3000) -> str:
        n = min(max(300, int(rng.gauss(size, size / 5))), 4 * size)
        start = self.pool.find(" ", rng.randrange(len(self.pool) - n - 64)) + 1
        return self.pool[start:start + n]


def articles(words: Words, first: int, n: int, run_id: str) -> pa.Table:
    """Articles number ``first`` .. ``first + n - 1`` as the pipeline commits them (``to_table``); the same
    numbers give the same rows, so a copy of a batch is exactly that."""
    rng = random.Random(first)
    rows = []
    for serial in range(first, first + n):
        host = HOSTS[serial % len(HOSTS)]
        canonical = f"https://{host}/{serial // 1000:04d}/story-{serial:09d}"
        article_id = stable_id(canonical)
        fetched = T0 + timedelta(seconds=serial)
        removed = [words.text(rng, 60) for _ in range(rng.randint(0, 2))]
        rows.append(Article(
            article_id=article_id, url=canonical + "?utm_source=rss", canonical_url=canonical,
            feed_url=f"https://{host}/rss.xml", feed_name=f"{host} news", source=host,
            title=words.text(rng, 60), author=f"author {serial % 997}" if serial % 3 else None,
            published_at=fetched - timedelta(minutes=rng.randrange(600)), fetched_at=fetched, language="en",
            text=words.text(rng), text_source="page" if serial % 5 else "feed", boilerplate_removed=removed,
            boilerplate_rules=[f"rule-{len(r) % 13}" for r in removed], cluster_id=article_id, version=1,
            run_id=run_id))
    return to_table(rows, Article)


def seed(lake: Lake, words: Words, first: int, n: int) -> float:
    """Append ``n`` articles over the 30 history partitions with ``write_deltalake`` (streamed in chunks, one
    append: a few large files per partition); returns the seconds it took."""
    schema = lake.specs[TABLE].table_schema

    def batches() -> Iterator[pa.RecordBatch]:
        for start in range(first, first + n, SEED_CHUNK):
            count = min(SEED_CHUNK, first + n - start)
            rows = articles(words, start, count, "seed")
            days = pa.array([DAY0 + timedelta(days=(start + i) % SEED_DAYS) for i in range(count)], pa.date32())
            yield from rows.append_column(PARTITION, days).cast(schema).to_batches()

    started = time.perf_counter()
    write_deltalake(lake.uri(TABLE), pa.RecordBatchReader.from_batches(schema, batches()), mode="append",
                    partition_by=[PARTITION], writer_properties=SEED_WRITER, storage_options=lake.options)
    return time.perf_counter() - started


# --- measuring --------------------------------------------------------------------------------------


def _status_kb(field_name: str) -> int:
    match = re.search(rf"^{field_name}:\s+(\d+) kB", Path("/proc/self/status").read_text(), re.MULTILINE)
    return int(match.group(1)) if match else 0


def _reset_hwm() -> bool:
    try:
        Path("/proc/self/clear_refs").write_text("5")  # resets VmHWM to the current RSS (Linux >= 4.0)
        return True
    except OSError:
        return False


RSS_METHOD = "VmHWM after /proc/self/clear_refs" if _reset_hwm() else "ru_maxrss (growth past the earlier peak only)"


def _rchar() -> int:
    """Bytes this process has read through read(2)-family calls (page-cache hits included)."""
    try:
        match = re.search(r"^rchar:\s+(\d+)", Path("/proc/self/io").read_text(), re.MULTILINE)
    except OSError:
        return 0
    return int(match.group(1)) if match else 0


@dataclass
class Timed:
    seconds: float
    rss_mb: float  # peak RSS during the call minus RSS before it
    read_mb: float = 0.0  # bytes read during the call (/proc/self/io rchar)


def timed(fn: Callable[[], T]) -> tuple[T, Timed]:
    hwm = _reset_hwm()
    before = _status_kb("VmRSS") if hwm else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    read = _rchar()
    started = time.perf_counter()
    result = fn()
    seconds = time.perf_counter() - started
    read_mb = (_rchar() - read) / 2**20
    peak = _status_kb("VmHWM") if hwm else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return result, Timed(seconds, (peak - before) / 1024, read_mb)


def median_time(fn: Callable[[], Any], runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def last_merge_metrics(lake: Lake) -> dict[str, Any]:
    table = lake.table(TABLE)
    history = table.history(1) if table is not None else []
    metrics = history[0].get("operationMetrics", {}) if history else {}
    return metrics if isinstance(metrics, dict) else {}


def disk_files(root: Path) -> int:
    """Data files under ``root`` (not the log's checkpoints)."""
    return sum(1 for f in root.rglob("*.parquet") if "_delta_log" not in f.parts)


def ratio(value: float, base: float) -> str:
    return f"{value / base:,.1f}x" if base > 0 else "-"


# --- 1. commit cost vs table size -------------------------------------------------------------------


@dataclass
class CommitRow:
    rows: int  # in the table before the first measured pass
    files: int
    seed_s: float
    commit_s: list[float] = field(default_factory=list)
    commit_rss: list[float] = field(default_factory=list)
    commit_read: list[float] = field(default_factory=list)  # MB read by each commit
    disk_mb: float = 0.0  # the table's data files
    noop_s: float = 0.0
    reingest_s: float = 0.0
    reingested: int = -1
    base_s: float = 0.0
    scanned: str = ""  # delta-rs's num_target_files_scanned / _skipped_during_scan (files to rewrite or not)
    scan_ms: str = ""  # delta-rs's scan_time_ms / execution_time_ms
    full_read: Timed = field(default_factory=lambda: Timed(0.0, 0.0))  # the whole table into Arrow
    keys_read: Timed = field(default_factory=lambda: Timed(0.0, 0.0))  # its key columns only


def _passes(lake: Lake, words: Words, row: CommitRow, size: int, serial: int, plain: Path) -> int:
    """Three measured passes, a no-op re-commit and a re-ingest into a table of ``row.rows`` rows; returns
    the rows inserted."""
    batch = pa.table({})
    app_id = ""
    for i in range(3):
        batch = articles(words, serial + i * PASS_ROWS, PASS_ROWS, f"bench-{size}-{i}")
        app_id = f"feedlake/bench-{size}-{i}"
        inserted, t = timed(partial(lake.commit, TABLE, batch, app_id=app_id, ingest_date=TODAY))
        assert inserted == PASS_ROWS, f"pass {app_id} inserted {inserted} of {PASS_ROWS}"
        row.commit_s.append(t.seconds)
        row.commit_rss.append(t.rss_mb)
        row.commit_read.append(t.read_mb)
    m = last_merge_metrics(lake)
    row.scanned = f"{m.get('num_target_files_scanned', '?')}/{m.get('num_target_files_skipped_during_scan', '?')}"
    row.scan_ms = f"{m.get('scan_time_ms', '?')}/{m.get('execution_time_ms', '?')}"
    noop, t = timed(partial(lake.commit, TABLE, batch, app_id=app_id, ingest_date=TODAY))
    assert noop == 0, f"re-commit of {app_id} inserted {noop}"
    row.noop_s = t.seconds
    again, t = timed(partial(lake.commit, TABLE, batch, app_id=f"{app_id}-reingest",
                             ingest_date=TODAY + timedelta(days=1)))
    assert again == 0, f"re-ingest of {app_id}'s rows inserted {again}"
    row.reingest_s, row.reingested = t.seconds, again
    plain.parent.mkdir(parents=True, exist_ok=True)
    row.base_s = median_time(partial(pq.write_table, batch, plain, compression="zstd"))
    # what a MERGE that reads the whole target would cost, against one that reads only the keys
    keys = list(lake.specs[TABLE].keys)
    row.full_read = timed(lambda: lake.dataset(TABLE).to_table().num_rows)[1]
    row.keys_read = timed(lambda: lake.dataset(TABLE).to_table(columns=keys).num_rows)[1]
    return 3 * PASS_ROWS


def commit_cost(work: Path, words: Words, sizes: list[int]) -> list[CommitRow]:
    lake = open_lake(LocalStore(work / "lake"))
    serial = 10**8  # measured passes: article numbers well away from the seeded ones
    seeded = present = 0
    out = []
    for size in sizes:
        seed_s = 0.0
        if size > seeded:
            print(f"  seeding {size - seeded:,} rows (to {size:,} seeded) …", flush=True)
            seed_s = seed(lake, words, seeded, size - seeded)
            present += size - seeded
            seeded = size
        row = CommitRow(present, len(lake.data_files(TABLE)), seed_s)
        row.disk_mb = sum(f.stat().st_size for f in (work / "lake" / TABLE).rglob("*.parquet")
                          if "_delta_log" not in f.parts) / 2**20
        present += _passes(lake, words, row, size, serial, work / "plain" / f"{size}.parquet")
        serial += 3 * PASS_ROWS
        out.append(row)
        print(f"  {row.rows:>8,} rows {row.files:>4} files {row.disk_mb:,.0f} MB (seeded in {row.seed_s:.1f} s): "
              f"commit "
              f"{statistics.median(row.commit_s):.3f} s (passes {', '.join(f'{s:.3f}' for s in row.commit_s)}), "
              f"no-op {row.noop_s:.3f} s, re-ingest {row.reingest_s:.3f} s ({row.reingested} rows), "
              f"parquet {row.base_s:.4f} s; reading the table: all columns {row.full_read.seconds:.2f} s "
              f"(+{row.full_read.rss_mb:.0f} MB RSS, {row.full_read.read_mb:.0f} MB read), keys only "
              f"{row.keys_read.seconds:.2f} s ({row.keys_read.read_mb:.0f} MB read)", flush=True)
    assert _count(lake) == (present, present), f"table has {_count(lake)} rows/keys, {present} committed"
    return out


# --- 2. reads after many small passes ---------------------------------------------------------------


@dataclass
class ReadRow:
    state: str
    files: int  # in the table's version (plain: in the glob)
    on_disk: int
    open_s: float
    query_s: float
    rows: int
    keys: int
    note: str = ""


def _log_note(lake: Lake, work: Path) -> str:
    table = lake.table(TABLE, without_files=True)
    checkpoints = sorted(int(f.name.split(".")[0]) for f in (work / "lake" / TABLE / "_delta_log").glob(
        "*.checkpoint.parquet"))
    return f"v{table.version() if table else '-'}, checkpoint {'v' + str(checkpoints[-1]) if checkpoints else 'none'}"


def _lake_read(lake: Lake, work: Path, state: str, note: str = "") -> tuple[ReadRow, list[tuple[Any, ...]]]:
    open_s = median_time(lambda: reader(lake))
    con = reader(lake)
    con.execute(QUERY).fetchall()  # warm
    query_s = median_time(lambda: con.execute(QUERY).fetchall())
    result = sorted(con.execute(QUERY).fetchall())
    rows, keys = con.execute(f"SELECT count(*), count(DISTINCT (article_id, version)) FROM {TABLE}").fetchone() \
        or (0, 0)
    note = f"{_log_note(lake, work)}{'; ' + note if note else ''}"
    return ReadRow(state, len(lake.data_files(TABLE)), disk_files(work / "lake" / TABLE), open_s, query_s,
                   rows, keys, note), result


def reads(work: Path, words: Words, passes: int, rows_per_pass: int = 200, days: int = 5) -> tuple[list[ReadRow], float,
                                                                                                  float]:
    lake = open_lake(LocalStore(work / "lake"))
    plain = work / "plain" / TABLE
    commit_s = write_s = 0.0
    first = 2 * 10**8
    for i in range(passes):
        day = DAY0 + timedelta(days=i % days)
        batch = articles(words, first + i * rows_per_pass, rows_per_pass, f"pass-{i}")
        started = time.perf_counter()
        inserted = lake.commit(TABLE, batch, app_id=f"feedlake/pass-{i:03d}", ingest_date=day)
        commit_s += time.perf_counter() - started
        assert inserted == rows_per_pass, f"pass {i} inserted {inserted}"
        folder = plain / f"{PARTITION}={day.isoformat()}"
        folder.mkdir(parents=True, exist_ok=True)
        started = time.perf_counter()
        pq.write_table(batch, folder / f"pass-{i:03d}.parquet", compression="zstd")
        write_s += time.perf_counter() - started
    committed = passes * rows_per_pass
    print(f"  {passes} passes of {rows_per_pass} rows: commits {commit_s:.1f} s ({commit_s / passes:.3f} s each), "
          f"plain Parquet writes {write_s:.2f} s", flush=True)

    glob = f"{plain}/*/*.parquet".replace("'", "''")
    plain_sql = QUERY.replace(f"FROM {TABLE}", f"FROM read_parquet('{glob}', hive_partitioning=1)")
    con = duckdb.connect()
    con.execute(plain_sql).fetchall()
    plain_query = median_time(lambda: con.execute(plain_sql).fetchall())
    plain_result = sorted(con.execute(plain_sql).fetchall())
    plain_files = disk_files(plain)
    out = [ReadRow("plain Parquet (baseline)", plain_files, plain_files, 0.0, plain_query, committed, committed)]

    def check(row: ReadRow, result: list[tuple[Any, ...]]) -> None:
        assert (row.rows, row.keys) == (committed, committed), f"{row.state}: {row.rows} rows, {row.keys} keys"
        same = len(result) == len(plain_result) and all(
            a[:2] == b[:2] and abs(a[2] - b[2]) < 1e-6 for a, b in zip(result, plain_result, strict=True))
        assert same, f"{row.state}: query result differs from plain Parquet's"
        out.append(row)

    check(*_lake_read(lake, work, f"after {passes} passes"))
    metrics, t = timed(lambda: lake.compact(TABLE, before=DAY0 + timedelta(days=days + 1)))
    check(*_lake_read(lake, work, "after compact",
                      f"{t.seconds:.1f} s: {metrics['numFilesRemoved']} files -> {metrics['numFilesAdded']}"))
    removed, t = timed(lambda: lake.vacuum(TABLE, timedelta(0)))
    check(*_lake_read(lake, work, "after vacuum", f"{t.seconds:.2f} s: {removed} files deleted"))
    _, t = timed(lambda: lake.checkpoint(TABLE))
    check(*_lake_read(lake, work, "after checkpoint", f"{t.seconds:.2f} s"))
    return out, commit_s / passes, write_s / passes


# --- 3. concurrent writers --------------------------------------------------------------------------


@dataclass(frozen=True)
class Plan:
    writers: int
    passes: int
    rows: int
    overlapping: tuple[int, ...]  # the writers that also commit a copy of another writer's batch

    def first(self, writer: int, pass_no: int) -> int:
        return 3 * 10**8 + (writer * self.passes + pass_no) * self.rows

    def commits(self, writer: int) -> list[tuple[str, int]]:
        """(app_id, first article number) of each of ``writer``'s commits, in order: its own passes, and
        halfway through, for an overlapping writer, a copy of the next writer's middle pass."""
        out = [(f"feedlake/w{writer}-p{p}", self.first(writer, p)) for p in range(self.passes)]
        if writer in self.overlapping:
            victim = (writer + 1) % self.writers
            copy = (f"feedlake/w{writer}-copy-of-w{victim}", self.first(victim, self.passes // 2))
            out.insert(self.passes // 2, copy)
        return out

    @property
    def expected(self) -> int:
        return self.writers * self.passes * self.rows


class _Races(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        if "lost a race" in record.msg:
            self.count += 1


def _commit_all(lake: Lake, batches: list[tuple[str, pa.Table]], day: date) -> tuple[dict[str, int], int]:
    """Commit each batch; returns the rows each commit inserted and how many MERGEs lost a race."""
    races = _Races()
    logger = logging.getLogger("storage.delta")
    logger.setLevel(logging.INFO)
    logger.addHandler(races)
    try:
        inserted = {a: lake.commit(TABLE, b, app_id=a, ingest_date=day) for a, b in batches}
    finally:
        logger.removeHandler(races)
    return inserted, races.count


def writer(root: str, plan: Plan, number: int, words: Words, barrier: Any, results: Any) -> None:
    """One writer process: builds its batches, waits for the others, commits them."""
    try:
        batches = [(a, articles(words, first, plan.rows, a)) for a, first in plan.commits(number)]
        lake = open_lake(LocalStore(root))
        barrier.wait()
        started = time.perf_counter()
        inserted, races = _commit_all(lake, batches, TODAY + timedelta(days=number % 2))
        results.put((number, inserted, races, time.perf_counter() - started, ""))
    except Exception as exc:  # reported by the parent
        results.put((number, {}, 0, 0.0, f"{type(exc).__name__}: {exc}"))


@dataclass
class ConcurrentResult:
    expected: int
    inserted: int
    rows: int
    keys: int
    races: int
    wall: float
    serial: float
    serial_races: int
    per_writer: list[float]
    overlaps: list[str]  # who inserted each overlapping batch: the original or the copy


def _count(lake: Lake) -> tuple[int, int]:
    got = reader(lake).execute(f"SELECT count(*), count(DISTINCT (article_id, version)) FROM {TABLE}").fetchone()
    return (int(got[0]), int(got[1])) if got else (0, 0)


def concurrent(work: Path, words: Words, plan: Plan) -> ConcurrentResult:
    ctx = mp.get_context("spawn")
    root = work / "concurrent"
    barrier = ctx.Barrier(plan.writers + 1)
    results = ctx.Queue()
    procs = [ctx.Process(target=writer, args=(str(root), plan, n, words, barrier, results))
             for n in range(plan.writers)]
    for p in procs:
        p.start()
    barrier.wait(timeout=120)
    started = time.perf_counter()
    got = [results.get(timeout=600) for _ in procs]
    wall = time.perf_counter() - started
    for p in procs:
        p.join()
    errors = [f"writer {n}: {e}" for n, _, _, _, e in got if e]
    assert not errors, "; ".join(errors)
    rows, keys = _count(open_lake(LocalStore(root)))

    serial_lake = open_lake(LocalStore(work / "serial"))
    batches = [(a, articles(words, first, plan.rows, a)) for n in range(plan.writers) for a, first in plan.commits(n)]
    started = time.perf_counter()
    serial_inserted, serial_races = _commit_all(serial_lake, batches, TODAY)
    serial = time.perf_counter() - started
    assert sum(serial_inserted.values()) == plan.expected and _count(serial_lake) == (plan.expected, plan.expected)

    inserted = {a: n for g in got for a, n in g[1].items()}
    overlaps = []
    for w in plan.overlapping:
        victim = (w + 1) % plan.writers
        copy, original = f"feedlake/w{w}-copy-of-w{victim}", f"feedlake/w{victim}-p{plan.passes // 2}"
        overlaps.append(f"{original} inserted {inserted[original]}, {copy} {inserted[copy]}")
    return ConcurrentResult(plan.expected, sum(inserted.values()), rows, keys, sum(g[2] for g in got), wall, serial,
                            serial_races, [g[3] for g in sorted(got, key=lambda g: g[0])], overlaps)


# --- main -------------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true",
                    help="smaller run: sizes 0,20000,100000, 30 read passes, 4 writer passes")
    ap.add_argument("--sizes", help="comma-separated table sizes for the commit test (default 0,20000,100000,400000)")
    ap.add_argument("--passes", type=int, help="small passes before the read test (default 100; --quick 30)")
    ap.add_argument("--writers", type=int, default=4)
    ap.add_argument("--writer-passes", type=int, help="passes per concurrent writer (default 10; --quick 4)")
    ap.add_argument("--keep", help="build the lakes under this directory and keep them")
    args = ap.parse_args(argv)
    sizes = [int(s.replace("_", "")) for s in args.sizes.split(",")] if args.sizes else \
        ([0, 20_000, 100_000] if args.quick else [0, 20_000, 100_000, 400_000])
    passes = args.passes or (30 if args.quick else 100)
    plan = Plan(args.writers, args.writer_passes or (4 if args.quick else 10), 200,
                tuple(range(min(2, args.writers))) if args.writers > 1 else ())
    import deltalake

    print(f"deltalake {deltalake.__version__}, duckdb {duckdb.__version__}, pyarrow {pa.__version__}; "
          f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}; peak RSS growth from {RSS_METHOD}")
    total = time.perf_counter()
    words = Words()
    if args.keep:
        base = Path(args.keep)
        base.mkdir(parents=True, exist_ok=True)
        tmp = None
    else:
        tmp = tempfile.mkdtemp(prefix="feedlake-bench-lake-")
        base = Path(tmp)
    try:
        print(f"\n1. commit one pass of {PASS_ROWS} articles vs table size ({SEED_DAYS} partitions seeded; "
              f"median of 3 passes, each a new app_id)", flush=True)
        started = time.perf_counter()
        commit_rows = commit_cost(base / "commit", words, sizes)
        part1 = time.perf_counter() - started

        print(f"\n2. reads after {passes} small passes (200 rows each, 5 partitions)", flush=True)
        started = time.perf_counter()
        read_rows, pass_commit_s, pass_write_s = reads(base / "reads", words, passes)
        part2 = time.perf_counter() - started

        print(f"\n3. {plan.writers} concurrent writers x {plan.passes} passes of {plan.rows} rows, writers "
              f"{', '.join(map(str, plan.overlapping))} also commit a copy of another's batch", flush=True)
        started = time.perf_counter()
        conc = concurrent(base / "concurrent", words, plan)
        part3 = time.perf_counter() - started
    finally:
        if tmp:
            shutil.rmtree(tmp, ignore_errors=True)

    print(f"\n== 1. commit of one {PASS_ROWS}-row pass (seconds; baseline: pq.write_table of the same rows, zstd) ==")
    print(f"{'rows before':>11} {'files':>5} {'MB':>5} {'commit s':>9} {'parquet s':>9} {'ratio':>7} {'no-op s':>8} "
          f"{'re-ingest s':>11} {'re-ins':>6} {'RSS +MB':>7} {'MB read':>7} | {'scan all s':>10} {'keys s':>6} "
          f"{'MB read':>7} | {'scanned/skipped':>15} {'scan/exec ms':>13}")
    for r in commit_rows:
        med = statistics.median(r.commit_s)
        print(f"{r.rows:>11,} {r.files:>5} {r.disk_mb:>5.0f} {med:>9.3f} {r.base_s:>9.4f} {ratio(med, r.base_s):>7} "
              f"{r.noop_s:>8.3f} {r.reingest_s:>11.3f} {r.reingested:>6} {max(r.commit_rss):>7.0f} "
              f"{statistics.median(r.commit_read):>7.0f} | {r.full_read.seconds:>10.2f} {r.keys_read.seconds:>6.2f} "
              f"{r.keys_read.read_mb:>7.0f} | {r.scanned:>15} {r.scan_ms:>13}")
    print("  RSS +MB: peak of the 3 passes; MB read: median pass (rchar); scan all / keys: the table read into Arrow "
          "with all columns / the key columns only (and MB the latter read); scanned/skipped, scan/exec ms: "
          "delta-rs's MERGE metrics of the last pass")
    if len(commit_rows) > 1 and commit_rows[-1].rows > commit_rows[1].rows:
        a, b = commit_rows[1], commit_rows[-1]
        slope = (statistics.median(b.commit_s) - statistics.median(a.commit_s)) / (b.rows - a.rows) * 100_000
        growth = statistics.median(b.commit_s) / statistics.median(a.commit_s)
        print(f"  commit time grows {slope:.3f} s per 100k rows already in the table "
              f"({growth:.1f}x from {a.rows:,} to {b.rows:,} rows)")

    print("\n== 2. reads: DuckDB GROUP BY over all articles (baseline: read_parquet over one file per pass) ==")
    base_q = read_rows[0].query_s
    print(f"{'state':<26} {'files':>5} {'on disk':>7} {'open s':>7} {'query s':>8} {'ratio':>7} {'rows':>7} "
          f"{'dup keys':>8}  log; note")
    for rr in read_rows:
        print(f"{rr.state:<26} {rr.files:>5} {rr.on_disk:>7} {rr.open_s:>7.3f} {rr.query_s:>8.4f} "
              f"{ratio(rr.query_s, base_q):>7} {rr.rows:>7} {rr.rows - rr.keys:>8}  {rr.note}")
    print(f"  per pass: commit {pass_commit_s:.3f} s vs plain write {pass_write_s:.4f} s "
          f"({ratio(pass_commit_s, pass_write_s)})")

    print("\n== 3. concurrent writers ==")
    print(f"  rows expected {conc.expected}, inserted (sum of commits) {conc.inserted}, found {conc.rows}, "
          f"duplicate keys {conc.rows - conc.keys}")
    each = ", ".join(f"{s:.1f}" for s in conc.per_writer)
    print(f"  wall {conc.wall:.1f} s ({plan.writers} processes; each {each} s) "
          f"vs serial {conc.serial:.1f} s in one process: {ratio(conc.wall, conc.serial)} the serial time; "
          f"MERGEs re-run after losing a race: {conc.races} (serial: {conc.serial_races})")
    print(f"  overlapping batches: {'; '.join(conc.overlaps)}")
    assert (conc.inserted, conc.rows, conc.keys) == (conc.expected,) * 3, "concurrent writers lost or doubled rows"

    print(f"\n== summary (total {time.perf_counter() - total:.0f} s: commits {part1:.0f} s, reads {part2:.0f} s, "
          f"concurrent {part3:.0f} s; load average now {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores) ==")
    print(f"| {'measure':<44} | {'lake':>10} | {'baseline':>10} | {'ratio':>8} |")
    print(f"|{'-' * 46}|{'-' * 12}|{'-' * 12}|{'-' * 10}|")

    def line(name: str, value: float, base_value: float, unit: str = "s") -> None:
        print(f"| {name:<44} | {value:>9.3f}{unit} | {base_value:>9.4f}{unit} | {ratio(value, base_value):>8} |")

    for r in commit_rows:
        line(f"commit {PASS_ROWS} rows into {r.rows:,} rows", statistics.median(r.commit_s), r.base_s)
    for r in commit_rows[-1:]:
        line(f"re-ingest {PASS_ROWS} rows ({r.reingested} new), {r.rows:,} rows", r.reingest_s, r.base_s)
        line(f"re-commit same app_id (no-op), {r.rows:,} rows", r.noop_s, r.base_s)
    for rr in read_rows[1:]:
        line(f"query {rr.state} ({rr.files} files)", rr.query_s, base_q)
        line(f"open + query {rr.state}", rr.open_s + rr.query_s, base_q)
    line(f"{plan.writers} writers, {conc.expected} rows: wall vs serial", conc.wall, conc.serial)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
