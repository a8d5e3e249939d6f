"""The poll stage's work: which feeds are due, polling them concurrently, which entries are new.

``pipeline.poll_stage`` calls ``poll_feeds`` and stages what it returns; the
feed state rows it computes are recorded by ``commit_stage`` only, so a pass
that never commits changes nothing.  Kept apart from ``pipeline`` so the
benchmark (``bench.poll``) measures exactly this code.

The HTTP exchanges run in threads of this process, through one client, so the
per-host limits hold in one place.  Parsing a new feed body is CPU under the
GIL: when most polls bring one (a first pass, busy feeds) it goes to a pool of
processes (``poll_processes``, ``ParsePool``), so that a thread waiting for the
GIL never holds a host's slot longer than its exchange takes.  Outcomes come
back with their entries' normalized links and content hashes; which entries
are new is decided here, against the state, for all feeds at once.
"""

from __future__ import annotations

import contextvars
import logging
import multiprocessing
import os
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from typing import Any
from urllib.parse import urlsplit

from feedlake.settings import Settings
from ingest.feed_state import FeedState, SeenRow, StateStore
from ingest.feeds_file import FeedSpec
from ingest.http import ClientConfig, HttpClient
from ingest.identity import entry_hash, fresh_entries, normalize_url, rekey
from ingest.politeness import HostQueue
from ingest.poll import Exchange, PollOutcome, conclude, fetch_feed, not_polled
from ingest.schedule import ScheduleConfig, is_due
from records import Entry, ErrorRecord, FeedStatus, utcnow

log = logging.getLogger(__name__)

# Below this many due feeds a pool of parsing processes costs more (interpreter start, imports) than it saves.
MIN_FEEDS_FOR_POOL = 250
PARSE_BACKLOG = 4  # batches per parsing process that may wait for it before the polling threads do
POOL_PROBE = 64  # polls after which ParsePool decides whether a pool of processes pays
PARSE_BATCH = 16  # feed bodies sent to a parsing process at once
Polled = tuple[PollOutcome, list[str], list[str]]  # outcome, entries' normalized links, entries' content hashes


@dataclass
class PollResult:
    statuses: list[FeedStatus] = field(default_factory=list)
    errors: list[ErrorRecord] = field(default_factory=list)
    new: list[Entry] = field(default_factory=list)
    rows: list[FeedState] = field(default_factory=list)  # feed state to record at commit


_pass_client: contextvars.ContextVar[HttpClient | None] = contextvars.ContextVar("pass_client", default=None)


@contextmanager
def pass_client(settings: Settings) -> Iterator[HttpClient]:
    """One client for every stage of a pass run in this process (the CLI's), so the per-host delays and
    limits hold across the feed polls and the page fetches, and robots.txt is read once per host."""
    with client_for(settings) as client:
        token = _pass_client.set(client)
        try:
            yield client
        finally:
            _pass_client.reset(token)


@contextmanager
def stage_client(settings: Settings) -> Iterator[HttpClient]:
    """The pass's client when there is one (``pass_client``), else a client for this stage alone."""
    shared = _pass_client.get()
    if shared is not None:
        yield shared
        return
    with client_for(settings) as client:
        yield client


def client_for(settings: Settings) -> HttpClient:
    """The HTTP client the settings describe, for feed polls and page fetches alike."""
    return HttpClient(ClientConfig(
        user_agent=settings.user_agent, connect_timeout=settings.connect_timeout,
        read_timeout=settings.read_timeout, total_timeout=settings.total_timeout,
        max_body_bytes=settings.max_body_bytes, max_redirects=settings.max_redirects,
        retries=settings.http_retries, concurrency=settings.concurrency,
        per_host_concurrency=settings.per_host_concurrency, per_host_delay=settings.per_host_delay,
        allow_private_networks=settings.allow_private_networks,
        allowed_networks=tuple(n.strip() for n in settings.allowed_networks.split(",") if n.strip()),
    ))


def schedule_config(settings: Settings) -> ScheduleConfig:
    return ScheduleConfig(min_interval=settings.min_poll_interval, max_interval=settings.max_poll_interval,
                          default_interval=settings.default_poll_interval)


def feed_row(outcome: PollOutcome, previous: FeedState | None) -> FeedState:
    """The state a committed poll leaves: its new state with what the poll saw (a feed left alone keeps its
    previous state)."""
    s = outcome.status
    if not outcome.polled and previous is not None:
        return previous
    return replace(outcome.state, feed_url=s.feed_url, last_polled_at=s.polled_at, last_status=s.status,
                   last_http_status=s.http_status)


def seen_row(entry: Entry, outcome: str, article_id: str | None, run_id: str, seen_at: str) -> SeenRow:
    """What the seen table remembers of an entry: its key, link, normalized link and content hash."""
    return SeenRow(entry.feed_url, entry.entry_key, entry.url, outcome, article_id, run_id, seen_at,
                   normalize_url(entry.url) or None, entry_hash(entry.title, entry.feed_content) or None)


def rows_to_json(rows: list[FeedState]) -> list[dict[str, Any]]:
    return [r.to_row() for r in rows]


def rows_from_json(raw: list[dict[str, Any]]) -> list[FeedState]:
    return [FeedState.from_row(r) for r in raw]  # a run staged before a rename commits as well


def process_count(settings: Settings, due: int) -> int:
    """Processes parsing feed bodies: 1 parses in the polling threads, more is a pool beside them."""
    wanted = settings.poll_processes or min(os.cpu_count() or 1, 4)
    return 1 if due < MIN_FEEDS_FOR_POOL or wanted < 2 else wanted


def _child_logging(level: int) -> None:
    """A parsing process logs as its parent does (a spawned process starts without handlers)."""
    if not logging.getLogger().handlers:
        logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")


def _conclude(spec: FeedSpec, state: FeedState, exchange: Exchange, run_id: str, schedule: ScheduleConfig,
              flag_after: int) -> Polled:
    """A feed's outcome from its exchange, with each entry's normalized link and content hash
    (worked out here, in parallel, rather than in the serial decision that follows the polling)."""
    outcome = conclude(spec, state, exchange, run_id, schedule, flag_after)
    return (outcome, [normalize_url(e.url) for e in outcome.entries],
            [entry_hash(e.title, e.feed_content) for e in outcome.entries])


def _conclude_batch(batch: list[tuple[Any, ...]]) -> list[Polled]:
    return [_conclude(*args) for args in batch]


class ParsePool:
    """Where new feed bodies are parsed: in the polling threads, or in a pool of processes.

    The pool starts once the first ``POOL_PROBE`` polls show that most bring a new body (a first
    pass, busy feeds): then parsing in the threads would hold the GIL while other threads wait to
    finish their exchanges, and with them their hosts' slots.  When most polls answer 304, the few
    new bodies cost less in the threads than the pool's start (about 0.5 s of CPU per process for the
    interpreter and imports); ``bench.poll`` measures both passes.
    """

    def __init__(self, processes: int, tick: Callable[[], None]) -> None:
        self.processes, self.tick = processes, tick
        self.pool: ProcessPoolExecutor | None = None
        self.polls = self.bodies = 0
        self.decided = processes < 2
        self.done: list[Polled] = []  # concluded in the polling threads
        self.queued: list[Future[list[Polled]]] = []
        self.batch: list[tuple[Any, ...]] = []  # bodies for the pool, sent PARSE_BATCH at a time
        self.lock = threading.Lock()
        # Bodies waiting for a parser, bounded: several batches, so the partial one never holds them all.
        self.backlog = threading.BoundedSemaphore(PARSE_BACKLOG * PARSE_BATCH * processes)

    def _pool_for(self, body: bool) -> ProcessPoolExecutor | None:
        if self.decided:  # no lock once decided: every thread comes here after each exchange
            return self.pool if body else None
        with self.lock:
            self.polls += 1
            self.bodies += body
            if self.polls >= POOL_PROBE and not self.decided:
                if self.processes > 1 and 2 * self.bodies >= self.polls:
                    log.info("%d of the first %d polls brought a new body: parsing in %d processes", self.bodies,
                             self.polls, self.processes)
                    self.pool = ProcessPoolExecutor(self.processes, mp_context=multiprocessing.get_context("spawn"),
                                                    initializer=_child_logging,
                                                    initargs=(logging.getLogger().getEffectiveLevel(),))
                self.decided = True
            return self.pool if body else None

    def conclude(self, spec: FeedSpec, state: FeedState, exchange: Exchange, run_id: str, schedule: ScheduleConfig,
                 flag_after: int) -> None:
        """The feed's outcome, here or in the pool; ``results`` has it."""
        pool = self._pool_for(exchange.needs_parsing(state))
        if pool is None:
            polled = _conclude(spec, state, exchange, run_id, schedule, flag_after)
            with self.lock:
                self.done.append(polled)
            self.tick()
            return
        self.backlog.acquire()
        with self.lock:
            self.batch.append((spec, state, exchange, run_id, schedule, flag_after))
            batch = self.batch if len(self.batch) >= PARSE_BATCH else None
            if batch:
                self.batch = []
        if batch:
            self._submit(pool, batch)

    def _submit(self, pool: ProcessPoolExecutor, batch: list[tuple[Any, ...]]) -> None:
        # In batches: the executor's own threads cost the polling process ~0.5 ms of CPU per task,
        # as much as the parse it saves.
        future = pool.submit(_conclude_batch, batch)
        size = len(batch)
        future.add_done_callback(lambda _: self._parsed(size))
        with self.lock:
            self.queued.append(future)

    def _parsed(self, n: int) -> None:
        self.backlog.release(n)
        for _ in range(n):
            self.tick()

    def results(self) -> list[Polled]:
        if self.batch and self.pool is not None:
            batch, self.batch = self.batch, []
            self._submit(self.pool, batch)
        return self.done + [polled for f in self.queued for polled in f.result()]

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(cancel_futures=True)


def _poll_all(client: HttpClient, settings: Settings, due: list[tuple[FeedSpec, FeedState]], run_id: str,
              tick: Callable[[], None]) -> list[Polled]:
    schedule = schedule_config(settings)
    states = dict((spec.url, st) for spec, st in due)
    dispatcher = HostQueue([spec for spec, _ in due],
                           lambda s: urlsplit(states[s.url].effective_url or s.url).hostname or "",
                           settings.per_host_concurrency)
    parsers = ParsePool(process_count(settings, len(due)), tick)

    def work() -> None:
        while (taken := dispatcher.take()) is not None:
            host, spec = taken
            try:  # the host's slot is freed as soon as the exchange is over, not after parsing
                exchange = fetch_feed(client, spec, states[spec.url])
            finally:
                dispatcher.done(host)
            parsers.conclude(spec, states[spec.url], exchange, run_id, schedule, settings.flag_after_failures)

    workers = max(1, min(settings.concurrency, dispatcher.host_count * settings.per_host_concurrency))
    try:
        with ThreadPoolExecutor(workers) as threads:
            for future in [threads.submit(work) for _ in range(workers)]:
                future.result()
        return parsers.results()
    finally:
        parsers.close()


def poll_feeds(settings: Settings, state: StateStore, specs: list[FeedSpec], run_id: str,
               client: HttpClient, progress: Callable[[str, int, int], None] | None = None) -> PollResult:
    """Poll the due feeds (all with ``settings.force``); the others get a ``skipped``/``disabled`` row."""
    started = time.monotonic()
    known = state.feeds()
    states = {s.url: known.get(s.url) or FeedState() for s in specs}
    now = utcnow()
    due = [s for s in specs if settings.force or (not states[s.url].disabled and is_due(states[s.url].next_poll_at,
                                                                                         now))]
    due_urls = {s.url for s in due}
    done = [0]
    tick_lock = threading.Lock()

    def tick() -> None:
        with tick_lock:
            done[0] += 1
            if progress:
                progress("poll", done[0], len(due))

    polled = {item[0].status.feed_url: item
              for item in _poll_all(client, settings, [(s, states[s.url]) for s in due], run_id, tick)}
    polled_at = time.monotonic()
    result = PollResult()
    taken_links: set[str] = set()
    for spec in specs:  # feeds-file order, so the output does not depend on thread timing
        if spec.url in due_urls:
            outcome, links, digests = polled[spec.url]
        else:  # not polled: no entries
            outcome, links, digests = not_polled(spec, states[spec.url], run_id, settings.flag_after_failures), [], []
        fresh: list[Entry] = []
        if outcome.entries:
            keys, feed_links, hashes = state.seen_in_feed(spec.url)
            seen_links = state.seen_norm_urls(links)
            seen_links |= {normalize_url(u) for u in state.seen_urls(e.url for e in outcome.entries)}
            decided = fresh_entries(outcome.entries, outcome.state.identity, keys, feed_links, seen_links, hashes,
                                    taken_links, links, digests)
            fresh = decided.fresh
            if decided.identity != outcome.state.identity:
                log.info("feed %s re-issues GUIDs (%d entries seen before under another id): keyed by link from now",
                         spec.url, decided.reissued_guids, extra={"feed": spec.url, "stage": "poll"})
                fresh = rekey(fresh, decided.identity)
                outcome.state = replace(outcome.state, identity=decided.identity)
        if len(fresh) > settings.max_new_entries_per_feed:
            fresh, outcome = _cap(fresh, outcome, settings.max_new_entries_per_feed, run_id)
        result.new.extend(fresh)
        status = outcome.status
        result.statuses.append(status if status.new_entries == len(fresh) else replace(status, new_entries=len(fresh)))
        result.errors.extend(outcome.errors)
        result.rows.append(feed_row(outcome, known.get(spec.url)))
    log.info("polled %d feeds in %.2f s, then decided %d new entries in %.2f s", len(due),
             polled_at - started, len(result.new), time.monotonic() - polled_at)
    return result


def _cap(fresh: list[Entry], outcome: PollOutcome, cap: int, run_id: str) -> tuple[list[Entry], PollOutcome]:
    """Take the first ``cap`` new entries (feeds list newest first); the rest wait for later passes.

    The feed's validators are not kept, so the next pass downloads it again instead of getting a 304,
    and the entries left over are offered again then: deferred, reported, never dropped.
    """
    url = outcome.status.feed_url
    message = (f"feed lists {len(fresh)} new entries; took {cap} this pass, {len(fresh) - cap} wait for the "
               "next passes (max_new_entries_per_feed)")
    log.warning("%s: %s", url, message, extra={"feed": url, "stage": "poll"})
    error = ErrorRecord(url, url, "poll", message, utcnow(), "too_many_entries", run_id)
    state = replace(outcome.state, etag=None, last_modified=None, body_hash=None)
    status = replace(outcome.status, etag=None, last_modified=None)  # the feeds/ row shows what is stored
    return fresh[:cap], replace(outcome, errors=[*outcome.errors, error], state=state, status=status)
