"""The one HTTP client feed polls and page fetches share.

httpx does the protocol work.  What it does not do, and this module adds:

* an SSRF guard at the socket layer: every connection (each redirect hop, every
  DNS answer, any IP spelling such as ``2130706433`` or ``0177.0.0.1``) is
  checked against the address actually dialled, so DNS tricks cannot slip a
  private address past a URL check;
* redirects followed by hand, so each hop is bounded, loop-checked and recorded;
* a body limit enforced while streaming the *decoded* bytes (a gzip bomb stops
  at the limit, not after inflating) and a total deadline (a slowloris server
  that trickles bytes cannot hold a worker past it);
* per-host concurrency, so one slow site cannot take every worker;
* retries with backoff for timeouts, 5xx, 408 and 429 only.
"""

from __future__ import annotations

import ipaddress
import logging
import random
import socket
import threading
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin, urlsplit

import httpcore
import httpx
from httpcore._backends.sync import SyncBackend

log = logging.getLogger(__name__)

RETRYABLE_STATUS = frozenset({408, 429, 500, 502, 503, 504})


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


def is_public_address(ip: IPAddress) -> bool:
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


class GuardedBackend(SyncBackend):
    """httpcore's socket backend, refusing non-public addresses at connect time."""

    def __init__(self, allow_private: bool, allowed_networks: tuple[str, ...] = ()) -> None:
        self.allow_private = allow_private
        self.allowed = [ipaddress.ip_network(n, strict=False) for n in allowed_networks]

    def permits(self, address: str) -> bool:
        ip = ipaddress.ip_address(address.split("%")[0])
        if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
            ip = ip.ipv4_mapped
        return self.allow_private or is_public_address(ip) or any(ip in net for net in self.allowed)

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[tuple[int, int, int] | tuple[int, int, bytes | bytearray]] | None = None,
    ) -> httpcore.NetworkStream:
        try:
            infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except socket.gaierror as exc:
            raise httpcore.ConnectError(f"cannot resolve {host}: {exc}") from exc
        addresses = [info[4][0] for info in infos]
        bad = [a for a in addresses if not self.permits(a)]
        if bad:
            # Refuse the host if *any* answer is private: a mixed answer is a rebinding trick.
            raise BlockedAddressError(host, f"refusing to connect to non-public address {bad[0]}")
        last: Exception | None = None
        for address in addresses:
            try:
                return super().connect_tcp(address, port, timeout, local_address, socket_options)
            except httpcore.ConnectError as exc:  # try the next answer
                last = exc
        raise last or httpcore.ConnectError(f"no address for {host}")


class HttpClient:
    def __init__(self, config: ClientConfig) -> None:
        self.config = config
        transport = httpx.HTTPTransport(retries=0)
        # httpx has no public hook for the socket backend; swap the pool for one using ours.
        transport._pool = httpcore.ConnectionPool(
            max_connections=config.concurrency * 2,
            network_backend=GuardedBackend(config.allow_private_networks, config.allowed_networks),
        )
        self._client = httpx.Client(
            transport=transport,
            timeout=httpx.Timeout(
                connect=config.connect_timeout, read=config.read_timeout, write=10.0, pool=config.total_timeout
            ),
            headers={"User-Agent": config.user_agent, "Accept-Encoding": "gzip, deflate"},
            follow_redirects=False,
            trust_env=False,  # a proxy from the environment would bypass the address guard
        )
        self._host_locks: dict[str, threading.BoundedSemaphore] = {}
        self._lock = threading.Lock()

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> HttpClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _host_slot(self, host: str) -> threading.BoundedSemaphore:
        with self._lock:
            slot = self._host_locks.get(host)
            if slot is None:
                slot = threading.BoundedSemaphore(self.config.per_host_concurrency)
                self._host_locks[host] = slot
            return slot

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
        deadline = time.monotonic() + self.config.total_timeout
        redirects: list[tuple[int, str]] = []
        visited = {url}
        current = url
        while True:
            parts = urlsplit(current)
            if parts.scheme not in ("http", "https") or not parts.hostname:
                raise InvalidURL(current, "only absolute http(s) URLs can be fetched")
            with self._host_slot(parts.hostname):
                status, resp_headers, body = self._request(current, headers, deadline)
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
            with self._client.stream("GET", url, headers=dict(headers)) as resp:
                declared = resp.headers.get("content-length")
                if declared and declared.isdigit() and int(declared) > limit:
                    raise BodyTooLarge(url, f"body of {declared} bytes exceeds the {limit}-byte limit")
                chunks: list[bytes] = []
                size = 0
                # iter_bytes yields decoded bytes: the limit applies after decompression.
                for chunk in resp.iter_bytes():
                    size += len(chunk)
                    if size > limit:
                        raise BodyTooLarge(url, f"body exceeds the {limit}-byte limit (after decoding)")
                    if time.monotonic() > deadline:
                        raise Timeout(url, f"response took longer than {self.config.total_timeout:g}s")
                    chunks.append(chunk)
                return resp.status_code, resp.headers, b"".join(chunks)
        except BlockedAddressError as exc:
            raise BlockedAddressError(url, str(exc).split(" (")[0]) from None
        except httpx.TimeoutException as exc:
            raise Timeout(url, f"timed out: {type(exc).__name__}") from None
        except httpx.DecodingError as exc:
            raise FetchError(url, f"cannot decode body: {exc}") from None
        except httpx.TransportError as exc:
            raise ConnectError(url, f"{type(exc).__name__}: {exc}") from None
        except httpx.InvalidURL as exc:
            raise InvalidURL(url, f"invalid URL: {exc}") from None
        except httpx.HTTPError as exc:
            raise FetchError(url, f"{type(exc).__name__}: {exc}") from None


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
