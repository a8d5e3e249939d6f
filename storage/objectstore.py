"""A minimal object store: a local directory or an S3 bucket/prefix (``storage.s3``).

Keys are ``/``-separated paths relative to the store root (``articles/ingest_date=
2024-05-01/part-x.parquet``).  Writes are atomic in both stores: a reader sees the old
object or the new one, never a partial one.  ``storage.uri.open_store(uri)`` picks the store;
``ObjectNotFound`` and ``StoreError`` are the errors callers are expected to handle.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import secrets
import shutil
from abc import ABC, abstractmethod
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

log = logging.getLogger(__name__)

# Temp files live next to their target (os.replace is atomic only within a filesystem);
# list() hides them and keys may not use the marker, so no reader ever picks one up.
_TMP_MARKER = ".feedlake-tmp-"
COPY_CHUNK = 1024 * 1024
BUCKET_RE = re.compile(r"^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$")  # AWS naming rules



class ObjectNotFound(KeyError):
    """The key does not exist in the store."""


class StoreError(ValueError):
    """A store URI is unusable or its location is unreachable; the message says why."""


def check_key(key: str, what: str = "key") -> str:
    """Reject keys that could escape the root or that S3 and a filesystem treat differently."""
    if not isinstance(key, str) or not key:
        raise ValueError(f"object {what} must be a non-empty string, got {key!r}")
    parts = key.split("/")
    if "\\" in key or "\0" in key or any(p in ("", ".", "..") for p in parts):
        raise ValueError(f"invalid object {what} {key!r}: use relative '/'-separated names")
    if parts[-1].startswith(_TMP_MARKER):
        raise ValueError(f"invalid object {what} {key!r}: {_TMP_MARKER!r} names are reserved")
    return key


def dir_prefix(prefix: str) -> str:
    """``a/b`` and ``a/b/`` both mean the folder ``a/b/``: delete_prefix never matches ``a/bc``."""
    stripped = prefix.strip("/")
    if not stripped:
        raise ValueError("delete_prefix needs a non-empty prefix (refusing to empty the whole store)")
    check_key(stripped, "prefix")
    return stripped + "/"


class ObjectStore(ABC):
    """Bytes under string keys.  ``ObjectNotFound`` for missing keys; other I/O errors propagate."""

    uri: str

    @abstractmethod
    def put(self, key: str, data: bytes) -> None:
        """Store ``data`` under ``key`` atomically, replacing any existing object."""

    @abstractmethod
    def put_if_absent(self, key: str, data: bytes) -> bool:
        """Create ``key`` only if no object has that key; False (nothing written) if one has."""

    @abstractmethod
    def get(self, key: str) -> bytes: ...

    @abstractmethod
    def exists(self, key: str) -> bool: ...

    @abstractmethod
    def list(self, prefix: str = "") -> list[str]:
        """Keys starting with ``prefix`` (a plain string prefix, as in S3), recursive and sorted."""

    @abstractmethod
    def delete(self, key: str) -> None:
        """Remove ``key``; a missing key is not an error (as in S3)."""

    @abstractmethod
    def delete_prefix(self, prefix: str) -> int:
        """Remove every key under the folder ``prefix`` (a trailing ``/`` is implied); returns the count."""

    @abstractmethod
    def copy(self, src_key: str, dst_key: str) -> None: ...

    @abstractmethod
    def download(self, key: str, local_path: Path | str) -> None:
        """Write the object to ``local_path`` (atomically; parent directories are created)."""

    @abstractmethod
    def upload(self, local_path: Path | str, key: str) -> None: ...

    @abstractmethod
    def url_for(self, key: str) -> str:
        """A local path or ``s3://`` URI a reader such as DuckDB can open."""

    @abstractmethod
    def verify(self) -> None:
        """Raise ``StoreError`` unless the store's location is usable."""

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.uri!r})"


def atomic_write(path: Path, fill: Callable[[IO[bytes]], Any], *, exclusive: bool = False) -> bool:
    """Write via a temp file in the target's directory, fsync, then os.replace over the target.

    ``exclusive``: hard-link the temp file to the target instead, which fails if the target exists
    (returns False); either way a reader sees the whole object or none of it.
    """
    for attempt in range(3):
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f"{_TMP_MARKER}{secrets.token_hex(8)}-{path.name}")
        try:
            # os.open with 0o666 lets the umask decide the mode, as a plain open() would.
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
            break
        except FileNotFoundError:
            # A concurrent delete() pruned the freshly made (empty) parent: make it again.
            if attempt == 2:
                raise
    try:
        with os.fdopen(fd, "wb") as fh:
            fill(fh)
            fh.flush()
            os.fsync(fh.fileno())
        if exclusive:
            try:
                os.link(tmp, path)
            except FileExistsError:
                return False
            finally:
                os.unlink(tmp)
        else:
            os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    # Persist the rename itself, so a crash cannot lose an object put() reported as stored.
    with contextlib.suppress(OSError):
        dir_fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
    return True


def _copy_file_atomic(src: Path, dst: Path) -> None:
    with open(src, "rb") as fin:
        atomic_write(dst, lambda fout: shutil.copyfileobj(fin, fout, COPY_CHUNK))


class LocalStore(ObjectStore):
    """Objects as files under ``root``; created on first write or by ``verify()``."""

    def __init__(self, root: Path | str) -> None:
        self.root = Path(root).expanduser().absolute()
        self.uri = str(self.root)

    def __reduce__(self) -> tuple[Any, ...]:
        return (LocalStore, (self.root,))

    def _path(self, key: str) -> Path:
        return self.root / check_key(key)

    def put(self, key: str, data: bytes) -> None:
        atomic_write(self._path(key), lambda fh: fh.write(data))
        log.debug("put %s (%d bytes)", self.url_for(key), len(data))

    def put_if_absent(self, key: str, data: bytes) -> bool:
        return atomic_write(self._path(key), lambda fh: fh.write(data), exclusive=True)

    def get(self, key: str) -> bytes:
        try:
            return self._path(key).read_bytes()
        except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
            raise ObjectNotFound(key) from None

    def exists(self, key: str) -> bool:
        return self._path(key).is_file()

    def list(self, prefix: str = "") -> list[str]:
        # Walk only the deepest folder the prefix names instead of the whole tree.
        base = prefix.rsplit("/", 1)[0] if "/" in prefix else ""
        start = self.root / check_key(base, "prefix") if base else self.root
        keys: list[str] = []
        for dirpath, _dirs, files in os.walk(start):
            rel = Path(dirpath).relative_to(self.root).as_posix()
            for name in files:
                if name.startswith(_TMP_MARKER):
                    continue
                key = name if rel == "." else f"{rel}/{name}"
                if key.startswith(prefix):
                    keys.append(key)
        return sorted(keys)

    def delete(self, key: str) -> None:
        path = self._path(key)
        try:
            path.unlink()
        except FileNotFoundError:
            return
        self._prune(path.parent)
        log.debug("deleted %s", path)

    def _prune(self, folder: Path) -> None:
        # S3 has no folders: drop emptied ones so listings and globs match the S3 store.
        while folder != self.root and self.root in folder.parents:
            try:
                folder.rmdir()
            except OSError:
                return
            folder = folder.parent

    def delete_prefix(self, prefix: str) -> int:
        keys = self.list(dir_prefix(prefix))
        for key in keys:
            self.delete(key)
        log.info("deleted %d objects under %s", len(keys), self.url_for(dir_prefix(prefix).rstrip("/")))
        return len(keys)

    def copy(self, src_key: str, dst_key: str) -> None:
        dst = self._path(dst_key)
        try:
            _copy_file_atomic(self._path(src_key), dst)
        except (FileNotFoundError, IsADirectoryError):
            if not self.exists(src_key):
                raise ObjectNotFound(src_key) from None
            raise

    def download(self, key: str, local_path: Path | str) -> None:
        try:
            _copy_file_atomic(self._path(key), Path(local_path))
        except (FileNotFoundError, IsADirectoryError):
            if not self.exists(key):
                raise ObjectNotFound(key) from None
            raise

    def upload(self, local_path: Path | str, key: str) -> None:
        _copy_file_atomic(Path(local_path), self._path(key))

    def url_for(self, key: str) -> str:
        return str(self._path(key))

    def verify(self) -> None:
        try:
            self.root.mkdir(parents=True, exist_ok=True)
        except FileExistsError:
            raise StoreError(f"local store root '{self.root}' is not a directory") from None
        except NotADirectoryError:
            raise StoreError(f"local store root '{self.root}' is under a file, not a directory") from None
        except OSError as exc:
            raise StoreError(f"cannot create local store root '{self.root}': {exc.strerror}") from None
        if not self.root.is_dir():
            raise StoreError(f"local store root '{self.root}' is not a directory")
        # os.access lies for root and on some network filesystems: really write a file.
        probe = self.root / f"{_TMP_MARKER}probe-{secrets.token_hex(4)}"
        try:
            probe.write_bytes(b"")
            probe.unlink()
        except OSError as exc:
            raise StoreError(f"local store root '{self.root}' is not writable: {exc.strerror}") from None


def check(store: ObjectStore) -> None:
    """Raise ``StoreError`` unless ``store`` is usable (same as ``store.verify()``)."""
    store.verify()
