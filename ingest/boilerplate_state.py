"""Learned-boilerplate state: each source's stories, unit fingerprints and templates, in SQLite.

``_state/boilerplate.sqlite`` holds what ``ingest.learned`` needs, per source: the stories (with the
hashes of their paragraphs, to recognise a re-polled or republished copy as the same story), which article
ids belong to which story, in which distinct stories each fingerprint was seen and whether at the body's
edge, the templates mined so far, a bounded pool of recent units to mine new templates from, and the
learned patterns that removed something (for the audit report).  It is pulled and pushed through the
output's state files like ``feeds.sqlite``; the dedup stage is its only writer during a pass.

``_state/boilerplate_allow.sqlite`` is the operators' allow-list: a separate file so that
``feedlake boilerplate allow`` never races a running pass (the pass only reads it).

Nothing is pickled: fingerprints are signed 64-bit integers, texts are TEXT.  A file written by an earlier
layout (``user_version`` below 2) is emptied on open and learning starts cold, with a warning: it is a
cache of what recurs, rebuilt within ``boilerplate_window_days``.
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

__all__ = ["AllowEntry", "AllowList", "BoilerplateState", "Occurrences", "PatternRow", "PoolUnit", "StoryOverlap",
           "fingerprint_hex"]

LAYOUT = 2
_TABLES = ("sources", "stories", "story_articles", "story_paragraphs", "occurrences", "templates", "pool",
           "patterns", "templated_stories")
_SCHEMA = """
CREATE TABLE IF NOT EXISTS sources (id INTEGER PRIMARY KEY, host TEXT NOT NULL UNIQUE);
CREATE TABLE IF NOT EXISTS stories (
    id INTEGER PRIMARY KEY, source_id INTEGER NOT NULL, chars INTEGER NOT NULL,
    first_seen REAL NOT NULL, last_seen REAL NOT NULL);
CREATE INDEX IF NOT EXISTS stories_source ON stories (source_id, last_seen);
CREATE INDEX IF NOT EXISTS stories_last_seen ON stories (last_seen);
CREATE TABLE IF NOT EXISTS story_articles (article_id TEXT PRIMARY KEY, story_id INTEGER NOT NULL);
-- stories found to be instances of a story template (mostly stock sentences with facts in slots)
CREATE TABLE IF NOT EXISTS templated_stories (story_id INTEGER PRIMARY KEY);
CREATE INDEX IF NOT EXISTS story_articles_story ON story_articles (story_id);
CREATE TABLE IF NOT EXISTS story_paragraphs (
    source_id INTEGER NOT NULL, paragraph INTEGER NOT NULL, story_id INTEGER NOT NULL, chars INTEGER NOT NULL,
    PRIMARY KEY (source_id, paragraph, story_id)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS story_paragraphs_story ON story_paragraphs (story_id);
CREATE TABLE IF NOT EXISTS occurrences (
    source_id INTEGER NOT NULL, fingerprint INTEGER NOT NULL, story_id INTEGER NOT NULL,
    first_seen REAL NOT NULL, last_seen REAL NOT NULL,
    edge INTEGER NOT NULL,  -- 1: seen at the body's edge in this story
    PRIMARY KEY (source_id, fingerprint, story_id)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS occurrences_last_seen ON occurrences (last_seen);
CREATE TABLE IF NOT EXISTS templates (
    source_id INTEGER NOT NULL, fingerprint INTEGER NOT NULL, pattern TEXT NOT NULL,
    created REAL NOT NULL, last_seen REAL NOT NULL,
    PRIMARY KEY (source_id, fingerprint)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS pool (
    id INTEGER PRIMARY KEY, source_id INTEGER NOT NULL, story_id INTEGER NOT NULL, seen REAL NOT NULL,
    edge INTEGER NOT NULL, words TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS pool_source ON pool (source_id, id);
CREATE TABLE IF NOT EXISTS patterns (
    source_id INTEGER NOT NULL, fingerprint INTEGER NOT NULL,
    kind TEXT NOT NULL,      -- how it recurs: 'exact' | 'skeleton' | 'template' | 'label'
    pattern TEXT NOT NULL,   -- its words, with <*> for each slot
    why TEXT NOT NULL,       -- the evidence that made it chrome when it last removed something
    sample TEXT NOT NULL, first_removed REAL NOT NULL, last_removed REAL NOT NULL, removals INTEGER NOT NULL,
    PRIMARY KEY (source_id, fingerprint)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS patterns_fingerprint ON patterns (fingerprint);
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
POOL_PER_SOURCE = 800  # recent units a source's new templates are mined from (~40 stories' edges)
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
    edge_stories: int  # how many of them had it at the body's edge
    first_seen: float  # earliest sighting among them


@dataclass(frozen=True)
class PoolUnit:
    story_id: int
    edge: bool
    words: tuple[str, ...]


@dataclass(frozen=True)
class PatternRow:
    source: str
    fingerprint: str  # 16 hex digits
    kind: str  # 'exact' | 'skeleton' | 'template' | 'label'
    pattern: str  # with <*> slots
    why: str
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


def _connect(path: Path, schema: str, layout: int | None = None) -> sqlite3.Connection:
    path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(path, timeout=30, isolation_level=None, check_same_thread=False)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=NORMAL")
    if layout is not None:
        found = int(db.execute("PRAGMA user_version").fetchone()[0])
        tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if found < layout and tables:
            log.warning("%s was written by an earlier feedlake layout: learned boilerplate starts afresh", path)
            for table in tables:
                db.execute(f'DROP TABLE "{table}"')
        db.execute(f"PRAGMA user_version = {layout}")
    db.executescript(schema)
    return db


class BoilerplateState:
    """Per-source stories, fingerprint occurrences and templates (see the module docstring)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._db = _connect(path, _SCHEMA, LAYOUT)
        self._sources: dict[str, int] = {}
        self._in_transaction = False

    def close(self) -> None:
        self._db.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One pass's writes, all or nothing.  A transaction opened inside another is part of the outer one
        (the dedup stage learns source by source, in one transaction for the pass)."""
        if self._in_transaction:
            yield
            return
        self._db.execute("BEGIN IMMEDIATE")
        self._in_transaction = True
        try:
            yield
        except BaseException:
            self._in_transaction = False
            self._db.execute("ROLLBACK")
            self._sources.clear()  # ids of sources inserted in the transaction are gone with it
            raise
        self._in_transaction = False
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

    def mark_templated(self, story_ids: Iterable[int]) -> None:
        self._db.executemany("INSERT OR IGNORE INTO templated_stories VALUES (?)", [(s,) for s in story_ids])

    def templated_among(self, story_ids: Iterable[int]) -> set[int]:
        """Which of these stories were found to be instances of a story template."""
        out: set[int] = set()
        for chunk in _chunks(list(story_ids)):
            marks = ",".join("?" * len(chunk))
            out.update(r[0] for r in self._db.execute(
                f"SELECT story_id FROM templated_stories WHERE story_id IN ({marks})", chunk))
        return out

    def stories_since(self, source_id: int, since: float) -> int:
        """How many stories of the source were seen at or after ``since``."""
        row = self._db.execute("SELECT count(*) FROM stories WHERE source_id = ? AND last_seen >= ?",
                               (source_id, since)).fetchone()
        return int(row[0])

    # --- fingerprints -------------------------------------------------------

    def add_occurrences(self, source_id: int, story_id: int, fingerprints: Iterable[tuple[int, bool]],
                        seen: float) -> None:
        """``(fingerprint, at the edge)`` pairs seen in one story."""
        edge: dict[int, bool] = {}
        for fp, at_edge in fingerprints:
            edge[fp] = edge.get(fp, False) or at_edge
        self._db.executemany(
            """INSERT INTO occurrences VALUES (?,?,?,?,?,?)
               ON CONFLICT(source_id, fingerprint, story_id)
               DO UPDATE SET last_seen = max(last_seen, excluded.last_seen), edge = max(edge, excluded.edge)""",
            [(source_id, fp, story_id, seen, seen, int(e)) for fp, e in edge.items()])

    def occurrence_stats(self, source_id: int, fingerprints: Iterable[int], since: float) -> dict[int, Occurrences]:
        """For each fingerprint seen since ``since``: its distinct stories, how many had it at the edge, and
        when it was first seen among them."""
        stories: dict[int, set[int]] = defaultdict(set)
        edges: dict[int, int] = defaultdict(int)
        first: dict[int, float] = {}
        for chunk in _chunks(sorted(set(fingerprints))):
            marks = ",".join("?" * len(chunk))
            rows = self._db.execute(
                f"""SELECT fingerprint, story_id, first_seen, edge FROM occurrences
                    WHERE source_id = ? AND fingerprint IN ({marks}) AND last_seen >= ?""",
                (source_id, *chunk, since))
            for fp, story, seen, edge in rows:
                stories[fp].add(story)
                edges[fp] += edge
                first[fp] = min(first.get(fp, seen), seen)
        return {fp: Occurrences(frozenset(s), edges[fp], first[fp]) for fp, s in stories.items()}

    # --- templates and the pool they are mined from ------------------------------

    def templates(self, source_id: int, since: float) -> list[tuple[int, str]]:
        rows = self._db.execute("SELECT fingerprint, pattern FROM templates WHERE source_id = ? AND last_seen >= ? "
                                "ORDER BY fingerprint", (source_id, since))
        return [(int(fp), str(pattern)) for fp, pattern in rows]

    def add_template(self, source_id: int, fingerprint: int, pattern: str, seen: float) -> None:
        self._db.execute("""INSERT INTO templates VALUES (?,?,?,?,?) ON CONFLICT(source_id, fingerprint)
                            DO UPDATE SET last_seen = max(last_seen, excluded.last_seen)""",
                         (source_id, fingerprint, pattern, seen, seen))

    def touch_templates(self, source_id: int, fingerprints: Iterable[int], seen: float) -> None:
        """Templates that matched a unit at ``seen`` stay for another window."""
        self._db.executemany("UPDATE templates SET last_seen = max(last_seen, ?) WHERE source_id = ? AND "
                             "fingerprint = ?", [(seen, source_id, fp) for fp in sorted(set(fingerprints))])

    def add_to_pool(self, source_id: int, units: Iterable[tuple[int, bool, tuple[str, ...]]], seen: float) -> None:
        """``(story, at the edge, words)`` of recent units; the pool keeps a source's newest POOL_PER_SOURCE."""
        self._db.executemany("INSERT INTO pool (source_id, story_id, seen, edge, words) VALUES (?,?,?,?,?)",
                             [(source_id, story, seen, int(edge), " ".join(ws)) for story, edge, ws in units])
        self._db.execute("""DELETE FROM pool WHERE source_id = ? AND id <= (
                              SELECT id FROM pool WHERE source_id = ? ORDER BY id DESC LIMIT 1 OFFSET ?)""",
                         (source_id, source_id, POOL_PER_SOURCE))

    def pool(self, source_id: int, since: float) -> list[PoolUnit]:
        rows = self._db.execute("SELECT story_id, edge, words FROM pool WHERE source_id = ? AND seen >= ? "
                                "ORDER BY id", (source_id, since))
        return [PoolUnit(int(story), bool(edge), tuple(ws.split(" "))) for story, edge, ws in rows]

    def note_removal(self, source_id: int, fingerprint: int, kind: str, pattern: str, why: str, sample: str,
                     when: float) -> None:
        self._db.execute(
            """INSERT INTO patterns VALUES (?,?,?,?,?,?,?,?,1)
               ON CONFLICT(source_id, fingerprint) DO UPDATE SET removals = removals + 1, why = excluded.why,
               last_removed = max(last_removed, excluded.last_removed), sample = excluded.sample""",
            (source_id, fingerprint, kind, pattern, why, sample[:SAMPLE_CHARS], when, when))

    def removed_elsewhere(self, source_id: int, fingerprints: Iterable[int], since: float) -> set[int]:
        """Which of ``fingerprints`` removed something as chrome on another source since ``since`` (a copy
        carries the publisher's footer or bio that the publisher's own stories taught)."""
        found: set[int] = set()
        for chunk in _chunks(sorted(set(fingerprints))):
            marks = ",".join("?" * len(chunk))
            found.update(r[0] for r in self._db.execute(
                f"""SELECT DISTINCT fingerprint FROM patterns
                    WHERE fingerprint IN ({marks}) AND source_id != ? AND last_removed >= ?""",
                (*chunk, source_id, since)))
        return found

    # --- upkeep and audit -----------------------------------------------------

    def expire(self, before: float) -> int:
        """Forget what was last seen before ``before``; returns the number of stories dropped."""
        with self.transaction():
            old = [r[0] for r in self._db.execute("SELECT id FROM stories WHERE last_seen < ?", (before,))]
            for chunk in _chunks(old):
                marks = ",".join("?" * len(chunk))
                self._db.execute(f"DELETE FROM story_paragraphs WHERE story_id IN ({marks})", chunk)
                self._db.execute(f"DELETE FROM story_articles WHERE story_id IN ({marks})", chunk)
                self._db.execute(f"DELETE FROM templated_stories WHERE story_id IN ({marks})", chunk)
                self._db.execute(f"DELETE FROM stories WHERE id IN ({marks})", chunk)
            self._db.execute("DELETE FROM occurrences WHERE last_seen < ?", (before,))
            self._db.execute("DELETE FROM templates WHERE last_seen < ?", (before,))
            self._db.execute("DELETE FROM pool WHERE seen < ?", (before,))
            self._db.execute("DELETE FROM patterns WHERE last_removed < ?", (before,))
        return len(old)

    def patterns(self, since: float, source: str | None = None) -> list[PatternRow]:
        """Learned patterns that removed something, with their distinct-story counts within the window."""
        where, args = ("WHERE s.host = ?", [source]) if source else ("", [])
        rows = self._db.execute(
            f"""SELECT s.host, p.fingerprint, p.kind, p.pattern, p.why, p.removals, p.first_removed,
                       p.last_removed, p.sample,
                       (SELECT count(*) FROM occurrences o
                        WHERE o.source_id = p.source_id AND o.fingerprint = p.fingerprint AND o.last_seen >= ?)
                FROM patterns p JOIN sources s ON s.id = p.source_id {where}
                ORDER BY s.host, p.removals DESC, p.fingerprint""",
            [since, *args]).fetchall()
        return [PatternRow(host, fingerprint_hex(fp), kind, pattern, why, stories, removals, first, last, sample)
                for host, fp, kind, pattern, why, removals, first, last, sample, stories in rows]

    def counts(self) -> dict[str, int]:
        """Row counts per table (the bench reports state size)."""
        return {t: int(self._db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]) for t in _TABLES}


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

    def remove(self, source: str, fingerprint: str = "", text: str = "") -> int:
        """Drop the entries of ``source`` with this fingerprint or this text; returns how many went."""
        cur = self._db.execute("DELETE FROM allow WHERE source = ? AND ((? != '' AND fingerprint = ?) OR "
                               "(? != '' AND text = ?))", (source, fingerprint, fingerprint, text, text))
        return cur.rowcount

    def entries(self, source: str | None = None) -> list[AllowEntry]:
        if source:
            rows = self._db.execute("SELECT * FROM allow WHERE source IN (?, '*') ORDER BY added_at", (source,))
        else:
            rows = self._db.execute("SELECT * FROM allow ORDER BY source, added_at")
        return [AllowEntry(*r) for r in rows]
