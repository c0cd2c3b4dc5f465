"""``claimkit_places``: find place names and link each to one gazetteer record.

Where a place is matched, in order of trust:

1. exact: the words equal an alias of the gazetteer (``Bachmoet``, ``Rostov aan de Don``);
2. compound: a part of a hyphenated word is an alias (``Donbas-regio``, ``Oost-Oekraïne``);
   ``claimkit_compounds``, which runs first, has split the word so the span is the place alone;
3. inflection: the word minus a Dutch ending is an alias (``Oekraïnes``, ``Kyiv's``);
4. variant: capitalised words whose spelling key (:mod:`claimkit.gazetteer.spelling`) equals
   that of a name or its Cyrillic original, the words read as Dutch, English, German or French
   (a spelling the gazetteer lacks: ``Saporischschja``, ``Alouchta``);
5. fuzzy: a capitalised proper name within one or two edits of an alias of a prominent place
   (rapidfuzz, optimal string alignment over candidates blocked by first letter and length);
6. ner: the pipeline's own LOC/GPE entities that no gazetteer knows (no record).

Villages are too many to be reached by a misspelling anywhere: that needs a word that says a
place is named (``in``, ``inwoners van``, ``X werd beschoten``; ``fuzzy.place_context``) or a
place entity, in a text about Ukraine, Russia or Belarus; the same word elsewhere in that text
is then linked to the same place (unless the words there say it is a person). An ordinary Dutch
word is never a place spelled another way or misspelt (``Hotel``, ``Kleine``:
:mod:`claimkit.gazetteer.dutch_words`), and an alias that is one needs evidence after an article
or at a sentence's start (``het Engels``, ``Lepel en vork``). Nor is a name the words call a
person (``generaal Orlov``, ``Ivanov zei``) or, without a place word, a surname made of a place
name (``Zvereva``, ``Ivanov``; ``person_cues`` in ``people_nl.json``).

When one spelling names several records (Donetsk the city and the oblast), context decides:
cue words (``regio Donetsk``), places of the same region elsewhere in the text, countries named
in the text, then prominence.
The other records are kept as scored alternatives. New spellings go into the gazetteer files
(``gazetteers/``), cue words into ``claimkit/data/places_nl.json``; not into this code.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Token

from claimkit.components.common import (
    HYPHENS,
    PLACES_KEY,
    QUALITY,
    GazetteerComponent,
    NameMatch,
    alias_matches,
    claim,
    compound_end,
    doc_words,
    entity_extent,
    genitive,
    is_capitalised,
    is_free,
    known_name,
    make_span,
    ner_fallback,
    ner_kinds,
    place_stop_words,
    starts_sentence,
    word_keys,
)
from claimkit.gazetteer.actors import load_organisations, load_people
from claimkit.gazetteer.dutch_words import load_dutch_words
from claimkit.gazetteer.index import AliasIndex, FuzzyHit, is_word, normalize
from claimkit.gazetteer.places import PlaceGazetteer, load_places
from claimkit.gazetteer.spelling import READINGS, reading_key, reading_keys
from claimkit.resources import load_json

log = logging.getLogger(__name__)


@Language.factory(
    "claimkit_places",
    default_config={
        "gazetteer_dir": None,
        "fuzzy": True,
        "fuzzy_min_length": None,
        "use_ner": True,
        "spans_key": PLACES_KEY,
    },
)
def make_places_component(
    nlp: Language,
    name: str,
    gazetteer_dir: str | None,
    fuzzy: bool,
    fuzzy_min_length: int | None,
    use_ner: bool,
    spans_key: str,
) -> PlaceLinker:
    """spaCy factory of :class:`PlaceLinker`."""
    return PlaceLinker(
        nlp,
        name,
        gazetteer_dir=gazetteer_dir,
        fuzzy=fuzzy,
        fuzzy_min_length=fuzzy_min_length,
        use_ner=use_ner,
        spans_key=spans_key,
    )


_AREA_KINDS = frozenset({"country", "region"})  # never taken for a person or a Dutch word
# Nederlands (ADJ) is no inflected Nederland, wiens (PRON) no inflected Wien; Kyiv's is a
# genitive whatever the tag
_NOT_INFLECTED_TAGS = frozenset({"ADJ", "PRON", "DET", "ADP", "SCONJ", "CCONJ", "AUX", "VERB"})


def _ends_line(token: Token) -> bool:
    """Whether a line break or the end of the text follows the token."""
    doc = token.doc
    if "\n" in token.whitespace_:
        return True
    return token.i + 1 < len(doc) and (doc[token.i + 1].is_space and "\n" in doc[token.i + 1].text)


_INITIALS = re.compile(r"(?:[A-Z][a-z]?\.)+|[A-Z]{1,3}")  # J., JP., Ph.


def _after_initials(texts: list[str], i: int) -> bool:
    """Whether word ``i`` follows a person's initials (``JP.``, ``J. P.``), which a sentence
    splitter takes for a sentence's end."""
    if i > 1 and texts[i - 1] == "." and _INITIALS.fullmatch(texts[i - 2]):
        return True
    return i > 0 and texts[i - 1].endswith(".") and _INITIALS.fullmatch(texts[i - 1]) is not None


# Names of more words are not compared letter by letter: misspelt names are of 2 or 3 words.
_LONGEST_MISSPELT_NAME = 3


def _closest(
    hits: list[FuzzyHit], keep: Callable[[str], bool] | None = None
) -> tuple[float, list[str]]:
    """The best score among ``hits`` (closest first) and the ids of that score that ``keep``
    accepts (all when None); a hit none of whose ids is kept does not count."""
    best, ids = 0.0, []
    for hit in hits:
        kept = [p for p in hit.ids if keep is None or keep(p)]
        if not kept or hit.score < best:
            continue
        best = hit.score
        ids += [p for p in kept if p not in ids]
    return best, ids


def _differs_at_the_end(word: str, name: str) -> bool:
    """Whether ``word`` and ``name`` differ only in their last two letters or beyond
    (``ivanov`` / ``ivanovo``, ``zvereva`` / ``zverevo``)."""
    first_difference = next(
        (n for n, (a, b) in enumerate(zip(word, name, strict=False)) if a != b), None
    )
    return first_difference is None or first_difference >= len(word) - 2


def _in_multiword_person(token: Token) -> bool:
    """Whether the token is inside a person entity of two or more words."""
    if not token.ent_type_ or ner_kinds().get(token.ent_type_) != "person":
        return False
    start, end = entity_extent(token.doc, token.i, token.i + 1)
    return end - start > 1


def _sentence_starts(doc: Doc) -> Callable[[int], int]:
    """Token index → index of the first token of its sentence (0 without sentence boundaries;
    whether the Doc has them is asked once, not per token)."""
    if doc.has_annotation("SENT_START") or doc.has_annotation("DEP"):
        return lambda i: doc[i].sent.start
    return lambda i: 0


class PlaceLinker(GazetteerComponent):
    """Tag place mentions in ``doc.spans[spans_key]``, each linked to a gazetteer record."""

    def __init__(
        self,
        nlp: Language,
        name: str = "claimkit_places",
        *,
        gazetteer_dir: str | None = None,
        fuzzy: bool = True,
        fuzzy_min_length: int | None = None,
        use_ner: bool = True,
        spans_key: str = PLACES_KEY,
    ) -> None:
        cues = load_json("places_nl.json")
        self.cues_before: dict[str, str] = cues["kind_cues_before"]
        self.cues_after: dict[str, str] = cues["kind_cues_after"]
        self.compound_cues: dict[str, str] = cues["compound_kind_cues"]
        self.suffixes, self.min_stem = genitive()  # Oekraïnes, Kyiv's
        self.stop: frozenset[str] = place_stop_words()
        person = load_json("people_nl.json")["person_cues"]
        self.person_titles = frozenset(normalize(w) for w in person["titles_before"])
        # a title is also the end of a compound: onderzoeksrechter, oud-minister
        self.compound_titles = tuple(t for t in self.person_titles if len(t) >= 6)
        self.source_words = frozenset(normalize(w) for w in person["source_words_before"])
        self.speech_verbs = frozenset(normalize(w) for w in person["speech_verbs"])
        self.speech_verb_forms = frozenset(normalize(w) for w in person["speech_verb_forms"])
        self.surname_endings = tuple(normalize(e) for e in person["surname_endings"])
        self.genitive_marks = tuple(s for s in self.suffixes if not s.isalpha())  # 's
        self.min_name_length = int(cues["unknown_name_min_length"])
        self.spared_population = int(cues["ordinary_words"]["min_population_spared"])
        self.articles = frozenset(normalize(w) for w in cues["ordinary_words"]["articles"])
        self.use_fuzzy = fuzzy
        self.max_edits = sorted(
            (int(length), int(edits))
            for length, edits in cues["fuzzy"]["max_edits_by_length"].items()
            if length.isdigit()
        )
        self.fuzzy_min_length = int(fuzzy_min_length or cues["fuzzy"]["min_length"])
        self.fuzzy_spread = int(cues["fuzzy"]["length_spread"])
        self.fuzzy_min_length_alone = int(cues["fuzzy"]["min_length_without_context"])
        focus = cues["focus"]
        self.focus_countries = frozenset(focus["countries"])
        self.focus_kinds = frozenset(focus["kinds"])
        self.focus_words = frozenset(normalize(w) for w in focus["words"])
        context = cues["fuzzy"]["place_context"]
        self.place_context_before = frozenset(normalize(w) for w in context["words_before"])
        self.place_context_pairs: dict[str, frozenset[str]] = {
            normalize(word): frozenset(normalize(n) for n in nouns)
            for word, nouns in context["nouns_before"]["by_preposition"].items()
        }
        self.place_verb_relations = frozenset(context["verbs"]["relations"])
        self.place_verb_stems = tuple(normalize(v) for v in context["verbs"]["stems"])
        self.fuzzy_skip_labels = frozenset(cues["fuzzy"]["skip_ner_labels"])
        self.fuzzy_skip_suffixes = tuple(cues["fuzzy"]["skip_suffixes"])
        self.fuzzy_targets: dict[str, Any] = cues["fuzzy"]["targets"]
        self.fuzzy_excluded_kinds = frozenset(self.fuzzy_targets["exclude_kinds"])
        self.fuzzy_target_kinds = frozenset(self.fuzzy_targets["kinds"])
        #: misspellings and spelling keys reach places of these countries (and curated ones)
        self.fuzzy_countries = frozenset(self.fuzzy_targets["countries"])
        self.variant_min_key = int(cues["variant_min_key"])
        self.adjective_suffix = normalize(cues["adjective_suffix"])
        not_places = cues["not_places"]
        self.languages = frozenset(normalize(w) for w in not_places["languages"])
        inside = not_places["inside_names"]
        self.name_words_before = frozenset(normalize(w) for w in inside["words_before"])
        self.name_words_after = frozenset(normalize(w) for w in inside["words_after"])
        self.name_links = frozenset(normalize(w) for w in inside["between"])
        self.acronym_length = int(not_places["acronym_max_length"])
        self.media_words = frozenset(normalize(w) for w in inside["media_words"])
        self.place_qualifiers = frozenset(normalize(w) for w in inside["place_qualifiers"])
        self.prepositions = frozenset({"van", "vd"})  # particles that are prepositions too
        self.surname_particles = frozenset(
            normalize(w) for w in load_json("people_nl.json")["person_cues"]["surname_particles"]
        )
        self.list_links = frozenset({",", "en", "of"})
        self.result_codes: dict[str, str] = cues["result_codes"]["codes"]
        self.country_adjectives: dict[str, str] = cues["country_adjectives"]["forms"]
        distant = cues["distant_towns"]
        self.exempt_countries = frozenset(distant["exempt_countries"])
        self.distant_min_population = int(distant["min_population_alone"])
        self.distant_big_population = int(distant["min_population_even_as_person"])
        self.small_gated = frozenset(distant["gated_from_population"]["countries"])
        self.small_gated_below = int(distant["gated_from_population"]["below"])
        ranking = cues["ranking"]
        self.home_countries = frozenset(ranking["home_countries"])
        self.home_weight = float(ranking["home_weight"])
        self.main_country_weight = float(ranking["main_country_weight"])
        self.alternative_ratio = float(ranking["alternative_ratio"])
        self.max_alternatives = int(ranking["max_alternatives"])
        self.alternate_weight = float(ranking["alternate_name_weight"])
        super().__init__(name, gazetteer_dir, spans_key=spans_key, use_ner=use_ner)

    def _load(self, folder: Path) -> None:
        self.folder = folder
        self.gazetteer: PlaceGazetteer = load_places(folder)
        self.fuzzy_index = self.gazetteer.one_word_names(
            self.fuzzy_excluded_kinds, self.fuzzy_countries
        )
        self.multiword_index = self.gazetteer.names_of_words(self.fuzzy_countries)
        self.longest_key = self.gazetteer.key_index.longest_alias  # words in the longest key
        self._fuzzy_memory: dict[tuple[str, int], list[FuzzyHit]] = {}
        # Names of people and organisations: never a place by fuzzy match or NER fallback.
        self.actor_indexes = (load_people(folder).index, load_organisations(folder).index)
        self.dutch_words = load_dutch_words(folder)
        self.country_ids = self._country_records()

    # -- the pipeline step -------------------------------------------------------------------

    def _country_records(self) -> dict[str, str]:
        """ISO code → the id of its country record (the hand-curated one when there are two)."""
        ids: dict[str, str] = {}
        for place_id in self.gazetteer.rows:
            kind, _ = self.gazetteer.kind_and_population(place_id)
            code = self.gazetteer.country(place_id)
            if (
                kind == "country"
                and code
                and (code not in ids or place_id in self.gazetteer.overlay_ids)
            ):
                ids[code] = place_id
        return ids

    def __call__(self, doc: Doc) -> Doc:
        keys = word_keys(doc)
        mask = self._claimed(doc)
        focus = cache(lambda: self._in_focus(doc, keys))  # asked for rarely: only when needed
        matches = self._result_codes(doc, mask)
        matches += self._gazetteer_matches(doc, keys, mask, focus)
        matches = self._near_enough(doc, keys, matches)
        if self.use_ner:
            matches.extend(ner_fallback(doc, keys, mask, "place", self.actor_indexes, self.stop))
        self._resolve(doc, keys, matches)
        matches.sort(key=lambda m: m.start)
        doc.spans[self.spans_key] = [self._to_span(doc, m) for m in matches]
        return doc

    # -- matching ----------------------------------------------------------------------------

    def _result_codes(self, doc: Doc, mask: bytearray) -> list[NameMatch]:
        """Countries abbreviated between brackets in sports results: ``Cipollini (Ita)``."""
        found = []
        for i in range(1, len(doc) - 1):
            code = self.result_codes.get(doc[i].text)
            if code is None or doc[i - 1].text != "(" or doc[i + 1].text != ")" or mask[i]:
                continue
            place_id = self.country_ids.get(code)
            if place_id is not None:
                claim(mask, i, i + 1)
                found.append(NameMatch(i, i + 1, [place_id], "exact", QUALITY["exact"]))
        return found

    def _near_enough(self, doc: Doc, keys: list[str], matches: list[NameMatch]) -> list[NameMatch]:
        """Drop towns of distant countries that nothing says are meant (``distant_towns``):
        ``Norman``, ``Lucas`` or ``Plaza`` are more often a name or a word. Kept: a place word
        or entity around it, its country named in the text, or a large town not tagged as a
        person. (Its words stay claimed: no place by NER either.)"""
        named = {
            self.gazetteer.country(m.ids[0])
            for m in matches
            if len(m.ids) == 1 and self.gazetteer.kind_and_population(m.ids[0])[0] == "country"
        }
        kept = []
        for match in matches:
            if self._distant_town(match) and not self._meant_here(doc, keys, match, named):
                continue
            kept.append(match)
        return kept

    def _distant_town(self, match: NameMatch) -> bool:
        """Whether every record the match may name is a town of a distant country, or a small
        one of a neighbour (``distant_towns``)."""
        gazetteer = self.gazetteer
        for place_id in match.ids:
            kind, population = gazetteer.kind_and_population(place_id)
            if kind in _AREA_KINDS or kind == "other" or place_id in gazetteer.overlay_ids:
                return False
            country = gazetteer.country(place_id)
            if country in self.exempt_countries and not (
                country in self.small_gated and (population or 0) < self.small_gated_below
            ):
                return False
        return bool(match.ids)

    def _meant_here(
        self, doc: Doc, keys: list[str], match: NameMatch, named: set[str | None]
    ) -> bool:
        if any(self.gazetteer.country(p) in named for p in match.ids):
            return True
        if self._place_context(doc, keys, match.start):
            return True
        key = tuple(keys[match.start : match.end])
        if all((key, p) in self.gazetteer.alternate_only for p in match.ids):
            return False  # Carmen is Ciudad del Carmen only by an untagged alternate name
        population = max(self.gazetteer.kind_and_population(p)[1] or 0 for p in match.ids)
        if population >= self.distant_big_population:
            return True  # Jeruzalem, whatever the pipeline's entity label says
        label = doc[match.start].ent_type_
        if label and ner_kinds().get(label) == "person":
            return False
        return population >= self.distant_min_population

    def _gazetteer_matches(
        self, doc: Doc, keys: list[str], mask: bytearray, focus: Callable[[], bool]
    ) -> list[NameMatch]:
        matches = alias_matches(
            doc,
            keys,
            mask,
            self.gazetteer.index,
            stop=self.stop,
            suffixes=self.suffixes,
            min_stem=self.min_stem,
            fallback=lambda i: self._unknown_spelling(doc, keys, i, focus),
            longer=lambda i: self._longer_name(doc, keys, i, focus),
            inflectable=lambda i: (
                keys[i].endswith(self.genitive_marks)
                or (doc[i].pos_ not in _NOT_INFLECTED_TAGS and not doc[i].is_stop)
            ),
        )
        # A rejected match keeps its words claimed: what the words say is no place does not
        # come back as one from the pipeline's entities (ner_fallback).
        kept = []
        for match in matches:
            if match.method == "exact" and self._is_compound_part(doc, match):
                match.method = "compound"
            if not self._rejected(doc, keys, match):
                kept.append(match)
        return kept + self._named_again(doc, keys, mask, kept)

    def _rejected(self, doc: Doc, keys: list[str], match: NameMatch) -> bool:
        """Whether the words around a match say it is no place: a person's name, a Dutch
        word used as one."""
        kinds = self._kinds(match)
        return (
            self._before_a_result_code(doc, match)
            or self._part_of_a_name(doc, keys, match, kinds)
            or self._inside_an_organisation_name(doc, keys, match, kinds)
            or self._after_another_name(doc, keys, match)
            or self._language(doc, keys, match, kinds)
            or self._acronym(doc, match, kinds)
            or self._ordinary_word(doc, keys, match, kinds)
            or self._said_of_a_person(doc, keys, match, kinds)
        )

    def _after_another_name(self, doc: Doc, keys: list[str], match: NameMatch) -> bool:
        """Whether a town-level name is the end of another name: right after a capitalised
        word inside a sentence that is no place, title, qualifier (``Noord``, ``Sint``) or
        country adjective (``McAllister Street``, ``Jan Moskou``, ``Podium Eindhoven``)."""
        i = match.start
        if i == 0 or any(self._spared_area(p) for p in match.ids):
            return False
        texts = doc_words(doc)[0]
        before = texts[i - 1]
        if not is_capitalised(before) or before.isupper() or starts_sentence(doc, i - 1):
            return False
        if doc[i - 1].whitespace_ == "" or _after_initials(texts, i - 1):
            return False  # glued (a hyphen compound), or initials: other rules decide
        key = keys[i - 1]
        return not (
            key in self.place_qualifiers
            or key in self.person_titles
            or key in self.stop
            or doc[i - 1].is_stop
            or before in self.country_adjectives
            or self.gazetteer.index.get((key,))
        )

    def _before_a_result_code(self, doc: Doc, match: NameMatch) -> bool:
        """Whether the name is (part of) a person's in a results list: ``David Canada (Spa)``,
        ``Jean-Patrick Nazon (Fra)``: capitalised words up to a country code between brackets."""
        texts = doc_words(doc)[0]
        k = match.end
        while k < len(doc) and k < match.end + 4 and doc[k].text != "(":
            if not (is_capitalised(texts[k]) or doc[k].text in HYPHENS):
                return False
            k += 1
        return (
            k + 2 < len(doc)
            and doc[k].text == "("
            and doc[k + 1].text in self.result_codes
            and doc[k + 2].text == ")"
        )

    def _inside_an_organisation_name(
        self, doc: Doc, keys: list[str], match: NameMatch, kinds: set[str]
    ) -> bool:
        """Whether the name is part of an organisation's, medium's or team's name
        (``not_places.inside_names``): ``Studio Brussel``, ``Air France-KLM``, ``Gazet van
        Antwerpen``, ``Washington Post``, or an organisation entity of more capitalised words
        around it (``AA Gent``)."""
        texts = doc_words(doc)[0]
        i, end = match.start, match.end
        j, linked = i - 1, False
        while j > 0 and j >= i - 2 and keys[j] in self.name_links:
            j, linked = j - 1, True  # Gazet van Antwerpen, Col de la Madeleine
        if linked and not is_capitalised(texts[j]):
            j, linked = i - 1, False
        if j >= 0 and keys[j] in self.name_words_before and is_capitalised(texts[j]):
            # a country after "van" is what the organisation is of (Nationale Bank van
            # Oekraïne), unless the name is a medium's (Hart van Nederland)
            return not linked or keys[j] in self.media_words or "country" not in kinds
        if end < len(doc) and keys[end] in self.name_words_after and is_capitalised(texts[end]):
            return True
        label = doc[i].ent_type_
        if not label or ner_kinds().get(label) != "organisation":
            return False
        if self._is_compound_part(doc, match):
            return False  # Oost-Oekraïne, tagged as one entity
        start, stop = entity_extent(doc, i, end)
        if kinds & _AREA_KINDS:
            # a country or region begins a name only when capitalised words follow it in the
            # entity (South China Morning Post); "Nationale Bank van Oekraïne" is Ukraine's
            return stop > end and is_capitalised(texts[end]) and keys[end] not in self.name_links
        others = [k for k in (*range(start, i), *range(end, stop)) if texts[k].strip()]
        return (
            bool(others)
            and all(
                is_capitalised(texts[k]) or keys[k] in self.name_links or doc[k].text in HYPHENS
                for k in others
            )
            and any(is_capitalised(texts[k]) for k in others)
        )

    def _language(self, doc: Doc, keys: list[str], match: NameMatch, kinds: set[str]) -> bool:
        """Whether a one-word match is a language's name (``Engels``, ``Nederlands``): never a
        town of that spelling nor an inflected country, unless a place word says so."""
        if match.end - match.start != 1 or keys[match.start] not in self.languages:
            return False
        if match.method != "inflection" and kinds & _AREA_KINDS:
            return False  # Kongo: an area's own exact name stays
        i = match.start
        return not (
            self._place_context(doc, keys, i, use_ner=False) or self._listed_with_places(keys, i)
        )

    def _listed_with_places(self, keys: list[str], i: int) -> bool:
        """Whether word ``i`` stands in a list with a place name (``Saratov, Engels en
        Morozovsk``): the word before or after the comma or ``en`` next to it is one."""
        index = self.gazetteer.index
        for link, other in ((i - 1, i - 2), (i + 1, i + 2)):
            if (
                0 <= other < len(keys)
                and keys[link] in self.list_links
                and keys[other] not in self.languages
                and index.get((keys[other],))
            ):
                return True
        return False

    def _acronym(self, doc: Doc, match: NameMatch, kinds: set[str]) -> bool:
        """Whether an all-capitals word (``VAD``) matched a town or village: an acronym."""
        word = doc[match.start].text
        if match.end - match.start != 1 or not word.isupper() or len(word) > self.acronym_length:
            return False
        return not kinds & _AREA_KINDS and not any(
            p in self.gazetteer.overlay_ids for p in match.ids
        )

    def _named_again(
        self, doc: Doc, keys: list[str], mask: bytearray, matches: list[NameMatch]
    ) -> list[NameMatch]:
        """Other mentions of a name the text spells another way or misspells: once a place word
        has shown what ``Solodek`` is, the same word elsewhere in the text, where it was not
        matched on its own (no word around it says it is a place), is that place too."""
        known = {
            tuple(keys[m.start : m.end]): m for m in matches if m.method in ("variant", "fuzzy")
        }
        if not known:
            return []
        texts = doc_words(doc)[0]
        lengths = sorted({len(words) for words in known}, reverse=True)
        found = []
        for i in range(len(doc)):
            if mask[i] or not is_capitalised(texts[i]):
                continue
            for length in lengths:
                first = known.get(tuple(keys[i : i + length]))
                if first is None or not is_free(mask, i, i + length):
                    continue
                match = NameMatch(i, i + length, list(first.ids), first.method, first.quality)
                claim(mask, i, i + length)  # claimed even when rejected: no place by NER
                if not self._rejected(doc, keys, match):
                    found.append(match)
                break
        return found

    def _kinds(self, match: NameMatch) -> set[str]:
        """The kinds of the records a match may name."""
        return {self.gazetteer.kind_and_population(p)[0] for p in match.ids}

    def _part_of_a_name(self, doc: Doc, keys: list[str], match: NameMatch, kinds: set[str]) -> bool:
        """Whether a town-level match is really (part of) a person's name.

        ``Jan Moskou``, ``Paris Hilton``, ``Lula da Silva`` (inside a person entity of more
        words), ``Tymosjenko`` (a person's name in the people gazetteer as well): not places.
        Countries and regions near home keep their match (``Carmen Bolivar`` is no Venezuelan
        state).
        """
        if any(self._spared_area(p) for p in match.ids):
            return False
        label = doc[match.start].ent_type_
        if label and ner_kinds().get(label) == "person":
            start, end = entity_extent(doc, match.start, match.end)
            while start < match.start and doc[start].pos_ == "ADP":
                start += 1  # "Van Kopenhagen vloog hij": a preposition is no first name
            texts = doc_words(doc)[0]
            # a name's first and last words are capitalised; particles between need not be
            # (Lula da Silva, Ursula von der Leyen)
            if (
                end - start > match.end - match.start
                and is_capitalised(texts[start])
                and is_capitalised(texts[end - 1])
            ):
                return True
        if self._surname_with_particle(doc, keys, match):
            return True
        people = self.actor_indexes[0]
        return match.end - match.start == 1 and known_name(people, (keys[match.start],))

    def _surname_with_particle(self, doc: Doc, keys: list[str], match: NameMatch) -> bool:
        """A Dutch or Flemish name made of a town's (``JP. Van Poppel``, ``John de Mol``,
        ``Leon van Bon``): a particle (``van``, ``de``…) between the town and a capitalised
        word before it, or a capitalised particle before it inside a sentence, or a particle
        and a capitalised word after it."""
        texts = doc_words(doc)[0]
        i, end = match.start, match.end
        if i > 0 and keys[i - 1] in self.surname_particles:
            if is_capitalised(texts[i - 1]) and (
                _after_initials(texts, i - 1) or not starts_sentence(doc, i - 1)
            ):
                return True  # JP. Van Poppel, Eddy Van Gent
            if (
                keys[i - 1] not in self.prepositions  # Termont van Gent: the mayor of Gent
                and i > 1
                and is_capitalised(texts[i - 2])
                and not starts_sentence(doc, i - 2)
            ):
                return keys[i - 2] not in self.stop and not self._names_an_area(keys[i - 2])
        return (
            end + 1 < len(doc)
            and keys[end] in self.surname_particles
            and texts[end].islower()
            and is_capitalised(texts[end + 1])
            and not self._names_an_area(keys[end + 1])
        )

    def _names_an_area(self, key: str) -> bool:
        """Whether the word is the name of a country or region (``Ronde van Frankrijk``)."""
        return any(
            self.gazetteer.kind_and_population(p)[0] in _AREA_KINDS
            for p in self.gazetteer.index.get((key,))
        )

    def _said_of_a_person(
        self, doc: Doc, keys: list[str], match: NameMatch, kinds: set[str]
    ) -> bool:
        """Whether the words around a town-level match say it names a person (``people_nl.json``
        ``person_cues``): a title or source word before it (``generaal Orlov``, ``volgens
        Makarov``), or a verb of saying it is the subject of or that follows it (``Ivanov
        zei``), and no word that announces a place (``In Orlov zei de burgemeester``).
        After a title only a country keeps its link (``generaal Nikolajev`` is a person, though
        the spelling also names Mykolaiv and its oblast); otherwise countries, regions and
        hand-curated places keep it: ``Moskou zei``, ``volgens Kyiv`` name a government."""
        i, end = match.start, match.end
        if i > 0 and (
            keys[i - 1] in self.person_titles or keys[i - 1].endswith(self.compound_titles)
        ):
            return kinds != {"country"}  # generaal Orlov, jeugdrechter Rota
        if kinds & _AREA_KINDS or any(p in self.gazetteer.overlay_ids for p in match.ids):
            return False
        if i > 0 and keys[i - 1] in self.source_words:
            return True
        said = (end < len(doc) and keys[end] in self.speech_verb_forms) or (
            doc[i].dep_ == "nsubj" and normalize(doc[i].head.lemma_) in self.speech_verbs
        )
        # a place entity label is no evidence here: the pipeline calls these surnames anything
        return said and not self._place_context(doc, keys, i, use_ner=False)

    def _surname_shaped(self, doc: Doc, keys: list[str], i: int, word: str) -> bool:
        """Whether ``word`` ends like a Russian or Ukrainian surname (``Kuzmin``, ``Ivanov``)
        and no word around it announces a place (a place entity label is no evidence: the
        pipeline calls such names anything)."""
        return word.endswith(self.surname_endings) and not self._place_context(
            doc, keys, i, use_ner=False
        )

    def _ordinary_word(self, doc: Doc, keys: list[str], match: NameMatch, kinds: set[str]) -> bool:
        """Whether a one-word town-level alias is used as a word: after an article (Dutch names
        of towns take none: ``het Engels``, ``het Hof``), or, when it is also a Dutch word
        (``Lepel``, ``Namen``), at a sentence's start, where its capital says nothing, unless
        the words around it say a place is named (``In Lepel``, ``Engels werd beschoten``)."""
        i = match.start
        if match.end - i != 1:
            return False
        if any(self._spared_area(p) or self._well_known(p) for p in match.ids):
            return False  # (seas and sites take an article: de Noordzee)
        if i > 0 and (doc[i - 1].pos_ == "DET" or keys[i - 1] in self.articles):
            return True  # a town after an article, Dutch word or not (het Hof)
        if keys[i] not in self.dutch_words:
            return False
        if i + 1 == len(doc) or _ends_line(doc[i]):
            return False  # the name alone on its line: a dateline (Gent)
        # the pipeline's entity label is no evidence here: it calls Namen or Komen anything
        return starts_sentence(doc, i) and not (
            self._place_context(doc, keys, i, use_ner=False) or self._listed_with_places(keys, i)
        )

    def _spared_area(self, place_id: str) -> bool:
        """A country, or a region, sea or site near home (``exempt_countries``) or of several
        countries: its name is not an ordinary word's (the hundreds of Slovenian municipalities
        that GeoNames counts as regions do not make ``Komen`` one)."""
        kind = self.gazetteer.kind_and_population(place_id)[0]
        if kind == "country":
            return True
        country = self.gazetteer.country(place_id)
        return kind in ("region", "other") and (country is None or country in self.exempt_countries)

    def _well_known(self, place_id: str) -> bool:
        """A hand-curated place or one of ``ordinary_words.min_population_spared``
        inhabitants: its name keeps its link when it is a Dutch word (Perm, Wenen)."""
        if place_id in self.gazetteer.overlay_ids:
            return True
        population = self.gazetteer.kind_and_population(place_id)[1] or 0
        return population >= self.spared_population

    @staticmethod
    def _is_compound_part(doc: Doc, match: NameMatch) -> bool:
        """Whether the match is glued to a hyphen outside it (``Donbas``-regio,
        Oost-``Oekraïne``; not ``Spassk-Dal’niy``, matched whole)."""
        start, end = match.start, match.end
        glued_after = end < len(doc) and doc[end].text in HYPHENS and not doc[end - 1].whitespace_
        glued_before = (
            start > 0 and doc[start - 1].text in HYPHENS and not doc[start - 1].whitespace_
        )
        return glued_after or glued_before

    def _fuzzy_target(self, word: str, place_id: str) -> bool:
        """Whether a misspelling or short key may reach this place without a place context
        (``fuzzy.targets``; the excluded kinds are filtered out before)."""
        targets = self.fuzzy_targets
        if len(word) >= targets["min_length_any_place"]:
            return True
        if targets["curated"] and place_id in self.gazetteer.overlay_ids:
            return True
        kind, population = self.gazetteer.kind_and_population(place_id)
        return kind in self.fuzzy_target_kinds or (population or 0) >= targets["min_population"]

    def _in_focus(self, doc: Doc, keys: list[str]) -> bool:
        """Whether the text is about the countries claimkit follows (``focus``): it names one
        of them, one of their regions or cities, or uses a word such as ``Oekraïense``."""
        texts = doc_words(doc)[0]
        index, gazetteer = self.gazetteer.index, self.gazetteer
        for i, key in enumerate(keys):
            if key in self.focus_words:
                return True
            if len(key) < 4 or not is_capitalised(texts[i]) or key in self.stop:
                continue
            for place_id in index.get((key,)):
                kind = gazetteer.kind_and_population(place_id)[0]
                if kind in self.focus_kinds and gazetteer.country(place_id) in self.focus_countries:
                    return True
        return False

    def _unknown_spelling(
        self, doc: Doc, keys: list[str], i: int, focus: Callable[[], bool]
    ) -> NameMatch | None:
        """An unknown capitalised word: a name by its spelling key (variant), else a near
        spelling of a name of several words or of one word (fuzzy).

        Villages, too many and too short to be told from ordinary names, are reached by a
        variant of a short key or by a misspelling only where the words before say a place is
        named (``in``, ``bij``, a place entity) and, for misspellings, the text is about the
        countries in focus.
        """
        for actors in self.actor_indexes:
            if actors.longest_at(keys, i)[0] > 1:
                return None  # a person's or organisation's name of several words
        end = compound_end(doc, i)  # a word split at hyphens or apostrophes is one name
        whole = self._whole_word(keys, i, end)
        if whole is not None:
            return whole
        if not self._may_be_name(doc, keys, i, "".join(keys[i:end])):
            return self._near_name_of_words(doc, keys, i)
        variant = self._by_spelling_key(doc, keys, i, end)
        if variant is not None and variant.end - i >= _LONGEST_MISSPELT_NAME:
            return variant
        several = self._near_name_of_words(doc, keys, i)
        if variant is not None and (several is None or variant.end >= several.end):
            return variant
        if several is not None or not self.use_fuzzy:
            return several
        return self._misspelt_word(doc, keys, i, end, focus)

    def _misspelt_word(
        self, doc: Doc, keys: list[str], i: int, end: int, focus: Callable[[], bool]
    ) -> NameMatch | None:
        """A word (or hyphen compound ``i:end``) within a few edits of a one-word name."""
        key = "".join(keys[i:end])
        if len(key) < self.fuzzy_min_length or not is_word(key):
            return None
        in_context = self._place_context(doc, keys, i)
        # (the entity label of a word split at a hyphen is no guide: Kamianets-Podilkyi, MISC)
        if not in_context and (
            len(key) < self.fuzzy_min_length_alone
            or (end == i + 1 and not self._may_be_misspelt_place(doc, i))
        ):
            return None
        hits = self._near_aliases(key)
        if self._surname_shaped(doc, keys, i, key):
            # Ivanov, Zvereva: a surname made of a place name differs from it in the ending
            hits = [h for h in hits if not _differs_at_the_end(key, h.key)]
        any_place = in_context and focus()
        best, ids = _closest(hits, lambda p: any_place or self._fuzzy_target(key, p))
        return NameMatch(i, end, ids, "fuzzy", best) if ids else None

    def _whole_word(self, keys: list[str], i: int, end: int) -> NameMatch | None:
        """The exact alias of the tokens ``i:end`` glued into one word (``Ul’yanovsk``)."""
        if end == i + 1:
            return None
        ids = self.gazetteer.index.get(("".join(keys[i:end]),))
        return NameMatch(i, end, ids, "exact", QUALITY["exact"]) if ids else None

    def _longer_name(
        self, doc: Doc, keys: list[str], i: int, focus: Callable[[], bool]
    ) -> NameMatch | None:
        """A name longer than the one-word alias at ``i``: the whole of a word split at
        hyphens or apostrophes (exact, by spelling key or misspelt, as an unknown word would
        be), or a name of more words by spelling key (``Novy Zavod`` spelt another way) or
        misspelt."""
        end = compound_end(doc, i)
        found = [self._whole_word(keys, i, end)]
        if found[0] is None:
            found.append(self._by_spelling_key(doc, keys, i, end))
            found.append(self._near_name_of_words(doc, keys, i))
            if end > i + 1 and self.use_fuzzy:
                found.append(self._misspelt_word(doc, keys, i, end, focus))
        wider = [m for m in found if m is not None and m.end > i + 1]
        return max(wider, key=lambda m: m.end) if wider else None

    def _place_context(self, doc: Doc, keys: list[str], i: int, *, use_ner: bool = True) -> bool:
        """Whether the words around ``i`` say a place is named (``fuzzy.place_context``): a
        place entity; a word such as ``in``, ``bij``, ``dorp`` just before; a noun and ``van``
        or ``om`` before (``inwoners van``, ``slag om``); or the word is what a verb of war
        acts on (``X werd beschoten``, ``namen X in``)."""
        label = doc[i].ent_type_
        if use_ner and label and ner_kinds().get(label) == "place":
            return True
        if i > 0 and keys[i - 1] in self.place_context_before:
            return True
        if i > 1 and keys[i - 2] in self.place_context_pairs.get(keys[i - 1], ()):
            return True
        return self._acted_on_by_war_verb(doc[i])

    def _acted_on_by_war_verb(self, token: Token) -> bool:
        """Whether ``token`` (or the name it is part of) is the object or passive subject of
        a verb such as ``beschieten``, ``innemen``, ``heroveren`` (by word form or lemma)."""
        for _ in range(3):  # from a later word of a name to its first
            if token.dep_ not in ("flat", "compound") or token.head is token:
                break
            token = token.head
        verb = token.head
        if verb is token:
            return False
        if token.dep_ not in self.place_verb_relations and not (
            token.dep_ == "nsubj" and any(c.dep_ == "aux:pass" for c in verb.children)
        ):  # a weak parser labels the subject of "werd beschoten" nsubj
            return False
        return normalize(verb.text).startswith(self.place_verb_stems) or normalize(
            verb.lemma_
        ).startswith(self.place_verb_stems)

    def _by_spelling_key(
        self,
        doc: Doc,
        keys: list[str],
        i: int,
        first_end: int | None = None,
    ) -> NameMatch | None:
        """The longest name at ``i`` whose spelling key equals the words' key in some reading
        (Saporischschja read the German way, Alouchta the French way); the first word is the
        tokens ``i:first_end`` (a hyphen compound) when given."""
        key_index = self.gazetteer.key_index
        first_end = first_end or i + 1
        window = ["".join(keys[i:first_end]), *keys[first_end : first_end + self.longest_key - 1]]
        best_length, best_ids, best_key = 0, [], ""
        for reading in READINGS:
            if not key_index.may_start(reading_key(window[0], reading)):
                continue
            spelt = reading_keys(window, reading)
            length, ids = key_index.longest_at(spelt, 0)
            if length > best_length:
                best_length, best_ids, best_key = length, list(ids), "".join(spelt[:length])
            elif length and length == best_length:
                best_ids += [p for p in ids if p not in best_ids]
        best_ids = [p for p in best_ids if self._fuzzy_reachable(p)]
        if best_ids and best_length == 1 and self._surname_shaped(doc, keys, i, window[0]):
            return None
        short = len(best_key) < self.variant_min_key
        if best_ids and short and not self._place_context(doc, keys, i):
            best_ids = [p for p in best_ids if self._fuzzy_target(window[0], p)]
        if not best_ids:
            return None
        end = first_end + best_length - 1
        return NameMatch(i, end, best_ids, "variant", QUALITY["variant"])

    def _fuzzy_reachable(self, place_id: str) -> bool:
        """Whether misspellings and spelling keys may reach this record at all
        (``fuzzy.targets.exclude_kinds``: countries are matched by their spellings only)."""
        kind = self.gazetteer.kind_and_population(place_id)[0]
        if kind in self.fuzzy_excluded_kinds:
            return False
        return (
            self.gazetteer.country(place_id) in self.fuzzy_countries
            or place_id in self.gazetteer.overlay_ids
        )

    def _near_name_of_words(self, doc: Doc, keys: list[str], i: int) -> NameMatch | None:
        """A misspelt name of two or three words (``Velyka Oleksadrivka``), longest first."""
        if not self.use_fuzzy:
            return None
        texts = doc_words(doc)[0]
        for length in range(min(_LONGEST_MISSPELT_NAME, len(doc) - i), 1, -1):
            words = keys[i : i + length]
            if not all(map(is_word, words)) or not is_capitalised(texts[i + length - 1]):
                continue
            best, ids = _closest(self._near_aliases(" ".join(words), self.multiword_index))
            if ids:
                return NameMatch(i, i + length, ids, "fuzzy", best)
        return None

    def _near_aliases(self, key: str, index: AliasIndex | None = None) -> list[FuzzyHit]:
        """Fuzzy hits for a word (or joined words), remembered: unknown names recur."""
        index = index or self.fuzzy_index
        memory_key = (key, id(index))
        hits = self._fuzzy_memory.get(memory_key)
        if hits is None:
            max_edits = max((e for length, e in self.max_edits if len(key) >= length), default=0)
            hits = [
                h
                for h in index.fuzzy(key, max_edits=max_edits, spread=self.fuzzy_spread)
                if h.key not in self.stop
            ]
            if len(self._fuzzy_memory) >= 100_000:
                self._fuzzy_memory.clear()
            self._fuzzy_memory[memory_key] = hits
        return hits

    def _may_be_name(self, doc: Doc, keys: list[str], i: int, key: str | None = None) -> bool:
        """Whether an unknown capitalised word may be a place spelled another way.

        Not: short words, stop words, words with digits, ordinary Dutch words capitalised at a
        sentence's start or in a name (``Hotel``, ``Kleine``; see
        :mod:`claimkit.gazetteer.dutch_words`), Dutch function words, adjectives and demonyms
        (by ending), names of people and organisations. Its part of speech is no guide: the
        tagger calls unknown names anything.
        """
        token, key = doc[i], key or keys[i]
        if len(key) < self.min_name_length or key in self.stop or not is_word(key):
            return False
        if key in self.dutch_words:
            return False
        if token.is_stop or key.endswith(self.fuzzy_skip_suffixes):
            return False
        if key.endswith(self.adjective_suffix) and self.gazetteer.index.get(
            (key[: -len(self.adjective_suffix)],)
        ):
            return False  # Brusselse, Charkivse: an adjective made of a known name
        return not any(known_name(actors, (key,)) for actors in self.actor_indexes)

    def _may_be_misspelt_place(self, doc: Doc, i: int) -> bool:
        """Whether a word that is no known spelling may be a misspelt place: not in an entity
        labelled ``fuzzy.skip_ner_labels``, not inside a person's name of more words.

        (The part of speech is no guide here: the tagger calls unknown names anything from
        ``SCONJ`` to ``NUM``; Dutch function words are kept out as stop words.)"""
        token = doc[i]
        return token.ent_type_ not in self.fuzzy_skip_labels and not _in_multiword_person(token)

    # -- choosing among records --------------------------------------------------------------

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

    def _resolve(self, doc: Doc, keys: list[str], matches: list[NameMatch]) -> None:
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
            for place_id in match.ids:
                record = records[place_id]
                weight = self.gazetteer.prominence(place_id)
                if (key, place_id) in self.gazetteer.alternate_only:
                    weight *= self.alternate_weight  # Limburg: the province, not an der Lahn
                if match.cue and record.kind == match.cue:
                    weight += 1.0
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
                weights.append(weight)
            ranked = sorted(zip(match.ids, weights, strict=True), key=lambda p: -p[1])
            # candidates far behind the best are no real alternative (the 40 Washingtons)
            ranked = [p for p in ranked if p[1] >= ranked[0][1] * self.alternative_ratio]
            ranked = ranked[: self.max_alternatives + 1]
            total = sum(w for _, w in ranked)
            match.scores = [(pid, round(match.quality * w / total, 4)) for pid, w in ranked]

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

    def _to_span(self, doc: Doc, match: NameMatch) -> Any:
        if not match.scores:
            return make_span(
                doc,
                match.start,
                match.end,
                label="place",
                kb_id="",
                link={"method": match.method, "score": match.quality, "alternatives": []},
            )
        best_id, best_score = match.scores[0]
        link = {
            "method": match.method,
            "score": best_score,
            "cue": match.cue,
            "alternatives": [list(pair) for pair in match.scores[1:]],
        }
        kind = self.gazetteer.records[best_id].kind
        return make_span(doc, match.start, match.end, label=kind, kb_id=best_id, link=link)
