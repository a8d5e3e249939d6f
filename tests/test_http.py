"""The shared HTTP client against real loopback servers: limits, redirects, retries, the SSRF guard."""

from __future__ import annotations

import gzip
import socket
import threading
import time
from collections.abc import Iterator

import pytest

from feedlake.demo.siteserver import Resource, SiteServer
from ingest.http import (
    BlockedAddressError,
    BodyTooLarge,
    ClientConfig,
    FetchError,
    HttpClient,
    HTTPStatusError,
    Timeout,
    TooManyRedirects,
)

A, B = "127.0.0.2", "127.0.0.3"


@pytest.fixture
def server() -> Iterator[SiteServer]:
    with SiteServer(hosts=(A, B)) as srv:
        yield srv


def client(**kw: object) -> HttpClient:
    # Only the test server's first address counts as reachable: everything else is "private".
    base: dict[str, object] = {"allowed_networks": (f"{A}/32",), "retries": 0}
    base.update(kw)
    return HttpClient(ClientConfig(**base))  # type: ignore[arg-type]


def get_concurrently(c: HttpClient, url: str, n: int) -> None:
    threads = [threading.Thread(target=c.get, args=(url,)) for _ in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


def test_get_sends_user_agent_and_returns_body(server: SiteServer) -> None:
    server.add(A, "/x", Resource(b"hello"))
    with client(user_agent="feedlake-test/1") as c:
        resp = c.get(server.url(A, "/x"))
    assert resp.status == 200 and resp.body == b"hello"
    assert server.requests[-1].headers["user-agent"] == "feedlake-test/1"


@pytest.mark.parametrize("url", [
    "http://127.0.0.1:9/", "http://[::1]:9/", "http://169.254.169.254/latest/meta-data/",
    "http://10.1.2.3/", "http://192.168.0.1/", "http://2130706433:9/", "http://0x7f000001:9/",
    "http://localhost:9/", "http://0.0.0.0:9/",
])
def test_ssrf_guard_refuses_private_addresses(url: str) -> None:
    with client() as c, pytest.raises(BlockedAddressError):
        c.get(url)


def test_octal_ip_spelling_is_refused() -> None:
    with client() as c, pytest.raises(FetchError) as err:
        c.get("http://0177.0.0.1:9/")
    assert err.value.permanent


def test_ssrf_guard_applies_to_each_redirect_hop(server: SiteServer) -> None:
    server.add(A, "/go", Resource(b"", status=302, headers={"Location": server.url(B, "/secret")}))
    server.add(B, "/secret", Resource(b"internal"))
    with client() as c, pytest.raises(BlockedAddressError):
        c.get(server.url(A, "/go"))
    assert server.count(B, "/secret") == 0


def test_hostname_resolving_to_loopback_is_refused(server: SiteServer) -> None:
    assert socket.gethostbyname("localhost").startswith("127.")
    server.add(A, "/x", Resource(b"ok"))
    with client() as c, pytest.raises(BlockedAddressError):
        c.get(f"http://localhost:{server.port}/x")


def test_allow_private_networks_lifts_the_guard(server: SiteServer) -> None:
    server.add(B, "/x", Resource(b"ok"))
    with client(allowed_networks=(), allow_private_networks=True) as c:
        assert c.get(server.url(B, "/x")).body == b"ok"


def test_redirects_are_followed_bounded_and_loops_refused(server: SiteServer) -> None:
    for i in range(4):
        server.add(A, f"/r{i}", Resource(b"", status=301, headers={"Location": f"/r{i + 1}"}))
    server.add(A, "/r4", Resource(b"landed"))
    server.add(A, "/loop", Resource(b"", status=302, headers={"Location": "/loop2"}))
    server.add(A, "/loop2", Resource(b"", status=302, headers={"Location": "/loop"}))
    with client(max_redirects=5) as c:
        resp = c.get(server.url(A, "/r0"))
        assert resp.body == b"landed" and [s for s, _ in resp.redirects] == [301] * 4
        with pytest.raises(TooManyRedirects, match="loop"):
            c.get(server.url(A, "/loop"))
    with client(max_redirects=2) as c, pytest.raises(TooManyRedirects):
        c.get(server.url(A, "/r0"))


def test_body_limit_applies_after_decompression(server: SiteServer) -> None:
    bomb = gzip.compress(b"\0" * 5_000_000)  # ~5 KB on the wire, 5 MB inflated
    server.add(A, "/bomb", Resource(bomb, content_type="text/html", conditional=False,
                                    headers={"Content-Encoding": "gzip"}))
    server.add(A, "/big", Resource(b"x" * 200_000))
    with client(max_body_bytes=100_000) as c:
        with pytest.raises(BodyTooLarge):
            c.get(server.url(A, "/bomb"))
        with pytest.raises(BodyTooLarge):
            c.get(server.url(A, "/big"))


def test_timeouts(server: SiteServer) -> None:
    server.add(A, "/slow", Resource(b"late", delay=2.0))
    with client(read_timeout=0.3) as c:
        started = time.monotonic()
        with pytest.raises(Timeout):
            c.get(server.url(A, "/slow"))
        assert time.monotonic() - started < 1.5


def test_retries_transient_but_not_permanent_errors(server: SiteServer) -> None:
    server.add(A, "/flaky", Resource(b"", status=503))
    server.add(A, "/gone", Resource(b"", status=404))
    with client(retries=2) as c:
        with pytest.raises(HTTPStatusError) as err:
            c.get(server.url(A, "/flaky"))
        assert err.value.status == 503 and not err.value.permanent
        with pytest.raises(HTTPStatusError):
            c.get(server.url(A, "/gone"))
    assert server.count(A, "/flaky") == 3
    assert server.count(A, "/gone") == 1


def test_per_host_concurrency_is_bounded(server: SiteServer) -> None:
    server.add(A, "/s", Resource(b"ok", delay=0.3))
    with client(per_host_concurrency=2, concurrency=8) as c:
        get_concurrently(c, server.url(A, "/s"), 6)
    spans = [(r.time, r.finished) for r in server.requests if r.path == "/s"]
    assert len(spans) == 6
    peak = max(sum(1 for s, f in spans if s <= t < f) for t, _ in spans)
    assert peak <= 2


def _trickle_server(payload: bytes, every: float) -> tuple[socket.socket, list[int], threading.Thread]:
    """A raw server that sends ``payload`` one byte at a time, ``every`` seconds apart (a slowloris)."""
    listener = socket.socket()
    listener.bind((A, 0))
    listener.listen(1)
    sent = [0]

    def serve() -> None:
        conn, _ = listener.accept()
        conn.recv(65536)
        try:
            for i in range(len(payload)):
                conn.sendall(payload[i : i + 1])
                sent[0] += 1
                time.sleep(every)
        except OSError:
            pass  # the client gave up: what the test wants
        finally:
            conn.close()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    return listener, sent, thread


@pytest.mark.parametrize("payload", [
    b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nX-Padding: " + b"x" * 200 + b"\r\nContent-Length: 2\r\n\r\nok",
    b"HTTP/1.1 200 OK\r\nContent-Length: 300\r\n\r\n" + b"y" * 300,
], ids=["headers", "body"])
def test_total_deadline_stops_a_slowloris(payload: bytes) -> None:
    listener, sent, thread = _trickle_server(payload, every=0.02)
    url = f"http://{A}:{listener.getsockname()[1]}/slow"
    try:
        with client(read_timeout=1.0, total_timeout=0.5) as c, pytest.raises(Timeout):
            c.get(url)
        thread.join(timeout=10)
    finally:
        listener.close()
    assert 0 < sent[0] < len(payload)  # every byte arrived within the read timeout; the deadline still cut it


def test_minimum_delay_between_requests_to_one_host(server: SiteServer) -> None:
    server.add(A, "/d", Resource(b"ok"))
    with client(per_host_delay=0.15, per_host_concurrency=2) as c:
        get_concurrently(c, server.url(A, "/d"), 4)
    starts = sorted(r.time for r in server.requests if r.path == "/d")
    assert len(starts) == 4 and all(b - a >= 0.14 for a, b in zip(starts, starts[1:], strict=False))


def test_robots_txt_is_fetched_once_per_host_and_honours_crawl_delay(server: SiteServer) -> None:
    from ingest.robots import robots_for

    server.add(A, "/robots.txt", Resource(b"User-agent: feedlake\nDisallow: /no\nCrawl-delay: 0.2\n\n"
                                          b"User-agent: *\nDisallow: /\n", "text/plain"))
    with client(user_agent="feedlake/0.1 (+https://example.org/bot)") as c:
        robots = robots_for(c)
        assert robots.check(server.url(A, "/yes")).allowed
        verdict = robots.check(server.url(A, "/no/page"))
        assert not verdict.allowed and verdict.kind == "robots_disallowed"
        assert robots_for(c) is robots and c.host_delay(A) == 0.2
    assert server.count(A, "/robots.txt") == 1


@pytest.mark.parametrize("status, allowed, kind", [(404, True, ""), (503, False, "robots_unavailable")])
def test_robots_txt_missing_allows_all_but_unavailable_disallows(server: SiteServer, status: int, allowed: bool,
                                                                 kind: str) -> None:
    from ingest.robots import robots_for

    server.add(A, "/robots.txt", Resource(b"", status=status))
    with client() as c:
        verdict = robots_for(c).check(server.url(A, "/page"))
    assert (verdict.allowed, verdict.kind) == (allowed, kind)


def test_header_semantics_live_in_one_place() -> None:
    """The client's, the schedule's and the test server's header handling is ``ingest.headers``."""
    from datetime import UTC, datetime

    from ingest.headers import Headers, charset_of, http_date, retry_after_seconds

    h = Headers([("Set-Cookie", "a=1"), ("set-cookie", "b=2"), ("Content-Type", 'text/html; Charset="UTF-8"')])
    assert h["SET-COOKIE"] == "a=1, b=2" and "content-type" in h and h.get("X-Missing") is None
    assert charset_of(h["content-type"]) == "UTF-8" and charset_of("text/html") is None and charset_of(None) is None
    now = datetime(2026, 11, 2, 10, 30, tzinfo=UTC)
    assert retry_after_seconds(" 120 ", now) == 120.0
    assert retry_after_seconds("Mon, 02 Nov 2026 11:00:00 GMT", now) == 1800.0
    assert retry_after_seconds("Mon, 02 Nov 2026 10:00:00 GMT", now) == 0.0  # in the past: now
    assert retry_after_seconds("soon", now) is None and retry_after_seconds(None) is None
    assert http_date("Mon, 02 Nov 2026 11:00:00") == datetime(2026, 11, 2, 11, tzinfo=UTC)  # no zone: UTC
