"""storage.objectstore / storage.s3 / storage.parquet: both stores through the same tests."""

from __future__ import annotations

import dataclasses
import os
import pickle
import socket
import time
import types
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import get_type_hints

import boto3
import duckdb
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

import storage.objectstore as objectstore
from records import RECORD_TYPES, Article, ErrorRecord, FeedStatus
from storage.objectstore import LocalStore, ObjectNotFound, ObjectStore, StoreError, check
from storage.parquet import (
    arrow_schema,
    from_table,
    partition_key,
    partition_prefix,
    read_parquet,
    to_table,
    write_parquet,
)
from storage.s3 import S3Store
from storage.uri import open_store

# ---------------------------------------------------------------- object stores


@pytest.fixture(params=["local", "s3"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> ObjectStore:
    if request.param == "local":
        return open_store(str(tmp_path / "lake"))
    bucket = request.getfixturevalue("s3_env")
    return open_store(f"s3://{bucket}/some/prefix")


def test_put_get_exists_overwrite(store: ObjectStore) -> None:
    assert not store.exists("a/b.bin")
    store.put("a/b.bin", b"one")
    assert store.exists("a/b.bin")
    assert store.get("a/b.bin") == b"one"
    store.put("a/b.bin", b"two, longer")
    assert store.get("a/b.bin") == b"two, longer"
    store.put("empty", b"")
    assert store.get("empty") == b""


def test_missing_objects_raise_object_not_found(store: ObjectStore, tmp_path: Path) -> None:
    with pytest.raises(ObjectNotFound):
        store.get("nope/x")
    with pytest.raises(KeyError):  # ObjectNotFound is a KeyError for dict-like callers
        store.get("nope")
    with pytest.raises(ObjectNotFound):
        store.copy("nope", "dst")
    with pytest.raises(ObjectNotFound):
        store.download("nope", tmp_path / "out.bin")
    assert not (tmp_path / "out.bin").exists()
    assert not store.exists("dst")


def test_list_is_sorted_recursive_relative_and_a_string_prefix(store: ObjectStore) -> None:
    for key in ["b/2", "a/bc/1", "a/b/2", "a/b/1", "top"]:
        store.put(key, b"x")
    assert store.list() == ["a/b/1", "a/b/2", "a/bc/1", "b/2", "top"]
    assert store.list("a/b/") == ["a/b/1", "a/b/2"]
    assert store.list("a/b") == ["a/b/1", "a/b/2", "a/bc/1"]  # S3 semantics: a plain string prefix
    assert store.list("a/b/1") == ["a/b/1"]
    assert store.list("missing/") == []


def test_delete_and_delete_prefix(store: ObjectStore) -> None:
    for key in ["a/b/1", "a/b/c/2", "a/bc/3", "z"]:
        store.put(key, b"x")
    store.delete("z")
    store.delete("z")  # deleting a missing key is fine, as in S3
    assert not store.exists("z")
    assert store.delete_prefix("a/b") == 2  # the folder a/b/, not a/bc/
    assert store.list() == ["a/bc/3"]
    assert store.delete_prefix("a/bc/") == 1
    assert store.list() == []
    assert store.delete_prefix("a/") == 0
    with pytest.raises(ValueError, match="non-empty prefix"):
        store.delete_prefix("/")


def test_copy(store: ObjectStore) -> None:
    store.put("src/x", b"payload")
    store.copy("src/x", "dst/deeper/y")
    assert store.get("dst/deeper/y") == b"payload"
    assert store.get("src/x") == b"payload"
    store.put("dst/deeper/y", b"old")
    store.copy("src/x", "dst/deeper/y")  # overwrites
    assert store.get("dst/deeper/y") == b"payload"


def test_upload_and_download(store: ObjectStore, tmp_path: Path) -> None:
    src = tmp_path / "state.db"
    src.write_bytes(os.urandom(3 * 1024 * 1024 + 17))  # more than one copy chunk
    store.upload(src, "_state/state.db")
    out = tmp_path / "fresh" / "dir" / "state.db"
    store.download("_state/state.db", out)
    assert out.read_bytes() == src.read_bytes()
    with pytest.raises(FileNotFoundError):
        store.upload(tmp_path / "missing.db", "_state/missing.db")


def test_url_for(store: ObjectStore) -> None:
    store.put("d/k.parquet", b"x")
    url = store.url_for("d/k.parquet")
    if isinstance(store, LocalStore):
        assert Path(url).is_absolute() and Path(url).read_bytes() == b"x"
    else:
        assert url == f"{store.uri}/d/k.parquet" and url.startswith("s3://")


def test_atomic_put_leaves_no_temp_files(store: ObjectStore) -> None:
    for i in range(5):
        store.put("p/obj", str(i).encode())
        store.copy("p/obj", "p/copy")
    assert store.list() == ["p/copy", "p/obj"]
    if isinstance(store, LocalStore):
        on_disk = sorted(str(p.relative_to(store.root)) for p in store.root.rglob("*") if p.is_file())
        assert on_disk == ["p/copy", "p/obj"]


def test_local_failed_put_keeps_old_object_and_no_temp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = LocalStore(tmp_path)
    store.put("k", b"old")

    def broken_fsync(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(objectstore.os, "fsync", broken_fsync)
    with pytest.raises(OSError, match="No space"):
        store.put("k", b"new")
    assert store.get("k") == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["k"]


def test_local_delete_prunes_empty_folders(tmp_path: Path) -> None:
    store = LocalStore(tmp_path / "root")
    store.put("a/b/c/k", b"x")
    store.put("a/keep", b"x")
    store.delete("a/b/c/k")
    assert not (tmp_path / "root" / "a" / "b").exists()
    assert (tmp_path / "root" / "a" / "keep").exists()


@pytest.mark.parametrize("key", ["", "/abs", "../up", "a/../b", "a//b", "a/", "./a", "a\\b", ".feedlake-tmp-x"])
def test_invalid_keys_are_rejected(store: ObjectStore, key: str) -> None:
    with pytest.raises(ValueError):
        store.put(key, b"x")


def test_s3_store_stays_inside_its_prefix(s3_env: str) -> None:
    client = boto3.client("s3")
    client.put_object(Bucket=s3_env, Key="other/x", Body=b"x")
    client.put_object(Bucket=s3_env, Key="mine/folder/", Body=b"")  # console-style folder marker
    store = open_store(f"s3://{s3_env}/mine")
    store.put("k", b"y")
    assert store.list() == ["k"]
    assert client.get_object(Bucket=s3_env, Key="mine/k")["Body"].read() == b"y"


def test_stores_pickle(store: ObjectStore) -> None:
    store.put("k", b"v")
    clone = pickle.loads(pickle.dumps(store))
    assert type(clone) is type(store) and clone.uri == store.uri and clone.get("k") == b"v"


# ---------------------------------------------------------------- open_store / verify


def test_open_store_local_forms(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    rel = open_store("out/lake")
    assert isinstance(rel, LocalStore) and rel.root == tmp_path / "out" / "lake"
    assert open_store(f"file://{tmp_path}/x").root == tmp_path / "x"  # type: ignore[attr-defined]
    assert open_store(f"file://localhost{tmp_path}/y").root == tmp_path / "y"  # type: ignore[attr-defined]
    monkeypatch.setenv("HOME", str(tmp_path))
    assert open_store("~/home-lake").root == tmp_path / "home-lake"  # type: ignore[attr-defined]
    assert open_store(rel.uri).uri == rel.uri  # uri round-trips


def test_open_store_s3_forms(s3_env: str) -> None:
    plain = open_store(f"s3://{s3_env}")
    assert isinstance(plain, S3Store) and plain.prefix == "" and plain.uri == f"s3://{s3_env}"
    nested = open_store(f"s3://{s3_env}/a/b/")
    assert isinstance(nested, S3Store) and nested.prefix == "a/b" and nested.uri == f"s3://{s3_env}/a/b"


@pytest.mark.parametrize(
    ("uri", "problem"),
    [
        ("", "empty store URI"),
        ("   ", "empty store URI"),
        ("http://example.com/lake", "unsupported store URI scheme 'http'"),
        ("gs://bucket/p", "unsupported store URI scheme 'gs'"),
        ("s3://", "empty bucket name"),
        ("s3:///prefix", "empty bucket name"),
        ("s3://Bad_Bucket/p", "invalid bucket name 'Bad_Bucket'"),
        ("s3://ab/p", "invalid bucket name 'ab'"),
        ("s3:bucket/p", "expected s3://"),
        ("s3://bucket/a//b", "invalid prefix"),
        ("s3://bucket/a/../b", "invalid prefix"),
        ("s3://bucket/p?versionId=1", "query or fragment"),
        ("file://otherhost/data", "remote host 'otherhost'"),
    ],
)
def test_open_store_rejects_bad_uris(uri: str, problem: str) -> None:
    with pytest.raises(StoreError, match="^[^\n]*$") as info:
        open_store(uri)
    assert problem in str(info.value)
    assert isinstance(info.value, ValueError)


def test_verify_local_creates_the_directory(tmp_path: Path) -> None:
    store = open_store(str(tmp_path / "new" / "lake"))
    check(store)
    assert (tmp_path / "new" / "lake").is_dir()
    assert list((tmp_path / "new" / "lake").iterdir()) == []  # the write probe is gone


def test_verify_local_rejects_a_file(tmp_path: Path) -> None:
    (tmp_path / "f").write_text("x")
    with pytest.raises(StoreError, match="is not a directory"):
        open_store(str(tmp_path / "f")).verify()
    with pytest.raises(StoreError, match="under a file"):
        open_store(str(tmp_path / "f" / "sub")).verify()


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root can write anywhere")
def test_verify_local_rejects_read_only_directory(tmp_path: Path) -> None:
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o500)
    try:
        with pytest.raises(StoreError, match="not writable"):
            open_store(str(ro)).verify()
    finally:
        ro.chmod(0o700)


def test_verify_s3_ok(s3_env: str) -> None:
    check(open_store(f"s3://{s3_env}/p"))


def test_verify_s3_missing_bucket_is_fast_and_clear(s3_env: str, s3_endpoint: str) -> None:
    start = time.monotonic()
    with pytest.raises(StoreError) as info:
        open_store(f"s3://{s3_env}-missing/p").verify()
    assert time.monotonic() - start < 5
    assert str(info.value) == (
        f"bucket '{s3_env}-missing' is not reachable at {s3_endpoint}: the bucket does not exist"
    )


def test_verify_s3_closed_port_is_fast_and_clear(s3_env: str, monkeypatch: pytest.MonkeyPatch) -> None:
    with socket.socket() as sock:  # bind then close: a port nothing listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    monkeypatch.setenv("AWS_ENDPOINT_URL", f"http://127.0.0.1:{port}")
    start = time.monotonic()
    with pytest.raises(StoreError) as info:
        open_store(f"s3://{s3_env}").verify()
    assert time.monotonic() - start < 5
    message = str(info.value)
    assert message.startswith(f"bucket '{s3_env}' is not reachable at http://127.0.0.1:{port}: ")
    assert "connect" in message.lower() and "\n" not in message and "testing" not in message


# ---------------------------------------------------------------- parquet


def _optional(hint: object) -> bool:
    return isinstance(hint, types.UnionType) and type(None) in hint.__args__


@pytest.mark.parametrize("record_type", list(RECORD_TYPES.values()), ids=list(RECORD_TYPES))
def test_schema_is_derived_from_each_record_type(record_type: type) -> None:
    schema = arrow_schema(record_type)
    hints = get_type_hints(record_type)
    assert schema.names == [f.name for f in dataclasses.fields(record_type)]
    for field in schema:
        hint = hints[field.name]
        assert field.nullable == _optional(hint), field.name
        base = next(a for a in hint.__args__ if a is not type(None)) if _optional(hint) else hint
        expected = {
            str: pa.string(),
            int: pa.int64(),
            float: pa.float64(),
            bool: pa.bool_(),
            datetime: pa.timestamp("us", tz="UTC"),
            list[str]: pa.list_(pa.string()),
        }[base]
        assert field.type == expected, field.name
        if base is datetime:
            assert str(field.type) == "timestamp[us, tz=UTC]"


def test_article_schema_spot_checks() -> None:
    schema = arrow_schema(Article)
    assert schema.field("fetched_at").type == pa.timestamp("us", tz="UTC")
    assert not schema.field("fetched_at").nullable
    assert schema.field("published_at").nullable
    assert schema.field("boilerplate_removed").type == pa.list_(pa.string())
    assert schema.field("similarity").type == pa.float64() and schema.field("similarity").nullable
    assert arrow_schema(FeedStatus).field("http_status").type == pa.int64()


def test_unsupported_types_name_the_field() -> None:
    @dataclasses.dataclass
    class Bad:
        ok: str
        tags: dict[str, str]

    @dataclasses.dataclass
    class Mixed:
        value: int | str

    with pytest.raises(TypeError, match=r"Bad\.tags"):
        arrow_schema(Bad)
    with pytest.raises(TypeError, match=r"Mixed\.value"):
        arrow_schema(Mixed)
    with pytest.raises(TypeError, match="not a dataclass"):
        arrow_schema(dict)


CEST = timezone(timedelta(hours=2))


def _article(i: int, **changes: object) -> Article:
    base = Article(
        article_id=f"id{i}",
        url=f"https://example.com/{i}?utm=x",
        canonical_url=f"https://example.com/{i}",
        feed_url="https://example.com/feed.xml",
        feed_name="Example",
        source="example.com",
        title=f"Title {i} – ünïcode",
        author=None,
        published_at=datetime(2024, 5, 1, 12, 30, 15, 123456, tzinfo=CEST),
        fetched_at=datetime(2024, 5, 1, 11, 0, tzinfo=UTC),
        language="en",
        text="Body text. " * 50,
        text_source="page",
        boilerplate_removed=["Subscribe now", "Share this"],
        boilerplate_rules=["subscribe", "share"],
        similarity=0.875,
        run_id="run-1",
    )
    return dataclasses.replace(base, **changes)


def _samples() -> list[tuple[type, list[object]]]:
    when = datetime(2024, 5, 2, 8, 0, tzinfo=UTC)
    return [
        (Article, [_article(1), _article(2, published_at=None, boilerplate_removed=[], boilerplate_rules=[])]),
        (ErrorRecord, [ErrorRecord("https://x/1", "https://x/feed", "fetch", "timeout", when, "TimeoutError")]),
        (FeedStatus, [FeedStatus("https://x/feed", "X", when, "ok", 200, 10, 3, None, '"etag"', None, "r")]),
    ]


@pytest.mark.parametrize(("record_type", "records"), _samples(), ids=["articles", "errors", "feeds"])
def test_round_trip_through_parquet(record_type: type, records: list[object]) -> None:
    table = to_table(records, record_type)
    assert table.schema == arrow_schema(record_type)
    back = from_table(read_parquet(write_parquet(table)), record_type)
    assert back == records
    for rec in back:
        for f in dataclasses.fields(rec):  # type: ignore[arg-type]
            value = getattr(rec, f.name)
            if isinstance(value, datetime):
                assert value.tzinfo is UTC


def test_datetimes_are_converted_to_utc() -> None:
    (back,) = from_table(to_table([_article(1)], Article), Article)
    assert back.published_at == datetime(2024, 5, 1, 10, 30, 15, 123456, tzinfo=UTC)
    assert back.published_at.utcoffset() == timedelta(0)  # type: ignore[union-attr]


def test_naive_datetime_is_rejected_naming_the_field() -> None:
    with pytest.raises(ValueError, match=r"Article\.fetched_at.*naive"):
        to_table([_article(1), _article(2, fetched_at=datetime(2024, 5, 1))], Article)


def test_none_in_required_field_and_wrong_type_are_rejected() -> None:
    with pytest.raises(ValueError, match=r"Article\.text is None"):
        to_table([_article(1, text=None)], Article)
    with pytest.raises(TypeError, match="expected ErrorRecord, got Article"):
        to_table([_article(1)], ErrorRecord)
    with pytest.raises(TypeError, match=r"FeedStatus\.entries"):
        to_table([FeedStatus("u", "n", datetime.now(UTC), "ok", None, "ten", 0, None)], FeedStatus)  # type: ignore[arg-type]


def test_empty_round_trip() -> None:
    table = to_table([], Article)
    assert table.num_rows == 0 and table.schema == arrow_schema(Article)
    assert from_table(read_parquet(write_parquet(table)), Article) == []


def test_from_table_ignores_extra_columns_and_names_missing_ones() -> None:
    table = to_table(_samples()[1][1], ErrorRecord)
    extra = table.append_column("ingest_date", pa.array([date(2024, 5, 2)]))
    assert from_table(extra, ErrorRecord) == _samples()[1][1]
    with pytest.raises(ValueError, match="stage"):
        from_table(table.drop_columns(["stage"]), ErrorRecord)


def test_parquet_bytes_are_zstd_with_statistics() -> None:
    data = write_parquet(to_table([_article(i) for i in range(20)], Article))
    meta = pq.ParquetFile(pa.BufferReader(data)).metadata
    column = meta.row_group(0).column(0)
    assert column.compression == "ZSTD"
    assert column.is_stats_set and column.statistics.min == "id0"
    assert all(meta.row_group(0).column(i).compression == "ZSTD" for i in range(meta.num_columns))


def test_partition_key() -> None:
    assert partition_key("articles", date(2024, 5, 1), "part-run1") == (
        "articles/ingest_date=2024-05-01/part-run1.parquet"
    )
    assert partition_prefix("feeds", date(2024, 12, 31)) == "feeds/ingest_date=2024-12-31/"
    with pytest.raises(TypeError):
        partition_key("articles", datetime(2024, 5, 1, tzinfo=UTC), "p")
    for dataset, part in [("", "p"), ("a/b", "p"), ("articles", "x/y"), ("articles", "_hidden"),
                          ("articles", "p.parquet")]:
        with pytest.raises(ValueError):
            partition_key(dataset, date(2024, 5, 1), part)


def test_duckdb_reads_hive_partitioned_local_dataset(tmp_path: Path) -> None:
    store = LocalStore(tmp_path / "lake")
    days = {date(2024, 5, 1): [_article(1), _article(2)], date(2024, 5, 2): [_article(3)]}
    for day, articles in days.items():
        store.put(partition_key("articles", day, "part-r1"), write_parquet(to_table(articles, Article)))
    store.put("errors/ingest_date=2024-05-01/part-r1.parquet", write_parquet(to_table([], ErrorRecord)))

    con = duckdb.connect()
    pattern = f"{store.root}/articles/*/*.parquet"
    rel = con.sql(f"SELECT * FROM read_parquet('{pattern}', hive_partitioning = true)")
    types_by_name = dict(zip(rel.columns, (str(t) for t in rel.types), strict=True))
    assert types_by_name["ingest_date"] == "DATE"
    assert types_by_name["published_at"] == "TIMESTAMP WITH TIME ZONE"
    assert types_by_name["boilerplate_removed"] == "VARCHAR[]"
    rows = con.sql(
        f"SELECT ingest_date, count(*) FROM read_parquet('{pattern}', hive_partitioning = true) "
        "WHERE ingest_date = DATE '2024-05-01' GROUP BY ingest_date"
    ).fetchall()
    assert rows == [(date(2024, 5, 1), 2)]
    # What DuckDB hands back converts to the same records (the extra ingest_date column is ignored).
    arrow = con.sql(f"SELECT * FROM read_parquet('{pattern}', hive_partitioning = true) ORDER BY article_id").arrow()
    if isinstance(arrow, pa.RecordBatchReader):
        arrow = arrow.read_all()
    assert from_table(arrow, Article) == [_article(1), _article(2), _article(3)]
