"""The compiled kernels against the Python definitions they replace, on text built to hit every rule."""

from __future__ import annotations

import random
import unicodedata

import numpy as np
import pytest
import xxhash

from dedup import codepoints, facts, kernels
from dedup.minhash import SignatureConfig, Signer, grid_band_keys, sketch
from dedup.normalize import nfkc_by_chunks, normalize, normalize_reference, normalize_words, shingles

# Fragments that exercise each rule: numbers in many spellings and scripts, compatibility characters
# (NBSP, ellipsis, ligatures, full-width, fractions, superscripts), multi-character case foldings
# (ß, İ, ŉ whose folding holds an apostrophe the normalizer deletes), combining marks and Hangul jamo
# (NFKC needs context: the fallback path), invisible format characters, sentence ends, emoji.
FRAGMENTS = [
    "Berlin", "the", "police", "said", "Acme", "Corp.", "NASA", "iPhone", "McDonald’s", "don't", "rock'n'roll",
    "1,234.56", "10:30", "2025-11-25", "3/4", "12-", "-7", "٣٤٥", "１２３", "²", "½", "Ⅻ", "x²", "v1.2.3",
    "\u00a0", "…", "ﬁnance", "ＡＢＣ", "：", "（", "）", "™", "ﷺ", "ﷻ", "Straße", "STRASSE", "İstanbul", "ŉ",
    "ΣΊΣΥΦΟΣ", "ὈΔΥΣΣΕΎΣ", "Ꭰꭰ", "e\u0301", "ﬀ\u0301", "\u1100\u1161\u11a8", "한국어", "\u00ad", "\u200b",
    "\u200d", "\ufeff", "—", "–", "/", "\\", "_", "__init__", "a_b", ".", "!", "?", ":", "\n", "\t", "\x1c",
    "\u2028", "\u3000", "😀", "👩\u200d💻", "𝐀𝐁𝐂", "𝟙𝟚", "ǅungla", "ǈ", "Ǆ", "Ⓐ", "㍻", "℃", "№5", "A.B.C.",
    "‘quoted’", "“Quoted”", "«guillemets»", "Ωmega", "ﬃ", "ẞ", "ǰ", "ΐ", "Ὰͅ", "\u0345", "ᾳ", "Dr.", "Mr", "U.S.",
]
SEPARATORS = [" ", " ", " ", "  ", ", ", ". ", "\n", "-", "", "\u00a0", " — "]


def _texts(seed: int, n: int, words: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(FRAGMENTS) + rng.choice(SEPARATORS) for _ in range(rng.randint(0, words)))
            for _ in range(n)]


def _random_code_points(seed: int, n: int) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        chars = []
        for _ in range(rng.randint(0, 60)):
            cp = rng.choice([rng.randint(0, 0x7F), rng.randint(0x80, 0x2FFF), rng.randint(0x3000, 0xFFFF),
                             rng.randint(0x10000, 0x10FFFF)])
            if not 0xD800 <= cp <= 0xDFFF:  # surrogates cannot be encoded: not text
                chars.append(chr(cp))
        out.append("".join(chars))
    return out


TEXTS = _texts(1, 1500, 120) + _texts(2, 200, 900) + _random_code_points(3, 500)


def test_xxh32_matches_xxhash_at_every_length() -> None:
    data = bytes(random.Random(0).randrange(256) for _ in range(100))
    buf = np.frombuffer(data, dtype=np.uint8)
    for end in range(len(data) + 1):
        for start in (0, 1, 3):
            if start <= end:
                assert kernels.xxh32(buf, start, end) == xxhash.xxh32_intdigest(data[start:end])


def test_normalize_equals_its_definition() -> None:
    fallbacks = 0
    for text in TEXTS:
        assert normalize(text) == normalize_reference(text), repr(text)
        table = codepoints.CODE_POINTS
        fallbacks += not kernels.normalize_utf8(table.codes(text), table.table, table.nfkc, table.fold, True)[3]
    # Both paths ran: the per-character NFKC and CPython's whole-text NFKC for combining marks.
    assert 0 < fallbacks < len(TEXTS)


def test_compatibility_characters_take_the_compiled_path() -> None:
    table = codepoints.CODE_POINTS
    news = "The\u00a0ﬁnance chief… said Ｑ３ sales rose ½% to €1,234.56 — “a record”, Straße İstanbul."
    assert kernels.normalize_utf8(table.codes(news), table.table, table.nfkc, table.fold, True)[3]
    assert not kernels.normalize_utf8(table.codes("cafe\u0301"), table.table, table.nfkc, table.fold, True)[3]


def test_word_bounds_are_the_words() -> None:
    for text in TEXTS[:300]:
        utf8, starts, ends = normalize_words(text)
        raw = utf8.tobytes()
        assert [raw[s:e].decode() for s, e in zip(starts, ends, strict=True)] == normalize_reference(text).split()


@pytest.mark.parametrize("k", [1, 3, 5])
def test_signature_equals_the_shingle_definition(k: int) -> None:
    signer = Signer(SignatureConfig(shingle_size=k))
    for text in TEXTS[:800]:
        fast = signer.sign(text)
        items = shingles(normalize_reference(text), k)
        slow = signer.sign_shingles(items)
        assert np.array_equal(fast.hashvalues, slow.hashvalues), repr(text)
        assert fast.n_shingles == slow.n_shingles == len(set(items))


def test_affine64_takes_the_python_path_with_the_same_result() -> None:
    signer = Signer(SignatureConfig(scheme="affine64", hash="xxh64"))
    for text in TEXTS[:50]:
        assert signer.sign(text) == signer.sign_shingles(shingles(normalize_reference(text), 3))


def test_fact_fingerprint_equals_its_definition() -> None:
    nonempty = 0
    for text in TEXTS + [t * 30 for t in TEXTS[:40]]:  # and heads cut at HEAD_CHARS
        fast = facts.fingerprint(text)
        assert fast == facts.fingerprint_reference(text), repr(text[:200])
        nonempty += bool(fast)
    assert nonempty > len(TEXTS) // 2


def test_band_keys_kernel_equals_numpy() -> None:
    signer = Signer()
    for text in TEXTS[:100]:
        values = sketch(signer.sign(text))
        assert kernels.band_keys(values, 42, 3).tolist() == grid_band_keys(values[None, :], 42, 3)[0].tolist()


def test_nfkc_locality_rule_holds_over_all_of_unicode() -> None:
    """What ``nfkc_is_local`` relies on: composition only ever appends a character ``_composes`` flags.

    If a future Unicode version broke this, texts would normalize differently from CPython: fail here.
    """
    for cp in range(0x110000):
        decomposition = unicodedata.decomposition(chr(cp))
        if decomposition and not decomposition.startswith("<"):
            parts = decomposition.split()
            if len(parts) == 2:
                assert codepoints._composes(chr(int(parts[1], 16))), hex(cp)
            # What ``nfkc_by_chunks`` relies on: NFKC never composes a space with anything.
            assert "0020" not in parts, hex(cp)


def test_nfkc_by_chunks_equals_cpython() -> None:
    chunked = 0
    # Long texts with a few characters NFKC must see in context: the chunked path, not the whole text.
    sparse = [" ".join(TEXTS[i : i + 40]) + " cafe\u0301 ﬀ\u0301 x\u0345\u0301" for i in range(0, 400, 40)]
    for text in TEXTS + sparse:
        cps = codepoints.CODE_POINTS.codes(text)
        per_character = "".join(unicodedata.normalize("NFKC", c) for c in nfkc_by_chunks(text, cps))
        assert per_character == unicodedata.normalize("NFKC", text), repr(text)
        bad = int(np.count_nonzero((codepoints.CODE_POINTS.table[cps] & codepoints.SIMPLE) == 0))
        chunked += 0 < bad <= len(cps) // 16
    assert chunked >= len(sparse)
