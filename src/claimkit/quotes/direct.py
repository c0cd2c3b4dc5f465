"""Direct quotes and terms: a quotation between marks, attributed by the words after it
(``“…”, zei X``, ``“…”, aldus X``, ``“…”, klonk het nog``, ``“…” Dat zei X``) or before it (``X
zei: “…”``, ``X: “…”``), else carried over from the last speaker; a short verbless quotation
that nothing attributes, or one after a naming verb, is a term."""

from __future__ import annotations

import bisect

from spacy.tokens import Doc, Span

from claimkit.quotes.attribution import (
    QUOTE_CHARS,
    clause_start,
    cue_verb,
    head_of,
    in_not_cue_phrase,
    is_clause_stop,
    is_finite,
    is_possessive,
    noun_phrase,
    sentence_end,
)
from claimkit.quotes.lexicon import QuoteLexicon, role_nouns
from claimkit.quotes.marks import QuoteRegion
from claimkit.quotes.rules import AttributionRules, Found
from claimkit.quotes.speakers import SpeakerRef, SpeakerResolver, same
from claimkit.words import has_feature


class DirectQuotes(AttributionRules):
    """Finds the direct quotes and terms of a Doc (:meth:`find`)."""

    def __init__(self, lexicon: QuoteLexicon) -> None:
        super().__init__(lexicon)
        #: the pronouns that may be an inverted attribution's subject ("…", lacht ze)
        self._subject_pronouns = lexicon.pronouns | lexicon.first_person

    def find(
        self,
        doc: Doc,
        starts: list[int],
        regions: list[QuoteRegion],
        speakers: SpeakerResolver,
        used: set[int],
    ) -> list[Found]:
        """The quotations of ``regions`` as direct quotes (with speakers) or terms, in order;
        the tokens of each cue used go to ``used``."""
        found: list[Found] = []
        last: SpeakerRef | None = None
        last_end = -1
        term_close = -1  # the token after the closing mark(s) of a term found just before
        for region in regions:
            first = bisect.bisect_left(starts, region.start)
            after = bisect.bisect_left(starts, region.end)
            if first >= len(doc) or after <= first:
                continue
            close = _past_closing_marks(doc, after)  # the token after the closing mark(s)
            opening = first - 1
            while opening >= 0 and doc[opening].text and doc[opening].text[-1] in QUOTE_CHARS:
                opening -= 1
            if opening >= 0 and doc[opening].text == ",,":
                opening -= 1
            after_quote = self._after(doc, close, speakers, last)
            attribution = after_quote or self._before(doc, opening, speakers, last)
            if attribution is not None and attribution[1] is None:
                # "X was voorzichtiger. “…”, klonk het": the one brought in before speaks
                introduced = self._introduced(doc, first, last, speakers, organisations=True)
                if introduced is not None:
                    mention = (introduced.start, introduced.end)
                    attribution = (attribution[0], mention, introduced.speaker, 0.6)
            if attribution is None and not region.open_mark and not _said(doc, first, after):
                continue  # a closing mark nothing opened, and nothing says who spoke
            listed = (
                term_close >= 0
                and self.listed_after(doc, term_close, opening)
                and not any(is_finite(t) for t in doc[first:after])
            )
            if listed or self._is_term(doc, region, first, after, opening, attribution is not None):
                mention = self._naming_subject(doc, opening, speakers)
                found.append(
                    Found("term", region.start, region.end, None, mention, None, 0.8, region)
                )
                term_close = close
                continue
            term_close = -1
            subject_before = (
                self._subject_before(doc, first, opening)
                if after_quote is not None or attribution is None
                else None
            )
            if attribution is None and subject_before is not None:
                # "Het RIVM 'verwacht niet dat …'": the sentence's subject speaks
                subject = doc[subject_before : opening + 1]
                speaker, confidence = speakers.resolve(subject, last)
                attribution = (None, (subject.start, subject.end), speaker, confidence * 0.9)
            if attribution is None:
                attribution = self._carried(doc, first, last, last_end, speakers)
            cue, mention, speaker, confidence = attribution
            if cue:
                used.update(range(*cue))
            found.append(
                Found(
                    "direct" if subject_before is None else "mixed",
                    region.start if subject_before is None else doc[subject_before].idx,
                    region.end if subject_before is None else _with_close_mark(region),
                    cue,
                    mention,
                    speaker,
                    confidence,
                    region,
                    sum(t.is_alpha for t in doc[first:after]),
                )
            )
            if speaker is not None:
                last = speaker
            last_end = region.end
        return found

    def _subject_before(self, doc: Doc, first: int, opening: int) -> int | None:
        """Where a sentence starts whose subject stands before a quotation that goes on with
        its verb (``De jeugd “bevestigt alleen dat …”, zegt X``): the token index, when the
        words before the opening mark hold a noun or pronoun and no verb; else None."""
        if opening < 0 or first >= len(doc) or not doc[first].text[:1].islower():
            return None
        if doc[first].pos_ not in ("VERB", "AUX"):
            return None  # the quotation does not go on with the sentence's verb
        start = self._report_start(doc, opening)  # opening: the word before the marks
        words = doc[start : opening + 1]
        if not 0 < len(words) <= 8:
            return None
        if any(t.pos_ in ("VERB", "AUX") or t.is_punct or t.is_space for t in words):
            return None
        return start if any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in words) else None

    def _is_term(
        self,
        doc: Doc,
        region: QuoteRegion,
        first: int,
        after: int,
        opening: int,
        attributed: bool,
    ) -> bool:
        """A quotation that names or labels: short, verbless and not attributed as said."""
        if (
            opening >= 0
            and any(
                doc[k].lower_ in self.lexicon.naming
                for k in range(max(0, opening - 3), opening + 1)
            )
        ) or self._labelled(doc, first, after, opening):
            return after - first <= 2 * self.lexicon.term_max_words
        content = doc[first:after]
        words = [t for t in content if t.is_alpha]
        short = len(words) <= self.lexicon.term_max_words
        if self._answer_in_clause(doc, words, after):
            return True  # "'ja' zeggen", "om 'nee' te zeggen": the word mentioned
        if opening >= 0 and doc[opening].lower_ in self.lexicon.title_nouns:
            return True  # "de reportage 'Naar een ecoleven in zes avonden'": a title
        if not attributed and short and _before_noun(doc, after):
            return True  # a modifier inside a noun phrase: "in 'uitgelokt' drugsproces"
        finite = any(is_finite(t) for t in content)
        ends_sentence = bool(content) and content[-1].text in (".", "!", "?", "…")
        if not attributed and short and not ends_sentence and _after_determiner(doc, opening):
            return True  # "met een 'eigen aangifte'" (whatever the tagger makes of "eigen")
        if attributed and (finite or ends_sentence or region.depth == 0):
            return False
        if region.depth == 0 and ends_sentence and content[0].text[:1].isupper():
            before = doc[opening] if opening >= 0 else None
            if before is None or before.is_space or before.text in (".", "!", "?", ":"):
                return False  # a sentence of its own between marks ("Misschien morgen."): said
        if len(words) <= self.lexicon.term_max_words and not finite:
            return True
        if not attributed and not finite and len(words) <= 2 * self.lexicon.term_max_words:
            before = doc[opening] if opening >= 0 else None
            if before is not None and before.pos_ in ("DET", "ADP"):
                return True  # "een getuige van de 'geleidelijke … ondergang' van haar land"
        return region.depth > 0 and len(words) <= self.lexicon.term_max_words

    def _answer_in_clause(self, doc: Doc, words: list, after: int) -> bool:
        """A quoted answer word (``ja``, ``nee``) that a word of its clause follows without a
        comma: mentioned, not said."""
        if len(words) != 1 or words[0].lower_ not in self.lexicon.answer_words:
            return False
        close = _past_closing_marks(doc, after)
        return close > after and close < len(doc) and doc[close].is_alpha

    def listed_after(self, doc: Doc, term_close: int, opening: int) -> bool:
        """Whether only a list's joining words (``of``, ``en``, a comma) stand between the
        closing mark of a term (``term_close``: the token after it) and the next quotation's
        opening mark (``opening``: the token before it): ``‘gaaf’ of ‘cool’``."""
        between = range(term_close, opening + 1)
        return 0 < len(between) <= 2 and all(
            doc[k].lower_ in self.lexicon.term_joiners for k in between
        )

    def _labelled(self, doc: Doc, first: int, after: int, opening: int) -> bool:
        """A verbless quotation right after a labelling word (``af als “…”``, ``genaamd
        ‘…’``), or followed by ``, zoals … heet``: a name or label."""
        if after - first > 1 and any(is_finite(t) for t in doc[first:after]):
            return False  # (a single word the tagger may call a verb: genaamd 'klikenwin')
        if opening >= 0 and doc[opening].lower_ in self.lexicon.naming_prepositions:
            return True
        close = _past_closing_marks(doc, after)
        if close + 1 >= len(doc) or doc[close].text != ",":
            return False
        if doc[close + 1].lower_ not in self.lexicon.as_said_words:
            return False
        for k in range(close + 2, min(len(doc), close + 12)):
            if is_clause_stop(doc[k]) or doc[k].text == ",":
                return False
            if doc[k].lower_ in self.lexicon.naming:
                return True
        return False

    def _naming_subject(
        self, doc: Doc, opening: int, speakers: SpeakerResolver
    ) -> tuple[int, int] | None:
        for k in range(opening, max(-1, opening - 5), -1):
            if doc[k].lower_ in self.lexicon.naming:
                subject = self._subject(doc, k, speakers)
                return (subject.start, subject.end) if subject is not None else None
        return None

    def _after(
        self, doc: Doc, i: int, speakers: SpeakerResolver, last: SpeakerRef | None
    ) -> tuple | None:
        """``“…”, zei X`` / ``“…”, aldus X`` / ``“…”, klonk het`` / ``“…” Dat zei X``."""
        n = len(doc)
        stop_inside = i >= 2 and doc[i - 2].text in (".", "!", "?")  # “… door.” Dat zei X
        comma = i < n and doc[i].text == ","
        if comma:
            i += 1
        elif i < n and (doc[i].text in (".", "!", "?") or stop_inside):
            if (
                stop_inside
                and doc[i].is_lower
                and cue_verb(doc[i], self.lexicon, any_tag=True)
                and not self._never_after_clause(doc[i])
            ):  # "“… internet!” twitterde X": a small letter goes on with the sentence
                return self._from_verb(doc, i, speakers, last)
            pronoun = i if stop_inside and doc[i].text not in (".", "!", "?") else i + 1
            # the position says the cue form is a verb (the tagger may call ``zeiden`` a noun)
            if (
                pronoun + 1 < n
                and doc[pronoun].lower_ in self.lexicon.attribution_pronouns
                and cue_verb(doc[pronoun + 1], self.lexicon, any_tag=True)
            ):
                return self._from_verb(doc, pronoun + 1, speakers, last)
            return None
        if i + 1 < n and doc[i].lower_ == "zo" and cue_verb(doc[i + 1], self.lexicon, any_tag=True):
            i += 1  # "“…”, zo zei X" (else "“…”, zo X": zo as aldus)
        if i >= n:
            return None
        token = doc[i]
        if comma and token.lower_ in self.lexicon.as_said_words:
            # "“…”, zoals wethouder X bij herhaling zei.": the verb ending the clause
            for k in range(i + 1, min(n, i + 10)):
                if is_clause_stop(doc[k]) or doc[k].text == ",":
                    break
                if cue_verb(doc[k], self.lexicon, any_tag=True):
                    named = speakers.named_in(i + 1, k)  # a name before "bij herhaling"
                    if named is None:
                        return self._from_verb(doc, k, speakers, last)
                    mention = doc[named.start : named.end]
                    speaker, confidence = speakers.resolve(mention, last)
                    return (k, k + 1), (mention.start, mention.end), speaker, confidence
            return None
        if token.lower_ in self.lexicon.after_quote_words and i + 1 < n:
            head = self._head_after(doc, i + 1)
            if head is None:
                return None
            mention = noun_phrase(doc, head)
            speaker, confidence = speakers.resolve(mention, last)
            return (i, i + 1), (mention.start, mention.end), speaker, confidence
        if token.lower_ in self.lexicon.carry_over and i + 1 < n and doc[i + 1].lower_ == "het":
            end = i + 2
            if end < n and doc[end].lower_ in self.lexicon.adverbs_after_cue:
                end += 1
            mention = self._named_after(doc, end, speakers)
            if mention is not None:
                speaker, confidence = speakers.resolve(mention, last)
                return (i, end), (mention.start, mention.end), speaker, confidence
            return (i, end), None, last, 0.7 if last is not None else 0.3
        if cue_verb(token, self.lexicon, any_tag=True) and not self._never_after_clause(token):
            return self._from_verb(doc, i, speakers, last)  # opinion verbs too: "“…”, vindt X"
        if comma and _inverted_report(doc, i, self._subject_pronouns):
            # "“…”, verwijst Wild naar …": any verb in an attribution's word order
            attribution = self._from_verb(doc, i, speakers, last)
            cue, mention, speaker, confidence = attribution
            return cue, mention, speaker, confidence * 0.8
        if token.pos_ == "AUX" or token.lemma_ in ("hebben", "zijn", "worden"):
            # "“…”, had toen een collega gezegd"
            for k in range(i + 1, min(n, i + 7)):
                if is_clause_stop(doc[k]) or doc[k].text == ",":
                    break
                # a participle the tagger calls a noun ("had de oude Thys geantwoord")
                participle = doc[k].lower_.startswith("ge")
                if cue_verb(doc[k], self.lexicon, any_tag=participle) and not self._opinion_only(
                    doc[k]
                ):
                    return self._from_verb(doc, k, speakers, last)
        return None

    def _from_verb(self, doc: Doc, i: int, speakers: SpeakerResolver, last: SpeakerRef | None):
        subject = self._subject(doc, i, speakers)
        if subject is None or self._names_nobody(head_of(subject)):
            return (i, i + 1), None, last, 0.5 if last is not None else 0.3
        speaker, confidence = speakers.resolve(subject, last)
        return (i, i + 1), (subject.start, subject.end), speaker, confidence

    def _named_after(self, doc: Doc, i: int, speakers: SpeakerResolver) -> Span | None:
        """A speaker named in the rest of the sentence after ``klonk het`` (``bij Electrabel``,
        ``waarna de president …``)."""
        end = min(sentence_end(doc, i), i + 10)
        named = speakers.named_in(i, end)
        if named is not None:
            return doc[named.start : named.end]
        for k in range(i, end):
            token = doc[k]
            if token.lower_ in speakers.roles and k > 0 and doc[k - 1].pos_ == "DET":
                return doc[k - 1 : k + 1]
        return None

    def _before(
        self, doc: Doc, i: int, speakers: SpeakerResolver, last: SpeakerRef | None
    ) -> tuple | None:
        """``X zei: “…”`` / ``X: “…”`` / ``X wenste … toe: “…”``."""
        if i < 0 or doc[i].text != ":":
            return None
        start = clause_start(doc, i)
        first_found = None
        for k in range(i - 1, start - 1, -1):
            if cue_verb(doc[k], self.lexicon) and not in_not_cue_phrase(doc, k, self.lexicon):
                found = self._from_verb(doc, k, speakers, last)
                if found[1] is not None:
                    return found
                # "X reageerde met een opmerking die dat onderstreept: “…”": the cue of a
                # relative clause names nobody; an earlier cue may
                first_found = first_found or found
        if first_found is not None:
            return first_found
        clause = doc[start:i]
        if len(clause) == 1 and clause[0].lower_ in self.lexicon.colon_labels:
            return None  # "Citaat: “…”": a label
        opens_sentence = (
            start == 0
            or doc[start - 1].text in (".", "!", "?")
            or ("\n" in doc[start - 1].whitespace_ or doc[start - 1].is_space)
        )
        named = _name_before_apposition(clause) if opens_sentence else None
        if named is not None:  # "Celine, werkzaam bij een dienstverlener: “…”"
            speaker, confidence = speakers.resolve(named, last)
            return (i, i + 1), (named.start, named.end), speaker, confidence * 0.85
        if (
            opens_sentence
            and 0 < len(clause) <= 5
            and all(t.pos_ in ("PROPN", "NOUN", "DET", "ADJ", "PUNCT", "X") for t in clause)
            and any(t.pos_ in ("PROPN", "NOUN") for t in clause)
        ):  # "Rudy De Brandt: “…”"
            speaker, confidence = speakers.resolve(clause, last)
            return (i, i + 1), (clause.start, clause.end), speaker, confidence * 0.9
        sentence = self._report_start(doc, i)
        named = speakers.named_in(sentence, i)
        if named is not None and named.speaker.kind == "person" and named.start == sentence:
            # "De Boodt heeft hoop …: “…”": the person the introducing clause is about; of
            # several names before its verb, the last ("Commentaar AD Hans van Soest is …",
            # a heading run into the sentence)
            verb = next((k for k in range(sentence, i) if doc[k].pos_ in ("VERB", "AUX")), i)
            before_verb = [
                n
                for n in speakers.named
                if sentence <= n.start and n.end <= verb and n.speaker.kind == "person"
            ]
            named = before_verb[-1] if before_verb else named
            mention = doc[named.start : named.end]
            speaker, confidence = speakers.resolve(mention, last)
            return None, (mention.start, mention.end), speaker, confidence * 0.7
        subject = self._introducing_subject(doc, sentence, i)
        if subject is not None:  # "De directeur is verbaasd: “…”", "Hij is stellig: “…”"
            speaker, confidence = speakers.resolve(subject, last)
            return None, (subject.start, subject.end), speaker, confidence * 0.6
        return None

    def _introducing_subject(self, doc: Doc, sentence: int, colon: int) -> Span | None:
        """The subject that opens a sentence introducing a quotation after its colon, when it
        can speak: a role noun (``De directeur is verbaasd:``), a personal pronoun (``Hij is
        stellig:``) or a name; not a thing (``Het resultaat is duidelijk:``)."""
        verb = next((k for k in range(sentence, colon) if is_finite(doc[k])), None)
        if verb is None or verb == sentence or verb - sentence > 4:
            return None
        head = doc[verb - 1]
        if head.pos_ not in ("NOUN", "PROPN", "PRON") and not head.is_title:
            return None
        mention = noun_phrase(doc, head)
        if mention.start != sentence or mention.end != verb or mention[0].is_upper:
            return None  # (a heading run into the sentence: "ND Het Nederlands Dagblad is …")
        word = head.lower_
        speaks = (
            word in role_nouns()
            or word in self.lexicon.male
            or word in self.lexicon.female
            or (head.pos_ == "PROPN" and head.is_title)
        )
        return mention if speaks else None

    def _carried(
        self,
        doc: Doc,
        first: int,
        last: SpeakerRef | None,
        last_end: int,
        speakers: SpeakerResolver,
    ) -> tuple:
        """No attribution of its own: a person named since the last quote (a new speaker
        introduced: ``De Vries sluit zich daarbij aan. “…”``), else the last speaker."""
        introduced = self._introduced(doc, first, last, speakers)
        if introduced is not None:
            # "Van Koppen hield zich bezig met de Deventer moordzaak. “…”": the subject
            return None, (introduced.start, introduced.end), introduced.speaker, 0.55
        named = speakers.last_named_before(first, window=60)
        if named is not None and named.start > 0 and doc[named.start - 1].lower_ == "van":
            named = None  # "Het meldpunt van Thierry Baudet, 'dat is …'": spoken about
        if named is not None and _in_question(doc, named.end, first):
            named = None  # an interviewer's question names whom it asks about
        if (
            named is not None
            and doc[named.start].idx > last_end
            # not a name inside the last quote's own attribution ("zegt X, woordvoerder van Y")
            and not (last is not None and doc[named.start].sent.start_char <= last_end)
        ):
            return None, (named.start, named.end), named.speaker, 0.5
        if last is not None and last_end >= 0 and doc[first].idx - last_end < 600:
            return None, None, last, 0.6
        if named is not None:
            return None, (named.start, named.end), named.speaker, 0.45
        return None, None, None, 0.3

    @staticmethod
    def _introduced(
        doc: Doc,
        first: int,
        last: SpeakerRef | None,
        speakers: SpeakerResolver,
        *,
        organisations: bool = False,
    ):
        """The subject of the sentence before the quotation at ``first`` when it is someone
        other than the last speaker (and not whom an interviewer's question is about); with
        ``organisations``, an organisation too ("Het Kremlin wijst dat af. “…”, klonk het")."""
        introduced = speakers.subject_of_sentence_before(first, organisations=organisations)
        if introduced is None or _in_question(doc, introduced.end, first):
            return None  # "Oud-president Abdullah Gül? “Inderdaad, die.”": asked about
        return None if same(introduced.speaker, last) else introduced

    def _never_after_clause(self, token) -> bool:
        """An opinion verb that never reports what stands before it (``die zich 'groen'
        willen etaleren``)."""
        return self._cue_lemmas_in(token, self.lexicon.not_after_clause, none=False)

    def _opinion_only(self, token) -> bool:
        return self._cue_lemmas_in(token, self.lexicon.opinion, none=True)

    def _cue_lemmas_in(self, token, lemmas: frozenset[str], *, none: bool) -> bool:
        """Whether every cue verb ``token`` may be has its lemma in ``lemmas`` (``none``: the
        answer when it is no cue verb at all)."""
        verbs = self.lexicon.cue_verbs(token.lower_, token.lemma_.lower())
        return all(v.lemma in lemmas for v in verbs) if verbs else none


def _in_question(doc: Doc, after: int, first: int) -> bool:
    """Whether the sentence that goes on at token ``after`` ends in a question mark before
    token ``first`` (an interviewer's question before the answer)."""
    for k in range(after, min(first, len(doc))):
        if doc[k].text in (".", "!", "?"):
            return doc[k].text == "?"
    return False


def _inverted_report(doc: Doc, i: int, pronouns: frozenset[str]) -> bool:
    """``“…”, verwijst Wild naar …`` / ``“…”, lacht ze``: a verb no cue list has, right after
    the quotation's comma, and its subject right after it (a capitalised name or a subject
    pronoun of ``pronouns``): the word order of an attribution."""
    if i + 1 >= len(doc) or doc[i].pos_ != "VERB" or not doc[i].is_lower:
        return False
    if not is_finite(doc[i]) and doc[i].lower_.startswith("ge"):
        return False  # a participle ("gezegd door")
    subject = doc[i + 1]
    if subject.pos_ in ("PROPN", "NOUN") and subject.text[:1].isupper():
        return True
    return (
        subject.lower_ in pronouns
        and not is_possessive(subject)
        and not has_feature(subject, "Case", "Acc")
    )


def _name_before_apposition(clause: Span) -> Span | None:
    """``Celine, werkzaam bij de afdeling fusies en overnames`` before a colon: a name of at
    most three capitalised words, a comma, then words without a finite verb (who the name is)."""
    for k in range(1, min(4, len(clause))):
        if clause[k].text != ",":
            continue
        name = clause[:k]
        if not all(t.text[:1].isupper() and t.is_alpha for t in name):
            return None
        if any(is_finite(t) for t in clause[k + 1 :]):
            return None
        return name
    return None


def _after_determiner(doc: Doc, opening: int) -> bool:
    """Whether an article or other determiner stands right before the opening mark: the
    quotation is (part of) a noun phrase."""
    return opening >= 0 and doc[opening].pos_ == "DET" and doc[opening].is_alpha


def _before_noun(doc: Doc, after: int) -> bool:
    """Whether a noun follows the closing mark at ``after`` directly: the quotation is part
    of a noun phrase (``een 'legaal' hout``), no sentence of its own."""
    close = after
    while close < len(doc) and doc[close].text and doc[close].text[0] in QUOTE_CHARS:
        close += 1
    return close > after and close < len(doc) and doc[close].pos_ == "NOUN"


def _said(doc: Doc, first: int, after: int) -> bool:
    """Whether the words before a closing mark that nothing opened are a quoted sentence
    whose opening went missing (``… minder kans op corruptie."``): four words or more with a
    finite verb, ending at a full stop, question or exclamation mark."""
    content = doc[first:after]
    return (
        len(content) > 0
        and content[-1].text in (".", "!", "?")
        and sum(t.is_alpha for t in content) >= 4
        and any(is_finite(t) for t in content)
    )


def _past_closing_marks(doc: Doc, after: int) -> int:
    """The token after a quotation's closing mark(s), ``after`` being the one after its
    content."""
    close = after
    while close < len(doc) and doc[close].text and doc[close].text[0] in QUOTE_CHARS:
        close += 1
    return close


def _with_close_mark(region: QuoteRegion) -> int:
    """Where a quotation ends with its closing mark (a mixed quote holds both marks)."""
    return region.end + (len(region.close_mark) if region.close_mark else 0)
