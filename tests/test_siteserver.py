"""The loopback site server and the sample news site it serves."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import feedparser
import httpx
import pytest
import trafilatura
import yaml

from feedlake.demo.sample_server import SampleSite, build_site, serve_sample_site
from feedlake.demo.sample_site import EXPECTED
from feedlake.demo.siteserver import LAST_MODIFIED, Resource, SiteServer

HOSTS = ("127.0.0.2", "127.0.0.3")


@pytest.fixture
def server() -> Iterator[SiteServer]:
    with SiteServer(HOSTS) as srv:
        yield srv


@pytest.fixture(scope="module")
def sample() -> Iterator[SampleSite]:
    with serve_sample_site() as site:
        yield site


def get(url: str, **kw: object) -> httpx.Response:
    # trust_env=False: a proxy from the environment must not intercept loopback.
    with httpx.Client(trust_env=False, timeout=10) as client:
        return client.get(url, **kw)  # type: ignore[arg-type]


# -- SiteServer -----------------------------------------------------------


def test_serves_distinct_content_per_address(server: SiteServer) -> None:
    server.add("127.0.0.2", "/page", Resource(b"from two"))
    server.add("127.0.0.3", "/page", Resource(b"from three", content_type="text/plain"))
    a, b = get(server.url("127.0.0.2", "/page")), get(server.url("127.0.0.3", "/page"))
    assert (a.status_code, a.content, a.headers["content-type"]) == (200, b"from two", "text/html; charset=utf-8")
    assert (b.status_code, b.content, b.headers["content-type"]) == (200, b"from three", "text/plain")
    assert server.url("127.0.0.3", "page") == f"http://127.0.0.3:{server.port}/page"
    assert get(server.url("127.0.0.2", "/missing")).status_code == 404
    assert [r.host for r in server.requests] == ["127.0.0.2", "127.0.0.3", "127.0.0.2"]


def test_query_string_falls_back_to_plain_path(server: SiteServer) -> None:
    server.add("127.0.0.2", "/feed", Resource(b"plain"))
    server.add("127.0.0.2", "/feed?page=2", Resource(b"second"))
    assert get(server.url("127.0.0.2", "/feed?page=2")).content == b"second"
    assert get(server.url("127.0.0.2", "/feed?utm_source=x")).content == b"plain"


def test_conditional_get_returns_304(server: SiteServer) -> None:
    server.add("127.0.0.2", "/feed.xml", Resource(b"<rss/>", content_type="application/rss+xml"))
    first = get(server.url("127.0.0.2", "/feed.xml"))
    etag = first.headers["etag"]
    assert etag.startswith('"') and first.headers["last-modified"] == LAST_MODIFIED
    again = get(server.url("127.0.0.2", "/feed.xml"), headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.content == b""
    since = get(server.url("127.0.0.2", "/feed.xml"), headers={"If-Modified-Since": LAST_MODIFIED})
    assert since.status_code == 304
    stale = get(server.url("127.0.0.2", "/feed.xml"), headers={"If-None-Match": '"other"'})
    assert stale.status_code == 200 and stale.content == b"<rss/>"
    assert [r.status for r in server.requests] == [200, 304, 304, 200]

    server.set("127.0.0.2", "/feed.xml", Resource(b"<rss>changed</rss>"))
    changed = get(server.url("127.0.0.2", "/feed.xml"), headers={"If-None-Match": etag})
    assert changed.status_code == 200 and changed.headers["etag"] != etag


def test_unconditional_resource_and_redirect(server: SiteServer) -> None:
    server.add("127.0.0.2", "/plain", Resource(b"x", conditional=False))
    server.add("127.0.0.2", "/old", Resource(b"", status=301, headers={"Location": "/plain"}))
    plain = get(server.url("127.0.0.2", "/plain"), headers={"If-None-Match": "*"})
    assert plain.status_code == 200 and "etag" not in plain.headers
    with httpx.Client(trust_env=False, follow_redirects=True) as client:
        moved = client.get(server.url("127.0.0.2", "/old"))
    assert moved.content == b"x" and [r.status_code for r in moved.history] == [301]


def test_delay_and_head(server: SiteServer) -> None:
    server.add("127.0.0.3", "/slow", Resource(b"late", delay=0.3))
    started = time.monotonic()
    assert get(server.url("127.0.0.3", "/slow")).content == b"late"
    assert time.monotonic() - started >= 0.3
    record = server.requests[-1]
    assert record.finished is not None and record.finished - record.time >= 0.3
    with httpx.Client(trust_env=False) as client:
        head = client.head(server.url("127.0.0.3", "/slow"))
    assert head.status_code == 200 and head.content == b"" and head.headers["content-length"] == "4"
    assert server.count("127.0.0.3", "/slow") == 2 and server.count(method="HEAD") == 1


def test_request_log_records_headers(server: SiteServer) -> None:
    server.add("127.0.0.2", "/a", Resource(b"a"))
    get(server.url("127.0.0.2", "/a?x=1"), headers={"User-Agent": "feedlake-test/1", "X-Probe": "yes"})
    (record,) = server.requests
    assert (record.host, record.path, record.method, record.status) == ("127.0.0.2", "/a?x=1", "GET", 200)
    assert record.headers["user-agent"] == "feedlake-test/1"
    assert record.headers["X-Probe"] == "yes" and "x-probe" in record.headers
    assert server.count("127.0.0.2", "/a?x=1") == 1 and server.count("127.0.0.3") == 0
    server.clear_log()
    assert server.requests == [] and server.count() == 0


def test_add_checks_host_and_path(server: SiteServer) -> None:
    with pytest.raises(ValueError):
        server.add("127.0.0.9", "/a", Resource(b""))
    with pytest.raises(ValueError):
        server.add("127.0.0.2", "a", Resource(b""))


def test_two_servers_get_different_ports() -> None:
    with SiteServer(HOSTS) as one, SiteServer(HOSTS) as two:
        assert one.port != two.port
        one.add("127.0.0.2", "/", Resource(b"one"))
        two.add("127.0.0.2", "/", Resource(b"two"))
        assert get(one.url("127.0.0.2")).content == b"one" and get(two.url("127.0.0.2")).content == b"two"


def test_a_server_takes_the_port_it_is_asked_for_and_falls_back_when_taken() -> None:
    """The demo serves the sample site on the port of its last run, so its URLs (and articles) stay the same."""
    with SiteServer(HOSTS) as first:
        port = first.port
    with SiteServer(HOSTS, port=port) as again:
        assert again.port == port
        with SiteServer(HOSTS, port=port) as clash:
            assert clash.port not in (0, port)


# -- the sample site ------------------------------------------------------


def test_expected_is_derived_consistently() -> None:
    assert len(EXPECTED.sources) == 3
    assert EXPECTED.n_feeds == EXPECTED.n_ok_feeds + EXPECTED.n_failing_feeds and EXPECTED.n_failing_feeds >= 1
    assert EXPECTED.n_entries == sum(len(f.entries) for f in EXPECTED.feeds)
    assert len(EXPECTED.articles) + len(EXPECTED.error_only) == EXPECTED.n_entries
    assert EXPECTED.error_only and EXPECTED.feed_fallback
    originals = [e for e in EXPECTED.entries if e.copy_of is None and e.body]
    assert len(originals) >= 10
    for e in originals:
        assert 180 <= len(e.text.split()) <= 450, e.id
    kinds = {c for e in EXPECTED.entries for c in e.changes}
    assert kinds == {"trimmed", "edited", "glued"}
    assert any(e.copy_of and not e.changes for e in EXPECTED.entries)  # a verbatim copy
    for group in EXPECTED.duplicate_groups:
        assert len({EXPECTED.entry(i).source for i in group}) == len(group)
    glued = next(e for e in EXPECTED.entries if "glued" in e.changes)
    assert any("”Reported by" in p for p in glued.page_paragraphs)


def test_feeds_parse_without_bozo() -> None:
    hosts = ("127.0.0.2", "127.0.0.3", "127.0.0.4")
    routes = build_site(hosts, 8080)
    for feed in (f for f in EXPECTED.feeds if f.ok):
        resource = routes[(hosts[EXPECTED.host_index(feed.source)], feed.path)]
        parsed = feedparser.parse(resource.body)
        assert not parsed.bozo, (feed.id, parsed.get("bozo_exception"))
        assert len(parsed.entries) == len(feed.entries)
        for item, entry_id in zip(parsed.entries, feed.entries, strict=True):
            entry = EXPECTED.entry(entry_id)
            assert item.link == f"http://{hosts[EXPECTED.host_index(entry.source)]}:8080{entry.path}"
            assert item.title == entry.title
    assert sum(len(feedparser.parse(routes[(hosts[EXPECTED.host_index(f.source)], f.path)].body).entries)
               for f in EXPECTED.feeds if f.ok) == EXPECTED.n_entries


def test_every_page_extracts_to_its_story() -> None:
    hosts = ("127.0.0.2", "127.0.0.3", "127.0.0.4")
    routes = build_site(hosts, 8080)
    for entry in EXPECTED.entries:
        resource = routes[(hosts[EXPECTED.host_index(entry.source)], entry.path)]
        assert resource.status == entry.page_status
        if entry.page_status != 200:
            continue
        text = trafilatura.extract(resource.body.decode("utf-8"))
        assert text, entry.id
        for paragraph in entry.page_paragraphs:
            assert paragraph in text, (entry.id, paragraph[:60])
        source = EXPECTED.source(entry.source)
        for chrome in (source.cookie, source.promo, source.footer, source.sidebar_title, "Accept all"):
            assert chrome not in text, (entry.id, chrome)


def test_sample_site_served_end_to_end(sample: SampleSite, tmp_path: Path) -> None:
    assert len(sample.feed_urls) == EXPECTED.n_feeds
    hosts = {httpx.URL(u).host for u in sample.feed_urls}
    assert len(hosts) == len(EXPECTED.sources)
    for feed, url in zip(EXPECTED.feeds, sample.feed_urls, strict=True):
        resp = get(url)
        assert resp.status_code == feed.status
        if feed.ok:
            assert len(feedparser.parse(resp.content).entries) == len(feed.entries)
    for entry in EXPECTED.entries:
        assert get(sample.url(entry.id)).status_code == entry.page_status
    fallback = EXPECTED.entry(EXPECTED.feed_fallback[0])
    feed = next(f for f in EXPECTED.feeds if fallback.id in f.entries)
    item = next(i for i in feedparser.parse(get(sample.feed_url(feed.id)).content).entries
                if i.link == sample.url(fallback.id))
    assert fallback.body[-1] in item.content[0].value

    path = sample.write_feeds_file(tmp_path / "feeds.yaml")
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert [f["url"] for f in doc["feeds"]] == sample.feed_urls
    assert all(f["name"] and isinstance(f["tags"], list) for f in doc["feeds"])


def test_the_sample_site_serves_on_its_own_with_a_feeds_file_until_stopped(tmp_path: Path) -> None:
    """``python -m feedlake.demo.sample_server FEEDS`` is how the README's local Airflow steps get feeds."""
    import signal
    import subprocess
    import sys
    import urllib.request

    feeds = tmp_path / "feeds.yaml"
    proc = subprocess.Popen([sys.executable, "-m", "feedlake.demo.sample_server", str(feeds)],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        while line and not line.startswith("serving"):
            line = proc.stdout.readline()
        assert line.startswith("serving 4 feeds"), line
        urls = [f["url"] for f in yaml.safe_load(feeds.read_text())["feeds"]]
        with urllib.request.urlopen(urls[0], timeout=10) as resp:
            assert resp.status == 200 and b"<rss" in resp.read()
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=20) == 0
    finally:
        proc.kill()
