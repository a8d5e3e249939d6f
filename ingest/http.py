"""The one HTTP client feed polls and page fetches share.

libcurl (through pycurl) does the protocol work.  It replaced httpcore, whose
pure-Python HTTP/1.1 machinery (h11) cost 0.53 ms of CPU per 304 poll against
libcurl's 0.12 ms, and held the GIL while parsing (``python -m bench.poll``).
What libcurl is not asked to do, and this module does:

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

import ipaddress
import logging
import math
import os
import random
import socket
import threading
import time
import zlib
from collections import OrderedDict
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import SplitResult, urljoin, urlsplit

import certifi
import httpx
import pycurl

from ingest.headers import Headers, charset_of, retry_after_seconds

log = logging.getLogger(__name__)

RETRYABLE_STATUS = frozenset({408, 429, 500, 502, 503, 504})
MAX_HOST_DELAY = 30.0  # a robots.txt Crawl-delay beyond this is capped, not obeyed to the letter

try:
    import brotli

    ACCEPT_ENCODING = "gzip, deflate, br"
except ImportError:  # pragma: no cover - brotli is a dependency
    brotli = None
    ACCEPT_ENCODING = "gzip, deflate"

class FetchError(Exception):
    """A request that did not produce a usable response."""

    kind = "fetch_error"
    permanent = False  # True: retrying will not help (4xx, blocked, too large)

    def __init__(self, url: str, message: str, status: int | None = None) -> None:
        super().__init__(f"{message} ({url})")
        self.url = url
        self.status = status


class BlockedAddressError(FetchError):
    kind = "blocked_address"
    permanent = True


class HTTPStatusError(FetchError):
    kind = "http_status"

    def __init__(self, url: str, status: int) -> None:
        super().__init__(url, f"HTTP {status}", status)
        self.permanent = status not in RETRYABLE_STATUS


class TooManyRedirects(FetchError):
    kind = "too_many_redirects"
    permanent = True


class BodyTooLarge(FetchError):
    kind = "body_too_large"
    permanent = True


class Timeout(FetchError):
    kind = "timeout"


class ConnectError(FetchError):
    kind = "connect_error"


class InvalidURL(FetchError):
    kind = "invalid_url"
    permanent = True


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


IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


def _unmapped(ip: IPAddress) -> IPAddress:
    """``::ffff:10.0.0.1`` is 10.0.0.1: judge (and match networks against) the IPv4 address."""
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    return ip


def is_public_address(ip: IPAddress) -> bool:
    ip = _unmapped(ip)
    return ip.is_global and not ip.is_multicast


class AddressGuard:
    """Which addresses the client may connect to: public ones, plus any allowed network."""

    def __init__(self, allow_private: bool, allowed_networks: tuple[str, ...] = ()) -> None:
        self.allow_private = allow_private
        self.allowed = [ipaddress.ip_network(n, strict=False) for n in allowed_networks]

    def permits(self, address: str) -> bool:
        if self.allow_private:
            return True
        try:
            ip = _unmapped(ipaddress.ip_address(address.split("%")[0]))
        except ValueError:
            return False
        return is_public_address(ip) or any(ip in net for net in self.allowed)

    def resolve(self, host: str, port: int) -> list[str]:
        """Every address ``host`` resolves to; BlockedAddressError if any of them is not permitted."""
        try:
            infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except (socket.gaierror, UnicodeError) as exc:
            raise ConnectError(host, f"cannot resolve {host}: {exc}") from None
        addresses = list(dict.fromkeys(str(info[4][0]) for info in infos))
        bad = [a for a in addresses if not self.permits(a)]
        if bad:
            raise BlockedAddressError(host, f"refusing to connect to non-public address {bad[0]}")
        return addresses


_DECODE_ERRORS: tuple[type[Exception], ...] = (zlib.error,) + ((brotli.error,) if brotli is not None else ())


class _Decoder:
    """Undo a Content-Encoding chain, never producing more than ``cap`` bytes per call."""

    def __init__(self, url: str, encodings: str) -> None:
        self.url = url
        names = [e.strip().lower() for e in encodings.split(",") if e.strip()]
        self.steps: list[Any] = []
        for name in reversed(names):  # the last encoding applied is undone first
            if name in ("identity", ""):
                continue
            if name in ("gzip", "x-gzip"):
                self.steps.append(("zlib", zlib.decompressobj(zlib.MAX_WBITS | 16)))
            elif name == "deflate":
                self.steps.append(("deflate", None))
            elif name == "br" and brotli is not None:
                self.steps.append(("br", brotli.Decompressor()))
            else:
                raise FetchError(url, f"unsupported Content-Encoding {name!r}")

    def feed(self, data: bytes, cap: int) -> bytes:
        for i, (kind, obj) in enumerate(self.steps):
            if kind == "deflate" and obj is None:
                # "deflate" is zlib-wrapped by the RFC, raw in practice often enough: look at the first bytes.
                raw = not (len(data) >= 2 and data[0] & 0x0F == 8 and (data[0] << 8 | data[1]) % 31 == 0)
                obj = zlib.decompressobj(-zlib.MAX_WBITS if raw else zlib.MAX_WBITS)
                self.steps[i] = ("zlib", obj)
            try:
                if kind == "br":
                    data = obj.process(data, output_buffer_limit=cap)
                else:
                    data = obj.decompress(data, cap)
            except _DECODE_ERRORS as exc:
                raise FetchError(self.url, f"cannot decode body: {type(exc).__name__}: {exc}") from None
            if len(data) >= cap:
                return data  # the caller refuses it as too large
        return data


class HttpClient:
    def __init__(self, config: ClientConfig) -> None:
        self.config = config
        self._guard = AddressGuard(config.allow_private_networks, config.allowed_networks)
        self._headers = [f"User-Agent: {config.user_agent.encode('latin-1', 'replace').decode('latin-1')}",
                         f"Accept-Encoding: {ACCEPT_ENCODING}"]
        self._host_locks: dict[str, threading.BoundedSemaphore] = {}
        self._next_start: dict[str, float] = {}  # monotonic time before which a host gets no new request
        self._host_delay: dict[str, float] = {}
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
        with self._lock:
            self._host_delay[host.lower()] = min(MAX_HOST_DELAY, max(seconds, self.config.per_host_delay))

    @contextmanager
    def _host_slot(self, host: str) -> Iterator[None]:
        """One of the host's concurrent slots, entered no sooner than its minimum delay allows."""
        host = host.lower()
        with self._lock:
            slot = self._host_locks.get(host)
            if slot is None:
                slot = threading.BoundedSemaphore(self.config.per_host_concurrency)
                self._host_locks[host] = slot
        with slot:
            delay = self._host_delay.get(host, self.config.per_host_delay)
            if delay > 0:
                with self._lock:
                    now = time.monotonic()
                    start = max(now, self._next_start.get(host, 0.0))
                    self._next_start[host] = start + delay
                if start > now:
                    time.sleep(start - now)
            yield

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

    def _get_once(self, url: str, headers: Mapping[str, str], accept: frozenset[int]) -> Response:
        deadline: float | None = None  # starts with the first hop, not while queued for a host slot
        redirects: list[tuple[int, str]] = []
        visited = {url}
        current = url
        while True:
            parts = urlsplit(current)
            if parts.scheme not in ("http", "https") or not parts.hostname:
                raise InvalidURL(current, "only absolute http(s) URLs can be fetched")
            with self._host_slot(parts.hostname):
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

    def _request(self, url: str, parts: SplitResult, headers: Mapping[str, str],
                 deadline: float) -> tuple[int, Headers, bytes]:
        host = (parts.hostname or "").lower()
        try:
            target = _curl_url(url)
            port = parts.port or (443 if parts.scheme == "https" else 80)
        except (ValueError, UnicodeError, httpx.InvalidURL) as exc:
            raise InvalidURL(url, f"invalid URL: {exc}") from None
        pinned: list[str] = []
        if not self._guard.allow_private and not _is_ip_literal(host):
            try:
                addresses = self._guard.resolve(host, port)
            except FetchError as exc:
                raise type(exc)(url, str(exc).split(" (")[0]) from None
            name = host.encode("idna").decode("ascii") if not host.isascii() else host
            pinned = [f"-{name}:{port}", f"{name}:{port}:" + ",".join(f"[{a}]" if ":" in a else a for a in addresses)]
        transfer = _Transfer(url, self.config.max_body_bytes, deadline, self.config.total_timeout, self._guard)
        handle = self._acquire(host)
        try:
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
            self._release(host, handle)
        return status, transfer.parsed or transfer.headers(), b"".join(transfer.chunks)


def _ignore(_data: bytes) -> None:
    return None


def _refuse_socket(_purpose: int, _address: Any) -> int:
    return int(pycurl.SOCKET_BAD)


def _is_ip_literal(host: str) -> bool:
    try:
        ipaddress.ip_address(host.split("%")[0])
    except ValueError:
        return False
    return True


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
        self.decoder: _Decoder | None = None
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
                self.decoder = _Decoder(self.url, self.parsed.get("content-encoding", ""))
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
