"""Old dotted paths of modules that moved into subpackages, importable for one release.

Settings name components by dotted path (``ITEM_PIPELINES``, ``EXTENSIONS``,
``DOWNLOADER_MIDDLEWARES``) and notebooks import helpers by module, so the paths of
newscrawl 0.1's flat layout keep working until 0.3: ``import newscrawl.pipelines``
gives the very module object of ``newscrawl.crawl.pipelines`` (one module, not a
copy), with a :class:`DeprecationWarning` naming the new path. The README lists them.
"""

from __future__ import annotations

import importlib
import importlib.abc
import importlib.util
import sys
import warnings

#: Old module path -> new module path (a package moves with everything below it).
MOVED = {
    "newscrawl.article": "newscrawl.model.article",
    "newscrawl.failure": "newscrawl.model.failure",
    "newscrawl.dates": "newscrawl.extract.dates",
    "newscrawl.classify": "newscrawl.extract.classify",
    "newscrawl.dataset": "newscrawl.storage.dataset",
    "newscrawl.spool": "newscrawl.storage.spool",
    "newscrawl.compaction": "newscrawl.storage.compaction",
    "newscrawl.lock": "newscrawl.storage.lock",
    "newscrawl.incremental": "newscrawl.crawl.incremental",
    "newscrawl.pipelines": "newscrawl.crawl.pipelines",
    "newscrawl.extensions": "newscrawl.crawl.extensions",
    "newscrawl.middlewares": "newscrawl.crawl.middlewares",
    "newscrawl.retry": "newscrawl.crawl.retry",
    "newscrawl.workers": "newscrawl.crawl.workers",
    "newscrawl.discovery": "newscrawl.crawl.discovery",
    "newscrawl.outcome": "newscrawl.crawl.outcome",
    "newscrawl.spiders": "newscrawl.crawl.spiders",
    "newscrawl.profiles": "newscrawl.extract.profiles",
    "newscrawl.fleet": "newscrawl.distributed.fleet",
    "newscrawl.frontier": "newscrawl.distributed.frontier",
    "newscrawl.seeds": "newscrawl.distributed.seeds",
    "newscrawl.shared_lock": "newscrawl.distributed.shared_lock",
    "newscrawl.shared_output": "newscrawl.distributed.shared_output",
}


def new_name(old: str) -> str | None:
    """The current path of a module imported by its 0.1 path (None: not moved)."""
    for before, after in MOVED.items():
        if old == before or old.startswith(before + "."):
            return after + old[len(before):]
    return None


class _AliasLoader(importlib.abc.Loader):
    """Loads an old path as the module object of its new path."""

    def __init__(self, old: str, target: str):
        self.old, self.target = old, target

    def create_module(self, spec):
        warnings.warn(f"{self.old} moved to {self.target}; the old path goes in newscrawl 0.3",
                      DeprecationWarning, stacklevel=2)
        module = importlib.import_module(self.target)
        self._spec = module.__spec__
        return module

    def exec_module(self, module) -> None:
        module.__spec__ = self._spec  # the import system wrote the alias's spec over it


class _AliasFinder(importlib.abc.MetaPathFinder):
    """Answers imports of the old paths (first on ``sys.meta_path``, so an old package
    path never loads a second copy of a module from the new package's folder)."""

    def find_spec(self, fullname, path=None, target=None):
        target_name = new_name(fullname)
        if target_name is None:
            return None
        return importlib.util.spec_from_loader(fullname, _AliasLoader(fullname, target_name))


def install() -> None:
    """Put the finder on ``sys.meta_path`` (once)."""
    if not any(isinstance(finder, _AliasFinder) for finder in sys.meta_path):
        sys.meta_path.insert(0, _AliasFinder())
