"""Write examples/explore.ipynb from the cells below and execute it, keeping its outputs.

    CLAIMKIT_MODEL=../shared/models/nl_ud_sm python scripts/make_notebook.py

The committed notebook keeps its outputs so that it reads well on a code host; the test suite
executes it again headlessly (tests/test_notebook.py). Edit the cells here, not in the
notebook, and run this script again.
"""

from __future__ import annotations

import logging
from pathlib import Path

import nbformat
from nbclient import NotebookClient

REPO = Path(__file__).resolve().parents[1]
NOTEBOOK = REPO / "examples" / "explore.ipynb"

CELLS: list[tuple[str, str]] = [
    ("markdown", """# Exploring claimkit's results

Where an article happens, who says what, and which numbers nobody has checked: this notebook
analyses one article, shows it marked up, puts its results in tables and on a map, then runs a
small batch over a folder of articles and charts their claims.

claimkit loads the Dutch pipeline named by `CLAIMKIT_MODEL`, else `nl_core_news_sm`
(`python -m spacy download nl_core_news_sm`). Tables, maps and charts need the `notebook` extra:
`pip install "claimkit-nl[notebook]"`."""),
    ("code", """import os
from pathlib import Path

import claimkit
from claimkit import batch
from claimkit.outputs.charts import claims_chart
from claimkit.outputs.maps import place_map

analyzer = claimkit.load()
shared = Path(os.environ.get("CLAIMKIT_SHARED", "../../shared"))
article = shared / "articles" / "bachmoet-2022-12.txt"
if not article.exists():  # without ../shared: an example article of our own
    article = Path("articles/2023-05-bachmoet.txt")
analyzer"""),
    ("markdown", """## One article, at a glance

An `Analysis` shows itself as the article with its places (green), people (blue) and
organisations (pink) marked, quotes underlined by kind with their speaker in a label, and
claims with a status badge: flagged figures (unverified, hedged, disputed, attributed) stand
out in red. Hover over a mark for its record, method and score. Under the text, the linked
records."""),
    ("code", """analysis = analyzer.analyze(article.read_text(encoding="utf-8"))
analysis"""),
    ("markdown", "Its short `repr`, for when you print it:"),
    ("code", "print(repr(analysis))"),
    ("markdown", """## Tables

`to_frame` gives one pandas row per item: `places`, `people`, `organisations`, `quotes` or
`claims`."""),
    ("code", """quotes = analysis.to_frame("quotes")
quotes[["kind", "speaker", "speaker_mention", "cue", "confidence", "text"]]"""),
    ("code", """analysis.to_frame("claims")[
    ["text", "value", "counted", "category", "claimant", "status", "flagged", "evidence"]
]"""),
    ("code", """places = analysis.to_frame("places")
places[["text", "name", "kind", "country", "lat", "lon", "method"]].head(8)"""),
    ("markdown", """## On a map

Each circle is a linked place, sized by how often the article names it; click one for the
sentences that name it. The page works offline (Leaflet is inlined, country outlines are
bundled); map tiles show when there is a network."""),
    ("code", "place_map(analysis)"),
    ("markdown", """## A folder of articles

`batch.run` yields every article's result in order, an `ArticleError` for a file it cannot
read. The folder `articles/` holds ten short example articles of our own (2022–2024)."""),
    ("code", """results = list(batch.run("articles", analyzer=analyzer))
articles = batch.to_frame(results, "articles")
columns = ["article_id", "date", "status", "places", "people", "quotes", "claims"]
articles[[*columns, "flagged_claims"]]"""),
    ("code", """claims = batch.to_frame(results, "claims")
claims.groupby(["category", "status"]).size().unstack(fill_value=0)"""),
    ("markdown", """### Claims over time and by claimant

Figures per category and month, and per claimant (the newspaper's own figures apart);
flagged ones hatched."""),
    ("code", """figure = claims_chart(claims, title="Claims in the example articles")"""),
    ("markdown", "### Every place the folder names"),
    ("code", """analysed = [(s, r) for s, r in results if isinstance(r, claimkit.Analysis)]
place_map([r for _, r in analysed], labels=[Path(s.path).stem for s, _ in analysed])"""),
    ("markdown", """A batch over thousands of files is better run from the command line, which
resumes after an interruption and writes JSONL, CSV or Parquet:
`claimkit batch articles/ -o out.jsonl` (see `docs/batch.md`);
`batch.to_frame("out.jsonl", "claims")` reads its output back."""),
]  # fmt: skip


def build() -> nbformat.NotebookNode:
    notebook = nbformat.v4.new_notebook()
    notebook.metadata["kernelspec"] = {
        "name": "python3", "display_name": "Python 3", "language": "python",
    }  # fmt: skip
    notebook.metadata["language_info"] = {"name": "python"}
    for kind, source in CELLS:
        cell = nbformat.v4.new_markdown_cell if kind == "markdown" else nbformat.v4.new_code_cell
        notebook.cells.append(cell(source))
    return notebook


def execute(notebook: nbformat.NotebookNode, timeout: int = 600) -> nbformat.NotebookNode:
    """Run every cell in a fresh kernel in examples/; raises on the first error."""
    NotebookClient(
        notebook, timeout=timeout, kernel_name="python3",
        resources={"metadata": {"path": str(NOTEBOOK.parent)}},
    ).execute()  # fmt: skip
    return notebook


def main() -> None:
    logging.basicConfig(level=logging.INFO)
    notebook = execute(build())
    for cell in notebook.cells:  # stable files: no execution timestamps
        cell.get("metadata", {}).pop("execution", None)
    nbformat.write(notebook, NOTEBOOK)
    logging.info("wrote %s", NOTEBOOK.relative_to(REPO))


if __name__ == "__main__":
    main()
