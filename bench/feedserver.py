"""The benchmark's feed servers: an asyncio HTTP/1.1 server on several loopback addresses.

Runs in its own process (``FeedServerProcess``) so that serving costs the
poller no CPU time of its own.  It serves ``/f<n>.xml`` for ``n`` in
``range(feeds)``, feed ``n`` on address ``hosts[n % len(hosts)]``, and counts,
per address, the connections open at once and the requests in flight at once
(the peaks are what the per-host limit is checked against).

Behaviour per pass (``/_control/pass/<k>``):

* pass 1: every feed 200, except ``slow`` feeds (answered after ``slow_seconds``)
  and ``throttled`` feeds (429 with ``Retry-After``);
* pass 2: ``changed`` feeds have a new version (a new ETag, five new entries);
  the others answer 304 to a matching ``If-None-Match``.
"""

from __future__ import annotations

import asyncio
import functools
import json
import multiprocessing as mp
import os
import random
import socket
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

ENTRIES = 20


@dataclass
class Plan:
    feeds: int
    hosts: tuple[str, ...]
    seed: int = 7
    slow_share: float = 0.02
    throttled_share: float = 0.01
    changed_share: float = 0.20
    slow_seconds: float = 1.0
    retry_after: int = 300
    pages: bool = False  # also serve each entry's article page (bench.load)
    port: int = 0  # set once the servers are bound, so entry links can name it
    slow: set[int] = field(default_factory=set)
    throttled: set[int] = field(default_factory=set)
    changed: set[int] = field(default_factory=set)

    def __post_init__(self) -> None:
        # Slow and throttled feeds are spread evenly over the hosts (each host gets its share, the
        # remainder going round the hosts), at random places within each host.  Placed at random
        # over all feeds, one host of eight once drew 19 of the 100 slow feeds: with two requests
        # at a time that host alone needs 9.5 s, a floor no poller holding the limit can beat.
        rng = random.Random(self.seed)
        by_host: list[list[int]] = [[] for _ in self.hosts]
        for n in range(self.feeds):
            by_host[n % len(self.hosts)].append(n)
        for ids in by_host:
            rng.shuffle(ids)
        a, b = int(self.feeds * self.slow_share), int(self.feeds * self.throttled_share)
        dealt = []  # round the hosts: the k-th feed dealt is host k % H's (k // H)-th
        for k in range(a + b):
            dealt.append(by_host[k % len(by_host)][k // len(by_host)])
        self.slow, self.throttled = set(dealt[:a]), set(dealt[a:])
        self.changed = set(rng.sample(range(self.feeds), int(self.feeds * self.changed_share)))

    def host(self, n: int) -> str:
        return self.hosts[n % len(self.hosts)]


def render_feed(plan: Plan, n: int, version: int) -> bytes:
    host = plan.host(n)
    port = f":{plan.port}" if plan.port else ""
    base = datetime(2026, 11, 1, tzinfo=UTC)
    first = version * 5  # a new version lists five newer entries and drops the five oldest
    items = []
    for i in range(first, first + ENTRIES):
        when = format_datetime(base + timedelta(hours=i))
        body = "".join(f"<p>Paragraph {j} of story {i} in feed {n}. Lorem ipsum dolor sit amet, consectetur "
                       f"adipiscing elit, sed do <a href=\"/x\">eiusmod</a> tempor incididunt ut labore.</p>"
                       for j in range(4))
        items.append(f"<item><title>Story {i} of feed {n}</title>"
                     f"<link>http://{host}{port}/f{n}/story-{i}.html?utm_source=rss&amp;utm_medium=feed</link>"
                     f"<guid isPermaLink=\"false\">tag:bench,2026:f{n}:{i}</guid><pubDate>{when}</pubDate>"
                     f"<author>desk@example.org (News Desk)</author>"
                     f"<description><![CDATA[{body}]]></description></item>")
    return ("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\"><channel>"
            f"<title>Bench feed {n}</title><link>http://{host}/</link><description>feed {n}</description>"
            f"<ttl>30</ttl>{''.join(items)}</channel></rss>").encode()


WORDS = ("council harbor storm ferry budget school vote mayor river bridge court ruling factory jobs weather "
         "police report market price health hospital nurse teacher parents road repair tax energy wind solar "
         "farm water supply museum library park festival crowd season team coach judge station rail airport "
         "union strike wages rent housing tenant landlord permit zoning forest fire drought flood rescue").split()


def render_page(path: str) -> tuple[int, list[str], bytes]:
    """An article page for ``/f<n>/story-<i>.html``: its own words (seeded by the path), page chrome around."""
    rng = random.Random(path)
    paragraphs = "".join(
        "<p>" + " ".join(rng.choice(WORDS) for _ in range(rng.randint(30, 60))).capitalize() + ".</p>"
        for _ in range(rng.randint(4, 9)))
    html = (f"<!doctype html><html lang=\"en\"><head><title>Story {path}</title>"
            f"<link rel=\"canonical\" href=\"{path}\"></head><body><nav><a href=\"/\">Home</a> "
            f"<a href=\"/world\">World</a></nav><article><h1>Story {path}</h1>{paragraphs}</article>"
            "<footer>© 2026 Bench News. All rights reserved.</footer></body></html>")
    return 200, ["Content-Type: text/html; charset=utf-8"], html.encode()


class _State:
    def __init__(self, plan: Plan) -> None:
        self.plan = plan
        self.pass_no = 1
        self.versions = [0] * plan.feeds
        self.bodies: dict[tuple[int, int], bytes] = {}
        self.open = {h: 0 for h in plan.hosts}
        self.inflight = {h: 0 for h in plan.hosts}
        self.peak_open = {h: 0 for h in plan.hosts}
        self.peak_inflight = {h: 0 for h in plan.hosts}
        self.statuses: dict[int, int] = {}

    def body(self, n: int) -> tuple[bytes, str]:
        version = self.versions[n]
        key = (n, version)
        if key not in self.bodies:
            self.bodies[key] = render_feed(self.plan, n, version)
        return self.bodies[key], f'"f{n}-v{version}"'

    def set_pass(self, k: int) -> None:
        self.pass_no = k
        if k == 2:
            for n in self.plan.changed:
                self.versions[n] = 1

    def reset_stats(self) -> None:
        for h in self.plan.hosts:
            self.peak_open[h] = self.open[h]
            self.peak_inflight[h] = 0
        self.statuses = {}

    def stats(self) -> dict[str, object]:
        return {"peak_open": self.peak_open, "peak_inflight": self.peak_inflight, "cpu_seconds": time.process_time(),
                "statuses": {str(k): v for k, v in sorted(self.statuses.items())}}


async def _handle(state: _State, host: str, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    state.open[host] += 1
    state.peak_open[host] = max(state.peak_open[host], state.open[host])
    try:
        while True:
            try:
                head = await reader.readuntil(b"\r\n\r\n")
            except (asyncio.IncompleteReadError, ConnectionError, asyncio.LimitOverrunError):
                return
            lines = head.decode("latin-1").split("\r\n")
            path = lines[0].split(" ")[1] if len(lines[0].split(" ")) > 1 else "/"
            headers = {k.strip().lower(): v.strip() for k, _, v in (ln.partition(":") for ln in lines[1:] if ln)}
            state.inflight[host] += 1
            state.peak_inflight[host] = max(state.peak_inflight[host], state.inflight[host])
            try:
                status, extra, body = await _route(state, path, headers)
            finally:
                state.inflight[host] -= 1
            state.statuses[status] = state.statuses.get(status, 0) + 1
            reason = {200: "OK", 304: "Not Modified", 404: "Not Found", 429: "Too Many Requests"}.get(status, "X")
            out = [f"HTTP/1.1 {status} {reason}", f"Content-Length: {len(body)}"] + extra
            writer.write(("\r\n".join(out) + "\r\n\r\n").encode() + body)
            await writer.drain()
            if headers.get("connection", "").lower() == "close":
                return
    finally:
        state.open[host] -= 1
        writer.close()


async def _route(state: _State, path: str, headers: dict[str, str]) -> tuple[int, list[str], bytes]:
    plan = state.plan
    if path.startswith("/_control/"):
        parts = path.split("/")
        if parts[2] == "pass":
            state.set_pass(int(parts[3]))
        elif parts[2] == "reset":
            state.reset_stats()
        return 200, ["Content-Type: application/json"], json.dumps(state.stats()).encode()
    if plan.pages and "/story-" in path:
        return render_page(path.split("?")[0])
    if not (path.startswith("/f") and path.endswith(".xml") and path[2:-4].isdigit()):
        return 404, [], b"not found"
    n = int(path[2:-4])
    if n >= plan.feeds:
        return 404, [], b"not found"
    if state.pass_no == 1 and n in plan.throttled:
        return 429, [f"Retry-After: {plan.retry_after}"], b"slow down"
    if state.pass_no == 1 and n in plan.slow:
        await asyncio.sleep(plan.slow_seconds)
    body, etag = state.body(n)
    validators = [f"ETag: {etag}", "Last-Modified: Sun, 01 Nov 2026 00:00:00 GMT"]
    if headers.get("if-none-match") == etag:
        return 304, validators, b""
    return 200, ["Content-Type: application/rss+xml; charset=utf-8"] + validators, body


def _serve(plan: Plan, port_out: mp.connection.Connection, stop: mp.synchronize.Event) -> None:
    try:
        import uvloop

        uvloop.install()
    except ImportError:
        pass

    async def main() -> None:
        sockets = []
        port = 0
        for host in plan.hosts:
            sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            sock.bind((host, port))
            port = sock.getsockname()[1]
            sockets.append((host, sock))
        if plan.pages:
            plan.port = port
        state = _State(plan)
        for n in range(plan.feeds):  # rendered up front: serving must not cost the measured passes
            state.body(n)
        servers = [await asyncio.start_server(functools.partial(_handle, state, host), sock=sock, backlog=1024)
                   for host, sock in sockets]
        port_out.send(port)
        while not stop.is_set():
            await asyncio.sleep(0.1)
        for srv in servers:
            srv.close()

    asyncio.run(main())


class FeedServerProcess:
    """Start the servers in a child process; ``url(n)`` and ``control(...)`` talk to them."""

    def __init__(self, plan: Plan) -> None:
        self.plan = plan
        ctx = mp.get_context("spawn")
        self._stop = ctx.Event()
        parent, child = ctx.Pipe()
        self._proc = ctx.Process(target=_serve, args=(plan, child, self._stop), daemon=True)
        self._proc.start()
        if not parent.poll(120):
            raise RuntimeError("feed server did not start")
        self.port = parent.recv()
        # Remote servers have CPUs of their own.  Here the server shares the poller's cores, and once
        # the poller saturates them the server would wait for a time slice before each answer, which
        # a per-host limit then turns into idle time.  A higher priority keeps its answers prompt
        # (it uses well under a tenth of a core); without root it runs at normal priority, and says so.
        self.prioritized = False
        try:
            os.setpriority(os.PRIO_PROCESS, self._proc.pid or 0, -10)
            self.prioritized = True
        except OSError:
            pass

    def url(self, n: int) -> str:
        return f"http://{self.plan.host(n)}:{self.port}/f{n}.xml"

    def control(self, *path: str) -> dict[str, object]:
        import urllib.request

        with urllib.request.urlopen(f"http://{self.plan.hosts[0]}:{self.port}/_control/{'/'.join(path)}") as resp:
            return dict(json.loads(resp.read()))

    def close(self) -> None:
        self._stop.set()
        self._proc.join(10)
        if self._proc.is_alive():
            self._proc.terminate()
