"""S3 credentials from an Airflow connection, for the DAG's tasks.

Operators keep secrets in Airflow connections or a secrets backend.  With ``FEEDLAKE_AWS_CONN_ID`` set (for
example ``aws_default``), every feedlake task resolves that connection through the Amazon provider's
``AwsBaseHook`` (keys, session token, assumed role, region and ``endpoint_url`` from its extra) and runs
its stage with them as the standard AWS variables, which boto3, delta-rs and DuckDB all read: the storage
layer stays on the standard chain, as the CLI does.  The variables are set for the stage's duration in the
task's own process (each Airflow task is one) and restored after it.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator

CONN_ID_VARIABLE = "FEEDLAKE_AWS_CONN_ID"
_VARIABLES = ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_ENDPOINT_URL",
              "AWS_ENDPOINT_URL_S3", "AWS_REGION", "AWS_DEFAULT_REGION", "AWS_PROFILE")


class AwsConnectionError(RuntimeError):
    """The configured Airflow connection does not exist, or the Amazon provider is not installed: a
    configuration error (the task fails at once).  Anything else the hook raises (a secrets backend that
    did not answer) propagates, and Airflow retries the task."""


def connection_environment(conn_id: str) -> dict[str, str]:
    """The standard AWS variables that the Airflow connection ``conn_id`` stands for."""
    try:
        from airflow.providers.amazon.aws.hooks.base_aws import AwsBaseHook
    except ImportError as exc:
        raise AwsConnectionError(f"{CONN_ID_VARIABLE}={conn_id} needs the Amazon provider: "
                               "pip install 'feedlake[amazon]'") from exc
    from airflow.sdk import Connection
    from airflow.sdk.exceptions import AirflowNotFoundException

    try:
        Connection.get(conn_id)  # the hook would fall back to boto3's own chain for a missing connection
    except AirflowNotFoundException as exc:
        raise AwsConnectionError(f"Airflow connection {conn_id!r} ({CONN_ID_VARIABLE}) is not defined") from exc
    hook = AwsBaseHook(aws_conn_id=conn_id, client_type="s3")
    try:
        creds = hook.get_credentials()  # frozen, and masked in the task log
    except AttributeError:  # the session found no credentials at all (None has no frozen copy)
        raise AwsConnectionError(f"Airflow connection {conn_id!r} ({CONN_ID_VARIABLE}) gives no AWS credentials") \
            from None
    region = hook.conn_region_name
    endpoint = hook.conn_config.get_service_endpoint_url("s3")
    env = {"AWS_ACCESS_KEY_ID": creds.access_key, "AWS_SECRET_ACCESS_KEY": creds.secret_key}
    if creds.token:
        env["AWS_SESSION_TOKEN"] = creds.token
    if region:
        env["AWS_REGION"] = env["AWS_DEFAULT_REGION"] = region
    if endpoint:
        env["AWS_ENDPOINT_URL"] = env["AWS_ENDPOINT_URL_S3"] = endpoint
    return env


@contextlib.contextmanager
def aws_environment(conn_id: str | None = None) -> Iterator[None]:
    """Run the block with the connection's credentials as the AWS variables (nothing changes when no
    connection is configured).  A profile or endpoint from the environment does not leak into it."""
    conn_id = conn_id if conn_id is not None else os.environ.get(CONN_ID_VARIABLE, "")
    if not conn_id:
        yield
        return
    saved = {name: os.environ.get(name) for name in _VARIABLES}
    for name in _VARIABLES:  # before the hook builds its session: it would read a profile from them
        os.environ.pop(name, None)
    try:
        os.environ.update(connection_environment(conn_id))
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
