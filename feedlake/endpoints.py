"""Calls to the endpoints an operator configured (the alert webhook, Airflow's REST API for run notes):
through feedlake's one HTTP client (``ingest.http``) and its address guard, which lets these calls reach
the configured host's own addresses, private ones included, and nothing else (not a redirect elsewhere,
not a host that resolves to something new between the check and the call)."""

from __future__ import annotations

import json
import socket
from typing import Any
from urllib.parse import urlsplit

from ingest.http import ClientConfig, ConnectError, FetchError, HttpClient, InvalidURL

TIMEOUT = 10.0  # seconds for one call: an alert or a note must never hold up the run for long


def endpoint_client(url: str) -> HttpClient:
    """A client for ``url``'s host; FetchError when the URL is not http(s) or its host does not resolve."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InvalidURL(url, "an endpoint must be an absolute http(s) URL")
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
        infos = socket.getaddrinfo(parts.hostname, port, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError, ValueError) as exc:
        raise ConnectError(url, f"cannot resolve {parts.hostname}: {exc}") from None
    addresses = tuple(dict.fromkeys(str(info[4][0]).split("%")[0] for info in infos))
    return HttpClient(ClientConfig(user_agent="feedlake", connect_timeout=TIMEOUT, read_timeout=TIMEOUT,
                                   total_timeout=TIMEOUT, max_body_bytes=1024 * 1024, retries=0,
                                   allowed_networks=addresses))


def send_json(client: HttpClient, method: str, url: str, payload: Any,
              headers: dict[str, str] | None = None) -> Any:
    """Send ``payload`` as JSON; the response's JSON (None for an empty body).  FetchError on any failure,
    a response that is not JSON included."""
    response = client.send(method, url, json.dumps(payload).encode(),
                           {"Content-Type": "application/json", "Accept": "application/json", **(headers or {})})
    if not response.body.strip():
        return None
    try:
        return json.loads(response.body)
    except ValueError as exc:
        raise FetchError(url, f"the response is not JSON: {exc}") from None
