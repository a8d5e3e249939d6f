"""When to poll a feed next.

A successful poll waits the longest interval any hint asks for (``<ttl>``,
``sy:updatePeriod``/``sy:updateFrequency``, ``Cache-Control: max-age``,
``Expires``), or the default when there is none, bounded by the minimum and
maximum intervals; ``skipHours``/``skipDays`` then push it out of the hours and
days the feed asked to be left alone (never past the maximum).  A 429 or 503
waits its ``Retry-After``.  Other failures back off exponentially from the
minimum interval, with jitter, up to the maximum: a failing feed keeps being
retried at least that often and recovers on its own, it is never dropped.
"""

from __future__ import annotations

import json
import random
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from ingest.headers import http_date

_PERIODS = {"hourly": 3600, "daily": 86400, "weekly": 7 * 86400, "monthly": 30 * 86400, "yearly": 365 * 86400}
_DAYS = {d: i for i, d in enumerate("monday tuesday wednesday thursday friday saturday sunday".split())}


@dataclass(frozen=True)
class FeedHints:
    """What the feed document says about its own update rhythm (kept in state for 304 polls)."""

    ttl_seconds: float | None = None
    update_seconds: float | None = None
    skip_hours: tuple[int, ...] = ()  # UTC hours, 0-23
    skip_days: tuple[int, ...] = ()  # weekdays, Monday = 0

    def to_json(self) -> str:
        # By hand rather than dataclasses.asdict, whose deep copy costs more than the rest of a 304 poll.
        return json.dumps({"skip_days": list(self.skip_days), "skip_hours": list(self.skip_hours),
                           "ttl_seconds": self.ttl_seconds, "update_seconds": self.update_seconds})

    @classmethod
    def from_json(cls, text: str | None) -> FeedHints:
        if not text:
            return cls()
        try:
            raw = json.loads(text)
            return cls(raw.get("ttl_seconds"), raw.get("update_seconds"), tuple(raw.get("skip_hours") or ()),
                       tuple(raw.get("skip_days") or ()))
        except (ValueError, TypeError, AttributeError):
            return cls()

    @classmethod
    def parse(cls, ttl: str | None = None, update_period: str | None = None, update_frequency: str | None = None,
              skip_hours: list[str] | None = None, skip_days: list[str] | None = None) -> FeedHints:
        """From the raw element texts; anything unparseable is ignored."""
        ttl_s = _number(ttl)
        period = _PERIODS.get((update_period or "").strip().lower()) if update_period else None
        frequency = _number(update_frequency) or 1.0
        hours = tuple(sorted({int(h) % 24 for h in (skip_hours or []) if (h or "").strip().isdigit()}))
        names = [(d or "").strip().lower() for d in (skip_days or [])]
        days = tuple(sorted({_DAYS[d] for d in names if d in _DAYS}))
        return cls(ttl_s * 60 if ttl_s else None, period / frequency if period else None, hours, days)


@dataclass(frozen=True)
class ScheduleConfig:
    min_interval: float = 300.0
    max_interval: float = 86400.0
    default_interval: float = 900.0
    jitter: float = 0.25  # failure backoff is multiplied by a random factor in [1 - jitter, 1 + jitter]


def _number(text: str | None) -> float | None:
    try:
        value = float((text or "").strip())
    except ValueError:
        return None
    return value if value > 0 else None


def http_freshness(headers: Mapping[str, str], now: datetime) -> float | None:
    """Seconds the response says it stays fresh: ``Cache-Control: max-age``, else ``Expires``."""
    cache_control = (headers.get("cache-control") or "").lower()
    directives = dict(
        (part.split("=", 1)[0].strip(), part.split("=", 1)[1].strip().strip('"') if "=" in part else "")
        for part in cache_control.split(",") if part.strip()
    )
    if "no-store" in directives or "no-cache" in directives:
        return None
    for name in ("s-maxage", "max-age"):
        if directives.get(name, "").isdigit():
            return float(directives[name]) or None
    expires = http_date(headers.get("expires"))
    if expires is None:
        return None
    origin = http_date(headers.get("date")) or now
    seconds = (expires - origin).total_seconds()
    return seconds if seconds > 0 else None


def next_poll_at(now: datetime, config: ScheduleConfig, hints: FeedHints = FeedHints(),
                 freshness: float | None = None, failures: int = 0, retry_after: float | None = None,
                 rng: random.Random | None = None) -> datetime:
    """When a feed polled at ``now`` is due again (see the module docstring for the rules)."""
    lo, hi = config.min_interval, max(config.min_interval, config.max_interval)
    if retry_after is not None:
        return now + timedelta(seconds=min(hi, max(lo, retry_after)))
    if failures > 0:
        backoff = lo * 2.0 ** min(failures - 1, 30)
        factor = 1.0 + config.jitter * (2.0 * (rng or random).random() - 1.0)
        return now + timedelta(seconds=min(hi, max(lo, min(hi, backoff) * factor)))
    asked = [s for s in (hints.ttl_seconds, hints.update_seconds, freshness) if s]
    interval = min(hi, max(lo, max(asked) if asked else config.default_interval))
    due = now + timedelta(seconds=interval)
    return min(_outside_skips(due, hints), now + timedelta(seconds=hi))


def _outside_skips(when: datetime, hints: FeedHints) -> datetime:
    if not hints.skip_hours and not hints.skip_days:
        return when
    if len(hints.skip_hours) >= 24 or len(hints.skip_days) >= 7:
        return when  # a feed that skips everything asked for nothing usable
    t = when.astimezone(UTC)
    for _ in range(24 * 8):
        if t.hour not in hints.skip_hours and t.weekday() not in hints.skip_days:
            return t
        t = (t + timedelta(hours=1)).replace(minute=0, second=0, microsecond=0)
    return when


def is_due(next_at: datetime | None, now: datetime, slack: float = 60.0) -> bool:
    """Due now, or within ``slack`` seconds: a scheduled pass a little early must not skip a feed for a round."""
    return next_at is None or next_at <= now + timedelta(seconds=slack)
