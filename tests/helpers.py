"""Reading a pass's output back, the way an analyst would."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

from feedlake.records import dataset_schemas
from storage import lake
from storage.objectstore import LocalStore, open_store


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
    """One dataset as the lake's current snapshot lists it (what the ``feedlake sql`` views read)."""
    files = lake.current(LocalStore(root)).dataset_files(name)
    if not files:
        return pa.table({})
    return pa.concat_tables([pq.read_table(root / f) for f in files])


def duck(root: Path, sql: str) -> list[tuple]:
    """Run ``sql`` with every dataset bound to a view over the current snapshot (``feedlake sql``)."""
    con = duckdb.connect()
    con.execute(lake.duckdb_sql(LocalStore(root), schemas=dataset_schemas()))
    return con.execute(sql).fetchall()
