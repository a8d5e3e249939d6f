"""The dedup stage: each source's learned boilerplate removed from the run's articles, then every article
decided against the persistent near-duplicate index, in a deterministic order, a chunk at a time."""

from __future__ import annotations

import logging
import tempfile
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from dedup.cluster import DedupConfig, Deduplicator
from dedup.index import DedupIndex
from dedup.minhash import SignatureConfig
from dedup.sqlite_index import SqliteIndex
from feedlake import runrows
from feedlake.runrows import ArticleWriter, Chunks, Position, RunOrder
from feedlake.settings import Settings
from feedlake.stage import ALLOW_DB, BOILERPLATE_DB, INDEX_DB, RunContext, StageCounts, StageIncomplete, leased
from ingest.boilerplate_state import AllowList, BoilerplateState
from ingest.learned import LearnConfig, LearnInput, learn_and_clean
from records import Article, Cluster, ErrorRecord, utcnow
from storage.staging import RunStaging
from storage.state import StateFiles

log = logging.getLogger(__name__)

# A source's articles of a pass are learned this many at a time, as if they had come in passes of this size
# (the learner is incremental: each slice counts against the state the earlier ones left).  Learning holds
# what it learns from, some 200 KB per article, so a source of 5,000 new articles in one pass would hold
# about 1 GB; a slice holds about 100 MB.  Tests set it small.
LEARN_BATCH = 500


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


def learn_config(settings: Settings) -> LearnConfig:
    return LearnConfig(
        min_stories=settings.boilerplate_min_stories, window_days=settings.boilerplate_window_days,
        method=settings.boilerplate_fingerprint, variable_share=settings.boilerplate_variable_share,
    )


def learn_boilerplate(settings: Settings, files: StateFiles, order: RunOrder, staging: RunStaging,
                      chunks: Chunks) -> dict[str, int]:
    """Remove each source's learned boilerplate from the pass's articles (see ingest/learned.py for why here),
    and spill every article, cleaned, into ``chunks`` for the dedup stage.

    Learning takes one source at a time, with that source's articles of the pass in the dedup stage's
    deterministic order, sources in the order their first article comes, all in one transaction of the
    state: what one call over the whole pass did, without holding every source's articles at once.  A
    source with more than ``LEARN_BATCH`` articles in the pass is learned ``LEARN_BATCH`` at a time, as if
    in passes of that size, so that memory is bounded by the slice, not by the run.  The
    removed pieces are appended to ``boilerplate_removed`` with ``learned:<fingerprint>`` labels in
    ``boilerplate_rules``.  Without learning, the articles go through a staged batch at a time.  Returns
    the pieces removed and the articles they were removed from.
    """
    if not settings.boilerplate_learning or not len(order):
        for _, positions in order.by_file():
            chunks.write([p.rank for p in positions], order.read_articles(staging, positions))
        return {"learned_pieces_removed": 0, "articles_cleaned_by_learning": 0}
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
            for source, positions in _slices(order.by_source(), LEARN_BATCH):
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
    return {"learned_pieces_removed": removed, "articles_cleaned_by_learning": cleaned}


def _slices(groups: Iterable[tuple[str, list[Position]]], size: int) -> Iterator[tuple[str, list[Position]]]:
    """Each source's positions ``size`` at a time, in order; those without a source in one piece (they are
    only passed through)."""
    for source, positions in groups:
        step = max(1, size) if source else max(1, len(positions))
        for start in range(0, len(positions), step):
            yield source, positions[start:start + step]


@leased
def dedup_stage(ctx: RunContext) -> StageCounts:
    """Assign clusters to the run's articles, in a deterministic order, against the persistent index.

    Bounded by a chunk of articles, not the run: only the sort keys of all the run's articles are read at
    once (``feedlake.runrows``); the articles are cleaned source by source and decided chunk by chunk, and
    ``dedup/articles.parquet`` is written a chunk at a time.
    """
    settings, run_id, staging = ctx.settings, ctx.run_id, ctx.staging
    fetched = set(staging.names("fetched/"))
    missing = [b for b in staging.names("entries/")
               if "fetched/" + b.rsplit("/", 1)[-1].replace(".parquet", ".articles.parquet") not in fetched]
    if missing:
        raise StageIncomplete(f"run {run_id}: {len(missing)} batch(es) not fetched yet, e.g. {missing[0]}")
    # Earliest first, so a cluster's root is its earliest article.
    order = RunOrder.read(staging, [n for n in sorted(fetched) if n.endswith(".articles.parquet")])
    files, state = ctx.feed_state()
    try:
        committed = state.committed_article_ids(order.article_ids)
    finally:
        state.close()
    with tempfile.TemporaryDirectory(prefix="feedlake-dedup-") as tmp:
        chunks = Chunks(Path(tmp), len(order), runrows.CHUNK)
        learned = learn_boilerplate(settings, files, order, staging, chunks)  # before dedup: on cleaned text
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
        counts = StageCounts("dedup", {**writer.tally.counts(), **learned, "clusters_changed": len(clusters),
                                       "clusters_merged": sum(c.merged_into is not None for c in clusters),
                                       "same_url_errors": len(decided.errors), "expired_from_index": expired},
                             {"tiers": dict(dedup.counts)})
        counts.stage_in(staging)  # for the run summary
        staging.put_records("dedup/errors.parquet", decided.errors, ErrorRecord)
        staging.put_records("dedup/clusters.parquet", clusters, Cluster)
        staging.upload(writer.path, "dedup/articles.parquet")  # last: the commit waits for it
    return counts


@dataclass
class _Decided:
    errors: list[ErrorRecord] = field(default_factory=list)
    touched: dict[str, None] = field(default_factory=dict)  # clusters this run changed, in first-touch order


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
    return done
