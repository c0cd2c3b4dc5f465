"""Flat tables of results: one row per place, person, organisation, quote or claim.

The tables of CSV and Parquet batch output and of ``to_frame`` in notebooks. Every row starts
with ``article_id``; the columns of each table are listed in :data:`COLUMNS` and described in
docs/batch.md. Values are plain ``str``/``int``/``float``/``bool`` or ``None``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from claimkit.errors import InvalidInputError
from claimkit.results import (
    Analysis,
    Claim,
    Mention,
    Organisation,
    Person,
    Place,
    Quote,
    Speaker,
)

Row = dict[str, Any]

#: Every table's columns, in order.
COLUMNS: dict[str, tuple[str, ...]] = {
    "places": (
        "article_id", "start", "end", "text", "record_id", "name", "kind", "country",
        "admin1", "lat", "lon", "method", "score",
    ),
    "people": (
        "article_id", "start", "end", "text", "record_id", "name", "role", "method", "score",
    ),
    "organisations": (
        "article_id", "start", "end", "text", "record_id", "name", "kind", "country",
        "method", "score",
    ),
    "quotes": (
        "article_id", "start", "end", "text", "kind", "speaker", "speaker_kind", "speaker_id",
        "speaker_mention", "cue", "confidence",
    ),
    "claims": (
        "article_id", "start", "end", "text", "value", "low", "high", "approximate",
        "counted", "category", "subject", "scope", "place", "place_id", "claimant",
        "claimant_id", "claimant_mention", "status", "flagged", "evidence",
    ),
}  # fmt: skip

#: The tables :func:`item_rows` fills, in the order they are written.
TABLES = tuple(COLUMNS)


def _text(mention: Mention | None) -> str | None:
    return mention.text if mention is not None else None


def _speaker(speaker: Speaker | None) -> tuple[str | None, str | None, str | None]:
    if speaker is None:
        return None, None, None
    return speaker.name, speaker.kind, speaker.record.id if speaker.record else None


def _span_row(mention: Place | Person | Organisation | Quote | Claim, article_id: str) -> Row:
    """The columns every row starts with: the article and where the words stand."""
    return {
        "article_id": article_id,
        "start": mention.start,
        "end": mention.end,
        "text": mention.text,
    }


def _linked_row(mention: Place | Person | Organisation, article_id: str) -> Row:
    """The columns every linked mention's row starts with (the rest added by its table)."""
    record = mention.record
    return {
        **_span_row(mention, article_id),
        "record_id": record.id if record else None,
        "name": record.name if record else None,
    }


def place_rows(analysis: Analysis, article_id: str) -> Iterator[Row]:
    """One row per place mention."""
    for place in analysis.places:
        record = place.record
        yield _linked_row(place, article_id) | {
            "kind": record.kind if record else None,
            "country": record.country if record else None,
            "admin1": record.admin1 if record else None,
            "lat": record.lat if record else None,
            "lon": record.lon if record else None,
            "method": place.method,
            "score": place.score,
        }


def people_rows(analysis: Analysis, article_id: str) -> Iterator[Row]:
    """One row per person mention."""
    for person in analysis.people:
        yield _linked_row(person, article_id) | {
            "role": person.role,
            "method": person.method,
            "score": person.score,
        }


def organisation_rows(analysis: Analysis, article_id: str) -> Iterator[Row]:
    """One row per organisation mention."""
    for organisation in analysis.organisations:
        record = organisation.record
        yield _linked_row(organisation, article_id) | {
            "kind": record.kind if record else None,
            "country": record.country if record else None,
            "method": organisation.method,
            "score": organisation.score,
        }


def quote_rows(analysis: Analysis, article_id: str) -> Iterator[Row]:
    """One row per quote (terms included: ``kind`` tells them apart)."""
    for quote in analysis.quotes:
        speaker, speaker_kind, speaker_id = _speaker(quote.speaker)
        yield {
            **_span_row(quote, article_id),
            "kind": quote.kind,
            "speaker": speaker,
            "speaker_kind": speaker_kind,
            "speaker_id": speaker_id,
            "speaker_mention": _text(quote.speaker_mention),
            "cue": _text(quote.cue),
            "confidence": quote.confidence,
        }


def claim_rows(analysis: Analysis, article_id: str) -> Iterator[Row]:
    """One row per numeric claim."""
    for claim in analysis.claims:
        claimant, _, claimant_id = _speaker(claim.claimant)
        place = claim.place
        yield {
            **_span_row(claim, article_id),
            "value": _number(claim.value),
            "low": _number(claim.low),
            "high": _number(claim.high),
            "approximate": claim.approximate,
            "counted": _text(claim.counted),
            "category": claim.category,
            "subject": _text(claim.subject),
            "scope": _text(claim.scope),
            "place": place.record.name if place and place.record else _text(place),
            "place_id": place.record.id if place and place.record else None,
            "claimant": claimant,
            "claimant_id": claimant_id,
            "claimant_mention": _text(claim.claimant_mention),
            "status": claim.status,
            "flagged": claim.flagged,
            "evidence": _text(claim.evidence),
        }


def _number(value: int | float | None) -> float | None:
    """Figures as floats, so that a column has one type (1.5 million and 99,000 alike)."""
    return None if value is None else float(value)


_ROWS = {
    "places": place_rows,
    "people": people_rows,
    "organisations": organisation_rows,
    "quotes": quote_rows,
    "claims": claim_rows,
}


def item_rows(analysis: Analysis, article_id: str, table: str) -> Iterator[Row]:
    """The rows of one table (``places``, ``people``, ``organisations``, ``quotes``, ``claims``)
    for one analysis."""
    try:
        rows = _ROWS[table]
    except KeyError:
        raise InvalidInputError(f"no table {table!r}: choose one of {', '.join(TABLES)}") from None
    return rows(analysis, article_id)
