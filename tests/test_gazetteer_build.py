"""The generated places table: reproducible build, renames, OCHA villages, no id clashes.

Pure data tests (no spaCy pipeline). The build tests need the raw GeoNames files in
``../shared/geo`` and are skipped without them; the others read the committed table.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from claimkit.gazetteer.build import build_places
from claimkit.gazetteer.index import normalize
from claimkit.gazetteer.places import PLACE_COLUMNS, PlaceGazetteer
from claimkit.gazetteer.tables import parse_aliases, read_rows

ROOT = Path(__file__).resolve().parents[1]
GAZETTEERS = ROOT / "gazetteers"
GENERATED = GAZETTEERS / "places.generated.tsv"
CURATED = GAZETTEERS / "places.curated.tsv"
GEO = ROOT.parent / "shared" / "geo"

needs_geo = pytest.mark.skipif(
    not (GEO / "cities5000.zip").is_file(), reason="raw GeoNames/OCHA files not available"
)


def _rows(path: Path) -> dict[str, dict[str, str]]:
    return {row["id"]: row for _, row in read_rows(path, PLACE_COLUMNS)}


@pytest.fixture(scope="module")
def generated() -> dict[str, dict[str, str]]:
    return _rows(GENERATED)


def _spellings(row: dict[str, str]) -> set[str]:
    names = {row["name"], *(s for _, s in parse_aliases(row["aliases"], where=row["id"]))}
    return {" ".join(normalize(w) for w in n.replace("'", "").split()) for n in names}


@needs_geo
def test_build_is_reproducible(tmp_path: Path) -> None:
    first, second = tmp_path / "a.tsv", tmp_path / "b.tsv"
    stats = build_places(GEO, first, overlay_dir=GAZETTEERS, countries=("BY", "MD"))
    build_places(GEO, second, overlay_dir=GAZETTEERS, countries=("BY", "MD"))
    assert first.read_bytes() == second.read_bytes()
    assert stats.rows == stats.by_country["BY"] + stats.by_country["MD"] > 150
    assert stats.bytes == len(first.read_bytes())
    text = first.read_text(encoding="utf-8")
    assert "GeoNames (geonames.org), CC BY 4.0" in text
    assert "OCHA, COD Ukraine, CC BY-IGO 3.0" in text
    assert not re.search(r"20\d\d-\d\d-\d\d", text.split("\nid\t")[0])  # no timestamp
    ids = [row["id"] for _, row in read_rows(first, PLACE_COLUMNS)]
    assert ids == sorted(ids)
    minsk = _rows(first)["gn:625144"]
    assert minsk["native"] == "Мінск" and "ru:Минск" in minsk["aliases"].split("|")


def test_renames_applied(generated: dict[str, dict[str, str]]) -> None:
    bakhmut = generated["gn:713174"]
    assert (bakhmut["name"], bakhmut["native"]) == ("Bakhmut", "Бахмут")
    assert {"nl:Bachmoet", "en:Artemivsk", "en:Artemivs'k"} <= set(bakhmut["aliases"].split("|"))
    assert generated["gn:704422"]["name"] == "Pokrovsk"
    assert generated["gn:709354"]["name"] == "Toretsk"


def test_rename_overlay_well_formed() -> None:
    rows = [row for _, row in read_rows(GAZETTEERS / "overlays" / "renamed.tsv", ["id"])]
    assert len(rows) >= 20
    for row in rows:
        assert re.fullmatch(r"gn:\d+", row["id"]) and row["new_name"] and row["new_native"]


def test_ocha_village_with_dutch_alias(generated: dict[str, dict[str, str]]) -> None:
    # Klishchiivka (Donetsk Oblast): under 5,000 inhabitants, so only OCHA has it.
    row = generated["ua:UA1402001012"]
    assert (row["name"], row["native"], row["kind"]) == ("Klishchiivka", "Кліщіївка", "village")
    assert row["admin1"] == "Donetsk Oblast" and row["country"] == "UA"
    assert "nl:Klisjtsjijivka" in row["aliases"].split("|")


def test_ambiguous_names_kept(generated: dict[str, dict[str, str]]) -> None:
    andriivkas = [r for r in generated.values() if r["name"] == "Andriivka"]
    assert len(andriivkas) > 30


def test_aliases_well_formed(generated: dict[str, dict[str, str]]) -> None:
    kinds = {"city", "town", "village"}
    regions = {row["name"] for row in _rows(CURATED).values() if row["kind"] == "region"}
    for place_id, row in generated.items():
        assert re.fullmatch(r"gn:\d+|ua:UA\d+", place_id)
        assert row["kind"] in kinds and row["name"]
        aliases = parse_aliases(row["aliases"], where=place_id)
        assert aliases, place_id
        keys = [s.casefold() for _, s in aliases]
        assert len(keys) == len(set(keys)), place_id
        for scheme, spelling in aliases:
            assert spelling == spelling.strip() and "  " not in spelling
            cyrillic = bool(re.search("[\u0400-\u04ff]", spelling))
            assert cyrillic == (scheme in {"uk", "ru", "be"}), (place_id, scheme, spelling)
        if row["country"] == "UA":
            assert row["admin1"] in regions, (place_id, row["admin1"])


def test_loads_with_curated_overlay() -> None:
    gazetteer = PlaceGazetteer.from_files([GENERATED, CURATED])
    assert len(gazetteer) > 30_000
    assert gazetteer["gn:713174"].name == "Bakhmut"
    assert "gn:713174" in gazetteer.index.get(("artemivsk",))
    assert "ua:UA2310027015" in gazetteer.index.get(("robotyne",))


def test_no_id_clash_with_curated(generated: dict[str, dict[str, str]]) -> None:
    curated = _rows(CURATED)
    shared = [pid for pid in curated if pid in generated]
    assert len(shared) > 50
    for place_id in shared:
        assert _spellings(curated[place_id]) & _spellings(generated[place_id]), place_id
    # One place, one id: no curated ua: record whose settlement the build gave a gn: id.
    natives = {
        (row["native"], row["admin1"]): pid
        for pid, row in generated.items()
        if pid.startswith("gn:") and row["country"] == "UA"
    }
    for place_id, row in curated.items():
        if place_id.startswith("ua:"):
            assert (row["native"], row["admin1"]) not in natives, place_id
