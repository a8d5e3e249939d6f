"""The offline sample news site: three fictional outlets served on loopback.

``feedlake/demo/site/`` describes the site (sources, stories, syndicated
copies, failure cases); this module reads it and derives :data:`EXPECTED`, the
outcome a correct pass must produce, from the same files, so tests never carry
hand-typed counts.  ``feedlake.demo.sample_server`` renders it to pages and
feeds and serves it.
"""

from __future__ import annotations

import functools
import logging
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import yaml

from records import collapse_spaces

log = logging.getLogger(__name__)

SITE_DIR = Path(__file__).resolve().with_name("site")  # package data: works installed, not only in a checkout

RSS_TYPE = "application/rss+xml; charset=utf-8"
ATOM_TYPE = "application/atom+xml; charset=utf-8"


class SampleSiteError(ValueError):
    """The sample site's YAML is inconsistent; the message names the entry."""


@dataclass(frozen=True)
class Source:
    """One outlet: its feed and the page chrome that extraction must drop."""

    id: str
    name: str
    tagline: str
    feed_path: str
    feed_format: str  # 'rss' | 'atom'
    feed_content: str  # 'full' (whole story in the feed) | 'summary' (first paragraph)
    tags: tuple[str, ...]
    nav: tuple[str, ...]
    cookie: str
    share_label: str
    sidebar_title: str
    promo: str
    footer: str


@dataclass(frozen=True)
class ExpectedFeed:
    id: str
    name: str
    source: str
    path: str
    status: int  # 200, or the error status of a failing feed
    tags: tuple[str, ...]
    entries: tuple[str, ...]  # entry ids, in feed order (newest first)

    @property
    def ok(self) -> bool:
        return self.status == 200


@dataclass(frozen=True)
class ExpectedEntry:
    """One feed entry and what a correct pass makes of it."""

    id: str
    source: str
    path: str
    title: str
    author: str
    published: datetime
    section: str
    page_status: int
    text_source: str | None  # 'page' | 'feed' | None (error row only)
    body: tuple[str, ...]  # story paragraphs that must survive extraction and cleaning
    boilerplate: tuple[str, ...] = ()  # what a republisher added; cleaning should remove it
    page_paragraphs: tuple[str, ...] = ()  # the <p>s of the page's article body, as served
    copy_of: str | None = None
    changes: tuple[str, ...] = ()  # for copies: 'trimmed', 'edited', 'glued'; empty = verbatim

    @property
    def text(self) -> str:
        return "\n".join(self.body)

    @property
    def is_article(self) -> bool:
        return self.text_source is not None


@dataclass(frozen=True)
class Expected:
    """The whole site and what a correct pass over it produces; ids refer to ``entries``."""

    sources: tuple[Source, ...]
    feeds: tuple[ExpectedFeed, ...]  # in feeds-file order: one per source, then the failing ones
    entries: tuple[ExpectedEntry, ...] = field(repr=False)
    n_feeds: int = field(init=False)
    n_ok_feeds: int = field(init=False)
    n_failing_feeds: int = field(init=False)
    n_entries: int = field(init=False)  # listed by the feeds that work
    articles: tuple[str, ...] = field(init=False)  # entries that must become article rows
    error_only: tuple[str, ...] = field(init=False)  # entries that can only become error rows
    feed_fallback: tuple[str, ...] = field(init=False)  # articles whose text must come from the feed
    n_error_rows: int = field(init=False)  # failing feeds + entries whose page fails (fallbacks included)
    duplicate_groups: tuple[tuple[str, ...], ...] = field(init=False)  # original first, then its copies
    stories: dict[str, str] = field(init=False, repr=False)  # article id -> text its row must contain

    def __post_init__(self) -> None:
        ok = sum(f.ok for f in self.feeds)
        groups = [(e.id, *(c.id for c in self.entries if c.copy_of == e.id)) for e in self.entries]
        derived = {
            "n_feeds": len(self.feeds), "n_ok_feeds": ok, "n_failing_feeds": len(self.feeds) - ok,
            "n_entries": len(self.entries),
            "articles": tuple(e.id for e in self.entries if e.is_article),
            "error_only": tuple(e.id for e in self.entries if not e.is_article),
            "feed_fallback": tuple(e.id for e in self.entries if e.text_source == "feed"),
            "n_error_rows": len(self.feeds) - ok + sum(e.page_status != 200 for e in self.entries),
            "duplicate_groups": tuple(g for g in groups if len(g) > 1),
            "stories": {e.id: e.text for e in self.entries if e.is_article},
        }
        for name, value in derived.items():
            object.__setattr__(self, name, value)  # frozen: derived once, here

    def entry(self, entry_id: str) -> ExpectedEntry:
        return {e.id: e for e in self.entries}[entry_id]

    def source(self, source_id: str) -> Source:
        return next(s for s in self.sources if s.id == source_id)

    def host_index(self, source_id: str) -> int:
        """Sources take the server's addresses in order: the first source the first address."""
        return [s.id for s in self.sources].index(source_id)


# -- loading -------------------------------------------------------------


def _utc(value: str, where: str) -> datetime:
    try:
        dt = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        raise SampleSiteError(f"{where}: bad timestamp {value!r}") from None
    if dt.tzinfo is None:
        raise SampleSiteError(f"{where}: timestamp {value!r} has no UTC offset")
    return dt.astimezone(UTC)


def _flat(value: object) -> str:
    """A YAML value as one line of text (the site's files wrap long paragraphs)."""
    return collapse_spaces(str(value))


def _copy_body(orig: ExpectedEntry, spec: dict[str, Any], where: str) -> tuple[list[str], list[str], list[str]]:
    """(story paragraphs, boilerplate, paragraphs as served) of a copy."""
    body = list(orig.body)
    if "keep_fraction" in spec:
        body = body[: max(1, round(len(body) * float(spec["keep_fraction"])))]
    for edit in spec.get("edits", []):
        hits = [i for i, p in enumerate(body) if edit["find"] in p]
        if len(hits) != 1 or body[hits[0]].count(edit["find"]) != 1:
            raise SampleSiteError(f"{where}: edit {edit['find']!r} must match exactly once")
        body[hits[0]] = body[hits[0]].replace(edit["find"], edit["replace"])
    served = list(body)
    prepend, append = [_flat(p) for p in spec.get("prepend", [])], [_flat(p) for p in spec.get("append", [])]
    boilerplate = list(prepend)
    if "glue" in spec:
        i, text = int(spec["glue"]["paragraph"]), _flat(spec["glue"]["text"])
        if not 0 <= i < len(served):
            raise SampleSiteError(f"{where}: glue paragraph {i} out of range")
        served[i] += text  # no space: the point of this case
        boilerplate.append(text)
    for ins in sorted(spec.get("insert", []), key=lambda d: -int(d["after"])):
        served.insert(int(ins["after"]), _flat(ins["text"]))
        boilerplate.append(_flat(ins["text"]))
    return body, boilerplate + append, prepend + served + append


def _sources(specs: list[dict[str, Any]]) -> tuple[Source, ...]:
    return tuple(
        Source(id=s["id"], name=s["name"], tagline=s["tagline"], feed_path=s["feed"]["path"],
               feed_format=s["feed"]["format"], feed_content=s["feed"]["content"],
               tags=tuple(s["feed"].get("tags", [])), nav=tuple(s["nav"]), cookie=s["cookie"],
               share_label=s["share_label"], sidebar_title=s["sidebar_title"], promo=s["promo"],
               footer=s["footer"])
        for s in specs)


def _check_unique(entries: list[ExpectedEntry], sources: tuple[Source, ...]) -> None:
    """Entry ids are unique, and no two entries or feeds share a path on one source."""
    ids = [e.id for e in entries]
    if len(set(ids)) != len(ids):
        raise SampleSiteError(f"duplicate entry ids: {sorted({i for i in ids if ids.count(i) > 1})}")
    routes = [(e.source, e.path) for e in entries] + [(s.id, s.feed_path) for s in sources]
    if len(set(routes)) != len(routes):
        raise SampleSiteError("two entries or feeds share a path on one source")


def load_site(directory: Path = SITE_DIR) -> Expected:
    """Read and check the site description; raises SampleSiteError when inconsistent."""
    docs = {name: yaml.safe_load((directory / f"{name}.yaml").read_text(encoding="utf-8"))
            for name in ("site", "stories", "copies")}
    sources = _sources(docs["site"]["sources"])
    source_ids = {s.id for s in sources}
    entries: list[ExpectedEntry] = []
    feed_of = {s.id: s for s in sources}

    def common(spec: dict[str, Any], kind: str) -> dict[str, Any]:
        where = f"{kind} {spec.get('id')!r}"
        if spec["source"] not in source_ids:
            raise SampleSiteError(f"{where}: unknown source {spec['source']!r}")
        return dict(id=spec["id"], source=spec["source"], path="/" + spec["slug"].strip("/"),
                    title=_flat(spec["title"]), section=spec.get("section", "News"),
                    published=_utc(spec["published"], where))

    for spec in docs["stories"]["stories"]:
        body = tuple(_flat(p) for p in spec["paragraphs"])
        status = int(spec.get("page_status", 200))
        full = feed_of[spec["source"]].feed_content == "full"
        text_source = "page" if status == 200 else ("feed" if full else None)
        entries.append(ExpectedEntry(**common(spec, "story"), author=spec["author"], page_status=status,
                                     text_source=text_source, body=body, page_paragraphs=body))
    originals = {e.id: e for e in entries}
    for spec in docs["copies"]["copies"]:
        where = f"copy {spec.get('id')!r}"
        orig = originals.get(spec["of"])
        if orig is None:
            raise SampleSiteError(f"{where}: 'of' names no story: {spec['of']!r}")
        if orig.source == spec["source"]:
            raise SampleSiteError(f"{where}: a copy must be on another source than its original")
        kept, boilerplate, served = _copy_body(orig, spec, where)
        changes = tuple(dict.fromkeys(c for c, key in (("trimmed", "keep_fraction"), ("edited", "edits"),
                                                       ("glued", "glue")) if key in spec))
        entries.append(ExpectedEntry(**common(spec, "copy"), author=spec.get("author", orig.author),
                                     page_status=200, text_source="page", body=tuple(kept),
                                     boilerplate=tuple(boilerplate), page_paragraphs=tuple(served),
                                     copy_of=orig.id, changes=changes))
    for spec in docs["site"].get("missing_pages", []):
        entries.append(ExpectedEntry(**common(spec, "missing page"), author=spec["author"],
                                     page_status=int(spec.get("status", 404)), text_source=None, body=()))

    _check_unique(entries, sources)
    newest_first = sorted(entries, key=lambda e: e.published, reverse=True)
    feeds = [ExpectedFeed(s.id, s.name, s.id, s.feed_path, 200, s.tags,
                          tuple(e.id for e in newest_first if e.source == s.id)) for s in sources]
    for f in docs["site"].get("failing_feeds", []):
        if f["source"] not in source_ids:
            raise SampleSiteError(f"failing feed {f['path']!r}: unknown source {f['source']!r}")
        feeds.append(ExpectedFeed(f"{f['source']}:{f['path']}", f["name"], f["source"], f["path"],
                                  int(f["status"]), tuple(f.get("tags", [])), ()))
    return Expected(sources, tuple(feeds), tuple(entries))


@functools.cache
def default_site() -> Expected:
    """The site of ``SITE_DIR``, read once."""
    return load_site()


def __getattr__(name: str) -> Any:
    # EXPECTED is read from the package's site/ on first use, so importing this module reads no files.
    if name == "EXPECTED":
        return default_site()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
