"""Text normalization and word shingles: what two articles are compared on.

Normalization decides which differences between two copies of an article count. It erases
differences that syndication, CMS templates and re-encoding introduce (Unicode forms, case,
typographic punctuation, re-formatted numbers and dates) and keeps the words.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Callable
from typing import TypeVar

import numpy as np

from dedup import codepoints, kernels

T = TypeVar("T")

# A digit run together with the separators *inside* a number ("2025", "1,234.56", "10:30",
# "2025-11-25") becomes one "0" token. Why not drop digits: a number's position still lines up
# the shingles around it, and "0 people" vs "people" is a real edit. Why not keep them: wire
# copies differ mostly in timestamps, "updated 3 hours ago", view counters and re-formatted
# figures ("1,234" vs "1234"); mapping each run to a single token makes those copies identical
# instead of costing `shingle_size` shingles per changed number, and an updated wire story
# ("killed 12" -> "killed 15") stays in its cluster. The price: templated reports that differ
# only in their figures (market close, sports results, weather) look alike; verification, not
# normalization, has to keep those apart. `\d` is Unicode-aware, so Arabic-Indic and other decimal
# digits are mapped as well (NFKC already folds full-width ones).
_NUMBER = re.compile(r"\d+(?:[.,:/\-]\d+)*")

# Apostrophes inside words are deleted rather than turned into a space, so "don't" and "dont"
# (and the typographic "don’t") stay one token. U+02BC is a letter (Lm) but is used as an apostrophe.
_DELETED = codepoints.DELETED_CHARS


class _TranslationTable(dict[int, str | None]):
    """A ``str.translate`` table filled lazily, one code point at a time.

    ``re`` has no ``\\p{P}``, a regex class of all P/S code points measured ~4x slower than this,
    and classifying all 1.1M code points up front costs ~0.3 s per process; ``str.translate``
    calls ``__missing__`` for unseen characters, so each distinct character is classified once.
    """

    def __missing__(self, codepoint: int) -> str | None:
        char = chr(codepoint)
        category = unicodedata.category(char)
        replacement: str | None
        if char in _DELETED or category == "Cf":
            # Cf: soft hyphens, zero-width spaces/joiners, bidi marks -- invisible and
            # inserted inconsistently by CMSs, so they must not split or alter words.
            replacement = None
        elif category[0] in "PSZ" or category == "Cc":
            # Punctuation and symbols separate words ("Berlin—Paris", "a/b") rather than glue them.
            replacement = " "
        else:
            replacement = char
        self[codepoint] = replacement
        return replacement


_TABLE = _TranslationTable()


def normalize_reference(text: str) -> str:
    """NFKC, casefold, numbers to ``0``, punctuation/symbols removed, whitespace collapsed.

    The definition, in Python; ``normalize_words`` computes the same (tests/test_kernels.py) ~10x faster.
    """
    folded = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(_NUMBER.sub("0", folded).translate(_TABLE).split())


def normalize_words(text: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The normalized text as UTF-8 bytes (uint8), with the byte offsets where each word starts and ends."""
    table = codepoints.CODE_POINTS
    utf8, starts, ends, _ = with_nfkc(text, lambda codes, check: kernels.normalize_utf8(
        codes, table.table, table.nfkc, table.fold, check))
    return utf8, starts, ends


def with_nfkc(text: str, kernel: Callable[[np.ndarray, bool], T]) -> T:
    """``kernel(code points, check)`` on the text, whose last result says whether it could apply NFKC
    character by character; if not (combining marks or the like: NFKC needs context), again on the
    text normalized by CPython, which a kernel expands without the check."""
    table = codepoints.CODE_POINTS
    cps = codepoints.code_points(text)
    out = kernel(cps, True)
    if not out[-1] and table.learn(cps):  # type: ignore[index]  # code points met for the first time
        out = kernel(cps, True)
    if not out[-1]:  # type: ignore[index]
        out = kernel(table.codes(nfkc_by_chunks(text, cps)), False)
    return out


def nfkc_by_chunks(text: str, cps: np.ndarray) -> str:
    """The text (its code points known) with CPython's NFKC applied to the chunks that need it, so that
    each character's own NFKC, applied to the result (what a kernel does without ``check``), is NFKC
    of the text.

    A chunk runs from a space (U+0020) to the next: NFKC never reorders across a space, nor composes it
    with either neighbour (no canonical decomposition holds one; tests/test_kernels.py checks all of
    Unicode), so NFKC of the text is the NFKC of its chunks, joined. Chunks of ``SIMPLE`` characters
    are left as they are: for them, each character's own NFKC is exact; NFKC output is its own NFKC.
    """
    bad = np.flatnonzero((codepoints.CODE_POINTS.table[cps] & codepoints.SIMPLE) == 0)
    if len(bad) > len(cps) // 16:  # dense (a whole script that composes): one call is cheaper
        return unicodedata.normalize("NFKC", text)
    pieces = []
    done = 0
    for i in bad.tolist():
        if i < done:
            continue
        start = max(done, text.rfind(" ", done, i + 1))
        end = text.find(" ", i + 1)
        end = len(text) if end < 0 else end
        pieces += [text[done:start], unicodedata.normalize("NFKC", text[start:end])]
        done = end
    pieces.append(text[done:])
    return "".join(pieces)


def normalize(text: str) -> str:
    """NFKC, casefold, numbers to ``0``, punctuation/symbols removed, whitespace collapsed."""
    return normalize_words(text)[0].tobytes().decode("utf-8")


def shingles(text_normalized: str, size: int) -> list[str]:
    """Word ``size``-grams of a normalized text, space-joined, in order (duplicates kept).

    A text shorter than ``size`` words yields one shingle of all its words, so a short text still
    has a signature (and matches only itself); an empty text yields ``[]``.
    """
    if size < 1:
        raise ValueError(f"shingle size must be >= 1, got {size}")
    words = text_normalized.split()
    if len(words) <= size:
        return [" ".join(words)] if words else []
    # zip over shifted views + map: ~1.5x faster than slicing per shingle in a comprehension;
    # zip stops at the shortest view, which is exactly the last full shingle.
    return list(map(" ".join, zip(*(words[i:] for i in range(size)), strict=False)))


def text_hash(text: str) -> str:
    """Hex digest of the normalized text: the key of the identical-text tier.

    BLAKE2b-128 rather than a fast non-cryptographic hash: this key alone decides that two
    articles are the same (no verification step follows), so collisions must be infeasible even
    for crafted input, and hashing is negligible next to extraction.
    """
    return hashlib.blake2b(normalize(text).encode("utf-8"), digest_size=16).hexdigest()
