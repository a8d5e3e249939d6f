"""Load: thousands of feeds × 20 entries through the Airflow DAG in one run.

``python -m bench.load [--feeds 2000] [--baseline-feeds 200]``

Feeds and article pages are served by ``bench.feedserver`` in a separate
process on eight loopback addresses.  The DAG runs with ``dag.test()`` on an
embedded Airflow; a sampler records the peak PSS summed over the DAG's process tree (shared pages
counted once, not once per forked child), the peak RSS of the dag.test() process itself, and from the
task instances' times each task's memory at its start, its end and its peak.
The same run on ``--baseline-feeds`` feeds comes first, so the full run is
reported as ratios against it: wall time per entry (does cost grow with load?)
and peak memory (is it bounded by the batch, not the run?).  Afterwards it
checks that nothing was lost: every listed entry is an article or an error row.

Politeness is turned down for the bench (``per_host_delay=0``): eight addresses
stand in for thousands of sites, and a 0.2 s gap per host would measure the
delay, not the pipeline.
"""

from __future__ import annotations

import argparse
import sqlite3
import tempfile
import threading
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import psutil

from bench.feedserver import ENTRIES, FeedServerProcess, Plan
from feedlake.airflow_local import airflow_env, migrate, run_dag_test

HOSTS = tuple(f"127.0.0.{20 + i}" for i in range(8))


@dataclass
class Result:
    feeds: int
    entries: int
    articles: int
    errors: int
    missing: int
    wall: float
    peak_pss_mb: float
    peak_parent_rss_mb: float
    state: str
    tasks: list[TaskMemory]


class MemorySampler:
    """Samples the DAG's process tree every 0.2 s: the summed PSS of every process running the DAG (the
    dag.test() child and its children) and the RSS of the dag.test() process alone.

    PSS (proportional set size) charges a page shared by N processes 1/N to each, so forked extraction
    children that share their parent's pages are not counted again and again, as a summed RSS counts them
    (the sampler before this one also counted each forked child twice: a child keeps its parent's command
    line, so it matched as a root of its own besides being in the root's tree).
    The samples are kept with their times, so each task's share of the run can be read off afterwards.
    """

    def __init__(self, marker: str = "feedlake.airflow_local") -> None:
        self.marker = marker
        self.samples: list[tuple[float, int, int]] = []  # (epoch seconds, tree PSS, parent RSS)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    @property
    def peak_pss(self) -> int:
        return max((s[1] for s in self.samples), default=0)

    @property
    def peak_parent_rss(self) -> int:
        return max((s[2] for s in self.samples), default=0)

    def _run(self) -> None:
        while not self._stop.is_set():
            self._sample()
            self._stop.wait(0.2)

    def _sample(self) -> None:
        # Forked children keep their parent's command line: the roots are the matching processes whose
        # parent does not match, and each process of a root's tree is counted once.
        matching: dict[int, psutil.Process] = {}
        for proc in psutil.process_iter(["cmdline", "ppid"]):
            if self.marker in " ".join(proc.info["cmdline"] or []):
                matching[proc.pid] = proc
        pss = parent = 0
        for proc in matching.values():
            if proc.info["ppid"] in matching:
                continue
            try:
                parent = max(parent, proc.memory_info().rss)
                tree = [proc, *proc.children(recursive=True)]
            except (psutil.NoSuchProcess, psutil.AccessDenied):
                continue
            for p in tree:
                try:
                    pss += p.memory_full_info().pss
                except (psutil.NoSuchProcess, psutil.AccessDenied):
                    continue
        if pss:
            self.samples.append((time.time(), pss, parent))

    def __enter__(self) -> MemorySampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def per_task(self, airflow_db: Path) -> list[TaskMemory]:
        """Each task's peak (mapped tasks folded into one line) from the task instances' start and end times
        in the run's Airflow metadata DB, with the tree PSS and parent RSS at its start and at its end."""
        with sqlite3.connect(airflow_db) as db:
            rows = db.execute("SELECT task_id, start_date, end_date FROM task_instance "
                              "WHERE start_date IS NOT NULL AND end_date IS NOT NULL").fetchall()
        spans: dict[str, tuple[float, float]] = {}
        for task_id, start, end in rows:
            s, e = _epoch(start), _epoch(end)
            old = spans.get(task_id)
            spans[task_id] = (min(s, old[0]), max(e, old[1])) if old else (s, e)
        out = []
        for task_id, (s, e) in sorted(spans.items(), key=lambda kv: kv[1]):
            inside = [x for x in self.samples if s <= x[0] <= e] or [min(self.samples, key=lambda x: abs(x[0] - s))]
            out.append(TaskMemory(task_id, e - s, inside[0][1] / 2**20, inside[-1][1] / 2**20,
                                  max(x[1] for x in inside) / 2**20, inside[0][2] / 2**20, inside[-1][2] / 2**20,
                                  max(x[2] for x in inside) / 2**20))
        return out


@dataclass
class TaskMemory:
    task: str
    seconds: float
    pss_start: float
    pss_end: float
    pss_peak: float
    rss_start: float
    rss_end: float
    rss_peak: float


def _epoch(value: str) -> float:
    when = datetime.fromisoformat(value)
    return (when if when.tzinfo else when.replace(tzinfo=UTC)).timestamp()


def run(server: FeedServerProcess, feeds: int, work: Path) -> Result:
    feeds_file = work / "feeds.yaml"
    feeds_file.write_text("feeds:\n" + "".join(f"  - url: {server.url(n)}\n" for n in range(feeds)))
    out = work / "out"
    env = airflow_env(work / "airflow", {
        "FEEDLAKE_FEEDS": str(feeds_file), "FEEDLAKE_OUTPUT": str(out), "FEEDLAKE_ALLOW_PRIVATE_NETWORKS": "1",
        "FEEDLAKE_PER_HOST_DELAY": "0", "FEEDLAKE_BATCH_SIZE": "200", "FEEDLAKE_CONCURRENCY": "16",
    })
    migrate(env)
    with MemorySampler() as memory:
        started = time.monotonic()
        result = run_dag_test(env, timeout=3 * 3600)
        wall = time.monotonic() - started

    def count(sql: str) -> int:
        return int(duckdb.sql(sql).fetchall()[0][0])

    articles = count(f"SELECT count(*) FROM read_parquet('{out}/articles/*/*.parquet')")
    errors = count(f"SELECT count(*) FROM read_parquet('{out}/errors/*/*.parquet')") if list(
        out.glob("errors/*/*.parquet")) else 0
    listed = count(f"SELECT sum(entries) FROM read_parquet('{out}/feeds/*/*.parquet')")
    covered = count(
        f"SELECT count(DISTINCT url) FROM (SELECT url FROM read_parquet('{out}/articles/*/*.parquet')"
        + (f" UNION ALL SELECT url FROM read_parquet('{out}/errors/*/*.parquet')" if errors else "") + ")")
    return Result(feeds, listed, articles, errors, listed - covered, wall, memory.peak_pss / 2**20,
                  memory.peak_parent_rss / 2**20, result["state"], memory.per_task(work / "airflow" / "airflow.db"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--feeds", type=int, default=2000)
    parser.add_argument("--baseline-feeds", type=int, default=200)
    args = parser.parse_args()
    plan = Plan(args.feeds, HOSTS, pages=True, slow_share=0.0, throttled_share=0.0, changed_share=0.0)
    server = FeedServerProcess(plan)
    try:
        with tempfile.TemporaryDirectory(prefix="feedlake-load-") as tmp:
            results = []
            for n in (args.baseline_feeds, args.feeds):
                work = Path(tmp) / f"run-{n}"
                work.mkdir()
                print(f"running the DAG over {n} feeds × {ENTRIES} entries …", flush=True)
                results.append(run(server, n, work))
    finally:
        server.close()
    base = results[0]
    print(f"\n{'feeds':>6} {'entries':>8} {'articles':>8} {'errors':>6} {'lost':>5} {'wall s':>8} "
          f"{'entries/s':>9} {'peak PSS MB':>11} {'parent RSS MB':>13} {'state':>8}")
    for r in results:
        print(f"{r.feeds:>6} {r.entries:>8} {r.articles:>8} {r.errors:>6} {r.missing:>5} {r.wall:>8.1f} "
              f"{r.entries / r.wall:>9.1f} {r.peak_pss_mb:>11.0f} {r.peak_parent_rss_mb:>13.0f} {r.state:>8}")
    for r in results:
        print(f"\nper task, {r.feeds} feeds (MB; tree PSS and the dag.test() process's RSS at start / end / peak):")
        print(f"  {'task':<20} {'s':>6} {'PSS start':>9} {'end':>6} {'peak':>6}   "
              f"{'RSS start':>9} {'end':>6} {'peak':>6}")
        for t in r.tasks:
            print(f"  {t.task:<20} {t.seconds:>6.0f} {t.pss_start:>9.0f} {t.pss_end:>6.0f} {t.pss_peak:>6.0f}   "
                  f"{t.rss_start:>9.0f} {t.rss_end:>6.0f} {t.rss_peak:>6.0f}")
    full = results[-1]
    print(f"\nfull vs baseline ({full.feeds} vs {base.feeds} feeds, {full.entries / base.entries:.0f}× the entries):")
    print(f"  wall time per entry:      {(full.wall / full.entries) / (base.wall / base.entries):.2f}× the baseline's")
    print(f"  peak PSS (process tree):  {full.peak_pss_mb / base.peak_pss_mb:.2f}× the baseline's")
    print(f"  peak RSS (dag.test()):    {full.peak_parent_rss_mb / base.peak_parent_rss_mb:.2f}× the baseline's")
    print(f"  entries lost:             {full.missing} (every listed entry is an article or an error row)")

if __name__ == "__main__":
    main()
