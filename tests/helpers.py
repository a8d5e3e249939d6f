"""Reading a pass's output back, the way an analyst would."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

from storage.objectstore import open_store


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
    files = sorted((root / name).glob("ingest_date=*/*.parquet"))
    if not files:
        return pa.table({})
    return pa.concat_tables([pq.read_table(f) for f in files])


def duck(root: Path, sql: str) -> list[tuple]:
    """Run ``sql`` with ``articles``, ``errors`` and ``feeds`` bound to the hive-partitioned datasets."""
    con = duckdb.connect()
    for name in ("articles", "errors", "feeds"):
        if list((root / name).glob("ingest_date=*/*.parquet")):
            con.execute(f"CREATE VIEW {name} AS SELECT * FROM "
                        f"read_parquet('{root}/{name}/*/*.parquet', hive_partitioning = true)")
    return con.execute(sql).fetchall()
