"""The output's Delta tables: which records each holds, what identifies a row, and how analysts read them.

``storage.delta`` writes and maintains the tables; this module names them after ``records``:

| table | rows | key (a commit inserts only rows whose key is absent) |
|---|---|---|
| ``articles`` | one per article version | ``article_id``, ``version`` |
| ``errors`` | one per entry (or feed) that failed a stage in a pass | ``feed_url``, ``url``, ``stage``, ``run_id`` |
| ``feeds`` | one per feed per pass (the history) | ``feed_url``, ``run_id`` |
| ``clusters`` | one per story a pass created, grew or merged | ``cluster_id``, ``run_id`` |
| ``feeds_current`` | one per feed, replaced every pass (not partitioned) | ``feed_url`` |
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import datetime, timedelta

import duckdb
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.dataset as pads

from records import RECORD_TYPES, FeedHealth, FeedStatus
from storage.delta import PARTITION, Lake, TableSpec
from storage.objectstore import LocalStore, ObjectStore
from storage.parquet import arrow_schema

__all__ = ["KEYS", "SPECS", "duckdb_sql", "feed_health", "open_lake", "reader"]

KEYS: dict[str, tuple[str, ...]] = {
    "articles": ("article_id", "version"),
    "errors": ("feed_url", "url", "stage", "run_id"),
    "feeds": ("feed_url", "run_id"),
    "clusters": ("cluster_id", "run_id"),
    "feeds_current": ("feed_url",),
}
SPECS = tuple(TableSpec(name, arrow_schema(record_type), KEYS[name], partitioned=name != "feeds_current")
              for name, record_type in RECORD_TYPES.items())
_SUCCESS = ("ok", "not_modified")


def open_lake(store: ObjectStore) -> Lake:
    return Lake(store, SPECS)


def reader(lake: Lake) -> duckdb.DuckDBPyConnection:
    """DuckDB with a view per table over its latest version (through delta-rs: no extension needed).

    Each view reads the version that was latest when this function ran; call it again to see later passes.
    """
    con = duckdb.connect()
    for spec in SPECS:
        con.register(f"_{spec.name}_data", lake.dataset(spec.name))
        con.execute(f"CREATE OR REPLACE VIEW {spec.name} AS SELECT * FROM _{spec.name}_data")
    return con


def duckdb_sql(lake: Lake) -> str:
    """DuckDB statements that define a view per table with ``delta_scan`` (DuckDB's delta extension, which
    follows each table's latest version on every query), with the S3 secret an S3 lake needs."""
    lines = [f"-- feedlake tables of {lake.store.uri}: DuckDB's delta extension reads the latest version",
             "INSTALL delta; LOAD delta;"]
    if not isinstance(lake.store, LocalStore):
        options = lake.options
        endpoint = options.get("AWS_ENDPOINT_URL", "")
        parts = ["TYPE s3", "PROVIDER credential_chain"]
        if endpoint:
            host = re.sub(r"^https?://", "", endpoint).rstrip("/")
            parts += [f"ENDPOINT '{host}'", "URL_STYLE 'path'", f"USE_SSL {str(endpoint.startswith('https')).lower()}"]
        if options.get("AWS_REGION"):
            parts.append(f"REGION '{options['AWS_REGION']}'")
        lines += ["INSTALL httpfs; LOAD httpfs;", f"CREATE OR REPLACE SECRET feedlake ({', '.join(parts)});"]
    for spec in SPECS:
        uri = lake.uri(spec.name).replace("'", "''")
        lines.append(f"CREATE OR REPLACE VIEW {spec.name} AS SELECT * FROM delta_scan('{uri}');")
    return "\n".join(lines) + "\n"


def articles_last_day(lake: Lake, now: datetime) -> dict[str, int]:
    """Articles per feed URL ingested in the 24 hours before ``now`` (two partitions read at most)."""
    since = now - timedelta(hours=24)
    table = lake.read("articles", columns=["feed_url", "fetched_at"],
                      filter=pads.field(PARTITION) >= pa.scalar(since.date(), pa.date32()))
    recent = table.filter(pc.greater_equal(table["fetched_at"], pa.scalar(since, table["fetched_at"].type)))
    counts = recent.group_by("feed_url").aggregate([("feed_url", "count")])
    return dict(zip(counts["feed_url"].to_pylist(), counts["feed_url_count"].to_pylist(), strict=True))


def feed_health(statuses: list[FeedStatus], previous: Mapping[str, FeedHealth], recent: Mapping[str, int],
                committed_at: datetime, run_id: str) -> list[FeedHealth]:
    """Each polled feed's row of ``feeds_current`` after this pass, from its status and its previous row."""
    out = []
    for s in statuses:
        before = previous.get(s.feed_url)
        polled = s.status not in ("skipped", "disabled")
        failed = s.status in ("error", "gone")
        if not polled and before is not None:
            state = before.state if s.status == "skipped" else "disabled"
        elif not polled:
            state = "disabled" if s.status == "disabled" else "not_polled"
        elif failed:
            state = "gone" if s.status == "gone" else ("failing" if s.flag == "failing" else "error")
        else:
            state = s.status
        out.append(FeedHealth(
            feed_url=s.feed_url, feed_name=s.feed_name, state=state, flag=s.flag,
            last_polled_at=s.polled_at if polled else (before.last_polled_at if before else None),
            last_success_at=s.polled_at if s.status in _SUCCESS else (before.last_success_at if before else None),
            last_error_at=s.polled_at if failed else (before.last_error_at if before else None),
            last_error=s.error if failed else (before.last_error if before else None),
            consecutive_failures=s.consecutive_failures, next_poll_at=s.next_poll_at,
            effective_url=s.effective_url, articles_24h=recent.get(s.feed_url, 0), updated_at=committed_at,
            run_id=run_id))
    return out
