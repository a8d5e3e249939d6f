"""Polling one feed: conditional GET, change detection, redirects, gone feeds, the next poll.

* Conditional GET with the stored ``ETag``/``Last-Modified``; a 304, or a 200
  whose body hashes to the last one parsed, is "not modified" and not parsed.
* 301/308 move the feed only once a later poll sees the same permanent target
  again; 302/303/307 never move it.  The feeds file stays the source of truth:
  state is keyed by the configured URL and records the effective one.
* 410 Gone disables the feed (visible in ``feeds/``; ``force`` polls it again).
  404 and runs of failures are flagged.  429/503 wait for ``Retry-After``.
* Every outcome carries ``next_poll_at`` (``ingest.schedule``).

Parsing lives in ``ingest.formats``; entry identity in ``ingest.identity``.
"""

from __future__ import annotations

import hashlib
import logging
import random
from dataclasses import dataclass, field, replace
from datetime import datetime

from ingest.feed_state import FeedState
from ingest.feeds_file import FeedSpec
from ingest.formats import FeedParseError, ParsedFeed, parse_feed
from ingest.headers import retry_after_seconds
from ingest.http import FetchError, HttpClient, Response
from ingest.identity import IDENTITY_GUID, IDENTITY_LINK, duplicated_guids, rekey
from ingest.schedule import ScheduleConfig, http_freshness, next_poll_at
from records import Entry, ErrorRecord, FeedStatus, utcnow

__all__ = ["PollOutcome", "Exchange", "poll_feed", "fetch_feed", "conclude", "not_polled", "parse_feed",
           "ParsedFeed"]

log = logging.getLogger(__name__)

ACCEPT = ("application/atom+xml, application/rss+xml, application/feed+json, application/json;q=0.9, "
          "application/xml;q=0.9, text/xml;q=0.8, */*;q=0.5")
# Answered by the poller itself rather than retried inside the request: these schedule the next poll.
HANDLED_STATUS = (304, 410, 429, 503)
PERMANENT = (301, 308)
REDIRECT_CONFIRMATIONS = 2  # polls that must see the same permanent target before the feed moves


@dataclass
class PollOutcome:
    status: FeedStatus
    entries: list[Entry] = field(default_factory=list)
    errors: list[ErrorRecord] = field(default_factory=list)
    state: FeedState = field(default_factory=FeedState)  # to record once the pass commits
    polled: bool = True  # False for a feed skipped (not due) or disabled


@dataclass
class Exchange:
    """One feed's HTTP exchange, before anything is concluded from it (picklable: it may be
    concluded in another process)."""

    polled_at: datetime
    response: Response | None = None
    error: FetchError | None = None
    body_hash: str | None = None  # of a response with a body (not a 304)

    def needs_parsing(self, state: FeedState) -> bool:
        """A body that is new since the last parse: the CPU-heavy part of polling."""
        resp = self.response
        return (resp is not None and resp.status not in HANDLED_STATUS
                and self.body_hash is not None and self.body_hash != state.body_hash)


def fetch_feed(client: HttpClient, spec: FeedSpec, state: FeedState) -> Exchange:
    """The conditional GET of a feed, with the stored validators."""
    url = state.effective_url or spec.url
    headers = {"Accept": ACCEPT}
    if state.etag:
        headers["If-None-Match"] = state.etag
    if state.last_modified:
        headers["If-Modified-Since"] = state.last_modified
    polled_at = utcnow()
    try:
        resp = client.get(url, headers=headers, accept_status=HANDLED_STATUS)
    except FetchError as exc:
        return Exchange(polled_at, error=exc)
    return Exchange(polled_at, resp, body_hash=_body_hash(resp.body) if resp.status != 304 else None)


def poll_feed(client: HttpClient, spec: FeedSpec, state: FeedState, run_id: str = "",
              schedule: ScheduleConfig | None = None, flag_after: int = 3,
              rng: random.Random | None = None) -> PollOutcome:
    """Poll one feed: its exchange, then what it means (``feedlake.polling`` runs the two apart)."""
    return conclude(spec, state, fetch_feed(client, spec, state), run_id, schedule, flag_after, rng)


@dataclass(frozen=True)
class _Poll:
    """What ``conclude`` judges one exchange by: the feed, its state before, the run, the schedule."""

    spec: FeedSpec
    state: FeedState
    polled_at: datetime
    run_id: str
    schedule: ScheduleConfig
    flag_after: int
    rng: random.Random | None

    @property
    def url(self) -> str:
        return self.state.effective_url or self.spec.url


def conclude(spec: FeedSpec, state: FeedState, exchange: Exchange, run_id: str = "",
             schedule: ScheduleConfig | None = None, flag_after: int = 3,
             rng: random.Random | None = None) -> PollOutcome:
    """What a feed's exchange means: its status row, its entries, its errors and its next state."""
    poll = _Poll(spec, state, exchange.polled_at, run_id, schedule or ScheduleConfig(), flag_after, rng)
    resp = exchange.response
    if resp is None:
        exc = exchange.error
        assert exc is not None, "an exchange has a response or an error"
        return _failed(poll, str(exc), exc.status, exc.kind)
    if resp.status == 410:
        return _failed(poll, f"HTTP 410 Gone ({resp.url}): feed disabled", 410, "http_status", gone=True)
    if resp.status in (429, 503):
        wait = retry_after_seconds(resp.headers.get("retry-after"), poll.polled_at)
        note = f"; retry after {wait:.0f}s" if wait is not None else ""
        return _failed(poll, f"HTTP {resp.status} ({resp.url}){note}", resp.status, "http_status", retry_after=wait)
    if not exchange.needs_parsing(state):  # a 304, or the body parsed last time
        return _unchanged(poll, resp)
    try:
        parsed = parse_feed(resp.body, dict(resp.headers), spec, resp.url)
    except FeedParseError as exc:
        return _failed(poll, f"{exc} ({resp.url})", resp.status, "parse_error")
    return _fresh(poll, resp, parsed, exchange.body_hash)


def _failed(poll: _Poll, message: str, http_status: int | None, kind: str, retry_after: float | None = None,
            gone: bool = False) -> PollOutcome:
    spec, state, polled_at, schedule = poll.spec, poll.state, poll.polled_at, poll.schedule
    log.warning("feed %s failed: %s", spec.url, message, extra={"feed": spec.url, "stage": "poll"})
    failures = state.consecutive_failures + 1
    after = next_poll_at(polled_at, schedule, failures=failures, retry_after=retry_after, rng=poll.rng)
    if gone:
        after = next_poll_at(polled_at, schedule, retry_after=schedule.max_interval)
    flag = "gone" if gone else "not_found" if http_status == 404 else "failing" if failures >= poll.flag_after \
        else None
    new_state = replace(state, consecutive_failures=failures, disabled=gone or state.disabled,
                        next_poll_at=after, last_error=message)
    status = FeedStatus(feed_url=spec.url, feed_name=spec.name, polled_at=polled_at,
                        status="gone" if gone else "error", http_status=http_status, entries=0, new_entries=0,
                        error=message, etag=state.etag, last_modified=state.last_modified, run_id=poll.run_id,
                        next_poll_at=after, effective_url=poll.url, disabled=new_state.disabled,
                        consecutive_failures=failures, flag=flag)
    error = ErrorRecord(spec.url, spec.url, "poll", message, polled_at, "gone" if gone else kind, poll.run_id)
    return PollOutcome(status, [], [error], new_state)


def _unchanged(poll: _Poll, resp: Response) -> PollOutcome:
    """A 304, or the same body as last time: the validators and the schedule move on, no entries."""
    spec, state = poll.spec, poll.state
    after = next_poll_at(poll.polled_at, poll.schedule, state.hints, http_freshness(resp.headers, poll.polled_at))
    etag = resp.headers.get("etag") or state.etag
    last_modified = resp.headers.get("last-modified") or state.last_modified
    new_state = replace(_redirect_state(state, resp), etag=etag, last_modified=last_modified, consecutive_failures=0,
                        disabled=False, next_poll_at=after, last_error=None)
    status = FeedStatus(feed_url=spec.url, feed_name=spec.name, polled_at=poll.polled_at, status="not_modified",
                        http_status=resp.status, entries=0, new_entries=0, error=None, etag=etag,
                        last_modified=last_modified, run_id=poll.run_id, next_poll_at=after, content_changed=False,
                        redirected_to=resp.url if resp.redirects else None,
                        effective_url=new_state.effective_url or spec.url)
    return PollOutcome(status, state=new_state)


def _fresh(poll: _Poll, resp: Response, parsed: ParsedFeed, body_hash: str | None) -> PollOutcome:
    """A new body, parsed: its entries under the feed's identity, the new validators and schedule."""
    spec, state = poll.spec, poll.state
    identity = state.identity
    if identity == IDENTITY_GUID and duplicated_guids((e.entry_key, e.url) for e in parsed.entries):
        log.info("feed %s repeats GUIDs across different links: keying its entries by link", spec.url)
        identity = IDENTITY_LINK
    entries = rekey(parsed.entries, identity)
    after = next_poll_at(poll.polled_at, poll.schedule, parsed.hints, http_freshness(resp.headers, poll.polled_at))
    etag, last_modified = resp.headers.get("etag"), resp.headers.get("last-modified")
    new_state = replace(_redirect_state(state, resp), etag=etag, last_modified=last_modified, body_hash=body_hash,
                        consecutive_failures=0, disabled=False, hints=parsed.hints, identity=identity,
                        next_poll_at=after, last_error=None)
    status = FeedStatus(feed_url=spec.url, feed_name=spec.name, polled_at=poll.polled_at, status="ok",
                        http_status=resp.status, entries=len(entries), new_entries=0, error=parsed.complaint,
                        etag=etag, last_modified=last_modified, run_id=poll.run_id, next_poll_at=after,
                        content_changed=True, redirected_to=resp.url if resp.redirects else None,
                        effective_url=new_state.effective_url or spec.url)
    log.info("feed %s: %d entries (%s)", spec.url, len(entries), parsed.parser,
             extra={"feed": spec.url, "stage": "poll"})
    return PollOutcome(status, entries, state=new_state)


def not_polled(spec: FeedSpec, state: FeedState, run_id: str = "", flag_after: int = 3) -> PollOutcome:
    """The row of a feed this pass leaves alone: not due yet (``skipped``) or gone (``disabled``)."""
    disabled = state.disabled
    flag = "gone" if disabled else "failing" if state.consecutive_failures >= flag_after else None
    status = FeedStatus(feed_url=spec.url, feed_name=spec.name, polled_at=utcnow(),
                        status="disabled" if disabled else "skipped", http_status=None, entries=0, new_entries=0,
                        error=state.last_error if disabled or flag else None, etag=state.etag,
                        last_modified=state.last_modified, run_id=run_id, next_poll_at=state.next_poll_at,
                        effective_url=state.effective_url or spec.url, disabled=disabled,
                        consecutive_failures=state.consecutive_failures, flag=flag)
    return PollOutcome(status, state=state, polled=False)


def _redirect_state(state: FeedState, resp: Response) -> FeedState:
    """Track a permanent redirect; move the feed once it is confirmed by a later poll."""
    target = None
    for status, location in resp.redirects:  # the permanent part of the chain, up to its first temporary hop
        if status not in PERMANENT:
            break
        target = location
    if target is None:
        if state.pending_redirect is None and not state.redirect_confirmations:
            return state  # the common case, without the cost of a copy
        return replace(state, pending_redirect=None, redirect_confirmations=0)
    if target == state.pending_redirect:
        confirmations = state.redirect_confirmations + 1
    else:
        confirmations = 1
    if confirmations >= REDIRECT_CONFIRMATIONS:
        log.warning("feed moved permanently to %s (confirmed on a second poll)", target)
        return replace(state, effective_url=target, pending_redirect=None, redirect_confirmations=0)
    return replace(state, pending_redirect=target, redirect_confirmations=confirmations)


def _body_hash(body: bytes) -> str:
    return hashlib.sha256(body).hexdigest()
