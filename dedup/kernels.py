"""Compiled (numba) kernels for the per-document hot path: normalize, shingle, hash, MinHash, facts (the
LSH bucket table's are ``dedup.band_kernels``).

Why compiled: a decision's budget at 10,000 documents/s is 100 µs, and the pure-Python steps cost
about 1 ms for a 700-word article (normalize 410 µs -- ``str.translate`` calls back into a dict per
character --, shingle strings 110 µs, xxh32 and the permutation product 255 µs, the fact scan 240 µs;
bench/index_memory.py). Each kernel reproduces its Python definition exactly, byte for byte; the
definitions stay the reference (``normalize.normalize_reference``, ``facts.fingerprint_reference``)
and tests/test_kernels.py compares both on generated Unicode.

The kernels walk code points with a per-code-point table (``dedup.codepoints.CodePoints``) filled lazily from
``unicodedata`` -- class bits from the same predicates ``re`` and ``str`` use, each character's
NFKC and case folding. NFKC is applied character by character where that is exact (``SIMPLE``);
in a text with a character NFKC may combine with its neighbour, CPython normalizes the chunks around
such characters first (``normalize.with_nfkc``).

The kernels are compiled on first use and cached on disk next to this file (numba ``cache=True``);
a process that finds no cache pays about 7 s once.
"""

from __future__ import annotations

from typing import Any

import numba
import numpy as np

from dedup.codepoints import DECIMAL, DELETE, DIGIT, LOWER, SENTENCE_END, SEP, SIMPLE, UPPERLIKE, WORD

# --- UTF-8 and xxh32 ------------------------------------------------------------------------------

_M32 = 0xFFFFFFFF
_P1, _P2, _P3, _P4, _P5 = 2654435761, 2246822519, 3266489917, 668265263, 374761393


@numba.njit(cache=True, nogil=True, inline="always")
def _put_utf8(buf: np.ndarray, at: Any, code: Any) -> Any:
    """Writes code point ``code`` as UTF-8 at ``buf[at]``; returns the next position."""
    cp = np.int64(code)
    if cp < 0x80:
        buf[at] = cp
        return at + 1
    if cp < 0x800:
        buf[at] = 0xC0 | (cp >> 6)
        buf[at + 1] = 0x80 | (cp & 0x3F)
        return at + 2
    if cp < 0x10000:
        buf[at] = 0xE0 | (cp >> 12)
        buf[at + 1] = 0x80 | ((cp >> 6) & 0x3F)
        buf[at + 2] = 0x80 | (cp & 0x3F)
        return at + 3
    buf[at] = 0xF0 | (cp >> 18)
    buf[at + 1] = 0x80 | ((cp >> 12) & 0x3F)
    buf[at + 2] = 0x80 | ((cp >> 6) & 0x3F)
    buf[at + 3] = 0x80 | (cp & 0x3F)
    return at + 4


@numba.njit(cache=True, nogil=True, inline="always")
def _rotl(x: Any, r: int) -> Any:
    return ((x << r) | (x >> (32 - r))) & _M32


@numba.njit(cache=True, nogil=True, inline="always")
def _lane(buf: np.ndarray, i: int) -> Any:
    return np.int64(buf[i]) | (np.int64(buf[i + 1]) << 8) | (np.int64(buf[i + 2]) << 16) | (
        np.int64(buf[i + 3]) << 24)


@numba.njit(cache=True, nogil=True)
def xxh32(buf: np.ndarray, start: int, end: int) -> Any:
    """XXH32 with seed 0 of ``buf[start:end]`` (equal to ``xxhash.xxh32_intdigest``).

    In int64: products of two 32-bit values wrap modulo 2^64, whose low 32 bits are the uint32 result.
    """
    n = end - start
    i = start
    if n >= 16:
        v1 = np.int64((_P1 + _P2) & _M32)
        v2 = np.int64(_P2)
        v3 = np.int64(0)
        v4 = np.int64((-_P1) & _M32)
        limit = end - 16
        while i <= limit:
            v1 = (_rotl((v1 + _lane(buf, i) * _P2) & _M32, 13) * _P1) & _M32
            v2 = (_rotl((v2 + _lane(buf, i + 4) * _P2) & _M32, 13) * _P1) & _M32
            v3 = (_rotl((v3 + _lane(buf, i + 8) * _P2) & _M32, 13) * _P1) & _M32
            v4 = (_rotl((v4 + _lane(buf, i + 12) * _P2) & _M32, 13) * _P1) & _M32
            i += 16
        h = (_rotl(v1, 1) + _rotl(v2, 7) + _rotl(v3, 12) + _rotl(v4, 18)) & _M32
    else:
        h = np.int64(_P5)
    h = (h + np.int64(n)) & _M32
    while i + 4 <= end:
        h = (_rotl((h + _lane(buf, i) * _P3) & _M32, 17) * _P4) & _M32
        i += 4
    while i < end:
        h = (_rotl((h + np.int64(buf[i]) * _P5) & _M32, 11) * _P1) & _M32
        i += 1
    h ^= h >> 15
    h = (h * _P2) & _M32
    h ^= h >> 13
    h = (h * _P3) & _M32
    h ^= h >> 16
    return h


# --- normalize + shingle + MinHash ----------------------------------------------------------------


@numba.njit(cache=True, nogil=True)
def expand(cps: np.ndarray, mapping: np.ndarray, table: np.ndarray, check: bool) -> tuple[np.ndarray, bool]:
    """Each code point replaced by its row of ``mapping`` (``nfkc`` or ``fold``), zero padding dropped.

    With ``check``, fails (returns ``False``) at the first character whose NFKC is not ``SIMPLE``:
    the caller then normalizes the whole text in Python and expands again without the check (on
    NFKC text every character's own NFKC is itself).
    """
    width = mapping.shape[1]
    out = np.empty(width * len(cps), dtype=np.uint32)
    at = 0
    for cp in cps:
        if check and not table[cp] & SIMPLE:
            return out[:0], False
        out[at] = mapping[cp, 0]
        at += 1
        for i in range(1, width):
            if not mapping[cp, i]:
                break
            out[at] = mapping[cp, i]
            at += 1
    return out[:at], True


@numba.njit(cache=True, nogil=True)
def normalize_utf8(text: np.ndarray, table: np.ndarray, nfkc: np.ndarray, fold: np.ndarray,
                   check: bool) -> tuple[np.ndarray, np.ndarray, np.ndarray, bool]:
    """UTF-8 of ``normalize(text)``, the byte bounds of its words, and ``False`` if ``expand`` failed.

    NFKC, case folding, then: digit runs with the separators inside a number become "0"
    (``\\d+(?:[.,:/\\-]\\d+)*``), deleted characters vanish, separators and whitespace split
    words, words are joined by one space.
    """
    composed, ok = expand(text, nfkc, table, check)
    if not ok:
        return np.empty(0, dtype=np.uint8), np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64), False
    cps, _ = expand(composed, fold, table, False)
    n = len(cps)
    buf = np.empty(4 * n + 1, dtype=np.uint8)
    starts = np.empty(n + 1, dtype=np.int64)
    ends = np.empty(n + 1, dtype=np.int64)
    words = 0
    at = 0
    in_word = False
    i = 0
    while i < n:
        cp = np.int64(cps[i])
        bits = np.int64(table[cp])
        if bits & DECIMAL:
            # The number regex: digits, then (separator digits)* as long as a digit follows.
            i += 1
            while True:
                while i < n and table[cps[i]] & DECIMAL:
                    i += 1
                if i + 1 < n and (cps[i] == 46 or cps[i] == 44 or cps[i] == 58 or cps[i] == 47 or cps[i] == 45) \
                        and table[cps[i + 1]] & DECIMAL:
                    i += 1
                    continue
                break
            cp = np.int64(48)  # "0"
            bits = np.int64(0)
        else:
            i += 1
        if bits & DELETE:
            continue
        if bits & SEP:
            if in_word:
                ends[words] = at
                words += 1
                in_word = False
            continue
        if not in_word:
            if words:
                buf[at] = 32
                at += 1
            starts[words] = at
            in_word = True
        at = _put_utf8(buf, at, cp)
    if in_word:
        ends[words] = at
        words += 1
    return buf[:at], starts[:words], ends[:words], True


@numba.njit(cache=True, nogil=True)
def shingle_hashes(buf: np.ndarray, starts: np.ndarray, ends: np.ndarray, size: int) -> np.ndarray:
    """xxh32 of each word ``size``-gram (a text of ``size`` words or fewer is one shingle), fmix32-mixed."""
    words = len(starts)
    if words == 0:
        return np.empty(0, dtype=np.uint32)
    count = 1 if words <= size else words - size + 1
    out = np.empty(count, dtype=np.uint32)
    for s in range(count):
        h = np.int64(xxh32(buf, starts[s], ends[min(s + size, words) - 1]))
        # datasketch's fmix32 pre-mix of the affine32 scheme
        h ^= h >> 16
        h = (h * 0x85EBCA6B) & _M32
        h ^= h >> 13
        h = (h * 0xC2B2AE35) & _M32
        h ^= h >> 16
        out[s] = h
    return out


@numba.njit(cache=True, nogil=True)
def count_distinct(hv: np.ndarray) -> int:
    """How many distinct values ``hv`` holds (an open-addressing set: ~1.5 µs for 700, a sort takes 8)."""
    cap = 16
    while cap < 2 * len(hv):
        cap *= 2
    slots = np.empty(cap, dtype=np.uint32)
    used = np.zeros(cap, dtype=np.bool_)
    n = 0
    for h in hv:
        i = np.int64(np.uint32(h * np.uint32(2654435761)) >> np.uint32(8)) & (cap - 1)
        while used[i] and slots[i] != h:
            i = (i + 1) & (cap - 1)
        if not used[i]:
            used[i] = True
            slots[i] = h
            n += 1
    return n


@numba.njit(cache=True, nogil=True)
def minhash32(hv: np.ndarray, a: np.ndarray, b: np.ndarray) -> tuple[np.ndarray, int]:
    """The affine32 MinHash of the values of ``hv`` (repeats change nothing), and how many are distinct."""
    values = np.full(len(a), _M32, dtype=np.uint32)
    for h in hv:
        for j in range(len(a)):
            # numba widens uint32 products to 64 bits; the cast back keeps the low 32: the wrapped
            # product of the scheme. The loop vectorizes (16 lanes with AVX-512).
            v = np.uint32(a[j] * h + b[j])
            if v < values[j]:
                values[j] = v
    return values, count_distinct(hv)


@numba.njit(cache=True, nogil=True)
def band_keys(values: np.ndarray, bands: int, rows: int) -> np.ndarray:
    """``minhash.sketch_band_keys`` for packable banding: band index above the band's low bytes."""
    out = np.empty(bands, dtype=np.int64)
    width = 8 * rows
    for i in range(bands):
        key = np.int64(0)
        for r in range(rows):
            key |= np.int64(values[i * rows + r] & 0xFF) << (8 * r)
        out[i] = key | (np.int64(i) << width)
    return out


@numba.njit(cache=True, nogil=True)
def sign_text(text: np.ndarray, table: np.ndarray, nfkc: np.ndarray, fold: np.ndarray, check: bool, size: int,
              a: np.ndarray, b: np.ndarray) -> tuple[np.ndarray, int, np.ndarray, bool]:
    """``normalize_utf8``, ``shingle_hashes`` and ``minhash32`` in one call (each call from Python costs
    a few µs of argument checking): the hash values, the distinct shingles, the normalized UTF-8, and
    ``False`` if ``expand`` failed."""
    utf8, starts, ends, ok = normalize_utf8(text, table, nfkc, fold, check)
    if not ok or not len(starts):
        return np.full(len(a), _M32, dtype=np.uint32), 0, utf8, ok
    values, distinct = minhash32(shingle_hashes(utf8, starts, ends, size), a, b)
    return values, distinct, utf8, True


# --- facts ---------------------------------------------------------------------------------------


@numba.njit(cache=True, nogil=True)
def _put_word(buf: np.ndarray, at: Any, head: np.ndarray, fold: np.ndarray, start: Any, end: Any,
              plain: Any) -> Any:
    """Writes the case folding of ``head[start:end]`` as UTF-8, or "_" for a fact; returns the next position."""
    if not plain:
        buf[at] = 95  # "_"
        return at + 1
    for i in range(start, end):
        cp = head[i]
        at = _put_utf8(buf, at, fold[cp, 0])
        if fold[cp, 1]:
            at = _put_utf8(buf, at, fold[cp, 1])
            if fold[cp, 2]:
                at = _put_utf8(buf, at, fold[cp, 2])
    return at


@numba.njit(cache=True, nogil=True)
def _word_spans(head: np.ndarray, table: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, int]:
    """The words of ``head``: their starts and ends, whether each opens a sentence, and how many."""
    n = len(head)
    starts = np.empty(n + 1, dtype=np.int64)
    ends = np.empty(n + 1, dtype=np.int64)
    sentence = np.zeros(n + 1, dtype=np.bool_)
    words = 0
    i = 0
    ended = False
    while i < n:
        bits = table[head[i]]
        if bits & WORD:
            starts[words] = i
            sentence[words] = ended
            while i < n and table[head[i]] & WORD:
                i += 1
            ends[words] = i
            words += 1
            ended = False
        else:
            if bits & SENTENCE_END:
                ended = True
            i += 1
    return starts, ends, sentence, words


@numba.njit(cache=True, nogil=True)
def _plain_words(head: np.ndarray, table: np.ndarray, starts: np.ndarray, ends: np.ndarray, sentence: np.ndarray,
                 words: int) -> np.ndarray:
    """Which words are plain (lower case, or capitalised only because they open a sentence): not facts."""
    plain = np.empty(words, dtype=np.bool_)
    for w in range(words):
        cased = False
        lower = True
        for j in range(starts[w], ends[w]):
            bits = table[head[j]]
            if bits & UPPERLIKE:
                lower = False
                break
            if bits & LOWER:
                cased = True
        plain[w] = lower and cased
        if not plain[w] and (w == 0 or sentence[w]) and not table[head[starts[w]]] & DIGIT:
            plain[w] = True
    return plain


@numba.njit(cache=True, nogil=True)
def fact_fingerprint(text: np.ndarray, table: np.ndarray, nfkc: np.ndarray, fold: np.ndarray, k: int,
                     head_chars: int, check: bool) -> tuple[np.ndarray, bool]:
    """``facts.fingerprint`` of the start of a text (``head_chars`` after NFKC), ``False`` if ``expand`` failed."""
    composed, ok = expand(text, nfkc, table, check)
    if not ok:
        return np.empty(0, dtype=np.uint8), False
    head = composed[:head_chars]
    n = len(head)
    starts, ends, sentence, words = _word_spans(head, table)
    if words < 4:
        return np.empty(0, dtype=np.uint8), True
    plain = _plain_words(head, table, starts, ends, sentence, words)
    contexts = np.empty(words, dtype=np.int64)
    facts = np.empty(words, dtype=np.int64)
    found = 0
    buf = np.empty(12 * n + 8, dtype=np.uint8)
    for w in range(2, words - 1):
        if plain[w]:
            continue
        at = _put_word(buf, 0, head, fold, starts[w - 2], ends[w - 2], plain[w - 2])
        buf[at] = 32
        at = _put_word(buf, at + 1, head, fold, starts[w - 1], ends[w - 1], plain[w - 1])
        buf[at] = 32
        at = _put_word(buf, at + 1, head, fold, starts[w + 1], ends[w + 1], plain[w + 1])
        contexts[found] = xxh32(buf, 0, at) & 0xFFFF
        at = _put_word(buf, 0, head, fold, starts[w], ends[w], True)
        facts[found] = xxh32(buf, 0, at) & 0xFF
        found += 1
    # One fact per context, in text order; a context holding several different facts is dropped.
    order = np.argsort(contexts[:found], kind="mergesort")
    out = np.empty(3 * k, dtype=np.uint8)
    taken = 0
    g = 0
    while g < found and taken < k:
        context = contexts[order[g]]
        value = facts[order[g]]
        ambiguous = False
        g += 1
        while g < found and contexts[order[g]] == context:
            if facts[order[g]] != value:
                ambiguous = True
            g += 1
        if not ambiguous:
            out[3 * taken] = context & 0xFF
            out[3 * taken + 1] = context >> 8
            out[3 * taken + 2] = value
            taken += 1
    return out[: 3 * taken], True


