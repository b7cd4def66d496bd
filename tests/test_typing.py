"""The package type-checks: mypy, at its default strictness, over ``newscrawl/`` (the
configuration, and the few dependencies it may not follow, are in pyproject.toml)."""

from __future__ import annotations

import sys
from pathlib import Path
from tests import processes

ROOT = Path(__file__).resolve().parents[1]


def test_mypy_finds_no_errors_in_the_package(tmp_path):
    checked = processes.run([sys.executable, "-m", "mypy", "--cache-dir", str(tmp_path)],
                            cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert "No module named mypy" not in checked.stderr, "install the test extra: mypy"
    assert checked.returncode == 0, checked.stdout[-6000:] + checked.stderr[-2000:]
    assert "Success: no issues found" in checked.stdout


def test_the_package_says_it_is_typed():
    assert (ROOT / "newscrawl" / "py.typed").is_file()
    assert '"newscrawl" = ["py.typed"]' in (ROOT / "pyproject.toml").read_text(encoding="utf-8")
