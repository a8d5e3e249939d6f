"""Where a duplicate is decided: tiers, verification, stability, the index's configuration guard."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from dedup.cluster import DedupConfig, Deduplicator
from dedup.index import IndexConfigError, SqliteIndex
from dedup.minhash import SignatureConfig

WORDS = ("council harbor storm ferry budget school vote mayor river bridge court ruling factory jobs "
         "weather police report market price health hospital nurse teacher parents road repair tax "
         "energy wind solar farm water supply museum library park festival crowd season team coach").split()


def story(seed: int, sentences: int = 24) -> str:
    rnd = random.Random(seed)
    out = []
    for _ in range(sentences):
        out.append(" ".join(rnd.choice(WORDS) for _ in range(rnd.randint(8, 14))).capitalize() + ".")
    return "\n".join(" ".join(out[i : i + 4]) for i in range(0, len(out), 4))


@pytest.fixture
def dedup(tmp_path: Path) -> Deduplicator:
    config = DedupConfig()
    return Deduplicator(SqliteIndex(tmp_path / "dedup.sqlite", config.index_config()), config)


def test_new_stories_start_their_own_clusters(dedup: Deduplicator) -> None:
    a = dedup.decide("a", story(1), 1000.0)
    b = dedup.decide("b", story(2), 1001.0)
    assert (a.cluster_id, a.duplicate_of, a.match_tier) == ("a", None, None)
    assert (b.cluster_id, b.duplicate_of) == ("b", None)


def test_identical_text_after_normalization(dedup: Deduplicator) -> None:
    dedup.decide("orig", story(3), 1000.0)
    copy = story(3).upper().replace(".", "!")  # case and punctuation do not matter
    d = dedup.decide("copy", copy, 1001.0)
    assert (d.cluster_id, d.duplicate_of, d.similarity, d.match_tier) == ("orig", "orig", 1.0, "text_hash")


def test_trimmed_and_footered_copies_join_the_original(dedup: Deduplicator) -> None:
    original = story(4, sentences=30)
    dedup.decide("orig", original, 1000.0)
    paragraphs = original.split("\n")
    trimmed = "\n".join(paragraphs[: int(len(paragraphs) * 0.4)])  # Jaccard ~0.4: only containment finds it
    footer = "\n" + story(99, sentences=3)
    t = dedup.decide("trimmed", trimmed, 1001.0)
    f = dedup.decide("footer", original + footer, 1002.0)
    assert t.cluster_id == "orig" and t.match_tier == "minhash_containment" and t.similarity >= 0.8
    assert f.cluster_id == "orig" and f.match_tier == "minhash_jaccard"


def test_copy_of_a_copy_keeps_the_earliest_cluster(dedup: Deduplicator) -> None:
    text = story(5, sentences=30)
    dedup.decide("first", text, 1000.0)
    lines = text.split("\n")
    edited = "\n".join(lines[:-1])
    second = dedup.decide("second", edited, 1001.0)
    third = dedup.decide("third", edited + "\nA brief closing line for the syndicated copy only.", 1002.0)
    assert second.cluster_id == third.cluster_id == "first"


def test_short_texts_only_match_exactly(dedup: Deduplicator) -> None:
    long_text = story(6, sentences=30)
    dedup.decide("full", long_text, 1000.0)
    teaser = long_text.split("\n")[0]  # a few dozen words: the feed's summary
    d = dedup.decide("teaser", teaser, 1001.0)
    assert d.duplicate_of is None


def test_decision_is_stable_when_retried(dedup: Deduplicator) -> None:
    text = story(7)
    dedup.decide("orig", text, 1000.0)
    first = dedup.decide("copy", text + " Extra words here.", 1001.0)
    again = dedup.decide("copy", text + " Extra words here.", 2000.0)
    assert first == again
    assert dedup.index.count() == 2


def test_expiry_drops_old_documents(dedup: Deduplicator) -> None:
    dedup.decide("old", story(8), 1000.0)
    dedup.decide("new", story(9), 5000.0)
    assert dedup.index.expire(before=2000.0) == 1
    d = dedup.decide("again", story(8), 6000.0)
    assert d.duplicate_of is None  # the old one is outside the window


def test_index_refuses_another_configuration(tmp_path: Path) -> None:
    path = tmp_path / "dedup.sqlite"
    SqliteIndex(path, DedupConfig().index_config()).close()
    other = DedupConfig(signature=SignatureConfig(shingle_size=5))
    with pytest.raises(IndexConfigError, match="was built with"):
        SqliteIndex(path, other.index_config())
    with pytest.raises(IndexConfigError):
        SqliteIndex(path, DedupConfig(bands=16, rows=8).index_config())
