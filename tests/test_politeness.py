"""Per-host politeness under a loaded machine: the delay holds between the moments requests really start."""

from __future__ import annotations

import threading
import time

import pytest

from ingest import politeness
from ingest.politeness import HostPoliteness


def test_a_request_woken_late_still_keeps_the_next_one_a_delay_away(monkeypatch: pytest.MonkeyPatch) -> None:
    """The first request's thread oversleeps by 80 ms (as on a busy machine); the second, whose place in
    line came a delay after the first's, must wait until a delay after the first really started."""
    delay = 0.2
    real_sleep = time.sleep
    late = threading.Event()

    def sleepy(seconds: float) -> None:
        if threading.current_thread().name == "first" and not late.is_set():
            late.set()
            seconds += 0.08
        real_sleep(seconds)

    monkeypatch.setattr(politeness.time, "sleep", sleepy)
    host = HostPoliteness(per_host_concurrency=2, per_host_delay=delay)
    with host.slot("a.example"):  # the host's first request, at once
        pass
    started: dict[str, float] = {}

    def request(name: str) -> None:
        with host.slot("a.example"):
            started[name] = time.monotonic()

    first = threading.Thread(target=request, args=("first",), name="first")
    first.start()
    real_sleep(0.02)  # the first takes its place in line before the second
    second = threading.Thread(target=request, args=("second",), name="second")
    second.start()
    first.join()
    second.join()
    assert late.is_set()
    assert started["second"] - started["first"] >= delay - 0.005, started
