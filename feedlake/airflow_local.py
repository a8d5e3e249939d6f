"""Run the feedlake DAG on a local, embedded Airflow (SQLite metadata DB).

Used by ``feedlake demo`` and by the Airflow tests.  Airflow reads its
configuration from the environment when first imported, so the DAG runs in a
child process with a prepared environment; ``python -m feedlake.airflow_local``
is that child.  (The environment of a production-shaped Airflow, from
``deploy/airflow.env``, is the services tests' own: ``tests/deploy_env.py``.)
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
# The checkout's dags/, or the deployment's (the image sets AIRFLOW__CORE__DAGS_FOLDER): an installed
# package has no dags/ beside it.
DAGS_FOLDER = Path(os.environ.get("AIRFLOW__CORE__DAGS_FOLDER") or REPO / "dags")


class AirflowRunError(RuntimeError):
    pass


def airflow_env(home: Path, extra: dict[str, str] | None = None) -> dict[str, str]:
    """Environment for an embedded Airflow whose home (and SQLite DB) is ``home``."""
    home = home.resolve()
    home.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ)
    env.update({
        "AIRFLOW_HOME": str(home),
        "AIRFLOW__CORE__DAGS_FOLDER": str(DAGS_FOLDER),
        "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
        "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN": f"sqlite:///{home / 'airflow.db'}",
        "AIRFLOW__CORE__EXECUTOR": "LocalExecutor",
        "AIRFLOW__LOGGING__LOGGING_LEVEL": "WARNING",
    })
    env.update(extra or {})
    return env


def migrate(env: dict[str, str]) -> None:
    """Create or upgrade the metadata DB (idempotent; fast when already migrated)."""
    proc = subprocess.run([sys.executable, "-m", "airflow", "db", "migrate"], env=env,
                          capture_output=True, text=True, timeout=600)
    if proc.returncode != 0:
        raise AirflowRunError(f"airflow db migrate failed: {proc.stderr.strip().splitlines()[-1:]}")
    ensure_pool(env, "feedlake_fetch", 4, "fetch batches running at once")
    ensure_pool(env, "feedlake_state", 1, "tasks that rewrite a state file (one writer at a time)")


def ensure_pool(env: dict[str, str], name: str, slots: int, description: str) -> None:
    """Create or resize one of the pools the feedlake DAGs use."""
    proc = subprocess.run([sys.executable, "-m", "airflow", "pools", "set", name, str(slots),
                           f"feedlake: {description}"], env=env, capture_output=True, text=True, timeout=300)
    if proc.returncode != 0:
        raise AirflowRunError(f"airflow pools set {name} failed: {proc.stderr.strip().splitlines()[-1:]}")


def run_dag_test(env: dict[str, str], dag_id: str = "feedlake_ingest", conf: dict[str, Any] | None = None,
             timeout: float = 900) -> dict[str, Any]:
    """``dag.test()`` in a child process; returns ``{state, run_id, tasks: {task: [states]}}``."""
    # Airflow 3.3.2's dag.test() cannot finish a run of a DAG with a deadline alert (it looks the alert up
    # by the serialized dict instead of its id), so the deadline is off for dag.test(); the scheduler keeps it.
    env = {**env, "FEEDLAKE_RUN_DEADLINE_MINUTES": "0"}
    proc = subprocess.run([sys.executable, "-m", "feedlake.airflow_local", dag_id, json.dumps(conf or {})],
                          env=env, capture_output=True, text=True, timeout=timeout)
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("FEEDLAKE_RESULT ")]
    if not lines:
        tail = "\n".join((proc.stderr or proc.stdout).strip().splitlines()[-20:])
        raise AirflowRunError(f"dag.test() of {dag_id} produced no result (exit {proc.returncode}):\n{tail}")
    result: dict[str, Any] = json.loads(lines[-1].removeprefix("FEEDLAKE_RESULT "))
    result["log"] = proc.stderr
    return result


def _child(dag_id: str, conf: dict[str, Any]) -> int:
    from airflow.dag_processing.dagbag import DagBag

    bag = DagBag(dag_folder=str(DAGS_FOLDER))
    if bag.import_errors:
        print("FEEDLAKE_RESULT " + json.dumps({"state": "import_error", "errors": bag.import_errors}))
        return 1
    dag = bag.dags[dag_id]
    run = dag.test(run_conf=conf)
    tasks: dict[str, list[str]] = {}
    for ti in run.get_task_instances():
        tasks.setdefault(ti.task_id, []).append(str(ti.state))
    state = str(run.state)
    print("FEEDLAKE_RESULT " + json.dumps({"state": state, "run_id": run.run_id, "tasks": tasks}))
    return 0 if state == "success" else 1


if __name__ == "__main__":
    sys.exit(_child(sys.argv[1], json.loads(sys.argv[2])))
