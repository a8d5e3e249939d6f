"""feedlake_ingest: poll feeds → fetch/extract/clean (mapped per host batch) → dedup → commit.

Wiring only: every task calls one stage of ``feedlake.pipeline``, imported
inside the task so parsing this file stays cheap.  Tasks exchange keys and
counts through XCom; the data itself goes through the run's staging prefix in
the object store, so the DAG runs the same on any executor.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from typing import Any

from airflow.sdk import Asset, Param, dag, get_current_context, task
from airflow.sdk.definitions.callback import AsyncCallback
from airflow.sdk.definitions.deadline import DeadlineAlert, DeadlineReference

log = logging.getLogger(__name__)
OPERATOR_DOC = """\
### feedlake ingest

Every 15 minutes: **poll** the feeds that are due → **fetch_extract_clean**, one mapped task per batch of
a host's new entries (named by host) → **dedup** (learned boilerplate, near-duplicates) → **commit** (the
Delta tables, then the feeds' state). One pass at a time; tasks retry twice, 30 s → 5 min apart, and a
configuration error fails at once without retrying.

**Run it by hand:** *Trigger* with the defaults, or set `only_feeds` (names or URLs from the feeds file),
`force` (poll feeds that are not due), `dry_run` (log what is new, write nothing). `feeds` and `output`
may stay empty: they default to `$FEEDLAKE_FEEDS` and `$FEEDLAKE_OUTPUT`.

**Read a run:** the run's *note* (a headline, **Warnings** for feeds failing, flagged or that just became
failing or gone, then the counts); the `commit` task's log (the same summary); a mapped fetch task's log
for one host's pages. A failing feed does not fail the run. Page failures that may pass (timeouts, 429,
5xx) are fetched again by later passes, up to 5 attempts; the `errors` table says which are final.

**Which feeds are failing, and why:** `feedlake feeds --output URI --failing`, or the `feeds_current`
table. Alerts: `FEEDLAKE_ALERT_WEBHOOK`. Compaction and cleanup: the `feedlake_maintenance` DAG (unpause
it). More in the README's Operations section.
"""
ARTICLES = Asset(name="feedlake_articles", uri="feedlake://articles")
# A run still going this long after it was queued raises an alert (feedlake.alerts); 0 turns it off.
# Off unless set (deploy/airflow.env sets 30): Airflow 3.3.2's `airflow dags test` and dag.test() cannot
# finish a run of a DAG with a deadline alert (they look the alert up by its serialized dict, not its id).
DEADLINE_MINUTES = int(os.environ.get("FEEDLAKE_RUN_DEADLINE_MINUTES", "0"))
FETCH_POOL = os.environ.get("FEEDLAKE_FETCH_POOL", "feedlake_fetch")  # bounds concurrent fetch batches
# One slot, shared with feedlake_maintenance: tasks that rewrite a state file never run at once.
STATE_POOL = os.environ.get("FEEDLAKE_STATE_POOL", "feedlake_state")


def _stage(stage: Callable[..., Any], params: dict[str, Any], run_id: str, *args: Any, **kwargs: Any) -> Any:
    """Run a pipeline stage in this run's context; its counts go to XCom as JSON.  Configuration errors
    fail the task at once instead of being retried."""
    from airflow.sdk.exceptions import AirflowFailException

    from feedlake.aws_connection import AwsConnectionError, aws_environment
    from feedlake.errors import CONFIGURATION_ERRORS
    from feedlake.settings import Settings
    from feedlake.stage import RunContext

    fail_at_once: tuple[type[Exception], ...] = (*CONFIGURATION_ERRORS, AwsConnectionError)
    try:
        with aws_environment():  # S3 credentials from the Airflow connection $FEEDLAKE_AWS_CONN_ID, if set
            settings = Settings.load({"feeds": params.get("feeds"), "output": params.get("output"),
                                      "force": params.get("force") or None})
            return stage(RunContext.open(settings, run_id), *args, **kwargs)
    except fail_at_once as exc:
        raise AirflowFailException(str(exc)) from exc


@dag(
    dag_id="feedlake_ingest",
    schedule="*/15 * * * *",
    start_date=datetime(2026, 1, 1, tzinfo=timezone.utc),  # noqa: UP017 (airflow.sdk style)
    catchup=False,
    max_active_runs=1,
    tags=["feedlake"],
    deadline=DeadlineAlert(
        reference=DeadlineReference.DAGRUN_QUEUED_AT,
        interval=timedelta(minutes=DEADLINE_MINUTES),
        callback=AsyncCallback("feedlake.alerts.run_overdue"),
    ) if DEADLINE_MINUTES > 0 else None,
    doc_md=OPERATOR_DOC,
    default_args={
        "retries": 2,
        "retry_delay": timedelta(seconds=30),
        "retry_exponential_backoff": True,
        "max_retry_delay": timedelta(minutes=5),
        "execution_timeout": timedelta(minutes=20),
    },
    params={
        # optional fields allow null: a typed Param without it is a required field in the trigger form
        "feeds": Param(os.environ.get("FEEDLAKE_FEEDS") or None, type=["null", "string"],
                       description="Path of the feeds YAML file (empty: $FEEDLAKE_FEEDS)"),
        "output": Param(os.environ.get("FEEDLAKE_OUTPUT") or None, type=["null", "string"],
                        description="Output: a local directory or s3://bucket/prefix (empty: $FEEDLAKE_OUTPUT)"),
        "only_feeds": Param(None, type=["null", "array"], items={"type": "string"},
                            description="Poll only these feeds (names or URLs from the feeds file); empty: all"),
        "force": Param(False, type=["boolean", "null"],
                       description="Poll every feed now, even those whose next poll is not due yet"),
        "dry_run": Param(False, type=["boolean", "null"],
                         description="Poll and log what is new, but fetch, write and record nothing"),
    },
)
def feedlake_ingest() -> None:
    @task(pool=STATE_POOL)
    def poll() -> list[dict[str, Any]]:
        from feedlake.pipeline import ingest_date_for, poll_stage

        ctx = get_current_context()
        params = ctx["params"]
        day = ingest_date_for(ctx.get("logical_date"), getattr(ctx["dag_run"], "start_date", None))
        polled = _stage(poll_stage, params, ctx["run_id"], ingest_date=day,
                        only_feeds=params.get("only_feeds") or None, dry_run=bool(params.get("dry_run")))
        return [{"key": b.key, "label": b.label} for b in polled.batches]

    @task(map_index_template="{{ batch_label }}", pool=FETCH_POOL)
    def fetch_extract_clean(batch: dict[str, Any]) -> dict[str, Any]:
        from feedlake.pipeline import fetch_stage

        ctx = get_current_context()
        ctx["batch_label"] = batch["label"]  # type: ignore[typeddict-unknown-key]
        return _stage(fetch_stage, ctx["params"], ctx["run_id"], [batch["key"]]).as_json()

    @task(trigger_rule="none_failed", pool=STATE_POOL)
    def dedup(fetched: list[dict[str, Any]]) -> dict[str, Any]:
        from feedlake.dedup_stage import dedup_stage

        ctx = get_current_context()
        if ctx["params"].get("dry_run"):
            return {"dry_run": True}
        return _stage(dedup_stage, ctx["params"], ctx["run_id"]).as_json()

    @task(outlets=[ARTICLES], pool=STATE_POOL)
    def commit(deduped: dict[str, Any]) -> dict[str, Any]:
        from feedlake.commit_stage import commit_stage
        from feedlake.summary import format_summary, markdown_note

        ctx = get_current_context()
        if ctx["params"].get("dry_run"):
            return {"dry_run": True}
        summary = dict(_stage(commit_stage, ctx["params"], ctx["run_id"]).summary)
        lines = format_summary(summary)
        for line in lines:  # the task log is the operator's first stop
            log.info("%s", line)
        from feedlake.run_note import post_run_note

        # and the run's note in the UI (Markdown), if configured
        post_run_note(ctx["dag"].dag_id, ctx["run_id"], markdown_note(summary))
        ctx["outlet_events"][ARTICLES].extra = {
            k: summary[k] for k in ("ingest_date", "articles", "duplicates", "errors", "feeds_failed")
        }
        return summary

    batches = poll()
    fetched = fetch_extract_clean.expand(batch=batches)
    commit(dedup(fetched))  # type: ignore[arg-type]  # TaskFlow passes XComArgs where values will be


DAG = feedlake_ingest()
