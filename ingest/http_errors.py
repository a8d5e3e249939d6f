"""Why a request did not produce a usable response: one exception type per cause, each with a ``kind``
(recorded in error rows) and whether retrying can help."""

from __future__ import annotations

RETRYABLE_STATUS = frozenset({408, 429, 500, 502, 503, 504})


class FetchError(Exception):
    """A request that did not produce a usable response."""

    kind = "fetch_error"
    permanent = False  # True: retrying will not help (4xx, blocked, too large)

    def __init__(self, url: str, message: str, status: int | None = None) -> None:
        super().__init__(f"{message} ({url})")
        self.url = url
        self.status = status


class BlockedAddressError(FetchError):
    kind = "blocked_address"
    permanent = True


class HTTPStatusError(FetchError):
    kind = "http_status"

    def __init__(self, url: str, status: int) -> None:
        super().__init__(url, f"HTTP {status}", status)
        self.permanent = status not in RETRYABLE_STATUS


class TooManyRedirects(FetchError):
    kind = "too_many_redirects"
    permanent = True


class BodyTooLarge(FetchError):
    kind = "body_too_large"
    permanent = True


class Timeout(FetchError):
    kind = "timeout"


class ConnectError(FetchError):
    kind = "connect_error"


class InvalidURL(FetchError):
    kind = "invalid_url"
    permanent = True
