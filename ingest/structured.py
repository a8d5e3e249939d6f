"""The page's schema.org JSON-LD as evidence for its body, reconciled with what extraction found.

Many publishers put the article's full text in JSON-LD (``NewsArticle.articleBody``) and a live blog's
updates in ``LiveBlogPosting.liveBlogUpdate``.  It helps where extraction misses: a body cut short by a
paywall prompt or a "load more" button, a live blog whose updates are spread over widgets, a long report
of which extraction keeps a part.  It is not trusted blindly: it can be a teaser (the first paragraph, a
summary) or stale (an earlier version of the story).  So ``reconcile`` compares the two on word 4-grams
and takes the JSON-LD text only when it confirms most of what extraction found *and* adds to it:

- an article: extraction's long paragraphs (lines that link to other pages aside) are found nearly whole in
  the JSON-LD body, none missing among them, and the body goes on after the last of them (extraction was
  cut short: a paywall, "load more") by at least ``ADDS`` of the found paragraphs' length (a teaser stops
  early; a stale version differs in a paragraph amid found ones, or ends where extraction ends);
- a live blog: the updates confirm ``CONFIRMS`` of extraction's text and are at least as long; its updates
  come out newest first, as live pages show them (list order when some have no date), each as its
  headline, then its body.

The JSON-LD text is cleaned afterwards like any extracted text.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from datetime import datetime
from html import unescape
from typing import Any

from lxml import html as lxml_html

from ingest.htmltext import html_to_text
from records import collapse_spaces, parse_utc

log = logging.getLogger(__name__)

__all__ = ["StructuredBody", "reconcile", "structured_body"]

ARTICLE_TYPES = frozenset({"article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle",
                           "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle", "blogposting",
                           "report", "techarticle"})
LIVE_TYPES = frozenset({"liveblogposting"})
CONFIRMS = 0.6
ADDS = 0.1  # the JSON-LD body's words after the last paragraph found, as a share of the found ones
LONG_PARAGRAPH_WORDS = 12  # shorter ones (subheadings, captions, prompts) say nothing about versions
LINK_LEAD_WORDS = 5  # "Lesen Sie auch: <headline>", "Mehr zum Thema: <headline>"
CONTAINED = 0.9  # share of a paragraph's 4-grams that makes it found in the JSON-LD body
MAX_SCRIPT_CHARS = 5_000_000
_MAX_DEPTH = 12


@dataclass(frozen=True)
class StructuredBody:
    kind: str  # 'article' | 'liveblog'
    paragraphs: tuple[str, ...]


def _types(obj: dict[str, Any]) -> set[str]:
    t = obj.get("@type")
    values = t if isinstance(t, list) else [t]
    return {v.rsplit("/", 1)[-1].lower() for v in values if isinstance(v, str)}


def _objects(value: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
    if depth > _MAX_DEPTH:
        return
    if isinstance(value, list):
        for v in value:
            yield from _objects(v, depth + 1)
    elif isinstance(value, dict):
        yield value
        for key in ("@graph", "mainEntity", "mainEntityOfPage", "hasPart"):
            if key in value:
                yield from _objects(value[key], depth + 1)


def _text(value: Any) -> list[str]:
    """Paragraphs of a JSON-LD text value (plain text, or HTML in some CMSs)."""
    if not isinstance(value, str) or not value.strip():
        return []
    raw = unescape(value) if "&" in value and "<" not in value else value
    if "<" in raw and ">" in raw:
        raw = html_to_text(raw)
    return [collapse_spaces(line) for line in raw.replace("\r", "\n").split("\n") if line.strip()]


def _when(obj: dict[str, Any]) -> datetime | None:
    return parse_utc(obj.get("datePublished") or obj.get("dateModified"))


def _updates(obj: dict[str, Any]) -> list[str]:
    raw = obj.get("liveBlogUpdate")
    items = [u for u in (raw if isinstance(raw, list) else [raw]) if isinstance(u, dict)]
    dated = [(_when(u), u) for u in items]
    if dated and all(when is not None for when, _ in dated):
        items = [u for _, u in sorted(dated, key=lambda d: d[0], reverse=True)]  # type: ignore[arg-type, return-value]
    out: list[str] = []
    for update in items:
        body = _text(update.get("articleBody") or update.get("text"))
        headline = collapse_spaces(str(update.get("headline") or ""))
        if headline and not (body and body[0].startswith(headline)):
            out.append(headline)
        out.extend(body)
    return out


def structured_body(tree: lxml_html.HtmlElement) -> StructuredBody | None:
    """The body the page's JSON-LD gives: a live blog's updates, else the longest ``articleBody``."""
    best: StructuredBody | None = None
    for script in tree.iterfind(".//script[@type]"):
        if "ld+json" not in (script.get("type") or "").lower() or not script.text:
            continue
        if len(script.text) > MAX_SCRIPT_CHARS:
            continue
        try:
            doc = json.loads(script.text, strict=False)
        except ValueError:
            log.debug("unparseable JSON-LD block skipped")
            continue
        for obj in _objects(doc):
            types = _types(obj)
            if types & LIVE_TYPES:
                paragraphs = _updates(obj)
                if len(paragraphs) >= 2:
                    return StructuredBody("liveblog", tuple(paragraphs))
            if types & (ARTICLE_TYPES | LIVE_TYPES):
                paragraphs = _text(obj.get("articleBody"))
                if paragraphs and (best is None or sum(map(len, paragraphs)) > sum(map(len, best.paragraphs))):
                    best = StructuredBody("article", tuple(paragraphs))
    return best


def _shingles(paragraphs: list[str] | tuple[str, ...], n: int = 4) -> set[tuple[str, ...]]:
    out: set[tuple[str, ...]] = set()
    for p in paragraphs:
        ws = p.casefold().split()
        out.update(tuple(ws[i : i + n]) for i in range(max(1, len(ws) - n + 1)))
    return out


def _paragraphed(body: tuple[str, ...], extracted: list[str]) -> list[str]:
    """A body given as one block is cut where extraction's paragraphs start, so paragraphs survive."""
    if len(body) > 1 or len(extracted) < 2:
        return list(body)
    text = body[0]
    cuts = sorted({i for p in extracted[1:] if len(p) >= 20 and (i := text.find(p[:40])) > 0})
    pieces = [text[a:b].strip() for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True)]
    return [p for p in pieces if p]


def reconcile(extracted: str, body: StructuredBody | None,
              link_texts: Collection[str] = frozenset()) -> tuple[str, str]:
    """``(text, where it came from)``: extraction's text, or the JSON-LD's where it confirms and adds.
    ``link_texts`` are the page's links to other pages: a line that is one, after a short label ("Lesen Sie
    auch: <headline>"), is no paragraph of the story's (the JSON-LD body has none of them)."""
    if body is None:
        return extracted, "extraction"
    ours = [p for p in extracted.split("\n") if p.strip()]
    mine, theirs = _shingles(ours), _shingles(body.paragraphs)
    if not theirs:
        return extracted, "extraction"
    shared = len(mine & theirs)
    confirms = shared / len(mine) if mine else 1.0
    if body.kind == "liveblog":
        if confirms >= CONFIRMS and len(theirs) >= len(mine):
            return "\n".join(body.paragraphs), "jsonld-liveblog"
        return extracted, "extraction"
    if _continues([p for p in ours if not _link_line(p, link_texts)], body.paragraphs):
        return "\n".join(_paragraphed(body.paragraphs, ours)), "jsonld"
    return extracted, "extraction"


def _link_line(para: str, link_texts: Collection[str]) -> bool:
    """Whether ``para`` is a link to another page, alone or after a lead of a few words and a colon."""
    flat = collapse_spaces(para)
    if flat in link_texts:
        return True
    lead, sep, rest = flat.partition(":")
    return bool(sep) and len(lead.split()) <= LINK_LEAD_WORDS and rest.strip() in link_texts


def _continues(ours: list[str], body: tuple[str, ...]) -> bool:
    """Whether the JSON-LD body is extraction's text continued past where extraction was cut short.

    Extraction's long paragraphs must be found nearly whole in the body with none missing between the
    first and the last found (before: a byline box; after: a paywall prompt, a footer), and the body must
    go on after the last one found by at least ``ADDS`` of the found paragraphs' length (extraction's
    paywall prompt, captions and promos count for nothing).  A teaser stops early; a
    stale version is edited somewhere among the found paragraphs, or ends where extraction ends."""
    words = [w for p in body for w in p.casefold().split()]
    index: dict[tuple[str, ...], int] = {}
    for i in range(len(words) - 3):
        index.setdefault(tuple(words[i : i + 4]), i)
    found: list[bool] = []
    end, story = -1, 0  # story: the words of the paragraphs found
    for p in ours:
        ws = p.casefold().split()
        if len(ws) < LONG_PARAGRAPH_WORDS:
            continue
        grams = [tuple(ws[i : i + 4]) for i in range(len(ws) - 3)]
        hits = [index[g] for g in grams if g in index]
        found.append(len(hits) >= CONTAINED * len(grams))
        if found[-1]:
            end = max(end, max(hits) + 4)
            story += len(ws)
    if True not in found:
        return False
    first, last = found.index(True), len(found) - 1 - found[::-1].index(True)
    if not all(found[first : last + 1]):
        return False
    return len(words) - end >= ADDS * story
