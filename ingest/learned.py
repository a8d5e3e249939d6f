"""Per-source learned boilerplate: what recurs across a site's distinct stories is not the story.

Rules (``ingest.clean``) know phrasings; they cannot know every publisher.  The
strongest signal is repetition within one source: a paragraph or sentence that
recurs in at least ``min_stories`` *distinct stories* of the same source within
``window_days`` is boilerplate.  It is removed with the label
``learned:<fingerprint>`` in ``Article.boilerplate_rules``.

**Units and fingerprints.**  Text is normalized (NFKC, case folded, digits to 0,
punctuation dropped) into word tokens.  The units are sentences (a glued
attribution or a bio tacked onto a paragraph is a sentence) and whole
paragraphs.  Each unit has an ``exact`` fingerprint (all its tokens).  With the
``prefix`` method a sentence longer than ``prefix_words`` tokens also has a
prefix fingerprint (its first ``prefix_words`` tokens), so "Learn more about
this topic and related developments here: <any headline>" keeps one
fingerprint; ``template`` adds a lead fingerprint for a sentence that starts
with a short fixed lead before ``:`` or ``|`` (or a ``,`` after at least
three words: "Reported by <Site>, citing <anything>.").  Prefix and lead
fingerprints are only taken when the variable rest is short (a headline, a
name): a fixed opening followed by a long sentence is reporting.  A prefix or lead match
says "same beginning, different ending", which also describes a formulaic
sentence of real reporting; so it counts only when the pattern also recurs in
``variable_share`` of the source's stories since it first appeared (a
publisher's footer is on nearly every story, a formula on some).  An exact
match needs ``min_stories`` only.  A whole paragraph is matched exactly only: a
paragraph whose first sentence is boilerplate glued to a real lede must lose
the sentence, not the lede.

**Distinct stories, not rows.**  Each article is mapped to a story of its
source: the story its article id was mapped to before (re-polled), else a story
that already holds at least half of its text, counted in characters over exact
paragraph fingerprints (an updated or re-posted copy under another URL), else
a new story.  Paragraphs already learned as boilerplate do not count toward
that overlap, so a shared template does not merge different stories.
Occurrences are counted per story, so a story re-polled or posted under several
URLs never teaches that its own text is boilerplate; a story republished by
several sources is one story in each of them and never reaches
``min_stories`` anywhere.  When in doubt the mapping merges (less learning),
never splits.

**Where it runs.**  On the whole pass, in the dedup stage, before near-duplicate
detection: it must see every article of the pass (a host's entries can span
several fetch batches, and at cold start "the batch itself shows the
repetition"), fetch batches run as parallel Airflow tasks while this state needs
one writer, and dedup must compare cleaned text.  ``process_entry`` has already
applied the rules; learning works on that text.  A retried stage maps every
article to the story it recorded the first time, so it decides the same way.
"""

from __future__ import annotations

import hashlib
import logging
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from typing import Protocol

log = logging.getLogger(__name__)

__all__ = [
    "LearnConfig", "LearnInput", "Learned", "allowed_fingerprints", "fingerprints_of_text", "learn_and_clean",
    "sentence_spans",
]

METHODS = ("exact", "prefix", "template")
SAME_STORY = 0.5  # share of the smaller text's characters that makes two articles one story
MAX_UNIT_CHARS = 1200  # a longer unit is reporting, whatever it starts with
MIN_SENTENCE_TOKENS = 2  # a one-word piece of a split paragraph is not a sentence ("Avec AFP." is)
# A variable tail is a headline, a name, an agency: short.  A fixed opening followed by a long
# variable part is a sentence of reporting that happens to start with a formula (a dateline, "According to
# figures published by …"), so prefix and lead fingerprints are only taken when the rest is this short.
MAX_VARIABLE_TOKENS = 20
# A lead ends at ':' or '|' ("RELATED: …", "Quelle: …"), or for a sentence at a ',' after at least three
# words ("Reported by Site, citing …", not "However, …"); not at dashes: "CITY — <lede>" is a dateline.
_LEAD_DELIMS = ":|"
_COMMA_LEAD_MIN_TOKENS = 3
_ABBREVIATION = re.compile(r"(?:^|[\s(])(?:[A-ZÄÖÜ][a-zäöü]?\.)+$")  # "U.S.", "Dr.", "D." end no sentence

_TOKEN = re.compile(r"\w+")
_DIGIT = re.compile(r"\d")
_SENTENCE_END = re.compile(r"[.!?…]+[\"”’»)\]]*")
_OPENERS = "\"“„«‚‘'([ "


@dataclass(frozen=True)
class LearnConfig:
    min_stories: int = 3  # k: distinct stories of a source that make a unit boilerplate
    window_days: float = 30.0
    method: str = "template"  # 'exact' | 'prefix' | 'template'
    prefix_words: int = 8
    variable_share: float = 0.5  # prefix/lead matches: share of the source's stories since first seen

    def __post_init__(self) -> None:
        if self.method not in METHODS:
            raise ValueError(f"fingerprint method must be one of {', '.join(METHODS)}, got {self.method!r}")
        if self.min_stories < 2:
            raise ValueError("min_stories must be at least 2: one story cannot show repetition")
        if self.prefix_words < 2 or self.window_days <= 0 or not 0.0 <= self.variable_share <= 1.0:
            raise ValueError(f"invalid learning configuration {self}")


@dataclass(frozen=True)
class LearnInput:
    article_id: str
    source: str  # host
    text: str  # rule-cleaned, one paragraph per line
    seen_at: float  # epoch seconds (the article's fetch time)


@dataclass(frozen=True)
class Learned:
    text: str
    removed: list[str] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)  # 'learned:<16 hex>' per removed piece


class Overlap(Protocol):
    @property
    def story_id(self) -> int: ...
    @property
    def chars(self) -> int: ...
    @property
    def shared_chars(self) -> int: ...


class Seen(Protocol):
    @property
    def stories(self) -> frozenset[int]: ...
    @property
    def first_seen(self) -> float: ...


class Store(Protocol):
    """The state the learner needs (``storage.boilerplate_state.BoilerplateState``)."""

    def transaction(self) -> AbstractContextManager[None]: ...
    def source_id(self, host: str) -> int: ...
    def story_of_article(self, article_id: str) -> int | None: ...
    def stories_sharing(self, source_id: int, paragraphs: dict[int, int], since: float) -> Sequence[Overlap]: ...
    def new_story(self, source_id: int, paragraphs: dict[int, int], seen: float) -> int: ...
    def saw_story(self, story_id: int, article_id: str, seen: float) -> None: ...
    def stories_since(self, source_id: int, since: float) -> int: ...
    def add_occurrences(self, source_id: int, story_id: int, fingerprints: Iterable[int], seen: float) -> None: ...
    def occurrence_stats(self, source_id: int, fingerprints: Iterable[int], since: float) -> Mapping[int, Seen]: ...
    def note_removal(self, source_id: int, fingerprint: int, kind: str, sample: str, when: float) -> None: ...


# --- units and fingerprints ----------------------------------------------------


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(_DIGIT.sub("0", unicodedata.normalize("NFKC", text).casefold()))


def _hash(namespace: str, words: Sequence[str]) -> int:
    digest = hashlib.blake2b(f"{namespace}\x1f{' '.join(words)}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)  # SQLite INTEGER is signed 64-bit


def _hex(fp: int) -> str:
    return f"{fp & 0xFFFF_FFFF_FFFF_FFFF:016x}"


@dataclass(frozen=True)
class Unit:
    para: int  # index of its paragraph
    start: int  # span within the paragraph
    end: int
    whole: bool  # the whole paragraph
    exact: int
    prefix: int | None = None
    lead: int | None = None

    def fingerprints(self) -> list[int]:
        return [fp for fp in (self.exact, self.prefix, self.lead) if fp is not None]


def _unit(para: int, start: int, end: int, text: str, *, whole: bool, sentence: bool,
          config: LearnConfig) -> Unit | None:
    words = tokens(text)
    if not words or len(text) > MAX_UNIT_CHARS or (not whole and len(words) < MIN_SENTENCE_TOKENS):
        return None
    exact = _hash("exact", words)
    if not sentence or config.method == "exact":  # a multi-sentence paragraph matches exactly only
        return Unit(para, start, end, whole, exact)
    # namespaced by length: a change of prefix_words never matches stale state
    prefix = _hash(f"prefix{config.prefix_words}", words[: config.prefix_words]) \
        if 0 < len(words) - config.prefix_words <= MAX_VARIABLE_TOKENS else None
    lead = _lead(text, "paragraph" if whole else "sentence", config) if config.method == "template" else None
    return Unit(para, start, end, whole, exact, prefix, lead)


def _lead(text: str, kind: str, config: LearnConfig) -> int | None:
    delims = _LEAD_DELIMS if kind == "paragraph" else _LEAD_DELIMS + ","
    cut = min((i for i in (text.find(d) for d in delims) if i > 0), default=-1)
    if cut < 0:
        return None
    lead, rest = tokens(text[:cut]), tokens(text[cut + 1 :])
    least = _COMMA_LEAD_MIN_TOKENS if text[cut] == "," else 1
    if not 0 < len(rest) <= MAX_VARIABLE_TOKENS or not least <= len(lead) < config.prefix_words:
        return None
    return _hash("lead", lead)


def sentence_spans(para: str) -> list[tuple[int, int]]:
    """Sentence spans of a paragraph.  A boundary needs an upper-case start, so "….”Reported by" (glued) splits
    and "1.5 million" does not."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _SENTENCE_END.finditer(para):
        nxt = m.end()
        while nxt < len(para) and para[nxt] in _OPENERS:
            nxt += 1
        if nxt < len(para) and para[nxt].isupper() and not _ABBREVIATION.search(para[start : m.end()]):
            spans.append((start, m.end()))
            start = m.end()
    spans.append((start, len(para)))
    out = []
    for s, e in spans:
        piece = para[s:e]
        if piece.strip():
            out.append((s + len(piece) - len(piece.lstrip()), s + len(piece.rstrip())))
    return out


def units_of(paragraphs: list[str], config: LearnConfig) -> list[Unit]:
    out: list[Unit] = []
    for i, para in enumerate(paragraphs):
        spans = sentence_spans(para)
        if len(spans) <= 1:
            unit = _unit(i, 0, len(para), para, whole=True, sentence=True, config=config)
            if unit is not None:
                out.append(unit)
            continue
        unit = _unit(i, 0, len(para), para, whole=True, sentence=False, config=config)
        if unit is not None:
            out.append(unit)
        for s, e in spans:
            unit = _unit(i, s, e, para[s:e], whole=False, sentence=True, config=config)
            if unit is not None:
                out.append(unit)
    return out


def fingerprints_of_text(text: str, config: LearnConfig) -> set[int]:
    """Every fingerprint a piece of text has as a unit (the allow-list turns text into these)."""
    flat = " ".join(text.split())
    out: set[int] = set()
    for whole in (True, False):
        unit = _unit(0, 0, len(flat), flat, whole=whole, sentence=True, config=config)
        if unit is not None:
            out.update(unit.fingerprints())
    return out


def fingerprint_from_hex(value: str) -> int:
    return int.from_bytes(int(value, 16).to_bytes(8, "big"), "big", signed=True)


def allowed_fingerprints(entries: Iterable[tuple[str, str, str]], config: LearnConfig) -> dict[str, set[int]]:
    """``(source, fingerprint hex, text)`` allow-list entries -> fingerprints per source ('*': every source)."""
    out: dict[str, set[int]] = {}
    for source, fp_hex, text in entries:
        fps = out.setdefault(source, set())
        if fp_hex:
            fps.add(fingerprint_from_hex(fp_hex))
        if text:
            fps |= fingerprints_of_text(text, config)
    return out


# --- the pass ------------------------------------------------------------------


@dataclass
class _Doc:
    item: LearnInput
    paragraphs: list[str]
    units: list[Unit]
    source_id: int = 0


def learn_and_clean(items: Sequence[LearnInput], store: Store, config: LearnConfig,
                    allowed: dict[str, set[int]] | None = None) -> list[Learned]:
    """Record the pass's articles per source, then remove what their sources repeat.

    ``items`` must come in a deterministic order (the dedup stage sorts them).
    Returns one ``Learned`` per item, in order; an item with nothing learned
    comes back with its text unchanged.
    """
    if not items:
        return []
    since = max(i.seen_at for i in items) - config.window_days * 86400.0
    docs = []
    for item in items:
        paragraphs = [p.strip() for p in item.text.splitlines() if p.strip()]
        docs.append(_Doc(item, paragraphs, units_of(paragraphs, config)))
    out: list[Learned] = []
    with store.transaction():
        for doc in docs:  # 1. every article joins (or starts) its story; its units are counted there
            if doc.item.source:
                _record(doc, store, config, since)
        for doc in docs:  # 2. with the whole pass counted, decide
            out.append(_decide(doc, store, config, since, allowed or {}) if doc.item.source
                       else Learned(doc.item.text))
    log.info("learned boilerplate: %d pieces removed from %d of %d articles", sum(len(r.removed) for r in out),
             sum(1 for r in out if r.removed), len(out))
    return out


def _record(doc: _Doc, store: Store, config: LearnConfig, since: float) -> None:
    item = doc.item
    doc.source_id = source = store.source_id(item.source)
    story = store.story_of_article(item.article_id)
    if story is None:
        whole = [u for u in doc.units if u.whole]
        stats = store.occurrence_stats(source, [u.exact for u in whole], since)
        paragraphs = {u.exact: u.end - u.start for u in whole
                      if len(stats[u.exact].stories if u.exact in stats else ()) < config.min_stories}
        total = sum(paragraphs.values())
        best: tuple[float, int] | None = None
        for overlap in store.stories_sharing(source, paragraphs, since) if paragraphs else ():
            share = overlap.shared_chars / max(1, min(total, overlap.chars))
            if share >= SAME_STORY and (best is None or share > best[0]):
                best = (share, overlap.story_id)
        story = best[1] if best else store.new_story(source, paragraphs, item.seen_at)
    store.saw_story(story, item.article_id, item.seen_at)
    store.add_occurrences(source, story, [fp for u in doc.units for fp in u.fingerprints()], item.seen_at)


def _decide(doc: _Doc, store: Store, config: LearnConfig, since: float, allowed: dict[str, set[int]]) -> Learned:
    item = doc.item
    allow = allowed.get(item.source, set()) | allowed.get("*", set())
    stats = store.occurrence_stats(doc.source_id, [fp for u in doc.units for fp in u.fingerprints()], since)
    share_ok: dict[int, bool] = {}

    def recurs(fp: int, variable: bool) -> bool:
        seen = stats.get(fp)
        if seen is None or len(seen.stories) < config.min_stories:
            return False
        if not variable:
            return True
        if fp not in share_ok:  # only a few fingerprints get this far: one query each
            share_ok[fp] = len(seen.stories) >= config.variable_share * store.stories_since(
                doc.source_id, seen.first_seen)
        return share_ok[fp]

    def verdict(unit: Unit) -> tuple[int, str] | None:
        if allow.intersection(unit.fingerprints()):
            return None
        for fp, how in ((unit.exact, "exact"), (unit.prefix, "prefix"), (unit.lead, "lead")):
            if fp is not None and recurs(fp, how != "exact"):
                return fp, how
        return None

    by_para: dict[int, list[Unit]] = {}
    for u in doc.units:
        by_para.setdefault(u.para, []).append(u)
    kept: list[str] = []
    removed: list[tuple[str, int, str]] = []  # (text, fingerprint, how)
    for i, para in enumerate(doc.paragraphs):
        units = by_para.get(i, [])
        whole = next((u for u in units if u.whole), None)
        hit = verdict(whole) if whole is not None else None
        if hit is not None:
            removed.append((para, *hit))
            continue
        cuts = [(u, h) for u in units if not u.whole and (h := verdict(u)) is not None]
        removed.extend((para[u.start : u.end], *h) for u, h in cuts)
        for u, _ in reversed(cuts):  # right to left keeps the earlier spans valid
            para = (para[: u.start].rstrip() + " " + para[u.end :].lstrip()).strip()
        if para:
            kept.append(para)
    if not removed:
        return Learned(item.text)
    if not kept:
        # all of it recurs: more likely a story mapped wrongly than an article made of boilerplate
        log.warning("learned boilerplate would empty article %s (%s); kept as it is", item.article_id, item.source)
        return Learned(item.text)
    for text, fp, how in removed:
        store.note_removal(doc.source_id, fp, how, text, item.seen_at)
    return Learned("\n".join(kept), [t for t, _, _ in removed], [f"learned:{_hex(fp)}" for _, fp, _ in removed])
