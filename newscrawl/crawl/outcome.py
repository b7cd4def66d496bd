"""How a run ended, for cron: the exit code and the one-line summary.

Exit codes of ``scrapy crawl`` (and ``python -m newscrawl`` / ``scrapy compact``):

===  =================================================================================
0    done (also when every article was already in the dataset and nothing was new)
1    Scrapy's own errors: the spider could not start, bad arguments, a crash
3    no articles found: nothing fetched, nothing skipped as already seen
4    failures above ``NEWSCRAWL_MAX_FAILURE_RATIO`` of the pages tried
5    interrupted: the crawl was stopped (SIGTERM / Ctrl-C) before it finished
75   the output lock is held by another crawl or compaction (EX_TEMPFAIL: try later)
===  =================================================================================
"""

from __future__ import annotations

from dataclasses import dataclass

from newscrawl import defaults, stats as keys
from newscrawl.model.check import NEW, UNCHANGED, UPDATED
from newscrawl.storage.dataset import ARTICLES

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_NO_ARTICLES = 3
EXIT_TOO_MANY_FAILURES = 4
EXIT_INTERRUPTED = 5
EXIT_LOCKED = 75


@dataclass(frozen=True)
class RunSummary:
    """The counts of one crawl."""

    new: int = 0
    updated: int = 0
    unchanged: int = 0
    failed: int = 0
    skipped: int = 0
    non_articles: int = 0
    recovered: int = 0
    seconds: float = 0.0
    finish_reason: str | None = None

    @classmethod
    def from_stats(cls, stats: dict) -> "RunSummary":
        """The summary of a crawl from its Scrapy stats."""
        def count(key: str) -> int:
            return int(stats.get(key) or 0)

        return cls(
            new=count(keys.article_outcome(NEW)),
            updated=count(keys.article_outcome(UPDATED)),
            unchanged=count(keys.article_outcome(UNCHANGED)),
            failed=count(keys.FAILURES_WRITTEN),
            skipped=keys.family(stats, keys.SKIPPED),
            non_articles=keys.family(stats, keys.NON_ARTICLE),
            recovered=count(keys.recovered(ARTICLES)),
            seconds=float(stats.get("elapsed_time_seconds") or 0.0),
            finish_reason=stats.get("finish_reason"),
        )

    @property
    def fetched(self) -> int:
        """Article pages fetched and extracted (whatever their outcome)."""
        return self.new + self.updated + self.unchanged

    @property
    def failure_ratio(self) -> float:
        """failed / (fetched + failed); 0 when nothing was tried."""
        tried = self.fetched + self.failed
        return self.failed / tried if tried else 0.0

    def line(self) -> str:
        """The summary line, e.g. ``newscrawl summary: new=12 updated=3 ...``."""
        rate = self.fetched / self.seconds if self.seconds > 0 else 0.0
        return (f"newscrawl summary: new={self.new} updated={self.updated} "
                f"unchanged={self.unchanged} failed={self.failed} skipped={self.skipped} "
                f"non_articles={self.non_articles} recovered={self.recovered} ({rate:.1f} articles/s in {self.seconds:.0f} s, "
                f"{self.finish_reason or 'not finished'})")


def exit_code(summary: RunSummary, *,
              max_failure_ratio: float = defaults.NEWSCRAWL_MAX_FAILURE_RATIO,
              crashed: bool = False, fleet_worker: bool = False) -> int:
    """The exit code of a crawl with this summary (see the module table).

    A worker of a distributed fleet that found the shared frontier drained by the others
    has done its part: "no articles found" is a fleet's figure, not one worker's.
    """
    if crashed:
        return EXIT_ERROR
    if summary.finish_reason == "shutdown":
        return EXIT_INTERRUPTED
    if summary.failed and summary.failure_ratio > max_failure_ratio:
        return EXIT_TOO_MANY_FAILURES
    if summary.fetched + summary.skipped == 0 and not fleet_worker:
        return EXIT_NO_ARTICLES
    return EXIT_OK
