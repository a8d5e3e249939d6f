"""Polling across passes, against real loopback servers: change detection, schedule, redirects, gone and
failing feeds, GUID trouble, robots.txt.  Each test runs whole passes and reads back state and output rows."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from feedlake.demo.siteserver import Resource, SiteServer
from feedlake.pipeline import run_pass
from feedlake.settings import Settings
from ingest.feed_state import FeedState, StateStore
from tests.helpers import dataset

A = "127.0.0.2"
ARTICLE = "<html><head><title>{t}</title></head><body><article><h1>{t}</h1>" + "".join(
    f"<p>Paragraph {i} of a story about {{t}}, long enough to be taken for an article body by the extractor "
    f"and not for a navigation snippet.</p>" for i in range(5)) + "</article></body></html>"


def rss(*items: tuple[str, str, str], channel: str = "") -> bytes:
    """items: (guid, link, title)"""
    body = "".join(f"<item><guid isPermaLink='false'>{g}</guid><link>{link}</link><title>{t}</title>"
                   f"<description>Feed text of {t}.</description></item>" for g, link, t in items)
    return f"<?xml version='1.0'?><rss version='2.0'><channel><title>T</title>{channel}{body}</channel></rss>".encode()


@pytest.fixture
def site() -> Iterator[SiteServer]:
    with SiteServer(hosts=(A,)) as srv:
        for name in ("a", "b", "c"):
            srv.add(A, f"/{name}", Resource(ARTICLE.format(t=f"story {name}").encode()))
        srv.add(A, "/robots.txt", Resource(b"User-agent: *\nDisallow: /private\n", "text/plain"))
        yield srv


class Lake:
    """One output directory, a feeds file naming ``/feed.xml``, and passes run over them."""

    def __init__(self, root: Path, site: SiteServer, path: str = "/feed.xml") -> None:
        self.root, self.site = root / "lake", site
        self.url = site.url(A, path)
        feeds = root / "feeds.yaml"
        feeds.write_text(f"feeds:\n  - url: {self.url}\n    name: test\n")
        self.settings = Settings(feeds=str(feeds), output=str(self.root), allow_private_networks=True,
                                 per_host_delay=0.0, http_retries=0)

    def run(self, force: bool = False, **kw: Any) -> dict[str, Any]:
        self.site.clear_log()
        return run_pass(self.settings.replace(force=force, **kw))

    def state(self) -> FeedState:
        store = StateStore(self.root / "_state" / "feeds.sqlite")
        try:
            return store.feeds()[self.url]
        finally:
            store.close()

    def feeds(self) -> list[dict[str, Any]]:
        return sorted(dataset(self.root, "feeds").to_pylist(), key=lambda r: r["polled_at"])

    def rows(self, name: str) -> list[dict[str, Any]]:
        return dataset(self.root, name).to_pylist()

    def link(self, path: str) -> str:
        return self.site.url(A, path)


@pytest.fixture
def lake(tmp_path: Path, site: SiteServer) -> Lake:
    return Lake(tmp_path, site)


def test_unchanged_body_on_a_200_counts_as_not_modified(lake: Lake, site: SiteServer) -> None:
    site.add(A, "/feed.xml", Resource(rss(("g1", lake.link("/a"), "A")), "application/rss+xml", conditional=False))
    lake.run()
    summary = lake.run(force=True)
    last = lake.feeds()[-1]
    assert (last["status"], last["http_status"], last["content_changed"], last["new_entries"]) == (
        "not_modified", 200, False, 0)
    assert "if-none-match" not in site.requests[0].headers and summary["new_entries"] == 0
    assert len(lake.rows("articles")) == 1


def test_conditional_get_sends_validators_and_treats_304_as_unchanged(lake: Lake, site: SiteServer) -> None:
    site.add(A, "/feed.xml", Resource(rss(("g1", lake.link("/a"), "A")), "application/rss+xml"))
    lake.run()
    lake.run(force=True)
    feed_requests = [r for r in site.requests if r.path == "/feed.xml"]
    assert feed_requests[0].headers["if-none-match"] == lake.state().etag and feed_requests[0].status == 304
    assert (lake.feeds()[-1]["status"], lake.feeds()[-1]["content_changed"]) == ("not_modified", False)


def test_a_pass_skips_feeds_not_due_and_force_polls_them(lake: Lake, site: SiteServer) -> None:
    site.add(A, "/feed.xml", Resource(rss(("g1", lake.link("/a"), "A"), channel="<ttl>120</ttl>"),
                                      "application/rss+xml"))
    lake.run()
    state = lake.state()
    polled_at = state.last_polled_at
    assert state.next_poll_at - polled_at == timedelta(minutes=120)  # the feed's ttl
    summary = lake.run()
    assert site.count(A, "/feed.xml") == 0 and summary["feeds_skipped"] == 1
    skipped = lake.feeds()[-1]
    assert skipped["status"] == "skipped" and skipped["http_status"] is None
    assert skipped["next_poll_at"] == state.next_poll_at
    assert lake.state() == state  # skipping changes nothing
    lake.run(force=True)
    assert site.count(A, "/feed.xml") == 1 and lake.feeds()[-1]["status"] == "not_modified"


@pytest.mark.parametrize("code", [301, 308])
def test_permanent_redirect_moves_the_feed_once_confirmed_by_a_later_poll(lake: Lake, site: SiteServer,
                                                                          code: int) -> None:
    site.add(A, "/feed.xml", Resource(b"", status=code, headers={"Location": "/moved.xml"}))
    site.add(A, "/moved.xml", Resource(rss(("g1", lake.link("/a"), "A")), "application/rss+xml"))
    lake.run()
    first = lake.state()
    assert first.effective_url is None and first.pending_redirect == lake.link("/moved.xml")
    assert lake.feeds()[-1]["redirected_to"] == lake.link("/moved.xml")
    lake.run(force=True)
    assert lake.state().effective_url == lake.link("/moved.xml") and lake.state().pending_redirect is None
    lake.run(force=True)
    assert site.count(A, "/feed.xml") == 0 and site.count(A, "/moved.xml") == 1
    assert lake.feeds()[-1]["feed_url"] == lake.url and lake.feeds()[-1]["effective_url"] == lake.link("/moved.xml")


@pytest.mark.parametrize("code", [302, 307])
def test_temporary_redirect_never_moves_the_feed(lake: Lake, site: SiteServer, code: int) -> None:
    site.add(A, "/feed.xml", Resource(b"", status=code, headers={"Location": "/elsewhere.xml"}))
    site.add(A, "/elsewhere.xml", Resource(rss(("g1", lake.link("/a"), "A")), "application/rss+xml"))
    for _ in range(3):
        lake.run(force=True)
        assert site.count(A, "/feed.xml") == 1
    assert lake.state().effective_url is None and lake.state().pending_redirect is None
    assert lake.feeds()[-1]["redirected_to"] == lake.link("/elsewhere.xml")


def test_redirect_loop_is_a_poll_error(lake: Lake, site: SiteServer) -> None:
    site.add(A, "/feed.xml", Resource(b"", status=302, headers={"Location": "/loop.xml"}))
    site.add(A, "/loop.xml", Resource(b"", status=302, headers={"Location": "/feed.xml"}))
    lake.run()
    assert [(e["stage"], e["error_type"]) for e in lake.rows("errors")] == [("poll", "too_many_redirects")]


def test_410_disables_the_feed_visibly_until_forced(lake: Lake, site: SiteServer) -> None:
    site.add(A, "/feed.xml", Resource(b"gone", status=410))
    summary = lake.run()
    row = lake.feeds()[-1]
    assert (row["status"], row["disabled"], row["flag"], row["http_status"]) == ("gone", True, "gone", 410)
    assert lake.state().disabled and summary["feeds_disabled"] == 1 and lake.url in summary["flagged_feeds"]
    assert [e["error_type"] for e in lake.rows("errors")] == ["gone"]
    summary = lake.run(force=False)
    assert site.count(A, "/feed.xml") == 0 and lake.feeds()[-1]["status"] == "disabled"
    assert summary["feeds_disabled"] == 1 and summary["flagged_feeds"][lake.url].startswith("test: gone")
    site.add(A, "/feed.xml", Resource(rss(("g1", lake.link("/a"), "A")), "application/rss+xml"))
    lake.run(force=True)
    assert lake.feeds()[-1]["status"] == "ok" and not lake.state().disabled


def test_404_is_flagged_in_the_feeds_rows_and_the_summary(lake: Lake, site: SiteServer) -> None:
    summary = lake.run()  # no route: the site answers 404
    row = lake.feeds()[-1]
    assert (row["status"], row["http_status"], row["flag"], row["consecutive_failures"]) == ("error", 404,
                                                                                             "not_found", 1)
    assert summary["flagged_feeds"][lake.url].startswith("test: not_found") and lake.url in summary["failing_feeds"]


def test_failures_back_off_with_jitter_are_flagged_and_recover(lake: Lake, site: SiteServer) -> None:
    site.add(A, "/feed.xml", Resource(b"down", status=500))
    gaps = []
    for n in (1, 2, 3, 4):
        lake.run(force=True)
        state = lake.state()
        assert state.consecutive_failures == n
        gap = (state.next_poll_at - state.last_polled_at)
        gaps.append(gap.total_seconds())
        expected = lake.settings.min_poll_interval * 2 ** (n - 1)
        assert 0.75 * expected <= gaps[-1] <= 1.25 * expected
    assert [r["flag"] for r in lake.feeds()] == [None, None, "failing", "failing"]
    site.add(A, "/feed.xml", Resource(rss(("g1", lake.link("/a"), "A")), "application/rss+xml"))
    lake.run(force=True)
    assert lake.state().consecutive_failures == 0 and lake.feeds()[-1]["flag"] is None
    assert len(lake.rows("articles")) == 1


def test_backoff_is_capped_so_a_feed_is_never_dropped(lake: Lake, site: SiteServer) -> None:
    site.add(A, "/feed.xml", Resource(b"down", status=503))
    lake.settings = lake.settings.replace(max_poll_interval=900.0)
    for _ in range(6):
        lake.run(force=True)
    state = lake.state()
    gap = state.next_poll_at - state.last_polled_at
    assert state.consecutive_failures == 6 and gap <= timedelta(seconds=900)


@pytest.mark.parametrize("retry_after, expected", [("600", 600.0), ("999999", 86400.0), ("5", 300.0)])
def test_429_waits_for_retry_after_within_bounds_without_retrying_now(lake: Lake, site: SiteServer,
                                                                      retry_after: str, expected: float) -> None:
    site.add(A, "/feed.xml", Resource(b"slow down", status=429, headers={"Retry-After": retry_after}))
    lake.run(http_retries=2)
    assert site.count(A, "/feed.xml") == 1
    state = lake.state()
    gap = state.next_poll_at - state.last_polled_at
    assert gap.total_seconds() == expected and lake.feeds()[-1]["http_status"] == 429


def test_reissued_guids_and_edited_titles_do_not_create_second_articles(lake: Lake, site: SiteServer) -> None:
    site.add(A, "/feed.xml", Resource(rss(("g1", lake.link("/a"), "A"), ("g2", lake.link("/b"), "B")),
                                      "application/rss+xml"))
    lake.run()
    assert len(lake.rows("articles")) == 2 and lake.state().identity == "guid"
    # Every GUID re-issued, titles edited, tracking parameters added; one genuinely new story.
    site.add(A, "/feed.xml", Resource(rss(("x1", lake.link("/a") + "?utm_source=rss", "A, updated"),
                                          ("x2", lake.link("/b"), "B"), ("x3", lake.link("/c"), "C")),
                                      "application/rss+xml"))
    summary = lake.run(force=True)
    assert summary["new_entries"] == 1 and len(lake.rows("articles")) == 3
    assert lake.state().identity == "link"
    assert sorted(r["url"] for r in lake.rows("articles")) == [lake.link(p) for p in ("/a", "/b", "/c")]


def test_duplicated_guids_within_a_feed_fall_back_to_links(lake: Lake, site: SiteServer) -> None:
    site.add(A, "/feed.xml", Resource(rss(("same", lake.link("/a"), "A"), ("same", lake.link("/b"), "B")),
                                      "application/rss+xml"))
    lake.run()
    assert len(lake.rows("articles")) == 2 and lake.state().identity == "link"


def test_robots_disallowed_page_falls_back_to_feed_content(lake: Lake, site: SiteServer) -> None:
    site.add(A, "/private/x", Resource(ARTICLE.format(t="secret").encode()))
    site.add(A, "/feed.xml", Resource(rss(("g1", lake.link("/private/x"), "P"), ("g2", lake.link("/a"), "A")),
                                      "application/rss+xml"))
    lake.run()
    assert site.count(A, "/private/x") == 0 and site.count(A, "/robots.txt") == 1 and site.count(A, "/a") == 1
    errors = lake.rows("errors")
    assert [(e["stage"], e["error_type"]) for e in errors] == [("fetch", "robots_disallowed")]
    articles = {a["url"]: a for a in lake.rows("articles")}
    assert articles[lake.link("/private/x")]["text_source"] == "feed"
    assert articles[lake.link("/a")]["text_source"] == "page"


def test_an_old_state_file_gains_the_new_columns(tmp_path: Path) -> None:
    path = tmp_path / "feeds.sqlite"
    db = sqlite3.connect(path)
    db.executescript("""
        CREATE TABLE feeds (feed_url TEXT PRIMARY KEY, etag TEXT, last_modified TEXT, last_polled_at TEXT,
            last_status TEXT, last_http_status INTEGER, consecutive_failures INTEGER NOT NULL DEFAULT 0,
            last_error TEXT);
        CREATE TABLE seen (feed_url TEXT NOT NULL, entry_key TEXT NOT NULL, url TEXT NOT NULL, outcome TEXT NOT NULL,
            article_id TEXT, run_id TEXT NOT NULL, seen_at TEXT NOT NULL, PRIMARY KEY (feed_url, entry_key));
        INSERT INTO feeds VALUES ('http://f/x.xml', '"e1"', NULL, '2026-11-01T00:00:00+00:00', 'ok', 200, 0, NULL);
        INSERT INTO seen VALUES ('http://f/x.xml', 'g1', 'http://f/a', 'article', 'id1', 'r1', '2026-11-01');
    """)
    db.commit()
    db.close()
    store = StateStore(path)
    try:
        row = store.feeds()["http://f/x.xml"]
        assert (row.etag, row.next_poll_at, row.disabled, row.identity) == ('"e1"', None, False, "guid")
        assert store.seen_in_feed("http://f/x.xml") == ({"g1"}, set(), set())
        assert store.seen_urls(["http://f/a"]) == {"http://f/a"}
    finally:
        store.close()


def test_parsing_in_a_pool_of_processes_gives_the_same_rows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                             caplog: pytest.LogCaptureFixture) -> None:
    """New bodies parsed by the pool, the rest in the polling threads: the same rows as all in one process.

    The pool starts when most of the first polls bring a new body (pass 1), not when most are unchanged (pass 2).
    """
    import feedlake.polling as polling

    monkeypatch.setattr(polling, "MIN_FEEDS_FOR_POOL", 1)
    monkeypatch.setattr(polling, "POOL_PROBE", 4)  # the first polls: feeds, each host's listed first
    with SiteServer(hosts=("127.0.0.3", "127.0.0.4")) as other:
        urls = []
        for host in other.hosts:
            for n in range(3):
                other.add(host, f"/f{n}.xml", Resource(rss((f"{host}-{n}", f"http://{host}/story-{n}", "S")),
                                                       "application/rss+xml"))
                urls.append(other.url(host, f"/f{n}.xml"))
            other.add(host, "/page.xml", Resource(b"<html><body>not a feed</body></html>", "text/html"))
            other.add(host, "/gone.xml", Resource(b"missing", "text/plain", status=404))
            urls += [other.url(host, "/page.xml"), other.url(host, "/gone.xml")]
        feeds = tmp_path / "feeds.yaml"
        feeds.write_text("feeds:\n" + "".join(f"  - url: {u}\n" for u in urls))
        runs = {}
        for processes in (1, 2):
            settings = Settings(feeds=str(feeds), output=str(tmp_path / "lake"), allow_private_networks=True,
                                per_host_delay=0.0, poll_processes=processes)
            store = StateStore(tmp_path / f"state-{processes}.sqlite")
            try:
                passes = []
                for run_id in ("r1", "r2"):  # the second pass: the same bodies, nothing to parse but the page
                    caplog.clear()
                    with caplog.at_level("INFO", logger="feedlake.polling"), polling.client_for(settings) as client:
                        result = polling.poll_feeds(settings.replace(force=True), store, polling_specs(feeds),
                                                    run_id, client)
                    store.commit_run(run_id, "2026-11-25T00:00:00+00:00", {}, result.rows,
                                     [polling.seen_row(e, "article", None, run_id, "2026-11-25T00:00:00+00:00")
                                      for e in result.new])
                    passes.append(result)
                    assert ("parsing in 2 processes" in caplog.text) == (processes == 2 and run_id == "r1")
            finally:
                store.close()
            runs[processes] = [([(s.feed_url, s.status, s.http_status, s.new_entries, s.flag) for s in r.statuses],
                                sorted((e.entry_key, e.url, e.title) for e in r.new),
                                sorted((e.url, e.error_type) for e in r.errors)) for r in passes]
        assert runs[1] == runs[2]
        first, second = runs[2]
        assert [s[0] for s in first[0]] == urls
        assert sorted(e[1] for e in first[1]) == sorted(f"http://{h}/story-{n}" for h in other.hosts
                                                        for n in range(3))
        assert {(u.rsplit("/", 1)[1], kind) for u, kind in first[2]} == {("page.xml", "parse_error"),
                                                                          ("gone.xml", "http_status")}
        assert second[1] == [] and {s[1] for s in second[0] if "/f" in s[0]} == {"not_modified"}


def polling_specs(path: Path) -> list:
    from ingest.feeds_file import load_feeds

    return load_feeds(path)


def test_a_state_file_of_before_the_hashes_were_renamed_opens_with_them(tmp_path: Path) -> None:
    """feeds.content_hash (a body's SHA-256) became body_hash and seen.content_hash (an entry's SHA-1)
    entry_hash: an existing feeds.sqlite opens with both values kept, and a run staged before commits."""
    from feedlake.polling import rows_from_json

    path = tmp_path / "feeds.sqlite"
    db = sqlite3.connect(path)
    db.executescript("""
        CREATE TABLE feeds (feed_url TEXT PRIMARY KEY, etag TEXT, last_modified TEXT, last_polled_at TEXT,
            last_status TEXT, last_http_status INTEGER, consecutive_failures INTEGER NOT NULL DEFAULT 0,
            last_error TEXT, content_hash TEXT);
        CREATE TABLE seen (feed_url TEXT NOT NULL, entry_key TEXT NOT NULL, url TEXT NOT NULL, outcome TEXT NOT NULL,
            article_id TEXT, run_id TEXT NOT NULL, seen_at TEXT NOT NULL, norm_url TEXT, content_hash TEXT,
            PRIMARY KEY (feed_url, entry_key));
        CREATE INDEX seen_feed_hash ON seen (feed_url, content_hash);
        INSERT INTO feeds (feed_url, content_hash) VALUES ('https://a.example/feed', 'sha256-of-body');
        INSERT INTO seen VALUES ('https://a.example/feed', 'k1', 'https://a.example/1', 'article', 'x', 'r1',
            '2026-01-01T00:00:00+00:00', 'https://a.example/1', 'sha1:entry');
    """)
    db.close()
    state = StateStore(path)
    try:
        assert state.feeds()["https://a.example/feed"].body_hash == "sha256-of-body"
        keys, links, hashes = state.seen_in_feed("https://a.example/feed")
        assert keys == {"k1"} and hashes == {"sha1:entry"}
    finally:
        state.close()
    StateStore(path).close()  # opening it again migrates nothing twice
    [row] = rows_from_json([{"feed_url": "https://a.example/feed", "etag": None, "last_modified": None,
                             "last_polled_at": None, "last_status": "ok", "last_http_status": 200,
                             "consecutive_failures": 0, "last_error": None, "content_hash": "sha256-of-body"}])
    assert row.body_hash == "sha256-of-body"


def test_a_feeds_state_is_the_same_after_the_table_and_the_staging(tmp_path: Path) -> None:
    """One definition of a feed's state: what the poll reads back from the table, and what a commit reads
    back from the run's staging (plain JSON values), is the state the poll left."""
    from feedlake.polling import rows_from_json, rows_to_json
    from ingest.schedule import FeedHints

    when = datetime(2026, 12, 3, 9, 30, tzinfo=UTC)
    state = FeedState("https://a.example/feed", '"e1"', "Wed, 02 Dec 2026 10:00:00 GMT", when, "ok", 200, 0, None,
                      when + timedelta(minutes=45), "sha256", "https://a.example/moved", None, 0, False,
                      FeedHints(ttl_seconds=3600), "link")
    store = StateStore(tmp_path / "feeds.sqlite")
    try:
        store.commit_run("r1", when.isoformat(), {}, [state], [])
        assert store.feeds() == {state.feed_url: state}
    finally:
        store.close()
    assert rows_from_json(json.loads(json.dumps(rows_to_json([state])))) == [state]
