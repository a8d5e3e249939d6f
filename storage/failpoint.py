"""Crash points for fault-injection tests: ``FEEDLAKE_FAILPOINTS=name,...`` makes the process exit there.

The process ends with ``os._exit(137)``, as a worker killed by the OOM killer or a node loss would:
no ``finally`` blocks, no flushing, nothing cleaned up.
"""

from __future__ import annotations

import logging
import os

log = logging.getLogger(__name__)


def failpoint(name: str) -> None:
    if name in os.environ.get("FEEDLAKE_FAILPOINTS", "").split(","):
        log.error("failpoint %s: exiting abruptly", name)
        os._exit(137)
