"""One person per article: unknown people's mentions grouped under the fullest name."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from claimkit.grouping import bare_name, person_names
from claimkit.results import ActorRecord

TUSK = ActorRecord(id="ck:donald-tusk", name="Donald Tusk", kind="person")


@dataclass
class P:
    text: str
    start: int
    record: ActorRecord | None = None
    method: str = "ner"


def test_a_surname_alone_is_the_full_name_given_before_it_and_a_genitive_too():
    people = [P("Remco Breuker", 0), P("Breuker", 50), P("Breukers", 80), P("Breuker's", 90)]
    assert person_names(people) == ["Remco Breuker"] * 4


def test_a_surname_before_the_full_name_and_one_with_particles_join_it():
    people = [P("Nieuwenhuizen", 0), P("Cora van Nieuwenhuizen", 20), P("Van Nieuwenhuizen", 60)]
    assert person_names(people) == ["Cora van Nieuwenhuizen"] * 3


def test_two_full_names_with_one_surname_the_last_named_before_wins():
    people = [P("Jan Peeters", 0), P("Marie Peeters", 10), P("Peeters", 30), P("Jan Peeters", 40),
              P("Peeters", 60)]  # fmt: skip
    assert person_names(people) == [
        "Jan Peeters", "Marie Peeters", "Marie Peeters", "Jan Peeters", "Jan Peeters"
    ]  # fmt: skip


def test_linked_people_are_their_record_roles_without_holder_are_nobody_given_names_join():
    people = [P("Tusk", 0, TUSK, "alias"), P("de woordvoerder", 10, None, "role"),
              P("Lucas Pino", 20), P("Lucas", 40), P("Benni", 50)]  # fmt: skip
    assert person_names(people) == ["Donald Tusk", None, "Lucas Pino", "Lucas Pino", "Benni"]


def test_bare_name_drops_only_a_genitive_ending():
    assert [bare_name(n) for n in ("Breuker's", "Macron’s", "Jones'", "s'")] == [
        "Breuker", "Macron", "Jones", "s'"
    ]  # fmt: skip


@pytest.mark.model
def test_an_unknown_persons_mentions_are_one_person_of_the_analysis(analyzer):
    text = (
        " date 2019-05 Historicus Remco Breuker vindt het schandalig. Volgens Breuker is het te "
        "laat. Breukers boek verscheen in mei. Donald Tusk kwam ook. Tusk zei niets."
    )
    analysis = analyzer.analyze(text)
    persons = {group.name: group for group in analysis.persons()}
    assert set(persons) == {"Remco Breuker", "Donald Tusk"}
    assert [m.text for m in persons["Remco Breuker"].mentions] == [
        "Remco Breuker", "Breuker", "Breukers"
    ]  # fmt: skip
    assert persons["Remco Breuker"].record is None
    assert persons["Donald Tusk"].record.id == "ck:donald-tusk"
    assert len(persons["Donald Tusk"].mentions) == 2
    for person in analysis.people:
        assert analysis.text[person.start : person.end] == person.text


@pytest.mark.model
def test_a_name_cut_to_an_initial_is_a_person_and_a_tagger_adverb_name_still_speaks(analyzer):
    text = " date 2019-04 'Sekteleider' Aaldert van E. zweeg. Moeder Linda H. (60) ging vrijuit."
    names = {group.name for group in analyzer.analyze(text).persons()}
    assert {"Aaldert van E.", "Linda H."} <= names
    quote = analyzer.analyze(
        " date 2019-04 De president wijst een formateur aan. Netanyahu heeft beloofd dat hij "
        "haast zal maken."
    ).quotes
    assert [q.speaker.name for q in quote] == ["Benjamin Netanyahu"]


@pytest.mark.model
def test_van_het_is_a_surname_unless_an_organisation_follows(analyzer):
    first = analyzer.analyze(" date 2019-04 Raymond van het Groenewoud trad op in Gent.")
    assert [p.name for p in first.people] == ["Raymond van het Groenewoud"]
    second = analyzer.analyze(" date 2019-04 “Het is ernstig”, zegt Helma Ruijs van het RIVM.")
    assert [q.speaker.name for q in second.quotes] == ["Helma Ruijs"]


@pytest.mark.model
def test_results_of_schema_4_are_still_read_and_persons_are_keyed_by_record(analyzer):
    import json

    from claimkit import Analysis

    analysis = analyzer.analyze(" date 2019-04 Donald Tusk kwam. Tusk zei niets.")
    old = json.loads(analysis.to_json())
    old["schema_version"] = "4"
    for person in old["people"]:
        person.pop("name")
    back = Analysis.from_json(json.dumps(old))
    assert back.people[0].name is None and back.schema_version == "4"
    (group,) = analysis.persons()
    assert group.record.id == "ck:donald-tusk" and len(group.mentions) == 2


@pytest.mark.model
def test_a_party_role_is_its_holder_by_date_or_the_holder_named_just_before(analyzer):
    by_date = analyzer.analyze(" date 2021-03 De CDA-leider sprak.").people
    assert [p.record.name for p in by_date] == ["Wopke Hoekstra"]
    text = (
        " date 2019-03 Alexander Pechtold wordt bedreigd nadat PVV-voorman Geert Wilders een "
        "nepfoto van de D66-voorman twittert."
    )
    named = [p for p in analyzer.analyze(text).people if p.method == "role"]
    assert [p.record.name for p in named] == ["Alexander Pechtold"]


@pytest.mark.model
def test_a_given_name_alone_after_an_unknown_full_name_is_that_person(analyzer):
    text = (
        " date 2019-04 Trompettist Lucas Pino speelde in Amsterdam. Daarna speelde Lucas nog "
        "een keer."  # the pipeline's NER misses this Lucas
    )
    names = [(p.text, p.name) for p in analyzer.analyze(text).people]
    assert names == [("Lucas Pino", "Lucas Pino"), ("Lucas", "Lucas Pino")]


def test_only_a_word_that_is_a_given_name_counts_as_one():
    from claimkit.words import given_name_gender

    assert given_name_gender("Lucas") == "m"
    assert given_name_gender("Standard") is None  # "Standard Luik": a club, not Standard


def test_the_given_names_table_holds_lookup_keys_and_knows_common_names():
    from claimkit.gazetteer.index import normalize
    from claimkit.words import _given_names, given_name_gender

    names = _given_names()
    assert all(normalize(name) == name for name in names)  # read without normalising
    assert given_name_gender("Marieke") == "f" and given_name_gender("Hans") == "m"
    assert given_name_gender("Zoë") == given_name_gender("zoe")


@pytest.mark.model
def test_a_surname_after_another_given_name_is_not_the_newsmaker(analyzer):
    text = " date 2023-05\nDe Deense schaatsster Anna Frederiksen won goud in Heerenveen."
    (person,) = analyzer.analyze(text).people
    assert person.text == "Anna Frederiksen" and person.record is None
    assert "ck:mette-frederiksen" in [a.id for a in person.alternatives]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "name"),
    [
        # NER missed the person: a given name nearly all of whose bearers are women says so
        (" date 2024-10 Reactorfysicus Marieke de Wit relativeert het gevaar.", "Marieke de Wit"),
        # the portfolio NER ran into the name is no part of it
        (
            " date 2024-10 Dat schreef de Oekraïense minister van Energie Svitlana Hryntsjoek.",
            "Svitlana Hryntsjoek",
        ),
    ],
)
def test_a_person_ner_missed_or_ran_into_a_portfolio_is_found_by_name(analyzer, text, name):
    assert [p.text for p in analyzer.analyze(text).people] == [name]


@pytest.mark.model
def test_a_school_after_a_given_name_and_an_office_alone_are_no_person(analyzer):
    analysis = analyzer.analyze(" date 2019-05 Op het Vitalis College zegt de CEO niets.")
    assert analysis.people == []
    assert "CEO" not in [o.text for o in analysis.organisations]


@pytest.mark.model
def test_an_office_in_apposition_names_its_holder_later(analyzer):
    text = (
        " date 2022-08 'We verliezen geld', zegt Pieter Vanhoutte, CEO van Flandria Fertilizers. "
        "De CEO benadrukt dat er geen sprake is van ontslagen."
    )
    speakers = [q.speaker.name for q in analyzer.analyze(text).quotes if q.speaker]
    assert speakers == ["Pieter Vanhoutte", "Pieter Vanhoutte"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "names"),
    [
        (" date 2024-10 Oleksandr (34) is sinds 2022 drone-operator.", ["Oleksandr"]),
        (" date 2024-10 Dat zegt De Wit (45) uit Gent.", ["De Wit"]),
        (" date 2024-10 Vrijdag (12) en Antwerpen (3) zijn geen mensen.", []),
        # a conjunction opening the sentence is cut off, an article makes it a description
        (" date 2024-10 Maar Oleksandr (34) bleef in Charkiv.", ["Oleksandr"]),
        (" date 2024-10 Een Arnhemmer (46) moet drie jaar de cel in.", []),
        # a club and its points: a word of the name is a town, and no given name
        (" date 2024-10 Club Brugge (45) leidt de stand.", []),
    ],
)
def test_an_age_in_brackets_makes_the_name_before_it_a_person(analyzer, text, names):
    assert [p.text for p in analyzer.analyze(text).people] == names


def test_dutch_usage_of_given_names_over_the_international_table():
    from claimkit.words import given_name_gender

    # borne by both sexes in the international table, one sex in Flemish and Dutch news
    assert [given_name_gender(n) for n in ("Jan", "Daan", "Inge", "Joke")] == ["m", "m", "f", "f"]
    assert given_name_gender("Kim") is None  # both, in Dutch too


@pytest.mark.model
def test_a_dutch_given_name_the_table_lacked_finds_its_person(analyzer):
    text = " date 2019-03 Daan Roovers is de nieuwe Denker des Vaderlands."
    assert [p.text for p in analyzer.analyze(text).people] == ["Daan Roovers"]


@pytest.mark.model
def test_an_institution_ner_tags_as_a_person_is_none(analyzer):
    text = " date 2024-02 Ruslandkenner Jan Verhaert (Universiteit Antwerpen) ziet een probleem."
    assert [p.text for p in analyzer.analyze(text).people] == ["Jan Verhaert"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a building's word after a given name is a surname
        (" date 2024-02 Volgens Jonathan Hall is de dreiging reëel.", ["Jonathan Hall"]),
        (" date 2024-02 Volgens Kees van der Weg is de dreiging reëel.", ["Kees van der Weg"]),
        # a compound ending in a building's word is a building, and so is a school's name
        (" date 2024-02 In het Sophia Kinderziekenhuis werd het kind behandeld.", []),
        (" date 2024-02 Het Sint Maartens College en het Maria Goretti Lyceum fuseren.", []),
    ],
)
def test_a_word_of_institutions_in_a_name(analyzer, text, names):
    assert [p.text for p in analyzer.analyze(text).people] == names
