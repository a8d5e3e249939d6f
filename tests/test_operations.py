"""What an operator and a new user hit: the dry run's output, settings that are not numbers, URLs that
identify nothing, a page claiming another site's article, an output that cannot be written."""

from __future__ import annotations

from collections.abc import Iterator
from html import escape
from pathlib import Path

import pytest

from feedlake.cli import main
from feedlake.demo.siteserver import Resource, SiteServer
from feedlake.settings import Settings, SettingsError
from ingest.fetch import site_of, trusted_canonical
from ingest.identity import canonicalize
from tests.helpers import dataset

VICTIM, ATTACKER = "127.0.0.61", "127.0.0.62"
WORDS = ("The harbour authority said on Monday that the new breakwater would be finished before the winter "
         "storms, after two years of delays and a budget that grew by a third. ")


def article(title: str, text: str, canonical: str | None = None) -> Resource:
    link = f'<link rel="canonical" href="{escape(canonical)}">' if canonical else ""
    paras = "".join(f"<p>{escape(text)} Paragraph {i}.</p>" for i in range(6))
    return Resource(f"""<!DOCTYPE html><html lang="en"><head><title>{escape(title)}</title>{link}</head>
<body><main><article><h1>{escape(title)}</h1>{paras}</article></main></body></html>""".encode())


def rss(server: SiteServer, host: str, links: list[str]) -> Resource:
    items = "".join(f"<item><title>Story {i}</title><link>{escape(u)}</link><guid>{escape(u)}</guid>"
                    f"<description>feed text {i} of {escape(host)}</description></item>"
                    for i, u in enumerate(links))
    return Resource(f'<?xml version="1.0"?><rss version="2.0"><channel><title>{host}</title>'
                    f"<link>{server.url(host)}</link><description>news</description>{items}</channel></rss>".encode(),
                    content_type="application/rss+xml; charset=utf-8")


@pytest.fixture
def server() -> Iterator[SiteServer]:
    with SiteServer(hosts=(VICTIM, ATTACKER)) as s:
        yield s


def feeds_file(tmp_path: Path, server: SiteServer, *hosts: str) -> Path:
    path = tmp_path / "feeds.yaml"
    path.write_text("feeds:\n" + "".join(f"  - url: {server.url(h, '/feed.xml')}\n    name: {h}\n" for h in hosts))
    return path


def run(feeds: Path, out: Path, *extra: str) -> int:
    return main(["run", "--feeds", str(feeds), "--output", str(out), "--allow-private-networks", *extra])


def test_a_dry_run_prints_what_it_would_fetch(server: SiteServer, tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    server.add(VICTIM, "/a", article("A story", WORDS))
    server.add(VICTIM, "/feed.xml", rss(server, VICTIM, [server.url(VICTIM, "/a")]))
    out = tmp_path / "lake"
    assert run(feeds_file(tmp_path, server, VICTIM), out, "--dry-run") == 0
    printed = capsys.readouterr().out
    assert "dry run" in printed and server.url(VICTIM, "/a") in printed
    assert not (out / "articles").exists()  # nothing written


@pytest.mark.parametrize("value", ["nan", "inf", "-inf", "NaN"])
def test_settings_that_are_not_finite_numbers_are_refused(value: str, capsys: pytest.CaptureFixture[str],
                                                          tmp_path: Path) -> None:
    for name in ("connect_timeout", "total_timeout", "per_host_delay"):
        assert main(["run", "--feeds", str(tmp_path / "f.yaml"), "--set", f"{name}={value}"]) == 2
        assert f"setting {name} must be a finite number" in capsys.readouterr().err
    with pytest.raises(SettingsError):
        Settings(per_host_delay=float(value))


def test_urls_that_identify_nothing_and_ipv6_hosts() -> None:
    assert canonicalize("http://[::1]:18080/x#frag") == "http://[::1]:18080/x"
    assert canonicalize("HTTP://[2001:DB8::1]/a") == "http://[2001:db8::1]/a"
    for url in ("javascript:alert(1)", "data:text/html,<p>hi</p>", "mailto:a@b.example", "/relative", "http://"):
        assert canonicalize(url) == ""
    assert site_of("news.bbc.co.uk") == site_of("www.bbc.co.uk") == "bbc.co.uk"
    assert site_of("a.github.io") != site_of("b.github.io")  # a public suffix: different sites
    assert trusted_canonical("https://www.example.com/a", "https://m.example.com/a?x=1", "https://m.example.com/a") \
        == "https://www.example.com/a"
    assert trusted_canonical("https://victim.example/a", "https://evil.example/b", "https://evil.example/b") \
        == "https://evil.example/b"
    # the feed itself lists the URL the page names: trusted, wherever it points
    assert trusted_canonical("https://victim.example/a", "https://cdn.example/b", "https://victim.example/a") \
        == "https://victim.example/a"


def test_a_page_cannot_take_over_another_sites_article(server: SiteServer, tmp_path: Path) -> None:
    genuine = server.url(VICTIM, "/story")
    server.add(VICTIM, "/story", article("The genuine story", WORDS))
    server.add(VICTIM, "/feed.xml", rss(server, VICTIM, [genuine]))
    # another site's page declares the victim's URL as its canonical, with its own text
    server.add(ATTACKER, "/fake", article("A fake", "Buy cheap watches now, the best offer on the web. " * 3,
                                          canonical=genuine))
    server.add(ATTACKER, "/js", article("Script", "Another page of the attacker with enough text to keep. " * 3))
    server.add(ATTACKER, "/feed.xml", rss(server, ATTACKER, [server.url(ATTACKER, "/fake"), "javascript:alert(1)"]))
    out = tmp_path / "lake"
    assert run(feeds_file(tmp_path, server, ATTACKER, VICTIM), out) == 0
    rows = {r["canonical_url"]: r for r in dataset(out, "articles").to_pylist()}
    assert genuine in rows and rows[genuine]["title"] == "The genuine story"
    assert rows[genuine]["source"] == VICTIM
    fake = rows[server.url(ATTACKER, "/fake")]
    assert fake["source"] == ATTACKER and "watches" in fake["text"]
    assert all(url.startswith("http://") for url in rows)  # no javascript: article
    errors = dataset(out, "errors").to_pylist()
    assert not [e for e in errors if e["error_type"] == "duplicate_canonical_url"]
    assert [e for e in errors if e["url"] == "javascript:alert(1)"]  # recorded, not lost


def test_an_output_or_state_that_cannot_be_written_is_one_line(server: SiteServer, tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    """A path that cannot hold files (here: under a regular file, which fails as a full disk or a read-only
    mount does, with an OSError at the first write) ends the pass with one line, exit 2, not a traceback."""
    server.add(VICTIM, "/a", article("A story", WORDS))
    server.add(VICTIM, "/feed.xml", rss(server, VICTIM, [server.url(VICTIM, "/a")]))
    blocker = tmp_path / "not-a-directory"
    blocker.write_text("x")
    feeds = feeds_file(tmp_path, server, VICTIM)
    for extra in ([], ["--state", str(blocker / "state")]):
        out = blocker / "lake" if not extra else tmp_path / "lake"
        assert run(feeds, out, *extra) == 2
        err = capsys.readouterr().err.strip()
        assert err.startswith("feedlake: error:") and "Traceback" not in err, err
        assert str(blocker) in err


def test_feed_health_in_one_place_keyed_by_url(server: SiteServer, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    import json

    from feedlake.summary import markdown_note

    server.add(VICTIM, "/a", article("A story", WORDS))
    server.add(VICTIM, "/feed.xml", rss(server, VICTIM, [server.url(VICTIM, "/a")]))
    # eight feeds of one host fail (no route: 404), all under the host's default name
    broken = [server.url(ATTACKER, f"/broken-{i}.xml") for i in range(8)]
    feeds = tmp_path / "feeds.yaml"
    feeds.write_text("feeds:\n" + "".join(f"  - url: {u}\n" for u in [server.url(VICTIM, "/feed.xml"), *broken]))
    assert run(feeds, tmp_path / "lake", "--json") == 0
    summary = json.loads(capsys.readouterr().out)
    assert sorted(summary["failing_feeds"]) == sorted(broken)  # eight, not one per name
    note = markdown_note(summary)
    assert note.startswith("**feedlake pass**") and "**Warnings**" in note
    assert sum(line.startswith("- failing: ") for line in note.splitlines()) == 8
    assert "1 articles written" in note.splitlines()[0] and len(note) <= 1000
    assert main(["feeds", "--output", str(tmp_path / "lake"), "--failing", "--json"]) == 0
    failing = json.loads(capsys.readouterr().out)
    assert sorted(r["url"] for r in failing) == sorted(broken)
    assert all(r["state"] == "error" and r["failures"] == 1 and "404" in r["last_error"] for r in failing)
    assert main(["feeds", "--output", str(tmp_path / "lake"), "--json"]) == 0
    every = json.loads(capsys.readouterr().out)
    assert len(every) == 9 and [r for r in every if r["state"] == "ok"][0]["articles_24h"] == 1
    assert main(["feeds", "--output", str(tmp_path / "lake")]) == 0
    shown = capsys.readouterr().out
    assert "error" in shown and "None" not in shown  # a NULL (no flag, no success yet) is an empty cell


def test_transient_page_failures_are_retried_on_later_passes_up_to_a_cap(
        server: SiteServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from feedlake import retries
    from ingest.feed_state import StateStore

    monkeypatch.setattr(retries, "FIRST_DELAY", retries.timedelta(0))  # due again at once
    flaky, down = server.url(VICTIM, "/flaky"), server.url(VICTIM, "/down")
    server.add(VICTIM, "/flaky", Resource(b"busy", status=503, headers={"Retry-After": "0"}))
    server.add(VICTIM, "/down", Resource(b"broken", status=502))
    server.add(VICTIM, "/feed.xml", rss(server, VICTIM, [flaky, down]))
    feeds, out = feeds_file(tmp_path, server, VICTIM), tmp_path / "lake"
    assert run(feeds, out, "--set", "http_retries=0") == 0
    first = {r["url"]: r for r in dataset(out, "articles").to_pylist()}
    assert first[flaky]["text_source"] == "feed" and first[flaky]["version"] == 1  # the feed's content, for now
    errors = [e["error"] for e in dataset(out, "errors").to_pylist()]
    assert sum("[attempt 1 of 5; retried from" in e for e in errors) == 2, errors
    # the page recovers; the feed is not due, yet the next pass fetches the page again and upgrades the article
    server.add(VICTIM, "/flaky", article("The flaky story", WORDS))
    server.clear_log()
    assert run(feeds, out, "--set", "http_retries=0") == 0
    assert server.count(VICTIM, "/feed.xml") == 0 and server.count(VICTIM, "/flaky") == 1
    versions = sorted((r["version"], r["text_source"]) for r in dataset(out, "articles").to_pylist()
                      if r["url"] == flaky)
    assert versions == [(1, "feed"), (2, "page")]
    for _ in range(3):  # attempts 3 to 5 of the page that stays down
        assert run(feeds, out, "--set", "http_retries=0") == 0
    rows = [e for e in dataset(out, "errors").to_pylist() if e["url"] == down]
    assert {e["stage"] for e in rows} == {"fetch"}  # the feed's content again, unchanged, is no new error
    errors = [e["error"] for e in rows]
    assert len(errors) == 5 and errors.count(max(errors, key=lambda e: "final" in e)) == 1
    assert any(e.endswith("[final: attempt 5 of 5]") for e in errors)
    server.clear_log()
    assert run(feeds, out, "--set", "http_retries=0") == 0
    assert server.count(VICTIM, "/down") == 0  # final: not fetched again
    state = StateStore(out / "_state" / "feeds.sqlite")
    try:
        assert state.pending_retries() == 0
    finally:
        state.close()


def test_a_feed_that_becomes_gone_is_announced_once(server: SiteServer, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    """The transition to gone (410) is logged, shown in the run note's warnings and posted to the alert
    webhook, once: the next pass, still gone, announces nothing.  The run itself succeeds."""
    import json
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    from feedlake.summary import markdown_note

    posted: list[dict[str, str]] = []

    class Hook(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
            posted.append(json.loads(self.rfile.read(int(self.headers["Content-Length"]))))
            self.send_response(204)
            self.end_headers()

        def log_message(self, *args: object) -> None:
            pass

    hook = ThreadingHTTPServer(("127.0.0.1", 0), Hook)
    threading.Thread(target=hook.serve_forever, daemon=True).start()
    monkeypatch.setenv("FEEDLAKE_ALERT_WEBHOOK", f"http://127.0.0.1:{hook.server_address[1]}/alert")
    server.add(VICTIM, "/a", article("A story", WORDS))
    server.add(VICTIM, "/feed.xml", rss(server, VICTIM, [server.url(VICTIM, "/a")]))
    gone = server.url(ATTACKER, "/old.xml")
    server.add(ATTACKER, "/old.xml", Resource(b"gone", status=410, conditional=False))
    feeds = tmp_path / "feeds.yaml"
    feeds.write_text(f"feeds:\n  - url: {server.url(VICTIM, '/feed.xml')}\n  - url: {gone}\n")
    try:
        assert run(feeds, tmp_path / "lake", "--json") == 0
        summary = json.loads(capsys.readouterr().out)
        assert list(summary["became_failing"]) == [gone] and summary["became_failing"][gone].startswith("gone")
        assert f"- became gone: `{gone}`" in markdown_note(summary)
        assert len(posted) == 1 and gone in posted[0]["text"]
        assert run(feeds, tmp_path / "lake", "--json", "--force") == 0
        assert "became_failing" not in json.loads(capsys.readouterr().out)
        assert len(posted) == 1
    finally:
        hook.shutdown()
