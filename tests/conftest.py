"""Fixtures shared across the test directories.

``demo_crawl_once``: one ``scrapy crawl demo`` (the project's settings, the crawl report
on) into a temporary output folder, run the first time a test asks for it. The tests that
only need a finished demo crawl's output (tests/crawl/spiders/test_demo_crawl.py,
tests/report/test_report_browser.py, tests/test_notebook.py) each take a copy of it
(:func:`tests.run_helpers.demo_crawl_copy`) instead of crawling the demo site themselves.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests import processes

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def demo_crawl_once(tmp_path_factory) -> tuple[Path, subprocess.CompletedProcess]:
    """(output folder, finished process) of the session's one demo crawl; never written to."""
    out = tmp_path_factory.mktemp("demo-crawl") / "out"
    exe = Path(sys.executable).with_name("scrapy")
    result = processes.run([str(exe), "crawl", "demo", "-s", f"NEWSCRAWL_OUTPUT={out}",
                            "-s", "LOG_LEVEL=INFO"], cwd=ROOT, capture_output=True, text=True,
                           timeout=180, env={**os.environ, "PYTHONUNBUFFERED": "1"})
    assert result.returncode == 0, result.stderr[-4000:]
    return out, result
