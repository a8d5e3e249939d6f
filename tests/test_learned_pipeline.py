"""Learned boilerplate inside a pass: real feeds and pages on loopback → `feedlake run` → Parquet, then the
`feedlake boilerplate report` and `allow` commands on the same output.

Every page here is written for this test.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from xml.sax.saxutils import escape

import boto3
import pytest
import yaml

from feedlake.cli import main
from feedlake.demo.siteserver import Resource, SiteServer
from tests.helpers import dataset
from tests.test_learned import HEADLINES, story

GAZETTE, DIGEST = "127.0.0.21", "127.0.0.22"
MASTHEAD = "Thanks for reading the Harbour Gazette, the valley's independent voice since 1887."
BIO = "Ada Fenwick covers the port and shipping for the Gazette and lives on a houseboat."


def page(title: str, paragraphs: list[str], tail: list[str]) -> Resource:
    body = "".join(f"<p>{escape(p)}</p>" for p in [*paragraphs, *tail])
    return Resource(f"""<!DOCTYPE html><html lang="en"><head><title>{escape(title)}</title></head>
<body><nav><a href="/">Home</a></nav><main><article><h1>{escape(title)}</h1>{body}</article></main>
<footer>Imprint · Privacy</footer></body></html>""".encode())


def rss(server: SiteServer, host: str, paths: list[str]) -> Resource:
    items = "".join(f"<item><title>Story {p}</title><link>{escape(server.url(host, p))}</link><guid>{p}</guid>"
                    f"<pubDate>Tue, 04 Mar 2025 0{i}:00:00 GMT</pubDate></item>" for i, p in enumerate(paths))
    return Resource(f'<?xml version="1.0"?><rss version="2.0"><channel><title>{host}</title>'
                    f"<link>{server.url(host)}</link><description>news</description>{items}</channel></rss>".encode(),
                    content_type="application/rss+xml; charset=utf-8")


@pytest.fixture
def site() -> Iterator[SiteServer]:
    with SiteServer(hosts=(GAZETTE, DIGEST)) as server:
        gazette_paths = []
        for n in range(4):
            path = f"/news/{n}"
            server.add(GAZETTE, path, page(HEADLINES[n + 4], story(n), [
                f"{MASTHEAD} Tomorrow in the Gazette: {HEADLINES[n]}", BIO]))
            gazette_paths.append(path)
        # the same story 0 re-posted at the Gazette under a second URL, and republished by the Digest
        server.add(GAZETTE, "/print/0", page(HEADLINES[4], story(0), [f"{MASTHEAD} Tomorrow in the Gazette: x"]))
        gazette_paths.append("/print/0")
        server.add(GAZETTE, "/rss.xml", rss(server, GAZETTE, gazette_paths))
        server.add(DIGEST, "/copy/0", page(HEADLINES[4], story(0), ["Digest readers: tell us what you think."]))
        server.add(DIGEST, "/rss.xml", rss(server, DIGEST, ["/copy/0"]))
        yield server


def cli(*args: str) -> int:
    return main(list(args))


def test_learned_in_the_pass_then_report_and_allow(site: SiteServer, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    feeds = tmp_path / "feeds.yaml"
    feeds.write_text(yaml.safe_dump({"feeds": [{"url": site.url(h, "/rss.xml"), "name": h}
                                               for h in (GAZETTE, DIGEST)]}))
    out = str(tmp_path / "lake")
    assert cli("run", "--feeds", str(feeds), "--output", out, "--allow-private-networks", "--json") == 0
    capsys.readouterr()
    rows = {r["url"].rsplit(":", 1)[-1].split("/", 1)[-1]: r for r in dataset(Path(out), "articles").to_pylist()}
    for n in range(4):
        row = rows[f"news/{n}"]
        assert row["text"].split("\n") == [HEADLINES[n + 4], *story(n)], n  # trafilatura keeps the h1
        learned = [(piece, label) for piece, label in zip(row["boilerplate_removed"], row["boilerplate_rules"],
                                                          strict=True) if label.startswith("learned:")]
        assert [piece for piece, _ in learned] == [MASTHEAD, f"Tomorrow in the Gazette: {HEADLINES[n]}", BIO]
    # the re-posted copy is the same story: its text was never counted twice, and it keeps all of it
    assert rows["print/0"]["text"].split("\n")[1:5] == story(0)
    assert rows["copy/0"]["text"].split("\n")[1:5] == story(0)  # another source: nothing learned there
    assert not any(label.startswith("learned:") for label in rows["copy/0"]["boilerplate_rules"])
    assert (Path(out) / "_state" / "boilerplate.sqlite").is_file()

    assert cli("boilerplate", "report", "--output", out, "--json") == 0
    report = json.loads(capsys.readouterr().out)
    masthead = next(r for r in report if r["sample"] == MASTHEAD)
    assert masthead["source"] == GAZETTE and masthead["stories"] == 4 and masthead["removals"] == 5
    assert {r["source"] for r in report} == {GAZETTE}
    assert cli("boilerplate", "report", "--output", out, "--source", DIGEST, "--json") == 0
    assert json.loads(capsys.readouterr().out) == []
    assert cli("boilerplate", "report", "--output", out) == 0
    table = capsys.readouterr().out
    assert masthead["fingerprint"] in table and "<*>" in table  # templates are shown with their slots
    teaser = next(r for r in report if r["sample"].startswith("Tomorrow in the Gazette:"))
    assert teaser["pattern"] == "tomorrow in the gazette : <*>" and teaser["why"].endswith("edge")

    # an operator allows the masthead sentence (by fingerprint) and the bio (by its text)
    assert cli("boilerplate", "allow", f"learned:{masthead['fingerprint']}", "--source", GAZETTE,
               "--output", out) == 0
    assert cli("boilerplate", "allow", BIO, "--source", "*", "--output", out, "--note", "keep bios") == 0
    assert "takes effect from the next pass" in capsys.readouterr().out
    assert cli("boilerplate", "report", "--output", out, "--json") == 0
    report = json.loads(capsys.readouterr().out)
    assert [r["allowed"] for r in report if r.get("sample") in (MASTHEAD, BIO)] == [True, True]

    site.add(GAZETTE, "/news/4", page(HEADLINES[8], story(4), [f"{MASTHEAD} Tomorrow in the Gazette: {HEADLINES[4]}",
                                                           BIO]))
    site.add(GAZETTE, "/rss.xml", rss(site, GAZETTE, ["/news/4"]))
    assert cli("run", "--feeds", str(feeds), "--output", out, "--allow-private-networks", "--json", "--force") == 0
    new = next(r for r in dataset(Path(out), "articles").to_pylist() if r["url"].endswith("/news/4"))
    assert new["text"].split("\n") == [HEADLINES[8], *story(4), MASTHEAD, BIO]  # allowed; the teaser still goes
    assert new["boilerplate_removed"] == [f"Tomorrow in the Gazette: {HEADLINES[4]}"]


def test_learning_can_be_switched_off(site: SiteServer, tmp_path: Path) -> None:
    feeds = tmp_path / "feeds.yaml"
    feeds.write_text(yaml.safe_dump({"feeds": [{"url": site.url(GAZETTE, "/rss.xml")}]}))
    out = tmp_path / "lake"
    assert cli("run", "--feeds", str(feeds), "--output", str(out), "--allow-private-networks", "--json",
               "--set", "boilerplate_learning=0") == 0
    for row in dataset(out, "articles").to_pylist():
        assert MASTHEAD in row["text"] and row["boilerplate_rules"] == []
    assert not (out / "_state" / "boilerplate.sqlite").exists()


def test_allow_needs_something_to_allow(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli("boilerplate", "allow", " … ", "--source", "x.example", "--output", str(tmp_path / "o")) == 2
    assert "nothing to allow" in capsys.readouterr().err


def test_allow_list_entries_can_be_removed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = str(tmp_path / "o")
    assert cli("boilerplate", "allow", "learned:0123456789ABCDEF", "--source", GAZETTE, "--output", out) == 0
    assert cli("boilerplate", "allow", BIO, "--source", "*", "--output", out) == 0
    capsys.readouterr()
    assert cli("boilerplate", "allow", "0123456789abcdef", "--source", GAZETTE, "--output", out, "--remove") == 0
    assert "removed from the allow-list" in capsys.readouterr().out
    assert cli("boilerplate", "report", "--output", out, "--json") == 0
    assert [e["allow_entry"]["text"] for e in json.loads(capsys.readouterr().out)] == [BIO]
    # removing what is not there says so, in one line, and changes nothing
    assert cli("boilerplate", "allow", "0123456789abcdef", "--source", GAZETTE, "--output", out, "--remove") == 2
    assert "is not on the allow-list" in capsys.readouterr().err
    assert cli("boilerplate", "allow", BIO, "--source", "*", "--output", out, "--remove") == 0
    capsys.readouterr()
    assert cli("boilerplate", "report", "--output", out, "--json") == 0
    assert json.loads(capsys.readouterr().out) == []


def test_allow_list_round_trips_through_s3(s3_env: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))  # the S3 state cache
    out = f"s3://{s3_env}/lake"
    assert cli("boilerplate", "allow", "0123456789abcdef", "--source", GAZETTE, "--output", out) == 0
    assert boto3.client("s3").head_object(Bucket=s3_env, Key="lake/_state/boilerplate_allow.sqlite")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "another-worker"))  # nothing local: pulled from S3
    capsys.readouterr()
    assert cli("boilerplate", "report", "--output", out, "--json") == 0
    [entry] = json.loads(capsys.readouterr().out)
    assert entry["allow_entry"]["fingerprint"] == "0123456789abcdef"
    assert entry["allow_entry"]["source"] == GAZETTE


BOXED_NOTE = "The harbour office answers questions about moorings on weekday mornings until noon."


def test_a_boxed_note_reaches_the_learner_through_the_staging(tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    """The fetch stage stages which paragraphs sat in a box of their own (ingest.page_shape); the learner,
    a stage later, removes the recurring one for that reason, as the report says."""
    with SiteServer(hosts=(GAZETTE,)) as server:
        paths = []
        for n in range(4):
            first, *rest = (f"<p>{escape(p)}</p>" for p in story(n))
            server.add(GAZETTE, f"/news/{n}", Resource(f"""<!DOCTYPE html><html lang="en"><head>
<title>{HEADLINES[n]}</title></head><body><main><article><h1>{HEADLINES[n]}</h1>{first}
<div class="inline-note"><p>{BOXED_NOTE}</p></div>{"".join(rest)}</article></main></body></html>""".encode()))
            paths.append(f"/news/{n}")
        server.add(GAZETTE, "/rss.xml", rss(server, GAZETTE, paths))
        feeds = tmp_path / "feeds.yaml"
        feeds.write_text(yaml.safe_dump({"feeds": [{"url": server.url(GAZETTE, "/rss.xml"), "name": "Gazette"}]}))
        out = str(tmp_path / "lake")
        assert cli("run", "--feeds", str(feeds), "--output", out, "--allow-private-networks", "--json") == 0
    rows = dataset(Path(out), "articles").to_pylist()
    assert len(rows) == 4
    for row in rows:
        assert BOXED_NOTE not in row["text"] and BOXED_NOTE in row["boilerplate_removed"]
    capsys.readouterr()
    assert cli("boilerplate", "report", "--output", out, "--json") == 0
    [note] = [r for r in json.loads(capsys.readouterr().out) if r["sample"] == BOXED_NOTE]
    assert note["why"].startswith("in a box of its own in ")
