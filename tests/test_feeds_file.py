from __future__ import annotations

from pathlib import Path

import pytest

from ingest.feeds_file import FeedsFileError, load_feeds


def write(tmp_path: Path, text: str) -> Path:
    p = tmp_path / "feeds.yaml"
    p.write_text(text, encoding="utf-8")
    return p


def test_valid_file_with_defaults(tmp_path: Path) -> None:
    specs = load_feeds(write(tmp_path, """
feeds:
  - url: https://example.org/rss.xml
    name: Example
    tags: [world, en]
  - url: https://news.example.com/atom
  - https://plain.example.net/feed
"""))
    assert [s.url for s in specs] == [
        "https://example.org/rss.xml", "https://news.example.com/atom", "https://plain.example.net/feed"]
    assert specs[0].name == "Example" and specs[0].tags == ("world", "en")
    assert specs[1].name == "news.example.com"  # host when no name is given


@pytest.mark.parametrize("body, message", [
    ("feeds: []", "non-empty list"),
    ("items: []", "'feeds' list"),
    ("feeds:\n  - name: nourl", "feeds[0]: 'url' is missing"),
    ("feeds:\n  - url: https://a.example/x\n  - url: ftp://b.example/f", "feeds[1] (ftp://b.example/f): url must"),
    ("feeds:\n  - url: https://a.example/x\n    tags: notalist", "feeds[0] (https://a.example/x): 'tags'"),
    ("feeds:\n  - url: https://a.example/x\n    colour: red", "unknown key(s) colour"),
    ("feeds:\n  - url: https://a.example/x\n  - url: https://a.example/x", "feeds[1] (https://a.example/x): duplicate"),
    ("feeds: [unclosed", "not valid YAML"),
])
def test_invalid_entries_are_named(tmp_path: Path, body: str, message: str) -> None:
    with pytest.raises(FeedsFileError) as err:
        load_feeds(write(tmp_path, body))
    assert message in str(err.value)
    assert "\n" not in str(err.value)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(FeedsFileError, match="does not exist"):
        load_feeds(tmp_path / "nope.yaml")
