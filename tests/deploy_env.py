"""The environment of a production-shaped Airflow (PostgreSQL, Local or Celery executor) built from
``deploy/airflow.env``, for the services tests and the benchmarks that start such an Airflow."""

from __future__ import annotations

from pathlib import Path

from feedlake.airflow_local import AirflowRunError, airflow_env

DEPLOY_ENV_FILE = Path(__file__).resolve().parents[1] / "deploy" / "airflow.env"  # what users copy


def read_env_file(path: Path = DEPLOY_ENV_FILE) -> tuple[dict[str, str], set[str]]:
    """The ``KEY=VALUE`` lines of a deployment env file, and the keys marked to be changed.

    A comment block whose line starts with ``CHANGE:`` marks the key lines right below it
    (up to the next blank or comment line): what a deployment must edit.
    """
    values: dict[str, str] = {}
    to_change: set[str] = set()
    marked = in_comment = False
    for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if not line:
            marked = in_comment = False
        elif line.startswith("#"):
            starts = line.lstrip("#").strip().startswith("CHANGE:")
            marked = (marked and in_comment) or starts
            in_comment = True
        else:
            key, sep, value = line.partition("=")
            if not sep or not key.strip().isidentifier():
                raise AirflowRunError(f"{path.name}:{n}: not a KEY=VALUE line: {line[:60]}")
            values[key.strip()] = value.strip()
            if marked:
                to_change.add(key.strip())
            in_comment = False
    return values, to_change


def services_env(home: Path, changes: dict[str, str], extra: dict[str, str] | None = None,
                 env_file: Path = DEPLOY_ENV_FILE) -> dict[str, str]:
    """Environment for Airflow services configured by ``deploy/airflow.env``, adapted to this machine.

    ``changes`` replaces values the file marks ``CHANGE`` (anything else is refused, so the file
    stays the whole production configuration); ``extra`` adds settings the file does not make.
    """
    values, to_change = read_env_file(env_file)
    if unmarked := sorted(set(changes) - to_change):
        raise AirflowRunError(f"{env_file.name} does not mark {unmarked} as settings to change")
    env = airflow_env(home)
    env.update(values)
    env.update(changes)
    env.update(extra or {})
    return env
