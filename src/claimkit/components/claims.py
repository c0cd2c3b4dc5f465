"""``claimkit_claims``: numeric claims with what they count, their claimant and their status.

1. **Figures** (:mod:`claimkit.claims.figures`): the numbers of ``claimkit.numbers`` that
   count something (``99.000 troepen``, ``1,5 miljoen vluchtelingen``, ``40 procent``); dates,
   times, ages, durations, ordinals, frequencies, scores, labels and references are not claims.
   The category comes from the counted noun and the cues of its sentence.
2. **Claimant** (:mod:`claimkit.claims.claimants`, **where a claim's claimant is chosen**): the
   speaker of the quote around the figure, ``volgens X``, or a claim verb's subject.
3. **Status** (:mod:`claimkit.claims.status`): unverified, disputed, hedged, confirmed,
   attributed or stated, with the evidence and who flagged it.
4. **Context** (:mod:`claimkit.claims.context`): subject, time scope, place.

Runs after ``claimkit_quotes``. Sentences are found by punctuation and line breaks
(:func:`claimkit.claims.cues.sentence_of`), not by the parser, which often splits them
wrongly; a pipeline without a parser works too. The cue words are data:
``src/claimkit/data/claims_nl.json``.
Results go to ``doc.spans["claimkit_claims"]`` (the figures) with the details in
``span._.claimkit_claim``, and to ``doc._.claims`` as :class:`ClaimMatch` tuples.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any, NamedTuple

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import ensure_path

from claimkit.claims.claimants import ClaimantFinder, QuoteInfo
from claimkit.claims.context import place_of, scope_of, subject_of
from claimkit.claims.cues import SENTENCES_KEY, forget_forms, keep_forms
from claimkit.claims.figures import Figure, figures
from claimkit.claims.lexicon import ClaimLexicon, claim_lexicon
from claimkit.claims.status import status_of
from claimkit.components.quotes import QUOTES_KEY
from claimkit.components.shares import SharesKeeper
from claimkit.quotes.lexicon import QuoteLexicon, quote_lexicon
from claimkit.quotes.marks import find_quote_regions
from claimkit.quotes.speakers import SpeakerRef, SpeakerResolver
from claimkit.spans import ORGANISATIONS_KEY, PEOPLE_KEY, PLACES_KEY, doc_text

CLAIMS_KEY = "claimkit_claims"


class ClaimMatch(NamedTuple):
    """A numeric claim found in a Doc (``doc._.claims``)."""

    figure: Span
    value: float | None
    low: float | None
    high: float | None
    counted: Span | None
    category: str
    claimant: Span | None  # the claimant mention
    claimant_name: str | None
    status: str
    flagged: bool
    evidence: Span | None


def _tokens(doc: Doc, pair: list[int] | None) -> Span | None:
    return doc[pair[0] : pair[1]] if pair else None


def _doc_claims(doc: Doc) -> list[ClaimMatch]:
    found = []
    for span in doc.spans.get(CLAIMS_KEY, ()):
        link = span._.claimkit_claim or {}
        found.append(
            ClaimMatch(
                span,
                link.get("value"),
                link.get("low"),
                link.get("high"),
                _tokens(doc, link.get("counted")),
                link.get("category", "other"),
                _tokens(doc, link.get("claimant_tokens")),
                link.get("claimant_name"),
                link.get("status", "stated"),
                bool(link.get("flagged")),
                _tokens(doc, link.get("evidence")),
            )
        )
    return found


if not Doc.has_extension("claims"):
    Doc.set_extension("claims", getter=_doc_claims)


@Language.factory("claimkit_claims", default_config={"spans_key": CLAIMS_KEY})
def make_claims_component(nlp: Language, name: str, spans_key: str) -> ClaimFinder:
    """spaCy factory of :class:`ClaimFinder`."""
    return ClaimFinder(nlp, name, spans_key=spans_key)


class ClaimFinder:
    """Find numeric claims; write them to ``doc.spans[spans_key]``."""

    def __init__(
        self, nlp: Language, name: str = "claimkit_claims", *, spans_key: str = CLAIMS_KEY
    ) -> None:
        self.name = name
        self._shares = SharesKeeper(nlp, name)
        self.spans_key = spans_key
        self.lexicon: ClaimLexicon = claim_lexicon()
        self.quote_lexicon: QuoteLexicon = quote_lexicon()

    def __call__(self, doc: Doc) -> Doc:
        keep_forms(doc)  # the cue phrases are matched against the same tokens many times
        try:
            spans = self._claims(doc)
        finally:
            forget_forms(doc)
        doc.spans[self.spans_key] = spans
        self._shares.done(doc)
        doc.user_data.pop(SENTENCES_KEY, None)
        return doc

    def _claims(self, doc: Doc) -> list[Span]:
        """The spans of the claims' figures, with their details."""
        text = doc_text(doc)
        found, _ = figures(doc, self.lexicon, text, titles_of(doc, QUOTES_KEY))
        spans = []
        if found:
            speakers = SpeakerResolver(doc, self.quote_lexicon, PEOPLE_KEY, ORGANISATIONS_KEY)
            speakers.mark_quoted([(r.start, r.end) for r in find_quote_regions(text)])
            claimants = ClaimantFinder(
                doc,
                self.lexicon,
                self.quote_lexicon,
                quotes_of(doc, QUOTES_KEY),
                speakers,
                text,
                figures=[figure.span for figure in found],
            )
            places = list(doc.spans.get(PLACES_KEY, ()))
            spans = [self._span(doc, figure, claimants, speakers, places) for figure in found]
        return spans

    def _span(
        self,
        doc: Doc,
        figure: Figure,
        claimants: ClaimantFinder,
        speakers: SpeakerResolver,
        places: list[Span],
    ) -> Span:
        span = figure.span
        quantity = figure.quantity
        claimant = claimants.claimant(span)
        mention = claimant.mention if claimant is not None else None
        subject = subject_of(doc, span, figure.counted, self.lexicon)
        status = status_of(doc, span, claimant is not None, self.lexicon, mention, subject)
        flagged_by: SpeakerRef | None = None
        if status.flagged_by is not None:
            flagged_by, _ = speakers.resolve(doc[status.flagged_by[0] : status.flagged_by[1]], None)
        outside = [p for p in places if not _inside(p, mention) and not _inside(p, subject)]
        place = place_of(span, outside)  # not the claimant, not whose count it is
        speaker = claimant.speaker if claimant is not None else None
        link: dict[str, Any] = {
            "start_char": quantity.start,
            "end_char": quantity.end,
            "value": quantity.value,
            "low": quantity.low,
            "high": quantity.high,
            # size words and one-sided bounds (zo'n, ruim, meer dan); a range is exact
            "approximate": quantity.approximate
            or quantity.kind == "vague"
            or (quantity.low is None) != (quantity.high is None),
            "counted": [figure.counted.start, figure.counted.end] if figure.counted else None,
            "category": figure.category,
            "subject": _pair(subject),
            "scope": _pair(scope_of(doc, span, self.lexicon)),
            "place": [place.start, place.end] if place is not None else None,
            "claimant_tokens": list(claimant.mention) if claimant and claimant.mention else None,
            "claimant_id": speaker.kb_id if speaker else "",
            "claimant_name": speaker.name if speaker else None,
            "claimant_kind": speaker.kind if speaker else None,
            "status": status.status,
            "flagged": status.status in self.lexicon.flag_statuses
            and figure.category in self.lexicon.flag_categories,
            "evidence": _pair(status.evidence),
            "flagged_by_tokens": _pair(status.flagged_by),
            "flagged_by_id": flagged_by.kb_id if flagged_by else "",
            "flagged_by_name": flagged_by.name if flagged_by else None,
            "flagged_by_kind": flagged_by.kind if flagged_by else None,
        }
        span._.claimkit_claim = link
        return span

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        """Nothing to save: the lexicon ships with claimkit (the folder is made for spaCy)."""
        ensure_path(path).mkdir(parents=True, exist_ok=True)

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> ClaimFinder:
        """Nothing to load (see :meth:`to_disk`)."""
        return self


def _inside(span: Span, pair: tuple[int, int] | None) -> bool:
    """Whether ``span`` lies in the token range ``pair`` (a place that names the claimant)."""
    return pair is not None and pair[0] <= span.start and span.end <= pair[1]


def titles_of(doc: Doc, key: str, min_words: int = 3) -> list[tuple[int, int]]:
    """Character ranges of the terms of ``doc.spans[key]`` of at least ``min_words`` words:
    quoted titles and names (``'Naar een ecoleven in zes avonden'``), not scare quotes."""
    return [
        (link["start_char"], link["end_char"])
        for span in doc.spans.get(key, ())
        if (link := span._.claimkit_link or {}).get("kind") == "term"
        and sum(t.is_alpha for t in span) >= min_words
    ]


def quotes_of(doc: Doc, key: str) -> list[QuoteInfo]:
    """The statements (not terms) the quotes component wrote to ``doc.spans[key]``."""
    found = []
    for span in doc.spans.get(key, ()):
        link = span._.claimkit_link or {}
        if link.get("kind") == "term":
            continue
        name = link.get("speaker_name")
        speaker = (
            SpeakerRef(name, link.get("speaker_id") or "", link.get("speaker_kind") or "other")
            if name is not None
            else None
        )
        tokens = link.get("speaker_tokens")
        cue = link.get("cue_tokens")
        found.append(
            QuoteInfo(
                link["start_char"],
                link["end_char"],
                link.get("kind", "direct"),
                speaker,
                (tokens[0], tokens[1]) if tokens else None,
                (cue[0], cue[1]) if cue else None,
            )
        )
    return found


def _pair(pair: tuple[int, int] | None) -> list[int] | None:
    return list(pair) if pair is not None else None
