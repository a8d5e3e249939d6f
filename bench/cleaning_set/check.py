"""Self-test of the ground truth (run by ``--stats``)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from bench.cleaning_set.page import Page
from bench.cleaning_set.text import collapse, visible_text

KINDS = {"news", "templated", "liveblog", "jsonld-full", "jsonld-teaser", "jsonld-stale"}
COPIES = {"original", "syndicated", "trimmed", "edited", "reposted"}
HALVES = ("tune", "test", "holdout", "holdout2", "holdout3", "holdout4", "holdout5", "holdout6", "holdout7",
          "holdout8", "holdout9", "holdout10", "holdout11", "holdout12", "holdout13", "holdout14", "holdout15",
          "holdout16", "holdout17")


def check(pages: Sequence[Page]) -> list[str]:
    """Problems found (empty when the truth is right): every truth paragraph appears in the page's visible
    text (or its JSON-LD, for jsonld-full and live blogs), every injected sentence appears too, no injected
    sentence is inside a truth paragraph, every story sentence is inside a truth paragraph; URLs unique,
    each publisher in one half (tune, test, holdout, holdout2, ..., holdout16 or holdout17), order by
    (seen_at, url)."""
    problems: list[str] = []
    urls = Counter(p.url for p in pages)
    problems += [f"duplicate url {u}" for u, n in urls.items() if n > 1]
    halves: dict[str, set[str]] = {}
    for p in pages:
        halves.setdefault(p.source, set()).add(p.half)
    problems += [f"{s} in both halves" for s, h in halves.items() if len(h) > 1]
    if [(p.seen_at, p.url) for p in pages] != sorted((p.seen_at, p.url) for p in pages):
        problems.append("pages not sorted by (seen_at, url)")
    for p in pages:
        where = f"{p.url} [{p.kind}/{p.copy}]"
        if p.kind not in KINDS or p.copy not in COPIES or p.half not in HALVES:
            problems.append(f"{where}: bad labels")
        if not p.truth:
            problems.append(f"{where}: empty truth")
        if int(p.seen_at // 86400) != p.day:
            problems.append(f"{where}: seen_at is not on its day")
        vis, ld = visible_text(p.html)
        space = vis + "\n" + ld if p.kind in ("jsonld-full", "liveblog") else vis
        truth = [collapse(t) for t in p.truth]
        for t in truth:
            if t not in space:
                problems.append(f"{where}: truth paragraph not on the page: {t[:80]!r}")
        for s, kind in p.injected:
            c = collapse(s)
            if c not in vis and c not in ld:
                problems.append(f"{where}: injected {kind} not on the page: {c[:80]!r}")
            if any(c in t for t in truth):
                problems.append(f"{where}: injected {kind} inside a truth paragraph: {c[:80]!r}")
        for s in p.story_sentences:
            if not any(collapse(s) in t for t in truth):
                problems.append(f"{where}: story sentence outside truth: {s[:80]!r}")
    return problems
