"""The record a batch writes for each article, and reading JSONL batch output back."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from claimkit import __version__
from claimkit.batch.sources import Article, Source
from claimkit.errors import ArticleError, ResultFormatError
from claimkit.results import Analysis, ModelInfo

#: The columns of the ``articles`` table of CSV and Parquet output.
ARTICLE_COLUMNS = (
    "article_id", "source", "line", "index", "id", "title", "url", "date", "sha256",
    "claimkit", "model", "model_version", "status", "error_reason", "error_message",
    "characters", "places", "people", "organisations", "quotes", "claims", "flagged_claims",
    "warnings",
)  # fmt: skip


def source_of(item: Article | ArticleError) -> Source:
    """Where an article (or the error that stands for it) comes from."""
    source = item.source
    if not isinstance(source, Source):
        raise TypeError(f"{item!r} has no batch source")
    return source


def make_record(
    source: Source,
    article: Article | None,
    result: Analysis | ArticleError,
    model: ModelInfo | None,
) -> dict[str, Any]:
    """The output record of one article: where it is from, what ran, and its result.

    ``article`` is None when the article could not be read (or is not at hand: a notebook's
    results); ``model`` None when unknown (an error of a run nobody recorded)."""
    ok = isinstance(result, Analysis)
    return {
        "source": source.path,
        "line": source.line,
        "index": source.index,
        "id": article.id if article else None,
        "title": article.title if article else None,
        "url": article.url if article else None,
        "date": result.date if ok else (article and article.date),  # type: ignore[union-attr]
        "sha256": article.sha256 if article else None,
        "encoding": article.encoding if article else None,
        "claimkit": __version__,
        "model": model.name if model else None,
        "model_version": model.version if model else None,
        "status": "ok" if ok else "error",
        "error": None if ok else {"reason": result.reason, "message": result.message},  # type: ignore[union-attr]
        "analysis": None,  # filled in by the writer, from the Analysis
    }


def article_id(record: dict[str, Any]) -> str:
    """The id of a record's article in the tables: its source key (unique within a run)."""
    return record_source(record).key


def article_row(record: dict[str, Any], analysis: Analysis | None) -> dict[str, Any]:
    """The ``articles`` table row of a record."""
    error = record["error"] or {}
    row = {name: record.get(name) for name in ARTICLE_COLUMNS}
    row.update(
        article_id=article_id(record),
        error_reason=error.get("reason"),
        error_message=error.get("message"),
    )
    if analysis is not None:
        row.update(
            characters=len(analysis.text),
            places=len(analysis.places),
            people=len(analysis.people),
            organisations=len(analysis.organisations),
            quotes=len(analysis.quotes),
            claims=len(analysis.claims),
            flagged_claims=sum(c.flagged for c in analysis.claims),
            warnings=";".join(w.code for w in analysis.warnings) or None,
        )
    return row


def record_lines(path: str | Path) -> Iterator[tuple[int, bytes, dict[str, Any]]]:
    """Each record of a JSONL batch output file with its line number and bytes, in order.

    Blank lines are skipped; a last line cut short by an interrupted run ends the file (it is
    written again by ``--resume``); a line that is no record raises
    :class:`~claimkit.ResultFormatError` naming it."""
    with open(path, "rb") as stream:
        for number, line in enumerate(stream, start=1):
            if not line.endswith(b"\n"):
                return
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                record_source(record)
            except (ValueError, KeyError, TypeError) as err:
                message = f"{path}:{number}: not a claimkit batch record ({err})"
                raise ResultFormatError(message[:300]) from None
            yield number, line, record


def record_source(record: dict[str, Any]) -> Source:
    """Where a record's article is."""
    return Source(record["source"], record["line"], record["index"])


def read_records(path: str | Path) -> Iterator[tuple[Source, Analysis | ArticleError]]:
    """The results of a JSONL batch output file, in order: ``(source, Analysis | ArticleError)``.

    A line that is no record raises :class:`~claimkit.ResultFormatError` naming the line; a
    last line cut short by an interrupted run is left out.
    """
    for number, _, record in record_lines(path):
        yield record_result(record, f"{path}:{number}")


def record_result(record: dict[str, Any], where: str) -> tuple[Source, Analysis | ArticleError]:
    """A parsed record's source and result (the Analysis validated)."""
    try:
        source = record_source(record)
        if record["status"] == "ok":
            return source, Analysis.model_validate(record["analysis"])
        error = record["error"]
        return source, ArticleError(error["reason"], error["message"], source)
    except (ValueError, KeyError, TypeError) as err:
        raise ResultFormatError(f"{where}: not a claimkit batch record ({err})"[:300]) from None
