"""The typed results of an analysis and their JSON form.

Every mention carries ``start``/``end`` character offsets into the ORIGINAL text given to
``analyze`` (date header included), so that ``analysis.text[m.start:m.end] == m.text`` always.

The records are pydantic models: spaCy already depends on pydantic, and pydantic gives us
validation when results are read back (``Analysis.model_validate_json``), JSON Schema generation
(``claimkit schema``) and fast JSON serialisation, none of which dataclasses offer by themselves.
All models are frozen: a result is a record of what was found, not a workspace.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal, NamedTuple, get_args

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from claimkit.dates import split_date_header
from claimkit.errors import MissingExtraError, ResultFormatError

SCHEMA_VERSION = "5"
#: Versions read back: 4 lacks only ``Person.name`` (left None when read).
READABLE_SCHEMA_VERSIONS = frozenset({"4", "5"})

PlaceKind = Literal["country", "region", "city", "town", "village", "other"]
LinkMethod = Literal[
    "exact", "inflection", "compound", "variant", "fuzzy", "ner", "title", "alias", "role"
]


class _Record(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Mention(_Record):
    """A stretch of the original text."""

    text: str = Field(description="The mention exactly as written: original_text[start:end].")
    start: int = Field(ge=0, description="Character offset of the first character.")
    end: int = Field(ge=0, description="Character offset after the last character.")


class PlaceRecord(_Record):
    """One canonical place of the gazetteer."""

    id: str = Field(description="Gazetteer id: gn:<GeoNames id>, ua:<OCHA P-code> or ck:<slug>.")
    name: str = Field(description="Canonical English name.")
    native: str | None = Field(default=None, description="Name in Cyrillic, official language.")
    kind: PlaceKind
    country: str | None = Field(
        default=None,
        description="ISO 3166-1 alpha-2 code; None for an area of several countries (Europe, "
        "the Black Sea).",
    )
    admin1: str | None = Field(default=None, description="First-level region (English name).")
    lat: float | None = None
    lon: float | None = None
    population: int | None = None
    geonames_id: int | None = None


class Candidate(_Record):
    """Another record the same mention could refer to, with its score."""

    id: str
    name: str
    kind: str | None = Field(default=None, description="Place kind, or person/organisation kind.")
    country: str | None = None
    score: float = Field(ge=0.0, le=1.0)


class Place(Mention):
    """A place mention, linked to a gazetteer record when one was found."""

    record: PlaceRecord | None = Field(description="The linked record; None when only NER saw it.")
    method: LinkMethod = Field(description="How the mention was matched.")
    score: float = Field(ge=0.0, le=1.0, description="Confidence of the link.")
    alternatives: list[Candidate] = Field(
        default_factory=list, description="Other records the mention may refer to."
    )


class ActorRecord(_Record):
    """One canonical person or organisation (people.tsv, organisations.tsv)."""

    id: str = Field(description="Wikidata id (Q…) or ck:<slug>.")
    name: str
    kind: str = Field(description="person, or the organisation's kind (media, military, …).")
    country: str | None = None
    description: str | None = None


#: Former name of :class:`ActorRecord`.
PersonRecord = ActorRecord


class Person(Mention):
    """A person mention: a name, a surname, or a role (``de president van Oekraïne``)."""

    record: ActorRecord | None = Field(description="The linked record; None when unknown.")
    method: LinkMethod
    score: float = Field(ge=0.0, le=1.0)
    role: str | None = Field(default=None, description="Office named with the mention.")
    name: str | None = Field(
        default=None,
        description="Who it is: the record's name, else the fullest form of the name the "
        "article gives (Remco Breuker for Breuker), shared by all mentions of that person; "
        "None for a role nobody holds in the text.",
    )
    alternatives: list[Candidate] = Field(default_factory=list)


class Organisation(Mention):
    """An organisation mention (media outlets included)."""

    record: ActorRecord | None
    method: LinkMethod
    score: float = Field(ge=0.0, le=1.0)


class Speaker(_Record):
    """Who a quote is attributed to: a linked record, or a person or source the article names."""

    name: str = Field(description="The record's name, else the fullest name the article gives.")
    kind: Literal["person", "organisation", "other"] = Field(
        description="person, organisation, or other (a source such as 'het rapport')."
    )
    record: ActorRecord | None = Field(
        default=None, description="The linked person or organisation; None when unknown."
    )


QuoteKind = Literal["direct", "indirect", "mixed", "term"]


class Quote(Mention):
    """A statement and who made it; or a term (scare quotes, a title), which is no statement.

    ``text``/``start``/``end`` are the quote's content: between the marks for ``direct`` and
    ``term``, the reported clause for ``indirect`` and ``mixed`` (conventions: docs/quotes.md).
    """

    kind: QuoteKind = Field(
        description="direct (between marks), indirect (reported), mixed (reported with a "
        "quoted part), term (scare quotes, titles, names: never a statement)."
    )
    speaker: Speaker | None = Field(default=None, description="Who said it; None when unknown.")
    speaker_mention: Mention | None = Field(
        default=None, description="The words that name the speaker in the attribution."
    )
    cue: Mention | None = Field(default=None, description="The attribution cue (zei, volgens…).")
    confidence: float = Field(ge=0.0, le=1.0, description="How sure the speaker is.")

    @property
    def is_statement(self) -> bool:
        """Whether the quote is something said (every kind but ``term``)."""
        return self.kind != "term"


ClaimCategory = Literal[
    "casualties", "military_losses", "displacement", "population", "equipment", "money", "other"
]
ClaimStatus = Literal["unverified", "disputed", "hedged", "confirmed", "attributed", "stated"]


class Claim(Mention):
    """A numeric claim: a figure, what it counts, who claims it and whether anybody checked it.

    ``text``/``start``/``end`` are the figure as written (``meer dan 99.000``). Conventions:
    docs/claims.md.
    """

    value: int | float | None = Field(
        description="The figure (None for a range or a vague amount)."
    )
    low: int | float | None = Field(default=None, description="Lower bound; None when unbounded.")
    high: int | float | None = Field(default=None, description="Upper bound; None: unbounded.")
    approximate: bool = Field(
        default=False, description="A size word (zo'n, ruim, meer dan) or a vague amount."
    )
    counted: Mention | None = Field(
        default=None, description="What the figure counts (troepen, euro, procent)."
    )
    category: ClaimCategory = "other"
    subject: Mention | None = Field(
        default=None, description="Whose count it is (de Russen), when the sentence says."
    )
    scope: Mention | None = Field(
        default=None, description="The time the figure covers (tijdens de oorlog, sinds mei)."
    )
    place: Place | None = Field(default=None, description="The linked place of its sentence.")
    claimant: Speaker | None = Field(
        default=None, description="Who claims it; None when the newspaper states it (or unknown)."
    )
    claimant_mention: Mention | None = Field(
        default=None, description="The words that name the claimant (Hij, de VN)."
    )
    status: ClaimStatus = Field(
        default="stated",
        description="unverified, disputed, hedged, confirmed, attributed (a party's own figure) "
        "or stated (the newspaper's own).",
    )
    flagged: bool = Field(
        default=False,
        description="True for unverified, hedged, attributed and disputed figures of "
        "casualties, military losses, displacement and equipment.",
    )
    evidence: Mention | None = Field(default=None, description="The words that give the status.")
    flagged_by: Speaker | None = Field(
        default=None, description="Who says the figure is unverified (volgens BBC: BBC)."
    )


class ModelInfo(_Record):
    """The spaCy pipeline that produced the analysis."""

    name: str
    version: str
    spacy_version: str


class AnalysisWarning(_Record):
    """Something about the input the user should know (the result is still returned)."""

    code: Literal["empty_text", "not_dutch", "chunked", "no_ner", "no_date", "date_header_ignored"]
    message: str


class Analysis(_Record):
    """Everything claimkit found in one text."""

    schema_version: str = SCHEMA_VERSION
    text: str = Field(description="The original text, date header included.")
    date: str | None = Field(default=None, description="Article date (YYYY-MM or YYYY-MM-DD).")
    places: list[Place] = Field(default_factory=list)
    people: list[Person] = Field(default_factory=list)
    organisations: list[Organisation] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
    model: ModelInfo
    warnings: list[AnalysisWarning] = Field(default_factory=list)

    @model_validator(mode="after")
    def _check(self) -> Analysis:
        if self.schema_version not in READABLE_SCHEMA_VERSIONS:
            raise ValueError(
                f"schema_version {self.schema_version!r}: this claimkit reads version "
                f"{SCHEMA_VERSION!r} (re-analyse the text, or use the claimkit that wrote it)"
            )
        for where, mention in _mentions(self):
            if mention.end > len(self.text) or mention.start > mention.end:
                raise ValueError(
                    f"{where}: offsets {mention.start}:{mention.end} lie outside the text "
                    f"({len(self.text)} characters)"
                )
            if self.text[mention.start : mention.end] != mention.text:
                raise ValueError(
                    f"{where}: text[{mention.start}:{mention.end}] is "
                    f"{self.text[mention.start : mention.end]!r}, not {mention.text!r}"
                )
        return self

    def __repr__(self) -> str:
        counts = ", ".join(
            f"{name}={len(getattr(self, name))}"
            for name in ("places", "people", "organisations", "quotes", "claims")
        )
        warnings = f", warnings={[w.code for w in self.warnings]}" if self.warnings else ""
        return f"Analysis(date={self.date!r}, {len(self.text):,} chars, {counts}{warnings})"

    __str__ = __repr__

    def _repr_html_(self) -> str:
        """The marked-up article, for Jupyter (:func:`claimkit.outputs.html.render_html`)."""
        from claimkit.outputs.html import render_html

        return render_html(self)

    def save_html(self, path: str | os.PathLike[str], **kwargs: Any) -> Path:
        """Write the article view and its place map as one offline page
        (:func:`claimkit.outputs.html.export_html`, which takes the keywords)."""
        from claimkit.outputs.html import export_html

        return export_html(self, path, **kwargs)

    def to_frame(self, table: str, article_id: str | None = None) -> Any:
        """One table of the analysis as a pandas ``DataFrame``, one row per item.

        ``table`` is ``places``, ``people``, ``organisations``, ``quotes`` or ``claims``; the
        columns are :data:`claimkit.outputs.rows.COLUMNS` of it, ``article_id`` first (its
        value ``article_id``, default ``"article"``). Needs pandas (extra ``notebook``).
        """
        from claimkit.outputs.rows import COLUMNS, item_rows

        rows = list(item_rows(self, article_id if article_id is not None else "article", table))
        try:
            import pandas as pd
        except ImportError as err:
            raise MissingExtraError(
                'Analysis.to_frame needs pandas: pip install "claimkit-nl[notebook]"'
            ) from err
        return pd.DataFrame(rows, columns=list(COLUMNS[table]))

    def context(self, mention: Mention, width: int = 40) -> str:
        """The text around ``mention`` on its line (the date header left out), for display."""
        body = split_date_header(self.text, validate=False)[1]
        start = max(body, mention.start - width, self.text.rfind("\n", 0, mention.start) + 1)
        line_end = self.text.find("\n", mention.end)
        end = min(mention.end + width, line_end if line_end != -1 else len(self.text))
        return self.text[start:end]

    def to_dict(self) -> dict[str, Any]:
        """The analysis as plain JSON-ready Python data."""
        return self.model_dump(mode="json")

    def to_json(self, *, indent: int | None = None) -> str:
        """The analysis as a JSON string (UTF-8 characters kept as they are)."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_json(cls, data: str | bytes) -> Analysis:
        """Read an analysis back from :meth:`to_json` output.

        It is validated: fields and types, the schema version, and every mention's offsets
        against the text; :class:`~claimkit.ResultFormatError` says what is wrong.
        """
        try:
            return cls.model_validate_json(data)
        except ValidationError as err:
            problems = "; ".join(
                f"{'.'.join(str(p) for p in e['loc']) or 'analysis'}: {e['msg']}"
                for e in err.errors()[:5]
            )
            raise ResultFormatError(f"not a valid claimkit analysis: {problems}") from None

    def place_counts(self) -> Counter[str]:
        """How often each linked place is mentioned, by canonical name."""
        return Counter(p.record.name for p in self.places if p.record is not None)

    def persons(self) -> list[PersonGroup]:
        """The people of the article, one each, with their mentions (linked or not), in the
        order they are first named; a role without a name is left out."""
        groups: dict[str, list[Person]] = {}
        for person in self.people:
            if person.name is not None:  # a record's id, else the name, is who it is
                key = person.record.id if person.record else f"name:{person.name}"
                groups.setdefault(key, []).append(person)
        return [
            PersonGroup(mentions[0].name or "", mentions[0].record, mentions)
            for mentions in groups.values()
        ]

    def people_counts(self) -> Counter[str]:
        """How often each linked person is mentioned, by canonical name."""
        return Counter(p.record.name for p in self.people if p.record is not None)


class PersonGroup(NamedTuple):
    """One person of an article: the name, the record when linked, every mention."""

    name: str
    record: ActorRecord | None
    mentions: list[Person]


def _mentions(value: Any, where: str = "analysis") -> Iterator[tuple[str, Mention]]:
    """Every :class:`Mention` inside a result, nested ones included, with where it is.

    Only the fields whose type names a mention are looked into: records, candidates and
    warnings hold none."""
    if isinstance(value, Mention | Analysis):
        if isinstance(value, Mention):
            yield where, value
        for name in _mention_fields(type(value)):
            field_value = getattr(value, name)
            if isinstance(field_value, Mention | list):
                yield from _mentions(field_value, f"{where}.{name}")
    elif isinstance(value, list):
        for number, item in enumerate(value):
            if isinstance(item, Mention):
                yield from _mentions(item, f"{where}[{number}]")


@lru_cache(maxsize=64)  # one entry per result class
def _mention_fields(model: type[BaseModel]) -> tuple[str, ...]:
    """The fields of ``model`` that can hold a :class:`Mention` (alone or in a list)."""
    return tuple(
        name for name, info in model.model_fields.items() if _names_mention(info.annotation)
    )


def _names_mention(annotation: Any) -> bool:
    """Whether a field type is, or is made of, a :class:`Mention` (``list[Place]``, ``Mention |
    None``)."""
    if isinstance(annotation, type) and issubclass(annotation, Mention):
        return True
    return any(_names_mention(arg) for arg in get_args(annotation))


def analysis_json_schema() -> dict[str, Any]:
    """The JSON Schema of :class:`Analysis` output, as published in ``claimkit/schema``."""
    schema = Analysis.model_json_schema(mode="serialization")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return schema
