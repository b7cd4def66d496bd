"""benchmarks/beside.py: a revision's package exported under another name imports itself."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from benchmarks.beside import BASE_PACKAGE, export_revision

ROOT = Path(__file__).resolve().parents[2]


def test_the_exported_package_imports_only_itself(tmp_path):
    if subprocess.run(["git", "-C", str(ROOT), "rev-parse", "HEAD"], capture_output=True).returncode:
        pytest.skip("not a git checkout")
    package = export_revision("HEAD", tmp_path)
    assert package == tmp_path / BASE_PACKAGE and (package / "__init__.py").exists()
    sources = [path.read_text(encoding="utf-8") for path in package.rglob("*.py")]
    assert not any(re.search(r"\b(?:from|import) newscrawl\b", s) for s in sources)
    # the copy runs beside the tree's package (its own modules, not the tree's)
    check = ("import sys; sys.path.insert(0, sys.argv[1]); import nc_base.extract.extractor as e; "
             "print(e.__file__)")
    out = subprocess.run([__import__("sys").executable, "-c", check, str(tmp_path)],
                         capture_output=True, text=True, check=True).stdout
    assert out.strip().startswith(str(package))
