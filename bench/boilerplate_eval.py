"""Boilerplate stripping on real pages: the trafilatura evaluation set, side by side with doing nothing.

    python -m bench.boilerplate_eval [--limit N] [--processes 2]

``trafilatura-eval`` (949 real pages; loader and scoring from ``bench.extract_eval``): ``with`` recall
and ``without`` leak for plain ``trafilatura.extract()`` at its defaults, ``extract_page`` at feedlake's
settings, the rules as ``process_entry`` applies them (without and with the link rule, and with the page
language filter it does not use), and the full cleaning: rules, then per-source learning over the eval
pages grouped by host (one pass).  Goal: leak down by a third against plain, recall >= 99% of plain's.
The set has snippets, not whole texts; body F1 against a full ground truth, templated stories and the
other failure classes are measured by ``python -m bench.cleaning_eval`` on a set with full ground truth.

Learning speed is reported as milliseconds per article beside extraction's, both measured in this run.
"""

from __future__ import annotations

import argparse
import gzip
import logging
import sys
import tempfile
import time
from dataclasses import dataclass
from multiprocessing import Pool
from pathlib import Path
from urllib.parse import urlsplit

from bench.extract_eval import PLAIN, Score, Task, _run_trafilatura, _score, corpus_dir, load_tasks
from feedlake.dedup_stage import learn_config
from feedlake.settings import Settings
from ingest.boilerplate_state import BoilerplateState
from ingest.chrome import self_names
from ingest.clean import Rules, clean_text, load_rules
from ingest.extract import Extracted, ExtractError, extract_page
from ingest.learned import LearnConfig, LearnInput, learn_and_clean
from records import stable_id

EXTRACT = "feedlake extract_page()"
NO_LINKS = "+ rules without the link rule"
WITH_LANG = "+ rules, page-language filter"
RULES = "+ rules (as process_entry)"
NO_BOXES = "+ rules, without set-apart boxes"
FULL = "+ rules + learned per host"
EVAL_ROWS = [PLAIN, EXTRACT, NO_LINKS, WITH_LANG, NO_BOXES, RULES, FULL]
RECALL_GOAL = 0.99

_RULES: Rules | None = None


def _init() -> None:
    global _RULES
    logging.disable(logging.CRITICAL)  # trafilatura logs every discarded page
    _RULES = load_rules()


def _clean(text: str, page: Extracted | None, url: str, language: str | None = None, links_rule: bool = True,
           boxes: bool = True) -> str:
    assert _RULES is not None
    rules = _RULES if links_rule else Rules(tuple(r for r in _RULES.rules if r.kind != "link"))
    if page is None:
        return clean_text(text, rules, language=language).text
    return clean_text(text, rules, language=language, link_texts=page.link_texts,
                      set_apart=page.set_apart if boxes else (), names=self_names(eval_source(url))).text


@dataclass
class EvalResult:
    index: int
    scores: dict[str, Score]
    cleaned: str  # RULES text, the learner's input
    language: str | None
    extract_seconds: float


def eval_page(task: Task) -> EvalResult:
    html = gzip.decompress(task.path.read_bytes())
    scores: dict[str, Score] = {}
    text, seconds = _run_trafilatura(PLAIN, html, task.url)
    scores[PLAIN] = _score(text, task, seconds)
    start = time.process_time()
    try:
        page = extract_page(html, task.url)
    except ExtractError:
        page = None
    seconds = time.process_time() - start
    raw = page.text if page else ""
    scores[EXTRACT] = _score(raw, task, seconds)
    scores[NO_LINKS] = _score(_clean(raw, page, task.url, links_rule=False), task, seconds)
    scores[WITH_LANG] = _score(_clean(raw, page, task.url, page.language if page else None), task, seconds)
    scores[NO_BOXES] = _score(_clean(raw, page, task.url, boxes=False), task, seconds)
    cleaned = _clean(raw, page, task.url)
    scores[RULES] = _score(cleaned, task, seconds)
    return EvalResult(task.index, scores, cleaned, page.language if page else None, seconds)


def eval_source(url: str) -> str:
    """The host a page's learning is grouped by (archived pages count as their original site)."""
    if url.startswith("hard::"):
        return url[6:].split("-", 1)[0]
    url = url.removeprefix("x")
    parts = urlsplit(url)
    if parts.hostname == "web.archive.org":
        inner = parts.path.split("/", 3)[-1]
        return urlsplit(inner).hostname or "web.archive.org"
    return parts.hostname or url


def learn_pass(items: list[LearnInput], config: LearnConfig, state: BoilerplateState) -> tuple[list[str], float]:
    start = time.process_time()
    out = learn_and_clean(items, state, config)
    return [r.text for r in out], time.process_time() - start


# --- main ------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.boilerplate_eval", description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, default=None, help="use only the first N corpus pages")
    parser.add_argument("--processes", type=int, default=2)
    args = parser.parse_args(argv)
    logging.disable(logging.CRITICAL)
    root = corpus_dir() / "trafilatura-eval"
    if not (root / "evaldata.json").is_file():
        print(f"corpus not found: {root} (set FEEDLAKE_CORPUS)", file=sys.stderr)
        return 2
    tasks = load_tasks(root, args.limit)
    defaults = learn_config(Settings())
    started = time.perf_counter()
    with Pool(args.processes, initializer=_init) as pool:
        results = sorted(pool.imap_unordered(eval_page, tasks, chunksize=4), key=lambda r: r.index)
        # 1. eval corpus: learning per host, one pass
        totals = {name: Score() for name in EVAL_ROWS}
        for r in results:
            for name, score in r.scores.items():
                totals[name].add(score)
        items = [LearnInput(stable_id(t.url), eval_source(t.url), r.cleaned, 0.0, r.language)
                 for t, r in zip(tasks, results, strict=True)]
        with tempfile.TemporaryDirectory() as tmp:
            state = BoilerplateState(Path(tmp) / "b.sqlite")
            learned, learn_s = learn_pass(items, defaults, state)
            state.close()
        changed = 0
        for t, r, text in zip(tasks, results, learned, strict=True):
            totals[FULL].add(_score(text, t, r.scores[RULES].seconds))
            changed += text != r.cleaned
        hosts: dict[str, int] = {}
        for i in items:
            hosts[i.source] = hosts.get(i.source, 0) + 1
    wall = time.perf_counter() - started

    plain = totals[PLAIN]
    print(f"trafilatura-eval: {len(tasks)} pages, {plain.with_total} 'with' and {plain.without_total} "
          f"'without' snippets; {args.processes} processes, {wall:.0f} s wall")
    head = f"{'configuration':<34} {'with recall':>11} {'of plain':>8} {'w/o leak':>9} {'vs plain':>9}"
    print(head + "\n" + "-" * len(head))
    for name in EVAL_ROWS:
        s = totals[name]
        print(f"{name:<34} {s.recall:>10.2%} {s.recall / plain.recall:>8.1%} {s.leak:>9.2%} "
              f"{(s.leak - plain.leak) / plain.leak:>+9.1%}")
    full = totals[FULL]
    ok = full.recall >= RECALL_GOAL * plain.recall and full.leak <= plain.leak * 2 / 3
    print(f"goal (leak -33% or better, recall >= 99% of plain): {'met' if ok else 'NOT met'}")
    multi = sorted(h for h, n in hosts.items() if n > 1)
    print(f"learning per host: {len(hosts)} hosts, {len(multi)} with more than one page ({', '.join(multi)}); "
          f"it changed {changed} page(s): with one story per host little can recur, so on this corpus the "
          f"rules and the form of single pieces do the work")

    extract_ms = 1000 * sum(r.extract_seconds for r in results) / len(results)
    print(f"learning costs {1000 * learn_s / len(results):.2f} ms per article on the eval pages; extract_page "
          f"{extract_ms:.1f} ms (CPU, same run)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
