"""A figure's context in its sentence: whose count it is, the time it covers, the place.

Small functions over the parse, each doing one thing (textacy's ``extract`` style).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from claimkit.claims.cues import find_phrases, is_year, phrase_at, sentence_of
from claimkit.claims.lexicon import ClaimLexicon
from claimkit.quotes.attribution import noun_phrase

_SUBJECT_DEPS = ("nsubj", "nsubj:pass")
_MAX_SCOPE_WORDS = 6


def subject_of(
    doc: Doc, figure: Span, counted: Span | None, lexicon: ClaimLexicon
) -> tuple[int, int] | None:
    """Whose count it is: ``van X`` after the counted noun, else the subject of the verb
    the figure belongs to (through a relative pronoun to its noun: ``de stad, die … telde``)."""
    anchor = counted[0] if counted is not None else figure.root
    for child in anchor.children:
        if child.dep_.startswith("nmod") and any(
            c.lower_ == "van" and c.dep_ == "case" for c in child.children
        ):
            phrase = noun_phrase(doc, child)
            return phrase.start, phrase.end
    token = anchor
    for _ in range(4):
        if token.pos_ in ("VERB", "AUX") or token.head.i == token.i:
            break
        token = token.head
    for child in token.children:
        if child.dep_ not in _SUBJECT_DEPS or child.i in range(figure.start, figure.end):
            continue
        if counted is not None and child.i == counted.start:
            return None
        if child.lower_ in lexicon.relative_pronouns:
            noun = _antecedent(doc, child.i)
            if noun is None:
                return None
            phrase = noun_phrase(doc, noun)
            return phrase.start, min(phrase.end, noun.i + 1)
        if child.pos_ in ("NOUN", "PROPN"):
            phrase = noun_phrase(doc, child)
            if phrase.start < figure.end and figure.start < phrase.end:
                return None  # the figure's own phrase: 300 doden gevallen
            return phrase.start, phrase.end
        return None
    return None


def _antecedent(doc: Doc, relative: int) -> Token | None:
    """The noun a relative pronoun is about: the one right before it (past a comma), as
    Dutch puts it; the parse's attachment is less reliable."""
    for i in range(relative - 1, max(-1, relative - 3), -1):
        if doc[i].pos_ in ("NOUN", "PROPN"):
            return doc[i]
        if not doc[i].is_punct:
            return None
    return None


def scope_of(doc: Doc, figure: Span, lexicon: ClaimLexicon) -> tuple[int, int] | None:
    """The time a figure covers when its sentence says: ``tijdens de oorlog``, ``sinds mei``,
    ``vorig jaar``; the one nearest the figure."""
    sentence = sentence_of(figure.doc, figure.start)
    tokens = list(sentence)
    found: list[tuple[int, int]] = []
    for start, end in find_phrases(tokens, lexicon.scope_phrases):
        found.append((sentence.start + start, sentence.start + end))
    for i in range(len(tokens)):
        n = phrase_at(tokens, i, lexicon.scope_prepositions)
        if not n:
            continue
        start = sentence.start + i
        end = start + n
        limit = min(sentence.end, end + _MAX_SCOPE_WORDS)
        while (
            end < limit
            and not doc[end].is_punct
            and doc[end].pos_ in ("DET", "ADJ", "NOUN", "PROPN", "NUM")
        ):
            end += 1
            if doc[end - 1].pos_ in ("NOUN", "PROPN") and (
                end >= limit or doc[end].pos_ not in ("NOUN", "PROPN", "ADP")
            ):
                break
        if end > start + n and doc[end - 1].pos_ in ("NOUN", "PROPN", "NUM"):
            found.append((start, end))
    for i, token in enumerate(tokens[:-1]):  # in 2022, sinds maart
        nxt = tokens[i + 1]
        year = nxt.text.isdigit() and len(nxt.text) == 4 and is_year(int(nxt.text))
        if token.lower_ in lexicon.year_prepositions and (year or nxt.lower_ in lexicon.months):
            found.append((sentence.start + i, sentence.start + i + 2))
    found = [f for f in found if f[1] <= figure.start or f[0] >= figure.end]
    if not found:
        return None
    return min(found, key=lambda f: min(abs(f[0] - figure.end), abs(figure.start - f[1])))


def place_of(figure: Span, places: list[Span]) -> Span | None:
    """The linked place of the figure's sentence nearest to the figure."""
    sentence = sentence_of(figure.doc, figure.start)
    inside = [p for p in places if sentence.start <= p.start and p.end <= sentence.end and p.kb_id_]
    if not inside:
        return None
    return min(inside, key=lambda p: min(abs(p.start - figure.end), abs(figure.start - p.end)))
