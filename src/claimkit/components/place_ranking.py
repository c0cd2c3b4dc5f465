"""Choosing among the records one spelling names (Bergen: Mons, Bergen NH, Bergen NO): cue
words, regions and countries named in the text or the sentence, country adjectives, the text's
main country, then prominence. Weights: ``ranking`` in ``claimkit/data/places_nl.json``."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from claimkit.components.gazetteer_component import NameMatch
from claimkit.spans import doc_words


def _sentence_starts(doc: Doc) -> Callable[[int], int]:
    """Token index → index of the first token of its sentence (0 without sentence boundaries;
    whether the Doc has them is asked once, not per token)."""
    if doc.has_annotation("SENT_START") or doc.has_annotation("DEP"):
        return lambda i: doc[i].sent.start
    return lambda i: 0


TOWN_KINDS = frozenset({"city", "town", "village"})


class PlaceRanking:
    """Scores the candidate records of every match; mixed into
    :class:`~claimkit.components.places.PlaceLinker`."""

    def _kind_cue(self, doc: Doc, keys: list[str], match: NameMatch) -> str | None:
        if match.method == "compound":
            for j in (match.end + 1, match.start - 2):
                if 0 <= j < len(doc) and keys[j] in self.compound_cues:
                    return self.compound_cues[keys[j]]
        if match.start > 0 and keys[match.start - 1] in self.cues_before:
            return self.cues_before[keys[match.start - 1]]
        if match.end < len(doc) and keys[match.end] in self.cues_after:
            return self.cues_after[keys[match.end]]
        return None

    def _resolve(
        self,
        doc: Doc,
        keys: list[str],
        matches: list[NameMatch],
        focus: Callable[[], bool] | None = None,
    ) -> None:
        """Score every candidate record of every match; best first in ``match.scores``.

        A candidate's weight is its prominence, plus 1 when a cue word asks for its kind
        (``regio Donetsk``), plus 0.5 when its region is named elsewhere in the text, plus 0.3
        when its country is named in the same sentence (or an adjective says it: ``de Spaanse
        stad Valencia``) or 0.15 when elsewhere in the text; then the text's main country and
        the home countries (``ranking`` in places_nl.json).
        """
        records = self.gazetteer.records
        regions: set[str] = set()  # regions named in the text, directly or by their places
        countries: dict[int, set[str]] = {}  # sentence start → countries named in it
        sentence_of = _sentence_starts(doc)
        for match in matches:
            if not match.ids:
                continue
            match.cue = self._kind_cue(doc, keys, match)
            sure = match.ids
            if len(sure) > 1 and match.cue:
                sure = [p for p in match.ids if records[p].kind == match.cue]
            if len(sure) == 1:
                record = records[sure[0]]
                regions.add(record.name if record.kind == "region" else record.admin1 or "")
                if record.kind == "country":
                    countries.setdefault(sentence_of(match.start), set()).add(record.country)
        named = set().union(*countries.values())
        if any(len(m.ids) > 1 for m in matches):  # "de Spaanse stad Valencia": Spain there
            for i, text in enumerate(doc_words(doc)[0]):
                country = self.country_adjectives.get(text)
                if country is not None:
                    countries.setdefault(sentence_of(i), set()).add(country)
        main = self._main_country(matches)
        for match in matches:
            if not match.ids:
                continue
            near = countries.get(sentence_of(match.start), set())
            weights = []
            key = tuple(keys[match.start : match.end])
            after_article = match.start > 0 and keys[match.start - 1] in self.articles
            for place_id in match.ids:
                record = records[place_id]
                weight = self.gazetteer.prominence(place_id)
                if (key, place_id) in self.gazetteer.alternate_only:
                    weight *= self.alternate_weight  # Limburg: the province, not an der Lahn
                if match.cue and record.kind == match.cue:
                    weight += 1.0
                if after_article and record.kind in TOWN_KINDS:
                    weight *= self.article_town_weight  # towns take no article: de Kempen
                if len(match.ids) > 1 and self._far_and_unmentioned(place_id, named | near):
                    weight *= self.far_town_weight  # Florida the state, not the Cuban town
                if len(match.ids) > 1:
                    if record.admin1 in regions or record.name in regions:
                        weight += 0.5
                    if record.country in near:
                        weight += 0.3
                    elif record.country in named:
                        weight += 0.15
                    if record.country == main:
                        weight += self.main_country_weight
                    elif main is None and record.country in self.home_countries:
                        weight += self.home_weight
                    elif main is None and record.country in self.near_countries:
                        weight += self.near_weight  # Valencia: Spain's before Venezuela's
                    if record.country in self.fuzzy_countries and focus is not None and focus():
                        weight += self.focus_weight  # a war article's Chust is Khust
                weights.append(weight)
            ranked = sorted(zip(match.ids, weights, strict=True), key=lambda p: -p[1])
            # candidates far behind the best are no real alternative (the 40 Washingtons)
            ranked = [p for p in ranked if p[1] >= ranked[0][1] * self.alternative_ratio]
            ranked = ranked[: self.max_alternatives + 1]
            total = sum(w for _, w in ranked)
            match.scores = [(pid, round(match.quality * w / total, 4)) for pid, w in ranked]

    def _far_and_unmentioned(self, place_id: str, countries: set[str | None]) -> bool:
        """A town of a distant country (``distant_towns``) whose country the text does not
        name, below the size that makes it known on its own."""
        kind, population = self.gazetteer.kind_and_population(place_id)
        if kind not in TOWN_KINDS or place_id in self.gazetteer.overlay_ids:
            return False
        country = self.gazetteer.country(place_id)
        if country in self.exempt_countries or country in countries:
            return False
        return (population or 0) < self.distant_min_population

    def _main_country(self, matches: list[NameMatch]) -> str | None:
        """The country most of the text's unambiguous places lie in (two at least)."""
        counts: dict[str, int] = {}
        for match in matches:
            if len(match.ids) == 1:
                country = self.gazetteer.country(match.ids[0])
                if country:
                    counts[country] = counts.get(country, 0) + 1
        if not counts:
            return None
        country, count = max(counts.items(), key=lambda item: item[1])
        return country if count >= 2 else None
