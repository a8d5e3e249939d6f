"""feedlake_ingest: poll feeds → fetch/extract/clean (mapped per host batch) → dedup → commit.

Wiring only: every task calls one stage of ``feedlake.pipeline``, imported
inside the task so parsing this file stays cheap.  Tasks exchange keys and
counts through XCom; the data itself goes through the run's staging prefix in
the object store, so the DAG runs the same on any executor.
"""

from __future__ import annotations

import os
from datetime import datetime, timedelta, timezone
from typing import Any

from airflow.sdk import Asset, Param, dag, get_current_context, task

ARTICLES = Asset(name="feedlake_articles", uri="feedlake://articles")


def _settings(params: dict[str, Any]) -> Any:
    from feedlake.settings import Settings

    return Settings.load({"feeds": params.get("feeds"), "output": params.get("output")})


@dag(
    dag_id="feedlake_ingest",
    schedule="*/15 * * * *",
    start_date=datetime(2026, 1, 1, tzinfo=timezone.utc),  # noqa: UP017 (airflow.sdk style)
    catchup=False,
    max_active_runs=1,
    tags=["feedlake"],
    doc_md=__doc__,
    default_args={
        "retries": 2,
        "retry_delay": timedelta(seconds=30),
        "retry_exponential_backoff": True,
        "max_retry_delay": timedelta(minutes=5),
        "execution_timeout": timedelta(minutes=20),
    },
    params={
        "feeds": Param(os.environ.get("FEEDLAKE_FEEDS", ""), type="string",
                       description="Path of the feeds YAML file (default: $FEEDLAKE_FEEDS)"),
        "output": Param(os.environ.get("FEEDLAKE_OUTPUT", ""), type="string",
                        description="Output: a local directory or s3://bucket/prefix (default: $FEEDLAKE_OUTPUT)"),
    },
)
def feedlake_ingest() -> None:
    @task
    def poll() -> list[dict[str, Any]]:
        from feedlake.pipeline import ingest_date_for, poll_stage

        ctx = get_current_context()
        dag_run = ctx["dag_run"]
        day = ingest_date_for(ctx.get("logical_date"), getattr(dag_run, "start_date", None))
        result = poll_stage(_settings(ctx["params"]), ctx["run_id"], ingest_date=day)
        return [{"key": b["key"], "label": b["label"]} for b in result["batches"]]

    @task(map_index_template="{{ batch_label }}")
    def fetch_extract_clean(batch: dict[str, Any]) -> dict[str, Any]:
        from feedlake.pipeline import fetch_stage

        ctx = get_current_context()
        ctx["batch_label"] = batch["label"]  # type: ignore[typeddict-unknown-key]
        return fetch_stage(_settings(ctx["params"]), ctx["run_id"], batch["key"])

    @task(trigger_rule="none_failed")
    def dedup(fetched: list[dict[str, Any]]) -> dict[str, Any]:
        from feedlake.pipeline import dedup_stage

        ctx = get_current_context()
        return dedup_stage(_settings(ctx["params"]), ctx["run_id"])

    @task(outlets=[ARTICLES])
    def commit(deduped: dict[str, Any]) -> dict[str, Any]:
        from feedlake.pipeline import commit_stage

        ctx = get_current_context()
        summary = commit_stage(_settings(ctx["params"]), ctx["run_id"])
        ctx["outlet_events"][ARTICLES].extra = {
            k: summary[k] for k in ("ingest_date", "articles", "duplicates", "errors", "feeds_failed")
        }
        return summary

    batches = poll()
    fetched = fetch_extract_clean.expand(batch=batches)
    commit(dedup(fetched))


DAG = feedlake_ingest()
