"""Sentence splitting, presence checks and the scoring helpers of the cleaning set.

Presence is always checked after collapsing whitespace (any run of Unicode whitespace, non-breaking
spaces included, becomes one space); shingles are word n-grams of lower-cased ``\\w+`` tokens.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bench.cleaning_set import Page

_ABBR = {
    "en": "mr mrs ms dr prof st mt ft jan feb aug sept oct nov dec gov sen rep gen col lt sgt jr sr inc corp co ltd "
          "vs etc u.s u.k a.m p.m ave blvd e.g i.e p.o approx",
    "de": "dr prof st z.b u.a bzw ca evtl ggf inkl vgl usw sog str hl jh mio mrd bzgl jan feb aug sept okt nov dez "
          "hr fr abs",
    "fr": "m mme mlle mm dr pr st ste env av bd p.ex cf etc",
    "es": "sr sra srta dr dra d dña av avda pág etc ee uu ud uds p.m a.m",
}
_ABBR_SETS = {lang: set(words.split()) for lang, words in _ABBR.items()}
_BEFORE_DIGIT = {"no", "nos", "nr", "núm", "art", "n°", "p", "s", "bd", "vol"}
_COMMON = {"u.s", "dr", "prof", "st"}
_BOUNDARY = re.compile(r"""([.!?…]+)((?:\s?[»”])?["'’)\]]*)\s+(?=(?:["'“‘«„(\[¿¡]\s?)?[A-ZÀ-ÖØ-ÞĀ-Ž0-9])""")


def collapse(text: str) -> str:
    return " ".join(text.split())


def split_sentences(text: str, lang: str = "en") -> list[str]:
    """Split a paragraph into sentences, not after abbreviations (``Dr.``, ``a.m.``, ``z. B.``, ``EE. UU.``),
    initials (``J. R.``), ``No. 5``-style numbering or German ordinals (``am 3. Mai``, ``1. FC``)."""
    text = collapse(text)
    abbr = _ABBR_SETS.get(lang, set()) | _COMMON
    out, start = [], 0
    for m in _BOUNDARY.finditer(text):
        if m.group(1) == "." and not m.group(2):
            head = text[start:m.start()]
            token = re.sub(r"^[\"'“‘«„(\[]+", "", head.rsplit(" ", 1)[-1]) if head else ""
            low = token.lower()
            nxt = text[m.end():m.end() + 1]
            if len(token) == 1 and token.isalpha() and not (token == "h" and head[-3:-2].isdigit()):
                continue  # an initial or one-letter abbreviation: J. R. Smith, z. B., M. Dupont, p. m.
            if low in abbr or (low in _BEFORE_DIGIT and nxt.isdigit()):
                continue
            if lang == "de" and token.isdigit() and len(token) <= 2:
                continue  # German ordinal: am 3. Mai, 1. FC Köln, 12. Spieltag
        out.append(text[start:m.end(2)].strip())
        start = m.end()
    rest = text[start:].strip()
    if rest:
        out.append(rest)
    return out


def words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def _shingles(text: str, n: int) -> Counter:
    toks = words(text)
    if len(toks) < n:
        return Counter([tuple(toks)]) if toks else Counter()
    return Counter(tuple(toks[i:i + n]) for i in range(len(toks) - n + 1))


def shingle_prf(truth: str, text: str, n: int = 4) -> tuple[float, float, float]:
    """Precision, recall and F1 of ``text`` against ``truth`` over word n-gram multisets (lower-cased ``\\w+``
    tokens; a text shorter than n words is one shingle).  Both empty: (1, 1, 1); one empty: zeros."""
    a, b = _shingles(truth, n), _shingles(text or "", n)
    if not a and not b:
        return 1.0, 1.0, 1.0
    common = sum((a & b).values())
    p = common / sum(b.values()) if b else 0.0
    r = common / sum(a.values()) if a else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _pairs(pages: Sequence[Page], texts: Sequence[str | None]):
    if len(pages) != len(texts):
        raise ValueError(f"{len(pages)} pages but {len(texts)} texts")
    return ((page, collapse(text or "")) for page, text in zip(pages, texts, strict=True))


def residue(pages: Sequence[Page], texts: Sequence[str | None]) -> float:
    """Share of all injected sentences (over all pages) still present in the aligned output texts."""
    found = total = 0
    for page, out in _pairs(pages, texts):
        for sentence, _kind in page.injected:
            total += 1
            found += collapse(sentence) in out
    return found / total if total else 0.0


def story_recall(pages: Sequence[Page], texts: Sequence[str | None]) -> float:
    """Share of all story sentences (over all pages) present in the aligned output texts."""
    found = total = 0
    for page, out in _pairs(pages, texts):
        for sentence in page.story_sentences:
            total += 1
            found += collapse(sentence) in out
    return found / total if total else 1.0


def missing_paragraphs(pages: Sequence[Page], texts: Sequence[str | None]) -> int:
    """Number of truth paragraphs not present in full (whitespace-collapsed) in their page's output."""
    return sum(collapse(p) not in out for page, out in _pairs(pages, texts) for p in page.truth)


def page_f1(page: Page, text: str | None, n: int = 4) -> float:
    return shingle_prf("\n\n".join(page.truth), text or "", n)[2]


def per_source(pages: Sequence[Page], texts: Sequence[str | None]) -> dict[str, dict[str, float]]:
    """Per publisher host: residue, story recall, mean 4-gram F1 over its pages, and its page count."""
    groups: dict[str, list[int]] = {}
    for i, page in enumerate(pages):
        groups.setdefault(page.source, []).append(i)
    out = {}
    for host, idx in sorted(groups.items()):
        ps, ts = [pages[i] for i in idx], [texts[i] for i in idx]
        out[host] = {"residue": residue(ps, ts), "recall": story_recall(ps, ts),
                     "f1": sum(page_f1(p, t) for p, t in zip(ps, ts, strict=True)) / len(ps), "pages": float(len(ps))}
    return out


def visible_text(html_text: str) -> tuple[str, str]:
    """(visible text, text of all JSON-LD strings) of a page, both whitespace-collapsed."""
    import lxml.html

    root = lxml.html.fromstring(html_text)
    ld_strings: list[str] = []

    def walk(node) -> None:
        if isinstance(node, str):
            ld_strings.append(node)
        elif isinstance(node, dict):
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    for script in root.xpath("//script[@type='application/ld+json']"):
        walk(json.loads(script.text or "null"))
    for el in root.xpath("//script|//style|//noscript|//template"):
        el.drop_tree()
    return collapse("".join(root.itertext())), collapse(" \n ".join(ld_strings))
