"""python -m bench.cleaning_set [--seed N] (--dump N | --stats | --baseline)

--dump N    print N sample pages (publisher, half, kind, truth paragraphs, injected pieces)
--stats     counts per publisher / half / kind / copy / language / injected kind, then the self-test
--baseline  plain trafilatura.extract(page.html, url=page.url) per half: residue, story recall, 4-gram F1
            (and, for the holdout, holdout2, ..., holdout16 and holdout17 halves, residue per kind of page
            and of injected sentence)
"""

from __future__ import annotations

import argparse
import random
import sys
import textwrap
from collections import Counter
from collections.abc import Callable
from multiprocessing import Pool

from bench.cleaning_set import _check, build, missing_paragraphs, per_source, publishers, residue, story_recall
from bench.cleaning_set.check import HALVES
from bench.cleaning_set.cms import form_of
from bench.cleaning_set.text import collapse, page_f1


def _table(counter: Counter, title: str) -> str:
    rows = [f"  {k!s:<42} {v:>5}" for k, v in sorted(counter.items(), key=lambda kv: str(kv[0]))]
    return f"{title}\n" + "\n".join(rows)


def stats(pages) -> int:
    halves = {p.host: p.half for p in publishers()}
    print(f"{len(pages)} pages, {len({p.story_key for p in pages})} stories, days {pages[0].day}-{pages[-1].day}")
    print(_table(Counter(p.half for p in pages), "per half:"))
    by_pub = Counter((halves[p.source], p.source, p.lang) for p in pages)
    print(_table(by_pub, "per publisher (half, host, lang):"))
    print(_table(Counter((p.half, p.kind) for p in pages), "per half and kind:"))
    print(_table(Counter((p.half, p.copy) for p in pages), "per half and copy:"))
    print(_table(Counter((p.half, p.lang) for p in pages), "per half and language:"))
    print(_table(Counter((p.source, p.kind) for p in pages if p.kind != "news"), "special kinds per publisher:"))
    print(_table(Counter(k for p in pages for _, k in p.injected), "injected sentences per kind:"))
    print(_table(Counter((p.half, k) for p in pages for _, k in p.injected), "injected sentences per half:"))
    print(_table(Counter(p.day for p in pages if p.day == 0) + Counter(f"day {p.day:02d}" for p in pages if p.day),
                 "pages per day (0 = backlog):"))
    recur = Counter(s for p in pages if p.kind == "templated" for s in set(p.story_sentences))
    print("story sentences recurring in >= 10 templated stories:", sum(n >= 10 for n in recur.values()))
    stories = Counter(p.story_key for p in pages if p.copy != "reposted")
    print("stories run by 2 / 3 publishers:", sum(n == 2 for n in stories.values()), "/",
          sum(n == 3 for n in stories.values()))
    first = {p.story_key: p for p in pages if p.copy == "original"}
    cross = Counter((first[p.story_key].half, p.half) for p in pages
                    if p.copy in ("syndicated", "edited", "trimmed") and first[p.story_key].half != p.half)
    print("copies of a story first published in another half:", sum(cross.values()),
          " ".join(f"{a}->{b}: {n}" for (a, b), n in sorted(cross.items())))
    kinds = {h: {k for p in pages if p.half == h for _, k in p.injected} for h in HALVES}
    for n, half in enumerate(HALVES[2:], 2):  # each part written later against all before it
        new = sorted(kinds[half] - set().union(*(kinds[h] for h in HALVES[:n])))
        print(f"injected kinds only in the {half} half:", ", ".join(new))
    forms = Counter((p.half, form_of(t) or "p") for p in pages for t in p.truth)
    print(_table(Counter({k: v for k, v in forms.items() if k[1] != "p"}), "truth blocks other than paragraphs:"))
    problems = _check(pages)
    print(f"self-test: {len(problems)} problems")
    for line in problems[:40]:
        print("  " + line)
    return 1 if problems else 0


def dump(pages, n: int, seed: int) -> None:
    for p in random.Random(seed).sample(pages, n):
        print("=" * 100)
        print(f"{p.publisher} ({p.source}) half={p.half} lang={p.lang} kind={p.kind} copy={p.copy} day={p.day} "
              f"story={p.story_key}\n{p.url}")
        print("-- truth:")
        for t in p.truth:
            print(textwrap.fill(t, 110, initial_indent="  | ", subsequent_indent="  | "))
        print("-- injected:")
        for s, k in p.injected:
            print(f"  [{k}] {s}")
        print(f"-- feed summary: {(p.feed_summary or '-')[:100]}")


def _extract(job: tuple[str, str]) -> str:
    import trafilatura

    return trafilatura.extract(job[0], url=job[1]) or ""


def baseline(pages, processes: int = 2) -> None:
    with Pool(processes) as pool:
        texts = pool.map(_extract, [(p.html, p.url) for p in pages], chunksize=8)
    print("plain trafilatura.extract(page.html, url=page.url)")
    print(f"  {'subset':<26} {'pages':>5} {'residue':>8} {'recall':>7} {'F1(4)':>6} {'missing paras':>13}")
    groups: list[tuple[str, Callable[..., bool]]] = [(h, lambda p, h=h: p.half == h) for h in HALVES]
    kinds = sorted({p.kind for p in pages})
    groups += [(f"  tune+test {k}", lambda p, k=k: p.half in ("tune", "test") and p.kind == k) for k in kinds]
    for half in HALVES[2:]:  # the parts written later, one by one
        groups += [(f"  {half} {k}", lambda p, k=k, h=half: p.half == h and p.kind == k) for k in kinds
                   if any(p.half == half and p.kind == k for p in pages)]
    for name, keep in groups:
        idx = [i for i, p in enumerate(pages) if keep(p)]
        ps, ts = [pages[i] for i in idx], [texts[i] for i in idx]
        f1 = sum(page_f1(p, t) for p, t in zip(ps, ts, strict=True)) / len(ps)
        print(f"  {name:<26} {len(ps):>5} {residue(ps, ts):>8.3f} {story_recall(ps, ts):>7.3f} {f1:>6.3f} "
              f"{missing_paragraphs(ps, ts):>13}")
    for half in HALVES[2:]:  # the parts written later, one by one
        found: Counter = Counter()
        total: Counter = Counter()
        for p, t in zip(pages, texts, strict=True):
            if p.half == half:
                out = collapse(t)
                for sentence, kind in p.injected:
                    total[kind] += 1
                    found[kind] += collapse(sentence) in out
        print(f"{half} residue per injected kind (sentences kept / injected):")
        cells = [f"{k} {found[k] / total[k]:.2f} ({total[k]})" for k in sorted(total)]
        for i in range(0, len(cells), 5):
            print("  " + "   ".join(cells[i:i + 5]))
    print("per source:")
    for host, row in per_source(pages, texts).items():
        print(f"  {host:<30} residue {row['residue']:.3f}  recall {row['recall']:.3f}  F1 {row['f1']:.3f}  "
              f"pages {int(row['pages'])}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.cleaning_set", description=__doc__.split("\n\n")[0])
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--dump", type=int, metavar="N")
    ap.add_argument("--stats", action="store_true")
    ap.add_argument("--baseline", action="store_true")
    args = ap.parse_args(argv)
    if not (args.dump or args.stats or args.baseline):
        ap.error("give --dump N, --stats or --baseline")
    try:
        pages = build(args.seed)
    except FileNotFoundError as exc:
        print(f"corpus not found: {exc.filename} (set FEEDLAKE_CORPUS)", file=sys.stderr)
        return 2
    status = 0
    if args.stats:
        status = stats(pages)
    if args.dump:
        dump(pages, args.dump, args.seed)
    if args.baseline:
        baseline(pages)
    return status


if __name__ == "__main__":
    sys.exit(main())
