"""The lake: one Delta Lake table per dataset, written with delta-rs, read natively by every engine.

Each dataset is a Delta table at ``<output>/<name>/``: its transaction log (``_delta_log/``) says which data
files make up each version, so DuckDB, polars, pandas, Spark, Athena and Trino read a consistent version
and never a half-written pass or a compaction's inputs beside its output.  Data files are zstd Parquet,
partitioned by ``ingest_date`` (``feeds_current``, one row per feed, is not partitioned).

Writes are *keyed*: ``commit`` MERGEs a pass's rows into a table, inserting only the rows whose key is not
there yet (``TableSpec.keys``), so a pass that re-ingests what is already in the lake, whatever its state
says, adds nothing twice.  Each commit also records a Delta *application transaction* (``txn``) named by
the pass; a commit whose transaction is recorded already is skipped, so a pass's commits are idempotent
and a crash between two tables is rolled forward by committing again.  ``upsert`` replaces rows by key
(``feeds_current``).

On S3 the tables use conditional writes (``conditional_put=etag``) so that concurrent writers never
overwrite each other's log entries; credentials and endpoint come from the standard AWS variables.
"""

from __future__ import annotations

import logging
import math
import os
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, TypeAlias

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
from deltalake import CommitProperties, DeltaTable, Transaction, WriterProperties, write_deltalake
from deltalake.exceptions import CommitFailedError, TableNotFoundError

from storage.objectstore import LocalStore, ObjectStore

log = logging.getLogger(__name__)

__all__ = ["PARTITION", "Lake", "LakeError", "RowBatches", "RowSource", "TableSpec"]

PARTITION = "ingest_date"
COMMIT_RETRIES = 50  # delta-rs retries a commit that lost the race to another writer this many times
MERGE_ATTEMPTS = 20  # a MERGE whose read files changed underneath is run again this many times
_WRITER = WriterProperties(compression="ZSTD", compression_level=3)  # as storage.parquet writes staging


class LakeError(RuntimeError):
    """The lake could not be read or written; the message names the table."""


@dataclass(frozen=True)
class TableSpec:
    name: str
    schema: pa.Schema  # the record's columns; ``ingest_date`` is added for partitioned tables
    keys: tuple[str, ...]  # what identifies a row: a commit inserts only rows whose key is absent
    partitioned: bool = True

    @property
    def table_schema(self) -> pa.Schema:
        return self.schema.append(pa.field(PARTITION, pa.date32(), nullable=False)) if self.partitioned \
            else self.schema

    @property
    def read_schema(self) -> pa.Schema:
        """The schema files are read with: strings as ``string_view``.  delta-rs writes MERGE output with
        view types and appends with plain ones, and a scan of both whose filters compare a plain string to
        a view fails in pyarrow ("no kernel matching input types"); read as views, every file and every
        filter DuckDB pushes down agree."""
        return pa.schema([f.with_type(_view(f.type)) for f in self.table_schema])


def _view(t: pa.DataType) -> pa.DataType:
    if pa.types.is_string(t) or pa.types.is_large_string(t):
        return pa.string_view()
    if pa.types.is_list(t):
        return pa.list_(_view(t.value_type))
    return t


def storage_options(store: ObjectStore) -> dict[str, str]:
    """delta-rs options for the output's object store: conditional writes on S3, plain HTTP for a local
    S3-compatible endpoint; credentials stay with the standard AWS chain (delta-rs reads it itself)."""
    if isinstance(store, LocalStore):
        return {}
    options = {"conditional_put": "etag"}
    endpoint = os.environ.get("AWS_ENDPOINT_URL_S3") or os.environ.get("AWS_ENDPOINT_URL")
    if endpoint:
        options["AWS_ENDPOINT_URL"] = endpoint
        if endpoint.startswith("http://"):
            options["AWS_ALLOW_HTTP"] = "true"
    region = os.environ.get("AWS_REGION") or os.environ.get("AWS_DEFAULT_REGION")
    if region:
        options["AWS_REGION"] = region
    return options


class Lake:
    """The Delta tables of one output."""

    def __init__(self, store: ObjectStore, specs: Sequence[TableSpec]) -> None:
        self.store = store
        self.specs = {s.name: s for s in specs}
        self.options = storage_options(store)

    def uri(self, name: str) -> str:
        return self.store.url_for(name)

    def table(self, name: str, version: int | None = None, without_files: bool = False) -> DeltaTable | None:
        """The table's latest version (or ``version``), None when it has never been written."""
        try:
            return DeltaTable(self.uri(name), version=version, storage_options=self.options,
                              without_files=without_files)
        except TableNotFoundError:
            return None

    def exists(self, name: str) -> bool:
        # not DeltaTable.is_deltatable: it holds the GIL while it waits for the store (delta-rs issue 3942)
        return self.table(name, without_files=True) is not None

    def is_empty(self) -> bool:
        return not any(self.exists(name) for name in self.specs)

    def _create(self, spec: TableSpec) -> DeltaTable:
        try:
            return DeltaTable.create(self.uri(spec.name), spec.table_schema, mode="ignore",
                                     partition_by=[PARTITION] if spec.partitioned else None, name=spec.name,
                                     description=f"feedlake {spec.name}", storage_options=self.options)
        except CommitFailedError:
            # two first writers: the other one's create won ("protocol changed since last commit")
            table = self.table(spec.name)
            if table is None:
                raise
            log.info("%s: created by a concurrent writer", spec.name)
            return table

    def _conform(self, spec: TableSpec, rows: pa.Table, ingest_date: date | None) -> pa.Table:
        if spec.partitioned:
            if ingest_date is None:
                raise ValueError(f"table {spec.name}: a partitioned table needs the rows' ingest_date")
            rows = rows.append_column(PARTITION, pa.array([ingest_date] * rows.num_rows, pa.date32()))
        return rows.cast(spec.table_schema)

    def committed(self, name: str, app_id: str) -> bool:
        """Whether a commit under ``app_id`` is recorded in the table."""
        table = self.table(name)
        return table is not None and (table.transaction_version(app_id) or 0) >= 1

    def commit(self, name: str, rows: RowSource, app_id: str, ingest_date: date | None = None) -> int:
        """Insert the rows whose key is not in the table yet, as the commit ``app_id`` (once: a second
        call with the same ``app_id`` does nothing).  Returns the rows inserted.  ``rows`` is a table, or
        ``RowBatches`` that are read twice (keys, then rows) and never held at once."""
        return self._merge(name, rows, app_id, ingest_date, update=False)

    def upsert(self, name: str, rows: RowSource, app_id: str) -> int:
        """Replace the rows with these keys, insert the others (an unpartitioned table of current state)."""
        return self._merge(name, rows, app_id, None, update=True)

    def _merge(self, name: str, rows: RowSource, app_id: str, ingest_date: date | None, update: bool) -> int:
        """A keyed MERGE recorded as the Delta transaction ``app_id``.  One that loses to a concurrent
        writer (another pass's insert, a compaction that rewrote the files it read) is run again on the new
        version: it decides from what is there, so it stays keyed."""
        spec = self.specs[name]
        source_rows = rows if isinstance(rows, RowBatches) else RowBatches.of(rows)

        def conformed(columns: list[str] | None = None) -> Iterator[pa.Table]:
            for batch in source_rows.batches(columns):
                part = pa.Table.from_batches([batch])
                yield part.cast(pa.schema([spec.table_schema.field(n) for n in part.column_names])) \
                    if columns is not None else self._conform(spec, part, ingest_date)

        # Which rows go: decided from the key columns alone, so the rows themselves are streamed to the MERGE.
        key_parts = list(conformed(list(spec.keys)))
        keys = pa.concat_tables(key_parts) if key_parts else \
            pa.schema([spec.table_schema.field(k) for k in spec.keys]).empty_table()
        first = _first_per_key(keys, spec.keys)  # row numbers: a key identifies a row, in a commit's own too
        # The MERGE reads every file its predicate may match, all columns: over the whole table that grows
        # with the lake (bench/lake.py).  So the keys already anywhere in the table are read first (key
        # columns only) and dropped, and the MERGE, which still decides against rows committed meanwhile,
        # reads only the partition it writes: a concurrent writer of the same day conflicts and is retried.
        predicate = " AND ".join(f"t.{k} = s.{k}" for k in spec.keys)
        if spec.partitioned and ingest_date is not None and not update:
            predicate += f" AND t.{PARTITION} = '{ingest_date.isoformat()}'"
        for attempt in range(MERGE_ATTEMPTS):
            table = self.table(name) or self._create(spec)
            if (table.transaction_version(app_id) or 0) >= 1:
                log.info("%s: commit %s is recorded already", name, app_id)
                return 0
            kept = first if update else _absent(keys, first, self._keys(table, spec), spec.keys)
            props = CommitProperties(app_transactions=[Transaction(app_id, 1)], max_commit_retries=COMMIT_RETRIES)
            try:
                if len(kept) == 0:  # still record the transaction: the commit happened, with nothing in it
                    write_deltalake(table, spec.table_schema.empty_table(), mode="append",
                                    storage_options=self.options, commit_properties=props, writer_properties=_WRITER)
                    return 0
                source = pa.RecordBatchReader.from_batches(spec.table_schema, _taken(conformed(), kept))
                merger = table.merge(source, predicate=predicate, source_alias="s", target_alias="t",
                                     writer_properties=_WRITER, commit_properties=props)
                if update:
                    merger = merger.when_matched_update_all()
                metrics = merger.when_not_matched_insert_all().execute()
            except CommitFailedError as exc:
                log.info("%s: commit %s lost a race (%s); merging again on the new version", name, app_id,
                         str(exc).splitlines()[0])
                time.sleep(min(0.05 * 2 ** attempt, 2.0))
                continue
            changed = int(metrics.get("num_target_rows_inserted", 0)) + int(metrics.get("num_target_rows_updated", 0))
            log.info("%s: %d of %d rows written (%d already there), commit %s", name, changed, len(first),
                     len(first) - changed, app_id)
            return changed
        raise LakeError(f"table {name}: commit {app_id} kept losing to concurrent writers ({MERGE_ATTEMPTS} tries)")

    def _keys(self, table: DeltaTable, spec: TableSpec) -> pa.Table:
        """Every key in this version of the table (the key columns only, plain types)."""
        keys = table.to_pyarrow_dataset(schema=spec.read_schema).to_table(columns=list(spec.keys))
        return keys.cast(pa.schema([spec.table_schema.field(k) for k in spec.keys]))

    def dataset(self, name: str) -> Any:
        """The latest version as a pyarrow dataset (strings as views: see ``TableSpec.read_schema``)."""
        spec = self.specs[name]
        table = self.table(name)
        if table is None:
            import pyarrow.dataset as pads

            return pads.dataset(spec.read_schema.empty_table())
        return table.to_pyarrow_dataset(schema=spec.read_schema)

    def read(self, name: str, columns: list[str] | None = None, filter: Any = None) -> pa.Table:
        """The latest version's rows, with plain string types (empty when the table was never written).
        ``filter`` may test non-string columns only (pyarrow has no kernels for string views there)."""
        spec = self.specs[name]
        rows = self.dataset(name).to_table(columns=columns, filter=filter)
        return rows.cast(pa.schema([spec.table_schema.field(n) for n in rows.column_names]))

    # --- upkeep -------------------------------------------------------------------------------------

    def compact(self, name: str, before: date | None = None) -> dict[str, Any]:
        """OPTIMIZE: fold small files into large ones (for a partitioned table, partitions before ``before``)."""
        table = self.table(name)
        if table is None:
            return {"numFilesAdded": 0, "numFilesRemoved": 0}
        filters = [(PARTITION, "<", before.isoformat())] if before and self.specs[name].partitioned else None
        metrics = table.optimize.compact(partition_filters=filters, writer_properties=_WRITER,  # type: ignore[arg-type]
                                         commit_properties=CommitProperties(max_commit_retries=COMMIT_RETRIES))
        return {k: metrics.get(k) for k in ("numFilesAdded", "numFilesRemoved", "partitionsOptimized")}

    def vacuum(self, name: str, retention: timedelta) -> int:
        """Delete files no version within ``retention`` reads; returns how many."""
        table = self.table(name)
        if table is None:
            return 0
        # Delta counts retention in whole hours: rounded up (a minute or less: none, as tests use)
        hours = 0 if retention <= timedelta(minutes=1) else math.ceil(retention.total_seconds() / 3600)
        removed = table.vacuum(retention_hours=hours, dry_run=False, enforce_retention_duration=False)
        return len(removed)

    def checkpoint(self, name: str) -> bool:
        """Write a checkpoint of the log (readers then skip replaying every commit) and drop expired logs."""
        table = self.table(name)
        if table is None:
            return False
        table.create_checkpoint()
        table.cleanup_metadata()
        return True

    def data_files(self, name: str) -> list[str]:
        table = self.table(name)
        return table.file_uris() if table is not None else []


@dataclass(frozen=True)
class RowBatches:
    """Rows for a commit as record batches, read again on demand (``batches(columns)``: every row, in the
    same order each time; only ``columns`` when given), so a commit never holds them all."""

    schema: pa.Schema
    batches: Callable[[list[str] | None], Iterator[pa.RecordBatch]]

    @classmethod
    def of(cls, table: pa.Table) -> RowBatches:
        def batches(columns: list[str] | None) -> Iterator[pa.RecordBatch]:
            yield from (table.select(columns) if columns is not None else table).to_batches()

        return cls(table.schema, batches)


RowSource: TypeAlias = "pa.Table | RowBatches"


def _taken(parts: Iterable[pa.Table], rows: pa.Array) -> Iterator[pa.RecordBatch]:
    """The rows numbered ``rows`` (ascending) of the concatenated ``parts``, part by part."""
    wanted = rows.to_numpy()
    start = 0
    for part in parts:
        end = start + part.num_rows
        lo, hi = np.searchsorted(wanted, [start, end])
        if hi > lo:
            yield from part.take(pa.array(wanted[lo:hi] - start)).to_batches()
        start = end


def _absent(keys: pa.Table, rows: pa.Array, existing: pa.Table, key_names: Sequence[str]) -> pa.Array:
    """The row numbers among ``rows`` (ascending) whose key (in ``keys``, by row number) is not among
    ``existing``, in their order."""
    if len(rows) == 0 or existing.num_rows == 0:
        return rows
    marked = keys.take(rows).select(list(key_names)).append_column("_row", rows)
    kept = marked.join(existing, keys=list(key_names), join_type="left anti", use_threads=False)["_row"]
    if len(kept) == len(rows):
        return rows
    kept = kept.combine_chunks()
    return kept.take(pc.sort_indices(kept))  # in their original order


def _first_per_key(keys: pa.Table, key_names: Sequence[str]) -> pa.Array:
    """The row numbers, ascending, of the first row of each key: a key identifies a row."""
    index = pa.array(range(keys.num_rows), pa.int64())
    if keys.num_rows < 2:
        return index
    first = keys.select(list(key_names)).append_column("_row", index).group_by(list(key_names), use_threads=False) \
        .aggregate([("_row", "min")])["_row_min"]
    if len(first) == keys.num_rows:
        return index
    first = first.combine_chunks()
    return first.take(pc.sort_indices(first))  # in their original order
