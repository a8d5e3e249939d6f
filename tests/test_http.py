"""The shared HTTP client against real loopback servers: limits, redirects, retries, the SSRF guard."""

from __future__ import annotations

import gzip
import socket
import threading
import time
from collections.abc import Iterator

import pytest

from feedlake.siteserver import Resource, SiteServer
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
        threads = [threading.Thread(target=c.get, args=(server.url(A, "/s"),)) for _ in range(6)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    spans = [(r.time, r.finished) for r in server.requests if r.path == "/s"]
    assert len(spans) == 6
    peak = max(sum(1 for s, f in spans if s <= t < f) for t, _ in spans)
    assert peak <= 2
