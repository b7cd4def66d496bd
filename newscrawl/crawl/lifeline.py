"""Extraction processes die with their crawl, even when the crawl is killed with SIGKILL.

The extraction pool runs in a forkserver (a child of the crawl) and workers forked from
it (children of the forkserver), so a crawl that is killed outright leaves both behind
unless they watch it. Three ties, all Linux-only and harmless elsewhere:

* the crawl tags every process it starts with its own pid in the environment
  (``NEWSCRAWL_CRAWL_PID``: visible in ``/proc/PID/environ``, so a supervisor or a test
  can find what belongs to a crawl);
* the forkserver asks the kernel for SIGKILL when its parent (the crawl) dies
  (``prctl(PR_SET_PDEATHSIG)``, set when it starts: :mod:`newscrawl.crawl.forkserver_tie`);
* each worker asks the same of its parent (the forkserver) and also watches the crawl
  itself through a pidfd, exiting as soon as the crawl is gone.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import select
import signal
import threading

#: Environment variable holding the pid of the crawl a process belongs to.
CRAWL_PID_VARIABLE = "NEWSCRAWL_CRAWL_PID"

#: prctl(2) option: the signal the kernel sends when the parent thread dies.
PR_SET_PDEATHSIG = 1


def tag_children() -> None:
    """Tag the processes this (crawl) process starts from now on with its pid."""
    os.environ[CRAWL_PID_VARIABLE] = str(os.getpid())


def crawl_pid() -> int | None:
    """The pid of the crawl this process belongs to (None: not tagged)."""
    value = os.environ.get(CRAWL_PID_VARIABLE, "")
    return int(value) if value.isdigit() else None


def kill_me_with_parent() -> bool:
    """Ask the kernel to SIGKILL this process when its parent dies (False: not possible
    here, e.g. not Linux)."""
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        return libc.prctl(PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False


def _wait_then_exit(pidfd: int) -> None:
    poller = select.poll()
    poller.register(pidfd, select.POLLIN)
    while not poller.poll():
        pass
    os._exit(1)


def exit_with_crawl() -> None:
    """Exit this process as soon as the crawl it belongs to has ended (a daemon thread
    waiting on a pidfd of the crawl); exit now when the crawl is already gone."""
    pid = crawl_pid()
    if pid is None or pid == os.getpid() or not hasattr(os, "pidfd_open"):
        return
    try:
        pidfd = os.pidfd_open(pid)
    except ProcessLookupError:
        os._exit(1)
    except OSError:
        return  # pidfds not supported by this kernel: the parent-death signal remains
    threading.Thread(target=_wait_then_exit, args=(pidfd,), name="newscrawl-lifeline",
                     daemon=True).start()


def bind_forkserver() -> None:
    """In the pool's forkserver: die with the crawl that started it."""
    if crawl_pid() is None:
        return
    kill_me_with_parent()
    if os.getppid() != crawl_pid():
        os._exit(1)  # the crawl died before the tie was made


def bind_worker() -> None:
    """In an extraction worker: die with the forkserver and with the crawl."""
    kill_me_with_parent()
    exit_with_crawl()
