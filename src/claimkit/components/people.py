"""``claimkit_people``: find people, by name or by office, and link them to canonical records.

1. alias: a name or surname of ``gazetteers/people.tsv`` (``Zelenski``, ``Vladimir Poetin``),
   also in the genitive (``Poetins``); a surname is widened to the given name before it when the
   pipeline's NER saw both as one name (``Jevgeni Prigozjin``).
2. role: an office named by a phrase of ``gazetteers/role_phrases.tsv`` (``de president van
   Oekraïne``), resolved to whoever held it on the article's date (``doc._.claimkit_date``,
   ``gazetteers/roles.tsv``). An office right before a name (``de Russische president Vladimir
   Poetin``) is kept as that name's ``role`` instead of a mention of its own.
3. variant: a name written in Cyrillic in the gazetteer, spelled another way (``Navalni``,
   ``Syrskyj``), where the pipeline sees a person or a title stands before it.
4. ner: the pipeline's person entities that no gazetteer knows, without a record.
"""

from __future__ import annotations

import re
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span

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
from claimkit.components.shares import SharesKeeper
from claimkit.dates import period
from claimkit.gazetteer.actors import RoleTable, load_organisations, load_people, load_roles
from claimkit.gazetteer.dutch_words import load_dutch_words
from claimkit.gazetteer.index import normalize
from claimkit.gazetteer.places import load_places
from claimkit.gazetteer.spelling import longest_by_reading
from claimkit.resources import load_json
from claimkit.spans import (
    ORGANISATIONS_KEY,
    PEOPLE_KEY,
    doc_words,
    make_span,
    word_keys,
    word_positions,
)
from claimkit.words import (
    affiliation_at,
    genitive,
    given_name_gender,
    is_capitalised,
    ner_kinds,
    starts_sentence,
    strip_suffix,
    surname_particles,
    title_before,
)


@Language.factory(
    "claimkit_people",
    default_config={"gazetteer_dir": None, "use_ner": True, "spans_key": PEOPLE_KEY},
)
def make_people_component(
    nlp: Language, name: str, gazetteer_dir: str | None, use_ner: bool, spans_key: str
) -> PersonLinker:
    """spaCy factory of :class:`PersonLinker`."""
    return PersonLinker(
        nlp, name, gazetteer_dir=gazetteer_dir, use_ner=use_ner, spans_key=spans_key
    )


_INITIAL = re.compile(r"[A-Z]\.")
#: How far back (tokens) a holder named before a role is taken for it.
_NAMED_HOLDER_WINDOW = 40
#: How an unknown full name is told from a record id among the owners of a surname.
_UNKNOWN = "unknown:"


class PersonLinker(GazetteerComponent):
    """Tag person mentions in ``doc.spans[spans_key]``, linked to people records."""

    def __init__(
        self,
        nlp: Language,
        name: str = "claimkit_people",
        *,
        gazetteer_dir: str | None = None,
        use_ner: bool = True,
        spans_key: str = PEOPLE_KEY,
    ) -> None:
        cues = load_json("people_nl.json")
        self.determiners = frozenset(cues["role_determiners"])
        self.indefinites = frozenset(cues["indefinite_determiners"]["words"])
        #: word sequences after an office that make it a predicate ("premier te worden")
        self.predicate_after = [tuple(p.split()) for p in cues["predicative_roles"]["after"]]
        self.titles = frozenset(normalize(w) for w in cues["person_cues"]["titles_before"])
        self.portfolio_words = frozenset(normalize(w) for w in cues["portfolios"]["words"])
        self.function_words = frozenset(
            normalize(w) for w in load_json("function_words.json")["languages"]["nl"]
        )
        self.weekdays_and_months = frozenset(
            normalize(w)
            for w in [
                *load_json("claims_nl.json")["weekdays"]["words"],
                *load_json("numbers_nl.json")["months"],
            ]
        )
        runs = cues["given_name_runs"]
        self.not_last_of_given_name_runs = frozenset(normalize(w) for w in runs["not_last"])
        self.not_last_endings = tuple(normalize(w) for w in runs["not_last_endings"])
        self.min_variant_length = int(cues["spelling_variants"]["min_length"])
        self.suffixes, self.min_stem = genitive()
        super().__init__(name, gazetteer_dir, spans_key=spans_key, use_ner=use_ner)
        self._shares = SharesKeeper(nlp, name)

    def _load(self, folder: Path) -> None:
        self.folder = folder
        self.people = load_people(folder)
        self.roles: RoleTable = load_roles(folder)
        # a person entity is left alone when it is a country's, a region's or a curated
        # place's name, or an organisation's; a town's name may be a surname too
        self.dutch_words = load_dutch_words(folder)
        places = load_places(folder)  # (cached: the places component's own table)
        self.town_names = places.index
        self.other_indexes = (
            places.area_and_curated_names,
            load_organisations(folder).index,
        )
        given_name_gender("")  # the table of given names, read now rather than on a first Doc

    def __call__(self, doc: Doc) -> Doc:
        keys = word_keys(doc)
        mask = self._claimed(doc)
        names = alias_matches(
            doc,
            keys,
            mask,
            self.people.index,
            suffixes=self.suffixes,
            min_stem=self.min_stem,
            fallback=lambda i: self._by_spelling_key(doc, keys, i),
        )
        for match in names:
            self._widen_to_given_name(doc, keys, match, mask)
        if self.use_ner:
            # places ran first and claimed what they linked: a person entity holding a place
            # name (Jordan Henderson, Rachel Brabant) stays a person
            unknown = ner_fallback(doc, keys, mask, "person", self.other_indexes, words_too=False)
            for match in unknown:
                self._tidy_unknown_name(doc, keys, match, mask)
            unknown = [
                m
                for m in unknown
                if not self._ordinary_word(doc, keys, m, [*names, *unknown])
                # "Universiteit Antwerpen", tagged a person: an institution's name
                and not self._institution_name(keys[m.start : m.end], ner=True)
            ]
            # a name taken into another ("Peter" + "van Koppen") is not a mention of its own
            names.extend(
                m
                for m in unknown
                if not any(
                    o is not m
                    and o.start <= m.start
                    and m.end <= o.end
                    and (o.end - o.start) > (m.end - m.start)
                    for o in unknown
                )
            )
        names.extend(self._titled_names(doc, keys, mask))
        if self.use_ner:
            names.extend(self._given_named(doc, keys, mask))
            names.extend(self._aged_names(doc, keys, mask))
        self._surnames_after_full_names(doc, keys, names, mask)
        mentions = names + self._role_mentions(doc, keys, names)
        mentions += self._titles_again(doc, keys, mentions, mask)
        mentions.sort(key=lambda m: m.start)
        doc.spans[self.spans_key] = [self._to_span(doc, m) for m in mentions]
        _drop_unlinked_organisations_under(doc, mentions)
        self._shares.done(doc)
        return doc

    def _ordinary_word(
        self, doc: Doc, keys: list[str], match: NameMatch, found: list[NameMatch]
    ) -> bool:
        """A one-word person the pipeline found that is an ordinary Dutch word the same text
        also writes in small letters (``Loods`` of a subheading run into the text and ``de
        loods``) or that opens a sentence (``Straks``, ``Dan``), no given name, and no surname
        of someone named before it: no person."""
        if match.end - match.start != 1:
            return False
        key = keys[match.start]
        if key not in self.dutch_words or given_name_gender(key) is not None:
            return False
        texts = doc_words(doc)[0]
        small = texts[match.start].lower()
        if small == texts[match.start]:
            return False
        if small not in texts and not (
            starts_sentence(doc, match.start)
            and not any(  # "zei Wild", "voor Wild": a name where no sentence begins
                texts[k] == texts[match.start] and not starts_sentence(doc, k)
                for k in word_positions(doc)[0].get(key, ())
            )
        ):
            return False  # ("Straks in de basis …": capitalised by its place alone)
        return not any(
            other is not match and other.end - other.start > 1 and keys[other.end - 1] == key
            for other in found
            if other.start < match.start
        )

    def _by_spelling_key(self, doc: Doc, keys: list[str], i: int) -> NameMatch | None:
        """A name written in Cyrillic, spelled another way (``Navalni``, ``Syrskyj``): the
        words' spelling key in some reading equals the Cyrillic name's
        (:mod:`claimkit.gazetteer.spelling`). Only where the pipeline sees a person or a title
        stands before it, and never for an ordinary Dutch word."""
        key_index = self.people.key_index
        texts = doc_words(doc)[0]
        word = keys[i]
        if len(word) < self.min_variant_length or word in self.dutch_words:
            return None
        if not is_capitalised(texts[i]) or not word.isalpha():
            return None
        label = doc[i].ent_type_
        person = label and ner_kinds().get(label) == "person"
        if not person and not (i > 0 and keys[i - 1] in self.titles):
            return None
        best_length, best_ids, _ = longest_by_reading(key_index, keys[i : i + 3])
        if not best_ids:
            return None
        return NameMatch(i, i + best_length, best_ids, "variant", QUALITY["variant"])

    def _titles_again(
        self, doc: Doc, keys: list[str], mentions: list[NameMatch], mask: bytearray
    ) -> list[NameMatch]:
        """``Premier De Croo bezocht Kyiv. De premier sprak …``: a title alone after ``de`` is
        the person mentioned last before it, when that person was named with the title (or an
        office of it: ``de president van Oekraïne``); else nobody (``de president`` after
        Zelensky's quote is not the other president named earlier)."""
        linked = sorted((m for m in mentions if m.ids), key=lambda m: m.start)
        titles_of: dict[str, set[str]] = {}
        for m in linked:
            title = m.role.split(":")[0] if m.method == "role" and m.role else None
            title = title or self._title_before(doc, keys, m.start)
            if title is not None:
                titles_of.setdefault(m.ids[0], set()).add(normalize(title))
        if not titles_of:
            return []
        texts = doc_words(doc)[0]
        taken = bytearray(mask)
        for m in mentions:
            claim(taken, m.start, m.end)
        positions = word_positions(doc)[0]
        found = []
        for title in set().union(*titles_of.values()):
            for i in positions.get(title, ()):
                if i == 0 or keys[i - 1] != "de" or not is_free(taken, i - 1, i + 1):
                    continue
                if i + 1 < len(doc) and (
                    is_capitalised(texts[i + 1]) or keys[i + 1] in ("van", "voor")
                ):
                    continue  # a title before a name, or another office ("de minister van …")
                before = [m for m in linked if m.end <= i - 1]
                if before and title in titles_of.get(before[-1].ids[0], ()):
                    found.append(NameMatch(i - 1, i + 1, before[-1].ids[:1], "title", 0.8))
                    claim(taken, i - 1, i + 1)
        return found

    def _title_before(self, doc: Doc, keys: list[str], start: int) -> str | None:
        """The title written before a name (:func:`claimkit.words.title_before`), or opening
        it (``Koning Willem-Alexander``)."""
        if keys[start] in self.titles and start + 1 < len(keys) and doc[start + 1].is_title:
            return keys[start]
        return title_before(doc, keys, start, self.titles)

    def _aged_names(self, doc: Doc, keys: list[str], mask: bytearray) -> list[NameMatch]:
        """Unknown names the pipeline's entities missed, found by the age after them in
        brackets, as Dutch news gives it (``Oleksandr (34)``, ``Dirk Peeters (58)``): up to
        three capitalised, unclaimed words (particles between allowed) that no other table
        knows, the first no function word."""
        texts = doc_words(doc)[0]
        found = []
        for k in range(1, len(doc) - 2):
            if texts[k] != "(" or texts[k + 2] != ")" or not texts[k + 1].isdigit():
                continue
            if not 0 < int(texts[k + 1]) <= 110:
                continue
            end = k
            start = end
            while start > 0 and end - start < 4:
                word = texts[start - 1]
                if mask[start - 1] or not word.isalpha():
                    break
                if not is_capitalised(word) and keys[start - 1] not in surname_particles():
                    break
                start -= 1
            while start < end and (
                not is_capitalised(texts[start])  # a particle opens no name
                or keys[start] in self.titles  # "Dokter Oleksandr (34)"
                or (keys[start] in self.function_words and keys[start] not in surname_particles())
            ):
                if doc[start].pos_ == "DET":
                    start = end  # "Een Arnhemmer (46)": a description, no name
                    break
                start += 1  # "Maar Oleksandr (34) bleef"
            given = any(given_name_gender(key) is not None for key in keys[start:end])
            if (
                start == end
                # one word: a proper noun or a given name ("Vrijdag (12)" is a day)
                or (
                    end - start == 1
                    and doc[start].pos_ != "PROPN"
                    and given_name_gender(keys[start]) is None
                )
                or keys[start] in self.weekdays_and_months
                or any(known_name(index, keys[start:end]) for index in self.other_indexes)
                # "KV Oostende (25) en Sporting Charleroi (31)": a club and its points
                or (
                    not given
                    and end - start > 1
                    and any(
                        known_name(index, [key])
                        for key in keys[start:end]
                        for index in (self.town_names, *self.other_indexes)
                    )
                )
            ):
                continue
            found.append(NameMatch(start, end, [], "ner", QUALITY["ner"]))  # as NER would
            claim(mask, start, end)
        return found

    def _institution_name(self, keys: list[str], *, ner: bool) -> bool:
        """Whether a capitalised run names a school, a building or a club rather than a person
        (people_nl.json ``given_name_runs``). Any run: its last word one of ``not_last_endings``,
        words that are never surnames, or a compound ending in one (``Maria Goretti Lyceum``,
        ``Sophia Kinderziekenhuis``). A run the given-name rule found: its last word one of
        ``not_last`` (``Vitalis College``). An entity of the pipeline's (``ner``): any word one
        of ``not_last`` unless a given name opens it (``Universiteit Antwerpen``, ``Van Hall
        Larenstein``; ``Jonathan Hall``, ``Kees van der Weg`` are people)."""
        if not keys:
            return False
        first, last = keys[0], keys[-1]
        if (
            ner
            and given_name_gender(first) is None
            # of an entity without a given name first, any word ("Van Hall Larenstein")
            and any(key in self.not_last_of_given_name_runs for key in keys)
        ):
            return True
        if len(keys) < 2:
            return False
        if last in self.not_last_of_given_name_runs and not ner:
            return True
        return any(
            last == ending or (last.endswith(ending) and len(last) >= len(ending) + 3)
            for ending in self.not_last_endings
        )

    def _given_named(self, doc: Doc, keys: list[str], mask: bytearray) -> list[NameMatch]:
        """Unknown names the pipeline's entities missed, found by a given name nearly all of
        whose bearers are women or men (``Reactorfysicus Marieke de Wit``): the given name
        and one or two capitalised, unclaimed words after it (particles between allowed),
        neither the given name nor the whole a name another table knows, the given name no
        ordinary Dutch word, the last word no school's or building's (people_nl.json
        ``given_name_runs``)."""
        texts = doc_words(doc)[0]
        found = []
        n = len(doc)
        for i in word_positions(doc)[1]:  # the capitalised words only
            key = keys[i]
            if (
                mask[i]
                or i + 1 >= n
                or not is_capitalised(texts[i])
                or not texts[i].isalpha()
                or given_name_gender(key) is None
                or key in self.dutch_words
                or any(known_name(index, [key]) for index in self.other_indexes)
            ):
                continue
            end = _past_particles(keys, i + 1, 1, limit=3)
            if end >= n or mask[end] or not is_capitalised(texts[end]) or not texts[end].isalpha():
                continue
            particles = end > i + 1  # "Inge de Waal": a surname, whatever else Waal names
            end += 1
            if end < n and not mask[end] and is_capitalised(texts[end]) and texts[end].isalpha():
                end += 1  # a double surname
            if (
                any(mask[i:end])
                or self._institution_name(keys[i:end], ner=False)
                or any(
                    known_name(index, keys[i:end])
                    or (not particles and known_name(index, [keys[end - 1]]))
                    for index in self.other_indexes
                )
            ):
                continue
            found.append(NameMatch(i, end, [], "ner", QUALITY["ner"]))  # as NER would
            claim(mask, i, end)
        return found

    def _titled_names(self, doc: Doc, keys: list[str], mask: bytearray) -> list[NameMatch]:
        """Unknown names the pipeline's entities missed, found by the title before them
        (``VVD-Kamerlid Dennis Wiersma``, ``woordvoerder Jan de Vries``): two capitalised,
        unclaimed words or more (particles between them allowed), the first no ordinary
        Dutch word and no title, that no other table knows."""
        texts = doc_words(doc)[0]
        found = []
        positions = word_positions(doc)[0]
        # (the Doc's words tested against the titles: dict keys & a frozenset would go through
        # every title)
        titles = sorted(i for key, at in positions.items() if key in self.titles for i in at)
        for i in titles:
            if i + 2 >= len(doc) or doc[i].whitespace_ == "":
                continue
            start = i + 1
            end = start
            while end < len(doc) and end - start < 5:
                name_word = is_capitalised(texts[end]) and texts[end].isalpha() and not mask[end]
                if not (name_word or (keys[end] in surname_particles() and end > start)):
                    break
                end += 1
            while end > start and not is_capitalised(texts[end - 1]):
                end -= 1  # a particle is no name's end
            words = [k for k in range(start, end) if is_capitalised(texts[k])]
            if len(words) < 2 or keys[start] in self.dutch_words or keys[start] in self.titles:
                continue
            if any(known_name(index, keys[start:end]) for index in self.other_indexes):
                continue
            found.append(NameMatch(start, end, [], "title", QUALITY["ner"]))
            claim(mask, start, end)
        return found

    def _tidy_unknown_name(
        self, doc: Doc, keys: list[str], match: NameMatch, mask: bytearray
    ) -> None:
        """A person entity no gazetteer knows, cut to the name: a title word the pipeline took
        in left out (``Historicus Remco`` → ``Remco``), an affiliation too (``Helma Ruijs van
        het RIVM``), and a surname it left out taken in (``Remco`` + ``Breuker``)."""
        while match.end - match.start > 1 and (
            keys[match.start] in self.titles
            or (
                doc[match.start].is_sent_start
                and (
                    doc[match.start].pos_ == "NOUN"
                    # "Of Oleksandr nog gelooft …?": a function word the sentence opens with
                    or (
                        keys[match.start] in self.function_words
                        and keys[match.start] not in surname_particles()
                    )
                )
            )
        ):
            mask[match.start] = 0
            match.start += 1
        # "minister van | Energie | Svitlana Hryntsjoek": the portfolio NER took in
        # (people_nl.json portfolios)
        if (
            match.start > 0
            and keys[match.start - 1] in ("van", "voor")
            and title_before(doc, keys, match.start - 1, self.titles) is not None
        ):
            while match.end - match.start > 1 and keys[match.start] in self.portfolio_words:
                mask[match.start] = 0
                match.start += 1
        for k in range(match.start + 1, match.end - 1):  # "Helma Ruijs | van het RIVM"
            if affiliation_at(doc, k):
                for j in range(k, match.end):
                    mask[j] = 0
                match.end = k
                break
        texts = doc_words(doc)[0]
        self._take_in_particle_surname(doc, keys, texts, match, mask)
        while (
            match.end < len(doc)
            and match.end - match.start < 4
            and not mask[match.end]
            and doc[match.end].pos_ in ("PROPN", "NOUN", "X")  # "Linda Zeegers" (a noun)
            and is_capitalised(texts[match.end])
            and texts[match.end].isalpha()
            and keys[match.end] not in self.dutch_words
        ):
            claim(mask, match.end, match.end + 1)
            match.end += 1
        # "Aaldert van | E.": a surname cut to its initial, as Dutch news writes suspects'
        k = _past_particles(keys, match.end, 1, limit=2)
        if k < len(doc) and not any(mask[match.end : k + 1]) and _INITIAL.fullmatch(texts[k]):
            claim(mask, match.end, k + 1)
            match.end = k + 1

    def _take_in_particle_surname(
        self, doc: Doc, keys: list[str], texts: list[str], match: NameMatch, mask: bytearray
    ) -> None:
        """``Peter`` + ``van Koppen``: a given name and a surname with particles, which the
        pipeline's NER may tag apart (or tag only one of)."""
        if match.end - match.start != 1:
            return  # a full name already ("Jan Peeters | van Vredesactie")
        # "Peter van | Koppen": the given name and particles before it
        j = _past_particles(keys, match.start - 1, -1, limit=3) + 1
        given = j - 1
        if (
            j < match.start
            and given >= 0
            and not mask[given]
            and doc[given].pos_ == "PROPN"
            and texts[given][:1].isupper()
            and texts[given].isalpha()
            and keys[given] not in self.titles
        ):
            claim(mask, given, match.start)
            match.start = given
            return
        k = _past_particles(keys, match.end, 1, limit=3)
        if k == match.end or k >= len(doc) or not texts[k][:1].isupper() or not texts[k].isalpha():
            return
        if ner_kinds().get(doc[k].ent_type_) == "organisation":
            return
        if keys[k] in self.dutch_words and doc[k].pos_ != "PROPN":
            return
        claim(mask, match.end, k + 1)  # the surname may be a person entity of its own
        match.end = k + 1

    def _surnames_after_full_names(
        self, doc: Doc, keys: list[str], names: list[NameMatch], mask: bytearray
    ) -> None:
        """``Donald Tusk`` … ``Tusk``: a surname alone after the full name is that person.

        The surname is the full name's last word (its first one too when the last is
        hyphenated: ``Kim Jong-un`` … ``Kim``). An unlinked person entity, or an unclaimed
        capitalised word, that is such a surname (genitive included) after the full name is
        linked (method ``alias``), unless two people named before share it.
        """
        surnames: dict[str, set[str]] = {}
        first_seen: dict[str, int] = {}
        for match in names:
            if match.end - match.start < 2 or (
                not match.ids and match.method not in ("ner", "title")
            ):
                continue
            words = [k for k in keys[match.start : match.end] if k[:1].isalpha()]
            parts = [words[-1]] if words else []
            if len(words) >= 2 and "-" in doc[match.start : match.end].text.split()[-1]:
                parts.append(words[0])
            elif (
                len(words) >= 2
                and not match.ids
                and given_name_gender(words[0])
                and words[0] not in self.dutch_words  # "Premier", "Alleen": no given names here
            ):
                parts.append(words[0])  # an unknown person's given name: "Lucas" after "Lucas Pino"
            # an unknown person (no record) is grouped by the full name the article gives
            owner_id = match.ids[0] if match.ids else _UNKNOWN + doc[match.start : match.end].text
            for part in parts:
                if len(part) >= 3:
                    surnames.setdefault(part, set()).add(owner_id)
                    first_seen.setdefault(part, match.end)
        if not surnames:
            return
        texts = doc_words(doc)[0]

        def owner(i: int) -> str | None:
            key = keys[i]
            for stem in (key, *strip_suffix(key, self.suffixes, 3)):
                ids = surnames.get(stem)
                if ids and len(ids) == 1 and i >= first_seen[stem]:
                    return next(iter(ids))
            return None

        for match in names:
            if not match.ids and match.end - match.start == 1:
                pid = owner(match.start)
                if pid is not None and not pid.startswith(_UNKNOWN):
                    match.ids, match.method, match.quality = [pid], "alias", 0.85
        by_end = {m.end: m for m in names if m.end - m.start == 1 and not m.ids}
        for i in range(len(doc)):
            if mask[i] or not is_capitalised(texts[i]):
                continue
            pid = owner(i)
            if pid is None:
                continue
            relative = by_end.get(i)
            if relative is not None and given_name_gender(keys[i - 1]) is not None:
                # "Mykola Hontsjarenko … Valentyna Hontsjarenko": another given name before the
                # surname is another person of that family; the name NER cut short is whole
                relative.end = i + 1
                claim(mask, i, i + 1)
                continue
            if pid.startswith(_UNKNOWN):  # its record is nobody's: the name groups it
                if doc[i].is_sent_start and keys[i] in self.dutch_words:
                    continue  # "Burger" opening a sentence may be the word
                names.append(NameMatch(i, i + 1, [], "alias", QUALITY["ner"]))
            else:
                names.append(NameMatch(i, i + 1, [pid], "alias", 0.85))
            claim(mask, i, i + 1)
        names.sort(key=lambda m: m.start)

    def _widen_to_given_name(
        self, doc: Doc, keys: list[str], match: NameMatch, mask: bytearray
    ) -> None:
        """Take in the given name that NER put in the same entity as a surname (or any known
        given name right before it).

        ``Vladimir Poetin`` is an alias and matched whole. When the widened name is an alias of
        the same person it stays linked; otherwise (``Oleksandr Zelenski``, ``Wladimir
        Klitsjko``) it may be someone else of that surname: the mention loses its record and
        the surname's owner becomes an alternative.
        """
        start = match.start
        while (
            start > 0
            and doc[start].ent_iob_ == "I"
            and not mask[start - 1]
            and is_capitalised(doc[start - 1].text)
            and doc[start - 1].pos_ == "PROPN"
        ):
            start -= 1
        if (
            start == match.start
            and start > 0
            and not mask[start - 1]
            and is_capitalised(doc[start - 1].text)
            and keys[start - 1] not in self.titles
            and keys[start - 1] not in self.dutch_words
            and given_name_gender(keys[start - 1])
        ):
            start -= 1  # "Anna Frederiksen", a given name NER left out: maybe someone else
        if start == match.start:
            return
        given = keys[start : match.start]
        owners = set(match.ids)
        widened = keys[start : match.end]
        if not any(owners & set(self.people.index.get(widened[i:])) for i in range(len(given))):
            match.method, match.quality = "ner", QUALITY["ner"]
            match.scores = [(pid, 0.5) for pid in match.ids]
            match.ids = []
        claim(mask, start, match.start)
        match.start = start

    def _role_mentions(self, doc: Doc, keys: list[str], names: list[NameMatch]) -> list[NameMatch]:
        """Offices named in the text; an office right before a name becomes that name's role."""
        name_at = {m.start: m for m in names}
        first_last = period(doc._.claimkit_date)
        found: list[NameMatch] = []
        phrases = self.roles.phrases
        if keys is word_keys(doc):  # the Doc's own keys: start only where a phrase may
            positions = word_positions(doc)[0]
            starts = sorted(
                i for key in positions.keys() & phrases.first_words.keys() for i in positions[key]
            )
        else:
            starts = [i for i, key in enumerate(keys) if phrases.may_start(key)]
        free = 0  # the first token after the last office found
        for i in starts:
            if i < free:
                continue
            length, roles = phrases.longest_at(keys, i)
            if not length:
                continue
            end = i + length
            if len(roles) > 1:  # one key, several offices: the one written so first (PvdA, PVDA)
                roles = self.roles.by_written_form(roles, doc[i:end].text)
            role = roles[0]
            # the name right after the office, or one that takes in its last word ("de Britse
            # koningin Elizabeth": the alias "koningin Elizabeth")
            named = name_at.get(end) or name_at.get(end - 1)
            if named is not None:
                named.role = role
            elif i > 0 and keys[i - 1] in self.indefinites:
                pass  # "een president van de Europese Raad": no one in particular
            elif any(tuple(keys[end : end + len(p)]) == p for p in self.predicate_after):
                pass  # "om de langstzittende premier van Israël te worden": what one becomes
            else:
                start = i - 1 if i > 0 and keys[i - 1] in self.determiners else i
                holders = self._named_holder(role, names, start) or self._rank_holders(
                    role, first_last
                )
                ids = [h for h, _ in holders]
                match = NameMatch(start, end, ids, "role", QUALITY["role"], role=role)
                match.scores = holders
                found.append(match)
            free = end
        return found

    def _named_holder(
        self, role: str, names: list[NameMatch], before: int
    ) -> list[tuple[str, float]]:
        """A holder of ``role`` (at any time) named shortly before the role in the text:
        ``Alexander Pechtold … de D66-voorman`` is Pechtold, whoever led D66 that year."""
        ever = set(self.roles.holders(role, None, None))
        for match in reversed(names):
            near = match.end <= before and before - match.end <= _NAMED_HOLDER_WINDOW
            if near and match.ids and match.ids[0] in ever:
                return [(match.ids[0], 0.9)]
        return []

    def _rank_holders(self, role: str, first_last: tuple | None) -> list[tuple[str, float]]:
        """Holders of ``role`` in the period, scored by the share of the period they held it."""
        if first_last is None:
            holders = self.roles.holders(role, None, None)
            return [(h, round(1 / len(holders), 4)) for h in holders] if holders else []
        first, last = first_last
        days = (last - first).days + 1
        shares: dict[str, float] = {}
        for term in self.roles.terms.get(role, []):
            if term.overlaps(first, last):
                start = max(term.start, first)
                end = min(term.end, last) if term.end else last
                shares[term.holder] = shares.get(term.holder, 0.0) + ((end - start).days + 1) / days
        return sorted(((h, round(min(s, 1.0), 4)) for h, s in shares.items()), key=lambda p: -p[1])

    def _to_span(self, doc: Doc, match: NameMatch) -> Span:
        if match.method == "role":
            best = match.scores[0] if match.scores and match.scores[0][1] > 0.5 else None
            kb_id = best[0] if best else ""
            score = round(match.quality * best[1], 4) if best else 0.0
            alternatives = [list(p) for p in match.scores if best is None or p[0] != best[0]]
        else:
            kb_id = match.ids[0] if match.ids else ""
            score = match.quality
            others = match.scores or [(pid, match.quality) for pid in match.ids[1:]]
            alternatives = [list(p) for p in others]
        link = {
            "method": match.method,
            "score": score,
            "role": match.role,
            "alternatives": alternatives,
        }
        return make_span(doc, match.start, match.end, label="person", kb_id=kb_id, link=link)


def _drop_unlinked_organisations_under(doc: Doc, people: list[NameMatch]) -> None:
    """A name found as a person (``Eickhout`` after ``Bas Eickhout``) is no organisation the
    pipeline's NER guessed for the same words."""
    taken = {k for m in people for k in range(m.start, m.end)}
    organisations = doc.spans.get(ORGANISATIONS_KEY)
    if not taken or organisations is None:
        return
    kept = [
        s for s in organisations if s.kb_id_ or not any(k in taken for k in range(s.start, s.end))
    ]
    if len(kept) < len(organisations):
        doc.spans[ORGANISATIONS_KEY] = kept


def _past_particles(keys: list[str], k: int, step: int, *, limit: int) -> int:
    """The first token from ``k`` on (going ``step``: 1 or -1) that is no surname particle,
    after at most ``limit`` particles (``van``, ``de``, ``der``)."""
    start = k
    while 0 <= k < len(keys) and abs(k - start) < limit and keys[k] in surname_particles():
        k += step
    return k
