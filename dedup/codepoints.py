"""The per-code-point table the text kernels (``dedup.kernels``) walk: class bits from the same predicates ``re``
and ``str`` use, each character's NFKC and case folding, filled lazily from ``unicodedata`` for the code
points a text brings the first time."""

from __future__ import annotations

import unicodedata

import numba
import numpy as np

KNOWN = 1  # the entry has been filled
DELETE = 2  # normalize: removed (apostrophes, Cf)
SEP = 4  # normalize: becomes a space (P*, S*, Z*, Cc), or is kept but is whitespace to str.split
DECIMAL = 8  # re's \d (str.isdecimal)
WORD = 16  # re's \w (str.isalnum or "_")
UPPERLIKE = 32  # str.isupper or str.istitle: makes a string not islower()
LOWER = 64  # str.islower of the character
DIGIT = 128  # str.isdigit
SENTENCE_END = 256  # facts: ends a sentence (". ! ? : newline")
SIMPLE = 512  # NFKC of a text is the concatenation of its characters' NFKC (see ``nfkc_is_local``)
NFKC_WIDTH = 4  # NFKC of one character stored in the table; 19 code points have longer ones

# Apostrophes inside words are deleted rather than turned into a space (see normalize).
DELETED_CHARS = frozenset("'\u2019\u02bc")
_SENTENCE_END_CHARS = frozenset(".!?:\n")


def _composes(char: str) -> bool:
    """Whether NFKC may combine ``char`` with what precedes it (reorder or compose).

    Canonical reordering moves only combining marks (ccc > 0); canonical composition only ever
    appends a mark (category M) or a Hangul jamo to what precedes it -- checked over all of Unicode
    by tests/test_kernels.py.
    """
    cp = ord(char)
    return (unicodedata.combining(char) != 0 or unicodedata.category(char)[0] == "M"
            or 0x1100 <= cp <= 0x11FF or 0xA960 <= cp <= 0xA97F or 0xD7B0 <= cp <= 0xD7FF)


def nfkc_is_local(char: str) -> bool:
    """Whether NFKC of a text may take this character's own NFKC in its place, whatever surrounds it."""
    expanded = unicodedata.normalize("NFKC", char)
    return len(expanded) <= NFKC_WIDTH and not any(map(_composes, char + expanded))


def classify(char: str) -> int:
    """The class bits of one character, from the same predicates the Python definitions use."""
    bits = KNOWN | (SIMPLE if nfkc_is_local(char) else 0)
    category = unicodedata.category(char)
    if char in DELETED_CHARS or category == "Cf":
        bits |= DELETE
    elif category[0] in "PSZ" or category == "Cc" or char.isspace():
        bits |= SEP
    if char.isdecimal():
        bits |= DECIMAL
    if char.isalnum() or char == "_":
        bits |= WORD
    if char.isupper() or char.istitle():
        bits |= UPPERLIKE
    if char.islower():
        bits |= LOWER
    if char.isdigit():
        bits |= DIGIT
    if char in _SENTENCE_END_CHARS:
        bits |= SENTENCE_END
    return bits


class CodePoints:
    """Class bits, NFKC and case folding of each code point, filled for those a text brings the first time.

    Classifying all 1.1M code points up front costs ~0.3 s per process; a text of news brings a few
    dozen distinct ones. ``nfkc[cp]`` holds NFKC of the character alone and ``fold[cp]`` its case
    folding, as code points padded with 0 (no folding is longer than 3; NFKC beyond ``NFKC_WIDTH``
    is not ``SIMPLE``). The arrays are zero-initialized (calloc): untouched pages cost no memory.
    """

    def __init__(self) -> None:
        self.table = np.zeros(0x110000, dtype=np.uint16)
        self.nfkc = np.zeros((0x110000, NFKC_WIDTH), dtype=np.uint32)
        self.fold = np.zeros((0x110000, 3), dtype=np.uint32)

    def codes(self, text: str) -> np.ndarray:
        """The text's code points as uint32, each of them classified (with what NFKC and folding make of it)."""
        cps = code_points(text)
        self.learn(cps)
        return cps

    def learn(self, cps: np.ndarray) -> bool:
        """Classify the code points not seen before; whether there were any."""
        if not _has_unknown(cps, self.table):
            return False
        pending = np.unique(cps[(self.table[cps] & KNOWN) == 0]).tolist()
        while pending:
            char = chr(pending.pop())
            if self.table[ord(char)] & KNOWN:
                continue
            expanded = unicodedata.normalize("NFKC", char)
            for i, c in enumerate(expanded[:NFKC_WIDTH]):
                self.nfkc[ord(char), i] = ord(c)
            for i, c in enumerate(char.casefold()):
                self.fold[ord(char), i] = ord(c)
            self.table[ord(char)] = classify(char)
            # The kernels classify and fold what NFKC and folding produce: those must be known too.
            pending.extend(ord(c) for c in expanded + expanded.casefold() + char.casefold()
                           if not self.table[ord(c)] & KNOWN)
        return True


def code_points(text: str) -> np.ndarray:
    """The text's code points as uint32, unclassified: a kernel run with ``check`` fails on any it does
    not know (an unknown code point is not ``SIMPLE``), so the common path skips the scan for them."""
    return np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)


CODE_POINTS = CodePoints()


@numba.njit(cache=True, nogil=True)
def _has_unknown(cps: np.ndarray, table: np.ndarray) -> bool:
    for cp in cps:
        if (table[cp] & KNOWN) == 0:
            return True
    return False


