"""Whether anybody could check a figure: its verification status, the evidence and who says so.

Priority (docs/claims.md): unverified > disputed > hedged > confirmed > attributed > stated.
The cues are data (``status`` in ``data/claims_nl.json``):

- **unverified**: a verify verb after a negation (``niet onafhankelijk geverifieerd``, ``kan
  niet worden nagegaan``) or a word such as ``onbevestigd``, in the figure's sentence or in the
  next one when it opens with an anaphor (``Die cijfers konden niet worden bevestigd.``), or
  after one or two more sentences with figures in the paragraph when it opens with a plural
  one (``De cijfers zijn niet te verifiëren.``, ``plural_anaphors``);
- **disputed**: a dispute cue (``ontkent``, ``betwist``) likewise, or in a next sentence that
  refers back (``Moskou ontkent dat.``, ``ontkent die cijfers en spreekt van 30``); a party's
  own dispute never disputes its own figure;
- **hedged**: a hedge in the figure's clause or in the phrase it counts (``naar verluidt``,
  ``mogelijk``, ``het geschatte verbruik``, ``zou(den) … hebben/zijn``), not in set phrases
  (``zo snel mogelijk``);
- **confirmed**: a confirmation cue not negated, by another party than the claimant
  (``bevestigd door de VN``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from spacy.tokens import Doc, Span, Token

from claimkit.claims.cues import find_phrases, is_figure, next_sentence, phrase_at, sentence_of
from claimkit.claims.lexicon import ClaimLexicon
from claimkit.quotes.attribution import noun_phrase
from claimkit.spans import doc_text

_BOUNDARIES = frozenset({",", ";", ":", "–", "—", "(", ")", "“", "”", '"', "„"})
_SOURCE_WORDS_MAX = 6
_FIGURE_SENTENCES_MAX = 3  # the figure's sentence's successors a plural remark reaches over


class Status(NamedTuple):
    """A figure's status with the words that give it and the words naming who says so."""

    status: str
    evidence: tuple[int, int] | None
    flagged_by: tuple[int, int] | None


def status_of(
    doc: Doc,
    figure: Span,
    attributed: bool,
    lexicon: ClaimLexicon,
    claimant: tuple[int, int] | None = None,
    subject: tuple[int, int] | None = None,
) -> Status:
    """The status of ``figure``; ``attributed`` when somebody (not the newspaper) claims it,
    ``claimant`` the words naming them (their own confirmation confirms nothing), ``subject``
    the phrase whose count it is (``Het geschatte verbruik … ligt rond de 120.000``)."""
    sentences = _sentences(doc, figure, lexicon)
    remarks = _remark_after(doc, sentences, lexicon) or _remark_over_figures(
        doc, sentences, lexicon
    )
    for sentence in sentences + remarks:
        cue = _unverified_cue(sentence, figure, lexicon)
        if cue is None or (sentence in remarks and _access_confirmed(doc, sentence, cue, lexicon)):
            continue  # (nor "Journalisten hebben geen toegang …, maar de VN bevestigt …")
        evidence = _evidence(doc, sentence, figure, cue)
        return Status("unverified", evidence, _flagged_by(doc, evidence, lexicon))
    for sentence in sentences + _answer(doc, figure, sentences, lexicon):
        found = [
            c
            for c in _disputes_in(sentence, lexicon)
            if not _is_figure(c, sentence, figure)
            and not _said_by(doc, _absolute(sentence, c), claimant)
        ]
        if found:
            evidence = _evidence(doc, sentence, figure, _absolute(sentence, found[0]))
            return Status("disputed", evidence, None)
    hedge = _hedge(doc, figure, lexicon) or _hedge_in(doc, subject, lexicon)
    if hedge is not None:
        return Status("hedged", hedge, None)
    for sentence in sentences + _answer(doc, figure, sentences, lexicon):
        for start, end in find_phrases(sentence, lexicon.confirmations):
            cue = _absolute(sentence, (start, end))
            if _negated(doc, cue[0], lexicon):
                continue
            evidence = _evidence(doc, sentence, figure, cue)
            own = claimant is not None and evidence[0] <= claimant[0] < evidence[1]
            if not own:
                return Status("confirmed", evidence, None)
    return Status("attributed" if attributed else "stated", None, None)


def _sentences(doc: Doc, figure: Span, lexicon: ClaimLexicon) -> list[Span]:
    """The figure's sentence, and the next one when it opens with an anaphor."""
    sentence = sentence_of(doc, figure.start)
    found = [sentence]
    nxt = next_sentence(doc, sentence)
    if nxt is not None:
        tokens = [t for t in nxt if not t.is_space]
        if tokens and phrase_at(tokens, 0, lexicon.anaphors):
            found.append(nxt)
    return found


def _answer(doc: Doc, figure: Span, sentences: list[Span], lexicon: ClaimLexicon) -> list[Span]:
    """The next sentence (after the one that refers back, ``Dat meldt de WHO.``, if any) when
    it answers the figure's without opening with an anaphor:
    one that refers back somewhere and has no figure of its own (``Moskou ontkent dat.``), or
    one whose dispute cue is followed by an anaphor (``ontkent die cijfers en spreekt van 30``)."""
    nxt = next_sentence(doc, sentences[-1])
    if nxt is None:
        return []
    tokens = [t for t in nxt if not t.is_space]
    refers = any(phrase_at(tokens, i, lexicon.anaphors) for i in range(1, len(tokens)))
    if refers and not any(is_figure(t) for t in tokens):
        return [nxt]
    # a counter-claim: "Het Kremlin ontkent die cijfers en spreekt van 30.", "Het leger spreekt
    # dat tegen en zegt dat …"
    for start, end in _disputes_in(tokens, lexicon) + find_phrases(tokens, lexicon.confirmations):
        # (and a confirmation of them: "Het Turkse ministerie … bevestigde die aantallen.")
        if end < len(tokens) and phrase_at(tokens, end, lexicon.anaphors):
            return [nxt]
        if any(phrase_at(tokens, k, lexicon.anaphors) for k in range(start, end)):
            return [nxt]
    return []


def _access_confirmed(
    doc: Doc, sentence: Span, cue: tuple[int, int], lexicon: ClaimLexicon
) -> bool:
    """Whether a remark's cue is only that reporters have no access, while the remark also
    holds a confirmation no negation takes back."""
    if not find_phrases(doc[cue[0] : cue[1]], lexicon.access_phrases):
        return False
    return any(
        not _negated(doc, _absolute(sentence, found)[0], lexicon)
        for found in find_phrases(sentence, lexicon.confirmations)
    )


def _remark_after(doc: Doc, sentences: list[Span], lexicon: ClaimLexicon) -> list[Span]:
    """The sentence after, when it has no figure of its own and points back or opens with
    the check: a remark on checking there is about the figures before (``Persbureau Reuters
    kon dat niet nagaan.``, ``Onafhankelijke bevestiging ontbreekt.``)."""
    nxt = next_sentence(doc, sentences[-1])
    if nxt is None or any(is_figure(t) for t in nxt):
        return []
    tokens = [t for t in nxt if not t.is_space]
    points_back = any(phrase_at(tokens, i, lexicon.anaphors) for i in range(len(tokens)))
    opens_with_check = bool(find_phrases(tokens[:3], lexicon.verify_verbs))
    no_access = not _paragraph_between(doc, sentences[-1], nxt) and any(
        _negated(doc, tokens[start].i, lexicon)
        for start, _ in find_phrases(tokens, lexicon.access_phrases)
    )
    return [nxt] if points_back or opens_with_check or no_access else []


def _disputes_in(tokens: Sequence[Token], lexicon: ClaimLexicon) -> list[tuple[int, int]]:
    """The dispute cues in ``tokens`` (positions in it): the lexicon's phrases, and a verb of
    agreeing followed by a negation in its clause (``klopt dat bedrag niet``)."""
    found = find_phrases(tokens, lexicon.disputes)
    for i, token in enumerate(tokens):
        if token.lower_ not in lexicon.agreement_verbs:
            continue
        for k in range(i + 1, min(len(tokens), i + 1 + lexicon.agreement_window)):
            if tokens[k].text in _BOUNDARIES or tokens[k].is_punct:
                break
            if tokens[k].lower_ in lexicon.agreement_negations:
                if not any(start <= i < end for start, end in found):
                    found.append((i, k + 1))
                break
    return sorted(found)


def _remark_over_figures(doc: Doc, sentences: list[Span], lexicon: ClaimLexicon) -> list[Span]:
    """A remark that opens with a plural anaphor after one or two more sentences with figures
    in the same paragraph: it is about all of them (``… ruim 600.000 soldaten verloren. Alleen
    al gisteren kwamen er 1.250 bij. De cijfers zijn niet onafhankelijk te verifiëren.``)."""
    sentence = sentences[-1]
    for _ in range(_FIGURE_SENTENCES_MAX):
        nxt = next_sentence(doc, sentence)
        if nxt is None or _paragraph_between(doc, sentence, nxt):
            return []
        if not any(is_figure(t) for t in nxt):
            tokens = [t for t in nxt if not t.is_space]
            opens = any(
                phrase_at(tokens, i, lexicon.plural_anaphors) for i in range(min(2, len(tokens)))
            )
            return [nxt] if opens else []
        sentence = nxt
    return []


def _paragraph_between(doc: Doc, before: Span, after: Span) -> bool:
    """Whether a blank line separates two sentences."""
    last = max((t.i for t in before if not t.is_space), default=before.start)
    first = min((t.i for t in after if not t.is_space), default=after.start)
    return "\n\n" in doc_text(doc)[doc[last].idx + len(doc[last]) : doc[first].idx]


def _said_by(doc: Doc, cue: tuple[int, int], claimant: tuple[int, int] | None) -> bool:
    """Whether the claimant's own words open the cue (``Het Kremlin ontkent … en spreekt van
    30``), in the same sentence (``…, melden de autoriteiten. Kyiv spreekt dat tegen.`` is
    Kyiv's): a party does not dispute its own figure."""
    if claimant is None or not 0 <= cue[0] - claimant[1] <= 2:
        return False
    return not any(doc[k].text in (".", "!", "?") for k in range(claimant[1], cue[0]))


def _absolute(sentence: Span, cue: tuple[int, int]) -> tuple[int, int]:
    return sentence.start + cue[0], sentence.start + cue[1]


def _is_figure(cue: tuple[int, int], sentence: Span, figure: Span) -> bool:
    start, end = _absolute(sentence, cue)
    return start < figure.end and figure.start < end


def _negated(doc: Doc, i: int, lexicon: ClaimLexicon) -> bool:
    """A negation within ``negation_window`` tokens before token ``i`` (same clause)."""
    tokens: Sequence[Token] = doc
    for k in range(i - 1, max(-1, i - 1 - lexicon.negation_window), -1):
        if doc[k].text in _BOUNDARIES or doc[k].is_sent_end:
            return False
        if phrase_at(tokens, k, lexicon.negations):
            return True
    return False


def _unverified_cue(sentence: Span, figure: Span, lexicon: ClaimLexicon) -> tuple[int, int] | None:
    doc = sentence.doc
    for token in sentence:
        if token.lower_ in lexicon.unverified_words:
            return token.i, token.i + 1
    for start, end in find_phrases(sentence, lexicon.verify_verbs):
        cue = _absolute(sentence, (start, end))
        if _negated(doc, cue[0], lexicon) or _noun_negated_after(doc, cue, lexicon):
            return cue
    return None


def _noun_negated_after(doc: Doc, cue: tuple[int, int], lexicon: ClaimLexicon) -> bool:
    """A verification noun whose clause then denies it: ``(onafhankelijke) bevestiging is er
    niet``, ``verificatie is niet mogelijk``."""
    if doc[cue[1] - 1].pos_ != "NOUN":
        return False
    for k in range(cue[1], min(len(doc), cue[1] + _NEGATION_AFTER_NOUN)):
        if doc[k].text in _BOUNDARIES or doc[k].is_punct:
            return False
        if doc[k].lower_ in lexicon.denials_after_noun:
            return True
    return False


_NEGATION_AFTER_NOUN = 4


def _evidence(doc: Doc, sentence: Span, figure: Span, cue: tuple[int, int]) -> tuple[int, int]:
    """From the start of the cue's clause (after the figure when the cue follows it in the
    same sentence) to the end of the verbs after the cue."""
    start = cue[0]
    floor = (
        figure.end
        if sentence.start <= figure.start < sentence.end and cue[0] >= figure.end
        else sentence.start
    )
    while start > floor and doc[start - 1].text not in _BOUNDARIES and not doc[start - 1].is_space:
        start -= 1
    end = cue[1]
    while end < sentence.end and doc[end].pos_ in ("AUX", "VERB") and doc[end].is_alpha:
        end += 1
    return start, end


def _flagged_by(
    doc: Doc, evidence: tuple[int, int], lexicon: ClaimLexicon
) -> tuple[int, int] | None:
    """Who says a figure could not be checked: ``volgens X`` in the evidence, else the first
    name in it."""
    start, end = evidence
    for i in range(start, end):
        if doc[i].lower_ in lexicon.source_prepositions:
            stop = i + 1
            while (
                stop < end
                and stop - i <= _SOURCE_WORDS_MAX
                and doc[stop].pos_ in ("PROPN", "NOUN", "DET", "ADJ")
            ):
                stop += 1
            if stop > i + 1:
                return i + 1, stop
    for i in range(start, end):
        if doc[i].pos_ == "PROPN" or (doc[i].is_upper and len(doc[i]) > 1 and doc[i].is_alpha):
            phrase = noun_phrase(doc, doc[i])
            return max(phrase.start, start), min(phrase.end, end)
    return None


def _hedge_in(
    doc: Doc, phrase: tuple[int, int] | None, lexicon: ClaimLexicon
) -> tuple[int, int] | None:
    """A hedge inside the phrase whose count the figure is (``het geschatte verbruik``)."""
    if phrase is None:
        return None
    span = doc[phrase[0] : phrase[1]]
    found = find_phrases(span, lexicon.hedges)
    return _absolute(span, found[0]) if found else None


def _describes_a_noun(doc: Doc, start: int, end: int, lexicon: ClaimLexicon) -> bool:
    """Whether the one-word hedge ``start:end`` describes the noun after it (``als mogelijk
    misdrijf``) or says "as … as possible" (``zo dicht mogelijk``), not the figure
    (``attributive_hedges``)."""
    if end != start + 1 or doc[start].lower_ not in lexicon.attributive_hedges:
        return False
    if start > 1 and doc[start - 2].lower_ == lexicon.as_possible:
        return True  # "zo dicht mogelijk bij de vlag": as close as possible
    return (
        start > 0
        and end < len(doc)
        and doc[start - 1].lower_ in lexicon.attributive_hedge_after
        and doc[end].pos_ == "NOUN"
    )


def _the_figure_thinks(doc: Doc, figure: Span, start: int, end: int) -> bool:
    """Whether the hedge ``start:end`` is a verb with ``dat`` whose subject is the figure
    (``14 procent denkt dat …``, ``30 procent van de Nederlanders verwacht dat …``): what
    the counted people think, not a doubt about the figure."""
    if doc[end - 1].lower_ != "dat" or start < figure.end:
        return False
    between = doc[figure.end : start]
    return len(between) <= 5 and all(
        t.pos_ in ("NOUN", "PROPN", "ADJ", "DET", "ADP", "NUM") for t in between
    )


def _hedge(doc: Doc, figure: Span, lexicon: ClaimLexicon) -> tuple[int, int] | None:
    """A hedge in the figure's clause (between boundaries around it), or ``zou … hebben``."""
    sentence = sentence_of(doc, figure.start)
    start = figure.start
    while start > sentence.start and doc[start - 1].text not in _BOUNDARIES:
        start -= 1
    end = figure.end
    while end < sentence.end and doc[end].text not in _BOUNDARIES:
        end += 1
    clause = doc[start:end]
    not_hedges = find_phrases(clause, lexicon.not_hedges)  # zo snel mogelijk
    found = [
        f
        for f in find_phrases(clause, lexicon.hedges)
        if not any(n[0] <= f[0] < n[1] for n in not_hedges)
        and not _describes_a_noun(doc, start + f[0], start + f[1], lexicon)
        and not _the_figure_thinks(doc, figure, start + f[0], start + f[1])
    ]
    if found:
        return _absolute(clause, found[0])
    for modal in (t for t in clause if t.lower_ in lexicon.hedge_modals):
        perfect = any(
            t.lower_ in lexicon.hedge_infinitives and t.pos_ in ("AUX", "VERB")
            for t in doc[modal.i + 1 : end]
        )
        subordinate = any(t.lower_ in lexicon.hedge_subordinators for t in doc[start : modal.i])
        # "zou ik kunnen werken met een salaris dat 30 procent lager lag": another clause
        between = doc[modal.i + 1 : figure.start] if modal.i < figure.start else doc[0:0]
        elsewhere = any(t.lower_ in lexicon.hedge_subordinators for t in between)
        if (perfect or not subordinate) and not elsewhere:
            return modal.i, modal.i + 1
    return None
