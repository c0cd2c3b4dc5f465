"""The places gazetteer: canonical records and the index of their spellings.

Loading parses the TSV tables once and keeps a compiled copy (a pickle keyed by the tables'
content) in the user's cache folder (``$CLAIMKIT_CACHE_DIR``, else ``$XDG_CACHE_HOME/claimkit``
or ``~/.cache/claimkit``), so a process that loads the full gazetteer again reads the cache.
Records are kept as plain tuples and become :class:`PlaceRecord` objects only when asked for.
"""

from __future__ import annotations

import gc
import json
import logging
import math
import os
import pickle
import tempfile
from collections.abc import Iterator, Mapping, Sequence
from functools import cache, cached_property
from pathlib import Path
from typing import get_args

from claimkit.errors import GazetteerError
from claimkit.gazetteer.index import AliasIndex, split_words
from claimkit.gazetteer.spelling import is_cyrillic, spelling_keys
from claimkit.gazetteer.tables import (
    PLACE_COLUMNS,
    content_digest,
    load_once,
    optional_float,
    optional_int,
    parse_aliases,
    read_rows,
)
from claimkit.resources import gazetteer_dir, load_json
from claimkit.results import PlaceKind, PlaceRecord

log = logging.getLogger(__name__)

PLACE_KINDS = frozenset(get_args(PlaceKind))
_FIELDS = PLACE_COLUMNS[:-1]
_KIND, _POPULATION = _FIELDS.index("kind"), _FIELDS.index("population")
_COUNTRY = _FIELDS.index("country")
_AREA_KINDS = frozenset({"region", "other"})  # may span countries: no country code

# Later files override earlier ones record by record (their aliases are added to the earlier
# ones'), so the hand-made overlay wins over the generated table.
DEFAULT_PLACE_FILES = (
    "places.world.tsv",
    "places.generated.tsv",
    "places.world-curated.tsv",
    "places.curated.tsv",
)
_CACHE_FORMAT = 8

Row = tuple[
    str, str, str | None, str, str, str | None, float | None, float | None, int | None, int | None
]

_KIND_PRIOR = {
    "country": 1.0,
    "city": 0.9,
    "region": 0.7,
    "town": 0.6,
    "other": 0.5,
    "village": 0.4,
}
# A region without a population counts with a share of its country's (a town of the same
# name must not outrank Zeeland or Florida for its population alone; Florida the US state
# before Uruguay's department).
_REGIONS_PER_COUNTRY = 20
_REGION_MIN_POPULATION = 100_000


class PlaceRecords(Mapping[str, PlaceRecord]):
    """Place records by id, made from their rows on first access."""

    def __init__(self, rows: dict[str, Row]) -> None:
        self._rows = rows
        self._made: dict[str, PlaceRecord] = {}

    def __getitem__(self, place_id: str) -> PlaceRecord:
        record = self._made.get(place_id)
        if record is None:
            row = self._rows[place_id]
            record = PlaceRecord.model_construct(**dict(zip(_FIELDS, row, strict=True)))
            self._made[place_id] = record
        return record

    def __contains__(self, place_id: object) -> bool:
        return place_id in self._rows

    def __iter__(self) -> Iterator[str]:
        return iter(self._rows)

    def __len__(self) -> int:
        return len(self._rows)


class PlaceGazetteer:
    """Place records by id, and an :class:`AliasIndex` of every spelling."""

    def __init__(
        self,
        rows: dict[str, Row],
        index: AliasIndex,
        overlay_ids: frozenset[str],
        key_index: AliasIndex,
        alternate_only: frozenset[tuple[tuple[str, ...], str]] = frozenset(),
    ) -> None:
        self.rows = rows
        #: (alias key, id) pairs known only from GeoNames' untagged alternate names (``alt:``):
        #: weaker evidence than a record's own or a Dutch name (Limburg for Limburg an der Lahn)
        self.alternate_only = alternate_only
        self.records = PlaceRecords(rows)
        self.index = index
        #: ids of the last table read (the hand-curated overlay of the shipped gazetteer)
        self.overlay_ids = overlay_ids
        #: names by their spelling keys (:mod:`claimkit.gazetteer.spelling`): Bachmoet, Bakhmout
        #: and Бахмут meet on one key
        self.key_index = key_index
        self._one_word_names: dict[tuple[frozenset[str], frozenset[str] | None], AliasIndex] = {}
        self._multi_word_names: dict[tuple[frozenset[str], frozenset[str] | None], AliasIndex] = {}

    def __len__(self) -> int:
        return len(self.rows)

    def __getitem__(self, place_id: str) -> PlaceRecord:
        return self.records[place_id]

    @cached_property
    def _country_populations(self) -> dict[str, int]:
        """ISO code → the population of its country record."""
        return {
            row[_COUNTRY]: row[_POPULATION] or 0
            for row in self.rows.values()
            if row[_KIND] == "country" and row[_COUNTRY]
        }

    def _country_population(self, country: str | None) -> int:
        return self._country_populations.get(country, 0) if country else 0

    def prominence(self, place_id: str) -> float:
        """Prior weight of a record, 0-1: kind first, then population."""
        row = self.rows[place_id]
        population = row[_POPULATION]
        if not population and row[_KIND] == "region":
            # GeoNames gives first-level regions none: a share of their country's
            population = self._country_population(row[_COUNTRY]) // _REGIONS_PER_COUNTRY
            population = max(population, _REGION_MIN_POPULATION)
        size = math.log10(population) / 8 if population else 0.0
        return min(1.0, 0.8 * _KIND_PRIOR[row[_KIND]] + 0.2 * min(size, 1.0))

    @classmethod
    def from_files(cls, paths: Sequence[Path]) -> PlaceGazetteer:
        """Read and merge place tables; later files override earlier ones by id."""
        rows: dict[str, Row] = {}
        index, key_index = AliasIndex(), AliasIndex()
        overlay_ids: set[str] = set()
        alternate: set[tuple[tuple[str, ...], str]] = set()  # (key, id) by an alt: alias
        named: set[tuple[tuple[str, ...], str]] = set()  # (key, id) by another name
        for path in paths:
            overlay_ids = set()
            for line, raw in read_rows(path, PLACE_COLUMNS):
                where = f"{path}:{line}"
                row = _parse_row(raw, where=where)
                rows[row[0]] = row
                overlay_ids.add(row[0])
                index.add(row[1], row[0])
                named.add((split_words(row[1]), row[0]))
                if row[2]:
                    _add_keys(key_index, row[2], row[0])
                for scheme, spelling in parse_aliases(raw["aliases"], where=where):
                    index.add(spelling, row[0])
                    (alternate if scheme == "alt" else named).add((split_words(spelling), row[0]))
                    if is_cyrillic(spelling):
                        _add_keys(key_index, spelling, row[0])
        if not rows:
            raise GazetteerError(f"no places in {', '.join(map(str, paths))}")
        log.debug("parsed %d places from %s", len(rows), [p.name for p in paths])
        return cls(rows, index, frozenset(overlay_ids), key_index, frozenset(alternate - named))

    def country(self, place_id: str) -> str | None:
        """The record's country code, without making the record."""
        return self.rows[place_id][_COUNTRY]

    def one_word_names(
        self, exclude_kinds: frozenset[str], countries: frozenset[str] | None = None
    ) -> AliasIndex:
        """The one-word aliases of records not of these kinds, of these countries (all when
        None) or hand-curated, for fuzzy matching (made once per gazetteer, however many
        components use it)."""
        memo = (exclude_kinds, countries)
        index = self._one_word_names.get(memo)
        if index is None:
            index = self.index.single_words(
                lambda _, p: self._reachable(p, exclude_kinds, countries)
            )
            self._one_word_names[memo] = index
        return index

    def names_of_words(self, countries: frozenset[str] | None = None) -> AliasIndex:
        """The aliases of two or more words of records of these countries (all when None) or
        hand-curated, joined (:meth:`AliasIndex.joined_multi_words`)."""
        memo = (frozenset(), countries)
        index = self._multi_word_names.get(memo)
        if index is None:
            index = self.index.joined_multi_words(
                lambda p: self._reachable(p, frozenset(), countries)
            )
            self._multi_word_names[memo] = index
        return index

    def _reachable(
        self, place_id: str, exclude_kinds: frozenset[str], countries: frozenset[str] | None
    ) -> bool:
        row = self.rows[place_id]
        if row[_KIND] in exclude_kinds:
            return False
        return countries is None or row[_COUNTRY] in countries or place_id in self.overlay_ids

    @cached_property
    def area_and_curated_names(self) -> AliasIndex:
        """The aliases of countries, regions and other areas, and of hand-curated records: the
        place names that are never taken for a person's by the pipeline's entities alone (a
        town's name often is a surname too: Marin, Koppen; the places component decides)."""
        keep = {
            p
            for p, row in self.rows.items()
            if row[_KIND] in ("country", "region", "other") or p in self.overlay_ids
        }
        subset = AliasIndex()
        for key, ids in self.index._ids.items():
            for place_id in ids:
                if place_id in keep:
                    subset.add_words(key, place_id)
        return subset

    def kind_and_population(self, place_id: str) -> tuple[str, int | None]:
        """The record's kind and population, without making the record."""
        row = self.rows[place_id]
        return row[_KIND], row[_POPULATION]


def _add_keys(key_index: AliasIndex, cyrillic: str, place_id: str) -> None:
    """Index a Cyrillic name by its spelling keys. (Latin aliases are not keyed: those made by
    romanisation share their Cyrillic name's key, and the others are exonyms such as Krim or
    Crimée, found by their exact spelling only.)"""
    for key in spelling_keys(split_words(cyrillic)):
        key_index.add_words(key, place_id)


def _parse_row(row: dict[str, str], *, where: str) -> Row:
    if not row["id"] or not row["name"]:
        raise GazetteerError(f"{where}: id and name are required")
    if row["kind"] not in PLACE_KINDS:
        raise GazetteerError(f"{where}: unknown kind {row['kind']!r}")
    if len(row["country"]) != 2 and not (row["country"] == "" and row["kind"] in _AREA_KINDS):
        raise GazetteerError(
            f"{where}: country must be an ISO 3166 alpha-2 code (empty only for a region or "
            "other area of several countries)"
        )
    return (
        row["id"],
        row["name"],
        row["native"] or None,
        row["kind"],
        row["country"] or None,
        row["admin1"] or None,
        optional_float(row["lat"], where=where),
        optional_float(row["lon"], where=where),
        optional_int(row["population"], where=where),
        optional_int(row["geonames_id"], where=where),
    )


def place_files(folder: Path) -> list[Path]:
    """The place tables of a gazetteer folder that exist: generated first, curated overlay last."""
    files = [folder / name for name in DEFAULT_PLACE_FILES if (folder / name).is_file()]
    if not files:
        raise GazetteerError(f"no place table ({' or '.join(DEFAULT_PLACE_FILES)}) in {folder}")
    return files


def cache_dir() -> Path:
    """Where compiled gazetteers are kept."""
    if os.environ.get("CLAIMKIT_CACHE_DIR"):
        return Path(os.environ["CLAIMKIT_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "claimkit"


def _content_key(paths: Sequence[Path]) -> str:
    # The spelling-key tables shape the compiled index too.
    spelling = json.dumps(load_json("spelling_keys.json"), sort_keys=True)
    return content_digest(paths, f"places-{_CACHE_FORMAT}{spelling}".encode())


def _compiled(paths: Sequence[Path], key: str | None = None) -> PlaceGazetteer:
    """The gazetteer of ``paths`` (of content ``key``), from the compiled cache when it holds
    this content, else parsed (and the cache written)."""
    target = cache_dir() / f"places-{key or _content_key(paths)}.pickle"
    try:
        data = target.read_bytes()
        gc.disable()  # half a million small objects: the collector would double the load time
        try:
            rows, index, overlay_ids, key_index, alternate_only = pickle.loads(data)
        finally:
            gc.enable()
        return PlaceGazetteer(rows, index, overlay_ids, key_index, alternate_only)
    except (OSError, pickle.UnpicklingError, EOFError, ValueError, AttributeError, ImportError):
        pass
    gazetteer = PlaceGazetteer.from_files(paths)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=target.parent, delete=False) as handle:
            payload = (
                gazetteer.rows,
                gazetteer.index,
                gazetteer.overlay_ids,
                gazetteer.key_index,
                gazetteer.alternate_only,
            )
            pickle.dump(payload, handle, pickle.HIGHEST_PROTOCOL)
        os.replace(handle.name, target)
    except OSError as err:  # a read-only home is no reason to fail
        log.debug("gazetteer cache not written: %s", err)
    return gazetteer


@cache
def load_places(folder: Path | None = None) -> PlaceGazetteer:
    """The place gazetteer of ``folder`` (default: the shipped one), loaded once per process
    and content: the copies a saved pipeline keeps per component share one gazetteer."""
    paths = place_files(folder or gazetteer_dir())
    key = _content_key(paths)
    return load_once(f"places-{key}", lambda: _compiled(paths, key))
