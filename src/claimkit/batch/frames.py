"""Batch results as pandas DataFrames: one row per article, place, person, quote or claim."""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from claimkit import __version__
from claimkit.batch.records import ARTICLE_COLUMNS, article_id, article_row
from claimkit.batch.sources import Source
from claimkit.errors import ArticleError, InvalidInputError, MissingExtraError, ResultFormatError
from claimkit.outputs.rows import COLUMNS, TABLES, item_rows
from claimkit.results import Analysis

Results = (
    str | os.PathLike[str] | Analysis | Iterable[tuple[Source, Analysis | ArticleError] | Analysis]
)


def to_frame(results: Results, table: str = "claims") -> Any:
    """One table of batch results as a pandas ``DataFrame``.

    ``results``: a JSONL file written by ``claimkit batch``, what :func:`claimkit.batch.run`
    yields, or analyses. ``table``: ``articles`` (one row per article, errors included) or
    ``places``, ``people``, ``organisations``, ``quotes``, ``claims`` (one row per item, with
    the ``article_id`` and ``date`` of its article). Columns: docs/batch.md.
    """
    try:
        import pandas as pd
    except ImportError as err:
        raise MissingExtraError(
            'claimkit.batch.to_frame needs pandas: pip install "claimkit-nl[notebook]"'
        ) from err
    if table != "articles" and table not in TABLES:
        raise InvalidInputError(f"no table {table!r}: choose articles, {', '.join(TABLES)}")
    rows: list[dict[str, Any]] = []
    for record, analysis in _records(results):
        if table == "articles":
            rows.append(article_row(record, analysis))
        elif analysis is not None:
            key = article_id(record)
            for row in item_rows(analysis, key, table):
                rows.append({"article_id": key, "date": analysis.date, **row})
    columns = (
        ARTICLE_COLUMNS if table == "articles" else ("article_id", "date", *COLUMNS[table][1:])
    )
    return pd.DataFrame(rows, columns=list(columns))


def _records(results: Results) -> Iterator[tuple[dict[str, Any], Analysis | None]]:
    if isinstance(results, str | os.PathLike):
        yield from _file_records(Path(results))
        return
    if isinstance(results, Analysis):
        results = [results]
    for number, item in enumerate(results):
        if isinstance(item, Analysis):
            yield _record(Source(f"article {number}"), item), item
        else:
            source, result = item
            analysis = result if isinstance(result, Analysis) else None
            yield _record(source, result), analysis


def _record(source: Source, result: Analysis | ArticleError) -> dict[str, Any]:
    ok = isinstance(result, Analysis)
    return {
        "source": source.path, "line": source.line, "index": source.index,
        "id": None, "title": None, "url": None,
        "date": result.date if isinstance(result, Analysis) else None,
        "sha256": None, "claimkit": __version__,
        "model": result.model.name if isinstance(result, Analysis) else None,
        "model_version": result.model.version if isinstance(result, Analysis) else None,
        "status": "ok" if ok else "error",
        "error": None if ok else {"reason": result.reason, "message": result.message},  # type: ignore[union-attr]
    }  # fmt: skip


def _file_records(path: Path) -> Iterator[tuple[dict[str, Any], Analysis | None]]:
    with open(path, "rb") as stream:
        for number, line in enumerate(stream, start=1):
            if not line.endswith(b"\n"):
                return  # cut short by an interrupted run
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                data = record.pop("analysis")
                analysis = Analysis.model_validate(data) if data is not None else None
                article_id(record)
            except (ValueError, KeyError, TypeError) as err:
                message = f"{path}:{number}: not a claimkit batch record ({err})"
                raise ResultFormatError(message[:300]) from None
            yield record, analysis
