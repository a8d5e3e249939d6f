"""Writing a run to the lake: its staged rows, read back a row group at a time, committed to the tables as one
Delta transaction per table, then its feeds' health (``feeds_current``)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from feedlake.runrows import ArticleRows
from feedlake.tables import articles_last_day, feed_health
from records import Article, Cluster, Entry, ErrorRecord, FeedHealth, FeedStatus, utcnow
from storage.delta import Lake, RowBatches, RowSource
from storage.failpoint import failpoint
from storage.parquet import arrow_schema, from_table, to_table
from storage.staging import RunStaging


@dataclass
class StagedRun:
    ingest_date: date
    articles: ArticleRows
    errors: list[ErrorRecord]
    statuses: list[FeedStatus]
    entry_batches: list[str]  # staged names, read one at a time
    clusters: list[Cluster]
    staging: RunStaging

    def entries(self) -> Iterator[Entry]:
        for name in self.entry_batches:
            yield from self.staging.get_records(name, Entry)


def staged_run(staging: RunStaging, folder: Path) -> StagedRun:
    """The staged run; its articles are copied to ``folder`` and read from there a row group at a time."""
    run = staging.get_json("run.json")
    errors = staging.get_records("poll_errors.parquet", ErrorRecord)
    for name in staging.names("fetched/"):
        if name.endswith(".errors.parquet"):
            errors.extend(staging.get_records(name, ErrorRecord))
    errors.extend(staging.get_records("dedup/errors.parquet", ErrorRecord))
    local = folder / "articles.parquet"
    articles = ArticleRows(local if staging.download("dedup/articles.parquet", local) else None)
    return StagedRun(date.fromisoformat(run["ingest_date"]), articles, errors,
                     staging.get_records("feeds.parquet", FeedStatus), staging.names("entries/"),
                     staging.get_records("dedup/clusters.parquet", Cluster), staging)


ALERT_STATES = ("failing", "gone")


def publish_run(lake: Lake, run_key: str, staged: StagedRun) -> dict[str, str]:
    """Commit a run's rows to the four tables, then its feeds' health, each as the Delta transaction
    ``feedlake/<run key>`` (recorded once: committing again after a crash adds nothing).  Returns the feeds
    (by URL) whose state this commit turned failing or gone, with why; empty when it was committed before.
    The articles go to their MERGE as a stream of row groups."""
    app_id = f"feedlake/{run_key}"
    tables: list[tuple[str, RowSource]] = [
        ("articles", RowBatches(arrow_schema(Article), staged.articles.batches)),
        ("errors", to_table(staged.errors, ErrorRecord)), ("feeds", to_table(staged.statuses, FeedStatus)),
        ("clusters", to_table(staged.clusters, Cluster))]
    for name, rows in tables:
        lake.commit(name, rows, app_id, staged.ingest_date)
        failpoint(f"commit_after_{name}")
    if staged.statuses and not lake.committed("feeds_current", app_id):
        now = utcnow()
        urls = [s.feed_url for s in staged.statuses]
        wanted = set(urls)  # one row per feed: the whole table is small
        previous = {h.feed_url: h for h in from_table(lake.read("feeds_current"), FeedHealth) if h.feed_url in wanted}
        health = feed_health(staged.statuses, previous, articles_last_day(lake, now), now, run_key)
        lake.upsert("feeds_current", to_table(health, FeedHealth), app_id)
        return {h.feed_url: f"{h.state} ({h.feed_name}: {h.last_error or h.flag})" for h in health
                if h.state in ALERT_STATES and (h.feed_url not in previous or previous[h.feed_url].state != h.state)}
    return {}
