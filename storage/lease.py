"""A lease on an output: one pass writes it at a time; a lease whose holder died expires.

Leases are objects ``_state/lease/<seq>.json`` taken with a create-if-absent put (S3 conditional writes, a
hard link on a local disk), so of two passes that try at once exactly one gets the next number.  The
newest entry is the lease: it is free when released or past its expiry.  Its holder renews it by
rewriting its own entry, and releases it the same way; a holder whose entry is no longer the newest has
lost it (it expired and someone took it over) and stops before writing anything more.

A lease is held by a *run*: every task of one Airflow run (and every stage of one CLI pass) may take the
lease its run already holds, so tasks on different workers share it and a retried task takes it back.
A lease taken by one process for a whole pass (the CLI's) is also free as soon as that process is gone
from this host: a pass killed mid-way does not hold the output until its lease expires.
"""

from __future__ import annotations

import json
import logging
import os
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from storage.objectstore import ObjectNotFound, ObjectStore

log = logging.getLogger(__name__)

__all__ = ["LEASE_PREFIX", "Lease", "LeaseHeld", "LeaseLost", "acquire"]

LEASE_PREFIX = "_state/lease/"
_DIGITS = 20


class LeaseHeld(RuntimeError):
    """Another run holds the output's lease; the message says which and until when."""


class LeaseLost(RuntimeError):
    """This run's lease expired and another run took the output over."""


def _key(seq: int) -> str:
    return f"{LEASE_PREFIX}{seq:0{_DIGITS}d}.json"


def _head(store: ObjectStore) -> tuple[int, dict[str, str | bool] | None]:
    for _attempt in range(5):
        seqs = sorted(int(k[len(LEASE_PREFIX):-5]) for k in store.list(LEASE_PREFIX)
                      if k.endswith(".json") and k[len(LEASE_PREFIX):-5].isdigit())
        if not seqs:
            return 0, None
        try:
            return seqs[-1], json.loads(store.get(_key(seqs[-1])))
        except ObjectNotFound:
            continue  # pruned by a new holder between the listing and the read
    return 0, None


@dataclass
class Lease:
    store: ObjectStore
    seq: int
    run_id: str
    ttl: timedelta
    now: Callable[[], datetime]
    process_bound: bool = False  # held by this process for the whole run: free once it is gone
    _released: bool = False

    def _write(self, released: bool = False) -> None:
        doc = {"run_id": self.run_id, "host": socket.gethostname(), "pid": str(os.getpid()),
               "taken_at": self.now().isoformat(), "expires_at": (self.now() + self.ttl).isoformat(),
               "released": released, "process_bound": self.process_bound}
        self.store.put(_key(self.seq), json.dumps(doc).encode())

    def renew(self) -> None:
        """Push the expiry back; raises ``LeaseLost`` if another run took the output over."""
        head, doc = _head(self.store)
        if self._released or (head == self.seq and doc is not None and doc.get("released")):
            return  # released (by this or another object of the same run): nothing to keep alive
        if head != self.seq or doc is None or doc.get("run_id") != self.run_id:
            raise LeaseLost(f"run {self.run_id} lost the lease on {self.store.uri}: it expired and run "
                            f"{(doc or {}).get('run_id')} took the output over")
        self._write()

    def release(self) -> None:
        if self._released:
            return
        head, doc = _head(self.store)
        if head == self.seq and doc is not None and doc.get("run_id") == self.run_id:
            self._write(released=True)
        self._released = True

    def keep_alive(self, every: float | None = None) -> Callable[[], None]:
        """Renew in a background thread until the returned stop function is called."""
        stop = threading.Event()
        period = every if every is not None else max(1.0, self.ttl.total_seconds() / 3)

        def loop() -> None:
            while not stop.wait(period):
                try:
                    self.renew()
                except Exception as exc:  # noqa: BLE001 -- logged; the pass's own writes check again
                    log.error("could not renew the lease on %s: %s", self.store.uri, exc)
                    return

        thread = threading.Thread(target=loop, name="feedlake-lease", daemon=True)
        thread.start()

        def stop_renewing() -> None:
            stop.set()
            thread.join(timeout=5)

        return stop_renewing


def _holder_gone(doc: dict[str, str | bool]) -> bool:
    """A process-bound lease whose process no longer runs on this host."""
    if not doc.get("process_bound") or doc.get("host") != socket.gethostname():
        return False
    try:
        os.kill(int(str(doc.get("pid"))), 0)
    except ProcessLookupError:
        return True
    except (PermissionError, ValueError):
        return False
    return False


def acquire(store: ObjectStore, run_id: str, ttl: timedelta, now: Callable[[], datetime],
            wait: float = 0.0, poll: float = 1.0, process_bound: bool = False) -> Lease:
    """Take the output's lease for ``run_id`` (or take back the one it holds).

    Waits up to ``wait`` seconds for another run's lease to be released or to expire, then raises
    ``LeaseHeld`` naming that run.
    """
    deadline = time.monotonic() + wait
    while True:
        head, doc = _head(store)
        if doc is not None and doc.get("run_id") == run_id and not doc.get("released"):
            lease = Lease(store, head, run_id, ttl, now, process_bound or bool(doc.get("process_bound")))
            lease._write()
            return lease
        free = doc is None or bool(doc.get("released")) or \
            datetime.fromisoformat(str(doc.get("expires_at"))) <= now() or _holder_gone(doc)
        if free:
            if doc is not None and not doc.get("released"):
                log.warning("the lease of run %s on %s is stale (expiry %s, pid %s): taking the output over",
                            doc.get("run_id"), store.uri, doc.get("expires_at"), doc.get("pid"))
            lease = Lease(store, head + 1, run_id, ttl, now, process_bound)
            doc_bytes = json.dumps({"run_id": run_id, "expires_at": (now() + ttl).isoformat(),
                                    "released": False}).encode()
            if store.put_if_absent(_key(head + 1), doc_bytes):
                lease._write()
                for old in range(max(1, head - 5), head):  # keep a short history for operators
                    store.delete(_key(old))
                return lease
            continue  # another run took that number first: look again
        if time.monotonic() >= deadline:
            assert doc is not None  # a held lease has an entry
            raise LeaseHeld(f"output {store.uri} is being written by run {doc.get('run_id')} "
                            f"(host {doc.get('host', '?')}, pid {doc.get('pid', '?')}); its lease expires at "
                            f"{doc.get('expires_at')} unless renewed")
        time.sleep(poll)
