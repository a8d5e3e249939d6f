"""One pass, as four stages: poll → fetch/extract/clean (per batch) → dedup → commit.

The CLI calls ``run_pass``; the Airflow DAG calls each stage as a task.  Every stage takes the run's
``RunContext`` and returns its ``StageCounts`` (``feedlake.stage``); stages talk only through the run's
staging prefix in the object store, and XCom carries the counts (keys and figures).  Each stage is
idempotent: running it again for the same run id yields the same output.  The poll and the fetch are here;
the dedup stage is ``feedlake.dedup_stage``, the commit ``feedlake.commit_stage``.
"""

from __future__ import annotations

import itertools
import logging
import threading
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit

from feedlake import polling, retries, runrows
from feedlake.commit_stage import commit_stage, recover_interrupted
from feedlake.polling import poll_feeds, rows_to_json
from feedlake.settings import Settings
from feedlake.stage import Batch, Progress, RunContext, StageCounts, leased
from feedlake.summary import poll_counts, summarize
from ingest.clean import Rules, load_rules
from ingest.extract import ExtractOptions
from ingest.feeds_file import FeedsFileError, FeedSpec, load_feeds
from ingest.fetch import EntryResult, fetch_entries
from records import Article, BoxedParagraphs, Entry, ErrorRecord, FeedStatus, utcnow
from storage.staging import RunStaging

log = logging.getLogger(__name__)


def new_run_id() -> str:
    return "cli__" + utcnow().strftime("%Y-%m-%dT%H%M%S.%fZ")


@lru_cache(maxsize=1)
def _rules() -> Rules:
    return load_rules()


def _selected_feeds(settings: Settings, only_feeds: list[str] | None) -> list[FeedSpec]:
    """The feeds file's feeds, or those of them named (by name or URL) in ``only_feeds``."""
    specs = load_feeds(settings.feeds)
    if not only_feeds:
        return specs
    wanted = set(only_feeds)
    unknown = wanted - {s.url for s in specs} - {s.name for s in specs}
    if unknown:
        raise FeedsFileError(f"feeds not in {settings.feeds}: {', '.join(sorted(unknown))}")
    return [s for s in specs if s.url in wanted or s.name in wanted]


def _stage_batches(staging: RunStaging, new: list[Entry], batch_size: int) -> list[Batch]:
    """Stage the new entries in batches of one host each (at most ``batch_size``), hosts in order; each
    batch's key, its label in the Airflow UI (the host) and its size."""
    by_host: dict[str, list[Entry]] = defaultdict(list)
    for entry in new:
        by_host[urlsplit(entry.url).hostname or "no-link"].append(entry)
    batches: list[Batch] = []
    for host in sorted(by_host):
        entries = by_host[host]
        chunks = [entries[i : i + batch_size] for i in range(0, len(entries), batch_size)]
        for n, chunk in enumerate(chunks, 1):
            name = f"entries/batch-{len(batches):05d}.parquet"
            staging.put_records(name, chunk, Entry)
            batches.append(Batch(name, host if len(chunks) == 1 else f"{host} ({n}/{len(chunks)})", len(chunk)))
    return batches


@leased
def poll_stage(ctx: RunContext, ingest_date: date | None = None, only_feeds: list[str] | None = None,
               dry_run: bool = False) -> StageCounts:
    """Poll every feed (or ``only_feeds``, by name or URL); stage new entries in batches grouped by host.

    ``dry_run`` polls and reports what is new (its counts' ``would_fetch`` feeds: URL → feed name), then
    stages and records nothing.
    """
    settings, run_id, staging = ctx.settings, ctx.run_id, ctx.staging
    specs = _selected_feeds(settings, only_feeds)
    recovered = recover_interrupted(ctx)
    _, state = ctx.feed_state(check_lake=True)
    committed = state.is_committed(run_id)
    state.close()
    if committed:
        log.info("run %s is already committed: nothing to poll", run_id)
        return poll_counts([], 0)
    # A retried poll keeps the ingest date first chosen, so partitions do not move.
    run = staging.get_json("run.json") if staging.has("run.json") else {
        "run_id": run_id, "ingest_date": (ingest_date or utcnow().date()).isoformat(),
        "started_at": utcnow().isoformat()}
    staging.put_json("run.json", run)
    _, state = ctx.feed_state()
    try:
        # Due feeds only (all with settings.force); new entries by the identity ladder (feedlake/polling.py).
        with polling.stage_client(settings) as client:
            polled = poll_feeds(settings, state, specs, run_id, client, ctx.progress)
        statuses, errors, new = polled.statuses, polled.errors, polled.new
        retried = retries.take_due(state, specs, new)  # pages that failed transiently, due or not their feed
    finally:
        state.close()
    if dry_run:
        for entry in new:
            log.info("dry run: would fetch %s (%s)", entry.url, entry.feed_name)
        staging.clear()
        counts = poll_counts(statuses, len(new))
        return replace(counts, feeds={**counts.feeds, "would_fetch": {e.url: e.feed_name for e in new}})
    staging.put_json(retries.ATTEMPTS, retried)
    staging.put_records("feeds.parquet", statuses, FeedStatus)
    staging.put_json("feed_state.json", rows_to_json(polled.rows))  # recorded by the commit
    staging.put_records("poll_errors.parquet", errors, ErrorRecord)
    counts = poll_counts(statuses, len(new), _stage_batches(staging, new, settings.batch_size))
    counts = replace(counts, counts={**counts.counts, "commits_rolled_forward": len(recovered)})
    counts.stage_in(staging)  # for the run summary
    return counts


@leased
def fetch_stage(ctx: RunContext, batch_keys: list[str], alongside: Callable[[], object] | None = None) -> StageCounts:
    """Fetch, extract and clean batches of entries: one (an Airflow task) or all of them (the CLI's whole
    pass): every host is fetched at the same time, within the per-host limits, and every core extracts.

    ``alongside`` is work for this process to do while the pages are fetched (the CLI's pass loads what
    its dedup stage needs): it runs in a thread started once the first result is in, so after the
    extraction pool has forked (a fork copies no thread, and would copy a lock that thread held), and the
    stage waits for it before it returns.
    """
    staging = ctx.staging
    batches = [staging.get_records(key, Entry) for key in batch_keys]
    entries = [(b, e) for b, batch in enumerate(batches) for e in batch]
    results: list[list[EntryResult | None]] = [[None] * len(batch) for batch in batches]
    offsets = list(itertools.accumulate((len(b) for b in batches), initial=0))
    companion: threading.Thread | None = None
    try:
        with polling.stage_client(ctx.settings) as client:
            finished = fetch_entries(client, [e for _, e in entries], _rules(), ExtractOptions(), ctx.run_id,
                                     processes=ctx.settings.extract_processes)
            for i, (index, result) in enumerate(finished, 1):
                if alongside is not None and companion is None:
                    companion = threading.Thread(target=_quietly, args=(alongside,), name="fetch-alongside",
                                                 daemon=True)
                    companion.start()
                b = entries[index][0]
                results[b][index - offsets[b]] = result
                ctx.report(i, len(entries), "fetch")
    finally:
        if companion is not None:
            companion.join()
    counts = Counter[str]()
    for key, batch_results in zip(batch_keys, results, strict=True):
        done = [r for r in batch_results if r is not None]
        articles = [r.article for r in done if r.article is not None]
        errors = [err for r in done for err in r.errors]
        stem = key.rsplit("/", 1)[-1].removesuffix(".parquet")
        staging.put_records(f"fetched/{stem}.errors.parquet", errors, ErrorRecord)
        # the boxed paragraphs first: a staged articles file is what marks the batch fetched
        staging.put_records(runrows.boxed_name(f"fetched/{stem}.articles.parquet"),
                            [BoxedParagraphs(r.article.article_id, r.boxed) for r in done if r.article is not None],
                            BoxedParagraphs)
        staging.put_records(f"fetched/{stem}.articles.parquet", articles, Article)
        batch = Counter(entries=len(done), articles=len(articles),
                        articles_from_feed=sum(a.text_source == "feed" for a in articles), errors=len(errors))
        if len(batch_keys) > 1:  # the stage's own line says it for one batch
            log.info("%s", StageCounts("fetch", dict(batch)).describe(f"batch {key}"))
        counts.update(batch)
    return StageCounts("fetch", {k: counts[k] for k in ("entries", "articles", "articles_from_feed", "errors")})


def _quietly(work: Callable[[], object]) -> None:
    try:
        work()
    except Exception:  # only a head start: the stage that needs it does it again, and fails there if it must
        log.warning("work alongside the fetch failed; the stage after it will do it", exc_info=True)


def _ready_to_dedup() -> None:
    """What the dedup stage needs, loaded while pages are fetched: its modules (numba among them, about
    0.5 s) and the compiled kernels, from their on-disk cache (about 0.6 s; compiled when it is missing)."""
    import feedlake.dedup_stage  # noqa: F401
    from dedup.warm import warm

    warm()


def run_pass(settings: Settings, run_id: str | None = None, progress: Progress | None = None,
             only_feeds: list[str] | None = None, dry_run: bool = False) -> dict[str, Any]:
    """The whole pass in this process (what the CLI runs), holding the output's lease throughout; its run
    summary."""
    ctx = RunContext.open(settings, run_id or new_run_id(), progress)
    started = time.monotonic()
    if dry_run:
        polled = poll_stage(ctx, only_feeds=only_feeds, dry_run=True)
        return {**summarize(ctx.run_id, utcnow().date(), polled, None, None), "dry_run": True,
                "would_fetch": list(polled.feeds["would_fetch"])}
    lease = ctx.hold_lease(process_bound=True)
    stop = lease.keep_alive()
    try:
        with polling.pass_client(settings):  # one client: politeness holds from the polls to the fetches
            polled = poll_stage(ctx, only_feeds=only_feeds)
            if polled.batches:  # all batches at once: every host in parallel
                fetch_stage(ctx, [b.key for b in polled.batches], alongside=_ready_to_dedup)
        from feedlake.dedup_stage import dedup_stage  # imported alongside the fetch, when there was one

        dedup_stage(ctx)
        summary = dict(commit_stage(ctx).summary)
    finally:
        stop()
        lease.release()
    summary["wall_seconds"] = round(time.monotonic() - started, 2)
    return summary


def ingest_date_for(logical_date: datetime | None, fallback: datetime | None = None) -> date:
    """The partition date of a run: its logical date, else (manual runs) when it started, in UTC."""
    when = logical_date or fallback or utcnow()
    return when.astimezone(UTC).date()
