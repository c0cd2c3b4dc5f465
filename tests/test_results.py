"""The result model: JSON round trip, the published JSON Schema, offsets."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

import claimkit
from claimkit.cli import main
from claimkit.results import Analysis, analysis_json_schema

SCHEMA_FILE = Path(claimkit.__file__).parent / "schema" / "analysis.schema.json"


@pytest.fixture(scope="module")
def analysis(analyzer, article):
    return analyzer.analyze(article)


def test_json_round_trip_gives_the_same_analysis(analysis):
    again = Analysis.from_json(analysis.to_json())
    assert again == analysis
    assert json.loads(analysis.to_json(indent=2)) == analysis.to_dict()


def test_json_keeps_cyrillic_and_dutch_letters_readable(analysis):
    text = analysis.to_json()
    assert "Бахмут" in text and "Oekraïne" in text


def test_published_schema_is_up_to_date():
    assert json.loads(SCHEMA_FILE.read_text("utf-8")) == analysis_json_schema(), (
        "regenerate with: make schema"
    )


def test_output_validates_against_the_published_schema(analysis):
    jsonschema.validate(analysis.to_dict(), json.loads(SCHEMA_FILE.read_text("utf-8")))


def test_results_are_frozen(analysis):
    with pytest.raises(Exception, match="frozen"):
        analysis.places[0].start = 3


def test_schema_has_a_place_for_quotes_and_claims():
    properties = analysis_json_schema()["properties"]
    assert {"places", "people", "organisations", "quotes", "claims", "model", "date"} <= set(
        properties
    )


def test_cli_schema_prints_the_schema(capsys):
    assert main(["schema"]) == 0
    assert json.loads(capsys.readouterr().out) == analysis_json_schema()


def test_cli_analyze_prints_json_and_summary(capsys, shared_dir, monkeypatch):
    from conftest import model_path

    monkeypatch.setenv("CLAIMKIT_MODEL", model_path())
    article = str(shared_dir / "articles" / "bachmoet-2022-12.txt")
    assert main(["analyze", "--format", "json", article]) == 0
    result = Analysis.from_json(capsys.readouterr().out)
    assert result.place_counts()["Bakhmut"] == 6
    assert main(["analyze", article]) == 0  # the readable summary by default
    assert "Bakhmut" in capsys.readouterr().out


def test_cli_reports_a_missing_model_as_an_error(capsys, shared_dir):
    article = str(shared_dir / "articles" / "bachmoet-2022-12.txt")
    assert main(["analyze", "--model", "nl_missing_pipeline", article]) == 2
    assert "python -m spacy download nl_core_news_sm" in capsys.readouterr().err
