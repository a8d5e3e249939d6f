"""The sample site (``feedlake.demo.sample_site``) rendered to pages and feeds, and served on loopback with
:class:`~feedlake.demo.siteserver.SiteServer`.

Feeds are rendered from string templates rather than with a feed-writing
library: the formats are small, the output must be byte-stable (ETags), and
feedparser in the tests checks that the result is well formed.
"""

from __future__ import annotations

import argparse
import email.utils
import functools
import html
import logging
import signal
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from string import Template
from types import TracebackType
from urllib.parse import quote
from xml.sax.saxutils import escape, quoteattr

import yaml

from feedlake.demo.sample_site import ATOM_TYPE, RSS_TYPE, SITE_DIR, Expected, ExpectedEntry, Source, default_site
from feedlake.demo.siteserver import DEFAULT_HOSTS, Resource, SiteServer

log = logging.getLogger(__name__)


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
    site = site or default_site()
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
    site = site or default_site()
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


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m feedlake.demo.sample_server FEEDS_FILE``: serve the sample site on loopback until
    interrupted, with a feeds file for it (for trying the DAGs locally, without the internet)."""
    parser = argparse.ArgumentParser(prog="python -m feedlake.demo.sample_server", description=main.__doc__)
    parser.add_argument("feeds_file", type=Path, help="where to write the feeds file for the served site")
    parser.add_argument("--port", type=int, default=0, help="the port on every host (default: a free one)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    with serve_sample_site(port=args.port) as site:
        path = site.write_feeds_file(args.feeds_file)
        print(f"serving {len(site.feed_urls)} feeds; feeds file {path}; Ctrl-C stops", flush=True)
        try:
            stop.wait()
        except KeyboardInterrupt:
            pass
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
