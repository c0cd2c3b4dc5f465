"""What a figure counts: a percentage's unit, a currency, the noun after it (the tagger's part
of speech taken as a hint), the noun after ``van de``, or a count noun before it."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from claimkit.claims.cues import is_figure, previous_sentence, sentence_of
from claimkit.claims.lexicon import ClaimLexicon
from claimkit.numbers import Quantity
from claimkit.words import compound_end, has_feature

#: Tokens that may stand between a figure and the noun it counts (``99.000 Russische troepen``).
_BETWEEN = frozenset({"ADJ", "NUM"})
_MAX_BETWEEN = 3
_COUNT_NOUN_WINDOW = 20


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
    if i < len(doc) and doc[i].idx < quantity.end:  # a token glued to the figure (15-tal)
        i += 1
    if predicate_after_quantitative_er(doc, span, i, lexicon):
        return None  # "zijn er 18 neergehaald,": the noun is left out (see figures' elliptic)
    skipped = 0
    while i < len(doc) and skipped <= _MAX_BETWEEN:
        token = doc[i]
        if token.is_space:  # a no-break space the tokenizer kept: 300\u00a0doden
            i += 1
            continue
        after_mark = _past_bracketed_mark(doc, i)
        if after_mark is not None:  # "3.000 (!) frank": the writer's astonishment
            i = after_mark
            continue
        if token.text == "(":  # an aside in brackets: 147.000 (deels) elektrische auto's
            close = _closing_bracket(doc, i)
            if close is not None:
                i = close + 1
                continue
        if token.lower_ in lexicon.currencies or token.lower_ in lexicon.units:
            end = i + 1
            while end < len(doc) and doc[end].lower_ in lexicon.units:
                end += 1  # "vierkante kilometer", "kubieke meter"
            return doc[i:end]
        if lexicon.group_of(token.lower_) and _wordlike(token.text):
            nxt = doc[i + 1] if i + 1 < len(doc) else None
            if (
                token.pos_ == "ADJ"
                and not _plural_like(token.lower_)  # "17 doden gevallen": the noun doden
                and nxt is not None
                and nxt.pos_ == "NOUN"
                and nxt.is_alpha
                and not lexicon.group_of(nxt.lower_)
            ):
                i += 1  # "vier dode schapen": the adjective of the noun counted
                skipped += 1
                continue
            return doc[i : i + 1]
        if token.lower_ in lexicon.partitive and skipped == 0:
            return _partitive(doc, i, lexicon)
        if (
            token.lower_ in lexicon.amount_prepositions
            and skipped == 0
            and span[-1].lower_ in lexicon.amount_scale_words
        ):
            return _amount_of(doc, i)  # "4 miljard aan uitgaven"
        nxt = doc[i + 1] if i + 1 < len(doc) else None
        noun_next = nxt is not None and nxt.pos_ in ("NOUN", "PROPN")
        nominal_next = noun_next and nxt.is_alpha
        if token.lower_ in lexicon.modifiers_before_noun and (
            (noun_next and _wordlike(nxt.text)) or _adjective_then_noun(doc, i)
        ):
            i += 1  # "352 eigen vestigingen", "drie andere auto's"
            skipped += 1
            continue
        if is_designation(token.text):
            return doc[i : i + 1]  # "24 F-16's", "40 T-72-tanks": weapons by their type
        if token.lower_ in lexicon.function_words or not _wordlike(token.text):
            break
        if token.pos_ in ("NOUN", "PROPN"):
            return doc[i : compound_end(doc, i)]  # whole when split: Wagner-huurlingen
        attributive = token.pos_ == "VERB" and has_feature(token, "VerbForm", "Part")
        if (
            (token.pos_ == "ADJ" or attributive)
            and nxt is not None
            and nxt.lower_ in ("en", "of")
            and i + 2 < len(doc)
            and (
                doc[i + 2].pos_ == "ADJ"
                or has_feature(doc[i + 2], "VerbForm", "Part")
                # a participle the tagger took for a past tense, before a noun
                or (
                    doc[i + 2].pos_ == "VERB"
                    and doc[i + 2].lower_.endswith("e")
                    and i + 3 < len(doc)
                    and doc[i + 3].pos_ == "NOUN"
                )
            )
        ):
            i += 3  # "28 vernietigde of beschadigde schepen": coordinated adjectives
            skipped += 1
            continue
        if (token.pos_ in _BETWEEN or attributive) and (
            nominal_next or _adjective_then_noun(doc, i)
        ):
            i += 1
            skipped += 1
            continue
        if (
            token.pos_ in ("VERB", "ADJ", "ADV", "X")
            and _plural_like(token.lower_)
            and not nominal_next
        ):
            return doc[i : i + 1]  # the tagger's guess for a plural noun: getuigen, laadstations
        if token.pos_ in _BETWEEN:
            i += 1
            skipped += 1
            continue
        break
    return _count_noun_before(doc, span, lexicon)


#: a type written as letters, a hyphen and a number (F-16's, MiG-29's, T-72-tanks, Su-25)
_DESIGNATION = re.compile(r"[A-Z][A-Za-z]{0,3}-\d{1,3}[A-Za-z]?(?:'s|’s|s|-[a-z]+)?")


def is_designation(text: str) -> bool:
    """A type of aircraft, vehicle or weapon written as letters, a hyphen and a number."""
    return _DESIGNATION.fullmatch(text) is not None


def _adjective_then_noun(doc: Doc, i: int) -> bool:
    """An adjective and a noun after token ``i``: ``twee rivaliserende [rijke boerenfamilies]``."""
    return (
        i + 2 < len(doc)
        and doc[i + 1].pos_ == "ADJ"
        and doc[i + 2].is_alpha
        and doc[i + 2].pos_ in ("NOUN", "PROPN")
    )


def _wordlike(text: str) -> bool:
    """Letters, also in a hyphen compound or with an apostrophe: ``Leopard-tanks``, ``auto's``."""
    parts = re.split(r"[-‐‑–—'’]", text)
    return all(part.isalpha() for part in parts if part) and any(parts)


def _closing_bracket(doc: Doc, i: int) -> int | None:
    """The ``)`` of a short aside of words opened at ``i`` (at most three words)."""
    for k in range(i + 1, min(len(doc), i + 5)):
        if doc[k].text == ")":
            return k if k > i + 1 else None
        if not _wordlike(doc[k].text):
            return None
    return None


def predicate_after_quantitative_er(doc: Doc, span: Span, i: int, lexicon: ClaimLexicon) -> bool:
    """``Van de 23 drones zijn er 18 neergehaald.``: right after ``er``, a figure followed by
    one word that ends the clause, has no plural's form and is no currency, unit or counted
    noun of the lexicon, or by a loss cue of one word (``er 88 neergeschoten en …``), counts
    no noun of its own (the tagger may call the participle a noun;
    ``is er 50 miljard euro``, ``viel er 40 centimeter``, ``waren er 200 man`` count theirs)."""
    if span.start == 0 or doc[span.start - 1].lower_ not in lexicon.elliptic_words:
        return False
    if i >= len(doc) or not doc[i].is_alpha:
        return False
    word = doc[i].lower_
    if word in lexicon.currencies or word in lexicon.units or lexicon.group_of(word):
        return False
    if (word,) in lexicon.loss_cues.by_first.get(word, ()):
        return True  # "werden er 88 neergeschoten en …": a loss, whatever follows
    if i + 1 >= len(doc) or not doc[i + 1].is_punct:
        return False
    return not _plural_like(word)


def _plural_like(word: str) -> bool:
    """A form a Dutch plural noun can have (and a participle such as ``gedood`` cannot)."""
    return len(word) > 3 and word.endswith(("en", "s", "ers"))


def _amount_of(doc: Doc, i: int) -> Span | None:
    """The noun after the preposition ``i`` of ``4 miljard aan uitgaven`` (adjectives between
    allowed; after an article the preposition says where: ``4 miljoen aan de grens``)."""
    for k in range(i + 1, min(len(doc), i + 4)):
        token = doc[k]
        if token.pos_ == "NOUN" and token.is_lower and _wordlike(token.text):
            return doc[k : k + 1]  # not a name: "2 miljard aan Oekraïne" says to whom
        if token.pos_ != "ADJ":
            return None
    return None


def _partitive(doc: Doc, i: int, lexicon: ClaimLexicon) -> Span | None:
    """``Twee van de kinderen``: the noun after ``van de``; ``Twee van hen``: the pronoun (a
    count of the people named before; ``één van hen`` is no figure)."""
    if (
        i + 1 < len(doc)
        and doc[i + 1].lower_ in lexicon.partitive_pronouns
        and not (
            doc[i + 1].lower_ in lexicon.possessive_partitives
            and i + 2 < len(doc)
            and doc[i + 2].pos_ in ("NOUN", "ADJ", "PROPN", "NUM")
        )
    ):
        return doc[i + 1 : i + 2]  # "Twee van hen", not "Drie van hun kinderen"
    if i + 1 >= len(doc) or doc[i + 1].lower_ not in lexicon.reference_determiners:
        return None
    for k in range(i + 2, min(len(doc), i + 3 + _MAX_BETWEEN)):
        token = doc[k]
        if is_figure(token):  # 8 van de 81 provincies
            continue
        if k + 1 < len(doc) and is_figure(doc[k + 1]) and token.pos_ == "ADJ":
            continue  # 18 van de eerste 30 speelsters
        if not _wordlike(token.text) or token.lower_ in lexicon.function_words:
            return None
        if token.pos_ != "ADJ" or k + 1 >= len(doc) or not _wordlike(doc[k + 1].text):
            return doc[k : k + 1]
    return None


def _count_noun_before(doc: Doc, span: Span, lexicon: ClaimLexicon) -> Span | None:
    """``het aantal doden steeg tot 300``: a count noun before the figure in its clause (in its
    sentence, for a change ``van 33 naar 13``); ``dit aantal`` stands for the one the sentence
    before names."""
    sentence = sentence_of(doc, span.start)
    change = _in_change(doc, span, lexicon)
    window = span.start - sentence.start if change else _COUNT_NOUN_WINDOW
    for i in range(span.start - 1, max(sentence.start, span.start - window) - 1, -1):
        token = doc[i]
        if token.is_punct and token.text not in ("'", "’") and not change:
            return None
        if token.lower_ not in lexicon.count_nouns_before:
            continue
        meant = lexicon.count_nouns_before[token.lower_]
        if meant is not None:
            return doc[i : i + 1]
        counted = _noun_after(doc, i, span.start, lexicon)  # het aantal (Russische) doden
        if counted is None and i > sentence.start and doc[i - 1].lower_ in lexicon.anaphor_words:
            counted = _counted_before(doc, sentence, lexicon)  # "dit aantal": the one before
        return counted
    return None


def _noun_after(doc: Doc, i: int, limit: int, lexicon: ClaimLexicon) -> Span | None:
    """The noun a count noun at ``i`` is followed by (adjectives and determiners between)."""
    for k in range(i + 1, min(limit, i + 2 + _MAX_BETWEEN)):
        nxt = doc[k]
        if nxt.is_alpha and (nxt.pos_ in ("NOUN", "PROPN") or lexicon.group_of(nxt.lower_)):
            return doc[k : k + 1]
        if nxt.pos_ not in ("ADJ", "DET") or not nxt.is_alpha:
            return None
    return None


def _counted_before(doc: Doc, sentence: Span, lexicon: ClaimLexicon) -> Span | None:
    """What ``het aantal X`` in the sentence before counts (X)."""
    before = previous_sentence(doc, sentence)
    if before is None:
        return None
    for token in before:
        word = token.lower_
        if word in lexicon.count_nouns_before and lexicon.count_nouns_before[word] is None:
            counted = _noun_after(doc, token.i, before.end, lexicon)
            if counted is not None:
                return counted
    return None


def _in_change(doc: Doc, span: Span, lexicon: ClaimLexicon) -> bool:
    """Whether the figure is one end of a change ``van 33 naar 13`` / ``van 33 tot 13``."""
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    if before == "van" and after in lexicon.change_ends:
        return True
    if before in lexicon.change_ends:
        k = span.start - 2
        return k > 0 and is_figure(doc[k]) and doc[k - 1].lower_ == "van"
    return False


def _past_bracketed_mark(doc: Doc, i: int) -> int | None:
    """Past a mark between brackets at ``i`` (``(!)``, ``(?)``, ``(sic)``, as one token or
    three), which says nothing about what is counted; None when there is none."""
    text = doc[i].text
    if len(text) >= 3 and text[0] == "(" and text[-1] == ")" and _a_mark(text[1:-1]):
        return i + 1
    if text == "(" and i + 2 < len(doc) and doc[i + 2].text == ")" and _a_mark(doc[i + 1].text):
        return i + 3
    return None


def _a_mark(text: str) -> bool:
    return text.lower() == "sic" or (bool(text) and all(c in "!?" for c in text))
