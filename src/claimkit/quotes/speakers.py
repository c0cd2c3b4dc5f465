"""Who a speaker mention is: a linked person or organisation, a person named earlier in the
article, or the words themselves (``de politie``).

A pronoun (``hij``) points to the subject before it in its sentence, else to a person the
sentence before brings in as its subject, else to the last speaker, else to the last person
named as a subject (unless someone new was named since: ``_salient_before``); a role noun
(``de president``) to the last speaker who holds it, else the last person named with it; a
description of a person (``de 58-jarige``, ``de gepensioneerde vrachtwagenchauffeur``) to the
person named just before (``_person_described``); a surname alone to the full name given
earlier (``Remco Breuker`` … ``Breuker``). What cannot be resolved stays unresolved, its
mention kept. The speaker of each quote is chosen in :meth:`SpeakerResolver.resolve`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from spacy.tokens import Doc, Span, Token

from claimkit.quotes.attribution import between_dashes, is_quote_mark, noun_phrase
from claimkit.quotes.lexicon import QuoteLexicon, is_role_noun, role_nouns
from claimkit.spans import PLACES_KEY, doc_words, word_positions
from claimkit.words import (
    affiliation_at,
    given_name_gender,
    has_feature,
    is_dutch_word,
    title_before,
)


@dataclass(frozen=True)
class SpeakerRef:
    """A resolved speaker inside the component: a record id (``kb_id``) when linked, and a name
    to show (the assembler turns it into :class:`claimkit.results.Speaker`)."""

    name: str
    kb_id: str  # "" when no record
    kind: str  # person, organisation, other


_SUBJECT_PRONOUNS = frozenset({"hij", "zij", "ze"})


@dataclass
class _Named:
    start: int
    end: int
    text: str
    speaker: SpeakerRef
    titles: set[str] = field(default_factory=set)
    quoted: bool = False  # named inside a quotation
    aside: bool = False  # named in an aside between dashes ("- en nu met superster Ronaldo -")
    label: str = ""  # the span's label: the record's kind (party, company …) when linked


class SpeakerResolver:
    """Resolves speaker mentions of one Doc, from the person and organisation spans in it."""

    def __init__(self, doc: Doc, lexicon: QuoteLexicon, people_key: str, orgs_key: str) -> None:
        self.doc = doc
        self.lexicon = lexicon
        self.roles = role_nouns()
        self._runs: dict[str, list[tuple[int, str]]] | None = None
        self._keys = ((people_key, "person"), (orgs_key, "organisation"))
        self._named_list: list[_Named] | None = None
        self._quoted_regions: list[tuple[int, int]] = []

    @property
    def named(self) -> list[_Named]:
        """The Doc's people and organisations in text order, made on first use (most
        sentences have no quote and never ask)."""
        if self._named_list is None:
            groups: dict[str, SpeakerRef] = {}
            named = [
                self._named(span, kind, groups)
                for key, kind in self._keys
                for span in self.doc.spans.get(key, ())
            ]
            named.sort(key=lambda n: n.start)
            for one in named:
                one.aside = between_dashes(self.doc, self.doc[one.start : one.end])
            self._named_list = named
            self._mark_quoted()
        return self._named_list

    def _named(self, span: Span, kind: str, groups: dict[str, SpeakerRef]) -> _Named:
        link = span._.claimkit_link or {}
        titles = set()
        if link.get("role"):
            titles.add(str(link["role"]).split(":")[0].lower())
        # the office before the name, also with its portfolio ("Minister van Defensie X")
        title = title_before(span.doc, doc_words(span.doc)[0], span.start, self.roles)
        if title is not None:
            titles.add(title)
        for token in span:
            if token.lower_ in self.roles:
                titles.add(token.lower_)
        apposition = _role_in_apposition(span, self.roles)
        if apposition is not None:
            titles.add(apposition)  # "Pieter Vanhoutte, CEO van …" … "De CEO benadrukt"
        if span.kb_id_:
            speaker = SpeakerRef(span.text, span.kb_id_, kind)
        else:
            if link.get("method") != "alias":  # a surname after its full name is whole
                span = self._whole_name(span)
            speaker = self._group(self._fullest(span.text, span.end), kind, groups)
        return _Named(span.start, span.end, span.text, speaker, titles, label=span.label_)

    @cached_property
    def _organisation_starts(self) -> frozenset[int]:
        """Where the organisations that end an unknown name's particles start: linked ones,
        or ones whose name opens with an article (``De Trapkracht``); an unlinked entity after
        ``ter`` is often a surname NER took for one (``Gerard ter Hedde``)."""
        doc = self.doc
        return frozenset(
            o.start
            for o in doc.spans.get(self._keys[1][0], ())
            if o.kb_id_ or doc[o.start].lower_ in _ARTICLES
        )

    def _whole_name(self, span: Span) -> Span:
        """An unknown name with the rest of a Dutch surname NER left out: ``Leon`` + ``de
        Jong``, ``Jan`` + ``van der Linden``."""
        doc, end = span.doc, span.end
        organisations = self._organisation_starts
        while end < len(doc):
            if affiliation_at(doc, end):
                break  # "Helma Ruijs | van het RIVM": an affiliation, no surname
            k = end
            while k < len(doc) and doc[k].lower_ in self.lexicon.name_particles and k - end < 3:
                k += 1
            if any(j in organisations for j in range(end + 1, k + 1)):
                break  # "Els Vanheusden van | De Trapkracht", "… van | Justitie": an organisation
            if k > end and k < len(doc) and doc[k].is_title and doc[k].is_alpha:
                end = k + 1
                continue
            break
        return doc[span.start : end]

    @staticmethod
    def _group(text: str, kind: str, groups: dict[str, SpeakerRef]) -> SpeakerRef:
        """One speaker per unknown name: a surname alone joins the full name given earlier."""
        words = text.split()
        key = f"{kind}:{_surname(words[-1])}" if words else text
        existing = groups.get(key)
        if existing is not None and _other_given_name(existing.name, words):
            key = f"{kind}:{text}"  # "Mykola Hontsjarenko" … "Valentyna Hontsjarenko": two
        if key not in groups:
            groups[key] = SpeakerRef(text, "", kind)
        return groups[key]

    def named_in(self, start: int, end: int) -> _Named | None:
        """The person or organisation span inside tokens ``start``..``end``, if any: the first,
        unless it is an organisation a person's name follows closely (a party member, a
        company's CEO: ``VVD-Kamerlid Dennis Wiersma``)."""
        inside = [n for n in self.named if n.start < end and start < n.end]
        first = inside[0] if inside else None
        if first is not None and first.speaker.kind == "organisation":
            after = [n for n in inside if n.speaker.kind == "person" and n.start >= first.end]
            if after and after[0].start - first.end <= 3:
                return after[0]  # "VVD-Kamerlid Dennis Wiersma": the person, not the party
        return inside[0] if inside else None

    def mark_quoted(self, regions: list[tuple[int, int]]) -> None:
        """Note the names that stand inside quotations (character ranges): someone a speaker
        talks about (``“Zei jullie Baudet ook niet zoiets?”``) is not who speaks next."""
        self._quoted_regions = list(regions)
        if self._named_list is not None:
            self._mark_quoted()

    def _mark_quoted(self) -> None:
        doc = self.doc
        for named in self.named:
            at = doc[named.start].idx
            named.quoted = self._is_quoted(at)

    def _is_quoted(self, at: int) -> bool:
        """Whether character ``at`` stands inside a quotation."""
        return any(start <= at < end for start, end in self._quoted_regions)

    def last_named_before(
        self, i: int, kind: str = "person", window: int = 120, fits=None
    ) -> _Named | None:
        """The last person (or organisation) named before token ``i``, within ``window``,
        outside quotations and asides (and, with ``fits``, one a pronoun can stand for)."""
        found = [
            n
            for n in self.named
            if n.end <= i and i - n.end <= window and not n.quoted and not n.aside
        ]
        wanted = [n for n in found if n.speaker.kind == kind and (fits is None or fits(n.speaker))]
        return wanted[-1] if wanted else None

    def _salient_before(self, i: int, fits, window: int = 120) -> _Named | None:
        """The person a pronoun at ``i`` most likely stands for among those named before: the
        last named as a subject within ``window`` tokens when everyone named after them stands
        in a phrase of theirs (``Tetjana Kovalenko (38) schrikt … ontvluchtte ze met haar
        dochters Sofia en Nastja …. ‘…’, vertelt ze``), else the last named."""
        last = self.last_named_before(i, fits=fits)
        if last is None or self.doc[last.end - 1].dep_.startswith("nsubj"):
            return last
        subjects = [
            n
            for n in self.named
            if n.end <= i
            and i - n.end <= window
            and not n.quoted
            and not n.aside
            and n.speaker.kind == "person"
            and fits(n.speaker)
            and any(t.dep_.startswith("nsubj") for t in self.doc[n.start : n.end])
        ]
        if not subjects:
            return last
        subject = subjects[-1]
        later = [
            n
            for n in self.named
            if subject.end <= n.start and n.end <= i and n.speaker.kind == "person"
        ]
        if all(self._in_their_phrase(n) for n in later):
            return subject
        return last  # "… Daar leerde hij Marie Claes kennen. “…”, vertelt ze": someone new

    def _in_their_phrase(self, named: _Named) -> bool:
        """Whether a person named after a subject stands in a phrase of the subject's own
        (``met haar dochters Sofia (12) en Nastja (7)``, ``haar man Petro``): a possessive
        before, within eight words of the phrase (no verb, no punctuation but brackets and
        commas between)."""
        doc = self.doc
        for k in range(named.start - 1, max(-1, named.start - 9), -1):
            token = doc[k]
            if token.lower_ in self.lexicon.possessives:
                return True
            if token.pos_ in ("VERB", "AUX") or (token.is_punct and token.text not in ",()"):
                return False
        return False

    def sentence_before(self, i: int) -> Span | None:
        """The sentence before the one token ``i`` opens or stands in (cut at full stops)."""
        return _sentence_before(self.doc, i)

    def fits(self, pronoun: str):
        """Whom ``pronoun`` can stand for: ``hij`` no woman, ``zij``/``haar`` no man (by the
        given name, when it is one nearly all of whose bearers are one or the other)."""
        wrong = None
        if pronoun in self.lexicon.male:
            wrong = "f"
        elif pronoun in self.lexicon.female:
            wrong = "m"

        def fits(speaker: SpeakerRef) -> bool:
            return wrong is None or speaker.kind != "person" or gender_of(speaker.name) != wrong

        return fits

    def resolve(self, mention: Span, last: SpeakerRef | None) -> tuple[SpeakerRef | None, float]:
        """The speaker ``mention`` names and how sure that is; ``last`` is the last speaker."""
        if not len(mention):
            return None, 0.3  # no words: nobody named
        named = self.named_in(mention.start, mention.end)
        if named is not None and _agent_inside(self.doc, named, mention):
            named = None  # "de door Hamas geleide gezondheidsautoriteiten": not Hamas itself
        if named is not None and not named.speaker.kb_id and self._portfolio_of(named):
            # "het ministerie van Volksgezondheid": the ministry, not its portfolio
            institution = self.doc[named.start - 2 : named.end]
            return SpeakerRef(institution.text, "", "organisation"), 0.8
        if named is not None:
            return named.speaker, 0.9 if named.speaker.kb_id else 0.85
        words = [t.lower_ for t in mention]
        if len(words) == 1 and words[0] in self.lexicon.first_person:
            # "“… Toen dacht ik: ‘…’”": inside a quotation, its speaker; outside, the writer
            quoted = self._is_quoted(mention[0].idx)
            return (last, 0.6) if quoted and last is not None else (None, 0.3)
        if len(words) == 1 and words[0] in self.lexicon.generic_subjects:
            return None, 0.3  # "jullie", "u": the addressees or anyone, never a name
        if len(words) == 1 and words[0] in self.lexicon.pronouns:
            if words[0] == "men":
                return None, 0.3
            if words[0] in self.lexicon.demonstratives:
                # "…: Henk Kamp. Die hield vol dat …": the person named last, whoever spoke
                before = self.last_named_before(mention.start, window=40)
                return (before.speaker, 0.6) if before else (None, 0.3)
            fits = self.fits(words[0])
            plural = mention[0].lower_ in self.lexicon.female and _plural_subject(mention[0])
            if plural:
                fits = _no_single_person  # "Zij willen dat …": a group, not the last woman
            here = self.subject_before_in_sentence(mention.start)
            if here is not None and fits(here):
                return here, 0.7
            introduced = self.subject_of_sentence_before(mention.start)
            if (
                introduced is not None
                and not same(introduced.speaker, last)
                and fits(introduced.speaker)
            ):
                return introduced.speaker, 0.7
            group = self.noun_antecedent(mention[0], plural=True) if plural else None
            if group is not None:
                return group, 0.6
            if last is not None and fits(last):
                return last, 0.75
            before = self._salient_before(mention.start, fits)
            if before is not None:
                return before.speaker, 0.65
            described = None if plural else self.noun_antecedent(mention[0], plural=False)
            return (described, 0.55) if described else (None, 0.3)
        role = next((w for w in reversed(words) if w in self.roles), None)
        if role is not None and len(words) <= 3 and not _name_after(mention, role):
            if last is not None and self._holds(last, role):
                return last, 0.75
            holder = self._last_with_title(mention.start, role)
            if holder is not None:
                return holder, 0.7
        described = self._person_described(mention)
        if described is not None:
            return described.speaker, 0.6
        mention = _without_affiliation(mention)
        shortened = self._short_form_of(mention) or self._organisation_meant(mention)
        if shortened is not None:
            return shortened.speaker, 0.7
        mention = _without_role(mention)
        head = mention[-1]
        if head.pos_ == "PROPN" or (mention[0].pos_ == "PROPN" and mention[0].is_title):
            return self.group_of(mention), 0.7
        text = mention.text
        if words and words[-1] in self.lexicon.not_sources:
            return None, 0.2
        return SpeakerRef(text, "", "other"), 0.6

    def _person_described(self, mention: Span) -> _Named | None:
        """``zegt de gepensioneerde vrachtwagenchauffeur``, ``aldus de 58-jarige``: a definite
        description that names nobody new is the person named last before it (quotes_nl.json
        ``person_descriptions``)."""
        doc = self.doc
        start = mention.start  # the mention may leave its article and adjectives out
        while start > max(0, mention.start - 3) and _attributive(doc[start - 1]):
            start -= 1
        if (
            start > 0
            and doc[start - 1].lower_ in ("de", "het")
            and mention[0].lower_
            not in (
                "de",
                "het",
            )
        ):
            mention = doc[start - 1 : mention.end]
        if not 2 <= len(mention) <= 4 or mention[0].lower_ not in ("de", "het"):
            return None
        head = mention[-1]
        noun = head.lower_
        if (
            head.text != noun
            or "Plur" in head.morph.get("Number")
            or not all(_attributive(t) for t in mention[1:-1])
            or head.pos_ in ("ADP", "PROPN", "PRON", "VERB", "AUX")
            or noun in self.lexicon.not_sources
            or noun in self.lexicon.organisation_nouns
        ):
            return None
        descriptions = self.lexicon.person_descriptions
        if not descriptions.describes_a_person(noun):
            return None
        texts, keys = doc_words(doc)
        for k in word_positions(doc)[0].get(keys[head.i], ()):
            # "een woordvoerder … de woordvoerder": someone unnamed
            if k < mention.start and any(texts[j] == "een" for j in range(max(0, k - 3), k)):
                return None
        aged = self._named_with_age(mention.start, noun)
        if aged is not None:
            return aged  # "Mykola Hontsjarenko (63) … zijn vrouw Valentyna … de 63-jarige"
        fits = None
        if noun in descriptions.female:
            fits = self.fits("zij")
        elif noun in descriptions.male:
            fits = self.fits("hij")
        named = self.last_named_before(mention.start, window=descriptions.window, fits=fits)
        if named is not None and self._unnamed_person_between(named.end, mention.start):
            return None  # "… Jan Peeters … pakte een 34-jarige verdachte op. “…”, zegt de man"
        return named

    def _named_with_age(self, i: int, noun: str) -> _Named | None:
        """For ``de 63-jarige``, the last person before token ``i`` given that age: ``Mykola
        Hontsjarenko (63)`` or ``de 63-jarige Mykola``."""
        stem, _, suffix = noun.rpartition("-")
        if suffix not in ("jarige", "jarigen") or not stem.isdigit():
            return None
        doc, n = self.doc, len(self.doc)
        for named in reversed(self.named):
            if named.end > i or named.speaker.kind != "person" or named.quoted:
                continue
            bracketed = (
                named.end + 2 < n
                and doc[named.end].text == "("
                and doc[named.end + 1].text == stem
                and doc[named.end + 2].text == ")"
            )
            before = doc[named.start - 1].lower_ if named.start > 0 else ""
            if bracketed or before == noun:
                return named
        return None

    def _unnamed_person_between(self, start: int, end: int) -> bool:
        """Whether tokens ``start``..``end`` bring in a person without a name: ``een`` and,
        within three words, a person's description or an office (``een 34-jarige verdachte``,
        ``een agent``)."""
        texts = doc_words(self.doc)[0]
        descriptions = self.lexicon.person_descriptions
        for k in range(start, end):
            if texts[k] not in ("een", "Een"):
                continue
            if k > 0 and (
                texts[k - 1].lower() in descriptions.predicates_before
                or (k == start + 1 and texts[start] == ",")
            ):
                continue  # "Jan Peeters is een gepensioneerde …", "…, een vrijwilliger": him
            for j in range(k + 1, min(end, k + 4)):
                word = texts[j].lower()
                if (
                    descriptions.describes_a_person(word)
                    or word in descriptions.not_nouns
                    or word in self.roles
                ):
                    return True
                if not _attributive(self.doc[j]):
                    break
        return False

    def _portfolio_of(self, named: _Named) -> bool:
        """Whether an organisation's name stands after ``ministerie van`` (quotes_nl.json
        ``portfolio_institutions``)."""
        k = named.start
        return (
            named.speaker.kind == "organisation"
            and k >= 2
            and self.doc[k - 1].lower_ == "van"
            and self.doc[k - 2].lower_ in self.lexicon.portfolio_institutions
        )

    def _organisation_meant(self, mention: Span) -> _Named | None:
        """``De partij``, ``het instituut``, ``die bank``: the organisation named last before,
        within a few sentences, that the noun can stand for (``organisation_nouns``)."""
        if len(mention) != 2 or mention[0].pos_ not in ("DET", "PRON", "PROPN"):
            return None
        if mention[0].lower_ not in ("de", "het", "die", "dat", "deze", "dit"):
            return None
        kinds = self.lexicon.organisation_nouns.get(mention[1].text)  # "de Bond" is a name
        if kinds is None:
            return None
        window = self.lexicon.organisation_window
        found = [
            n
            for n in self.named
            if n.end <= mention.start
            and mention.start - n.end <= window
            and n.speaker.kind == "organisation"
            and not n.quoted
            and (not n.speaker.kb_id or n.label in kinds)
        ]
        return found[-1] if found else None

    def _short_form_of(self, mention: Span) -> _Named | None:
        """The organisation named earlier in full whose name ``mention``, opening with an
        article, begins: ``de Unie`` after ``De Unie van Waterschappen``, ``de Kamer`` after
        ``de Kamer van Koophandel`` (also where NER took the full name for a person's)."""
        if mention[0].lower_ not in _ARTICLES:
            return None
        words = [t for t in mention if t.pos_ != "DET" and t.lower_ not in _ARTICLES]
        if not words or len(words) > 3 or not words[0].is_title:
            return None
        prefix = " ".join(t.lower_ for t in words) + " "
        found = None
        for one in self.named:
            if one.start >= mention.start:
                break
            name = one.text.lower()
            for article in _ARTICLES:
                name = name.removeprefix(f"{article} ")
            if name.startswith(prefix):
                found = one
        return found

    def subject_before_in_sentence(self, i: int) -> SpeakerRef | None:
        """The person named as a subject earlier in token ``i``'s own sentence, when the pronoun
        at ``i`` stands in a clause below it: ``Copernicus had het makkelijker toen hij
        verklaarde dat …``."""
        doc = self.doc
        start = i
        while start > 0 and not (doc[start - 1].text in _SENTENCE_ENDS or doc[start - 1].is_space):
            start -= 1
        for k in range(start, i):
            token = doc[k]
            if token.dep_ not in ("nsubj", "nsubj:pass") or token.pos_ != "PROPN":
                continue
            if not any(
                t.pos_ == "SCONJ" or has_feature(t, "PronType", "Rel") for t in doc[k + 1 : i]
            ):
                return None  # "Fred Ros mocht volgens hem …": a pronoun of his own clause is
                # someone else
            named = self.named_in(k, k + 1)
            if named is not None and named.quoted:
                return None  # "“Poetin zei me …”, vertelde hij": someone the quote names
            if named is not None:
                return named.speaker if named.speaker.kind == "person" else None
            if is_dutch_word(token.text) or self._is_place(k):
                return None  # "Rente wordt volgens haar …": a noun the tagger capitalised
            return self._group_of(self._fullest(token.text, k + 1))
        return None

    def names_word(self, word: str) -> bool:
        """Whether a person or organisation of the text ends in ``word`` (``May``)."""
        return any(n.text.split()[-1:] == [word] for n in self.named)

    def _is_place(self, k: int) -> bool:
        """Whether token ``k`` is in a linked place (``Rusland viel aan nadat hij …``)."""
        return any(
            span.kb_id_ and span.start <= k < span.end
            for span in self.doc.spans.get(PLACES_KEY, ())
        )

    def subject_of_sentence_before(self, i: int, *, organisations: bool = False) -> _Named | None:
        """A person (or, with ``organisations``, an organisation) brought in as the subject of
        the sentence before token ``i``'s, when that sentence quotes nobody: ``Koeleba
        reageerde voorzichtig. Hij zei: “…”`` is Koeleba, not the speaker quoted before him."""
        before = _sentence_before(self.doc, i)
        if before is None:
            return None
        if any(is_quote_mark(t.text) for t in before):
            return None  # a sentence that quotes (an apostrophe in a word is no mark: CDA'er)
        if (
            before[0].lower_ in _SUBJECT_PRONOUNS
            and not _plural_subject(before[0])  # "Ze waren boos": a group, not her
            and not any(before.start <= n.start < before.end for n in self.named)
        ):
            # "Haar buurvrouw Iryna knikt. Zij kwam uit Cherson. “…”, vertelt ze": the pronoun
            # opening the sentence before goes on with the one brought in before it
            earlier = _sentence_before(self.doc, before.start)
            if earlier is not None and not any(is_quote_mark(t.text) for t in earlier):
                before = earlier
        doc = self.doc
        start = before.start
        opening = _opening_clause_end(doc, before)
        if opening is not None:  # "Nadat X …, werd Y …": the main clause is Y's
            start = opening + 1
        verbs = [t.i for t in doc[start : before.end] if t.pos_ in ("VERB", "AUX")]
        first_verb = verbs[0] if verbs else before.end
        for named in self.named:
            if not (start <= named.start and named.end <= before.end):
                continue
            if named.speaker.kind != "person" and not (
                organisations and named.speaker.kind == "organisation" and named.start < first_verb
            ):
                return None  # an organisation is the subject: no person brought in
            heads = {doc[k].dep_ for k in range(named.start, named.end)}
            if named.start < first_verb:
                # of names run together, the last ("De Vries Van Koppen zegt": a heading run
                # into the sentence; not the "Prins Alexander" of "Ron Davids, CDA'er in …")
                for other in self.named:
                    if other.start == named.end and other.end <= first_verb:
                        named = other
                return named
            if heads & {"nsubj", "nsubj:pass"}:
                return named
            if (
                opening is not None
                and verbs[:1] == [start]
                and (len(verbs) == 1 or named.start < verbs[1])
            ):
                return named  # the finite verb right after the opening clause, then its subject
            return None
        return self._pronoun_subject(doc[start : before.end], first_verb)

    def noun_antecedent(self, pronoun: Token, *, plural: bool) -> SpeakerRef | None:
        """The people a pronoun stands for when no name does, from the sentence before (one
        that quotes nobody): its plural subject noun for a plural pronoun (``De chauffeurs
        zochten steun. Zij vinden dat …``), a singular role noun as its subject or object for
        a singular one (``Ik sprak een leraar. Zij zei: …``)."""
        doc = self.doc
        if plural:  # "Als de politie een auto ziet rijden, manen ze …": in its own sentence
            start = _sentence_start(doc, pronoun.i)
            for token in doc[start : pronoun.i]:
                if (
                    token.dep_ in ("nsubj", "nsubj:pass")
                    and token.pos_ == "NOUN"
                    and (
                        has_feature(token, "Number", "Plur")
                        or token.lower_ in self.lexicon.collectives
                    )
                ):
                    return _described(token)
        before = _sentence_before(doc, pronoun.i)
        for _ in range(2):  # "X zijn teleurgesteld. “…”, laten ze weten": before the quotation
            if before is None or not (
                self._is_quoted(before[0].idx) or any(is_quote_mark(t.text) for t in before)
            ):
                break
            before = _sentence_before(doc, before.start)
        if before is None or any(is_quote_mark(t.text) for t in before):
            return None
        for token in before:
            if token.pos_ != "NOUN" or has_feature(token, "Number", "Plur") != plural:
                continue
            if (plural and token.dep_ in ("nsubj", "nsubj:pass")) or (
                not plural and token.lower_ in self.roles and token.dep_ in ("nsubj", "obj")
            ):
                return _described(token)
        return None

    def _pronoun_subject(self, clause: Span, first_verb: int) -> _Named | None:
        """A clause naming nobody whose subject is ``hij``/``zij`` after its verb (``Daarom
        start hij een bedrijf.``): the person named last before it whom the pronoun fits."""
        for token in clause:
            if (
                token.i > first_verb
                and token.lower_ in _SUBJECT_PRONOUNS
                and token.dep_ in ("nsubj", "nsubj:pass")
                and not _plural_subject(token)
            ):
                named = self.last_named_before(token.i, window=60, fits=self.fits(token.lower_))
                if named is None:
                    return None
                return _Named(token.i, token.i + 1, token.text, named.speaker)
        return None

    def _holds(self, speaker: SpeakerRef, role: str) -> bool:
        return any(same(n.speaker, speaker) and role in n.titles for n in self.named)

    def _last_with_title(self, i: int, role: str) -> SpeakerRef | None:
        found = [n for n in self.named if n.end <= i and role in n.titles]
        return found[-1].speaker if found else None

    def _fullest(self, text: str, before: int) -> str:
        """The fullest form of a name up to token ``before``: ``Breuker`` after ``Remco
        Breuker`` is ``Remco Breuker`` (a run of capitalised proper nouns ending in it); a
        given name alone, the one such run before that starts with it (``Suzan``)."""
        words = text.split()
        if len(words) != 1:
            return text
        best = text
        for end, full in self._full_names().get(_surname(words[0]), ()):
            if end >= before:
                break
            if len(full) > len(best):
                best = full
        if best == text:  # a given name alone: the one full name before that starts with it
            starting = {
                full
                for runs in self._full_names().values()
                for end, full in runs
                if end < before and _starts_a_full_name(text, full.split())
            }
            if len(starting) == 1:
                best = starting.pop()
        return best

    def _full_names(self) -> dict[str, list[tuple[int, str]]]:
        """Each word that ends a run of capitalised proper nouns (``Remco Breuker``): where,
        and the run, by surname; read once per Doc."""
        if self._runs is None:
            doc, runs = self.doc, {}
            for i in range(1, len(doc)):
                start = i
                while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title:
                    start -= 1
                if start < i:
                    runs.setdefault(_surname(doc[i].text), []).append((i, doc[start : i + 1].text))
            self._runs = runs
        return self._runs

    def _group_of(self, text: str) -> SpeakerRef:
        if not text.split():
            return SpeakerRef(text, "", "person")
        last_word = _surname(text.split()[-1])
        for named in self.named:
            words = named.text.split()
            if words and _surname(words[-1]) == last_word:
                return named.speaker
        return SpeakerRef(text, "", "person")

    def group_of(self, mention: Span) -> SpeakerRef:
        """The person a name without a record stands for, by its fullest form in the text."""
        return self._group_of(self._fullest(mention.text, mention.end))


_SENTENCE_ENDS = frozenset(".!?")


#: the articles an organisation's name may open with (``de Unie``, ``het Agentschap``)
_ARTICLES = ("de", "het")


def gender_of(name: str) -> str | None:
    """``f`` or ``m`` by a person's given name (its first word), None when it does not say;
    a name of one word counts as a given name (``Hilde``: the people of portraits and reports
    are often named by it alone; a surname that is also a given name is read as one)."""
    words = name.split()
    return given_name_gender(words[0]) if words else None


def _starts_a_full_name(given: str, words: list[str]) -> bool:
    """Whether ``words`` are a full name (more words, the last a capitalised word) that opens
    with ``given``."""
    return len(words) > 1 and words[0] == given and words[-1].isalpha() and words[-1].istitle()


def _without_role(mention: Span) -> Span:
    """``inlichtingenbaas Dan Coats`` → ``Dan Coats``, ``Coach Max`` → ``Max``: the words up
    to a role noun (also a compound of one) that a capitalised name follows are no part of
    the name."""
    for k in range(len(mention) - 2, -1, -1):
        token = mention[k]
        written_as_role = token.is_lower or (k == 0 and token.is_title)  # "Coach Max:"
        if written_as_role and mention[k + 1].is_title and is_role_noun(token.lower_):
            return mention[k + 1 :]
    return mention


def _name_after(mention: Span, role: str) -> bool:
    """Whether a name follows the role noun in the mention (``Premier Rutte``): the name says
    who, not the role."""
    at = next((t.i for t in mention if t.lower_ == role), None)
    return at is not None and any(t.pos_ == "PROPN" and t.is_title for t in mention if t.i > at)


def _plural_subject(pronoun: Token) -> bool:
    """Whether a pronoun is the subject of a plural finite verb (``Zij willen``: ``zij`` is
    then no woman)."""
    verb = pronoun.head if pronoun.dep_ in ("nsubj", "nsubj:pass") else None
    doc = pronoun.doc
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        nearby = [doc[k] for k in (pronoun.i + 1, pronoun.i - 1) if 0 <= k < len(doc)]
        verb = next((t for t in nearby if t.pos_ in ("VERB", "AUX")), None)
    return verb is not None and has_feature(verb, "Number", "Plur")


def _sentence_start(doc: Doc, i: int) -> int:
    """The first token of the sentence token ``i`` stands in, cut at full stops."""
    j = i - 1
    while j >= 0 and not (doc[j].text in _SENTENCE_ENDS or doc[j].is_space):
        j -= 1
    return j + 1


def _described(head: Token) -> SpeakerRef:
    """The speaker a noun describes: its noun phrase from the last determiner before the noun
    on (``die dag een leraar`` → ``een leraar``: the parser may run a time adverbial into it)."""
    phrase = noun_phrase(head.doc, head)
    starts = [t.i for t in phrase if t.pos_ == "DET" and t.i < head.i]
    if starts:
        phrase = head.doc[starts[-1] : phrase.end]
    return SpeakerRef(phrase.text, "", "other")


def _role_in_apposition(span: Span, roles: frozenset[str]) -> str | None:
    """The office of an apposition right after a name: ``Pieter Vanhoutte, CEO van …``,
    ``Jan Peeters, de burgemeester van Herselt`` (an article and two adjectives may come
    first)."""
    doc, k = span.doc, span.end
    if k + 1 >= len(doc) or doc[k].text != ",":
        return None
    k += 1
    if doc[k].lower_ in ("de", "het"):
        k += 1
    for _ in range(3):
        if k >= len(doc):
            return None
        if doc[k].lower_ in roles:
            return doc[k].lower_
        if not _attributive(doc[k]):
            return None
        k += 1
    return None


def _attributive(token: Token) -> bool:
    """A word between an article and its noun: ``58-jarige``, ``oude``, ``gepensioneerde``
    (a participle the tagger may call a verb)."""
    return token.pos_ in ("ADJ", "NUM") or (token.pos_ == "VERB" and token.lower_.endswith("e"))


def _no_single_person(speaker: SpeakerRef) -> bool:
    return speaker.kind != "person"


def _sentence_before(doc: Doc, i: int) -> Span | None:
    """The sentence before the one token ``i`` opens or stands in, cut at full stops (the
    parser's sentences may run a quote into the sentence before it)."""
    j = _sentence_start(doc, i) - 1  # the end of the sentence before
    if j < 1:
        return None
    k = j - 1
    while k >= 0 and not _ends_a_sentence(doc[k]):
        k -= 1
    start = k + 1
    while start < j and is_quote_mark(doc[start].text):
        start += 1  # the closing mark of a quotation that ended the sentence before: “… druk.”
    return doc[start:j] if j - start >= 2 else None


def _other_given_name(name: str, words: list[str]) -> bool:
    """Whether two full names of one surname open with two different given names (``Mykola
    Hontsjarenko``, ``Valentyna Hontsjarenko``): two people of one family."""
    first = name.split()
    if len(first) < 2 or len(words) < 2 or first[0] == words[0]:
        return False
    return given_name_gender(first[0]) is not None and given_name_gender(words[0]) is not None


def _agent_inside(doc: Doc, named: _Named, mention: Span) -> bool:
    """Whether a name inside a mention is only the agent of a participle that describes its
    head (``de door Hamas geleide gezondheidsautoriteiten``, ``het door Kyiv gesteunde
    bataljon``): ``door`` before the name, and words after it up to the head."""
    return (
        mention.start < named.start
        and named.end < mention.end
        and doc[named.start - 1].lower_ == "door"
    )


def _ends_a_sentence(token: Token) -> bool:
    """A full stop (also one the tokenizer left on its word before a closing mark: ``top."``)
    or a line break."""
    text = token.text
    if text in _SENTENCE_ENDS or (token.is_space and "\n" in text):
        return True
    nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return (
        len(text) > 1
        and text[-1] in _SENTENCE_ENDS
        and nxt is not None
        and is_quote_mark(nxt.text)
        and not token.whitespace_
    )


def _opening_clause_end(doc: Doc, sentence: Span) -> int | None:
    """The comma that ends a subordinate clause opening ``sentence`` (``En kort nadat X …
    inspecteerde, werd …``): a subordinating conjunction among its first three words."""
    if not any(t.pos_ == "SCONJ" for t in sentence[:3]):
        return None
    for token in sentence[1:]:
        if token.text == ",":
            return token.i
        if token.text in _SENTENCE_ENDS:
            return None
    return None


def _without_affiliation(mention: Span) -> Span:
    """``Helma Ruijs van het RIVM`` → ``Helma Ruijs``: a name's affiliation is no part of who
    speaks (``Raymond van het Groenewoud`` stays whole: see ``affiliation_at``)."""
    for k in range(1, len(mention) - 1):
        if mention[k - 1].pos_ == "PROPN" and affiliation_at(mention.doc, mention.start + k):
            return mention[:k]
    return mention


def _surname(word: str) -> str:
    return word.lower().removesuffix("'s").removesuffix("’s")


def same(one: SpeakerRef | None, other: SpeakerRef | None) -> bool:
    """Whether two speakers are one: the same record, or the same name when unlinked."""
    if one is None or other is None:
        return False
    if one.kb_id or other.kb_id:
        return one.kb_id == other.kb_id
    return one.name == other.name and one.kind == other.kind
