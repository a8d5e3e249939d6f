"""Feed formats: RSS 0.9x/1.0/2.0, Atom (xml:base), JSON Feed, charsets, encodings, malformed and hostile XML."""

from __future__ import annotations

import gzip
import json
import zlib
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import brotli
import pytest

from feedlake.demo.siteserver import Resource, SiteServer
from ingest.feed_state import FeedState
from ingest.feed_text import content_text
from ingest.feeds_file import FeedSpec
from ingest.formats import FeedParseError, _parse_fast, _parse_with_feedparser, parse_feed
from ingest.htmltext import html_to_text
from ingest.http import ClientConfig, HttpClient
from ingest.poll import poll_feed

HOST = "127.0.0.2"
BASE = "http://news.example/feeds/main.xml"
SPEC = FeedSpec(BASE, "example")
NPR = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "feeds" / "npr-technology.json"

RSS20 = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Example</title><link>http://news.example/</link><ttl>60</ttl>
<item><title>First  story</title><link>http://news.example/2026/first?utm_source=rss</link>
<guid isPermaLink="false">tag:news.example,2026:1</guid><pubDate>Sun, 01 Nov 2026 10:00:00 GMT</pubDate>
<dc:creator>Ana Writer</dc:creator><description>Short teaser.</description>
<content:encoded><![CDATA[<p>Full <b>first</b> story &amp; more.</p><p>Second paragraph.</p>]]></content:encoded></item>
<item><title>Second story</title><guid>http://news.example/2026/second</guid>
<pubDate>Sun, 01 Nov 2026 11:30:00 +0100</pubDate>
<description>&lt;p&gt;Escaped HTML body.&lt;/p&gt;</description></item>
</channel></rss>"""

RSS091 = b"""<?xml version="1.0" encoding="ISO-8859-1"?>
<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">
<rss version="0.91"><channel><title>Old</title><link>http://news.example/</link><description>d</description>
<language>en</language><item><title>Caf\xe9 opens</title><link>http://news.example/cafe</link>
<description>A caf\xe9 story.</description></item></channel></rss>"""

RSS10 = b"""<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
 xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:sy="http://purl.org/rss/1.0/modules/syndication/">
<channel rdf:about="http://news.example/"><title>RDF</title><link>http://news.example/</link><description>d</description>
<sy:updatePeriod>hourly</sy:updatePeriod><sy:updateFrequency>2</sy:updateFrequency></channel>
<item rdf:about="http://news.example/rdf-1"><title>RDF one</title><link>http://news.example/rdf-1</link>
<description>One.</description><dc:date>2026-11-01T08:00:00Z</dc:date><dc:creator>Bo</dc:creator></item>
</rdf:RDF>"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="http://news.example/blog/">
<title>Atom</title><id>urn:uuid:feed</id><updated>2026-11-01T12:00:00Z</updated>
<entry xml:base="2026/"><title type="html">&lt;em&gt;Relative&lt;/em&gt; links</title><id>urn:uuid:1</id>
<link rel="alternate" type="text/html" href="relative-story.html"/><link rel="edit" href="/edit/1"/>
<updated>2026-11-01T12:00:00Z</updated><author><name>Cy</name></author>
<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>XHTML <a href="x">body</a>.</p>
<p>Two.</p></div></content>
</entry>
<entry><title>Absolute</title><id>urn:uuid:2</id><link href="http://other.example/abs"/>
<published>2026-10-31T09:00:00+02:00</published><summary type="html">&lt;p&gt;Summary only.&lt;/p&gt;</summary></entry>
</feed>"""


def test_rss20_entries_links_dates_content_and_ttl() -> None:
    parsed = parse_feed(RSS20, {"content-type": "application/rss+xml"}, SPEC, BASE)
    first, second = parsed.entries
    assert parsed.parser == "lxml" and parsed.complaint is None
    assert first.entry_key == "tag:news.example,2026:1" and first.title == "First story"
    assert first.url == "http://news.example/2026/first?utm_source=rss"
    assert first.feed_content == "Full first story & more.\nSecond paragraph." and first.author == "Ana Writer"
    assert first.published_at == datetime(2026, 11, 1, 10, tzinfo=UTC)
    assert second.url == "http://news.example/2026/second"  # a permalink GUID stands in for the missing link
    assert second.feed_content == "Escaped HTML body." and second.published_at == datetime(2026, 11, 1, 10, 30,
                                                                                            tzinfo=UTC)
    assert parsed.hints.ttl_seconds == 3600


def test_rss091_with_netscape_doctype_and_latin1_declaration() -> None:
    parsed = parse_feed(RSS091, {"content-type": "text/xml"}, SPEC, BASE)
    assert [(e.title, e.url, e.feed_content) for e in parsed.entries] == [
        ("Café opens", "http://news.example/cafe", "A café story.")]


def test_rss10_rdf_and_syndication_hints() -> None:
    parsed = parse_feed(RSS10, {}, SPEC, BASE)
    (entry,) = parsed.entries
    assert (entry.url, entry.title, entry.author) == ("http://news.example/rdf-1", "RDF one", "Bo")
    assert entry.published_at == datetime(2026, 11, 1, 8, tzinfo=UTC)
    assert parsed.hints.update_seconds == 1800  # hourly, twice


def test_atom_xml_base_resolves_relative_links() -> None:
    parsed = parse_feed(ATOM, {"content-type": "application/atom+xml"}, SPEC, BASE)
    first, second = parsed.entries
    assert first.url == "http://news.example/blog/2026/relative-story.html"
    assert first.title == "Relative links" and first.author == "Cy"
    assert first.feed_content == "XHTML body.\nTwo."
    assert second.url == "http://other.example/abs" and second.feed_content == "Summary only."
    assert second.published_at == datetime(2026, 10, 31, 7, tzinfo=UTC)


def test_relative_rss_link_resolves_against_the_feed_url() -> None:
    doc = RSS20.replace(b"http://news.example/2026/first?utm_source=rss", b"../2026/first")
    assert parse_feed(doc, {}, SPEC, BASE).entries[0].url == "http://news.example/2026/first"


@pytest.mark.parametrize("doc", [RSS20, RSS091, RSS10, ATOM], ids=["rss20", "rss091", "rss10", "atom"])
def test_fast_path_agrees_with_feedparser(doc: bytes) -> None:
    fast = _parse_fast(doc, None, SPEC, BASE)
    assert fast is not None
    reference = _parse_with_feedparser(doc, {}, SPEC, BASE)
    def facts(entries: list) -> list[tuple]:
        return [(e.url, e.title, e.published_at, e.feed_content) for e in entries]
    assert facts(fast.entries) == facts(reference.entries)
    assert [e.entry_key for e in fast.entries] == [e.entry_key for e in reference.entries]


@pytest.mark.parametrize("fragment", [
    "<p>a <b>b</b> &amp; c&nbsp;d</p><p>e<br/>f</p>", "x < y and y > z", "<p>hi</p><!-- comment --><p>there</p>",
    "<P CLASS='x'>Upper</P>", "plain  text\n\nmore", "&hellip; ok &#8217;s &#x27;q&#x27;", "&bogus; x",
    "<p title='a>b'>attr</p>", "<script>var x = '<p>';</script><p>kept</p>", "<ul><li>one<li>two</ul>",
    "<table><tr><td>a</td><td>b</td></tr></table>", "<div><span>in</span>line</div>text", "<p>un<i>closed",
])
def test_regex_fragment_text_matches_html_to_text(fragment: str) -> None:
    assert content_text(fragment) == html_to_text(fragment)


def test_charset_from_http_header_overrides_a_missing_declaration() -> None:
    doc = RSS20.replace(b' encoding="utf-8"', b"").replace(b"First  story", "Crème brûlée".encode("iso-8859-1"))
    parsed = parse_feed(doc, {"content-type": "application/rss+xml; charset=ISO-8859-1"}, SPEC, BASE)
    assert parsed.entries[0].title == "Crème brûlée"


def test_charset_from_xml_declaration() -> None:
    doc = RSS20.replace(b'encoding="utf-8"', b'encoding="windows-1252"').replace(b"First  story",
                                                                              "Price \u20ac5".encode("cp1252"))
    assert parse_feed(doc, {"content-type": "application/rss+xml"}, SPEC, BASE).entries[0].title == "Price €5"


def test_malformed_feed_keeps_recoverable_entries_and_the_complaint() -> None:
    broken = RSS20.replace(b"</channel></rss>", b"<item><title>Third &nbsp; unclosed <b></title>"
                                                b"<link>http://news.example/3</link></item>")
    parsed = parse_feed(broken, {}, SPEC, BASE)
    assert parsed.parser == "feedparser" and parsed.complaint and parsed.complaint.startswith("malformed feed")
    assert [e.url for e in parsed.entries][:2] == ["http://news.example/2026/first?utm_source=rss",
                                                  "http://news.example/2026/second"]


def test_not_a_feed_is_a_parse_error() -> None:
    with pytest.raises(FeedParseError):
        parse_feed(b"<html><body>Not a feed</body></html>", {"content-type": "text/html"}, SPEC, BASE)


BILLION_LAUGHS = (b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY lol "lol">'
                  + b"".join(b'<!ENTITY lol%d "%s">' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10)
                             for i in range(1, 10))
                  + b']><rss version="2.0"><channel><title>t</title><item><title>&lol9;</title>'
                  b"<link>http://news.example/boom</link></item></channel></rss>")


@pytest.fixture
def server() -> Iterator[SiteServer]:
    with SiteServer(hosts=(HOST,)) as srv:
        yield srv


def client() -> HttpClient:
    return HttpClient(ClientConfig(allow_private_networks=True, retries=0))


def test_billion_laughs_feed_is_refused_with_a_parse_error(server: SiteServer) -> None:
    server.add(HOST, "/lol.xml", Resource(BILLION_LAUGHS, "application/rss+xml"))
    with client() as c:
        outcome = poll_feed(c, FeedSpec(server.url(HOST, "/lol.xml"), "lol"), FeedState())
    assert outcome.status.status == "error" and outcome.entries == []
    assert [e.error_type for e in outcome.errors] == ["parse_error"]
    assert "entities" in outcome.errors[0].error


@pytest.mark.parametrize("encoding, compress", [
    ("gzip", gzip.compress), ("deflate", zlib.compress), ("deflate", lambda b: zlib.compress(b)[2:-4]),
    ("br", brotli.compress),
], ids=["gzip", "deflate-zlib", "deflate-raw", "brotli"])
def test_compressed_feeds_are_decoded(server: SiteServer, encoding: str, compress: object) -> None:
    body = compress(RSS20)  # type: ignore[operator]
    server.add(HOST, "/feed.xml", Resource(body, "application/rss+xml", headers={"Content-Encoding": encoding}))
    with client() as c:
        outcome = poll_feed(c, FeedSpec(server.url(HOST, "/feed.xml"), "z"), FeedState())
    assert outcome.status.status == "ok" and len(outcome.entries) == 2
    assert "br" in server.requests[-1].headers["accept-encoding"]


def test_brotli_bomb_stops_at_the_body_limit(server: SiteServer) -> None:
    bomb = brotli.compress(b"<" * 50_000_000, quality=5)  # ~ a few KB on the wire
    server.add(HOST, "/bomb.xml", Resource(bomb, "application/rss+xml", headers={"Content-Encoding": "br"}))
    with HttpClient(ClientConfig(allow_private_networks=True, retries=0, max_body_bytes=1_000_000)) as c:
        outcome = poll_feed(c, FeedSpec(server.url(HOST, "/bomb.xml"), "bomb"), FeedState())
    assert [e.error_type for e in outcome.errors] == ["body_too_large"]


JSON11 = {
    "version": "https://jsonfeed.org/version/1.1", "title": "J", "feed_url": "https://j.example/feed.json",
    "authors": [{"name": "Feed Author"}],
    "items": [
        {"id": 1, "url": "/posts/1?utm_source=json", "title": "One", "content_html": "<p>Hello <b>JSON</b>.</p>",
         "date_published": "2026-11-01T10:00:00-04:00", "authors": [{"name": "Item Author"}]},
        {"id": "2", "external_url": "https://elsewhere.example/2", "content_text": "Plain text.", "summary": "s"},
        "not an object",
    ],
}


def test_json_feed_1_1() -> None:
    parsed = parse_feed(json.dumps(JSON11).encode(), {"content-type": "application/feed+json"}, SPEC, BASE)
    one, two = parsed.entries
    assert parsed.parser == "json"
    assert (one.entry_key, one.url, one.author) == ("1", "https://j.example/posts/1?utm_source=json", "Item Author")
    assert one.feed_content == "Hello JSON." and one.published_at == datetime(2026, 11, 1, 14, tzinfo=UTC)
    assert (two.url, two.author, two.feed_content) == ("https://elsewhere.example/2", "Feed Author", "Plain text.")


@pytest.mark.skipif(not NPR.exists(), reason="shared corpus not present")
def test_real_json_feed_1_0_from_npr() -> None:
    body = NPR.read_bytes()
    items = json.loads(body)["items"]
    parsed = parse_feed(body, {"content-type": "application/json"}, FeedSpec("https://feeds.npr.org/1019/feed.json",
                                                                              "npr"), "https://feeds.npr.org/1019/feed.json")
    assert len(parsed.entries) == len(items) > 0
    for entry, item in zip(parsed.entries, items, strict=True):
        assert entry.entry_key == str(item["id"]) and entry.url == item["url"]
        assert entry.title and entry.feed_content and entry.published_at and entry.published_at.tzinfo
        assert entry.author == item["author"]["name"]
    assert "utm_" in parsed.entries[0].url  # kept as listed; identity uses the normalized form
