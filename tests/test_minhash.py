from __future__ import annotations

import random

import numpy as np
import pytest
import xxhash
from datasketch import LeanMinHash, MinHash, MinHashLSH

from dedup.minhash import Signature, SignatureConfig, Signer, band_keys
from dedup.normalize import normalize, shingles, text_hash


def _word(i: int) -> str:
    # Letters only: normalize() maps every digit run to "0", so "w1" and "w2" would be equal.
    letters = ""
    while True:
        i, r = divmod(i, 26)
        letters += chr(ord("a") + r)
        if not i:
            return "w" + letters


WORDS = [_word(i) for i in range(5000)]


def _xxh32(data: str | bytes) -> int:
    return xxhash.xxh32_intdigest(data.encode("utf-8") if isinstance(data, str) else data)


def _xxh64(data: str | bytes) -> int:
    return xxhash.xxh64_intdigest(data.encode("utf-8") if isinstance(data, str) else data)


def _text(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n))


# --- normalize -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Hello,   World!", "hello world"),
        ("ＡＢＣ　ｄｅｆ", "abc def"),  # full-width letters and ideographic space (NFKC)
        ("ﬁnance ①", "finance 0"),  # ligature and circled digit (NFKC)
        ("Straße STRASSE", "strasse strasse"),  # casefold, not lower
        ("don’t don't dont", "dont dont dont"),  # apostrophes glue, not split
        ("Berlin—Paris / «Rome» & co.", "berlin paris rome co"),  # P* and S* separate words
        ("price: $1,234.56 € 3", "price 0 0"),  # a number is one token; symbols go
        ("on 2025-11-25 at 10:30", "on 0 at 0"),
        ("soft\u00adhyphen zero\u200bwidth", "softhyphen zerowidth"),  # Cf removed
        ("cafe\u0301", "caf\u00e9"),  # decomposed accent composed by NFKC
        ("line\none\ttab\r\n", "line one tab"),
        ("", ""),
        (" ... !!! ", ""),
    ],
)
def test_normalize(raw: str, expected: str) -> None:
    assert normalize(raw) == expected


def test_normalize_numbers_change_little() -> None:
    assert normalize("Updated 2025, 3 hours ago") == normalize("Updated 2026, 14 hours ago")


def test_shingles() -> None:
    assert shingles("a b c d", 2) == ["a b", "b c", "c d"]
    assert shingles("a b", 5) == ["a b"]
    assert shingles("a b c", 3) == ["a b c"]
    assert shingles("", 3) == []
    with pytest.raises(ValueError):
        shingles("a", 0)


def test_text_hash_ignores_normalized_differences() -> None:
    assert text_hash("Hello, World!") == text_hash("hello world")
    assert text_hash("Hello, World!") != text_hash("hello there world")
    assert len(text_hash("x")) == 32


# --- datasketch compatibility ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("config", "hashfunc"),
    [
        (SignatureConfig(), _xxh32),
        (SignatureConfig(num_perm=64, seed=7, shingle_size=5), _xxh32),
        (SignatureConfig(num_perm=256, seed=42, scheme="affine64", hash="xxh64"), _xxh64),
    ],
)
def test_hashvalues_equal_datasketch(config: SignatureConfig, hashfunc: object) -> None:
    rng = random.Random(3)
    signer = Signer(config)
    for n_words in (1, 4, 50, 900, 20_000):  # 20k words spans several chunks
        text = _text(rng, n_words) + " Ünïcode, Text!"
        items = shingles(normalize(text), config.shingle_size)
        reference = MinHash(num_perm=config.num_perm, seed=config.seed, hashfunc=hashfunc, scheme=config.scheme)
        reference.update_batch(items)
        sig = signer.sign(text)
        assert sig.hashvalues.dtype == reference.hashvalues.dtype
        np.testing.assert_array_equal(sig.hashvalues, reference.hashvalues)
        assert sig.n_shingles == len(set(items))
        assert n_words < 900 or sig.n_shingles > 0.9 * n_words  # distinct words, not all "w0"
        np.testing.assert_array_equal(signer.a, reference.permutations[0])
        np.testing.assert_array_equal(signer.b, reference.permutations[1])


def test_lean_minhash_interop() -> None:
    rng = random.Random(4)
    signer = Signer()
    a = signer.sign(_text(rng, 300))
    b = signer.sign(_text(rng, 300))
    lean_a, lean_b = a.to_lean_minhash(), b.to_lean_minhash()
    assert isinstance(lean_a, LeanMinHash)
    assert lean_a.jaccard(lean_b) == a.jaccard(b)
    lsh = MinHashLSH(threshold=0.5, num_perm=128)
    lsh.insert("a", lean_a)
    assert lsh.query(lean_a) == ["a"]


def test_empty_text() -> None:
    sig = Signer().sign(" ,.; ")
    assert sig.n_shingles == 0
    assert sig.jaccard(sig) == 0.0
    assert sig.containment(sig) == 0.0


# --- estimates ---------------------------------------------------------------------------


@pytest.mark.parametrize("true_jaccard", [0.2, 0.5, 0.8])
def test_jaccard_estimate_close(true_jaccard: float) -> None:
    # Two sets of 1000 shingles sharing k: J = k / (2000 - k).
    k = round(2000 * true_jaccard / (1 + true_jaccard))
    exact = k / (2000 - k)
    signer = Signer(SignatureConfig(num_perm=256))
    shared = [f"s{i}" for i in range(k)]
    a = signer.sign_shingles(shared + [f"a{i}" for i in range(1000 - k)])
    b = signer.sign_shingles(shared + [f"b{i}" for i in range(1000 - k)])
    # Standard error sqrt(J(1-J)/256) <= 0.032; 0.1 is > 3 sigma.
    assert abs(a.jaccard(b) - exact) < 0.1


def test_containment_of_prefix_copy() -> None:
    rng = random.Random(5)
    signer = Signer()
    text = _text(rng, 2000)
    half = " ".join(text.split()[:1000])
    full_sig, half_sig = signer.sign(text), signer.sign(half)
    assert 0.4 < full_sig.jaccard(half_sig) < 0.6
    assert half_sig.containment(full_sig) > 0.8
    assert full_sig.containment(half_sig) == half_sig.containment(full_sig)
    unrelated = signer.sign(_text(rng, 1000))
    assert full_sig.containment(unrelated) < 0.1


# --- serialization and config ----------------------------------------------------------------


@pytest.mark.parametrize("config", [SignatureConfig(), SignatureConfig(scheme="affine64", hash="xxh64")])
def test_bytes_round_trip(config: SignatureConfig) -> None:
    sig = Signer(config).sign("Some article text, long enough to have a few shingles in it.")
    data = sig.to_bytes()
    assert len(data) == config.num_perm * config.dtype.itemsize
    assert data[:4] == int(sig.hashvalues[0] & 0xFFFFFFFF).to_bytes(4, "little")
    back = Signature.from_bytes(data, sig.n_shingles, scheme=config.scheme)
    assert back == sig
    assert back.hashvalues.dtype == sig.hashvalues.dtype
    with pytest.raises(ValueError):
        Signature.from_bytes(data[:-1], sig.n_shingles, scheme=config.scheme)


def test_signature_is_immutable() -> None:
    values = np.arange(8, dtype=np.uint32)
    sig = Signature(values, 3)
    values[0] = 99  # the caller's array is not aliased
    assert sig.hashvalues[0] == 0
    with pytest.raises(ValueError):
        sig.hashvalues[0] = 1


def test_config_round_trip_and_validation() -> None:
    config = SignatureConfig(num_perm=64, shingle_size=4, seed=9)
    assert SignatureConfig.from_dict(config.to_dict()) == config
    assert config != SignatureConfig()
    with pytest.raises(ValueError):
        SignatureConfig.from_dict({**config.to_dict(), "extra": 1})
    with pytest.raises(ValueError):
        SignatureConfig(scheme="legacy")
    with pytest.raises(ValueError):
        SignatureConfig(scheme="affine64", hash="xxh32")


def test_band_keys() -> None:
    signer = Signer()
    rng = random.Random(6)
    text = _text(rng, 400)
    a = signer.sign(text)
    keys = band_keys(a, 32, 4)
    assert len(keys) == 32
    assert len(set(keys)) == 32
    assert keys == band_keys(signer.sign(text), 32, 4)
    # A band with equal hash values gives an equal key in that band and only there.
    other = signer.sign(_text(rng, 400))
    for i, (ka, kb) in enumerate(zip(keys, band_keys(other, 32, 4), strict=True)):
        assert (ka == kb) == np.array_equal(a.hashvalues[i * 4 : i * 4 + 4], other.hashvalues[i * 4 : i * 4 + 4])
    with pytest.raises(ValueError):
        band_keys(a, 33, 4)
