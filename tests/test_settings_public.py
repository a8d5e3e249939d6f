"""Settings can be logged without leaking credentials."""

from __future__ import annotations

from feedlake.settings import Settings


def test_public_masks_credentials_in_urls() -> None:
    s = Settings.load({"redis_url": "redis://:s3cret-pass@cache.internal:6379/0", "output": "s3://bucket/x"})
    public = s.public()
    assert "s3cret-pass" not in str(public)
    assert public["redis_url"] == "redis://***@cache.internal:6379/0"
    assert public["output"] == "s3://bucket/x"
