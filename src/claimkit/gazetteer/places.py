"""The places gazetteer: canonical records and the index of their spellings."""

from __future__ import annotations

import logging
import math
from collections.abc import Sequence
from functools import cache
from pathlib import Path

from claimkit.errors import GazetteerError
from claimkit.gazetteer.index import AliasIndex
from claimkit.gazetteer.tables import optional_float, optional_int, parse_aliases, read_rows
from claimkit.resources import gazetteer_dir
from claimkit.results import PlaceRecord

log = logging.getLogger(__name__)

PLACE_COLUMNS = (
    "id",
    "name",
    "native",
    "kind",
    "country",
    "admin1",
    "lat",
    "lon",
    "population",
    "geonames_id",
    "aliases",
)
PLACE_KINDS = frozenset({"country", "region", "city", "town", "village", "other"})

# Later files override earlier ones record by record (their aliases are added to the earlier
# ones'), so the hand-made overlay wins over the generated table.
DEFAULT_PLACE_FILES = ("places.generated.tsv", "places.curated.tsv")


class PlaceGazetteer:
    """Place records by id, and an :class:`AliasIndex` of every spelling."""

    def __init__(self, records: dict[str, PlaceRecord], aliases: dict[str, list[str]]) -> None:
        self.records = records
        self.index = AliasIndex()
        for place_id, names in aliases.items():
            for name in names:
                self.index.add(name, place_id)

    def __len__(self) -> int:
        return len(self.records)

    def __getitem__(self, place_id: str) -> PlaceRecord:
        return self.records[place_id]

    def prominence(self, place_id: str) -> float:
        """Prior weight of a record, 0-1: kind first, then population."""
        record = self.records[place_id]
        kind_weight = _KIND_PRIOR[record.kind]
        population = math.log10(record.population) / 8 if record.population else 0.0
        return min(1.0, 0.8 * kind_weight + 0.2 * min(population, 1.0))

    @classmethod
    def from_files(cls, paths: Sequence[Path]) -> PlaceGazetteer:
        """Read and merge place tables; later files override earlier ones by id."""
        records: dict[str, PlaceRecord] = {}
        aliases: dict[str, list[str]] = {}
        for path in paths:
            for line, row in read_rows(path, PLACE_COLUMNS):
                where = f"{path}:{line}"
                record = _record_from_row(row, where=where)
                records[record.id] = record
                names = aliases.setdefault(record.id, [])
                names.append(record.name)
                names.extend(spelling for _, spelling in parse_aliases(row["aliases"], where=where))
        if not records:
            raise GazetteerError(f"no places in {', '.join(map(str, paths))}")
        log.debug("loaded %d places from %s", len(records), [p.name for p in paths])
        return cls(records, aliases)


_KIND_PRIOR = {
    "country": 1.0,
    "city": 0.9,
    "region": 0.7,
    "town": 0.6,
    "other": 0.5,
    "village": 0.4,
}


def _record_from_row(row: dict[str, str], *, where: str) -> PlaceRecord:
    if not row["id"] or not row["name"]:
        raise GazetteerError(f"{where}: id and name are required")
    if row["kind"] not in PLACE_KINDS:
        raise GazetteerError(f"{where}: unknown kind {row['kind']!r}")
    return PlaceRecord(
        id=row["id"],
        name=row["name"],
        native=row["native"] or None,
        kind=row["kind"],  # type: ignore[arg-type]
        country=row["country"],
        admin1=row["admin1"] or None,
        lat=optional_float(row["lat"], where=where),
        lon=optional_float(row["lon"], where=where),
        population=optional_int(row["population"], where=where),
        geonames_id=optional_int(row["geonames_id"], where=where),
    )


def place_files(folder: Path) -> list[Path]:
    """The place tables of a gazetteer folder that exist: generated first, curated overlay last."""
    files = [folder / name for name in DEFAULT_PLACE_FILES if (folder / name).is_file()]
    if not files:
        raise GazetteerError(f"no place table ({' or '.join(DEFAULT_PLACE_FILES)}) in {folder}")
    return files


@cache
def load_places(folder: Path | None = None) -> PlaceGazetteer:
    """The place gazetteer of ``folder`` (default: the shipped one), loaded once per process."""
    return PlaceGazetteer.from_files(place_files(folder or gazetteer_dir()))
