"""Sentences of a paragraph: sentencex, repaired where news text trips it.

sentencex (Wikimedia's segmenter: abbreviation lists for some 300 languages, no downloaded data, compiled,
about 0.06 ms per kilobyte) does the splitting.  It still cuts a sentence in four places that matter here,
because the piece after the cut then looks like a short recurring sentence and can be learned as boilerplate
("…from 9 a.m. | Monday until 6 p.m. | Wednesday, with highs near 110 degrees."):

- a time abbreviation followed by a weekday, a month, a time zone or a lower-case word ("9 a.m. Monday",
  "6 p. m. del miércoles");
- an ordinal number before a noun ("am 5. Mai", "Der 1. FC Köln", "zum 3. Mal");
- an initial or a one-letter title before a name ("M. Dupont", "J. R. Smith");
- any cut before a lower-case word or, after a short lower-case abbreviation, before a number ("approx. 1.2
  m"): in the four languages feedlake is tuned for, a sentence starts with neither.

So a boundary sentencex proposes is dropped when one of those holds; nothing else is changed.  The repairs
barely depend on the page's language (tags are often wrong): their words are the union of English, German,
French and Spanish, and only the German ordinal before any noun needs the page to say it is German.
``bench/segment_cases.py`` holds labelled cases; ``python -m bench.boilerplate_eval`` counts them for the
previous regex splitter, sentencex alone and this module.
"""

from __future__ import annotations

import re
from functools import lru_cache

import sentencex

__all__ = ["sentence_spans", "sentences"]

# sentencex knows these well; another or a missing tag falls back to English rules (the repairs below are
# language-independent either way)
_LANGS = frozenset({"en", "de", "fr", "es", "it", "nl", "pt", "pl", "sv", "da", "no", "fi", "cs", "ru"})

_WEEKDAYS = (
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun "
    "montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag "
    "lundi mardi mercredi jeudi vendredi samedi dimanche lunes martes miércoles jueves viernes sábado domingo"
)
_MONTHS = (
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec "
    "januar jänner februar märz mai juni juli oktober dezember "
    "janvier février mars avril juin juillet août septembre octobre novembre décembre "
    "enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre"
)
_ZONES = "et est edt ct cst cdt mt mst mdt pt pst pdt utc gmt bst cet cest local today tomorrow yesterday tonight"
_AFTER_TIME = frozenset((_WEEKDAYS + " " + _MONTHS + " " + _ZONES).split())
_MONTH_WORDS = frozenset(_MONTHS.split())

_TIME_ABBR = re.compile(r"(?:^|\s)(?:[ap]\.\s?m\.)$", re.IGNORECASE)
_ORDINAL = re.compile(r"(?:^|\s)\d{1,2}\.$")
_INITIAL = re.compile(r"(?:^|[\s(])(?:[A-ZÀ-ÖØ-Þ]|MM)\.$")  # "J. R. Smith", "M. Dupont"; not "the U.S. The"
_SHORT_ABBR = re.compile(r"(?:^|\s)[a-zà-öø-ÿ]{1,6}\.$")
_FIRST_WORD = re.compile(r"[\"“„«‚‘'(\[\s]*(\w+)")
# a paragraph that ends in parentheses or brackets right after a full stop: an agency's or a picture's credit
_CLOSING_ASIDE = re.compile(r"[.!?…][\"”’»]?\s*([(\[][^()\[\]\n]{1,80}[)\]])\s*$")


def _keeps_together(left: str, right: str, german: bool) -> bool:
    """Whether the boundary sentencex put between ``left`` and ``right`` is a false one."""
    left = left.rstrip()
    match = _FIRST_WORD.match(right)
    if not match or not left.endswith("."):
        return False
    word = match.group(1)
    lower = word.casefold()
    if word[0].islower():
        return right[:1].isalpha()  # "(avec AFP)" after a full stop is a piece of its own
    if word[0].isdigit():
        return _SHORT_ABBR.search(left) is not None
    if _TIME_ABBR.search(left):
        return lower in _AFTER_TIME
    if _ORDINAL.search(left):
        # German writes ordinals as "5." before any noun ("zum 3. Mal", "1. FC"); elsewhere a bare "5." before
        # a capital ends a sentence ("on Jan. 5. Analysts"), unless a month follows
        return lower in _MONTH_WORDS or german
    return _INITIAL.search(left) is not None


@lru_cache(maxsize=4096)
def _cached_spans(para: str, lang: str) -> tuple[tuple[int, int], ...]:
    bounds = sentencex.get_sentence_boundaries(lang, para)
    cuts = [b["end_index"] for b in bounds[:-1]]
    kept: list[int] = []
    start = 0
    for i, cut in enumerate(cuts):
        nxt = cuts[i + 1] if i + 1 < len(cuts) else len(para)
        if not _keeps_together(para[start:cut], para[cut:nxt], lang == "de"):
            kept.append(cut)
            start = cut
    tail = _CLOSING_ASIDE.search(para)
    if tail is not None and tail.start(1) not in kept and (not kept or tail.start(1) > kept[-1]):
        kept.append(tail.start(1))  # "… en el puente. (mit Material von dpa)": the credit is a piece of its own
    out: list[tuple[int, int]] = []
    for s, e in zip([0, *kept], [*kept, len(para)], strict=True):
        piece = para[s:e]
        stripped = piece.strip()
        if stripped:
            lead = len(piece) - len(piece.lstrip())
            out.append((s + lead, s + lead + len(stripped)))
    return tuple(out)


def sentence_spans(para: str, lang: str | None = None) -> list[tuple[int, int]]:
    """``(start, end)`` of each sentence of ``para``, stripped of surrounding whitespace, in order."""
    if not para.strip():
        return []
    code = (lang or "en").lower()[:2]
    return list(_cached_spans(para, code if code in _LANGS else "en"))


def sentences(para: str, lang: str | None = None) -> list[str]:
    """The sentences of ``para`` (see ``sentence_spans``)."""
    return [para[s:e] for s, e in sentence_spans(para, lang)]
