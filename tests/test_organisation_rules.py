"""Organisations in real news: compounds, short names, words that look like acronyms, namesakes."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def organisations(analyzer, text: str) -> list[tuple[str, str | None]]:
    analysis = analyzer.analyze(text)
    for o in analysis.organisations:
        assert analysis.text[o.start : o.end] == o.text
    return [(o.text, o.record.name if o.record else None) for o in analysis.organisations]


def test_a_name_glued_to_a_noun_is_found_inside_the_word(analyzer):
    text = " date 2019-04 Ajaxfans staken vuurwerk af. Op zijn Facebookpagina schreef hij niets."
    assert organisations(analyzer, text) == [("Ajax", "AFC Ajax"), ("Facebook", "Facebook")]


def test_the_first_word_of_a_long_name_given_before_is_that_organisation(analyzer):
    text = (
        " date 2019-04 Baudet leidt het Forum voor Democratie. De kiezers van Forum waren "
        "tevreden. Forum won. Forum Romanum is een plein."  # opening a sentence: before a verb
    )
    assert organisations(analyzer, text) == [
        ("Forum voor Democratie", "Forum voor Democratie"),
        ("Forum", "Forum voor Democratie"),
        ("Forum", "Forum voor Democratie"),
    ]


def test_an_acronym_in_small_letters_opening_a_quote_is_the_word(analyzer):
    text = " date 2019-04 ,,Denk bijvoorbeeld aan recepten'', zegt ze. DENK won twee zetels."
    assert organisations(analyzer, text) == [("DENK", "DENK")]


def test_another_countrys_namesake_institution_stays_unlinked(analyzer):
    text = " date 2019-04 De Spaanse Hoge Raad oordeelde anders dan de Hoge Raad in Den Haag."
    assert organisations(analyzer, text) == [
        ("Hoge Raad", None), ("Hoge Raad", "Supreme Court of the Netherlands")
    ]  # fmt: skip


def test_former_names_link_their_organisation(analyzer):
    text = " date 2000-05 Agalev en het Internationaal Muntfonds waren het oneens."
    assert organisations(analyzer, text) == [
        ("Agalev", "Groen"), ("Internationaal Muntfonds", "International Monetary Fund")
    ]  # fmt: skip


def test_short_names_need_a_name_like_place_and_parties_open_sentences(analyzer):
    text = (
        " date 2019-04 De Europese Centrale Bank verhoogt de rente. Europese landen protesteren."
        " Het Forum voor Democratie won. Het Forum Romanum ligt in Rome. Denk heeft drie zetels."
    )
    found = organisations(analyzer, text)
    assert ("Europese", "European Central Bank") not in found
    assert ("Forum", "Forum voor Democratie") not in found  # Forum Romanum is another name
    assert ("Denk", "DENK") in found  # the party opening a sentence


def test_a_person_alias_is_no_organisation_too(analyzer):
    analysis = analyzer.analyze(" date 2019-04 Bas Eickhout spreekt. Eickhout wil meer geld.")
    people = {(p.start, p.end) for p in analysis.people}
    assert not any((o.start, o.end) in people and o.record is None for o in analysis.organisations)


@pytest.mark.model
def test_a_one_word_name_inside_a_longer_unknown_name_stays_unlinked(analyzer):
    cycling = analyzer.analyze("De renner van Mercatone Uno won de rit.")
    assert [o.record for o in cycling.organisations if o.text.endswith("Uno")] in ([], [None])
    un = analyzer.analyze("De secretaris-generaal van de Uno sprak in New York.")
    assert [o.record.id for o in un.organisations if o.record] == ["Q1065"]


def test_namesakes_of_one_key_are_told_apart_by_how_they_are_written(analyzer):
    text = " date 2019-04 De PvdA stemde tegen. In Antwerpen won de PVDA twee zetels."
    assert organisations(analyzer, text) == [
        ("PvdA", "Partij van de Arbeid"), ("PVDA", "PVDA-PTB")
    ]  # fmt: skip


def test_a_party_leaders_phrase_is_read_as_written(analyzer):
    analysis = analyzer.analyze(" date 2019-03 De PvdA-leider wil meer geld voor de zorg.")
    assert [(p.text, p.record.name if p.record else None) for p in analysis.people] == [
        ("De PvdA-leider", "Lodewijk Asscher")
    ]


def test_a_full_stop_after_a_mixed_case_acronym_is_its_own_token(analyzer):
    text = " date 2019-04 Zij won de verkiezingen van de PvdA. De uitsluiting viel zwaar."
    assert organisations(analyzer, text) == [("PvdA", "Partij van de Arbeid")]


def test_a_small_letter_acronym_opening_a_sentence_before_a_preposition_is_the_word(analyzer):
    text = " date 2019-04 Dat is duidelijk. Denk aan het klimaat. Denk won twee zetels."
    assert organisations(analyzer, text) == [("Denk", "DENK")]


def test_an_office_after_an_indefinite_article_is_no_one_in_particular(analyzer):
    analysis = analyzer.analyze(" date 2019-04 Er komt een president van de Europese Raad.")
    assert analysis.people == []


def test_news_agencies_of_a_dateline_are_split_at_their_slashes(analyzer):
    text = " date 2025-11 POKROVSK (ANP/AFP) - Rusland meldt vooruitgang, tot en met 5 mei."
    assert organisations(analyzer, text) == [("ANP", "ANP"), ("AFP", "Agence France-Presse")]


def test_the_party_opening_a_sentence_before_a_preposition_that_is_no_particle(analyzer):
    text = " date 2019-04 Denk in de Tweede Kamer stemde tegen de motie."
    assert ("Denk", "DENK") in organisations(analyzer, text)


def test_a_genitive_keeps_the_namesake_written_so(analyzer):
    assert organisations(analyzer, " date 2019-04 De PvdA's kandidaat verloor.") == [
        ("PvdA's", "Partij van de Arbeid")
    ]


def test_the_organisation_tables_answer_len_and_lookup():
    from claimkit.gazetteer.actors import load_organisations

    table = load_organisations()
    assert len(table) > 200 and table["ck:anp"].name == "ANP"


@pytest.mark.parametrize(
    ("text", "mention", "record"),
    [
        (
            "De Raad van State vernietigde het besluit van de Vlaamse regering.",
            "Raad van State",
            "ck:council-of-state-be",
        ),
        ("Het wetsvoorstel ligt nu bij de senaat in Den Haag.", "senaat", "ck:eerste-kamer"),
        ("In Brussel stemde de Kamer gisteren over de begroting.", "Kamer", "ck:belgian-chamber"),
    ],
)
def test_a_national_institution_is_the_one_of_the_texts_country(analyzer, text, mention, record):
    found = {
        o.text: o.record.id if o.record else None for o in analyzer.analyze(text).organisations
    }
    assert found[mention] == record


def test_a_national_institution_stays_unlinked_when_the_text_names_no_country(analyzer):
    found = {
        o.text: o.record for o in analyzer.analyze("De Kamer stemde gisteren in.").organisations
    }
    assert found.get("Kamer") is None


def test_a_chamber_of_commerce_is_no_parliament(analyzer):
    analysis = analyzer.analyze("De Kamer van Koophandel in Amsterdam meldt groei.")
    assert all(o.record is None or "kamer" not in o.record.id for o in analysis.organisations)


@pytest.mark.parametrize(
    "text",
    [
        "Pámpano ( Sp ) is een vis.",  # SP, the party, is written in capitals
        "Manneken Pis is klein.",  # PiS has a capital inside
        "GEEN TIJD OM EEN GAZET TE LEZEN",  # a Dutch word in a line of capitals, not the OM
        "De tijd van de vijfde renner telt.",  # De Tijd, the newspaper, capitalises Tijd
        "Dat is het laatste nieuws.",
    ],
)
def test_words_written_otherwise_than_the_tables_write_a_name_are_no_organisation(analyzer, text):
    assert [name for _, name in organisations(analyzer, text) if name] == []


def test_names_written_as_the_tables_write_them_stay_linked(analyzer):
    text = "Het OM, de PiS, de SP, de VVD, De Tijd en de Navo. DE VVD WINT"
    assert [name for _, name in organisations(analyzer, text)] == [
        "Openbaar Ministerie",
        "Law and Justice",
        "Socialistische Partij",
        "VVD",
        "De Tijd",
        "NATO",
        "VVD",
    ]


def test_a_description_stands_for_the_organisation_of_its_kind_named_before(analyzer):
    text = (
        " date 2019-04 De AIVD waarschuwt voor spionage. De dienst ziet meer dreiging. Het CDA "
        "wil meer geld voor de inlichtingendienst, zegt de partij."
    )
    assert organisations(analyzer, text) == [
        ("AIVD", "AIVD"),
        ("De dienst", "AIVD"),
        ("CDA", "CDA"),
        ("de inlichtingendienst", "AIVD"),
        ("de partij", "CDA"),
    ]


def test_a_description_with_a_complement_or_without_an_organisation_before_stays_unlinked(
    analyzer,
):
    text = (
        " date 2019-04 De dienst sloot om tien uur. De AIVD had het druk; de dienst van de "
        "burgemeester ook. De partij van de arbeid won niet, de krant schreef erover."
    )
    assert organisations(analyzer, text) == [("AIVD", "AIVD")]


def test_the_cabinet_of_a_dutch_text_is_the_dutch_government(analyzer):
    text = (
        " date 2019-04 Het kabinet-Rutte wil meer geld. Volgens de VVD en het CDA moet het "
        "kabinet snel beslissen, want de overheid betaalt."
    )
    dutch = "Government of the Netherlands"
    assert [t for t, n in organisations(analyzer, text) if n == dutch] == ["kabinet", "kabinet"]


def test_a_belgian_ministers_cabinet_and_a_hyphenated_place_name_stay_unlinked(analyzer):
    text = (
        " date 2019-04 Het kabinet van minister De Croo zweeg, zegt de Vlaamse regering. "
        "Demonstranten plunderden winkels op de Champs-Élysées."
    )
    assert [n for _, n in organisations(analyzer, text) if n] == ["Flemish Government"]


@pytest.mark.parametrize(
    "text",
    [
        " date 2019-04 De AIVD waarschuwt. Ajax maakte zondag de dienst uit tegen PSV.",
        " date 2019-04 De VVD won. Ajax won de partij tegen Feyenoord met 3-1.",
        " date 2019-04 Een Utrechtse student woont in Peking. In China bepaalt de overheid veel.",
    ],
)
def test_descriptions_in_other_senses_and_a_foreign_government_stay_unlinked(analyzer, text):
    linked = [n for _, n in organisations(analyzer, text) if n]
    assert "Government of the Netherlands" not in linked
    assert (
        linked.count("AIVD") <= 1 and linked.count("Volkspartij voor Vrijheid en Democratie") <= 1
    )


def test_a_club_after_another_in_a_match_stays_linked(analyzer):
    assert ("Ajax", "AFC Ajax") in organisations(analyzer, " date 2019-04 Feyenoord-Ajax werd 1-1.")
