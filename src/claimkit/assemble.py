"""From processed Docs back to one :class:`~claimkit.results.Analysis` of the original text."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from claimkit.components.common import ORGANISATIONS_KEY, PEOPLE_KEY, PLACES_KEY
from claimkit.gazetteer.actors import ActorGazetteer
from claimkit.gazetteer.places import PlaceGazetteer
from claimkit.results import (
    ActorRecord,
    Analysis,
    AnalysisWarning,
    Candidate,
    ModelInfo,
    Organisation,
    Person,
    Place,
    PlaceRecord,
)


class Assembler:
    """Builds results from the span groups claimkit's components wrote, with their records."""

    def __init__(self, nlp: Language) -> None:
        self.places: PlaceGazetteer = nlp.get_pipe("claimkit_places").gazetteer
        self.people: ActorGazetteer = nlp.get_pipe("claimkit_people").people
        self.organisations: ActorGazetteer = nlp.get_pipe("claimkit_organisations").organisations

    def analysis(
        self,
        text: str,
        date: str | None,
        docs: Sequence[tuple[Doc, int]],
        model: ModelInfo,
        warnings: list[AnalysisWarning],
    ) -> Analysis:
        """The analysis of ``text`` whose pieces, starting at the given offsets, are ``docs``."""
        places: list[Place] = []
        people: list[Person] = []
        organisations: list[Organisation] = []
        unresolved_roles = False
        for doc, offset in docs:
            for span in doc.spans.get(PLACES_KEY, ()):
                places.append(self._place(span, offset))
            for span in doc.spans.get(PEOPLE_KEY, ()):
                person = self._person(span, offset)
                people.append(person)
                unresolved_roles |= person.method == "role" and person.record is None
            for span in doc.spans.get(ORGANISATIONS_KEY, ()):
                organisations.append(self._organisation(span, offset))
        if unresolved_roles and date is None:
            warnings = [
                *warnings,
                AnalysisWarning(
                    code="no_date",
                    message="role mentions (de president van Oekraïne) need the article's date: "
                    "pass date= or start the text with a 'date YYYY-MM' header",
                ),
            ]
        return Analysis(
            text=text,
            date=date,
            places=places,
            people=people,
            organisations=organisations,
            model=model,
            warnings=warnings,
        )

    @staticmethod
    def _where(span: Span, offset: int) -> dict[str, Any]:
        return {
            "text": span.text,
            "start": offset + span.start_char,
            "end": offset + span.end_char,
        }

    def _candidates(self, pairs: list[list[Any]], names: dict[str, Any]) -> list[Candidate]:
        return [
            Candidate(
                id=pid,
                name=names[pid].name,
                kind=names[pid].kind,
                country=names[pid].country,
                score=float(score),
            )
            for pid, score in pairs
            if pid in names
        ]

    def _place(self, span: Span, offset: int) -> Place:
        link = span._.claimkit_link or {}
        record: PlaceRecord | None = self.places.records.get(span.kb_id_) if span.kb_id_ else None
        return Place(
            **self._where(span, offset),
            record=record,
            method=link.get("method", "exact"),
            score=float(link.get("score", 1.0)),
            alternatives=self._candidates(link.get("alternatives", []), self.places.records),
        )

    def _person(self, span: Span, offset: int) -> Person:
        link = span._.claimkit_link or {}
        record: ActorRecord | None = self.people.records.get(span.kb_id_) if span.kb_id_ else None
        return Person(
            **self._where(span, offset),
            record=record,
            method=link.get("method", "exact"),
            score=float(link.get("score", 1.0)),
            role=link.get("role"),
            alternatives=self._candidates(link.get("alternatives", []), self.people.records),
        )

    def _organisation(self, span: Span, offset: int) -> Organisation:
        link = span._.claimkit_link or {}
        records = self.organisations.records
        return Organisation(
            **self._where(span, offset),
            record=records.get(span.kb_id_) if span.kb_id_ else None,
            method=link.get("method", "exact"),
            score=float(link.get("score", 1.0)),
        )
