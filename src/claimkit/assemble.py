"""From processed Docs back to one :class:`~claimkit.results.Analysis` of the original text."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from claimkit.components.common import ORGANISATIONS_KEY, PEOPLE_KEY, PLACES_KEY
from claimkit.gazetteer.actors import ActorGazetteer
from claimkit.gazetteer.places import PlaceGazetteer
from claimkit.results import (
    Analysis,
    AnalysisWarning,
    Candidate,
    ModelInfo,
    Organisation,
    Person,
    Place,
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
    def _link(span: Span, offset: int, records: Mapping[str, Any]) -> dict[str, Any]:
        """The fields every linked mention has: where it is, its record, how it was linked."""
        link = span._.claimkit_link or {}
        return {
            "text": span.text,
            "start": offset + span.start_char,
            "end": offset + span.end_char,
            "record": records.get(span.kb_id_) if span.kb_id_ else None,
            "method": link.get("method", "exact"),
            "score": float(link.get("score", 1.0)),
        }

    @staticmethod
    def _candidates(span: Span, records: Mapping[str, Any]) -> list[Candidate]:
        pairs = (span._.claimkit_link or {}).get("alternatives", [])
        return [
            Candidate(
                id=pid,
                name=records[pid].name,
                kind=records[pid].kind,
                country=records[pid].country,
                score=float(score),
            )
            for pid, score in pairs
            if pid in records
        ]

    def _place(self, span: Span, offset: int) -> Place:
        records = self.places.records
        return Place(
            **self._link(span, offset, records), alternatives=self._candidates(span, records)
        )

    def _person(self, span: Span, offset: int) -> Person:
        records = self.people.records
        return Person(
            **self._link(span, offset, records),
            role=(span._.claimkit_link or {}).get("role"),
            alternatives=self._candidates(span, records),
        )

    def _organisation(self, span: Span, offset: int) -> Organisation:
        return Organisation(**self._link(span, offset, self.organisations.records))
