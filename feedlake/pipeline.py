"""One pass, as four stages: poll → fetch/extract/clean (per batch) → dedup → commit.

The CLI calls ``run_pass``; the Airflow DAG calls each stage as a task.  Stages
talk only through the run's staging prefix in the object store, and return
small JSON-able dicts (keys and counts) — what XCom carries.  Each stage is
idempotent: running it again for the same run id yields the same output.
"""

from __future__ import annotations

import functools
import itertools
import json
import logging
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar, cast
from urllib.parse import urlsplit

from dedup.cluster import DedupConfig, Deduplicator
from dedup.index import DedupIndex
from dedup.minhash import SignatureConfig
from dedup.sqlite_index import SqliteIndex
from feedlake import alerts, polling, retries, runrows
from feedlake.polling import poll_feeds, rows_from_json, rows_to_json, seen_row
from feedlake.publish import publish_run, staged_run
from feedlake.runrows import ArticleWriter, Chunks, RunOrder
from feedlake.settings import Settings
from feedlake.summary import ArticleFacts, summarize
from feedlake.tables import open_lake
from ingest.boilerplate_state import AllowList, BoilerplateState
from ingest.clean import Rules, load_rules
from ingest.extract import ExtractOptions
from ingest.feed_state import StateLost, StateStore
from ingest.feeds_file import FeedsFileError, FeedSpec, load_feeds
from ingest.fetch import EntryResult, fetch_entries
from ingest.learned import LearnConfig, LearnInput, learn_and_clean
from records import Article, BoxedParagraphs, Cluster, Entry, ErrorRecord, FeedStatus, utcnow
from storage.failpoint import failpoint
from storage.lease import Lease
from storage.lease import acquire as acquire_lease
from storage.objectstore import ObjectStore
from storage.staging import STAGING_PREFIX, RunStaging, started_commits
from storage.state import StateFiles
from storage.uri import open_store

log = logging.getLogger(__name__)

STATE_DB = "feeds.sqlite"
INDEX_DB = "dedup.sqlite"
BOILERPLATE_DB = "boilerplate.sqlite"  # learned per-source boilerplate (ingest/boilerplate_state.py)
ALLOW_DB = "boilerplate_allow.sqlite"  # operators' allow-list: written by the CLI only, read by passes
Progress = Callable[[str, int, int], None]


class StageIncomplete(RuntimeError):
    """A stage was asked to run before the stages it depends on finished for this run."""


def recover_interrupted(settings: Settings, store: ObjectStore, current_run: str) -> list[str]:
    """Finish the commits of earlier runs that were interrupted after they started publishing.

    A commit that has started is rolled forward (its file names are fixed by its run id, so publishing
    again rewrites the same objects); a run that never reached its commit published nothing and its
    entries were not marked seen, so they are simply polled again.
    """
    finished = []
    for key in started_commits(store):
        run_id = json.loads(store.get(f"{STAGING_PREFIX}{key}/commit.json"))["run_id"]
        if run_id != current_run:
            log.warning("rolling forward the interrupted commit of run %s", run_id)
            commit_run(settings, run_id)  # under the current run's lease
            finished.append(run_id)
    return finished


def new_run_id() -> str:
    return "cli__" + utcnow().strftime("%Y-%m-%dT%H%M%S.%fZ")


def open_output(settings: Settings) -> ObjectStore:
    """The output store, checked to be usable (fails fast with one line if not)."""
    store = open_store(settings.output)
    store.verify()
    return store


def dedup_config(settings: Settings) -> DedupConfig:
    return DedupConfig(
        signature=SignatureConfig(num_perm=settings.num_perm, shingle_size=settings.shingle_size),
        bands=settings.lsh_bands, rows=settings.lsh_rows, jaccard_threshold=settings.jaccard_threshold,
        containment_threshold=settings.containment_threshold, max_size_ratio=settings.max_size_ratio,
        min_shingles=settings.min_shingles, fact_check=settings.fact_check,
    )


def open_dedup_index(settings: Settings, files: StateFiles) -> DedupIndex:
    """The near-duplicate index: the SQLite file among the state files, or the shared Redis one."""
    config = dedup_config(settings).index_config()
    if settings.dedup_backend == "redis":
        from dedup.redis_index import RedisIndex

        return RedisIndex(settings.redis_url, config, prefix=settings.redis_prefix,
                          window_seconds=timedelta(days=settings.dedup_window_days).total_seconds())
    return SqliteIndex(files.pull(INDEX_DB), config)


@lru_cache(maxsize=1)
def _rules() -> Rules:
    return load_rules()


def _state(settings: Settings, store: ObjectStore, check_lake: bool = False) -> tuple[StateFiles, StateStore]:
    """The feed state; with ``check_lake``, a missing or empty state file beside a lake that holds data is an
    error (``StateLost``), never a silent fresh start that would fetch everything again."""
    files = StateFiles(store, settings.state)
    path = files.pull(STATE_DB)
    if check_lake and (not path.exists() or path.stat().st_size == 0) and not open_lake(store).is_empty():
        where = store.url_for("_state/" + STATE_DB) if files.remote else str(path)
        raise StateLost(f"state file {where} is {'empty' if path.exists() else 'missing'} but the lake at "
                        f"{store.uri} holds data: rebuild it with `feedlake state rebuild --output {store.uri}` "
                        "(or restore the file); a fresh start would fetch every listed entry again")
    return files, StateStore(path)


def hold_lease(settings: Settings, store: ObjectStore, run_id: str, process_bound: bool = False) -> Lease:
    """Take the output's lease for this run, or renew the one it holds (every stage does: a stage of
    another run would fail here rather than write beside this one)."""
    return acquire_lease(store, run_id, timedelta(minutes=settings.lease_minutes), utcnow,
                         wait=settings.lease_wait_seconds, process_bound=process_bound)


Stage = TypeVar("Stage", bound=Callable[..., dict[str, Any]])


def leased(stage: Stage) -> Stage:
    """A stage holds its run's lease on the output while it works, renewing it (an Airflow task is a stage);
    a dry run writes nothing and takes no lease.  The first stage takes it before anything is written, the
    roll-forward of an interrupted commit included."""
    @functools.wraps(stage)
    def run(settings: Settings, run_id: str, *args: Any, **kwargs: Any) -> dict[str, Any]:
        if kwargs.get("dry_run"):
            return stage(settings, run_id, *args, **kwargs)
        stop = hold_lease(settings, open_output(settings), run_id).keep_alive()
        try:
            return stage(settings, run_id, *args, **kwargs)
        finally:
            stop()

    return cast(Stage, run)


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


def _stage_batches(staging: RunStaging, new: list[Entry], batch_size: int) -> list[dict[str, Any]]:
    """Stage the new entries in batches of one host each (at most ``batch_size``), hosts in order; each
    batch's key, its label in the Airflow UI (the host) and its size."""
    by_host: dict[str, list[Entry]] = defaultdict(list)
    for entry in new:
        by_host[urlsplit(entry.url).hostname or "no-link"].append(entry)
    batches: list[dict[str, Any]] = []
    for host in sorted(by_host):
        entries = by_host[host]
        chunks = [entries[i : i + batch_size] for i in range(0, len(entries), batch_size)]
        for n, chunk in enumerate(chunks, 1):
            name = f"entries/batch-{len(batches):05d}.parquet"
            staging.put_records(name, chunk, Entry)
            label = host if len(chunks) == 1 else f"{host} ({n}/{len(chunks)})"
            batches.append({"key": name, "label": label, "entries": len(chunk)})
    return batches


@leased
def poll_stage(settings: Settings, run_id: str, ingest_date: date | None = None,
               only_feeds: list[str] | None = None, dry_run: bool = False,
               progress: Progress | None = None) -> dict[str, Any]:
    """Poll every feed (or ``only_feeds``, by name or URL); stage new entries in batches grouped by host.

    ``dry_run`` polls and reports what is new, then stages and records nothing.
    """
    specs = _selected_feeds(settings, only_feeds)
    store = open_output(settings)
    recovered = recover_interrupted(settings, store, run_id)
    staging = RunStaging(store, run_id)
    _, state = _state(settings, store, check_lake=True)
    committed = state.is_committed(run_id)
    state.close()
    if committed:
        log.info("run %s is already committed: nothing to poll", run_id)
        return {"batches": [], "feeds": 0, "feeds_failed": 0, "new_entries": 0, "already_committed": True}
    # A retried poll keeps the ingest date first chosen, so partitions do not move.
    run = staging.get_json("run.json") if staging.has("run.json") else {
        "run_id": run_id, "ingest_date": (ingest_date or utcnow().date()).isoformat(),
        "started_at": utcnow().isoformat()}
    staging.put_json("run.json", run)
    _, state = _state(settings, store)
    try:
        # Due feeds only (all with settings.force); new entries by the identity ladder (feedlake/polling.py).
        with polling.stage_client(settings) as client:
            polled = poll_feeds(settings, state, specs, run_id, client, progress)
        statuses, errors, new = polled.statuses, polled.errors, polled.new
        retried = retries.take_due(state, specs, new)  # pages that failed transiently, due or not their feed
    finally:
        state.close()
    counts = Counter(s.status for s in statuses)
    if dry_run:
        for entry in new:
            log.info("dry run: would fetch %s (%s)", entry.url, entry.feed_name)
        staging.clear()
        return {"batches": [], "feeds": len(statuses), "feeds_failed": counts["error"], "new_entries": len(new),
                "dry_run": True, "would_fetch": [e.url for e in new]}
    staging.put_json(retries.ATTEMPTS, retried)
    staging.put_records("feeds.parquet", statuses, FeedStatus)
    staging.put_json("feed_state.json", rows_to_json(polled.rows))  # recorded by the commit
    staging.put_records("poll_errors.parquet", errors, ErrorRecord)
    batches = _stage_batches(staging, new, settings.batch_size)
    log.info("polled %d feeds: %d ok, %d not modified, %d failed, %d skipped (not due), %d disabled; "
             "%d new entries in %d batches", len(statuses) - counts["skipped"] - counts["disabled"], counts["ok"],
             counts["not_modified"], counts["error"] + counts["gone"], counts["skipped"], counts["disabled"],
             len(new), len(batches))
    return {"batches": batches, "feeds": len(statuses), "feeds_failed": counts["error"], "new_entries": len(new),
            "recovered_runs": recovered}


@leased
def fetch_stage(settings: Settings, run_id: str, batch_key: str | list[str],
                progress: Progress | None = None) -> dict[str, Any]:
    """Fetch, extract and clean one batch of entries (an Airflow task), or several at once (the CLI's whole
    pass): every host is fetched at the same time, within the per-host limits, and every core extracts."""
    keys = [batch_key] if isinstance(batch_key, str) else list(batch_key)
    staging = RunStaging(open_output(settings), run_id)
    batches = [staging.get_records(key, Entry) for key in keys]
    entries = [(b, e) for b, batch in enumerate(batches) for e in batch]
    results: list[list[EntryResult | None]] = [[None] * len(batch) for batch in batches]
    offsets = list(itertools.accumulate((len(b) for b in batches), initial=0))
    with polling.stage_client(settings) as client:
        finished = fetch_entries(client, [e for _, e in entries], _rules(), ExtractOptions(), run_id,
                                 processes=settings.extract_processes)
        for i, (index, result) in enumerate(finished, 1):
            b = entries[index][0]
            results[b][index - offsets[b]] = result
            if progress:
                progress("fetch", i, len(entries))
    counts = Counter[str]()
    for key, batch_results in zip(keys, results, strict=True):
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
        feed_fallback = sum(a.text_source == "feed" for a in articles)
        log.info("batch %s: %d entries -> %d articles (%d from feed content), %d errors",
                 key, len(done), len(articles), feed_fallback, len(errors))
        counts.update(entries=len(done), articles=len(articles), errors=len(errors))
    return {"batch": keys[0] if isinstance(batch_key, str) else keys, **counts}


def learn_config(settings: Settings) -> LearnConfig:
    return LearnConfig(
        min_stories=settings.boilerplate_min_stories, window_days=settings.boilerplate_window_days,
        method=settings.boilerplate_fingerprint, variable_share=settings.boilerplate_variable_share,
    )


def learn_boilerplate(settings: Settings, files: StateFiles, order: RunOrder, staging: RunStaging,
                      chunks: Chunks) -> None:
    """Remove each source's learned boilerplate from the pass's articles (see ingest/learned.py for why here),
    and spill every article, cleaned, into ``chunks`` for the dedup stage.

    Learning takes one source at a time, with that source's articles of the pass in the dedup stage's
    deterministic order, sources in the order their first article comes, all in one transaction of the
    state: what one call over the whole pass did, without holding every source's articles at once.  The
    removed pieces are appended to ``boilerplate_removed`` with ``learned:<fingerprint>`` labels in
    ``boilerplate_rules``.  Without learning, the articles go through a staged batch at a time.
    """
    if not settings.boilerplate_learning or not len(order):
        for _, positions in order.by_file():
            chunks.write([p.rank for p in positions], order.read_articles(staging, positions))
        return
    config = learn_config(settings)
    allow = AllowList(files.pull(ALLOW_DB))
    try:
        allowed = [(e.source, e.fingerprint, e.text) for e in allow.entries()]
    finally:
        allow.close()
    # learn_and_clean reckons its window back from the latest article it is given: from the pass's
    # latest, as when it was given the whole pass.  An item without a source is passed through untouched.
    latest = LearnInput("", "", "", order.seen_until)
    removed = cleaned = 0
    state = BoilerplateState(files.pull(BOILERPLATE_DB))
    try:
        state.expire(order.seen_until - config.window_days * 86400.0)
        with state.transaction():  # the calls below join it: the pass's learning is all or nothing
            for source, positions in order.by_source():
                articles = order.read_articles(staging, positions)
                if source:
                    boxed = order.read_boxed(staging, positions)
                    items = [LearnInput(a.article_id, a.source, a.text, a.fetched_at.timestamp(), a.language,
                                        a.feed_name, b) for a, b in zip(articles, boxed, strict=True)]
                    learned = learn_and_clean([*items, latest], state, config, allowed)[:-1]
                    articles = [replace(a, text=r.text, boilerplate_removed=[*a.boilerplate_removed, *r.removed],
                                        boilerplate_rules=[*a.boilerplate_rules, *r.labels]) if r.removed else a
                                for a, r in zip(articles, learned, strict=True)]
                    removed += sum(len(r.removed) for r in learned)
                    cleaned += sum(1 for r in learned if r.removed)
                chunks.write([p.rank for p in positions], articles)
                del articles
    finally:
        state.close()
    files.push(BOILERPLATE_DB)
    log.info("learned boilerplate: %d pieces removed from %d of %d articles", removed, cleaned, len(order))


@leased
def dedup_stage(settings: Settings, run_id: str) -> dict[str, Any]:
    """Assign clusters to the run's articles, in a deterministic order, against the persistent index.

    Bounded by a chunk of articles, not the run: only the sort keys of all the run's articles are read at
    once (``feedlake.runrows``); the articles are cleaned source by source and decided chunk by chunk, and
    ``dedup/articles.parquet`` is written a chunk at a time.
    """
    store = open_output(settings)
    staging = RunStaging(store, run_id)
    fetched = set(staging.names("fetched/"))
    missing = [b for b in staging.names("entries/")
               if "fetched/" + b.rsplit("/", 1)[-1].replace(".parquet", ".articles.parquet") not in fetched]
    if missing:
        raise StageIncomplete(f"run {run_id}: {len(missing)} batch(es) not fetched yet, e.g. {missing[0]}")
    # Earliest first, so a cluster's root is its earliest article.
    order = RunOrder.read(staging, [n for n in sorted(fetched) if n.endswith(".articles.parquet")])
    files, state = _state(settings, store)
    try:
        committed = state.committed_article_ids(order.article_ids)
    finally:
        state.close()
    with tempfile.TemporaryDirectory(prefix="feedlake-dedup-") as tmp:
        chunks = Chunks(Path(tmp), len(order), runrows.CHUNK)
        learn_boilerplate(settings, files, order, staging, chunks)  # before dedup: it must compare cleaned text
        writer = ArticleWriter(Path(tmp) / "articles.parquet")
        index = open_dedup_index(settings, files)
        try:
            now = time.time()
            expired = index.expire(now - timedelta(days=settings.dedup_window_days).total_seconds())
            dedup = Deduplicator(index, dedup_config(settings))
            decided = _decide(dedup, index, chunks, writer, committed, now, run_id)
            clusters = [Cluster(c.cluster_id, c.merged_into, c.bridged_by, c.size,
                                datetime.fromtimestamp(c.first_seen, UTC), datetime.fromtimestamp(c.last_seen, UTC),
                                list(c.sources), c.title, run_id) for c in index.clusters(decided.touched)]
        finally:
            index.close()
            writer.close()
        if settings.dedup_backend == "sqlite":
            files.push(INDEX_DB)
        staging.put_records("dedup/errors.parquet", decided.errors, ErrorRecord)
        staging.put_records("dedup/clusters.parquet", clusters, Cluster)
        staging.upload(writer.path, "dedup/articles.parquet")  # last: the commit waits for it
    merged = sum(c.merged_into is not None for c in clusters)
    log.info("dedup: %d articles, %d duplicates, %d clusters changed (%d merged), %d expired from the index",
             writer.rows, decided.duplicates, len(clusters), merged, expired)
    return {"articles": writer.rows, "duplicates": decided.duplicates, "clusters": len(clusters), "merged": merged,
            "expired": expired, "tiers": dict(dedup.counts)}


@dataclass
class _Decided:
    errors: list[ErrorRecord] = field(default_factory=list)
    touched: dict[str, None] = field(default_factory=dict)  # clusters this run changed, in first-touch order
    duplicates: int = 0


def _decide(dedup: Deduplicator, index: DedupIndex, chunks: Chunks, writer: ArticleWriter, committed: set[str],
            now: float, run_id: str) -> _Decided:
    """Decide the run's articles a chunk at a time, writing each chunk's rows, in one write transaction
    (SQLite): decisions see each other, and commit once.  An article whose canonical URL another article of
    the run, or one committed before, already has is an error row, not a second article."""
    done = _Decided()
    taken: dict[str, str] = {}

    def same_url(a: Article, why: str) -> None:
        done.errors.append(ErrorRecord(a.url, a.feed_url, "dedup", f"same canonical URL {why} ({a.canonical_url})",
                                       utcnow(), "duplicate_canonical_url", run_id))

    with index.transaction():
        for chunk in chunks.read():
            out: list[Article] = []
            for a in chunk:
                if a.article_id in taken:
                    same_url(a, "as another article of this run")
                    continue
                taken[a.article_id] = a.url
                if a.article_id in committed and index.get(a.article_id) is None:
                    same_url(a, "as an article ingested before the dedup window (its text was not compared)")
                    continue
                d = dedup.decide(a.article_id, a.text, now, title=a.title, source=a.source, run=run_id)
                if d.unchanged and a.article_id in committed:
                    if a.text_source != "feed":  # a retried page that failed again: its fetch error says so
                        same_url(a, "and text as an article already ingested")
                    continue
                out.append(replace(a, cluster_id=d.cluster_id, duplicate_of=d.duplicate_of,
                                   similarity=d.similarity, match_tier=d.match_tier, version=d.version))
                done.touched.update(dict.fromkeys((d.cluster_id, *d.merged)))
            writer.write(out)
            done.duplicates += sum(a.duplicate_of is not None for a in out)
    return done


@leased
def commit_stage(settings: Settings, run_id: str) -> dict[str, Any]:
    """Commit the run (see ``commit_run``), then release the output's lease: the pass is over."""
    summary = commit_run(settings, run_id)
    hold_lease(settings, open_output(settings), run_id).release()
    return summary


def commit_run(settings: Settings, run_id: str) -> dict[str, Any]:
    """Record the run's state, then commit its rows to the tables; a second call is a no-op.

    State goes first: an entry is marked seen once the commit has started, and ``commit.json`` makes the
    next pass roll the commit forward (``recover_interrupted``) until every table holds the run's
    transaction, so an entry is never both seen and missing from the lake.  The run's articles and entries
    are read a row group (a staged batch) at a time, never all at once.
    """
    store = open_output(settings)
    staging = RunStaging(store, run_id)
    with tempfile.TemporaryDirectory(prefix="feedlake-commit-") as tmp:
        files, state = _state(settings, store)
        try:
            started = staging.has("commit.json")
            if state.is_committed(run_id) and not started:
                log.info("run %s was already committed", run_id)
                staging.clear()  # a crash after the commit can leave it behind
                return state.commit_summary(run_id)
            for needed in ("run.json", "dedup/articles.parquet"):
                if not staging.has(needed):
                    raise StageIncomplete(f"run {run_id}: cannot commit before the dedup stage has finished "
                                          f"({needed} is not staged)")
            # From here on the run is rolled forward, never back: see recover_interrupted().
            if not started:
                staging.put_json("commit.json", {"run_id": run_id, "started_at": utcnow().isoformat()})
            staged = staged_run(staging, Path(tmp))
            plan = retries.plan(staged.entries(), staged.errors,
                                staging.get_json(retries.ATTEMPTS) if staging.has(retries.ATTEMPTS) else {},
                                utcnow())
            staged.errors = plan.errors
            facts = ArticleFacts.of(staged.articles)
            summary = summarize(run_id, staged.ingest_date, staged.statuses, sum(1 for _ in staged.entries()),
                                facts, staged.errors)
            if not state.is_committed(run_id):
                now = utcnow().isoformat()
                by_entry = facts.by_entry
                seen = (seen_row(e, "article" if (e.feed_url, e.url) in by_entry else "error",
                                 by_entry.get((e.feed_url, e.url)), run_id, now) for e in staged.entries())
                state.commit_run(run_id, now, summary, rows_from_json(staging.get_json("feed_state.json")), seen,
                                 retry=plan.retry, settled=plan.settled)
                failpoint("commit_before_state_push")
        finally:
            state.close()
        files.push(STATE_DB)
        failpoint("commit_after_state")
        changed = publish_run(open_lake(store), staging.key, staged)
    staging.clear()
    if changed:  # where operators look: the log, the run note's warnings, the webhook
        summary = {**summary, "became_failing": changed}
        alerts.feeds_changed(run_id, changed)
    log.info("committed run %s: %s", run_id, summary)
    return summary


def run_pass(settings: Settings, run_id: str | None = None, progress: Progress | None = None,
             only_feeds: list[str] | None = None, dry_run: bool = False) -> dict[str, Any]:
    """The whole pass in this process (what the CLI runs), holding the output's lease throughout."""
    run_id = run_id or new_run_id()
    started = time.monotonic()
    if dry_run:
        return {"run_id": run_id, **poll_stage(settings, run_id, only_feeds=only_feeds, dry_run=True,
                                               progress=progress)}
    lease = hold_lease(settings, open_output(settings), run_id, process_bound=True)
    stop = lease.keep_alive()
    try:
        with polling.pass_client(settings):  # one client: politeness holds from the polls to the fetches
            polled = poll_stage(settings, run_id, only_feeds=only_feeds, progress=progress)
            if polled["batches"]:  # all batches at once: every host in parallel
                fetch_stage(settings, run_id, [b["key"] for b in polled["batches"]], progress=progress)
        dedup_stage(settings, run_id)
        summary = commit_stage(settings, run_id)
    finally:
        stop()
        lease.release()
    summary["wall_seconds"] = round(time.monotonic() - started, 2)
    return summary


def ingest_date_for(logical_date: datetime | None, fallback: datetime | None = None) -> date:
    """The partition date of a run: its logical date, else (manual runs) when it started, in UTC."""
    when = logical_date or fallback or utcnow()
    return when.astimezone(UTC).date()
