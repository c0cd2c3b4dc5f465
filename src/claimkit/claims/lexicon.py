"""The cue lexicon of the claims component, ``data/claims_nl.json``, loaded once."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import Any

from claimkit.resources import load_json

Phrase = tuple[str, ...]
_COMPOUND_TAIL = 6  # a source noun this long may end a compound: gezondheidsautoriteiten


def _words(items: list[str]) -> frozenset[str]:
    return frozenset(w.lower() for w in items)


class Phrases:
    """Cue phrases as word tuples, longest first, indexed by their first word."""

    __slots__ = ("by_first", "phrases")

    def __init__(self, items: list[str]) -> None:
        phrases = {tuple(item.lower().split()) for item in items}
        self.phrases: tuple[Phrase, ...] = tuple(sorted(phrases, key=len, reverse=True))
        self.by_first: dict[str, tuple[Phrase, ...]] = {}
        for phrase in self.phrases:
            self.by_first[phrase[0]] = (*self.by_first.get(phrase[0], ()), phrase)

    def __iter__(self):
        return iter(self.phrases)

    def starting(self, forms: tuple[str, str]) -> tuple[Phrase, ...]:
        """The phrases whose first word is a token's form or lemma (``forms``)."""
        first = self.by_first.get(forms[0], ())
        if forms[1] != forms[0]:
            first += self.by_first.get(forms[1], ())
        return first


@dataclass(frozen=True)
class ClaimLexicon:
    """Everything the claims component looks up, compiled from the data file."""

    counted: dict[str, frozenset[str]]  # category or noun group -> nouns
    currencies: frozenset[str]
    units: frozenset[str]
    partitive: frozenset[str]
    amount_prepositions: frozenset[str]
    amount_scale_words: frozenset[str]
    subset_of_previous: Phrases
    part_of_whole: tuple[str, ...]
    not_figure_before: frozenset[str]
    hundred_percent_idioms: frozenset[str]
    percent_words: frozenset[str]
    accented_one: frozenset[str]  # één written with its accent: a stressed one
    decade_before: frozenset[str]
    weekdays: frozenset[str]
    person_nouns: frozenset[str]
    function_words: frozenset[str]
    modifiers_before_noun: frozenset[str]
    currency_signs: frozenset[str]
    fate_cues: dict[str, Phrases]
    deaths_of: frozenset[str]
    deaths_of_prepositions: frozenset[str]
    technology_suffixes: frozenset[str]
    fate_prefixes: dict[str, tuple[str, ...]]
    loss_cues: Phrases
    context_equipment: frozenset[str]  # "toestellen": equipment only among military words
    army_loss_nouns: frozenset[str]  # "de Russische verliezen": the dead are an army's
    military_fates: Phrases  # "hoeveel militairen er zijn gesneuveld"
    civilian_casualties: frozenset[str]
    not_army_alone: frozenset[str]
    count_nouns_before: dict[str, str | None]
    anaphor_words: frozenset[str]  # "dit aantal": the count the sentence before names
    change_ends: frozenset[str]  # "van 33 naar 13": the words that end a change
    elliptic_words: frozenset[str]  # "er staan er tachtig": a figure whose noun is left out
    elliptic_sentences: int
    not_claim_before: frozenset[str]
    idioms: frozenset[str]  # "twee maten": a number word in an idiom
    compound_modifiers: tuple[str, ...]  # "24-delig": a number glued into a word
    partitive_pronouns: frozenset[str]  # "Twee van hen": what the figure counts
    possessive_partitives: frozenset[str]  # "drie van hun kinderen": the noun is counted
    chart_preposition: str
    chart_verbs: frozenset[str]  # "op 1 staan": a place in a chart
    chart_nouns: Phrases  # "de single kwam binnen op 3": a sentence about a chart
    frequency_words: frozenset[str]
    age_words: frozenset[str]
    age_comparatives: frozenset[str]
    reference_determiners: frozenset[str]
    reference_max: int
    claim_verbs: Phrases
    reflexive_words: frozenset[str]  # "meldden zich": a claim verb used as another verb
    actor_only_verbs: frozenset[str]
    actor_nouns: frozenset[str]
    seats_of_government: frozenset[str]
    source_prepositions: frozenset[str]
    source_nouns: frozenset[str]
    continuation: frozenset[str]
    clause_openers: Phrases
    report_negations: frozenset[str]
    verify_verbs: Phrases
    negations: Phrases
    negation_window: int
    denials_after_noun: frozenset[str]  # bevestiging ontbreekt
    unverified_words: frozenset[str]
    hedges: Phrases
    not_hedges: Phrases
    attributive_hedges: frozenset[str]
    attributive_hedge_after: frozenset[str]
    as_possible: str
    hedge_modals: frozenset[str]
    hedge_infinitives: frozenset[str]
    hedge_subordinators: frozenset[str]
    disputes: Phrases
    confirmations: Phrases
    anaphors: Phrases
    plural_anaphors: Phrases
    access_phrases: Phrases
    agreement_verbs: frozenset[str]
    agreement_negations: frozenset[str]
    agreement_window: int
    flag_categories: frozenset[str]
    flag_statuses: frozenset[str]
    scope_prepositions: Phrases
    scope_phrases: Phrases
    year_prepositions: frozenset[str]
    year_before_verb: frozenset[str]
    year_adpositions_after: frozenset[str]
    months: frozenset[str]
    relative_pronouns: frozenset[str]
    groups: dict[str, str] = field(default_factory=dict)  # noun -> its first group in counted
    source_noun_tails: tuple[str, ...] = ()  # source nouns long enough to end a compound

    def __post_init__(self) -> None:
        for group, nouns in reversed(self.counted.items()):
            self.groups.update(dict.fromkeys(nouns, group))
        long = tuple(n for n in self.source_nouns if len(n) >= _COMPOUND_TAIL)
        object.__setattr__(self, "source_noun_tails", long)

    def group_of(self, noun: str) -> str | None:
        """The noun group (a category, ``people`` or ``military_personnel``) of a counted noun,
        also of a compound ending in a listed noun of six letters or more (``machinegeweren``:
        ``geweren``)."""
        noun = noun.lower()
        group = self.groups.get(noun)
        if group is not None or len(noun) < 9:
            return group
        for k in range(3, len(noun) - 5):
            group = self.groups.get(noun[k:])
            if group is not None:
                return group
        return None

    def is_source_noun(self, word: str) -> bool:
        """A source noun, also at the end of a compound (``gezondheidsautoriteiten``)."""
        return word in self.source_nouns or word.endswith(self.source_noun_tails)


@cache
def claim_lexicon() -> ClaimLexicon:
    """Load ``claims_nl.json`` once."""
    d: dict[str, Any] = load_json("claims_nl.json")
    status = d["status"]
    verbs = d["claim_verbs"]
    return ClaimLexicon(
        counted={k: _words(v) for k, v in d["counted"].items() if isinstance(v, list)},
        currencies=_words(d["currencies"]),
        units=_words(d["units"]),
        partitive=_words(d["partitive"]),
        amount_prepositions=_words(d["amount_of"]["prepositions"]),
        amount_scale_words=_words(d["amount_of"]["scale_words"]),
        subset_of_previous=Phrases(d["subset_of_previous"]["phrases"]),
        part_of_whole=tuple(d["part_of_whole"]["joiners"]),
        not_figure_before=_words(d["not_figure_before"]),
        hundred_percent_idioms=_words(d["hundred_percent_idioms"]["words"]),
        percent_words=_words(load_json("numbers_nl.json")["percent_units"]),
        accented_one=_words(load_json("numbers_nl.json")["accented_one"]),
        decade_before=_words(d["decade_before"]),
        weekdays=_words(d["weekdays"]["words"]),
        person_nouns=_words(d["person_nouns"]),
        function_words=_words(load_json("function_words.json")["languages"]["nl"]),
        modifiers_before_noun=_words(d["modifiers_before_noun"]["words"]),
        currency_signs=frozenset(d["currency_signs"]),
        fate_cues={k: Phrases(v) for k, v in d["fate_cues"].items() if isinstance(v, list)},
        deaths_of=_words(d["deaths_of"]["words"]),
        deaths_of_prepositions=_words(d["deaths_of"]["prepositions"]),
        technology_suffixes=frozenset(d["technology_suffixes"]["letters"]),
        fate_prefixes={
            k: tuple(w.lower() for w in v)
            for k, v in d["fate_cues"]["prefixes"].items()
            if isinstance(v, list)
        },
        loss_cues=Phrases(d["loss_cues"]),
        context_equipment=_words(d["context_equipment"]["words"]),
        army_loss_nouns=_words(d["army_casualties"]["loss_nouns"]),
        military_fates=Phrases(d["army_casualties"]["military_fates"]),
        civilian_casualties=_words(d["army_casualties"]["civilian_nouns"]),
        not_army_alone=_words(d["army_casualties"]["not_alone"]),
        count_nouns_before={k.lower(): v for k, v in d["count_nouns_before"]["words"].items()},
        anaphor_words=frozenset(d["count_nouns_before"]["anaphors"]),
        change_ends=frozenset(d["count_nouns_before"]["change_ends"]),
        elliptic_words=_words(d["elliptic_count"]["words"]),
        elliptic_sentences=int(d["elliptic_count"]["sentences"]),
        not_claim_before=_words(d["not_claim_before"]["words"]),
        idioms=_words(d["idioms"]["words"]),
        compound_modifiers=tuple(d["compound_modifiers"]["words"]),
        partitive_pronouns=_words(d["partitive_pronouns"]["words"]),
        possessive_partitives=_words(d["partitive_pronouns"]["possessives"]),
        chart_preposition=d["chart_position"]["preposition"],
        chart_verbs=_words(d["chart_position"]["verbs"]),
        chart_nouns=Phrases(d["chart_position"]["chart_nouns"]),
        frequency_words=_words(d["frequency_words"]),
        age_words=_words(d["age_words"]),
        age_comparatives=_words(d["age_comparatives"]["words"]),
        reference_determiners=_words(d["reference_determiners"]),
        reference_max=int(d["reference_max"]),
        claim_verbs=Phrases(verbs["words"]),
        actor_only_verbs=_words(verbs["actor_only"]),
        actor_nouns=_words(verbs["actor_nouns"]),
        seats_of_government=_words(verbs["seats_of_government"]["words"]),
        reflexive_words=_words(verbs["reflexive"]),
        source_prepositions=_words(d["source_prepositions"]),
        source_nouns=_words(d["source_nouns"]["words"]),
        continuation=_words(d["continuation_words"]["words"]),
        clause_openers=Phrases(d["clause_openers"]["words"]),
        report_negations=_words(d["report_negations"]["words"]),
        verify_verbs=Phrases(status["verify_verbs"]),
        negations=Phrases(status["negations"]),
        negation_window=int(status["negation_window"]),
        denials_after_noun=_words(status["denials_after_noun"]),
        unverified_words=_words(status["unverified_words"]),
        hedges=Phrases(status["hedges"]),
        not_hedges=Phrases(status["not_hedges"]),
        attributive_hedges=_words(status["attributive_hedges"]["words"]),
        attributive_hedge_after=_words(status["attributive_hedges"]["after"]),
        as_possible=status["attributive_hedges"]["as_possible"],
        hedge_modals=_words(status["hedge_modal"]["modals"]),
        hedge_infinitives=_words(status["hedge_modal"]["infinitives"]),
        hedge_subordinators=_words(status["hedge_modal"]["subordinators"]),
        disputes=Phrases(status["disputes"]),
        confirmations=Phrases(status["confirmations"]),
        anaphors=Phrases(status["anaphors"]),
        plural_anaphors=Phrases(status["plural_anaphors"]["phrases"]),
        access_phrases=Phrases(status["access_phrases"]["phrases"]),
        agreement_verbs=_words(status["negated_agreements"]["verbs"]),
        agreement_negations=_words(status["negated_agreements"]["negations"]),
        agreement_window=int(status["negated_agreements"]["window"]),
        flag_categories=_words(d["flag_categories"]),
        flag_statuses=_words(d["flag_statuses"]),
        scope_prepositions=Phrases(d["scope"]["prepositions"]),
        scope_phrases=Phrases(d["scope"]["phrases"]),
        year_prepositions=_words(d["scope"]["year_prepositions"]),
        year_before_verb=_words(d["scope"]["year_before_verb"]["prepositions"]),
        year_adpositions_after=_words(d["scope"]["year_before_verb"]["adpositions_after"]),
        months=_words(load_json("numbers_nl.json")["months"]),
        relative_pronouns=_words(d["relative_pronouns"]["words"]),
    )
