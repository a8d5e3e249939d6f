"""The offline sample news site: three fictional outlets served on loopback.

``feedlake/demo/site/`` describes the site (sources, stories, syndicated
copies, failure cases); this module renders it to pages and feeds, serves it
with :class:`~feedlake.demo.siteserver.SiteServer`, and derives :data:`EXPECTED`, the
outcome a correct pass must produce, from the same files, so tests never carry
hand-typed counts.

Feeds are rendered from string templates rather than with a feed-writing
library: the formats are small, the output must be byte-stable (ETags), and
feedparser in the tests checks that the result is well formed.
"""

from __future__ import annotations

import email.utils
import functools
import html
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from string import Template
from types import TracebackType
from typing import Any
from urllib.parse import quote
from xml.sax.saxutils import escape, quoteattr

import yaml

from feedlake.demo.siteserver import DEFAULT_HOSTS, Resource, SiteServer
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
def _expected() -> Expected:
    return load_site()


def __getattr__(name: str) -> Any:
    # EXPECTED is read from the repository's examples/ on first use, so importing
    # this module never fails where those files are absent.
    if name == "EXPECTED":
        return _expected()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# -- rendering -----------------------------------------------------------


def _p(paragraphs: Sequence[str], indent: str = "      ") -> str:
    return "\n".join(f"{indent}<p>{html.escape(p, quote=False)}</p>" for p in paragraphs)


def _tag_uri(source: Source, name: str) -> str:
    # Stable across ports and runs, as real feeds' ids are, so a re-poll of a
    # restarted server on another port still recognises entries it has seen.
    return f"tag:{source.id}.sample.feedlake,2026:{name}"


def _rfc822(dt: datetime) -> str:
    return email.utils.format_datetime(dt, usegmt=True)


def _iso(dt: datetime) -> str:
    return dt.strftime("%Y-%m-%dT%H:%M:%SZ")


def _page(template: Template, src: Source, e: ExpectedEntry, base: str, most_read: Sequence[ExpectedEntry],
          feed_url: str) -> bytes:
    attr = functools.partial(html.escape, quote=True)
    canonical = base + e.path
    nav = "\n".join(f'      <li><a href="/section/{quote(n.lower().replace(" ", "-").replace("&", "and"))}/">'
                    f"{html.escape(n)}</a></li>" for n in src.nav)
    links = "\n".join(f'        <li><a href="{attr(m.path)}">{html.escape(m.title)}</a></li>' for m in most_read)
    page = template.substitute(
        title=attr(e.title), site_name=attr(src.name), description=attr(e.body[0] if e.body else e.title),
        author=attr(e.author), canonical=attr(canonical), canonical_q=quote(canonical, safe=""),
        title_q=quote(e.title, safe=""), published=_iso(e.published),
        published_human=f"{e.published:%B} {e.published.day}, {e.published:%Y %H:%M} UTC",
        section=attr(e.section), feed_type="application/atom+xml" if src.feed_format == "atom" else
        "application/rss+xml", feed_url=attr(feed_url), cookie=html.escape(src.cookie), home=attr(base + "/"),
        tagline=html.escape(src.tagline), nav=nav, share_label=html.escape(src.share_label),
        paragraphs=_p(e.page_paragraphs), sidebar_title=html.escape(src.sidebar_title), most_read=links,
        promo=html.escape(src.promo), footer=html.escape(src.footer))
    return page.encode("utf-8")


def _front_page(src: Source, entries: Sequence[ExpectedEntry]) -> bytes:
    items = "\n".join(f'<li><a href="{html.escape(e.path)}">{html.escape(e.title)}</a></li>' for e in entries)
    return (f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>{html.escape(src.name)}</title>'
            f"</head>\n<body><h1>{html.escape(src.name)}</h1><p>{html.escape(src.tagline)}</p>\n<ul>\n{items}\n"
            f"</ul></body></html>\n").encode()


def _error_page(status: int, src: Source | None = None) -> bytes:
    what = {404: "Page not found", 500: "Internal server error"}.get(status, f"Error {status}")
    name = html.escape(src.name) if src else "Server"
    return (f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>{what} | {name}</title>'
            f"</head><body><h1>{what}</h1><p>Sorry, something went wrong.</p></body></html>\n").encode()


def _entry_xml(src: Source, e: ExpectedEntry, base: str) -> str:
    url = escape(base + e.path)
    summary = escape(e.body[0]) if e.body else None
    full = escape(_p(e.page_paragraphs, "").replace("\n", "")) if e.body and src.feed_content == "full" else None
    if src.feed_format == "atom":
        lines = [f"<title>{escape(e.title)}</title>", f'<link rel="alternate" type="text/html" href="{url}"/>',
                 f"<id>{escape(_tag_uri(src, e.id))}</id>", f"<published>{_iso(e.published)}</published>",
                 f"<updated>{_iso(e.published)}</updated>", f"<author><name>{escape(e.author)}</name></author>",
                 f"<category term={quoteattr(e.section)}/>"]
        lines += [f'<summary type="text">{summary}</summary>'] if summary else []
        lines += [f'<content type="html">{full}</content>'] if full else []
        return "  <entry>\n" + "".join(f"    {line}\n" for line in lines) + "  </entry>\n"
    lines = [f"<title>{escape(e.title)}</title>", f"<link>{url}</link>",
             f'<guid isPermaLink="false">{escape(_tag_uri(src, e.id))}</guid>',
             f"<pubDate>{_rfc822(e.published)}</pubDate>", f"<dc:creator>{escape(e.author)}</dc:creator>",
             f"<category>{escape(e.section)}</category>"]
    lines += [f"<description>{summary}</description>"] if summary else []
    lines += [f"<content:encoded>{full}</content:encoded>"] if full else []
    return "    <item>\n" + "".join(f"      {line}\n" for line in lines) + "    </item>\n"


def _feed(src: Source, entries: Sequence[ExpectedEntry], base: str) -> bytes:
    updated = max(e.published for e in entries)
    items = "".join(_entry_xml(src, e, base) for e in entries)
    feed_url, home = escape(base + src.feed_path), escape(base + "/")
    if src.feed_format == "atom":
        doc = (f'<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">\n  <title>{escape(src.name)}</title>\n'
               f"  <subtitle>{escape(src.tagline)}</subtitle>\n  <id>{escape(_tag_uri(src, 'feed'))}</id>\n"
               f'  <link rel="self" type="application/atom+xml" href="{feed_url}"/>\n'
               f'  <link rel="alternate" type="text/html" href="{home}"/>\n  <updated>{_iso(updated)}</updated>\n'
               f"  <author><name>{escape(src.name)}</name></author>\n{items}</feed>\n")
    else:
        doc = ('<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" '
               'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">\n'
               f"  <channel>\n    <title>{escape(src.name)}</title>\n    <link>{home}</link>\n"
               f"    <description>{escape(src.tagline)}</description>\n    <language>en</language>\n"
               f'    <atom:link href="{feed_url}" rel="self" type="application/rss+xml"/>\n'
               f"    <lastBuildDate>{_rfc822(updated)}</lastBuildDate>\n{items}  </channel>\n</rss>\n")
    return ('<?xml version="1.0" encoding="utf-8"?>\n' + doc).encode("utf-8")


def build_site(hosts: Sequence[str], port: int, site: Expected | None = None,
               directory: Path = SITE_DIR) -> dict[tuple[str, str], Resource]:
    """Every page, feed and robots.txt of the site, keyed by (address, path)."""
    site = site or _expected()
    if len(hosts) < len(site.sources):
        raise ValueError(f"the sample site needs {len(site.sources)} host addresses, got {len(hosts)}")
    template = Template((directory / "page.html").read_text(encoding="utf-8"))
    routes: dict[tuple[str, str], Resource] = {}
    for i, src in enumerate(site.sources):
        host, base = hosts[i], f"http://{hosts[i]}:{port}"
        feed = next(f for f in site.feeds if f.source == src.id and f.ok)
        listed = [site.entry(x) for x in feed.entries]
        live = [e for e in listed if e.page_status == 200]
        routes[(host, "/robots.txt")] = Resource(b"User-agent: *\nDisallow: /search\n", "text/plain; charset=utf-8")
        routes[(host, "/")] = Resource(_front_page(src, live))
        routes[(host, src.feed_path)] = Resource(_feed(src, listed, base),
                                                 ATOM_TYPE if src.feed_format == "atom" else RSS_TYPE)
        for e in listed:
            if e.page_status != 200:
                routes[(host, e.path)] = Resource(_error_page(e.page_status, src), status=e.page_status,
                                                  conditional=False)
                continue
            most_read = [m for m in live if m.id != e.id][:5]
            routes[(host, e.path)] = Resource(_page(template, src, e, base, most_read, base + src.feed_path))
    for f in site.feeds:
        if not f.ok:
            routes[(hosts[site.host_index(f.source)], f.path)] = Resource(
                _error_page(f.status), status=f.status, conditional=False)
    return routes


# -- serving -------------------------------------------------------------


@dataclass
class SampleSite:
    """The sample site, running.  Stop it with ``stop()`` or use it as a context manager."""

    server: SiteServer
    feed_urls: list[str]
    expected: Expected

    def host(self, source_id: str) -> str:
        return self.server.hosts[self.expected.host_index(source_id)]

    def url(self, entry_id: str) -> str:
        e = self.expected.entry(entry_id)
        return self.server.url(self.host(e.source), e.path)

    def feed_url(self, feed_id: str) -> str:
        f = next(f for f in self.expected.feeds if f.id == feed_id)
        return self.server.url(self.host(f.source), f.path)

    def write_feeds_file(self, path: str | Path) -> Path:
        """Write the demo's feeds YAML (the failing feed included) and return its path."""
        p = Path(path)
        p.parent.mkdir(parents=True, exist_ok=True)
        feeds = [{"url": self.feed_url(f.id), "name": f.name, "tags": list(f.tags)} for f in self.expected.feeds]
        p.write_text(yaml.safe_dump({"feeds": feeds}, sort_keys=False, allow_unicode=True), encoding="utf-8")
        return p

    def stop(self) -> None:
        self.server.stop()

    def __enter__(self) -> SampleSite:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()


def serve_sample_site(hosts: Sequence[str] = DEFAULT_HOSTS, site: Expected | None = None,
                      port: int = 0) -> SampleSite:
    """Start a SiteServer on ``hosts`` (on ``port`` when it is free) serving the sample site; the caller
    stops it."""
    site = site or _expected()
    server = SiteServer(hosts, port=port).start()
    try:
        server.add_many(build_site(server.hosts, server.port, site))
    except BaseException:
        server.stop()
        raise
    sample = SampleSite(server, [], site)
    sample.feed_urls = [sample.feed_url(f.id) for f in site.feeds]
    log.info("sample site serving %d feeds on port %d", len(site.feeds), server.port)
    return sample
