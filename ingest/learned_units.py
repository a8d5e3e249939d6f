"""The learner's units and fingerprints (``ingest.learned`` explains the learning): an article's paragraphs and
sentences, each with the fingerprints it recurs by (exact words, a skeleton with slots, a label's lead, the
mined templates it matches), and the learner's configuration, inputs and results."""

from __future__ import annotations

import hashlib
import re
import sys
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field

from ingest.chrome import lead_words
from ingest.segment import sentence_spans
from ingest.templates import SLOT, Template, TemplateIndex, skeleton
from records import collapse_spaces

METHODS = ("exact", "template")
MAX_UNIT_CHARS = 1200  # a longer unit is reporting, whatever it starts with
MIN_SENTENCE_WORDS = 2  # a one-word piece of a split paragraph is not a sentence ("Avec AFP." is)
_ASIDE = re.compile(r"\(\w[^()]*\)|\[\w[^\[\]]*\]")  # ... unless it is set apart: "(Andina)", "[GNA]"
EDGE_HEAD, EDGE_TAIL = 1, 3  # paragraphs from the top and from the bottom that are the body's edges
POOL_WORDS = (3, 60)  # units of this many words are mined for templates ...
OWN_BLOCK_WORDS = 40  # ... when at an edge, or a paragraph of their own at most this long anywhere
_DIGIT = re.compile(r"\d")
_RAW_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class LearnConfig:
    min_stories: int = 2  # k: distinct stories of a source that make a unit a candidate
    window_days: float = 30.0
    method: str = "template"  # 'exact' | 'template'
    variable_share: float = 0.3  # share of a source's stories a unit without chrome form must recur in

    def __post_init__(self) -> None:
        if self.method not in METHODS:
            raise ValueError(f"fingerprint method must be one of {', '.join(METHODS)}, got {self.method!r}")
        if self.min_stories < 2:
            raise ValueError("min_stories must be at least 2: one story cannot show repetition")
        if not self.window_days > 0 or not 0.0 <= self.variable_share <= 1.0:
            raise ValueError(f"invalid learning configuration {self}")


@dataclass(frozen=True)
class LearnInput:
    article_id: str
    source: str  # host
    text: str  # rule-cleaned, one paragraph per line
    seen_at: float  # epoch seconds (the article's fetch time)
    language: str | None = None
    feed_name: str | None = None  # how the source names itself, besides its host
    boxed: frozenset[str] = frozenset()  # its paragraphs that sat in a box of their own on the page


@dataclass(frozen=True)
class Learned:
    text: str
    removed: list[str] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)  # 'learned:<16 hex>' per removed piece


# --- units and fingerprints ----------------------------------------------------


def _nfkc(text: str) -> str:
    return text if text.isascii() else unicodedata.normalize("NFKC", text)


def _words(text: str) -> tuple[str, ...]:
    """Case-folded NFKC words, digits as 0: what every fingerprint is made of.  Interned: a pass holds one
    source's articles' units at once, and a word is in a paragraph's unit and its sentence's, and in most
    articles ("the"), so one string each, not one per sighting (a quarter of learning's memory)."""
    return tuple(map(sys.intern, _RAW_WORD.findall(_DIGIT.sub("0", _nfkc(text).casefold()))))


def _hash(namespace: str, ws: Iterable[str]) -> int:
    digest = hashlib.blake2b(f"{namespace}\x1f{' '.join(ws)}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)  # SQLite INTEGER is signed 64-bit


def fingerprint_from_hex(value: str) -> int:
    return int.from_bytes(int(value, 16).to_bytes(8, "big"), "big", signed=True)


def template_fingerprint(template: Template) -> int:
    return _hash("template", template.parts)


@dataclass(slots=True)
class Unit:
    para: int  # index of its paragraph
    start: int  # span within the paragraph
    end: int
    whole: bool  # the whole paragraph
    text: str
    words: tuple[str, ...]
    exact: int
    edge: bool  # within the body's edge paragraphs
    sentence: bool  # one sentence (a whole paragraph of several is not)
    poolable: bool
    fps: dict[int, str]  # fingerprint -> kind
    patterns: dict[int, str]  # fingerprint -> its words with slots (the audit's "template"); not the exact one,
    # which is its words (``pattern``)


def pattern(unit: Unit, fp: int) -> str:
    """What the audit shows for one of the unit's fingerprints: its words, with slots where it has them."""
    return unit.patterns.get(fp) or " ".join(unit.words)


def _unit(para: int, span: tuple[int, int], text: str, *, whole: bool, sentence: bool, edge: bool,
          config: LearnConfig, lang: str | None) -> Unit | None:
    ws = _words(text)
    if not ws or len(text) > MAX_UNIT_CHARS or (not whole and len(ws) < MIN_SENTENCE_WORDS
                                                 and not _ASIDE.fullmatch(text)):
        return None
    exact = _hash("exact", ws)
    unit = Unit(para, span[0], span[1], whole, text, ws, exact, edge, sentence, False, {exact: "exact"}, {})
    if not sentence or config.method == "exact":  # a multi-sentence paragraph recurs exactly or not at all
        return unit
    skel = skeleton(_RAW_WORD.findall(_nfkc(text)), german=lang == "de")
    if skel is not None:
        fp = _hash("skeleton", skel)
        unit.fps[fp], unit.patterns[fp] = "skeleton", " ".join(skel)
    lead = lead_words(text)
    if lead is not None:
        fp = _hash("label", lead)
        unit.fps[fp], unit.patterns[fp] = "label", " ".join((*lead, ":", SLOT))
    unit.poolable = POOL_WORDS[0] <= len(ws) <= POOL_WORDS[1] and (edge or (whole and len(ws) <= OWN_BLOCK_WORDS))
    return unit


def units_of(paragraphs: list[str], config: LearnConfig, lang: str | None = None) -> list[Unit]:
    out: list[Unit] = []
    n = len(paragraphs)
    for i, para in enumerate(paragraphs):
        edge = i < EDGE_HEAD or i >= n - EDGE_TAIL
        spans = sentence_spans(para, lang)
        single = len(spans) <= 1
        unit = _unit(i, (0, len(para)), para, whole=True, sentence=single, edge=edge, config=config, lang=lang)
        if unit is not None:
            out.append(unit)
        if not single:
            for s, e in spans:
                unit = _unit(i, (s, e), para[s:e], whole=False, sentence=True, edge=edge, config=config,
                             lang=lang)
                if unit is not None:
                    out.append(unit)
    return out


def fingerprints_of_text(text: str, config: LearnConfig, templates: TemplateIndex | None = None) -> set[int]:
    """Every fingerprint a piece of text has as a unit, mined templates it matches included (the allow-list
    turns text into these)."""
    flat = collapse_spaces(text)
    out: set[int] = set()
    for whole in (True, False):
        unit = _unit(0, (0, len(flat)), flat, whole=whole, sentence=True, edge=True, config=config, lang=None)
        if unit is not None:
            out.update(unit.fps)
            if templates is not None:
                out.update(templates.matching(unit.words))
    return out


@dataclass
class Doc:
    item: LearnInput
    paragraphs: list[str]
    units: list[Unit]
    names: tuple[tuple[str, ...], ...]
    source_id: int = 0
    story_id: int = 0


@dataclass
class SourcePass:
    source_id: int
    index: TemplateIndex
    docs: list[Doc] = field(default_factory=list)
    allowed: set[int] | None = None  # the allow-list's fingerprints for this source, once worked out


def allowed_fingerprints(source: str, allow: list[tuple[str, str, str]], config: LearnConfig,
                         index: TemplateIndex) -> set[int]:
    """The fingerprints the operators' allow-list keeps for ``source`` (its own entries and the '*' ones)."""
    out: set[int] = set()
    for entry_source, fp_hex, text in allow:
        if entry_source not in (source, "*"):
            continue
        if fp_hex:
            out.add(fingerprint_from_hex(fp_hex))
        if text:
            out |= fingerprints_of_text(text, config, index)
    return out
