"""Reported speech: a cue verb with ``dat``/``of`` (``X zei dat …``), a te-infinitive (``X
zegt … te willen``), a report after the clause (``…, zei X.``, ``…, aldus X.``, ``…, klinkt
het.``), ``volgens X``, a speech noun (``met de mededeling dat``), a document (``uit het rapport
blijkt dat``), one's own account (``naar eigen zeggen``), and ``Dat zei X.`` after a
sentence."""

from __future__ import annotations

from dataclasses import replace

from spacy.attrs import LEMMA, LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from claimkit.quotes.attribution import (
    QUOTE_CHARS,
    after_extended_attribute,
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
from claimkit.quotes.clauses import (
    adverbial_after,
    after_last_conjunction,
    attributive,
    before_attribution,
    clause_adverb,
    comma_before_report,
    complement_of_object,
    determines,
    earlier_report,
    explanation_after,
    figure_after_name,
    finite_verb_after,
    genitive_name,
    hyphen_compound,
    name_tagged_else,
    new_main_clause,
    past_addressee,
    personal_pronoun,
    phrase_up_to_dat,
    predicate_of_naming,
    preposition_phrase_before,
    prepositional_phrase,
    pronoun_clause,
    quoted_continuation,
    relative_clause_end,
    reports_itself,
    second_complement,
    shared_subject,
    short_statement,
    subject_after,
    subject_outside,
    subject_with_apposition,
)
from claimkit.quotes.lexicon import QuoteLexicon
from claimkit.quotes.rules import (
    AttributionRules,
    Found,
    last_speaker,
    opens_clause,
    reported_found,
)
from claimkit.quotes.speakers import SpeakerRef, SpeakerResolver
from claimkit.words import is_dutch_word

#: lemmas whose cue test is remembered before the memory starts again
_MAX_REMEMBERED_LEMMAS = 200_000


class ReportedSpeech(AttributionRules):
    """Finds the indirect quotes of a Doc (:meth:`find`), given its direct quotes."""

    def __init__(self, lexicon: QuoteLexicon) -> None:
        super().__init__(lexicon)
        self._first_words: frozenset[int] | None = None  # every form a rule starts from (hashes)
        self._lemma_is_cue: dict[int, bool] = {}  # lemma hash: whether a cue verb's

    def find(
        self,
        doc: Doc,
        starts: list[int],
        direct: list[Found],
        speakers: SpeakerResolver,
        used: set[int],
    ) -> list[Found]:
        """Reported speech in ``doc``, token by token; ``direct`` are its direct quotes and
        terms, ``used`` the tokens that already serve as a cue."""
        terms = [(q.start_char, q.end_char) for q in direct if q.kind == "term"]
        statements = [q for q in direct if q.kind != "term"]
        found: list[Found] = []
        # where the attributions after direct quotes stand ("“…”, zei X"): no reported content
        after_cues = [
            doc[q.cue[0]].idx for q in statements if q.cue and doc[q.cue[0]].idx >= q.end_char
        ]
        for i in self._cue_positions(doc):  # most tokens: no look at the quotes around them
            if i in used:
                continue
            token = doc[i]
            lower = token.lower_
            if any(s <= token.idx < e for s, e in terms):
                continue
            last = last_speaker(statements, found, token.idx)
            inside = next((q for q in statements if q.start_char <= token.idx < q.end_char), None)
            if lower in self.lexicon.source_words:
                quote = self._volgens(doc, i, speakers, last, inside)
            elif lower in self.lexicon.speech_nouns:
                quote = self._noun_report(doc, i, speakers, last, inside)
            elif lower in self.lexicon.evidence_verbs:
                quote = self._evidence(doc, i, speakers, last, inside)
            elif lower in self.lexicon.document_verbs:
                quote = self._document_says(doc, i, speakers, last, inside)
            elif lower in self.lexicon.after_quote_words and lower != "zo":
                quote = self._aldus(doc, i, speakers, last)
            elif lower in self.lexicon.naming_reports:
                quote = self._naming_report(doc, i, speakers, last, inside)
            else:
                quote = None
                if lower in self.lexicon.own_account[2]:  # "naar eigen zeggen", else a verb
                    quote = self._own_account(doc, i, speakers, last, inside)
                verb = None if quote else cue_verb(token, self.lexicon)
                verb = verb or (None if quote else self._verb_by_position(doc, i))
                if verb is not None and not in_not_cue_phrase(doc, i, self.lexicon):
                    quote = self._reported(doc, i, verb.lemma, speakers, last, inside)
                    if quote is None:
                        quote = self._dat_zei(doc, i, speakers, last)
                elif quote is None and lower not in self.lexicon.carry_over:
                    continue
            if quote is None and lower in self.lexicon.carry_over:
                quote = self._klinkt_het(doc, i, last)
            shared = shared_subject(doc, i, found, self.lexicon)
            for part in quote if isinstance(quote, list) else [quote] if quote else []:
                if shared is not None:  # "X erkent dat …, maar stelt dat …": X again
                    part = replace(part, mention=shared.mention, speaker=shared.speaker)
                part = before_attribution(doc, part, after_cues)
                if part is None:
                    continue  # "“…”, oordeelde het Hof volgens X": the attribution itself
                used.update(range(*part.cue) if part.cue else ())
                if any(
                    (q.start_char, q.end_char) == (part.start_char, part.end_char) for q in found
                ):
                    continue  # the same clause again, from the verb's particle (liet weten)
                found.append(part)
        return found

    def _negation_at(self, doc: Doc, k: int) -> bool:
        """A word of ``report_negations`` at token ``k`` that negates the report: right before
        its ``dat`` or the clause's end (``zei niet dat``, ``meldt ze niet.``); not ``niet
        zo lang geleden``, ``niet zonder trots``, ``niet alleen``."""
        if k >= len(doc) or doc[k].lower_ not in self.lexicon.report_negations:
            return False
        if k + 1 >= len(doc):
            return True
        after = doc[k + 1]
        return after.lower_ in self.lexicon.complementisers or (
            after.is_punct and after.text not in (",", "-", "–")
        )

    def _modal_hedge(self, doc: Doc, head: Token, i: int) -> bool:
        """Whether cue verb ``i`` stands under a modal and its subject ``head`` names nobody in
        particular (``kan men zeggen``, ``je zou kunnen stellen``: quotes_nl.json
        ``modal_hedges``)."""
        if head.lower_ not in self.lexicon.modal_hedge_subjects:
            return False
        start = max(0, min(head.i, i) - 2)
        return any(doc[k].lemma_ in self.lexicon.modal_lemmas for k in range(start, i))

    def _cue_positions(self, doc: Doc) -> list[int]:
        """The tokens a reported-speech rule may start from: a cue word, or a word whose lemma
        is a cue verb's (read from the Doc's arrays, without making a Token of every word)."""
        if self._first_words is None:
            lexicon = self.lexicon
            words = (
                lexicon.source_words
                | lexicon.speech_nouns
                | lexicon.evidence_verbs
                | lexicon.document_verbs
                | lexicon.own_account[2]
                | lexicon.after_quote_words
                | lexicon.naming_reports
                | lexicon.carry_over  # "…, luidt het."
                | frozenset(form for form, verbs in lexicon.verb_forms.items() if verbs)
            )
            self._first_words = frozenset(get_string_id(word) for word in words)
        first, lemma_is_cue = self._first_words, self._lemma_is_cue
        if len(lemma_is_cue) > _MAX_REMEMBERED_LEMMAS:
            lemma_is_cue.clear()
        positions = []
        for i, (lower, lemma) in enumerate(doc.to_array([LOWER, LEMMA]).tolist()):
            if lower in first:
                positions.append(i)
                continue
            is_cue = lemma_is_cue.get(lemma)
            if is_cue is None:
                is_cue = doc.vocab.strings[lemma].lower() in self.lexicon.verb_lemmas
                lemma_is_cue[lemma] = is_cue
            if is_cue:
                positions.append(i)
        return positions

    def _reported(
        self,
        doc: Doc,
        i: int,
        lemma: str,
        speakers: SpeakerResolver,
        last: SpeakerRef | None,
        inside: Found | None,
    ) -> Found | list[Found] | None:
        """``X zei dat …`` (a cue verb with a complementiser), or ``…, zei X.``; a clause
        interrupted by its report (``A, zegt X, B``) is two quotes of one speaker."""
        complementiser = self._complementiser(doc, i)
        subject = self._subject(doc, i, speakers)
        resumed: tuple[int, int] | None = None  # the clause's part after "A, zegt X, …"
        head = head_of(subject) if subject is not None else None
        own_words = head is not None and (
            head.lower_ in self.lexicon.first_person
            or (inside is not None and head.lower_ in self.lexicon.generic_subjects)
        )
        if (inside is not None or lemma in self.lexicon.opinion) and (
            subject is None
            or (
                own_words
                and (
                    inside is None
                    or lemma in self.lexicon.opinion  # "“Ik wou dat …”": a wish, not a report
                    or not earlier_report(doc, i, complementiser)
                )
            )
        ):
            # the speaker's own thoughts or words (part of the quote), or no one's; inside a
            # quote, "toen ik zei dat …" still reports what the speaker said before
            return None
        if head is not None and (
            head.lower_ in self.lexicon.not_sources or head.lower_ in self.lexicon.nobody_subjects
        ):
            return None  # "volgens de peilingen", "Wie denkt dat …": nobody's statement
        if subject is None and self._opened_by_nobody(doc, i):
            return None  # "…, wat erop kan wijzen dat …": the writer's inference
        if head is not None and self._modal_hedge(doc, head, i):
            return None  # "Algemeen kan men zeggen dat …": a hedge, nobody's statement
        if subject_outside(doc, subject, i, inside):
            return None  # "De jeugd “bevestigt dat …”, zegt X": X's words, one quote
        if head is not None and head.lower_ in self.lexicon.attribution_pronouns and head.i < i:
            return None  # "Dat wil (nog niet) zeggen dat …": a thing that means, no speaker
        if (
            complementiser is not None
            and lemma not in self.lexicon.opinion  # "gelooft niet dat …" is an opinion
            and any(self._negation_at(doc, k) for k in range(i + 1, complementiser))
            and not any(
                t.lower_ in self.lexicon.complementisers for t in doc[i + 1 : complementiser]
            )
        ):
            return None  # "Hij zei niet dat …": nothing reported
        if complementiser is not None and lemma in self.lexicon.opinion:
            between = doc[i + 1 : complementiser]
            if any(
                t.lower_ == "het" and k + 1 < len(between) and between[k + 1].pos_ == "ADJ"
                for k, t in enumerate(between)
            ):
                return None  # "vonden het onbestaanbaar dat …": a judgement, no report
        infinitive = None if complementiser is not None else self._te_infinitive(doc, i)
        if complementiser is not None:
            start, end = complementiser + 1, self._content_end(doc, complementiser + 1, inside)
        elif (
            infinitive is not None
            and lemma not in self.lexicon.opinion
            and lemma not in self.lexicon.no_infinitive_report
        ):
            start = i + 1
            if subject is not None and subject.start == start:
                start = subject.end
            particles = {
                form
                for verb in self.lexicon.cue_verbs(doc[i].lower_, lemma)
                for form in verb.particle_forms
            }
            while start < len(doc) and doc[start].lower_ in particles:
                start += 1  # "liet zijn AKP weten in beroep te gaan": the cue's own particle
            if lemma in self.lexicon.directive_verbs:
                start = past_addressee(doc, start, infinitive)
            om = [
                k
                for k in range(start, infinitive)
                if doc[k].lower_ == "om"
                and not (
                    k + 2 < len(doc)
                    and (doc[k + 1].text.isdigit() or doc[k + 2].lower_ in ("uur", "u"))
                )
            ]  # (not "om drie uur", "om 15 u")
            if om:
                start = om[-1] + 1  # "riep op 12 maart leerlingen op om … te melden"
            end = self._content_end(doc, start, inside)
        elif (
            (comma := comma_before_report(doc, i)) is not None
            and lemma not in self.lexicon.not_after_clause
            # "Mark Rutte, wiens kabinet viel, sprak van “…”": the comma closes a clause
            # inside the subject's phrase; the report is the preposition's object
            and not (
                subject is not None
                and subject.end <= comma
                and self._report_preposition(doc, i, lemma) is not None
            )
        ):
            # a report after (or inside) the clause: "…, zei Rutte." / "A, denkt X, B."
            start = self._report_start(doc, comma)
            end = comma
            if subject is None or subject.start < i:
                return None
            if reports_itself(doc, start, end, self.lexicon):
                return None  # "De minister zei dat …, herhaalde hij": the report before has it
            after = subject.end
            while after < len(doc) and doc[after].lower_ in self.lexicon.adverbs_after_cue:
                after += 1
            if self._negation_at(doc, after):
                return None  # "Wie betaald heeft, meldt ze niet."
            if after + 1 < len(doc) and doc[after].text == "," and doc[after + 1].is_alpha:
                # "A, zegt X, B": two quotes ("En dat, zegt ze, biedt hoop": one)
                shortest = 2 if end - start < 3 else 3
                resumed = self._resumed(doc, after + 1, inside, shortest)
            if end - start < 3 and resumed is not None:
                end, resumed = resumed[1], None  # "In feite, denkt X, was …": one clause
            elif end - start < 3 and not short_statement(doc, start, end, lemma, self.lexicon):
                return None
            elif lemma in self.lexicon.opinion and not any(is_finite(t) for t in doc[start:end]):
                return None  # "Nu, bijna een jaar later, weten veel Groningers niet of …"
            elif subject_with_apposition(doc, start, end):
                return None  # "Telecomgroep X, ex Y, meldt contracten": the verb's subject
        elif (colon := self._colon_after(doc, i)) is not None and lemma not in self.lexicon.opinion:
            # "Mijn vader zei altijd: wie niet waagt, niet wint." (no quote marks)
            start = colon + 1
            end = self._content_end(doc, start, inside)
        elif (preposition := self._report_preposition(doc, i, lemma)) is not None:
            start = preposition + 1  # "X spreekt van een “graat in de keel”"
            end = self._content_end(doc, start, inside, noun_phrase_content=True)
            if subject is None or end - start < 2:
                return None
        else:
            return None
        while start < end and (doc[start].text in (",", ";", ":", ".") or doc[start].is_space):
            start += 1
        if i > 1 and doc[i - 1].lower_ in self.lexicon.subject_relatives:
            end = relative_clause_end(doc, start, end)  # "die zegt … te ondersteunen, dreigde"
        if end <= start:
            return None
        mention = (subject.start, subject.end) if subject is not None else None
        if own_words and inside is not None:
            speaker, confidence = inside.speaker, inside.confidence * 0.9
        elif head is not None and self._names_nobody(head):
            speaker, confidence, mention = None, 0.3, None
        elif subject is not None:
            speaker, confidence = speakers.resolve(subject, last)
        else:
            speaker, confidence = None, 0.3
        first = reported_found(doc, start, end, (i, i + 1), mention, speaker, confidence)
        if resumed is None:
            return first
        second = reported_found(doc, *resumed, (i, i + 1), mention, speaker, confidence)
        return [first, second]

    def _volgens(
        self,
        doc: Doc,
        i: int,
        speakers: SpeakerResolver,
        last: SpeakerRef | None,
        inside: Found | None,
    ) -> Found | None:
        """``Volgens X …`` / ``… volgens X …``: the rest of the clause is X's statement."""
        # in a relative clause ("een partij die volgens haar de beste oplossing heeft"), the
        # rest of that clause is the statement, and the source a short noun phrase
        relative = i > 0 and (
            (doc[i - 1].lower_ in ("dat", "die") and doc[i - 1].pos_ == "PRON")
            or doc[i - 1].pos_ == "SCONJ"
            or doc[i - 1].lower_ in self.lexicon.question_words  # "vertellen waarom volgens hem"
        )
        end_source = i + 1
        extended = None
        if i + 2 < len(doc) and doc[i + 1].pos_ == "DET" and doc[i + 2].pos_ == "ADP":
            extended = after_extended_attribute(doc, i + 2)  # volgens het door X geleide Y
        if extended is not None:
            end_source = extended.i + 1
        pronoun = extended is None and personal_pronoun(doc, i + 1)
        if pronoun:
            end_source = i + 2  # "volgens haar | de beste …", not "volgens haar advocaat"
        while (
            extended is None
            and not pronoun
            and end_source < len(doc)
            and end_source - i <= 8
            and doc[end_source].text != ","
            and (doc[end_source].pos_ not in ("VERB", "AUX") or hyphen_compound(doc[end_source]))
            and not is_clause_stop(doc[end_source])
            and not figure_after_name(doc, end_source, i)
            and not (relative and end_source > i + 1 and adverbial_after(doc[end_source]))
            and not (end_source > i + 1 and clause_adverb(doc[end_source], self.lexicon))
        ):
            end_source += 1
        if end_source == i + 1:
            return None
        source = doc[i + 1 : end_source]
        nouns = [  # not a possessive: "volgens zijn advocaten" are the lawyers
            t for t in source if t.pos_ in ("NOUN", "PROPN", "PRON") and not determines(t)
        ]
        tagged_else = not nouns
        nouns = nouns or [t for t in source if name_tagged_else(t)]  # "volgens Kyiv" (ADJ)
        if extended is not None:
            nouns = [extended]
        if not nouns or nouns[0].lower_ in self.lexicon.not_sources:
            return None
        if inside is not None and nouns[0].lower_ in self.lexicon.first_person:
            return None  # "volgens mij" in a quote: the speaker's own view, part of the quote
        if any(t.lower_ in self.lexicon.not_sources for t in source if t.pos_ == "NOUN"):
            return None
        start_clause = clause_start(doc, i)
        at_start = i == start_clause or all(t.pos_ in ("CCONJ", "ADV") for t in doc[start_clause:i])
        content_start = end_source + (
            1 if end_source < len(doc) and doc[end_source].text == "," else 0
        )
        if not at_start and not relative:
            content_start = after_last_conjunction(
                doc, start_clause, i, self.lexicon.relative_pronouns
            )
        while content_start < len(doc) and doc[content_start].text in (",", ";", ":", "."):
            content_start += 1
        end = self._content_end(doc, content_start, inside)
        if end <= content_start:
            return None
        if relative and any(t.lower_ in self.lexicon.verification_words for t in doc[i:end]):
            return None  # "een cijfer dat volgens BBC niet geverifieerd kan worden": evidence
        mention = noun_phrase(doc, nouns[0])
        mention = doc[max(mention.start, i + 1) : min(mention.end, end_source)]
        named = speakers.named_in(source.start, source.end)
        if (
            extended is not None
            or (named is not None and named.end > mention.end)
            or (tagged_else and len(nouns) > 1)  # "volgens B en W": symbols, all of them
        ):
            mention = source  # a role and its holder's name: "de woordvoerder generaal X"
        return self._statement(doc, content_start, end, (i, i + 1), mention, speakers, last, 0.95)

    def _noun_report(
        self,
        doc: Doc,
        i: int,
        speakers: SpeakerResolver,
        last: SpeakerRef | None,
        inside: Found | None,
    ) -> Found | None:
        """``met de mededeling dat …``, ``zijn verklaring dat …``, ``de oproep van X dat …``."""
        n = len(doc)
        source: Span | None = None
        k = i + 1
        if k + 1 < n and doc[k].lower_ == "van":
            end = k + 1
            while (
                end < n
                and end - k <= 6
                and doc[end].lower_ not in ("dat", ",")
                and not (is_clause_stop(doc[end]))
            ):
                end += 1
            source, k = doc[k + 1 : end], end
        if k >= n or doc[k].lower_ != "dat" or not (doc[k].pos_ == "SCONJ" or opens_clause(doc, k)):
            return None
        if (
            source is None
            and i > 0
            and (is_possessive(doc[i - 1]) or genitive_name(doc[i - 1], speakers))
        ):
            source = doc[i - 1 : i]  # "zijn verklaring dat", "Mays verwijt dat"
        if source is None:
            verb = doc[i].head
            subject = self._subject(doc, verb.i, speakers) if verb.pos_ in ("VERB", "AUX") else None
            source = subject if subject is not None and subject.end <= i else None
        start, end = k + 1, self._content_end(doc, k + 1, inside)
        if end <= start or (inside is not None and source is None):
            return None
        if (
            inside is not None
            and len(source)
            and head_of(source).lower_ in self.lexicon.first_person
        ):
            return None  # "“Ik heb de indruk dat …”": the speaker's own view, part of the quote
        if source is not None and len(source):
            return self._statement(doc, start, end, (i, i + 1), source, speakers, last, 0.8)
        return reported_found(doc, start, end, (i, i + 1), None, None, 0.3 * 0.8)

    def _evidence(
        self,
        doc: Doc,
        i: int,
        speakers: SpeakerResolver,
        last: SpeakerRef | None,
        inside: Found | None,
    ) -> Found | None:
        """``Uit het rapport blijkt dat …`` / ``…, blijkt uit het rapport``: the document says
        it. Inside a quote the speaker says it, giving the evidence: no report of its own."""
        if inside is not None:
            return None
        n, uit = len(doc), self.lexicon.evidence_preposition
        source = preposition_phrase_before(doc, i, uit)  # "Uit het rapport blijkt dat"
        after = i + 1
        while (
            source is None
            and after < n - 1
            and after - i <= 3
            and doc[after].lower_ != uit
            and doc[after].pos_ in ("ADV", "ADJ", "NOUN")
        ):
            after += 1  # "bleek vorige week uit het oordeel"
        if source is None and (after >= n or doc[after].lower_ != uit):
            after = i + 1
        if source is None and after < n and doc[after].lower_ == uit:  # "blijkt uit X dat"
            source, after = phrase_up_to_dat(doc, after)
        while source is not None and len(source) and source[-1].pos_ in ("AUX", "VERB", "ADV"):
            source = source[:-1]  # "uit verder onderzoek | is gebleken"
        if source is None or not any(t.pos_ in ("NOUN", "PROPN") for t in source):
            return None
        if after < n and doc[after].lower_ == "dat":
            start = after + 1
        elif i > 0 and doc[i - 1].text == "," and self._report_start(doc, i - 1) < i - 1:
            start = self._report_start(doc, i - 1)  # "De kosten stijgen, blijkt uit X."
            end = i - 1
            return self._statement(doc, start, end, (i, i + 2), source, speakers, last, 0.8)
        elif (previous := self._sentence_before(doc, i)) is not None:
            start, end = previous  # "De kosten stijgen. Dat blijkt uit cijfers van het CBS."
            return self._statement(doc, start, end, (i, i + 2), source, speakers, last, 0.8)
        else:
            return None
        end = self._content_end(doc, start, inside)
        if end <= start:
            return None
        return self._statement(doc, start, end, (i, i + 1), source, speakers, last, 0.8)

    def _document_says(
        self,
        doc: Doc,
        i: int,
        speakers: SpeakerResolver,
        last: SpeakerRef | None,
        inside: Found | None,
    ) -> Found | None:
        """``In een recente studie …, staat dat …`` / ``In het rapport staat dat …`` / ``Het
        staat in de brief dat …``: the document says what the dat-clause says."""
        if inside is not None:
            return None
        n, word = len(doc), self.lexicon.document_preposition
        source = preposition_phrase_before(doc, i, word)  # "In het rapport (…,) staat dat"
        if source is not None and len(source) and source[-1].text == ",":
            source = source[:-1]
        after = i + 1
        if source is None:  # "staat in het rapport dat", "Het staat in de brief dat"
            while after < n and after - i <= 2 and doc[after].lower_ != word:
                after += 1
            if after < n and doc[after].lower_ == word:
                source, after = phrase_up_to_dat(doc, after)
        if source is None or not len(source) or after >= n or doc[after].lower_ != "dat":
            return None
        if not any(t.lower_ in self.lexicon.document_nouns for t in source[:4]):
            return None  # "in Den Haag staat dat …" is no document
        start = after + 1
        end = self._content_end(doc, start, inside)
        if end <= start:
            return None
        return self._statement(doc, start, end, (i, i + 1), source, speakers, last, 0.8)

    def _own_account(
        self,
        doc: Doc,
        i: int,
        speakers: SpeakerResolver,
        last: SpeakerRef | None,
        inside: Found | None,
    ) -> Found | None:
        """``Hij was naar eigen zeggen niet gek``: the clause, by its subject's own account."""
        first, middle, _ = self.lexicon.own_account
        if i < 2 or doc[i - 1].lower_ not in middle or doc[i - 2].lower_ != first:
            return None
        start = self._report_start(doc, i - 2)
        end = self._content_end(doc, i + 1, inside)
        if end <= start:
            return None
        if doc[i - 1].lower_ == "eigen":
            root = next((t for t in doc[start:end] if t.dep_ in ("nsubj", "nsubj:pass")), None)
            if root is None and doc[start].pos_ in ("PROPN", "PRON", "NOUN"):
                root = doc[start]  # "Rutte was naar eigen zeggen …": the clause opens with it
            mention = noun_phrase(doc, root) if root is not None else None
        else:
            mention = doc[i - 1 : i]
        if mention is not None:
            return self._statement(doc, start, end, (i - 2, i + 1), mention, speakers, last, 0.8)
        return reported_found(doc, start, end, (i - 2, i + 1), None, last, 0.4 * 0.8)

    def _naming_report(
        self,
        doc: Doc,
        i: int,
        speakers: SpeakerResolver,
        last: SpeakerRef | None,
        inside: Found | None,
    ) -> Found | None:
        """``Rutte noemde het voorstel onverstandig`` / ``die het besluit onvermijdelijk
        noemt``: a naming verb with an object and a predicate (the parse's ``xcomp``) reports
        its subject's judgement, the object and predicate; not inside a quotation, not with a
        quoted fragment (a term), a name (``noemden hun dochter Emma``) or the first person."""
        if inside is not None or (i > 0 and (doc[i - 1].lower_ == "zo" or doc[i - 1].is_punct)):
            return None  # "“Waanzinnig”, zo noemde hij de aspiraties van X": a quote's cue
        subject = self._subject(doc, i, speakers)
        predicate = predicate_of_naming(doc[i], subject) if subject is not None else None
        if predicate is None or subject is None:
            return None
        if predicate.i > i:  # "X noemt het Y" / "Y noemt X het"
            start = subject.end if subject.start == i + 1 else i + 1
            end = self._content_end(doc, start, None)
        else:  # "…, die het besluit onvermijdelijk noemt"
            start, end = subject.end, i
        head = head_of(subject)
        k = head.i
        if (
            head.lower_ in self.lexicon.subject_relatives
            and k > 1
            and doc[k - 1].text == ","
            and doc[k - 2].pos_ in ("NOUN", "PROPN")
        ):
            if predicate.i > i:
                return None  # a relative clause puts its verb last
            subject = noun_phrase(doc, doc[k - 2])  # "X, die het besluit … noemt": X's
            head = head_of(subject)
        if head.lower_ in self.lexicon.not_sources or head.lower_ in self.lexicon.first_person:
            return None
        while start < end and (
            doc[start].is_punct or doc[start].lower_ in self.lexicon.subject_relatives
        ):
            start += 1
        if not start < predicate.i < end or any(
            t.text[:1] in QUOTE_CHARS or t.is_space for t in doc[start:end]
        ):
            return None
        if self._names_nobody(head):
            return None
        speaker, confidence = speakers.resolve(subject, last)
        mention = (subject.start, subject.end)
        return reported_found(doc, start, end, (i, i + 1), mention, speaker, confidence)

    def _aldus(
        self, doc: Doc, i: int, speakers: SpeakerResolver, last: SpeakerRef | None
    ) -> Found | None:
        """``Het Kremlin kan de bevolking bang maken, aldus Kasjin.``"""
        if i < 2 or doc[i - 1].text != ",":
            return None
        head = self._head_after(doc, i + 1)
        if head is None:
            return None
        start, end = self._report_start(doc, i - 1), i - 1
        if end - start < 3:
            return None
        mention = noun_phrase(doc, head)
        return self._statement(doc, start, end, (i, i + 1), mention, speakers, last, 0.9)

    def _sentence_before(self, doc: Doc, i: int) -> tuple[int, int] | None:
        """The sentence before ``Dat`` + the word at ``i`` (``… . Dat zei X``, ``… . Dat
        blijkt uit X``): its token range, when it is no direct quote and has three words."""
        if i < 3 or doc[i - 1].lower_ not in self.lexicon.attribution_pronouns:
            return None
        before = doc[i - 2]
        if before.text not in (".", "!", "?") and not before.is_space:
            return None
        end = i - 2
        while end > 0 and (doc[end - 1].is_space or doc[end - 1].text in (".", "!", "?")):
            end -= 1
        if end <= 0 or doc[end - 1].text[:1] in QUOTE_CHARS:
            return None  # a direct quote: attributed by the patterns after quotes
        start = self._report_start(doc, end - 1)
        return (start, end) if end - start >= 3 else None

    def _dat_zei(
        self, doc: Doc, i: int, speakers: SpeakerResolver, last: SpeakerRef | None
    ) -> Found | None:
        """``De zaak is rond. Dat zei Rutte gisteren.``: the sentence before is the statement."""
        previous = self._sentence_before(doc, i)
        if previous is None:
            return None
        start, end = previous
        subject = self._subject(doc, i, speakers)
        if subject is None:
            return None
        return self._statement(doc, start, end, (i, i + 1), subject, speakers, last, 0.8)

    def _klinkt_het(self, doc: Doc, i: int, last: SpeakerRef | None) -> Found | None:
        """``De zaak is rond, klinkt het (bij Electrabel).``: the clause before is a statement."""
        if not (
            i > 1 and doc[i - 1].text == "," and i + 1 < len(doc) and doc[i + 1].lower_ == "het"
        ):
            return None
        start, end = clause_start(doc, i - 1), i - 1
        if end - start < 3 or any(t.text and t.text[0] in QUOTE_CHARS for t in doc[start:end]):
            return None
        return reported_found(
            doc,
            start,
            end,
            (i, i + 2),
            None,
            last,
            0.6 if last is not None else 0.3,
        )

    def _verb_by_position(self, doc: Doc, i: int):
        """A cue form the tagger misread (``Vandenbussche besluit dat …``, ``…, melden
        Oekraïense media``: a noun), taken as the verb when ``dat`` follows it, or when it
        follows a comma or a sentence's ``Dat`` and a noun phrase follows it; never after a
        determiner or adjective (a name the tagger calls one is no adjective)."""
        if i + 1 >= len(doc):
            return None
        before = doc[i - 1] if i > 0 else None
        if before is not None and before.pos_ in ("DET", "ADJ", "ADP", "NUM"):
            name = before.pos_ == "ADJ" and before.is_title and not is_dutch_word(before.text)
            if not name:
                return None
        following = doc[i + 1]
        inverted = (
            following.lower_ in self.lexicon.inverted_subjects
            and i > 0
            and doc[i - 1].pos_ == "ADV"
        )
        after_auxiliary = before is not None and before.pos_ == "AUX" and before.i > 0
        if (
            following.lower_ not in self.lexicon.complementisers
            and not (
                i > 0
                and (
                    doc[i - 1].text == "," or doc[i - 1].lower_ in self.lexicon.attribution_pronouns
                )
                and following.pos_ in ("DET", "ADJ", "NOUN", "PROPN")
            )
            # "Ook bekende hij …", "Hij had toegegeven zich …": a verb by its place
            and not inverted
            and not after_auxiliary
        ):
            return None
        return cue_verb(doc[i], self.lexicon, any_tag=True)

    def _report_preposition(self, doc: Doc, i: int, lemma: str) -> int | None:
        """The preposition whose object is the statement of cue verb ``i`` (``spreekt van``,
        ``waarschuwen voor``), right after it or after its subject and adverbs."""
        wanted = self.lexicon.report_prepositions.get(lemma)
        if wanted is None or not is_finite(doc[i]):
            return None  # "weigert de naam uit te spreken van X": no report
        for k in range(i + 1, min(len(doc), i + 6)):
            token = doc[k]
            if token.lower_ == wanted:
                return None if complement_of_object(doc, i, k) else k
            if is_clause_stop(token) or token.text == "," or token.pos_ in ("VERB", "AUX"):
                return None
        return None

    @staticmethod
    def _colon_after(doc: Doc, i: int) -> int | None:
        """A colon closing the cue verb's clause, followed by words, not by a quote mark."""
        for k in range(i + 1, min(len(doc), i + 8)):
            token = doc[k]
            if token.text == ":":
                following = doc[k + 1] if k + 1 < len(doc) else None
                if following is not None and following.is_alpha:
                    return k
                return None
            if is_clause_stop(token) or token.text == ",":
                return None
        return None

    def _te_infinitive(self, doc: Doc, i: int) -> int | None:
        """``Agalev zegt [Antwerpen …] te willen maken``: a te-infinitive closing the clause."""
        end = sentence_end(doc, i)
        for k in range(i + 1, min(end, i + 25)):
            token = doc[k]
            if is_finite(token):
                return None
            if token.lower_ == "te" and k + 1 < end and doc[k + 1].pos_ in ("VERB", "AUX"):
                return k
            if is_clause_stop(token) and token.text[:1] not in QUOTE_CHARS:
                return None  # a quoted part may stand inside the clause
        return None

    def _complementiser(self, doc: Doc, i: int) -> int | None:
        for k in range(i + 1, min(len(doc), i + 10)):
            token = doc[k]
            if (
                token.lower_ in self.lexicon.complementisers
                and (
                    token.pos_ == "SCONJ"
                    or opens_clause(doc, k)
                    or k == i + 1
                    or prepositional_phrase(doc, i + 1, k)  # "beweren op Telegram dat …"
                )
                and doc[k - 1].text != "("  # "een boycot van Decathlon (dat ook …)": relative
                and not self._object_pronoun_dat(doc, i, k)
            ):
                return k
            if is_clause_stop(token) or (
                token.pos_ == "VERB" and k > i + 1 and not attributive(doc, k)
            ):
                return None
        return None

    def _opened_by_nobody(self, doc: Doc, i: int) -> bool:
        """Whether the clause of cue verb ``i`` opens (after a comma) with one of the
        ``nobody_subjects`` a few words before the verb."""
        for k in range(i - 1, max(-1, i - 4), -1):
            if doc[k].text == "," or is_clause_stop(doc[k]):
                return False
            if doc[k].lower_ in self.lexicon.nobody_subjects:
                return k == 0 or doc[k - 1].text == "," or is_clause_stop(doc[k - 1])
        return False

    def _object_pronoun_dat(self, doc: Doc, i: int, k: int) -> bool:
        """``Grapperhaus vindt dat dus veel te ver gaan``: after an opinion verb, a ``dat`` that
        no finite verb follows is the verb's object (whatever the tagger calls it)."""
        return (
            doc[i].lemma_ in self.lexicon.opinion
            and not finite_verb_after(doc, k)
            and not subject_after(doc, k)
        )

    def _resumed(
        self, doc: Doc, start: int, inside: Found | None, shortest: int = 3
    ) -> tuple[int, int] | None:
        """The part of a clause after its report (``A, zegt X, | B``): up to the content's end,
        when it has a finite verb and opens no relative clause or clause of its own about the
        report (``…, zei Rutte, die ook …``, ``…, zei X, nadat …``)."""
        if doc[start].lower_ in self.lexicon.relative_pronouns or (
            doc[start].lower_ in self.lexicon.report_circumstances
        ):
            return None
        end = self._content_end(doc, start, inside)
        if end - start < shortest or not any(is_finite(t) for t in doc[start:end]):
            return None
        return start, end

    def _content_end(
        self, doc: Doc, start: int, inside: Found | None, *, noun_phrase_content: bool = False
    ) -> int:
        """Where reported content ends: the sentence's end; the end of an enclosing
        quotation; the close of a quotation the content opens with; a colon, unless words in
        small letters go on explaining; ``maar``/``want`` opening a clause of their own; a
        comma before a word that starts something else (once the content has a finite verb
        or a te-infinitive), except before a quoted continuation, a second ``dat``-clause, or
        (``noun_phrase_content``: ``spreekt van een graat in de keel, die …``) a relative
        clause."""
        limit = sentence_end(doc, start)
        finite = False  # a comma ends the content only once its clause has a finite verb
        quoted = bool(doc[start].text) and doc[start].text[0] in QUOTE_CHARS
        for k in range(start, limit):
            token = doc[k]
            if (
                quoted
                and k > start + 1
                and token.text
                and all(c in QUOTE_CHARS for c in token.text)
            ):
                return k + 1  # "Mays verwijt dat 'parlementsleden … uitstel'": the quote ends it
            if is_finite(token) or (
                token.lower_ == "te" and k + 1 < limit and doc[k + 1].pos_ in ("VERB", "AUX")
            ):
                finite = True  # a te-infinitive's clause is whole too ("te sleutelen aan X, die")
            if inside is not None and token.idx >= inside.end_char:
                return k
            if token.text == ":" and not explanation_after(doc, k, limit):
                return k
            if finite and k > start + 2 and new_main_clause(doc, k, limit, self.lexicon):
                return k  # "… heeft veroordeeld | maar ze vindt nog steeds …"
            if (
                token.text == ","
                and k + 1 < limit
                and doc[k + 1].lower_ in self.lexicon.clause_enders
                and k > start + 2
                and (finite or doc[k + 1].lower_ in self.lexicon.clause_conjunctions)
                and not quoted_continuation(doc, k + 2)
                and not second_complement(doc, k + 2, self.lexicon)
                and not (
                    noun_phrase_content and doc[k + 1].lower_ in self.lexicon.relative_pronouns
                )
            ):
                return k
            if finite and token.text == "," and k > start + 2 and pronoun_clause(doc, k + 1):
                return k  # "vroeg mij om het weg te gooien, ik wist ook niet waarom"
            if (
                finite
                and token.text == ","
                and k > start + 2
                and k + 2 < limit
                and is_finite(doc[k + 1])
                and doc[k + 2].lower_ in self.lexicon.inverted_subjects
                # (not after a clause of the content's own: "als …, krijg je …")
                and not any(t.pos_ == "SCONJ" for t in doc[start:k])
            ):
                return k  # "dat hij … had moeten laten, herhaalde hij": the main clause again
        return limit
