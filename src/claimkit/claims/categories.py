"""A figure's category: casualties, military losses, displacement, population, equipment,
money or other, from the noun it counts and the cues of its sentence (``claims_nl.json``)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from claimkit.claims.counted import is_designation
from claimkit.claims.cues import find_split_phrases, phrase_at, sentence_of
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
    if group is None and is_designation(counted.text):
        group = "equipment"  # F-16's, T-72-tanks
    sentence = _figure_clauses(span, lexicon)
    if group == "population":  # inhabitants who died or had to leave: what happened decides
        for fate in ("casualties", "displacement"):
            if find_split_phrases(sentence, lexicon.fate_cues.get(fate, ())):
                return fate
    if group in ("casualties", "displacement", "population"):
        return group
    if group in ("military_personnel", "equipment"):
        if find_split_phrases(sentence, lexicon.loss_cues):
            return "military_losses"
        return "equipment" if group == "equipment" else "other"
    if group == "people":
        for fate in ("casualties", "displacement", "population"):
            if find_split_phrases(sentence, lexicon.fate_cues.get(fate, ())):
                return fate
    return "other"


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
