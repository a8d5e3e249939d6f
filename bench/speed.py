"""Speed of a first pass over real pages: `feedlake run` against bare trafilatura, and against older code.

``python -m bench.speed [--pages 420] [--hosts 11] [--repeats 3] [--before REV] [--dag-test] [--local-executor]
[--quick]``

P real pages of the development corpus (``../shared/corpus/trafilatura-eval/pages``, the first P by
sorted file name, read at run time) are spread unevenly over H hosts, 127.0.0.30 onwards, one port shared
by all addresses: host i gets a share proportional to 1/sqrt(i+1), as real feed lists have a few busy
sites and many quiet ones.  ``bench.pageserver`` serves them from memory in its own process: one RSS 2.0
feed per host listing its pages, each page at its own path, ``/robots.txt`` 404, and counts the requests
per host.

Each measured run is a whole subprocess, process start included; its CPU seconds (user + sys, its
children's included) and the largest RSS of one of its processes come from ``os.wait4``, the peak summed
RSS of its process tree from sampling it (psutil).  Rounds alternate the kinds of run, so a change in the
machine's load falls on all of them alike; medians are reported:

* **bare extract** (the baseline): a ``python -c`` script that reads the same P pages from the .gz files
  and calls ``trafilatura.extract(html, url=…)`` on each, one after another on one core;
* **now**: ``python -m feedlake.cli run --feeds F --output <fresh dir> --allow-private-networks
  --set per_host_delay=0`` with the working tree's code (a first pass every time);
* **before** (with ``--before REV``): the same command in a git worktree of REV, with ``PYTHONPATH``
  set to it so its code is imported instead of the editable install;
* **airflow dags test** (with ``--dag-test``): ``airflow dags test feedlake_ingest`` on an embedded Airflow
  migrated once beforehand (untimed), the same pages, ``per_host_delay`` 0: the DAG's tasks one after another
  in one process, as ``dag.test()`` runs them;
* **LocalExecutor** (with ``--local-executor``): ``feedlake_ingest`` on a real scheduler with the
  LocalExecutor and a fresh PostgreSQL metadata DB (``feedlake_bench_<random>`` on 127.0.0.1:5432, dropped
  at the end), deployed from deploy/airflow.env with tests/airflow_cluster.py's helpers (api-server,
  scheduler, dag-processor, triggerer; parallelism 4 and the pools feedlake_fetch 4 / feedlake_state 1, the
  README's settings for a 2-core machine; ``use_job_schedule`` off so only triggered runs run). Started once
  (the start-up time is printed, not in the ratio); each round triggers a manual run through the REST API
  with conf ``feeds``/``output`` (the same feeds file, a fresh output, ``per_host_delay`` 0) and times it
  from the trigger to the run's final state, which must be ``success``. CPU is the components' process
  trees' (reaped children included), tree MB the scheduler's tree (its task subprocesses); no RSS MB.

Then one run of each code with the default politeness (``per_host_delay`` 0.2 s), against the floor
politeness sets: the busiest host's requests (feed, robots.txt and pages, as the server counted them in
that run) × 0.2 s.  Goals: per_host_delay=0 at most 1.0× bare extraction's wall time; default politeness
at most 1.2× the floor.

Before the measured runs, each code makes one untimed pass over the smallest host's feed: it compiles the
numba kernels' on-disk cache of a fresh worktree (about 7 s once) and warms the page cache.  Articles are
counted with ``feedlake query`` on each output (``read_parquet`` over the data files as the fallback).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import psutil

from bench.pageserver import Page, PageServerProcess

ROOT = Path(__file__).resolve().parent.parent
PYTHON = str(ROOT / ".venv" / "bin" / "python")
CORPUS = ROOT.parent / "shared" / "corpus" / "trafilatura-eval" / "pages"
FIRST_ADDRESS = 30  # 127.0.0.30 …
DEFAULT_DELAY = 0.2  # feedlake's default per_host_delay (README, Configuration)

BARE_EXTRACT = """
import gzip, sys
import trafilatura
n = 0
for line in open(sys.argv[1], encoding="utf-8"):
    file, url = line.rstrip("\\n").split("\\t")
    with gzip.open(file, "rb") as fh:
        html = fh.read().decode("utf-8", "replace")
    if trafilatura.extract(html, url=url):
        n += 1
print(n)
"""


@dataclass
class Run:
    kind: str  # "bare", "now", "before"
    polite: bool  # default per_host_delay (else 0)
    wall: float
    cpu: float
    rss_max_mb: float  # the largest RSS of one process of the run (wait4)
    rss_tree_mb: float  # the peak summed RSS of the run's process tree (sampled)
    returncode: int
    articles: int | None = None
    errors: int | None = None
    counted_by: str = ""
    summary: dict[str, Any] = field(default_factory=dict)
    requests: dict[str, dict[str, int]] = field(default_factory=dict)  # per host, per kind (server's counts)
    server_cpu: float = 0.0
    stderr_tail: str = ""
    load: float = 0.0  # the machine's 1-minute load average when the run ended

    @property
    def ok(self) -> bool:
        return self.returncode == 0

    def busiest(self) -> tuple[str, int]:
        if not self.requests:
            return "", 0
        host = max(self.requests, key=lambda h: sum(self.requests[h].values()))
        return host, sum(self.requests[host].values())


class TreeRss:
    """Samples the summed RSS of a process and its descendants until stopped."""

    def __init__(self, pid: int, interval: float = 0.05) -> None:
        self.pid, self.interval, self.peak = pid, interval, 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            root = psutil.Process(self.pid)
        except psutil.NoSuchProcess:
            return
        while not self._stop.is_set():
            total = 0
            try:
                procs = [root, *root.children(recursive=True)]
            except psutil.NoSuchProcess:
                return
            for proc in procs:
                try:
                    total += proc.memory_info().rss
                except (psutil.NoSuchProcess, psutil.AccessDenied, psutil.ZombieProcess):
                    continue
            self.peak = max(self.peak, total)
            self._stop.wait(self.interval)

    def stop(self) -> int:
        self._stop.set()
        self._thread.join()
        return self.peak


def measure(cmd: list[str], cwd: Path, env: dict[str, str], log: Path, timeout: float) -> tuple[float, float, float,
                                                                                                  float, int, str]:
    """Run ``cmd`` to its end: (wall s, CPU s, largest process RSS MB, tree RSS MB, exit code, stdout)."""
    with open(log.with_suffix(".out"), "wb") as out, open(log.with_suffix(".err"), "wb") as err:
        started = time.monotonic()
        proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=out, stderr=err, stdin=subprocess.DEVNULL)
        sampler = TreeRss(proc.pid)
        killer = threading.Timer(timeout, proc.kill)
        killer.start()
        _, status, usage = os.wait4(proc.pid, 0)  # the child's rusage, its reaped children included
        wall = time.monotonic() - started
        killer.cancel()
        proc.returncode = os.waitstatus_to_exitcode(status)
        tree = sampler.stop()
    # ru_maxrss is in KiB on Linux: the largest of the child and its descendants, not their sum
    return (wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, tree / 2**20, proc.returncode,
            log.with_suffix(".out").read_text(errors="replace"))


def tail(path: Path, lines: int = 40) -> str:
    return "\n".join(path.read_text(errors="replace").splitlines()[-lines:]) if path.exists() else ""


def shares(pages: int, hosts: int) -> list[int]:
    """Pages per host ∝ 1/sqrt(i+1), largest remainder, at least one each."""
    weights = [1 / (i + 1) ** 0.5 for i in range(hosts)]
    exact = [pages * w / sum(weights) for w in weights]
    counts = [max(1, int(x)) for x in exact]
    order = sorted(range(hosts), key=lambda i: exact[i] - int(exact[i]), reverse=True)
    k = 0
    while sum(counts) < pages:
        counts[order[k % hosts]] += 1
        k += 1
    while sum(counts) > pages:  # only when P < H had to give every host one
        counts[counts.index(max(counts))] -= 1
    return counts


@dataclass
class Code:
    kind: str  # "now" or "before"
    cwd: Path
    env: dict[str, str]
    label: str


def count_articles(code: Code, out: Path) -> tuple[int | None, int | None, str]:
    """(articles, error rows, how counted) of a pass's output."""
    sql = "SELECT (SELECT count(*) FROM articles) AS articles, (SELECT count(*) FROM errors) AS errors"
    res = subprocess.run([PYTHON, "-m", "feedlake.cli", "query", "--output", str(out), "--json", sql],
                         cwd=code.cwd, env=code.env, capture_output=True, text=True)
    if res.returncode == 0:
        try:
            row = json.loads(res.stdout)[0]
            return int(row["articles"]), int(row["errors"]), "feedlake query"
        except (ValueError, LookupError, TypeError):
            pass
    import duckdb

    def glob_count(table: str) -> int | None:
        files = list((out / table).glob("**/*.parquet"))
        if not files:
            return 0 if (out / table).exists() else None
        return int(duckdb.sql(f"SELECT count(*) FROM read_parquet('{out}/{table}/**/*.parquet')").fetchall()[0][0])

    return glob_count("articles"), glob_count("errors"), "read_parquet"


def feedlake_run(code: Code, feeds: Path, work: Path, name: str, polite: bool, server: PageServerProcess,
                 timeout: float) -> Run:
    out = work / f"out-{name}"
    cmd = [PYTHON, "-m", "feedlake.cli", "run", "--feeds", str(feeds), "--output", str(out),
           "--allow-private-networks", "--json"]
    if not polite:
        cmd += ["--set", "per_host_delay=0"]
    server.reset()
    # PYTHONFAULTHANDLER: a native crash (SIGSEGV, SIGABRT) leaves the Python stacks in the stderr tail
    env = {**code.env, "PYTHONFAULTHANDLER": "1"}
    wall, cpu, rss, tree, rc, stdout = measure(cmd, code.cwd, env, work / name, timeout)
    stats = server.stats()
    run = Run(code.kind, polite, wall, cpu, rss, tree, rc, requests=dict(stats["counts"]),  # type: ignore[arg-type]
              server_cpu=float(stats["cpu_seconds"]), load=os.getloadavg()[0])  # type: ignore[arg-type]
    if rc != 0:
        run.stderr_tail = tail((work / name).with_suffix(".err"))
    else:
        try:
            run.summary = json.loads(stdout)
        except ValueError:
            pass
        run.articles, run.errors, run.counted_by = count_articles(code, out)
    shutil.rmtree(out, ignore_errors=True)
    return run


def dag_test_run(feeds: Path, work: Path, name: str, home: Path, server: PageServerProcess, timeout: float) -> Run:
    """``airflow dags test feedlake_ingest`` on a migrated embedded Airflow (the working tree's code): the
    same pass as the DAG's tasks, run one after another in one process, process start included."""
    from feedlake.airflow_local import airflow_env

    out = work / f"out-{name}"
    env = airflow_env(home, {"FEEDLAKE_FEEDS": str(feeds), "FEEDLAKE_OUTPUT": str(out),
                             "FEEDLAKE_ALLOW_PRIVATE_NETWORKS": "1", "FEEDLAKE_PER_HOST_DELAY": "0",
                             "FEEDLAKE_RUN_DEADLINE_MINUTES": "0", "PYTHONFAULTHANDLER": "1"})
    server.reset()
    cmd = [str(Path(PYTHON).parent / "airflow"), "dags", "test", "feedlake_ingest"]
    wall, cpu, rss, tree, rc, _ = measure(cmd, ROOT, env, work / name, timeout)
    stats = server.stats()
    run = Run("dagtest", False, wall, cpu, rss, tree, rc, requests=dict(stats["counts"]),  # type: ignore[arg-type]
              server_cpu=float(stats["cpu_seconds"]), load=os.getloadavg()[0])  # type: ignore[arg-type]
    if rc != 0:
        run.stderr_tail = tail((work / name).with_suffix(".err"))
    else:
        run.articles, run.errors, run.counted_by = count_articles(Code("now", ROOT, env, "dag test"), out)
    shutil.rmtree(out, ignore_errors=True)
    return run


class LocalExecutor:
    """The ``feedlake_ingest`` DAG on a real scheduler with the LocalExecutor and a PostgreSQL metadata DB,
    deployed from deploy/airflow.env as tests/test_airflow_services.py does (its helpers), kept up for
    every round; ``run`` triggers one manual run through the REST API and waits for its final state."""

    DAG_ID = "feedlake_ingest"

    def __init__(self, stack: contextlib.ExitStack, feeds: Path, work: Path) -> None:
        from feedlake.airflow_local import migrate
        from tests.airflow_cluster import AirflowApi, AirflowCluster, deployment, metadata_database, start_services

        started = time.monotonic()
        db_url = stack.enter_context(metadata_database("feedlake_bench_"))
        self.db = db_url.rsplit("/", 1)[1]
        # use_job_schedule=False: no scheduled run beside the triggered ones (triggered runs still run)
        self.deployed = deployment(work / "airflow-local", db_url, {
            "AIRFLOW__CORE__EXECUTOR": "LocalExecutor", "FEEDLAKE_FEEDS": str(feeds),
            "FEEDLAKE_OUTPUT": str(work / "out-local-default")},
            {"FEEDLAKE_PER_HOST_DELAY": "0", "AIRFLOW__SCHEDULER__USE_JOB_SCHEDULE": "False",
             "PYTHONFAULTHANDLER": "1"})
        migrate(self.deployed.env)  # `airflow db migrate` and the DAGs' pools (feedlake_fetch 4, feedlake_state 1)
        self.cluster = stack.enter_context(AirflowCluster(self.deployed.env, work / "airflow-local-logs"))
        self.api = AirflowApi(f"http://127.0.0.1:{self.deployed.api_port}")
        stack.callback(self.api.close)
        try:
            start_services(self.cluster, self.api, self.deployed.password, self.DAG_ID)
            self.api.patch(f"/dags/{self.DAG_ID}", {"is_paused": False})
        except BaseException:
            print(self.cluster.log_tails(), flush=True)
            raise
        self.startup = time.monotonic() - started
        pools = {p["name"]: p["slots"] for p in self.api.get("/pools")["pools"]}
        self.settings = (f"parallelism {self.deployed.env['AIRFLOW__CORE__PARALLELISM']}, pools "
                         + ", ".join(f"{k} {v}" for k, v in sorted(pools.items())))

    def _cpu(self) -> float:
        """CPU seconds of the components' process trees so far (reaped children included)."""
        total = 0.0
        for proc in self.cluster.procs.values():
            with contextlib.suppress(psutil.Error):
                root = psutil.Process(proc.pid)
                for p in [root, *root.children(recursive=True)]:
                    with contextlib.suppress(psutil.Error):
                        t = p.cpu_times()
                        total += t.user + t.system + t.children_user + t.children_system
        return total

    def run(self, feeds: Path, work: Path, name: str, server: PageServerProcess, timeout: float) -> Run:
        from tests.airflow_cluster import wait_for

        out = work / f"out-{name}"
        server.reset()
        cpu0 = self._cpu()
        sampler = TreeRss(self.cluster.procs["scheduler"].pid)  # tasks run as the scheduler's subprocesses
        started = time.monotonic()
        run_id = self.api.trigger(self.DAG_ID, {"feeds": str(feeds), "output": str(out)})["dag_run_id"]

        def final() -> dict[str, Any] | None:
            dag_run = self.api.dag_run(self.DAG_ID, run_id)
            return dag_run if dag_run["state"] in ("success", "failed") else None

        dag_run = wait_for(f"LocalExecutor run {run_id}", self.cluster.alive(final), timeout, interval=0.5)
        wall = time.monotonic() - started
        tree = sampler.stop()
        stats = server.stats()
        if dag_run["state"] != "success":
            states = {(t["task_id"], t["map_index"]): t["state"] for t in self.api.task_instances(self.DAG_ID, run_id)}
            print(self.cluster.log_tails(), flush=True)
            raise SystemExit(f"LocalExecutor run {run_id} ended {dag_run['state']}: {states}")
        run = Run("local", False, wall, self._cpu() - cpu0, 0.0, tree / 2**20, 0, requests=dict(stats["counts"]),  # type: ignore[arg-type]
                  server_cpu=float(stats["cpu_seconds"]), load=os.getloadavg()[0])  # type: ignore[arg-type]
        run.articles, run.errors, run.counted_by = count_articles(Code("now", ROOT, self.deployed.env, "local"), out)
        shutil.rmtree(out, ignore_errors=True)
        return run


def bare_run(pages_file: Path, work: Path, name: str, timeout: float) -> Run:
    wall, cpu, rss, tree, rc, stdout = measure([PYTHON, "-c", BARE_EXTRACT, str(pages_file)], ROOT,
                                               dict(os.environ), work / name, timeout)
    run = Run("bare", False, wall, cpu, rss, tree, rc, load=os.getloadavg()[0])
    if rc == 0:
        run.articles, run.counted_by = int(stdout.split()[-1]), "non-empty extract()"
    else:
        run.stderr_tail = tail((work / name).with_suffix(".err"))
    return run


def imported_from(code: Code) -> str:
    res = subprocess.run([PYTHON, "-c", "import feedlake, ingest, dedup, storage; "
                                        "print(*(m.__file__ for m in (feedlake, ingest, dedup, storage)))"],
                         cwd=code.cwd, env=code.env, capture_output=True, text=True, check=True)
    files = res.stdout.split()
    if not all(Path(f).resolve().is_relative_to(code.cwd.resolve()) for f in files):
        raise RuntimeError(f"{code.label}: imports {files}, not from {code.cwd}")
    return str(code.cwd)


def fmt(x: float | None, spec: str = ".1f") -> str:
    return "–" if x is None else format(x, spec)


def median(xs: list[float]) -> float | None:
    return statistics.median(xs) if xs else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=420)
    parser.add_argument("--hosts", type=int, default=11)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--before", metavar="REV", help="also run the code of this git revision (e.g. HEAD)")
    parser.add_argument("--quick", action="store_true", help="smoke run: 120 pages, 4 hosts, 1 repeat")
    parser.add_argument("--no-polite", action="store_true", help="skip the runs with the default politeness")
    parser.add_argument("--timeout", type=float, default=1800, help="seconds before a run is killed")
    parser.add_argument("--dag-test", action="store_true",
                        help="also time `airflow dags test feedlake_ingest` (per_host_delay=0) in every round")
    parser.add_argument("--local-executor", action="store_true",
                        help="also time a triggered feedlake_ingest run on a LocalExecutor scheduler (PostgreSQL "
                             "metadata DB, per_host_delay=0) in every round")
    args = parser.parse_args()
    if args.quick:
        args.pages, args.hosts, args.repeats = 120, 4, 1
    if not 1 <= args.hosts <= 225:
        parser.error("--hosts must be 1..225")

    files = sorted(str(p) for p in CORPUS.glob("*.html.gz"))[: args.pages]
    if len(files) < args.pages:
        parser.error(f"only {len(files)} pages in {CORPUS}")
    hosts = tuple(f"127.0.0.{FIRST_ADDRESS + i}" for i in range(args.hosts))
    counts = shares(len(files), len(hosts))
    pages: list[Page] = []
    for i, n in enumerate(counts):
        pages += [Page(f, i) for f in files[len(pages): len(pages) + n]]

    print(f"{len(pages)} pages over {len(hosts)} hosts ({hosts[0]} … {hosts[-1]}): {counts}", flush=True)
    server = PageServerProcess(hosts, pages)
    tmp = Path(tempfile.mkdtemp(prefix="feedlake-speed-"))
    worktree: Path | None = None
    stack = contextlib.ExitStack()
    try:
        print(f"server on port {server.port}{'' if server.prioritized else ' (normal priority: not root)'}",
              flush=True)
        feeds = tmp / "feeds.yaml"
        feeds.write_text("feeds:\n" + "".join(f"  - url: {server.feed_url(i)}\n    name: host-{i}\n"
                                              for i in range(len(hosts))))
        warm = tmp / "warm.yaml"  # the smallest host's feed only
        warm.write_text(f"feeds:\n  - url: {server.feed_url(len(hosts) - 1)}\n    name: host-{len(hosts) - 1}\n")
        pages_file = tmp / "pages.tsv"
        pages_file.write_text("".join(f"{p.file}\t{server.page_url(p)}\n" for p in pages))

        codes = [Code("now", ROOT, {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}, "working tree")]
        if args.before:
            worktree = tmp / "before"
            subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", str(worktree), args.before],
                           check=True, capture_output=True)
            rev = subprocess.run(["git", "-C", str(worktree), "rev-parse", "--short", "HEAD"], check=True,
                                 capture_output=True, text=True).stdout.strip()
            codes.append(Code("before", worktree, {**codes[0].env, "PYTHONPATH": str(worktree)},
                              f"{args.before} ({rev})"))
        dirty = subprocess.run(["git", "-C", str(ROOT), "status", "--short", "--untracked-files=no"],
                               capture_output=True, text=True).stdout.split("\n")
        print(f"now: working tree ({len([d for d in dirty if d.strip()])} modified tracked files)", flush=True)
        for code in codes:
            print(f"{code.kind}: imports from {imported_from(code)}", flush=True)
            if args.quick and code.kind == "now":  # its numba cache is warm already; the smoke run stays short
                continue
            print("  untimed warm-up pass …", flush=True)
            w = feedlake_run(code, warm, tmp, f"warm-{code.kind}", False, server, args.timeout)
            print(f"  warm-up: {w.wall:.1f} s, rc {w.returncode}, {w.articles} articles", flush=True)
            if not w.ok:
                print("  " + w.stderr_tail.replace("\n", "\n  "), flush=True)

        runs: list[Run] = []
        home = tmp / "airflow"
        if args.dag_test:
            from feedlake.airflow_local import airflow_env, migrate

            print("airflow db migrate (untimed) …", flush=True)
            migrate(airflow_env(home))
        local: LocalExecutor | None = None
        if args.local_executor:
            print("LocalExecutor cluster: PostgreSQL DB, migrate, api-server, scheduler, dag-processor, triggerer "
                  "(untimed) …", flush=True)
            local = LocalExecutor(stack, feeds, tmp)
            print(f"  up in {local.startup:.1f} s (database {local.db}); {local.settings}", flush=True)

        def report(run: Run) -> None:
            runs.append(run)
            host, busiest = run.busiest()
            extra = f", busiest host {host} {busiest} requests, server CPU {run.server_cpu:.2f} s" if host else ""
            print(f"  {run.kind:<6} {'polite' if run.polite else 'delay=0'}: {run.wall:6.1f} s wall, "
                  f"{run.cpu:6.1f} s CPU, rc {run.returncode}, articles {run.articles}, errors {run.errors}{extra}, "
                  f"load {run.load:.1f}",
                  flush=True)
            if not run.ok:
                print("    " + run.stderr_tail.replace("\n", "\n    "), flush=True)

        for r in range(args.repeats):
            print(f"round {r + 1}/{args.repeats}", flush=True)
            report(bare_run(pages_file, tmp, f"bare-{r}", args.timeout))
            for code in codes:
                report(feedlake_run(code, feeds, tmp, f"{code.kind}-{r}", False, server, args.timeout))
            if args.dag_test:
                report(dag_test_run(feeds, tmp, f"dagtest-{r}", home, server, args.timeout))
            if local is not None:
                report(local.run(feeds, tmp, f"local-{r}", server, args.timeout))
        if not args.no_polite:
            print(f"default politeness (per_host_delay {DEFAULT_DELAY} s), one run each", flush=True)
            for code in codes:
                report(feedlake_run(code, feeds, tmp, f"{code.kind}-polite", True, server, args.timeout))
    finally:
        stack.close()  # the LocalExecutor cluster and its database
        server.close()
        if worktree is not None:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(worktree)],
                           capture_output=True)
            subprocess.run(["git", "-C", str(ROOT), "worktree", "prune"], capture_output=True)
        shutil.rmtree(tmp, ignore_errors=True)

    print_table(args, codes, runs, len(pages), counts)


def print_table(args: argparse.Namespace, codes: list[Code], runs: list[Run], n_pages: int,
                counts: list[int]) -> None:
    labels = {"bare": "bare extract (baseline, 1 core)", **{c.kind: f"feedlake {c.kind}: {c.label}" for c in codes},
              "dagtest": "airflow dags test (working tree)", "local": "LocalExecutor scheduler (working tree)"}
    width = max(len(v) for v in labels.values())
    groups: list[tuple[str, bool]] = [("bare", False)] + [(c.kind, False) for c in codes]
    if args.dag_test:
        groups.append(("dagtest", False))
    if args.local_executor:
        groups.append(("local", False))
    groups += [(c.kind, True) for c in codes if not args.no_polite]

    def of(kind: str, polite: bool) -> list[Run]:
        return [r for r in runs if r.kind == kind and r.polite == polite]

    def med(kind: str, polite: bool, attr: str) -> float | None:
        return median([getattr(r, attr) for r in of(kind, polite) if r.ok])

    bare_wall = med("bare", False, "wall")
    loads = [r.load for r in runs]
    print(f"\nbench.speed: {n_pages} real pages over {len(counts)} hosts (busiest {counts[0]} pages), "
          f"{args.repeats} round(s), medians; {os.cpu_count()} cores, 1-min load {min(loads):.1f}–{max(loads):.1f}")
    head = (f"{'run':<{width}} {'delay':>5} {'ok':>5} {'wall s':>7} {'CPU s':>7} {'RSS MB':>6} {'tree MB':>7} "
            f"{'articles':>8} {'errors':>6} {'busiest req':>11} {'× bare':>6} {'floor s':>7} {'× floor':>7}")
    print(head)
    print("-" * len(head))
    for kind, polite in groups:
        rs = of(kind, polite)
        good = [r for r in rs if r.ok]
        delay = "–" if kind == "bare" else str(DEFAULT_DELAY) if polite else "0"
        wall = med(kind, polite, "wall")
        arts = sorted({r.articles for r in good if r.articles is not None})
        errs = sorted({r.errors for r in good if r.errors is not None})
        busiest = sorted({r.busiest()[1] for r in good if r.requests})
        floor = median([r.busiest()[1] * DEFAULT_DELAY for r in good]) if polite and good else None
        print(f"{labels[kind]:<{width}} {delay:>5} {len(good):>2}/{len(rs):<2} {fmt(wall):>7} "
              f"{fmt(med(kind, polite, 'cpu')):>7} {fmt(med(kind, polite, 'rss_max_mb'), '.0f'):>6} "
              f"{fmt(med(kind, polite, 'rss_tree_mb'), '.0f'):>7} {'/'.join(map(str, arts)) or '–':>8} "
              f"{'/'.join(map(str, errs)) or '–':>6} {'/'.join(map(str, busiest)) or '–':>11} "
              f"{fmt(wall / bare_wall if wall and bare_wall and not polite else None, '.2f'):>6} "
              f"{fmt(floor):>7} {fmt(wall / floor if wall and floor else None, '.2f'):>7}")
    print("\nRSS MB: the largest single process (wait4); tree MB: the peak summed RSS of the run's processes "
          "(sampled every 50 ms).\nbusiest req: the busiest host's requests (feed + robots.txt + pages) as the "
          f"server counted them; floor = busiest req × {DEFAULT_DELAY} s.\nGoals: per_host_delay=0 ≤ 1.00× bare "
          "extract; default politeness ≤ 1.20× floor.")
    print("\nper run (wall s): " + "; ".join(
        f"{kind}{' polite' if polite else ''} " + " ".join(fmt(r.wall) + ("" if r.ok else f"(rc {r.returncode})")
                                                           for r in of(kind, polite))
        for kind, polite in groups))
    server_cpu = [r.server_cpu / r.wall for r in runs if r.requests and r.wall]
    if server_cpu:
        print(f"page server CPU: at most {max(server_cpu):.1%} of a run's wall time")
    counted = sorted({f"{r.kind}: {r.counted_by}" for r in runs if r.counted_by and r.kind != "bare"})
    if counted:
        print("articles counted by " + ", ".join(counted))
    if any(c.kind == "before" for c in codes):
        print("\nnow vs before (median now / median before):")
        for polite in ([False] if args.no_polite else [False, True]):
            parts = []
            for attr, what in (("wall", "wall"), ("cpu", "CPU"), ("rss_tree_mb", "tree RSS")):
                a, b = med("now", polite, attr), med("before", polite, attr)
                parts.append(f"{what} {fmt(a / b if a and b else None, '.2f')}×")
            print(f"  {'default politeness' if polite else 'per_host_delay=0':<19} " + ", ".join(parts))
    for r in runs:
        if r.ok and r.summary:
            by_stage = r.summary.get("errors_by_stage")
            if by_stage:
                print(f"\nerror rows by stage ({r.kind}{' polite' if r.polite else ''}, first such run): {by_stage}")
                break
    failed = [r for r in runs if not r.ok]
    if failed:
        print(f"\n{len(failed)} run(s) failed; the last one's stderr:\n{failed[-1].stderr_tail}")


if __name__ == "__main__":
    sys.exit(main())
