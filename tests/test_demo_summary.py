"""The demo's summary table counts the run it made, read through the lake's snapshot views."""

from __future__ import annotations

from pathlib import Path

from feedlake.cli import main
from feedlake.demo import lake_connection, summarize_output
from feedlake.demo.sample_server import serve_sample_site


def test_summary_counts_only_the_run_asked_for(tmp_path: Path) -> None:
    out = tmp_path / "lake"
    with serve_sample_site() as site:
        feeds = site.write_feeds_file(tmp_path / "feeds.yaml")
        assert main(["run", "--feeds", str(feeds), "--output", str(out), "--allow-private-networks",
                     "--run-id", "first"]) == 0
        assert main(["run", "--feeds", str(feeds), "--output", str(out), "--allow-private-networks",
                     "--force", "--run-id", "second"]) == 0
        expected = site.expected
    first = summarize_output(lake_connection(out), "first")
    assert first["feeds"] == expected.n_feeds and first["feeds_failed"] == expected.n_failing_feeds
    assert first["articles"] == len(expected.articles)
    assert first["articles_from_feed"] == len(expected.feed_fallback)
    assert sum(first["errors_by_stage"].values()) == expected.n_error_rows
    # The forced second pass polls every feed again and finds nothing new: its own counts say so.
    second = summarize_output(lake_connection(out), "second")
    assert second["feeds"] == expected.n_feeds and second["articles"] == 0
