"""Whose claim a figure is: **where a claim's claimant is chosen**.

In order (docs/claims.md):

1. the speaker of the direct or indirect quote that holds the figure (a journalist's aside
   between dashes inside a quote stays the newspaper's; a denial ``X ontkent dat …`` or a
   negated report ``X zei niet dat …`` is not X's figure), unless a ``volgens Y`` inside the
   quote stands nearer the figure;
2. the subject of a reporting verb before a colon the figure follows (``…, constateerde de
   Unie: 14 procent …``), unless a ``volgens Y`` after the colon stands nearer;
3. the source of ``volgens X`` in the figure's sentence, the subject of a claim verb above
   the figure (``de VN meldt 300 doden``), whichever stands nearer, or the agent of a claim
   verb's participle before the figure (``de door Kyiv geschatte 99.000 doden``);
4. ``Dat meldt X.`` opening the next sentence;
5. the claimant of the sentence before (or the one before that, when the sentence between
   has no figures), when this one continues its report (``Ook …``);
6. the source a ``Dat blijkt uit X.`` before names, when the statement it attributes has no
   figures of its own: this sentence gives them.

Otherwise the newspaper states the figure itself (None).
"""

from __future__ import annotations

from typing import NamedTuple

from spacy.tokens import Doc, Span, Token

from claimkit.claims.cues import (
    after_subset_words,
    find_phrases,
    first_word,
    is_figure,
    next_sentence,
    previous_sentence,
    sentence_of,
)
from claimkit.claims.lexicon import ClaimLexicon
from claimkit.quotes.attribution import (
    after_extended_attribute,
    another_verb,
    head_of,
    noun_phrase,
    subject_candidates,
)
from claimkit.quotes.lexicon import QuoteLexicon, role_nouns
from claimkit.quotes.speakers import SpeakerRef, SpeakerResolver
from claimkit.spans import PLACES_KEY
from claimkit.words import DASHES

_SOURCE_WORDS_MAX = 8
#: How far before a colon its reporting verb may stand (``constateerde de Unie:``).
_COLON_CUE_WORDS = 6
#: Words between a claim verb's participle and the figure it qualifies (``geschatte schade van``).
_AGENT_GAP_WORDS = 4


class QuoteInfo(NamedTuple):
    """A statement found by the quotes component, as the claims component needs it."""

    start_char: int
    end_char: int
    kind: str
    speaker: SpeakerRef | None
    mention: tuple[int, int] | None
    cue: tuple[int, int] | None = None


class Claimant(NamedTuple):
    """Who claims a figure: the resolved speaker (None: unknown) and the words naming them.

    ``via`` says how: ``quote``, ``colon``, ``volgens``, ``verb``, ``agent`` (``de door X
    geschatte …``), ``next`` (``Dat meldt X.``),
    ``continued`` or ``source_before`` (``Dat blijkt uit X.`` before the figure's sentence)."""

    speaker: SpeakerRef | None
    mention: tuple[int, int] | None
    via: str


class ClaimantFinder:
    """Finds the claimant of each figure of one Doc."""

    def __init__(
        self,
        doc: Doc,
        lexicon: ClaimLexicon,
        quote_lexicon: QuoteLexicon,
        quotes: list[QuoteInfo],
        speakers: SpeakerResolver,
        text: str | None = None,
        *,
        figures: list[Span],
    ) -> None:
        self.doc = doc
        #: where the Doc's claims' figures begin
        self.figure_starts = {f.start for f in figures}
        self.figures = sorted(figures, key=lambda f: f.start)
        self.text = doc.text if text is None else text
        self.lexicon = lexicon
        self.quote_lexicon = quote_lexicon
        self.quotes = quotes
        self.speakers = speakers
        lex = quote_lexicon
        self.personal_pronouns = lex.male | lex.female | lex.plural

    def claimant(self, figure: Span) -> Claimant | None:
        """The claimant of the figure ``figure``, or None when the newspaper states it."""
        quote = self._enclosing_quote(figure)
        volgens = self._volgens(figure)
        if quote is not None:
            if quote.kind in ("direct", "mixed") and self._in_aside(figure, quote):
                return None
            if self._denial(quote):
                return None  # Rusland ontkent dat 40 burgers zijn gedood: not Russia's figure
            nested = (
                volgens is not None
                and volgens.mention is not None
                and quote.start_char <= self.doc[volgens.mention[0]].idx
                and volgens.mention[1] <= figure.start
            )
            if not nested:  # a volgens X inside the statement, before the figure, is nearer
                return Claimant(quote.speaker, quote.mention, "quote")
        colon = self._before_colon(figure)
        if colon is not None and not self._after_colon(volgens, colon):
            return colon
        verb = self._claim_verb(figure)
        if volgens is not None and verb is not None and self._nearer(verb, volgens, figure):
            return verb  # Volgens Oekraïne … 40 burgers; de VN telt er 12: the VN's 12
        return (
            volgens
            or verb
            or self._participle_agent(figure)
            or self._of_the_whole(figure)
            or self._dat_meldt(figure)
            or self._continued(figure)
            or self._source_before(figure)
        )

    @staticmethod
    def _nearer(one: Claimant, other: Claimant, figure: Span) -> bool:
        """Whether ``one``'s words stand nearer the figure than ``other``'s."""
        if one.mention is None or other.mention is None:
            return False

        def distance(mention: tuple[int, int]) -> int:
            return min(abs(mention[0] - figure.end), abs(figure.start - mention[1]))

        return distance(one.mention) < distance(other.mention)

    def _dat_meldt(self, figure: Span) -> Claimant | None:
        """``… 17 procent. Dat meldt de Kamer van Koophandel.`` / ``Dat heeft de Woonbond
        becijferd.``: the next sentence, opening with ``Dat``/``Dit`` and a claim or speech
        verb, names who claims the figures."""
        nxt = next_sentence(self.doc, sentence_of(self.doc, figure.start))
        return self._dat_meldt_subject(nxt) if nxt is not None else None

    def _dat_meldt_subject(self, sentence: Span) -> Claimant | None:
        """The subject of ``sentence`` when it is a ``Dat meldt X.`` (see :meth:`_dat_meldt`)."""
        tokens = [t for t in sentence if not t.is_space]
        if len(tokens) < 3:
            return None
        first, verb = tokens[0], tokens[1]
        if first.lower_ not in self.quote_lexicon.attribution_pronouns:
            return None
        after = verb.i  # the subject stands after the finite verb
        if verb.pos_ == "AUX" or verb.lemma_ in ("hebben", "zijn"):
            # "Dat heeft de Woonbond becijferd": the participle at the end is the verb
            verb = next((t for t in tokens[2:] if self._reports(t)), verb)
        if not self._reports(verb):
            return None
        for subject in subject_candidates(verb, self.quote_lexicon):
            head = head_of(subject)
            if subject.start > after and head.lower_ not in self.quote_lexicon.not_subjects:
                return Claimant(self._resolve(subject), (subject.start, subject.end), "next")
        return None

    def _reports(self, token: Token) -> bool:
        """A claim verb or a cue verb of the quotes lexicon."""
        return self._is_claim_verb(token) or bool(self.quote_lexicon.cue_verbs(token.lower_, ""))

    def _continued(self, figure: Span) -> Claimant | None:
        """``Volgens de VN … 300 doden. Ook zijn 40 mensen vermist.``: a sentence that opens
        with a word continuing the report before it (``continuation_words``) has its claimant."""
        sentence = sentence_of(self.doc, figure.start)
        opening = first_word(sentence)
        if opening is None or opening.lower_ not in self.lexicon.continuation:
            return None
        before = previous_sentence(self.doc, sentence)
        for _ in range(2):  # the sentence before, or past one without figures of its own
            if before is None:
                return None
            source = self._source_of_sentence(before)
            if source is not None:
                return Claimant(source.speaker, source.mention, "continued")
            if any(before.start <= i < before.end for i in self.figure_starts):
                return None
            before = previous_sentence(self.doc, before)
        return None

    def _source_of_sentence(self, sentence: Span) -> Claimant | None:
        """Who reports in ``sentence``: its first ``volgens X``, the speaker of a statement in
        it or cued in it, or the X of ``Dat meldt X.``."""
        for source in self._volgens_sources(sentence)[:1]:
            return Claimant(self._resolve(source), (source.start, source.end), "volgens")
        quote = next(
            (
                q
                for q in self.quotes
                if q.start_char <= sentence.start_char < q.end_char
                or (sentence.start_char <= q.start_char < sentence.end_char)
                or (q.cue is not None and sentence.start <= q.cue[0] < sentence.end)
            ),
            None,
        )
        if quote is not None and quote.speaker is not None:
            return Claimant(quote.speaker, quote.mention, "quote")
        return self._dat_meldt_subject(sentence)

    def _of_the_whole(self, figure: Span) -> Claimant | None:
        """``De autoriteiten melden 35 doden, onder wie twee kinderen``: a count that is part
        of the figure before it in its sentence (``subset_of_previous``) is that figure's
        claimant's."""
        if not after_subset_words(self.doc, figure.start, self.lexicon):
            return None
        sentence = sentence_of(self.doc, figure.start)
        before = [f for f in self.figures if sentence.start <= f.start < figure.start]
        if not before:
            return None
        whole = self.claimant(before[-1])
        return Claimant(whole.speaker, whole.mention, "whole") if whole is not None else None

    def _before_colon(self, figure: Span) -> Claimant | None:
        """``…, constateerde de Unie: 14 procent denkt …`` / ``Het rapport concludeert: …``: a
        reporting verb with a source as subject right before a colon that the figure follows
        in its sentence; what comes after the colon is the subject's."""
        doc = self.doc
        sentence = sentence_of(doc, figure.start)
        colon = next(
            (i for i in range(figure.start - 1, sentence.start, -1) if doc[i].text == ":"),
            None,
        )
        if colon is None:
            return None
        for verb in reversed(doc[max(sentence.start, colon - _COLON_CUE_WORDS) : colon]):
            if not self._reports(verb):
                continue
            for subject in subject_candidates(verb, self.quote_lexicon):
                head = head_of(subject)
                if subject.end > colon or head.lower_ in self.quote_lexicon.not_subjects:
                    continue
                speaker = self._resolve(subject)
                if self._source(speaker, subject, actor_only=False):
                    return Claimant(speaker, (subject.start, subject.end), "colon")
            return None
        return None

    def _after_colon(self, volgens: Claimant | None, colon: Claimant) -> bool:
        """Whether a ``volgens X`` stands after the colon that ``colon`` was found before."""
        return (
            volgens is not None
            and volgens.mention is not None
            and colon.mention is not None
            and volgens.mention[0] > colon.mention[1]
        )

    def _participle_agent(self, figure: Span) -> Claimant | None:
        """``een door hem zelf geschatte schade van ruim drie miljoen euro``, ``de door Kyiv
        geclaimde 99.000 doden``: the agent of a claim verb's participle that qualifies the
        noun phrase of the figure (a few words before it, past nouns, adjectives and ``van``)."""
        doc = self.doc
        sentence = sentence_of(doc, figure.start)
        i = figure.start - 1
        between = 0
        while i > sentence.start and between < _AGENT_GAP_WORDS:
            token = doc[i]
            if self._claim_participle(token):
                break
            if token.pos_ not in ("NOUN", "ADJ", "DET", "ADP") or token.is_punct:
                return None
            i -= 1
            between += 1
        else:
            return None
        participle = i
        door = next(
            (
                k
                for k in range(participle - 1, max(sentence.start, participle - 8) - 1, -1)
                if doc[k].lower_ == "door"
            ),
            None,
        )
        if door is None or door + 1 >= participle:
            return None
        agent = doc[door + 1 : participle]
        if not any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in agent):
            return None
        while len(agent) > 1 and agent[-1].pos_ in ("ADV", "ADJ") and agent[-1].lower_ != "zelf":
            agent = doc[agent.start : agent.end - 1]
        mention = agent
        if mention[-1].lower_ == "zelf" and len(mention) > 1:  # door hem zelf geschatte
            mention = doc[mention.start : mention.end - 1]
        speaker = self._resolve(mention)
        if not self._source(speaker, mention, actor_only=False):
            return None
        return Claimant(speaker, (mention.start, mention.end), "agent")

    def _claim_participle(self, token: Token) -> bool:
        """A claim verb's participle, also inflected as an adjective (``geschatte``)."""
        word = token.lower_
        if not word.startswith("ge"):
            return False
        forms = self.lexicon.claim_verbs.by_first
        stems = [word]
        if word.endswith("e"):  # berekende, geschatte: berekend, geschat
            stems.append(word[:-1])
            if len(word) > 3 and word[-2] == word[-3]:
                stems.append(word[:-2])
        return any(len(phrase) == 1 for form in stems for phrase in forms.get(form, ()))

    def _source_before(self, figure: Span) -> Claimant | None:
        """``Het aantal ongelukken is gedaald. Dat blijkt uit cijfers van de politie. Vorig
        jaar waren het er 177.``: a sentence opening with ``Dat``/``Dit`` names the source of a
        statement without figures before it (or ``Uit X blijkt dat …`` of one in it: the quote
        lexicon's ``evidence_verbs``); the figures of the next sentence give its numbers, and
        are the source's."""
        doc = self.doc
        before = previous_sentence(doc, sentence_of(doc, figure.start))
        opening = first_word(before) if before is not None else None
        if opening is None:
            return None
        dat_blijkt = opening.lower_ in self.quote_lexicon.attribution_pronouns
        for quote in self.quotes:
            if quote.cue is None or quote.speaker is None:
                continue
            if not before.start <= quote.cue[0] < before.end:
                continue
            # "Dat blijkt uit X" after its statement, or "Uit X blijkt dat …" before it
            evidence = doc[quote.cue[0]].lower_ in self.quote_lexicon.evidence_verbs
            if (dat_blijkt and quote.end_char <= before.start_char) or (
                evidence and doc[quote.cue[0]].idx < quote.start_char < before.end_char
            ):
                said = doc.char_span(quote.start_char, quote.end_char, alignment_mode="expand")
                if said is None or any(t.i in self.figure_starts for t in said):
                    return None  # the source is given for the figures it follows
                return Claimant(quote.speaker, quote.mention, "source_before")
        return None

    def _denial(self, quote: QuoteInfo) -> bool:
        """A statement whose cue denies (``ontkent dat …``) or is negated (``zei niet dat``):
        its figures are somebody else's."""
        if quote.cue is None:
            return False
        cue = list(self.doc[quote.cue[0] : quote.cue[1]])
        if find_phrases(cue, self.lexicon.disputes):
            return True
        # X vermeldde niet dat …: what X did not say is not X's figure
        if any(t.lemma_.lower() in self.quote_lexicon.opinion for t in cue):
            return False  # verwacht niet dat …: a hedged expectation, still theirs
        return self._negated_report(quote.cue[1])

    def _negated_report(self, i: int) -> bool:
        """A negation right after a reporting verb ending at token ``i``: ``vermeldde niet``."""
        after = self.doc[i : min(len(self.doc), i + 2)]
        return any(t.lower_ in self.lexicon.report_negations for t in after)

    def _enclosing_quote(self, figure: Span) -> QuoteInfo | None:
        inside = [
            q
            for q in self.quotes
            if q.start_char <= figure.start_char and figure.end_char <= q.end_char
        ]
        if not inside:
            return None
        # the innermost statement whose speaker is known ("Volgens Kantar zegt 70 procent van
        # de Nederlanders te gaan stemmen": the respondents' report is no one's, Kantar's is)
        # a figure is no speaker ("14 procent denkt dat …": a poll's answer, not a statement)
        inside = [q for q in inside if not self._figure_speaks(q)]
        if not inside:
            return None
        known = [q for q in inside if q.speaker is not None]
        return min(known or inside, key=lambda q: q.end_char - q.start_char)

    def _figure_speaks(self, quote: QuoteInfo) -> bool:
        """Whether the statement's speaker is a figure (``14 procent denkt dat …``)."""
        if quote.mention is None:
            return False
        return any(self.doc[i].like_num for i in range(*quote.mention)) and any(
            i in self.figure_starts for i in range(*quote.mention)
        )

    def _in_aside(self, figure: Span, quote: QuoteInfo) -> bool:
        """Between two dashes inside the quote: ``“Er vielen – naar schatting – …”``."""
        text = self.text
        before = text[quote.start_char : figure.start_char]
        after = text[figure.end_char : quote.end_char]

        def spaced_dashes(s: str) -> int:
            return sum(s.count(f" {d} ") for d in DASHES)

        return spaced_dashes(before) % 2 == 1 and spaced_dashes(after) >= 1

    def _volgens_sources(self, sentence: Span) -> list[Span]:
        """The sources of every ``volgens X`` in ``sentence`` (not who could not check it:
        ``een cijfer dat volgens X niet geverifieerd kan worden``)."""
        found = []
        for token in sentence:
            if token.lower_ not in self.lexicon.source_prepositions:
                continue
            if self._about_checking(token.i, sentence.end):
                continue
            source = self._source_after(token.i, sentence.end)
            if source is not None:
                found.append(source)
        return found

    def _volgens(self, figure: Span) -> Claimant | None:
        """``volgens X`` in the figure's sentence: the nearest one, before the figure first."""
        found = self._volgens_sources(sentence_of(self.doc, figure.start))
        if not found:
            return None
        # a semicolon parts two statements: "… telde zo'n 30.000 inwoners; volgens X …"
        found = [s for s in found if not self._semicolon_between(s, figure)]
        if not found:
            return None
        before = [s for s in found if s.end <= figure.start]
        source = before[-1] if before else found[0]
        speaker = self._resolve(source)
        return Claimant(speaker, (source.start, source.end), "volgens")

    def _semicolon_between(self, source: Span, figure: Span) -> bool:
        start, end = sorted((source.start, figure.start))
        return any(t.text == ";" for t in self.doc[start:end])

    def _about_checking(self, i: int, limit: int) -> bool:
        """Whether a verify verb follows ``volgens X`` in its clause."""
        tokens = list(self.doc[i : min(limit, i + 12)])
        return bool(find_phrases(tokens, self.lexicon.verify_verbs))

    def _source_after(self, i: int, limit: int) -> Span | None:
        doc = self.doc
        end = i + 1
        while (
            end < limit
            and end - i <= _SOURCE_WORDS_MAX
            and not doc[end].is_punct
            and not self._verb_ends_source(end)
            and not is_figure(doc[end])
        ):
            end += 1
        nouns = [t for t in doc[i + 1 : end] if t.pos_ in ("NOUN", "PROPN", "PRON")]
        if i + 2 < limit and doc[i + 1].pos_ == "DET" and doc[i + 2].pos_ == "ADP":
            noun = after_extended_attribute(doc, i + 2)  # volgens het door Hamas geleide …
            if noun is not None:
                return doc[i + 1 : noun.i + 1]
        if not nouns:
            return None
        word = nouns[0].lower_
        if word in self.quote_lexicon.not_sources and word not in self.lexicon.source_nouns:
            return None
        phrase = noun_phrase(doc, nouns[0])
        return doc[max(phrase.start, i + 1) : min(phrase.end, end)]

    def _verb_ends_source(self, i: int) -> bool:
        """A verb ends the source, unless it is a participle before a noun (``gedelegeerd
        bestuurder``)."""
        doc = self.doc
        if doc[i].pos_ not in ("VERB", "AUX"):
            return False
        nxt = doc[i + 1] if i + 1 < len(doc) else None
        return not (doc[i].pos_ == "VERB" and nxt is not None and nxt.pos_ in ("NOUN", "PROPN"))

    def _claim_verb(self, figure: Span) -> Claimant | None:
        """The subject of a claim verb that governs the figure: ``X meldt/schat/telt …`` (or,
        where the parse lost the figure's head, the claim verb right before it: ``De
        autoriteiten melden 35 doden``)."""
        token = figure.root
        seen = 0
        while token.head.i != token.i and seen < 8:
            if token.dep_ == "acl:relcl":
                return None  # a relative clause describes a noun: "X, dat met een omzet van …"
            token = token.head
            seen += 1
            if not self._is_claim_verb(token):
                continue
            return self._claim_of_verb(token, figure)
        before = figure.start - 1
        if before > 0 and self.doc[before].pos_ == "ADV":
            before -= 1  # "telde nog 40 doden"
        if before > 0 and self._is_claim_verb(self.doc[before]):
            return self._claim_of_verb(self.doc[before], figure)
        return None

    def _claim_of_verb(self, token: Token, figure: Span) -> Claimant | None:
        """The claimant a claim verb ``token`` governing the figure names, if it is a source."""
        if self._negated_report(token.i + 1):
            return None  # X vermeldde niet dat …
        if self._attributes_a_quotation_elsewhere(token, figure):
            return None  # "“…”, zei X namens 17 van de 22 klagers": the writer's figure
        for subject in subject_candidates(token, self.quote_lexicon):
            if subject.start <= figure.start < subject.end or _of_the_figure(figure, subject):
                continue  # the figure's own phrase: 300 doden werden gemeld
            head = head_of(subject)
            if head.lower_ in self.quote_lexicon.not_subjects or is_figure(head):
                continue
            speaker = self._resolve(subject)
            actor_only = token.lower_ in self.lexicon.actor_only_verbs
            if not self._source(speaker, subject, actor_only):
                continue
            return Claimant(speaker, (subject.start, subject.end), "verb")
        return None

    def _attributes_a_quotation_elsewhere(self, verb: Token, figure: Span) -> bool:
        """Whether ``verb`` is the cue of a direct quotation that does not hold the figure: the
        figure stands in the attribution's own words, which are the writer's."""
        start = figure.start_char
        return any(
            quote.kind in ("direct", "mixed")
            and quote.cue is not None
            and quote.cue[0] <= verb.i < quote.cue[1]
            and not quote.start_char <= start < quote.end_char
            for quote in self.quotes
        )

    def _a_place(self, token: Token) -> bool:
        """Whether ``token`` stands in a linked place (a claim verb's place is no claimant)."""
        return self._place_of(token) is not None

    def _place_of(self, token: Token) -> Span | None:
        """The linked place ``token`` stands in, if any."""
        return next(
            (
                span
                for span in self.doc.spans.get(PLACES_KEY, ())
                if span.kb_id_ and span.start <= token.i < span.end
            ),
            None,
        )

    def _speaks_for_a_government(self, place: Span) -> bool:
        """A country or region, or a seat of government (``Kyiv meldt``; claims_nl.json
        ``seats_of_government``), not a river or another town (``De Donau meet …``)."""
        if place.label_ in ("country", "region"):
            return True
        return place.label_ == "city" and place.text.lower() in self.lexicon.seats_of_government

    def _resolve(self, mention: Span) -> SpeakerRef | None:
        """Who the words are; a document or other source nobody names (``de voorlopige
        cijfers``, ``een recente studie``) is the words themselves."""
        speaker, _ = self.speakers.resolve(mention, None)
        if speaker is None and self.lexicon.is_source_noun(head_of(mention).lower_):
            return SpeakerRef(mention.text, "", "other")
        return speaker

    def _is_claim_verb(self, token: Token) -> bool:
        """A claim verb, its particle found in the clause when it has one (``wees … uit``)."""
        candidates = self.lexicon.claim_verbs.by_first.get(token.lower_, ())
        if not candidates:
            return False
        if any(
            verb.particle is None
            and verb.not_with
            and another_verb(token, verb, self.quote_lexicon)
            for verb in self.quote_lexicon.cue_verbs(token.lower_, "")
        ):
            return False  # "De G7 stelde een prijsplafond in van 60 dollar": instellen
        doc = self.doc
        near = doc[max(0, token.i - 1) : min(len(doc), token.i + 3)]
        if any(t.lower_ in self.lexicon.reflexive_words for t in near):
            return False  # "meldden zich 250 militairen": came forward
        following = {t.lower_ for t in doc[token.i + 1 : min(len(doc), token.i + 10)]}
        return any(all(w in following for w in phrase[1:]) for phrase in candidates)

    def _source(self, speaker: SpeakerRef | None, subject: Span, actor_only: bool) -> bool:
        """A person or organisation (or a pronoun for one); unless ``actor_only``, also a role
        or a source noun (``analisten``, ``het ministerie van Volksgezondheid``). Not a place,
        a time or a thing."""
        if speaker is not None and (
            speaker.kind == "organisation"  # also one no gazetteer knows: de Kamer van Koophandel
            or (speaker.kind == "person" and speaker.kb_id)
        ):
            return True
        head = head_of(subject)
        if head.lower_ in self.personal_pronouns:
            return True
        place = self._place_of(head)
        if place is not None:
            # "In Nederland telt Blokker nog 352 vestigingen": where, not who; but a country or
            # capital that is the subject speaks for its government ("Oekraïne claimt 28 …")
            return (
                not actor_only
                and self._speaks_for_a_government(place)
                and head.dep_ == "nsubj"
                and (subject.start == 0 or self.doc[subject.start - 1].pos_ != "ADP")
                and not any(t.pos_ == "ADP" for t in subject)
            )
        if head.pos_ == "PROPN" and speaker is not None and speaker.kind == "person":
            return True
        if actor_only:
            return head.lower_ in self.lexicon.actor_nouns  # "De politie telde zeven doden"
        if speaker is not None and _capitalised_name(head, subject):
            return True  # "constateerde de Unie": a name nobody linked, an organisation's
        roles = role_nouns()
        return any(
            t.lower_ in roles or t.lemma_ in roles or self.lexicon.is_source_noun(t.lower_)
            for t in subject
        )


def _capitalised_name(head: Token, subject: Span) -> bool:
    """A capitalised noun after an article, not opening its sentence (``de Unie``)."""
    return (
        head.is_title
        and head.pos_ in ("NOUN", "PROPN")
        and head.i > subject.start
        and not head.is_sent_start
        and subject[0].lower_ in ("de", "het")
    )


def _of_the_figure(figure: Span, subject: Span) -> bool:
    """Whether ``subject`` is what the figure counts (``30 procent van [de Nederlanders]
    verwacht``): right after it, past ``van`` and its noun."""
    doc = figure.doc
    between = doc[figure.end : subject.start]
    return (
        subject.start >= figure.end
        and len(between) <= 3
        and any(t.lower_ == "van" for t in between)
        and all(t.pos_ in ("NOUN", "ADP", "DET", "ADJ") for t in between)
    )
