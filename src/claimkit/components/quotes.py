"""``claimkit_quotes``: statements with their speakers — direct, indirect, mixed — and terms.

1. **Marks** (:mod:`claimkit.quotes.marks`): every quotation between quote marks.
2. **Direct quotes** (:mod:`claimkit.quotes.direct`): a quotation is attributed by the words
   after it (``“…”, zei X``, ``“…”, aldus X``, ``“…”, klonk het nog``, ``“…” Dat zei X``) or
   before it (``X zei: “…”``, ``X: “…”``); one without is carried over from the last speaker.
   A short quotation with no finite verb and no attribution of its own, or one after a naming
   verb (``omschrijven als een “vleesmolen”``), is a **term**, never a statement.
3. **Indirect quotes** (:mod:`claimkit.quotes.reported`): a cue verb with ``dat``/``of`` (``X
   zei dat …``), ``volgens X …``, a report after the clause (``Het kabinet gaat door, zei
   Rutte.``), a speech noun, a document. One that holds a quotation is **mixed**.
4. **Speakers** — **where a quote's speaker is chosen**: each rule picks the words that name
   the source (:mod:`claimkit.quotes.direct`: ``_after``, ``_before``, ``_carried``;
   :mod:`claimkit.quotes.reported`: ``_reported``, ``_volgens``, ``_noun_report`` …; a cue
   verb's subject: ``AttributionRules._subject`` in :mod:`claimkit.quotes.rules`), and
   :meth:`claimkit.quotes.speakers.SpeakerResolver.resolve` says who they are: a linked
   person or organisation, a pronoun or role noun resolved to the last speaker, an unknown
   name's fullest form.

The cue words are data: ``src/claimkit/data/quotes_nl.json``. Results go to
``doc.spans["claimkit_quotes"]`` (the quote's content) with the details in
``span._.claimkit_link``, and to ``doc._.quotes`` as :class:`QuoteMatch` tuples.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import NamedTuple

from spacy.attrs import IDX
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import ensure_path

from claimkit.components.shares import SharesKeeper
from claimkit.quotes.direct import DirectQuotes
from claimkit.quotes.lexicon import QuoteLexicon, quote_lexicon
from claimkit.quotes.marks import find_quote_regions
from claimkit.quotes.reported import ReportedSpeech
from claimkit.quotes.rules import Found, speakers_reported_before
from claimkit.quotes.speakers import SpeakerResolver
from claimkit.spans import ORGANISATIONS_KEY, PEOPLE_KEY, doc_text

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
        self._shares = SharesKeeper(nlp, name)
        self.spans_key = spans_key
        self.lexicon: QuoteLexicon = quote_lexicon()
        self.direct = DirectQuotes(self.lexicon)
        self.reported = ReportedSpeech(self.lexicon)

    def __call__(self, doc: Doc) -> Doc:
        starts = doc.to_array(IDX).tolist()  # every token's offset, without making tokens
        speakers = SpeakerResolver(doc, self.lexicon, PEOPLE_KEY, ORGANISATIONS_KEY)
        regions = find_quote_regions(doc_text(doc))
        speakers.mark_quoted([(r.start, r.end) for r in regions])
        used: set[int] = set()  # tokens that already serve as a cue
        direct = self.direct.find(doc, starts, regions, speakers, used)
        indirect = self.reported.find(doc, starts, direct, speakers, used)
        speakers_reported_before(doc, starts, direct, indirect, speakers, self.lexicon)
        quotes = _merge(direct, indirect, self.lexicon.term_max_words)
        doc.spans[self.spans_key] = [self._span(doc, q) for q in quotes]
        self._shares.done(doc)
        return doc

    def _span(self, doc: Doc, quote: Found) -> Span:
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


def _merge(direct: list[Found], indirect: list[Found], max_words: int) -> list[Found]:
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
