"""Compile the numba kernels into their on-disk cache: ``python -m dedup.warm``.

A process that finds no cache compiles them on its first decision (several seconds: README, Performance).
The Docker image runs this at build time, into ``NUMBA_CACHE_DIR`` when set, else next to
``dedup/kernels.py`` and ``dedup/band_kernels.py``; a cold Airflow task or CLI run then loads them instead.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from dedup.cluster import DedupConfig, Deduplicator
from dedup.sqlite_index import SqliteIndex

_TEXT = ("The council approved a budget of $48 million on Tuesday, with seawall repairs at its centre, after "
         "a debate that ran past midnight in Port Alder. ")


def warm() -> float:
    """Run decisions that reach every kernel once; returns the seconds it took."""
    started = time.perf_counter()
    config = DedupConfig()
    with tempfile.TemporaryDirectory() as tmp:
        index = SqliteIndex(Path(tmp) / "warm.sqlite", config.index_config())
        try:
            dedup = Deduplicator(index, config)
            now = time.time()
            for i, text in enumerate((_TEXT * 12, _TEXT * 11 + "Ünïcode ﬁ text.", (_TEXT * 12).upper())):
                dedup.decide(f"warm-{i}", text, now, title="warm", source="warm.example", run="warm")
            index.expire(now + 1)
        finally:
            index.close()
    return time.perf_counter() - started


if __name__ == "__main__":
    print(f"numba kernels ready in {warm():.1f} s")
