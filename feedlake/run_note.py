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

from feedlake.endpoints import endpoint_client, send_json
from ingest.http import FetchError

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
        with endpoint_client(base) as client:
            token = send_json(client, "POST", f"{base}/auth/token", {
                "username": os.environ.get("FEEDLAKE_AIRFLOW_API_USER", ""),
                "password": os.environ.get("FEEDLAKE_AIRFLOW_API_PASSWORD", ""),
            })
            run = f"{base}/api/v2/dags/{quote(dag_id, safe='')}/dagRuns/{quote(run_id, safe='')}?update_mask=note"
            send_json(client, "PATCH", run, {"note": note}, {"Authorization": f"Bearer {token['access_token']}"})
    except (FetchError, KeyError, TypeError) as exc:
        # The exception text names the URL, never the password.
        log.warning("could not post the run note to %s: %s", base, exc)
        return False
    log.info("posted the run summary as the note of %s", run_id)
    return True
