"""What a new user sees first: the summary, the repr, the public names."""

from __future__ import annotations

import pytest

import claimkit
from claimkit.outputs import summary

pytestmark = pytest.mark.model


def test_summary_counts_in_the_right_number_and_lists_quotes(analyzer, article):
    one = summary(analyzer.analyze("Zelenski sprak."))
    assert "people (1 mention)" in one and "(1 mentions)" not in one
    report = summary(analyzer.analyze(article))
    assert "quotes (4 statements, 1 term):" in report
    assert "date 2022-12" not in report.split("\n", 1)[1]


def test_repr_is_short_and_says_what_was_found(analyzer, article):
    text = repr(analyzer.analyze(article))
    assert len(text) < 200
    assert "places=18" in text and "quotes=5" in text


def test_context_leaves_out_the_date_header(analyzer, article):
    analysis = analyzer.analyze(article)
    assert "date" not in analysis.context(analysis.places[0])


def test_dir_lists_the_public_api_only():
    names = dir(claimkit)
    assert "analyze" in names and "ClaimkitError" in names
    assert not {"Any", "TYPE_CHECKING", "annotations"} & set(names)
