"""The example notebook runs headless from start to end, and shows what it says it shows."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from conftest import REPO, SHARED, model_path

nbformat = pytest.importorskip("nbformat")
pytest.importorskip("nbclient")
pytestmark = pytest.mark.model

NOTEBOOK = REPO / "examples" / "explore.ipynb"


def test_the_example_notebook_runs_without_error_and_renders_its_results(monkeypatch):
    from nbclient import NotebookClient

    model = Path(model_path())  # the kernel runs in examples/: a relative folder must be resolved
    monkeypatch.setenv("CLAIMKIT_MODEL", str(model.resolve()) if model.exists() else str(model))
    monkeypatch.setenv("CLAIMKIT_SHARED", str(SHARED))
    monkeypatch.setenv(
        "PYTHONPATH", os.pathsep.join([str(REPO / "src"), os.environ.get("PYTHONPATH", "")])
    )
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    committed = [cell.get("outputs", []) for cell in notebook.cells if cell.cell_type == "code"]
    assert all(committed), "the committed notebook keeps every cell's output"
    NotebookClient(
        notebook,
        timeout=300,
        kernel_name="python3",
        resources={"metadata": {"path": str(NOTEBOOK.parent)}},
    ).execute()  # fmt: skip  (raises CellExecutionError on any error)
    outputs = [cell.outputs for cell in notebook.cells if cell.cell_type == "code"]
    html = [
        o["data"]["text/html"] for cell in outputs for o in cell if "text/html" in o.get("data", {})
    ]
    article = html[0]
    assert 'class="ck-quote ck-direct' in article and "ck-flagged" in article
    assert "Volodymyr Zelensky" in article
    assert any("leaflet" in page.lower() and "circle" in page.lower() for page in html)
    images = [o for cell in outputs for o in cell if "image/png" in o.get("data", {})]
    assert len(images) == 1  # the claims chart
    errors = [o for cell in outputs for o in cell if o.get("output_type") == "error"]
    assert not errors
