"""Per-host politeness shared by every request of one client: a bounded number of requests in flight per
host, and a minimum delay between the starts of two requests to one host (raised for a host whose
robots.txt asks for a ``Crawl-delay``).  And the queue by host from which the feed polls' and the page
fetches' threads take their work, so that no host holds more threads than its slots allow."""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Generic, TypeVar

T = TypeVar("T")

MAX_HOST_DELAY = 30.0  # a robots.txt Crawl-delay beyond this is capped, not obeyed to the letter


class HostPoliteness:
    def __init__(self, per_host_concurrency: int, per_host_delay: float) -> None:
        self.per_host_concurrency = per_host_concurrency
        self.per_host_delay = per_host_delay
        self._slots: dict[str, threading.BoundedSemaphore] = {}
        self._next_start: dict[str, float] = {}  # monotonic time before which a host gets no new request
        self._last_start: dict[str, float] = {}  # when the host's latest request really started
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
                with self._lock:  # the place in the host's line: starts are handed out in order
                    now = time.monotonic()
                    start = max(now, self._next_start.get(host, 0.0))
                    self._next_start[host] = start + delay
                if start > now:
                    time.sleep(start - now)
                self._wait_after_last_start(host, delay)
            yield

    def _wait_after_last_start(self, host: str, delay: float) -> None:
        """Wait until ``delay`` has passed since the host's last request really started: a thread woken late
        from its sleep (a loaded machine) starts later than its place, and the next one must not start
        closer to it than the delay."""
        while True:
            with self._lock:
                now = time.monotonic()
                wait = self._last_start.get(host, float("-inf")) + delay - now
                if wait <= 0:
                    self._last_start[host] = now
                    self._next_start[host] = max(self._next_start.get(host, 0.0), now + delay)
                    return
            time.sleep(wait)


class HostQueue(Generic[T]):
    """Work items by host; a thread takes the next item of the next host (round-robin) that has a free slot.

    A plain thread pool over a host-interleaved list stalls whenever the next item's host has all its slots
    taken by slow responses (head-of-line blocking): its thread waits while other hosts sit idle.
    """

    def __init__(self, items: Iterable[T], host_of: Callable[[T], str], per_host: int) -> None:
        self._queues: dict[str, deque[T]] = {}
        for item in items:
            self._queues.setdefault(host_of(item).lower(), deque()).append(item)
        self.host_count = len(self._queues)
        self._hosts = deque(self._queues)
        self._busy = dict.fromkeys(self._queues, 0)
        self._per_host = max(1, per_host)
        self._cond = threading.Condition()

    def take(self) -> tuple[str, T] | None:
        """The next item and its host, waiting for a free slot; None when every item has been taken."""
        with self._cond:
            while self._hosts:
                for _ in range(len(self._hosts)):
                    host = self._hosts[0]
                    self._hosts.rotate(-1)
                    if self._busy[host] < self._per_host:
                        self._busy[host] += 1
                        item = self._queues[host].popleft()
                        if not self._queues[host]:
                            self._hosts.remove(host)
                        return host, item
                self._cond.wait()
            return None

    def done(self, host: str) -> None:
        """The host's request is over: its slot is free for the next item."""
        with self._cond:
            self._busy[host] -= 1
            self._cond.notify_all()
