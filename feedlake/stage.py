"""What every stage of a pass takes and returns: one ``RunContext`` in, one ``StageCounts`` out.

A stage (poll and fetch in ``feedlake.pipeline``, ``feedlake.dedup_stage``, ``feedlake.commit_stage``)
gets the run's context: its settings, its output store, its staging prefix, its id and a progress
callback.  It returns what it did as ``StageCounts``: counts by name, breakdowns, and what the next
stage needs (the poll's batches).  The same value is the stage's task log line (``describe``), what XCom
carries (``as_json``), and, staged under ``counts/`` by the stages whose figures the run summary shows,
what the commit builds the summary from (``feedlake.summary.summarize``): no figure is counted twice.
"""

from __future__ import annotations

import ctypes
import functools
import gc
import logging
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass, field
from datetime import timedelta
from typing import Any, Concatenate, ParamSpec

import pyarrow as pa

from feedlake.settings import Settings
from feedlake.tables import open_lake
from ingest.feed_state import StateLost, StateStore
from records import utcnow
from storage.lease import Lease
from storage.lease import acquire as acquire_lease
from storage.objectstore import ObjectStore
from storage.staging import RunStaging
from storage.state import StateFiles
from storage.uri import open_store

log = logging.getLogger(__name__)

STATE_DB = "feeds.sqlite"
INDEX_DB = "dedup.sqlite"
BOILERPLATE_DB = "boilerplate.sqlite"  # learned per-source boilerplate (ingest/boilerplate_state.py)
ALLOW_DB = "boilerplate_allow.sqlite"  # operators' allow-list: written by the CLI only, read by passes
Progress = Callable[[str, int, int], None]


class StageIncomplete(RuntimeError):
    """A stage was asked to run before the stages it depends on finished for this run."""


def open_output(settings: Settings) -> ObjectStore:
    """The output store, checked to be usable (fails fast with one line if not)."""
    store = open_store(settings.output)
    store.verify()
    return store


@dataclass(frozen=True)
class RunContext:
    """One run of a pass, as a stage sees it; built once per process (an Airflow task, or the CLI's pass)."""

    settings: Settings
    run_id: str
    store: ObjectStore
    staging: RunStaging
    progress: Progress | None = None

    @classmethod
    def open(cls, settings: Settings, run_id: str, progress: Progress | None = None) -> RunContext:
        store = open_output(settings)
        return cls(settings, run_id, store, RunStaging(store, run_id), progress)

    def feed_state(self, check_lake: bool = False) -> tuple[StateFiles, StateStore]:
        """The feed state; with ``check_lake``, a missing or empty state file beside a lake that holds data
        is an error (``StateLost``), never a silent fresh start that would fetch everything again."""
        files = StateFiles(self.store, self.settings.state)
        path = files.pull(STATE_DB)
        if check_lake and (not path.exists() or path.stat().st_size == 0) and not open_lake(self.store).is_empty():
            where = self.store.url_for("_state/" + STATE_DB) if files.remote else str(path)
            raise StateLost(f"state file {where} is {'empty' if path.exists() else 'missing'} but the lake at "
                            f"{self.store.uri} holds data: rebuild it with `feedlake state rebuild --output "
                            f"{self.store.uri}` (or restore the file); a fresh start would fetch every listed "
                            "entry again")
        return files, StateStore(path)

    def hold_lease(self, process_bound: bool = False) -> Lease:
        """Take the output's lease for this run, or renew the one it holds (every stage does: a stage of
        another run would fail here rather than write beside this one)."""
        return acquire_lease(self.store, self.run_id, timedelta(minutes=self.settings.lease_minutes), utcnow,
                             wait=self.settings.lease_wait_seconds, process_bound=process_bound)

    def report(self, done: int, total: int, stage: str) -> None:
        if self.progress:
            self.progress(stage, done, total)


@dataclass(frozen=True)
class Batch:
    """A staged batch of one host's new entries: its key under the staging prefix, its label in the UI."""

    key: str
    label: str
    entries: int


@dataclass(frozen=True)
class StageCounts:
    """What one stage did: counts by name, breakdowns by name (errors by stage, dedup tiers), feeds to warn
    of by kind (``failing_feeds``: URL → why); from the poll, the batches it staged; from the commit, the run
    summary built from the stages' counts (``feedlake.summary.summarize``)."""

    stage: str
    counts: Mapping[str, int]
    breakdowns: Mapping[str, Mapping[str, int]] = field(default_factory=dict)
    feeds: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    batches: tuple[Batch, ...] = ()
    summary: Mapping[str, Any] = field(default_factory=dict)

    def __getitem__(self, name: str) -> int:
        return self.counts[name]

    def describe(self, what: str | None = None) -> str:
        """The stage's line in its task log (``what``: of what, if not of the whole stage): every count,
        then every breakdown."""
        parts = [f"{name.replace('_', ' ')} {n}" for name, n in self.counts.items()]
        parts += [f"{name.replace('_', ' ')} {dict(b)}" for name, b in self.breakdowns.items() if b]
        return f"{what or self.stage}: " + ", ".join(parts)

    def as_json(self) -> dict[str, Any]:
        """Plain JSON values (lists, not tuples: XCom would tag a tuple with its class)."""
        value = asdict(self)
        value["batches"] = [asdict(b) for b in self.batches]
        return value

    @classmethod
    def from_json(cls, value: Mapping[str, Any]) -> StageCounts:
        return cls(value["stage"], dict(value["counts"]), {k: dict(v) for k, v in value["breakdowns"].items()},
                   {k: dict(v) for k, v in value["feeds"].items()}, tuple(Batch(**b) for b in value["batches"]),
                   dict(value["summary"]))

    def stage_in(self, staging: RunStaging) -> None:
        """Stage these counts for the commit's run summary (a retried stage overwrites its own)."""
        staging.put_json(f"counts/{self.stage}.json", self.as_json())


def staged_counts(staging: RunStaging, stage: str) -> StageCounts | None:
    name = f"counts/{stage}.json"
    return StageCounts.from_json(staging.get_json(name)) if staging.has(name) else None


P = ParamSpec("P")


try:
    _LIBC: ctypes.CDLL | None = ctypes.CDLL(None)
except OSError:  # pragma: no cover - a platform without a C library to load
    _LIBC = None


def release_memory() -> None:
    """Hand the memory a finished stage freed back to the system: Arrow's pool and glibc's heap keep freed
    pages for reuse, so a process that runs the next stage too (``dag.test()``, the CLI's pass, a Celery
    worker) would start it from this stage's high-water mark."""
    gc.collect()
    pa.default_memory_pool().release_unused()
    trim = getattr(_LIBC, "malloc_trim", None)  # glibc only
    if trim is not None:
        trim(0)


def leased(stage: Callable[Concatenate[RunContext, P], StageCounts]) -> Callable[Concatenate[RunContext, P],
                                                                               StageCounts]:
    """A stage holds its run's lease on the output while it works, renewing it (an Airflow task is a stage);
    a dry run writes nothing and takes no lease.  The first stage takes it before anything is written, the
    roll-forward of an interrupted commit included."""
    @functools.wraps(stage)
    def run(ctx: RunContext, *args: P.args, **kwargs: P.kwargs) -> StageCounts:
        stop = (lambda: None) if kwargs.get("dry_run") else ctx.hold_lease().keep_alive()
        try:
            counts = stage(ctx, *args, **kwargs)
        finally:
            stop()
            release_memory()
        log.info("%s", counts.describe())
        return counts

    return run
