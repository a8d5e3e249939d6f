"""A run's summary: its counts (``summarize``, from the staged rows), and the same counts as the CLI's table, the
DAG's task log (``summary_rows``, ``format_summary``) and the Airflow run note (``markdown_note``)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import Any, ClassVar

import pyarrow.compute as pc

from feedlake.runrows import ArticleRows
from records import ErrorRecord, FeedStatus


@dataclass
class ArticleFacts:
    """What the commit needs of the run's articles besides the rows themselves: counts for the summary,
    and which entry became which article (for the seen entries), read without the texts."""

    articles: int = 0
    from_feed: int = 0
    duplicates: int = 0  # versions excluded
    new_clusters: int = 0
    boilerplate_removed: int = 0
    by_entry: dict[tuple[str, str], str] = field(default_factory=dict)

    COLUMNS: ClassVar[list[str]] = ["article_id", "feed_url", "url", "text_source", "cluster_id",
                                    "duplicate_of", "version", "boilerplate_removed"]

    @classmethod
    def of(cls, rows: ArticleRows) -> ArticleFacts:
        facts = cls()
        for batch in rows.batches(cls.COLUMNS):
            removed = pc.list_value_length(batch.column("boilerplate_removed")).to_pylist()
            columns = [batch.column(c).to_pylist() for c in cls.COLUMNS[:-1]]
            for (article_id, feed_url, url, text_source, cluster_id, duplicate_of, version), n in zip(
                    zip(*columns, strict=True), removed, strict=True):
                facts.articles += 1
                facts.from_feed += text_source == "feed"
                facts.duplicates += duplicate_of not in (None, article_id)
                facts.new_clusters += cluster_id == article_id and version == 1
                facts.boilerplate_removed += n or 0
                facts.by_entry[(feed_url, url)] = article_id
        return facts


def summarize(run_id: str, ingest_date: date, statuses: list[FeedStatus], entries: int,
              articles: ArticleFacts, errors: list[ErrorRecord]) -> dict[str, Any]:
    status_counts = Counter(s.status for s in statuses)
    return {
        "run_id": run_id,
        "ingest_date": ingest_date.isoformat(),
        "feeds": len(statuses),
        "feeds_ok": status_counts["ok"],
        "feeds_not_modified": status_counts["not_modified"],
        "feeds_failed": status_counts["error"],
        # keyed by feed URL: names default to the host, and eight failing feeds of one host are eight
        "failing_feeds": {s.feed_url: f"{s.feed_name}: {s.error}" for s in statuses if s.status == "error"},
        "feeds_skipped": status_counts["skipped"],  # not due yet (see README, Polling)
        "feeds_disabled": status_counts["gone"] + status_counts["disabled"],  # 410 Gone
        # gone, 404 or a run of failures: what an operator should look at, skipped feeds included
        "flagged_feeds": {s.feed_url: f"{s.feed_name}: {s.flag}: {s.error or ''}".rstrip(": ")
                          for s in statuses if s.flag},
        "entries_listed": sum(s.entries for s in statuses),
        "new_entries": entries,
        "articles": articles.articles,
        "articles_from_feed": articles.from_feed,
        "duplicates": articles.duplicates,
        "new_clusters": articles.new_clusters,
        "boilerplate_removed": articles.boilerplate_removed,
        "errors": len(errors),
        "errors_by_stage": dict(sorted(Counter(e.stage for e in errors).items())),
    }


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
