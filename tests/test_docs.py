"""The README's configuration and schema tables say what the code does."""

from __future__ import annotations

import re
from dataclasses import fields
from pathlib import Path

import pyarrow as pa
import pytest

from feedlake.settings import Settings
from records import RECORD_TYPES
from storage.parquet import arrow_schema

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def table_after(heading: str) -> list[list[str]]:
    start = README.index(heading)
    rows = []
    for line in README[start:].splitlines()[1:]:
        if line.startswith("#"):
            break
        if line.startswith("|") and not set(line) <= set("|-: "):
            rows.append([c.strip() for c in line.strip("|").split("|")])
    return rows[1:]  # without the header row


def test_every_setting_is_documented_with_its_variable() -> None:
    rows = {r[0]: r for r in table_after("## Configuration")}
    for f in fields(Settings):
        assert f.name in rows, f"README Configuration lacks {f.name}"
        assert rows[f.name][1] == f"`{Settings.env_name(f.name)}`"
    assert set(rows) == {f.name for f in fields(Settings)}


def arrow_doc_type(t: pa.DataType) -> str:
    if pa.types.is_list(t):
        return f"list&lt;{arrow_doc_type(t.value_type)}&gt;"
    if pa.types.is_float64(t):
        return "double"
    return str(t)


@pytest.mark.parametrize("dataset", sorted(RECORD_TYPES))
def test_output_schema_tables_match_the_records(dataset: str) -> None:
    schema = arrow_schema(RECORD_TYPES[dataset])
    rows = table_after(f"### `{dataset}`")
    assert [r[0] for r in rows] == schema.names, f"README column list for {dataset} is out of date"
    for row, field in zip(rows, schema, strict=True):
        documented = re.sub(r"\s+", " ", row[1])
        expected = arrow_doc_type(field.type) + (", null" if field.nullable else "")
        assert documented == expected, (dataset, field.name, documented, expected)
