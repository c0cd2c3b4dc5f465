"""Batch results as DataFrames, and the claims chart."""

from __future__ import annotations

import pytest

from claimkit import Analysis, InvalidInputError, batch
from claimkit.outputs.rows import COLUMNS
from test_batch_runs import many_articles
from test_batch_sources import mixed_folder

pd = pytest.importorskip("pandas")
pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def results(analyzer, tmp_path_factory):
    folder = mixed_folder(tmp_path_factory.mktemp("frames"))
    return list(batch.run(folder, analyzer=analyzer))


def test_item_tables_have_one_row_per_item_with_article_id_and_date(results):
    claims = batch.to_frame(results, "claims")
    assert list(claims.columns) == ["article_id", "date", *COLUMNS["claims"][1:]]
    analyses = {str(s): r for s, r in results if isinstance(r, Analysis)}
    assert len(claims) == sum(len(a.claims) for a in analyses.values())
    for row in claims.itertuples():
        analysis = analyses[row.article_id]
        assert analysis.text[row.start : row.end] == row.text
        assert row.date == analysis.date or (row.date is None and analysis.date is None)


def test_the_articles_table_counts_items_and_keeps_errors(results):
    articles = batch.to_frame(results, "articles")
    assert len(articles) == len(results) == 16
    errors = articles[articles["status"] == "error"]
    assert sorted(errors["error_reason"]) == sorted(
        ["binary", "empty", "too_large", "bad_json", "no_text", "bad_date"]
    )
    bakhmut = articles[articles["article_id"].str.endswith("a.txt")].iloc[0]
    assert bakhmut["places"] == 1 and bakhmut["date"] == "2022-12"


def test_a_jsonl_output_file_gives_the_same_tables(results, analyzer, tmp_path):
    folder = many_articles(tmp_path / "in", 8)
    out = tmp_path / "out.jsonl"
    batch.write(folder, out, analyzer=analyzer)
    from_file = batch.to_frame(out, "places")
    from_run = batch.to_frame(batch.run(folder, analyzer=analyzer), "places")
    pd.testing.assert_frame_equal(from_file, from_run)
    assert set(from_file["name"]) >= {"Bakhmut", "Brussels", "Kharkiv"}
    assert batch.to_frame(out, "articles")["sha256"].notna().all()


def test_an_unknown_table_is_refused(results):
    with pytest.raises(InvalidInputError, match="no table 'cities'"):
        batch.to_frame(results, "cities")


def test_the_claims_chart_shows_categories_over_time_and_by_claimant(analyzer, tmp_path):
    pytest.importorskip("matplotlib")
    import matplotlib

    matplotlib.use("Agg")
    from claimkit.outputs.charts import NEWSPAPER, claims_chart

    folder = many_articles(tmp_path / "in", 24)
    claims = batch.to_frame(batch.run(folder, analyzer=analyzer), "claims")
    figure = claims_chart(claims, title="test")
    over_time, by_claimant = figure.axes
    months = {label.get_text() for label in over_time.get_xticklabels()}
    assert "2023-01" in months and "2023-12" in months
    heights = sum(patch.get_height() for patch in over_time.patches)
    assert heights == len(claims.dropna(subset=["date"]))
    claimants = {label.get_text() for label in by_claimant.get_yticklabels()}
    assert NEWSPAPER in claimants or claims["claimant"].notna().all()
    assert any(patch.get_hatch() == "//" for patch in over_time.patches) == claims["flagged"].any()
    legend = {text.get_text() for text in figure.legends[0].get_texts()}
    assert set(claims["category"]) <= legend and "flagged" in legend
    with pytest.raises(InvalidInputError, match="lacks"):
        claims_chart(claims.drop(columns=["date"]))
