"""claimkit.load / analyze / Analyzer.pipe: inputs good and bad, dates, long texts."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
import spacy

import claimkit
from claimkit.api import _pieces
from conftest import assert_offsets, model_path


def test_module_level_analyze_reuses_one_cached_analyzer(monkeypatch):
    monkeypatch.setenv("CLAIMKIT_MODEL", model_path())
    first = claimkit.analyze("Zelenski bezocht Bachmoet.")
    second = claimkit.analyze("Poetin reisde naar Minsk.")
    assert [p.record.name for p in first.places] == ["Bakhmut"]
    assert [p.record.name for p in second.people] == ["Vladimir Putin"]
    from claimkit.api import _cached_analyzer

    assert _cached_analyzer.cache_info().currsize == 1


def test_missing_model_says_how_to_install_it():
    with pytest.raises(claimkit.ModelNotFoundError) as err:
        claimkit.load("nl_no_such_pipeline_sm")
    message = str(err.value)
    assert "python -m spacy download nl_core_news_sm" in message
    assert "CLAIMKIT_MODEL" in message
    assert isinstance(err.value, claimkit.ClaimkitError)


def test_default_model_is_nl_core_news_sm(monkeypatch):
    monkeypatch.delenv("CLAIMKIT_MODEL", raising=False)
    from claimkit.api import model_name

    assert model_name() == "nl_core_news_sm"
    monkeypatch.setenv("CLAIMKIT_MODEL", "/some/pipeline")
    assert model_name() == "/some/pipeline"
    assert model_name("other") == "other"


def test_a_pipeline_for_another_language_is_refused():
    with pytest.raises(claimkit.ModelLanguageError, match="Dutch"):
        claimkit.load(spacy.blank("en"))


def test_a_pipeline_without_ner_still_finds_gazetteer_names_and_says_so():
    analyzer = claimkit.load(spacy.blank("nl"))
    analysis = analyzer.analyze("Poetin sprak in Moskou over Charkiv en de NAVO.")
    assert [p.record.name for p in analysis.places] == ["Moscow", "Kharkiv"]
    assert [p.record.name for p in analysis.people] == ["Vladimir Putin"]
    assert [o.record.name for o in analysis.organisations] == ["NATO"]
    assert "no_ner" in {w.code for w in analysis.warnings}


@pytest.mark.parametrize("text", ["", "   ", "\n\n\t ", " date 2022-12 ", "date 2022-12-21\n  "])
def test_empty_and_whitespace_text_give_an_empty_flagged_result(analyzer, text):
    analysis = analyzer.analyze(text)
    assert analysis.text == text
    assert analysis.places == analysis.people == analysis.organisations == []
    assert [w.code for w in analysis.warnings] == ["empty_text"]


@pytest.mark.parametrize("value", [None, 42, b"Bachmoet", ["Bachmoet"]])
def test_non_string_input_is_a_clear_error(analyzer, value):
    with pytest.raises(claimkit.InvalidInputError, match="not str"):
        analyzer.analyze(value)
    with pytest.raises(TypeError):
        analyzer.analyze(value)


def test_date_header_variants(analyzer):
    text = "date 2022-12-21\nDe president van Oekraïne bezocht Bachmoet."
    analysis = analyzer.analyze(text)
    assert analysis.date == "2022-12-21"
    assert_offsets(analysis)
    assert analysis.people[0].record.name == "Volodymyr Zelensky"
    assert analysis.people[0].text == "De president van Oekraïne"


def test_a_malformed_header_date_is_an_error(analyzer):
    with pytest.raises(claimkit.DateHeaderError):
        analyzer.analyze(" date 2022-13 Bachmoet")


def test_role_resolves_by_date_and_is_flagged_without_one(analyzer):
    text = "De president van Oekraïne bezocht Kyiv."
    in_2016 = analyzer.analyze(text, date="2016-05")
    assert in_2016.people[0].record.name == "Petro Poroshenko"
    in_2022 = analyzer.analyze(text, date=dt.date(2022, 12, 21))
    assert in_2022.people[0].record.name == "Volodymyr Zelensky"
    undated = analyzer.analyze(text)
    assert undated.people[0].record is None
    assert {c.name for c in undated.people[0].alternatives} >= {
        "Petro Poroshenko",
        "Volodymyr Zelensky",
    }
    assert "no_date" in {w.code for w in undated.warnings}


def test_text_without_dutch_is_flagged(analyzer):
    english = analyzer.analyze(
        "The president said that the troops were holding the city and that the army will win."
    )
    assert "not_dutch" in {w.code for w in english.warnings}
    cyrillic = analyzer.analyze("Президент України відвідав Бахмут у вівторок.")
    assert "not_dutch" in {w.code for w in cyrillic.warnings}
    dutch = analyzer.analyze("De president heeft de troepen in de stad bezocht.")
    assert "not_dutch" not in {w.code for w in dutch.warnings}
    headline = analyzer.analyze("Zelenski bezocht Bachmoet. Poetin sprak in Moskou.")
    assert "not_dutch" not in {w.code for w in headline.warnings}


def test_text_over_max_length_is_processed_in_pieces_with_right_offsets(analyzer, article):
    body = article.split(" ", 3)[3]
    long_text = " date 2022-12 " + "\n\n".join([body] * 6)
    whole = [(p.text, p.record.name) for p in analyzer.analyze(long_text).places]
    saved = analyzer.nlp.max_length
    analyzer.nlp.max_length = 1500
    try:
        analysis = analyzer.analyze(long_text)
    finally:
        analyzer.nlp.max_length = saved
    assert "chunked" in {w.code for w in analysis.warnings}
    assert_offsets(analysis)
    assert [(p.text, p.record.name) for p in analysis.places] == whole
    assert analysis.place_counts()["Bakhmut"] == 36


def test_pieces_cover_the_text_and_respect_the_limit():
    text = "Een zin. " * 50 + "\n\n" + "woord " * 80 + "x" * 300
    pieces = _pieces(text, 0, 120)
    assert pieces[0][0] == 0 and pieces[-1][1] == len(text)
    assert all(end - start <= 120 for start, end in pieces)
    assert all(a[1] == b[0] for a, b in itertools.pairwise(pieces))


def test_pipe_keeps_order_and_count_with_empty_texts(analyzer):
    texts = ["Zelenski in Cherson.", "", "Poetin in Moskou.", "   ", "Loekasjenko in Minsk."]
    results = list(analyzer.pipe(texts, batch_size=2))
    assert [r.text for r in results] == texts
    assert [[p.record.name for p in r.places] for r in results] == [
        ["Kherson"],
        [],
        ["Moscow"],
        [],
        ["Minsk"],
    ]


def test_pipe_with_two_processes_gives_the_same_results(analyzer, article):
    texts = [article, "Poetin sprak in Moskou.", "", "De Donbas-regio ligt in Oekraïne."] * 3
    one = [r.to_dict() for r in analyzer.pipe(texts, n_process=1)]
    two = [r.to_dict() for r in analyzer.pipe(texts, n_process=2, batch_size=2)]
    assert one == two


def test_pipe_dates_apply_per_text(analyzer):
    texts = ["De president van Oekraïne sprak."] * 2
    first, second = analyzer.pipe(texts, dates=["2016", "2023-01"])
    assert first.people[0].record.name == "Petro Poroshenko"
    assert second.people[0].record.name == "Volodymyr Zelensky"


def test_pipe_names_the_bad_item(analyzer):
    with pytest.raises(claimkit.InvalidInputError, match="#1"):
        list(analyzer.pipe(["Bachmoet", 3]))


def test_pipe_refuses_a_single_string_and_mismatched_dates(analyzer):
    with pytest.raises(claimkit.InvalidInputError, match="not one text"):
        list(analyzer.pipe("Bachmoet"))
    with pytest.raises(claimkit.BatchError, match="dates ran out"):
        list(analyzer.pipe(["a", "b"], dates=["2022-12"]))
    with pytest.raises(claimkit.BatchError, match="more dates than texts"):
        list(analyzer.pipe(["a"], dates=["2022-12", "2023-01"]))


def test_a_byte_order_mark_does_not_hide_the_first_word(analyzer):
    analysis = analyzer.analyze("\ufeffBachmoet viel. Zelenski sprak.")
    assert [p.text for p in analysis.places] == ["Bachmoet"]
    assert_offsets(analysis)


def test_header_is_case_insensitive_and_not_fooled_by_a_time(analyzer):
    assert analyzer.analyze("Date 2022-12 Bachmoet viel.").date == "2022-12"
    assert analyzer.analyze("date 2022-12-21T10:00 Bachmoet viel.").date is None
    overridden = analyzer.analyze(" date 2022-13 Bachmoet viel.", date="2016")
    assert overridden.date == "2016"


def test_components_out_of_order_are_refused():
    nlp = spacy.blank("nl")
    nlp.add_pipe("claimkit_places")
    with pytest.raises(claimkit.ModelLanguageError, match="order"):
        claimkit.load(nlp)


def test_gazetteer_dir_may_be_a_path(tmp_path):
    from claimkit.resources import gazetteer_dir

    analyzer = claimkit.load(spacy.blank("nl"), gazetteer_dir=gazetteer_dir())
    assert [p.text for p in analyzer.analyze("Bachmoet viel.").places] == ["Bachmoet"]


@pytest.mark.model
def test_the_vocabulary_grows_up_to_its_budget_then_batches_run_in_memory_zones():
    import claimkit
    from claimkit.vocabulary import VocabularyBudget

    analyzer = claimkit.load(model_path())
    analyzer._vocabulary = VocabularyBudget(analyzer.nlp, limit=5)
    strings = analyzer.nlp.vocab.strings
    analyzer.analyze("Zjytomyrvaart en Qwerbaantje zijn verzonnen woorden.")
    assert "Zjytomyrvaart" in strings  # within the budget: kept
    assert analyzer._vocabulary.grown >= 5
    before = len(strings)
    analysis = analyzer.analyze("Plonkvaartje ligt bij Xolotlanstad, zei Jan Jansen.")
    assert "Plonkvaartje" not in strings and len(strings) == before  # a memory zone now
    assert [q.speaker_mention.text for q in analysis.quotes] == ["Jan Jansen"]
