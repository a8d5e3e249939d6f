"""robots.txt for article pages (protego), fetched once per host per client.

RFC 9309's reading of the fetch outcome: a 4xx robots.txt (none there) allows
everything; a 5xx or an unreachable one disallows everything for now (the site
is in trouble, and a later pass asks again).  A ``Crawl-delay`` for our agent
raises the client's minimum delay for that host.  Feeds themselves are not
checked: an operator subscribed to them, as a reader would.
"""

from __future__ import annotations

import logging
import threading
import weakref
from dataclasses import dataclass
from urllib.parse import urlsplit

from protego import Protego

from ingest.http import FetchError, HttpClient

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RobotsVerdict:
    allowed: bool
    reason: str = ""  # why not, in one line
    kind: str = ""  # error_type: 'robots_disallowed' | 'robots_unavailable'


@dataclass(frozen=True)
class _Rules:
    parser: Protego | None  # None: every path allowed
    unavailable: str = ""  # set when robots.txt could not be read: everything disallowed


class RobotsCache:
    """Per-host robots.txt rules for one client's lifetime (thread-safe, one fetch per host)."""

    def __init__(self, client: HttpClient) -> None:
        self.client = client
        self.agent = client.config.user_agent
        self._rules: dict[str, _Rules] = {}
        self._locks: dict[str, threading.Lock] = {}
        self._lock = threading.Lock()

    def check(self, url: str) -> RobotsVerdict:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            return RobotsVerdict(True)  # the fetch itself will refuse it, with its own reason
        origin = f"{parts.scheme}://{parts.netloc}".lower()
        rules = self._rules_for(origin, parts.hostname)
        if rules.unavailable:
            return RobotsVerdict(False, f"robots.txt of {origin} unavailable ({rules.unavailable}); not fetching {url}",
                                 "robots_unavailable")
        if rules.parser is not None and not rules.parser.can_fetch(url, self.agent):
            return RobotsVerdict(False, f"robots.txt of {origin} disallows {url}", "robots_disallowed")
        return RobotsVerdict(True)

    def _rules_for(self, origin: str, host: str) -> _Rules:
        with self._lock:
            if origin in self._rules:
                return self._rules[origin]
            lock = self._locks.setdefault(origin, threading.Lock())
        with lock:  # one fetch per origin; the others wait for its answer
            if origin not in self._rules:
                self._rules[origin] = self._fetch(origin, host)
            return self._rules[origin]

    def _fetch(self, origin: str, host: str) -> _Rules:
        url = origin + "/robots.txt"
        try:
            resp = self.client.get(url, headers={"Accept": "text/plain, */*;q=0.5"},
                                   accept_status=range(400, 600))
        except FetchError as exc:
            if exc.kind in ("blocked_address", "invalid_url"):
                return _Rules(None)  # the page fetch is refused too, and reports the precise reason
            log.info("robots.txt of %s unreachable: %s", origin, exc, extra={"url": url, "stage": "fetch"})
            return _Rules(None, exc.kind)
        if resp.status >= 500:
            return _Rules(None, f"HTTP {resp.status}")
        if resp.status >= 400:
            return _Rules(None)
        parser = Protego.parse(resp.body.decode(resp.text_encoding or "utf-8", errors="replace"))
        delay = parser.crawl_delay(self.agent)
        if delay:
            self.client.set_host_delay(host, float(delay))
        return _Rules(parser)


_caches: weakref.WeakKeyDictionary[HttpClient, RobotsCache] = weakref.WeakKeyDictionary()
_caches_lock = threading.Lock()


def robots_for(client: HttpClient) -> RobotsCache:
    """The robots cache that lives as long as ``client`` (every fetch through it shares it)."""
    with _caches_lock:
        cache = _caches.get(client)
        if cache is None:
            cache = _caches[client] = RobotsCache(client)
        return cache
