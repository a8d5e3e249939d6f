"""Operator endpoints (the alert webhook, Airflow's REST API) go through the one HTTP client: a body is sent
and its JSON answer read, errors are FetchErrors, and the guard lets the calls reach the configured host
only."""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from feedlake import alerts
from feedlake.endpoints import endpoint_client, send_json
from ingest.http import BlockedAddressError, FetchError, HTTPStatusError, InvalidURL

seen: list[tuple[str, str, dict[str, str], bytes]] = []


class Handler(BaseHTTPRequestHandler):
    def _answer(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        seen.append((self.command, self.path, dict(self.headers), body))
        if self.path.startswith("/fail"):
            self.send_response(503)
            self.end_headers()
            return
        if self.path.startswith("/elsewhere"):
            self.send_response(302)
            self.send_header("Location", "http://127.0.0.3:1/")
            self.end_headers()
            return
        out = json.dumps({"method": self.command, "got": json.loads(body or b"null")}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(out)))
        self.end_headers()
        self.wfile.write(out)

    do_POST = do_PATCH = do_GET = _answer  # noqa: N815 (http.server's naming)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def endpoint() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.2", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    seen.clear()
    try:
        yield f"http://127.0.0.2:{server.server_address[1]}"
    finally:
        server.shutdown()


def test_json_goes_out_and_comes_back_with_the_method(endpoint: str) -> None:
    with endpoint_client(endpoint) as client:
        assert send_json(client, "POST", f"{endpoint}/hook", {"text": "ä"}) == {"method": "POST", "got": {"text": "ä"}}
        answer = send_json(client, "PATCH", f"{endpoint}/run?update_mask=note", {"note": "n"}, {"Authorization": "x"})
    assert answer == {"method": "PATCH", "got": {"note": "n"}}
    method, path, headers, _ = seen[-1]
    assert (method, path, headers["Content-Type"], headers["Authorization"]) == (
        "PATCH", "/run?update_mask=note", "application/json", "x")


def test_failures_are_fetch_errors_and_redirects_are_not_followed(endpoint: str) -> None:
    with endpoint_client(endpoint) as client:
        with pytest.raises(HTTPStatusError, match="HTTP 503"):
            send_json(client, "POST", f"{endpoint}/fail", {})
        with pytest.raises(HTTPStatusError, match="HTTP 302"):
            send_json(client, "POST", f"{endpoint}/elsewhere", {})
    assert [m for m, *_ in seen] == ["POST", "POST"]  # one request each: never retried


def test_the_guard_admits_the_configured_host_only(endpoint: str) -> None:
    with endpoint_client(endpoint) as client:
        assert client.get(f"{endpoint}/").status == 200  # a private address, but the configured one
        with pytest.raises(BlockedAddressError):
            client.get("http://127.0.0.3:1/")
        with pytest.raises(BlockedAddressError):
            client.get("http://169.254.169.254/latest/meta-data/")
    with pytest.raises(InvalidURL):
        endpoint_client("file:///etc/passwd")
    with pytest.raises(FetchError):
        endpoint_client("http://no-such-host.invalid/hook")


def test_an_unreachable_webhook_is_logged_and_never_raises(monkeypatch: pytest.MonkeyPatch,
                                                           caplog: pytest.LogCaptureFixture) -> None:
    monkeypatch.setenv("FEEDLAKE_ALERT_WEBHOOK", "http://127.0.0.2:1/hook")  # nothing listens there
    with caplog.at_level(logging.ERROR, "feedlake.alerts"):
        alerts.post("a feed became gone", "the feed alert")
    assert "could not post the feed alert to FEEDLAKE_ALERT_WEBHOOK" in caplog.text
