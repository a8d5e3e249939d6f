"""A real HTTP server on loopback that plays several websites at once.

The demo and the end-to-end tests need feeds and pages served over real
sockets from what look like distinct hosts (per-host politeness, SSRF guard
exemptions and per-source boilerplate all key on the host).  On Linux every
address in 127.0.0.0/8 is bindable without setup, so each simulated host is a
loopback address with its own ``ThreadingHTTPServer``, all on one port so that
URLs differ only by host.

The standard library's ``http.server`` is used rather than a framework: it is
enough for static routes, and it keeps the test server free of dependencies
that the code under test might share.
"""

from __future__ import annotations

import email.utils
import errno
import hashlib
import logging
import threading
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any
from urllib.parse import urlsplit

from ingest.headers import Headers

log = logging.getLogger(__name__)

DEFAULT_HOSTS: tuple[str, ...] = ("127.0.0.2", "127.0.0.3", "127.0.0.4")

# Fixed rather than "now" so that a second poll of an unchanged route sends back
# the validator the first response carried, as a real static site would.
LAST_MODIFIED = "Sun, 22 Nov 2026 06:00:00 GMT"

_PORT_ATTEMPTS = 50


@dataclass
class Resource:
    """What one route answers with."""

    body: bytes
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)  # extra headers, e.g. Location
    delay: float = 0.0  # seconds to wait before responding
    conditional: bool = True  # send ETag / Last-Modified and honour If-None-Match / If-Modified-Since

    @property
    def etag(self) -> str:
        return '"' + hashlib.sha1(self.body).hexdigest() + '"'


@dataclass
class RequestRecord:
    """One request as the server saw it."""

    host: str  # the address the request arrived on
    path: str  # request target as sent, query string included
    method: str
    headers: Headers
    status: int  # what the server answered (304 for a conditional hit)
    time: float  # time.monotonic() when the request arrived
    finished: float | None = None  # time.monotonic() when the response's headers were written, before its body


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    # Serving several addresses on one port is the point; a stale TIME_WAIT
    # socket from an earlier test must not make the port look taken.
    allow_reuse_address = True

    def __init__(self, host: str, port: int, site: SiteServer) -> None:
        self.site = site
        self.host = host
        super().__init__((host, port), _Handler)

    def handle_error(self, request: Any, client_address: Any) -> None:
        # Clients that hang up early (body limits, timeouts) are what tests provoke on purpose.
        log.debug("request from %s ended abruptly", client_address, exc_info=True)


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"  # keep-alive, as clients pool connections per host
    timeout = 30  # an idle keep-alive connection must not pin a thread forever

    def do_GET(self) -> None:
        self._respond(head=False)

    def do_HEAD(self) -> None:
        self._respond(head=True)

    def log_message(self, format: str, *args: object) -> None:
        log.debug("%s %s", self.server.host, format % args)

    def _respond(self, head: bool) -> None:
        site, host = self.server.site, self.server.host
        arrived = time.monotonic()
        target = self.path
        if "://" in target:  # absolute-form request target
            parts = urlsplit(target)
            target = parts.path + (f"?{parts.query}" if parts.query else "")
        resource = site.lookup(host, target)
        if resource is None:
            resource = Resource(b"<!DOCTYPE html><html><body><h1>404 Not Found</h1></body></html>",
                                status=404, conditional=False)
        validators = resource.conditional and 200 <= resource.status < 300
        headers = Headers(self.headers.items())
        status = 304 if validators and _not_modified(resource, headers) else resource.status
        record = RequestRecord(host, self.path, self.command, headers, status, arrived)
        # Logged before responding, so a client that has its answer can assert on it.
        site._record(record)
        if resource.delay > 0:
            time.sleep(resource.delay)

        self.send_response(status)
        extra = {k.lower() for k in resource.headers}
        if status != 304 and "content-type" not in extra:
            self.send_header("Content-Type", resource.content_type)
        if validators:
            self.send_header("ETag", resource.etag)
            self.send_header("Last-Modified", LAST_MODIFIED)
        for name, value in resource.headers.items():
            self.send_header(name, value)
        if status != 304:
            self.send_header("Content-Length", str(len(resource.body)))
        self.end_headers()
        # before the body goes out: a client that has the whole response finds its record finished
        record.finished = time.monotonic()
        if status != 304 and not head:
            try:
                self.wfile.write(resource.body)
            except (BrokenPipeError, ConnectionResetError):
                log.debug("client went away before %s %s was sent", host, self.path)


def _not_modified(resource: Resource, headers: Mapping[str, str]) -> bool:
    # RFC 9110 13.2.2: If-None-Match, when present, decides alone.
    inm = headers.get("If-None-Match")
    if inm is not None:
        tags = {t.strip().removeprefix("W/") for t in inm.split(",")}
        return "*" in tags or resource.etag in tags
    ims = headers.get("If-Modified-Since")
    if ims is None:
        return False
    try:
        since = email.utils.parsedate_to_datetime(ims)
    except (TypeError, ValueError):
        return False
    if since.tzinfo is None:  # "-0000" means UTC with no offset information
        since = since.replace(tzinfo=UTC)
    return email.utils.parsedate_to_datetime(LAST_MODIFIED) <= since


class SiteServer:
    """Serves routes on several loopback addresses, one shared port.

    Routes are keyed by (address, path); a path with a query string falls back
    to the route without it.  Unknown routes answer 404.
    """

    def __init__(self, hosts: Sequence[str] = DEFAULT_HOSTS,
                 routes: Mapping[tuple[str, str], Resource] | None = None, port: int = 0) -> None:
        """``port``: the port to serve on (0: any free one; a taken port then falls back to any)."""
        if not hosts:
            raise ValueError("SiteServer needs at least one host address")
        if len(set(hosts)) != len(hosts):
            raise ValueError(f"duplicate host addresses in {list(hosts)}")
        self.hosts: tuple[str, ...] = tuple(hosts)
        self.port: int = 0
        self._preferred = port
        self.requests: list[RequestRecord] = []
        self._routes: dict[tuple[str, str], Resource] = {}
        self._lock = threading.Lock()
        self._servers: list[_Server] = []
        self._threads: list[threading.Thread] = []
        if routes:
            self.add_many(routes)

    # -- lifecycle -------------------------------------------------------

    def start(self) -> SiteServer:
        if self._servers:
            return self
        last_error: OSError | None = None
        for attempt in range(_PORT_ATTEMPTS):
            try:
                self._servers = self._bind_all(self._preferred if attempt == 0 else 0)
                break
            except OSError as exc:
                if exc.errno != errno.EADDRINUSE:
                    raise
                last_error = exc
        else:
            raise OSError(f"no port free on all of {list(self.hosts)}: {last_error}")
        self.port = self._servers[0].server_address[1]
        for srv in self._servers:
            thread = threading.Thread(target=srv.serve_forever, kwargs={"poll_interval": 0.05},
                                      name=f"siteserver-{srv.host}", daemon=True)
            thread.start()
            self._threads.append(thread)
        log.debug("site server on port %d for %s", self.port, ", ".join(self.hosts))
        return self

    def _bind_all(self, port: int) -> list[_Server]:
        # The first address picks the port (an ephemeral one for 0); the others must take the
        # same one, and if any cannot, everything is released and retried.
        bound: list[_Server] = []
        try:
            for host in self.hosts:
                srv = _Server(host, port, self)
                bound.append(srv)
                port = srv.server_address[1]
        except OSError:
            for srv in bound:
                srv.server_close()
            raise
        return bound

    def stop(self) -> None:
        for srv in self._servers:
            srv.shutdown()
            srv.server_close()
        for thread in self._threads:
            thread.join(timeout=5)
        self._servers, self._threads = [], []

    def __enter__(self) -> SiteServer:
        return self.start()

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()

    # -- routes ----------------------------------------------------------

    def add(self, host: str, path: str, resource: Resource) -> None:
        """Serve ``resource`` at ``path`` on ``host``, replacing any route there."""
        if host not in self.hosts:
            raise ValueError(f"{host} is not one of this server's hosts {list(self.hosts)}")
        if not path.startswith("/"):
            raise ValueError(f"route path must start with '/': {path!r}")
        with self._lock:
            self._routes[(host, path)] = resource

    set = add  # reads better when a test changes a route mid-run

    def add_many(self, routes: Mapping[tuple[str, str], Resource]) -> None:
        for (host, path), resource in routes.items():
            self.add(host, path, resource)

    def remove(self, host: str, path: str) -> None:
        with self._lock:
            self._routes.pop((host, path), None)

    def lookup(self, host: str, target: str) -> Resource | None:
        with self._lock:
            found = self._routes.get((host, target))
            if found is None and "?" in target:
                found = self._routes.get((host, target.split("?", 1)[0]))
            return found

    def url(self, host: str, path: str = "/") -> str:
        if not self.port:
            raise RuntimeError("SiteServer.url() needs a started server (the port is picked at start)")
        return f"http://{host}:{self.port}/{path.lstrip('/')}"

    # -- request log -----------------------------------------------------

    def _record(self, record: RequestRecord) -> None:
        with self._lock:
            self.requests.append(record)

    def log_snapshot(self) -> list[RequestRecord]:
        with self._lock:
            return list(self.requests)

    def count(self, host: str | None = None, path: str | None = None, method: str | None = None) -> int:
        """Requests seen, filtered by any of address, exact request path and method."""
        return sum(1 for r in self.log_snapshot()
                   if (host is None or r.host == host) and (path is None or r.path == path)
                   and (method is None or r.method == method))

    def clear_log(self) -> None:
        with self._lock:
            self.requests.clear()
