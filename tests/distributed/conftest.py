"""Fixtures of the distributed-mode tests: a real redis-server on 127.0.0.1.

The session starts ``redis-server --bind 127.0.0.1 --port <free port> --save ''
--appendonly no`` as a subprocess and stops it at the end (it dies with the test process
too, even one killed with SIGKILL: ``prctl(PR_SET_PDEATHSIG)``, as the crawl's own
workers do); the tests skip with a clear
message when redis-server or scrapy-redis is not installed. Each test gets the database
flushed, so tests never see each other's keys.
"""

from __future__ import annotations

import shutil
import socket
import time

import pytest

from tests.distributed.fleet_helpers import start_redis_server

REDIS_SERVER = shutil.which("redis-server")


def free_port() -> int:
    """A TCP port nobody listens on right now, on 127.0.0.1."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="session")
def redis_server(tmp_path_factory):
    """The URL of a redis-server started for this test session."""
    if REDIS_SERVER is None:
        pytest.skip("redis-server is not installed (Debian: apt-get install redis-server)")
    pytest.importorskip("scrapy_redis", reason="scrapy-redis is not installed "
                                               "(pip install 'newscrawl[redis]')")
    import redis

    port = free_port()
    workdir = tmp_path_factory.mktemp("redis")
    process = start_redis_server(REDIS_SERVER, port, workdir)
    url = f"redis://127.0.0.1:{port}/0"
    client = redis.Redis.from_url(url)
    deadline = time.monotonic() + 10
    while True:
        try:
            client.ping()
            break
        except redis.ConnectionError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                pytest.fail(f"redis-server did not start on port {port}")
            time.sleep(0.05)
    yield url
    process.terminate()
    process.wait(timeout=10)


@pytest.fixture
def redis_url(redis_server):
    """The session's Redis, emptied for this test."""
    import redis

    client = redis.Redis.from_url(redis_server)
    client.flushdb()
    yield redis_server
    client.close()


@pytest.fixture
def redis_client(redis_url):
    """A redis-py client of the test's (empty) database."""
    import redis

    client = redis.Redis.from_url(redis_url)
    yield client
    client.close()
