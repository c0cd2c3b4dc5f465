"""The example article must reproduce its hand-made reference annotation (places, people)."""

from __future__ import annotations

from collections import Counter

import pytest

from conftest import assert_offsets


@pytest.fixture(scope="module")
def analysis(analyzer, article):
    return analyzer.analyze(article)


def test_date_header_is_the_article_date(analysis, gold):
    assert analysis.date == gold["date"]
    assert not any(m.start < 14 for m in analysis.places + analysis.people)


def test_offsets_index_the_original_text(analysis):
    assert_offsets(analysis)


def test_every_gold_place_is_found_with_its_record_and_count(analysis, gold):
    found = Counter((p.text, p.record.name) for p in analysis.places if p.record)
    for place in gold["places"]:
        assert found[(place["mention"], place["canonical"])] == place["count"], place
        record = next(p.record for p in analysis.places if p.text == place["mention"])
        assert record.country == place["country"]
        assert record.kind == place["kind"]
        if "native" in place:
            assert record.native == place["native"]
        if "admin1" in place:
            assert record.admin1 == place["admin1"]


def test_no_place_on_the_not_places_list(analysis, gold):
    place_texts = {p.text for p in analysis.places}
    for text in gold["not_places"]:
        assert text not in place_texts
        assert not any(text in p.text for p in analysis.places)


def test_every_gold_person_is_found_with_its_record_and_count(analysis, gold):
    found = Counter((p.text, p.record.name) for p in analysis.people if p.record)
    for person in gold["people"]:
        assert found[(person["mention"], person["canonical"])] == person["count"], person


def test_every_gold_organisation_is_found(analysis, gold):
    found = {(o.text, o.record.name) for o in analysis.organisations if o.record}
    for organisation in gold["organisations"]:
        assert (organisation["mention"], organisation["canonical"]) in found


def test_no_mention_is_reported_twice(analysis):
    for mentions in (analysis.places, analysis.people, analysis.organisations):
        spans = [(m.start, m.end) for m in mentions]
        assert len(spans) == len(set(spans))


def test_the_demonym_adjectives_are_not_places(analysis):
    assert not [p for p in analysis.places if p.text in {"Oekraïense", "Russische", "Russen"}]
