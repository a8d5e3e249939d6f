"""Reading a pass's output back, the way an analyst would."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa

from feedlake.tables import open_lake, reader
from storage.objectstore import LocalStore
from storage.uri import open_store


def mirror(uri: str, dest: Path) -> Path:
    """Copy every published object of an output (local or S3) to ``dest``, keeping keys."""
    store = open_store(uri)
    for key in store.list(""):
        if key.startswith(("_staging/", "_state/", "_demo/")):
            continue
        target = dest / key
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(store.get(key))
    return dest


def dataset(root: Path, name: str) -> pa.Table:
    """One table's latest version, as deltalake reads it (what `feedlake query` reads)."""
    return open_lake(LocalStore(root)).read(name)


def duck(root: Path, sql: str) -> list[tuple]:
    """Run ``sql`` with every table bound to a view over its latest version (``feedlake query``)."""
    return reader(open_lake(LocalStore(root))).execute(sql).fetchall()
