"""Which numbers of a Doc are claims, and what each one counts.

Numbers come from :func:`claimkit.numbers.find_quantities` (never parsed a second way). A
number is no claim when it is a date, time, age, duration, ordinal, frequency, score, label
(``artikel 5``) or a definite reference to a group (``de twee landen``); what is left is a
claim when it counts something: a noun after it (``99.000 troepen``), a percentage or a
currency, or a count noun before it (``het dodental steeg tot 300``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import NamedTuple

from spacy.tokens import Doc, Span, Token

from claimkit.claims.lexicon import ClaimLexicon, Phrase
from claimkit.numbers import Quantity, find_quantities


class Figure(NamedTuple):
    """A number that is a claim: the quantity, its tokens, what it counts, the category."""

    quantity: Quantity
    span: Span
    counted: Span | None
    category: str


class NotClaim(NamedTuple):
    """A number that is no claim, and why (a ``why`` of docs/claims.md)."""

    quantity: Quantity
    span: Span
    why: str


#: The numbers parser's roles, as reasons of docs/claims.md.
_ROLE_WHY = {
    "year": "date",
    "date": "date",
    "time": "time",
    "phone": "name",
    "score": "score",
    "code": "name",
    "duration": "duration",
}
#: Tokens that may stand between a figure and the noun it counts (``99.000 Russische troepen``).
_BETWEEN = frozenset({"ADJ", "NUM"})
_MAX_BETWEEN = 3
_COUNT_NOUN_WINDOW = 8


def words(token: Token) -> tuple[str, str]:
    """A token's lower-case form and lemma."""
    return token.lower_, token.lemma_.lower()


def phrase_at(tokens: Sequence[Token], i: int, phrases: Iterable[Phrase]) -> int:
    """Length of the first phrase that starts at ``tokens[i]`` (forms or lemmas), else 0."""
    for phrase in phrases:
        if i + len(phrase) > len(tokens):
            continue
        if all(w in words(tokens[i + k]) for k, w in enumerate(phrase)):
            return len(phrase)
    return 0


def find_phrases(tokens: Sequence[Token], phrases: Iterable[Phrase]) -> list[tuple[int, int]]:
    """Every (start, end) position in ``tokens`` where one of ``phrases`` is written."""
    phrases = tuple(phrases)
    found = []
    i = 0
    while i < len(tokens):
        n = phrase_at(tokens, i, phrases)
        if n:
            found.append((i, i + n))
            i += n
        else:
            i += 1
    return found


def figures(doc: Doc, lexicon: ClaimLexicon) -> tuple[list[Figure], list[NotClaim]]:
    """The claims' figures of ``doc`` and the numbers that are no claims."""
    claims: list[Figure] = []
    others: list[NotClaim] = []
    for quantity in find_quantities(doc.text):
        span = doc.char_span(quantity.start, quantity.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        why = _not_claim(doc, quantity, span, lexicon)
        if why is None and claims and _restated(doc, claims[-1], span):
            why = "restated"
        if why is not None:
            others.append(NotClaim(quantity, span, why))
            continue
        counted = counted_noun(doc, quantity, span, lexicon)
        if counted is None:
            others.append(NotClaim(quantity, span, "not_a_figure"))
            continue
        claims.append(Figure(quantity, span, counted, category(span, counted, lexicon)))
    return claims, others


def _not_claim(doc: Doc, quantity: Quantity, span: Span, lexicon: ClaimLexicon) -> str | None:
    """Why a number is no claim, or None when it may be one."""
    if quantity.role is not None:
        return _ROLE_WHY.get(quantity.role, "name")
    if quantity.kind == "ordinal":
        return "ordinal"
    after = doc[span.end] if span.end < len(doc) else None
    before = doc[span.start - 1] if span.start > 0 else None
    if after is not None and after.lower_ in lexicon.frequency_words:
        return "frequency"
    if _is_age(doc, span, lexicon):
        return "age"
    if before is not None and before.lower_ in lexicon.not_claim_before and not quantity.modifier:
        return "name"
    if (
        before is not None
        and before.lower_ in lexicon.reference_determiners
        and not quantity.modifier
        and not quantity.percent
        and quantity.value is not None
        and quantity.value <= lexicon.reference_max
        and not span.text[:1].isdigit()
    ):
        return "reference"
    return None


def _is_age(doc: Doc, span: Span, lexicon: ClaimLexicon) -> bool:
    """``23-jarige``, ``60 jaar oud``, ``de man (45)``."""
    text = doc.text
    tail = text[span.end_char : span.end_char + 12].lower()
    if any(tail.startswith(w) or tail.startswith(" " + w) for w in lexicon.age_words):
        return True
    if span.start > 0 and span.end < len(doc):
        before, after = doc[span.start - 1], doc[span.end]
        if before.text == "(" and after.text == ")" and span.text.isdigit():
            value = int(span.text)
            head = doc[span.start - 2] if span.start > 1 else None
            return 0 < value < 120 and head is not None and head.text[:1].isupper()
    return False


def _restated(doc: Doc, previous: Figure, span: Span) -> bool:
    """``50 miljoen dollar (44 miljoen euro)``: an amount restated in brackets is the same."""
    if previous.category != "money" or span.start < 1 or doc[span.start - 1].text != "(":
        return False
    return previous.span.end + 2 >= span.start


def counted_noun(doc: Doc, quantity: Quantity, span: Span, lexicon: ClaimLexicon) -> Span | None:
    """What a figure counts: the percent unit, a currency, the noun after, or a count noun
    before (``het aantal doden steeg tot 300``); None when nothing is counted."""
    if quantity.percent:
        return span[-1:]
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.text in lexicon.currency_signs:
        return doc[span.start - 1 : span.start]
    if span[-1].text in lexicon.currency_signs:
        return span[-1:]
    i = span.end
    skipped = 0
    while i < len(doc) and skipped <= _MAX_BETWEEN:
        token = doc[i]
        if token.lower_ in lexicon.currencies:
            return doc[i : i + 1]
        if token.pos_ in ("NOUN", "PROPN") or lexicon.group_of(token.lower_):
            if token.is_alpha or "'" in token.text or "-" in token.text:
                return doc[i : i + 1]
            return None
        if token.pos_ in _BETWEEN and token.is_alpha:
            i += 1
            skipped += 1
            continue
        break
    return _count_noun_before(doc, span, lexicon)


def _count_noun_before(doc: Doc, span: Span, lexicon: ClaimLexicon) -> Span | None:
    sent_start = span.sent.start
    for i in range(span.start - 1, max(sent_start, span.start - _COUNT_NOUN_WINDOW) - 1, -1):
        token = doc[i]
        if token.is_punct and token.text not in ("'", "’"):
            return None
        if token.lower_ not in lexicon.count_nouns_before:
            continue
        meant = lexicon.count_nouns_before[token.lower_]
        if meant is None:  # het aantal doden: the noun after it
            nxt = doc[i + 1] if i + 1 < span.start else None
            if nxt is not None and nxt.pos_ in ("NOUN", "PROPN") and nxt.is_alpha:
                return doc[i + 1 : i + 2]
            return None
        return doc[i : i + 1]
    return None


def category(span: Span, counted: Span, lexicon: ClaimLexicon) -> str:
    """The category of a figure (``data/claims_nl.json``: ``counted`` and the cue lists)."""
    noun = counted.text.lower()
    if noun in lexicon.currencies or counted.text in lexicon.currency_signs:
        return "money"
    if span[-1:].text == counted.text and counted.start < span.end:  # a percentage
        return "other"
    meant = lexicon.count_nouns_before.get(noun)
    group = lexicon.group_of(meant or noun) or lexicon.group_of(counted[0].lemma_)
    sentence = list(span.sent)
    if group in ("casualties", "displacement", "population"):
        return group
    if group in ("military_personnel", "equipment"):
        if find_phrases(sentence, lexicon.loss_cues):
            return "military_losses"
        return "equipment" if group == "equipment" else "other"
    if group == "people":
        for fate in ("casualties", "displacement", "population"):
            if find_phrases(sentence, lexicon.fate_cues.get(fate, ())):
                return fate
    return "other"
