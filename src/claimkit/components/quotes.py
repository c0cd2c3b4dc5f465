"""``claimkit_quotes``: statements with their speakers — direct, indirect, mixed — and terms.

1. **Marks** (:mod:`claimkit.quotes.marks`): every quotation between quote marks.
2. **Direct quotes**: a quotation is attributed by the words after it (``“…”, zei X``, ``“…”,
   aldus X``, ``“…”, klonk het nog``, ``“…” Dat zei X``) or before it (``X zei: “…”``, ``X:
   “…”``); one without is carried over from the last speaker. A short quotation with no finite
   verb and no attribution of its own, or one after a naming verb (``omschrijven als een
   “vleesmolen”``), is a **term**, never a statement.
3. **Indirect quotes**: a cue verb with ``dat``/``of`` (``X zei dat …``), ``volgens X …``, and a
   report after the clause (``Het kabinet gaat door, zei Rutte.``). One that holds a quotation
   is **mixed**.
4. **Speakers** — **where a quote's speaker is chosen**: each pattern picks the words that
   name the source (:meth:`QuoteFinder._after`, ``_before``, ``_carried`` for direct quotes;
   ``_reported``, ``_volgens``, ``_klinkt_het`` for indirect ones; a cue verb's subject in
   ``_subject``), and :meth:`claimkit.quotes.speakers.SpeakerResolver.resolve` says who they
   are: a linked person or organisation, a pronoun or role noun resolved to the last speaker,
   an unknown name's fullest form.

The cue words are data: ``src/claimkit/data/quotes_nl.json``. Results go to
``doc.spans["claimkit_quotes"]`` (the quote's content) with the details in
``span._.claimkit_link``, and to ``doc._.quotes`` as :class:`QuoteMatch` tuples.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import ensure_path

from claimkit.components.common import ORGANISATIONS_KEY, PEOPLE_KEY, forget_words
from claimkit.quotes.attribution import (
    QUOTE_CHARS,
    clause_start,
    cue_verb,
    head_of,
    in_not_cue_phrase,
    is_clause_stop,
    noun_phrase,
    sentence_end,
    subject_candidates,
)
from claimkit.quotes.lexicon import QuoteLexicon, quote_lexicon
from claimkit.quotes.marks import QuoteRegion, find_quote_regions
from claimkit.quotes.speakers import SpeakerRef, SpeakerResolver

QUOTES_KEY = "claimkit_quotes"


class QuoteMatch(NamedTuple):
    """A quote found in a Doc (``doc._.quotes``)."""

    kind: str  # direct, indirect, mixed, term
    content: Span
    speaker: Span | None  # the speaker mention
    cue: Span | None
    speaker_id: str  # record id, "" when none
    speaker_name: str | None
    confidence: float


def _doc_quotes(doc: Doc) -> list[QuoteMatch]:
    found = []
    for span in doc.spans.get(QUOTES_KEY, ()):
        link = span._.claimkit_link or {}
        speaker = link.get("speaker_tokens")
        cue = link.get("cue_tokens")
        found.append(
            QuoteMatch(
                link.get("kind", "direct"),
                span,
                doc[speaker[0] : speaker[1]] if speaker else None,
                doc[cue[0] : cue[1]] if cue else None,
                link.get("speaker_id", ""),
                link.get("speaker_name"),
                float(link.get("confidence", 0.0)),
            )
        )
    return found


if not Doc.has_extension("quotes"):
    Doc.set_extension("quotes", getter=_doc_quotes)


@dataclass
class _Found:
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


@Language.factory("claimkit_quotes", default_config={"spans_key": QUOTES_KEY})
def make_quotes_component(nlp: Language, name: str, spans_key: str) -> QuoteFinder:
    """spaCy factory of :class:`QuoteFinder`."""
    return QuoteFinder(nlp, name, spans_key=spans_key)


class QuoteFinder:
    """Find quotes and their speakers; write them to ``doc.spans[spans_key]``."""

    def __init__(
        self, nlp: Language, name: str = "claimkit_quotes", *, spans_key: str = QUOTES_KEY
    ) -> None:
        self.name = name
        self.spans_key = spans_key
        self.lexicon: QuoteLexicon = quote_lexicon()

    def __call__(self, doc: Doc) -> Doc:
        starts = [token.idx for token in doc]
        speakers = SpeakerResolver(doc, self.lexicon, PEOPLE_KEY, ORGANISATIONS_KEY)
        regions = find_quote_regions(doc.text)
        used: set[int] = set()  # tokens that already serve as a cue
        direct = self._direct(doc, starts, regions, speakers, used)
        indirect = self._indirect(doc, starts, direct, speakers, used)
        quotes = _merge(direct, indirect, self.lexicon.term_max_words)
        doc.spans[self.spans_key] = [self._span(doc, q) for q in quotes]
        forget_words(doc)
        return doc

    # -- direct quotes and terms ------------------------------------------------------------

    def _direct(
        self,
        doc: Doc,
        starts: list[int],
        regions: list[QuoteRegion],
        speakers: SpeakerResolver,
        used: set[int],
    ) -> list[_Found]:
        found: list[_Found] = []
        last: SpeakerRef | None = None
        last_end = -1
        for region in regions:
            first = bisect.bisect_left(starts, region.start)
            after = bisect.bisect_left(starts, region.end)
            if first >= len(doc) or after <= first:
                continue
            close = after  # the token after the content: the closing mark, if any
            while close < len(doc) and doc[close].text and doc[close].text[0] in QUOTE_CHARS:
                close += 1
            opening = first - 1
            while opening >= 0 and doc[opening].text and doc[opening].text[-1] in QUOTE_CHARS:
                opening -= 1
            if doc[opening].text == ",," if opening >= 0 else False:
                opening -= 1
            attribution = self._after(doc, close, speakers, last) or self._before(
                doc, opening, speakers, last
            )
            if attribution is None and not region.open_mark:
                continue  # a closing mark nothing opened, and nothing says who spoke
            if self._is_term(doc, region, first, after, opening, attribution is not None):
                mention = self._naming_subject(doc, opening, speakers)
                found.append(
                    _Found("term", region.start, region.end, None, mention, None, 0.8, region)
                )
                continue
            if attribution is None:
                attribution = self._carried(doc, first, last, last_end, speakers)
            cue, mention, speaker, confidence = attribution
            if cue:
                used.update(range(*cue))
            found.append(
                _Found(
                    "direct",
                    region.start,
                    region.end,
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
        if opening >= 0 and any(
            doc[k].lower_ in self.lexicon.naming for k in range(max(0, opening - 3), opening + 1)
        ):
            return after - first <= 2 * self.lexicon.term_max_words
        content = doc[first:after]
        words = [t for t in content if t.is_alpha]
        finite = any("VerbForm=Fin" in str(t.morph) for t in content if t.pos_ in ("VERB", "AUX"))
        ends_sentence = bool(content) and content[-1].text in (".", "!", "?", "…")
        if attributed and (finite or ends_sentence or region.depth == 0):
            return False
        if len(words) <= self.lexicon.term_max_words and not finite:
            return True
        return region.depth > 0 and len(words) <= self.lexicon.term_max_words

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
        if i < n and doc[i].text == ",":
            i += 1
        elif i < n and doc[i].text in (".", "!", "?") and i + 2 < n:
            if doc[i + 1].lower_ in self.lexicon.attribution_pronouns and cue_verb(
                doc[i + 2], self.lexicon
            ):
                return self._from_verb(doc, i + 2, speakers, last)
            return None
        if i + 1 < n and doc[i].lower_ == "zo" and cue_verb(doc[i + 1], self.lexicon, any_tag=True):
            i += 1  # "“…”, zo zei X" (else "“…”, zo X": zo as aldus)
        if i >= n:
            return None
        token = doc[i]
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
        if cue_verb(token, self.lexicon, any_tag=True):  # opinion verbs too: "“…”, vindt X"
            return self._from_verb(doc, i, speakers, last)
        if token.pos_ == "AUX" or token.lemma_ in ("hebben", "zijn", "worden"):
            # "“…”, had toen een collega gezegd"
            for k in range(i + 1, min(n, i + 7)):
                if is_clause_stop(doc[k]) or doc[k].text == ",":
                    break
                if cue_verb(doc[k], self.lexicon) and not self._opinion_only(doc[k]):
                    return self._from_verb(doc, k, speakers, last)
        return None

    def _subject(self, doc: Doc, i: int, speakers: SpeakerResolver) -> Span | None:
        """The subject of cue verb ``i``: a named person or organisation among the candidates
        first, then a pronoun or name, then the parse's choice."""
        candidates = subject_candidates(doc[i], self.lexicon)
        if i > 0 and (doc[i - 1].text == "," or doc[i - 1].lower_ == "zo"):
            # inversion after a quote ("“…”, zegt De Mos"): the words right after the verb
            for span in sorted(candidates, key=lambda c: c.start):
                head = head_of(span)
                if (
                    i < span.start <= i + 4
                    and head.pos_ in ("PROPN", "PRON", "NOUN")
                    and not self._names_nobody(head)
                ):
                    return span
        for span in candidates:
            if speakers.named_in(span.start, span.end) is not None:
                return span
        for span in candidates:
            head = head_of(span)
            if head.pos_ in ("PROPN", "PRON") and not self._names_nobody(head):
                return span
        for span in candidates:
            if not self._names_nobody(head_of(span)):
                return span
        return None

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
    ) -> _Found:
        """An indirect quote of tokens ``start``..``end`` by the ``source`` words, resolved;
        ``weight`` says how much the pattern itself is trusted."""
        speaker, confidence = speakers.resolve(source, last)
        return _reported_found(
            doc, start, end, cue, (source.start, source.end), speaker, confidence * weight
        )

    def _names_nobody(self, token) -> bool:
        return token.lower_.strip(".,;:") in self.lexicon.not_subjects

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
        for k in range(i - 1, start - 1, -1):
            if cue_verb(doc[k], self.lexicon) and not in_not_cue_phrase(doc, k, self.lexicon):
                return self._from_verb(doc, k, speakers, last)
        clause = doc[start:i]
        opens_sentence = (
            start == 0
            or doc[start - 1].text in (".", "!", "?")
            or ("\n" in doc[start - 1].whitespace_ or doc[start - 1].is_space)
        )
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
            # "De Boodt heeft hoop …: “…”": the person the introducing clause is about
            mention = doc[named.start : named.end]
            speaker, confidence = speakers.resolve(mention, last)
            return None, (mention.start, mention.end), speaker, confidence * 0.7
        return None

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
        named = speakers.last_named_before(first, window=60)
        if named is not None and doc[named.start].idx > last_end:
            return None, (named.start, named.end), named.speaker, 0.5
        if last is not None and last_end >= 0 and doc[first].idx - last_end < 600:
            return None, None, last, 0.6
        if named is not None:
            return None, (named.start, named.end), named.speaker, 0.45
        return None, None, None, 0.3

    def _head_after(self, doc: Doc, i: int):
        for k in range(i, min(len(doc), i + 5)):
            if doc[k].pos_ in ("PROPN", "NOUN", "PRON"):
                return doc[k]
            if is_clause_stop(doc[k]):
                return None
        return None

    def _opinion_only(self, token) -> bool:
        verbs = self.lexicon.cue_verbs(token.lower_, token.lemma_.lower())
        return all(v.lemma in self.lexicon.opinion for v in verbs)

    # -- indirect quotes --------------------------------------------------------------------

    def _indirect(
        self,
        doc: Doc,
        starts: list[int],
        direct: list[_Found],
        speakers: SpeakerResolver,
        used: set[int],
    ) -> list[_Found]:
        terms = [(q.start_char, q.end_char) for q in direct if q.kind == "term"]
        statements = [q for q in direct if q.kind == "direct"]
        found: list[_Found] = []
        for token in doc:
            i = token.i
            last = _last_speaker(statements, found, token.idx)
            if i in used or any(s <= token.idx < e for s, e in terms):
                continue
            inside = next((q for q in statements if q.start_char <= token.idx < q.end_char), None)
            lower = token.lower_
            if lower in self.lexicon.source_words:
                quote = self._volgens(doc, i, speakers, last, inside)
            elif lower in self.lexicon.speech_nouns:
                quote = self._noun_report(doc, i, speakers, last, inside)
            elif lower in self.lexicon.evidence_verbs:
                quote = self._evidence(doc, i, speakers, last, inside)
            elif lower in self.lexicon.own_account[2]:
                quote = self._own_account(doc, i, speakers, last, inside)
            elif lower in self.lexicon.after_quote_words and lower != "zo":
                quote = self._aldus(doc, i, speakers, last)
            else:
                verb = cue_verb(token, self.lexicon) or self._verb_by_position(doc, i)
                if verb is None or in_not_cue_phrase(doc, i, self.lexicon):
                    continue
                quote = self._reported(doc, i, verb.lemma, speakers, last, inside)
                if quote is None:
                    quote = self._dat_zei(doc, i, speakers, last)
            if quote is None and token.lower_ in self.lexicon.carry_over:
                quote = self._klinkt_het(doc, i, last)
            if quote is not None:
                used.update(range(*quote.cue) if quote.cue else ())
                found.append(quote)
        return found

    def _noun_report(
        self,
        doc: Doc,
        i: int,
        speakers: SpeakerResolver,
        last: SpeakerRef | None,
        inside: _Found | None,
    ) -> _Found | None:
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
        if (
            k >= n
            or doc[k].lower_ != "dat"
            or not (doc[k].pos_ == "SCONJ" or _opens_clause(doc, k))
        ):
            return None
        if source is None and i > 0 and "Poss=Yes" in str(doc[i - 1].morph):
            source = doc[i - 1 : i]
        if source is None:
            verb = doc[i].head
            subject = self._subject(doc, verb.i, speakers) if verb.pos_ in ("VERB", "AUX") else None
            source = subject if subject is not None and subject.end <= i else None
        start, end = k + 1, self._content_end(doc, k + 1, inside)
        if end <= start or (inside is not None and source is None):
            return None
        if source is not None and len(source):
            speaker, confidence = speakers.resolve(source, last)
            mention = (source.start, source.end)
        else:
            speaker, confidence, mention = None, 0.3, None
        return _reported_found(
            doc,
            start,
            end,
            (i, i + 1),
            mention,
            speaker,
            confidence * 0.8,
        )

    def _evidence(
        self,
        doc: Doc,
        i: int,
        speakers: SpeakerResolver,
        last: SpeakerRef | None,
        inside: _Found | None,
    ) -> _Found | None:
        """``Uit het rapport blijkt dat …`` / ``…, blijkt uit het rapport``: the document says
        it."""
        n, uit = len(doc), self.lexicon.evidence_preposition
        source: Span | None = None
        clause = clause_start(doc, i)
        for k in range(clause, i):  # "Uit het rapport blijkt dat"
            if doc[k].lower_ == uit:
                source = doc[k + 1 : i]
                break
        after = i + 1
        if source is None and after < n and doc[after].lower_ == uit:  # "blijkt uit X dat"
            end = after + 1
            while (
                end < n
                and end - after <= 8
                and doc[end].lower_ != "dat"
                and not (is_clause_stop(doc[end]) or doc[end].text == ",")
            ):
                end += 1
            source, after = doc[after + 1 : end], end
        if source is None or not any(t.pos_ in ("NOUN", "PROPN") for t in source):
            return None
        if after < n and doc[after].lower_ == "dat":
            start = after + 1
        elif i > 0 and doc[i - 1].text == "," and self._report_start(doc, i - 1) < i - 1:
            start = self._report_start(doc, i - 1)  # "De kosten stijgen, blijkt uit X."
            end = i - 1
            return self._statement(doc, start, end, (i, i + 2), source, speakers, last, 0.8)
        else:
            return None
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
        inside: _Found | None,
    ) -> _Found | None:
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
            speaker, confidence = speakers.resolve(mention, last)
            mention_range = (mention.start, mention.end)
        else:
            speaker, confidence, mention_range = last, 0.4, None
        return _reported_found(
            doc,
            start,
            end,
            (i - 2, i + 1),
            mention_range,
            speaker,
            confidence * 0.8,
        )

    def _aldus(
        self, doc: Doc, i: int, speakers: SpeakerResolver, last: SpeakerRef | None
    ) -> _Found | None:
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

    def _dat_zei(
        self, doc: Doc, i: int, speakers: SpeakerResolver, last: SpeakerRef | None
    ) -> _Found | None:
        """``De zaak is rond. Dat zei Rutte gisteren.``: the sentence before is the statement."""
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
        if end - start < 3:
            return None
        subject = self._subject(doc, i, speakers)
        if subject is None:
            return None
        return self._statement(doc, start, end, (i, i + 1), subject, speakers, last, 0.8)

    def _klinkt_het(self, doc: Doc, i: int, last: SpeakerRef | None) -> _Found | None:
        """``De zaak is rond, klinkt het (bij Electrabel).``: the clause before is a statement."""
        if not (
            i > 1 and doc[i - 1].text == "," and i + 1 < len(doc) and doc[i + 1].lower_ == "het"
        ):
            return None
        start, end = clause_start(doc, i - 1), i - 1
        if end - start < 3 or any(t.text and t.text[0] in QUOTE_CHARS for t in doc[start:end]):
            return None
        return _reported_found(
            doc,
            start,
            end,
            (i, i + 2),
            None,
            last,
            0.6 if last is not None else 0.3,
        )

    def _reported(
        self,
        doc: Doc,
        i: int,
        lemma: str,
        speakers: SpeakerResolver,
        last: SpeakerRef | None,
        inside: _Found | None,
    ) -> _Found | None:
        """``X zei dat …`` (a cue verb with a complementiser), or ``…, zei X.``."""
        complementiser = self._complementiser(doc, i)
        subject = self._subject(doc, i, speakers)
        head = head_of(subject) if subject is not None else None
        own_words = head is not None and head.lower_ in self.lexicon.first_person
        if (inside is not None or lemma in self.lexicon.opinion) and (
            subject is None or (own_words and (lemma in self.lexicon.opinion or not inside))
        ):
            return None  # the speaker's own thoughts (part of the quote), or no one's
        if head is not None and head.lower_ in self.lexicon.not_sources:
            return None
        infinitive = None if complementiser is not None else self._te_infinitive(doc, i)
        if complementiser is not None:
            start, end = complementiser + 1, self._content_end(doc, complementiser + 1, inside)
        elif infinitive is not None and lemma not in self.lexicon.opinion:
            start = i + 1
            if subject is not None and subject.start == start:
                start = subject.end
            end = self._content_end(doc, start, inside)
        elif i > 1 and doc[i - 1].text == ",":
            # a report after (or inside) the clause: "…, zei Rutte." / "A, denkt X, B."
            start = self._report_start(doc, i - 1)
            end = i - 1
            if end - start < 3 or subject is None or subject.start < i:
                return None
            after = subject.end
            while after < len(doc) and doc[after].lower_ in self.lexicon.adverbs_after_cue:
                after += 1
            if after + 1 < len(doc) and doc[after].text == "," and doc[after + 1].is_alpha:
                end = self._content_end(doc, after + 1, inside)  # the clause goes on
        else:
            return None
        while start < end and (doc[start].text in (",", ";", ":", ".") or doc[start].is_space):
            start += 1
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
        return _reported_found(
            doc,
            start,
            end,
            (i, i + 1),
            mention,
            speaker,
            confidence,
        )

    @staticmethod
    def _report_start(doc: Doc, i: int) -> int:
        """Where a clause reported after it begins (``Zijn partij heeft ‘ruim’ gewonnen, zei
        X``): its sentence's start, looking through quote marks of a quoted part inside it."""
        j = i
        while j > 0:
            prev = doc[j - 1]
            if prev.is_space or prev.text in (".", "!", "?", ";", ":") or "\n" in prev.whitespace_:
                break
            j -= 1
        while j < i and doc[j].text and doc[j].text[0] in QUOTE_CHARS:
            j += 1
        return j

    def _verb_by_position(self, doc: Doc, i: int):
        """A cue form the tagger misread (``Vandenbussche besluit dat …``: a noun), taken as the
        verb when ``dat`` follows it and no determiner or adjective stands before it."""
        if i + 1 >= len(doc) or doc[i + 1].lower_ not in self.lexicon.complementisers:
            return None
        if i > 0 and doc[i - 1].pos_ in ("DET", "ADJ", "ADP", "NUM"):
            return None
        return cue_verb(doc[i], self.lexicon, any_tag=True)

    def _te_infinitive(self, doc: Doc, i: int) -> int | None:
        """``Agalev zegt [Antwerpen …] te willen maken``: a te-infinitive closing the clause."""
        end = sentence_end(doc, i)
        for k in range(i + 1, min(end, i + 25)):
            token = doc[k]
            if token.pos_ in ("VERB", "AUX") and "VerbForm=Fin" in str(token.morph):
                return None
            if token.lower_ == "te" and k + 1 < end and doc[k + 1].pos_ in ("VERB", "AUX"):
                return k
            if is_clause_stop(token) and token.text[:1] not in QUOTE_CHARS:
                return None  # a quoted part may stand inside the clause
        return None

    def _complementiser(self, doc: Doc, i: int) -> int | None:
        for k in range(i + 1, min(len(doc), i + 10)):
            token = doc[k]
            if token.lower_ in self.lexicon.complementisers and (
                token.pos_ == "SCONJ" or _opens_clause(doc, k)
            ):
                return k
            if is_clause_stop(token) or (token.pos_ == "VERB" and k > i + 1):
                return None
        return None

    def _content_end(self, doc: Doc, start: int, inside: _Found | None) -> int:
        """Where reported content ends: the sentence end, a colon, the end of an enclosing
        quotation, or a comma followed by a word that starts something else."""
        limit = sentence_end(doc, start)
        finite = False  # a comma ends the content only once its clause has a finite verb
        for k in range(start, limit):
            token = doc[k]
            if token.pos_ in ("VERB", "AUX") and "VerbForm=Fin" in str(token.morph):
                finite = True
            if inside is not None and token.idx >= inside.end_char:
                return k
            if token.text == ":":
                return k
            if (
                token.text == ","
                and k + 1 < limit
                and doc[k + 1].lower_ in self.lexicon.clause_enders
                and k > start + 2
                and (finite or doc[k + 1].lower_ in self.lexicon.clause_conjunctions)
            ):
                return k
        return limit

    def _volgens(
        self,
        doc: Doc,
        i: int,
        speakers: SpeakerResolver,
        last: SpeakerRef | None,
        inside: _Found | None,
    ) -> _Found | None:
        """``Volgens X …`` / ``… volgens X …``: the rest of the clause is X's statement."""
        if i > 0 and doc[i - 1].lower_ in ("dat", "die") and doc[i - 1].pos_ == "PRON":
            return None  # in a relative clause: qualifies a noun, reports nothing
        end_source = i + 1
        while (
            end_source < len(doc)
            and end_source - i <= 8
            and doc[end_source].text != ","
            and doc[end_source].pos_ not in ("VERB", "AUX")
            and not is_clause_stop(doc[end_source])
        ):
            end_source += 1
        if end_source == i + 1:
            return None
        source = doc[i + 1 : end_source]
        nouns = [t for t in source if t.pos_ in ("NOUN", "PROPN", "PRON")]
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
        if not at_start:
            content_start = start_clause
        while content_start < len(doc) and doc[content_start].text in (",", ";", ":", "."):
            content_start += 1
        end = self._content_end(doc, content_start, inside)
        if end <= content_start:
            return None
        mention = noun_phrase(doc, nouns[0])
        mention = doc[max(mention.start, i + 1) : min(mention.end, end_source)]
        return self._statement(doc, content_start, end, (i, i + 1), mention, speakers, last, 0.95)

    # -- output -----------------------------------------------------------------------------

    def _span(self, doc: Doc, quote: _Found) -> Span:
        span = doc.char_span(quote.start_char, quote.end_char, alignment_mode="expand")
        if span is None:  # pragma: no cover - expand always finds tokens inside the text
            span = doc[0:0]
        speaker = quote.speaker
        span._.claimkit_link = {
            "kind": quote.kind,
            "start_char": quote.start_char,
            "end_char": quote.end_char,
            "speaker_tokens": list(quote.mention) if quote.mention else None,
            "cue_tokens": list(quote.cue) if quote.cue else None,
            "speaker_id": speaker.kb_id if speaker else "",
            "speaker_name": speaker.name if speaker else None,
            "speaker_kind": speaker.kind if speaker else None,
            "confidence": round(quote.confidence, 3),
        }
        return span

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        """Nothing to save: the lexicon ships with claimkit (the folder is made for spaCy)."""
        ensure_path(path).mkdir(parents=True, exist_ok=True)

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> QuoteFinder:
        """Nothing to load (see :meth:`to_disk`)."""
        return self


def _opens_clause(doc: Doc, k: int) -> bool:
    """``dat`` tagged as a pronoun that still opens a clause: a subject follows it (``vindt
    dat Koolmees …``), not an adverb or a verb (``zei dat niet``)."""
    if doc[k].lower_ != "dat" or k + 1 >= len(doc):
        return False
    following = doc[k + 1]
    return following.pos_ in ("DET", "NOUN", "PROPN", "PRON", "NUM", "ADJ") or bool(
        following.text and following.text[0] in QUOTE_CHARS
    )


def _last_speaker(direct: list[_Found], indirect: list[_Found], before: int) -> SpeakerRef | None:
    """The speaker of the last statement that starts before character ``before``."""
    best: _Found | None = None
    for quote in (*direct, *indirect):
        if (
            quote.speaker is not None
            and quote.start_char < before
            and (best is None or quote.start_char > best.start_char)
        ):
            best = quote
    return best.speaker if best else None


def _reported_found(
    doc: Doc,
    start: int,
    end: int,
    cue: tuple[int, int],
    mention: tuple[int, int] | None,
    speaker: SpeakerRef | None,
    confidence: float,
) -> _Found:
    """An indirect quote whose content is tokens ``start``..``end``."""
    return _Found(
        "indirect", doc[start].idx, _end_char(doc, end, start), cue, mention, speaker, confidence
    )


def _end_char(doc: Doc, end: int, start: int) -> int:
    """The character offset after token ``end - 1``, without trailing punctuation or space;
    never before token ``start``."""
    k = end - 1
    while k > start and (doc[k].text in (",", ";") or doc[k].is_space):
        k -= 1
    return doc[k].idx + len(doc[k].text)


def _merge(direct: list[_Found], indirect: list[_Found], max_words: int) -> list[_Found]:
    """Reported speech that holds a quotation is mixed; the quotation inside it then goes,
    unless it is a statement of its own: attributed by another cue, and longer than a
    fragment of ``max_words`` words."""
    kept_direct = []
    for quote in direct:
        around = next(
            (
                q
                for q in indirect
                if q.start_char <= quote.start_char and quote.end_char <= q.end_char + 1
            ),
            None,
        )
        if around is None:
            kept_direct.append(quote)
            continue
        around.kind = "mixed"
        if (
            quote.kind == "direct"
            and quote.cue is not None
            and quote.cue != around.cue
            and quote.words > max_words
        ):
            kept_direct.append(quote)
    quotes = kept_direct + indirect
    quotes.sort(key=lambda q: (q.start_char, -q.end_char))
    return quotes
