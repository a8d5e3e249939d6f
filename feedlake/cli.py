"""The ``feedlake`` command: ``run`` one pass, or serve and ingest the ``demo`` site."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from typing import Any

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from dedup.index import IndexConfigError
from feedlake.settings import Settings, SettingsError
from ingest.feeds_file import FeedsFileError
from storage.objectstore import StoreError

USAGE_ERRORS = (FeedsFileError, StoreError, SettingsError, IndexConfigError)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="feedlake", description=__doc__)
    parser.add_argument("-v", "--verbose", action="store_true", help="log at INFO level to stderr")
    sub = parser.add_subparsers(dest="command", required=True)

    run = sub.add_parser("run", help="poll every feed once and write new articles")
    run.add_argument("--feeds", help="feeds YAML file (FEEDLAKE_FEEDS)")
    run.add_argument("--output", help="local directory or s3://bucket/prefix (FEEDLAKE_OUTPUT)")
    run.add_argument("--state", help="local state directory (FEEDLAKE_STATE; default <output>/_state)")
    run.add_argument("--run-id", help="run id (default: cli__<UTC timestamp>)")
    run.add_argument("--allow-private-networks", action="store_true", default=None,
                     help="let the fetcher reach private and loopback addresses (FEEDLAKE_ALLOW_PRIVATE_NETWORKS)")
    run.add_argument("--set", action="append", default=[], metavar="NAME=VALUE",
                     help="any other setting, e.g. --set concurrency=8 (repeatable)")
    run.add_argument("--json", action="store_true", help="print the summary as JSON")

    demo = sub.add_parser("demo", help="serve the sample news site on loopback and ingest it through Airflow")
    demo.add_argument("--output", default="./demo-output", help="where to write (default ./demo-output)")
    return parser


def settings_from_args(args: argparse.Namespace) -> Settings:
    overrides: dict[str, Any] = {
        "feeds": args.feeds, "output": args.output, "state": args.state,
        "allow_private_networks": args.allow_private_networks,
    }
    for item in args.set:
        name, sep, value = item.partition("=")
        if not sep:
            raise SettingsError(f"--set expects NAME=VALUE, got {item!r}")
        overrides[name.strip().replace("-", "_")] = value
    return Settings.load(overrides)


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    console = Console(stderr=False)
    try:
        if args.command == "demo":
            from feedlake.demo import run_demo

            return run_demo(args.output, console)
        settings = settings_from_args(args)
        from feedlake.pipeline import new_run_id, run_pass

        with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                      console=Console(stderr=True), transient=True, disable=args.json) as bar:
            tasks: dict[str, Any] = {}

            def progress(stage: str, done: int, total: int) -> None:
                if stage not in tasks:
                    tasks[stage] = bar.add_task(stage, total=total)
                bar.update(tasks[stage], completed=done, total=total)

            summary = run_pass(settings, args.run_id or new_run_id(), progress=progress)
    except USAGE_ERRORS as exc:
        print(f"feedlake: error: {exc}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(summary, indent=2, sort_keys=True))
    else:
        console.print(summary_table(summary))
    return 0


def summary_table(summary: dict[str, Any]) -> Table:
    table = Table(title=f"feedlake pass {summary['run_id']}", show_header=False)
    table.add_column("what")
    table.add_column("count", justify="right")
    rows = [
        ("feeds polled", summary["feeds"]),
        ("  ok / not modified / failed",
         f"{summary['feeds_ok']} / {summary['feeds_not_modified']} / {summary['feeds_failed']}"),
        ("entries listed", summary["entries_listed"]),
        ("new entries", summary["new_entries"]),
        ("articles written", summary["articles"]),
        ("  from feed content (page failed)", summary["articles_from_feed"]),
        ("  near-duplicates", summary["duplicates"]),
        ("  new clusters", summary["new_clusters"]),
        ("boilerplate pieces removed", summary["boilerplate_removed"]),
        ("error rows", summary["errors"]),
    ]
    rows += [(f"  {stage}", n) for stage, n in summary["errors_by_stage"].items()]
    rows += [(f"failing feed: {name}", str(err)[:80]) for name, err in summary["failing_feeds"].items()]
    if "wall_seconds" in summary:
        rows.append(("wall time (s)", summary["wall_seconds"]))
    for what, n in rows:
        table.add_row(what, str(n))
    return table


if __name__ == "__main__":
    sys.exit(main())
