"""The crawl report of a demo crawl, rendered by headless Chromium: every chart is laid out
with a non-zero size and its shapes are drawn (DOM measurement), and the screenshot shows
them (pixels of the chart colours).

Needs Debian's ``chromium`` package (``apt-get install -y chromium``); skipped without it.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from newscrawl.model.failure import Failure
from newscrawl.report import build_report
from newscrawl.report.svg import BAR_COLOUR, FAILURE_COLOUR
from tests.report.test_report import write_dataset
from tests import processes
from tests.run_helpers import demo_crawl_copy

ROOT = Path(__file__).resolve().parents[2]
BROWSERS = ("chromium", "chromium-browser", "google-chrome")
BROWSER = next((shutil.which(name) for name in BROWSERS if shutil.which(name)), None)

pytestmark = pytest.mark.skipif(
    BROWSER is None, reason="headless Chromium not installed (apt-get install -y chromium)")

#: Measures every chart once the page is laid out and writes the figures into the DOM,
#: where --dump-dom shows them. Injected into a copy of the page only: the report itself
#: has no JavaScript.
MEASURE = """<script>
const charts = [...document.querySelectorAll("svg.chart")].map(svg => {
  const box = svg.getBoundingClientRect();
  const drawn = [...svg.querySelectorAll("rect.bar, rect.cell, rect.column")]
    .filter(shape => { const b = shape.getBoundingClientRect(); return b.width > 0 && b.height > 0; });
  return {chart: svg.getAttribute("class"), width: box.width, height: box.height, shapes: drawn.length};
});
const out = document.createElement("pre");
out.id = "measured";
out.textContent = JSON.stringify(charts);
document.body.appendChild(out);
</script>"""


def chromium(*args: str, profile: Path, timeout: int = 90) -> subprocess.CompletedProcess:
    """Run headless Chromium with a throw-away profile and no background traffic."""
    command = [BROWSER, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
               "--no-first-run", "--disable-background-networking", "--disable-component-update",
               "--disable-sync", "--disable-extensions", "--hide-scrollbars",
               f"--user-data-dir={profile}", *args]
    return processes.run(command, capture_output=True, text=True, timeout=timeout)


@pytest.fixture(scope="module")
def report_page(demo_crawl_once, tmp_path_factory):
    """The report of a demo crawl (plus two failure rows, so every chart has data): the
    session's demo crawl (tests/conftest.py), copied without the report it built itself."""
    out, _ = demo_crawl_copy(demo_crawl_once, tmp_path_factory, "browser-demo")
    shutil.rmtree(out / "reports")  # as crawled with NEWSCRAWL_REPORT=0
    write_dataset(out, failures=[
        Failure(url="http://127.0.0.1/missing", stage="fetch", error_type="HttpError", http_status=404),
        Failure(url="http://127.0.0.1/feed", stage="discovery", error_type="ParseError")])
    return build_report(out, log_text=False).path


def test_every_chart_is_laid_out_and_drawn(report_page, tmp_path):
    page = tmp_path / "measured.html"
    page.write_text(report_page.read_text(encoding="utf-8").replace("</body>", MEASURE + "</body>"),
                    encoding="utf-8")
    result = chromium("--dump-dom", page.as_uri(), profile=tmp_path / "profile")
    match = re.search(r'<pre id="measured">(.*?)</pre>', result.stdout, re.S)
    assert match, result.stderr[-2000:]
    charts = {c["chart"]: c for c in json.loads(match.group(1).replace("&quot;", '"'))}
    assert set(charts) == {"chart bars sites", "chart coverage", "chart days", "chart bars failures"}
    for chart in charts.values():
        assert chart["width"] > 100 and chart["height"] > 20, chart
        assert chart["shapes"] > 0, chart
    assert charts["chart coverage"]["shapes"] == 2 * 5  # (all sites) + one site, five fields
    assert charts["chart bars failures"]["shapes"] == 2


def _pixels_near(image, colour: str, tolerance: int = 12) -> int:
    red, green, blue = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    return sum(count for count, (r, g, b) in image.getcolors(maxcolors=1 << 24)
               if abs(r - red) <= tolerance and abs(g - green) <= tolerance and abs(b - blue) <= tolerance)


def test_screenshot_shows_the_charts(report_page, tmp_path):
    image_module = pytest.importorskip("PIL.Image", reason="Pillow needed to read the screenshot")
    shot = tmp_path / "report.png"
    result = chromium("--window-size=1000,2600", f"--screenshot={shot}", report_page.as_uri(),
                      profile=tmp_path / "profile")
    assert shot.is_file() and shot.stat().st_size > 10_000, result.stderr[-2000:]
    image = image_module.open(shot).convert("RGB")
    assert _pixels_near(image, BAR_COLOUR) > 3000     # site bars and date columns
    assert _pixels_near(image, FAILURE_COLOUR) > 500  # failure bars
    assert _pixels_near(image, "#43a069") > 3000      # full-coverage cells
