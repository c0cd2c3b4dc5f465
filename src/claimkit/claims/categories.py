"""A figure's category: casualties, military losses, displacement, population, equipment,
money or other, from the noun it counts and the cues of its sentence (``claims_nl.json``)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from claimkit.claims.counted import is_designation
from claimkit.claims.cues import (
    find_split_phrases,
    is_figure,
    phrase_at,
    previous_sentence,
    sentence_of,
)
from claimkit.claims.lexicon import ClaimLexicon


def category(span: Span, kind: str, counted: Span, lexicon: ClaimLexicon) -> str:
    """The category of a figure whose quantity is of ``kind`` (``data/claims_nl.json``:
    ``counted`` and the cue lists)."""
    noun = counted.text.lower()
    if noun in lexicon.currencies or counted.text in lexicon.currency_signs:
        return "money"
    if span[-1:].text == counted.text and counted.start < span.end:  # a percentage
        return "other"
    if kind == "fraction":  # een vijfde van de bevolking: a share
        return "other"
    meant = lexicon.count_nouns_before.get(noun)
    last_part = noun.rsplit("-", 1)[-1]  # Leopard-tanks
    group = (
        lexicon.group_of(meant or noun)
        or lexicon.group_of(counted[0].lemma_)
        or lexicon.group_of(last_part)
    )
    if group is None and noun in lexicon.partitive_pronouns:
        group = "people"  # "ruim 80.000 van hen kregen tijdelijke bescherming"
    if group is None and is_designation(counted.text):
        group = "equipment"  # F-16's, T-72-tanks
    sentence = _figure_clauses(span, lexicon)
    if (
        group is None
        and noun in lexicon.context_equipment
        and (find_split_phrases(sentence, lexicon.loss_cues) or _military_context(span, lexicon))
    ):
        group = "equipment"  # 30 F-16's … Vier toestellen
    if group in ("people", "population", None) and _deaths_of(span, lexicon):
        return "casualties"  # "de dood van ruim 12.300 burgers"
    if group == "population":  # inhabitants who died or had to leave: what happened decides
        for fate in ("casualties", "displacement"):
            if _fate_told(sentence, fate, lexicon):
                return fate
    if group == "casualties" and _of_an_army(span, sentence, lexicon):
        return "military_losses"  # de Russische verliezen: 100.000 doden en gewonden
    if group in ("casualties", "displacement", "population"):
        return group
    if group in ("military_personnel", "equipment"):
        if not _whole_of_a_part(span) and find_split_phrases(sentence, lexicon.loss_cues):
            return "military_losses"
        return "equipment" if group == "equipment" else "other"
    if group == "people":
        for fate in ("casualties", "displacement", "population"):
            if _fate_told(sentence, fate, lexicon):
                return fate
    return "other"


def _deaths_of(span: Span, lexicon: ClaimLexicon) -> bool:
    """A noun of death and ``van``/``op`` right before the figure (``de lichamen van 400``,
    ``de moord op honderden``)."""
    doc, i = span.doc, span.start
    return (
        i >= 2
        and doc[i - 1].lower_ in lexicon.deaths_of_prepositions
        and doc[i - 2].lower_ in lexicon.deaths_of
    )


def _fate_told(tokens: list[Token], fate: str, lexicon: ClaimLexicon) -> bool:
    """Whether the figure's clauses say that fate happened to the people counted: a cue
    phrase, or a word opening with a cue (``opvanglocaties``)."""
    if find_split_phrases(tokens, lexicon.fate_cues.get(fate, ())):
        return True
    prefixes = lexicon.fate_prefixes.get(fate, ())
    return bool(prefixes) and any(t.lower_.startswith(prefixes) for t in tokens)


def _military_context(span: Span, lexicon: ClaimLexicon) -> bool:
    """Whether the figure's sentence or the one before names soldiers or a type designation
    (``F-16's``); equipment nouns do not tell (``vliegtuigen`` of an airline)."""
    doc = span.doc
    sentence = sentence_of(doc, span.start)
    before = previous_sentence(doc, sentence)
    tokens = [*(before or ()), *sentence]
    return any(
        lexicon.group_of(t.lower_) == "military_personnel" or is_designation(t.text) for t in tokens
    )


def _whole_of_a_part(span: Span) -> bool:
    """``29 van de 31 kruisraketten``: the figure after ``van de`` is the whole, of which the
    part before was lost; the loss is not the whole's."""
    doc, i = span.doc, span.start
    return (
        i >= 3
        and doc[i - 2].lower_ == "van"
        and doc[i - 1].lower_ in ("de", "het")
        and is_figure(doc[i - 3])
    )


def _of_an_army(span: Span, tokens: list[Token], lexicon: ClaimLexicon) -> bool:
    """Whether the dead or wounded of a figure's clauses are an army's: the clauses name an
    army's losses (``de Russische verliezen``), or soldiers with a verb of their dying
    (``gesneuveld``), and no civilians; a part named after the figure (``16 doden, onder wie
    drie soldaten``) does not tell."""
    losses = soldiers = False
    for k, token in enumerate(tokens):
        if token.i >= span.end and phrase_at(tokens, k, lexicon.subset_of_previous):
            break
        word = token.lower_
        group = lexicon.group_of(word) or lexicon.group_of(word.rsplit("-", 1)[-1])
        if group in ("people", "population") or word in lexicon.civilian_casualties:
            return False
        if token.pos_ == "NOUN" and word in lexicon.army_loss_nouns:
            losses = True
        elif group == "military_personnel" and word not in lexicon.not_army_alone:
            soldiers = True
            if any(t.lower_ == "onder" for t in span.doc[max(0, token.i - 3) : token.i]):
                losses = True  # "14 doden onder de militairen"
    # soldiers alone may be the attackers ("een aanval van jihadisten … 20 doden"): only
    # with a verb of soldiers dying are the dead theirs
    return losses or (soldiers and find_split_phrases(tokens, lexicon.military_fates))


def _figure_clauses(span: Span, lexicon: ClaimLexicon) -> list[Token]:
    """The figure's sentence without the clauses of its own that follow a comma and open
    with a conjunction (``…, ook omdat het leger soldaten verloor``), unless the figure is in
    one: the cues that tell a category are looked for there."""
    doc = span.doc
    sentence = sentence_of(doc, span.start)
    tokens = list(sentence)
    keep: list[Token] = []
    inside_other = False
    for k, token in enumerate(tokens):
        if token.text == "," and k + 1 < len(tokens):
            opens = phrase_at(tokens, k + 1, lexicon.clause_openers)
            inside_other = bool(opens) and not (token.i < span.start)
            if opens and token.i < span.start:
                keep = []  # the figure is in the clause that opens here
        if not inside_other:
            keep.append(token)
    return keep
