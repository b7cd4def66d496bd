"""``python -m newscrawl.testsite`` with --generate, --corpus, --site and --faults, over real HTTP."""

from __future__ import annotations

import json
import re
import signal
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

import pytest

from .helpers import as_host, http_request, xml_root
from tests import processes

PROJECT_ROOT = Path(__file__).resolve().parents[2]
KYIV_ROOT = PROJECT_ROOT / "tests" / "fixtures" / "sites" / "kyivindependent"
ZYTE = PROJECT_ROOT.parent / "shared" / "corpora" / "zyte"


@contextmanager
def serving(*args):
    """Run the command line, yield (base URL, first lines), stop it with SIGTERM."""
    process = processes.popen([sys.executable, "-m", "newscrawl.testsite", "--port", "0", *args],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                              cwd=PROJECT_ROOT)
    try:
        first = process.stdout.readline()
        match = re.match(r"serving (http://127\.0\.0\.1:\d+/) from (.+)$", first.strip())
        assert match, first + process.stderr.read()
        extra = process.stdout.readline() if "--site" in args else ""
        yield match.group(1), first, extra
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=10) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        process.stdout.close()
        process.stderr.close()


class Address:
    """A stand-in with what helpers.as_host needs from a TestSite."""

    def __init__(self, base):
        self.base = base

    def url(self, path):
        return self.base.rstrip("/") + path


def test_generate_with_faults_and_a_virtual_host():
    args = ("--generate", "1200", "--seed", "5", "--faults", "503:paths=/feed/,first=1",
            "--site", f"kyivindependent.com={KYIV_ROOT}")
    with serving(*args) as (base, first, host_line):
        assert "1200 generated articles (seed 5)" in first
        host_map = json.loads(host_line.removeprefix("host map "))
        assert host_map == {"kyivindependent.com": base[len("http://"):-1]}
        _, _, index = http_request(base + "sitemap.xml")
        assert len(xml_root(index)) == 3  # two article parts and the pages sitemap
        assert [http_request(base + "feed/")[0] for _ in range(2)] == [503, 200]
        status, _, body = as_host(Address(base), "kyivindependent.com", "/robots.txt")
        assert status == 200 and "https://kyivindependent.com/sitemap.xml" in body.decode()


def test_corpus():
    if not ZYTE.is_dir():
        pytest.skip(f"{ZYTE} not present (../shared is absent)")
    with serving("--corpus", str(ZYTE)) as (base, first, _):
        assert str(ZYTE) in first
        _, _, robots = http_request(base + "robots.txt")
        assert f"Sitemap: {base}sitemap_index.xml" in robots.decode()
        assert http_request(base + "old/1/")[0] == 301


@pytest.mark.parametrize("args, message", [
    (("--faults", "teapot"), "unknown fault kind"),
    (("--corpus", "/nonexistent-corpus"), "ground-truth.json"),
    (("--site", "no-equals-sign"), "HOST=DIR"),
])
def test_bad_arguments_exit_2(args, message):
    result = processes.run([sys.executable, "-m", "newscrawl.testsite", *args],
                           capture_output=True, text=True, timeout=30, cwd=PROJECT_ROOT)
    assert result.returncode == 2
    assert message in result.stderr
