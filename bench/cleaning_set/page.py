"""The labelled page of the cleaning set."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Page:
    url: str  # https://<publisher host>/...; unique per page
    source: str  # the publisher's host
    publisher: str  # display name
    half: str  # 'tune', 'test', 'holdout', ..., 'holdout16' or 'holdout17' (split by publisher)
    lang: str  # 'en' | 'de' | 'fr' | 'es'
    html: str  # the full HTML page as the site would serve it
    seen_at: float  # epoch seconds: day * 86400 + offset; day 0 = a new feed's backlog
    day: int  # the daily pass it arrives in
    story_key: str  # same story (syndicated / trimmed / edited / reposted copies share it)
    copy: str  # 'original' | 'syndicated' | 'trimmed' | 'edited' | 'reposted'
    kind: str  # 'news' | 'templated' | 'liveblog' | 'jsonld-full' | 'jsonld-teaser' | 'jsonld-stale'
    truth: tuple[str, ...]  # the true body paragraphs, in order: what a perfect cleaner outputs
    story_sentences: tuple[str, ...]  # the sentences of truth (for recall scoring)
    injected: tuple[tuple[str, str], ...]  # (boilerplate sentence, its kind), every injected sentence
    feed_summary: str | None = None  # what the feed would carry for it (first paragraph or None)
