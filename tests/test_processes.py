"""A process a test starts through tests.processes dies with the process that started it,
also when that one is killed with SIGKILL; a process started with plain subprocess does not
(the test that shows the tie is needed)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

from tests import processes
from tests.run_helpers import PROJECT

#: A process that starts a long sleeper (tied or not), prints its pid, and waits.
_STARTER = """
import subprocess, sys, time
from tests import processes
sleeper = [sys.executable, "-c", "import time; time.sleep(120)"]
start = processes.popen if sys.argv[1] == "tied" else subprocess.Popen
child = start(sleeper)
print(child.pid, flush=True)
time.sleep(120)
"""


def _child_alive_after_starter_killed(how: str, wait: float) -> bool:
    starter = processes.popen([sys.executable, "-c", _STARTER, how], cwd=PROJECT,
                              stdout=subprocess.PIPE, text=True)
    child = 0
    try:
        child = int(starter.stdout.readline())
        assert processes.alive(child)
        starter.send_signal(signal.SIGKILL)
        starter.wait(timeout=10)
        deadline = time.monotonic() + wait
        while processes.alive(child) and time.monotonic() < deadline:
            time.sleep(0.05)
        return processes.alive(child)
    finally:
        starter.kill()
        starter.wait(timeout=10)
        if child and processes.alive(child):
            os.kill(child, signal.SIGKILL)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="prctl is Linux-only")
def test_a_tied_child_dies_when_its_starter_is_killed_outright():
    assert not _child_alive_after_starter_killed("tied", wait=10)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="prctl is Linux-only")
def test_an_untied_child_outlives_its_killed_starter():
    assert _child_alive_after_starter_killed("plain", wait=1)


def test_run_returns_what_subprocess_run_returns():
    done = processes.run([sys.executable, "-c", "print('ok')"], capture_output=True, text=True)
    assert (done.returncode, done.stdout) == (0, "ok\n")
