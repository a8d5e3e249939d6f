"""One pass, as four stages: poll → fetch/extract/clean (per batch) → dedup → commit.

The CLI calls ``run_pass``; the Airflow DAG calls each stage as a task.  Stages
talk only through the run's staging prefix in the object store, and return
small JSON-able dicts (keys and counts) — what XCom carries.  Each stage is
idempotent: running it again for the same run id yields the same output.
"""

from __future__ import annotations

import logging
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit

from dedup.cluster import DedupConfig, Deduplicator
from dedup.index import SqliteIndex
from dedup.minhash import SignatureConfig
from feedlake.records import Article, Entry, ErrorRecord, FeedStatus, utcnow
from feedlake.settings import Settings
from ingest.clean import Rules, load_rules
from ingest.extract import ExtractOptions
from ingest.feeds_file import FeedSpec, load_feeds
from ingest.fetch import process_entry
from ingest.http import ClientConfig, HttpClient
from ingest.poll import FeedState, poll_feed
from storage.objectstore import ObjectStore, open_store
from storage.staging import RunStaging
from storage.state import FeedRow, SeenRow, StateFiles, StateStore

log = logging.getLogger(__name__)

STATE_DB = "feeds.sqlite"
INDEX_DB = "dedup.sqlite"
Progress = Callable[[str, int, int], None]


def new_run_id() -> str:
    return "cli__" + utcnow().strftime("%Y-%m-%dT%H%M%S.%fZ")


def open_output(settings: Settings) -> ObjectStore:
    """The output store, checked to be usable (fails fast with one line if not)."""
    store = open_store(settings.output)
    store.verify()
    return store


def client_for(settings: Settings) -> HttpClient:
    return HttpClient(ClientConfig(
        user_agent=settings.user_agent, connect_timeout=settings.connect_timeout,
        read_timeout=settings.read_timeout, total_timeout=settings.total_timeout,
        max_body_bytes=settings.max_body_bytes, max_redirects=settings.max_redirects,
        retries=settings.http_retries, concurrency=settings.concurrency,
        per_host_concurrency=settings.per_host_concurrency,
        allow_private_networks=settings.allow_private_networks,
        allowed_networks=tuple(n.strip() for n in settings.allowed_networks.split(",") if n.strip()),
    ))


def dedup_config(settings: Settings) -> DedupConfig:
    return DedupConfig(
        signature=SignatureConfig(num_perm=settings.num_perm, shingle_size=settings.shingle_size),
        bands=settings.lsh_bands, rows=settings.lsh_rows, jaccard_threshold=settings.jaccard_threshold,
        containment_threshold=settings.containment_threshold, max_size_ratio=settings.max_size_ratio,
        min_shingles=settings.min_shingles,
    )


@lru_cache(maxsize=1)
def _rules() -> Rules:
    return load_rules()


def _state(settings: Settings, store: ObjectStore) -> tuple[StateFiles, StateStore]:
    files = StateFiles(store, settings.state)
    return files, StateStore(files.pull(STATE_DB))


def poll_stage(settings: Settings, run_id: str, ingest_date: date | None = None,
               only_feeds: list[str] | None = None, progress: Progress | None = None) -> dict[str, Any]:
    """Poll every feed; stage new entries in batches grouped by host."""
    specs = load_feeds(settings.feeds)
    if only_feeds:
        wanted = set(only_feeds)
        specs = [s for s in specs if s.url in wanted or s.name in wanted]
    store = open_output(settings)
    staging = RunStaging(store, run_id)
    # A retried poll keeps the ingest date first chosen, so partitions do not move.
    run = staging.get_json("run.json") if staging.has("run.json") else {
        "run_id": run_id, "ingest_date": (ingest_date or utcnow().date()).isoformat(),
        "started_at": utcnow().isoformat()}
    staging.put_json("run.json", run)
    _, state = _state(settings, store)
    known = state.feeds()
    try:
        with client_for(settings) as client, ThreadPoolExecutor(settings.concurrency) as pool:
            def poll(spec: FeedSpec) -> Any:
                row = known.get(spec.url)
                return poll_feed(client, spec, FeedState(row.etag, row.last_modified) if row else FeedState(),
                                 run_id)
            outcomes = []
            for i, outcome in enumerate(pool.map(poll, specs), 1):
                outcomes.append(outcome)
                if progress:
                    progress("poll", i, len(specs))
        statuses: list[FeedStatus] = []
        errors: list[ErrorRecord] = []
        new: list[Entry] = []
        taken_urls: set[str] = set()
        for outcome in outcomes:
            seen_keys = state.seen_keys(outcome.status.feed_url)
            seen_urls = state.seen_urls(e.url for e in outcome.entries)
            fresh = []
            for entry in outcome.entries:
                if entry.entry_key in seen_keys or entry.url in seen_urls or entry.url in taken_urls:
                    continue
                seen_keys.add(entry.entry_key)
                if entry.url:
                    taken_urls.add(entry.url)
                fresh.append(entry)
            new.extend(fresh)
            statuses.append(replace(outcome.status, new_entries=len(fresh)))
            errors.extend(outcome.errors)
    finally:
        state.close()
    staging.put_records("feeds.parquet", statuses, FeedStatus)
    staging.put_records("poll_errors.parquet", errors, ErrorRecord)
    by_host: dict[str, list[Entry]] = defaultdict(list)
    for entry in new:
        by_host[urlsplit(entry.url).hostname or "no-link"].append(entry)
    batches = []
    for host in sorted(by_host):
        entries = by_host[host]
        chunks = [entries[i : i + settings.batch_size] for i in range(0, len(entries), settings.batch_size)]
        for n, chunk in enumerate(chunks, 1):
            name = f"entries/batch-{len(batches):05d}.parquet"
            staging.put_records(name, chunk, Entry)
            label = host if len(chunks) == 1 else f"{host} ({n}/{len(chunks)})"
            batches.append({"key": name, "label": label, "entries": len(chunk)})
    counts = Counter(s.status for s in statuses)
    log.info("polled %d feeds: %d ok, %d not modified, %d failed; %d new entries in %d batches",
             len(statuses), counts["ok"], counts["not_modified"], counts["error"], len(new), len(batches))
    return {"batches": batches, "feeds": len(statuses), "feeds_failed": counts["error"], "new_entries": len(new)}


def fetch_stage(settings: Settings, run_id: str, batch_key: str, progress: Progress | None = None) -> dict[str, Any]:
    """Fetch, extract and clean one batch of entries."""
    store = open_output(settings)
    staging = RunStaging(store, run_id)
    entries = staging.get_records(batch_key, Entry)
    rules, options = _rules(), ExtractOptions()
    articles: list[Article] = []
    errors: list[ErrorRecord] = []
    with client_for(settings) as client, ThreadPoolExecutor(settings.concurrency) as pool:
        results = pool.map(lambda e: process_entry(client, e, rules, options, run_id), entries)
        for i, result in enumerate(results, 1):
            if result.article is not None:
                articles.append(result.article)
            errors.extend(result.errors)
            if progress:
                progress("fetch", i, len(entries))
    stem = batch_key.rsplit("/", 1)[-1].removesuffix(".parquet")
    staging.put_records(f"fetched/{stem}.errors.parquet", errors, ErrorRecord)
    staging.put_records(f"fetched/{stem}.articles.parquet", articles, Article)
    feed_fallback = sum(a.text_source == "feed" for a in articles)
    log.info("batch %s: %d entries -> %d articles (%d from feed content), %d errors",
             batch_key, len(entries), len(articles), feed_fallback, len(errors))
    return {"batch": batch_key, "entries": len(entries), "articles": len(articles), "errors": len(errors)}


def dedup_stage(settings: Settings, run_id: str) -> dict[str, Any]:
    """Assign clusters to the run's articles, in a deterministic order, against the persistent index."""
    store = open_output(settings)
    staging = RunStaging(store, run_id)
    articles: list[Article] = []
    for name in staging.names("fetched/"):
        if name.endswith(".articles.parquet"):
            articles.extend(staging.get_records(name, Article))
    # Earliest first, so a cluster's root is its earliest article.
    articles.sort(key=lambda a: (a.published_at or a.fetched_at, a.article_id))
    files, state = _state(settings, store)
    try:
        committed = state.committed_article_ids(a.article_id for a in articles)
    finally:
        state.close()
    index = SqliteIndex(files.pull(INDEX_DB), dedup_config(settings).index_config())
    out: list[Article] = []
    errors: list[ErrorRecord] = []
    try:
        now = time.time()
        expired = index.expire(now - timedelta(days=settings.dedup_window_days).total_seconds())
        dedup = Deduplicator(index, dedup_config(settings))
        taken: dict[str, str] = {}
        for a in articles:
            first = taken.get(a.article_id) or (a.article_id if a.article_id in committed else None)
            if first is not None:
                errors.append(ErrorRecord(a.url, a.feed_url, "dedup",
                                          f"same canonical URL as an article already ingested ({a.canonical_url})",
                                          utcnow(), "duplicate_canonical_url", run_id))
                continue
            taken[a.article_id] = a.url
            d = dedup.decide(a.article_id, a.text, now)
            out.append(replace(a, cluster_id=d.cluster_id, duplicate_of=d.duplicate_of,
                               similarity=d.similarity, match_tier=d.match_tier))
    finally:
        index.close()
    files.push(INDEX_DB)
    staging.put_records("dedup/errors.parquet", errors, ErrorRecord)
    staging.put_records("dedup/articles.parquet", out, Article)
    dups = sum(a.duplicate_of is not None for a in out)
    log.info("dedup: %d articles, %d duplicates, %d expired from the index", len(out), dups, expired)
    return {"articles": len(out), "duplicates": dups, "expired": expired, "tiers": dict(dedup.counts)}


def commit_stage(settings: Settings, run_id: str) -> dict[str, Any]:
    """Publish the run's rows and record its state; a second call is a no-op."""
    store = open_output(settings)
    staging = RunStaging(store, run_id)
    files, state = _state(settings, store)
    try:
        if state.is_committed(run_id):
            log.info("run %s was already committed", run_id)
            return state.commit_summary(run_id)
        run = staging.get_json("run.json")
        ingest_date = date.fromisoformat(run["ingest_date"])
        articles = staging.get_records("dedup/articles.parquet", Article)
        errors = staging.get_records("poll_errors.parquet", ErrorRecord)
        for name in staging.names("fetched/"):
            if name.endswith(".errors.parquet"):
                errors.extend(staging.get_records(name, ErrorRecord))
        errors.extend(staging.get_records("dedup/errors.parquet", ErrorRecord))
        statuses = staging.get_records("feeds.parquet", FeedStatus)
        entries: list[Entry] = []
        for name in staging.names("entries/"):
            entries.extend(staging.get_records(name, Entry))
        staging.publish("articles", ingest_date, articles, Article)
        staging.publish("errors", ingest_date, errors, ErrorRecord)
        staging.publish("feeds", ingest_date, statuses, FeedStatus)
        summary = summarize(run_id, ingest_date, statuses, entries, articles, errors)
        now = utcnow().isoformat()
        by_entry = {(a.feed_url, a.url): a.article_id for a in articles}
        seen = [SeenRow(e.feed_url, e.entry_key, e.url, "article" if (e.feed_url, e.url) in by_entry else "error",
                        by_entry.get((e.feed_url, e.url)), run_id, now) for e in entries]
        previous = state.feeds()
        state.commit_run(run_id, now, summary, [_feed_row(s, previous.get(s.feed_url)) for s in statuses], seen)
    finally:
        state.close()
    files.push(STATE_DB)
    staging.clear()
    log.info("committed run %s: %s", run_id, summary)
    return summary


def _feed_row(s: FeedStatus, prev: FeedRow | None) -> FeedRow:
    failures = (prev.consecutive_failures if prev else 0) + 1 if s.status == "error" else 0
    return FeedRow(s.feed_url, s.etag, s.last_modified, s.polled_at.isoformat(), s.status, s.http_status,
                   failures, s.error)


def summarize(run_id: str, ingest_date: date, statuses: list[FeedStatus], entries: list[Entry],
              articles: list[Article], errors: list[ErrorRecord]) -> dict[str, Any]:
    status_counts = Counter(s.status for s in statuses)
    return {
        "run_id": run_id,
        "ingest_date": ingest_date.isoformat(),
        "feeds": len(statuses),
        "feeds_ok": status_counts["ok"],
        "feeds_not_modified": status_counts["not_modified"],
        "feeds_failed": status_counts["error"],
        "failing_feeds": {s.feed_name: s.error for s in statuses if s.status == "error"},
        "entries_listed": sum(s.entries for s in statuses),
        "new_entries": len(entries),
        "articles": len(articles),
        "articles_from_feed": sum(a.text_source == "feed" for a in articles),
        "duplicates": sum(a.duplicate_of is not None for a in articles),
        "new_clusters": sum(a.cluster_id == a.article_id for a in articles),
        "boilerplate_removed": sum(len(a.boilerplate_removed) for a in articles),
        "errors": len(errors),
        "errors_by_stage": dict(sorted(Counter(e.stage for e in errors).items())),
    }


def run_pass(settings: Settings, run_id: str | None = None, progress: Progress | None = None) -> dict[str, Any]:
    """The whole pass in this process (what the CLI runs)."""
    run_id = run_id or new_run_id()
    started = time.monotonic()
    polled = poll_stage(settings, run_id, progress=progress)
    for batch in polled["batches"]:
        fetch_stage(settings, run_id, batch["key"], progress=progress)
    dedup_stage(settings, run_id)
    summary = commit_stage(settings, run_id)
    summary["wall_seconds"] = round(time.monotonic() - started, 2)
    return summary


def ingest_date_for(logical_date: datetime | None, fallback: datetime | None = None) -> date:
    """The partition date of a run: its logical date, else (manual runs) when it started, in UTC."""
    when = logical_date or fallback or utcnow()
    return when.astimezone(UTC).date()
