"""The lake: one Delta Lake table per dataset, written with delta-rs, read natively by every engine.

Each dataset is a Delta table at ``<output>/<name>/``: its transaction log (``_delta_log/``) says which data
files make up each version, so DuckDB, polars, pandas, Spark, Athena and Trino read a consistent version
and never a half-written pass or a compaction's inputs beside its output.  Data files are zstd Parquet,
partitioned by ``ingest_date`` (``feeds_current``, one row per feed, is not partitioned).

Writes are *keyed*: ``commit`` inserts only a pass's rows whose key is not in the table yet
(``TableSpec.keys``), so a pass that re-ingests what is already in the lake, whatever its state says, adds
nothing twice.  It writes the data files itself, a row group at a time, and adds them in a commit that must
follow the version whose keys it read, so its memory does not grow with the commit's rows.  Each commit
also records a Delta *application transaction* (``txn``) named by the pass; a commit whose transaction is
recorded already is skipped, so a pass's commits are idempotent and a crash between two tables is rolled
forward by committing again.  ``upsert`` replaces rows by key with a MERGE (``feeds_current``).

On S3 the tables use conditional writes (``conditional_put=etag``) so that concurrent writers never
overwrite each other's log entries; credentials and endpoint come from the standard AWS variables.
"""

from __future__ import annotations

import json
import logging
import math
import os
import tempfile
import time
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any, TypeAlias

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
from deltalake import CommitProperties, DeltaTable, Transaction, WriterProperties
from deltalake.exceptions import CommitFailedError, TableNotFoundError
from deltalake.transaction import AddAction, RemoveAction

from storage.objectstore import LocalStore, ObjectStore
from storage.parquet import COMPRESSION, ROW_GROUP_TARGET_BYTES

log = logging.getLogger(__name__)

__all__ = ["PARTITION", "Lake", "LakeError", "RowBatches", "RowSource", "TableSpec"]

PARTITION = "ingest_date"
COMMIT_RETRIES = 50  # delta-rs retries a commit that lost the race to another writer this many times
MERGE_ATTEMPTS = 20  # a commit that lost the race to another writer is decided again this many times
FILE_TARGET_BYTES = 512 * 1024 * 1024  # Arrow data per data file a commit writes (a fraction of it on disk)
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

    @staticmethod
    def _conform(spec: TableSpec, rows: pa.Table, ingest_date: date | None) -> pa.Table:
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
        ``RowBatches`` that are read twice (keys, then rows) and never held at once.

        The rows are written to data files a row group at a time, here, and the files added in one commit
        that must follow the version whose keys were read (no retry on a newer one): a writer that lost the
        race (another writer's rows, a compaction) reads the keys again on the new version, writes again
        only if the rows to insert changed, and commits again.  delta-rs's writer and MERGE hold the whole
        commit's rows (+390 MB for 40,000 articles, +160 MB for 4,000); this holds one row group."""
        spec = self.specs[name]
        source = _Source(spec, rows if isinstance(rows, RowBatches) else RowBatches.of(rows), ingest_date)
        keys, first = source.keys()
        partition = {PARTITION: ingest_date.isoformat()} if spec.partitioned and ingest_date is not None else {}
        written: tuple[np.ndarray, list[AddAction | RemoveAction]] | None = None  # rows in the files, the files
        for attempt in range(MERGE_ATTEMPTS):
            table = self.table(name) or self._create(spec)
            if (table.transaction_version(app_id) or 0) >= 1:
                log.info("%s: commit %s is recorded already", name, app_id)
                return 0
            kept = _absent(keys, first, self._keys(table, spec), spec.keys).to_numpy()
            if written is None or not np.array_equal(written[0], kept):
                # files of an earlier try that were never committed stay until vacuum removes them
                written = (kept, self._write_files(spec, _taken(source.rows(), pa.array(kept)), partition))
            props = CommitProperties(app_transactions=[Transaction(app_id, 1)], max_commit_retries=0)
            try:
                table.create_write_transaction(written[1], "append", spec.table_schema,
                                               partition_by=[PARTITION] if spec.partitioned else None,
                                               commit_properties=props)
            except CommitFailedError as exc:
                log.info("%s: commit %s lost a race (%s); deciding again on the new version", name, app_id,
                         str(exc).splitlines()[0])
                time.sleep(min(0.05 * 2 ** attempt, 2.0))
                continue
            log.info("%s: %d of %d rows written (%d already there) in %d files, commit %s", name, len(kept),
                     len(first), len(first) - len(kept), len(written[1]), app_id)
            return len(kept)
        raise LakeError(f"table {name}: commit {app_id} kept losing to concurrent writers ({MERGE_ATTEMPTS} tries)")

    def _write_files(self, spec: TableSpec, batches: Iterable[pa.RecordBatch],
                     partition: dict[str, str]) -> list[AddAction | RemoveAction]:
        """The rows as zstd Parquet data files of the table (its columns without the partition's), a row group
        of at most ``ROW_GROUP_TARGET_BYTES`` of Arrow data at a time, a new file past ``FILE_TARGET_BYTES``."""
        columns = spec.schema.names
        prefix = "".join(f"{k}={v}/" for k, v in partition.items())
        adds: list[AddAction | RemoveAction] = []
        with tempfile.TemporaryDirectory(prefix="feedlake-delta-") as tmp:
            local = Path(tmp) / "part.parquet"
            writer: pq.ParquetWriter | None = None
            group: list[pa.Table] = []
            rows = file_bytes = 0

            def flush_group() -> None:
                nonlocal writer, file_bytes, rows
                if not group:
                    return
                part = pa.concat_tables(group)
                group.clear()
                if writer is None:
                    writer = pq.ParquetWriter(local, spec.schema, compression=COMPRESSION, compression_level=3,
                                              write_statistics=True)
                writer.write_table(part, row_group_size=part.num_rows)
                rows += part.num_rows
                file_bytes += part.nbytes

            def close_file() -> None:
                nonlocal writer, file_bytes, rows
                flush_group()
                if writer is None:
                    return
                writer.close()
                writer = None
                path = f"{prefix}part-{len(adds):05d}-{uuid.uuid4()}-c000.zstd.parquet"
                self.store.upload(local, f"{spec.name}/{path}")
                adds.append(AddAction(path, local.stat().st_size, dict(partition), int(time.time() * 1000), True,
                                      json.dumps({"numRecords": rows})))
                rows = file_bytes = 0

            pending = 0
            for batch in batches:
                part = pa.Table.from_batches([batch]).select(columns)
                group.append(part)
                pending += part.nbytes
                if pending >= ROW_GROUP_TARGET_BYTES:
                    flush_group()
                    pending = 0
                    if file_bytes >= FILE_TARGET_BYTES:
                        close_file()
            close_file()
        return adds

    def upsert(self, name: str, rows: RowSource, app_id: str) -> int:
        """Replace the rows with these keys, insert the others (an unpartitioned table of current state, small:
        a keyed MERGE recorded as the Delta transaction ``app_id``).  One that loses to a concurrent writer is
        run again on the new version: it decides from what is there, so it stays keyed."""
        spec = self.specs[name]
        source = _Source(spec, rows if isinstance(rows, RowBatches) else RowBatches.of(rows), None)
        _, first = source.keys()
        predicate = " AND ".join(f"t.{k} = s.{k}" for k in spec.keys)
        for attempt in range(MERGE_ATTEMPTS):
            table = self.table(name) or self._create(spec)
            if (table.transaction_version(app_id) or 0) >= 1:
                log.info("%s: commit %s is recorded already", name, app_id)
                return 0
            props = CommitProperties(app_transactions=[Transaction(app_id, 1)], max_commit_retries=COMMIT_RETRIES)
            try:
                reader = pa.RecordBatchReader.from_batches(spec.table_schema, _taken(source.rows(), first))
                metrics = table.merge(reader, predicate=predicate, source_alias="s", target_alias="t",
                                      writer_properties=_WRITER, commit_properties=props) \
                    .when_matched_update_all().when_not_matched_insert_all().execute()
            except CommitFailedError as exc:
                log.info("%s: commit %s lost a race (%s); merging again on the new version", name, app_id,
                         str(exc).splitlines()[0])
                time.sleep(min(0.05 * 2 ** attempt, 2.0))
                continue
            changed = int(metrics.get("num_target_rows_inserted", 0)) + int(metrics.get("num_target_rows_updated", 0))
            log.info("%s: %d of %d rows written, commit %s", name, changed, len(first), app_id)
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
        # full: also the files of a commit that lost a race and was written again (never in the log)
        removed = table.vacuum(retention_hours=hours, dry_run=False, enforce_retention_duration=False, full=True)
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
class _Source:
    """A commit's rows, conformed to the table: the key columns alone (read first), then every column."""

    spec: TableSpec
    source: RowBatches
    ingest_date: date | None

    def keys(self) -> tuple[pa.Table, pa.Array]:
        """The key columns, and the row numbers of the first row of each key (a key identifies a row, in a
        commit's own rows too)."""
        spec = self.spec
        key_schema = pa.schema([spec.table_schema.field(k) for k in spec.keys])
        parts = [pa.Table.from_batches([b]).cast(key_schema) for b in self.source.batches(list(spec.keys))]
        keys = pa.concat_tables(parts) if parts else key_schema.empty_table()
        return keys, _first_per_key(keys, spec.keys)

    def rows(self) -> Iterator[pa.Table]:
        for batch in self.source.batches(None):
            yield Lake._conform(self.spec, pa.Table.from_batches([batch]), self.ingest_date)


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
