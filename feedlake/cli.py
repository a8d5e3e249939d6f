"""The ``feedlake`` command: ``run`` one pass, read and keep the tables (``sql``, ``query``, ``maintain``,
``migrate``, ``state rebuild``), audit learned ``boilerplate``, or serve and ingest the ``demo`` site."""

from __future__ import annotations

import argparse
import json
import logging
import sqlite3
import sys
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from feedlake.errors import USAGE_ERRORS
from feedlake.settings import Settings, SettingsError
from records import collapse_spaces

log = logging.getLogger("feedlake.cli")


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
    run.add_argument("--only-feed", action="append", dest="only_feeds", metavar="NAME_OR_URL",
                     help="poll only this feed of the feeds file (repeatable)")
    run.add_argument("--dry-run", action="store_true", help="poll and list what is new; write nothing")
    run.add_argument("--force", action="store_true", default=None,
                     help="poll every feed now, due or not, disabled (gone) ones included (FEEDLAKE_FORCE)")
    run.add_argument("--json", action="store_true", help="print the summary as JSON")

    maintain = sub.add_parser("maintain", help="compact the tables, expire the dedup index, prune state, "
                                               "vacuum unused files, checkpoint the logs")
    maintain.add_argument("--output", help="output to maintain (FEEDLAKE_OUTPUT)")
    maintain.add_argument("--state", help="local state directory (FEEDLAKE_STATE)")

    sql = sub.add_parser("sql", help="print DuckDB views over the tables (delta_scan: always the latest version)")
    sql.add_argument("--output", help="the output to read (FEEDLAKE_OUTPUT)")
    query = sub.add_parser("query", help="run SQL over the tables' latest versions and print the result")
    query.add_argument("sql", help="a DuckDB query over articles, errors, feeds, clusters, feeds_current")
    query.add_argument("--output", help="the output to read (FEEDLAKE_OUTPUT)")
    query.add_argument("--json", action="store_true", help="print the rows as JSON")
    feeds = sub.add_parser("feeds", help="each feed once with its health: state, last success, last error, "
                           "failures in a row, next poll, articles in the last 24 h (the feeds_current table)")
    feeds.add_argument("--output", help="the output to read (FEEDLAKE_OUTPUT)")
    feeds.add_argument("--failing", action="store_true", help="only feeds whose last poll failed or that are flagged")
    feeds.add_argument("--json", action="store_true", help="print the rows as JSON")
    migrate = sub.add_parser("migrate", help="convert a lake of the previous format (snapshot log) to Delta tables")
    migrate.add_argument("--output", help="the output to convert in place (FEEDLAKE_OUTPUT)")
    state = sub.add_parser("state", help="state files: rebuild the feed state from the lake after it was lost")
    state_sub = state.add_subparsers(dest="state_command", required=True)
    rebuild = state_sub.add_parser("rebuild", help="write _state/feeds.sqlite again from the tables")
    rebuild.add_argument("--output", help="the output (FEEDLAKE_OUTPUT)")
    rebuild.add_argument("--state", help="local state directory (FEEDLAKE_STATE)")
    rebuild.add_argument("--force", action="store_true", help="replace an existing state file (kept as .bak)")
    _add_boilerplate(sub)
    demo = sub.add_parser("demo", help="serve the sample news site on loopback and ingest it through Airflow")
    demo.add_argument("--output", default="./demo-output", help="where to write (default ./demo-output)")
    return parser


def _add_boilerplate(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """The ``boilerplate`` command: ``report`` and ``allow``."""
    boiler = sub.add_parser("boilerplate", help="audit learned boilerplate: report patterns, allow-list one")
    boiler_sub = boiler.add_subparsers(dest="boilerplate_command", required=True)
    report = boiler_sub.add_parser("report", help="list each source's learned patterns with their counts")
    report.add_argument("--source", help="only this source (host)")
    report.add_argument("--json", action="store_true", help="print the patterns as JSON")
    allow = boiler_sub.add_parser("allow", help="never remove a pattern that was learned wrongly")
    allow.add_argument("pattern", metavar="FINGERPRINT|TEXT",
                       help="a fingerprint from the report or the boilerplate_rules column, or the text itself")
    allow.add_argument("--source", required=True, help="the source (host) it applies to, or '*' for every source")
    allow.add_argument("--note", default="", help="why (kept with the entry)")
    allow.add_argument("--remove", action="store_true",
                       help="take this entry off the allow-list again (removal resumes from the next pass)")
    for command in (report, allow):
        command.add_argument("--output", help="the output whose state to use (FEEDLAKE_OUTPUT)")
        command.add_argument("--state", help="local state directory (FEEDLAKE_STATE)")


def settings_from_args(args: argparse.Namespace) -> Settings:
    overrides: dict[str, Any] = {
        "feeds": args.feeds, "output": args.output, "state": args.state,
        "allow_private_networks": args.allow_private_networks, "force": args.force,
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
        if args.command == "boilerplate":
            return boilerplate_command(args, console)
        if args.command in ("sql", "query", "feeds", "migrate", "state", "maintain"):
            return lake_command(args, console)
        settings = settings_from_args(args)
        from feedlake.pipeline import new_run_id, run_pass

        with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                      console=Console(stderr=True), transient=True, disable=args.json) as bar:
            tasks: dict[str, Any] = {}

            def progress(stage: str, done: int, total: int) -> None:
                if stage not in tasks:
                    tasks[stage] = bar.add_task(stage, total=total)
                bar.update(tasks[stage], completed=done, total=total)

            summary = run_pass(settings, args.run_id or new_run_id(), progress=progress,
                               only_feeds=args.only_feeds, dry_run=args.dry_run)
    except USAGE_ERRORS as exc:
        print(f"feedlake: error: {exc}", file=sys.stderr)
        return 2
    except (OSError, sqlite3.Error) as exc:  # a full disk, a read-only mount, a file in the way
        print(f"feedlake: error: {system_error(exc)}; the pass stopped, and the next one rolls forward or "
              "redoes what it had started (nothing committed is lost)", file=sys.stderr)
        log.debug("pass failed", exc_info=True)
        return 2
    if args.json:
        print(json.dumps(summary, indent=2, sort_keys=True))
    elif summary.get("dry_run"):
        console.print(dry_run_table(summary))
    else:
        console.print(summary_table(summary))
    return 0


def system_error(exc: BaseException) -> str:
    """An OSError or SQLite error in one line, naming the file it concerns."""
    if isinstance(exc, OSError) and exc.strerror:
        where = f": {exc.filename}" if exc.filename else ""
        return f"{exc.strerror}{where}"
    return f"{type(exc).__name__}: {exc}"


def dry_run_table(summary: dict[str, Any]) -> Table:
    """What a dry run found: the feeds it polled and the entries a pass would fetch (nothing was written)."""
    table = Table(title=f"feedlake dry run {summary['run_id']}: nothing fetched or written", show_header=False)
    table.add_column("what")
    table.add_column("value")
    table.add_row("feeds polled", str(summary["feeds"]))
    table.add_row("  failed", str(summary["feeds_failed"]))
    table.add_row("new entries (would fetch)", str(summary["new_entries"]))
    for url in summary.get("would_fetch", []):
        table.add_row("", url)
    return table


def lake_command(args: argparse.Namespace, console: Console) -> int:
    """``feedlake sql|query|migrate|state rebuild|maintain``: the tables of an output."""
    from feedlake import maintenance
    from feedlake.stage import open_output
    from feedlake.tables import duckdb_sql, open_lake, reader
    from storage.objectstore import LocalStore
    from storage.uri import open_store

    settings = Settings.load({"output": args.output, "state": getattr(args, "state", None)})
    if args.command in ("sql", "query", "feeds"):  # reading: nothing is created where nothing is
        store = open_store(settings.output)
        if isinstance(store, LocalStore) and not Path(store.root).is_dir():
            raise SettingsError(f"no such output directory: {store.root}")
    else:
        store = open_output(settings)
    if args.command == "maintain":
        result = {step: getattr(maintenance, step)(settings) for step in maintenance.STEPS}
        print(json.dumps(result, indent=2, sort_keys=True, default=str))
        return 0
    if args.command == "migrate":
        from feedlake.migrate import migrate

        print(json.dumps(migrate(store), indent=2, sort_keys=True))
        return 0
    if args.command == "state":
        from feedlake.rebuild import rebuild_state

        counts = rebuild_state(store, settings.state, force=args.force)
        console.print(f"state rebuilt from the lake: {counts['feeds']} feeds, {counts['seen']} seen entries, "
                      f"{counts['runs']} runs")
        return 0
    lake = open_lake(store)
    if lake.is_empty():
        raise SettingsError(f"no feedlake tables at {store.uri} (a pass writes them; `feedlake migrate` converts "
                            "a lake of the previous format)")
    if args.command == "sql":
        print(duckdb_sql(lake), end="")
        return 0
    if args.command == "feeds":
        args.sql = FEEDS_SQL.format(where="WHERE state IN ('error', 'failing', 'gone') OR flag IS NOT NULL"
                                    if args.failing else "")
    rel = reader(lake).sql(args.sql)
    if rel is None:
        return 0
    rows = rel.fetchall()
    if args.json:
        print(json.dumps([dict(zip(rel.columns, r, strict=True)) for r in rows], indent=2, default=str))
        return 0
    table = Table(*rel.columns)
    for row in rows:
        table.add_row(*("" if v is None else str(v) for v in row))  # NULL is an empty cell, not "None"
    console.print(table)
    return 0


FEEDS_SQL = """SELECT feed_name AS feed, feed_url AS url, state, flag,
strftime(last_success_at, '%Y-%m-%d %H:%M') AS last_success, strftime(last_error_at, '%Y-%m-%d %H:%M') AS last_error_at,
last_error, consecutive_failures AS failures, strftime(next_poll_at, '%Y-%m-%d %H:%M') AS next_poll,
articles_24h FROM feeds_current {where}
ORDER BY state IN ('ok', 'not_modified'), consecutive_failures DESC, feed_name, feed_url"""


def boilerplate_command(args: argparse.Namespace, console: Console) -> int:
    """``feedlake boilerplate report|allow``: read the learned state, or change the operators' allow-list."""
    import time
    from dataclasses import asdict
    from datetime import UTC, datetime

    from feedlake.dedup_stage import learn_config
    from feedlake.stage import ALLOW_DB, BOILERPLATE_DB, open_output
    from ingest.boilerplate_state import AllowList, BoilerplateState
    from storage.state import StateFiles

    settings = Settings.load({"output": args.output, "state": args.state})
    config = learn_config(settings)
    files = StateFiles(open_output(settings), settings.state)
    if args.boilerplate_command == "allow":
        allow = AllowList(files.pull(ALLOW_DB))
        try:
            message = _change_allow_list(allow, args, config)
        finally:
            allow.close()
        files.push(ALLOW_DB)
        console.print(message)
        return 0
    allow = AllowList(files.pull(ALLOW_DB))
    try:
        entries = allow.entries(args.source)
    finally:
        allow.close()
    state = BoilerplateState(files.pull(BOILERPLATE_DB))
    try:
        rows = state.patterns(time.time() - config.window_days * 86400.0, args.source)
    finally:
        state.close()
    allowed = {(e.source, e.fingerprint) for e in entries if e.fingerprint}
    texts = {(e.source, collapse_spaces(e.text).casefold()) for e in entries if e.text}

    def is_allowed(source: str, fp: str, sample: str) -> bool:
        flat = collapse_spaces(sample).casefold()
        return bool({(source, fp), ("*", fp)} & allowed or {(source, flat), ("*", flat)} & texts)

    if args.json:
        print(json.dumps([{**asdict(r), "allowed": is_allowed(r.source, r.fingerprint, r.sample)} for r in rows]
                         + [{"allow_entry": asdict(e)} for e in entries], indent=2, ensure_ascii=False))
        return 0
    table = Table(title=f"learned boilerplate ({len(rows)} patterns; stories within {config.window_days} days)")
    for column in ("source", "fingerprint", "kind", "template (<*>: a slot)", "why", "stories", "removed",
                   "last removed", "allowed"):
        table.add_column(column, justify="right" if column in ("stories", "removed") else "left",
                         no_wrap=column in ("source", "fingerprint", "kind"))
    for r in rows:
        last = datetime.fromtimestamp(r.last_removed, UTC).strftime("%Y-%m-%d")
        table.add_row(r.source, r.fingerprint, r.kind, r.pattern[:100], r.why, str(r.stories), str(r.removals),
                      last, "yes" if is_allowed(r.source, r.fingerprint, r.sample) else "")
    console.print(table)
    for e in entries:
        console.print(f"allow-list: {e.source} {e.fingerprint or repr(e.text[:60])} {e.note}".rstrip())
    return 0


def _change_allow_list(allow: Any, args: argparse.Namespace, config: Any) -> str:
    import re
    from datetime import UTC, datetime

    from ingest.boilerplate_state import AllowEntry, fingerprint_hex
    from ingest.learned import fingerprints_of_text

    match = re.fullmatch(r"(?:learned:)?([0-9a-fA-F]{16})", args.pattern.strip())
    fp, text = (match.group(1).lower(), "") if match else ("", collapse_spaces(args.pattern))
    if args.remove:
        gone = allow.remove(args.source, fp, text)
        if not gone:
            raise SettingsError(f"{args.pattern!r} is not on the allow-list for {args.source}")
        return f"removed from the allow-list for {args.source}: {fp or repr(text)}; applies from the next pass"
    if not fp and not fingerprints_of_text(text, config):
        raise SettingsError(f"nothing to allow in {args.pattern!r}: give a fingerprint or some words")
    added = allow.add(AllowEntry(args.source, fp, text, args.note, datetime.now(UTC).isoformat()))
    fps = [fp] if fp else sorted(fingerprint_hex(f) for f in fingerprints_of_text(text, config))
    return (f"{'allowed' if added else 'already allowed'} for {args.source}: {', '.join(fps)}"
            f"{' (and any learned template the text matches)' if text else ''}; takes effect from the next pass")


def summary_table(summary: dict[str, Any]) -> Table:
    from feedlake.summary import summary_rows

    table = Table(title=f"feedlake pass {summary['run_id']}", show_header=False)
    table.add_column("what")
    table.add_column("count", justify="right")
    for what, value in summary_rows(summary):
        table.add_row(what, value)
    return table


if __name__ == "__main__":
    sys.exit(main())
