"""The crawl report: what a crawl (or any dataset) holds, per site, as text and HTML.

Articles per site, field coverage per site (headline, authors, published_at, captions,
body), the distribution of publication dates and the failures by reason, printed to the
log and written as a static HTML page with inline SVG charts into
``<output>/reports/``. A site whose coverage falls against its previous runs is
flagged (see :mod:`newscrawl.report.history`).

Built at the end of every crawl by :class:`newscrawl.crawl.extensions.CrawlReport`, on
demand by ``scrapy report`` or ``python -m newscrawl.report DIR``, or from Python::

    from newscrawl.report import build_report
    report = build_report("output")
    print(report.text, report.path)
"""

from newscrawl.report.build import Report, build_report, reports_dir
from newscrawl.report.history import CoverageDrop, find_drops, load_history
from newscrawl.report.summary import COVERAGE_FIELDS, SiteSummary, Summary, summarise

__all__ = ["build_report", "Report", "reports_dir", "summarise", "Summary", "SiteSummary",
           "COVERAGE_FIELDS", "CoverageDrop", "find_drops", "load_history"]
