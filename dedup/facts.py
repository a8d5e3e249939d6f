"""Fact fingerprints: do two near-identical texts report the same facts?

Automated stories (heat warnings, earnings briefs, match results) share most of their wording and
differ in a few slots: the town, the company, the figures. Shingle similarity cannot tell them apart
(normalization even maps every number to ``0``), and lowering the threshold to find real copies
merges them. What separates them is *where* they differ: a syndicated or trimmed copy adds or drops
whole passages, so wherever both texts have the same words around a fact the fact is the same too;
two instances of a template put different facts into the same surroundings.

A fact is a number or a capitalized word. Its context is the two words before and the one after
(facts among them masked, so "warning for _ until _ PM" is the same context in every instance of
the template). The fingerprint keeps, for the ``K`` contexts of smallest hash, a 16-bit context hash
and an 8-bit hash of the fact: 48 bytes. Taking the smallest hashes makes two texts sample the same
contexts wherever they share them (a bottom-k sample), so comparing two fingerprints counts the
shared contexts and how many of them hold a different fact. No library does this; NER models would
be far slower than the 30-50 µs this takes and are not needed to see that two slots differ.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

import xxhash

from dedup import codepoints, kernels
from dedup.normalize import with_nfkc

K = 16
_ENTRY = 3  # bytes per sampled context: 2 for its hash, 1 for the fact's
# Facts are read from the head of the text: where automated stories state them, what a trimmed copy
# keeps, and a bound on the cost (~40 µs) whatever the length of the article.
HEAD_CHARS = 2000
# A word and the separator before it. ``\w+`` rather than a letters-only class: ~5x faster in ``re``;
# "3.2" gives the facts "3" and "2".
_WORD = re.compile(r"(\W*)(\w+)")
_SENTENCE_END = re.compile(r"[.!?:\n]")


@dataclass(frozen=True)
class FactComparison:
    shared: int  # sampled contexts found in both texts
    conflicts: int  # of those, how many hold a different fact


def fingerprint(text: str, k: int = K) -> bytes:
    """The fact fingerprint of a text (``b""`` when it has no fact with a context).

    Computed by ``kernels.fact_fingerprint`` (~8x faster, equal by tests/test_kernels.py).
    """
    table = codepoints.CODE_POINTS
    found, _ = with_nfkc(text[: HEAD_CHARS + 100], lambda codes, check: kernels.fact_fingerprint(
        codes, table.table, table.nfkc, table.fold, k, HEAD_CHARS, check))
    return found.tobytes()  # type: ignore[no-any-return]


def fingerprint_reference(text: str, k: int = K) -> bytes:
    """The definition of ``fingerprint``, in Python."""
    pairs = _WORD.findall(unicodedata.normalize("NFKC", text[: HEAD_CHARS + 100])[:HEAD_CHARS])
    if len(pairs) < 4:
        return b""
    tokens = [w for _, w in pairs]
    # A fact is a token that is not all lower case -- a name, an acronym, a number -- unless it is a
    # capitalized word opening a sentence, which says nothing.
    plain = list(map(str.islower, tokens))
    for i, (sep, word) in enumerate(pairs):
        if not plain[i] and (i == 0 or _SENTENCE_END.search(sep)) and not word[0].isdigit():
            plain[i] = True
    folded = list(map(str.casefold, tokens))
    masked = [w if p else "_" for p, w in zip(plain, folded, strict=True)]
    best: dict[int, int] = {}
    ambiguous: set[int] = set()
    for i in [i for i in range(2, len(tokens) - 1) if not plain[i]]:
        context = xxhash.xxh32_intdigest(f"{masked[i - 2]} {masked[i - 1]} {masked[i + 1]}".encode()) & 0xFFFF
        value = xxhash.xxh32_intdigest(folded[i].encode()) & 0xFF
        seen = best.get(context)
        if seen is None:
            best[context] = value
        elif seen != value:
            ambiguous.add(context)  # one context, several facts in this text: says nothing about the other
    for context in ambiguous:
        del best[context]
    chosen = sorted(best)[:k]
    return b"".join(c.to_bytes(2, "little") + best[c].to_bytes(1, "little") for c in chosen)


def _parse(fp: bytes) -> dict[int, int]:
    return {int.from_bytes(fp[i : i + 2], "little"): fp[i + 2] for i in range(0, len(fp) - _ENTRY + 1, _ENTRY)}


def compare(a: bytes, b: bytes) -> FactComparison:
    """Shared sampled contexts of two fingerprints and how many of them disagree on the fact."""
    if not a or not b:
        return FactComparison(0, 0)
    pa, pb = _parse(a), _parse(b)
    # Only contexts below both samples' largest hash are comparable: above it, a context missing
    # from one sample may simply not have been sampled.
    limit = min(max(pa), max(pb))
    shared = [c for c in pa if c in pb and c <= limit]
    return FactComparison(len(shared), sum(pa[c] != pb[c] for c in shared))
