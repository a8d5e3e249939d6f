"""Entry identity: URL normalization and the GUID → link → entry-hash ladder."""

from __future__ import annotations

import pytest

from ingest.identity import (
    IDENTITY_GUID,
    IDENTITY_LINK,
    duplicated_guids,
    entry_hash,
    entry_key,
    fresh_entries,
    normalize_url,
    rekey,
)
from records import Entry


@pytest.mark.parametrize("raw, normalized", [
    ("https://Example.COM:443/a/story?utm_source=rss&utm_medium=feed&id=3", "https://example.com/a/story?id=3"),
    ("http://example.com/s?fbclid=abc&gclid=def&b=2&a=1#comments", "http://example.com/s?a=1&b=2"),
    ("https://example.com/2026/story.html?mc_cid=1&mc_eid=2", "https://example.com/2026/story.html"),
    ("https://www.google.com/amp/s/example.com/2026/story", "https://example.com/2026/story"),
    ("https://example-com.cdn.ampproject.org/c/s/example.com/2026/story", "https://example.com/2026/story"),
    ("https://example.com/2026/story/amp/", "https://example.com/2026/story/"),
    ("https://example.com/amp/2026/story", "https://example.com/2026/story"),
    ("https://example.com/2026/story.amp.html", "https://example.com/2026/story.html"),
    ("https://example.com/2026/story?amp=1&id=4", "https://example.com/2026/story?id=4"),
    ("https://example.com/2026/story?outputType=amp", "https://example.com/2026/story"),
])
def test_normalize_url_strips_tracking_and_unwraps_amp(raw: str, normalized: str) -> None:
    assert normalize_url(raw) == normalized


@pytest.mark.parametrize("raw", ["", "   ", "/relative/path", "mailto:desk@example.org", "ftp://example.com/x"])
def test_normalize_url_refuses_what_is_not_an_http_url(raw: str) -> None:
    assert normalize_url(raw) == ""


def test_amp_is_only_a_path_segment_not_a_substring() -> None:
    assert normalize_url("https://example.com/campaign/ample-stamps") == "https://example.com/campaign/ample-stamps"


def test_ladder_guid_then_link_then_content() -> None:
    assert entry_key("tag:x,2026:1", "https://e.com/a?utm_source=x", "T", "body") == "tag:x,2026:1"
    assert entry_key(None, "https://e.com/a?utm_source=x", "T", "body") == "https://e.com/a"
    assert entry_key("  ", "", "T", "body") == entry_hash("Other title", "body")  # the title is not part of it
    assert entry_key(None, "", "Only a title", None) == entry_hash("Only a title", None)
    assert entry_key("tag:x,2026:1", "https://e.com/a", "T", "b", mode=IDENTITY_LINK) == "https://e.com/a"


def _entry(key: str, url: str, title: str = "T", text: str | None = "text") -> Entry:
    return Entry("http://f/feed.xml", "f", key, url, title, None, None, text)


def test_duplicated_guids_are_detected_only_across_different_links() -> None:
    assert duplicated_guids([("g1", "https://e.com/a"), ("g1", "https://e.com/b")])
    assert not duplicated_guids([("g1", "https://e.com/a?utm_source=x"), ("g1", "https://e.com/a")])
    assert not duplicated_guids([("g1", "https://e.com/a"), ("g2", "https://e.com/b"), ("", "https://e.com/c")])


def test_reissued_guid_is_not_new_and_switches_the_feed_to_link_identity() -> None:
    old = [_entry("guid-1", "https://e.com/a"), _entry("guid-2", "https://e.com/b")]
    seen_keys = {e.entry_key for e in old}
    seen_links = {normalize_url(e.url) for e in old}
    # Next poll: the same two stories under new GUIDs (and an edited title), plus one genuinely new story.
    now = [_entry("guid-1b", "https://e.com/a?utm_source=rss", title="Edited"), _entry("guid-2b", "https://e.com/b"),
           _entry("guid-3", "https://e.com/c")]
    decided = fresh_entries(now, IDENTITY_GUID, seen_keys, seen_links, seen_links, set(), set())
    assert [e.url for e in decided.fresh] == ["https://e.com/c"]
    assert decided.reissued_guids == 2 and decided.identity == IDENTITY_LINK
    assert [e.entry_key for e in rekey(decided.fresh, decided.identity)] == ["https://e.com/c"]


def test_link_seen_in_another_feed_is_not_new_but_does_not_blame_this_feeds_guids() -> None:
    decided = fresh_entries([_entry("g", "https://e.com/a")], IDENTITY_GUID, set(), set(), {"https://e.com/a"},
                            set(), set())
    assert decided.fresh == [] and decided.identity == IDENTITY_GUID


def test_linkless_entry_keeps_its_identity_when_only_the_title_is_edited() -> None:
    first = _entry(entry_key(None, "", "Title", "Same body"), "", title="Title", text="Same body")
    edited = _entry(entry_key(None, "", "Title, edited", "Same body"), "", title="Title, edited", text="Same body")
    assert first.entry_key == edited.entry_key
    decided = fresh_entries([edited], IDENTITY_GUID, {first.entry_key}, set(), set(),
                            {entry_hash("Title", "Same body")}, set())
    assert decided.fresh == []


def test_the_same_link_twice_in_one_pass_is_taken_once() -> None:
    taken: set[str] = set()
    a = fresh_entries([_entry("a1", "https://e.com/x")], IDENTITY_GUID, set(), set(), set(), set(), taken)
    b = fresh_entries([_entry("b1", "https://e.com/x?utm_campaign=y")], IDENTITY_GUID, set(), set(), set(), set(),
                      taken)
    assert len(a.fresh) == 1 and b.fresh == []


def test_plain_url_fast_path_gives_courlans_result() -> None:
    from courlan import normalize_url as courlan_normalize

    from ingest.identity import _plain_normalize

    hosts = ["Example.COM", "127.0.0.10:8000", "news.example:80", "news.example:443", "www.e.org:8443"]
    paths = ["", "/", "/a/b.html", "/2026/11/story-1", "/a//b", "/a/./b", "/A~b_c-d.e/", "/x%20y"]
    queries = ["", "?utm_source=rss&utm_medium=feed", "?b=1&a=2&b=0", "?id=7&fbclid=x&gclid=y", "?x", "?x=",
               "?Z=1&z=2&ref=home", "?q=a.b~c"]
    checked = 0
    for scheme in ("http", "https", "HTTP"):
        for host in hosts:
            for path in paths:
                for query in queries:
                    url = f"{scheme}://{host}{path}{query}#frag"
                    fast = _plain_normalize(url)
                    if fast is not None:
                        checked += 1
                        assert fast == courlan_normalize(url).split("#")[0], url
                    assert normalize_url(url) == courlan_normalize(url).split("#")[0], url
    assert checked > 200
