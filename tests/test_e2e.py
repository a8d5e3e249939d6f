"""End to end: the sample site on loopback hosts → `feedlake run` → Parquet on an S3 server over HTTP."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from feedlake.cli import main
from feedlake.demo.sample_server import SampleSite, serve_sample_site
from tests.helpers import dataset, duck, mirror


@pytest.fixture
def site() -> Iterator[SampleSite]:
    with serve_sample_site() as s:
        yield s


@pytest.fixture
def isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))  # the S3 state cache
    return tmp_path


def run(feeds: Path, output: str, *extra: str) -> int:
    return main(["run", "--feeds", str(feeds), "--output", output, "--allow-private-networks", "--json", *extra])


def test_two_passes_to_s3(site: SampleSite, s3_env: str, isolated: Path) -> None:
    exp = site.expected
    feeds = site.write_feeds_file(isolated / "feeds.yaml")
    output = f"s3://{s3_env}/lake"
    assert run(feeds, output) == 0
    root = mirror(output, isolated / "pass1")

    articles = dataset(root, "articles")
    errors = dataset(root, "errors")
    assert articles.num_rows == len(exp.articles)
    assert articles.schema.field("fetched_at").type == pa.timestamp("us", tz="UTC")
    first_file = next((root / "articles").glob("*/*.parquet"))
    assert pq.ParquetFile(first_file).metadata.row_group(0).column(0).compression == "ZSTD"
    rows = {r["url"]: r for r in articles.to_pylist()}

    # Every article keeps its story and loses what its republisher added.
    for entry_id in exp.articles:
        e = exp.entry(entry_id)
        row = rows[site.url(entry_id)]
        for paragraph in e.body:
            assert paragraph in row["text"], (entry_id, paragraph[:60])
        for piece in e.boilerplate:
            assert piece not in row["text"], (entry_id, piece[:60])
        assert row["text_source"] == e.text_source
        assert row["source"] == site.host(e.source)
        assert row["article_id"] and row["published_at"] is not None

    # Copies share the original's cluster, whose id is the original's article id.
    clusters = {}
    for group in exp.duplicate_groups:
        original = rows[site.url(group[0])]
        assert original["duplicate_of"] is None and original["cluster_id"] == original["article_id"]
        for copy_id in group[1:]:
            copy = rows[site.url(copy_id)]
            assert copy["cluster_id"] == original["article_id"], copy_id
            assert copy["duplicate_of"] is not None and copy["similarity"] >= 0.5
            assert copy["match_tier"] in ("text_hash", "minhash_jaccard", "minhash_containment")
        clusters[original["article_id"]] = len(group)
    singletons = [r for r in rows.values() if r["cluster_id"] not in clusters]
    assert len({r["cluster_id"] for r in singletons}) == len(singletons)

    # Every entry a working feed listed is an article or an error; failures are explained.
    error_urls = {r["url"]: r for r in errors.to_pylist()}
    for entry in exp.entries:
        assert site.url(entry.id) in rows or site.url(entry.id) in error_urls, entry.id
    for entry_id in exp.error_only + exp.feed_fallback:
        assert error_urls[site.url(entry_id)]["stage"] == "fetch"
    failing = [f for f in exp.feeds if not f.ok]
    for f in failing:
        assert error_urls[site.feed_url(f.id)]["stage"] == "poll"
    assert errors.num_rows == exp.n_error_rows

    # DuckDB reads the same partitions.
    assert duck(root, "SELECT count(*), count(DISTINCT cluster_id) FROM articles")[0] == (
        len(exp.articles), len(exp.articles) - sum(len(g) - 1 for g in exp.duplicate_groups))
    assert duck(root, "SELECT count(*) FROM feeds WHERE status = 'error'")[0][0] == len(failing)

    # Second pass: conditional GET, no page fetched again, no row written again.
    # --force: straight after the first pass no feed is due yet (tests/test_poll_schedule.py covers that).
    site.server.clear_log()
    assert run(feeds, output, "--force") == 0
    feed_paths = {f.path for f in exp.feeds}
    polled = [r for r in site.server.requests if r.path in feed_paths and r.status == 304]
    assert len(polled) == exp.n_ok_feeds
    assert all("if-none-match" in r.headers for r in polled)
    pages = [r for r in site.server.requests if r.path not in feed_paths]
    assert pages == []
    root2 = mirror(output, isolated / "pass2")
    assert dataset(root2, "articles").num_rows == len(exp.articles)
    feeds_rows = dataset(root2, "feeds").to_pylist()
    assert len(feeds_rows) == 2 * exp.n_feeds
    assert sorted(r["status"] for r in feeds_rows if r["run_id"] != articles.column("run_id")[0].as_py()) == sorted(
        ["not_modified"] * exp.n_ok_feeds + ["error"] * len(failing))


def test_new_entry_on_second_pass_is_fetched_once(site: SampleSite, tmp_path: Path) -> None:
    """A local-directory output: an entry that appears between passes is the only page fetched."""
    exp = site.expected
    feed = next(f for f in exp.feeds if f.ok and f.path.endswith(".xml") and len(f.entries) > 1)
    host = site.host(feed.source)
    full = site.server.lookup(host, feed.path)
    assert full is not None and b"<item>" in full.body
    start = full.body.index(b"<item>")
    end = full.body.index(b"</item>", start) + len(b"</item>")
    site.server.add(host, feed.path, replace(full, body=full.body[:start] + full.body[end:]))
    feeds = site.write_feeds_file(tmp_path / "feeds.yaml")
    out = tmp_path / "lake"
    assert run(feeds, str(out)) == 0
    before = dataset(out, "articles").num_rows
    assert before == len(exp.articles) - 1

    site.server.add(host, feed.path, full)
    site.server.clear_log()
    assert run(feeds, str(out), "--force") == 0
    feed_paths = {f.path for f in exp.feeds}
    pages = [r.path for r in site.server.requests if r.path not in feed_paths and r.path != "/robots.txt"]
    assert pages == [exp.entry(feed.entries[0]).path]
    assert dataset(out, "articles").num_rows == before + 1
    assert (out / "_state" / "feeds.sqlite").exists()


@pytest.mark.parametrize("args, message", [
    (["--feeds", "/nonexistent/feeds.yaml", "--output", "{tmp}/o"], "feeds.yaml does not exist"),
    (["--feeds", "{feeds}", "--output", "ftp://x/y"], "ftp"),
    (["--feeds", "{feeds}", "--output", "s3://no-such-bucket-feedlake/x"], "not reachable"),
    (["--feeds", "{feeds}", "--output", "{tmp}/o", "--set", "concurrency=zero"], "concurrency must be a int"),
])
def test_unusable_input_exits_non_zero_with_one_line(
    args: list[str], message: str, tmp_path: Path, s3_env: str, capsys: pytest.CaptureFixture[str]
) -> None:
    feeds = tmp_path / "feeds.yaml"
    feeds.write_text("feeds:\n  - url: http://127.0.0.2:9/feed.xml\n")
    argv = ["run"] + [a.format(tmp=tmp_path, feeds=feeds) for a in args]
    assert main(argv) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("feedlake: error: ") and "\n" not in err and message in err
