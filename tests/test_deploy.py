"""deploy/: the production files agree with each other and with what the services tests run.

Docker cannot run here, so these checks read the files: the compose services run the Airflow
components tests/test_airflow_services.py starts, from the env file it starts them from, in an image
that installs what the tests install.
"""

from __future__ import annotations

import re
import tomllib
from urllib.parse import urlsplit

import yaml

from tests.deploy_env import DEPLOY_ENV_FILE, read_env_file

DEPLOY = DEPLOY_ENV_FILE.parent
REPO = DEPLOY.parent
# The components tests/test_airflow_services.py starts (the celery worker only with CeleryExecutor).
TESTED_COMMANDS = {("api-server",), ("scheduler",), ("dag-processor",), ("triggerer",), ("celery", "worker")}


def compose() -> dict:
    return yaml.safe_load((DEPLOY / "docker-compose.yaml").read_text())


def airflow_services() -> dict[str, dict]:
    return {name: svc for name, svc in compose()["services"].items() if name.startswith("airflow-")}


def test_compose_runs_the_tested_components_from_the_env_file() -> None:
    services = airflow_services()
    commands = {tuple(svc["command"]) for name, svc in services.items() if name != "airflow-init"}
    assert commands == TESTED_COMMANDS
    for name, svc in services.items():
        assert svc["env_file"] == [DEPLOY_ENV_FILE.name], name
        assert svc["build"] == {"context": "..", "dockerfile": "deploy/Dockerfile"}, name
    # Like feedlake.airflow_local.migrate in the tests: the metadata DB, then every pool a DAG uses.
    init = " ".join(services["airflow-init"]["command"])
    assert init.startswith("airflow db migrate && ")
    created = set(re.findall(r"airflow pools set (\w+) [1-9]", init))
    used = {pool for dag in (REPO / "dags").glob("*.py")
            for pool in re.findall(r'os\.environ\.get\("FEEDLAKE_\w+_POOL", "(\w+)"\)', dag.read_text())}
    assert "feedlake_fetch" in used
    assert created == used


def test_env_file_points_at_the_compose_services() -> None:
    env, to_change = read_env_file()
    services = compose()["services"]
    db = urlsplit(env["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"])
    pg = services["postgres"]["environment"]
    assert (db.hostname, db.username, db.password, db.path) == (
        "postgres", pg["POSTGRES_USER"], pg["POSTGRES_PASSWORD"], "/" + pg["POSTGRES_DB"])
    assert env["AIRFLOW__CELERY__RESULT_BACKEND"] == "db+" + env["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"]
    assert urlsplit(env["AIRFLOW__CELERY__BROKER_URL"]).hostname == "redis"
    api = urlsplit(env["AIRFLOW__CORE__EXECUTION_API_SERVER_URL"])
    assert (api.hostname, str(api.port)) == ("airflow-apiserver", env["AIRFLOW__API__PORT"])
    assert f"{env['AIRFLOW__API__PORT']}:8080" in services["airflow-apiserver"]["ports"]
    # the run note reaches the api-server under its compose name, as a user whose password is the one
    # airflow-init writes into the passwords file (not a value the api-server generates)
    note_api = urlsplit(env["FEEDLAKE_AIRFLOW_API_URL"])
    assert note_api.hostname in services and (note_api.hostname, str(note_api.port)) == (api.hostname, str(api.port))
    assert env["FEEDLAKE_AIRFLOW_API_USER"] in env["AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_USERS"].split(",")[0]
    init = " ".join(services["airflow-init"]["command"])
    assert "FEEDLAKE_AIRFLOW_API_PASSWORD" in init and "SIMPLE_AUTH_MANAGER_PASSWORDS_FILE" in init
    assert "FEEDLAKE_AIRFLOW_API_PASSWORD" in to_change
    # Secrets and hosts are what a deployment edits; the fetcher's SSRF guard stays on.
    assert {"AIRFLOW__API_AUTH__JWT_SECRET", "AIRFLOW__CORE__FERNET_KEY", "FEEDLAKE_OUTPUT"} <= to_change
    assert env["FEEDLAKE_ALLOW_PRIVATE_NETWORKS"] == "0"
    assert env["AIRFLOW__CORE__EXECUTOR"] == "CeleryExecutor"


def test_image_installs_the_tested_extras_and_dags() -> None:
    dockerfile = (DEPLOY / "Dockerfile").read_text()
    install = re.search(r"pip install --constraint constraints.txt '\.\[([a-z,]+)\]'", dockerfile)
    assert install, "the image installs the project with constraints.txt"
    extras = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["optional-dependencies"]
    assert install.group(1) == "postgres,celery,amazon" and {"postgres", "celery", "amazon"} <= set(extras)
    assert "feedlake[postgres,celery,amazon]" in extras["dev"]  # what the tests run with
    env, _ = read_env_file()
    assert "COPY dags ./dags" in dockerfile and "WORKDIR /opt/feedlake" in dockerfile
    assert env["AIRFLOW__CORE__DAGS_FOLDER"] == "/opt/feedlake/dags"


def test_image_copies_every_package_the_project_installs() -> None:
    """A package missing from the image's COPY lines installs nothing, and every import of it fails."""
    dockerfile = (DEPLOY / "Dockerfile").read_text()
    include = tomllib.loads((REPO / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]["find"]["include"]
    packages = {pattern.rstrip("*") for pattern in include}
    copied = set(re.findall(r"^COPY (\w+) \./\1$", dockerfile, re.M))
    assert packages <= copied, f"not copied into the image: {sorted(packages - copied)}"
