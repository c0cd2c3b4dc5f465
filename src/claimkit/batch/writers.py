"""Batch output that an interrupted run leaves valid and a resumed run completes exactly once.

- ``jsonl``: one file, one record per line. Each chunk's lines go to the file in one write, so
  a killed run leaves whole lines (at worst a cut last line, which readers and ``--resume``
  drop); resuming reads the keys of the records there and truncates a cut line.
- ``csv``: a folder with one table per file (``articles.csv``, ``places.csv``…; see
  :mod:`claimkit.outputs.rows`) and ``_progress.jsonl``, which records after every chunk the
  articles done and each table's length. Resuming cuts every table back to the last recorded
  length, so rows of a chunk that was not recorded are not written twice.
- ``parquet``: a folder with a sub-folder of part files per table (``places/part-000001.parquet``,
  readable as one dataset by pandas, pyarrow or DuckDB); a part is written to a temporary name
  and renamed, then recorded in ``_progress.jsonl``; resuming deletes parts not recorded.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Protocol

from claimkit.batch.records import ARTICLE_COLUMNS, article_id, article_row, record_lines
from claimkit.errors import InvalidInputError, MissingExtraError, ResultFormatError
from claimkit.outputs.rows import COLUMNS, TABLES, item_rows
from claimkit.results import Analysis

FORMATS = ("jsonl", "csv", "parquet")
PROGRESS_FILE = "_progress.jsonl"
#: Articles (or characters of text) gathered before a Parquet part is written.
PARQUET_PART_ARTICLES = 2_000
PARQUET_PART_CHARS = 50_000_000

Entry = tuple[dict[str, Any], "Analysis | None"]


class Writer(Protocol):
    """Where the records go. ``done`` holds the source keys already written (on resume)."""

    done: set[str]

    def write(self, entries: list[Entry]) -> None: ...

    def close(self) -> None: ...


def open_writer(out: str | Path, format: str, *, resume: bool, overwrite: bool) -> Writer:
    """The writer of ``format`` at ``out`` (a file for jsonl, a folder for csv and parquet)."""
    out = Path(out)
    if format not in FORMATS:
        raise InvalidInputError(f"no output format {format!r}: choose {', '.join(FORMATS)}")
    exists = out.exists() and (out.is_file() or any(out.iterdir()))
    if exists and not (resume or overwrite):
        raise InvalidInputError(
            f"{out} exists: --resume continues that run, --overwrite starts it again"
        )
    if format == "jsonl":
        return JsonlWriter(out, resume=resume and exists)
    if format == "csv":
        return CsvWriter(out, resume=resume and exists)
    return ParquetWriter(out, resume=resume and exists)


def _append_whole(path: Path, data: bytes) -> None:
    """Append ``data`` with one write call (a kill leaves all of it or none, on local disks)."""
    if not data:
        return
    flags = os.O_WRONLY | os.O_APPEND | os.O_CREAT | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags, 0o644)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
    finally:
        os.close(fd)


def _record_json(record: dict[str, Any], analysis: Analysis | None) -> str:
    if analysis is not None:
        record = {**record, "analysis": analysis.to_dict()}
    return json.dumps(record, ensure_ascii=False)


class JsonlWriter:
    """Records as JSON lines in one file."""

    def __init__(self, path: Path, *, resume: bool) -> None:
        self.path = path
        self.done: set[str] = set()
        if path.is_dir():
            raise InvalidInputError(f"{path} is a folder: jsonl output is one file")
        path.parent.mkdir(parents=True, exist_ok=True)
        if resume:
            self._read_back()
        else:
            path.write_bytes(b"")

    def _read_back(self) -> None:
        good = 0  # the bytes of whole records: a line cut by the interruption is written again
        for _, line, record in record_lines(self.path):
            self.done.add(article_id(record))
            good += len(line)
        os.truncate(self.path, good)

    def write(self, entries: list[Entry]) -> None:
        lines = "".join(_record_json(record, analysis) + "\n" for record, analysis in entries)
        _append_whole(self.path, lines.encode("utf-8"))

    def close(self) -> None:
        pass


def _table_rows(entries: Iterable[Entry]) -> dict[str, list[dict[str, Any]]]:
    tables: dict[str, list[dict[str, Any]]] = {"articles": []}
    tables.update({name: [] for name in TABLES})
    for record, analysis in entries:
        tables["articles"].append(article_row(record, analysis))
        if analysis is not None:
            key = article_id(record)
            for name in TABLES:
                tables[name].extend(item_rows(analysis, key, name))
    return tables


TABLE_COLUMNS: dict[str, tuple[str, ...]] = {"articles": ARTICLE_COLUMNS, **COLUMNS}


class _Progress:
    """``_progress.jsonl``: a first line naming the format, then one line per committed step:
    the keys done and what was written."""

    def __init__(self, folder: Path, format: str, *, resume: bool) -> None:
        if folder.is_file():
            raise InvalidInputError(f"{folder} is a file: {format} output is a folder")
        folder.mkdir(parents=True, exist_ok=True)
        self.path = folder / PROGRESS_FILE
        self.steps: list[dict[str, Any]] = []
        if not resume or not self.path.exists():
            self.path.unlink(missing_ok=True)
            _append_whole(self.path, (json.dumps({"format": format}) + "\n").encode())
            return
        good = 0
        with open(self.path, "rb") as stream:
            for number, line in enumerate(stream, start=1):
                if not line.endswith(b"\n"):
                    break
                try:
                    step = json.loads(line)
                except ValueError:
                    raise ResultFormatError(
                        f"{self.path}:{number}: not a progress line, cannot resume"
                    ) from None
                if number == 1:
                    if step.get("format") != format:
                        raise InvalidInputError(
                            f"{folder} holds {step.get('format') or 'other'} output: resume it "
                            f"with --format {step.get('format')}, or write {format} elsewhere"
                        )
                else:
                    self.steps.append(step)
                good += len(line)
        os.truncate(self.path, good)

    def done(self) -> set[str]:
        return {key for step in self.steps for key in step["keys"]}

    def last(self, field: str, default: Any) -> Any:
        """What the last committed step recorded under ``field`` (sizes, part)."""
        return self.steps[-1][field] if self.steps else default

    def commit(self, step: dict[str, Any]) -> None:
        _append_whole(self.path, (json.dumps(step, ensure_ascii=False) + "\n").encode("utf-8"))
        self.steps.append({"keys": [], **{k: v for k, v in step.items() if k != "keys"}})


class CsvWriter:
    """One CSV file per table in a folder, with a header row."""

    def __init__(self, folder: Path, *, resume: bool) -> None:
        self.progress = _Progress(folder, "csv", resume=resume)
        self.folder = folder
        self.done = self.progress.done()
        sizes = self.progress.last("sizes", {})
        for name, columns in TABLE_COLUMNS.items():
            path = self._path(name)
            if name in sizes:
                os.truncate(path, sizes[name])
            else:
                path.write_bytes(self._csv([list(columns)]))

    def _path(self, table: str) -> Path:
        return self.folder / f"{table}.csv"

    @staticmethod
    def _csv(rows: list[list[Any]]) -> bytes:
        buffer = io.StringIO()
        csv.writer(buffer, lineterminator="\n").writerows(rows)
        return buffer.getvalue().encode("utf-8")

    def write(self, entries: list[Entry]) -> None:
        sizes = {}
        for name, rows in _table_rows(entries).items():
            columns = TABLE_COLUMNS[name]
            data = self._csv([[_csv_value(row[c]) for c in columns] for row in rows])
            _append_whole(self._path(name), data)
            sizes[name] = self._path(name).stat().st_size
        self.progress.commit({"keys": [article_id(r) for r, _ in entries], "sizes": sizes})

    def close(self) -> None:
        pass


def _csv_value(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return value


_INTEGER_COLUMNS = frozenset(
    {"start", "end", "line", "index", "characters", "places", "people", "organisations",
     "quotes", "claims", "flagged_claims"}
)  # fmt: skip
_FLOAT_COLUMNS = frozenset({"lat", "lon", "score", "confidence", "value", "low", "high"})
_BOOL_COLUMNS = frozenset({"approximate", "flagged"})


class ParquetWriter:
    """One folder of Parquet part files per table (needs pyarrow: the ``parquet`` extra)."""

    def __init__(self, folder: Path, *, resume: bool) -> None:
        try:
            import pyarrow as pa
            import pyarrow.parquet as pq
        except ImportError as err:
            raise MissingExtraError(
                "parquet output needs pyarrow: pip install 'claimkit-nl[parquet]'"
            ) from err
        self._pa, self._pq = pa, pq
        self.progress = _Progress(folder, "parquet", resume=resume)
        self.folder = folder
        self.done = self.progress.done()
        self.part = self.progress.last("part", 0)
        self.temporary = folder / ".writing"  # hidden: readers of a table folder skip it
        self.temporary.mkdir(exist_ok=True)
        for path in self.temporary.iterdir():
            path.unlink()
        for name in TABLE_COLUMNS:
            table_folder = folder / name
            table_folder.mkdir(exist_ok=True)
            for path in table_folder.iterdir():  # parts of a step never recorded
                number = path.name.removeprefix("part-").split(".")[0]
                recorded = number.isdigit() and int(number) <= self.part
                if not (recorded and path.suffix == ".parquet"):
                    path.unlink()
        self.schemas = {name: self._schema(columns) for name, columns in TABLE_COLUMNS.items()}
        self.pending: list[Entry] = []
        self.pending_chars = 0

    def _schema(self, columns: tuple[str, ...]) -> Any:
        pa = self._pa

        def kind(column: str) -> Any:
            if column in _INTEGER_COLUMNS:
                return pa.int64()
            if column in _FLOAT_COLUMNS:
                return pa.float64()
            if column in _BOOL_COLUMNS:
                return pa.bool_()
            return pa.string()

        return pa.schema([(column, kind(column)) for column in columns])

    def write(self, entries: list[Entry]) -> None:
        self.pending.extend(entries)
        self.pending_chars += sum(len(a.text) for _, a in entries if a is not None)
        if len(self.pending) >= PARQUET_PART_ARTICLES or self.pending_chars >= PARQUET_PART_CHARS:
            self._flush()

    def _flush(self) -> None:
        if not self.pending:
            return
        self.part += 1
        for name, rows in _table_rows(self.pending).items():
            schema = self.schemas[name]
            columns = {c: [row[c] for row in rows] for c in schema.names}
            table = self._pa.table(columns, schema=schema)
            final = self.folder / name / f"part-{self.part:06d}.parquet"
            temporary = self.temporary / final.name.replace(".parquet", f".{name}.tmp")
            self._pq.write_table(table, temporary)
            os.replace(temporary, final)
        keys = [article_id(record) for record, _ in self.pending]
        self.progress.commit({"keys": keys, "part": self.part})
        self.pending, self.pending_chars = [], 0

    def close(self) -> None:
        if self.part == 0 and not self.pending:  # no article at all: empty tables, still read
            for name, schema in self.schemas.items():
                empty = self.folder / name / "part-000000.parquet"
                self._pq.write_table(schema.empty_table(), empty)
        self._flush()
        with contextlib.suppress(OSError):
            self.temporary.rmdir()
