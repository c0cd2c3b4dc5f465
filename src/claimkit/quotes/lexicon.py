"""The quote cue lexicon (``data/quotes_nl.json``), read once into lookup tables."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache

from claimkit.numbers import parse_quantity
from claimkit.resources import load_json


@dataclass(frozen=True)
class CueVerb:
    """A verb that attributes a statement: its lemma and the particle it needs, if any."""

    lemma: str
    particle: str | None
    particle_forms: tuple[str, ...] = ()  # the particle as written: op, erop, daarop
    not_with: frozenset[str] = frozenset()  # words that make it another verb: stelde … uit


@lru_cache(maxsize=4096)
def _counts(word: str) -> bool:
    """Whether ``word`` is written in digits or is a number word (``58``, ``vijftig``)."""
    return bool(word) and (word.isdigit() or parse_quantity(word) is not None)


@dataclass(frozen=True)
class PersonDescriptions:
    """Descriptions that stand for the person named last (``zegt de 58-jarige``)."""

    nouns: frozenset[str]
    suffixes: tuple[str, ...]
    female: frozenset[str]
    male: frozenset[str]
    not_nouns: frozenset[str]
    window: int
    predicates_before: frozenset[str]  # "is een …": what the person named is

    def describes_a_person(self, noun: str) -> bool:
        """Whether ``noun`` (lower case) describes a person by what they are or do: one of
        ``nouns`` or a compound ending in one (``vrachtwagenchauffeur``; four letters or more),
        or a word such as ``58-jarige``; never one of ``not_nouns`` (``partijwoordvoerder``)."""
        if noun in self.nouns:
            return True
        tail = noun.rsplit("-", 1)[-1]
        tails = [tail[k:] for k in range(3, len(tail) - 3)]
        if noun in self.not_nouns or any(t in self.not_nouns for t in tails):
            return False
        suffix = next((s for s in self.suffixes if noun.endswith(s)), None)
        if suffix is not None:
            return _counts(noun[: -len(suffix)].rstrip("-"))  # "58-jarige", not "minderjarige"
        # a compound's tail; an office reached that way brings in someone ("hoofdredacteur")
        return any(t in self.nouns for t in tails) and not is_role_noun(noun)


@dataclass(frozen=True)
class QuoteLexicon:
    """Everything the quotes component looks up, from one data file."""

    verb_forms: dict[str, tuple[CueVerb, ...]]
    verb_lemmas: dict[str, CueVerb]
    carry_over: frozenset[str]
    opinion: frozenset[str]
    not_after_clause: frozenset[str]
    no_infinitive_report: frozenset[str]
    report_prepositions: dict[str, str]
    generic_subjects: frozenset[str]
    organisation_nouns: dict[str, frozenset[str]]  # noun -> the record kinds it stands for
    organisation_window: int
    person_descriptions: PersonDescriptions
    possessives: frozenset[str]  # written forms: the tagger's Poss feature misses "haar"
    portfolio_institutions: frozenset[str]
    modal_hedge_subjects: frozenset[str]
    modal_lemmas: frozenset[str]
    naming_prepositions: frozenset[str]
    answer_words: frozenset[str]
    title_nouns: frozenset[str]
    report_negations: frozenset[str]  # "…, meldt ze niet": a negated cue reports nothing
    colon_labels: frozenset[str]  # "Citaat: “…”": a label, no speaker
    inverted_subjects: frozenset[str]  # "…, herhaalde hij": the main clause resumes
    source_adverbs: frozenset[str]  # "volgens minister Hoekstra zelf": part of the source
    term_joiners: frozenset[str]
    main_clause_joiners: frozenset[str]
    complement_joiners: frozenset[str]
    naming: frozenset[str]
    naming_reports: frozenset[str]
    source_words: frozenset[str]
    after_quote_words: frozenset[str]
    not_sources: frozenset[str]
    nobody_subjects: frozenset[str]
    #: singular nouns of a body a plural pronoun stands for (with the organisation nouns)
    collectives: frozenset[str]
    #: phrases that report nothing (``zoals gezegd``), by each word they hold
    not_cues: dict[str, tuple[tuple[str, ...], ...]]
    complementisers: frozenset[str]
    question_words: frozenset[str]
    addressee_prepositions: frozenset[str]
    directive_verbs: frozenset[str]
    object_pronouns: frozenset[str]
    time_nouns: frozenset[str]
    demonstratives: frozenset[str]
    subject_relatives: frozenset[str]
    as_said_words: frozenset[str]
    male: frozenset[str]
    female: frozenset[str]
    plural: frozenset[str]
    other_pronouns: frozenset[str]
    first_person: frozenset[str]
    clause_enders: frozenset[str]
    clause_conjunctions: frozenset[str]
    relative_pronouns: frozenset[str]
    report_circumstances: frozenset[str]
    verification_words: frozenset[str]
    term_max_words: int
    name_particles: frozenset[str]
    not_subjects: frozenset[str]
    adverbs_after_cue: frozenset[str]
    attribution_pronouns: frozenset[str]
    speech_nouns: frozenset[str]
    evidence_verbs: frozenset[str]
    evidence_preposition: str
    document_verbs: frozenset[str]
    document_preposition: str
    document_nouns: frozenset[str]
    own_account: tuple[str, frozenset[str], frozenset[str]]

    @property
    def pronouns(self) -> frozenset[str]:
        return self.male | self.female | self.plural | self.other_pronouns

    def cue_verbs(self, form: str, lemma: str) -> tuple[CueVerb, ...]:
        """The cue verbs a token may be, by its form, else by its lemma."""
        found = self.verb_forms.get(form)
        if found:
            return found
        verb = self.verb_lemmas.get(lemma)
        return (verb,) if verb else ()


def _person_descriptions(entry: dict) -> PersonDescriptions:
    return PersonDescriptions(
        nouns=frozenset(entry["nouns"]),
        suffixes=tuple(entry["suffixes"]),
        female=frozenset(entry["female"]),
        male=frozenset(entry["male"]),
        not_nouns=frozenset(entry["not_nouns"]),
        window=int(entry["window"]),
        predicates_before=frozenset(entry["predicates_before"]["words"]),
    )


def _listed(data: dict, name: str) -> frozenset[str]:
    """The ``words`` of the data file's entry ``name``."""
    return frozenset(data[name]["words"])


@cache
def quote_lexicon() -> QuoteLexicon:
    """The lexicon of ``data/quotes_nl.json``."""
    data = load_json("quotes_nl.json")
    forms: dict[str, list[CueVerb]] = {}
    lemmas: dict[str, CueVerb] = {}
    for lemma, entry in data["speech_verbs"].items():
        particle = entry.get("particle")
        written = tuple(entry.get("particle_forms") or ([particle] if particle else []))
        verb = CueVerb(lemma, particle, written, frozenset(entry.get("not_with", ())))
        lemmas[lemma.split()[0]] = verb
        for form in entry["forms"]:
            forms.setdefault(form, []).append(verb)
    pronouns = data["pronouns"]
    return QuoteLexicon(
        verb_forms={form: tuple(verbs) for form, verbs in forms.items()},
        verb_lemmas=lemmas,
        carry_over=frozenset(data["carry_over_verbs"]["forms"]),
        opinion=frozenset(data["opinion_verbs"]["lemmas"]),
        not_after_clause=frozenset(data["opinion_verbs"]["not_after_clause"]["lemmas"]),
        no_infinitive_report=frozenset(data["opinion_verbs"]["no_infinitive_report"]["lemmas"]),
        report_prepositions=dict(data["prepositional_reports"]["verbs"]),
        generic_subjects=_listed(data, "generic_subjects"),
        organisation_nouns={
            noun: frozenset(kinds) for noun, kinds in data["organisation_nouns"]["nouns"].items()
        },
        organisation_window=int(data["organisation_nouns"]["window"]),
        person_descriptions=_person_descriptions(data["person_descriptions"]),
        possessives=_listed(data, "possessives"),
        portfolio_institutions=_listed(data, "portfolio_institutions"),
        modal_hedge_subjects=frozenset(data["modal_hedges"]["subjects"]),
        modal_lemmas=frozenset(data["modal_hedges"]["modal_lemmas"]),
        naming_prepositions=_listed(data, "naming_prepositions"),
        answer_words=_listed(data, "answer_words"),
        title_nouns=_listed(data, "title_nouns"),
        colon_labels=_listed(data, "colon_labels"),
        inverted_subjects=_listed(data, "inverted_subjects"),
        source_adverbs=_listed(data, "source_adverbs"),
        report_negations=_listed(data, "report_negations"),
        term_joiners=_listed(data, "term_joiners"),
        main_clause_joiners=frozenset(data["clause_joiners"]["main"]),
        complement_joiners=frozenset(data["clause_joiners"]["complements"]),
        naming=frozenset(data["naming_verbs"]["forms"]),
        naming_reports=frozenset(data["naming_reports"]["forms"]),
        source_words=_listed(data, "source_prepositions"),
        after_quote_words=_listed(data, "after_quote_words"),
        not_sources=_listed(data, "not_sources"),
        nobody_subjects=_listed(data, "nobody_subjects"),
        collectives=_listed(data, "collective_nouns")
        | frozenset(data["organisation_nouns"]["nouns"]),
        not_cues=_by_word(tuple(p) for p in data["not_cues"]["phrases"]),
        complementisers=frozenset(data["complementisers"]),
        question_words=_listed(data, "question_words"),
        addressee_prepositions=_listed(data, "addressee_prepositions"),
        directive_verbs=frozenset(data["directive_verbs"]["lemmas"]),
        object_pronouns=_listed(data, "object_pronouns"),
        time_nouns=_listed(data, "time_nouns"),
        demonstratives=_listed(data, "demonstratives"),
        subject_relatives=_listed(data, "subject_relatives"),
        as_said_words=_listed(data, "as_said_words"),
        male=frozenset(pronouns["male"]),
        female=frozenset(pronouns["female"]),
        plural=frozenset(pronouns["plural"]),
        other_pronouns=frozenset(pronouns["other"]),
        first_person=frozenset(data["first_person"]),
        clause_enders=_listed(data, "clause_enders"),
        clause_conjunctions=_listed(data, "clause_conjunctions"),
        relative_pronouns=_listed(data, "relative_pronouns"),
        report_circumstances=_listed(data, "report_circumstances"),
        verification_words=_listed(data, "verification_words"),
        term_max_words=int(data["term_max_words"]),
        name_particles=_listed(data, "name_particles"),
        not_subjects=_listed(data, "not_subjects"),
        adverbs_after_cue=_listed(data, "adverbs_after_cue"),
        attribution_pronouns=_listed(data, "attribution_pronouns"),
        speech_nouns=_listed(data, "speech_nouns"),
        evidence_verbs=frozenset(data["evidence_verbs"]["forms"]),
        evidence_preposition=data["evidence_verbs"]["preposition"],
        document_verbs=frozenset(data["document_statements"]["forms"]),
        document_preposition=data["document_statements"]["preposition"],
        document_nouns=frozenset(data["document_statements"]["documents"]),
        own_account=(
            data["own_account"]["first"],
            frozenset(data["own_account"]["middle"]),
            frozenset(data["own_account"]["last"]),
        ),
    )


def _by_word(phrases: Iterable[tuple[str, ...]]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Each word of the phrases, with the phrases that hold it."""
    holding: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        for word in dict.fromkeys(phrase):
            holding.setdefault(word, []).append(phrase)
    return {word: tuple(found) for word, found in holding.items()}


@cache
def role_nouns() -> frozenset[str]:
    """Nouns of office that can stand for a person (``de president``, ``de woordvoerder``)."""
    cues = load_json("people_nl.json")["person_cues"]
    return frozenset(w.lower() for w in cues["titles_before"] if w.isalpha())


@lru_cache(maxsize=65536)
def is_role_noun(word: str) -> bool:
    """A role noun, or a compound ending in one (``drugsexpert``, ``inlichtingenbaas``;
    ``role_compounds`` in ``quotes_nl.json``)."""
    word = word.lower()
    roles = role_nouns()
    if word in roles:
        return True
    rules = load_json("quotes_nl.json")["role_compounds"]
    not_tails = rules["not_tails"]
    for k in range(int(rules["min_head"]), len(word) - int(rules["min_tail"]) + 1):
        tail = word[k:]
        if tail in roles and tail not in not_tails:
            return True
    return False
