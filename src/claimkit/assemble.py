"""From processed Docs back to one :class:`~claimkit.results.Analysis` of the original text."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from claimkit.components.claims import CLAIMS_KEY
from claimkit.components.quotes import QUOTES_KEY
from claimkit.gazetteer.actors import ActorGazetteer
from claimkit.gazetteer.places import PlaceGazetteer
from claimkit.grouping import grouped_name, person_names
from claimkit.results import (
    Analysis,
    AnalysisWarning,
    Candidate,
    Claim,
    Mention,
    ModelInfo,
    Organisation,
    Person,
    Place,
    Quote,
    Speaker,
)
from claimkit.spans import ORGANISATIONS_KEY, PEOPLE_KEY, PLACES_KEY


@dataclass
class Mentions:
    """The mentions of one text, gathered piece by piece (the pieces' Docs are not kept)."""

    places: list[Place] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    organisations: list[Organisation] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)


class Assembler:
    """Builds results from the span groups claimkit's components wrote, with their records."""

    def __init__(self, nlp: Language) -> None:
        self._candidate_cache: dict[tuple[int, str, float], Candidate] = {}
        self.places: PlaceGazetteer = nlp.get_pipe("claimkit_places").gazetteer
        self.people: ActorGazetteer = nlp.get_pipe("claimkit_people").people
        self.organisations: ActorGazetteer = nlp.get_pipe("claimkit_organisations").organisations

    def collect(self, doc: Doc, offset: int, into: Mentions) -> None:
        """Add the mentions of ``doc``, a piece starting at ``offset`` of its text, to ``into``."""
        spans_and_places = [(s, self._place(s, offset)) for s in doc.spans.get(PLACES_KEY, ())]
        into.places.extend(place for _, place in spans_and_places)
        into.people.extend(self._person(span, offset) for span in doc.spans.get(PEOPLE_KEY, ()))
        into.organisations.extend(
            self._organisation(span, offset) for span in doc.spans.get(ORGANISATIONS_KEY, ())
        )
        into.quotes.extend(self._quote(doc, span, offset) for span in doc.spans.get(QUOTES_KEY, ()))
        # a claim's place is the Place already made of that span (frozen: one object serves)
        places = {(s.start, s.end): place for s, place in spans_and_places}
        into.claims.extend(
            self._claim(doc, span, offset, places) for span in doc.spans.get(CLAIMS_KEY, ())
        )

    def analysis(
        self,
        text: str,
        date: str | None,
        mentions: Mentions,
        model: ModelInfo,
        warnings: list[AnalysisWarning],
    ) -> Analysis:
        """The analysis of ``text`` from the mentions gathered from its pieces."""
        unresolved_roles = any(p.method == "role" and p.record is None for p in mentions.people)
        if unresolved_roles and date is None:
            warnings = [
                *warnings,
                AnalysisWarning(
                    code="no_date",
                    message="role mentions (de president van Oekraïne) need the article's date: "
                    "pass date= or start the text with a 'date YYYY-MM' header",
                ),
            ]
        names = person_names(mentions.people)
        people = [
            person.model_copy(update={"name": name})
            for person, name in zip(mentions.people, names, strict=True)
        ]
        return Analysis(
            text=text,
            date=date,
            places=mentions.places,
            people=people,
            organisations=mentions.organisations,
            quotes=[_regrouped(q, "speaker", mentions.people, names) for q in mentions.quotes],
            claims=[_regrouped(c, "claimant", mentions.people, names) for c in mentions.claims],
            model=model,
            warnings=warnings,
        )

    @staticmethod
    def _link(
        span: Span, link: Mapping[str, Any], offset: int, records: Mapping[str, Any]
    ) -> dict[str, Any]:
        """The fields every linked mention has: where it is, its record, how it was linked
        (``link``: the span's ``claimkit_link``)."""
        kb_id = span.kb_id_
        return {
            "text": span.text,
            "start": offset + span.start_char,
            "end": offset + span.end_char,
            "record": records.get(kb_id) if kb_id else None,
            "method": link.get("method", "exact"),
            "score": float(link.get("score", 1.0)),
        }

    def _candidates(self, link: Mapping[str, Any], records: Mapping[str, Any]) -> list[Candidate]:
        """The mention's other records. A Candidate is immutable, so one object serves every
        mention with the same record and score (a long text names Washington thousands of
        times: its alternatives are not made again each time)."""
        pairs = link.get("alternatives", [])
        cache = self._candidate_cache
        if len(cache) > 200_000:
            cache.clear()
        found = []
        for pid, score in pairs:
            if pid not in records:
                continue
            key = (id(records), pid, score)
            candidate = cache.get(key)
            if candidate is None:
                record = records[pid]
                candidate = Candidate(
                    id=pid,
                    name=record.name,
                    kind=record.kind,
                    country=record.country,
                    score=float(score),
                )
                cache[key] = candidate
            found.append(candidate)
        return found

    def _place(self, span: Span, offset: int) -> Place:
        records = self.places.records
        link = span._.claimkit_link or {}
        return Place(
            **self._link(span, link, offset, records),
            alternatives=self._candidates(link, records),
        )

    def _person(self, span: Span, offset: int) -> Person:
        records = self.people.records
        link = span._.claimkit_link or {}
        return Person(
            **self._link(span, link, offset, records),
            role=link.get("role"),
            alternatives=self._candidates(link, records),
        )

    def _organisation(self, span: Span, offset: int) -> Organisation:
        link = span._.claimkit_link or {}
        return Organisation(**self._link(span, link, offset, self.organisations.records))

    def _speaker(self, name: str | None, kb_id: str | None, kind: str | None) -> Speaker | None:
        """A resolved speaker (or claimant) with its record, when it has one."""
        if name is None:
            return None
        kind = kind or "other"
        records = self.organisations.records if kind == "organisation" else self.people.records
        record = records.get(kb_id) if kb_id else None
        return Speaker(name=record.name if record is not None else name, kind=kind, record=record)

    def _claim(
        self, doc: Doc, span: Span, offset: int, places: Mapping[tuple[int, int], Place]
    ) -> Claim:
        link = span._.claimkit_claim or {}
        start, end = link["start_char"], link["end_char"]
        place = places.get(tuple(link["place"])) if link.get("place") else None
        return Claim(
            text=doc.text[start:end],
            start=offset + start,
            end=offset + end,
            value=link.get("value"),
            low=link.get("low"),
            high=link.get("high"),
            approximate=bool(link.get("approximate")),
            counted=_mention(doc, link.get("counted"), offset),
            category=link.get("category", "other"),
            subject=_mention(doc, link.get("subject"), offset),
            scope=_mention(doc, link.get("scope"), offset),
            place=place,
            claimant=self._speaker(
                link.get("claimant_name"), link.get("claimant_id"), link.get("claimant_kind")
            ),
            claimant_mention=_mention(doc, link.get("claimant_tokens"), offset),
            status=link.get("status", "stated"),
            flagged=bool(link.get("flagged")),
            evidence=_mention(doc, link.get("evidence"), offset),
            flagged_by=self._speaker(
                link.get("flagged_by_name"), link.get("flagged_by_id"), link.get("flagged_by_kind")
            ),
        )

    def _quote(self, doc: Doc, span: Span, offset: int) -> Quote:
        link = span._.claimkit_link or {}
        start, end = link["start_char"], link["end_char"]
        speaker = self._speaker(
            link.get("speaker_name"), link.get("speaker_id"), link.get("speaker_kind")
        )
        return Quote(
            text=doc.text[start:end],
            start=offset + start,
            end=offset + end,
            kind=link["kind"],
            speaker=speaker,
            speaker_mention=_mention(doc, link.get("speaker_tokens"), offset),
            cue=_mention(doc, link.get("cue_tokens"), offset),
            confidence=float(link.get("confidence", 0.0)),
        )


def _regrouped(item: Any, field_name: str, people: list[Person], names: list[str | None]) -> Any:
    """``item`` (a Quote or Claim) with its unknown person speaker named as the article's
    grouping names that person (``Linda`` → ``Linda H.``)."""
    speaker: Speaker | None = getattr(item, field_name)
    if speaker is None or speaker.record is not None or speaker.kind != "person":
        return item
    mention = getattr(item, f"{field_name}_mention")
    name = grouped_name(speaker.name, mention.start if mention else item.start, people, names)
    if name == speaker.name:
        return item
    return item.model_copy(update={field_name: speaker.model_copy(update={"name": name})})


def _mention(doc: Doc, tokens: list[int] | None, offset: int) -> Mention | None:
    """The mention of a token range of ``doc`` (a piece starting at ``offset``)."""
    if not tokens:
        return None
    span = doc[tokens[0] : tokens[1]]
    return Mention(text=span.text, start=offset + span.start_char, end=offset + span.end_char)
