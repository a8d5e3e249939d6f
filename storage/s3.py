"""The S3 object store: objects under ``s3://bucket/prefix/``.

Endpoint and credentials come from the standard AWS environment, which boto3 reads
natively (``AWS_ENDPOINT_URL``, ``AWS_ACCESS_KEY_ID``/``AWS_SECRET_ACCESS_KEY``,
``AWS_PROFILE``, ...).  S3-compatible stores that reject boto3's default request
checksums can set ``AWS_REQUEST_CHECKSUM_CALCULATION=when_required``.  Nothing here
logs credentials; endpoints are logged without any ``user:password@`` part.
"""

from __future__ import annotations

import contextlib
import logging
import shutil
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import boto3
from botocore.config import Config
from botocore.exceptions import BotoCoreError, ClientError, NoCredentialsError

from storage.objectstore import (
    BUCKET_RE,
    COPY_CHUNK,
    ObjectNotFound,
    ObjectStore,
    StoreError,
    atomic_write,
    check_key,
    dir_prefix,
)

log = logging.getLogger(__name__)

_NOT_FOUND_CODES = {"404", "NoSuchKey", "NotFound"}


def _s3_config(*, fail_fast: bool = False) -> Config:
    if fail_fast:
        # verify() must answer in seconds, yet ride out a passing 500: few attempts, short timeouts.
        return Config(retries={"mode": "standard", "max_attempts": 3}, connect_timeout=3, read_timeout=5)
    return Config(retries={"mode": "standard", "max_attempts": 4}, connect_timeout=5, read_timeout=60)


def _s3_client(config: Config, endpoint_url: str | None = None) -> Any:
    return boto3.session.Session().client("s3", config=config, endpoint_url=endpoint_url)


def _error_code(exc: ClientError) -> str:
    return str(exc.response.get("Error", {}).get("Code", ""))


def _redact(url: str) -> str:
    """An endpoint URL without any ``user:password@`` part."""
    parts = urlsplit(url)
    return parts._replace(netloc=parts.netloc.rsplit("@", 1)[-1]).geturl() if "@" in parts.netloc else url


class S3Store(ObjectStore):
    """Objects under ``s3://bucket/prefix/``.  ``client`` is injectable, else built from the environment."""

    def __init__(self, bucket: str, prefix: str = "", client: Any = None) -> None:
        if not BUCKET_RE.match(bucket or ""):
            raise StoreError(f"invalid S3 bucket name {bucket!r}")
        prefix = prefix.strip("/")
        if prefix:
            check_key(prefix, "prefix")
        self.bucket, self.prefix = bucket, prefix
        self.uri = f"s3://{bucket}/{prefix}" if prefix else f"s3://{bucket}"
        # boto3 clients are thread-safe (sessions are not), so one client per store.
        self._client = client if client is not None else _s3_client(_s3_config())
        # An injected client may point elsewhere than the environment says: verify() follows it.
        self._endpoint_override = client.meta.endpoint_url if client is not None else None

    def __reduce__(self) -> tuple[Any, ...]:
        # Clients do not pickle; a copy in another process builds its own from the environment.
        return (S3Store, (self.bucket, self.prefix))

    @property
    def endpoint(self) -> str:
        return _redact(str(self._client.meta.endpoint_url))

    def _key(self, key: str) -> str:
        check_key(key)
        return f"{self.prefix}/{key}" if self.prefix else key

    def put(self, key: str, data: bytes) -> None:
        self._client.put_object(Bucket=self.bucket, Key=self._key(key), Body=data)
        log.debug("put %s (%d bytes)", self.url_for(key), len(data))

    def put_if_absent(self, key: str, data: bytes) -> bool:
        # S3 conditional writes (If-None-Match: *).  A store that ignores the header would overwrite:
        # the README names this requirement for S3-compatible stores.
        try:
            self._client.put_object(Bucket=self.bucket, Key=self._key(key), Body=data, IfNoneMatch="*")
        except ClientError as exc:
            if _error_code(exc) in ("PreconditionFailed", "412", "ConditionalRequestConflict", "409"):
                return False
            raise
        log.debug("put %s if absent (%d bytes)", self.url_for(key), len(data))
        return True

    def _get_object(self, key: str) -> Any:
        try:
            return self._client.get_object(Bucket=self.bucket, Key=self._key(key))
        except ClientError as exc:
            if _error_code(exc) in _NOT_FOUND_CODES:
                raise ObjectNotFound(key) from None
            raise

    def get(self, key: str) -> bytes:
        with contextlib.closing(self._get_object(key)["Body"]) as body:
            return body.read()

    def exists(self, key: str) -> bool:
        try:
            self._client.head_object(Bucket=self.bucket, Key=self._key(key))
        except ClientError as exc:
            if _error_code(exc) in _NOT_FOUND_CODES:
                return False
            raise
        return True

    def list(self, prefix: str = "") -> list[str]:
        root = f"{self.prefix}/" if self.prefix else ""
        keys: list[str] = []
        paginator = self._client.get_paginator("list_objects_v2")
        for page in paginator.paginate(Bucket=self.bucket, Prefix=root + prefix):
            # Keys ending in "/" are console-made folder markers, not objects: the local store has none.
            keys.extend(o["Key"][len(root) :] for o in page.get("Contents", ()) if not o["Key"].endswith("/"))
        return sorted(keys)

    def delete(self, key: str) -> None:
        self._client.delete_object(Bucket=self.bucket, Key=self._key(key))
        log.debug("deleted %s", self.url_for(key))

    def delete_prefix(self, prefix: str) -> int:
        folder = dir_prefix(prefix)
        where = self.url_for(folder.rstrip("/"))
        keys = self.list(folder)
        for i in range(0, len(keys), 1000):  # DeleteObjects takes at most 1000 keys
            batch = [{"Key": self._key(k)} for k in keys[i : i + 1000]]
            resp = self._client.delete_objects(Bucket=self.bucket, Delete={"Objects": batch, "Quiet": True})
            if resp.get("Errors"):
                first = resp["Errors"][0]
                raise OSError(
                    f"could not delete {len(resp['Errors'])} objects under {where}, "
                    f"e.g. {first.get('Key')}: {first.get('Code')} {first.get('Message')}"
                )
        log.info("deleted %d objects under %s", len(keys), where)
        return len(keys)

    def copy(self, src_key: str, dst_key: str) -> None:
        try:
            # Managed copy: falls back to multipart for objects over CopyObject's 5 GB limit.
            source = {"Bucket": self.bucket, "Key": self._key(src_key)}
            self._client.copy(source, self.bucket, self._key(dst_key))
        except ClientError as exc:
            if _error_code(exc) in _NOT_FOUND_CODES:
                raise ObjectNotFound(src_key) from None
            raise

    def download(self, key: str, local_path: Path | str) -> None:
        with contextlib.closing(self._get_object(key)["Body"]) as body:
            atomic_write(Path(local_path), lambda fh: shutil.copyfileobj(body, fh, COPY_CHUNK))

    def upload(self, local_path: Path | str, key: str) -> None:
        path = Path(local_path)
        if not path.is_file():
            raise FileNotFoundError(f"no such file to upload: {path}")
        # upload_file goes multipart for big files; S3 shows the object only once complete.
        self._client.upload_file(str(path), self.bucket, self._key(key))
        log.debug("uploaded %s to %s", path, self.url_for(key))

    def url_for(self, key: str) -> str:
        return f"s3://{self.bucket}/{self._key(key)}"

    def verify(self) -> None:
        # A separate single-attempt client: the normal one's retries would take minutes to give up.
        fast = _s3_client(_s3_config(fail_fast=True), self._endpoint_override)
        unreachable = f"bucket '{self.bucket}' is not reachable at {self.endpoint}"
        try:
            fast.head_bucket(Bucket=self.bucket)
        except ClientError as exc:
            code = _error_code(exc)
            status = exc.response.get("ResponseMetadata", {}).get("HTTPStatusCode")
            if code in ("404", "NoSuchBucket", "NotFound"):
                reason = "the bucket does not exist"
            elif code in ("403", "AccessDenied", "Forbidden"):
                reason = "access denied (HTTP 403): check the credentials and the bucket policy"
            else:
                reason = f"{code or 'error'} (HTTP {status})"
            raise StoreError(f"{unreachable}: {reason}") from None
        except NoCredentialsError:
            raise StoreError(
                f"{unreachable}: no AWS credentials found "
                "(set AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY or AWS_PROFILE)"
            ) from None
        except BotoCoreError as exc:
            raise StoreError(f"{unreachable}: {exc}") from None
        finally:
            fast.close()
