"""Alerts for operators: a run past its deadline (a DAG deadline callback, run in Airflow's triggerer) and
feeds that became failing or gone in a pass (from the commit, CLI and DAG alike).  Each is logged, and
posted as ``{"text": …}`` to ``FEEDLAKE_ALERT_WEBHOOK`` when it is set; a webhook that cannot be reached
is logged, never fails the run."""

from __future__ import annotations

import logging
import os
from typing import Any

from feedlake.endpoints import endpoint_client, send_json
from ingest.http import FetchError

log = logging.getLogger("feedlake.alerts")


async def run_overdue(context: Any = None, **kwargs: Any) -> None:
    """A feedlake_ingest run passed its deadline: log it, and post it to FEEDLAKE_ALERT_WEBHOOK if set."""
    run = getattr(context, "get", lambda *_: None)("dag_run") if context is not None else None
    message = f"feedlake_ingest run {getattr(run, 'run_id', '?')} is past its deadline"
    log.warning(message)
    post(message, "the deadline alert")


def feeds_changed(run_id: str, changes: dict[str, str]) -> None:
    """Feeds (by URL) whose state became failing or gone in run ``run_id``, with why."""
    if not changes:
        return
    for url, why in changes.items():
        log.warning("feed %s became %s", url, why)
    lines = "\n".join(f"- {url}: {why}" for url, why in changes.items())
    post(f"feedlake run {run_id}: {len(changes)} feed(s) became failing or gone\n{lines}", "the feed alert")


def post(message: str, what: str) -> None:
    url = os.environ.get("FEEDLAKE_ALERT_WEBHOOK")
    if not url:
        return
    try:
        with endpoint_client(url) as client:
            send_json(client, "POST", url, {"text": message})
    except FetchError as exc:
        log.error("could not post %s to FEEDLAKE_ALERT_WEBHOOK: %s", what, exc)
