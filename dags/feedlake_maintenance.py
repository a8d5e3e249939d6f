"""feedlake_maintenance: daily compaction of the tables, dedup-index expiry, state pruning, vacuum, checkpoints.

Wiring only; the work is in ``feedlake.maintenance``.  Tasks that rewrite a
state file share the one-slot ``feedlake_state`` pool with the ingest DAG's
dedup and commit tasks, so two writers never push the same state file at once.
"""

from __future__ import annotations

import os
from datetime import datetime, timedelta, timezone
from typing import Any

from airflow.sdk import Param, dag, get_current_context, task

STATE_POOL = os.environ.get("FEEDLAKE_STATE_POOL", "feedlake_state")


def _settings() -> Any:
    from feedlake.settings import Settings

    params = get_current_context()["params"]
    return Settings.load({"feeds": params.get("feeds"), "output": params.get("output")})


def _run(job: Any) -> dict[str, Any]:
    from feedlake.aws_connection import aws_environment

    with aws_environment():  # S3 credentials from the Airflow connection $FEEDLAKE_AWS_CONN_ID, if set
        result: dict[str, Any] = job(_settings())
    return result


@dag(
    dag_id="feedlake_maintenance",
    schedule="30 3 * * *",
    start_date=datetime(2026, 1, 1, tzinfo=timezone.utc),  # noqa: UP017
    catchup=False,
    max_active_runs=1,
    tags=["feedlake"],
    doc_md=__doc__,
    default_args={"retries": 2, "retry_delay": timedelta(minutes=2), "retry_exponential_backoff": True,
                  "execution_timeout": timedelta(hours=1)},
    params={
        "feeds": Param(os.environ.get("FEEDLAKE_FEEDS") or None, type=["null", "string"],
                       description="Feeds YAML file (empty: $FEEDLAKE_FEEDS)"),
        "output": Param(os.environ.get("FEEDLAKE_OUTPUT") or None, type=["null", "string"],
                        description="Output to maintain (empty: $FEEDLAKE_OUTPUT)"),
    },
)
def feedlake_maintenance() -> None:
    @task
    def compact() -> dict[str, Any]:
        from feedlake.maintenance import compact as run

        return _run(run)

    @task(pool=STATE_POOL)
    def expire_index() -> dict[str, Any]:
        from feedlake.maintenance import expire_index as run

        return _run(run)

    @task(pool=STATE_POOL)
    def prune_state() -> dict[str, Any]:
        from feedlake.maintenance import prune_state as run

        return _run(run)

    @task
    def vacuum() -> dict[str, Any]:
        from feedlake.maintenance import vacuum as run

        return _run(run)

    @task
    def checkpoint() -> dict[str, Any]:
        from feedlake.maintenance import checkpoint as run

        return _run(run)

    compact() >> expire_index() >> prune_state() >> vacuum() >> checkpoint()


DAG = feedlake_maintenance()
