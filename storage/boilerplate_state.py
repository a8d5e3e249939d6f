"""Learned-boilerplate state: each source's stories and unit fingerprints, in SQLite.

``_state/boilerplate.sqlite`` holds what ``ingest.learned`` needs to count, per
source, in how many *distinct stories* a paragraph or sentence fingerprint was
seen within the time window: the stories (with the hashes of their paragraphs,
to recognise a re-polled or republished copy as the same story), which article
ids belong to which story, the fingerprint occurrences per story, and the
learned patterns that removed something (for the audit report).  It is pulled
and pushed through ``StateFiles`` like ``feeds.sqlite``; the dedup stage is its
only writer during a pass.

``_state/boilerplate_allow.sqlite`` is the operators' allow-list.  It is a
separate file so that ``feedlake boilerplate allow`` never races a running
pass: the pass only reads it, the command only writes it.

Nothing is pickled: fingerprints are signed 64-bit integers, texts are TEXT.
"""

from __future__ import annotations

import logging
import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

__all__ = ["AllowEntry", "AllowList", "BoilerplateState", "Occurrences", "PatternRow", "StoryOverlap",
           "fingerprint_hex"]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS sources (
    id INTEGER PRIMARY KEY,
    host TEXT NOT NULL UNIQUE
);
CREATE TABLE IF NOT EXISTS stories (
    id INTEGER PRIMARY KEY,
    source_id INTEGER NOT NULL,
    chars INTEGER NOT NULL,
    first_seen REAL NOT NULL,
    last_seen REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS stories_source ON stories (source_id, last_seen);
CREATE INDEX IF NOT EXISTS stories_last_seen ON stories (last_seen);
CREATE TABLE IF NOT EXISTS story_articles (
    article_id TEXT PRIMARY KEY,
    story_id INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS story_articles_story ON story_articles (story_id);
CREATE TABLE IF NOT EXISTS story_paragraphs (
    source_id INTEGER NOT NULL,
    paragraph INTEGER NOT NULL,
    story_id INTEGER NOT NULL,
    chars INTEGER NOT NULL,
    PRIMARY KEY (source_id, paragraph, story_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS story_paragraphs_story ON story_paragraphs (story_id);
CREATE TABLE IF NOT EXISTS occurrences (
    source_id INTEGER NOT NULL,
    fingerprint INTEGER NOT NULL,
    story_id INTEGER NOT NULL,
    first_seen REAL NOT NULL,
    last_seen REAL NOT NULL,
    PRIMARY KEY (source_id, fingerprint, story_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS occurrences_last_seen ON occurrences (last_seen);
CREATE TABLE IF NOT EXISTS patterns (
    source_id INTEGER NOT NULL,
    fingerprint INTEGER NOT NULL,
    kind TEXT NOT NULL,
    sample TEXT NOT NULL,
    first_removed REAL NOT NULL,
    last_removed REAL NOT NULL,
    removals INTEGER NOT NULL,
    PRIMARY KEY (source_id, fingerprint)
) WITHOUT ROWID;
"""

_ALLOW_SCHEMA = """
CREATE TABLE IF NOT EXISTS allow (
    source TEXT NOT NULL,
    fingerprint TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    added_at TEXT NOT NULL,
    PRIMARY KEY (source, fingerprint, text)
);
"""

SAMPLE_CHARS = 300  # a pattern's sample in the report; enough to recognise it
_CHUNK = 500  # SQLite caps bound variables per statement


def fingerprint_hex(fingerprint: int) -> str:
    """The 16-hex-digit spelling of a stored (signed) fingerprint, as the audit columns show it."""
    return f"{fingerprint & 0xFFFF_FFFF_FFFF_FFFF:016x}"


@dataclass(frozen=True)
class StoryOverlap:
    story_id: int
    chars: int  # the story's total paragraph characters
    shared_chars: int  # characters of the asked-for paragraphs it contains


@dataclass(frozen=True)
class Occurrences:
    stories: frozenset[int]  # distinct stories within the window
    first_seen: float  # earliest sighting among them


@dataclass(frozen=True)
class PatternRow:
    source: str
    fingerprint: str  # 16 hex digits
    kind: str  # how it matched: 'exact' | 'prefix' | 'lead'
    stories: int  # distinct stories within the window that contain it
    removals: int  # pieces it removed, all passes
    first_removed: float
    last_removed: float
    sample: str


@dataclass(frozen=True)
class AllowEntry:
    source: str  # a host, or '*' for every source
    fingerprint: str  # 16 hex digits, or '' when allowed by text
    text: str  # the allowed text, or '' when allowed by fingerprint
    note: str
    added_at: str


def _chunks(values: list[int]) -> Iterator[list[int]]:
    for i in range(0, len(values), _CHUNK):
        yield values[i : i + _CHUNK]


def _connect(path: Path, schema: str) -> sqlite3.Connection:
    path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(path, timeout=30, isolation_level=None, check_same_thread=False)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=NORMAL")
    db.executescript(schema)
    return db


class BoilerplateState:
    """Per-source stories and fingerprint occurrences (see the module docstring)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._db = _connect(path, _SCHEMA)
        self._sources: dict[str, int] = {}

    def close(self) -> None:
        self._db.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One pass's writes, all or nothing."""
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self._db.execute("ROLLBACK")
            self._sources.clear()  # ids of sources inserted in the transaction are gone with it
            raise
        self._db.execute("COMMIT")

    # --- sources and stories ------------------------------------------------

    def source_id(self, host: str) -> int:
        if host not in self._sources:
            self._db.execute("INSERT OR IGNORE INTO sources (host) VALUES (?)", (host,))
            row = self._db.execute("SELECT id FROM sources WHERE host = ?", (host,)).fetchone()
            self._sources[host] = int(row[0])
        return self._sources[host]

    def story_of_article(self, article_id: str) -> int | None:
        row = self._db.execute("SELECT story_id FROM story_articles WHERE article_id = ?", (article_id,)).fetchone()
        return int(row[0]) if row else None

    def stories_sharing(self, source_id: int, paragraphs: dict[int, int], since: float) -> list[StoryOverlap]:
        """Stories of the source, seen since ``since``, that contain any of ``paragraphs`` (hash -> chars)."""
        shared: dict[int, int] = defaultdict(int)
        for chunk in _chunks(list(paragraphs)):
            marks = ",".join("?" * len(chunk))
            rows = self._db.execute(
                f"""SELECT p.story_id, p.paragraph FROM story_paragraphs p JOIN stories s ON s.id = p.story_id
                    WHERE p.source_id = ? AND p.paragraph IN ({marks}) AND s.last_seen >= ?""",
                (source_id, *chunk, since))
            for story_id, paragraph in rows:
                shared[story_id] += paragraphs[paragraph]
        if not shared:
            return []
        sizes: dict[int, int] = {}
        for chunk in _chunks(list(shared)):
            marks = ",".join("?" * len(chunk))
            sizes.update(self._db.execute(f"SELECT id, chars FROM stories WHERE id IN ({marks})", chunk).fetchall())
        return [StoryOverlap(s, sizes[s], n) for s, n in sorted(shared.items())]

    def new_story(self, source_id: int, paragraphs: dict[int, int], seen: float) -> int:
        cur = self._db.execute("INSERT INTO stories (source_id, chars, first_seen, last_seen) VALUES (?,?,?,?)",
                               (source_id, sum(paragraphs.values()), seen, seen))
        story_id = int(cur.lastrowid or 0)
        self._db.executemany("INSERT OR IGNORE INTO story_paragraphs VALUES (?,?,?,?)",
                             [(source_id, h, story_id, n) for h, n in paragraphs.items()])
        return story_id

    def saw_story(self, story_id: int, article_id: str, seen: float) -> None:
        """``article_id`` is (a copy of) this story; the story was seen again at ``seen``."""
        self._db.execute("INSERT OR IGNORE INTO story_articles VALUES (?,?)", (article_id, story_id))
        self._db.execute("UPDATE stories SET last_seen = max(last_seen, ?) WHERE id = ?", (seen, story_id))

    def stories_since(self, source_id: int, since: float) -> int:
        """How many stories of the source were seen at or after ``since``."""
        row = self._db.execute("SELECT count(*) FROM stories WHERE source_id = ? AND last_seen >= ?",
                               (source_id, since)).fetchone()
        return int(row[0])

    # --- fingerprints -------------------------------------------------------

    def add_occurrences(self, source_id: int, story_id: int, fingerprints: Iterable[int], seen: float) -> None:
        self._db.executemany(
            """INSERT INTO occurrences VALUES (?,?,?,?,?)
               ON CONFLICT(source_id, fingerprint, story_id)
               DO UPDATE SET last_seen = max(last_seen, excluded.last_seen)""",
            [(source_id, fp, story_id, seen, seen) for fp in set(fingerprints)])

    def occurrence_stats(self, source_id: int, fingerprints: Iterable[int], since: float) -> dict[int, Occurrences]:
        """For each fingerprint: the distinct stories of the source that contained it since ``since``, and when
        it was first seen among them."""
        stories: dict[int, set[int]] = defaultdict(set)
        first: dict[int, float] = {}
        for chunk in _chunks(sorted(set(fingerprints))):
            marks = ",".join("?" * len(chunk))
            rows = self._db.execute(
                f"""SELECT fingerprint, story_id, first_seen FROM occurrences
                    WHERE source_id = ? AND fingerprint IN ({marks}) AND last_seen >= ?""",
                (source_id, *chunk, since))
            for fp, story, seen in rows:
                stories[fp].add(story)
                first[fp] = min(first.get(fp, seen), seen)
        return {fp: Occurrences(frozenset(s), first[fp]) for fp, s in stories.items()}

    def note_removal(self, source_id: int, fingerprint: int, kind: str, sample: str, when: float) -> None:
        self._db.execute(
            """INSERT INTO patterns VALUES (?,?,?,?,?,?,1)
               ON CONFLICT(source_id, fingerprint) DO UPDATE SET removals = removals + 1,
               last_removed = max(last_removed, excluded.last_removed), sample = excluded.sample""",
            (source_id, fingerprint, kind, sample[:SAMPLE_CHARS], when, when))

    # --- upkeep and audit -----------------------------------------------------

    def expire(self, before: float) -> int:
        """Forget stories, occurrences and patterns last seen before ``before``; returns stories dropped."""
        with self.transaction():
            old = [r[0] for r in self._db.execute("SELECT id FROM stories WHERE last_seen < ?", (before,))]
            for chunk in _chunks(old):
                marks = ",".join("?" * len(chunk))
                self._db.execute(f"DELETE FROM story_paragraphs WHERE story_id IN ({marks})", chunk)
                self._db.execute(f"DELETE FROM story_articles WHERE story_id IN ({marks})", chunk)
                self._db.execute(f"DELETE FROM stories WHERE id IN ({marks})", chunk)
            self._db.execute("DELETE FROM occurrences WHERE last_seen < ?", (before,))
            self._db.execute("DELETE FROM patterns WHERE last_removed < ?", (before,))
        return len(old)

    def patterns(self, since: float, source: str | None = None) -> list[PatternRow]:
        """Learned patterns that removed something, with their distinct-story counts within the window."""
        where, args = ("WHERE s.host = ?", [source]) if source else ("", [])
        rows = self._db.execute(
            f"""SELECT s.host, p.fingerprint, p.kind, p.removals, p.first_removed, p.last_removed, p.sample,
                       (SELECT count(*) FROM occurrences o
                        WHERE o.source_id = p.source_id AND o.fingerprint = p.fingerprint AND o.last_seen >= ?)
                FROM patterns p JOIN sources s ON s.id = p.source_id {where}
                ORDER BY s.host, p.removals DESC, p.fingerprint""",
            [since, *args]).fetchall()
        return [PatternRow(host, fingerprint_hex(fp), kind, stories, removals, first, last, sample)
                for host, fp, kind, removals, first, last, sample, stories in rows]

    def counts(self) -> dict[str, int]:
        """Row counts per table (the bench reports state size)."""
        return {t: int(self._db.execute(f"SELECT count(*) FROM {t}").fetchone()[0])
                for t in ("sources", "stories", "story_paragraphs", "occurrences", "patterns")}


class AllowList:
    """Patterns operators allowed: never removed as learned boilerplate."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._db = _connect(path, _ALLOW_SCHEMA)

    def close(self) -> None:
        self._db.close()

    def add(self, entry: AllowEntry) -> bool:
        """Add an entry; False when it was already there."""
        cur = self._db.execute("INSERT OR IGNORE INTO allow VALUES (?,?,?,?,?)",
                               (entry.source, entry.fingerprint, entry.text, entry.note, entry.added_at))
        return cur.rowcount > 0

    def entries(self, source: str | None = None) -> list[AllowEntry]:
        if source:
            rows = self._db.execute("SELECT * FROM allow WHERE source IN (?, '*') ORDER BY added_at", (source,))
        else:
            rows = self._db.execute("SELECT * FROM allow ORDER BY source, added_at")
        return [AllowEntry(*r) for r in rows]
