"""From a feed entry to a clean article: fetch the page, extract, clean.

When the page cannot be fetched (robots.txt disallowing it included) or extracts
empty, the feed's own content is used (``text_source='feed'``) and the reason is
still recorded as an error row.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from urllib.parse import urlsplit, urlunsplit

from feedlake.records import Article, Entry, ErrorRecord, stable_id, utcnow
from ingest.clean import Rules, clean_text
from ingest.extract import ExtractError, ExtractOptions, extract_page
from ingest.http import FetchError, HttpClient
from ingest.robots import robots_for

log = logging.getLogger(__name__)


@dataclass
class EntryResult:
    article: Article | None = None
    errors: list[ErrorRecord] = field(default_factory=list)


def canonicalize(url: str) -> str:
    """The URL an article is identified by: scheme and host lower-cased, no fragment."""
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower()
    netloc = host if parts.port is None else f"{host}:{parts.port}"
    return urlunsplit((parts.scheme.lower(), netloc, parts.path or "/", parts.query, ""))


def process_entry(
    client: HttpClient, entry: Entry, rules: Rules, options: ExtractOptions, run_id: str = ""
) -> EntryResult:
    result = EntryResult()

    def error(stage: str, message: str, kind: str) -> None:
        log.warning("%s failed for %s: %s", stage, entry.url, message,
                    extra={"feed": entry.feed_url, "url": entry.url, "stage": stage})
        result.errors.append(ErrorRecord(entry.url or entry.entry_key, entry.feed_url, stage, message, utcnow(),
                                         kind, run_id))

    extracted = None
    final_url = entry.url
    fetched_at = utcnow()
    verdict = robots_for(client).check(entry.url) if entry.url else None
    if not entry.url:
        error("fetch", "entry has no link", "no_link")
    elif verdict is not None and not verdict.allowed:
        error("fetch", verdict.reason, verdict.kind)  # then the feed-content fallback, as for any fetch failure
    else:
        try:
            resp = client.get(entry.url, headers={"Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5"})
            fetched_at = utcnow()
            final_url = resp.url
            extracted = extract_page(resp.body, resp.url, options)
            if extracted is None:
                error("extract", "page has no extractable article text", "empty_extraction")
        except FetchError as exc:
            error("fetch", str(exc), exc.kind)
        except ExtractError as exc:
            error("extract", str(exc), "extract_error")

    if extracted is not None:
        text, text_source = extracted.text, "page"
        canonical = canonicalize(extracted.canonical_url or final_url)
    elif entry.feed_content:
        text, text_source = entry.feed_content, "feed"
        canonical = canonicalize(final_url) if final_url else ""
    else:
        return result
    if not canonical:
        error("extract", "no URL identifies this article", "no_url")
        return result

    # No language: page language tags are often wrong, and every rule is written so it
    # cannot misfire on another language's text (bench/boilerplate_eval.py measures both).
    cleaned = clean_text(text, rules, link_texts=extracted.link_texts if extracted else ())
    if not cleaned.text.strip():
        error("clean", "nothing left after boilerplate removal", "empty_after_cleaning")
        return result
    result.article = Article(
        article_id=stable_id(canonical),
        url=entry.url,
        canonical_url=canonical,
        feed_url=entry.feed_url,
        feed_name=entry.feed_name,
        source=urlsplit(canonical).hostname or "",
        title=(extracted.title if extracted and extracted.title else entry.title),
        author=(extracted.author if extracted and extracted.author else entry.author),
        published_at=entry.published_at or (extracted.published_at if extracted else None),
        fetched_at=fetched_at,
        language=extracted.language if extracted else None,
        text=cleaned.text,
        text_source=text_source,
        boilerplate_removed=list(cleaned.removed),
        boilerplate_rules=list(cleaned.removed_by),
        run_id=run_id,
    )
    return result
