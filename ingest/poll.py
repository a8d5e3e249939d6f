"""Polling one feed: conditional GET, parsing (RSS, Atom, JSON Feed), entries.

feedparser parses RSS and Atom; it does not read JSON Feed, so that small format
is mapped here by hand.
"""

from __future__ import annotations

import calendar
import hashlib
import json
import logging
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import feedparser

from feedlake.records import Entry, ErrorRecord, FeedStatus, utcnow
from ingest.extract import html_to_text
from ingest.feeds_file import FeedSpec
from ingest.http import FetchError, HttpClient

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class FeedState:
    """What the last poll of a feed left for the next one."""

    etag: str | None = None
    last_modified: str | None = None


@dataclass
class PollOutcome:
    status: FeedStatus
    entries: list[Entry] = field(default_factory=list)
    errors: list[ErrorRecord] = field(default_factory=list)


def poll_feed(client: HttpClient, spec: FeedSpec, state: FeedState, run_id: str = "") -> PollOutcome:
    headers: dict[str, str] = {"Accept": "application/atom+xml, application/rss+xml, application/feed+json, "
                               "application/xml;q=0.9, */*;q=0.8"}
    if state.etag:
        headers["If-None-Match"] = state.etag
    if state.last_modified:
        headers["If-Modified-Since"] = state.last_modified
    polled_at = utcnow()

    def failed(message: str, http_status: int | None, kind: str) -> PollOutcome:
        log.warning("feed %s failed: %s", spec.url, message, extra={"feed": spec.url, "stage": "poll"})
        status = FeedStatus(spec.url, spec.name, polled_at, "error", http_status, 0, 0, message,
                            state.etag, state.last_modified, run_id)
        error = ErrorRecord(spec.url, spec.url, "poll", message, polled_at, kind, run_id)
        return PollOutcome(status, [], [error])

    try:
        resp = client.get(spec.url, headers=headers, accept_status=(304,))
    except FetchError as exc:
        return failed(str(exc), exc.status, exc.kind)
    if resp.status == 304:
        status = FeedStatus(spec.url, spec.name, polled_at, "not_modified", 304, 0, 0, None,
                            state.etag, state.last_modified, run_id)
        return PollOutcome(status)
    etag = resp.headers.get("etag")
    last_modified = resp.headers.get("last-modified")
    try:
        entries, complaint = parse_feed(resp.body, dict(resp.headers), spec, resp.url)
    except ValueError as exc:
        return failed(str(exc), resp.status, "parse_error")
    status = FeedStatus(spec.url, spec.name, polled_at, "ok", resp.status, len(entries), 0, complaint,
                        etag, last_modified, run_id)
    log.info("feed %s: %d entries", spec.url, len(entries), extra={"feed": spec.url, "stage": "poll"})
    return PollOutcome(status, entries)


def parse_feed(body: bytes, headers: dict[str, str], spec: FeedSpec, base_url: str) -> tuple[list[Entry], str | None]:
    """Entries of a feed document; raises ValueError when nothing usable is there.

    Returns the entries and the parser's complaint for a malformed feed whose
    entries could still be recovered (kept, and reported on the feeds row).
    """
    ctype = headers.get("content-type", "").lower()
    head = body.lstrip()[:1]
    if "json" in ctype or head == b"{":
        return _parse_json_feed(body, spec), None
    parsed = feedparser.parse(body, response_headers={**headers, "content-location": base_url})
    complaint = None
    if parsed.bozo:
        complaint = f"malformed feed: {type(parsed.bozo_exception).__name__}: {parsed.bozo_exception}"
    if not parsed.entries and (parsed.bozo or not parsed.version):
        raise ValueError(complaint or "not a feed: no RSS, Atom or JSON Feed document found")
    entries = [_entry_from_parsed(e, spec) for e in parsed.entries]
    return entries, complaint


def _entry_from_parsed(e: Any, spec: FeedSpec) -> Entry:
    link = (e.get("link") or "").strip()
    content = None
    if e.get("content"):
        content = e["content"][0].get("value")
    content = content or e.get("summary")
    text = html_to_text(content) if content else None
    when = e.get("published_parsed") or e.get("updated_parsed")
    published = datetime.fromtimestamp(calendar.timegm(when), UTC) if when else None
    key = (e.get("id") or "").strip() or link or _content_key(e.get("title"), text)
    return Entry(spec.url, spec.name, key, link, _clean(e.get("title")), _clean(e.get("author")), published,
                 text or None)


def _parse_json_feed(body: bytes, spec: FeedSpec) -> list[Entry]:
    try:
        doc = json.loads(body)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValueError(f"invalid JSON Feed: {exc}") from None
    if not isinstance(doc, dict) or not str(doc.get("version", "")).startswith("https://jsonfeed.org/version/"):
        raise ValueError("not a feed: JSON without a jsonfeed.org version")
    items = doc.get("items")
    if not isinstance(items, list):
        raise ValueError("invalid JSON Feed: 'items' is not a list")
    entries = []
    for item in items:
        if not isinstance(item, dict):
            continue
        link = str(item.get("url") or item.get("external_url") or "").strip()
        html = item.get("content_html")
        text = html_to_text(html) if isinstance(html, str) and html else item.get("content_text") or item.get(
            "summary")
        author = item.get("author") or (item.get("authors") or [None])[0]
        author_name = author.get("name") if isinstance(author, dict) else None
        key = str(item.get("id") or "").strip() or link or _content_key(item.get("title"), text)
        entries.append(Entry(spec.url, spec.name, key, link, _clean(item.get("title")), _clean(author_name),
                             _parse_iso(item.get("date_published") or item.get("date_modified")),
                             text if isinstance(text, str) and text else None))
    return entries


def _parse_iso(value: object) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        dt = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return dt.astimezone(UTC) if dt.tzinfo else dt.replace(tzinfo=UTC)


def _content_key(title: object, text: object) -> str:
    return "sha1:" + hashlib.sha1(f"{title}\n{text}".encode()).hexdigest()


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None
