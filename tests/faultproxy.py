"""A fault-injecting HTTP proxy for an S3 endpoint: 500s and dropped connections on demand."""

from __future__ import annotations

import http.client
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlsplit


class FaultProxy:
    """Forwards every request to ``upstream``; while faults are armed, fails them instead.

    ``fail(n, mode)`` makes the next ``n`` requests fail: ``mode='500'`` answers an S3 InternalError,
    ``mode='drop'`` closes the connection without answering (what a timed-out or reset request looks like).
    ``outage(on)`` fails every request until turned off.
    """

    def __init__(self, upstream: str) -> None:
        parts = urlsplit(upstream)
        self.upstream = (parts.hostname or "127.0.0.1", parts.port or 80)
        self._lock = threading.Lock()
        self._remaining = 0
        self._always = False
        self.mode = "500"
        self.failed = 0
        self.forwarded = 0
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:
                pass

            def _handle(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                if proxy._take_fault():
                    if proxy.mode == "drop":
                        self.close_connection = True
                        self.connection.close()
                        return
                    payload = (b'<?xml version="1.0"?><Error><Code>InternalError</Code>'
                               b"<Message>injected fault</Message></Error>")
                    self.send_response(500)
                    self.send_header("Content-Type", "application/xml")
                    self.send_header("Content-Length", str(len(payload)))
                    self.end_headers()
                    self.wfile.write(payload)
                    return
                conn = http.client.HTTPConnection(*proxy.upstream, timeout=30)
                headers = {k: v for k, v in self.headers.items() if k.lower() != "connection"}
                conn.request(self.command, self.path, body=body, headers=headers)
                resp = conn.getresponse()
                data = resp.read()
                with proxy._lock:
                    proxy.forwarded += 1
                self.send_response(resp.status)
                for k, v in resp.getheaders():
                    if k.lower() not in ("transfer-encoding", "connection", "content-length"):
                        self.send_header(k, v)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                if self.command != "HEAD":
                    self.wfile.write(data)
                conn.close()

            do_GET = do_PUT = do_POST = do_DELETE = do_HEAD = _handle

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def _take_fault(self) -> bool:
        with self._lock:
            if self._always or self._remaining > 0:
                self._remaining = max(0, self._remaining - 1)
                self.failed += 1
                return True
            return False

    def fail(self, n: int, mode: str = "500") -> None:
        with self._lock:
            self._remaining, self.mode = n, mode

    def outage(self, on: bool, mode: str = "500") -> None:
        with self._lock:
            self._always, self.mode = on, mode

    def __enter__(self) -> FaultProxy:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()
