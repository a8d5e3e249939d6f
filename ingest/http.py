"""The one HTTP client feed polls and page fetches share.

libcurl (through pycurl) does the protocol work.  It replaced httpcore, whose
pure-Python HTTP/1.1 machinery (h11) cost 0.53 ms of CPU per 304 poll against
libcurl's 0.12 ms, and held the GIL while parsing (``python -m bench.poll``).
What libcurl is not asked to do, and this client does (with ``ingest.address_guard``,
``ingest.decoding`` and ``ingest.politeness``; its errors are ``ingest.http_errors``):

* an SSRF guard at the socket layer: every DNS answer is checked before the
  request (any non-public answer refuses the host: a mixed answer is a rebinding
  trick) and pinned, so libcurl dials only checked addresses; and every socket
  libcurl opens (each redirect hop, any IP spelling such as ``2130706433`` or
  ``0177.0.0.1``) is checked again against the address actually dialled;
* redirects followed by hand, so each hop is bounded, loop-checked and recorded;
* content decoding (gzip, deflate, brotli) with a body limit enforced on the
  *decoded* bytes while streaming, each decompression step capped at what the
  limit still allows (a gzip or brotli bomb stops at the limit, not after
  inflating a chunk), and a total deadline over the whole response, headers
  included (a slowloris server that trickles bytes cannot hold a worker past it);
* per-host politeness: a bounded number of requests in flight per host, each on
  one of that host's own curl handles (so open connections per host stay within
  the limit too), and a minimum delay between the starts of two requests to one
  host (raised for a host whose robots.txt asks for a ``Crawl-delay``);
* retries with backoff for timeouts, 5xx, 408 and 429 only (callers that
  schedule their own retry, like feed polls, accept 429/503 instead).

No proxy from the environment is ever used: it would bypass the address guard.
"""

from __future__ import annotations

import logging
import math
import os
import random
import socket
import threading
import time
from collections import OrderedDict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import SplitResult, urljoin, urlsplit

import certifi
import httpx
import pycurl

from ingest.address_guard import AddressGuard, is_ip_literal
from ingest.decoding import ACCEPT_ENCODING, ContentDecoder
from ingest.headers import Headers, charset_of, retry_after_seconds
from ingest.http_errors import (
    RETRYABLE_STATUS,
    BlockedAddressError,
    BodyTooLarge,
    ConnectError,
    FetchError,
    HTTPStatusError,
    InvalidURL,
    Timeout,
    TooManyRedirects,
)
from ingest.politeness import HostPoliteness

log = logging.getLogger(__name__)

# the error types are part of this client's interface: callers catch them from here
__all__ = ["RETRYABLE_STATUS", "BlockedAddressError", "BodyTooLarge", "ClientConfig", "ConnectError", "FetchError",
           "HTTPStatusError", "HttpClient", "InvalidURL", "Response", "Timeout", "TooManyRedirects"]

@dataclass(frozen=True)
class ClientConfig:
    user_agent: str = "feedlake/0.1"
    connect_timeout: float = 5.0
    read_timeout: float = 15.0
    total_timeout: float = 30.0
    max_body_bytes: int = 10 * 1024 * 1024
    max_redirects: int = 5
    retries: int = 1
    concurrency: int = 16
    per_host_concurrency: int = 2
    per_host_delay: float = 0.0  # minimum seconds between the starts of two requests to one host
    allow_private_networks: bool = False
    allowed_networks: tuple[str, ...] = ()  # CIDRs reachable even when private (an internal feed server)


@dataclass
class Response:
    url: str  # final URL, after redirects
    status: int
    headers: Headers
    body: bytes
    redirects: list[tuple[int, str]] = field(default_factory=list)  # (status, location) per hop

    @property
    def text_encoding(self) -> str | None:
        return charset_of(self.headers.get("content-type"))


class HttpClient:
    def __init__(self, config: ClientConfig) -> None:
        self.config = config
        self._guard = AddressGuard(config.allow_private_networks, config.allowed_networks)
        self._headers = [f"User-Agent: {config.user_agent.encode('latin-1', 'replace').decode('latin-1')}",
                         f"Accept-Encoding: {ACCEPT_ENCODING}"]
        self._politeness = HostPoliteness(config.per_host_concurrency, config.per_host_delay)
        self._lock = threading.Lock()
        # Idle curl handles per host, least recently used first; each keeps its connection alive.
        self._idle: OrderedDict[str, list[Any]] = OrderedDict()
        self._idle_count = 0
        self._max_idle = max(8, config.concurrency * 2)
        self._closed = False

    def close(self) -> None:
        with self._lock:
            self._closed = True
            handles = [h for hs in self._idle.values() for h in hs]
            self._idle.clear()
            self._idle_count = 0
        for handle in handles:
            handle.close()

    def __enter__(self) -> HttpClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _acquire(self, host: str) -> Any:
        with self._lock:
            idle = self._idle.get(host)
            if idle:
                self._idle_count -= 1
                handle = idle.pop()
                if not idle:
                    del self._idle[host]
                return handle
        return self._new_handle()

    def _release(self, host: str, handle: Any) -> None:
        evicted: list[Any] = []
        with self._lock:
            if self._closed:
                evicted.append(handle)
            else:
                self._idle.setdefault(host, []).append(handle)
                self._idle.move_to_end(host)
                self._idle_count += 1
                while self._idle_count > self._max_idle:  # close the least recently used host's connections
                    oldest, handles = next(iter(self._idle.items()))
                    evicted.append(handles.pop(0))
                    self._idle_count -= 1
                    if not handles:
                        del self._idle[oldest]
        for h in evicted:
            h.close()

    def _new_handle(self) -> Any:
        c = pycurl.Curl()
        c.setopt(pycurl.NOSIGNAL, 1)
        c.setopt(pycurl.PROXY, "")  # never a proxy from the environment: it would bypass the guard
        c.setopt(pycurl.FOLLOWLOCATION, 0)
        c.setopt(pycurl.PROTOCOLS, pycurl.PROTO_HTTP | pycurl.PROTO_HTTPS)
        c.setopt(pycurl.HTTP_VERSION, pycurl.CURL_HTTP_VERSION_1_1)
        # Like httpx: certifi's roots unless SSL_CERT_FILE (or curl's own CURL_CA_BUNDLE) names a bundle.
        c.setopt(pycurl.CAINFO, os.environ.get("SSL_CERT_FILE") or os.environ.get("CURL_CA_BUNDLE") or certifi.where())
        c.setopt(pycurl.MAXCONNECTS, 2)
        c.setopt(pycurl.CONNECTTIMEOUT_MS, max(1, int(self.config.connect_timeout * 1000)))
        # Read timeout: fewer than 1 byte/s for read_timeout seconds (libcurl counts whole seconds).
        c.setopt(pycurl.LOW_SPEED_LIMIT, 1)
        c.setopt(pycurl.LOW_SPEED_TIME, max(1, math.ceil(self.config.read_timeout)))
        return c

    def set_host_delay(self, host: str, seconds: float) -> None:
        """Space requests to ``host`` at least ``seconds`` apart (a robots.txt Crawl-delay), never below the default."""
        self._politeness.set_delay(host, seconds)

    def host_delay(self, host: str) -> float:
        return self._politeness.delay(host)

    def get(self, url: str, headers: Mapping[str, str] | None = None, accept_status: Iterable[int] = ()) -> Response:
        """GET with retries; statuses in ``accept_status`` (e.g. 304) are returned, not raised."""
        attempt = 0
        while True:
            try:
                return self._get_once(url, headers or {}, frozenset(accept_status))
            except FetchError as exc:
                if exc.permanent or attempt >= self.config.retries:
                    raise
                attempt += 1
                delay = min(8.0, 0.5 * 2 ** (attempt - 1)) * (0.5 + random.random())
                if isinstance(exc, HTTPStatusError) and exc.status in (429, 503):
                    delay = max(delay, min(30.0, getattr(exc, "retry_after", 0.0)))
                log.info("retrying %s in %.1fs after %s", url, delay, exc)
                time.sleep(delay)

    def send(self, method: str, url: str, body: bytes, headers: Mapping[str, str] | None = None) -> Response:
        """One request with a body (``POST``, ``PATCH``, ``PUT``): a webhook or an API call.  Behind the same
        guard, limits and host slots as a GET, but never retried or redirected (it may not be idempotent);
        a status of 300 or more is an ``HTTPStatusError``."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise InvalidURL(url, "only absolute http(s) URLs can be requested")
        with self._politeness.slot(parts.hostname):
            deadline = time.monotonic() + self.config.total_timeout
            status, resp_headers, data = self._request(url, parts, headers or {}, deadline, method, body)
        if status >= 300:
            raise HTTPStatusError(url, status)
        return Response(url, status, resp_headers, data)

    def _get_once(self, url: str, headers: Mapping[str, str], accept: frozenset[int]) -> Response:
        deadline: float | None = None  # starts with the first hop, not while queued for a host slot
        redirects: list[tuple[int, str]] = []
        visited = {url}
        current = url
        while True:
            parts = urlsplit(current)
            if parts.scheme not in ("http", "https") or not parts.hostname:
                raise InvalidURL(current, "only absolute http(s) URLs can be fetched")
            with self._politeness.slot(parts.hostname):
                if deadline is None:
                    deadline = time.monotonic() + self.config.total_timeout
                status, resp_headers, body = self._request(current, parts, headers, deadline)
            if status in (301, 302, 303, 307, 308) and "location" in resp_headers:
                target = urljoin(current, resp_headers["location"])
                redirects.append((status, target))
                if len(redirects) > self.config.max_redirects:
                    raise TooManyRedirects(url, f"more than {self.config.max_redirects} redirects")
                if target in visited:
                    raise TooManyRedirects(url, f"redirect loop at {target}")
                visited.add(target)
                current = target
                continue
            if status >= 400 and status not in accept:
                err = HTTPStatusError(current, status)
                err.retry_after = retry_after_seconds(resp_headers.get("retry-after")) or 0.0  # type: ignore[attr-defined]
                raise err
            return Response(current, status, resp_headers, body, redirects)

    def _request(self, url: str, parts: SplitResult, headers: Mapping[str, str], deadline: float,
                 method: str = "GET", body: bytes | None = None) -> tuple[int, Headers, bytes]:
        host = (parts.hostname or "").lower()
        try:
            target = _curl_url(url)
            port = parts.port or (443 if parts.scheme == "https" else 80)
        except (ValueError, UnicodeError, httpx.InvalidURL) as exc:
            raise InvalidURL(url, f"invalid URL: {exc}") from None
        pinned: list[str] = []
        if not self._guard.allow_private and not is_ip_literal(host):
            try:
                addresses = self._guard.resolve(host, port)
            except FetchError as exc:
                raise type(exc)(url, str(exc).split(" (")[0]) from None
            name = host.encode("idna").decode("ascii") if not host.isascii() else host
            pinned = [f"-{name}:{port}", f"{name}:{port}:" + ",".join(f"[{a}]" if ":" in a else a for a in addresses)]
        transfer = _Transfer(url, self.config.max_body_bytes, deadline, self.config.total_timeout, self._guard)
        # a request with a body gets a handle of its own: the pooled ones stay plain GETs
        handle = self._acquire(host) if method == "GET" else self._new_handle()
        try:
            if method != "GET":
                handle.setopt(pycurl.CUSTOMREQUEST, method)
                handle.setopt(pycurl.POSTFIELDS, body or b"")
            handle.setopt(pycurl.URL, target)
            handle.setopt(pycurl.RESOLVE, pinned)
            handle.setopt(pycurl.HTTPHEADER, self._headers + [f"{k}: {v}" for k, v in headers.items()])
            handle.setopt(pycurl.OPENSOCKETFUNCTION, transfer.open_socket)
            handle.setopt(pycurl.HEADERFUNCTION, transfer.on_header)
            handle.setopt(pycurl.WRITEFUNCTION, transfer.on_body)
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise Timeout(url, f"response took longer than {self.config.total_timeout:g}s")
            handle.setopt(pycurl.TIMEOUT_MS, max(1, int(remaining * 1000)))
            try:
                handle.perform()
            except pycurl.error as exc:
                raise transfer.failure(exc.args[0], str(exc.args[1]) if len(exc.args) > 1 else "") from None
            if transfer.error is not None:
                raise transfer.error
            status = int(handle.getinfo(pycurl.RESPONSE_CODE))
        finally:
            handle.setopt(pycurl.OPENSOCKETFUNCTION, _refuse_socket)  # drop the references to this transfer
            handle.setopt(pycurl.HEADERFUNCTION, _ignore)
            handle.setopt(pycurl.WRITEFUNCTION, _ignore)
            if method == "GET":
                self._release(host, handle)
            else:
                handle.close()
        return status, transfer.parsed or transfer.headers(), b"".join(transfer.chunks)


def _ignore(_data: bytes) -> None:
    return None


def _refuse_socket(_purpose: int, _address: Any) -> int:
    return int(pycurl.SOCKET_BAD)


# libcurl error codes this client tells apart
_CURLE_UNSUPPORTED_PROTOCOL, _CURLE_URL_MALFORMAT, _CURLE_WRITE_ERROR, _CURLE_OPERATION_TIMEDOUT = 1, 3, 23, 28


class _Transfer:
    """One response being received: its headers, its decoded body within the limit, or why it stopped."""

    def __init__(self, url: str, limit: int, deadline: float, total_timeout: float, guard: AddressGuard) -> None:
        self.url, self.limit, self.deadline, self.total_timeout = url, limit, deadline, total_timeout
        self.guard = guard
        self.lines: list[bytes] = []
        self.parsed: Headers | None = None  # the final response's headers, once its body starts
        self.chunks: list[bytes] = []
        self.size = 0
        self.decoder: ContentDecoder | None = None
        self.error: FetchError | None = None

    def open_socket(self, _purpose: int, address: Any) -> Any:
        family, socktype, protocol, sockaddr = address
        if not self.guard.permits(str(sockaddr[0])):
            self.error = BlockedAddressError(self.url, f"refusing to connect to non-public address {sockaddr[0]}")
            return pycurl.SOCKET_BAD
        return socket.socket(family, socktype, protocol)

    def on_header(self, line: bytes) -> int | None:
        if line.startswith(b"HTTP/"):
            self.lines = []  # a new response (after a 1xx): only the final one's headers count
        elif line.strip():
            self.lines.append(line)
            if line[:15].lower() == b"content-length:":
                declared = line[15:].strip()
                if declared.isdigit() and int(declared) > self.limit:
                    self.error = BodyTooLarge(self.url, f"body of {int(declared)} bytes exceeds the "
                                                        f"{self.limit}-byte limit")
                    return 0
        return None

    def headers(self) -> Headers:
        found = Headers()
        for line in self.lines:
            name, sep, value = line.decode("latin-1").partition(":")
            if sep:
                found.add(name.strip(), value.strip())
        return found

    def on_body(self, raw: bytes) -> int | None:
        try:
            if self.decoder is None:
                self.parsed = self.headers()
                self.decoder = ContentDecoder(self.url, self.parsed.get("content-encoding", ""))
            # Decoded bytes count: the limit applies after decompression, one capped step at a time.
            chunk = self.decoder.feed(raw, self.limit - self.size + 1) if self.decoder.steps else raw
            self.size += len(chunk)
            if self.size > self.limit:
                raise BodyTooLarge(self.url, f"body exceeds the {self.limit}-byte limit (after decoding)")
            if time.monotonic() > self.deadline:
                raise Timeout(self.url, f"response took longer than {self.total_timeout:g}s")
        except FetchError as exc:
            self.error = exc
            return 0  # libcurl aborts the transfer
        self.chunks.append(chunk)
        return None

    def failure(self, code: int, message: str) -> FetchError:
        if self.error is not None:
            return self.error
        if code == _CURLE_OPERATION_TIMEDOUT:
            return Timeout(self.url, f"timed out: {message}")
        if code in (_CURLE_UNSUPPORTED_PROTOCOL, _CURLE_URL_MALFORMAT):
            return InvalidURL(self.url, f"invalid URL: {message}")
        return ConnectError(self.url, f"curl error {code}: {message}")


def _curl_url(url: str) -> str:
    """``url`` as libcurl takes it: ASCII URLs as they are, others IDNA- and percent-encoded by httpx."""
    if url.isascii() and " " not in url:
        return url
    return str(httpx.URL(url))
