"""Near-duplicates inside the pipeline: two passes over a small site served on loopback, with the index
in SQLite and in the machine's Redis. Checks the rows analysts get -- versions, merges recorded in
``clusters/``, explained duplicates -- and runs the README's ``current_story`` view on them."""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from html import escape
from pathlib import Path

import pytest
import yaml

from feedlake.demo.siteserver import Resource, SiteServer
from feedlake.pipeline import run_pass
from feedlake.settings import Settings
from feedlake.tables import open_lake, reader
from records import stable_id
from storage.objectstore import LocalStore
from tests.test_dedup import REDIS_URL, sentences

HOSTS = ("127.0.0.2", "127.0.0.3")
README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def page(title: str, paragraphs: list[str], canonical: str) -> Resource:
    body = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    return Resource(f'<html><head><title>{escape(title)}</title><link rel="canonical" href="{canonical}"></head>'
                    f"<body><article><h1>{escape(title)}</h1>{body}</article></body></html>".encode())


def feed(site: SiteServer, host: str, items: list[tuple[str, str, datetime]]) -> Resource:
    entries = "".join(f"<item><title>{escape(t)}</title><link>{site.url(host, path)}</link><guid>{path}</guid>"
                      f"<pubDate>{format_datetime(when)}</pubDate></item>" for path, t, when in items)
    return Resource(f'<?xml version="1.0"?><rss version="2.0"><channel><title>{host}</title><link>'
                    f"{site.url(host)}</link><description>news</description>{entries}</channel></rss>".encode(),
                    content_type="application/rss+xml")


@pytest.fixture(params=["sqlite", pytest.param("redis", marks=pytest.mark.services)])
def backend(request: pytest.FixtureRequest) -> Iterator[dict[str, str]]:
    if request.param == "sqlite":
        yield {}
        return
    prefix = f"test-feedlake-{uuid.uuid4().hex}"
    yield {"dedup_backend": "redis", "redis_url": REDIS_URL, "redis_prefix": prefix}
    import redis

    client = redis.Redis.from_url(REDIS_URL)
    keys = list(client.scan_iter(match=f"{{{prefix}}}:*", count=1000))
    if keys:
        client.delete(*keys)
    client.close()


def test_versions_merges_and_the_current_story_view(tmp_path: Path, backend: dict[str, str],
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    parts = sentences(40, 40)
    x, y, bridge = parts[0:20], parts[10:30], parts[5:25]  # y shares 10 of 20 sentences with x; bridge 15 with each
    update = sentences(41, 24)
    day = datetime(2025, 11, 20, 8, tzinfo=UTC)
    with SiteServer(HOSTS) as site:
        a, b = HOSTS
        url = {name: site.url(h, f"/{name}.html") for name, h in
               (("x", a), ("y", a), ("upd", a), ("x-copy", b), ("bridge", b))}
        site.add(a, "/x.html", page("Harbor storm", x, url["x"]))
        site.add(a, "/y.html", page("Ferry budget", y, url["y"]))
        site.add(a, "/upd.html", page("Council vote", update, url["upd"]))
        site.add(b, "/x-copy.html", page("Harbor storm (wire)", [*x, "Republished with permission."], url["x-copy"]))
        first = [("/x.html", "Harbor storm", day), ("/y.html", "Ferry budget", day + timedelta(hours=1)),
                 ("/upd.html", "Council vote", day + timedelta(hours=2))]
        site.add(a, "/feed.xml", feed(site, a, first))
        site.add(b, "/feed.xml", feed(site, b, [("/x-copy.html", "Harbor storm (wire)", day + timedelta(hours=3))]))
        feeds = tmp_path / "feeds.yaml"
        feeds.write_text(yaml.safe_dump({"feeds": [{"url": site.url(h, "/feed.xml")} for h in HOSTS]}))
        settings = Settings.load({"feeds": str(feeds), "output": str(tmp_path / "lake"),
                                  "allow_private_networks": True, **backend})
        run_pass(settings, run_id="pass-1")

        # Second pass: a bridging story; the same canonical URL with a new text (another link to it) and
        # with the same text (an AMP link).
        site.add(b, "/bridge.html", page("Storm and ferry", bridge, url["bridge"]))
        site.add(a, "/upd-updated.html", page("Council vote (updated)", [*update, "The vote was delayed."],
                                              url["upd"]))
        site.add(a, "/x-amp.html", page("Harbor storm", x, url["x"]))
        site.add(a, "/feed.xml", feed(site, a, [*first, ("/upd-updated.html", "Council vote", day + timedelta(hours=5)),
                                                ("/x-amp.html", "Harbor storm", day + timedelta(hours=6))]))
        site.add(b, "/feed.xml", feed(site, b, [("/x-copy.html", "Harbor storm (wire)", day + timedelta(hours=3)),
                                                ("/bridge.html", "Storm and ferry", day + timedelta(hours=4))]))
        run_pass(settings.replace(force=True), run_id="pass-2")

    lake = tmp_path / "lake"
    db = reader(open_lake(LocalStore(lake)))  # the views `feedlake query` gives the README's queries
    sql = next(block for block in re.findall(r"```sql\n(.*?)```", README, re.S) if "current_story" in block)
    for statement in sql.split(";"):
        if "CREATE VIEW" in statement:
            db.execute(statement)
    ids = {name: stable_id(u) for name, u in url.items()}
    rows = db.execute("SELECT article_id, version, cluster_id, duplicate_of, match_tier, similarity, run_id "
                      "FROM articles ORDER BY run_id, article_id, version").fetchall()
    got = {(r[0], r[1]): r[2:] for r in rows}
    assert len(rows) == 6
    assert got[ids["x"], 1][:3] == (ids["x"], None, None)
    assert got[ids["x-copy"], 1][:3] == (ids["x"], ids["x"], "minhash_jaccard")
    assert got[ids["y"], 1][:2] == (ids["y"], None)
    # The bridge joins the earliest story and merges the other into it; y's row is not rewritten.
    assert got[ids["bridge"], 1][0] == ids["x"] and got[ids["bridge"], 1][2] == "minhash_jaccard"
    # The same canonical URL with another text: version 2 of the same article, in its cluster.
    v2 = got[ids["upd"], 2]
    assert v2[:3] == (ids["upd"], ids["upd"], "canonical_url") and 0.5 < v2[3] < 1 and v2[4] == "pass-2"
    # ...and with the same text: no new row, an explained error instead.
    errors = db.execute("SELECT url, error_type FROM errors WHERE stage = 'dedup'").fetchall()
    assert errors == [(site.url(a, "/x-amp.html"), "duplicate_canonical_url")]

    merged = db.execute("SELECT cluster_id, merged_into, bridged_by, run_id FROM clusters "
                        "WHERE merged_into IS NOT NULL").fetchall()
    assert merged == [(ids["y"], ids["x"], ids["bridge"], "pass-2")]
    latest = db.execute("SELECT max(size), arg_max(sources, size), arg_max(title, size) "
                        "FROM clusters WHERE cluster_id = ?", [ids["x"]]).fetchone()
    assert latest == (4, sorted(HOSTS), "Harbor storm")  # x, its copy, the bridge, and y merged in
    stories = dict(db.execute("SELECT article_id, story_id FROM current_story").fetchall())
    assert stories == {ids["x"]: ids["x"], ids["x-copy"]: ids["x"], ids["y"]: ids["x"], ids["bridge"]: ids["x"],
                       ids["upd"]: ids["upd"]}
    # The README's query of stories runs too: one story of four articles, one of one (in two versions).
    last = next(q for q in sql.split(";") if "FROM current_story s" in q).replace("'lake/", f"'{lake}/")
    assert sorted(r[2] for r in db.execute(last).fetchall()) == [1, 4]
