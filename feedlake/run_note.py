"""Post a run's summary as its note in the Airflow UI.

Tasks may not touch Airflow's metadata DB, so the note goes through the public
REST API (``PATCH /api/v2/dags/{dag}/dagRuns/{run}``) as a configured user:
``FEEDLAKE_AIRFLOW_API_URL`` (the api-server's base URL), ``FEEDLAKE_AIRFLOW_API_USER`` and
``FEEDLAKE_AIRFLOW_API_PASSWORD``.  Unset, nothing is posted.  A note that cannot be
posted is logged and never fails the run: the summary is in the task log anyway.
"""

from __future__ import annotations

import logging
import os
from urllib.parse import quote

import httpx

log = logging.getLogger(__name__)

NOTE_LIMIT = 1000  # the API's maximum note length


def post_run_note(dag_id: str, run_id: str, note: str) -> bool:
    """Set ``note`` (Markdown) as the run's note."""
    base = os.environ.get("FEEDLAKE_AIRFLOW_API_URL", "").rstrip("/")
    if not base:
        return False
    if len(note) > NOTE_LIMIT:
        note = note[: NOTE_LIMIT - 1] + "…"
    try:
        with httpx.Client(base_url=base, timeout=10.0, trust_env=False) as client:
            token = client.post("/auth/token", json={
                "username": os.environ.get("FEEDLAKE_AIRFLOW_API_USER", ""),
                "password": os.environ.get("FEEDLAKE_AIRFLOW_API_PASSWORD", ""),
            })
            token.raise_for_status()
            client.headers["Authorization"] = f"Bearer {token.json()['access_token']}"
            resp = client.patch(f"/api/v2/dags/{quote(dag_id, safe='')}/dagRuns/{quote(run_id, safe='')}",
                                params={"update_mask": "note"}, json={"note": note})
            resp.raise_for_status()
    except (httpx.HTTPError, KeyError, ValueError) as exc:
        # The exception text names the URL, never the password.
        log.warning("could not post the run note to %s: %s", base, exc)
        return False
    log.info("posted the run summary as the note of %s", run_id)
    return True
