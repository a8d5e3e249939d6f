"""Polling throughput: feedlake's poll stage against a sequential ``feedparser.parse(url)`` loop.

    python -m bench.poll [--feeds 5000] [--sample 300] [--hosts 8]

Feed servers run in a separate process on 127.0.0.10-17 (``bench.feedserver``):
5,000 RSS feeds of 20 entries.  Pass 1: all 200, except 2% slow (1 s) and 1% 429
with Retry-After, both spread evenly over the hosts.  Pass 2: 80% answer 304 to
the stored ETag, 20% changed (200).

Each pass runs ``feedlake.polling.poll_feeds`` (what the poll stage runs: due
check, concurrent conditional GETs, parsing, identity ladder against the seen
table, next_poll_at) over all feeds, then the baseline over a fixed random
sample of the same feeds on the same servers in the same state: one
``feedparser.parse(url)`` after another (pass 2 passes the ETag it got in pass
1, so it gets its 304s too), extrapolated to feeds/s.  The peaks of open
connections and requests in flight per host are counted by the servers.
"""

from __future__ import annotations

import argparse
import logging
import os
import random
import resource
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

import feedparser

from bench.feedserver import FeedServerProcess, Plan
from feedlake.polling import client_for, poll_feeds, process_count, seen_row
from feedlake.settings import Settings
from ingest.feed_state import StateStore
from ingest.feeds_file import FeedSpec
from records import utcnow


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)  # the polling processes, once they have exited
    return usage.ru_utime + usage.ru_stime


def baseline(server: FeedServerProcess, sample: list[int], etags: dict[int, str]) -> float:
    """Feeds/s of a sequential feedparser loop over ``sample`` (records the ETags it gets)."""
    started = time.perf_counter()
    for n in sample:
        parsed = feedparser.parse(server.url(n), etag=etags.get(n))
        if parsed.get("etag"):
            etags[n] = parsed["etag"]
    return len(sample) / (time.perf_counter() - started)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--feeds", type=int, default=5000)
    ap.add_argument("--sample", type=int, default=300, help="feeds in the sequential baseline's sample")
    ap.add_argument("--hosts", type=int, default=8)
    ap.add_argument("--concurrency", type=int, default=None, help="threads (default: the setting's default)")
    ap.add_argument("--processes", type=int, default=None,
                    help="poll_processes: parsing processes, 1 for none (default: the setting's)")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.ERROR)
    logging.getLogger("feedlake.polling").setLevel(logging.INFO)  # its timing line: polling vs deciding

    plan = Plan(args.feeds, tuple(f"127.0.0.{10 + i}" for i in range(args.hosts)))
    server = FeedServerProcess(plan)
    settings = Settings(allow_private_networks=True, per_host_delay=0.0, http_retries=1)
    if args.concurrency:
        settings = settings.replace(concurrency=args.concurrency)
    if args.processes is not None:
        settings = settings.replace(poll_processes=args.processes)
    specs = [FeedSpec(server.url(n), f"feed-{n}") for n in range(args.feeds)]
    sample = sorted(random.Random(11).sample(range(args.feeds), min(args.sample, args.feeds)))
    etags: dict[int, str] = {}
    print(f"{args.feeds} feeds x 20 entries on {args.hosts} hosts (127.0.0.10-{9 + args.hosts}), server in pid "
          f"{server._proc.pid}; per_host_concurrency={settings.per_host_concurrency}, "
          f"concurrency={settings.concurrency} threads, poll_processes={settings.poll_processes or 'auto'} "
          f"(a pool of {process_count(settings, args.feeds)} in a pass where most polls bring a new body), "
          f"per_host_delay=0 "
          f"(625 feeds on one host is a benchmark shape, not a real one)")
    print(f"pass 1: {len(plan.slow)} slow ({plan.slow_seconds:g} s), {len(plan.throttled)} answer 429; "
          f"pass 2: {len(plan.changed)} changed, the rest 304")
    slow_by_host = Counter(plan.host(n) for n in plan.slow)
    if slow_by_host:
        host, count = slow_by_host.most_common(1)[0]
        floor = count * plan.slow_seconds / settings.per_host_concurrency
        print(f"pass 1 floor: {host} has {count} slow feeds; {settings.per_host_concurrency} at a time, they alone "
              f"take {floor:.1f} s, so no poller that holds the per-host limit beats {args.feeds / floor:,.0f} feeds/s")
    rows: list[dict[str, Any]] = []
    try:
        with tempfile.TemporaryDirectory() as tmp:
            state = StateStore(Path(tmp) / "feeds.sqlite")
            for pass_no in (1, 2):
                server.control("pass", str(pass_no))
                server.control("reset")
                run_id = f"bench-{pass_no}"
                # Pass 2 follows pass 1 at once, before any feed is due: force, as `feedlake run --force` does.
                pass_settings = settings.replace(force=pass_no == 2)
                server_cpu = float(server.control("stats")["cpu_seconds"])  # type: ignore[arg-type]
                started, cpu = time.perf_counter(), time.process_time()
                child_cpu = _children_cpu()
                with client_for(pass_settings) as client:
                    result = poll_feeds(pass_settings, state, specs, run_id, client)
                elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
                child_cpu = _children_cpu() - child_cpu
                stats = server.control("stats")
                server_cpu = float(stats["cpu_seconds"]) - server_cpu  # type: ignore[arg-type]
                now = utcnow().isoformat()
                state.commit_run(run_id, now, {}, result.rows,
                                 [seen_row(e, "article", None, run_id, now) for e in result.new])
                base = baseline(server, sample, etags)
                rate = args.feeds / elapsed
                peak_open: dict[str, int] = stats["peak_open"]  # type: ignore[assignment]
                peak_inflight: dict[str, int] = stats["peak_inflight"]  # type: ignore[assignment]
                rows.append({"pass": pass_no, "rate": rate, "elapsed": elapsed, "base": base,
                             "statuses": Counter(s.status for s in result.statuses),
                             "http": stats["statuses"], "new": len(result.new),
                             "open": max(peak_open.values()), "inflight": max(peak_inflight.values())})
                ok = max(peak_inflight.values()) <= settings.per_host_concurrency
                print(f"\npass {pass_no}: {args.feeds} feeds in {elapsed:.2f} s = {rate:,.0f} feeds/s; "
                      f"{len(result.new):,} new entries; feed statuses {dict(rows[-1]['statuses'])}; "
                      f"server answered {stats['statuses']}")
                print(f"  CPU: poller {cpu:.2f} s + its child processes {child_cpu:.2f} s = "
                      f"{(cpu + child_cpu) / args.feeds * 1000:.2f} ms/feed; feed server {server_cpu:.2f} s; "
                      f"{os.cpu_count()} cores")
                print(f"  peak per host (server-side): requests in flight {peak_inflight}, "
                      f"open connections {peak_open} -> limit {settings.per_host_concurrency} "
                      f"{'held' if ok else 'EXCEEDED'}")
                print(f"  baseline: sequential feedparser.parse(url) over a fixed random sample of {len(sample)} "
                      f"of the same feeds: {base:,.0f} feeds/s (extrapolated from the sample) -> ratio "
                      f"{rate / base:.1f}x")
            state.close()
    finally:
        server.close()
    print("\n| pass | feeds/s | baseline feeds/s | ratio | peak in flight/host | peak connections/host |")
    print("|---|---|---|---|---|---|")
    for r in rows:
        print(f"| {r['pass']} | {r['rate']:,.0f} | {r['base']:,.0f} | {r['rate'] / r['base']:.1f}x | "
              f"{r['inflight']} | {r['open']} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
