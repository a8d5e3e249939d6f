"""Load: thousands of feeds × 20 entries through the Airflow DAG in one run.

``python -m bench.load [--feeds 2000] [--baseline-feeds 200]``

Feeds and article pages are served by ``bench.feedserver`` in a separate
process on eight loopback addresses.  The DAG runs with ``dag.test()`` on an
embedded Airflow; a sampler records the peak RSS of the DAG's process tree.
The same run on ``--baseline-feeds`` feeds comes first, so the full run is
reported as ratios against it: wall time per entry (does cost grow with load?)
and peak RSS (is memory bounded by the batch, not the run?).  Afterwards it
checks that nothing was lost: every listed entry is an article or an error row.

Politeness is turned down for the bench (``per_host_delay=0``): eight addresses
stand in for thousands of sites, and a 0.2 s gap per host would measure the
delay, not the pipeline.
"""

from __future__ import annotations

import argparse
import tempfile
import threading
import time
from dataclasses import dataclass
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
    peak_rss_mb: float
    state: str


class PeakRss:
    """Samples the summed RSS of every process running the DAG (the dag.test() child and its children)."""

    def __init__(self, marker: str = "feedlake.airflow_local") -> None:
        self.marker = marker
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            total = 0
            for proc in psutil.process_iter(["cmdline"]):
                try:
                    if self.marker in " ".join(proc.info["cmdline"] or []):
                        total += proc.memory_info().rss
                        total += sum(c.memory_info().rss for c in proc.children(recursive=True))
                except (psutil.NoSuchProcess, psutil.AccessDenied):
                    continue
            self.peak = max(self.peak, total)
            self._stop.wait(0.2)

    def __enter__(self) -> PeakRss:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def run(server: FeedServerProcess, feeds: int, work: Path) -> Result:
    feeds_file = work / "feeds.yaml"
    feeds_file.write_text("feeds:\n" + "".join(f"  - url: {server.url(n)}\n" for n in range(feeds)))
    out = work / "out"
    env = airflow_env(work / "airflow", {
        "FEEDLAKE_FEEDS": str(feeds_file), "FEEDLAKE_OUTPUT": str(out), "FEEDLAKE_ALLOW_PRIVATE_NETWORKS": "1",
        "FEEDLAKE_PER_HOST_DELAY": "0", "FEEDLAKE_BATCH_SIZE": "200", "FEEDLAKE_CONCURRENCY": "16",
    })
    migrate(env)
    with PeakRss() as rss:
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
    return Result(feeds, listed, articles, errors, listed - covered, wall, rss.peak / 2**20, result["state"])


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
          f"{'entries/s':>9} {'peak RSS MB':>11} {'state':>8}")
    for r in results:
        print(f"{r.feeds:>6} {r.entries:>8} {r.articles:>8} {r.errors:>6} {r.missing:>5} {r.wall:>8.1f} "
              f"{r.entries / r.wall:>9.1f} {r.peak_rss_mb:>11.0f} {r.state:>8}")
    full = results[-1]
    print(f"\nfull vs baseline ({full.feeds} vs {base.feeds} feeds, {full.entries / base.entries:.0f}× the entries):")
    print(f"  wall time per entry: {(full.wall / full.entries) / (base.wall / base.entries):.2f}× the baseline's")
    print(f"  peak RSS:            {full.peak_rss_mb / base.peak_rss_mb:.2f}× the baseline's")
    print(f"  entries lost:        {full.missing} (every listed entry is an article or an error row)")


if __name__ == "__main__":
    main()
