"""Hostile feeds and pages: each ends as an error row; the pass finishes within its limits, memory bounded."""

from __future__ import annotations

import gzip
import os
import resource
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from feedlake.demo.siteserver import Resource, SiteServer
from ingest.feeds_file import FeedSpec
from ingest.formats import FeedParseError, parse_feed
from tests.helpers import dataset

HOST, SLOW = "127.0.0.6", "127.0.0.7"
SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzz-not-a-real-key"

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<rss version="2.0"><channel><title>&lol9;</title>
<item><title>&lol9;</title><link>http://127.0.0.6/x</link><description>&lol9;</description></item>
</channel></rss>"""


def rss(items: list[tuple[str, str]]) -> bytes:
    body = "".join(f"<item><title>{t}</title><link>{link}</link><guid>{link}</guid></item>" for t, link in items)
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>{body}</channel></rss>'.encode()


class Slowloris:
    """Answers with headers, then one byte of body every half second, forever."""

    def __init__(self, host: str) -> None:
        self.sock = socket.create_server((host, 0))
        self.port = self.sock.getsockname()[1]
        self.stop = threading.Event()
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        self.sock.settimeout(0.5)
        while not self.stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            threading.Thread(target=self._drip, args=(conn,), daemon=True).start()

    def _drip(self, conn: socket.socket) -> None:
        try:
            conn.recv(65536)
            conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 100000\r\n\r\n")
            while not self.stop.is_set():
                conn.sendall(b"<")
                time.sleep(0.5)
        except OSError:
            pass
        finally:
            conn.close()


@pytest.fixture
def hostile(tmp_path: Path) -> Iterator[tuple[Path, dict[str, str]]]:
    slow = Slowloris(SLOW)
    with SiteServer(hosts=(HOST,)) as srv:
        u = lambda p: srv.url(HOST, p)  # noqa: E731
        good_page = b"<html><body><article>" + b"<p>A perfectly ordinary story paragraph.</p>" * 20 + b"</article>"
        srv.add(HOST, "/ok", Resource(good_page + b"</body></html>"))
        srv.add(HOST, "/big", Resource(b"<html><body>" + b"x" * (50 * 1024 * 1024) + b"</body></html>"))
        srv.add(HOST, "/badutf8", Resource(b"<html><body><p>caf\xe9 \xff\xfe broken " * 200 + b"</p></body></html>"))
        srv.add(HOST, "/loop", Resource(b"", status=302, headers={"Location": "/loop2"}))
        srv.add(HOST, "/loop2", Resource(b"", status=302, headers={"Location": "/loop"}))
        links = {
            "ok": u("/ok"), "big": u("/big"), "badutf8": u("/badutf8"), "loop": u("/loop"),
            "slow": f"http://{SLOW}:{slow.port}/drip", "metadata": "http://169.254.169.254/latest/meta-data/",
        }
        srv.add(HOST, "/feed.xml", Resource(rss(list(links.items())), content_type="application/rss+xml"))
        srv.add(HOST, "/bomb.xml", Resource(BILLION_LAUGHS, content_type="application/rss+xml"))
        srv.add(HOST, "/gzip.xml", Resource(gzip.compress(b"<rss>" + b" " * (200 * 1024 * 1024)), conditional=False,
                                            content_type="application/rss+xml", headers={"Content-Encoding": "gzip"}))
        srv.add(HOST, "/html.xml", Resource(b"<html><head><title>Not a feed</title></head><body>hi</body></html>"))
        srv.add(HOST, "/huge.xml", Resource(rss([(str(i), u(f"/e/{i}")) for i in range(100_000)]),
                                            content_type="application/rss+xml"))
        feeds = tmp_path / "feeds.yaml"
        feeds.write_text("feeds:\n" + "".join(f"  - url: {u(p)}\n" for p in (
            "/feed.xml", "/bomb.xml", "/gzip.xml", "/html.xml", "/huge.xml")))
        yield feeds, links
    slow.stop.set()


def test_hostile_inputs_end_as_error_rows(hostile: tuple[Path, dict[str, str]], tmp_path: Path) -> None:
    feeds, links = hostile
    out = tmp_path / "lake"
    env = {**os.environ, "FEEDLAKE_ALLOWED_NETWORKS": "127.0.0.0/8", "FEEDLAKE_ALLOW_PRIVATE_NETWORKS": "0",
           "FEEDLAKE_TOTAL_TIMEOUT": "5", "FEEDLAKE_READ_TIMEOUT": "3", "FEEDLAKE_HTTP_RETRIES": "0",
           "FEEDLAKE_MAX_BODY_BYTES": str(16 * 1024 * 1024), "FEEDLAKE_MAX_NEW_ENTRIES_PER_FEED": "25",
           "FEEDLAKE_PER_HOST_DELAY": "0",
           "AWS_SECRET_ACCESS_KEY": SECRET}
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    proc = subprocess.run([sys.executable, "-m", "feedlake.cli", "-v", "run", "--feeds", str(feeds),
                           "--output", str(out), "--json"], env=env, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr[-3000:]
    peak_mb = max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024
    assert peak_mb < 1500, f"peak RSS {peak_mb:.0f} MB"

    articles = {r["url"]: r for r in dataset(out, "articles").to_pylist()}
    errors = {(r["url"], r["stage"]): r for r in dataset(out, "errors").to_pylist()}
    feed_status = {r["feed_url"].rsplit("/", 1)[-1]: r for r in dataset(out, "feeds").to_pylist()}
    assert links["ok"] in articles
    for name in ("big", "loop", "slow", "metadata"):
        assert (links[name], "fetch") in errors, name
    assert errors[(links["big"], "fetch")]["error_type"] == "body_too_large"
    assert errors[(links["metadata"], "fetch")]["error_type"] == "blocked_address"
    assert errors[(links["slow"], "fetch")]["error_type"] in ("timeout", "robots_unavailable")
    assert links["badutf8"] in articles or (links["badutf8"], "extract") in errors
    for bad in ("bomb.xml", "gzip.xml", "html.xml"):
        assert feed_status[bad]["status"] == "error", bad
    # 100,000 entries: taken up to the cap, the rest reported and left for later passes, never dropped.
    huge = feed_status["huge.xml"]
    assert (huge["status"], huge["entries"], huge["new_entries"]) == ("ok", 100_000, 25)
    capped = [e for (url, stage), e in errors.items() if url.endswith("/huge.xml")]
    assert [e["error_type"] for e in capped] == ["too_many_entries"]
    assert huge["etag"] is None  # so the next pass downloads it again and takes the next entries
    assert SECRET not in proc.stdout + proc.stderr
    for path in out.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert SECRET.encode() not in data
            assert b"\x80\x04\x95" not in data[:64], f"{path} looks pickled"


SUBSET = b'<!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
ROOT = b'<rss version="2.0"><channel><title>&b;</title><item><title>&b;</title><link>http://x.example/1</link></item></channel></rss>'


@pytest.mark.parametrize(("label", "document"), [
    ("plain", b'<?xml version="1.0"?>' + SUBSET + ROOT),
    ("after a 70 KB comment", b'<?xml version="1.0"?><!--' + b"x" * 70_000 + b"-->" + SUBSET + ROOT),
    ("after a processing instruction", b'<?xml version="1.0"?>\n<?xml-stylesheet href="s.xsl"?>\n' + SUBSET + ROOT),
    ("lower-case doctype", b'<?xml version="1.0"?>' + SUBSET.replace(b"DOCTYPE", b"doctype") + ROOT),
    *[(codec, f'<?xml version="1.0" encoding="{codec}"?>'.encode(codec) + (SUBSET + ROOT).decode().encode(codec))
      for codec in ("utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be")],
])
def test_entity_declarations_are_refused_wherever_the_prolog_hides_them(label: str, document: bytes) -> None:
    with pytest.raises(FeedParseError, match="declares XML entities"):
        parse_feed(document, {"content-type": "application/rss+xml"}, FeedSpec("http://x.example/feed", "x"),
                   "http://x.example/feed")


@pytest.mark.parametrize("document", [
    b'<?xml version="1.0"?><!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" '
    b'"http://my.netscape.com/publish/formats/rss-0.91.dtd"><rss version="0.91"><channel><title>t</title>'
    b"<item><title>a</title><link>http://x.example/1</link></item></channel></rss>",
    b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><item><title>XML bombs</title>'
    b"<link>http://x.example/1</link><description><![CDATA[They start with <!DOCTYPE x [<!ENTITY a \"b\">]>]]>"
    b"</description></item></channel></rss>",
])
def test_a_doctype_without_entities_and_entity_text_in_an_item_are_read(document: bytes) -> None:
    parsed = parse_feed(document, {"content-type": "application/rss+xml"}, FeedSpec("http://x.example/feed", "x"),
                        "http://x.example/feed")
    assert [e.url for e in parsed.entries] == ["http://x.example/1"]
