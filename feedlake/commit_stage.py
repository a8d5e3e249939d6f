"""The commit stage: the run's state first, then its rows to the Delta tables; and the roll-forward of a
commit that was interrupted."""

from __future__ import annotations

import json
import logging
import tempfile
from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import Any

from feedlake import alerts, retries
from feedlake.polling import rows_from_json, seen_row
from feedlake.publish import StagedRun, publish_run, staged_run
from feedlake.runrows import ArticleRows
from feedlake.stage import STATE_DB, RunContext, StageCounts, StageIncomplete, leased, staged_counts
from feedlake.summary import ArticleTally, poll_counts, summarize
from feedlake.tables import open_lake
from records import utcnow
from storage.failpoint import failpoint
from storage.staging import STAGING_PREFIX, started_commits

log = logging.getLogger(__name__)


def recover_interrupted(ctx: RunContext) -> list[str]:
    """Finish the commits of earlier runs that were interrupted after they started publishing.

    A commit that has started is rolled forward (its file names are fixed by its run id, so publishing
    again rewrites the same objects); a run that never reached its commit published nothing and its
    entries were not marked seen, so they are simply polled again.
    """
    finished = []
    for key in started_commits(ctx.store):
        run_id = json.loads(ctx.store.get(f"{STAGING_PREFIX}{key}/commit.json"))["run_id"]
        if run_id != ctx.run_id:
            log.warning("rolling forward the interrupted commit of run %s", run_id)
            commit_run(RunContext.open(ctx.settings, run_id))  # under the current run's lease
            finished.append(run_id)
    return finished


@leased
def commit_stage(ctx: RunContext) -> StageCounts:
    """Commit the run (see ``commit_run``), then release the output's lease: the pass is over."""
    counts = commit_run(ctx)
    ctx.hold_lease().release()
    return counts


def entry_articles(rows: ArticleRows) -> dict[tuple[str, str], str]:
    """Which entry (feed URL, entry URL) became which article, read without the texts."""
    out: dict[tuple[str, str], str] = {}
    for batch in rows.batches(["feed_url", "url", "article_id"]):
        out.update(zip(zip(batch.column("feed_url").to_pylist(), batch.column("url").to_pylist(), strict=True),
                       batch.column("article_id").to_pylist(), strict=True))
    return out


def _stage_counts(ctx: RunContext, staged: StagedRun) -> tuple[StageCounts, StageCounts]:
    """The poll's and the dedup stage's counts as they staged them; for a run staged without them (by a
    version before counts were staged), the same counts of its staged rows."""
    poll = staged_counts(ctx.staging, "poll") or poll_counts(staged.statuses, sum(1 for _ in staged.entries()))
    dedup = staged_counts(ctx.staging, "dedup") or StageCounts(
        "dedup", ArticleTally.of(staged.articles.batches(ArticleTally.COLUMNS)).counts())
    return poll, dedup


def commit_run(ctx: RunContext) -> StageCounts:
    """Record the run's state, then commit its rows to the tables; a second call is a no-op.

    State goes first: an entry is marked seen once the commit has started, and ``commit.json`` makes the
    next pass roll the commit forward (``recover_interrupted``) until every table holds the run's
    transaction, so an entry is never both seen and missing from the lake.  The run's articles and entries
    are read a row group (a staged batch) at a time, never all at once.  The counts carry the run summary
    (``summary``), built from the stages' staged counts.
    """
    run_id, staging = ctx.run_id, ctx.staging
    with tempfile.TemporaryDirectory(prefix="feedlake-commit-") as tmp:
        files, state = ctx.feed_state()
        try:
            started = staging.has("commit.json")
            if state.is_committed(run_id) and not started:
                log.info("run %s was already committed", run_id)
                staging.clear()  # a crash after the commit can leave it behind
                done = state.commit_summary(run_id)
                return StageCounts("commit", {"errors": done.get("errors", 0)},
                                   {"errors_by_stage": done.get("errors_by_stage", {})}, summary=done)
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
            commit = StageCounts("commit", {"errors": len(staged.errors)},
                                 {"errors_by_stage": dict(sorted(Counter(e.stage for e in staged.errors).items()))})
            summary: dict[str, Any] = summarize(run_id, staged.ingest_date, *_stage_counts(ctx, staged), commit)
            if not state.is_committed(run_id):
                now = utcnow().isoformat()
                by_entry = entry_articles(staged.articles)
                seen = (seen_row(e, "article" if (e.feed_url, e.url) in by_entry else "error",
                                 by_entry.get((e.feed_url, e.url)), run_id, now) for e in staged.entries())
                state.commit_run(run_id, now, summary, rows_from_json(staging.get_json("feed_state.json")), seen,
                                 retry=plan.retry, settled=plan.settled)
                failpoint("commit_before_state_push")
        finally:
            state.close()
        files.push(STATE_DB)
        failpoint("commit_after_state")
        changed = publish_run(open_lake(ctx.store), staging.key, staged)
    staging.clear()
    if changed:  # where operators look: the log, the run note's warnings, the webhook
        summary = {**summary, "became_failing": changed}
        alerts.feeds_changed(run_id, changed)
    log.info("committed run %s: %s", run_id, summary)
    return replace(commit, feeds={"became_failing": changed} if changed else {}, summary=summary)
