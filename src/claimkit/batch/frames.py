"""Batch results as pandas DataFrames: one row per article, place, person, quote or claim."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from typing import Any

from claimkit.batch.records import (
    ARTICLE_COLUMNS,
    article_id,
    article_row,
    make_record,
    record_lines,
    record_result,
)
from claimkit.batch.sources import Source
from claimkit.errors import ArticleError, InvalidInputError, MissingExtraError
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
        for number, _, record in record_lines(results):
            _, result = record_result(record, f"{results}:{number}")
            yield record, result if isinstance(result, Analysis) else None
        return
    if isinstance(results, Analysis):
        results = [results]
    for number, item in enumerate(results):
        source, result = (Source(f"article {number}"), item) if isinstance(item, Analysis) else item
        model = result.model if isinstance(result, Analysis) else None
        analysis = result if isinstance(result, Analysis) else None
        yield make_record(source, None, result, model), analysis
