"""The one HTTP client feed polls and page fetches share.

httpcore (httpx's transport) does the protocol work; it is driven directly, not
through ``httpx.Client``, whose request/URL/cookie layers cost as much CPU as a
whole 304 poll (measured by ``python -m bench.poll``).  What it does not do, and
this module adds:

* an SSRF guard at the socket layer: every connection (each redirect hop, every
  DNS answer, any IP spelling such as ``2130706433`` or ``0177.0.0.1``) is
  checked against the address actually dialled, so DNS tricks cannot slip a
  private address past a URL check;
* redirects followed by hand, so each hop is bounded, loop-checked and recorded;
* content decoding (gzip, deflate, brotli) with a body limit enforced on the
  *decoded* bytes while streaming, each decompression step capped at what the
  limit still allows (a gzip or brotli bomb stops at the limit, not after
  inflating a chunk), and a total deadline applied to every socket
  read and write, headers included (a slowloris server that trickles bytes
  cannot hold a worker past it);
* per-host politeness: a bounded number of requests in flight per host and a
  minimum delay between the starts of two requests to one host (raised for a
  host whose robots.txt asks for a ``Crawl-delay``);
* retries with backoff for timeouts, 5xx, 408 and 429 only (callers that
  schedule their own retry, like feed polls, accept 429/503 instead).
"""

from __future__ import annotations

import ipaddress
import logging
import random
import socket
import ssl
import threading
import time
import zlib
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

import httpcore
import httpx
from httpcore._backends.sync import SyncBackend

log = logging.getLogger(__name__)

RETRYABLE_STATUS = frozenset({408, 429, 500, 502, 503, 504})
MAX_HOST_DELAY = 30.0  # a robots.txt Crawl-delay beyond this is capped, not obeyed to the letter

try:
    import brotli

    ACCEPT_ENCODING = "gzip, deflate, br"
except ImportError:  # pragma: no cover - brotli is a dependency
    brotli = None
    ACCEPT_ENCODING = "gzip, deflate"

# The deadline of the request running on this thread (sync httpx runs the socket I/O on the caller's thread).
_deadline = threading.local()


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
    headers: httpx.Headers
    body: bytes
    redirects: list[tuple[int, str]] = field(default_factory=list)  # (status, location) per hop

    @property
    def text_encoding(self) -> str | None:
        ctype = self.headers.get("content-type", "")
        for part in ctype.split(";")[1:]:
            key, _, value = part.partition("=")
            if key.strip().lower() == "charset" and value.strip():
                return value.strip().strip('"')
        return None


IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


def _unmapped(ip: IPAddress) -> IPAddress:
    """``::ffff:10.0.0.1`` is 10.0.0.1: judge (and match networks against) the IPv4 address."""
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    return ip


def is_public_address(ip: IPAddress) -> bool:
    ip = _unmapped(ip)
    return ip.is_global and not ip.is_multicast


def _bounded(timeout: float | None) -> float | None:
    """``timeout`` shortened to what is left of this thread's request deadline."""
    deadline = getattr(_deadline, "value", None)
    if deadline is None:
        return timeout
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise httpcore.ReadTimeout("total deadline passed")
    return remaining if timeout is None else min(timeout, remaining)


class DeadlineStream(httpcore.NetworkStream):
    """A socket stream whose every read and write ends by the request's total deadline."""

    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, _bounded(timeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _bounded(timeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(self, ssl_context: ssl.SSLContext, server_hostname: str | None = None,
                  timeout: float | None = None) -> httpcore.NetworkStream:
        return DeadlineStream(self._inner.start_tls(ssl_context, server_hostname, _bounded(timeout)))

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class GuardedBackend(SyncBackend):
    """httpcore's socket backend, refusing non-public addresses at connect time."""

    def __init__(self, allow_private: bool, allowed_networks: tuple[str, ...] = ()) -> None:
        self.allow_private = allow_private
        self.allowed = [ipaddress.ip_network(n, strict=False) for n in allowed_networks]

    def permits(self, address: str) -> bool:
        ip = _unmapped(ipaddress.ip_address(address.split("%")[0]))
        return self.allow_private or is_public_address(ip) or any(ip in net for net in self.allowed)

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Any = None,  # httpcore's own option type, passed through untouched
    ) -> httpcore.NetworkStream:
        try:
            infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except socket.gaierror as exc:
            raise httpcore.ConnectError(f"cannot resolve {host}: {exc}") from exc
        addresses = [str(info[4][0]) for info in infos]
        bad = [a for a in addresses if not self.permits(a)]
        if bad:
            # Refuse the host if *any* answer is private: a mixed answer is a rebinding trick.
            raise BlockedAddressError(host, f"refusing to connect to non-public address {bad[0]}")
        last: Exception | None = None
        for address in addresses:
            try:
                return DeadlineStream(super().connect_tcp(address, port, _bounded(timeout), local_address,
                                                          socket_options))
            except httpcore.ConnectError as exc:  # try the next answer
                last = exc
        raise last or httpcore.ConnectError(f"no address for {host}")


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
        self._pool = httpcore.ConnectionPool(
            max_connections=config.concurrency * 2,
            network_backend=GuardedBackend(config.allow_private_networks, config.allowed_networks),
        )
        # No proxy from the environment is ever used: it would bypass the address guard.
        self._timeouts = {"connect": config.connect_timeout, "read": config.read_timeout, "write": 10.0,
                          "pool": config.total_timeout}
        self._headers = [(b"User-Agent", config.user_agent.encode("latin-1", "replace")),
                         (b"Accept-Encoding", ACCEPT_ENCODING.encode())]
        self._host_locks: dict[str, threading.BoundedSemaphore] = {}
        self._next_start: dict[str, float] = {}  # monotonic time before which a host gets no new request
        self._host_delay: dict[str, float] = {}
        self._lock = threading.Lock()

    def close(self) -> None:
        self._pool.close()

    def __enter__(self) -> HttpClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

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
                _deadline.value = deadline
                try:
                    status, resp_headers, body = self._request(current, headers, deadline)
                finally:
                    _deadline.value = None
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
                err.retry_after = _retry_after(resp_headers.get("retry-after"))  # type: ignore[attr-defined]
                raise err
            return Response(current, status, resp_headers, body, redirects)

    def _request(self, url: str, headers: Mapping[str, str], deadline: float) -> tuple[int, httpx.Headers, bytes]:
        limit = self.config.max_body_bytes
        try:
            target = _core_url(url)
            sent = self._headers + [(k.encode("latin-1"), v.encode("latin-1", "replace")) for k, v in headers.items()]
            with self._pool.stream("GET", target, headers=sent, extensions={"timeout": self._timeouts}) as resp:
                resp_headers = httpx.Headers(resp.headers)
                declared = resp_headers.get("content-length")
                if declared and declared.isdigit() and int(declared) > limit:
                    raise BodyTooLarge(url, f"body of {declared} bytes exceeds the {limit}-byte limit")
                decoder = _Decoder(url, resp_headers.get("content-encoding", ""))
                chunks: list[bytes] = []
                size = 0
                for raw in resp.iter_stream():  # type: ignore[union-attr]
                    # Decoded bytes count: the limit applies after decompression, one capped step at a time.
                    chunk = decoder.feed(raw, limit - size + 1) if decoder.steps else raw
                    size += len(chunk)
                    if size > limit:
                        raise BodyTooLarge(url, f"body exceeds the {limit}-byte limit (after decoding)")
                    if time.monotonic() > deadline:
                        raise Timeout(url, f"response took longer than {self.config.total_timeout:g}s")
                    chunks.append(chunk)
                return resp.status, resp_headers, b"".join(chunks)
        except BlockedAddressError as exc:
            raise BlockedAddressError(url, str(exc).split(" (")[0]) from None
        except httpcore.TimeoutException as exc:
            raise Timeout(url, f"timed out: {type(exc).__name__}") from None
        except (httpcore.UnsupportedProtocol, httpx.InvalidURL, UnicodeError) as exc:
            raise InvalidURL(url, f"invalid URL: {exc}") from None
        except (httpcore.NetworkError, httpcore.ProtocolError, httpcore.ProxyError) as exc:
            raise ConnectError(url, f"{type(exc).__name__}: {exc}") from None


def _core_url(url: str) -> httpcore.URL:
    """httpcore's URL for ``url``: ASCII URLs as they are, others IDNA- and percent-encoded by httpx."""
    if url.isascii() and " " not in url:
        return httpcore.URL(url)
    parsed = httpx.URL(url)
    return httpcore.URL(scheme=parsed.raw_scheme, host=parsed.raw_host, port=parsed.port, target=parsed.raw_path)


def _retry_after(value: str | None) -> float:
    if not value:
        return 0.0
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        return max(0.0, parsedate_to_datetime(value).timestamp() - time.time())
    except (TypeError, ValueError):
        return 0.0
