"""A run's staged articles in bounded memory: the dedup order from the sort keys alone, a local spill that
hands the articles back in that order chunk by chunk, and the dedup stage's output written and read back in
row groups.

The dedup stage decides the run's articles earliest first, and learning needs each source's articles of the
pass in that order, but neither needs all of the run's articles at once: ``RunOrder`` reads only the sort
keys of the staged articles and sorts them; the articles are then read a staged batch (or one source's
articles) at a time, cleaned, and spilled by rank into ``Chunks`` of ``CHUNK`` articles, which come back one
at a time in rank order.  The commit streams ``dedup/articles.parquet`` the same way (``ArticleRows``).
The spill is Arrow IPC in a local temporary directory (not pickle: nothing here is persisted).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.ipc as ipc
import pyarrow.parquet as pq

from feedlake.summary import ArticleTally
from records import Article, BoxedParagraphs
from storage.parquet import COMPRESSION, arrow_schema, from_table, to_table
from storage.staging import RunStaging

CHUNK = 2000  # articles read, decided and written at a time by the dedup stage (tests set it small)
MAX_CHUNKS = 512  # open spill files at most: a larger run gets larger chunks
_RANK = "_rank"
_KEY_COLUMNS = ["article_id", "published_at", "fetched_at", "source"]


@dataclass(frozen=True)
class Position:
    rank: int  # place in the dedup order
    file: int  # index into RunOrder.names
    row: int  # row within that staged file
    source: str


@dataclass
class RunOrder:
    """Where each staged article is, and its place in the dedup order: earliest first (published, else
    fetched), then by article id, ties in staging order, as sorting all the articles did."""

    names: list[str]
    positions: list[Position]  # in staging order (file by file, row by row)
    article_ids: list[str]
    seen_until: float  # the latest fetch time of the run's articles (epoch seconds)

    @classmethod
    def read(cls, staging: RunStaging, names: Sequence[str]) -> RunOrder:
        keys: list[tuple[datetime, str]] = []
        where: list[tuple[int, int, str]] = []
        seen_until = float("-inf")
        for f, name in enumerate(names):
            table = staging.get_table(name, _KEY_COLUMNS)
            if table is None:
                continue
            columns = [table.column(c).to_pylist() for c in _KEY_COLUMNS]
            for r, (article_id, published, fetched, source) in enumerate(zip(*columns, strict=True)):
                keys.append((published or fetched, article_id))
                where.append((f, r, source))
                seen_until = max(seen_until, fetched.timestamp())
        ranks = [0] * len(keys)
        for rank, i in enumerate(sorted(range(len(keys)), key=keys.__getitem__)):  # stable
            ranks[i] = rank
        positions = [Position(ranks[i], f, r, s) for i, (f, r, s) in enumerate(where)]
        return cls(list(names), positions, [k[1] for k in keys], seen_until)

    def __len__(self) -> int:
        return len(self.positions)

    def by_file(self) -> Iterator[tuple[str, list[Position]]]:
        """Each staged file with its articles' positions (row order)."""
        for f, group in itertools.groupby(self.positions, key=lambda p: p.file):
            yield self.names[f], list(group)

    def by_source(self) -> Iterator[tuple[str, list[Position]]]:
        """Each source with its articles' positions in dedup order, sources in the order their first article
        comes (as learning took them from the sorted articles)."""
        groups: dict[str, list[Position]] = {}
        for p in sorted(self.positions, key=lambda p: p.rank):
            groups.setdefault(p.source, []).append(p)
        yield from groups.items()

    def read_articles(self, staging: RunStaging, positions: Sequence[Position]) -> list[Article]:
        """The staged articles at ``positions``, in that order (each staged file read once)."""
        by_file: dict[int, list[int]] = {}
        for i, p in enumerate(positions):
            by_file.setdefault(p.file, []).append(i)
        out: list[Article | None] = [None] * len(positions)
        for f, indices in by_file.items():
            table = staging.get_table(self.names[f])
            assert table is not None, f"{self.names[f]} vanished from the staging"
            rows = from_table(table.take(pa.array([positions[i].row for i in indices], pa.int64())), Article)
            for i, article in zip(indices, rows, strict=True):
                out[i] = article
        return [a for a in out if a is not None]

    def read_boxed(self, staging: RunStaging, positions: Sequence[Position]) -> list[frozenset[str]]:
        """The boxed paragraphs (``BoxedParagraphs``) of the staged articles at ``positions``, in that order:
        staged beside each articles file, row for row; none for a file staged without them."""
        out: list[frozenset[str]] = [frozenset()] * len(positions)
        by_file: dict[int, list[int]] = {}
        for i, p in enumerate(positions):
            by_file.setdefault(p.file, []).append(i)
        for f, indices in by_file.items():
            table = staging.get_table(boxed_name(self.names[f]))
            if table is None:
                continue
            rows = from_table(table.take(pa.array([positions[i].row for i in indices], pa.int64())),
                              BoxedParagraphs)
            for i, boxed in zip(indices, rows, strict=True):
                out[i] = frozenset(boxed.texts)
        return out


def boxed_name(articles_name: str) -> str:
    """The staged ``BoxedParagraphs`` file that goes with a staged articles file."""
    return articles_name.removesuffix(".articles.parquet") + ".boxed.parquet"


@dataclass
class Chunks:
    """Articles spilled by rank to local files of ``size`` ranks each, read back chunk by chunk in rank
    order.  Every rank of ``0 … total-1`` must be written once before reading."""

    folder: Path
    total: int
    size: int = CHUNK
    _writers: dict[int, ipc.RecordBatchStreamWriter] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.size = max(self.size, -(-self.total // MAX_CHUNKS), 1)
        self._rank = pa.field(_RANK, pa.int64(), nullable=False)
        self._schema = arrow_schema(Article).append(self._rank)

    def _path(self, chunk: int) -> Path:
        return self.folder / f"chunk-{chunk:05d}.arrows"

    def write(self, ranks: Sequence[int], articles: Sequence[Article]) -> None:
        if not articles:
            return
        table = to_table(articles, Article).append_column(self._rank, pa.array(ranks, pa.int64()))
        chunk_of = pc.divide(table.column(_RANK), pa.scalar(self.size, pa.int64()))
        for chunk in pc.unique(chunk_of).to_pylist():
            part = table.filter(pc.equal(chunk_of, chunk))
            writer = self._writers.get(chunk)
            if writer is None:
                writer = self._writers[chunk] = ipc.new_stream(str(self._path(chunk)), self._schema)
            writer.write_table(part)

    def read(self) -> Iterator[list[Article]]:
        for writer in self._writers.values():
            writer.close()
        self._writers.clear()
        for chunk in range(-(-self.total // self.size)):
            path = self._path(chunk)
            with ipc.open_stream(str(path)) as reader:
                table = reader.read_all()
            path.unlink()
            table = table.take(pc.sort_indices(table.column(_RANK)))
            expected = range(chunk * self.size, min((chunk + 1) * self.size, self.total))
            assert table.column(_RANK).to_pylist() == list(expected), f"spill chunk {chunk} is incomplete"
            yield from_table(table, Article)


class ArticleWriter:
    """``dedup/articles.parquet`` written a chunk at a time (one row group each), to a local file."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.tally = ArticleTally()  # the run summary's figures of the rows written
        self._writer = pq.ParquetWriter(str(path), arrow_schema(Article), compression=COMPRESSION,
                                        write_statistics=True)

    def write(self, articles: Sequence[Article]) -> None:
        if articles:
            table = to_table(articles, Article)
            self._writer.write_table(table)
            self.tally.add(table)

    def close(self) -> None:
        self._writer.close()


@dataclass
class ArticleRows:
    """The dedup stage's articles (a local copy of ``dedup/articles.parquet``), read a row group at a time."""

    path: Path | None  # None: nothing staged, no rows

    def batches(self, columns: list[str] | None = None) -> Iterator[pa.RecordBatch]:
        if self.path is None:
            return
        file = pq.ParquetFile(str(self.path))
        for group in range(file.num_row_groups):
            table = file.read_row_group(group, columns=columns)
            table = table.cast(pa.schema([arrow_schema(Article).field(n) for n in table.column_names]))
            yield from table.to_batches()
