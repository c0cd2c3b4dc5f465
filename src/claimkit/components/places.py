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

Countries are also matched in sports results (``Cipollini (Ita)``). Misspellings and spelling
keys reach only places of Ukraine, Russia, Belarus and Moldova and hand-curated ones: the rest
of the world is matched by its exact spellings, inflections and compounds. Villages are too
many to be reached by a misspelling anywhere: that needs a word that says a place is named
(``in``, ``inwoners van``, ``X werd beschoten``; ``fuzzy.place_context``) or a place entity, in
a text about Ukraine, Russia or Belarus; the same word elsewhere in that text is then linked to
the same place (unless the words there say it is a person). An ordinary Dutch word is never a
place spelled another way or misspelt (``Hotel``, ``Kleine``:
:mod:`claimkit.gazetteer.dutch_words`).

**Where a match is rejected** (:mod:`claimkit.components.place_rejections`): a person's name
(``generaal Orlov``, ``Ivanov zei``, ``JP. Van Poppel``, ``David Canada (Spa)``), an
organisation's, medium's or site's name (``Studio Brussel``, ``Air France-KLM``, ``Union
Square``), a language (``Engels``), an acronym (``VAD``), a Dutch word after an article or at a
sentence's start (``het Hof``, ``Lepel en vork``), a distant town nothing in the text points to
(``Norman``, ``Lucas``).

**Where a record is chosen** (:mod:`claimkit.components.place_ranking`) when one spelling names
several (Donetsk the city and the oblast; Bergen: Mons, Bergen NH, Bergen NO): cue words
(``regio Donetsk``), places of the same region elsewhere in the text, countries named in the
text or said by an adjective in the sentence (``de Spaanse stad Valencia``), the text's main
country, then prominence. The other records are kept as scored alternatives. New spellings go
into the gazetteer files (``gazetteers/``), cue words into ``claimkit/data/places_nl.json``;
not into this code.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Token

from claimkit.components.gazetteer_component import (
    QUALITY,
    GazetteerComponent,
    NameMatch,
    alias_matches,
    claim,
    is_free,
    known_name,
    ner_fallback,
)
from claimkit.components.place_ranking import PlaceRanking
from claimkit.components.place_rejections import NotPlaceRules
from claimkit.gazetteer.actors import load_organisations, load_people
from claimkit.gazetteer.dutch_words import load_dutch_words
from claimkit.gazetteer.index import AliasIndex, FuzzyHit, is_word, normalize
from claimkit.gazetteer.places import PlaceGazetteer, load_places
from claimkit.gazetteer.spelling import longest_by_reading
from claimkit.resources import load_json
from claimkit.spans import PLACES_KEY, doc_words, make_span, word_keys, word_positions
from claimkit.words import (
    compound_end,
    entity_extent,
    genitive,
    given_name_gender,
    is_capitalised,
    ner_kinds,
    place_stop_words,
    seeding_after,
    surname_particles,
)

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


# Nederlands (ADJ) is no inflected Nederland, wiens (PRON) no inflected Wien; Kyiv's is a
# genitive whatever the tag
_NOT_INFLECTED_TAGS = frozenset({"ADJ", "PRON", "DET", "ADP", "SCONJ", "CCONJ", "AUX", "VERB"})


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


def _may_inflect(token: Token) -> bool:
    """Whether the word's part of speech lets it be an inflected name (no stop word)."""
    return token.pos_ not in _NOT_INFLECTED_TAGS and not token.is_stop


def _in_multiword_person(token: Token) -> bool:
    """Whether the token is inside a person entity of two or more words."""
    if not token.ent_type_ or ner_kinds().get(token.ent_type_) != "person":
        return False
    start, end = entity_extent(token.doc, token.i, token.i + 1)
    return end - start > 1


class PlaceLinker(NotPlaceRules, PlaceRanking, GazetteerComponent):
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
        self.towns_before_words = frozenset(
            normalize(w) for w in cues["ordinary_words"]["towns_before_words"]
        )
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
        self.prepositions = frozenset(  # particles that are prepositions too
            normalize(w) for w in person["particles_that_are_prepositions"]
        )
        self.surname_particles = surname_particles()
        self.list_links = frozenset(not_places["list_links"])
        self.vessel_words = frozenset(not_places["vessels"])
        self.result_codes: dict[str, str] = cues["result_codes"]["codes"]
        self.elision_links = frozenset(cues["elided_compounds"]["links"])
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
        self.article_town_weight = float(ranking["town_after_article_weight"])
        self.far_town_weight = float(ranking["far_town_weight"])
        self.near_countries = frozenset(ranking["near_countries"])
        self.near_weight = float(ranking["near_weight"])
        self.focus_weight = float(ranking["focus_weight"])
        super().__init__(name, gazetteer_dir, spans_key=spans_key, use_ner=use_ner)

    def _load(self, folder: Path) -> None:
        self.folder = folder
        self.gazetteer: PlaceGazetteer = load_places(folder)
        self.fuzzy_index = self.gazetteer.one_word_names(
            self.fuzzy_excluded_kinds, self.fuzzy_countries
        )
        self.multiword_index = self.gazetteer.names_of_words(self.fuzzy_countries)
        for index in (self.fuzzy_index, self.multiword_index):
            index.prepare_fuzzy()  # now rather than on a first Doc
        self.longest_key = self.gazetteer.key_index.longest_alias  # words in the longest key
        self._fuzzy_memory: dict[tuple[str, int], list[FuzzyHit]] = {}
        self._name_shape_memory: dict[str, bool] = {}
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
        answer: list[bool] = []  # whether the text is in focus: asked rarely, found once

        def focus() -> bool:
            if not answer:
                answer.append(self._in_focus(doc, keys))
            return answer[0]

        matches = self._result_codes(doc, mask)
        matches += self._elided_compounds(doc, keys, mask)
        matches += self._gazetteer_matches(doc, keys, mask, focus)
        matches = self._near_enough(doc, keys, matches)
        if self.use_ner:
            found = ner_fallback(doc, keys, mask, "place", self.actor_indexes, self.stop)
            matches.extend(m for m in found if not self._no_place_for_ner(doc, keys, m))
        self._resolve(doc, keys, matches, focus)
        matches.sort(key=lambda m: m.start)
        doc.spans[self.spans_key] = [self._to_span(doc, m) for m in matches]
        return doc

    # -- matching ----------------------------------------------------------------------------

    def _result_codes(self, doc: Doc, mask: bytearray) -> list[NameMatch]:
        """Countries abbreviated between brackets in sports results: ``Cipollini (Ita)``."""
        found = []
        texts = doc_words(doc)[0]
        for i in range(1, len(doc) - 1):
            if texts[i - 1] != "(" or mask[i]:
                continue
            if texts[i + 1] != ")" and not seeding_after(texts, i + 1):
                continue  # "Cipollini (Ita)", "Pierce (Fra / 6)"
            code = self._result_code(texts[i])
            if code is None:
                continue
            place_id = self.country_ids.get(code)
            if place_id is not None:
                claim(mask, i, i + 1)
                found.append(NameMatch(i, i + 1, [place_id], "exact", QUALITY["exact"]))
        return found

    def _elided_compounds(self, doc: Doc, keys: list[str], mask: bytearray) -> list[NameMatch]:
        """``Noord- en Zuid-Korea``: the first word, whose second part the next compound
        gives, when the two together are a name (``Noord-Korea``)."""
        found = []
        texts = doc_words(doc)[0]
        for i in word_positions(doc)[1]:  # the capitalised words
            word = texts[i]
            if i + 2 >= len(doc) or len(word) < 3 or not word.endswith("-") or mask[i]:
                continue
            if keys[i + 1] not in self.elision_links:
                continue
            nxt = texts[i + 2]
            if "-" not in nxt.strip("-"):
                continue
            whole = normalize(word + nxt.split("-", 1)[1])
            ids = self.gazetteer.index.get((whole,))
            if ids:
                claim(mask, i, i + 1)
                found.append(NameMatch(i, i + 1, list(ids), "compound", QUALITY["exact"]))
        return found

    def _result_code(self, text: str) -> str | None:
        """The country a results list's code names (``Ita``, ``BEL``), else None."""
        return self.result_codes.get(text) or self.result_codes.get(text.capitalize())

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
            inflectable=lambda i: keys[i].endswith(self.genitive_marks) or _may_inflect(doc[i]),
        )
        # A rejected match keeps its words claimed: what the words say is no place does not
        # come back as one from the pipeline's entities (ner_fallback).
        kept = []
        for match in matches:
            if match.method == "exact" and self._is_compound_part(doc, match):
                match.method = "compound"
            if not self._rejected(doc, keys, match):
                self._add_followed_homonyms(doc, keys, match)
                kept.append(match)
        return kept + self._named_again(doc, keys, mask, kept)

    def _add_followed_homonyms(self, doc: Doc, keys: list[str], match: NameMatch) -> None:
        """A distant town's exact name that is also another spelling of a place of the
        countries followed (``Chust``: Khust in Ukraine, by its German spelling; ``Tsjerven``:
        Chervyen' in Belarus) gets that place as a candidate too; the ranking chooses."""
        if match.end - match.start != 1 or not self._distant_town(match):
            return
        variant = self._by_spelling_key(doc, keys, match.start)
        if variant is not None and variant.end == match.end:
            match.ids += [p for p in variant.ids if p not in match.ids]

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
            if actors.first_words.get(keys[i], 0) > 1 and actors.longest_at(keys, i)[0] > 1:
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
        best_length, best_ids, best_key = longest_by_reading(key_index, window)
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
            if not is_capitalised(texts[i + length - 1]) or not all(map(is_word, words)):
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
        :mod:`claimkit.gazetteer.dutch_words`), given names, Dutch function words, adjectives
        and demonyms (by ending), names of people and organisations. Its part of speech is no
        guide: the tagger calls unknown names anything.
        """
        key = key or keys[i]
        if len(key) < self.min_name_length or key in self.stop or not is_word(key):
            return False
        if doc[i].is_stop:
            return False
        shaped = self._name_shape_memory.get(key)
        if shaped is None:
            if len(self._name_shape_memory) >= 100_000:
                self._name_shape_memory.clear()
            shaped = self._name_shape_memory[key] = self._shaped_like_a_name(key)
        return shaped

    def _shaped_like_a_name(self, key: str) -> bool:
        """The part of :meth:`_may_be_name` that depends on the word alone (remembered)."""
        if key in self.dutch_words or given_name_gender(key) is not None:
            return False  # a Dutch word, or a given name (Bart is no misspelt Barth)
        if key.endswith(self.fuzzy_skip_suffixes):
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
