"""HTTP header semantics, in one place: a case-insensitive header map, ``Retry-After``, HTTP dates and the
charset of a ``Content-Type``.  Pure functions of strings; the client (``ingest.http``), the schedule
(``ingest.schedule``), the feed parser and the test and demo server all use these."""

from __future__ import annotations

import time
from collections.abc import Iterable
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any

__all__ = ["Headers", "charset_of", "http_date", "retry_after_seconds"]


class Headers(dict[str, str]):
    """Headers under lower-cased names; a repeated header's values joined by ", " (RFC 9110)."""

    def __init__(self, items: Iterable[tuple[str, str]] = ()) -> None:
        super().__init__()
        for name, value in items:
            self.add(name, value)

    def add(self, name: str, value: str) -> None:
        key = name.lower()
        super().__setitem__(key, f"{super().__getitem__(key)}, {value}" if super().__contains__(key) else value)

    def get(self, name: str, default: Any = None) -> Any:  # type: ignore[override]
        return super().get(name.lower(), default)

    def __getitem__(self, name: str) -> str:
        return super().__getitem__(name.lower())

    def __contains__(self, name: object) -> bool:
        return super().__contains__(name.lower() if isinstance(name, str) else name)


def http_date(value: str | None) -> datetime | None:
    """An HTTP date (RFC 9110; the obsolete forms too) as an aware datetime, or None."""
    if not value:
        return None
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def retry_after_seconds(value: str | None, now: datetime | None = None) -> float | None:
    """``Retry-After`` as seconds from ``now`` (default: the clock): delta-seconds or an HTTP date; None
    when absent or unreadable."""
    value = (value or "").strip()
    if not value:
        return None
    if value.isdigit():
        return float(value)
    when = http_date(value)
    if when is None:
        return None
    base = now.timestamp() if now is not None else time.time()
    return max(0.0, when.timestamp() - base)


def charset_of(content_type: str | None) -> str | None:
    """The ``charset`` parameter of a ``Content-Type`` value, unquoted, or None."""
    for part in (content_type or "").split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip('"')
    return None
