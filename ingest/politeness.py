"""Per-host politeness shared by every request of one client: a bounded number of requests in flight per
host, and a minimum delay between the starts of two requests to one host (raised for a host whose
robots.txt asks for a ``Crawl-delay``)."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

MAX_HOST_DELAY = 30.0  # a robots.txt Crawl-delay beyond this is capped, not obeyed to the letter


class HostPoliteness:
    def __init__(self, per_host_concurrency: int, per_host_delay: float) -> None:
        self.per_host_concurrency = per_host_concurrency
        self.per_host_delay = per_host_delay
        self._slots: dict[str, threading.BoundedSemaphore] = {}
        self._next_start: dict[str, float] = {}  # monotonic time before which a host gets no new request
        self._delay: dict[str, float] = {}
        self._lock = threading.Lock()

    def set_delay(self, host: str, seconds: float) -> None:
        """Space requests to ``host`` at least ``seconds`` apart, never below the default nor above the cap."""
        with self._lock:
            self._delay[host.lower()] = min(MAX_HOST_DELAY, max(seconds, self.per_host_delay))

    def delay(self, host: str) -> float:
        """The minimum seconds between the starts of two requests to ``host``."""
        return self._delay.get(host.lower(), self.per_host_delay)

    @contextmanager
    def slot(self, host: str) -> Iterator[None]:
        """One of the host's concurrent slots, entered no sooner than its minimum delay allows."""
        host = host.lower()
        with self._lock:
            slot = self._slots.get(host)
            if slot is None:
                slot = self._slots[host] = threading.BoundedSemaphore(self.per_host_concurrency)
        with slot:
            delay = self.delay(host)
            if delay > 0:
                with self._lock:
                    now = time.monotonic()
                    start = max(now, self._next_start.get(host, 0.0))
                    self._next_start[host] = start + delay
                if start > now:
                    time.sleep(start - now)
            yield
