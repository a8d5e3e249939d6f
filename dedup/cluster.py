"""Where a duplicate is decided.

Tiers, cheapest first:

1. the same article id (a retried pass): the decision already recorded is returned;
2. identical normalized text;
3. MinHash LSH candidates, verified by estimated Jaccard, or by containment
   (the shorter text's share found in the longer) so that trimmed copies match.

``cluster_id`` is the id of the cluster's earliest article and never changes
once written: a new article joins the cluster of the best verified match.
"""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass, field

from dedup.index import DedupIndex, IndexedDoc
from dedup.minhash import Signature, SignatureConfig, Signer, band_keys
from dedup.normalize import text_hash

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class DedupConfig:
    signature: SignatureConfig = field(default_factory=SignatureConfig)
    bands: int = 42
    rows: int = 3
    jaccard_threshold: float = 0.5
    containment_threshold: float = 0.8
    max_size_ratio: float = 4.0  # containment estimates get noisy as sizes diverge (bench.banding)
    min_shingles: int = 80  # a lone footer or a teaser must not match the full text (bench.banding)

    def index_config(self) -> dict[str, object]:
        """What must match for two signatures to be comparable, stored with the index."""
        return {"signature": self.signature.to_dict(), "bands": self.bands, "rows": self.rows}


@dataclass(frozen=True)
class Decision:
    article_id: str
    cluster_id: str
    duplicate_of: str | None
    similarity: float | None
    match_tier: str | None  # None (new story) | 'text_hash' | 'minhash_jaccard' | 'minhash_containment'


class Deduplicator:
    def __init__(self, index: DedupIndex, config: DedupConfig) -> None:
        self.index = index
        self.config = config
        self.signer = Signer(config.signature)
        self.counts: Counter[str] = Counter()

    def decide(self, article_id: str, text: str, now: float) -> Decision:
        known = self.index.get(article_id)
        if known is not None:
            self.counts["already_indexed"] += 1
            return _decision(known)
        th = text_hash(text)
        sig = self.signer.sign(text)
        keys = band_keys(sig, self.config.bands, self.config.rows)
        match = self.index.find_text(th)
        decision: Decision
        if match is not None:
            decision = Decision(article_id, match.cluster_id, match.doc_id, 1.0, "text_hash")
        else:
            decision = self._near_duplicate(article_id, sig, keys) or Decision(article_id, article_id, None, None,
                                                                                None)
        self.index.add(
            IndexedDoc(article_id, decision.cluster_id, decision.duplicate_of, decision.similarity,
                       decision.match_tier, th, sig.n_shingles, sig.to_bytes(), now),
            keys,
        )
        self.counts[decision.match_tier or "new_story"] += 1
        return decision

    def _near_duplicate(self, article_id: str, sig: Signature, keys: list[bytes]) -> Decision | None:
        cfg = self.config
        if sig.n_shingles < cfg.min_shingles:
            return None  # too short for a sketch to mean anything; only exact text matches
        best: tuple[tuple[bool, float], IndexedDoc, str] | None = None
        for cand in self.index.candidates(keys):
            if cand.doc_id == article_id or cand.n_shingles < cfg.min_shingles:
                continue
            other = Signature.from_bytes(cand.signature, cand.n_shingles, scheme=cfg.signature.scheme)
            jaccard = sig.jaccard(other)
            ratio = max(sig.n_shingles, other.n_shingles) / min(sig.n_shingles, other.n_shingles)
            if jaccard >= cfg.jaccard_threshold:
                score, tier = jaccard, "minhash_jaccard"
            else:
                if ratio > cfg.max_size_ratio:
                    continue
                containment = sig.containment(other)
                if containment < cfg.containment_threshold:
                    continue
                score, tier = containment, "minhash_containment"
            # A Jaccard match (whole texts alike) outranks a containment match (one inside the other);
            # candidates come oldest first, so ties keep the earliest article.
            rank = (tier == "minhash_jaccard", score)
            if best is None or rank > best[0]:
                best = (rank, cand, tier)
        self.counts["candidates_checked"] += 1
        if best is None:
            return None
        (_, score), cand, tier = best
        return Decision(article_id, cand.cluster_id, cand.doc_id, round(score, 4), tier)


def _decision(doc: IndexedDoc) -> Decision:
    return Decision(doc.doc_id, doc.cluster_id, doc.duplicate_of, doc.similarity, doc.match_tier)
