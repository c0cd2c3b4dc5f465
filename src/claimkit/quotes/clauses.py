"""The shapes of a reported statement's clause, as small tests over a Doc's tokens: where a
clause or a relative clause ends, whether a comma opens a report after it (``…, zei X``), a
name the tagger took for something else, a pronoun that stands for its speaker. Used by
:class:`claimkit.quotes.reported.ReportedSpeech`; none of them keeps state."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from claimkit.quotes.attribution import (
    QUOTE_CHARS,
    clause_start,
    cue_verb,
    is_clause_stop,
    is_finite,
    is_possessive,
    sentence_end,
)
from claimkit.quotes.lexicon import QuoteLexicon
from claimkit.quotes.rules import Found, end_char
from claimkit.quotes.speakers import SpeakerResolver
from claimkit.words import has_feature


def prepositional_phrase(doc: Doc, start: int, end: int) -> bool:
    """Whether the words ``start:end`` are one prepositional phrase (``op Telegram``, ``in een
    verklaring``): after a speech verb, the ``dat`` that follows it opens the content."""
    words = doc[start:end]
    return (
        1 < len(words) <= 5
        and words[0].pos_ == "ADP"
        and all(t.pos_ in ("DET", "ADJ", "NOUN", "PROPN", "NUM") for t in words[1:])
    )


def pronoun_clause(doc: Doc, k: int) -> bool:
    """A main clause of its own at ``k``: a personal pronoun subject, then its finite verb
    (``…, ik wist ook niet waarom``)."""
    return (
        k + 1 < len(doc)
        and doc[k].pos_ == "PRON"
        and doc[k].lower_ in ("ik", "jij", "hij", "zij", "wij", "we")
        and doc[k + 1].pos_ in ("VERB", "AUX")
        and is_finite(doc[k + 1])
    )


def predicate_of_naming(verb: Token, subject: Span) -> Token | None:
    """The predicate of a naming verb's small clause: its ``xcomp`` or a word after ``als``
    (``noemde het voorstel onverstandig``, ``omschreef het als vrolijk``), else the second of
    two nouns or pronouns after it (``noemt de brand een ramp``, which the parser takes for two
    objects); never a word of the subject."""
    children = [c for c in verb.children if not subject.start <= c.i < subject.end]
    for child in children:
        if child.pos_ in ("ADJ", "NOUN") and (
            child.dep_ == "xcomp" or verb.doc[child.i - 1].lower_ == "als"
        ):
            return child  # "noemde het onverstandig", "omschreef het als vrolijk"
    after = [
        c
        for c in children
        if c.i > verb.i and c.dep_ in ("obj", "nsubj", "xcomp") and c.pos_ in ("NOUN", "PRON")
    ]
    if len(after) == 2 and after[1].pos_ == "NOUN":
        return after[1]
    return predicate_by_position(verb, subject)


def predicate_by_position(verb: Token, subject: Span) -> Token | None:
    """The predicate closing a naming verb's clause when the parse gives none: an adjective
    ending it after an object (``noemt de gang van zaken uiterst ongebruikelijk``), or a noun
    phrase with ``een`` after an object that opens with a determiner or pronoun (``noemt het
    stoppen van het programma een verstandige zet``)."""
    doc = verb.doc
    start = verb.i + 1
    if subject.start == start:
        start = subject.end
    words = doc[start : clause_end(doc, start - 1)]
    if len(words) < 2 or words[0].pos_ not in ("DET", "PRON"):
        return None
    last = words[-1]
    if last.pos_ == "ADJ" and any(t.pos_ in ("NOUN", "PRON", "PROPN") for t in words[:-1]):
        return last
    second = next((t for t in words[2:] if t.lower_ == "een" and t.pos_ == "DET"), None)
    if second is not None and second.i < last.i:
        return last
    return None


def relative_clause_end(doc: Doc, start: int, end: int) -> int:
    """Where a report inside a relative clause ends: at a comma before the main clause's
    finite verb (``De organisatie die zegt … te ondersteunen, | dreigde ten onder te gaan``)."""
    for k in range(start + 2, end - 1):
        if doc[k].text == "," and is_finite(doc[k + 1]) and doc[k + 1].is_lower:
            return k
    return end


def attributive(doc: Doc, k: int) -> bool:
    """A participle the tagger calls a verb that stands before a noun (``waarschuwden de
    afgelopen dagen dat``): part of a noun phrase, no verb of the clause."""
    return (
        k > 0
        and k + 1 < len(doc)
        and doc[k - 1].pos_ == "DET"
        and doc[k + 1].pos_ in ("NOUN", "PROPN")
    )


def shared_subject(doc: Doc, i: int, found: list[Found], lexicon: QuoteLexicon) -> Found | None:
    """The report before in the sentence whose subject the cue verb at ``i`` shares: a verb
    right after ``, maar`` / ``en`` and right before its complementiser has no subject of its
    own (``Yildirim erkent dat …, maar stelt dat …``)."""
    if i < 2 or i + 1 >= len(doc) or doc[i - 1].pos_ != "CCONJ":
        return None
    if doc[i + 1].lower_ not in lexicon.complementisers:
        return None
    start = clause_start(doc, i)
    for quote in reversed(found):
        if quote.cue is not None and start <= quote.cue[0] < i and quote.mention is not None:
            return quote
    return None


def before_attribution(doc: Doc, quote: Found, cues: list[int]) -> Found | None:
    """``quote`` up to the first attribution of a direct quote inside it (``Volgens X tart
    het 'Y', zei hij``: the content ends before ``, zei``); ``None`` when nothing is left."""
    inside = [c for c in cues if quote.start_char <= c < quote.end_char]
    if not inside:
        return quote
    span = doc.char_span(quote.start_char, min(inside), alignment_mode="expand")
    if span is None or len(span) < 2:
        return None
    end = span.end
    while end > span.start and (doc[end - 1].is_punct and doc[end - 1].text[:1] not in QUOTE_CHARS):
        end -= 1
    if end - span.start < 3:
        return None
    quote.end_char = end_char(doc, end, span.start)
    return quote


def genitive_name(token: Token, speakers: SpeakerResolver) -> bool:
    """A name in the genitive before a noun: ``Rutte's``, or ``Mays`` where the article names
    ``May`` (not ``Wilders``)."""
    text = token.text
    if token.pos_ != "PROPN" or not text[:1].isupper():
        return False
    if text.endswith(("'s", "’s")):
        return True
    bare = text[:-1]
    return text.endswith("s") and len(bare) >= 2 and speakers.names_word(bare)


def subject_with_apposition(doc: Doc, start: int, end: int) -> bool:
    """Whether the words before ``, <cue verb>`` are a name with an apposition and no verb
    (``Jan Peeters, burgemeester van Tienen, meldt …``): the verb's subject, not a report."""
    words = doc[start:end]
    return any(t.text == "," for t in words) and not any(t.pos_ in ("VERB", "AUX") for t in words)


def short_statement(doc: Doc, start: int, end: int, lemma: str, lexicon: QuoteLexicon) -> bool:
    """Two words said, then reported: ``Allemaal bangmakerij, zeggen X`` (a speech verb, not an
    opinion verb; words, no punctuation)."""
    return (
        end - start == 2
        and lemma not in lexicon.opinion
        and all(t.is_alpha for t in doc[start:end])
    )


def subject_outside(doc: Doc, subject: Span | None, i: int, inside: Found | None) -> bool:
    """Whether cue verb ``i`` stands inside a quotation and its subject before the quotation's
    opening mark (the quotation goes on with the sentence's verb)."""
    if inside is None or inside.region is None or subject is None:
        return False
    return doc[subject.start].idx < inside.region.start <= doc[i].idx


def new_main_clause(doc: Doc, k: int, limit: int, lexicon: QuoteLexicon) -> bool:
    """``maar``/``want`` without a comma opening a clause with a subject and a finite verb
    of its own: the report before it has ended."""
    if doc[k].pos_ != "CCONJ" or doc[k].lower_ not in lexicon.main_clause_joiners:
        return False
    if k + 2 >= limit:
        return False
    return doc[k + 1].pos_ in ("PRON", "PROPN") and is_finite(doc[k + 2])


def explanation_after(doc: Doc, k: int, limit: int) -> bool:
    """A colon inside reported content that goes on explaining it in words of the same
    sentence (``schuilt er nog een gevaar: als de eindtoets …``), no quotation after it."""
    return k + 1 < limit and doc[k + 1].is_alpha and doc[k + 1].text[:1].islower()


def second_complement(doc: Doc, k: int, lexicon: QuoteLexicon) -> bool:
    """A second ``dat``-clause joined to the first (``zei dat A, maar dat B``): the same
    report goes on."""
    return (
        k < len(doc)
        and doc[k - 1].lower_ in lexicon.complement_joiners
        and doc[k].lower_ in lexicon.complementisers
        and k + 1 < len(doc)
        and (doc[k].pos_ == "SCONJ" or doc[k + 1].pos_ not in ("VERB", "AUX", "PUNCT"))
    )


def quoted_continuation(doc: Doc, k: int) -> bool:
    """A quotation at ``k`` that goes on with the reported clause in small letters (``zegt dat
    ze geen doel hebben, maar “gebruikt kunnen worden …”``)."""
    return k + 1 < len(doc) and doc[k].text[:1] in QUOTE_CHARS and doc[k + 1].text[:1].islower()


def earlier_report(doc: Doc, i: int, complementiser: int | None) -> bool:
    """Whether cue verb ``i`` reports an earlier statement: past tense, with ``dat``/``of``."""
    verb = doc[i]
    return complementiser is not None and (
        has_feature(verb, "Tense", "Past") or has_feature(verb, "VerbForm", "Part")
    )


def comma_before_report(doc: Doc, i: int) -> int | None:
    """The comma before a report verb at ``i`` that follows its clause: ``…, zei X`` or
    ``…, zo vertelde X``."""
    if i > 1 and doc[i - 1].text == ",":
        return i - 1
    if i > 2 and doc[i - 1].lower_ == "zo" and doc[i - 2].text == ",":
        return i - 2
    return None


def figure_after_name(doc: Doc, k: int, volgens: int) -> bool:
    """A figure after a name ends the source: ``volgens Kyiv | 2 gewonden.`` (a numeral, a
    noun, then the clause's end; ``volgens de Top 2000 is …`` and ``artikel 5 van`` go on)."""
    if not (k > volgens + 1 and doc[k].like_num and k + 1 < len(doc)):
        return False
    if doc[k - 1].pos_ not in ("PROPN", "NOUN", "ADJ", "X") or doc[k + 1].pos_ != "NOUN":
        return False
    return k + 2 >= len(doc) or doc[k + 2].is_punct


def hyphen_compound(token: Token) -> bool:
    """A word joined by a hyphen (``generaal-majoor``): a noun, whatever the tagger says."""
    text = token.text
    return "-" in text[1:-1] and all(part.isalpha() for part in text.split("-"))


def personal_pronoun(doc: Doc, k: int) -> bool:
    """A personal pronoun at ``k``, no possessive (``volgens haar``, not ``haar advocaat``;
    ``volgens haar vooral …``, tagged possessive, is personal)."""
    return (
        k < len(doc)
        and doc[k].pos_ == "PRON"
        and has_feature(doc[k], "PronType", "Prs")
        and not determines(doc[k])
    )


def determines(token: Token) -> bool:
    """A possessive pronoun that stands before the noun it determines (``zijn advocaten``,
    ``haar eigen advocaat``)."""
    doc = token.doc
    return (
        is_possessive(token)
        and token.i + 1 < len(doc)
        and doc[token.i + 1].pos_ in ("NOUN", "PROPN", "ADJ", "NUM")
    )


def adverbial_after(token: Token) -> bool:
    """A preposition other than ``van`` (``die volgens haar | op termijn …``)."""
    return token.pos_ == "ADP" and token.lower_ != "van"


def reports_itself(doc: Doc, start: int, end: int, lexicon: QuoteLexicon) -> bool:
    """Whether the clause before a trailing report holds a report of its own (a speech verb,
    no opinion verb, with its ``dat`` within three words: ``De minister zei dat …, herhaalde
    hij``; not ``“Soms denk ik dat …”, zegt X``)."""
    return any(
        doc[k].lower_ in lexicon.complementisers
        and doc[k].pos_ == "SCONJ"
        and any(reports_speech(doc, j, lexicon) for j in range(max(start, k - 3), k))
        for k in range(start, end)
    )


def reports_speech(doc: Doc, j: int, lexicon: QuoteLexicon) -> bool:
    """A speech verb at ``j`` (no opinion verb, no first person next to it: ``denk ik``)."""
    token = doc[j]
    verbs = lexicon.cue_verbs(token.lower_, token.lemma_.lower())
    if not verbs or not cue_verb(token, lexicon):
        return False
    if all(v.lemma in lexicon.opinion for v in verbs):
        return False
    near = doc[max(0, j - 1) : j + 2]
    return not any(t.lower_ in lexicon.first_person for t in near)


def clause_adverb(token: Token, lexicon: QuoteLexicon) -> bool:
    """An adverb of the clause after a source's head (``volgens B en W | ook al …``), not
    one inside its noun phrase (``volgens een zeer betrouwbare bron``, ``volgens de eveneens
    aanwezige agent``, ``volgens minister Hoekstra zelf``: ``source_adverbs``)."""
    doc = token.doc
    return (
        token.pos_ == "ADV"
        and token.is_lower
        and token.lower_ not in lexicon.source_adverbs
        and token.i > 0
        and (doc[token.i - 1].pos_ in ("NOUN", "PROPN", "PRON") or symbol_name(doc[token.i - 1]))
    )


def symbol_name(token: Token) -> bool:
    """A capitalised word the tagger calls a symbol (``B en W``)."""
    return token.pos_ == "SYM" and token.text[:1].isupper()


def name_tagged_else(token: Token) -> bool:
    """A capitalised word the tagger calls an adjective, foreign or a symbol (``volgens
    Kyiv``, ``volgens B en W``)."""
    return token.pos_ in ("ADJ", "X", "SYM") and token.text[:1].isupper() and token.i > 0


def after_last_conjunction(doc: Doc, start: int, i: int, relatives: frozenset[str]) -> int:
    """Where the clause holding token ``i`` begins: after ``, omdat`` / ``, maar`` / ``,
    hetgeen`` when a comma and a conjunction or relative pronoun stand between ``start`` and
    ``i`` (``Ze belden de dokter, omdat [Joëlle volgens hen niet gered wilde worden]``)."""
    for k in range(i - 1, start, -1):
        if doc[k].text != "," or k + 1 >= i:
            continue
        if doc[k + 1].pos_ in ("SCONJ", "CCONJ") or doc[k + 1].lower_ in relatives:
            return k + 2
    return start


def preposition_phrase_before(doc: Doc, i: int, preposition: str) -> Span | None:
    """The words between ``preposition`` and verb ``i`` in the verb's clause (``Uit het
    rapport | blijkt``, ``In een recente studie …, | staat``), or None."""
    for k in range(clause_start(doc, i), i):
        if doc[k].lower_ == preposition:
            return doc[k + 1 : i]
    return None


def phrase_up_to_dat(doc: Doc, at: int) -> tuple[Span, int]:
    """The words after the preposition at ``at`` up to ``dat`` (at most eight, never past a
    clause's end or a comma), and where they end: ``blijkt uit [het rapport] dat``."""
    n, end = len(doc), at + 1
    while (
        end < n
        and end - at <= 8
        and doc[end].lower_ != "dat"
        and not (is_clause_stop(doc[end]) or doc[end].text == ",")
    ):
        end += 1
    return doc[at + 1 : end], end


def past_addressee(doc: Doc, start: int, te: int) -> int:
    """Where a directive's content begins: past the noun phrase or pronoun it is told to,
    when that alone stands before ``om``/``te`` (``manen de bestuurder | te stoppen``, ``vroeg
    mij om | het weg te gooien``; a reflexive goes with the infinitive: ``zich te melden``)."""
    end = next((k for k in range(start, te + 1) if doc[k].lower_ in ("om", "te")), te)
    words = doc[start:end]
    if not len(words) or len(words) > 4:
        return start
    reflexive = words[0].lower_ in ("zich", "zichzelf") or has_feature(words[0], "Reflex", "Yes")
    if len(words) == 1 and words[0].pos_ == "PRON" and not reflexive:
        return end + 1 if doc[end].lower_ == "om" else end
    if all(t.pos_ in ("DET", "ADJ", "NOUN", "PROPN") for t in words) and words[-1].pos_ in (
        "NOUN",
        "PROPN",
    ):
        return end + 1 if doc[end].lower_ == "om" else end
    return start


def finite_verb_after(doc: Doc, k: int) -> bool:
    """Whether a finite verb or a te-infinitive (``gedreigd dat weer te doen``) follows token
    ``k`` in its sentence: a ``dat`` before neither is a pronoun (``vindt dat dus veel te
    ver gaan``)."""
    end = clause_end(doc, k)
    for token in doc[k + 1 : end]:
        if is_finite(token):
            return True
        if token.lower_ == "te" and token.i + 1 < end and doc[token.i + 1].pos_ == "VERB":
            return True
    return False


def subject_after(doc: Doc, k: int) -> bool:
    """Whether a noun, a name or a personal pronoun follows token ``k`` in its sentence: a
    clause's subject (``vindt dat die voorwaarden te streng zijn``, where the tagger may call
    the plural ``zijn`` no finite verb)."""
    for token in doc[k + 1 : clause_end(doc, k)]:
        if token.pos_ in ("NOUN", "PROPN") or has_feature(token, "PronType", "Prs"):
            return True
    return False


def clause_end(doc: Doc, k: int) -> int:
    """The first comma or clause stop after token ``k`` (or its sentence's end)."""
    end = sentence_end(doc, k)
    for token in doc[k + 1 : end]:
        if token.text == "," or is_clause_stop(token):
            return token.i
    return end


def complement_of_object(doc: Doc, verb: int, preposition: int) -> bool:
    """Whether the preposition after a cue verb (``spreken van``) belongs to the verb's object
    noun before it (``Ik sprak een leraar van groep 7``): the verb's subject stands before it,
    a noun right before the preposition, no preposition in between."""
    noun = doc[preposition - 1]
    if preposition == verb + 1 or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    if any(doc[j].pos_ == "ADP" for j in range(verb + 1, preposition - 1)):
        return False
    return any(
        child.dep_ in ("nsubj", "nsubj:pass") and child.i < verb for child in doc[verb].children
    )
