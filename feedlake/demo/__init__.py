"""``feedlake demo``: serve the sample news site on loopback, ingest it through the Airflow DAG.

Everything is embedded: the site is served from this process on 127.0.0.2-4,
Airflow runs ``dag.test()`` on a SQLite metadata DB under the output's
``_demo/`` folder, and the summary is read back from the Delta tables with DuckDB, as
``feedlake query`` reads them (each table's latest version).
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import duckdb
from rich.console import Console
from rich.table import Table

from feedlake.airflow_local import airflow_env, migrate, run_dag_test
from feedlake.demo.sample_server import serve_sample_site
from feedlake.tables import open_lake, reader
from storage.objectstore import LocalStore

EXAMPLE_QUERY = """\
SELECT cluster_id, count(*) AS copies, count(DISTINCT source) AS sources, min(title) AS a_title
FROM articles
GROUP BY cluster_id HAVING count(*) > 1 ORDER BY copies DESC, cluster_id"""


def run_demo(output: str, console: Console) -> int:
    out = Path(output).resolve()
    work = out / "_demo"
    started = time.monotonic()
    # The same port as the last demo into this output: the sample site's URLs stay the same, so a second
    # demo finds its articles already ingested instead of ingesting every one again under new URLs.
    port_file = work / "port"
    saved = port_file.read_text().strip() if port_file.exists() else ""
    last_port = int(saved) if saved.isdigit() else 0
    site = serve_sample_site(port=last_port)
    work.mkdir(parents=True, exist_ok=True)
    port_file.write_text(str(site.server.port))
    if last_port and site.server.port != last_port:
        console.print(f"[yellow]port {last_port} of the last demo is taken: the sample site's URLs changed, so "
                      "its articles are ingested again as new ones[/]")
    try:
        feeds = site.write_feeds_file(work / "feeds.yaml")
        console.print(f"[bold]Sample site[/] serving {len(site.feed_urls)} feeds on loopback "
                      f"(port {site.server.port}); feeds file {feeds}")
        env = airflow_env(work / "airflow", {
            "FEEDLAKE_FEEDS": str(feeds),
            "FEEDLAKE_OUTPUT": str(out),
            "FEEDLAKE_ALLOW_PRIVATE_NETWORKS": "1",
        })
        with console.status("Preparing Airflow's metadata DB (airflow db migrate)…"):
            migrate(env)
        with console.status("Running DAG feedlake_ingest with dag.test()…"):
            dag_started = time.monotonic()
            result = run_dag_test(env)
            dag_seconds = time.monotonic() - dag_started
    finally:
        site.server.stop()
    console.print(f"DAG run [bold]{result['run_id']}[/] ended [bold]{result['state']}[/] "
                  f"in {dag_seconds:.1f}s; tasks: {result['tasks']}")
    if result["state"] != "success":
        console.print(result["log"][-4000:])
        return 1
    con = lake_connection(out)
    facts = summarize_output(con, result["run_id"])
    console.print(demo_table(facts, dag_seconds, time.monotonic() - started))
    console.print("\n[bold]Near-duplicate clusters, straight from the Delta tables with DuckDB[/] "
                  f"(as `feedlake query --output {out} \"…\"` runs it):")
    console.print(EXAMPLE_QUERY)
    rel = _sql(con, EXAMPLE_QUERY)
    table = Table(*rel.columns)
    for row in rel.fetchall():
        table.add_row(*(str(v) for v in row))
    console.print(table)
    return 0


def lake_connection(root: Path) -> duckdb.DuckDBPyConnection:
    """DuckDB with a view per table over its latest version."""
    return reader(open_lake(LocalStore(root)))


def _sql(con: duckdb.DuckDBPyConnection, query: str) -> duckdb.DuckDBPyRelation:
    rel = con.sql(query)
    assert rel is not None, "a SELECT always gives a relation"
    return rel


def summarize_output(con: duckdb.DuckDBPyConnection, run_id: str) -> dict[str, Any]:
    """What the DAG run ``run_id`` wrote (a second demo into the same output adds a run beside the first)."""
    def rows(sql: str) -> list[Any]:
        return con.execute(sql, [run_id]).fetchall()

    n_articles, n_clusters, n_dups, n_removed, n_feed = rows(
        "SELECT count(*), count(DISTINCT cluster_id), count(duplicate_of), coalesce(sum(len(boilerplate_removed)), 0), "
        "count(*) FILTER (text_source = 'feed') FROM articles WHERE run_id = ?")[0]
    multi = rows("SELECT count(*) FROM (SELECT cluster_id FROM articles WHERE run_id = ? GROUP BY 1 "
                 "HAVING count(*) > 1)")[0][0]
    n_feeds, feeds_failed = rows("SELECT count(*), count(*) FILTER (status = 'error') FROM feeds WHERE run_id = ?")[0]
    by_stage = rows("SELECT stage, count(*) FROM errors WHERE run_id = ? GROUP BY 1 ORDER BY 1")
    return {
        "feeds": n_feeds, "feeds_failed": feeds_failed, "articles": n_articles, "articles_from_feed": n_feed,
        "clusters": n_clusters, "multi_article_clusters": multi, "duplicates": n_dups,
        "boilerplate_removed": n_removed, "errors_by_stage": dict(by_stage),
    }


def demo_table(facts: dict[str, Any], dag_seconds: float, total_seconds: float) -> Table:
    table = Table(title="feedlake demo", show_header=False)
    table.add_column("what")
    table.add_column("value", justify="right")
    rows = [
        ("feeds (failing)", f"{facts['feeds']} ({facts['feeds_failed']})"),
        ("articles (from feed content)", f"{facts['articles']} ({facts['articles_from_feed']})"),
        ("clusters (with copies)", f"{facts['clusters']} ({facts['multi_article_clusters']})"),
        ("near-duplicate rows", facts["duplicates"]),
        ("boilerplate pieces removed", facts["boilerplate_removed"]),
        ("errors by stage", ", ".join(f"{k}: {v}" for k, v in facts["errors_by_stage"].items()) or "none"),
        ("DAG run wall time", f"{dag_seconds:.1f}s ({facts['articles'] / max(dag_seconds, 1e-9):.2f} articles/s)"),
        ("demo wall time", f"{total_seconds:.1f}s"),
    ]
    for what, value in rows:
        table.add_row(what, str(value))
    return table
