"""From a feed entry to a clean article: fetch the page, extract, clean.

When the page cannot be fetched (robots.txt disallowing it included) or extracts
empty, the feed's own content is used (``text_source='feed'``) and the reason is
still recorded as an error row.

A pass fetches many entries at once (``fetch_entries``): threads do the HTTP exchanges, taking entries
from every host in turn so no host waits for another's politeness delay, and a pool of processes does
the CPU work (extraction and cleaning, ``finish_entry``) on every core.
"""

from __future__ import annotations

import ipaddress
import logging
import multiprocessing as mp
import os
import threading
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from urllib.parse import urlsplit

from publicsuffixlist import PublicSuffixList

from ingest.chrome import self_names
from ingest.clean import Rules, clean_text
from ingest.extract import Extracted, ExtractError, ExtractOptions, extract_page
from ingest.http import FetchError, HttpClient
from ingest.identity import canonicalize
from ingest.politeness import HostQueue
from ingest.robots import robots_for
from records import Article, Entry, ErrorRecord, collapse_spaces, stable_id, utcnow

log = logging.getLogger(__name__)


@dataclass
class EntryResult:
    article: Article | None = None
    errors: list[ErrorRecord] = field(default_factory=list)
    boxed: list[str] = field(default_factory=list)  # the article's paragraphs in a box of their own


@lru_cache(maxsize=1)
def _suffixes() -> PublicSuffixList:
    return PublicSuffixList()  # the list bundled with the package: no network


def site_of(host: str) -> str:
    """The registrable domain of ``host`` (``news.bbc.co.uk`` -> ``bbc.co.uk``); an IP address is its own."""
    host = host.lower().strip("[]").rstrip(".")
    try:
        ipaddress.ip_address(host)
        return host
    except ValueError:
        pass
    return _suffixes().privatesuffix(host) or host


def trusted_canonical(declared: str, fetched_url: str, listed_url: str) -> str:
    """The URL an article goes by: the page's declared canonical when it is on the page's own site or is
    the URL the feed listed, else the URL it was fetched from (a page must not claim another site's
    article: its text would replace that article's under the victim's id and source)."""
    fetched = canonicalize(fetched_url)
    if not declared or declared == fetched:
        return fetched
    if declared == canonicalize(listed_url):
        return declared
    declared_host, fetched_host = urlsplit(declared).hostname or "", urlsplit(fetched).hostname or ""
    if fetched_host and site_of(declared_host) == site_of(fetched_host):
        return declared
    log.warning("ignoring the canonical URL %s that %s declares: another site", declared, fetched_url)
    return fetched


@dataclass
class Fetched:
    """An entry's page as fetched (``body`` is None when there is none to extract), before any CPU work."""

    entry: Entry
    body: bytes | None
    final_url: str
    fetched_at: datetime
    errors: list[ErrorRecord] = field(default_factory=list)


def _error(entry: Entry, stage: str, message: str, kind: str, run_id: str) -> ErrorRecord:
    log.warning("%s failed for %s: %s", stage, entry.url, message,
                extra={"feed": entry.feed_url, "url": entry.url, "stage": stage})
    return ErrorRecord(entry.url or entry.entry_key, entry.feed_url, stage, message, utcnow(), kind, run_id)


def fetch_page(client: HttpClient, entry: Entry, run_id: str = "") -> Fetched:
    """The HTTP side of an entry: robots.txt, then the page (I/O only: it runs in a fetch thread)."""
    fetched = Fetched(entry, None, entry.url, utcnow())
    verdict = robots_for(client).check(entry.url) if entry.url else None
    if not entry.url:
        fetched.errors.append(_error(entry, "fetch", "entry has no link", "no_link", run_id))
    elif verdict is not None and not verdict.allowed:  # then the feed-content fallback, as for any fetch failure
        fetched.errors.append(_error(entry, "fetch", verdict.reason, verdict.kind, run_id))
    else:
        try:
            resp = client.get(entry.url, headers={"Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5"})
            fetched.fetched_at, fetched.final_url, fetched.body = utcnow(), resp.url, resp.body
        except FetchError as exc:
            wait = getattr(exc, "retry_after", 0.0)
            message = f"{exc} (Retry-After {wait:.0f} s)" if wait else str(exc)
            fetched.errors.append(_error(entry, "fetch", message, exc.kind, run_id))
    return fetched


def process_entry(
    client: HttpClient, entry: Entry, rules: Rules, options: ExtractOptions, run_id: str = ""
) -> EntryResult:
    """One entry, start to end, in this thread."""
    return finish_entry(fetch_page(client, entry, run_id), rules, options, run_id)


def _extract(fetched: Fetched, options: ExtractOptions, error: Callable[[str, str, str], None]) -> Extracted | None:
    """The fetched page's article, or None (no page, or an error reported through ``error``).  The entry's
    own date wins over the page's: with one, the page's text is not searched for one; an author in the
    page's meta tags wins over the entry's, which stands in for a byline search."""
    if fetched.body is None:
        return None
    entry = fetched.entry
    try:
        extracted = extract_page(fetched.body, fetched.final_url, options, need_date=entry.published_at is None,
                                 need_author=entry.author is None)
    except ExtractError as exc:
        error("extract", str(exc), "extract_error")
        return None
    if extracted is None:
        error("extract", "page has no extractable article text", "empty_extraction")
    return extracted


def finish_entry(fetched: Fetched, rules: Rules, options: ExtractOptions, run_id: str = "") -> EntryResult:
    """The CPU side of an entry: extract the page (or take the feed's content), clean, build the article."""
    entry = fetched.entry
    result = EntryResult(errors=list(fetched.errors))

    def error(stage: str, message: str, kind: str) -> None:
        result.errors.append(_error(entry, stage, message, kind, run_id))

    final_url, fetched_at = fetched.final_url, fetched.fetched_at
    extracted = _extract(fetched, options, error)
    if extracted is not None:
        text, text_source = extracted.text, "page"
        canonical = trusted_canonical(canonicalize(extracted.canonical_url or ""), final_url, entry.url)
    elif entry.feed_content:
        text, text_source = entry.feed_content, "feed"
        canonical = canonicalize(final_url) if final_url else ""
    else:
        return result
    if not canonical:
        error("extract", "no URL identifies this article", "no_url")
        return result

    # No language: page language tags are often wrong, and every rule is written so it
    # cannot misfire on another language's text (bench/boilerplate_eval.py measures both).
    source = urlsplit(canonical).hostname or ""
    cleaned = clean_text(text, rules, link_texts=extracted.link_texts if extracted else (),
                         set_apart=extracted.set_apart if extracted else (),
                         names=self_names(source, entry.feed_name))
    if not cleaned.text.strip():
        error("clean", "nothing left after boilerplate removal", "empty_after_cleaning")
        return result
    result.article = Article(
        article_id=stable_id(canonical),
        url=entry.url,
        canonical_url=canonical,
        feed_url=entry.feed_url,
        feed_name=entry.feed_name,
        source=source,
        title=(extracted.title if extracted and extracted.title else entry.title),
        author=(extracted.author if extracted and extracted.author else entry.author),
        published_at=entry.published_at or (extracted.published_at if extracted else None),
        fetched_at=fetched_at,
        language=extracted.language if extracted else None,
        text=cleaned.text,
        text_source=text_source,
        boilerplate_removed=list(cleaned.removed),
        boilerplate_rules=list(cleaned.removed_by),
        run_id=run_id,
    )
    if extracted is not None and extracted.set_apart:
        result.boxed = [p for p in cleaned.text.splitlines() if collapse_spaces(p) in extracted.set_apart]
    return result


# --- many entries at once -------------------------------------------------------------------------

_worker: tuple[Rules, ExtractOptions, str] | None = None


def _init_worker(rules: Rules, options: ExtractOptions, run_id: str) -> None:
    global _worker
    _worker = (rules, options, run_id)


def _finish_in_worker(fetched: Fetched) -> EntryResult:
    assert _worker is not None, "the extraction pool was not initialised"
    return finish_entry(fetched, *_worker)


def _ready() -> None:
    """A no-op that makes a pool start its processes."""


def extract_processes(wanted: int) -> int:
    """Processes for extraction: ``wanted``, or with 0 one per core this process may use."""
    if wanted > 0:
        return wanted
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


@lru_cache(maxsize=1)
def _fork() -> mp.context.BaseContext:
    # fork: the children start with trafilatura imported (spawn would import it again in each, ~1 s);
    # the pool is started before any fetch thread, so no lock of theirs is copied held.
    return mp.get_context("fork" if "fork" in mp.get_all_start_methods() else "spawn")


def _extraction_pool(processes: int, rules: Rules, options: ExtractOptions, run_id: str) -> ProcessPoolExecutor | None:
    """The processes that extract and clean, or None: with one process, or in a daemonic process (a Celery
    prefork worker's child may not start processes), the fetch threads extract."""
    if processes > 1 and mp.current_process().daemon:
        log.info("extracting in the fetch threads: this process is daemonic and cannot start a pool")
        processes = 1
    if processes <= 1:
        return None
    return ProcessPoolExecutor(processes, mp_context=_fork(), initializer=_init_worker,
                               initargs=(rules, options, run_id))


def fetch_entries(client: HttpClient, entries: Sequence[Entry], rules: Rules, options: ExtractOptions,
                  run_id: str = "", processes: int = 0) -> Iterator[tuple[int, EntryResult]]:
    """Every entry's result, as ``(its index in entries, result)``, in the order they finish.

    ``client.config.concurrency`` threads fetch, every host at once within its own limits (the client
    enforces its concurrency and delay); ``processes`` processes (0: one per core) extract and clean.
    With one process the CPU work stays in the fetch threads.
    """
    if not entries:
        return
    pool = _extraction_pool(min(extract_processes(processes), len(entries)), rules, options, run_id)
    done: deque[tuple[int, EntryResult | Future[EntryResult]]] = deque()
    ready = threading.Condition()
    queue = HostQueue(enumerate(entries), lambda item: urlsplit(item[1].url).hostname or "",
                      client.config.per_host_concurrency)
    failures: list[BaseException] = []

    def finish(index: int, fetched: Fetched) -> None:
        result: EntryResult | Future[EntryResult] = (
            pool.submit(_finish_in_worker, fetched) if pool else finish_entry(fetched, rules, options, run_id))
        with ready:
            done.append((index, result))
            ready.notify()

    def fetcher() -> None:
        try:
            while (item := queue.take()) is not None:
                host, (index, entry) = item
                try:
                    fetched = fetch_page(client, entry, run_id)
                finally:
                    queue.done(host)
                finish(index, fetched)
        except BaseException as exc:  # surfaced to the caller below
            failures.append(exc)
            with ready:
                ready.notify()

    try:
        if pool:
            pool.submit(_ready).result()  # fork now, before the fetch threads exist
        threads = [threading.Thread(target=fetcher, name=f"fetch-{i}", daemon=True)
                   for i in range(max(1, min(client.config.concurrency, len(entries))))]
        for t in threads:
            t.start()
        for _ in range(len(entries)):
            with ready:
                while not done and not failures:
                    ready.wait()
                if failures and not done:
                    raise failures[0]
                index, result = done.popleft()
            yield index, result.result() if isinstance(result, Future) else result
    finally:
        if pool:
            pool.shutdown(wait=True, cancel_futures=True)

