"""Which entry is which: URL forms and the entry identity ladder.

Two URL forms, each made here only: ``canonicalize`` (the URL an article is identified by: scheme and host
lower-cased, no fragment, http(s) with a host or nothing) and ``normalize_url`` (the key an entry is
matched by across polls and feeds, below).

An entry is identified, in order, by

1. its GUID / id, when the feed's GUIDs are usable;
2. its normalized link: courlan's normalization (host case, default ports, sorted
   query, tracking parameters such as ``utm_*``, ``fbclid``, ``gclid`` removed),
   plus what courlan does not do: the fragment dropped and AMP wrappers unwrapped
   (Google AMP cache, ``/amp/`` path segments, ``.amp.html``, ``?amp=1``);
   a feedburner item's ``origLink`` replaces its ``~r/`` tracking link earlier,
   in the parser, since the wrapped URL cannot be unwrapped without fetching it;
3. a hash of its content (text, else title), so a link-less entry whose title is
   edited keeps its identity.

A feed's GUIDs are unusable when they are duplicated within one document (two
different links under one GUID) or re-issued on every poll (a link already seen
under another GUID): such a feed falls back to rung 2 for all its entries, and
its state remembers that (``FeedState.identity``).
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from urllib.parse import parse_qsl, unquote, urlencode, urlsplit, urlunsplit

from courlan import normalize_url as courlan_normalize
from courlan.clean import TRACKERS_RE

from records import Entry, collapse_spaces

IDENTITY_GUID = "guid"
IDENTITY_LINK = "link"

# Characters that need no quoting, normalizing or decoding: a URL made only of them is normalized here,
# with the same result as courlan (tests/test_identity.py compares both) at a tenth of the cost.
_PLAIN = re.compile(r"^(https?)://([A-Za-z0-9.-]+)(?::([0-9]{1,5}))?(/[A-Za-z0-9._~/-]*)?"
                    r"(?:\?([A-Za-z0-9._~=&-]*))?(?:#.*)?$")
_AMP_QUERY = {("amp", "1"), ("amp", "true"), ("amp", ""), ("outputtype", "amp"), ("output", "amp")}
# https://www.google.com/amp/s/example.com/story and https://example-com.cdn.ampproject.org/c/s/example.com/story
_AMP_CACHE = re.compile(r"^/(?:amp/|c/)(s/)?(.+)$")


def canonicalize(url: str) -> str:
    """The URL an article is identified by: scheme and host lower-cased, no fragment; "" for a URL that
    is not http(s) with a host (``javascript:``, ``data:``, a bare path), which identifies nothing."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        return ""
    host = (parts.hostname or "").lower()
    if parts.scheme.lower() not in ("http", "https") or not host:
        return ""
    if ":" in host:  # an IPv6 literal keeps its brackets
        host = f"[{host}]"
    netloc = host if port is None else f"{host}:{port}"
    return urlunsplit((parts.scheme.lower(), netloc, parts.path or "/", parts.query, ""))


@lru_cache(maxsize=65536)  # one pass asks for the same link several times (poll, freshness, commit)
def normalize_url(url: str) -> str:
    """The form of an article URL used to recognise the same article under different spellings.

    Returns ``""`` for anything that is not an absolute http(s) URL.
    """
    url = (url or "").strip()
    if not url:
        return ""
    lowered = url.lower()
    if "amp" not in lowered and "xn--" not in lowered:
        fast = _plain_normalize(url)
        if fast is not None:
            return fast
    try:
        parts = urlsplit(url)
        if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
            return ""
        if "amp" in lowered:
            parts = _unwrap_amp(parts)
        normalized = courlan_normalize(parts)
    except (ValueError, AttributeError):
        return ""
    return normalized.split("#", 1)[0]


def _plain_normalize(url: str) -> str | None:
    """courlan's normalization for a URL of plain characters, or None to let courlan do it."""
    match = _PLAIN.match(url)
    if match is None:
        return None
    scheme, host, port, path, query = match.groups()
    path = path or ""
    if "//" in path or "/." in path:
        return None  # dot segments and empty segments: courlan's rules
    scheme = scheme.lower()
    netloc = host.lower()
    if port and not ((scheme == "http" and port == "80") or (scheme == "https" and port == "443")):
        netloc += ":" + port
    kept: dict[str, list[str]] = {}
    for pair in (query or "").split("&"):
        key, sep, value = pair.partition("=")
        if not key or not sep or not value:
            if pair:
                return None  # blank values and bare keys: courlan drops them, with its own rules
            continue
        if not TRACKERS_RE.search(key.lower()):
            kept.setdefault(key, []).append(value)
    new_query = "&".join(f"{k}={v}" for k in sorted(kept) for v in kept[k])
    if new_query and not path:
        path = "/"
    return f"{scheme}://{netloc}{path}" + (f"?{new_query}" if new_query else "")


def _unwrap_amp(parts):  # type: ignore[no-untyped-def]
    host = (parts.hostname or "").lower()
    if host.endswith(".cdn.ampproject.org") or (host.startswith(("www.google.", "google.")) and
                                                 parts.path.startswith("/amp/")):
        match = _AMP_CACHE.match(parts.path)
        if match:
            scheme = "https" if match.group(1) else "http"
            return urlsplit(f"{scheme}://{unquote(match.group(2))}" + (f"?{parts.query}" if parts.query else ""))
    path = parts.path
    segments = path.split("/")
    if "amp" in segments[1:] and len([s for s in segments if s]) > 1:
        segments = [s for s in segments if s != "amp"] or ["", ""]
        path = "/".join(segments) or "/"
        if parts.path.endswith("/") and not path.endswith("/"):
            path += "/"
    if path.endswith(".amp.html") or path.endswith(".amp.htm"):
        path = path.replace(".amp.htm", ".htm")
    elif path.endswith(".amp"):
        path = path[: -len(".amp")]
    query = parts.query
    if query:
        pairs = parse_qsl(query, keep_blank_values=True)
        kept = [(k, v) for k, v in pairs if (k.lower(), v.lower()) not in _AMP_QUERY]
        if len(kept) != len(pairs):
            query = urlencode(kept)
    return parts._replace(path=path, query=query)


def entry_hash(title: str | None, text: str | None) -> str:
    """Rung 3: the entry's text, else its title (so an edited title alone does not change it)."""
    basis = collapse_spaces(text) or collapse_spaces(title)
    if not basis:
        return ""
    return "sha1:" + hashlib.sha1(basis.encode("utf-8")).hexdigest()


def entry_key(guid: str | None, link: str, title: str | None, text: str | None, mode: str = IDENTITY_GUID) -> str:
    """The ladder: GUID (unless the feed's GUIDs are unusable), normalized link, content hash."""
    guid = (guid or "").strip()
    if guid and mode == IDENTITY_GUID:
        return guid
    return normalize_url(link) or entry_hash(title, text) or guid


@dataclass
class Freshness:
    """What ``fresh_entries`` decided for one feed's document."""

    fresh: list[Entry] = field(default_factory=list)
    identity: str = IDENTITY_GUID  # the mode to remember for the feed
    reissued_guids: int = 0  # entries recognised by link or content although their GUID was new


def duplicated_guids(entries: Iterable[tuple[str, str]]) -> bool:
    """True when one GUID labels entries with different links within one document."""
    entries = list(entries)
    counts = Counter(guid for guid, _ in entries if guid)
    repeated = {g for g, n in counts.items() if n > 1}
    if not repeated:
        return False
    links_by_guid: dict[str, set[str]] = {}
    for guid, link in entries:
        if guid in repeated:
            links_by_guid.setdefault(guid, set()).add(normalize_url(link) or link)
    return any(len(links) > 1 for links in links_by_guid.values())


def rekey(entries: list[Entry], mode: str) -> list[Entry]:
    """The entries keyed for ``mode`` (the parser keys by GUID first, which is the entry_key it set)."""
    if mode == IDENTITY_GUID:
        return entries
    return [replace(e, entry_key=entry_key(e.entry_key, e.url, e.title, e.feed_content, mode)) for e in entries]


def fresh_entries(entries: list[Entry], mode: str, seen_keys: set[str], feed_links: set[str],
                  seen_links: set[str], seen_hashes: set[str], taken_links: set[str],
                  links: list[str] | None = None, hashes: list[str] | None = None) -> Freshness:
    """The entries not seen before, by key, normalized link (any feed) or content hash (this feed).

    ``seen_keys``, ``feed_links`` and ``seen_hashes`` are what this feed listed before;
    ``seen_links`` the normalized links of every feed; ``taken_links`` the links already
    claimed in this pass (updated here).  An entry this feed listed before under another
    key means the feed re-issues GUIDs: from then on the feed is keyed by link.
    ``links``/``hashes``: each entry's normalized link and content hash, when already computed.
    """
    out = Freshness(identity=mode)
    keys = set(seen_keys)
    links = links if links is not None else [normalize_url(e.url) for e in entries]
    hashes = hashes if hashes is not None else [entry_hash(e.title, e.feed_content) for e in entries]
    for entry, link, digest in zip(entries, links, hashes, strict=True):
        known_key = entry.entry_key in keys
        known_link = bool(link) and (link in seen_links or link in taken_links)
        known_content = not link and bool(digest) and digest in seen_hashes
        if known_key or known_link or known_content:
            if not known_key and (link in feed_links or known_content):
                out.reissued_guids += 1
            continue
        keys.add(entry.entry_key)
        if link:
            taken_links.add(link)
        out.fresh.append(entry)
    if out.reissued_guids and mode == IDENTITY_GUID:
        out.identity = IDENTITY_LINK
    return out
