"""A pass fetches every host at once and extracts on every core, and writes what a serial pass writes."""

from __future__ import annotations

import multiprocessing
import re
import subprocess
import sys
import threading
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from feedlake.cli import main
from feedlake.demo.sample_server import SampleSite, serve_sample_site
from ingest.politeness import HostQueue
from records import Entry
from tests.helpers import dataset

# Columns that differ between two passes by their nature: when, and which pass.
VOLATILE = {"fetched_at", "occurred_at", "polled_at", "next_poll_at", "first_seen", "last_seen", "run_id",
            "ingest_date", "updated_at", "last_polled_at", "last_success_at", "last_error_at"}


@pytest.fixture
def site() -> Iterator[SampleSite]:
    with serve_sample_site() as s:
        yield s


def run(feeds: Path, out: Path, *settings: str) -> int:
    extra = [arg for s in settings for arg in ("--set", s)]
    return main(["run", "--feeds", str(feeds), "--output", str(out), "--allow-private-networks", "--json", *extra])


# An error's retry mark names when it is retried: now plus the backoff, so it is volatile too.
RETRY_AT = re.compile(r"retried from \d{4}-\d\d-\d\dT\d\d:\d\dZ")


def rows(out: Path, name: str) -> list[dict[str, Any]]:
    table = dataset(out, name)
    keep = [c for c in table.column_names if c not in VOLATILE]
    found = table.select(keep).to_pylist()
    for r in found:
        if isinstance(r.get("error"), str):
            r["error"] = RETRY_AT.sub("retried from <when>", r["error"])
    return sorted(found, key=repr)


def test_a_parallel_pass_writes_the_rows_of_a_serial_one(site: SampleSite, tmp_path: Path) -> None:
    feeds = site.write_feeds_file(tmp_path / "feeds.yaml")
    serial, parallel = tmp_path / "serial", tmp_path / "parallel"
    assert run(feeds, serial, "concurrency=1", "extract_processes=1", "per_host_delay=0") == 0
    assert run(feeds, parallel, "concurrency=16", "extract_processes=3", "per_host_delay=0") == 0
    for name in ("articles", "errors", "feeds", "clusters"):
        expected = rows(serial, name)
        assert expected, f"the serial pass wrote no {name}"
        assert rows(parallel, name) == expected, name
    # the same duplicate decisions, story by story
    assert {(r["article_id"], r["cluster_id"], r["duplicate_of"], r["match_tier"])
            for r in rows(parallel, "articles")} == {(r["article_id"], r["cluster_id"], r["duplicate_of"],
                                                      r["match_tier"]) for r in rows(serial, "articles")}


def test_hosts_are_fetched_at_once_and_each_as_politely_as_before(site: SampleSite, tmp_path: Path) -> None:
    feeds = site.write_feeds_file(tmp_path / "feeds.yaml")
    delay = 0.25
    site.server.clear_log()
    assert run(feeds, tmp_path / "out", f"per_host_delay={delay}", "per_host_concurrency=2") == 0
    feed_paths = {"/" + u.split("/", 3)[3] for u in site.feed_urls}
    pages: dict[str, list[float]] = defaultdict(list)
    every: dict[str, list[float]] = defaultdict(list)
    for r in site.server.log_snapshot():
        every[r.host].append(r.time)
        if not r.path.startswith("/robots.txt") and r.path not in feed_paths:
            pages[r.host].append(r.time)
    busy = {h: sorted(t) for h, t in pages.items() if len(t) >= 3}
    assert len(busy) >= 2, f"the sample site should put several pages on several hosts: {dict(pages)}"
    # every host's pages began before any other host's pages were done: hosts overlap, not one after another
    last_start = max(t[0] for t in busy.values())
    first_end = min(t[-1] for t in busy.values())
    assert last_start < first_end, {h: (t[0], t[-1]) for h, t in busy.items()}
    # and no host got two requests closer together than its delay (feed polls, robots.txt, pages alike)
    for host, times in every.items():
        times.sort()
        gaps = [b - a for a, b in zip(times, times[1:], strict=False)]
        assert min(gaps, default=delay) >= delay - 0.02, (host, min(gaps))


def entry(url: str) -> Entry:
    return Entry(feed_url="http://f/feed", feed_name="f", entry_key=url, url=url, title=None, author=None,
                 published_at=None, feed_content=None)


def test_host_queue_gives_each_host_its_slots_and_no_more() -> None:
    items = [(i, entry(f"http://h{i % 3}.example/{i}")) for i in range(30)]
    queue = HostQueue(items, lambda item: urlsplit(item[1].url).hostname or "", per_host=2)
    taken = [queue.take() for _ in range(6)]
    assert sorted(t[0] for t in taken if t) == ["h0.example"] * 2 + ["h1.example"] * 2 + ["h2.example"] * 2
    got: list[object] = []
    waiter = threading.Thread(target=lambda: got.append(queue.take()))
    waiter.start()
    waiter.join(0.2)
    assert waiter.is_alive() and not got  # every host is at its limit: the seventh thread waits
    queue.done("h1.example")
    waiter.join(2)
    assert got and got[0][0] == "h1.example"  # type: ignore[index]


def test_a_pass_loads_the_dedup_stage_while_its_pages_are_fetched(site: SampleSite, tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """The CLI's pass loads what its dedup stage needs (numba, the kernels) in a thread during the fetch: after
    the extraction pool has forked (its children already exist), before the fetch stage returns."""
    from feedlake import pipeline

    fetching = threading.Event()
    seen: list[tuple[str, bool, bool]] = []
    real_fetch, real_ready = pipeline.fetch_entries, pipeline._ready_to_dedup

    def watched_fetch(*args: Any, **kwargs: Any) -> Iterator[Any]:
        fetching.set()
        try:
            yield from real_fetch(*args, **kwargs)
        finally:
            fetching.clear()

    def watched_ready() -> None:
        forked = {p.pid for p in multiprocessing.active_children()} - earlier  # the extraction pool's
        seen.append((threading.current_thread().name, fetching.is_set(), len(forked) >= 2))
        real_ready()

    monkeypatch.setattr(pipeline, "fetch_entries", watched_fetch)
    monkeypatch.setattr(pipeline, "_ready_to_dedup", watched_ready)
    feeds = site.write_feeds_file(tmp_path / "feeds.yaml")
    earlier = {p.pid for p in multiprocessing.active_children()}  # other tests' processes, if any
    assert run(feeds, tmp_path / "out", "extract_processes=2", "per_host_delay=0") == 0
    assert seen == [("fetch-alongside", True, True)]
    assert rows(tmp_path / "out", "articles")


def test_work_alongside_the_fetch_that_fails_leaves_the_pass_to_do_it(site: SampleSite, tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch,
                                                                     caplog: pytest.LogCaptureFixture) -> None:
    from feedlake import pipeline

    def broken() -> None:
        raise OSError("no space left for the kernel cache")

    monkeypatch.setattr(pipeline, "_ready_to_dedup", broken)
    feeds = site.write_feeds_file(tmp_path / "feeds.yaml")
    assert run(feeds, tmp_path / "serial", "concurrency=1", "extract_processes=1", "per_host_delay=0") == 0
    assert "work alongside the fetch failed" in caplog.text and "no space left" in caplog.text
    assert rows(tmp_path / "serial", "articles")


def test_the_commands_and_the_fetch_stage_start_without_numba() -> None:
    """A cold process (every Airflow task, every CLI run) does not import numba and the dedup kernels unless
    it dedups: the CLI's entry point, the poll and fetch stages and the DAG's task code."""
    code = ("import sys, feedlake.cli, feedlake.pipeline, feedlake.errors; "
            "print(sorted(m for m in sys.modules if m == 'numba' or m.startswith('dedup.')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "['dedup.errors']"
