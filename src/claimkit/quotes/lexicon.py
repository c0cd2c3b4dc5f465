"""The quote cue lexicon (``data/quotes_nl.json``), read once into lookup tables."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from claimkit.resources import load_json


@dataclass(frozen=True)
class CueVerb:
    """A verb that attributes a statement: its lemma and the particle it needs, if any."""

    lemma: str
    particle: str | None
    particle_forms: tuple[str, ...] = ()  # the particle as written: op, erop, daarop


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
    main_clause_joiners: frozenset[str]
    complement_joiners: frozenset[str]
    naming: frozenset[str]
    source_words: frozenset[str]
    after_quote_words: frozenset[str]
    not_sources: frozenset[str]
    #: phrases that report nothing (``zoals gezegd``), by each word they hold
    not_cues: dict[str, tuple[tuple[str, ...], ...]]
    complementisers: frozenset[str]
    question_words: frozenset[str]
    addressee_prepositions: frozenset[str]
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


@cache
def quote_lexicon() -> QuoteLexicon:
    """The lexicon of ``data/quotes_nl.json``."""
    data = load_json("quotes_nl.json")
    forms: dict[str, list[CueVerb]] = {}
    lemmas: dict[str, CueVerb] = {}
    for lemma, entry in data["speech_verbs"].items():
        particle = entry.get("particle")
        written = tuple(entry.get("particle_forms") or ([particle] if particle else []))
        verb = CueVerb(lemma, particle, written)
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
        generic_subjects=frozenset(data["generic_subjects"]["words"]),
        main_clause_joiners=frozenset(data["clause_joiners"]["main"]),
        complement_joiners=frozenset(data["clause_joiners"]["complements"]),
        naming=frozenset(data["naming_verbs"]["forms"]),
        source_words=frozenset(data["source_prepositions"]["words"]),
        after_quote_words=frozenset(data["after_quote_words"]["words"]),
        not_sources=frozenset(data["not_sources"]["words"]),
        not_cues=_by_word(tuple(p) for p in data["not_cues"]["phrases"]),
        complementisers=frozenset(data["complementisers"]),
        question_words=frozenset(data["question_words"]["words"]),
        addressee_prepositions=frozenset(data["addressee_prepositions"]["words"]),
        time_nouns=frozenset(data["time_nouns"]["words"]),
        demonstratives=frozenset(data["demonstratives"]["words"]),
        subject_relatives=frozenset(data["subject_relatives"]["words"]),
        as_said_words=frozenset(data["as_said_words"]["words"]),
        male=frozenset(pronouns["male"]),
        female=frozenset(pronouns["female"]),
        plural=frozenset(pronouns["plural"]),
        other_pronouns=frozenset(pronouns["other"]),
        first_person=frozenset(data["first_person"]),
        clause_enders=frozenset(data["clause_enders"]["words"]),
        clause_conjunctions=frozenset(data["clause_conjunctions"]["words"]),
        relative_pronouns=frozenset(data["relative_pronouns"]["words"]),
        report_circumstances=frozenset(data["report_circumstances"]["words"]),
        verification_words=frozenset(data["verification_words"]["words"]),
        term_max_words=int(data["term_max_words"]),
        name_particles=frozenset(data["name_particles"]["words"]),
        not_subjects=frozenset(data["not_subjects"]["words"]),
        adverbs_after_cue=frozenset(data["adverbs_after_cue"]["words"]),
        attribution_pronouns=frozenset(data["attribution_pronouns"]["words"]),
        speech_nouns=frozenset(data["speech_nouns"]["words"]),
        evidence_verbs=frozenset(data["evidence_verbs"]["forms"]),
        evidence_preposition=data["evidence_verbs"]["preposition"],
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
