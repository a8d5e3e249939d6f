"""Feed documents to entries: RSS 0.9x/1.0/2.0, Atom, JSON Feed 1.0/1.1.

Two paths for XML.  feedparser is the reference: it copes with every RSS and
Atom dialect, broken markup, odd encodings and date formats, and reports what
was wrong (``bozo``).  But it costs 3-6 ms of CPU per 20-entry feed (Python SAX
callbacks for every element), which caps a poller at a few hundred feeds per
second per core (``python -m bench.poll``).  So a well-formed RSS 2.0/0.9x,
RSS 1.0 or Atom 1.0 document whose encoding is unambiguous is read with lxml
(libxml2, entities not resolved, no network, no huge trees) in ~0.1 ms, using
feedparser's own date parser; anything else (a syntax error, an unknown root,
an HTTP charset contradicting the XML declaration, Atom 0.3…) goes to
feedparser.  ``tests/test_poll_formats.py`` checks that both paths give the same
entries on the formats they share.

An XML document that declares entities in its DTD is refused before either
parser sees it: no feed needs them, and they are how "billion laughs" bombs work.
The guard reads the whole prolog (everything before the root element, however
long its comments), in the document's own encoding: UTF-8, UTF-16 or UTF-32, by
byte-order mark or by the byte pattern of "<?xml" (XML 1.0, appendix F).
"""

from __future__ import annotations

import calendar
import codecs
import json
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_tz
from typing import Any
from urllib.parse import urljoin

import feedparser
from feedparser.datetimes import _parse_date
from lxml import etree

from ingest.feed_text import clean_text, content_text, title_text
from ingest.feeds_file import FeedSpec
from ingest.headers import charset_of
from ingest.htmltext import html_to_text
from ingest.identity import entry_key
from ingest.schedule import FeedHints
from records import Entry, parse_utc, tidy_lines

ATOM = "{http://www.w3.org/2005/Atom}"
RSS10 = "{http://purl.org/rss/1.0/}"
RSS090 = "{http://my.netscape.com/rdf/simple/0.9/}"
RDF = "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}"
CONTENT = "{http://purl.org/rss/1.0/modules/content/}"
DC = "{http://purl.org/dc/elements/1.1/}"
SY = "{http://purl.org/rss/1.0/modules/syndication/}"
FEEDBURNER = "{http://rssnamespace.org/feedburner/ext/1.0}"
XHTML = "{http://www.w3.org/1999/xhtml}"

_INTERNAL_SUBSET_END = re.compile(r"\]\s*>")
# (byte-order mark or the first four bytes of "<?xml"/"<", codec), XML 1.0 appendix F
_WIDE_ENCODINGS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (b"<\0\0\0", "utf-32-le"),
                   (b"\0\0\0<", "utf-32-be"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
                   (b"<\0?\0", "utf-16-le"), (b"\0<\0?", "utf-16-be"), (b"<\0", "utf-16-le"), (b"\0<", "utf-16-be"))
_XML_DECL_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']""")
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False,
                          remove_comments=True, remove_pis=True)


class FeedParseError(ValueError):
    """Nothing usable in the document."""


@dataclass
class ParsedFeed:
    entries: list[Entry]
    complaint: str | None = None  # the parser's complaint for a malformed feed whose entries were recovered
    hints: FeedHints = field(default_factory=FeedHints)
    parser: str = "lxml"  # 'lxml' | 'feedparser' | 'json'


def parse_feed(body: bytes, headers: dict[str, str], spec: FeedSpec, base_url: str) -> ParsedFeed:
    """Entries of a feed document; raises FeedParseError when nothing usable is there."""
    headers = {k.lower(): v for k, v in headers.items()}
    ctype = headers.get("content-type", "").lower()
    head = body.lstrip()[:1]
    if "json" in ctype or head == b"{":
        return ParsedFeed(_parse_json_feed(body, spec, base_url), parser="json")
    if declares_entities(body):
        raise FeedParseError("feed declares XML entities in its DTD; refused (entity expansion bomb guard)")
    fast = _parse_fast(body, charset_of(ctype), spec, base_url)
    if fast is not None:
        return fast
    return _parse_with_feedparser(body, headers, spec, base_url)


def declares_entities(body: bytes) -> bool:
    """Whether the document's prolog holds a DOCTYPE whose internal subset declares an entity.  Only the
    prolog can declare one, so text about ``<!ENTITY`` inside an item is not refused, and neither is an RSS
    0.91 DOCTYPE that only names an external DTD (never loaded: ``load_dtd=False``, ``no_network``)."""
    head = _scan_prolog(_as_text(body[:65536]))
    return head if head is not None else bool(_scan_prolog(_as_text(body)))  # a prolog longer than 64 KB


def _scan_prolog(text: str) -> bool | None:
    """``declares_entities`` on ``text``; None when the text ends inside the prolog."""
    i, n = 0, len(text)
    while i < n:
        if text[i].isspace() or text[i] == "\ufeff":
            i += 1
        elif text.startswith("<?", i):
            i = _after(text, "?>", i + 2)
        elif text.startswith("<!--", i):
            i = _after(text, "-->", i + 4)
        elif text[i : i + 9].upper() == "<!DOCTYPE":
            bracket, close = text.find("[", i), text.find(">", i)
            if bracket < 0 or 0 <= close < bracket:
                return False  # no internal subset
            end = _INTERNAL_SUBSET_END.search(text, bracket)
            if "<!ENTITY" in text[bracket : end.end() if end else n].upper():
                return True
            return False if end else None  # a subset cut off by the end of the text may go on
        else:
            return False  # the root element (or not XML): the prolog is over
    return None


def _after(text: str, token: str, start: int) -> int:
    end = text.find(token, start)
    return len(text) if end < 0 else end + len(token)


def _as_text(body: bytes) -> str:
    """The document as text for the prolog scan: UTF-16/32 decoded, anything else byte for byte (every
    ASCII-compatible encoding spells markup in the same bytes)."""
    for mark, codec in _WIDE_ENCODINGS:
        if body.startswith(mark):
            return body.decode(codec, errors="replace")
    return body.decode("latin-1")


def _same_codec(a: str, b: str) -> bool:
    try:
        return codecs.lookup(a).name == codecs.lookup(b).name
    except LookupError:
        return False


# --- lxml fast path -----------------------------------------------------------

def _parse_fast(body: bytes, http_charset: str | None, spec: FeedSpec, base_url: str) -> ParsedFeed | None:
    """The well-formed common case, or None to let feedparser decide."""
    match = _XML_DECL_ENCODING.match(body[:512])
    declared = match.group(1).decode("ascii") if match else None
    if http_charset and not _same_codec(http_charset, declared or "utf-8"):
        return None  # RFC 3023 precedence and its exceptions are feedparser's job
    if body.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) and http_charset:
        return None
    try:
        root = etree.fromstring(body, _PARSER, base_url=base_url)
    except (etree.XMLSyntaxError, ValueError):
        return None
    if root.tag == "rss":
        channel = root.find("channel")
        if channel is None:
            return None
        items = channel.findall("item") or root.findall("item")
        entries = [_rss_entry(item, spec, "", CONTENT) for item in items]
        return ParsedFeed(entries, hints=_hints(channel, ""))
    if root.tag == f"{RDF}RDF":
        ns = RSS10 if root.find(f"{RSS10}channel") is not None or root.find(f"{RSS10}item") is not None else RSS090
        channel = root.find(f"{ns}channel")
        entries = [_rss_entry(item, spec, ns, CONTENT) for item in root.iter(f"{ns}item")]
        if channel is None and not entries:
            return None
        return ParsedFeed(entries, hints=_hints(channel if channel is not None else root, ns, root))
    if root.tag == f"{ATOM}feed":
        return ParsedFeed([_atom_entry(e, spec) for e in root.findall(f"{ATOM}entry")], hints=_hints(root, ATOM))
    return None


def _text(el: Any) -> str | None:
    if el is None:
        return None
    text = el.text or ""
    if len(el):  # mixed content, e.g. an unescaped <b> inside an RSS title
        text = "".join(el.itertext())
    return text.strip() or None


def _rss_entry(item: Any, spec: FeedSpec, ns: str, content_ns: str) -> Entry:
    # One pass over the children instead of a find() per field: this runs for every entry of every feed.
    children: dict[str, Any] = {}
    for child in item:
        if isinstance(child.tag, str):
            children.setdefault(child.tag, child)
    link_el = children.get(f"{ns}link")
    link = _text(link_el) or ""
    guid_el = children.get(f"{ns}guid")
    guid = _text(guid_el) or (item.get(f"{RDF}about") or "").strip() or None
    if not link and guid_el is not None and guid_el.get("isPermaLink", "true").lower() != "false" and guid:
        link = guid if guid.startswith(("http://", "https://")) else ""
    if link and not link.startswith(("http://", "https://")):  # relative: against xml:base, else the feed URL
        link = urljoin((link_el.base if link_el is not None else None) or item.base or "", link)
    orig = _text(children.get(f"{FEEDBURNER}origLink"))
    if orig:
        link = urljoin(item.base or "", orig)
    content = _text(children.get(f"{content_ns}encoded")) or _text(children.get(f"{ns}description"))
    text = content_text(content) if content else None
    when = _text(children.get(f"{ns}pubDate")) or _text(children.get(f"{DC}date"))
    author = _text(children.get(f"{ns}author")) or _text(children.get(f"{DC}creator"))
    title = title_text(_text(children.get(f"{ns}title")))
    return Entry(spec.url, spec.name, entry_key(guid, link, title, text), link, title, clean_text(author),
                 _date(when), text or None)


def _atom_entry(entry: Any, spec: FeedSpec) -> Entry:
    link = ""
    for candidate in entry.findall(f"{ATOM}link"):
        rel = candidate.get("rel", "alternate")
        href = (candidate.get("href") or "").strip()
        if rel == "alternate" and href:
            link = urljoin(candidate.base or "", href)
            if candidate.get("type", "text/html") in ("text/html", "application/xhtml+xml"):
                break
    orig = _text(entry.find(f"{FEEDBURNER}origLink"))
    if orig:
        link = urljoin(entry.base or "", orig)
    text = _atom_text(entry.find(f"{ATOM}content")) or _atom_text(entry.find(f"{ATOM}summary"))
    title_el = entry.find(f"{ATOM}title")
    title = title_text(_atom_text(title_el))
    author = _text(entry.find(f"{ATOM}author/{ATOM}name")) or _text(entry.find(f"{DC}creator"))
    when = _text(entry.find(f"{ATOM}published")) or _text(entry.find(f"{ATOM}updated"))
    guid = _text(entry.find(f"{ATOM}id"))
    return Entry(spec.url, spec.name, entry_key(guid, link, title, text), link, title, clean_text(author),
                 _date(when), text or None)


def _atom_text(el: Any) -> str | None:
    """An Atom text construct (text, html or xhtml) as plain text."""
    if el is None or el.get("src"):
        return None
    kind = el.get("type", "text").lower()
    if kind == "xhtml" or kind.endswith("xhtml+xml"):
        div = el.find(f"{XHTML}div")
        node = div if div is not None else el
        html = (node.text or "") + "".join(etree.tostring(child, encoding="unicode", method="html")
                                           for child in node)
        return html_to_text(html) or None
    raw = _text(el)
    if not raw:
        return None
    return content_text(raw) if kind in ("html", "text/html") or "<" in raw else tidy_lines(raw)


def _hints(channel: Any, ns: str, root: Any = None) -> FeedHints:
    def find(path: str) -> Any:
        found = channel.find(path)
        return found if found is not None or root is None else root.find(path)

    skip_hours = [h.text or "" for h in channel.iterfind(f"{ns}skipHours/{ns}hour")]
    skip_days = [d.text or "" for d in channel.iterfind(f"{ns}skipDays/{ns}day")]
    return FeedHints.parse(_text(find(f"{ns}ttl")), _text(find(f"{SY}updatePeriod")),
                           _text(find(f"{SY}updateFrequency")), skip_hours, skip_days)


def _date(value: str | None) -> datetime | None:
    """RFC 822 and ISO 8601 directly (the common cases, ~10x cheaper), anything else by feedparser's parser."""
    if not value:
        return None
    if value[:4].isdigit():
        if (dt := parse_utc(value)) is not None:
            return dt
    else:
        parts = parsedate_tz(value)
        if parts is not None and parts[9] is not None and 1900 < parts[0] < 3000:
            return datetime.fromtimestamp(calendar.timegm(parts[:6] + (0, 1, -1)) - parts[9], UTC)
    parsed = _parse_date(value)
    return datetime.fromtimestamp(calendar.timegm(parsed), UTC) if parsed else None


# --- feedparser ---------------------------------------------------------------

def _parse_with_feedparser(body: bytes, headers: dict[str, str], spec: FeedSpec, base_url: str) -> ParsedFeed:
    # Content is turned into text, never rendered: sanitizing it or rewriting its links is wasted work.
    parsed = feedparser.parse(body, response_headers={**headers, "content-location": base_url},
                              sanitize_html=False, resolve_relative_uris=False)
    complaint = None
    if parsed.bozo:
        complaint = f"malformed feed: {type(parsed.bozo_exception).__name__}: {parsed.bozo_exception}"
    if not parsed.entries and (parsed.bozo or not parsed.version):
        raise FeedParseError(complaint or "not a feed: no RSS, Atom or JSON Feed document found")
    feed = parsed.get("feed", {})
    hints = FeedHints.parse(feed.get("ttl"), feed.get("sy_updateperiod"), feed.get("sy_updatefrequency"))
    return ParsedFeed([_entry_from_feedparser(e, spec) for e in parsed.entries], complaint, hints, "feedparser")


def _entry_from_feedparser(e: Any, spec: FeedSpec) -> Entry:
    link = (e.get("feedburner_origlink") or e.get("link") or "").strip()
    content = None
    if e.get("content"):
        content = e["content"][0].get("value")
    content = content or e.get("summary")
    text = html_to_text(content) if content else None
    when = e.get("published_parsed") or e.get("updated_parsed")
    published = datetime.fromtimestamp(calendar.timegm(when), UTC) if when else None
    title = title_text(e.get("title"))
    return Entry(spec.url, spec.name, entry_key(e.get("id"), link, title, text), link, title,
                 clean_text(e.get("author")), published, text or None)


# --- JSON Feed ----------------------------------------------------------------

def _parse_json_feed(body: bytes, spec: FeedSpec, base_url: str = "") -> list[Entry]:
    """JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1), which feedparser does not read."""
    try:
        doc = json.loads(body)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise FeedParseError(f"invalid JSON Feed: {exc}") from None
    if not isinstance(doc, dict) or not str(doc.get("version", "")).startswith("https://jsonfeed.org/version/"):
        raise FeedParseError("not a feed: JSON without a jsonfeed.org version")
    items = doc.get("items")
    if not isinstance(items, list):
        raise FeedParseError("invalid JSON Feed: 'items' is not a list")
    base = str(doc.get("feed_url") or base_url or "")
    feed_authors = _json_authors(doc)
    entries = []
    for item in items:
        if not isinstance(item, dict):
            continue
        link = str(item.get("url") or item.get("external_url") or "").strip()
        link = urljoin(base, link) if link else ""
        html = item.get("content_html")
        text = html_to_text(html) if isinstance(html, str) and html.strip() else None
        if not text:
            plain = item.get("content_text") or item.get("summary")
            text = tidy_lines(plain) if isinstance(plain, str) else None
        authors = _json_authors(item) or feed_authors
        title = title_text(item.get("title"))
        guid = str(item["id"]) if item.get("id") is not None else None  # 1.0 feeds may use numbers
        entries.append(Entry(spec.url, spec.name, entry_key(guid, link, title, text), link, title,
                             authors[0] if authors else None,
                             parse_utc(item.get("date_published") or item.get("date_modified")), text or None))
    return entries


def _json_authors(obj: dict[str, Any]) -> list[str]:
    """1.1's ``authors`` list, else 1.0's single ``author``."""
    raw = obj.get("authors")
    candidates = raw if isinstance(raw, list) else [obj.get("author")]
    names = [clean_text(a.get("name")) for a in candidates if isinstance(a, dict)]
    return [n for n in names if n]
