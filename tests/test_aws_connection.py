"""S3 credentials from an Airflow connection: a DAG run whose only way to the object store is the
connection named by FEEDLAKE_AWS_CONN_ID writes its tables there (moto over HTTP)."""

from __future__ import annotations

import json
import os
import uuid
from pathlib import Path

import boto3
import pytest

from feedlake.airflow_local import airflow_env, migrate, run_dag_test
from feedlake.aws_connection import AwsConnectionError, aws_environment, connection_environment
from feedlake.demo.sample_server import serve_sample_site

pytestmark = pytest.mark.airflow
CONN = {"conn_type": "aws", "login": "AKIDFEEDLAKE", "password": "conn-secret",
        "extra": {"region_name": "eu-west-1"}}


def _without_aws(env: dict[str, str]) -> dict[str, str]:
    clean = {k: v for k, v in env.items() if not k.startswith("AWS_")}
    clean.update({"AWS_CONFIG_FILE": os.devnull, "AWS_SHARED_CREDENTIALS_FILE": os.devnull,
                  "AWS_EC2_METADATA_DISABLED": "true"})
    return clean


def test_the_connection_becomes_the_standard_variables_for_the_stage(monkeypatch: pytest.MonkeyPatch) -> None:
    conn = {**CONN, "extra": {**CONN["extra"], "endpoint_url": "http://127.0.0.1:9"}}
    monkeypatch.setenv("AIRFLOW_CONN_FEEDLAKE_TEST", json.dumps(conn))
    assert connection_environment("feedlake_test")["AWS_ENDPOINT_URL"] == "http://127.0.0.1:9"
    monkeypatch.setenv("AWS_PROFILE", "someone-elses")  # unknown to boto3: the hook must not read it
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "from-the-environment")
    with aws_environment("feedlake_test"):
        assert os.environ["AWS_ACCESS_KEY_ID"] == "AKIDFEEDLAKE" and os.environ["AWS_REGION"] == "eu-west-1"
        assert "AWS_PROFILE" not in os.environ  # the environment's profile does not leak in
    assert os.environ["AWS_ACCESS_KEY_ID"] == "from-the-environment" and os.environ["AWS_PROFILE"] == "someone-elses"
    with pytest.raises(AwsConnectionError, match="'missing' .* is not defined"):
        connection_environment("missing")
    monkeypatch.delenv("FEEDLAKE_AWS_CONN_ID", raising=False)
    with aws_environment():  # nothing configured: nothing changes
        assert os.environ["AWS_ACCESS_KEY_ID"] == "from-the-environment"


def test_a_dag_run_reaches_s3_through_the_airflow_connection_only(tmp_path: Path, s3_endpoint: str) -> None:
    bucket = f"conn-{uuid.uuid4().hex[:12]}"
    s3 = boto3.client("s3", endpoint_url=s3_endpoint, aws_access_key_id="AKIDFEEDLAKE",
                      aws_secret_access_key="conn-secret", region_name="us-east-1")
    s3.create_bucket(Bucket=bucket)
    conn = {**CONN, "extra": {**CONN["extra"], "endpoint_url": s3_endpoint}}
    with serve_sample_site() as site:
        feeds = site.write_feeds_file(tmp_path / "feeds.yaml")
        env = _without_aws(airflow_env(tmp_path / "airflow", {
            "FEEDLAKE_FEEDS": str(feeds), "FEEDLAKE_OUTPUT": f"s3://{bucket}/lake",
            "FEEDLAKE_ALLOW_PRIVATE_NETWORKS": "1", "FEEDLAKE_AWS_CONN_ID": "feedlake_s3",
            "AIRFLOW_CONN_FEEDLAKE_S3": json.dumps(conn)}))
        migrate(env)
        result = run_dag_test(env)
        assert result["state"] == "success", result["log"][-3000:]
        keys = [o["Key"] for o in s3.list_objects_v2(Bucket=bucket, Prefix="lake/articles/").get("Contents", [])]
        assert any("/_delta_log/" in k for k in keys) and any(k.endswith(".parquet") for k in keys)
        assert "conn-secret" not in result["log"]  # the hook masks it in the task log
