"""Where a duplicate is decided.

Tiers, cheapest first:

1. the same article id (its canonical URL): a retried pass gets the decision already recorded; the
   same text seen again is ``unchanged``; a new text is a new *version* of the article, kept in its
   cluster (``match_tier='canonical_url'``, ``version`` n+1);
2. identical normalized text (``text_hash``);
3. MinHash LSH candidates, verified by estimated Jaccard (``minhash_jaccard``) or, so that trimmed
   copies match, by containment -- the shorter text's share found in the longer
   (``minhash_containment``) -- and in both cases by the facts: near-identical texts that put
   different facts in the same places are different stories (templated weather warnings, earnings
   briefs; see ``facts``).

``cluster_id`` is the id of the cluster's earliest article and is never rewritten. An article whose
Jaccard matches fall in several clusters bridges them: the clusters are merged into the earliest
(recorded by the index, published in ``clusters/``), and the article joins it. Containment matches
join but never merge: a digest that contains two stories must not make them one.
"""

from __future__ import annotations

import hashlib
import logging
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import NamedTuple

import numpy as np
import xxhash

from dedup import facts
from dedup.errors import IndexConflict
from dedup.index import ClusterUpdate, DedupIndex, IndexedDoc, Lookup
from dedup.minhash import (
    SKETCH_BITS,
    SignatureConfig,
    Signer,
    containment_from_jaccard,
    sketch,
    sketch_band_keys,
    sketch_jaccard,
)

log = logging.getLogger(__name__)

INDEX_FORMAT = 2
_ATTEMPTS = 50  # look-up/commit rounds before giving up; each conflict means another writer progressed


@dataclass(frozen=True)
class DedupConfig:
    signature: SignatureConfig = field(default_factory=SignatureConfig)
    bands: int = 42
    rows: int = 3
    jaccard_threshold: float = 0.5
    containment_threshold: float = 0.8
    max_size_ratio: float = 4.0  # containment estimates get noisy as sizes diverge (bench.banding)
    min_shingles: int = 80  # a lone footer or a teaser must not match the full text (bench.banding)
    # Different facts: at least fact_min_shared sampled contexts in common, and at least
    # fact_conflicts of them (and this share) holding different facts (bench/dedup_eval.py).
    fact_check: bool = True
    fact_min_shared: int = 3
    fact_conflicts: int = 2
    fact_conflict_share: float = 0.15

    def index_config(self) -> dict[str, object]:
        """What must match for two indexed documents to be comparable, stored with the index."""
        return {
            "format": INDEX_FORMAT, "signature": self.signature.to_dict(), "bands": self.bands, "rows": self.rows,
            "sketch_bits": SKETCH_BITS, "facts": {"k": facts.K, "head_chars": facts.HEAD_CHARS},
        }


@dataclass(frozen=True)
class Decision:
    article_id: str
    cluster_id: str
    duplicate_of: str | None
    similarity: float | None
    match_tier: str | None  # None (a new story) or one of index.TIERS
    version: int = 1
    merged: tuple[str, ...] = ()  # clusters this article bridged into ``cluster_id``
    unchanged: bool = False  # the same id with the same text, indexed by an earlier pass: not a new version


def run_tag(run: str) -> int:
    """31 bits identifying a pass, stored with each document to recognize a retried pass."""
    return xxhash.xxh32_intdigest(run.encode()) >> 1


def text_key(text_normalized: str | bytes) -> int:
    """63 bits of BLAKE2b of the normalized text's UTF-8 (the identical-text tier also requires equal sketches)."""
    data = text_normalized.encode() if isinstance(text_normalized, str) else text_normalized
    return int.from_bytes(hashlib.blake2b(data, digest_size=8).digest(), "big") >> 1


class Prepared(NamedTuple):
    doc: IndexedDoc  # decision fields still empty
    values: np.ndarray  # the sketch
    keys: list[int]  # its band keys


@dataclass(frozen=True)
class _Match:
    doc: IndexedDoc
    tier: str
    score: float

    @property
    def rank(self) -> tuple[int, float, int]:
        # Identical text, then whole-text likeness, then containment; ties go to the oldest.
        order = {"text_hash": 2, "minhash_jaccard": 1, "minhash_containment": 0}[self.tier]
        return (order, self.score, -self.doc.seq)


class Deduplicator:
    def __init__(self, index: DedupIndex, config: DedupConfig) -> None:
        self.index = index
        self.config = config
        self.signer = Signer(config.signature)
        self.counts: Counter[str] = Counter()

    def decide(self, article_id: str, text: str, now: float, *, title: str | None = None, source: str = "",
               run: str = "") -> Decision:
        """The decision for one article, indexed (or the one already recorded for it)."""
        return self.decide_prepared(self.prepare(article_id, text, now, run), title=title, source=source)

    # Titles are kept to name a story (``clusters/``), not to search: bounded, like the index rows.
    TITLE_CHARS = 120

    def prepare(self, article_id: str, text: str, now: float, run: str = "") -> Prepared:
        """Everything computed from the text alone: normalization, signature, sketch, keys, facts."""
        sig, utf8 = self.signer.sign_normalized(text)
        values = sketch(sig)
        keys = sketch_band_keys(values, self.config.bands, self.config.rows) if sig.n_shingles else []
        # Whole seconds: plenty for a window of days, and SQLite stores integral REALs in 4 bytes, not 8.
        doc = IndexedDoc(article_id, article_id, None, None, None, 1, run_tag(run), text_key(utf8.tobytes()),
                         sig.n_shingles, values.tobytes(), facts.fingerprint(text), float(round(now)))
        return Prepared(doc, values, keys)

    def decide_prepared(self, prepared: Prepared, *, title: str | None = None, source: str = "") -> Decision:
        """Look up, verify, commit; again if another writer changed the buckets meanwhile."""
        doc, values, keys = prepared
        for _ in range(_ATTEMPTS):
            seen = self.index.lookup(doc.doc_id, keys)
            if seen.known is not None and seen.known.run == doc.run:
                self.counts["already_indexed"] += 1  # a retried pass
                return _decision(seen.known)
            if seen.known is not None and seen.known.text_key == doc.text_key:
                self.counts["unchanged"] += 1
                return _decision(seen.known, unchanged=True)
            new, update = self._version(doc, seen) if seen.known else self._classify(doc, seen, values)
            update = replace(update, source=source, title=title[: self.TITLE_CHARS] if title else None)
            result = self.index.commit(new, keys, seen, update)
            if result.status == "conflict":
                self.counts["conflicts"] += 1
                continue
            assert result.doc is not None
            if result.status == "claimed":
                self.counts["claimed"] += 1  # another worker decided this article meanwhile
                return _decision(result.doc)
            self.counts[result.doc.match_tier or "new_story"] += 1
            self.counts["merges"] += len(result.doc.merged)
            return _decision(result.doc)
        raise IndexConflict(f"{doc.doc_id}: still conflicting after {_ATTEMPTS} attempts")

    def _version(self, doc: IndexedDoc, seen: Lookup) -> tuple[IndexedDoc, ClusterUpdate]:
        known = seen.known
        assert known is not None
        similarity = _jaccard(np.frombuffer(doc.sketch, np.uint8), [known])[0]
        new = IndexedDoc(doc.doc_id, known.cluster_id, doc.doc_id, round(float(similarity), 4), "canonical_url",
                         known.version + 1, doc.run, doc.text_key, doc.n_shingles, doc.sketch, doc.facts,
                         doc.indexed_at)
        return new, ClusterUpdate((known.cluster_id,), new_member=False)

    def _classify(self, doc: IndexedDoc, seen: Lookup, values: np.ndarray) -> tuple[IndexedDoc, ClusterUpdate]:
        matches, refuted = self._matches(doc, seen.candidates, values)
        if refuted:
            # A story whose members as often report other facts is not this one: one weak match
            # must not pull a templated report into a cluster of its siblings (and then chain on).
            def root(d: IndexedDoc) -> str:
                return seen.roots.get(d.cluster_id, d.cluster_id)

            against = Counter(root(d) for d in refuted)
            support = Counter(root(m.doc) for m in matches)
            vetoed = {r for r in support if against[r] > support[r]}
            matches = [m for m in matches if root(m.doc) not in vetoed]
            self.counts["clusters_refuted"] += len(vetoed)
        if not matches:
            return doc, ClusterUpdate(())
        best = max(matches, key=lambda m: m.rank)
        roots = [seen.roots.get(best.doc.cluster_id, best.doc.cluster_id)]
        if best.tier != "minhash_containment":
            for m in sorted(matches, key=lambda m: m.doc.seq):
                other = seen.roots.get(m.doc.cluster_id, m.doc.cluster_id)
                if m.tier != "minhash_containment" and other not in roots:
                    roots.append(other)  # a bridge: the index merges these into the earliest
        new = IndexedDoc(doc.doc_id, roots[0], best.doc.doc_id, round(best.score, 4), best.tier, 1, doc.run,
                         doc.text_key, doc.n_shingles, doc.sketch, doc.facts, doc.indexed_at)
        return new, ClusterUpdate(tuple(roots))

    def _matches(self, doc: IndexedDoc, candidates: list[IndexedDoc],
                 values: np.ndarray) -> tuple[list[_Match], list[IndexedDoc]]:
        """Verified matches, and the candidates alike enough but refuted by their facts."""
        cfg = self.config
        cands = [c for c in candidates if c.n_shingles > 0]
        if not cands or doc.n_shingles == 0:
            return [], []
        self.counts["candidates_checked"] += len(cands)
        exact = [_Match(c, "text_hash", 1.0) for c in cands
                 if c.text_key == doc.text_key and c.n_shingles == doc.n_shingles and c.sketch == doc.sketch]
        if exact or doc.n_shingles < cfg.min_shingles:
            return exact, []  # too short for a sketch to mean anything: only identical text matches
        cands = [c for c in cands if c.n_shingles >= cfg.min_shingles]
        if not cands:
            return [], []
        j = _jaccard(values, cands)
        sizes = np.array([c.n_shingles for c in cands], dtype=np.float64)
        contained = containment_from_jaccard(j, doc.n_shingles, sizes)
        ratio = np.maximum(sizes, doc.n_shingles) / np.minimum(sizes, doc.n_shingles)
        matches: list[_Match] = []
        refuted: list[IndexedDoc] = []
        for i, cand in enumerate(cands):
            if j[i] >= cfg.jaccard_threshold:
                match = _Match(cand, "minhash_jaccard", float(j[i]))
            elif ratio[i] <= cfg.max_size_ratio and contained[i] >= cfg.containment_threshold:
                match = _Match(cand, "minhash_containment", float(contained[i]))
            else:
                continue
            if cfg.fact_check and self.different_facts(doc.facts, cand.facts):
                self.counts["facts_rejected"] += 1
                log.debug("%s vs %s: similar text, different facts", doc.doc_id, cand.doc_id)
                refuted.append(cand)
                continue
            matches.append(match)
        return matches, refuted

    def different_facts(self, a: bytes, b: bytes) -> bool:
        cfg = self.config
        found = facts.compare(a, b)
        return (found.shared >= cfg.fact_min_shared and found.conflicts >= cfg.fact_conflicts
                and found.conflicts >= cfg.fact_conflict_share * found.shared)


def _jaccard(values: np.ndarray, docs: list[IndexedDoc]) -> np.ndarray:
    grid = np.frombuffer(b"".join(d.sketch for d in docs), dtype=np.uint8).reshape(len(docs), -1)
    return sketch_jaccard(values, grid)


def _decision(doc: IndexedDoc, unchanged: bool = False) -> Decision:
    return Decision(doc.doc_id, doc.cluster_id, doc.duplicate_of, doc.similarity, doc.match_tier, doc.version,
                    doc.merged, unchanged)
