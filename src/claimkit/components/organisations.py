"""``claimkit_organisations``: organisations, armed groups and media outlets.

1. alias: a name of ``gazetteers/organisations.tsv`` (``NAVO``, ``BBC``, ``Freedom TV``);
2. alias by the text's country: a bare name both countries give their own institution (``de
   Kamer``, ``de Senaat``, ``de Raad van State``; ``data/institutions_nl.json``), linked to
   the Belgian or the Dutch one when the text's organisations, places and adjectives say which;
3. ner: the pipeline's ORG entities that no gazetteer knows (no record).

It runs before ``claimkit_places`` so that an outlet such as ``Telegram`` or ``Freedom TV``, which
NER may call a location, is never reported as a place.
"""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from claimkit.components.gazetteer_component import (
    QUALITY,
    GazetteerComponent,
    NameMatch,
    alias_matches,
    claim,
    is_free,
    ner_fallback,
)
from claimkit.gazetteer.actors import has_inner_capital, load_organisations, load_people
from claimkit.gazetteer.dutch_words import load_dutch_words
from claimkit.gazetteer.index import normalize, split_words
from claimkit.gazetteer.places import load_places
from claimkit.resources import load_json
from claimkit.spans import ORGANISATIONS_KEY, doc_words, make_span, word_keys, word_positions
from claimkit.words import genitive, is_capitalised, starts_sentence

_OPENING_MARKS = frozenset({",,", "„", "‚", "“", "‘", "«", '"', "'"})
_WORD_TAGS = frozenset({"VERB", "AUX", "ADP", "SCONJ", "CCONJ", "PRON", "DET", "ADV"})
#: letters of an acronym that, written without a capital inside, is taken for a word (Sp, Pis)
_SHORT_ACRONYM = 3


def _in_capitals_line(texts: list[str], k: int) -> bool:
    """Whether the words on both sides of token ``k`` are written in capitals too."""

    def capitals(j: int) -> bool:
        return (
            0 <= j < len(texts) and len(texts[j]) >= 2 and texts[j].isalpha() and texts[j].isupper()
        )

    return capitals(k - 1) and capitals(k + 1)


@Language.factory(
    "claimkit_organisations",
    default_config={"gazetteer_dir": None, "use_ner": True, "spans_key": ORGANISATIONS_KEY},
)
def make_organisations_component(
    nlp: Language, name: str, gazetteer_dir: str | None, use_ner: bool, spans_key: str
) -> OrganisationLinker:
    """spaCy factory of :class:`OrganisationLinker`."""
    return OrganisationLinker(
        nlp, name, gazetteer_dir=gazetteer_dir, use_ner=use_ner, spans_key=spans_key
    )


class OrganisationLinker(GazetteerComponent):
    """Tag organisation mentions in ``doc.spans[spans_key]``, linked to records."""

    def __init__(
        self,
        nlp: Language,
        name: str = "claimkit_organisations",
        *,
        gazetteer_dir: str | None = None,
        use_ner: bool = True,
        spans_key: str = ORGANISATIONS_KEY,
    ) -> None:
        self.suffixes, self.min_stem = genitive()
        super().__init__(name, gazetteer_dir, spans_key=spans_key, use_ner=use_ner)

    def _load(self, folder: Path) -> None:
        self.folder = folder
        self.organisations = load_organisations(folder)
        self.places = load_places(folder)
        self.other_indexes = (self.places.index, load_people(folder).index)
        self.dutch_words = load_dutch_words(folder)
        self.country_adjectives: dict[str, str] = load_json("places_nl.json")["country_adjectives"][
            "forms"
        ]
        self.imperative_particles = frozenset(
            load_json("people_nl.json")["acronym_words"]["imperative_particles"]
        )
        institutions = load_json("institutions_nl.json")
        #: (words as written, words one of which must stand before, country -> id)
        self.national_names = [
            (tuple(form.split()), frozenset(entry["after"]), dict(entry["ids"]))
            for entry in institutions["names"]
            for form in entry["forms"]
        ]
        evidence = institutions["evidence"]
        self.evidence_kinds = frozenset(evidence["place_kinds"])
        self.evidence_min_votes = int(evidence["min_votes"])
        self.evidence_ratio = float(evidence["ratio"])
        self.regional_adjectives: dict[str, str] = dict(evidence["adjectives"])
        described = institutions["descriptions"]
        self.description_determiners = frozenset(described["determiners"])
        self.description_not_before = frozenset(described["not_before"])
        self.description_window = int(described["window"])
        #: (noun words, record kinds, words one of which the record's name or description has)
        self.descriptions = [
            (tuple(noun.split()), frozenset(e["kinds"]), tuple(e["record_words"]))
            for e in described["entries"]
            for noun in e["nouns"]
        ]

    def _lower_where_tables_capitalise(
        self, doc: Doc, texts: list[str], keys: list[str], match: NameMatch
    ) -> bool:
        """A name that opens with a function word (``De Tijd``, ``Het Laatste Nieuws``) whose
        later words the text writes in small letters, where the tables capitalise one in every
        spelling: ``De tijd van de renner``, ``het laatste nieuws`` are no newspapers."""
        later = texts[match.start + 1 : match.end]
        if not later or not doc[match.start].is_stop or any(map(is_capitalised, later)):
            return False
        key = tuple(keys[match.start : match.end])
        spellings = self.organisations.spellings
        return not any(
            split_words(spelling) == key and not any(map(is_capitalised, spelling.split()[1:]))
            for actor_id in match.ids
            for spelling in spellings.get(actor_id, ())
        )

    def _word_not_acronym(self, doc: Doc, texts: list[str], keys: list[str], k: int) -> bool:
        """An acronym written in small letters that is a word here (``Om``, ``Denk``): a short
        one without a capital inside (``Sp``, ``Pis``), one the tagger calls a word, or a Dutch
        word opening a sentence or a quote; also a Dutch word in a line of capitals
        (``GEEN TIJD OM EEN GAZET``)."""
        if texts[k].isupper():
            word = keys[k] in self.dutch_words or doc[k].is_stop
            return word and _in_capitals_line(texts, k)
        if not has_inner_capital(texts[k]) and len(texts[k]) <= _SHORT_ACRONYM:
            return True
        if doc[k].is_stop or doc[k].pos_ in _WORD_TAGS:
            return True
        if keys[k] not in self.dutch_words:
            return False
        opens_quote = k > 0 and (doc[k - 1].is_quote or doc[k - 1].text in _OPENING_MARKS)
        # ",,Denk bijvoorbeeld aan …"; "Denk aan …", "Denk na" opening a sentence (an order)
        imperative = (
            starts_sentence(doc, k)
            and k + 1 < len(doc)
            and doc[k + 1].lower_ in self.imperative_particles
        )
        return opens_quote or imperative

    def _short_name_here(self, doc: Doc, texts: list[str], keys: list[str], i: int) -> bool:
        """Whether token ``i`` may be an organisation's short name: capitalised inside the
        sentence (or opening it before its verb), no adjective (``Nederlandse``,
        ``Europese``), and not the start of another name (``Tweede Wereldoorlog``, ``Forum
        Romanum``, ``Raad van State``)."""
        if not is_capitalised(texts[i]):
            return False
        before_verb = i + 1 < len(doc) and doc[i + 1].pos_ in ("VERB", "AUX")
        if starts_sentence(doc, i) and not before_verb:
            return False  # at a sentence's start only as the subject: "Forum was in alle …"
        if doc[i].pos_ in ("ADJ", "NUM") or texts[i] in self.country_adjectives:
            return False
        if i + 1 < len(doc):
            following = texts[i + 1]
            if following[:1].isupper() or keys[i + 1] in ("van", "voor", "der", "des", "de"):
                return False
        return True

    def _unlink_foreign_namesake(self, texts: list[str], match: NameMatch) -> None:
        """``de Spaanse Hoge Raad`` is not the Dutch one: a country's adjective before the name
        of another country's organisation leaves the mention unlinked (an institution of that
        country the tables lack)."""
        if not match.ids or match.start == 0:
            return
        country = self.country_adjectives.get(texts[match.start - 1])
        record = self.organisations.records.get(match.ids[0])
        if country and record is not None and record.country and record.country != country:
            match.ids, match.method, match.quality = [], "ner", QUALITY["ner"]

    def _unlink_inside_longer_name(
        self, doc: Doc, texts: list[str], keys: list[str], match: NameMatch
    ) -> None:
        """``Mercatone Uno``, ``BBC Two``: an organisation's one-word name with a capitalised
        word glued on (no ordinary Dutch word, adjective or name any table knows) is part of
        a longer, unknown name, as is a government seat that is the second part of a
        hyphenated name (``Champs-Élysées``): the mention stays unlinked."""
        if not match.ids or match.end - match.start != 1:
            return
        i = match.start
        if (
            i >= 2
            and texts[i - 1] == "-"
            and not doc[i - 2].whitespace_
            and not doc[i - 1].whitespace_
            and texts[i - 2][:1].isupper()
            and not texts[i - 2].isupper()
            # a seat named for its place ("Champs-Élysées"), not "Feyenoord-Ajax", a match
            and self.organisations.records[match.ids[0]].kind == "government"
        ):  # the second part of a hyphenated name (not "VVD-Kamerlid")
            match.ids, match.method, match.quality = [], "ner", QUALITY["ner"]
            return
        for k in (match.start - 1, match.end):
            if not 0 <= k < len(doc) or (k < match.start and starts_sentence(doc, match.start)):
                continue  # the parser's sentence starts are not trusted: punctuation says
            word = texts[k]
            if (
                is_capitalised(word)
                and word.isalpha()
                and not (k < match.start and starts_sentence(doc, k))
                and keys[k] not in self.dutch_words
                and word not in self.country_adjectives
                and doc[k].pos_ not in ("ADJ", "NUM")
                and not any(
                    index.get([keys[k]])
                    for index in (self.organisations.index, *self.other_indexes)
                )
            ):
                match.ids, match.method, match.quality = [], "ner", QUALITY["ner"]
                return

    def _short_names_after_full_names(
        self,
        doc: Doc,
        keys: list[str],
        texts: list[str],
        matches: list[NameMatch],
        mask: bytearray,
    ) -> None:
        """``Forum voor Democratie`` … ``Forum``: the first word of an organisation's name
        given in full earlier is that organisation, where it may be a short name (see
        ``_short_name_here``) and is the first word of no other organisation named before."""
        owners: dict[str, set[str]] = {}
        first_seen: dict[str, int] = {}
        for match in matches:
            if match.ids and match.end - match.start >= 3:  # a name of three words or more
                first = keys[match.start]
                if len(first) >= 4 and first.isalpha():
                    owners.setdefault(first, set()).add(match.ids[0])
                    first_seen.setdefault(first, match.end)
        if not owners:
            return
        for i, key in enumerate(keys):
            ids = owners.get(key)
            if not ids or len(ids) != 1 or mask[i] or i < first_seen[key]:
                continue
            if not self._short_name_here(doc, texts, keys, i):
                continue
            matches.append(NameMatch(i, i + 1, [next(iter(ids))], "alias", 0.8))
            claim(mask, i, i + 1)

    def _descriptions_of_named(
        self, texts: list[str], matches: list[NameMatch], mask: bytearray
    ) -> list[NameMatch]:
        """``AIVD`` … ``de dienst``: a description of ``institutions_nl.json`` (descriptions)
        stands for the organisation of its kind the text named last before it."""
        linked = sorted((m for m in matches if m.ids), key=lambda m: m.start)
        if not linked:
            return []
        made = []
        for i, text in enumerate(texts[:-1]):
            if text not in self.description_determiners or i < linked[0].end:
                continue
            for words, kinds, record_words in self.descriptions:
                end = i + 1 + len(words)
                if tuple(w.lower() for w in texts[i + 1 : end]) != words:
                    continue
                if not is_free(mask, i, end) or (
                    end < len(texts)
                    and (is_capitalised(texts[end]) or texts[end] in self.description_not_before)
                ):
                    break
                meant = self._last_named(linked, i, kinds, record_words)
                if meant is not None:
                    made.append(NameMatch(i, end, [meant], "role", 0.75))
                    claim(mask, i, end)
                break
        return made

    def _last_named(
        self, linked: list[NameMatch], before: int, kinds: frozenset[str], words: tuple[str, ...]
    ) -> str | None:
        """The organisation named last before token ``before`` whose record is of one of
        ``kinds`` and, when ``words`` are given, has one in its name or description."""
        for match in reversed(linked):
            if match.end > before:
                continue
            if before - match.end > self.description_window:
                return None  # "Na de dienst in de kerk", long after the AIVD: no description
            record = self.organisations.records[match.ids[0]]
            about = f"{record.name} {record.description or ''}".lower()
            if record.kind in kinds and (not words or any(w in about for w in words)):
                return match.ids[0]
        return None

    def _national_institutions(
        self,
        doc: Doc,
        texts: list[str],
        keys: list[str],
        matches: list[NameMatch],
        mask: bytearray,
    ) -> list[NameMatch]:
        """``de Kamer``, ``de Raad van State``: the institution of the country the text is
        about (:meth:`_text_country`), or nothing when the text does not say."""
        found: list[tuple[int, int, dict[str, str]]] = []
        positions = word_positions(doc)[0]
        for words, after, ids in self.national_names:
            n = len(words)
            for i in positions.get(normalize(words[0]), ()):
                if tuple(texts[i : i + n]) != words or not is_free(mask, i, i + n):
                    continue
                if after and (i == 0 or texts[i - 1] not in after):
                    continue
                if i + n < len(texts) and is_capitalised(texts[i + n]):
                    continue  # part of a longer name: "de Kamer van Koophandel" is no parliament
                found.append((i, i + n, ids))
        if not found:
            return []
        country = self._text_country(texts, keys, matches)
        made = []
        for start, end, ids in found:
            if country in ids:
                made.append(NameMatch(start, end, [ids[country]], "alias", 0.85))
                claim(mask, start, end)
        return made

    def _text_country(
        self, texts: list[str], keys: list[str], matches: list[NameMatch]
    ) -> str | None:
        """BE or NL, when the text's linked organisations, its places of those countries
        (``institutions_nl.json`` evidence) and its country and regional adjectives clearly
        point to one of them."""
        votes = {"BE": 0, "NL": 0}
        for match in matches:
            if match.ids:
                country = self.organisations.records[match.ids[0]].country
                if country in votes:
                    votes[country] += 1
        index = self.places.index
        for i, text in enumerate(texts):
            country = self.country_adjectives.get(text) or self.regional_adjectives.get(text)
            if country in votes:
                votes[country] += 1
                continue
            if not is_capitalised(text) or not index.may_start(keys[i]):
                continue
            countries = {
                self.places.country(place_id)
                for place_id in index.longest_at(keys, i)[1]
                if self.places.kind_and_population(place_id)[0] in self.evidence_kinds
            }
            if len(countries) == 1 and (country := countries.pop()) in votes:
                votes[country] += 1
        first, second = sorted(votes, key=votes.get, reverse=True)
        if (
            votes[first] >= self.evidence_min_votes
            and votes[first] >= self.evidence_ratio * votes[second]
        ):
            return first
        return None

    def __call__(self, doc: Doc) -> Doc:
        keys = word_keys(doc)
        mask = self._claimed(doc)
        matches = alias_matches(
            doc,
            keys,
            mask,
            self.organisations.index,
            suffixes=self.suffixes,
            min_stem=self.min_stem,
        )
        texts = doc_words(doc)[0]
        # an acronym not in capitals may be a word ("Om", "Denk"): then the tagger says so
        # ("Navo", a noun, stays NATO)
        matches = [
            m
            for m in matches
            if tuple(keys[m.start : m.end]) not in self.organisations.acronyms
            or not any(self._word_not_acronym(doc, texts, keys, k) for k in range(m.start, m.end))
        ]
        matches = [
            m for m in matches if not self._lower_where_tables_capitalise(doc, texts, keys, m)
        ]
        self._short_names_after_full_names(doc, keys, texts, matches, mask)
        matches += self._national_institutions(doc, texts, keys, matches, mask)
        for match in matches:
            if len(match.ids) > 1:  # namesakes: the one written this way first (PvdA, PVDA)
                written = doc[match.start : match.end].text
                match.ids = self.organisations.by_written_form(match.ids, written)
            self._unlink_foreign_namesake(texts, match)
            self._unlink_inside_longer_name(doc, texts, keys, match)
        matches += self._descriptions_of_named(texts, matches, mask)
        if self.use_ner:
            matches.extend(ner_fallback(doc, keys, mask, "organisation", self.other_indexes))
        matches.sort(key=lambda m: m.start)
        spans = []
        for match in matches:
            kb_id = match.ids[0] if match.ids else ""
            label = self.organisations.records[kb_id].kind if kb_id else "organisation"
            link = {"method": match.method, "score": match.quality, "alternatives": []}
            spans.append(
                make_span(doc, match.start, match.end, label=label, kb_id=kb_id, link=link)
            )
        doc.spans[self.spans_key] = spans
        return doc
