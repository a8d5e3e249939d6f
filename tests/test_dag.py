"""The Airflow DAG: it imports cleanly, is shaped as documented, and `dag.test()` gives the CLI's output."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from feedlake.airflow_local import airflow_env, migrate, run_dag_test
from feedlake.cli import main
from feedlake.demo.sample_server import serve_sample_site
from tests.helpers import dataset

pytestmark = pytest.mark.airflow

INSPECT = """
import json
from airflow.dag_processing.dagbag import DagBag
bag = DagBag()
dag = bag.dags["feedlake_ingest"]
print(json.dumps({
    "errors": bag.import_errors,
    "dag_ids": sorted(bag.dags),
    "maintenance_tasks": sorted(bag.dags["feedlake_maintenance"].task_ids),
    "max_active_runs": dag.max_active_runs,
    "schedule": dag.timetable.expression,
    "tasks": sorted(dag.task_ids),
    "params": sorted(dag.params.keys()),
    # a typed Param is a required field in the trigger form unless its type allows null
    # (booleans too: the form marks a boolean without null as required)
    "optional": [sorted(k for k in d.params if "null" in d.params.get_param(k).schema.get("type", []))
                 for d in (dag, bag.dags["feedlake_maintenance"])],
    "doc_md": dag.doc_md,
    "map_index_template": dag.get_task("fetch_extract_clean").map_index_template,
    "timeouts": {t.task_id: t.execution_timeout.total_seconds() for t in dag.tasks},
    "retries": {t.task_id: t.retries for t in dag.tasks},
    "pools": {t.task_id: t.pool for t in dag.tasks},
    "deadline": [str(d.interval) for d in (dag.deadline if isinstance(dag.deadline, list) else [dag.deadline])],
}))
"""


def test_dag_imports_and_is_shaped_as_documented(tmp_path: Path) -> None:
    env = airflow_env(tmp_path / "airflow", {"FEEDLAKE_RUN_DEADLINE_MINUTES": "30"})  # as deploy/airflow.env
    proc = subprocess.run([sys.executable, "-c", INSPECT], env=env, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]
    info = json.loads(proc.stdout.strip().splitlines()[-1])
    assert info["errors"] == {}
    assert info["dag_ids"] == ["feedlake_ingest", "feedlake_maintenance"]
    assert info["maintenance_tasks"] == ["checkpoint", "compact", "expire_index", "prune_state", "vacuum"]
    assert info["max_active_runs"] == 1
    assert info["schedule"] == "*/15 * * * *"
    assert info["tasks"] == ["commit", "dedup", "fetch_extract_clean", "poll"]
    assert info["params"] == ["dry_run", "feeds", "force", "only_feeds", "output"]
    assert info["optional"] == [info["params"], ["feeds", "output"]]  # none is a required field
    assert all(word in info["doc_md"] for word in ("Trigger", "only_feeds", "note", "feedlake feeds", "--failing"))
    assert info["map_index_template"] == "{{ batch_label }}"
    assert all(v > 0 for v in info["timeouts"].values())
    assert all(v >= 1 for v in info["retries"].values())
    assert info["pools"]["fetch_extract_clean"] == "feedlake_fetch"
    assert info["deadline"] == ["0:30:00"]


def test_dag_test_matches_the_cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with serve_sample_site() as site:
        feeds = site.write_feeds_file(tmp_path / "feeds.yaml")
        dag_out, cli_out = tmp_path / "dag-out", tmp_path / "cli-out"
        env = airflow_env(tmp_path / "airflow", {
            "FEEDLAKE_FEEDS": str(feeds), "FEEDLAKE_OUTPUT": str(dag_out), "FEEDLAKE_ALLOW_PRIVATE_NETWORKS": "1"})
        migrate(env)
        result = run_dag_test(env)
        assert result["state"] == "success", result["log"][-3000:]
        assert result["tasks"]["fetch_extract_clean"] == ["success"] * len(site.expected.sources)
        assert main(["run", "--feeds", str(feeds), "--output", str(cli_out), "--allow-private-networks"]) == 0
        exp = site.expected

    def facts(root: Path, name: str, cols: list[str]) -> list[tuple]:
        return sorted(tuple(r[c] for c in cols) for r in dataset(root, name).to_pylist())

    cols = ["article_id", "url", "canonical_url", "title", "text", "text_source", "cluster_id", "duplicate_of",
            "boilerplate_removed"]
    dag_articles = facts(dag_out, "articles", cols)
    assert len(dag_articles) == len(exp.articles)
    assert dag_articles == facts(cli_out, "articles", cols)
    assert facts(dag_out, "errors", ["url", "stage"]) == facts(cli_out, "errors", ["url", "stage"])
    assert facts(dag_out, "feeds", ["feed_url", "status", "entries"]) == facts(
        cli_out, "feeds", ["feed_url", "status", "entries"])
    # The run's partition is the run's date; staging is cleared after the commit.
    assert not (dag_out / "_staging").exists() or not any((dag_out / "_staging").rglob("*.parquet"))


def test_airflow_dags_test_works_on_a_fresh_airflow_home(tmp_path: Path) -> None:
    """The command every Airflow user tries first: `airflow db migrate`, then `airflow dags test`."""
    with serve_sample_site() as site:
        feeds = site.write_feeds_file(tmp_path / "feeds.yaml")
        out = tmp_path / "out"
        env = airflow_env(tmp_path / "airflow", {
            "FEEDLAKE_FEEDS": str(feeds), "FEEDLAKE_OUTPUT": str(out), "FEEDLAKE_ALLOW_PRIVATE_NETWORKS": "1"})
        env.pop("FEEDLAKE_RUN_DEADLINE_MINUTES", None)  # the DAG as it ships
        migrate(env)
        proc = subprocess.run([sys.executable, "-m", "airflow", "dags", "test", "feedlake_ingest"], env=env,
                              capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, (proc.stdout + proc.stderr)[-3000:]
    assert len(dataset(out, "articles")) == len(site.expected.articles)
