"""Reading the gazetteers' tab-separated files (see gazetteers/README.md for the columns)."""

from __future__ import annotations

import csv
import hashlib
import io
import itertools
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, TypeVar

from claimkit.errors import GazetteerError

SCHEMES = frozenset({"nl", "en", "de", "fr", "uk", "ru", "be", "alt"})

T = TypeVar("T")
_LOADED: dict[str, Any] = {}

#: The columns of a place table (``gazetteers/places.*.tsv``), in order.
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


def content_digest(paths: Sequence[Path], salt: bytes = b"") -> str:
    """A digest of the files' names and bytes (and ``salt``): equal content, equal digest.

    Raises :class:`GazetteerError` naming the file when one cannot be read.
    """
    digest = hashlib.sha256(salt)
    for path in paths:
        digest.update(path.name.encode())
        try:
            digest.update(path.read_bytes())
        except FileNotFoundError as err:
            raise GazetteerError(f"gazetteer file missing: {path}") from err
        except OSError as err:
            raise GazetteerError(f"cannot read {path}: {err}") from err
    return digest.hexdigest()[:32]


def load_once(digest: str, build: Callable[[], T]) -> T:
    """The object built from files of this content digest, built once per process.

    A saved pipeline keeps a copy of the gazetteer files in each component's folder: the copies
    share one loaded gazetteer instead of one each.
    """
    if digest not in _LOADED:
        _LOADED[digest] = build()
    return _LOADED[digest]  # type: ignore[no-any-return]


def write_place_table(path: Path, comments: Sequence[str], rows: Iterable[Sequence[str]]) -> int:
    """Write a generated place table: ``# `` comment lines, the header, one row a line (tabs
    and runs of white space inside a cell made one space); the number of bytes written."""
    buffer = io.StringIO()
    for line in comments:
        buffer.write(f"# {line}\n")
    buffer.write("\t".join(PLACE_COLUMNS) + "\n")
    for row in rows:
        buffer.write("\t".join(" ".join(cell.replace("\t", " ").split()) for cell in row) + "\n")
    data = buffer.getvalue().encode("utf-8")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return len(data)


def read_word_list(path: Path) -> list[str]:
    """The lines of a word list (UTF-8, one a line), without blank and ``#`` comment lines."""
    lines = (line.strip() for line in path.read_text(encoding="utf-8").splitlines())
    return [line for line in lines if line and not line.startswith("#")]


def read_rows(path: Path, required: Sequence[str]) -> Iterator[tuple[int, dict[str, str]]]:
    """Yield ``(line number in the file, row)`` of a TSV file after its leading ``#`` comments.

    Raises :class:`GazetteerError` naming the file when it is missing or lacks a column.
    """
    try:
        handle = path.open(encoding="utf-8", newline="")
    except FileNotFoundError as err:
        raise GazetteerError(f"gazetteer file missing: {path}") from err
    with handle:
        comments = 0
        first = handle.readline()
        while first.startswith("#"):
            comments += 1
            first = handle.readline()
        reader = csv.DictReader(
            itertools.chain([first], handle), delimiter="\t", quoting=csv.QUOTE_NONE
        )
        missing = [c for c in required if c not in (reader.fieldnames or [])]
        if missing:
            raise GazetteerError(f"{path}: missing column(s) {', '.join(missing)}")
        for row in reader:
            yield comments + reader.line_num, {k: (v or "").strip() for k, v in row.items() if k}


def parse_aliases(field: str, *, where: str) -> list[tuple[str, str]]:
    """Parse ``nl:Bachmoet|en:Bakhmut`` into ``[("nl", "Bachmoet"), ("en", "Bakhmut")]``."""
    aliases: list[tuple[str, str]] = []
    for item in field.split("|"):
        item = item.strip()
        if not item:
            continue
        scheme, sep, spelling = item.partition(":")
        if not sep or scheme not in SCHEMES or not spelling.strip():
            raise GazetteerError(f"{where}: malformed alias {item!r} (want scheme:Spelling)")
        aliases.append((scheme, spelling.strip()))
    return aliases


def optional_float(value: str, *, where: str) -> float | None:
    """A float column that may be empty."""
    return _optional(value, float, "a number", where)


def optional_int(value: str, *, where: str) -> int | None:
    """An integer column that may be empty."""
    return _optional(value, int, "an integer", where)


def _optional(value: str, cast: Callable[[str], T], noun: str, where: str) -> T | None:
    if not value:
        return None
    try:
        return cast(value)
    except ValueError as err:
        raise GazetteerError(f"{where}: not {noun}: {value!r}") from err
