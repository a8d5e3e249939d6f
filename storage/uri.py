"""Which store a URI names: ``open_store(uri)``, a local directory or an S3 bucket/prefix.

Above both stores (``storage.objectstore``'s ``LocalStore``, ``storage.s3``'s ``S3Store``), so that neither
module imports the other.
"""

from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit

from storage.objectstore import BUCKET_RE, LocalStore, ObjectStore, StoreError

_SCHEME_RE = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*)://")


def open_store(uri: str) -> ObjectStore:
    """A store for a local path (absolute, relative, ``~``, ``file://``) or ``s3://bucket[/prefix]``.

    Nothing is contacted or created here; call ``verify()`` for that.
    """
    if not isinstance(uri, str) or not uri.strip():
        raise StoreError("empty store URI: give a local directory or s3://bucket/prefix")
    uri = uri.strip()
    match = _SCHEME_RE.match(uri)
    if not match:
        # "s3:bucket" is a typo, not a directory called that; other "x:y" names are plain paths.
        bare = re.match(r"^(s3|file):", uri, re.IGNORECASE)
        if bare:
            raise StoreError(f"malformed store URI {uri!r}: expected {bare.group(1).lower()}://...")
        return LocalStore(uri)
    scheme = match.group(1).lower()
    parts = urlsplit(uri)
    if parts.query or parts.fragment:
        raise StoreError(f"store URI {uri!r} must not have a query or fragment")
    if scheme == "file":
        if parts.netloc not in ("", "localhost"):
            raise StoreError(f"file URI {uri!r} names a remote host {parts.netloc!r}; only local paths work")
        if not parts.path:
            raise StoreError(f"file URI {uri!r} has no path")
        return LocalStore(unquote(parts.path))
    if scheme == "s3":
        bucket, _, prefix = uri[len("s3://") :].partition("/")
        if not bucket:
            raise StoreError(f"S3 URI {uri!r} has an empty bucket name")
        if not BUCKET_RE.match(bucket):
            raise StoreError(f"S3 URI {uri!r} has an invalid bucket name {bucket!r}")
        from storage.s3 import S3Store  # boto3 is slow to import: only when S3 is used

        try:
            return S3Store(bucket, prefix)
        except ValueError as exc:
            raise StoreError(f"S3 URI {uri!r} has an invalid prefix: {exc}") from None
    raise StoreError(f"unsupported store URI scheme {scheme!r} in {uri!r}: use a local path, file:// or s3://")

