"""The feeds file: ``feeds: [{url, name?, tags?}]`` in YAML."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import yaml


class FeedsFileError(ValueError):
    """The feeds file is missing or invalid; the message names the entry."""


@dataclass(frozen=True)
class FeedSpec:
    url: str
    name: str
    tags: tuple[str, ...] = field(default_factory=tuple)


def load_feeds(path: str | Path) -> list[FeedSpec]:
    p = Path(path)
    if not str(path):
        raise FeedsFileError("no feeds file given (use --feeds or FEEDLAKE_FEEDS)")
    if not p.is_file():
        raise FeedsFileError(f"feeds file {p} does not exist")
    try:
        doc = yaml.safe_load(p.read_text(encoding="utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise FeedsFileError(f"feeds file {p} is not valid YAML: {first}") from None
    return parse_feeds(doc, source=str(p))


def parse_feeds(doc: object, source: str = "feeds file") -> list[FeedSpec]:
    if not isinstance(doc, dict) or "feeds" not in doc:
        raise FeedsFileError(f"{source}: expected a mapping with a 'feeds' list at the top")
    items = doc["feeds"]
    if not isinstance(items, list) or not items:
        raise FeedsFileError(f"{source}: 'feeds' must be a non-empty list")
    specs: list[FeedSpec] = []
    seen: dict[str, int] = {}
    for i, item in enumerate(items):
        where = f"{source}: feeds[{i}]"
        if isinstance(item, str):
            item = {"url": item}
        if not isinstance(item, dict):
            raise FeedsFileError(f"{where}: expected a mapping with 'url', got {type(item).__name__}")
        unknown = set(item) - {"url", "name", "tags"}
        if unknown:
            raise FeedsFileError(f"{where}: unknown key(s) {', '.join(sorted(map(str, unknown)))}")
        url = item.get("url")
        if not isinstance(url, str) or not url.strip():
            raise FeedsFileError(f"{where}: 'url' is missing or not a string")
        url = url.strip()
        where = f"{source}: feeds[{i}] ({url})"
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise FeedsFileError(f"{where}: url must be an absolute http(s) URL")
        name = item.get("name", parts.hostname)
        if not isinstance(name, str) or not name.strip():
            raise FeedsFileError(f"{where}: 'name' must be a non-empty string")
        tags = item.get("tags", [])
        if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
            raise FeedsFileError(f"{where}: 'tags' must be a list of strings")
        if url in seen:
            raise FeedsFileError(f"{where}: duplicate of feeds[{seen[url]}]")
        seen[url] = i
        specs.append(FeedSpec(url=url, name=name.strip(), tags=tuple(tags)))
    return specs
