"""Score trafilatura settings and feedlake's cleaning on the evaluation corpus.

    python -m bench.extract_eval [--limit N] [--processes 2] [--check]

For every page of ``trafilatura-eval`` (``evaldata.json``: page URL ->
``{file, with, without}``) each configuration extracts the text; ``with``
recall is the share of ``with`` snippets found in it, ``without`` leak the
share of ``without`` snippets (boilerplate) found, both after collapsing
whitespace and pooled over all snippets.  Speed is CPU seconds per page in the
worker, reported as pages/second relative to plain ``trafilatura.extract``.

The corpus is ``$FEEDLAKE_CORPUS`` or ``shared/corpus`` beside the repository.
With ``--check`` the exit status is 1 when ``ExtractOptions()`` defaults are
not the configuration this run recommends.
"""

from __future__ import annotations

import argparse
import gzip
import json
import logging
import os
import sys
import time
from dataclasses import dataclass, field, replace
from multiprocessing import Pool
from pathlib import Path

import trafilatura

from ingest.clean import Rules, clean_text, load_rules
from ingest.extract import ExtractError, ExtractOptions, extract_page
from records import collapse_spaces

PLAIN = "plain trafilatura.extract()"
FEEDLAKE_EXTRACT = "feedlake extract_page()"
FEEDLAKE_FULL = "feedlake extract_page()+clean_text()"

# Every candidate spells out all knobs so a change of ExtractOptions' defaults
# cannot silently change what a candidate measures.
_BASE = ExtractOptions(
    favor_precision=False, favor_recall=False, no_fallback=False, include_comments=False, include_tables=True
)
CANDIDATES: dict[str, ExtractOptions] = {
    "no comments": _BASE,
    "no comments, no tables": replace(_BASE, include_tables=False),
    "no_fallback": replace(_BASE, no_fallback=True),
    "favor_recall": replace(_BASE, favor_recall=True),
    "favor_recall, no_fallback": replace(_BASE, favor_recall=True, no_fallback=True),
    "favor_precision": replace(_BASE, favor_precision=True),
    "favor_precision, no_fallback": replace(_BASE, favor_precision=True, no_fallback=True),
    "favor_precision, no tables": replace(_BASE, favor_precision=True, include_tables=False),
}
CONFIGS = [PLAIN, *CANDIDATES, FEEDLAKE_EXTRACT, FEEDLAKE_FULL]
RECALL_FLOOR = 0.99  # share of the plain default's recall a pick must keep

_RULES: Rules | None = None


@dataclass
class Score:
    with_found: int = 0
    with_total: int = 0
    leaked: int = 0
    without_total: int = 0
    seconds: float = 0.0
    pages: int = 0
    empty: int = 0

    def add(self, other: Score) -> None:
        for name in vars(self):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    @property
    def recall(self) -> float:
        return self.with_found / self.with_total if self.with_total else 0.0

    @property
    def leak(self) -> float:
        return self.leaked / self.without_total if self.without_total else 0.0


@dataclass
class Task:
    index: int
    url: str
    path: Path
    with_: list[str] = field(default_factory=list)
    without: list[str] = field(default_factory=list)


def corpus_dir() -> Path:
    env = os.environ.get("FEEDLAKE_CORPUS")
    return Path(env) if env else Path(__file__).resolve().parents[2] / "shared/corpus"


def load_tasks(root: Path, limit: int | None = None) -> list[Task]:
    data = json.loads((root / "evaldata.json").read_text(encoding="utf-8"))
    tasks = [
        Task(i, url, root / "pages" / entry["file"], list(entry.get("with", [])), list(entry.get("without", [])))
        for i, (url, entry) in enumerate(sorted(data.items()))
    ]
    return tasks[:limit] if limit else tasks


def _collapse(text: str) -> str:
    return collapse_spaces(text)


def _score(text: str | None, task: Task, seconds: float) -> Score:
    flat = _collapse(text or "")
    return Score(
        with_found=sum(1 for s in task.with_ if _collapse(s) in flat),
        with_total=len(task.with_),
        leaked=sum(1 for s in task.without if _collapse(s) in flat),
        without_total=len(task.without),
        seconds=seconds,
        pages=1,
        empty=0 if flat else 1,
    )


def _init_worker() -> None:
    global _RULES
    logging.disable(logging.CRITICAL)  # trafilatura logs every discarded page
    _RULES = load_rules()


def _run_trafilatura(name: str, html: bytes, url: str) -> tuple[str | None, float]:
    kwargs = CANDIDATES[name].trafilatura_kwargs() if name in CANDIDATES else {}
    start = time.process_time()
    text = trafilatura.extract(html, url=url, **kwargs)
    return text, time.process_time() - start


def _run_feedlake(html: bytes, url: str) -> tuple[str | None, float, str | None, float]:
    """Extracted text and its seconds, then cleaned text and the cleaning seconds."""
    assert _RULES is not None
    start = time.process_time()
    try:
        page = extract_page(html, url)
    except ExtractError:
        page = None
    extract_s = time.process_time() - start
    if page is None:
        return None, extract_s, None, 0.0
    start = time.process_time()
    # as process_entry cleans: with the page's link texts, without the language filter
    cleaned = clean_text(page.text, _RULES, link_texts=page.link_texts).text
    return page.text, extract_s, cleaned, time.process_time() - start


def evaluate_page(task: Task) -> dict[str, Score]:
    html = gzip.decompress(task.path.read_bytes())
    # rotate the order per page so warm caches favour no configuration
    names = [n for n in CONFIGS if n != FEEDLAKE_FULL]
    shift = task.index % len(names)
    out: dict[str, Score] = {}
    for name in names[shift:] + names[:shift]:
        if name == FEEDLAKE_EXTRACT:
            text, extract_s, cleaned, clean_s = _run_feedlake(html, task.url)
            out[FEEDLAKE_EXTRACT] = _score(text, task, extract_s)
            out[FEEDLAKE_FULL] = _score(cleaned, task, extract_s + clean_s)
        else:
            text, seconds = _run_trafilatura(name, html, task.url)
            out[name] = _score(text, task, seconds)
    return out


def run(tasks: list[Task], processes: int) -> dict[str, Score]:
    totals = {name: Score() for name in CONFIGS}
    with Pool(processes, initializer=_init_worker) as pool:
        for result in pool.imap_unordered(evaluate_page, tasks, chunksize=4):
            for name, score in result.items():
                totals[name].add(score)
    return totals


def recommend(totals: dict[str, Score]) -> str | None:
    """The lowest-leak candidate that keeps RECALL_FLOOR of plain's recall."""
    plain = totals[PLAIN]
    eligible = [
        n for n in CANDIDATES if totals[n].recall >= RECALL_FLOOR * plain.recall and totals[n].leak < plain.leak
    ]
    if not eligible:
        return None
    return min(eligible, key=lambda n: (totals[n].leak, -totals[n].recall, totals[n].seconds))


def render(totals: dict[str, Score]) -> str:
    plain = totals[PLAIN]
    plain_rate = plain.pages / plain.seconds if plain.seconds else 0.0
    head = f"{'configuration':<40} {'with recall':>11} {'w/o leak':>9} {'empty':>6} {'pages/s':>8} {'speed':>6}"
    lines = [head, "-" * len(head)]
    for name in CONFIGS:
        s = totals[name]
        rate = s.pages / s.seconds if s.seconds else 0.0
        ratio = rate / plain_rate if plain_rate else 0.0
        lines.append(f"{name:<40} {s.recall:>10.2%} {s.leak:>9.2%} {s.empty:>6} {rate:>8.1f} {ratio:>5.2f}x")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.extract_eval", description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, default=None, help="score only the first N pages")
    parser.add_argument("--processes", type=int, default=2)
    parser.add_argument("--check", action="store_true", help="exit 1 unless the defaults are the pick")
    args = parser.parse_args(argv)

    root = corpus_dir() / "trafilatura-eval"
    if not (root / "evaldata.json").is_file():
        print(f"corpus not found: {root} (set FEEDLAKE_CORPUS)", file=sys.stderr)
        return 2
    tasks = load_tasks(root, args.limit)
    started = time.perf_counter()
    totals = run(tasks, args.processes)
    wall = time.perf_counter() - started

    plain = totals[PLAIN]
    print(
        f"{len(tasks)} pages, {plain.with_total} 'with' and {plain.without_total} 'without' snippets; "
        f"{args.processes} processes, {wall:.0f} s wall"
    )
    print(render(totals))
    print(f"\nspeed: pages per CPU-second relative to {PLAIN!r}")
    pick = recommend(totals)
    defaults = ExtractOptions()
    if pick is None:
        print(f"\nrecommendation: no candidate leaks less while keeping {RECALL_FLOOR:.0%} of plain recall")
        return 1 if args.check else 0
    p = totals[pick]
    print(
        f"\nrecommendation: {pick!r} ({CANDIDATES[pick]})\n"
        f"  recall {p.recall:.2%} vs plain {plain.recall:.2%} ({p.recall / plain.recall:.1%} of plain), "
        f"leak {p.leak:.2%} vs {plain.leak:.2%}"
    )
    full = totals[FEEDLAKE_FULL]
    print(
        f"  feedlake full cleaning: recall {full.recall:.2%} ({full.recall / plain.recall:.1%} of plain), "
        f"leak {full.leak:.2%}"
    )
    matches = CANDIDATES[pick] == defaults
    print(f"  ExtractOptions() defaults {'match' if matches else 'DO NOT match'} the pick: {defaults}")
    return 0 if matches or not args.check else 1


if __name__ == "__main__":
    sys.exit(main())
