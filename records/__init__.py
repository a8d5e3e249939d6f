"""The record types that flow through a pass, each defined once.

The Parquet schemas in ``storage.parquet`` are derived from these dataclasses
(field order, names, types and nullability), so the analysts' contract and the
code cannot drift apart.  Every ``datetime`` here is timezone-aware UTC.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any


def utcnow() -> datetime:
    """Now, in UTC, truncated to microseconds (Parquet's resolution)."""
    return datetime.now(UTC)


def parse_utc(value: object) -> datetime | None:
    """An ISO 8601 timestamp (``Z`` or ``z`` for UTC) as aware UTC; None for anything else.  A stamp
    without an offset is taken as UTC: guessing the site's zone would be less predictable than being off
    by the zone."""
    if not isinstance(value, str):
        return None
    value = value.strip()
    if value.endswith(("Z", "z")):
        value = value[:-1] + "+00:00"
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    return parsed.astimezone(UTC) if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def tidy_lines(text: str) -> str:
    """Each line's whitespace collapsed (``collapse_spaces``), empty lines dropped."""
    lines = (collapse_spaces(line) for line in text.splitlines())
    return "\n".join(line for line in lines if line)


def stable_id(text: str) -> str:
    """A stable 16-hex-digit id: the first 64 bits of SHA-256."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def collapse_spaces(text: str | None) -> str:
    """``text`` with every run of whitespace (newlines too) made one space, and none at the ends; None is ''."""
    return " ".join(text.split()) if text else ""


@dataclass(frozen=True)
class Entry:
    """One item a feed listed, as the feed listed it."""

    feed_url: str
    feed_name: str
    entry_key: str  # identity of the entry within its feed (guid, else link)
    url: str  # the entry link exactly as listed
    title: str | None
    author: str | None
    published_at: datetime | None
    feed_content: str | None  # content:encoded / content / summary, as plain text


@dataclass(frozen=True)
class Article:
    """One row of ``articles/``: a clean article and its cluster decision."""

    article_id: str  # stable_id(canonical_url)
    url: str
    canonical_url: str
    feed_url: str
    feed_name: str
    source: str  # host of canonical_url
    title: str | None
    author: str | None
    published_at: datetime | None
    fetched_at: datetime
    language: str | None
    text: str
    text_source: str  # 'page' | 'feed'
    boilerplate_removed: list[str] = field(default_factory=list)
    boilerplate_rules: list[str] = field(default_factory=list)  # rule id per removed piece
    cluster_id: str | None = None
    duplicate_of: str | None = None  # for a new version: its own article_id
    similarity: float | None = None
    # None (a new story) | 'canonical_url' (a new version) | 'text_hash' | 'minhash_jaccard' | 'minhash_containment'
    match_tier: str | None = None
    version: int = 1  # 1, then 2, 3... when the same canonical URL comes back with another text
    run_id: str = ""


@dataclass(frozen=True)
class BoxedParagraphs:
    """Staging only, never in the lake: the paragraphs of an article's text that sat in a box of their own
    on its page (``ingest.page_shape``), for the learner, which runs after the fetch stage."""

    article_id: str
    texts: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class ErrorRecord:
    """One row of ``errors/``: an entry (or feed) that did not become an article."""

    url: str
    feed_url: str
    stage: str  # 'poll' | 'fetch' | 'extract' | 'clean'
    error: str
    occurred_at: datetime
    error_type: str = ""
    run_id: str = ""


@dataclass(frozen=True)
class FeedStatus:
    """One row of ``feeds/``: what one poll of one feed did."""

    feed_url: str
    feed_name: str
    polled_at: datetime
    status: str  # 'ok' | 'not_modified' | 'error' | 'gone' | 'skipped' | 'disabled'
    http_status: int | None
    entries: int
    new_entries: int
    error: str | None
    etag: str | None = None
    last_modified: str | None = None
    run_id: str = ""
    next_poll_at: datetime | None = None  # when the feed is due again
    content_changed: bool | None = None  # False: 304 or a 200 with the body already seen; None: not fetched
    redirected_to: str | None = None  # final URL when the poll was redirected
    effective_url: str | None = None  # the URL polled: the feed's own, or its confirmed permanent redirect
    disabled: bool = False  # after 410 Gone: not polled again unless forced
    consecutive_failures: int = 0  # failed polls in a row, this one included
    flag: str | None = None  # 'gone' | 'not_found' | 'failing' (a run of failures): needs an operator's look


@dataclass(frozen=True)
class Cluster:
    """One row of ``clusters/``: a story's state after a pass that changed it (rows are never rewritten;
    the latest row of a ``cluster_id`` is its current state)."""

    cluster_id: str  # article_id of the story's earliest article
    merged_into: str | None  # set when a bridging article merged this story into an earlier one
    bridged_by: str | None  # the article whose matches merged it
    size: int  # articles indexed into the story, those of stories merged into it included
    first_seen: datetime  # when its first article was indexed
    last_seen: datetime  # when it last gained an article (or was merged)
    sources: list[str]  # hosts that published it
    title: str | None  # representative title: its earliest article's
    run_id: str = ""


@dataclass(frozen=True)
class FeedHealth:
    """One row of ``feeds_current``: each feed once, as it stands after the latest pass (``feeds`` is the
    history of every poll)."""

    feed_url: str
    feed_name: str
    state: str  # 'ok' | 'not_modified' | 'failing' | 'error' | 'gone' | 'disabled' | 'not_polled'
    flag: str | None  # 'gone' | 'not_found' | 'failing': needs an operator's look
    last_polled_at: datetime | None
    last_success_at: datetime | None  # the last poll that answered (ok or not modified)
    last_error_at: datetime | None
    last_error: str | None  # why the last failed poll failed
    consecutive_failures: int
    next_poll_at: datetime | None
    effective_url: str | None
    articles_24h: int  # articles of this feed ingested in the 24 hours before the pass
    updated_at: datetime  # when the pass that wrote this row committed
    run_id: str = ""


RECORD_TYPES: dict[str, type] = {
    "articles": Article,
    "errors": ErrorRecord,
    "feeds": FeedStatus,
    "clusters": Cluster,
    "feeds_current": FeedHealth,
}


def dataset_schemas() -> dict[str, Any]:
    """Each dataset's Arrow schema, derived from its record type."""
    from storage.parquet import arrow_schema

    return {name: arrow_schema(record_type) for name, record_type in RECORD_TYPES.items()}
