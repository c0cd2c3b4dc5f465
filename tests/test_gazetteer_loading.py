"""Loading gazetteers: the alias index, the compiled cache, clear errors on bad files."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimkit.errors import GazetteerError
from claimkit.gazetteer.index import AliasIndex, normalize
from claimkit.gazetteer.places import PlaceGazetteer, _compiled, place_files
from claimkit.resources import gazetteer_dir

HEADER = "id\tname\tnative\tkind\tcountry\tadmin1\tlat\tlon\tpopulation\tgeonames_id\taliases\n"


def test_normalize_folds_case_latin_marks_and_apostrophes_but_not_cyrillic():
    assert normalize("Oekraïne") == "oekraine"
    assert normalize("Slov’jansk") == "slov'jansk"
    assert normalize("Київ") == "київ"
    assert normalize("Мирний") != normalize("Мирнии")


def test_alias_index_longest_match_and_fuzzy_blocking():
    index = AliasIndex()
    index.add("Nova Kachovka", "a")
    index.add("Kachovka", "b")
    index.add("Bachmoet", "c")
    keys = [normalize(w) for w in ["naar", "Nova", "Kachovka", "en", "Kachovka"]]
    assert index.longest_at(keys, 1) == (2, ["a"])
    assert index.longest_at(keys, 4) == (1, ["b"])
    assert index.longest_at(keys, 0) == (0, [])
    (hit,) = index.fuzzy("bachmout", max_edits=2)  # "oe" and "ou": one substitution
    assert (hit.ids, hit.score) == (("c",), 0.875)
    assert index.fuzzy("bachmuut", max_edits=1) == []
    assert index.fuzzy("zachmoet", max_edits=3) == []  # other first letter: not a candidate
    assert [h.ids for h in index.fuzzy("bachmoe", max_edits=1)] == [("c",)]


def test_later_tables_override_earlier_ones_and_aliases_add_up(tmp_path):
    (tmp_path / "places.generated.tsv").write_text(
        HEADER + "gn:1\tOldname\t\ttown\tUA\t\t\t\t\t\ten:Old\n", encoding="utf-8"
    )
    (tmp_path / "places.curated.tsv").write_text(
        HEADER + "gn:1\tNewname\t\tcity\tUA\t\t\t\t\t\tnl:Nieuw\n", encoding="utf-8"
    )
    gazetteer = PlaceGazetteer.from_files(place_files(tmp_path))
    assert gazetteer["gn:1"].name == "Newname" and gazetteer["gn:1"].kind == "city"
    for alias in ("old", "nieuw", "oldname", "newname"):
        assert gazetteer.index.get((alias,)) == ["gn:1"]


@pytest.mark.parametrize(
    ("row", "problem"),
    [
        ("gn:1\tX\t\tmetropolis\tUA\t\t\t\t\t\t\n", "unknown kind"),
        ("gn:1\tX\t\tcity\tUA\t\tnorth\t\t\t\t\n", "not a number"),
        ("gn:1\tX\t\tcity\tUA\t\t\t\t\t\txx:Y\n", "malformed alias"),
        ("gn:1\t\t\tcity\tUA\t\t\t\t\t\t\n", "id and name"),
    ],
)
def test_a_bad_row_is_an_error_naming_file_and_line(tmp_path, row, problem):
    path = tmp_path / "places.curated.tsv"
    path.write_text("# comment\n" + HEADER + row, encoding="utf-8")
    with pytest.raises(GazetteerError, match=problem) as err:
        PlaceGazetteer.from_files([path])
    assert f"{path}:3" in str(err.value)


def test_a_missing_column_is_an_error(tmp_path):
    path = tmp_path / "places.curated.tsv"
    path.write_text("id\tname\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match="missing column"):
        PlaceGazetteer.from_files([path])


def test_compiled_cache_gives_the_same_gazetteer_and_survives_corruption(tmp_path, monkeypatch):
    monkeypatch.setenv("CLAIMKIT_CACHE_DIR", str(tmp_path))
    paths = place_files(gazetteer_dir())
    first = _compiled(paths)
    (cached,) = Path(tmp_path).glob("places-*.pickle")
    second = _compiled(paths)
    assert second.rows == first.rows
    assert dict(second.index.aliases()) == dict(first.index.aliases())
    cached.write_bytes(b"not a pickle")
    third = _compiled(paths)
    assert third.rows == first.rows


def test_records_are_made_on_demand_with_typed_fields():
    gazetteer = PlaceGazetteer.from_files(place_files(gazetteer_dir()))
    (bakhmut,) = gazetteer.index.get(("bachmoet",))
    record = gazetteer.records[bakhmut]
    assert (record.name, record.kind, record.country) == ("Bakhmut", "city", "UA")
    assert isinstance(record.lat, float) and isinstance(record.geonames_id, int)
