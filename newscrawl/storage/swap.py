"""Swapping a partition's files for their compacted replacement, atomically, and
finishing a swap that a crash interrupted (see :mod:`newscrawl.storage.compaction`)."""

from __future__ import annotations

import ctypes
import errno
import json
import os
from pathlib import Path

from newscrawl.storage.dataset import fsync_path

#: Staging directories of compactions start with this.
COMPACT_PREFIX = "compact-"
JOURNAL = "journal.json"
_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def is_compaction_dir(path: Path) -> bool:
    """Whether a staging directory belongs to a compaction."""
    return path.name.startswith(COMPACT_PREFIX)


def exchange_dirs(new_dir: Path, part_dir: Path) -> bool:
    """Swap two directories atomically; False when the system cannot."""
    libc = ctypes.CDLL(None, use_errno=True)
    renameat2 = getattr(libc, "renameat2", None)
    if renameat2 is None:
        return False
    result = renameat2(_AT_FDCWD, os.fsencode(new_dir), _AT_FDCWD, os.fsencode(part_dir),
                       _RENAME_EXCHANGE)
    if result != 0:
        code = ctypes.get_errno()
        if code in (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP):
            return False
        raise OSError(code, os.strerror(code), str(part_dir))
    fsync_path(part_dir.parent)
    fsync_path(new_dir.parent)
    return True


def swap_by_journal(stage: Path, new_dir: Path, part_dir: Path, old: list[Path]) -> None:
    """The fallback swap: journal, move the new files in, delete the old ones."""
    journal = {"partition": str(part_dir), "new": sorted(p.name for p in new_dir.iterdir()),
               "old": [p.name for p in old]}
    path = stage / JOURNAL
    path.write_text(json.dumps(journal), encoding="utf-8")
    fsync_path(path)
    fsync_path(stage)
    _roll_forward(journal, new_dir)


def _roll_forward(journal: dict, new_dir: Path) -> None:
    part_dir = Path(journal["partition"])
    for name in journal["new"]:
        if (new_dir / name).exists():
            os.replace(new_dir / name, part_dir / name)
    fsync_path(part_dir)
    for name in journal["old"]:
        (part_dir / name).unlink(missing_ok=True)
    fsync_path(part_dir)


def finish_compaction(stage_dir: Path) -> None:
    """Complete or undo a compaction that a crash interrupted (the caller then removes
    ``stage_dir``): only a journal swap can need finishing."""
    path = stage_dir / JOURNAL
    if not path.exists():
        return  # exchanged already or never: the partition is consistent
    try:
        journal = json.loads(path.read_text(encoding="utf-8"))
    except ValueError:
        return  # torn journal: written before any file moved
    part_dir = Path(journal["partition"])
    if any((part_dir / name).exists() for name in journal["new"]):
        _roll_forward(journal, stage_dir / "new")
