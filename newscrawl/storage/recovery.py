"""Recovery: publish what killed runs spooled and finish their interrupted compactions.

Called, holding the output lock, by every crawl and compaction before it writes.
"""

from __future__ import annotations

import fcntl
import os
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path

from newscrawl.storage.dataset import (
    LOCK_NAME,
    STAGING,
    UNLOCKED_GRACE_SECONDS,
    WriterOptions,
    publish_spool,
)
from newscrawl.storage.spool import SPOOL_SUFFIX
from newscrawl.storage.swap import finish_compaction, is_compaction_dir


def _is_abandoned(run_dir: Path) -> bool:
    """Whether no live process holds the staging directory's lock."""
    lock_path = run_dir / LOCK_NAME
    if not lock_path.exists():
        return time.time() - run_dir.stat().st_mtime > UNLOCKED_GRACE_SECONDS
    with open(lock_path, "a") as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        fcntl.flock(lock, fcntl.LOCK_UN)
        return True


@dataclass
class Recovery:
    """What :func:`recover_abandoned_runs` did."""

    runs: list[str] = field(default_factory=list)
    rows: dict[str, int] = field(default_factory=dict)
    files: list[Path] = field(default_factory=list)
    torn_records: int = 0

    def __bool__(self) -> bool:
        return bool(self.runs)


def recover_abandoned_runs(output_dir: str | os.PathLike,
                           options: WriterOptions | None = None) -> Recovery:
    """Publish what dead runs spooled, finish or undo interrupted compactions, and
    remove their staging directories.

    Each spool is published into files named after it (skipping partitions whose file
    already exists), so a recovery interrupted by another crash and run again never
    publishes a row twice. Call it holding the output lock (:mod:`newscrawl.storage.lock`).
    """
    output = Path(output_dir)
    staging = output / STAGING
    done = Recovery()
    if not staging.is_dir():
        return done
    for run_dir in sorted(staging.iterdir()):
        if not run_dir.is_dir() or not _is_abandoned(run_dir):
            continue
        if is_compaction_dir(run_dir):
            finish_compaction(run_dir)
        else:
            for dataset_dir in sorted(p for p in run_dir.iterdir() if p.is_dir()):
                for spool in sorted(dataset_dir.glob("*" + SPOOL_SUFFIX)):
                    result = publish_spool(spool, output / dataset_dir.name, dataset_dir,
                                           options or WriterOptions())
                    done.rows[dataset_dir.name] = done.rows.get(dataset_dir.name, 0) + result.rows
                    done.files += result.files
                    done.torn_records += int(result.torn)
        shutil.rmtree(run_dir, ignore_errors=True)
        done.runs.append(run_dir.name)
    return done


def clean_abandoned_staging(output_dir: str | os.PathLike) -> list[Path]:
    """Recover and remove the staging directories of dead runs; returns their paths."""
    output = Path(output_dir)
    return [output / STAGING / run for run in recover_abandoned_runs(output).runs]
