"""Token templates with slots at any position, mined from pairs of units in the manner of log-template miners.

Log-template miners such as Drain find the fixed skeleton of lines that differ in variable fields.  A
publisher's chrome is like that: "<Name> writes about <beat> for the Harbor Times.", "Learn more about
this topic and related developments here: <headline>", "Reported by <site>, citing <source>.".  Prefix
fingerprints miss the first two kinds, because the variable part comes first or sits in the middle.

Drain itself assumes a fixed number of tokens per template and descends by the first tokens; here slots
hold a variable number of words (names and headlines vary in length) and may come first, so a template is
made by aligning two units' words (``difflib``'s longest matching blocks): the common blocks are fixed, each
gap between them is a slot.  A pair makes a template only when what they share is most of both
(``MIN_FIXED_SHARE`` of the shorter, ``MIN_FIXED_SHARE_LONGER`` of the longer, at least ``MIN_FIXED``
words, at most ``MAX_SLOTS`` slots of at most ``MAX_SLOT_WORDS`` words): two sentences of reporting share
function words, not a skeleton.  Whether a template is boilerplate is not decided here: ``ingest.learned``
counts the distinct stories it recurs in and weighs its form and position.

A second, stateless skeleton (``skeleton``) maps numbers and runs of capitalised words (names, places) to
one slot each, so a templated story's stock sentences ("An excessive heat warning is in effect for <Town>
until <time>.") recur as one fingerprint without any mining.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import cached_property

__all__ = ["SLOT", "Template", "TemplateIndex", "align", "skeleton"]

SLOT = "<*>"
MIN_FIXED = 3
MIN_FIXED_SHARE = 0.5
MIN_FIXED_SHARE_LONGER = 0.4
MAX_SLOTS = 3
MAX_SLOT_WORDS = 24
MIN_SKELETON_FIXED = 4  # "<*> said." is not a template of anything
_SLOT_RE = rf"(?:\S+ ){{0,{MAX_SLOT_WORDS}}}?"
_CAPITALISED = re.compile(r"^[A-ZÀ-ÖØ-Þ]")


@dataclass(frozen=True)
class Template:
    parts: tuple[str, ...]  # words and SLOTs

    @cached_property
    def regex(self) -> re.Pattern[str]:
        """Compiled when first matched: a source's index holds thousands of templates, and a unit is matched
        only against those whose fixed words it has (compiling them all cost about a tenth of learning's CPU)."""
        pattern = "".join(_SLOT_RE if p == SLOT else re.escape(p) + " " for p in self.parts)
        return re.compile(f"^{pattern}$")

    @property
    def text(self) -> str:
        return " ".join(self.parts)

    @cached_property
    def fixed(self) -> tuple[str, ...]:
        return tuple(p for p in self.parts if p != SLOT)

    @cached_property
    def fixed_words(self) -> frozenset[str]:
        return frozenset(self.fixed)

    @property
    def slots(self) -> int:
        return self.parts.count(SLOT)

    def matches(self, ws: Sequence[str]) -> bool:
        return self.regex.match(" ".join(ws) + " ") is not None


def align(a: Sequence[str], b: Sequence[str]) -> Template | None:
    """The template two units' words share, or None when they share no skeleton."""
    if a == b or not a or not b:
        return None
    shorter, longer = sorted((len(a), len(b)))
    common = sum((Counter(a) & Counter(b)).values())  # what any alignment could hold fixed, at most
    if common < MIN_FIXED or common < MIN_FIXED_SHARE * shorter or common < MIN_FIXED_SHARE_LONGER * longer:
        return None
    blocks = [m for m in SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks() if m.size]
    fixed = sum(m.size for m in blocks)
    if fixed < MIN_FIXED or fixed < MIN_FIXED_SHARE * shorter or fixed < MIN_FIXED_SHARE_LONGER * longer:
        return None
    if max(m.size for m in blocks) < 2:
        return None
    parts: list[str] = []
    ia = ib = 0
    for m in blocks:
        gap = max(m.a - ia, m.b - ib)
        if gap > MAX_SLOT_WORDS:
            return None
        if gap and (not parts or parts[-1] != SLOT):
            parts.append(SLOT)
        parts.extend(a[m.a : m.a + m.size])
        ia, ib = m.a + m.size, m.b + m.size
    tail = max(len(a) - ia, len(b) - ib)
    if tail > MAX_SLOT_WORDS:
        return None
    if tail:
        parts.append(SLOT)
    template = Template(tuple(parts))
    return template if template.slots <= MAX_SLOTS else None


class TemplateIndex:
    """A source's templates, found for a unit through their rarest-looking fixed word."""

    def __init__(self, templates: Iterable[tuple[int, Template]] = ()) -> None:
        self._by_word: dict[str, list[tuple[int, Template]]] = {}
        self._known: dict[int, Template] = {}
        for fp, template in templates:
            self.add(fp, template)

    def __len__(self) -> int:
        return len(self._known)

    def __contains__(self, fp: int) -> bool:
        return fp in self._known

    def template(self, fp: int) -> Template:
        return self._known[fp]

    def add(self, fp: int, template: Template) -> None:
        if fp in self._known:
            return
        self._known[fp] = template
        key = max(template.fixed, key=len)  # the longest fixed word: rarely a function word
        self._by_word.setdefault(key, []).append((fp, template))

    def matching(self, ws: Sequence[str]) -> list[int]:
        seen = set(ws)
        out = []
        for word in seen:
            for fp, template in self._by_word.get(word, ()):
                if template.fixed_words <= seen and template.matches(ws):
                    out.append(fp)
        return sorted(out)


def skeleton(raw_words: Sequence[str], german: bool = False) -> tuple[str, ...] | None:
    """Words with numbers and runs of capitalised words (after the first word) as slots, case-folded;
    None when too little is left fixed.  ``raw_words`` keep their case.  German capitalises every noun, so
    there only numbers and runs of two or more capitalised words ("Bad Tölz") are slots."""
    out: list[str] = []
    fixed = 0
    caps = [i > 0 and _CAPITALISED.match(w) is not None for i, w in enumerate(raw_words)]
    for i, w in enumerate(raw_words):
        name = caps[i] and (not german or (i > 0 and caps[i - 1]) or (i + 1 < len(caps) and caps[i + 1]))
        variable = w[:1].isdigit() or name
        if variable:
            if not out or out[-1] != SLOT:
                out.append(SLOT)
        else:
            out.append(w.casefold())
            fixed += 1
    if SLOT not in out or fixed < MIN_SKELETON_FIXED:
        return None
    return tuple(out)
