"""Processes a test starts die with the test run, also a run killed with SIGKILL.

Every process the tests start (crawls, test-site servers, fleet workers, lock holders,
command-line runs) goes through :func:`run` or :func:`popen`, which start it as
:mod:`subprocess` does and, in the child before it executes, ask the kernel to SIGKILL it
when the process that started it dies (``prctl(PR_SET_PDEATHSIG)``, through
:func:`newscrawl.crawl.lifeline.kill_me_with_parent`; Linux only, a no-op elsewhere).
A test session killed outright then leaves nothing running: a server waiting for
requests or a worker waiting for work would otherwise outlive it.

The signal follows the *thread* that started the child: start processes from the test's
own thread, not from a short-lived helper thread.
"""

from __future__ import annotations

import subprocess
from typing import Any

from newscrawl.crawl.lifeline import kill_me_with_parent


def alive(pid: int) -> bool:
    """True while the process ``pid`` runs (a zombie, dead but not yet reaped, is not)."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as stat:
            return stat.read().rsplit(b")", 1)[1].split()[0] != b"Z"
    except OSError:
        return False


def run(args: Any, **options: Any) -> subprocess.CompletedProcess:
    """:func:`subprocess.run`, the child tied to this process's life."""
    return subprocess.run(args, preexec_fn=kill_me_with_parent, **options)


def popen(args: Any, **options: Any) -> subprocess.Popen:
    """:class:`subprocess.Popen`, the child tied to this process's life."""
    return subprocess.Popen(args, preexec_fn=kill_me_with_parent, **options)
