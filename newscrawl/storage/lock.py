"""The output lock: one writer (a crawl or a compaction) per output directory at a time.

The lock is an ``flock`` on ``<output>/.newscrawl.storage.lock``, a file beside the datasets and
never inside ``articles/`` or ``failures/`` (polars reads every file it finds there). The
kernel drops an ``flock`` when its process dies, even by ``kill -9``, so a lock left by a
killed run never blocks the next one: there is no stale lock to detect or remove. The
holder writes its pid, what it is doing and since when into the file, so the process
that is refused can say who holds it.

Within one process the lock is re-entrant: ``scrapy crawl`` takes it before the crawler
starts and the Parquet pipeline, which also takes it (for crawls started another way),
gets the same lock back. It is released when the last holder releases it.
"""

from __future__ import annotations

import datetime as dt
import fcntl
import os
import threading
from pathlib import Path

#: Name of the lock file inside the output directory.
LOCK_FILE = ".newscrawl.storage.lock"

_HELD: dict[str, "OutputLock"] = {}
_HELD_GUARD = threading.Lock()


class OutputLocked(RuntimeError):
    """Another process holds the output lock (its description is in ``holder``)."""

    def __init__(self, output: Path, holder: str):
        self.output = output
        self.holder = holder
        super().__init__(
            f"another newscrawl process is writing to {output} ({holder or 'holder unknown'}); "
            "not starting. It releases the lock when it ends, or when it is killed.")


class OutputLock:
    """A held lock on one output directory; release it with :meth:`release`."""

    def __init__(self, path: Path, handle, purpose: str):
        self.path = path
        self.purpose = purpose
        self._handle = handle
        self._holders = 1

    @property
    def held(self) -> bool:
        """Whether this process still holds the lock."""
        return self._handle is not None

    def release(self) -> None:
        """Give up one hold; the flock goes when the last holder in this process lets go."""
        with _HELD_GUARD:
            if self._handle is None:
                return
            self._holders -= 1
            if self._holders > 0:
                return
            _HELD.pop(str(self.path), None)
            handle, self._handle = self._handle, None
        fcntl.flock(handle, fcntl.LOCK_UN)
        handle.close()

    def __enter__(self) -> "OutputLock":
        return self

    def __exit__(self, *exc) -> None:
        self.release()


def lock_path(output: str | os.PathLike) -> Path:
    """The lock file of an output directory."""
    return Path(output).resolve() / LOCK_FILE


def open_flocked(path: Path, mode: int):
    """The lock file opened and ``flock``-ed with ``mode`` (LOCK_EX or LOCK_SH) without
    waiting; :class:`OutputLocked` naming the holder when that is not possible now.
    Creates the output directory when it does not exist yet."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle = open(path, "a+", encoding="utf-8")  # noqa: SIM115 - held until release
    try:
        fcntl.flock(handle, mode | fcntl.LOCK_NB)
    except BlockingIOError:
        handle.seek(0)
        holder = handle.read().strip()
        handle.close()
        raise OutputLocked(path.parent, holder) from None
    return handle


def acquire_output_lock(output: str | os.PathLike, purpose: str = "newscrawl") -> OutputLock:
    """Take the output lock without waiting; raises :class:`OutputLocked` if it is held.

    Creates the output directory when it does not exist yet.
    """
    path = lock_path(output)
    with _HELD_GUARD:
        held = _HELD.get(str(path))
        if held is not None and held.held:
            held._holders += 1
            return held
        handle = open_flocked(path, fcntl.LOCK_EX)
        handle.seek(0)
        handle.truncate()
        since = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
        handle.write(f"pid {os.getpid()}: {purpose} since {since}\n")
        handle.flush()
        lock = OutputLock(path, handle, purpose)
        _HELD[str(path)] = lock
        return lock


def is_locked(output: str | os.PathLike) -> bool:
    """Whether some process (this one included) holds the output lock right now."""
    path = lock_path(output)
    held = _HELD.get(str(path))
    if held is not None and held.held:
        return True
    if not path.exists():
        return False
    with open(path, "a", encoding="utf-8") as probe:
        try:
            fcntl.flock(probe, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        fcntl.flock(probe, fcntl.LOCK_UN)
    return False
