"""Crash safety: killed commits, S3 outages and repeated runs never lose or duplicate a row."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from feedlake.cli import main
from feedlake.dedup_stage import dedup_stage
from feedlake.demo.sample_server import SampleSite, serve_sample_site
from feedlake.pipeline import fetch_stage, poll_stage
from feedlake.settings import Settings
from feedlake.stage import RunContext
from storage.uri import open_store
from tests.faultproxy import FaultProxy
from tests.helpers import dataset, mirror


@pytest.fixture
def site() -> Iterator[SampleSite]:
    with serve_sample_site() as s:
        yield s


@pytest.fixture(autouse=True)
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))


def cli(feeds: Path, output: str, *extra: str) -> int:
    return main(["run", "--feeds", str(feeds), "--output", output, "--allow-private-networks", *extra])


def cli_subprocess(feeds: Path, output: str, failpoint: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "FEEDLAKE_FAILPOINTS": failpoint}
    return subprocess.run([sys.executable, "-m", "feedlake.cli", "run", "--feeds", str(feeds), "--output", output,
                           "--allow-private-networks"], env=env, capture_output=True, text=True, timeout=300)


def assert_exactly_once(root: Path, site: SampleSite) -> None:
    """Every listed entry is in articles or errors; no article, and no entry error, twice."""
    articles = dataset(root, "articles").to_pylist()
    errors = [e for e in dataset(root, "errors").to_pylist() if e["stage"] != "poll"]
    urls = [a["url"] for a in articles]
    assert len(urls) == len(set(urls)), "an article was written twice"
    assert len({a["article_id"] for a in articles}) == len(articles)
    error_keys = [(e["url"], e["stage"]) for e in errors]
    assert len(error_keys) == len(set(error_keys)), "an error row was written twice"
    error_urls = {e["url"] for e in errors}
    for entry in site.expected.entries:
        assert site.url(entry.id) in set(urls) | error_urls, entry.id
    assert len(articles) == len(site.expected.articles)


# Killed after recording state but before a table's commit, a run shows readers nothing of that table;
# killed after the articles' commit, its articles, once.  Either way the next pass rolls it forward.
KILL_POINTS = {"commit_before_state_push": 0, "commit_after_state": 0, "commit_after_articles": None,
               "commit_after_clusters": None}


@pytest.mark.parametrize("point", list(KILL_POINTS))
def test_killed_commit_is_rolled_forward(point: str, site: SampleSite, s3_env: str, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    feeds = site.write_feeds_file(tmp_path / "feeds.yaml")
    output = f"s3://{s3_env}/lake"
    proc = cli_subprocess(feeds, output, point)
    assert proc.returncode == 137, proc.stderr[-2000:]
    store = open_store(output)
    assert any(k.endswith("/commit.json") for k in store.list("_staging/"))
    live = dataset(mirror(output, tmp_path / "after-kill"), "articles").num_rows
    expected = KILL_POINTS[point]
    assert live == (len(site.expected.articles) if expected is None else expected)

    # the killed pass's lease names a process that is gone: the next pass takes the output over at once
    assert cli(feeds, output) == 0, capsys.readouterr().err  # and finishes the interrupted commit first
    assert_exactly_once(mirror(output, tmp_path / "after-retry"), site)
    assert store.list("_staging/") == []
    site.server.clear_log()
    assert cli(feeds, output) == 0  # and the state it recorded is the real one: nothing is new
    pages = [r for r in site.server.requests if r.path not in {f.path for f in site.expected.feeds}]
    assert pages == []


def test_killed_fetch_leaves_nothing_published(site: SampleSite, tmp_path: Path) -> None:
    """A pass that dies before its commit published nothing; the next pass ingests everything once."""
    feeds = site.write_feeds_file(tmp_path / "feeds.yaml")
    out = tmp_path / "lake"
    settings = Settings.load({"feeds": str(feeds), "output": str(out), "allow_private_networks": True,
                              "lease_minutes": 0.01})
    ctx = RunContext.open(settings, "dead-run")
    polled = poll_stage(ctx)
    fetch_stage(ctx, [polled.batches[0].key])  # ...then the worker is lost
    assert not (out / "articles").exists()
    time.sleep(1.0)  # its run's lease (0.6 s here) expires: nobody renews it
    assert cli(feeds, str(out)) == 0
    assert_exactly_once(out, site)


def test_s3_errors_and_outage(site: SampleSite, s3_env: str, s3_endpoint: str, tmp_path: Path,
                              monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    feeds = site.write_feeds_file(tmp_path / "feeds.yaml")
    output = f"s3://{s3_env}/lake"
    with FaultProxy(s3_endpoint) as proxy:
        monkeypatch.setenv("AWS_ENDPOINT_URL", proxy.url)
        settings = Settings.load({"feeds": str(feeds), "output": output, "allow_private_networks": True,
                                  "lease_minutes": 0.01})

        # Transient 500s and dropped connections are retried by the client: the pass completes.
        proxy.fail(2, "500")
        run_a = RunContext.open(settings, "run-a")
        polled = poll_stage(run_a)
        proxy.fail(2, "drop")
        for batch in polled.batches:
            fetch_stage(run_a, [batch.key])
        assert proxy.failed == 4

        # A real outage in the middle of the pass fails the stage; nothing is published.
        proxy.outage(True)
        with pytest.raises(Exception):  # noqa: B017 (botocore's error type is not the point)
            dedup_stage(run_a)
        assert cli(feeds, output) == 2  # a pass that cannot reach the bucket stops at once, with one line
        assert "not reachable" in capsys.readouterr().err
        proxy.outage(False)
        time.sleep(1.0)  # run-a's lease expires: nobody renews it

        assert proxy.forwarded > 0
        assert cli(feeds, output) == 0
        assert_exactly_once(mirror(output, tmp_path / "out"), site)


def test_same_run_twice_writes_once(site: SampleSite, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    feeds = site.write_feeds_file(tmp_path / "feeds.yaml")
    out = tmp_path / "lake"
    assert cli(feeds, str(out), "--run-id", "scheduled__2026-11-25T10:00:00+00:00", "--json") == 0
    first = capsys.readouterr().out
    files = sorted(p.relative_to(out) for p in out.rglob("*.parquet"))
    assert cli(feeds, str(out), "--run-id", "scheduled__2026-11-25T10:00:00+00:00", "--json") == 0
    second = capsys.readouterr().out
    assert sorted(p.relative_to(out) for p in out.rglob("*.parquet")) == files
    assert_exactly_once(out, site)
    strip = [ln for ln in first.splitlines() if "wall_seconds" not in ln]
    assert [ln for ln in second.splitlines() if "wall_seconds" not in ln] == strip
