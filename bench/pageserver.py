"""Real article pages behind RSS feeds: an asyncio HTTP/1.1 server on several loopback addresses.

Runs in its own process (``PageServerProcess``) so that serving costs the measured process no CPU of its
own, at a raised priority when it may (as ``bench.feedserver`` does).  Every page is read and gunzipped
once at start-up and served from memory.  Host ``h`` (one address, the port shared by all of them)
serves:

* ``/feed.xml``: an RSS 2.0 feed listing its pages (title, link, guid, pubDate in UTC);
* ``/articles/<stem>.html``: each page as published, ``text/html; charset=utf-8``;
* ``/robots.txt``: 404 (no robots.txt: everything allowed).

Requests are counted per address and per kind (feed, robots, page, other).  Control paths on any address,
not counted: ``/_stats`` (the counts, the server's CPU seconds) and ``/_reset`` (zero the counts).
"""

from __future__ import annotations

import asyncio
import functools
import gzip
import html
import json
import multiprocessing as mp
import os
import re
import socket
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from xml.sax.saxutils import escape

KINDS = ("feed", "robots", "page", "other")
BASE_DATE = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)  # entry k of a feed is published k × 37 minutes before


@dataclass(frozen=True)
class Page:
    file: str  # a .html.gz file of the corpus
    host: int  # index into the hosts

    @property
    def path(self) -> str:
        return "/articles/" + Path(self.file).name.removesuffix(".html.gz") + ".html"


def read_page(file: str) -> bytes:
    with gzip.open(file, "rb") as fh:
        return fh.read()


_TITLE = re.compile(rb"<title[^>]*>(.*?)</title>", re.I | re.S)


def page_title(body: bytes, fallback: str) -> str:
    match = _TITLE.search(body)
    if not match:
        return fallback
    title = " ".join(html.unescape(match.group(1).decode("utf-8", "replace")).split())
    return title[:300] or fallback


def render_feed(host: str, port: int, name: str, pages: list[tuple[Page, str]]) -> bytes:
    items = []
    for k, (page, title) in enumerate(pages):
        link = f"http://{host}:{port}{page.path}"
        when = format_datetime(BASE_DATE - timedelta(minutes=37 * k), usegmt=True)
        items.append(f"<item><title>{escape(title)}</title><link>{escape(link)}</link>"
                     f"<guid isPermaLink=\"true\">{escape(link)}</guid><pubDate>{when}</pubDate></item>")
    return ("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\"><channel>"
            f"<title>{escape(name)}</title><link>http://{host}:{port}/</link>"
            f"<description>bench.speed feed of {escape(name)}</description>{''.join(items)}</channel></rss>").encode()


class _State:
    def __init__(self, hosts: tuple[str, ...], port: int, pages: list[Page]) -> None:
        self.hosts = hosts
        self.routes: dict[tuple[str, str], tuple[str, bytes]] = {}
        by_host: dict[int, list[tuple[Page, str]]] = {i: [] for i in range(len(hosts))}
        for page in pages:
            body = read_page(page.file)
            self.routes[(hosts[page.host], page.path)] = ("text/html; charset=utf-8", body)
            by_host[page.host].append((page, page_title(body, page.path)))
        for i, host in enumerate(hosts):
            self.routes[(host, "/feed.xml")] = ("application/rss+xml; charset=utf-8",
                                                render_feed(host, port, f"host-{i}", by_host[i]))
        self.reset()

    def reset(self) -> None:
        self.counts = {h: dict.fromkeys(KINDS, 0) for h in self.hosts}
        self.started_cpu = time.process_time()

    def stats(self) -> dict[str, object]:
        return {"counts": self.counts, "cpu_seconds": time.process_time() - self.started_cpu}


def _kind(path: str, found: bool) -> str:
    if path == "/robots.txt":
        return "robots"
    if not found:
        return "other"
    return "feed" if path == "/feed.xml" else "page"


async def _handle(state: _State, host: str, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    try:
        while True:
            try:
                head = await reader.readuntil(b"\r\n\r\n")
            except (asyncio.IncompleteReadError, ConnectionError, asyncio.LimitOverrunError):
                return
            lines = head.decode("latin-1").split("\r\n")
            parts = lines[0].split(" ")
            method, path = (parts[0], parts[1].split("?")[0]) if len(parts) > 1 else ("GET", "/")
            headers = {k.strip().lower(): v.strip() for k, _, v in (ln.partition(":") for ln in lines[1:] if ln)}
            extra: list[str] = []
            if path in ("/_stats", "/_reset"):
                if path == "/_reset":
                    state.reset()
                status, body, extra = 200, json.dumps(state.stats()).encode(), ["Content-Type: application/json"]
            else:
                route = state.routes.get((host, path))
                state.counts[host][_kind(path, route is not None)] += 1
                if route is None:
                    status, body = 404, b"not found"
                else:
                    status, body, extra = 200, route[1], [f"Content-Type: {route[0]}"]
            out = [f"HTTP/1.1 {status} {'OK' if status == 200 else 'Not Found'}", f"Content-Length: {len(body)}",
                   *extra]
            writer.write(("\r\n".join(out) + "\r\n\r\n").encode() + (b"" if method == "HEAD" else body))
            await writer.drain()
            if headers.get("connection", "").lower() == "close":
                return
    finally:
        writer.close()


def _serve(hosts: tuple[str, ...], pages: list[Page], port_out: mp.connection.Connection,
           stop: mp.synchronize.Event) -> None:
    try:
        import uvloop

        uvloop.install()
    except ImportError:
        pass

    async def main() -> None:
        sockets = []
        port = 0
        for host in hosts:  # the first bind picks the port, the others share it
            sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            sock.bind((host, port))
            port = sock.getsockname()[1]
            sockets.append((host, sock))
        state = _State(hosts, port, pages)  # every body in memory before the first request
        servers = [await asyncio.start_server(functools.partial(_handle, state, host), sock=sock, backlog=1024)
                   for host, sock in sockets]
        port_out.send(port)
        while not stop.is_set():
            await asyncio.sleep(0.1)
        for srv in servers:
            srv.close()

    asyncio.run(main())


class PageServerProcess:
    """Start the server in a child process; ``feed_url``/``page_url`` name its resources, ``stats``/``reset``
    read and zero its request counts."""

    def __init__(self, hosts: tuple[str, ...], pages: list[Page]) -> None:
        self.hosts = hosts
        ctx = mp.get_context("spawn")
        self._stop = ctx.Event()
        parent, child = ctx.Pipe()
        self._proc = ctx.Process(target=_serve, args=(hosts, pages, child, self._stop), daemon=True)
        self._proc.start()
        if not parent.poll(120):
            raise RuntimeError("page server did not start")
        self.port = int(parent.recv())
        self.prioritized = False
        try:  # see bench.feedserver: its answers must stay prompt while the client saturates the cores
            os.setpriority(os.PRIO_PROCESS, self._proc.pid or 0, -10)
            self.prioritized = True
        except OSError:
            pass

    def feed_url(self, host: int) -> str:
        return f"http://{self.hosts[host]}:{self.port}/feed.xml"

    def page_url(self, page: Page) -> str:
        return f"http://{self.hosts[page.host]}:{self.port}{page.path}"

    def _control(self, what: str) -> dict[str, object]:
        import urllib.request

        with urllib.request.urlopen(f"http://{self.hosts[0]}:{self.port}/_{what}", timeout=30) as resp:
            return dict(json.loads(resp.read()))

    def stats(self) -> dict[str, object]:
        return self._control("stats")

    def reset(self) -> None:
        self._control("reset")

    def close(self) -> None:
        self._stop.set()
        self._proc.join(10)
        if self._proc.is_alive():
            self._proc.terminate()
