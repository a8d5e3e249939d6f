"""Where a duplicate is decided: tiers, verification, versions, merges, expiry, the configuration guard.

Every behaviour runs against both index backends: SQLite in a temporary file and the machine's Redis
under a key prefix of its own (removed afterwards).
"""

from __future__ import annotations

import random
import time
import uuid
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from dedup.cluster import DedupConfig, Deduplicator, text_key
from dedup.index import ClusterUpdate, DedupIndex, IndexConfigError, IndexedDoc
from dedup.minhash import SignatureConfig, sketch, sketch_band_keys
from dedup.normalize import normalize
from dedup.sqlite_index import SqliteIndex

WORDS = ("council harbor storm ferry budget school vote mayor river bridge court ruling factory jobs "
         "weather police report market price health hospital nurse teacher parents road repair tax "
         "energy wind solar farm water supply museum library park festival crowd season team coach").split()
REDIS_URL = "redis://127.0.0.1:6379/0"
# Realistic epoch times: Redis keys expire at indexing time + window, so 1970 would be long gone.
T = float(int(time.time()))


def sentences(seed: int, n: int) -> list[str]:
    rnd = random.Random(seed)
    return [" ".join(rnd.choice(WORDS) for _ in range(rnd.randint(8, 14))).capitalize() + "." for _ in range(n)]


def story(seed: int, n: int = 24) -> str:
    out = sentences(seed, n)
    return "\n".join(" ".join(out[i : i + 4]) for i in range(0, len(out), 4))


def redis_index(config: DedupConfig, prefix: str, window: float = 14 * 86400.0) -> DedupIndex:
    from dedup.redis_index import RedisIndex

    return RedisIndex(REDIS_URL, config.index_config(), prefix=prefix, window_seconds=window)


@pytest.fixture(params=["sqlite", pytest.param("redis", marks=pytest.mark.services)])
def backend(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A factory key: 'sqlite' (a file in tmp_path) or 'redis' (a unique prefix, deleted at the end)."""
    if request.param == "sqlite":
        yield str(tmp_path / "dedup.sqlite")
        return
    prefix = f"test-feedlake-{uuid.uuid4().hex}"
    yield "redis:" + prefix
    import redis

    client = redis.Redis.from_url(REDIS_URL)
    keys = list(client.scan_iter(match=f"{{{prefix}}}:*", count=1000))
    if keys:
        client.delete(*keys)
    client.close()


def open_index(backend: str, config: DedupConfig | None = None) -> DedupIndex:
    config = config or DedupConfig()
    if backend.startswith("redis:"):
        return redis_index(config, backend.removeprefix("redis:"))
    return SqliteIndex(Path(backend), config.index_config())


@pytest.fixture
def dedup(backend: str) -> Iterator[Deduplicator]:
    index = open_index(backend)
    yield Deduplicator(index, DedupConfig())
    index.close()


def test_new_stories_start_their_own_clusters(dedup: Deduplicator) -> None:
    a = dedup.decide("a", story(1), T + 1000)
    b = dedup.decide("b", story(2), T + 1001)
    assert (a.cluster_id, a.duplicate_of, a.match_tier, a.version) == ("a", None, None, 1)
    assert (b.cluster_id, b.duplicate_of) == ("b", None)


def test_identical_text_after_normalization(dedup: Deduplicator) -> None:
    dedup.decide("orig", story(3), T + 1000)
    copy = story(3).upper().replace(".", "!")  # case and punctuation do not matter
    d = dedup.decide("copy", copy, T + 1001)
    assert (d.cluster_id, d.duplicate_of, d.similarity, d.match_tier) == ("orig", "orig", 1.0, "text_hash")


def test_trimmed_and_footered_copies_join_the_original(dedup: Deduplicator) -> None:
    original = story(4, 30)
    dedup.decide("orig", original, T + 1000)
    paragraphs = original.split("\n")
    trimmed = "\n".join(paragraphs[: int(len(paragraphs) * 0.4)])  # Jaccard ~0.4: only containment finds it
    footer = "\n" + story(99, 3)
    t = dedup.decide("trimmed", trimmed, T + 1001)
    f = dedup.decide("footer", original + footer, T + 1002)
    assert t.cluster_id == "orig" and t.match_tier == "minhash_containment" and (t.similarity or 0) >= 0.8
    assert f.cluster_id == "orig" and f.match_tier == "minhash_jaccard"


def test_copy_of_a_copy_keeps_the_earliest_cluster(dedup: Deduplicator) -> None:
    text = story(5, 30)
    dedup.decide("first", text, T + 1000)
    edited = "\n".join(text.split("\n")[:-1])
    second = dedup.decide("second", edited, T + 1001)
    third = dedup.decide("third", edited + "\nA brief closing line for the syndicated copy only.", T + 1002)
    assert second.cluster_id == third.cluster_id == "first"


def test_short_texts_only_match_exactly(dedup: Deduplicator) -> None:
    long_text = story(6, 30)
    dedup.decide("full", long_text, T + 1000)
    teaser = long_text.split("\n")[0]  # a few dozen words: the feed's summary
    assert dedup.decide("teaser", teaser, T + 1001).duplicate_of is None
    assert dedup.decide("teaser-again", teaser, T + 1002).match_tier == "text_hash"


def test_decision_is_stable_when_retried(dedup: Deduplicator) -> None:
    text = story(7)
    dedup.decide("orig", text, T + 1000, run="r1")
    first = dedup.decide("copy", text + " Extra words here.", T + 1001, run="r1")
    again = dedup.decide("copy", text + " Extra words here.", T + 2000, run="r1")
    assert first == again
    assert dedup.index.count() == 2


def test_same_url_new_text_is_a_new_version(dedup: Deduplicator) -> None:
    text = story(8, 30)
    v1 = dedup.decide("art", text, T + 1000, run="r1")
    dedup.decide("copy", text + "\nSyndicated by the Courier.", T + 1001, run="r1")
    # The next pass sees the same canonical URL (same id) with the text unchanged, then updated.
    same = dedup.decide("art", text, T + 2000, run="r2")
    assert same.unchanged and (same.version, same.cluster_id) == (1, "art")
    updated = text.replace("\n", "\nAn update added this sentence to the story.\n", 1)
    v2 = dedup.decide("art", updated, T + 3000, run="r3")
    assert (v2.version, v2.cluster_id, v2.duplicate_of, v2.match_tier) == (2, "art", "art", "canonical_url")
    assert v2.similarity is not None and 0.5 < v2.similarity < 1.0 and not v2.unchanged
    assert dedup.decide("art", updated, T + 3001, run="r3") == v2  # the retried pass
    v3 = dedup.decide("art", updated + "\nAnd a correction.", T + 4000, run="r4")
    assert v3.version == 3 and v1.version == 1
    state = {c.cluster_id: c for c in dedup.index.clusters(["art"])}["art"]
    assert state.size == 2  # versions are not new members


def test_bridging_article_merges_two_clusters(dedup: Deduplicator) -> None:
    parts = sentences(9, 40)
    a = "\n".join(parts[0:20])
    b = "\n".join(parts[10:30])  # shares 10 of 20 sentences with a: Jaccard ~0.33, containment ~0.5
    bridge = "\n".join(parts[5:25])  # shares 15 with each: Jaccard ~0.6
    assert dedup.decide("a", a, T + 1000, source="one.example", title="Story A").cluster_id == "a"
    assert dedup.decide("b", b, T + 1001, source="two.example", title="Story B").cluster_id == "b"
    d = dedup.decide("bridge", bridge, T + 1002, source="three.example", title="Bridge")
    assert (d.cluster_id, d.merged, d.match_tier) == ("a", ("b",), "minhash_jaccard")
    states = {c.cluster_id: c for c in dedup.index.clusters(["a", "b"])}
    assert states["b"].merged_into == "a" and states["b"].bridged_by == "bridge"
    assert states["a"].merged_into is None and states["a"].size == 3 and states["a"].title == "Story A"
    assert states["a"].sources == ("one.example", "three.example", "two.example")
    assert states["a"].first_seen == T + 1000
    # History is not rewritten, but a later copy of b joins the merged story.
    later = dedup.decide("b-copy", b + "\nRepublished with permission.", T + 1003)
    assert later.duplicate_of == "b" and later.cluster_id == "a"


def test_containment_joins_but_never_merges(dedup: Deduplicator) -> None:
    stories = [story(s, 20) for s in (10, 11, 12)]
    for i, text in enumerate(stories):
        dedup.decide(f"s{i}", text, T + 1000 + i)
    digest = dedup.decide("digest", "\n".join(stories), T + 1010)  # contains all three
    assert digest.match_tier == "minhash_containment" and digest.merged == ()
    assert {c.cluster_id: c.merged_into for c in dedup.index.clusters(["s0", "s1", "s2"])} == {
        "s0": None, "s1": None, "s2": None}


TEMPLATE = (
    "The National Weather Service has issued an excessive heat warning for {town} until {hour} PM {day}. "
    "Temperatures in {town} are expected to reach {temp} degrees, with heat index values near {index}. "
    "Residents of {county} County should drink plenty of fluids, stay in an air-conditioned room, stay out "
    "of the sun, and check up on relatives and neighbors. Young children and pets should never be left "
    "unattended in vehicles under any circumstances. Take extra precautions if you work or spend time "
    "outside. When possible, reschedule strenuous activities to early morning or evening. Know the signs "
    "and symptoms of heat exhaustion and heat stroke. Wear lightweight and loose fitting clothing when "
    "possible. To reduce risk during outdoor work, the Occupational Safety and Health Administration "
    "recommends scheduling frequent rest breaks in shaded or air conditioned environments. Anyone "
    "overcome by heat should be moved to a cool and shaded location. Heat stroke is an emergency, call "
    "911. Cooling centers in {town} open at {open} AM at the public library and the community center."
)
TOWNS = [("Springfield", "Sangamon", 104, "Thursday"), ("Shelbyville", "Shelby", 101, "Friday"),
         ("Riverton", "Fremont", 99, "Thursday"), ("Lakeside", "Cole", 106, "Saturday")]


def heat_warning(town: str, county: str, temp: int, day: str) -> str:
    return TEMPLATE.format(town=town, county=county, temp=temp, day=day, hour=8 + temp % 3, index=temp + 5,
                           open=9 + temp % 2)


def test_templated_stories_with_different_facts_stay_apart(dedup: Deduplicator) -> None:
    for i, facts in enumerate(TOWNS):
        d = dedup.decide(f"heat-{i}", heat_warning(*facts), T + 1000 + i)
        assert d.duplicate_of is None, facts
    assert dedup.counts["facts_rejected"] >= 3
    copy = "Posted by the Valley Gazette newsroom.\n" + heat_warning(*TOWNS[1]) + "\nCopyright Valley Gazette."
    assert dedup.decide("heat-copy", copy, T + 1010).cluster_id == "heat-1"


def test_without_the_fact_check_templates_merge(backend: str) -> None:
    index = open_index(backend, DedupConfig(fact_check=False))
    try:
        dedup = Deduplicator(index, DedupConfig(fact_check=False))
        dedup.decide("heat-0", heat_warning(*TOWNS[0]), T + 1000)
        assert dedup.decide("heat-1", heat_warning(*TOWNS[1]), T + 1001).cluster_id == "heat-0"
    finally:
        index.close()


def test_expiry_forgets_old_documents(backend: str) -> None:
    if backend.startswith("redis:"):
        index = redis_index(DedupConfig(), backend.removeprefix("redis:"), window=1000.0)
        dedup = Deduplicator(index, DedupConfig())
        now = time.time()
        dedup.decide("old", story(13), now - 1500.0)  # already past its window: Redis drops it
        dedup.decide("new", story(14), now)
        assert index.count() == 1
        assert dedup.decide("again", story(13), now + 1).duplicate_of is None
        assert dedup.decide("new-copy", story(14), now + 2).duplicate_of == "new"
        index.close()
        return
    sqlite = SqliteIndex(Path(backend), DedupConfig().index_config())
    dedup = Deduplicator(sqlite, DedupConfig())
    dedup.decide("old", story(13), T + 1000, source="a.example")
    dedup.decide("new", story(14), T + 5000)
    assert sqlite.expire(before=T + 2000) == 1
    assert sqlite.count() == 1 and sqlite.clusters(["old"]) == []
    assert dedup.decide("again", story(13), T + 6000).duplicate_of is None  # outside the window
    assert dedup.decide("new-copy", story(14), T + 6001).duplicate_of == "new"
    sqlite.close()


def test_index_refuses_another_configuration(backend: str) -> None:
    open_index(backend).close()
    with pytest.raises(IndexConfigError, match="was built with"):
        open_index(backend, DedupConfig(signature=SignatureConfig(shingle_size=5)))
    with pytest.raises(IndexConfigError):
        open_index(backend, DedupConfig(bands=16, rows=8))
    open_index(backend, DedupConfig(jaccard_threshold=0.6)).close()  # verification settings may change


def test_an_index_from_the_previous_format_is_refused(tmp_path: Path) -> None:
    import sqlite3

    path = tmp_path / "dedup.sqlite"
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    old = {"signature": SignatureConfig().to_dict(), "bands": 42, "rows": 3}
    db.execute("INSERT INTO meta VALUES ('config', ?)", (str(old),))
    db.commit()
    db.close()
    with pytest.raises(IndexConfigError, match="use a new index"):
        SqliteIndex(path, DedupConfig().index_config())


def _keyed(dedup: Deduplicator, doc_id: str, body: str) -> tuple[IndexedDoc, list[int]]:
    sig = dedup.signer.sign(body)
    values = sketch(sig)
    return (IndexedDoc(doc_id, doc_id, None, None, None, 1, 0, text_key(normalize(body)), sig.n_shingles,
                       values.tobytes(), b"", T), sketch_band_keys(values, 42, 3))


def test_commit_after_a_concurrent_commit_conflicts_or_is_claimed(backend: str) -> None:
    """The two guards a worker relies on, step by step: a copy committed after my lookup makes my
    commit a conflict; the same id committed by another worker makes mine return theirs."""
    first, second = open_index(backend), open_index(backend)
    try:
        one, two = Deduplicator(first, DedupConfig()), Deduplicator(second, DedupConfig())
        text = story(20, 30)
        a, a_keys = _keyed(one, "a", text)
        b, b_keys = _keyed(one, "b", text + "\nA copy.")
        seen_a, seen_b = first.lookup("a", a_keys), second.lookup("b", b_keys)
        assert first.commit(a, a_keys, seen_a, ClusterUpdate(())).status == "ok"
        assert second.commit(b, b_keys, seen_b, ClusterUpdate(())).status == "conflict"  # a is in b's buckets
        assert two.decide("b", text + "\nA copy.", T).cluster_id == "a"  # looked up again, it joins a

        c, c_keys = _keyed(one, "c", story(21, 30))
        seen_1, seen_2 = first.lookup("c", c_keys), second.lookup("c", c_keys)
        mine = first.commit(c, c_keys, seen_1, ClusterUpdate(()))
        theirs = second.commit(replace(c, duplicate_of="x"), [], seen_2, ClusterUpdate(("a",)))
        assert mine.status == "ok" and theirs.status == "claimed"
        assert theirs.doc is not None and (theirs.doc.cluster_id, theirs.doc.duplicate_of) == ("c", None)
        assert [s.size for s in first.clusters(["a", "c"])] == [2, 1]
    finally:
        first.close()
        second.close()


# --- the embedded index's in-memory buckets ---------------------------------------------------------


def test_band_table_agrees_with_a_dict_through_growth_deletes_and_rollback() -> None:
    import numpy as np

    from dedup.sqlite_index import BandTable

    rnd = random.Random(5)
    table = BandTable(capacity=16)  # grows many times, and probes over tombstones
    model: dict[int, set[int]] = {}
    docs: dict[int, np.ndarray] = {}
    seq = 0
    for step in range(3000):
        if docs and rnd.random() < 0.25:
            victim = rnd.choice(sorted(docs))
            table.remove(docs[victim], victim)
            for k in docs.pop(victim).tolist():
                model[k].discard(victim)
            continue
        seq += 1
        keys = np.array(rnd.sample(range(500), 6), dtype=np.int64)  # few distinct keys: crowded buckets
        table.add(keys[None, :], np.array([seq], dtype=np.int64))
        docs[seq] = keys
        for k in keys.tolist():
            model.setdefault(k, set()).add(seq)
        if step % 97 == 0:
            probe = np.array(rnd.sample(range(520), 8), dtype=np.int64)
            assert table.query(probe).tolist() == sorted(set().union(*(model.get(k, set()) for k in probe.tolist())))
    assert table.live == sum(map(len, model.values()))
    cut = seq - 50
    table.forget_after(cut)
    everything = np.arange(520, dtype=np.int64)
    assert table.query(everything).tolist() == sorted(s for s in docs if s <= cut)


def test_reopened_index_rebuilds_its_buckets_and_drops_the_old_bands_table(tmp_path: Path) -> None:
    import sqlite3

    path = tmp_path / "dedup.sqlite"
    config = DedupConfig()
    index = SqliteIndex(path, config.index_config())
    dedup = Deduplicator(index, config)
    text = story(40, 30)
    dedup.decide("orig", text, T)
    index.close()
    with sqlite3.connect(path) as db:  # as an index written before the buckets moved to memory
        db.execute("CREATE TABLE bands (key INTEGER NOT NULL, seq INTEGER NOT NULL, PRIMARY KEY (key, seq)) "
                   "WITHOUT ROWID")
    index = SqliteIndex(path, config.index_config())
    try:
        tables = {r[0] for r in index._db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert "bands" not in tables
        decision = Deduplicator(index, config).decide("copy", text + "\nRepublished with permission.", T)
        assert (decision.cluster_id, decision.match_tier) == ("orig", "minhash_jaccard")
    finally:
        index.close()


def test_rolled_back_commits_leave_no_buckets(tmp_path: Path) -> None:
    index = SqliteIndex(tmp_path / "dedup.sqlite", DedupConfig().index_config())
    dedup = Deduplicator(index, DedupConfig())
    try:
        text = story(41, 30)
        doc, keys = _keyed(dedup, "ghost", text)
        with pytest.raises(RuntimeError), index.transaction():
            assert index.commit(doc, keys, index.lookup("ghost", keys), ClusterUpdate(())).status == "ok"
            raise RuntimeError("the pass failed after deciding")
        assert index.lookup("other", keys).candidates == []  # not in memory either
        real, real_keys = _keyed(dedup, "real", story(42, 30))
        stored = index.commit(real, real_keys, index.lookup("real", real_keys), ClusterUpdate(())).doc
        assert stored is not None and stored.seq == 1  # the rolled-back seq is reused, by another document
        assert [d.doc_id for d in index.lookup("x", real_keys).candidates] == ["real"]
        assert index.lookup("x", keys).candidates == []
    finally:
        index.close()


def test_documents_another_writer_adds_or_expires_are_followed(tmp_path: Path) -> None:
    path = tmp_path / "dedup.sqlite"
    config = DedupConfig()
    mine, theirs = SqliteIndex(path, config.index_config()), SqliteIndex(path, config.index_config())
    try:
        text = story(43, 30)
        assert mine.lookup("x", _keyed(Deduplicator(mine, config), "x", text)[1]).candidates == []
        Deduplicator(theirs, config).decide("theirs", text, T - 100)
        copy = Deduplicator(mine, config).decide("mine", text + "\nAlso published by the Gazette.", T)
        assert copy.cluster_id == "theirs"  # my buckets learned of their document
        theirs.expire(T + 1)  # both gone, in their process
        assert mine.lookup("y", _keyed(Deduplicator(mine, config), "y", text)[1]).candidates == []
    finally:
        mine.close()
        theirs.close()
