"""What the attribution rules share: a quote under construction, a cue verb's subject, the
start of a reported clause, and the small functions the direct and reported rules both use."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from claimkit.quotes.attribution import (
    QUOTE_CHARS,
    between_dashes,
    head_of,
    is_clause_stop,
    is_possessive,
    is_quote_mark,
    noun_phrase,
    subject_candidates,
)
from claimkit.quotes.lexicon import QuoteLexicon
from claimkit.quotes.marks import QuoteRegion
from claimkit.quotes.speakers import SpeakerRef, SpeakerResolver
from claimkit.spans import doc_text
from claimkit.words import (
    DASHES,
    clause_floor,
    ends_with_glued_stop,
    is_dutch_word,
    starts_sentence,
)


@dataclass
class Found:
    """A quote under construction (token indices; characters for the content)."""

    kind: str
    start_char: int
    end_char: int
    cue: tuple[int, int] | None
    mention: tuple[int, int] | None
    speaker: SpeakerRef | None
    confidence: float
    region: QuoteRegion | None = None
    words: int = 0  # words of a quotation between marks


_FINAL_SUBJECT_WORDS = 6  # the most words of a subject closing its sentence after ", meldt"
_REPORT_REACH = 300  # characters back to reported speech that a later pronoun's quote takes


class AttributionRules:
    """Base of :class:`~claimkit.quotes.direct.DirectQuotes` and
    :class:`~claimkit.quotes.reported.ReportedSpeech`: the lexicon and shared look-ups."""

    def __init__(self, lexicon: QuoteLexicon) -> None:
        self.lexicon = lexicon

    def _subject(self, doc: Doc, i: int, speakers: SpeakerResolver) -> Span | None:
        """The subject of cue verb ``i``: a named person or organisation among the candidates
        first, then a pronoun or name, then the parse's choice."""
        before_aside = _before_aside(doc, i)
        if before_aside is not None:
            return before_aside  # "De Gezondheidsraad - een adviesorgaan - laat weten"
        if (
            i > 1
            and doc[i - 1].lower_ in self.lexicon.subject_relatives
            and doc[i - 2].pos_ in ("NOUN", "PROPN")
        ):
            return noun_phrase(doc, doc[i - 2])  # "De organisatie die zegt …": its antecedent
        floor = clause_floor(doc, i)
        candidates = [
            span
            for span in subject_candidates(doc[i], self.lexicon)
            if span.start >= floor  # "MOSKOU (ANP) - Rusland claimt": no dateline's place
            and not self._told_to(doc, span)
            and not between_dashes(doc, span)
            and not self._a_time(span)
            and head_of(span).lower_ not in self.lexicon.object_pronouns  # vroeg hem om …
        ]
        if i > 0 and (
            doc[i - 1].text == "," or doc[i - 1].lower_ == "zo" or is_quote_mark(doc[i - 1].text)
        ):
            # inversion after a quote ("“…”, zegt De Mos", "“…,” beloofde de premier"): the
            # words right after the verb
            for span in sorted(candidates, key=lambda c: c.start):
                head = head_of(span)
                if (
                    i < span.start <= i + 4
                    and head.pos_ in ("PROPN", "PRON", "NOUN")
                    and not self._names_nobody(head)
                ):
                    return span
            if _right_after_quotation(doc, i):
                # "“…”, schat Biemans in": the subject follows the verb, whatever the parse
                # made of the quotation's words
                head = self._head_after(doc, i + 1)
                if i + 1 < len(doc) and doc[i + 1].is_title and not is_dutch_word(doc[i + 1].text):
                    head = doc[i + 1]  # a name the tagger took for anything ("schat Biemans in")
                if (
                    head is not None
                    and head.i <= i + 3
                    and all(t.pos_ in ("DET", "ADJ") for t in doc[i + 1 : head.i])
                    and not self._names_nobody(head)
                ):  # the words right after the verb ("antwoordde op de vraag": no subject)
                    return noun_phrase(doc, head)
                candidates = [span for span in candidates if span.start > i]
            elif doc[i - 1].text == ",":
                # "…, meldt netbeheerder Ukrenergo.": the words closing the sentence, whatever
                # the tagger made of them ("netbeheerder" an adposition), when the parse has
                # no subject after the verb outside them
                final = self._clause_final_subject(doc, i)
                if final is not None and all(
                    final.start <= c.start and c.end <= final.end for c in candidates if c.start > i
                ):
                    return final
        candidates = [_person_before_van(doc, span, speakers) for span in candidates]
        parsed_subject = any(head_of(c).dep_.startswith("nsubj") for c in candidates)
        for span in candidates:
            if parsed_subject and head_of(span).dep_ in ("obj", "iobj"):
                continue  # "Ze vertelde Peeters dat …": whom she told, not who told
            if speakers.named_in(span.start, span.end) is not None:
                return span
        for span in candidates:
            head = head_of(span)
            if head.pos_ in ("PROPN", "PRON") and not self._names_nobody(head):
                return span
        for span in candidates:
            head = head_of(span)
            if head.is_title and not is_dutch_word(head.text) and not self._names_nobody(head):
                return span  # a name the tagger took for a noun ("Wiebes ontkende stellig …")
        for span in candidates:
            if not self._names_nobody(head_of(span)):
                return span
        if (
            i > 1
            and doc[i - 2].pos_ == "DET"
            and doc[i - 1].pos_ == "ADJ"
            and doc[i - 1].head.i == i
            and (i == 2 or is_clause_stop(doc[i - 3]) or doc[i - 3].is_space)
        ):
            return doc[i - 2 : i]  # "De 52-jarige schat dat …": the parse made the verb a noun
        return None

    def _clause_final_subject(self, doc: Doc, i: int) -> Span | None:
        """The words after cue verb ``i`` up to its sentence's full stop, when they are a noun
        phrase of at most ``_FINAL_SUBJECT_WORDS`` words (``…, zeggen de door Hamas geleide
        gezondheidsautoriteiten.``): no comma, adverb or time word among them, no adposition
        after a noun."""
        end = i + 1
        while end < len(doc) and end - i <= _FINAL_SUBJECT_WORDS + 1:
            token = doc[end]
            if token.text in (".", "!", "?"):
                break
            if (
                token.is_punct
                or token.is_space
                or token.pos_ in ("ADV", "SCONJ", "CCONJ", "PRON", "AUX")
                or token.lower_ in self.lexicon.time_nouns
                or token.lower_ in self.lexicon.complementisers
                or (token.pos_ == "ADP" and end > i + 1 and doc[end - 1].pos_ in ("NOUN", "PROPN"))
            ):
                return None
            end += 1
        if (
            end >= len(doc)
            or doc[end].text not in (".", "!", "?")
            or not i + 1 < end <= i + 1 + _FINAL_SUBJECT_WORDS
        ):
            return None
        span = doc[i + 1 : end]
        last = span[-1]
        if not (last.is_alpha and (last.pos_ in ("NOUN", "PROPN", "VERB") or last.is_title)):
            return None
        if self._names_nobody(last):
            return None
        return span

    def _a_time(self, span: Span) -> bool:
        """A phrase that only says when (``dit weekend``, ``vorige week``): no subject."""
        return any(t.lower_ in self.lexicon.time_nouns for t in span) and all(
            t.lower_ in self.lexicon.time_nouns or t.pos_ in ("DET", "ADJ", "PRON") for t in span
        )

    def _told_to(self, doc: Doc, span: Span) -> bool:
        """Whom a statement is told to (``Tegen Sky News zei hij …``), or whose account it is
        part of (``Volgens ITN zei de premier …``): no subject of the verb."""
        if span.start == 0:
            return False
        before = doc[span.start - 1].lower_
        # "Volgens ITN zei de premier dat …": the source of the report around it, too
        return before in self.lexicon.addressee_prepositions or before in self.lexicon.source_words

    @staticmethod
    def _statement(
        doc: Doc,
        start: int,
        end: int,
        cue: tuple[int, int],
        source: Span,
        speakers: SpeakerResolver,
        last: SpeakerRef | None,
        weight: float,
    ) -> Found:
        """An indirect quote of tokens ``start``..``end`` by the ``source`` words, resolved;
        ``weight`` says how much the pattern itself is trusted."""
        speaker, confidence = speakers.resolve(source, last)
        return reported_found(
            doc, start, end, cue, (source.start, source.end), speaker, confidence * weight
        )

    def _names_nobody(self, token) -> bool:
        word = token.lower_.strip(".,;:")
        if (
            word in self.lexicon.demonstratives
            and token.text[:1].isupper()
            and starts_sentence(token.doc, token.i)
        ):
            return False  # "Die hield vol dat …": the one just named, not a relative
        return word in self.lexicon.not_subjects

    @staticmethod
    def _report_start(doc: Doc, i: int) -> int:
        """Where a clause reported after it begins (``Zijn partij heeft ‘ruim’ gewonnen, zei
        X``): its sentence's start (after a dateline: ``DEN HAAG - …``), looking through quote
        marks of a quoted part inside it."""
        floor = clause_floor(doc, i)
        j = i
        while j > floor:
            prev = doc[j - 1]
            if prev.is_space or prev.text in (".", "!", "?", ";", ":") or "\n" in prev.whitespace_:
                break
            j -= 1
        while j < i and doc[j].text and doc[j].text[0] in QUOTE_CHARS:
            j += 1
        return j

    def _head_after(self, doc: Doc, i: int):
        """The first noun, name or pronoun from token ``i`` on, in its clause; past a
        possessive (``legt zijn advocaat uit``: the lawyer)."""
        for k in range(i, min(len(doc), i + 5)):
            if doc[k].pos_ in ("PROPN", "NOUN", "PRON") and not is_possessive(doc[k]):
                return doc[k]
            if is_clause_stop(doc[k]):
                return None
        return None


def _right_after_quotation(doc: Doc, i: int) -> bool:
    """Whether token ``i`` follows a quotation's closing mark, or the comma after it."""
    if i > 0 and is_quote_mark(doc[i - 1].text):
        return True
    return i > 1 and doc[i - 1].text == "," and is_quote_mark(doc[i - 2].text)


def _before_aside(doc: Doc, i: int, reach: int = 15) -> Span | None:
    """The noun phrase before an aside between dashes that ends right before verb ``i``
    (``De Gezondheidsraad - een adviesorgaan voor regering en parlement - laat weten``)."""
    if i < 3 or doc[i - 1].text not in DASHES:
        return None
    for k in range(i - 2, max(0, i - reach), -1):
        if doc[k].text in DASHES:
            before = doc[k - 1] if k > 0 else None
            if before is None or before.pos_ not in ("NOUN", "PROPN"):
                return None
            return noun_phrase(doc, before)
        if is_clause_stop(doc[k]):
            return None
    return None


def opens_clause(doc: Doc, k: int) -> bool:
    """``dat`` tagged as a pronoun that still opens a clause: a subject follows it (``vindt
    dat Koolmees …``), or up to two adverbs and then a determiner, noun, name or number
    (``schat dat slechts één …``); not adverbs alone or a verb (``zei dat niet``)."""
    if doc[k].lower_ != "dat" or k + 1 >= len(doc):
        return False
    following = doc[k + 1]
    if following.pos_ == "ADP":  # "erkende dat in de ministersploeg enige wanhoop heerst"
        return _subject_after_phrase(doc, k + 1)
    if following.pos_ == "ADV":
        j = k + 1
        while j < len(doc) and doc[j].pos_ == "ADV" and j - k <= 2:
            j += 1  # "schat dat slechts één op de vier …", "dat niet altijd een …"
        return j < len(doc) and doc[j].pos_ in ("DET", "NOUN", "PROPN", "NUM")
    return following.pos_ in ("DET", "NOUN", "PROPN", "PRON", "NUM", "ADJ") or bool(
        following.text and following.text[0] in QUOTE_CHARS
    )


def _subject_after_phrase(doc: Doc, k: int) -> bool:
    """Whether a noun phrase (a subject) follows the prepositional phrase opened at ``k``:
    ``dat [in de ministersploeg] enige wanhoop heerst``, not ``zei dat in de krant``."""
    for j in range(k + 1, min(len(doc), k + 5)):
        if doc[j].pos_ in ("NOUN", "PROPN"):
            return j + 1 < len(doc) and doc[j + 1].pos_ in ("DET", "PRON", "PROPN", "NOUN", "NUM")
        if doc[j].pos_ not in ("DET", "ADJ", "NUM"):
            return False
    return False


def speakers_reported_before(
    doc: Doc,
    starts: list[int],
    direct: list[Found],
    indirect: list[Found],
    speakers: SpeakerResolver,
    lexicon: QuoteLexicon,
) -> None:
    """``Dat zegt een woordvoerder van het OM. “…”, zegt hij.``: a direct quote spoken by a
    personal pronoun, or without a cue of its own, right after a sentence that reports
    someone's statement is that someone's, when nothing is quoted between (``starts``: every
    token's character offset); a description that reports (``Een commandant … bevestigt dat
    …``) passes only to ``“…”, klonk het`` and to quotations nothing else gave a speaker. The
    quotations after such a one in its paragraph, without cue or mention, go on with its
    speaker (``carried``; a line break ends the paragraph). Direct quotes are found before
    reported speech, so this is done after both."""
    statements = [q for q in direct if q.kind != "term"]
    if not statements:
        return  # (most texts: no direct quote, and no set of pronouns to make)
    pronouns = lexicon.male | lexicon.female | lexicon.plural
    text = doc_text(doc)
    carried: Found | None = None  # the quote just before, given its speaker here
    for quote in statements:
        word = None
        if quote.mention is not None and quote.mention[1] - quote.mention[0] == 1:
            word = doc[quote.mention[0]].lower_
        if word not in pronouns:
            word = None
        if (
            carried is not None
            and quote.cue is None
            and quote.mention is None
            and "\n" not in text[carried.end_char : quote.start_char]  # (a paragraph ends)
            and not any(carried.end_char <= q.start_char < quote.start_char for q in statements)
        ):
            # "“…”, klonk het. “…”": the next quotation of the paragraph goes on
            quote.speaker, carried = carried.speaker, quote
            continue
        carried = None
        if quote.cue is not None and word is None and quote.mention is not None:
            continue  # attributed by its own cue to someone named ("“…”, klonk het" is not)
        first = bisect_right(starts, quote.start_char) - 1
        before = speakers.sentence_before(max(first, 0))
        if before is None:
            continue
        reported = [
            r
            for r in indirect
            if r.cue is not None
            and r.speaker is not None
            # a description ("Een commandant van de brigade bevestigt dat …") goes on only to
            # "“…”, klinkt het" and to a quotation nothing else gave a speaker
            and (
                r.speaker.kind in ("person", "organisation")
                or (quote.mention is None and (quote.cue is not None or quote.speaker is None))
            )
            and before.start <= r.cue[0] < before.end
            and r.end_char <= quote.start_char
        ]
        if not reported and word is not None:
            reported = _reported_earlier_in_paragraph(text, quote, indirect)
        if not reported:
            continue
        source = reported[-1]
        between = any(
            source.end_char <= q.start_char < quote.start_char for q in statements if q is not quote
        )
        if between or (word is not None and not speakers.fits(word)(source.speaker)):
            continue
        quote.speaker = source.speaker
        quote.confidence = min(quote.confidence, source.confidence)
        carried = quote


def _reported_earlier_in_paragraph(text: str, quote: Found, indirect: list[Found]) -> list[Found]:
    """The named people whose reported speech comes before a quote spoken by a pronoun, in its
    paragraph and within ``_REPORT_REACH`` characters (``Al zegt Tkatsjenko dat hij nog niet
    gerust is. Vanaf de overkant vuurt de artillerie. “…”, zegt hij``)."""
    return [
        r
        for r in indirect
        if r.cue is not None
        and r.speaker is not None
        and r.speaker.kind == "person"
        and r.end_char <= quote.start_char
        and quote.start_char - r.end_char <= _REPORT_REACH
        and "\n" not in text[r.end_char : quote.start_char]
    ]


def _person_before_van(doc: Doc, span: Span, speakers: SpeakerResolver) -> Span:
    """``Minister Wouter Koolmees van Sociale Zaken zegt``: the person whose name stands
    right before ``van`` and the parse's subject, else the subject itself."""
    k = span.start - 1
    if k < 1 or doc[k].lower_ != "van":
        return span
    named = speakers.named_in(k - 1, k)
    if named is None or named.speaker.kind != "person" or named.end != k:
        return span
    return doc[named.start : named.end]


def last_speaker(direct: list[Found], indirect: list[Found], before: int) -> SpeakerRef | None:
    """The speaker of the last statement that starts before character ``before``."""
    best: Found | None = None
    for quote in (*direct, *indirect):
        if (
            quote.speaker is not None
            and quote.start_char < before
            and (best is None or quote.start_char > best.start_char)
        ):
            best = quote
    return best.speaker if best else None


def reported_found(
    doc: Doc,
    start: int,
    end: int,
    cue: tuple[int, int],
    mention: tuple[int, int] | None,
    speaker: SpeakerRef | None,
    confidence: float,
) -> Found:
    """An indirect quote whose content is tokens ``start``..``end``."""
    return Found(
        "indirect", doc[start].idx, end_char(doc, end, start), cue, mention, speaker, confidence
    )


def end_char(doc: Doc, end: int, start: int) -> int:
    """The character offset after token ``end - 1``, without trailing punctuation or space;
    never before token ``start``."""
    k = end - 1
    while k > start and (doc[k].text in (",", ";") or doc[k].is_space):
        k -= 1
    glued = 1 if ends_with_glued_stop(doc[k]) else 0  # "op 5G." : the full stop is no content
    return doc[k].idx + len(doc[k].text) - glued
