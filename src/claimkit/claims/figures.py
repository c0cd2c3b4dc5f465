"""Which numbers of a Doc are claims (what each counts: :mod:`claimkit.claims.counted`; its
category: :mod:`claimkit.claims.categories`).

Numbers come from :func:`claimkit.numbers.find_quantities` (never parsed a second way). A
number is no claim when it is a date, time, age, duration, ordinal, frequency, score, label
(``artikel 5``) or a definite reference to a group (``de twee landen``); what is left is a
claim when it counts something: a noun after it (``99.000 troepen``), a percentage or a
currency, or a count noun before it (``het dodental steeg tot 300``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import NamedTuple

from spacy.tokens import Doc, Span, Token

from claimkit.claims.categories import category
from claimkit.claims.counted import counted_noun, predicate_after_quantitative_er
from claimkit.claims.cues import (
    after_subset_words,
    find_phrases,
    is_figure,
    is_year,
    phrase_at,
    previous_sentence,
    sentence_of,
)
from claimkit.claims.lexicon import ClaimLexicon
from claimkit.numbers import Quantity, find_quantities, might_contain_quantity, parse_quantity
from claimkit.spans import PLACES_KEY
from claimkit.words import closes_quotation, has_feature, starts_sentence


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
_MAX_BETWEEN = 3  # words between figures that share a noun: zeven of (zelfs) acht zetels


def figures(
    doc: Doc,
    lexicon: ClaimLexicon,
    text: str | None = None,
    titles: Sequence[tuple[int, int]] = (),
) -> tuple[list[Figure], list[NotClaim]]:
    """The claims' figures of ``doc`` and the numbers that are no claims (``text``: the
    Doc's text, when the caller has it; ``titles``: character ranges of quoted titles and
    names, whose numbers are part of the name)."""
    claims: list[Figure] = []
    others: list[NotClaim] = []
    pending: list[tuple[Quantity, Span]] = []  # no counted noun of their own (yet)
    text = doc.text if text is None else text
    if not might_contain_quantity(text):
        return claims, others
    quantities = _quantities(text, lexicon)
    for quantity in quantities:
        span = doc.char_span(quantity.start, quantity.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        why = _not_claim(doc, text, quantity, span, lexicon)
        if why is None and any(s <= quantity.start and quantity.end <= e for s, e in titles):
            why = "name"  # "de reportage 'Naar een ecoleven in zes avonden'"
        if why is None and _restated(doc, claims, pending, span, lexicon):
            why = "restated"
        if why is not None:
            others.append(NotClaim(quantity, span, why))
            continue
        counted = counted_noun(doc, quantity, span, lexicon)
        if counted is None:
            pending.append((quantity, span))
            continue
        if _emphatic_one(doc, quantity, span, counted, quantities, lexicon):
            others.append(NotClaim(quantity, span, "not_a_figure"))
            continue
        kind = quantity.kind
        claims.append(Figure(quantity, span, counted, category(span, kind, counted, lexicon)))
    for quantity, span in pending:
        if _age_after_van(doc, quantity, span, lexicon):
            others.append(NotClaim(quantity, span, "age"))
            continue
        shared = _shared_count(doc, span, claims, lexicon)
        if shared is None and _after_quantitative_er(
            doc, span, sentence_of(doc, span.start), lexicon
        ):
            # "Tegen volgend jaar worden dat er minstens honderd": a count of something the
            # text named before, though no figure before says what
            claims.append(Figure(quantity, span, None, "other"))
        elif shared is None:
            others.append(NotClaim(quantity, span, "not_a_figure"))
        else:
            # what its own clauses say happened decides (``… 273 drones … werden er 88
            # neergeschoten``: a loss of the equipment counted before)
            own = (
                category(span, quantity.kind, shared.counted, lexicon)
                if shared.counted is not None
                else shared.category
            )
            if own == "other" or shared.category == "money":
                own = shared.category
            claims.append(Figure(quantity, span, shared.counted, own))
    claims.sort(key=lambda f: f.quantity.start)
    return _subsets_take_the_category(doc, claims, lexicon), others


_SUBSET_CATEGORIES = frozenset({"casualties", "displacement", "military_losses"})
_CATEGORIES_A_SUBSET_OVERRIDES = frozenset({"other", "population", "military_losses"})


def _subsets_take_the_category(
    doc: Doc, claims: list[Figure], lexicon: ClaimLexicon
) -> list[Figure]:
    """``zeker 23 doden, onder wie drie kinderen``: a figure of other things right after a
    word of ``subset_of_previous`` counts part of the figure before it in the sentence, and
    takes its category."""
    kept: list[Figure] = []
    for figure in claims:
        previous = kept[-1] if kept else None
        if (
            previous is not None
            and figure.category == "other"
            and figure.counted is not None
            and figure.counted.text.lower() in lexicon.partitive_pronouns
            and previous.category in _SUBSET_CATEGORIES
            and _within_sentences(doc, previous.span.start, figure.span.start, 2)
        ):
            # "20.000 kinderen gedeporteerd … Slechts zo'n 400 van hen zijn teruggekeerd"
            figure = figure._replace(category=previous.category)
        if (
            previous is not None
            and figure.category in _CATEGORIES_A_SUBSET_OVERRIDES  # "van wie 500 kinderen"
            and previous.category in _SUBSET_CATEGORIES
            and sentence_of(doc, previous.span.start).start
            == sentence_of(doc, figure.span.start).start
            and after_subset_words(doc, figure.span.start, lexicon)
        ):
            figure = figure._replace(category=previous.category)
        kept.append(figure)
    return kept


def _within_sentences(doc: Doc, first: int, second: int, sentences: int) -> bool:
    """Whether token ``second`` stands in token ``first``'s sentence or one of the
    ``sentences`` after it."""
    sentence: Span | None = sentence_of(doc, second)
    for _ in range(sentences + 1):
        if sentence is None:
            return False
        if sentence.start <= first:
            return True
        sentence = previous_sentence(doc, sentence)
    return False


def _quantities(text: str, lexicon: ClaimLexicon) -> list[Quantity]:
    """The numbers of ``text``; a part of a whole (``8 van de 81 provincies``, ``drie van de
    tien gijzelaars``) is two figures."""
    found = []
    for quantity in find_quantities(text):
        split = _part_and_whole(quantity, lexicon) if quantity.kind == "fraction" else None
        found.extend(split or [quantity])
    return found


def _part_and_whole(quantity: Quantity, lexicon: ClaimLexicon) -> list[Quantity] | None:
    for joiner in lexicon.part_of_whole:
        parts = quantity.text.split(f" {joiner} ")
        if len(parts) != 2:
            continue
        first, second = parse_quantity(parts[0]), parse_quantity(parts[1])
        if first is None or second is None:
            return None
        offset = quantity.start + len(parts[0]) + len(joiner) + 2
        return [_moved(first, quantity.start), _moved(second, offset)]
    return None


def _moved(quantity: Quantity, offset: int) -> Quantity:
    return replace(quantity, start=quantity.start + offset, end=quantity.end + offset)


def _age_after_van(doc: Doc, quantity: Quantity, span: Span, lexicon: ClaimLexicon) -> bool:
    """``twee meisjes van 17``, ``twee jongetjes, van drie en vier``: a person's age."""
    value = quantity.value
    if value is None or quantity.modifier or not 0 < value <= 110 or value != int(value):
        return False
    k = span.start - 1
    while k >= 0 and (doc[k].pos_ == "CCONJ" or doc[k].text == "," or is_figure(doc[k])):
        k -= 1  # "van drie en vier", "van 21, 42, en 45"
    if k < 1 or doc[k].lower_ != "van":
        return False
    window = doc[max(0, k - 3) : k]
    return any(
        lexicon.group_of(t.lower_) == "people" or t.lower_ in lexicon.person_nouns for t in window
    )


def _answered_count(
    doc: Doc, span: Span, claims: list[Figure], lexicon: ClaimLexicon
) -> Figure | None:
    """``Kyiv meldt 300 doden. Moskou spreekt van 30.``: a figure that ends the sentence right
    after a claim verb counts what the last figure of the sentence before counts."""
    after = doc[span.end] if span.end < len(doc) else None
    if span.start < 2 or (after is not None and not after.is_punct):
        return None
    window = list(doc[span.start - 2 : span.start])
    if not any(phrase_at(window, i, lexicon.claim_verbs) for i in range(len(window))):
        return None
    before = previous_sentence(doc, sentence_of(doc, span.start))
    found = [f for f in claims if before is not None and before.start <= f.span.start < before.end]
    return found[-1] if found else None


def _shared_count(
    doc: Doc, span: Span, claims: list[Figure], lexicon: ClaimLexicon
) -> Figure | None:
    """A figure without a noun of its own that shares one with a figure of its sentence:
    ``zeven of acht zetels`` (the next one, across a coordinator), ``van 16 miljoen euro op
    3,6 miljard,`` or ``CHP (30,2)`` (an earlier one, when nothing follows the figure)."""
    sentence = sentence_of(doc, span.start)
    after = doc[span.end] if span.end < len(doc) else None
    for figure in claims:
        if not sentence.start <= figure.span.start < sentence.end or figure.span.start <= span.end:
            continue
        between = doc[span.end : figure.span.start]
        if len(between) <= _MAX_BETWEEN and all(
            t.pos_ in ("CCONJ", "ADV", "ADP", "NUM") or t.text in "()" for t in between
        ):
            return figure
        break
    earlier = [f for f in claims if sentence.start <= f.span.start and f.span.end <= span.start]
    if not earlier:
        return _answered_count(doc, span, claims, lexicon) or _elliptic_count(
            doc, span, sentence, claims, lexicon
        )
    previous = earlier[-1]
    if _a_year(span):
        return None  # tegen 2003: a year, not a figure left without its noun
    # ``voor Sint Maarten 18 miljoen was``: an amount or a share goes on before a verb, too
    unit = previous.category == "money" or previous.quantity.percent
    elliptic = (
        after is None
        or after.is_punct
        or after.pos_ in ("ADP", "CCONJ")
        or (unit and after.pos_ in ("AUX", "VERB"))
        or predicate_after_quantitative_er(doc, span, span.end, lexicon)
        or _coordinated_outcome(doc, span, previous, lexicon)
    )
    return previous if elliptic else None


def _coordinated_outcome(doc: Doc, span: Span, previous: Figure, lexicon: ClaimLexicon) -> bool:
    """``twee mensen omgekomen en negen gewond geraakt``, ``zes toestellen vernietigd en acht
    andere beschadigd``: a figure after ``en``/``of`` with a participle or adjective of its own
    and no noun counts what the figure before it counts."""
    if previous.counted is None or span.start == 0 or doc[span.start - 1].pos_ != "CCONJ":
        return False
    k = span.end
    if k < len(doc) and doc[k].lower_ in lexicon.modifiers_before_noun:
        k += 1  # "acht andere beschadigd"
    if k >= len(doc):
        return False
    token = doc[k]
    outcome = token.pos_ == "ADJ" or (
        token.pos_ == "VERB" and has_feature(token, "VerbForm", "Part")
    )
    nxt = doc[k + 1] if k + 1 < len(doc) else None
    return outcome and (nxt is None or nxt.is_punct or nxt.pos_ in ("AUX", "VERB", "CCONJ"))


def _a_year(span: Span) -> bool:
    """Four digits that may be a year, after a bound word or not (``tegen 2003``, ``tot
    1963``)."""
    last = span[-1].text if len(span) else ""
    return last.isdigit() and len(last) == 4 and is_year(int(last))


def _after_quantitative_er(doc: Doc, span: Span, sentence: Span, lexicon: ClaimLexicon) -> bool:
    """Whether a figure stands after a quantitative ``er`` in its clause (``worden dat er
    minstens honderd``), with nothing nominal after it: it counts something named before."""
    after = doc[span.end] if span.end < len(doc) else None
    if (
        after is not None
        and not (after.is_punct or after.pos_ in ("ADP", "ADV", "CCONJ"))
        and not predicate_after_quantitative_er(doc, span, span.end, lexicon)
    ):
        return False
    if _a_year(span):
        return False  # "dat er in heel 2018 maar één was": a year
    start = span.start
    while start > sentence.start and not doc[start - 1].is_punct and doc[start].pos_ != "SCONJ":
        start -= 1  # back to the start of the figure's clause ("kwam er | nadat …")
    return any(t.lower_ in lexicon.elliptic_words for t in doc[start : span.start])


def _elliptic_count(
    doc: Doc, span: Span, sentence: Span, claims: list[Figure], lexicon: ClaimLexicon
) -> Figure | None:
    """``… 200 bouwplaatsen. Nu staan er tachtig in ons land``: a figure after a quantitative
    ``er`` in its clause, with nothing nominal after it, counts what the last figure of the
    sentences before counts."""
    if not _after_quantitative_er(doc, span, sentence, lexicon):
        return None
    first = sentence
    for _ in range(lexicon.elliptic_sentences):
        before = previous_sentence(doc, first)
        if before is None:
            break
        first = before
    found = [f for f in claims if first.start <= f.span.start and f.span.end <= sentence.start]
    return found[-1] if found else None


def _not_claim(
    doc: Doc, text: str, quantity: Quantity, span: Span, lexicon: ClaimLexicon
) -> str | None:
    """Why a number is no claim, or None when it may be one."""
    if quantity.role is not None:
        return _ROLE_WHY.get(quantity.role, "name")
    if quantity.kind == "ordinal":
        return "ordinal"
    after = doc[span.end] if span.end < len(doc) else None
    before = doc[span.start - 1] if span.start > 0 else None
    if after is not None and after.lower_ in lexicon.frequency_words:
        return "frequency"
    if _is_age(doc, text, quantity, span, lexicon):
        return "age"
    if before is not None and before.lower_ in lexicon.not_figure_before:
        return "not_a_figure"
    if quantity.kind == "fraction" and before is not None and _is_ordinal(before.text):
        return "date"  # "in de eerste helft van dit jaar": a part of a period
    if (
        before is not None
        and before.lower_ in lexicon.weekdays
        and not (quantity.modifier or quantity.percent)
        and quantity.value in range(1, 32)
        # a day is written in digits; in words only before its month ("zondag drie mensen")
        and (
            (span.text.isdigit() and not _counts_a_noun(after, lexicon))  # "zondag 3 mensen"
            or (after is not None and after.lower_ in lexicon.months)
        )
    ):
        return "date"  # zaterdag 21 (en zondag 22 september); not "zondag ongeveer 30 procent"
    if before is not None and before.lower_ in lexicon.decade_before and not quantity.modifier:
        return "date"  # de jaren tachtig
    if _in_a_name(doc, quantity, span) or _postcode(doc, quantity, span):
        return "name"
    if _technology(quantity, before, after, lexicon):
        return "name"  # "overgaan op 5G", "4K-televisies"
    if _list_number(doc, quantity, span):
        return "heading"  # "… accepteren.'' 4 Zussen getuigen uit eigenbelang"
    if _year_heading(doc, quantity, span):
        return "date"  # "2009 Gogo's. Supermarktketen C1000 kwam …"
    if _year_before_a_verb(quantity, span, before, after, lexicon):
        return "date"  # "tegen 2029 optrekken", "sinds 2014 zijn er …"
    if _rank_position(doc, text, quantity, span):
        return "rank"  # "(166,7 km): 1. Matthews, 2. Sagan", "24.Amira"
    if _chart_position(doc, quantity, span, lexicon):
        return "rank"  # "Totdat je ineens op 1 staat"
    if after is not None and f"{span.text.lower()} {after.lower_}" in lexicon.idioms:
        return "not_a_figure"  # "met twee maten meten"
    if text[quantity.end : quantity.end + 1] == "-" and text[quantity.end + 1 :].lower().startswith(
        lexicon.compound_modifiers
    ):
        return "not_a_figure"  # "een 24-delig servies", "een 5-sterrenhotel"
    if _listed_after(doc, span, lexicon.not_claim_before):
        return "name"  # "nummer 1, 2 of 3": every number of the list
    unit_after = after is not None and (
        after.lower_ in lexicon.currencies or after.lower_ in lexicon.units
    )
    if (
        quantity.kind == "range"
        and is_year(quantity.low)
        and is_year(quantity.high)
        and not (unit_after or quantity.percent)
    ):
        return "date"  # van 1972 tot 1980
    if quantity.value == 1 and after is not None and after.lower_ in lexicon.partitive:
        nxt = doc[span.end + 1] if span.end + 1 < len(doc) else None
        if nxt is not None and nxt.pos_ == "PRON":
            return "not_a_figure"  # één van hen
    idiom = after is not None and after.lower_ in lexicon.hundred_percent_idioms
    if quantity.percent and quantity.value == 100 and idiom:
        return "not_a_figure"  # honderd procent gelijk, 100 procent zeker
    if (
        before is not None
        and before.lower_ in lexicon.not_claim_before
        and not quantity.modifier
        and (
            (after is not None and after.lower_ in lexicon.partitive)
            or counted_noun(doc, quantity, span, lexicon) is None
        )
    ):
        return "name"  # artikel 5 (van het verdrag); but: de afgelopen week 1.200 soldaten
    if (
        before is not None
        and before.lower_ in lexicon.reference_determiners
        and before.pos_ in ("DET", "PRON")  # zijn elf mensen omgekomen: a verb
        and "PronType=Rel" not in str(before.morph)  # een aanval die drie burgers doodde
        and (
            before.pos_ == "DET" or before.dep_.startswith("det") or "Poss=Yes" in str(before.morph)
        )
        and not quantity.modifier
        and not quantity.percent
        and quantity.value is not None
        and quantity.value <= lexicon.reference_max
        and not span.text[:1].isdigit()
    ):
        return "reference"
    return None


def _technology(
    quantity: Quantity, before: Token | None, after: Token | None, lexicon: ClaimLexicon
) -> bool:
    """Digits glued to a capital of ``technology_suffixes`` (``5G``; ``4K`` with no noun after
    it), no currency by."""
    text = quantity.text
    if len(text) < 2 or text[-1] not in lexicon.technology_suffixes or not text[:-1].isdigit():
        return False
    money = (before is not None and before.text in lexicon.currency_signs) or (
        after is not None and after.lower_ in lexicon.currencies
    )
    if money:
        return False
    # "5K apparaten" may be five thousand of them; a G is a generation ("5G") whatever follows
    return text[-1] == "G" or after is None or after.pos_ not in ("NOUN", "PROPN")


def _in_a_name(doc: Doc, quantity: Quantity, span: Span) -> bool:
    """``Boeing 737 Max``, ``Elhiblu 1``, ``Radio 1``: digits after a capitalised word inside
    a sentence, with no lower-case noun after them."""
    if quantity.modifier or not span.text.isdigit() or span.start < 2:
        return False
    before = doc[span.start - 1]
    if not (before.text[:1].isupper() and before.is_alpha) or doc[span.start - 2].is_punct:
        return False
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.pos_ == "ADJ" and span.end + 1 < len(doc):
        noun = doc[span.end + 1]
        if noun.is_lower and noun.pos_ == "NOUN":
            return False  # "in Sebastopol 34 Russische officieren": a count
    return after is None or not after.is_lower or after.is_punct


_COUNTED_GROUPS = frozenset(
    {"casualties", "displacement", "population", "military_personnel", "equipment", "people"}
)


def _emphatic_one(
    doc: Doc,
    quantity: Quantity,
    span: Span,
    counted: Span,
    quantities: list[Quantity],
    lexicon: ClaimLexicon,
) -> bool:
    """``één`` alone before a noun that stresses there is just one (``maar één wondje``,
    ``één simpele vraag``, ``op één hand te tellen``): no figure, unless the sentence counts
    other things too (``twee Bell Rangers en één Agusta``) or it counts people or arms."""
    if span.text.lower() not in lexicon.accented_one or quantity.modifier:
        return False
    if quantity.kind != "cardinal":
        return False
    noun = counted[-1]
    if (
        lexicon.group_of(noun.text) in _COUNTED_GROUPS
        or lexicon.group_of(noun.lemma_) in _COUNTED_GROUPS
        or noun.lower_ in lexicon.person_nouns  # één kind, één soldaat
    ):
        return False
    sentence = sentence_of(doc, span.start)
    return not any(
        other is not quantity
        and other.role is None
        and sentence.start_char <= other.start < sentence.end_char
        for other in quantities
    )


def _postcode(doc: Doc, quantity: Quantity, span: Span) -> bool:
    """Four digits right before a place the places component linked, after a comma or at a
    line's start (``Minnemeers 8, 9000 Gent``, ``2000 Antwerpen``): a postal code."""
    if quantity.modifier or len(span.text) != 4 or not span.text.isdigit():
        return False
    before = doc[span.start - 1] if span.start else None
    if before is not None and not (before.text == "," or before.is_space):
        return False
    return any(place.start == span.end for place in doc.spans.get(PLACES_KEY, ()))


def _rank_position(doc: Doc, text: str, quantity: Quantity, span: Span) -> bool:
    """A place in a ranking or a list: a small number in digits with a full stop glued to it
    and a name after (``1. Matthews``), after a colon, a comma or a line's start, or with the
    name glued on too (``24.Amira``); not a figure ending its sentence (``kost 5. Dat …``)."""
    # (the number's own text: the tokenizer may leave "24.Amira" or "25." one token)
    if quantity.modifier or not quantity.text.isdecimal() or int(quantity.text) > _MAX_RANK:
        return False
    end = quantity.end
    if text[end : end + 1] != ".":
        return False
    rest = text[end + 1 : end + 3]
    glued = rest[:1].isalpha() and rest[:1].isupper()
    spaced = rest[:1] == " " and rest[1:2].isupper()
    if not (glued or spaced):
        return False
    before = text[: quantity.start].rstrip(" ")
    return glued or not before or before[-1] in ":,;\n(–-"


_MAX_RANK = 200


_MAX_CHART_PLACE = 200


def _chart_position(doc: Doc, quantity: Quantity, span: Span, lexicon: ClaimLexicon) -> bool:
    """``op 1 staan``, ``kwam binnen op 3``: a bare small number after ``op`` that a chart
    verb follows, or that ends a clause with one in a sentence naming a chart
    (``chart_position``: its verbs and nouns); not a running count (``staat op 45``)."""
    if quantity.modifier or quantity.percent or not quantity.text.isdecimal():
        return False
    if int(quantity.text) > _MAX_CHART_PLACE or span.start == 0:
        return False
    if doc[span.start - 1].lower_ != lexicon.chart_preposition:
        return False
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and _chart_verb(after, lexicon):
        return True
    if after is not None and not after.is_punct:
        return False
    sentence = sentence_of(doc, span.start)
    before = doc[sentence.start : span.start]
    return any(_chart_verb(t, lexicon) for t in before) and bool(
        find_phrases(list(sentence), lexicon.chart_nouns)
    )


def _chart_verb(token: Token, lexicon: ClaimLexicon) -> bool:
    """A verb of a place in a chart (``chart_position``: ``staan``, ``binnenkomen`` …)."""
    return token.lower_ in lexicon.chart_verbs or token.lemma_.lower() in lexicon.chart_verbs


def _listed_after(doc: Doc, span: Span, words: frozenset[str]) -> bool:
    """A number in a list whose first number follows a word that makes numbers names
    (``nummer 1, 2 of 3``, ``artikelen 5 en 6``)."""
    k = span.start - 1
    while k >= 1 and doc[k].lower_ in (",", "of", "en", "tot", "-") and is_figure(doc[k - 1]):
        k -= 2
        if k >= 0 and doc[k].lower_ in words:
            return k < span.start - 2
    return False


def _list_number(doc: Doc, quantity: Quantity, span: Span) -> bool:
    """A small number in digits that opens a heading: after a closing quote mark or a line's
    start, or glued to what follows, and running into a capitalised word (``… accepteren.''
    4 Zussen getuigen …``, ``2'Objectieve' experts …``)."""
    if quantity.modifier or not span.text.isdecimal() or int(span.text) > 30:
        return False
    if not starts_sentence(doc, span.start) or span.end >= len(doc):
        return False
    before = doc[span.start - 1] if span.start else None
    glued = not span[-1].whitespace_  # "2'Objectieve' experts"
    after_closing = before is not None and closes_quotation(before.text)
    if not (glued or after_closing or before is None or before.is_space):
        return False  # "… gisteren. 3 Nederlanders kwamen om": a count opening a sentence
    after = doc[span.end]
    if after.text[:1] in "'‘\"“" and span.end + 1 < len(doc):
        after = doc[span.end + 1]  # 2'Objectieve' experts
    return after.text[:1].isupper() and after.is_alpha


def _is_ordinal(word: str) -> bool:
    parsed = parse_quantity(word)
    return parsed is not None and parsed.kind == "ordinal"


def _counts_a_noun(after: Token | None, lexicon: ClaimLexicon) -> bool:
    """Whether the word after a figure is a noun it may count (no month)."""
    return after is not None and after.pos_ == "NOUN" and after.lower_ not in lexicon.months


def _year_before_a_verb(
    quantity: Quantity, span: Span, before: Token | None, after: Token | None, lexicon: ClaimLexicon
) -> bool:
    """Four digits that can be a year, after a preposition of time and before a verb, an
    adverb, a preposition or the clause's end (``tegen 2030 met 10.000 plaatsen inkrimpen``;
    claims_nl.json ``year_before_verb``)."""
    if quantity.modifier or quantity.percent or not span.text.isdecimal() or len(span.text) != 4:
        return False
    if before is None or before.lower_ not in lexicon.year_before_verb:
        return False
    if not is_year(quantity.value):
        return False
    return (
        after is None
        or after.is_punct
        or after.pos_ in ("VERB", "AUX", "ADV", "SCONJ")
        or (after.pos_ == "ADP" and after.lower_ in lexicon.year_adpositions_after)
    )


def _year_heading(doc: Doc, quantity: Quantity, span: Span) -> bool:
    """A year in digits opening a short verbless sentence with a capitalised word after it:
    a heading of a timeline (``1995 Flippo's.``), no count."""
    if quantity.modifier or not quantity.text.isdecimal() or not is_year(quantity.value):
        return False
    if not starts_sentence(doc, span.start) or span.end >= len(doc):
        return False
    if not doc[span.end].text[:1].isupper():
        return False
    end = span.end
    while end < len(doc) and doc[end].text not in (".", "!", "?", ":") and not doc[end].is_space:
        end += 1
    words = doc[span.end : end]
    # (the capitalised word after the year is a name whatever the tagger calls it)
    return 0 < len(words) <= 4 and not any(t.pos_ in ("VERB", "AUX") for t in words[1:])


def _is_age(doc: Doc, text: str, quantity: Quantity, span: Span, lexicon: ClaimLexicon) -> bool:
    """``23-jarige``, ``60 jaar oud``, ``de man (45)``, ``jonger dan 18``."""
    tail = text[quantity.end : quantity.end + 12].lower()
    if any(tail.startswith(w) or tail.startswith(" " + w) for w in lexicon.age_words):
        return True
    after = doc[span.end] if span.end < len(doc) else None
    counts_other = _counts_a_noun(after, lexicon) and after.lower_ != "jaar"
    if (
        span.start > 1
        and doc[span.start - 1].lower_ == "dan"
        and not quantity.percent
        and not counts_other  # "ouder dan 50 gebouwen": a count
        and any(
            t.lower_ in lexicon.age_comparatives for t in doc[max(0, span.start - 4) : span.start]
        )
    ):
        return True  # "ruim 28 procent van hen is jonger dan 18", "ouder is dan 65"
    if span.start > 0 and span.end < len(doc):
        before, after = doc[span.start - 1], doc[span.end]
        if before.text == "(" and after.text == ")" and span.text.isdigit():
            value = int(span.text)
            head = doc[span.start - 2] if span.start > 1 else None
            return 0 < value < 120 and head is not None and head.text[:1].isupper()
    return False


def _restated(
    doc: Doc,
    claims: list[Figure],
    pending: list[tuple[Quantity, Span]],
    span: Span,
    lexicon: ClaimLexicon,
) -> bool:
    """``50 miljoen dollar (44 miljoen euro)``, ``van 20.000 (496)``: a figure restated in
    brackets right after another is the same claim."""
    if span.start < 1 or doc[span.start - 1].text != "(":
        return False
    closing = span.end
    unit = None
    if closing < len(doc) and doc[closing].text != ")":
        unit = doc[closing]  # (44 miljoen euro)
        closing += 1
    if closing >= len(doc) or doc[closing].text != ")":
        return False
    if any(span.start - 2 <= s.end <= span.start - 1 for _, s in pending):
        return unit is None  # van 20.000 (496) naar …
    for figure in claims:
        end = figure.counted.end if figure.counted is not None else figure.span.end
        if not span.start - 2 <= end <= span.start - 1:
            continue
        if unit is None:
            return True
        # the same kind of unit: an amount in another currency, a share in another form
        money = figure.category == "money" and unit.lower_ in lexicon.currencies
        share = figure.quantity.percent and unit.lower_ in lexicon.percent_words
        return money or share  # (12 kinderen) after 30 doden is a breakdown
    return False
