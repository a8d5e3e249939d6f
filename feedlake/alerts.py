"""Deadline callbacks for the DAG: they run in Airflow's triggerer when a run is late."""

from __future__ import annotations

import json
import logging
import os
import urllib.request
from typing import Any

log = logging.getLogger("feedlake.alerts")


async def run_overdue(context: Any = None, **kwargs: Any) -> None:
    """A feedlake_ingest run passed its deadline: log it, and post it to FEEDLAKE_ALERT_WEBHOOK if set."""
    run = getattr(context, "get", lambda *_: None)("dag_run") if context is not None else None
    message = f"feedlake_ingest run {getattr(run, 'run_id', '?')} is past its deadline"
    log.warning(message)
    url = os.environ.get("FEEDLAKE_ALERT_WEBHOOK")
    if url:
        body = json.dumps({"text": message}).encode()
        request = urllib.request.Request(url, body, {"Content-Type": "application/json"})
        try:
            urllib.request.urlopen(request, timeout=10).close()  # noqa: S310 (operator-configured URL)
        except OSError as exc:
            log.error("could not post the deadline alert: %s", exc)
