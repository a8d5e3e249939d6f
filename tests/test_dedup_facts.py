"""What the index stores per document: the b-bit sketch, its band keys, and the fact fingerprint."""

from __future__ import annotations

import random

import numpy as np
import pytest

from dedup.facts import HEAD_CHARS, K, compare, fingerprint
from dedup.minhash import (
    SignatureConfig,
    Signer,
    containment_from_jaccard,
    sketch,
    sketch_band_keys,
    sketch_jaccard,
)
from tests.test_dedup import TOWNS, heat_warning, story


def test_sketch_keeps_the_low_byte_and_estimates_jaccard_without_bias() -> None:
    signer = Signer(SignatureConfig(num_perm=128))
    shared = [f"s{i}" for i in range(600)]
    a = signer.sign_shingles(shared + [f"a{i}" for i in range(400)])
    b = signer.sign_shingles(shared + [f"b{i}" for i in range(400)])
    values = sketch(a)
    assert values.dtype == np.uint8 and np.array_equal(values, a.hashvalues & 0xFF)
    exact = 600 / 1400
    estimate = float(sketch_jaccard(values, sketch(b)[None, :])[0])
    assert abs(estimate - a.jaccard(b)) < 0.03  # the bias of 8-bit collisions is removed
    assert abs(estimate - exact) < 0.15
    unrelated = signer.sign_shingles([f"u{i}" for i in range(1000)])
    assert float(sketch_jaccard(values, sketch(unrelated)[None, :])[0]) < 0.05
    assert float(containment_from_jaccard(0.5, 1000, 500)) == pytest.approx(1.0)


def test_band_keys_are_equal_exactly_when_bands_are() -> None:
    rng = np.random.default_rng(1)
    a = rng.integers(0, 256, 128, dtype=np.uint8)
    b = a.copy()
    b[[0, 50, 127]] ^= 1  # bands 0 and 16 differ (rows 0-2 and 48-50); 127 is past 42 x 3
    ka, kb = sketch_band_keys(a, 42, 3), sketch_band_keys(b, 42, 3)
    assert len(set(ka)) == 42 and all(0 <= k < 2**63 for k in ka)
    assert [i for i in range(42) if ka[i] != kb[i]] == [0, 16]
    wide = sketch_band_keys(a, 16, 8)  # 64-bit bands are hashed instead
    assert len(set(wide)) == 16 and wide == sketch_band_keys(a.copy(), 16, 8)
    with pytest.raises(ValueError):
        sketch_band_keys(a, 43, 3)


def test_templated_reports_conflict_and_copies_do_not() -> None:
    towns = [fingerprint(heat_warning(*t)) for t in TOWNS]
    assert all(0 < len(fp) <= 3 * K for fp in towns)
    for other in towns[1:]:
        found = compare(towns[0], other)
        assert found.conflicts >= 2 and found.shared >= 3, found
    copy = "By Anna Keller | Northern Courier | Updated Nov. 3, 2025\n" + heat_warning(*TOWNS[0]) + \
        "\nCopyright 2025 Northern Courier Media Group. All rights reserved."
    trimmed = heat_warning(*TOWNS[0]).rsplit("\n", 1)[0]
    assert compare(towns[0], fingerprint(copy)).conflicts == 0
    assert compare(towns[0], fingerprint(trimmed)).conflicts == 0
    assert compare(towns[0], fingerprint(copy)).shared >= 3


def test_fingerprint_details() -> None:
    assert fingerprint("") == b"" and fingerprint("no facts in here at all, none.") == b""
    # Capitalized words that open a sentence are not facts; names inside one are.
    assert fingerprint("The rain fell. Then it stopped. After that it rained again.") == b""
    assert fingerprint("Rain fell on Springfield overnight and stopped") != b""
    long = story(1, 200)
    assert fingerprint(long) == fingerprint(long[:HEAD_CHARS] + " tail words Ignored Here 99 end")
    rng = random.Random(2)
    words = " ".join(rng.choice(["Alpha", "beta", "Gamma", "delta", "7", "eps"]) for _ in range(300))
    fp = fingerprint(words)
    assert len(fp) % 3 == 0 and compare(fp, fp).conflicts == 0
