"""Pages that failed transiently are fetched again on later passes, until they succeed or a cap is reached.

A fetch that timed out, could not connect, or got 408, 429 or a 5xx is not final: the commit records the
entry in the state's ``retries`` table with its attempt count and when it is due again (exponential
backoff from ``FIRST_DELAY``, at least the server's ``Retry-After``), and the next pass at or after that
time fetches it again (``take_due``), whether its feed is due or not. After ``MAX_ATTEMPTS`` attempts
the failure is final. Each such error row says which it is, at the end of its ``error``:
``[attempt 2 of 5; retried from 2026-12-02T05:10Z]`` or ``[final: attempt 5 of 5]``.

An article written from the feed's content because its page failed gets its page's text when a retry
succeeds: a new version of the same article (same canonical URL, another text: the URL tier of dedup).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields, replace
from datetime import datetime, timedelta
from typing import Any

from ingest.feed_state import StateStore
from ingest.feeds_file import FeedSpec
from records import Entry, ErrorRecord, utcnow

ATTEMPTS = "retry_attempts.json"  # staged by the poll: attempts before this pass, per retried entry
MAX_ATTEMPTS = 5
FIRST_DELAY = timedelta(minutes=10)  # then x3: 10 min, 30 min, 1.5 h, 4.5 h: five attempts within ~7 h
MAX_DELAY = timedelta(hours=24)
_TRANSIENT_KINDS = {"timeout", "connect_error", "fetch_error"}
_TRANSIENT_STATUS = re.compile(r"^HTTP (408|429|5\d\d)\b")
_RETRY_AFTER = re.compile(r"\(Retry-After (\d+) s\)")


def is_transient(error: ErrorRecord) -> bool:
    """A page fetch that may well succeed later."""
    return error.stage == "fetch" and (error.error_type in _TRANSIENT_KINDS or (
        error.error_type == "http_status" and _TRANSIENT_STATUS.match(error.error) is not None))


def _key(feed_url: str, entry_key: str) -> str:
    return f"{feed_url}\n{entry_key}"


def entry_to_json(entry: Entry) -> str:
    raw = {f.name: getattr(entry, f.name) for f in fields(Entry)}
    raw["published_at"] = entry.published_at.isoformat() if entry.published_at else None
    return json.dumps(raw, sort_keys=True)


def entry_from_json(raw: str) -> Entry:
    values: dict[str, Any] = json.loads(raw)
    if values.get("published_at"):
        values["published_at"] = datetime.fromisoformat(values["published_at"])
    return Entry(**values)


def take_due(state: StateStore, specs: Sequence[FeedSpec], new: list[Entry]) -> dict[str, int]:
    """Append the entries due for another attempt to ``new`` (feeds of ``specs`` only, once each);
    returns their attempts so far, keyed for ``plan``."""
    listed = {(e.feed_url, e.entry_key) for e in new}
    attempts: dict[str, int] = {}
    for raw, done in state.due_retries((s.url for s in specs), utcnow().isoformat()):
        entry = entry_from_json(raw)
        if (entry.feed_url, entry.entry_key) not in listed:
            new.append(entry)
            listed.add((entry.feed_url, entry.entry_key))
        attempts[_key(entry.feed_url, entry.entry_key)] = done
    return attempts


@dataclass
class Plan:
    errors: list[ErrorRecord]  # the run's error rows, transient fetch failures marked retried or final
    retry: list[tuple[str, str, str, int, str, str]]  # rows for StateStore.commit_run(retry=…)
    settled: list[tuple[str, str]]  # entries no longer to retry (succeeded, failed for good, or final)


def delay_after(attempt: int, retry_after: float = 0.0) -> timedelta:
    backoff = min(MAX_DELAY, FIRST_DELAY * 3 ** (attempt - 1))
    return max(backoff, min(MAX_DELAY, timedelta(seconds=retry_after)))


def plan(entries: Iterable[Entry], errors: list[ErrorRecord], before: dict[str, int], now: datetime) -> Plan:
    """What the commit records: which entries are fetched again and when, which are settled."""
    transient = {(e.feed_url, e.url): e for e in errors if is_transient(e)}
    marks: dict[tuple[str, str], str] = {}
    retry: list[tuple[str, str, str, int, str, str]] = []
    settled: list[tuple[str, str]] = []
    for entry in entries:
        done = before.get(_key(entry.feed_url, entry.entry_key), 0)
        failure = transient.get((entry.feed_url, entry.url or entry.entry_key))
        if failure is None:
            if done:
                settled.append((entry.feed_url, entry.entry_key))
            continue
        attempt = done + 1
        if attempt >= MAX_ATTEMPTS:
            settled.append((entry.feed_url, entry.entry_key))
            marks[(entry.feed_url, failure.url)] = f" [final: attempt {attempt} of {MAX_ATTEMPTS}]"
            continue
        wait = _RETRY_AFTER.search(failure.error)
        due = now + delay_after(attempt, float(wait.group(1)) if wait else 0.0)
        retry.append((entry.feed_url, entry.entry_key, entry_to_json(entry), attempt, due.isoformat(),
                      failure.error))
        marks[(entry.feed_url, failure.url)] = (f" [attempt {attempt} of {MAX_ATTEMPTS}; retried from "
                                                f"{due.strftime('%Y-%m-%dT%H:%MZ')}]")
    marked = [replace(e, error=e.error + marks[(e.feed_url, e.url)])
              if is_transient(e) and (e.feed_url, e.url) in marks else e for e in errors]
    return Plan(marked, retry, settled)
