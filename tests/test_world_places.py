"""Places of the whole world (issue 17): Dutch names and exonyms, areas, and what is no place."""

from __future__ import annotations

import pytest

from claimkit.gazetteer.places import load_places
from conftest import assert_offsets


def linked(analyzer, text: str) -> dict[str, tuple[str, str | None, str]]:
    analysis = analyzer.analyze(text)
    assert_offsets(analysis)
    return {
        p.text: (p.record.name, p.record.country, p.record.kind)
        for p in analysis.places
        if p.record is not None
    }


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "mention", "country"),
    [
        ("Hij reisde van Antwerpen naar Gent.", "Antwerpen", "BE"),
        ("Hij reisde van Antwerpen naar Gent.", "Gent", "BE"),
        ("De betoging in Rotterdam liep uit de hand.", "Rotterdam", "NL"),
        ("Spanje en Syrië stemden tegen.", "Spanje", "ES"),
        ("Spanje en Syrië stemden tegen.", "Syrië", "SY"),
        ("Israël bombardeerde opnieuw Gaza.", "Israël", "IL"),
        ("Israël bombardeerde opnieuw Gaza.", "Gaza", "PS"),
        ("De top vond plaats in München.", "München", "DE"),
        ("De gesprekken in Genève liepen vast.", "Genève", "CH"),
        ("Hij bezocht Jeruzalem en Istanboel.", "Jeruzalem", "IL"),
        ("Hij bezocht Jeruzalem en Istanboel.", "Istanboel", "TR"),
        ("De trein van Keulen naar Aken was vertraagd.", "Keulen", "DE"),
        ("De trein van Keulen naar Aken was vertraagd.", "Aken", "DE"),
        ("Het proces in Luik werd uitgesteld.", "Luik", "BE"),
        ("Hij woont in Rijsel, niet in Praag.", "Rijsel", "FR"),
        ("Hij woont in Rijsel, niet in Praag.", "Praag", "CZ"),
        ("Van Kopenhagen vloog hij naar Peking en Kaapstad.", "Kopenhagen", "DK"),
        ("Van Kopenhagen vloog hij naar Peking en Kaapstad.", "Peking", "CN"),
        ("Van Kopenhagen vloog hij naar Peking en Kaapstad.", "Kaapstad", "ZA"),
        ("De NAVO-ministers kwamen samen in Brussel.", "Brussel", "BE"),
        ("De minister vloog naar Washington en Ankara.", "Washington", "US"),
        ("De minister vloog naar Washington en Ankara.", "Ankara", "TR"),
        ("De Verenigde Staten en Tsjechië tekenden.", "Verenigde Staten", "US"),
        ("De Verenigde Staten en Tsjechië tekenden.", "Tsjechië", "CZ"),
    ],
)
def test_places_of_the_world_by_their_dutch_names(analyzer, text, mention, country):
    found = linked(analyzer, text)
    assert mention in found, found
    assert found[mention][1] == country


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "mention", "name"),
    [
        ("Het geweld in Vlaanderen en Wallonië nam toe.", "Vlaanderen", "Flanders"),
        ("Het geweld in Vlaanderen en Wallonië nam toe.", "Wallonië", "Wallonia"),
        ("In Catalonië en Beieren wordt gestemd.", "Catalonië", "Catalonia"),
        ("In Catalonië en Beieren wordt gestemd.", "Beieren", "Bavaria"),
        ("De spanningen in het Midden-Oosten en de Balkan nemen toe.", "Midden-Oosten", None),
        ("Het schip voer over de Zwarte Zee.", "Zwarte Zee", None),
        ("Hij landde op Schiphol.", "Schiphol", None),
    ],
)
def test_regions_areas_seas_and_sites(analyzer, text, mention, name):
    found = linked(analyzer, text)
    assert mention in found, found
    if name is not None:
        assert found[mention][0] == name


@pytest.mark.model
def test_bergen_in_a_flemish_text_is_mons_and_in_a_norwegian_one_bergen_norway(analyzer):
    assert linked(analyzer, "Het proces in Bergen begint morgen.")["Bergen"][1] in ("BE", "NL")
    norway = linked(analyzer, "In Noorwegen is het koud. Bergen en Oslo kregen sneeuw.")
    assert norway["Bergen"][1] == "NO"


@pytest.mark.model
def test_a_capital_outranks_a_village_of_the_same_name(analyzer):
    found = linked(analyzer, "De delegatie reisde naar Madrid.")
    assert found["Madrid"] == ("Madrid", "ES", "city")


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Hij luistert naar Studio Brussel.",
        "Hij kijkt elke avond naar Hart van Nederland.",
        "Air France-KLM schrapt vluchten.",
        "Real Madrid won de finale.",
        "Dat staat in de Gazet van Antwerpen en de Washington Post.",
        "Hij sprak Nederlands, Engels en Frans.",
        "De VAD meldt een stijging.",
        "Hij won de Champions League.",
        "Het vlaggenschip Moskva zonk in april.",
    ],
)
def test_names_inside_names_languages_and_acronyms_are_no_places(analyzer, text):
    assert linked(analyzer, text) == {}


@pytest.mark.model
def test_a_town_named_like_a_person_far_away_needs_a_place_word(analyzer):
    assert "Norman" not in linked(analyzer, "Norman won de wedstrijd na een lange strijd.")
    assert linked(analyzer, "Hij woonde jaren in Norman.")["Norman"][1] == "US"


@pytest.mark.model
def test_sports_result_codes_between_brackets_are_countries(analyzer):
    found = linked(analyzer, "1. Mario Cipollini (Ita) 4u12. 2. Tom Steels (Bel) zelfde tijd.")
    assert found["Ita"][1] == "IT" and found["Bel"][1] == "BE"
    assert linked(analyzer, "Het kuuroord Spa ligt in de Ardennen.")["Spa"][1] == "BE"


@pytest.mark.model
def test_result_codes_with_a_seeding_are_countries_and_the_players_are_not_places(analyzer):
    found = linked(
        analyzer,
        "Tweede ronde: Martinez (Spa / 5) - Black (Zim) 4-6, 7-5, 6-4 -- "
        "Williams (VSt / 4) - Kucera (Svk) 6-2, 6-2",
    )
    assert {code: found[code][1] for code in ("Spa", "Zim", "VSt", "Svk")} == {
        "Spa": "ES",
        "Zim": "ZW",
        "VSt": "US",
        "Svk": "SK",
    }
    assert "Martinez" not in found and "Williams" not in found


@pytest.mark.model
def test_a_known_place_of_another_country_never_becomes_a_ukrainian_village(analyzer):
    found = linked(analyzer, "Kosovo en Servië praten in Brussel over de grens.")
    assert found["Kosovo"][1] == "XK"


def test_an_area_of_several_countries_has_no_country():
    places = load_places()
    europe = [places[p] for p in places.index.get(("europa",))]
    assert europe and all(r.country is None for r in europe if r.kind == "region")


def test_the_world_table_keeps_dutch_exonyms_tagged_dutch():
    places = load_places()
    luik = [places[p] for p in places.index.get(("luik",))]
    assert any(r.name == "Liège" and r.country == "BE" for r in luik)


@pytest.mark.model
def test_an_untagged_alternate_name_is_weaker_evidence_than_a_records_own_name(analyzer):
    # GeoNames calls Limburg an der Lahn "Limburg" too; Dutch news means the province
    assert linked(analyzer, "In Limburg regent het.")["Limburg"][1:] in (
        ("BE", "region"),
        ("NL", "region"),
    )
    # and Ciudad del Carmen "Carmen": no town where a name is meant
    assert "Carmen" not in linked(analyzer, "Carmen houdt de tijd bij.")


@pytest.mark.model
def test_words_that_are_dutch_words_or_function_words_are_no_inflected_places(analyzer):
    assert linked(analyzer, "Wiens fiets is dit?") == {}
    assert linked(analyzer, "Komen is het woord van vandaag.") == {}


@pytest.mark.model
def test_a_country_adjective_is_no_place_but_tells_a_nearby_places_country(analyzer):
    assert linked(analyzer, "De Spaanse stad Valencia werd getroffen.")["Valencia"][1] == "ES"
    venezuela = linked(analyzer, "In Valencia werd het Venezolaanse parlement bestormd.")
    assert venezuela["Valencia"][1] == "VE"
    assert linked(analyzer, "Hij sprak vloeiend Spaans met de Spaanse minister.") == {}


@pytest.mark.model
def test_a_surname_that_is_also_a_town_stays_a_persons_name(analyzer):
    # the world has a Van (Turkey), an Asselt and a Koppen: people keep their names
    analysis = analyzer.analyze(
        "Dat zei zijn advocaat Henk van Asselt. Volgens Van Asselt is het een ongeval."
    )
    assert "Henk van Asselt" in [p.text for p in analysis.people]
    assert not [p for p in analysis.places if "Asselt" in p.text]


@pytest.mark.model
def test_after_an_article_a_region_outranks_a_town_of_the_same_name(analyzer):
    assert linked(analyzer, "In de Kempen regent het.")["Kempen"][1:] == ("BE", "region")
    assert linked(analyzer, "Hij woont in Kempen bij Krefeld.")["Kempen"][1] == "DE"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "mention", "country"),
    [
        ("Antwerpen reageerde verheugd op het nieuws.", "Antwerpen", "BE"),  # a city's government
        ("Volgens Mechelen is dat niet zo.", "Mechelen", "BE"),
        ("De N-VA van Lede won de verkiezingen.", "Lede", "BE"),  # a party's branch
        ("Gent heeft een nieuwe burgemeester.", "Gent", "BE"),  # a town at a sentence's start
        ("GENT - De politie heeft gisteren een man opgepakt.", "GENT", "BE"),  # a dateline
        ("Hij woont in Zeeland.", "Zeeland", "NL"),  # the province, not the village
        ("De orkaan trof Florida.", "Florida", "US"),  # the state, not Uruguay's department
        ("1. Pogacar (SLO) 2. Van Aert (BEL)", "SLO", "SI"),
    ],
)
def test_what_a_first_review_found(analyzer, text, mention, country):
    found = linked(analyzer, text)
    assert mention in found, found
    assert found[mention][1] == country


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Namen van slachtoffers worden niet genoemd.",  # the noun: its verb is plural
        "Memphis Depay scoorde twee keer.",  # a name that begins with a town's
        "Lieven Gent verliet de partij.",
    ],
)
def test_names_and_nouns_a_first_review_found_are_no_places(analyzer, text):
    assert linked(analyzer, text) == {}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "elided", "country"),
    [
        ("Er is onrust in Noord- en Zuid-Korea.", "Noord-", "KP"),
        ("De provincies Oost- en West-Vlaanderen krijgen regen.", "Oost-", "BE"),
        ("Het regent in zowel Zuid- als Noord-Holland.", "Zuid-", "NL"),
    ],
)
def test_a_compound_whose_second_part_the_next_one_gives_is_that_place(
    analyzer, text, elided, country
):
    assert linked(analyzer, text)[elided][1] == country


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Zou het kunnen dat de minister zich vergist?", "Zou"),
        ("Haar vader werkte jaren in de haven.", "Haar"),
        ("Nico en Marianne liepen hand in hand de trap op.", "Nico"),
    ],
)
def test_function_words_and_given_names_that_only_alternate_names_make_places(analyzer, text, word):
    assert word not in linked(analyzer, text)


@pytest.mark.parametrize(
    "text",
    [
        '" Want als Bart komt , regent het een avond lang pointes . "',
        "Maar Toyota wil er voorlopig nog niet meer informatie over kwijt .",
        "Amper twee jaar later is de olieprijs bijna verdrievoudigd .",
        "Lance Armstrong wil opnieuw de Tour winnen .",
    ],
)
def test_given_names_brands_and_ordinary_words_are_no_places(analyzer, text):
    assert analyzer.analyze(text).places == []


def test_an_ordinary_word_after_a_place_preposition_stays_a_place(analyzer):
    places = analyzer.analyze("Niet in België en niet in Laken .").places
    assert [p.text for p in places] == ["België", "Laken"]


@pytest.mark.parametrize(
    "text",
    ["Brussel 2000 bespaart voort .", "Vermeulen praat erover op Nederland 3 ( 19.25 u . ) ."],
)
def test_a_place_name_with_a_number_is_another_name(analyzer, text):
    assert analyzer.analyze(text).places == []


def test_a_place_before_years_or_a_count_stays_a_place(analyzer):
    text = "Kunstenaars in België 1900 - 2000 . In Gent 300 betogers ."
    assert [p.text for p in analyzer.analyze(text).places] == ["België", "Gent"]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("De fusie van Fortis België en Fortis Nederland verhoogt de belangstelling .", []),
        ("Shell Nederland maakt winst .", []),
        ("Nadat Poetin Oekraïne binnenviel , vluchtten miljoenen .", ["Oekraïne"]),
        ("Toen Zelensky Polen bezocht , was het koud .", ["Polen"]),
    ],
)
def test_a_country_after_a_company_name_is_the_company_not_after_a_person(analyzer, text, places):
    assert [p.text for p in analyzer.analyze(text).places] == places


@pytest.mark.model
def test_a_plural_noun_the_pipeline_calls_a_place_is_people(analyzer):
    analysis = analyzer.analyze("Hij vraagt de Oekraïners om thuis te blijven.")
    assert [p.text for p in analysis.places] == []


def test_a_cldr_name_with_another_in_brackets_gives_both_and_former_names_link(analyzer):
    places = analyzer.analyze("Hij woonde in Birma en werd geboren in Madras.").places
    found = [(p.text, p.record.name) for p in places]
    assert found == [("Birma", "Myanmar"), ("Madras", "Chennai")]


def test_a_places_adjective_in_s_before_its_noun_is_no_place(analyzer):
    places = analyzer.analyze("Er komt een echt Brussels voorstadsnet met parkings.").places
    assert places == []


@pytest.mark.parametrize(
    ("text", "mention", "name"),
    [
        # former and other names of countries (overlays/aliases_nl.tsv)
        ("De president van Macedonië sprak in Skopje.", "Macedonië", "North Macedonia"),
        ("De koning van Swaziland reisde af.", "Swaziland", "Eswatini"),
        ("De Tsjechische Republiek trad toe.", "Tsjechische Republiek", "Czechia"),
        ("Het Groothertogdom Luxemburg betaalt mee.", "Groothertogdom Luxemburg", "Luxembourg"),
        ("East Timor werd onafhankelijk.", "East Timor", "Timor Leste"),
        # islands, mountains, holiday regions, former states (places.world-curated.tsv)
        ("Hij woont op Tenerife.", "Tenerife", "Tenerife"),
        ("Ze gingen naar Mallorca en Lesbos.", "Mallorca", "Mallorca"),
        ("Ze gingen naar Mallorca en Lesbos.", "Lesbos", "Lesbos"),
        ("De renners reden door de Dolomieten.", "Dolomieten", "Dolomites"),
        ("In de Algarve is het warm.", "Algarve", "Algarve"),
        ("Ze wandelden in het Zwarte Woud en de Hoge Venen.", "Zwarte Woud", "Black Forest"),
        ("Ze wandelden in het Zwarte Woud en de Hoge Venen.", "Hoge Venen", "High Fens"),
        ("De Karpaten scheiden Oekraïne van Hongarije.", "Karpaten", "Carpathian Mountains"),
        ("Hij werd geboren in de Sovjet-Unie.", "Sovjet-Unie", "Soviet Union"),
        ("Zij vluchtte uit de DDR.", "DDR", "East Germany"),
    ],
)
def test_former_country_names_islands_mountains_and_holiday_regions(analyzer, text, mention, name):
    assert linked(analyzer, text)[mention][0] == name


def test_a_place_after_a_regional_adjective_is_a_place(analyzer):
    text = "Het gaat om een tuincentrum in het West-Vlaamse Dadizele."
    assert linked(analyzer, text)["Dadizele"][1] == "BE"
