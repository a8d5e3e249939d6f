"""Parquet for feedlake's records: schemas derived from the dataclasses, and back.

``arrow_schema`` reads a record dataclass's type hints, so ``records`` is the
single definition of every dataset's columns, types and nullability.  Datetimes are
stored as ``timestamp[us, tz=UTC]`` (Parquet ``isAdjustedToUTC``), which DuckDB, Spark
and Athena read as instants rather than wall-clock times.
"""

from __future__ import annotations

import dataclasses
import functools
import re
import types
from collections.abc import Sequence
from datetime import UTC, date, datetime
from typing import Any, TypeVar, Union, get_args, get_origin, get_type_hints

import pyarrow as pa
import pyarrow.parquet as pq

T = TypeVar("T")

TIMESTAMP = pa.timestamp("us", tz="UTC")
COMPRESSION = "zstd"
# Row groups are sized by bytes, not rows: an article row carries kilobytes of text
# while a feed-status row is tiny.  ~64 MiB uncompressed is the usual sweet spot for
# scan parallelism vs. per-group overhead; the row bounds stop extreme tables misbehaving.
ROW_GROUP_TARGET_BYTES = 64 * 1024 * 1024
_MIN_GROUP_ROWS, _MAX_GROUP_ROWS = 1_000, 1_000_000

_SCALARS: dict[Any, pa.DataType] = {
    str: pa.string(),
    int: pa.int64(),
    float: pa.float64(),
    bool: pa.bool_(),
    datetime: TIMESTAMP,
}
# Names that start with "_" or "." are skipped as hidden by Spark/Hive-style readers.
_NAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.=-]*$")


def _arrow_type(hint: Any) -> tuple[pa.DataType, bool] | None:
    """(Arrow type, nullable) for a supported hint, else None."""
    nullable = False
    if get_origin(hint) in (Union, types.UnionType):
        args = get_args(hint)
        rest = [a for a in args if a is not type(None)]
        if len(args) != 2 or len(rest) != 1:
            return None
        hint, nullable = rest[0], True
    if hint in _SCALARS:
        return _SCALARS[hint], nullable
    if get_origin(hint) is list and get_args(hint) == (str,):
        return pa.list_(pa.string()), nullable
    return None


def _check_record_type(record_type: Any) -> None:
    if not (isinstance(record_type, type) and dataclasses.is_dataclass(record_type)):
        raise TypeError(f"{record_type!r} is not a dataclass type")


@functools.cache
def arrow_schema(record_type: type) -> pa.Schema:
    """The Arrow schema of a record dataclass: one field per dataclass field, in order.

    ``str``/``int``/``float``/``bool`` -> string/int64/float64/bool, ``datetime`` ->
    timestamp[us, tz=UTC], ``list[str]`` -> list<string>; ``X | None`` makes the field
    nullable, everything else is not null.  Other types raise ``TypeError``.
    """
    _check_record_type(record_type)
    # get_type_hints, not Field.type: with postponed annotations those are plain strings.
    hints = get_type_hints(record_type)
    fields = []
    for f in dataclasses.fields(record_type):
        mapped = _arrow_type(hints[f.name])
        if mapped is None:
            raise TypeError(
                f"{record_type.__name__}.{f.name}: type {hints[f.name]!r} has no Parquet mapping "
                "(supported: str, int, float, bool, datetime, list[str], each optionally '| None')"
            )
        fields.append(pa.field(f.name, mapped[0], nullable=mapped[1]))
    return pa.schema(fields)


def _utc(value: Any, where: str) -> datetime:
    if not isinstance(value, datetime):
        raise TypeError(f"{where}: expected a datetime, got {type(value).__name__} {value!r}")
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{where}: naive datetime {value!r}; feedlake stores timezone-aware UTC datetimes")
    return value.astimezone(UTC)


def to_table(records: Sequence[Any], record_type: type) -> pa.Table:
    """An Arrow table of ``records`` (all of ``record_type``) with ``arrow_schema(record_type)``.

    Datetimes must be timezone-aware and are converted to UTC; a naive one, or ``None``
    in a non-optional field, raises ``ValueError`` naming the field and row.
    """
    schema = arrow_schema(record_type)
    name = record_type.__name__
    for i, rec in enumerate(records):
        if not isinstance(rec, record_type):
            raise TypeError(f"row {i}: expected {name}, got {type(rec).__name__}")
    columns = []
    for field in schema:
        values = [getattr(rec, field.name) for rec in records]
        for i, v in enumerate(values):
            if v is None and not field.nullable:
                raise ValueError(f"{name}.{field.name} is None in row {i} but the field is not optional")
        if field.type == TIMESTAMP:
            values = [None if v is None else _utc(v, f"{name}.{field.name} in row {i}") for i, v in enumerate(values)]
        try:
            columns.append(pa.array(values, type=field.type))
        except (pa.ArrowInvalid, pa.ArrowTypeError) as exc:
            raise TypeError(f"{name}.{field.name}: {exc}") from exc
    return pa.Table.from_arrays(columns, schema=schema)


def from_table(table: pa.Table, record_type: type[T]) -> list[T]:
    """The records in ``table``, as ``record_type`` instances with UTC-aware datetimes.

    Columns are matched by name and cast to the record's schema; extra columns (such
    as a ``ingest_date`` partition column added by a hive-partitioned read) are ignored.
    """
    schema = arrow_schema(record_type)  # type: ignore[arg-type]  # a class is hashable
    name = record_type.__name__
    missing = [n for n in schema.names if n not in table.column_names]
    if missing:
        raise ValueError(f"table lacks {name} column(s): {', '.join(missing)}")
    table = table.select(schema.names)
    for field, column in zip(schema, table.columns, strict=True):
        if column.null_count and not field.nullable:
            raise ValueError(f"column {field.name} has nulls but {name}.{field.name} is not optional")
    try:
        table = table.cast(schema)
    except (ValueError, TypeError, pa.ArrowNotImplementedError) as exc:
        raise ValueError(f"table does not match the {name} schema: {exc}") from exc
    columns: list[list[Any]] = []
    for field, column in zip(schema, table.columns, strict=True):
        values = column.to_pylist()
        if field.type == TIMESTAMP:
            # pyarrow returns a zoneinfo UTC; normalise to datetime.UTC so values compare and print alike.
            values = [None if v is None else v.astimezone(UTC) for v in values]
        columns.append(values)
    return [record_type(**dict(zip(schema.names, row, strict=True))) for row in zip(*columns, strict=True)]


def _row_group_rows(table: pa.Table) -> int:
    if table.num_rows == 0:
        return _MIN_GROUP_ROWS
    per_row = max(table.nbytes / table.num_rows, 1.0)
    return int(min(max(ROW_GROUP_TARGET_BYTES / per_row, _MIN_GROUP_ROWS), _MAX_GROUP_ROWS))


def write_parquet(table: pa.Table) -> bytes:
    """Parquet file bytes: zstd, column statistics on (for min/max pruning), Arrow schema kept."""
    sink = pa.BufferOutputStream()
    pq.write_table(
        table,
        sink,
        compression=COMPRESSION,
        write_statistics=True,
        row_group_size=_row_group_rows(table),
    )
    return sink.getvalue().to_pybytes()


def read_parquet(data: bytes) -> pa.Table:
    """The table in Parquet file bytes."""
    return pq.read_table(pa.BufferReader(data))


def _check_name(value: str, what: str) -> str:
    if not isinstance(value, str) or not _NAME_RE.match(value):
        raise ValueError(
            f"invalid {what} {value!r}: use letters, digits and '_.=-', starting with a letter or digit"
        )
    return value


def partition_prefix(dataset: str, ingest_date: date) -> str:
    """``<dataset>/ingest_date=YYYY-MM-DD/``: the folder of one partition (for list/delete_prefix)."""
    # datetime is a date subclass whose isoformat() carries a time: that would be a new partition.
    if not isinstance(ingest_date, date) or isinstance(ingest_date, datetime):
        raise TypeError(f"ingest_date must be a datetime.date, got {type(ingest_date).__name__}")
    return f"{_check_name(dataset, 'dataset name')}/ingest_date={ingest_date.isoformat()}/"


def partition_key(dataset: str, ingest_date: date, part_name: str) -> str:
    """``<dataset>/ingest_date=YYYY-MM-DD/<part_name>.parquet``, hive style for partition pruning."""
    if isinstance(part_name, str) and part_name.endswith(".parquet"):
        raise ValueError(f"part name {part_name!r} must not include the .parquet suffix")
    return f"{partition_prefix(dataset, ingest_date)}{_check_name(part_name, 'part name')}.parquet"
