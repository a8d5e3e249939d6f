"""next_poll_at: feed hints, HTTP freshness, Retry-After, bounds, skipHours/skipDays, failure backoff."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import pytest

from ingest.headers import retry_after_seconds
from ingest.schedule import (
    FeedHints,
    ScheduleConfig,
    http_freshness,
    is_due,
    next_poll_at,
)

NOW = datetime(2026, 11, 2, 10, 30, tzinfo=UTC)  # a Monday
CONFIG = ScheduleConfig(min_interval=300, max_interval=86400, default_interval=900)


def after(**kw: object) -> timedelta:
    return next_poll_at(NOW, CONFIG, **kw) - NOW  # type: ignore[arg-type]


def test_no_hint_uses_the_default_interval() -> None:
    assert after() == timedelta(seconds=900)


def test_the_longest_hint_wins_within_bounds() -> None:
    assert after(hints=FeedHints.parse(ttl="60")) == timedelta(hours=1)
    assert after(hints=FeedHints.parse(update_period="daily", update_frequency="4")) == timedelta(hours=6)
    assert after(hints=FeedHints.parse(ttl="60"), freshness=7200.0) == timedelta(hours=2)
    assert after(hints=FeedHints.parse(ttl="1")) == timedelta(seconds=300)  # raised to the minimum
    assert after(hints=FeedHints.parse(update_period="yearly")) == timedelta(days=1)  # capped at the maximum


@pytest.mark.parametrize("headers, seconds", [
    ({"cache-control": "public, max-age=1800"}, 1800.0),
    ({"cache-control": "s-maxage=600, max-age=60"}, 600.0),
    ({"cache-control": "no-cache, max-age=1800"}, None),
    ({"expires": "Mon, 02 Nov 2026 12:30:00 GMT", "date": "Mon, 02 Nov 2026 10:30:00 GMT"}, 7200.0),
    ({"expires": "Mon, 02 Nov 2026 11:30:00 GMT"}, 3600.0),  # no Date header: against now
    ({"expires": "0"}, None),
    ({}, None),
])
def test_http_freshness(headers: dict[str, str], seconds: float | None) -> None:
    assert http_freshness(headers, NOW) == seconds


def test_retry_after_as_seconds_or_date() -> None:
    assert retry_after_seconds("120", NOW) == 120.0
    assert retry_after_seconds("Mon, 02 Nov 2026 11:00:00 GMT", NOW) == 1800.0
    assert retry_after_seconds("soon", NOW) is None
    assert after(retry_after=3600.0) == timedelta(hours=1)
    assert after(retry_after=10.0) == timedelta(seconds=300)


def test_skip_hours_and_days_push_the_poll_out_but_never_past_the_maximum() -> None:
    hints = FeedHints.parse(ttl="30", skip_hours=["11", "12", "13"])  # UTC hours
    assert next_poll_at(NOW, CONFIG, hints) == datetime(2026, 11, 2, 14, tzinfo=UTC)
    weekend = FeedHints.parse(ttl="30", skip_days=["Monday", "Tuesday"])
    assert next_poll_at(NOW, CONFIG, weekend) == datetime(2026, 11, 3, 10, 30, tzinfo=UTC)  # capped: 1 day
    assert next_poll_at(NOW, CONFIG, FeedHints.parse(skip_hours=[str(h) for h in range(24)])) == NOW + timedelta(
        seconds=900)  # a feed that skips every hour asked for nothing usable


def test_hints_survive_the_state_round_trip() -> None:
    hints = FeedHints.parse(ttl="45", update_period="hourly", skip_hours=["1", "2"], skip_days=["Sunday"])
    assert FeedHints.from_json(hints.to_json()) == hints
    assert FeedHints.from_json("not json") == FeedHints()


def test_failure_backoff_grows_with_jitter_and_is_capped() -> None:
    rng = random.Random(1)
    for failures in range(1, 12):
        gaps = {(next_poll_at(NOW, CONFIG, failures=failures, rng=rng) - NOW).total_seconds() for _ in range(20)}
        expected = min(CONFIG.max_interval, CONFIG.min_interval * 2 ** (failures - 1))
        assert all(max(CONFIG.min_interval, 0.75 * expected) <= g <= min(CONFIG.max_interval, 1.25 * expected)
                   for g in gaps)
        if expected < CONFIG.max_interval / 1.25:
            assert len(gaps) > 1  # jittered, so failing feeds do not retry in lockstep


def test_due_includes_a_little_slack() -> None:
    assert is_due(None, NOW)
    assert is_due(NOW + timedelta(seconds=30), NOW) and not is_due(NOW + timedelta(minutes=5), NOW)
