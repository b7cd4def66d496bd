"""examples/analysis.ipynb: committed without outputs, and it runs top to bottom (nbclient)
on a real demo crawl, its three readers agree and it draws its plot."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.run_helpers import demo_crawl_copy

nbformat = pytest.importorskip("nbformat", reason="nbformat not installed (pip install nbformat)")
nbclient = pytest.importorskip("nbclient", reason="nbclient not installed (pip install nbclient)")
pytest.importorskip("ipykernel", reason="ipykernel not installed (pip install ipykernel)")
pytest.importorskip("matplotlib", reason="matplotlib not installed (pip install matplotlib)")

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOK = ROOT / "examples" / "analysis.ipynb"


def test_notebook_is_committed_without_outputs():
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    nbformat.validate(notebook)
    code = [cell for cell in notebook.cells if cell.cell_type == "code"]
    assert code and all(not cell.outputs and cell.execution_count is None for cell in code)


@pytest.fixture(scope="module")
def demo_output(demo_crawl_once, tmp_path_factory):
    """A demo crawl (the session's, tests/conftest.py), copied into a temporary output folder."""
    return demo_crawl_copy(demo_crawl_once, tmp_path_factory, "notebook-demo")[0]


def _texts(cell) -> str:
    parts = []
    for output in cell.get("outputs", []):
        if output.output_type == "stream":
            parts.append(output.text)
        elif "data" in output:
            parts.append(output.data.get("text/plain", ""))
    return "".join(parts)


def test_notebook_runs_on_a_demo_crawl(demo_output, monkeypatch, tmp_path):
    monkeypatch.setenv("NEWSCRAWL_OUTPUT", str(demo_output))
    monkeypatch.delenv("NEWSCRAWL_SITE", raising=False)
    monkeypatch.delenv("NEWSCRAWL_SINCE", raising=False)
    monkeypatch.setenv("MPLBACKEND", "module://matplotlib_inline.backend_inline")
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    client = nbclient.NotebookClient(notebook, timeout=180, kernel_name="python3",
                                     resources={"metadata": {"path": str(tmp_path)}})
    client.execute()  # raises CellExecutionError on the first failing cell
    code = [cell for cell in notebook.cells if cell.cell_type == "code"]
    everything = "\n".join(_texts(cell) for cell in code)
    assert "rows; site '127.0.0.1'" in everything
    assert "the same in pandas, polars and DuckDB" in everything
    counted = int(everything.split(" articles on ")[0].rsplit("\n", 1)[-1])
    assert counted >= 3
    images = [output for cell in code for output in cell.outputs
              if "data" in output and "image/png" in output.data]
    assert len(images) == 1 and len(images[0].data["image/png"]) > 1000
    assert "crawl report for" in everything
    assert list((demo_output / "reports").glob("report-*.html"))
