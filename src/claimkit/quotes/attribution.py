"""Small functions over a Doc for attribution: cue verbs, their subjects, noun phrases.

The parse is used where it helps (the subject of a cue verb), token patterns where it is
unreliable (the stand-in parser's LAS is 71.5): a subject is looked for in the parse first,
then right after the verb (``zei Rutte``), then right before it (``Rutte zei``).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from claimkit.quotes.lexicon import CueVerb, QuoteLexicon, is_role_noun, quote_lexicon
from claimkit.spans import NAMED_TOKENS, ORGANISATIONS_KEY, PEOPLE_KEY, doc_words
from claimkit.words import (
    DASHES,
    clause_floor,
    ends_with_glued_stop,
    given_name_gender,
    has_feature,
)

_NOMINAL = frozenset({"PROPN", "NOUN", "PRON", "NUM", "X"})
_NP_INSIDE = frozenset({"DET", "ADJ", "NUM", "PROPN", "NOUN", "X"})
_CLAUSE_STOP = frozenset(".!?;:…")
QUOTE_CHARS = frozenset("\"“”„«»‘’'")


def is_finite(token: Token) -> bool:
    """A finite verb (``zei``, ``heeft``): a clause is complete once it has one."""
    return token.pos_ in ("VERB", "AUX") and has_feature(token, "VerbForm", "Fin")


def is_possessive(token: Token) -> bool:
    """A possessive pronoun (``zijn``, ``haar``): never a subject, always inside a phrase."""
    return has_feature(token, "Poss", "Yes")


def is_clause_stop(token: Token) -> bool:
    """A token that ends a clause for attribution (full stop, colon, a quote mark, a line
    break: the tagger may call a paragraph break a proper noun)."""
    text = token.text
    if token.is_space or not text.strip():
        return True
    return text[0] in _CLAUSE_STOP or text[0] in QUOTE_CHARS or text == ",,"


def is_quote_mark(text: str) -> bool:
    """A token of quote marks only (``“``, ``'``, ``,,``), not a word with an apostrophe."""
    return bool(text) and all(c in QUOTE_CHARS or c == "," for c in text) and text != ","


def ends_clause(token: Token) -> bool:
    """Whether a clause ends after ``token``: a stop (:func:`is_clause_stop`), or a word with
    its full stop left on before a capital (``tegen de pers. De Tilburger …``)."""
    return is_clause_stop(token) or ends_with_glued_stop(token)


def cue_verb(
    token: Token, lexicon: QuoteLexicon, limit: int = 12, *, any_tag: bool = False
) -> CueVerb | None:
    """The cue verb ``token`` is, with its particle found in the clause when it needs one.

    The tagger must call it a verb, unless ``any_tag`` (where the position already says it is
    one: right after a quote and its comma, ``“…”, maant X``)."""
    if token.pos_ not in ("VERB", "AUX") and not any_tag:
        return None
    verbs = lexicon.cue_verbs(token.lower_, token.lemma_.lower())
    if not verbs:
        return None
    plain = None
    for verb in verbs:
        if verb.particle is None:
            plain = verb
        elif token.lower_.startswith(verb.particle) or _particle_near(
            token.doc, token.i, verb.particle_forms, limit
        ):
            return verb
    if plain is not None and plain.not_with and another_verb(token, plain, lexicon, limit):
        return None  # stelde de beslissing uit, stelt een vraag: no speech
    return plain


def another_verb(token: Token, verb: CueVerb, lexicon: QuoteLexicon, limit: int = 12) -> bool:
    """Whether one of the verb's ``not_with`` words stands in its clause before the content
    (``dat``/``of``, a colon or a quote mark): a particle that makes it another verb (``stelde
    … uit``; not a preposition before a noun phrase: ``stelde in een brief``) or an idiom's
    noun (``stelt een vraag``; not one that a clause follows: ``stelde de vraag of …``)."""
    doc = token.doc
    for j in range(token.i + 1, min(len(doc), token.i + limit)):
        word = doc[j]
        if is_clause_stop(word) or word.lower_ in lexicon.complementisers:
            return False
        if word.lower_ not in verb.not_with:
            continue
        following = doc[j + 1] if j + 1 < len(doc) else None
        if word.pos_ == "NOUN":
            if following is not None and following.lower_ in lexicon.complementisers:
                continue  # "stelde de vraag of …": the question is reported
            return True
        if not _opens_prepositional_object(doc, j + 1):
            return True
    return False


def _opens_prepositional_object(doc: Doc, k: int) -> bool:
    """Whether token ``k`` can begin a preposition's object: a noun phrase or a pronoun
    (``in hun rapport``, ``tegen hem``)."""
    return _opens_noun_phrase(doc, k) or (
        k < len(doc) and doc[k].pos_ in ("PRON", "ADJ") and doc[k].lower_ not in ("dat", "of")
    )


def _particle_near(doc: Doc, i: int, forms: tuple[str, ...], limit: int) -> bool:
    """Whether the particle (one of its written ``forms``) stands in the clause of token ``i``
    (after it, or just before)."""
    particle = forms[0]
    glued = ("daaraan" + particle, "eraan" + particle)
    for j in range(i + 1, min(len(doc), i + limit)):
        token = doc[j]
        if token.lower_ == particle and _opens_noun_phrase(doc, j + 1):
            continue  # a preposition: "gaf licenties uit aan een bedrijf"
        if token.lower_ in forms or token.lower_ in glued:
            return True  # voegde (daaraan) toe, wees erop
        if is_clause_stop(token):
            break
    return any(doc[j].lower_ in forms for j in range(max(0, i - 3), i))


def _opens_noun_phrase(doc: Doc, k: int) -> bool:
    """Whether a noun phrase starts at token ``k`` (a determiner, noun, name or number)."""
    return (
        k < len(doc)
        and doc[k].pos_ in ("DET", "NOUN", "PROPN", "NUM")
        and doc[k].lower_ not in ("dat", "of")  # "gaf aan dat …" with dat misread
    )


def in_not_cue_phrase(doc: Doc, i: int, lexicon: QuoteLexicon) -> bool:
    """Whether token ``i`` belongs to a phrase that reports nothing (``zoals gezegd``, ``dat
    wil (echter nog niet) zeggen``: adverbs may stand between the phrase's words)."""
    for phrase in lexicon.not_cues.get(doc[i].lower_, ()):
        for first in range(max(0, i - 6), i + 1):
            if _phrase_at(doc, first, phrase, i):
                return True
    return False


def _phrase_at(doc: Doc, k: int, phrase: tuple[str, ...], i: int) -> bool:
    """Whether ``phrase`` starts at token ``k`` (adverbs between its words) and holds ``i``."""
    holds = False
    for n, word in enumerate(phrase):
        if n:
            skipped = 0
            while k < len(doc) and doc[k].pos_ == "ADV" and doc[k].lower_ != word and skipped < 3:
                k, skipped = k + 1, skipped + 1
        if k >= len(doc) or doc[k].lower_ != word:
            return False
        holds = holds or k == i
        k += 1
    return holds


def noun_phrase(doc: Doc, head: Token) -> Span:
    """The noun phrase around ``head``: determiners, adjectives, names, a ``van``-complement.

    Stops at punctuation, verbs and relative pronouns; never crosses a quote mark.
    """
    start = head.i
    while start > 0:
        prev = doc[start - 1]
        if prev.pos_ in _NP_INSIDE and not is_clause_stop(prev) and prev.text != ",":
            start -= 1
            continue
        if prev.pos_ == "PRON" and is_possessive(prev):
            start -= 1
            continue
        break
    end = head.i + 1
    time_nouns = quote_lexicon().time_nouns
    while end < len(doc):
        token = doc[end]
        if is_clause_stop(token):
            break
        if (
            token.text == "-"
            and not doc[end - 1].whitespace_
            and not token.whitespace_
            and end + 1 < len(doc)
            and doc[end + 1].is_alpha
        ):
            end += 2  # a hyphen compound: "VVD-Kamerlid Dennis Wiersma"
            continue
        if _capitalised_particle_name(doc, end):
            end += 2  # "senaatsvoorzitter De Decker": the name's particle, no article
            continue
        if _name_after_role(doc, end, head):
            end += 1  # "raadslid Tiers Bakker": a name the tagger calls a noun
            continue
        if token.pos_ in ("PROPN", "NOUN", "X") and (
            head.pos_ == "PROPN" or token.pos_ == "PROPN" or _flat(token)
        ):
            if token.text.islower() and token.lower_ in time_nouns:
                break  # "zei Zelenski zondag": the day is no part of the name
            end += 1
            continue
        if token.lower_ == "van" and end + 1 < len(doc) and doc[end + 1].pos_ in _NP_INSIDE:
            tail = end + 1
            while (
                tail < len(doc)
                and doc[tail].pos_ in _NP_INSIDE
                and not is_clause_stop(doc[tail])
                and tail - end < 5
            ):
                tail += 1
            if any(doc[k].pos_ in ("PROPN", "NOUN") for k in range(end + 1, tail)):
                end = tail
            break
        break
    if head.pos_ == "PRON":
        start = head.i
    return doc[start:end]


def _capitalised_particle_name(doc: Doc, k: int) -> bool:
    """A surname that opens with a capitalised particle mid-sentence (``De Decker``, ``Van
    Rompuy``): the particle is no article."""
    token = doc[k]
    return (
        k > 0
        and k + 1 < len(doc)
        and token.text[:1].isupper()
        and token.lower_ in quote_lexicon().name_particles
        and not doc[k - 1].is_punct
        and doc[k + 1].is_title
        and doc[k + 1].is_alpha
    )


def _name_after_role(doc: Doc, k: int, head: Token) -> bool:
    """A capitalised word after a role noun (or after a name part that followed one):
    ``raadslid Tiers Bakker``, ``woordvoerder Jan Peeters``."""
    token = doc[k]
    if not (token.is_title and token.is_alpha) or token.lower_ in quote_lexicon().time_nouns:
        return False
    before = doc[k - 1]
    return (before.i == head.i and is_role_noun(head.lower_)) or (
        before.i > head.i and before.is_title and is_role_noun(head.lower_)
    )


def _flat(token: Token) -> bool:
    return token.dep_ in ("flat", "compound", "flat:name", "appos") and token.head.i < token.i


def subject_candidates(verb: Token, lexicon: QuoteLexicon) -> list[Span]:
    """Noun phrases that may be a cue verb's subject, best first: the parse's subject, then
    the noun phrase right after the verb (``zei Rutte``), then right before it (``Rutte zei``)."""
    doc = verb.doc
    found: list[Span] = []
    heads = [verb, *(c for c in verb.children if c.dep_.startswith("aux"))]
    if verb.dep_.startswith("aux") or verb.dep_ in ("cop", "conj", "compound:prt"):
        # "X begrijpt het, maar benadrukt dat …": X's subject; "X liet in een reactie weten
        # dat …": the subject of the verb whose particle the cue is
        heads.append(verb.head)
    agent = _passive_agent(verb)
    if agent is not None:
        found.append(noun_phrase(doc, agent))  # "werd gewaarschuwd door de Rapporteur"
    for head in heads:
        for child in head.children:
            if (
                not child.is_space
                and not is_possessive(child)
                and child.dep_ in ("nsubj", "nsubj:pass")
                and (child.pos_ in _NOMINAL or _nominal_adjective(child))
                and child.lower_ not in lexicon.complementisers
                and not _in_complement(doc, verb.i, child.i, lexicon)
            ):
                antecedent = _antecedent(doc, child)
                found.append(noun_phrase(doc, antecedent or child))
    for token in (
        _nominal_after(doc, verb.i + 1, lexicon.adverbs_after_cue),
        _nominal_before(doc, verb.i - 1),
        _nominal_before_relative_clause(doc, verb.i, lexicon.relative_pronouns),
    ):
        if token is not None and not _modifies(token, found):
            span = noun_phrase(doc, token)
            if all(span.start != f.start for f in found):
                found.append(span)
    # the verb itself is never part of its subject (a cue form the tagger calls a noun)
    return [span for span in (_without(f, verb) for f in found) if len(span)]


def _passive_agent(verb: Token) -> Token | None:
    """The agent of a passive cue verb: the parse's ``obl:agent``, else the noun after a
    ``door`` right after the participle."""
    for child in verb.children:
        if child.dep_ == "obl:agent" and child.pos_ in ("PROPN", "NOUN", "ADJ", "X"):
            return child
    if not any(c.dep_ == "aux:pass" for c in verb.children):
        return None
    doc = verb.doc
    for k in range(verb.i + 1, min(len(doc) - 1, verb.i + 3)):
        if doc[k].lower_ == "door":
            after = _nominal_after(doc, k + 1, frozenset())
            return after if after is not None and after.pos_ != "PRON" else None
        if is_clause_stop(doc[k]) or doc[k].text == ",":
            return None
    return None


def _antecedent(doc: Doc, token: Token) -> Token | None:
    """The name or noun a relative pronoun after a comma stands for (``Ocasio-Cortez en haar
    volgelingen, die erop wijzen dat …``: the first of joined names)."""
    k = token.i - 1
    if not has_feature(token, "PronType", "Rel") or k < 1 or doc[k].text != ",":
        return None
    k -= 1
    if doc[k].pos_ not in ("PROPN", "NOUN"):
        return None
    first = noun_phrase(doc, doc[k])
    j = first.start - 1
    if j > 0 and doc[j].lower_ == "en" and doc[j - 1].pos_ in ("PROPN", "NOUN"):
        return doc[j - 1]
    return doc[k]


def _nominal_adjective(token: Token) -> bool:
    """An adjective that stands for a noun or name: capitalised (a name the tagger misread),
    or with its own determiner (``een goed ingevoerde crimineel``, ``de verdachte``)."""
    if token.pos_ != "ADJ":
        return False
    return token.is_title or any(c.dep_ == "det" for c in token.children)


def _modifies(token: Token, subjects: list[Span]) -> bool:
    """Whether ``token`` modifies a subject found already (``de rechtbank in [Rotterdam]``)."""
    return token.dep_.startswith("nmod") and any(s.start <= token.head.i < s.end for s in subjects)


def _without(span: Span, verb: Token) -> Span:
    """The noun phrase without the verb: the words after it, else those before it."""
    if not span.start <= verb.i < span.end:
        return span
    after = span.doc[verb.i + 1 : span.end]
    return after if len(after) else span.doc[span.start : verb.i]


def head_of(span: Span) -> Token:
    """The word a noun phrase is about: its last noun, name, pronoun or acronym before a
    preposition (the parse's root may be a determiner when the tagger misreads a name: ``Het
    OM``)."""
    before = next((t.i for t in span if t.pos_ == "ADP" and t.i > span.start), span.end)
    for token in reversed(span.doc[span.start : before]):  # "de rechtbank | in Rotterdam"
        if token.pos_ in ("NOUN", "PROPN", "PRON") or _acronym(token):
            return token
    for token in reversed(span):
        if token.pos_ in ("NOUN", "PROPN", "PRON") or _acronym(token):
            return token
    return span.root


def _in_complement(doc: Doc, verb: int, i: int, lexicon: QuoteLexicon) -> bool:
    """Whether token ``i`` stands after a ``dat``/``of`` that follows the verb: in the
    reported clause, so no subject of the verb (a misparse)."""
    return i > verb and any(doc[k].lower_ in lexicon.complementisers for k in range(verb + 1, i))


def _acronym(token: Token) -> bool:
    """``OM``, ``NAVO``, ``CPB``: a name whatever the tagger calls it."""
    return len(token.text) >= 2 and token.text.isupper() and token.text.isalpha()


def _nominal_after(doc: Doc, i: int, adverbs: frozenset[str]) -> Token | None:
    """The first nominal after a verb (``zei de woordvoerder``), past a few adverbs."""
    j = i
    while j < len(doc) and j - i < 4 and doc[j].lower_ in adverbs:
        j += 1
    if j >= len(doc) or is_clause_stop(doc[j]) or doc[j].is_space:
        return None
    token = doc[j]
    possessive = is_possessive(token)  # "legt zijn advocaat uit": the lawyer
    if (token.pos_ in ("PRON", "PROPN") and not possessive) or _acronym(token):
        return token
    if token.pos_ in ("ADV", "ADJ", "X") and j + 1 < len(doc) and doc[j + 1].pos_ == "PROPN":
        return doc[j + 1]  # a title the tagger misread: "zegt meneer Li"
    if (
        token.is_lower
        and j + 1 < len(doc)
        and (doc[j + 1].pos_ == "PROPN" or (doc[j + 1].is_title and doc[j + 1].is_alpha))
        and is_role_noun(token.lower_)
    ):
        return doc[j + 1]  # a role noun the tagger called a verb: "zegt drugsexpert Ton Nabben"
    if token.pos_ == "DET" and j + 1 < len(doc) and doc[j + 1].pos_ == "ADP":
        extended = after_extended_attribute(doc, j + 1)
        if extended is not None:
            return extended
    if token.pos_ in ("DET", "ADJ", "NUM") or possessive:
        k = j + 1 if possessive else j
        while k < len(doc) and doc[k].pos_ in ("DET", "ADJ", "NUM") and k - j < 4:
            k += 1
        if k < len(doc) and doc[k].pos_ in ("NOUN", "PROPN"):
            return doc[k]
        if k - 1 > j and doc[k - 1].pos_ == "ADJ" and token.pos_ == "DET":
            return doc[k - 1]  # a noun the tagger called an adjective: "een politiedeskundige"
    if token.pos_ == "NOUN":
        return token
    return None


def after_extended_attribute(doc: Doc, i: int) -> Token | None:
    """``de [door de VN erkende] regering``: the noun after a participle that closes a phrase
    standing between a determiner and its noun."""
    for k in range(i + 1, min(len(doc) - 1, i + 8)):
        if is_clause_stop(doc[k]) or doc[k].text == ",":
            return None
        if doc[k].pos_ in ("VERB", "ADJ") and doc[k + 1].pos_ in ("NOUN", "PROPN"):
            return doc[k + 1]
        if (
            doc[k].pos_ == "VERB"
            and doc[k].lower_.endswith(("de", "te"))
            and doc[k + 1].is_alpha
            and doc[k + 1].pos_ == "VERB"
            and not is_finite(doc[k + 1])
            and k + 2 < len(doc)
            and (doc[k + 2].pos_ in ("AUX", "VERB") or doc[k + 2].is_punct)
        ):
            return doc[k + 1]  # "de door Hamas geleide gezondheidsautoriteiten zijn …"
    return None


def _nominal_before(doc: Doc, i: int) -> Token | None:
    """The nominal right before a verb (``Rutte zei``), at most three words back; a name the
    tagger calls otherwise counts when it is a person's or organisation's (``Netanyahu``)."""
    j = i
    if j > 0 and doc[j].text == "," and doc[j - 1].pos_ == "PROPN":
        j -= 1  # "Israëls hoogste aanklager, Avichai Mandelbit, zegt"
    named = named_tokens(doc)
    while j >= 0 and i - j < 4:
        token = doc[j]
        if is_clause_stop(token) or token.text == ",":
            return None
        nominal = token.pos_ in ("PROPN", "NOUN", "PRON") or _acronym(token) or j in named
        # a given name the tagger calls otherwise ("Beatrijs stelt me gerust: …")
        nominal = nominal or (token.is_title and given_name_gender(token.text) is not None)
        if nominal and token.lower_ not in ("dat", "wat"):
            return _head_before_van(doc, token) or token
        j -= 1
    return None


def _head_before_van(doc: Doc, token: Token) -> Token | None:
    """The noun a ``van``-complement ending in ``token`` belongs to: ``Gouverneur X [van de
    regio Charkiv] meldde``, ``De burgemeester [van Gent] zei`` (the speaker, not the place)."""
    for k in range(token.i - 1, max(-1, token.i - 5), -1):
        word = doc[k]
        if is_clause_stop(word) or word.text == ",":
            return None
        if word.lower_ == "van":
            before = doc[k - 1] if k > 0 else None
            if before is not None and before.pos_ in ("PROPN", "NOUN") and not before.is_punct:
                return before
            return None
        if word.pos_ not in ("DET", "ADJ", "NOUN", "PROPN", "NUM"):
            return None
    return None


def named_tokens(doc: Doc) -> frozenset[int]:
    """The tokens inside the person and organisation spans of ``doc`` (computed once per Doc;
    :func:`claimkit.spans.forget_words` drops them)."""
    cached = doc.user_data.get(NAMED_TOKENS)
    if cached is None:
        cached = frozenset(
            k
            for key in (PEOPLE_KEY, ORGANISATIONS_KEY)
            for span in doc.spans.get(key, ())
            for k in range(span.start, span.end)
        )
        doc.user_data[NAMED_TOKENS] = cached
    return cached


def _nominal_before_relative_clause(doc: Doc, i: int, relatives: frozenset[str]) -> Token | None:
    """The name before a relative clause that ends right before the verb: ``Mark Rutte, wiens
    kabinet enkele dagen eerder viel, zei dat …`` (Rutte)."""
    if i < 4 or doc[i - 1].text != ",":
        return None
    for k in range(i - 2, max(0, i - 16), -1):
        token = doc[k]
        if is_clause_stop(token):
            return None
        if token.text == ",":
            if doc[k + 1].lower_ in relatives and k > 0 and doc[k - 1].pos_ in ("PROPN", "NOUN"):
                return doc[k - 1]
            return None
    return None


def clause_start(doc: Doc, i: int) -> int:
    """Index of the first token of the clause that holds token ``i`` (after . ! ? : or a mark,
    or after a dateline: ``MOSKOU (ANP) - Rusland claimt …``)."""
    floor = clause_floor(doc, i)
    j = i
    while j > floor and not ends_clause(doc[j - 1]):
        j -= 1
    return j


def sentence_end(doc: Doc, i: int) -> int:
    """Index after the last token of the sentence that holds token ``i`` (before . ! ? or a
    line break)."""
    j = i
    while j < len(doc):
        token = doc[j]  # (one Token per word)
        if token.text in (".", "!", "?", ";") or token.is_space:
            break
        if "\n" in token.whitespace_ or ends_with_glued_stop(token):
            return j + 1  # a line break, or "… over te gaan op 5G. GroenLinks …"
        j += 1
    return j


def between_dashes(doc: Doc, span: Span, reach: int = 12) -> bool:
    """Whether ``span`` stands in an aside between dashes (``De Gezondheidsraad - een
    adviesorgaan voor regering en parlement - laat weten``): no subject of the clause."""
    texts = doc_words(doc)[0]
    if not any(text in DASHES for text in texts[max(0, span.start - reach + 1) : span.start]):
        return False  # no dash before it within reach (most spans: no Token made)
    before = next(
        (
            k
            for k in range(span.start - 1, max(-1, span.start - reach), -1)
            if doc[k].text in DASHES or is_clause_stop(doc[k])
        ),
        None,
    )
    if before is None or doc[before].text not in DASHES:
        return False
    after = next(
        (
            k
            for k in range(span.end, min(len(doc), span.end + reach))
            if doc[k].text in DASHES or is_clause_stop(doc[k])
        ),
        None,
    )
    return after is not None and doc[after].text in DASHES
