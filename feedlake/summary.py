"""A run's counts and summary: the poll's figures of the feeds (``poll_counts``) and the tally of the articles the
dedup stage writes (``ArticleTally``), both ``StageCounts`` that the stages return and stage; the run summary
built from the stages' counts (``summarize``); and the same summary as the CLI's table, the DAG's task log
(``summary_rows``, ``format_summary``) and the Airflow run note (``markdown_note``)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, ClassVar

import pyarrow as pa
import pyarrow.compute as pc

from feedlake.stage import Batch, StageCounts
from records import FeedStatus

POLL_FIGURES = ("feeds", "feeds_ok", "feeds_not_modified", "feeds_failed", "feeds_skipped", "feeds_disabled",
                "entries_listed", "new_entries")


def poll_counts(statuses: Sequence[FeedStatus], new_entries: int, batches: Sequence[Batch] = ()) -> StageCounts:
    """What the poll found: the feeds by status, the entries listed and new, the feeds to warn of."""
    status = Counter(s.status for s in statuses)
    counts = dict(zip(POLL_FIGURES, (
        len(statuses), status["ok"], status["not_modified"], status["error"],
        status["skipped"],  # not due yet (see README, Polling)
        status["gone"] + status["disabled"],  # 410 Gone
        sum(s.entries for s in statuses), new_entries), strict=True))
    counts["batches"] = len(batches)
    feeds = {
        # keyed by feed URL: names default to the host, and eight failing feeds of one host are eight
        "failing_feeds": {s.feed_url: f"{s.feed_name}: {s.error}" for s in statuses if s.status == "error"},
        # gone, 404 or a run of failures: what an operator should look at, skipped feeds included
        "flagged_feeds": {s.feed_url: f"{s.feed_name}: {s.flag}: {s.error or ''}".rstrip(": ")
                          for s in statuses if s.flag},
    }
    return StageCounts("poll", counts, feeds=feeds, batches=tuple(batches))


@dataclass
class ArticleTally:
    """The run summary's figures of the articles, tallied from their rows as the dedup stage writes them
    (or, for a run staged without its counts, read back without the texts)."""

    articles: int = 0
    articles_from_feed: int = 0
    duplicates: int = 0  # versions excluded
    new_clusters: int = 0
    boilerplate_removed: int = 0

    FIGURES: ClassVar[tuple[str, ...]] = ("articles", "articles_from_feed", "duplicates", "new_clusters",
                                          "boilerplate_removed")
    COLUMNS: ClassVar[list[str]] = ["article_id", "text_source", "cluster_id", "duplicate_of", "version",
                                    "boilerplate_removed"]

    def add(self, rows: pa.Table | pa.RecordBatch) -> None:
        removed = pc.list_value_length(rows.column("boilerplate_removed")).to_pylist()
        columns = [rows.column(c).to_pylist() for c in self.COLUMNS[:-1]]
        for (article_id, text_source, cluster_id, duplicate_of, version), n in zip(
                zip(*columns, strict=True), removed, strict=True):
            self.articles += 1
            self.articles_from_feed += text_source == "feed"
            self.duplicates += duplicate_of not in (None, article_id)
            self.new_clusters += cluster_id == article_id and version == 1
            self.boilerplate_removed += n or 0

    @classmethod
    def of(cls, batches: Iterable[pa.RecordBatch]) -> ArticleTally:
        tally = cls()
        for batch in batches:
            tally.add(batch)
        return tally

    def counts(self) -> dict[str, int]:
        return {name: getattr(self, name) for name in self.FIGURES}


def summarize(run_id: str, ingest_date: date, poll: StageCounts, dedup: StageCounts | None,
              commit: StageCounts | None) -> dict[str, Any]:
    """The run summary: the poll's feeds, the dedup stage's articles, the commit's error rows (a stage that
    did not run, as in a dry run, counts nothing)."""
    articles = {k: dedup[k] if dedup else 0 for k in ArticleTally.FIGURES}
    summary: dict[str, Any] = {
        "run_id": run_id, "ingest_date": ingest_date.isoformat(),
        **{k: poll[k] for k in POLL_FIGURES},
        "failing_feeds": dict(poll.feeds.get("failing_feeds", {})),
        "flagged_feeds": dict(poll.feeds.get("flagged_feeds", {})),
        **articles,
        "errors": commit["errors"] if commit else 0,
        "errors_by_stage": dict(commit.breakdowns.get("errors_by_stage", {})) if commit else {},
    }
    if commit and commit.feeds.get("became_failing"):
        summary["became_failing"] = dict(commit.feeds["became_failing"])
    return summary


def summary_rows(summary: dict[str, Any]) -> list[tuple[str, str]]:
    """The run summary as (label, value) rows: the CLI's table and the DAG's task log."""
    rows: list[tuple[str, object]] = [
        ("feeds polled", summary["feeds"]),
        ("  ok / not modified / failed",
         f"{summary['feeds_ok']} / {summary['feeds_not_modified']} / {summary['feeds_failed']}"),
        ("entries listed", summary["entries_listed"]),
        ("new entries", summary["new_entries"]),
        ("articles written", summary["articles"]),
        ("  from feed content (page failed)", summary["articles_from_feed"]),
        ("  near-duplicates", summary["duplicates"]),
        ("  new clusters", summary["new_clusters"]),
        ("boilerplate pieces removed", summary["boilerplate_removed"]),
        ("error rows", summary["errors"]),
    ]
    rows += [(f"  {stage}", n) for stage, n in summary["errors_by_stage"].items()]
    rows += [(f"feed became {why.split(' ', 1)[0]}: {url}", why.split(" ", 1)[-1][:100])
             for url, why in summary.get("became_failing", {}).items()]
    rows += [(f"failing feed: {url}", str(err)[:100]) for url, err in summary["failing_feeds"].items()]
    if summary.get("feeds_skipped") or summary.get("feeds_disabled"):
        rows.append(("  skipped (not due) / disabled (gone)",
                     f"{summary.get('feeds_skipped', 0)} / {summary.get('feeds_disabled', 0)}"))
    rows += [(f"flagged feed: {url}", str(why)[:100]) for url, why in summary.get("flagged_feeds", {}).items()
             if url not in summary["failing_feeds"]]
    if "wall_seconds" in summary:
        rows.append(("wall time (s)", summary["wall_seconds"]))
    return [(what, str(value)) for what, value in rows]


def markdown_note(summary: dict[str, Any], limit: int = 1000) -> str:
    """The run's note for the Airflow UI, which renders notes as Markdown: a headline, the warnings
    (failing and flagged feeds, keyed by URL), then the counts as a table; within ``limit`` characters."""
    head = (f"**feedlake pass** `{summary['run_id']}` ({summary['ingest_date']}): "
            f"{summary['articles']} articles written, {summary['duplicates']} near-duplicates; "
            f"feeds {summary['feeds_ok'] + summary['feeds_not_modified']} ok, {summary['feeds_failed']} failed")
    warnings = [f"- became {why.split(' ', 1)[0]}: `{url}` {why.split(' ', 1)[-1]}"
                for url, why in summary.get("became_failing", {}).items()]
    warnings += [f"- failing: `{url}` {err}" for url, err in summary["failing_feeds"].items()]
    warnings += [f"- flagged: `{url}` {why}" for url, why in summary.get("flagged_feeds", {}).items()
                 if url not in summary["failing_feeds"]]
    rows = ["| | |", "|---|---:|", *(f"| {what.strip()} | {value} |" for what, value in summary_rows(summary)
                                      if not what.startswith(("failing feed", "flagged feed", "feed became")))]
    parts = [head, ""]
    if warnings:
        parts += ["**Warnings**", "", *(w[:160] for w in warnings), ""]
    note = "\n".join(parts + rows)
    if len(note) > limit:  # the counts table goes first, then warnings beyond the limit
        note = "\n".join(parts)[: limit - 1] + "…"
    return note


def format_summary(summary: dict[str, Any]) -> list[str]:
    width = max(len(what) for what, _ in summary_rows(summary))
    return [f"feedlake run {summary['run_id']}"] + [f"{w:<{width}}  {v}" for w, v in summary_rows(summary)]
