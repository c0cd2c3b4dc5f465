"""The spaCy components as a spaCy user meets them, and the matching rules they apply."""

from __future__ import annotations

import re
import shutil

import pytest
import spacy
from spacy.tokens import Span

import claimkit
from conftest import assert_offsets, model_path


@pytest.fixture(scope="module")
def nlp():
    """The test pipeline with claimkit's components added the spaCy way."""
    pipeline = spacy.load(model_path())
    for name in (
        "claimkit_compounds",
        "claimkit_organisations",
        "claimkit_places",
        "claimkit_people",
    ):
        pipeline.add_pipe(name)
    return pipeline


def places(analyzer, text):
    return [(p.text, p.record.name if p.record else None) for p in analyzer.analyze(text).places]


def test_factories_are_registered_for_spacy_users(nlp):
    doc = nlp("Poetin en Zelenski spraken over de Donbas-regio en Charkiv.")
    spans = doc.spans["claimkit_places"]
    assert [(s.text, s.label_, s.kb_id_) for s in spans] == [
        ("Donbas", "region", "ck:donbas"),
        ("Charkiv", "city", spans[1].kb_id_),
    ]
    assert spans[1]._.claimkit_link["method"] == "exact"
    assert [s.text for s in doc.spans["claimkit_people"]] == ["Poetin", "Zelenski"]
    assert doc.text == "Poetin en Zelenski spraken over de Donbas-regio en Charkiv."


def test_factories_are_found_through_entry_points():
    from spacy.util import registry

    factories = registry.factories.get_all()
    assert {"claimkit_places", "claimkit_people", "claimkit_organisations"} <= set(factories)


def test_saved_pipeline_loads_with_its_gazetteers(nlp, tmp_path):
    nlp.to_disk(tmp_path / "pipeline")
    assert (tmp_path / "pipeline" / "claimkit_places" / "places.curated.tsv").is_file()
    reloaded = spacy.load(tmp_path / "pipeline")
    doc = reloaded("Het leger trok zich terug uit Cherson.")
    assert [s.text for s in doc.spans["claimkit_places"]] == ["Cherson"]


def test_custom_gazetteer_folder(tmp_path, shared_dir):
    from claimkit.resources import gazetteer_dir

    for name in ("people.tsv", "organisations.tsv", "roles.tsv", "role_phrases.tsv"):
        (tmp_path / name).write_bytes((gazetteer_dir() / name).read_bytes())
    (tmp_path / "places.curated.tsv").write_text(
        "id\tname\tnative\tkind\tcountry\tadmin1\tlat\tlon\tpopulation\tgeonames_id\taliases\n"
        "ck:test\tTestville\t\tvillage\tUA\t\t\t\t\t\tnl:Testdorp\n",
        encoding="utf-8",
    )
    analyzer = claimkit.load(model_path(), gazetteer_dir=str(tmp_path))
    assert places(analyzer, "Het leger bereikte Testdorp, niet Bachmoet.") == [
        ("Testdorp", "Testville")
    ]


@pytest.mark.parametrize(
    ("text", "mention", "name"),
    [
        ("Het front bij Bakhmut hield stand.", "Bakhmut", "Bakhmut"),  # English
        ("Het leger trok naar Saporischschja.", "Saporischschja", "Zaporizhzhia"),  # German
        ("Het leger trok naar Tschernihiw.", "Tschernihiw", "Chernihiv"),  # spelling key, German
        ("Die Front bei Bachmut hielt.", "Bachmut", "Bakhmut"),  # German
        ("Le front de Bakhmout tient.", "Bakhmout", "Bakhmut"),  # French
        ("Raketten troffen Zaporizja en Charkov.", "Zaporizja", "Zaporizhzhia"),
        ("Raketten troffen Zaporizja en Charkov.", "Charkov", "Kharkiv"),
        ("Slag om Marioepol.", "Marioepol", "Mariupol"),
        ("Бої тривають у Бахмуті та Бахмут.", "Бахмут", "Bakhmut"),  # Cyrillic
        ("Het leger trok naar Nova Kachovka.", "Nova Kachovka", "Nova Kakhovka"),  # two words
        ("Oekraïnes leger rukt op.", "Oekraïnes", "Ukraine"),  # genitive
        ("Ze vochten in Oost-Oekraïne.", "Oekraïne", "Ukraine"),  # compound
        ("De troepen in Bachmout houden stand.", "Bachmout", "Bakhmut"),  # misspelled
        ("De troepen in Charkiev houden stand.", "Charkiev", "Kharkiv"),  # misspelled
        ("Hij reisde naar Wit-Rusland.", "Wit-Rusland", "Belarus"),  # hyphen name stays whole
    ],
)
def test_spellings_inflection_compounds_and_typos_link_to_one_record(analyzer, text, mention, name):
    found = places(analyzer, text)
    assert (mention, name) in found, found


def test_region_cue_picks_the_oblast_and_keeps_the_city_as_alternative(analyzer):
    region = analyzer.analyze("De gevechten in de regio Donetsk gaan door.").places[0]
    assert region.record.name == "Donetsk Oblast"
    assert (region.alternatives[0].name, region.alternatives[0].country) == ("Donetsk", "UA")
    city = analyzer.analyze("Raketten troffen het centrum van Donetsk.").places[0]
    assert city.record.name == "Donetsk"
    assert city.alternatives and city.score < 1.0


def test_compound_region_cue(analyzer):
    (place,) = analyzer.analyze("In de Charkiv-regio werd gevochten.").places
    assert (place.text, place.record.name, place.method) == (
        "Charkiv",
        "Kharkiv Oblast",
        "compound",
    )


@pytest.mark.parametrize(
    "text",
    [
        "De Oekraïense en Russische troepen vochten.",  # demonym adjectives
        "Maandenlang bleef het stil.",  # sentence-initial Dutch word
        "Telegram en Freedom TV meldden het.",  # outlets NER may call places
        "Mir en Nova zijn geen plaatsen hier.",  # stop list
        "Poetin sprak met Zelenski en Loekasjenko.",  # person names
    ],
)
def test_no_place_on_common_words_adjectives_outlets_or_people(analyzer, text):
    assert analyzer.analyze(text).places == []


def test_role_right_before_a_name_is_kept_as_that_names_role(analyzer):
    people = analyzer.analyze(
        "De Russische president Vladimir Poetin sprak.", date="2022-12"
    ).people
    assert [(p.text, p.record.name, p.role) for p in people] == [
        ("Vladimir Poetin", "Vladimir Putin", "president:RU")
    ]


def test_genitive_person_and_given_name_widening(analyzer):
    analysis = analyzer.analyze("Poetins woordvoerder sprak met Jevgeni Prigozjin.")
    assert [(p.text, p.record.name) for p in analysis.people] == [
        ("Poetins", "Vladimir Putin"),
        ("Jevgeni Prigozjin", "Yevgeny Prigozhin"),
    ]
    assert_offsets(analysis)


def test_unknown_names_come_from_ner_without_a_record(analyzer):
    analysis = analyzer.analyze("Volgens Jan Peeters is de situatie in Bachmoet ernstig.")
    unlinked = [p for p in analysis.people if p.record is None]
    assert [p.method for p in unlinked] == ["ner"]
    assert "Peeters" in unlinked[0].text


@pytest.mark.parametrize(
    ("person", "place", "organisation"),
    [("PER", "LOC", "ORG"), ("PERSON", "GPE", "ORG")],  # CoNLL and OntoNotes label schemes
)
def test_both_entity_label_schemes_feed_the_fallbacks(person, place, organisation):
    nlp = spacy.blank("nl")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns(
        [
            {"label": person, "pattern": "Jan Peeters"},
            {"label": place, "pattern": "Oudervelde"},
            {"label": organisation, "pattern": "Vredesactie"},
            {"label": "NORP" if person == "PERSON" else "MISC", "pattern": "Vlamingen"},
        ]
    )
    analyzer = claimkit.load(nlp)
    analysis = analyzer.analyze("Jan Peeters van Vredesactie sprak in Oudervelde met Vlamingen.")
    assert [(p.text, p.record, p.method) for p in analysis.people] == [("Jan Peeters", None, "ner")]
    assert [(p.text, p.method) for p in analysis.places] == [("Oudervelde", "ner")]
    assert [(o.text, o.method) for o in analysis.organisations] == [("Vredesactie", "ner")]
    assert "no_ner" not in {w.code for w in analysis.warnings}


@pytest.mark.parametrize(
    "text",
    [
        "Volgens Ruslan is dat zo.",  # a given name one edit from Rusland
        "Volgens Taras is dat zo.",  # a given name, genitive-looking, of village Tara
        "Tymosjenko zei dat.",  # a person's name that is a village's name too
        "Volgens Natalia is dat zo.",  # spelling key of village Nataliia
    ],
)
def test_given_names_and_surnames_are_not_places(analyzer, text):
    assert analyzer.analyze(text).places == []


def test_a_different_given_name_before_a_known_surname_is_not_linked_to_its_owner(analyzer):
    people = analyzer.analyze("Vitali Klitsjko en Wladimir Klitsjko.").people
    assert [(p.text, p.record.name if p.record else None) for p in people] == [
        ("Vitali Klitsjko", "Vitali Klitschko"),
        ("Wladimir Klitsjko", None),
    ]
    assert [c.name for c in people[1].alternatives] == ["Vitali Klitschko"]


def test_a_place_inside_an_unknown_organisation_is_still_a_place(analyzer):
    places = analyzer.analyze("De Nationale Bank van Oekraïne verhoogde de rente.").places
    assert [(p.text, p.record.name) for p in places] == [("Oekraïne", "Ukraine")]


def test_context_chooses_among_places_of_one_name(analyzer):
    def donetsk(text):
        place = next(p for p in analyzer.analyze(text).places if p.text == "Donetsk")
        return place.record.country, [c.country for c in place.alternatives]

    assert donetsk("Raketten troffen Donetsk en Bachmoet.")[0] == "UA"  # region of Bakhmut
    country, alternatives = donetsk("In de regio Rostov ligt het stadje Donetsk.")
    assert (country, set(alternatives)) == ("RU", {"UA"})
    assert donetsk("Het Russische stadje Donetsk, in Rusland, werd beschoten.")[0] == "RU"


@pytest.fixture(scope="module")
def village_analyzer(tmp_path_factory):
    """The shipped gazetteer plus two small villages (generated, not curated: no fuzzy target by
    themselves), each with its Dutch spelling only."""
    from claimkit.resources import gazetteer_dir

    folder = tmp_path_factory.mktemp("gazetteers")
    for path in gazetteer_dir().iterdir():
        if path.is_file():
            (folder / path.name).write_bytes(path.read_bytes())
    with (folder / "places.generated.tsv").open("a", encoding="utf-8") as table:
        table.write("ck:v1\tSolodke\tСолодке\tvillage\tUA\t\t\t\t\t\tnl:Solodke\n")
        table.write("ck:v2\tMala Zbirka\tМала Збірка\tvillage\tUA\t\t\t\t\t\tnl:Mala Zbirka\n")
    return claimkit.load(model_path(), gazetteer_dir=str(folder))


def test_a_village_in_another_scheme_is_found_by_its_cyrillic_names_key(village_analyzer):
    # the German spelling is in no table: it meets Мала Збірка read the German way
    assert ("Mala Sbirka", "Mala Zbirka") in places(village_analyzer, "Bij Mala Sbirka vochten ze.")


def test_a_misspelt_village_needs_a_place_word_before_it_and_a_text_about_the_war(
    village_analyzer,
):
    war = "Oekraïne meldt nieuwe aanvallen. "
    assert ("Solodek", "Solodke") in places(village_analyzer, war + "In Solodek vielen doden.")
    # no word such as "in" before it: the misspelling may be any name
    assert ("Solodek", "Solodke") not in places(village_analyzer, war + "Solodek zweeg lang.")
    # not about the countries claimkit follows (NER may still call it an unknown place)
    assert ("Solodek", "Solodke") not in places(village_analyzer, "In Solodek vielen doden.")


WAR = "Oekraïne meldt nieuwe aanvallen. "


@pytest.mark.parametrize(
    "sentence",
    [
        "De gouverneur meldde dat Chdniv opnieuw werd beschoten.",  # what a war verb acts on
        "Inwoners van Chdniv zitten zonder stroom.",  # a noun and "van" that announce a place
        "De slag om Chdniv duurt voort.",
    ],
)
def test_words_of_war_reporting_let_a_misspelling_reach_a_small_town(analyzer, sentence):
    assert ("Chdniv", "Chudniv") in places(analyzer, WAR + sentence)
    assert ("Chdniv", "Chudniv") not in places(analyzer, sentence)  # not about the war


def test_a_misspelling_once_shown_to_be_a_place_is_that_place_everywhere_in_the_text(analyzer):
    text = WAR + "Chdniv ligt aan de rivier. Inwoners van Chdniv vluchtten. Chdniv zei niets."
    found = [(p.start, p.record.name) for p in analyzer.analyze(text).places if p.text == "Chdniv"]
    first, second, _ = (m.start() for m in re.finditer("Chdniv", text))
    # the first mention has no place word, the second has; the third is said of a person
    assert found == [(first, "Chudniv"), (second, "Chudniv")]


@pytest.mark.parametrize(
    "sentence",
    [
        "De gouverneur meldde dat Chdniv opnieuw werd gehoord.",
        "De vrienden van Chdniv zwegen.",
    ],
)
def test_other_verbs_and_nouns_do_not_announce_a_place(analyzer, sentence):
    assert ("Chdniv", "Chudniv") not in places(analyzer, WAR + sentence)


@pytest.mark.parametrize(
    ("text", "mention", "name"),
    [
        # a misspelt hyphen compound is one name, also when a part is a name of its own
        ("Het leger trok naar Zroeb-Komarivkyj.", "Zroeb-Komarivkyj", "Zrub-Komarivskyi"),
        ("Het leger trok naar Likino-Doeluvo.", "Likino-Doeluvo", "Likino-Dulevo"),
        # "Male" alone is a village: the misspelt name of two words wins
        ("Het leger trok naar Male Mykilyke.", "Male Mykilyke", "Male Mykilske"),
        # whatever part of speech the tagger gives (ADJ) and where a weak parser starts a sentence
        (WAR + "Hij zei dat Visebsk opnieuw werd beschoten.", "Visebsk", "Vitebsk"),
        # the tokenizer splits at a typographic apostrophe (a soft sign): the word is one name
        (WAR + "In Krasnasyel’ski vielen doden.", "Krasnasyel’ski", "Krasnasyel’ski"),
        (WAR + "In Krasrasyel’ski vielen doden.", "Krasrasyel’ski", "Krasnasyel’ski"),
        # a genitive, though the tagger calls it an adjective
        ("Het leger trok door Kyiv's centrum.", "Kyiv's", "Kyiv"),
        # a sentence may begin with a name the tagger calls a noun
        (WAR + "Melitopool ligt op twintig kilometer van het front.", "Melitopool", "Melitopol"),
        # a first part too short to be a name of its own, a hyphen after the apostrophe
        (WAR + "In Ul’yanovsk vielen doden.", "Ul’yanovsk", "Ulyanovsk"),
        (WAR + "In Nar’yan-Mar vielen doden.", "Nar’yan-Mar", "Nar'yan-Mar"),
        (WAR + "In Spassk-Dal’niy vielen doden.", "Spassk-Dal’niy", "Spassk-Dal’niy"),
    ],
)
def test_misspelt_names_of_more_parts_are_matched_whole(analyzer, text, mention, name):
    assert (mention, name) in places(analyzer, text)
    found = [p for p in analyzer.analyze(text).places if p.text == mention]
    if "’" in mention and "Krasrasyel" not in mention:
        assert found[0].method == "exact"  # the whole word is an alias, found as it is


@pytest.mark.parametrize(
    ("text", "word", "linked"),
    [
        ("Lepel en vork liggen klaar.", "Lepel", False),  # a capital at a sentence's start
        ("In Lepel vielen doden.", "Lepel", True),
        ("Hij sprak het Engels vloeiend.", "Engels", False),  # towns take no article in Dutch
        ("De luchtmachtbasis bij Engels werd aangevallen.", "Engels", True),
        ("Engels werd opnieuw beschoten.", "Engels", True),  # what a war verb acts on
        ("Chili en Polen stemden.", "Polen", True),  # countries keep their Dutch names
        # after a comma no sentence starts
        ("De bases Saratov, Engels en Morozovsk werden aangevallen.", "Engels", True),
        ("Perm werd getroffen door een drone.", "Perm", True),  # a city of a million is spared
        # after a quotation's end, a bracket, a dash at a line's start a sentence begins
        ("Alles is klaar.” Lepel ligt op tafel.", "Lepel", False),
        ("(Zie hierboven.) Lepel ligt op tafel.", "Lepel", False),
        ("Eerst dit\n– Lepel ligt op tafel.", "Lepel", False),
        ("Ze zag Lepel en vork.", "Lepel", True),  # a capital inside a sentence is a name's
    ],
)
def test_a_town_whose_name_is_a_dutch_word_needs_evidence(analyzer, text, word, linked):
    assert any(p.text == word and p.record for p in analyzer.analyze(text).places) is linked


@pytest.mark.parametrize(
    ("text", "word", "linked"),
    [
        ("Volgens generaal Orlov is de situatie ernstig.", "Orlov", False),  # a title
        ("Orlov zei dat de onderhandelingen geen zin hebben.", "Orlov", False),  # says
        ("De situatie is ernstig, aldus Makarov.", "Makarov", False),  # a source word
        ("In Orlov zei de burgemeester dat het rustig was.", "Orlov", True),  # "in" wins
        ("Moskou zei dat de aanval mislukte.", "Moskou", True),  # a government speaks
        ("Volgens generaal Nikolajev is de situatie ernstig.", "Nikolajev", False),
    ],
)
def test_a_town_named_like_a_person_is_no_place_where_the_words_say_person(
    analyzer, text, word, linked
):
    assert any(p.text == word and p.record for p in analyzer.analyze(WAR + text).places) is linked


@pytest.mark.parametrize(
    ("text", "word", "linked"),
    [
        ("Ook Ivanov kreeg het zwaar te verduren.", "Ivanov", False),  # Ivanovo + a surname
        ("Zvereva kreeg het zwaar te verduren.", "Zvereva", False),  # Zverevo
        ("Het leger rukte op naar Zvereva.", "Zvereva", True),  # a place word decides
        ("Seropechov kreeg het zwaar te verduren.", "Seropechov", True),  # Serpukhov: a typo
    ],
)
def test_surnames_made_of_place_names_are_no_misspelt_places(analyzer, text, word, linked):
    assert any(p.text == word and p.record for p in analyzer.analyze(WAR + text).places) is linked


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (WAR + "Volgens generaal Orlov is het ernstig.", "Orlov"),
        (WAR + "Orlov zei dat het ernstig is.", "Orlov"),
        ("Hij sprak het Engels vloeiend.", "Engels"),
    ],
)
def test_a_word_found_to_be_no_place_does_not_return_as_an_entity(analyzer, text, word):
    """Even when the pipeline's NER calls it a place, it comes back neither linked nor as an
    unknown place."""
    nlp = analyzer.nlp
    own = [name for name in nlp.pipe_names if not name.startswith("claimkit")]
    with nlp.select_pipes(enable=own):
        doc = nlp(text)
    i = [token.text for token in doc].index(word)
    doc.ents = [Span(doc, i, i + 1, label=doc.vocab.strings.add("LOC"))]
    for name in nlp.pipe_names:
        if name.startswith("claimkit"):
            doc = nlp.get_pipe(name)(doc)
    assert word not in [span.text for span in doc.spans["claimkit_places"]]


@pytest.mark.parametrize(("scene", "country"), [("Rusland", "RU"), ("Oekraïne", "UA")])
def test_a_country_named_in_the_text_chooses_among_equal_homonyms(analyzer, scene, country):
    # Sergejevka: Sergeyevka (Russia) and Serhiivka (Ukraine), towns of equal prominence
    text = f"{scene} meldt nieuwe aanvallen. Later trokken de troepen door Sergejevka."
    found = [p for p in analyzer.analyze(text).places if p.text == "Sergejevka"]
    assert found and found[0].record.country == country
    assert found[0].alternatives  # the other town stays visible


def test_person_and_place_words_work_without_a_parser():
    """A pipeline without parser or tagger: no dependency or lemma evidence, no crash."""
    blank = claimkit.load(spacy.blank("nl"))
    for text in ("Orlov zei dat Bachmoet werd beschoten.", "Inwoners van Chdniv", "Engels"):
        analysis = blank.analyze(text)
        assert all(text[p.start : p.end] == p.text for p in analysis.places)
    assert [p.text for p in blank.analyze("Bachmoet werd beschoten.").places] == ["Bachmoet"]
    assert blank.analyze("Hij sprak het Engels vloeiend.").places == []  # the article, by word


def test_a_gazetteer_folder_may_carry_its_own_dutch_words(tmp_path):
    """Its own list is used, and a saved pipeline keeps the list it used (and only that)."""
    from claimkit.resources import gazetteer_dir

    folder = tmp_path / "gazetteers"
    folder.mkdir()
    for path in gazetteer_dir().iterdir():
        if path.is_file():
            (folder / path.name).write_bytes(path.read_bytes())
    (folder / "dutch_words.txt").write_text("# own list\nchdniv\n", encoding="utf-8")
    text = WAR + "Inwoners van Chdniv zitten zonder stroom."

    def linked(nlp):  # type: ignore[no-untyped-def]
        doc = nlp(text)
        return [s.text for s in doc.spans["claimkit_places"] if s.kb_id_]

    own = claimkit.load(model_path(), gazetteer_dir=str(folder)).nlp
    shipped = claimkit.load(model_path()).nlp
    assert "Chdniv" in linked(shipped) and "Chdniv" not in linked(own)
    saved = tmp_path / "saved"
    own.to_disk(saved)
    shutil.rmtree(folder)
    assert "Chdniv" not in linked(spacy.load(saved))
    shipped.to_disk(saved)  # the same folder again: the own list must not survive
    assert "Chdniv" in linked(spacy.load(saved))


def test_a_misspelt_name_of_two_words_is_matched_whole(analyzer):
    found = places(analyzer, "Het leger trok naar Velyka Oleksadrivka.")
    assert found == [("Velyka Oleksadrivka", "Velyka Oleksandrivka")]


@pytest.mark.parametrize(
    "text",
    [
        "De Brusselse regering zweeg.",  # adjective of a known name
        "Het hotel heet Kleine Story.",  # short Dutch words: no misspelt Klin or Stryi
        "Hij won van Zverevaa en Kournikova.",  # two edits on a 10-letter name is too far
        "Hotel Ter Streep ligt aan zee.",  # a Dutch word, one edit from Homel
        "Lepel en vork liggen klaar.",  # a Dutch word, the Dutch spelling of Lyepyel
    ],
)
def test_no_misspelt_place_on_adjectives_short_words_or_far_names(analyzer, text):
    assert [p for p in analyzer.analyze(text).places if p.record] == [], text
    # nor in a text about the war, where misspellings reach further
    assert [p.text for p in analyzer.analyze(WAR + text).places if p.record] == ["Oekraïne"]


def test_a_component_error_in_a_stream_goes_to_the_pipelines_error_handler(monkeypatch):
    """spaCy's ``nlp.set_error_handler`` sees claimkit's errors; the other Docs go on.

    (On a blank pipeline: the stand-in's loaded parser refuses ``set_error_handler``.)"""
    nlp = claimkit.load(spacy.blank("nl")).nlp
    linker = nlp.get_pipe("claimkit_places")
    original = type(linker).__call__

    def failing(self, doc):  # type: ignore[no-untyped-def]
        if "Boem" in doc.text:
            raise ValueError("boom")
        return original(self, doc)

    monkeypatch.setattr(type(linker), "__call__", failing)
    seen = []
    nlp.set_error_handler(lambda name, proc, docs, error: seen.append((name, str(error))))
    try:
        texts = ["In Bachmoet.", "Boem in Charkiv.", "In Cherson."]
        out = [doc.text for doc in nlp.pipe(texts)]
    finally:
        nlp.set_error_handler(spacy.util.raise_error)
    assert seen == [("claimkit_places", "boom")]
    assert out == ["In Bachmoet.", "In Cherson."]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Volgens generaal Syrskyj is de situatie ernstig.", "Oleksandr Syrskyi"),
        ("Oppositieleider Aleksej Navalni zit in de cel.", "Alexei Navalny"),
        ("Minister Sjojgoe bezocht het front.", "Sergei Shoigu"),
        ("Prigozjin trok op naar Moskou.", "Yevgeny Prigozhin"),
    ],
)
def test_a_name_written_in_cyrillic_is_found_in_every_romanisation(analyzer, text, name):
    # romanisations are generated from the Cyrillic aliases; other spellings meet them on
    # their spelling keys where the words say a person is named
    people = analyzer.analyze(text, date="2023-06").people
    assert name in [p.record.name for p in people if p.record], people


@pytest.mark.model
def test_an_acronym_in_lower_case_that_the_tagger_calls_a_word_is_no_organisation(analyzer):
    # "OM" is the Openbaar Ministerie; "Om" at a sentence's start is the preposition; "Navo",
    # a noun, stays NATO
    assert [o.text for o in analyzer.analyze("Om tien uur begon het.").organisations] == []
    assert [o.text for o in analyzer.analyze("Het OM vervolgt hem.").organisations] == ["OM"]
    assert [o.text for o in analyzer.analyze("De Navo vergadert.").organisations] == ["Navo"]


@pytest.mark.model
def test_a_role_phrase_written_as_a_hyphen_compound_is_resolved(analyzer):
    people = analyzer.analyze("De NAVO-chef sprak in Brussel.", date="2023-06").people
    assert [(p.text, p.record.name if p.record else None) for p in people] == [
        ("De NAVO-chef", "Jens Stoltenberg")
    ]


@pytest.mark.model
def test_a_processed_doc_stores_in_a_docbin_with_its_user_data(analyzer):
    from spacy.tokens import DocBin

    doc = analyzer.nlp("Rutte zei dat het kabinet 300 doden telde. “Het is klaar”, zei hij.")
    assert all(not isinstance(v, frozenset) for v in doc.user_data.values())
    stored = DocBin(store_user_data=True)
    stored.add(doc)
    (back,) = stored.from_bytes(stored.to_bytes()).get_docs(analyzer.nlp.vocab)
    assert [q.content.text for q in back._.quotes] == [q.content.text for q in doc._.quotes]


@pytest.mark.model
def test_the_shared_word_lists_are_dropped_after_the_last_claimkit_component():
    from claimkit.spans import doc_words

    sentence = "Volgens Rutte telde het kabinet 300 doden in Charkiv."
    nlp = spacy.load(model_path())
    nlp.add_pipe("claimkit_people")
    nlp.add_pipe("claimkit_quotes")
    doc = nlp(sentence)
    assert not any(str(key).startswith("claimkit_") for key in doc.user_data)
    people = nlp.get_pipe("claimkit_people")
    assert people._shares.is_last() is False  # quotes come after it
    with nlp.select_pipes(disable=["claimkit_quotes"]):
        assert people._shares.is_last() is True
    nlp.remove_pipe("claimkit_quotes")
    assert people._shares.is_last() is True  # the pipeline changed: people is last now
    doc = nlp(sentence)
    assert not any(str(key).startswith("claimkit_") for key in doc.user_data)
    doc_words(doc)  # a component called on its own leaves nothing behind either
    people(doc)
    assert not any(str(key).startswith("claimkit_") for key in doc.user_data)


@pytest.mark.model
def test_a_hyphenated_part_of_a_longer_name_is_not_split_off(analyzer):
    analysis = analyzer.analyze(" date 2019-05 Volgens Sabah Al-Ahmad Al-Jaber Al-Sabah is dat zo.")
    assert [(p.text, p.record.name if p.record else None) for p in analysis.people] == [
        ("Sabah Al-Ahmad Al-Jaber Al-Sabah", "Sabah Al-Ahmad Al-Jaber Al-Sabah")
    ]
    assert analysis.places == []


@pytest.mark.model
def test_a_dutch_word_the_text_also_writes_in_small_letters_is_no_person(analyzer):
    text = (
        " date 2019-05 Het hok grenst aan de tuin. Loods Het indrinkhok staat in de loods van de "
        "familie Biemans."
    )
    assert [p.text for p in analyzer.analyze(text).people] == ["Biemans"]


@pytest.mark.model
def test_an_office_and_a_name_that_takes_in_its_last_word_are_one_mention(analyzer):
    analysis = analyzer.analyze(" date 2019-03 De Britse koningin Elizabeth sprak het land toe.")
    assert [(p.text, p.record.name if p.record else None) for p in analysis.people] == [
        ("koningin Elizabeth", "Elizabeth II")
    ]


@pytest.mark.parametrize(
    ("text", "mention", "name"),
    [
        (
            " date 2022-03 Premier De Croo bezocht Kyiv. De premier sprak er met Zelenski.",
            "De premier",
            "Alexander De Croo",
        ),
        (
            " date 2019-03 Koning Willem-Alexander bezocht Lemmer. De koning gaf het startsein.",
            "De koning",
            "Willem-Alexander",
        ),
        (
            " date 2019-03 Minister van Justitie Ferd Grapperhaus wil strengere straffen. "
            "Volgens de minister is dat nodig.",
            "de minister",
            "Ferd Grapperhaus",
        ),
    ],
)
def test_a_title_alone_after_a_person_named_with_it_is_that_person(analyzer, text, mention, name):
    found = {p.text: p.record.name for p in analyzer.analyze(text).people if p.record}
    assert found.get(mention) == name


def test_a_title_alone_before_anyone_is_named_with_it_is_nobody(analyzer):
    people = analyzer.analyze(" date 2019-03 De premier sprak. Premier Rutte zweeg.").people
    assert [p.text for p in people] == ["Rutte"]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            " date 2019-04 Netanyahu lijkt op koers om de langstzittende premier van Israël te "
            "worden.",
            ["Netanyahu"],
        ),
        (" date 2019-04 De premier van Israël wordt bedreigd.", ["De premier van Israël"]),
    ],
)
def test_an_office_someone_becomes_names_no_holder(analyzer, text, people):
    assert [p.text for p in analyzer.analyze(text).people] == people
