"""What says a matched name is no place here: the rules ``claimkit_places`` applies to every
match (a person's or an organisation's name, a language, an acronym, a Dutch word, a distant
town nothing points to), with the words that say a place is named. Cue words:
``claimkit/data/places_nl.json`` (``not_places``, ``distant_towns``, ``ordinary_words``,
``fuzzy.place_context``) and ``people_nl.json`` (``person_cues``)."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from claimkit.components.gazetteer_component import NameMatch, known_name
from claimkit.gazetteer.index import normalize
from claimkit.spans import doc_words
from claimkit.words import (
    HYPHENS,
    entity_extent,
    entity_spans,
    given_name_gender,
    has_feature,
    is_capitalised,
    is_dutch_word,
    ner_kinds,
    seeding_after,
    starts_sentence,
)

AREA_KINDS = frozenset({"country", "region"})  # never taken for a person or a Dutch word
#: ids of hand-made records (gazetteers/README.md): no GeoNames or OCHA id
HAND_MADE_PREFIX = "ck:"


def _plural_verb_follows(doc: Doc, i: int) -> bool:
    """Whether the first finite verb after word ``i`` in its clause is plural (a town's name
    is singular: "Namen van slachtoffers worden …" is the noun)."""
    for token in doc[i + 1 : i + 12]:
        if token.is_punct or token.is_space:
            return False
        if token.pos_ in ("VERB", "AUX") and has_feature(token, "VerbForm", "Fin"):
            return has_feature(token, "Number", "Plur")
    return False


def _dateline(doc: Doc, i: int) -> bool:
    """Whether word ``i`` opens a line as a dateline: ``GENT -``, ``Gent (Belga) -``."""
    if i > 0 and not (doc[i - 1].is_space or "\n" in doc[i - 1].whitespace_):
        return False
    following = doc[i + 1].text if i + 1 < len(doc) else ""
    return following in ("-", "–", "—", "(")


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


class NotPlaceRules:
    """The rules that reject a match; mixed into :class:`~claimkit.components.places.
    PlaceLinker`, whose ``__init__`` and ``_load`` set the lexicons and the gazetteer."""

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
                # another spelling of a place of the countries followed (Grodna: Grodno)?
                variant = self._by_spelling_key(doc, keys, match.start)
                if variant is None or variant.end != match.end:
                    continue
                match = variant
            kept.append(match)
        return kept

    def _distant_town(self, match: NameMatch) -> bool:
        """Whether every record the match may name is a town of a distant country, or a small
        one of a neighbour (``distant_towns``)."""
        gazetteer = self.gazetteer
        for place_id in match.ids:
            kind, population = gazetteer.kind_and_population(place_id)
            if kind in AREA_KINDS or kind == "other" or place_id in gazetteer.overlay_ids:
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

    def _rejected(self, doc: Doc, keys: list[str], match: NameMatch) -> bool:
        """Whether the words around a match say it is no place: a person's name, a Dutch
        word used as one."""
        kinds = self._kinds(match)
        return (
            self._inside_a_known_name(keys, match)
            or self._before_a_result_code(doc, match)
            or self._part_of_a_name(doc, keys, match, kinds)
            or self._inside_an_organisation_name(doc, keys, match, kinds)
            or self._after_another_name(doc, keys, match)
            or self._before_another_name(doc, keys, match)
            or self._language(doc, keys, match, kinds)
            or self._acronym(doc, match, kinds)
            or self._ordinary_word(doc, keys, match, kinds)
            or self._said_of_a_person(doc, keys, match, kinds)
            or self._surname_of_someone_named_before(doc, keys, match)
            or self._person_by_an_alternate_name(doc, keys, match)
            or self._given_name_of_a_small_town(doc, keys, match)
            or self._named_with_a_number(doc, keys, match)
            or self._name_of_a_vessel(keys, match)
            or self._adjective_of_a_place(doc, keys, match)
        )

    def _adjective_of_a_place(self, doc: Doc, keys: list[str], match: NameMatch) -> bool:
        """A place's Dutch adjective in ``-s`` that is also a foreign spelling of it, before
        the noun it describes (``een echt Brussels voorstadsnet``: Brussel + s, not the
        English Brussels)."""
        if match.end - match.start != 1 or match.end >= len(doc):
            return False
        token, nxt = doc[match.start], doc[match.end]
        key = keys[match.start]
        if token.pos_ != "ADJ" or nxt.pos_ != "NOUN" or not nxt.text.islower():
            return False
        return len(key) > 4 and key.endswith("s") and bool(self.gazetteer.index.get((key[:-1],)))

    def _name_of_a_vessel(self, keys: list[str], match: NameMatch) -> bool:
        """A name right after the word for a ship (``not_places.vessels``: ``het vlaggenschip
        Moskva``, ``de kruiser Moskva``) is the ship's."""
        return match.start > 0 and keys[match.start - 1] in self.vessel_words

    def _no_place_for_ner(self, doc: Doc, keys: list[str], match: NameMatch) -> bool:
        """A one-word entity the pipeline calls a place that no gazetteer knows, and the
        words say is none: an ordinary Dutch word with nothing before it saying it is a place
        (``Amper`` opening a sentence), a given name or a title before another capitalised
        word (``Lance Armstrong``, ``Mrs. Winterbourne``), or a plural noun (``de
        Oekraïners``: people, not a place)."""
        if match.end - match.start != 1:
            return False
        token = doc[match.start]
        if token.pos_ == "NOUN" and has_feature(token, "Number", "Plur"):
            return True
        word = token.text
        if is_dutch_word(word):  # unless the words before say it is one: in Laken, op Aarde
            return not self._place_context(doc, keys, match.start, use_ner=False)
        nxt = doc[match.end] if match.end < len(doc) else None
        if nxt is None or not is_capitalised(nxt.text):
            return False
        return given_name_gender(word) is not None or keys[match.start] in self.person_titles

    def _named_with_a_number(self, doc: Doc, keys: list[str], match: NameMatch) -> bool:
        """Whether a number right after the name makes it another name's (a channel, an event,
        a project, a team's score: ``Nederland 3``, ``Brussel 2000 heeft``, ``Wimbledon 2000``):
        a number of at most four digits followed by punctuation or a verb, not a noun, and
        no place word before the name."""
        end = match.end
        if end >= len(doc) or doc[end - 1].whitespace_ == "":
            return False
        number = doc[end].text
        if not (number.isdigit() and len(number) <= 4):
            return False
        after = doc[end + 1] if end + 1 < len(doc) else None
        if not (after is None or after.is_punct or after.pos_ in ("VERB", "AUX")):
            return False
        # "in België 1900 - 2000": the place, then years
        return not self._place_context(doc, keys, match.start, use_ner=False)

    def _given_name_of_a_small_town(self, doc: Doc, keys: list[str], match: NameMatch) -> bool:
        """Whether a one-word name of small towns only is a given name (``als Bart komt``:
        not Barth) that neither the words around nor the pipeline's entities call a place."""
        if match.end - match.start != 1 or not given_name_gender(keys[match.start]):
            return False
        if any(self._spared_area(p) or self._well_known(p) for p in match.ids):
            return False
        label = doc[match.start].ent_type_
        if label and ner_kinds().get(label) == "place":
            return False
        return not self._place_context(doc, keys, match.start, use_ner=False)

    def _person_by_an_alternate_name(self, doc: Doc, keys: list[str], match: NameMatch) -> bool:
        """Whether a one-word name that names its places only by one of GeoNames' untagged
        alternate names is a person's: a given name (``Nico`` is Nice by such a name, ``Hilde``
        Hilden) or a word the pipeline calls a person (``zei Blair``), and no word says a place
        is named."""
        if match.end - match.start != 1:
            return False
        key = (keys[match.start],)
        if not all((key, p) in self.gazetteer.alternate_only for p in match.ids):
            return False
        label = doc[match.start].ent_type_
        person = bool(label) and ner_kinds().get(label) == "person"
        if not (person or given_name_gender(key[0])):
            return False
        return not self._place_context(doc, keys, match.start, use_ner=False)

    def _surname_of_someone_named_before(self, doc: Doc, keys: list[str], match: NameMatch) -> bool:
        """Whether a one-word town-level name is the surname of a person the text named in
        full before (``Hans Meurs`` … ``Meurs:``, not the German town), and no word says a place
        is named."""
        if match.end - match.start != 1 or any(self._spared_area(p) for p in match.ids):
            return False
        key = keys[match.start]
        for ent in entity_spans(doc, "person"):
            if ent.end > match.start:
                return False
            if (
                ent.end - ent.start >= 2
                and keys[ent.end - 1] == key
                and is_capitalised(doc[ent.start].text)
            ):
                return not self._place_context(doc, keys, match.start, use_ner=False)
        return False

    def _after_another_name(self, doc: Doc, keys: list[str], match: NameMatch) -> bool:
        """Whether a town-level name is the end of another name: right after a capitalised
        word inside a sentence that is no place, title, qualifier (``Noord``, ``Sint``) or
        country adjective (``McAllister Street``, ``Jan Moskou``, ``Podium Eindhoven``)."""
        i = match.start
        if i == 0:
            return False
        if any(self._spared_area(p) for p in match.ids) and not self._company_of_country(
            doc, keys, match
        ):
            return False
        if self._is_compound_part(doc, match):
            return False  # de Eurostar Londen-Brussel
        texts = doc_words(doc)[0]
        before = texts[i - 1]
        if not is_capitalised(before) or before.isupper():
            return False
        if starts_sentence(doc, i - 1) and doc[i - 1].pos_ != "PROPN":
            return False  # "Gisteren Gent …" no; "Lieven Gent verliet de partij" yes
        if doc[i - 1].whitespace_ == "" or _after_initials(texts, i - 1):
            return False  # glued (a hyphen compound), or initials: other rules decide
        return self._name_word(doc, keys, i - 1)

    def _company_of_country(self, doc: Doc, keys: list[str], match: NameMatch) -> bool:
        """Whether a country is the end of a company's name (``Fortis België``, ``Shell
        Nederland``): one capitalised word right before it inside the sentence that is no
        person (no person entity, no name of the people table) and no place word."""
        if match.end - match.start != 1 or "country" not in self._kinds(match):
            return False
        before = doc[match.start - 1]
        if not before.text[:1].isupper() or before.text.isupper():
            return False
        if before.ent_type_ and ner_kinds().get(before.ent_type_) == "person":
            return False  # "nadat Jansen België verliet"
        people = self.actor_indexes[0]
        return not known_name(people, (keys[match.start - 1],)) and not given_name_gender(
            keys[match.start - 1]
        )

    def _before_another_name(self, doc: Doc, keys: list[str], match: NameMatch) -> bool:
        """Whether a town-level name begins another name: right before a capitalised word of
        the same sentence that is no place, qualifier or title, with no word before it that
        announces a place (``Memphis Depay scoorde``, ``Paris Hilton``, ``Florence Pugh``)."""
        end = match.end
        if end >= len(doc) or any(self._spared_area(p) for p in match.ids):
            return False
        if self._is_compound_part(doc, match) or doc[end - 1].whitespace_ == "":
            return False
        texts = doc_words(doc)[0]
        after = texts[end]
        if not is_capitalised(after) or after.isupper() or starts_sentence(doc, end):
            return False
        if self._place_context(doc, keys, match.start, use_ner=False):
            return False  # "in Antwerpen Centraal": the place (its station)
        return self._name_word(doc, keys, end)

    def _name_word(self, doc: Doc, keys: list[str], k: int) -> bool:
        """Whether capitalised word ``k`` is part of a name that is no place: not a place, a
        qualifier (``Noord``, ``Sint``), a title, a stop word, a country adjective or another
        adjective of a place (``het West-Vlaamse Dadizele``)."""
        key = keys[k]
        return not (
            key in self.place_qualifiers
            or key in self.person_titles
            or key in self.stop
            or doc[k].is_stop
            or doc_words(doc)[0][k] in self.country_adjectives
            or (doc[k].pos_ == "ADJ" and key.endswith(("se", "sche")))  # het West-Vlaamse X
            or self.gazetteer.index.get((key,))
        )

    def _inside_a_known_name(self, keys: list[str], match: NameMatch) -> bool:
        """Whether the name is part of a longer name of a known person or organisation
        (``Israel Katz``, ``Brussels Airlines``): theirs, not a place's."""
        for index in self.actor_indexes:
            for j in range(max(0, match.start - 3), match.start + 1):
                length, _ = index.longest_at(keys, j)
                if length >= 2 and j + length >= match.end and length > match.end - match.start:
                    return True
        return False

    def _before_a_result_code(self, doc: Doc, match: NameMatch) -> bool:
        """Whether the name is (part of) a person's in a results list: ``David Canada (Spa)``,
        ``Jean-Patrick Nazon (Fra)``, ``Martinez (Spa / 5)``: capitalised words up to a country
        code between brackets."""
        texts = doc_words(doc)[0]
        k = match.end
        while k < len(doc) and k < match.end + 4 and doc[k].text != "(":
            if not (is_capitalised(texts[k]) or doc[k].text in HYPHENS):
                return False
            k += 1
        return (
            k + 2 < len(doc)
            and doc[k].text == "("
            and self._result_code(doc[k + 1].text) is not None
            and (doc[k + 2].text == ")" or seeding_after(texts, k + 2))
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
        if kinds & AREA_KINDS:
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
        if match.method != "inflection" and kinds & AREA_KINDS:
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
        if _dateline(doc, match.start):
            return False  # "GENT - De politie …"
        return not kinds & AREA_KINDS and not any(
            p in self.gazetteer.overlay_ids for p in match.ids
        )

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
        ``Leon van Bon``, ``Peter van Koppen``): a particle (``de``, ``van`` before a town or
        village) between the town and a capitalised word before it, or a capitalised particle
        before it inside a sentence, or a particle and a capitalised word after it."""
        texts = doc_words(doc)[0]
        i, end = match.start, match.end
        if self._place_context(doc, keys, i, use_ner=False):
            return False  # "Inwoners van Chdniv": the words say a place is named
        if i > 0 and keys[i - 1] in self.surname_particles:
            if is_capitalised(texts[i - 1]) and (
                _after_initials(texts, i - 1) or not starts_sentence(doc, i - 1)
            ):
                return True  # JP. Van Poppel, Eddy Van Gent
            if (
                # "Termont van Gent", "de N-VA van Lede": a city's mayor, a town's party branch
                # ("Peter van Koppen" is a person when the pipeline says so: _part_of_a_name)
                keys[i - 1] not in self.prepositions
                and i > 1
                and is_capitalised(texts[i - 2])
                and not texts[i - 2].isupper()
                and not doc[i - 2].is_stop
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
            self.gazetteer.kind_and_population(p)[0] in AREA_KINDS
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
        home = any(self.gazetteer.country(p) in self.home_countries for p in match.ids)
        if i > 0 and (
            keys[i - 1] in self.person_titles or keys[i - 1].endswith(self.compound_titles)
        ):
            # generaal Orlov, jeugdrechter Rota; but "onderzoeksrechter Gent" is Ghent's
            return kinds != {"country"} and not home
        if kinds & AREA_KINDS or any(p in self.gazetteer.overlay_ids for p in match.ids):
            return False
        if not all(self.gazetteer.country(p) in self.fuzzy_countries for p in match.ids):
            return False  # "Antwerpen reageerde", "volgens Mechelen": a city's government
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
        the words around it say a place is named (``In Lepel``, ``Engels werd beschoten``); a
        function word (spaCy's Dutch stop words: ``Zou``, ``Haar``, ``Meer``) only after such
        words, whatever the place."""
        i = match.start
        if match.end - i != 1:
            return False
        if doc[i].is_stop and not self._place_context(doc, keys, i, use_ner=False):
            return True  # a function word ("Zou het kunnen …", "Haar vader …"), not Zou or Haar
        if any(self._spared_area(p) or self._well_known(p) for p in match.ids):
            return False  # (seas and sites take an article: de Noordzee)
        if i > 0 and (doc[i - 1].pos_ == "DET" or keys[i - 1] in self.articles):
            return True  # a town after an article, Dutch word or not (het Hof)
        if keys[i] not in self.dutch_words:
            return False
        if i + 1 == len(doc) or _ends_line(doc[i]) or _dateline(doc, i):
            return False  # the name alone on its line, or "Gent -": a dateline
        if (
            doc[i].pos_ == "PROPN"
            and keys[i] in self.towns_before_words
            and not _plural_verb_follows(doc, i)
        ):
            return False  # "Gent heeft een nieuwe burgemeester"; not "Namen … worden"
        # the pipeline's entity label is no evidence here: it calls Namen or Komen anything
        return starts_sentence(doc, i) and not (
            self._place_context(doc, keys, i, use_ner=False) or self._listed_with_places(keys, i)
        )

    def _spared_area(self, place_id: str) -> bool:
        """A country, or a region, sea or site near home (``exempt_countries``), of several
        countries or hand-made (``places.world-curated.tsv``: islands, mountains, holiday
        regions): its name is not an ordinary word's (the hundreds of Slovenian municipalities
        that GeoNames counts as regions do not make ``Komen`` one)."""
        kind = self.gazetteer.kind_and_population(place_id)[0]
        if kind == "country":
            return True
        country = self.gazetteer.country(place_id)
        return kind in ("region", "other") and (
            country is None
            or country in self.exempt_countries
            or place_id.startswith(HAND_MADE_PREFIX)  # de Algarve, de Dolomieten
        )

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
