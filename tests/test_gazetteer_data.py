"""Checks of the shipped gazetteer data files (pure Python: no spaCy, no claimkit import).

One test function per property, so that checks for other files (people, organisations, roles)
can be added beside these.
"""

from __future__ import annotations

import csv
import re
from functools import cache
from pathlib import Path

from claimkit.gazetteer.places import PLACE_COLUMNS, PLACE_KINDS

GAZETTEERS = Path(__file__).resolve().parents[1] / "gazetteers"
PLACES = GAZETTEERS / "places.curated.tsv"


ALIAS_SCHEMES = {"nl", "en", "de", "fr", "uk", "ru", "be"}
CYRILLIC_COUNTRIES = {"UA", "RU", "BY"}
# Aliases shorter than three letters are only allowed for these well-known abbreviations.
SHORT_ALIASES_OK = {"VS", "VK", "UK"}

UKRAINIAN_REGIONS = {
    "Cherkasy Oblast",
    "Chernihiv Oblast",
    "Chernivtsi Oblast",
    "Dnipropetrovsk Oblast",
    "Donetsk Oblast",
    "Ivano-Frankivsk Oblast",
    "Kharkiv Oblast",
    "Kherson Oblast",
    "Khmelnytskyi Oblast",
    "Kirovohrad Oblast",
    "Kyiv Oblast",
    "Luhansk Oblast",
    "Lviv Oblast",
    "Mykolaiv Oblast",
    "Odesa Oblast",
    "Poltava Oblast",
    "Rivne Oblast",
    "Sumy Oblast",
    "Ternopil Oblast",
    "Vinnytsia Oblast",
    "Volyn Oblast",
    "Zakarpattia Oblast",
    "Zaporizhzhia Oblast",
    "Zhytomyr Oblast",
    "Crimea",
}

CYRILLIC = re.compile(r"[\u0400-\u04FF]")
LATIN = re.compile(r"[A-Za-z]")
ID_PATTERN = re.compile(r"^(gn:[0-9]+|ua:UA[0-9]+|ck:[a-z0-9-]+)$")


def _read_tsv(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    with path.open(encoding="utf-8", newline="") as handle:
        lines = [line for line in handle if not line.startswith("#")]
    reader = csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    header = next(reader)
    rows = [dict(zip(header, values, strict=True)) for values in reader if values]
    return header, rows


@cache
def _places() -> tuple[tuple[str, ...], tuple[dict[str, str], ...]]:
    header, rows = _read_tsv(PLACES)
    return tuple(header), tuple(rows)


def places() -> tuple[dict[str, str], ...]:
    return _places()[1]


def aliases(row: dict[str, str]) -> list[tuple[str, str]]:
    pairs = []
    for alias in row["aliases"].split("|"):
        scheme, sep, text = alias.partition(":")
        assert sep, f"{row['id']}: alias without scheme: {alias!r}"
        pairs.append((scheme, text))
    return pairs


def place(name: str) -> dict[str, str]:
    matches = [row for row in places() if row["name"] == name]
    assert len(matches) == 1, f"expected one place named {name!r}, found {len(matches)}"
    return matches[0]


def region(name: str) -> dict[str, str]:
    matches = [row for row in places() if row["name"] == name and row["kind"] == "region"]
    assert len(matches) == 1, f"expected one region named {name!r}, found {len(matches)}"
    return matches[0]


def alias_set(row: dict[str, str]) -> set[tuple[str, str]]:
    return set(aliases(row))


# --- format -------------------------------------------------------------------------------


def test_places_header_is_the_spec():
    header, _ = _places()
    assert list(header) == list(PLACE_COLUMNS)


def test_places_rows_have_every_column():
    for row in places():
        assert all(row[column] is not None for column in PLACE_COLUMNS), row
        assert row["id"] and row["name"] and row["kind"] and row["country"], row


def test_places_ids_are_unique():
    ids = [row["id"] for row in places()]
    duplicates = {i for i in ids if ids.count(i) > 1}
    assert not duplicates


def test_places_id_format():
    for row in places():
        assert ID_PATTERN.match(row["id"]), row["id"]


def test_places_geonames_id_matches_gn_id():
    for row in places():
        if row["id"].startswith("gn:"):
            assert row["geonames_id"] == row["id"][3:], row["id"]
        elif row["geonames_id"]:
            assert row["geonames_id"].isdigit(), row["id"]


def test_places_at_least_150_rows():
    assert len(places()) >= 150


def test_places_kind_allowed():
    for row in places():
        assert row["kind"] in PLACE_KINDS, (row["id"], row["kind"])


def test_places_country_is_iso_alpha2():
    for row in places():
        assert re.fullmatch(r"[A-Z]{2}", row["country"]), (row["id"], row["country"])


def test_places_coordinates_in_range():
    for row in places():
        lat, lon = float(row["lat"]), float(row["lon"])
        assert -90 <= lat <= 90, row["id"]
        assert -180 <= lon <= 180, row["id"]


def test_places_population_is_empty_or_integer():
    for row in places():
        assert row["population"] == "" or row["population"].isdigit(), row["id"]


def test_places_admin1_empty_for_countries_and_regions():
    for row in places():
        if row["kind"] in {"country", "region"}:
            assert row["admin1"] == "", row["id"]


def test_places_aliases_are_scheme_tagged():
    for row in places():
        assert row["aliases"], f"{row['id']}: no aliases"
        for scheme, text in aliases(row):
            assert scheme in ALIAS_SCHEMES, (row["id"], scheme)
            assert text and text == text.strip(), (row["id"], text)


def test_places_alias_script_matches_scheme():
    for row in places():
        for scheme, text in aliases(row):
            if scheme in {"uk", "ru", "be"}:
                assert CYRILLIC.search(text) and not LATIN.search(text), (row["id"], text)
            else:
                assert not CYRILLIC.search(text), (row["id"], text)


def test_places_no_duplicate_alias_within_row():
    for row in places():
        pairs = aliases(row)
        assert len(pairs) == len(set(pairs)), row["id"]


def test_places_no_short_aliases():
    for row in places():
        for _, text in aliases(row):
            letters = sum(ch.isalpha() for ch in text)
            assert letters >= 3 or text in SHORT_ALIASES_OK, (row["id"], text)


def test_places_sorted_by_group_country_name():
    group = {"country": 0, "region": 1, "city": 2, "town": 2, "village": 2, "other": 3}
    keys = [(group[row["kind"]], row["country"], row["name"]) for row in places()]
    assert keys == sorted(keys)


# --- coverage -----------------------------------------------------------------------------


def test_places_every_ukrainian_oblast_is_a_region():
    regions = {
        row["name"] for row in places() if row["kind"] == "region" and row["country"] == "UA"
    }
    missing = UKRAINIAN_REGIONS - regions
    assert not missing


def test_places_ukrainian_admin1_is_a_region_name():
    regions = {row["name"] for row in places() if row["kind"] == "region"}
    for row in places():
        if row["country"] == "UA" and row["kind"] not in {"country", "region"}:
            assert row["admin1"] in regions, (row["id"], row["admin1"])


def test_places_native_is_cyrillic_for_ua_ru_by():
    for row in places():
        if row["country"] in CYRILLIC_COUNTRIES:
            assert row["native"], row["id"]
            assert CYRILLIC.search(row["native"]) and not LATIN.search(row["native"]), row["id"]


def test_places_every_ukrainian_place_has_dutch_and_cyrillic_aliases():
    for row in places():
        if row["country"] == "UA":
            schemes = {scheme for scheme, _ in aliases(row)}
            assert {"nl", "uk", "ru"} <= schemes, (row["id"], schemes)


# --- required facts -----------------------------------------------------------------------


def test_places_fact_bakhmut():
    row = place("Bakhmut")
    assert row["native"] == "Бахмут"
    assert row["country"] == "UA"
    assert row["admin1"] == "Donetsk Oblast"
    assert row["kind"] == "city"
    assert ("nl", "Bachmoet") in alias_set(row)


def test_places_fact_donetsk_oblast():
    row = region("Donetsk Oblast")
    assert row["native"] == "Донецька область"
    assert row["country"] == "UA"
    assert row["id"] == "gn:709716"


def test_places_fact_ukraine_and_russia():
    ukraine = place("Ukraine")
    assert (ukraine["kind"], ukraine["country"]) == ("country", "UA")
    russia = place("Russia")
    assert (russia["kind"], russia["country"]) == ("country", "RU")


def test_places_fact_minsk():
    row = place("Minsk")
    assert row["native"] == "Мінск"
    assert row["country"] == "BY"
    assert row["kind"] == "city"


def test_places_fact_kherson():
    row = place("Kherson")
    assert row["native"] == "Херсон"
    assert row["admin1"] == "Kherson Oblast"
    assert row["kind"] == "city"
    assert ("nl", "Cherson") in alias_set(row)


def test_places_fact_izium():
    row = place("Izium")
    assert row["native"] == "Ізюм"
    assert row["admin1"] == "Kharkiv Oblast"
    assert row["kind"] == "city"
    assert {("nl", "Izyum"), ("nl", "Izjoem")} <= alias_set(row)


def test_places_fact_moscow():
    row = place("Moscow")
    assert row["native"] == "Москва"
    assert row["country"] == "RU"
    assert row["kind"] == "city"
    assert ("nl", "Moskou") in alias_set(row)


def test_places_fact_sloviansk():
    row = place("Sloviansk")
    assert row["native"] == "Слов'янськ"  # ASCII apostrophe U+0027
    assert row["admin1"] == "Donetsk Oblast"
    assert row["kind"] == "city"


def test_places_fact_kramatorsk():
    row = place("Kramatorsk")
    assert row["native"] == "Краматорськ"
    assert row["admin1"] == "Donetsk Oblast"
    assert row["kind"] == "city"


def test_places_fact_donbas():
    row = place("Donbas")
    assert row["id"] == "ck:donbas"
    assert row["kind"] == "region"
    assert row["country"] == "UA"


def test_places_fact_crimea():
    row = region("Crimea")
    assert {("nl", "Krim"), ("uk", "Крим"), ("ru", "Крым")} <= alias_set(row)


def test_hand_made_world_places_have_unique_ids_and_each_dutch_name_once():
    _, rows = _read_tsv(GAZETTEERS / "places.world-curated.tsv")
    ids = [row["id"] for row in rows]
    assert sorted({i for i in ids if ids.count(i) > 1}) == []
    owners: dict[str, set[str]] = {}
    for row in rows:
        for scheme, text in aliases(row):
            if scheme == "nl":
                owners.setdefault(text, set()).add(row["id"])
    assert {name: ids for name, ids in owners.items() if len(ids) > 1} == {}
