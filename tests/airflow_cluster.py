"""A real Airflow deployment on this machine, for the services tests.

``AirflowCluster`` starts Airflow's long-running components (api-server,
scheduler, dag-processor, triggerer, celery workers) as subprocesses with the
environment built from ``deploy/airflow.env``, logs each to a file, and stops
them all at the end, their task subprocesses included: the Task SDK puts every
task in a process group of its own, so killing the services' groups is not
enough and the whole process tree is collected first.  ``AirflowApi`` is a small
client of the public REST API (v2) authenticated like a user, with a token from
the SimpleAuthManager's ``/auth/token``.  ``metadata_database``, ``deployment`` and
``start_services`` deploy Airflow from ``deploy/airflow.env`` on this machine's
PostgreSQL, as the services tests and ``bench.speed --local-executor`` do.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import signal
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import quote

import httpx
import psutil
import psycopg2
from cryptography.fernet import Fernet
from psycopg2 import sql

from feedlake.airflow_local import DAGS_FOLDER
from tests.deploy_env import services_env

T = TypeVar("T")
PG = {"host": "127.0.0.1", "port": 5432, "user": "root", "dbname": "test"}  # trust auth

# Not production settings: this 2-core machine runs every component and the tasks at once.
TEST_ONLY = {
    "FEEDLAKE_ALLOW_PRIVATE_NETWORKS": "1",  # the test and bench servers are on loopback
    "AIRFLOW__CORE__PARALLELISM": "4",  # LocalExecutor forks this many workers up front (default 32)
    "AIRFLOW__CELERY__WORKER_CONCURRENCY": "2",  # task processes per Celery worker (default 16)
}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_for(what: str, probe: Callable[[], T | None], timeout: float, interval: float = 1.0) -> T:
    """Poll ``probe`` until it returns something other than None/False; fail naming ``what``."""
    deadline = time.monotonic() + timeout
    while True:
        value = probe()
        if value:
            return value
        if time.monotonic() > deadline:
            raise TimeoutError(f"timed out after {timeout:.0f}s waiting for {what}")
        time.sleep(interval)


@contextlib.contextmanager
def metadata_database(prefix: str = "feedlake_af_") -> Iterator[str]:
    """A fresh PostgreSQL database for Airflow's metadata (its SQLAlchemy URL), dropped afterwards."""
    name = f"{prefix}{uuid.uuid4().hex[:12]}"
    conn = psycopg2.connect(**PG)
    conn.autocommit = True
    try:
        with conn.cursor() as cur:
            cur.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        yield f"postgresql+psycopg2://{PG['user']}@{PG['host']}:{PG['port']}/{name}"
    finally:
        with conn.cursor() as cur:
            cur.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))
        conn.close()


@dataclass
class Deployment:
    env: dict[str, str]
    api_port: int
    password: str  # of the SimpleAuthManager's user "admin"


def deployment(home: Path, db_url: str, changes: dict[str, str], extra: dict[str, str] | None = None) -> Deployment:
    """deploy/airflow.env with its CHANGE lines set for this machine: ``db_url``, free ports, fresh secrets,
    this checkout's dags/, a passwords file in ``home``; then ``changes`` (more CHANGE lines: executor,
    feeds, output…) and ``TEST_ONLY`` + ``extra`` (settings the file does not make)."""
    home.mkdir(parents=True, exist_ok=True)
    api_port = free_port()
    password = secrets.token_urlsafe(16)
    passwords = home / "passwords.json"
    passwords.write_text(json.dumps({"admin": password}))
    env = services_env(home, {
        "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN": db_url,
        "AIRFLOW__CORE__EXECUTION_API_SERVER_URL": f"http://127.0.0.1:{api_port}/execution/",
        "AIRFLOW__API__PORT": str(api_port),
        "AIRFLOW__LOGGING__WORKER_LOG_SERVER_PORT": str(free_port()),
        "AIRFLOW__LOGGING__TRIGGER_LOG_SERVER_PORT": str(free_port()),
        "AIRFLOW__API_AUTH__JWT_SECRET": secrets.token_urlsafe(48),
        "AIRFLOW__API__SECRET_KEY": secrets.token_urlsafe(48),
        "AIRFLOW__CORE__FERNET_KEY": Fernet.generate_key().decode(),
        "AIRFLOW__CORE__DAGS_FOLDER": str(DAGS_FOLDER),
        "AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_PASSWORDS_FILE": str(passwords),
        "FEEDLAKE_AIRFLOW_API_URL": f"http://127.0.0.1:{api_port}",
        "FEEDLAKE_AIRFLOW_API_USER": "admin",
        "FEEDLAKE_AIRFLOW_API_PASSWORD": password,
        **changes,
    }, {**TEST_ONLY, **(extra or {})})
    return Deployment(env, api_port, password)


def start_services(cluster: AirflowCluster, api: AirflowApi, password: str, dag_id: str,
                   start_workers: Callable[[AirflowCluster], None] = lambda cluster: None) -> dict[str, Any]:
    """Start api-server, scheduler, dag-processor, triggerer (and ``start_workers``), log in as admin, and
    wait until ``dag_id`` is parsed without import errors; returns the DAG as the REST API shows it."""
    cluster.start("api-server", "api-server", "--host", "127.0.0.1")  # port: AIRFLOW__API__PORT
    cluster.start("scheduler", "scheduler")
    cluster.start("dag-processor", "dag-processor")
    cluster.start("triggerer", "triggerer")  # runs the DAG's deadline alert callback
    start_workers(cluster)
    wait_for("the api-server", cluster.alive(api.healthy), 90)
    api.login("admin", password)
    dag: dict[str, Any] = wait_for(f"{dag_id} to be parsed", cluster.alive(lambda: api.dag(dag_id)), 90)
    errors = api.get("/importErrors")["import_errors"]
    if errors:
        raise RuntimeError(f"import errors: {errors}")
    return dag


class AirflowCluster:
    """Airflow components as subprocesses sharing one environment; a context manager that stops them."""

    def __init__(self, env: dict[str, str], log_dir: Path) -> None:
        self.env = env
        self.log_dir = log_dir
        log_dir.mkdir(parents=True, exist_ok=True)
        self.procs: dict[str, subprocess.Popen[bytes]] = {}

    def start(self, name: str, *args: str) -> subprocess.Popen[bytes]:
        """``airflow <args>`` in a new session (its own process group), output to ``<log_dir>/<name>.log``."""
        with open(self.log_dir / f"{name}.log", "wb") as log:
            proc = subprocess.Popen([sys.executable, "-m", "airflow", *args], env=self.env, stdout=log,
                                    stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, start_new_session=True)
        self.procs[name] = proc
        return proc

    def check_alive(self) -> None:
        dead = {n: p.returncode for n, p in self.procs.items() if p.poll() is not None}
        if dead:
            raise RuntimeError(f"airflow components exited early: {dead}")

    def alive(self, probe: Callable[[], T]) -> Callable[[], T]:
        """``probe``, failing at once if a component has exited."""
        def checked() -> T:
            self.check_alive()
            return probe()
        return checked

    def stop(self, grace: float = 5.0) -> None:
        """SIGTERM every component and all its descendants, SIGKILL what is left after ``grace`` seconds."""
        tree: dict[int, psutil.Process] = {}

        def collect() -> None:
            for proc in self.procs.values():
                with contextlib.suppress(psutil.Error):
                    root = psutil.Process(proc.pid)
                    for p in [root, *root.children(recursive=True)]:
                        tree.setdefault(p.pid, p)

        def signal_all(sig: signal.Signals) -> None:
            for proc in self.procs.values():
                with contextlib.suppress(ProcessLookupError, PermissionError):
                    os.killpg(proc.pid, sig)
            for p in tree.values():
                with contextlib.suppress(psutil.Error):
                    p.send_signal(sig)

        collect()
        signal_all(signal.SIGTERM)
        deadline = time.monotonic() + grace
        while time.monotonic() < deadline and any(p.poll() is None for p in self.procs.values()):
            collect()  # children forked while shutting down
            time.sleep(0.2)
        collect()
        _, alive = psutil.wait_procs(list(tree.values()), timeout=max(0.0, deadline - time.monotonic()))
        signal_all(signal.SIGKILL)
        psutil.wait_procs(alive, timeout=5)
        for proc in self.procs.values():
            with contextlib.suppress(subprocess.TimeoutExpired):
                proc.wait(timeout=5)

    def leftovers(self) -> list[str]:
        """Processes of this cluster still running (should be none after ``stop``)."""
        left = []
        for proc in psutil.process_iter(["pid", "environ", "cmdline"]):
            with contextlib.suppress(psutil.Error):
                env = proc.info["environ"] or {}
                if env.get("AIRFLOW_HOME") == self.env["AIRFLOW_HOME"] and proc.pid != os.getpid():
                    left.append(f"{proc.pid} {' '.join(proc.info['cmdline'] or [])[:120]}")
        return left

    def log_tails(self, lines: int = 60) -> str:
        """The end of every component log and task log, for a failing test's report."""
        out = []
        home = Path(self.env["AIRFLOW_HOME"])
        files = sorted(self.log_dir.glob("*.log")) + sorted((home / "logs").rglob("*.log"))
        for path in files:
            text = path.read_text(errors="replace").splitlines()
            out.append(f"==== {path} (last {lines} of {len(text)} lines)\n" + "\n".join(text[-lines:]))
        return "\n".join(out)

    def __enter__(self) -> AirflowCluster:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


class AirflowApi:
    """The public REST API (``/api/v2``) as a user of the SimpleAuthManager."""

    def __init__(self, base_url: str) -> None:
        self.http = httpx.Client(base_url=base_url, timeout=30)

    def healthy(self) -> dict[str, Any] | None:
        """``/api/v2/monitor/health`` once the server answers (it needs no token)."""
        try:
            r = self.http.get("/api/v2/monitor/health")
        except httpx.TransportError:
            return None
        return r.json() if r.status_code == 200 else None

    def login(self, username: str, password: str) -> None:
        r = self.http.post("/auth/token", json={"username": username, "password": password})
        r.raise_for_status()
        self.http.headers["Authorization"] = f"Bearer {r.json()['access_token']}"

    def get(self, path: str, **params: Any) -> Any:
        r = self.http.get(f"/api/v2{path}", params=params)
        r.raise_for_status()
        return r.json()

    def patch(self, path: str, body: dict[str, Any]) -> Any:
        r = self.http.patch(f"/api/v2{path}", json=body)
        r.raise_for_status()
        return r.json()

    def post(self, path: str, body: dict[str, Any]) -> Any:
        r = self.http.post(f"/api/v2{path}", json=body)
        r.raise_for_status()
        return r.json()

    def trigger(self, dag_id: str, conf: dict[str, Any]) -> dict[str, Any]:
        """A manual run of ``dag_id`` with ``conf`` (no logical date); returns the new run."""
        return dict(self.post(f"/dags/{dag_id}/dagRuns", {"logical_date": None, "conf": conf}))

    def dag_run(self, dag_id: str, run_id: str) -> dict[str, Any]:
        return dict(self.get(f"/dags/{dag_id}/dagRuns/{quote(run_id, safe='')}"))

    def dag(self, dag_id: str) -> dict[str, Any] | None:
        r = self.http.get(f"/api/v2/dags/{dag_id}")
        if r.status_code == 404:
            return None
        r.raise_for_status()
        return dict(r.json())

    def dag_runs(self, dag_id: str, **params: Any) -> list[dict[str, Any]]:
        return list(self.get(f"/dags/{dag_id}/dagRuns", **params)["dag_runs"])

    def task_instances(self, dag_id: str, run_id: str) -> list[dict[str, Any]]:
        return list(self.get(f"/dags/{dag_id}/dagRuns/{quote(run_id, safe='')}/taskInstances")["task_instances"])

    def close(self) -> None:
        self.http.close()
