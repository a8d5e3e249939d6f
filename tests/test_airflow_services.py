"""Real Airflow: scheduler, dag-processor, triggerer and api-server on the machine's PostgreSQL.

Each test deploys Airflow the way ``deploy/airflow.env`` configures production (only the lines it
marks CHANGE are replaced, with this machine's hosts, ports, paths and fresh secrets), in a fresh
metadata database, unpauses ``feedlake_ingest`` through the REST API, waits for the *scheduled* run
the timetable creates (cron ``*/15`` with ``catchup=False`` schedules the latest interval at once),
reads the task states back through the REST API, and checks the Parquet the run wrote.
"""

from __future__ import annotations

import secrets
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
import redis

from feedlake.airflow_local import migrate
from feedlake.demo.sample_server import SampleSite, serve_sample_site
from tests.airflow_cluster import AirflowApi, AirflowCluster, deployment, metadata_database, start_services, wait_for
from tests.helpers import dataset

pytestmark = [pytest.mark.services, pytest.mark.airflow]

REDIS_HOST, REDIS_PORT = "127.0.0.1", 6379
DAG_ID = "feedlake_ingest"
RUN_TIMEOUT = 150  # seconds from unpausing to the end of the scheduled run


@dataclass
class MetadataDb:
    url: str


@pytest.fixture
def metadata_db() -> Iterator[MetadataDb]:
    """A fresh PostgreSQL database for Airflow's metadata, dropped afterwards."""
    with metadata_database() as url:
        yield MetadataDb(url)


@pytest.fixture
def site() -> Iterator[SampleSite]:
    with serve_sample_site() as s:
        yield s


@dataclass
class Outcome:
    run: dict[str, Any]
    tasks: list[dict[str, Any]]
    output: Path


def scheduled_run(tmp_path: Path, site: SampleSite, db: MetadataDb, changes: dict[str, str],
                  start_workers: Callable[[AirflowCluster], None], check: Callable[[Outcome], None],
                  extra: dict[str, str] | None = None) -> dict[str, float]:
    """Deploy Airflow from deploy/airflow.env with ``changes``, unpause the DAG, ``check`` its scheduled run.

    Returns the wall times (seconds from the start) at which each step was done; on any failure
    the components' and tasks' logs are printed (pytest shows them with the failure).
    """
    t0 = time.monotonic()
    home, output = tmp_path / "airflow", tmp_path / "lake"
    deployed = deployment(home, db.url, {
        "FEEDLAKE_FEEDS": str(site.write_feeds_file(tmp_path / "feeds.yaml")),
        "FEEDLAKE_OUTPUT": str(output),
        **changes,
    }, extra)
    env = deployed.env
    migrate(env)  # `airflow db migrate` and the fetch pool, as deploy/docker-compose.yaml's airflow-init
    timings = {"migrate": time.monotonic() - t0}

    with AirflowCluster(env, tmp_path / "logs") as cluster:
        api = AirflowApi(f"http://127.0.0.1:{deployed.api_port}")
        try:
            dag = start_services(cluster, api, deployed.password, DAG_ID, start_workers)
            assert dag["is_paused"], "deploy/airflow.env creates DAGs paused"
            timings["ready"] = time.monotonic() - t0

            api.patch(f"/dags/{DAG_ID}", {"is_paused": False})

            def finished_run() -> dict[str, Any] | None:
                runs = api.dag_runs(DAG_ID, run_type="scheduled")
                first = min(runs, key=lambda r: r["logical_date"], default=None)
                return first if first and first["state"] in ("success", "failed") else None

            run = wait_for("the scheduled run to finish", cluster.alive(finished_run), RUN_TIMEOUT, interval=2)
            # Pausing keeps the next interval's run from writing while the output is checked.
            api.patch(f"/dags/{DAG_ID}", {"is_paused": True})
            timings["run"] = time.monotonic() - t0
            check(Outcome(run, api.task_instances(DAG_ID, run["dag_run_id"]), output))
        except BaseException:
            print(cluster.log_tails())
            raise
        finally:
            api.close()
    assert cluster.leftovers() == []
    timings["stopped"] = time.monotonic() - t0
    print("timings (s):", {k: round(v, 1) for k, v in timings.items()})
    return timings


def check_outcome(outcome: Outcome, site: SampleSite) -> None:
    """The scheduled run and all its tasks succeeded, and its Parquet is the sample site's expected output."""
    run, exp = outcome.run, site.expected
    assert (run["run_type"], run["state"]) == ("scheduled", "success"), run
    # The commit task posted the run's summary as its note (through the REST API).
    assert run["note"] and run["dag_run_id"] in run["note"] and "articles written" in run["note"], run
    states = {(t["task_id"], t["map_index"]): t["state"] for t in outcome.tasks}
    assert {"poll", "fetch_extract_clean", "dedup", "commit"} <= {task for task, _ in states}
    assert set(states.values()) == {"success"}, states
    # Mapped fetch tasks carry the names map_index_template renders: the hosts they fetched from.
    fetch = [t for t in outcome.tasks if t["task_id"] == "fetch_extract_clean"]
    assert {t["rendered_map_index"] for t in fetch} == {site.host(s.id) for s in exp.sources}

    articles = dataset(outcome.output, "articles").to_pylist()
    assert sorted(a["url"] for a in articles) == sorted(site.url(e) for e in exp.articles)
    assert {a["run_id"] for a in articles} == {run["dag_run_id"]}
    copies = sum(len(group) - 1 for group in exp.duplicate_groups)
    assert sum(a["duplicate_of"] is not None for a in articles) == copies
    errors = {e["url"] for e in dataset(outcome.output, "errors").to_pylist()}
    assert all(site.url(e) in errors for e in exp.error_only)
    feeds = {f["feed_url"]: f["status"] for f in dataset(outcome.output, "feeds").to_pylist()}
    assert feeds == {site.feed_url(f.id): "ok" if f.ok else "error" for f in exp.feeds}
    # A scheduled run's partition is its logical date.
    day = datetime.fromisoformat(run["logical_date"].replace("Z", "+00:00")).date().isoformat()
    assert [p.name for p in (outcome.output / "articles").glob("ingest_date=*")] == [f"ingest_date={day}"]


def test_local_executor_runs_the_scheduled_dag(tmp_path: Path, site: SampleSite, metadata_db: MetadataDb) -> None:
    scheduled_run(tmp_path, site, metadata_db, {"AIRFLOW__CORE__EXECUTOR": "LocalExecutor"},
                  start_workers=lambda cluster: None, check=lambda outcome: check_outcome(outcome, site))


@pytest.fixture
def celery_broker() -> Iterator[tuple[str, str]]:
    """A Redis database and a queue name of this test's own, also the prefix of every key Celery writes there.

    The prefix keeps concurrent runs on the machine's Redis apart; its keys are removed afterwards.
    """
    db, queue = secrets.randbelow(15) + 1, f"feedlake_test_{uuid.uuid4().hex[:10]}"
    yield f"redis://{REDIS_HOST}:{REDIS_PORT}/{db}", queue
    client = redis.Redis(host=REDIS_HOST, port=REDIS_PORT, db=db)
    for key in client.scan_iter(match=f"{queue}:*"):
        client.delete(key)
    client.close()


def test_celery_executor_runs_the_scheduled_dag(tmp_path: Path, site: SampleSite, metadata_db: MetadataDb,
                                                celery_broker: tuple[str, str]) -> None:
    broker, queue = celery_broker
    changes = {
        "AIRFLOW__CORE__EXECUTOR": "CeleryExecutor",
        "AIRFLOW__CELERY__BROKER_URL": broker,
        "AIRFLOW__CELERY__RESULT_BACKEND": "db+" + metadata_db.url,
        "AIRFLOW__OPERATORS__DEFAULT_QUEUE": queue,
    }

    def workers(cluster: AirflowCluster) -> None:
        cluster.start("celery-worker", "celery", "worker")  # consumes AIRFLOW__OPERATORS__DEFAULT_QUEUE

    def check(outcome: Outcome) -> None:
        check_outcome(outcome, site)
        # Every task went through this test's Celery queue, which only its worker consumes.
        assert {t["queue"] for t in outcome.tasks} == {queue}

    prefix = {"AIRFLOW__CELERY_BROKER_TRANSPORT_OPTIONS__GLOBAL_KEYPREFIX": f"{queue}:"}
    scheduled_run(tmp_path, site, metadata_db, changes, workers, check, prefix)
