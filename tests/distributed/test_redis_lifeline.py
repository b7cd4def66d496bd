"""The test session's redis-server dies with the process that started it, even when that
process is killed with SIGKILL (no fixture teardown runs then)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

from tests.distributed.conftest import REDIS_SERVER, free_port
from tests.run_helpers import PROJECT
from tests import processes

#: A process that starts a redis-server as the fixture does, prints its pid, and waits.
_STARTER = """
import sys, time
from pathlib import Path
from tests.distributed.fleet_helpers import start_redis_server
server = start_redis_server(sys.argv[1], int(sys.argv[2]), Path(sys.argv[3]))
print(server.pid, flush=True)
time.sleep(120)
"""


@pytest.mark.skipif(REDIS_SERVER is None, reason="redis-server is not installed")
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="prctl is Linux-only")
def test_a_redis_server_dies_when_its_starter_is_killed_outright(tmp_path):
    starter = processes.popen([sys.executable, "-c", _STARTER, REDIS_SERVER, str(free_port()),
                               str(tmp_path)], cwd=PROJECT, stdout=subprocess.PIPE, text=True)
    try:
        server_pid = int(starter.stdout.readline())
        assert processes.alive(server_pid)
        starter.send_signal(signal.SIGKILL)
        starter.wait(timeout=10)
        deadline = time.monotonic() + 10
        while processes.alive(server_pid) and time.monotonic() < deadline:
            time.sleep(0.05)
        alive = processes.alive(server_pid)
        if alive:
            os.kill(server_pid, signal.SIGKILL)
        assert not alive
    finally:
        starter.kill()
        starter.wait(timeout=10)
