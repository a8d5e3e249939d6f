"""Near-duplicate evaluation on a labelled syndication corpus: datasketch vs feedlake, side by side.

Run ``python -m bench.dedup_eval`` from the repo root (a minute or two on 2 cores; the first run of
``bench.banding``'s loader extracts the corpus). The corpus is built from the texts of
``../shared/corpus/trafilatura-eval`` (or ``$FEEDLAKE_CORPUS``), each original a story (a label):

- copies with a publisher's header and footer; trimmed copies (the first 50-80% of paragraphs);
  lightly edited copies (dropped sentences, changed quotes, a new headline line);
- copies published through the page templates of four fake publishers, served over HTTP on loopback
  by ``feedlake.demo.siteserver.SiteServer``, fetched by ``ingest.http.HttpClient`` and extracted and cleaned
  like real pages (``extract_page`` + ``clean_text``);
- hard negatives (``bench.dedup_corpus``): templated automated stories sharing most of their wording
  but not their facts (heat warnings for different towns, earnings briefs for different companies,
  match reports), some of them syndicated too; and different stories quoting the same long passage.

Documents arrive in publication order (copies mostly after their original). Reported for each
method: pair precision, recall and F1 (a pair is positive when both documents tell one story) and
the adjusted Rand index of the clustering, then recall by kind of copy and the false merges among
the hard negatives. Methods: plain datasketch ``MinHashLSH(threshold=0.8)`` (every LSH candidate is a
duplicate; clusters are connected components), the best single threshold of the same, and
feedlake's ``Deduplicator`` with its SQLite index -- with the settings' defaults and with a few
alternatives, which is how the defaults are checked.
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
from datasketch import MinHash, MinHashLSH

from bench.banding import load_texts, pick_bases, table
from bench.dedup_corpus import Doc, build_corpus
from dedup.cluster import DedupConfig, Deduplicator
from dedup.minhash import SignatureConfig, Signer, containment_from_jaccard, sketch, sketch_jaccard
from dedup.normalize import normalize, shingles
from dedup.sqlite_index import SqliteIndex

# --- metrics -------------------------------------------------------------------------------------


def _pairs(counts: Sequence[int] | np.ndarray) -> float:
    n = np.asarray(counts, dtype=np.float64)
    return float((n * (n - 1) / 2).sum())


@dataclass(frozen=True)
class Scores:
    precision: float
    recall: float
    f1: float
    ari: float


def score(truth: Sequence[object], predicted: Sequence[object]) -> Scores:
    """Pair precision/recall/F1 and the adjusted Rand index, from the contingency table."""
    cells = Counter(zip(truth, predicted, strict=True))
    tp = _pairs(list(cells.values()))
    true_pairs = _pairs(list(Counter(truth).values()))
    pred_pairs = _pairs(list(Counter(predicted).values()))
    precision = tp / pred_pairs if pred_pairs else 1.0
    recall = tp / true_pairs if true_pairs else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    total = _pairs([len(truth)])
    expected = true_pairs * pred_pairs / total if total else 0.0
    top = (true_pairs + pred_pairs) / 2
    ari = (tp - expected) / (top - expected) if top != expected else 1.0
    return Scores(precision, recall, f1, ari)


# --- methods: each maps the documents (in arrival order) to a predicted story per document ----------


def datasketch_clusters(minhashes: list[MinHash], threshold: float) -> list[int]:
    """Plain datasketch: every LSH candidate is a duplicate; stories are connected components."""
    lsh = MinHashLSH(threshold=threshold, num_perm=len(minhashes[0].hashvalues))
    parent = list(range(len(minhashes)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, m in enumerate(minhashes):
        for j in lsh.query(m):
            parent[find(int(j))] = find(i)
        lsh.insert(str(i), m)
    return [find(i) for i in range(len(minhashes))]


def feedlake_clusters(docs: list[Doc], config: DedupConfig, workdir: Path) -> tuple[list[str], Counter[str]]:
    """feedlake's decision per document, then its current story (following merges)."""
    path = workdir / f"eval-{time.monotonic_ns()}.sqlite"
    index = SqliteIndex(path, config.index_config())
    dedup = Deduplicator(index, config)
    with index.transaction():
        decisions = [dedup.decide(d.doc_id, d.text, d.published, title=d.title, source=d.source, run="eval")
                     for d in docs]
    roots: dict[str, str] = {}

    def root(cluster_id: str) -> str:
        if cluster_id not in roots:
            states = index.clusters([cluster_id])
            into = states[0].merged_into if states else None
            roots[cluster_id] = root(into) if into else cluster_id
        return roots[cluster_id]

    stories = [root(d.cluster_id) for d in decisions]
    index.close()
    return stories, dedup.counts


# --- report --------------------------------------------------------------------------------------


def breakdown(docs: list[Doc], predicted: Sequence[object]) -> dict[str, str]:
    """Recall of each kind of copy (joined its original's story) and false merges among hard negatives."""
    by_doc = dict(zip((d.doc_id for d in docs), predicted, strict=True))
    original = {d.label: d for d in docs if d.doc_id.endswith("/original")}
    hits: dict[str, list[bool]] = defaultdict(list)
    for d in docs:
        if not d.doc_id.endswith("/original"):
            of = " of templated" if original[d.label].kind == "template" else ""
            hits[f"recall: {d.kind}{of}"].append(by_doc[d.doc_id] == by_doc[original[d.label].doc_id])
    out = {kind: f"{np.mean(v):.3f} (n={len(v)})" for kind, v in sorted(hits.items())}
    groups: dict[str, list[Doc]] = defaultdict(list)
    for d in docs:
        if d.negative_group:
            groups[d.negative_group].append(d)
    merged: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for key, members in groups.items():
        name = key.split(":")[0]
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                if a.label != b.label:
                    total[name] += 1
                    merged[name] += by_doc[a.doc_id] == by_doc[b.doc_id]
    for name in sorted(total):
        out[f"false merges: {name}"] = f"{merged[name]}/{total[name]} pairs"
    return out


def margins(docs: list[Doc], config: DedupConfig, rng: random.Random) -> None:
    """Where the thresholds sit: estimated Jaccard and containment of copies vs of look-alikes."""
    signer = Signer(config.signature)
    sigs = {d.doc_id: signer.sign(d.text) for d in docs}
    values = {k: sketch(v) for k, v in sigs.items()}

    def measure(a: Doc, b: Doc) -> tuple[float, float]:
        sa, sb = sigs[a.doc_id], sigs[b.doc_id]
        j = float(sketch_jaccard(values[a.doc_id], values[b.doc_id][None, :])[0])
        small, large = sorted((sa.n_shingles, sb.n_shingles))
        eligible = small >= config.min_shingles and large <= config.max_size_ratio * small
        return j, float(containment_from_jaccard(j, sa.n_shingles, sb.n_shingles)) if eligible else 0.0

    original = {d.label: d for d in docs if d.doc_id.endswith("/original")}
    groups: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for d in docs:
        if not d.doc_id.endswith("/original"):
            groups[f"copy: {d.kind}"].append(measure(d, original[d.label]))
    for i, a in enumerate(docs):
        for b in docs[i + 1 :]:
            if a.negative_group and a.negative_group == b.negative_group and a.label != b.label:
                groups[f"look-alike: {a.negative_group.split(':')[0]}"].append(measure(a, b))
    for _ in range(20_000):
        a, b = rng.sample(docs, 2)
        if a.label != b.label and not (a.negative_group and a.negative_group == b.negative_group):
            groups["unrelated (sample)"].append(measure(a, b))
    rows = []
    for name, values_ in sorted(groups.items()):
        j, c = np.array(values_).T
        rows.append([f"{name} (n={len(j)})", " / ".join(f"{x:.2f}" for x in np.percentile(j, [0, 5, 100])),
                     " / ".join(f"{x:.2f}" for x in np.percentile(c, [0, 5, 100])),
                     f"{np.mean((j >= config.jaccard_threshold) | (c >= config.containment_threshold)):.3f}"])
    table(f"estimated similarity by kind of pair: J >= {config.jaccard_threshold} or C >= "
          f"{config.containment_threshold} accepts it (before the fact check)",
          ["pairs", "J min / p5 / max", "C min / p5 / max", "accepted"], rows)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--stories", type=int, default=250, help="original texts taken from the corpus")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    rng = random.Random(args.seed)
    texts = load_texts()
    bases = pick_bases(texts, args.stories, rng)
    docs = build_corpus(bases, [t for t in texts if t not in set(bases)], rng)
    labels = [d.label for d in docs]
    kinds = Counter(d.kind for d in docs)
    print(f"{len(docs)} documents, {len(set(labels))} stories, {int(_pairs(list(Counter(labels).values())))} "
          f"duplicate pairs; {', '.join(f'{k} {v}' for k, v in sorted(kinds.items()))}  "
          f"({time.perf_counter() - started:.0f}s)")

    k = SignatureConfig().shingle_size
    minhashes = []
    for d in docs:
        m = MinHash(num_perm=128)
        m.update_batch([s.encode() for s in shingles(normalize(d.text), k)])
        minhashes.append(m)
    results: list[tuple[str, list[object], str]] = []
    results.append(("datasketch MinHashLSH(threshold=0.8)", list(datasketch_clusters(minhashes, 0.8)), ""))
    sweep = {t: datasketch_clusters(minhashes, t) for t in np.round(np.arange(0.1, 0.95, 0.05), 2)}
    best_t = max(sweep, key=lambda t: score(labels, sweep[t]).f1)
    results.append((f"datasketch best single threshold ({best_t:.2f})", list(sweep[best_t]),
                    "swept 0.10-0.90 by 0.05"))

    variants: list[tuple[str, DedupConfig]] = [
        ("feedlake (defaults)", DedupConfig()),
        ("feedlake, no fact check", DedupConfig(fact_check=False)),
        ("feedlake, jaccard 0.4", DedupConfig(jaccard_threshold=0.4)),
        ("feedlake, jaccard 0.6", DedupConfig(jaccard_threshold=0.6)),
        ("feedlake, containment 0.7", DedupConfig(containment_threshold=0.7)),
        ("feedlake, containment 0.9", DedupConfig(containment_threshold=0.9)),
        ("feedlake, shingles of 4 words", DedupConfig(signature=replace(SignatureConfig(), shingle_size=4))),
        ("feedlake, shingles of 5 words", DedupConfig(signature=replace(SignatureConfig(), shingle_size=5))),
    ]
    counts: Counter[str] = Counter()
    with tempfile.TemporaryDirectory(prefix="feedlake-eval-") as tmp:
        for name, config in variants:
            stories, c = feedlake_clusters(docs, config, Path(tmp))
            if name.endswith("(defaults)"):
                counts = c
            results.append((name, list(stories), ""))

    rows: list[list[object]] = []
    for name, predicted, note in results:
        s = score(labels, predicted)
        rows.append([name, s.precision, s.recall, s.f1, s.ari, len(set(predicted)), note])
    table(f"pairs and clusters ({len(docs)} documents, {len(set(labels))} true stories)",
          ["method", "precision", "recall", "F1", "ARI", "clusters", ""], rows)

    parts = [breakdown(docs, predicted) for _, predicted, _ in results[:3]]
    keys = list(parts[2])
    table("recall by kind of copy, and false merges among hard negatives",
          ["", *(name for name, _, _ in results[:3])], [[k, *(p.get(k, "") for p in parts)] for k in keys])
    print("feedlake decisions (defaults): " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    margins(docs, DedupConfig(), rng)
    print(f"total {time.perf_counter() - started:.0f}s")

if __name__ == "__main__":
    main()
