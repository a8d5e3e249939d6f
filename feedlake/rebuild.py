"""``feedlake state rebuild``: make ``_state/feeds.sqlite`` again from the lake, after it was lost.

What the tables hold is enough to go on without fetching everything again: every article and failed entry
becomes a *seen* entry (keyed by its link; the identity ladder also knows it by its normalized link, in any
feed), every feed gets back its validators, schedule and failure count from its latest row in ``feeds``,
and every run in ``feeds`` is recorded as committed.  What the tables do not hold is lost and costs little:
a feed's schedule hints and body hash (its next poll is a full one), GUIDs that differ from their links
(the entry is still known by its link), entries that had neither link nor an article.
"""

from __future__ import annotations

import logging
import shutil
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from feedlake.stage import STATE_DB
from feedlake.tables import open_lake
from ingest.feed_state import FeedState, SeenRow, StateError, StateStore
from ingest.identity import normalize_url
from records import utcnow
from storage.objectstore import ObjectStore
from storage.state import StateFiles

log = logging.getLogger(__name__)

def _iso(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def _seen(rows: Iterable[dict[str, Any]], outcome: str, when: str) -> list[SeenRow]:
    out = []
    for r in rows:
        url = r["url"] or ""
        out.append(SeenRow(r["feed_url"], url, url, outcome, r.get("article_id"), r["run_id"],
                           _iso(r.get(when)) or utcnow().isoformat(), normalize_url(url) if url else None))
    return out


def _feed_rows(history: list[dict[str, Any]]) -> tuple[list[FeedState], dict[str, str]]:
    latest: dict[str, dict[str, Any]] = {}
    polled: dict[str, dict[str, Any]] = {}
    runs: dict[str, str] = {}
    for r in sorted(history, key=lambda r: r["polled_at"]):
        latest[r["feed_url"]] = r
        if r["status"] not in ("skipped", "disabled"):
            polled[r["feed_url"]] = r
        runs[r["run_id"]] = r["polled_at"].isoformat()
    feeds = []
    for url, last in latest.items():
        p = polled.get(url, last)
        feeds.append(FeedState(
            feed_url=url, etag=p["etag"], last_modified=p["last_modified"], last_polled_at=p["polled_at"],
            last_status=p["status"], last_http_status=p["http_status"],
            consecutive_failures=last["consecutive_failures"], last_error=p["error"],
            next_poll_at=last["next_poll_at"], effective_url=last["effective_url"], disabled=bool(last["disabled"])))
    return feeds, runs


def rebuild_state(store: ObjectStore, state_dir: str = "", force: bool = False) -> dict[str, int]:
    """Write a new feeds state from the lake; an existing non-empty state file is kept unless ``force``
    (then it is moved aside to ``feeds.sqlite.bak``)."""
    files = StateFiles(store, state_dir)
    path = files.pull(STATE_DB)
    if path.exists() and path.stat().st_size > 0:
        if not force:
            raise StateError(f"state file {path} exists: rebuilding would replace it; pass --force to move it "
                             "aside and rebuild")
        shutil.move(str(path), str(path) + ".bak")
        for suffix in ("-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
    lake = open_lake(store)
    articles = lake.read("articles", columns=["feed_url", "url", "article_id", "run_id", "fetched_at"]).to_pylist()
    errors = [e for e in lake.read("errors", columns=["feed_url", "url", "stage", "run_id", "occurred_at"]).to_pylist()
              if e["stage"] != "poll"]
    feeds, runs = _feed_rows(lake.read("feeds").to_pylist())
    seen = _seen(errors, "error", "occurred_at") + _seen(articles, "article", "fetched_at")  # articles win
    state = StateStore(path)
    try:
        state.restore(feeds, seen, runs)
    finally:
        state.close()
    files.push(STATE_DB)
    counts = {"feeds": len(feeds), "seen": len({(s.feed_url, s.entry_key) for s in seen}), "runs": len(runs)}
    log.info("state rebuilt from %s: %s", store.uri, counts)
    return counts
