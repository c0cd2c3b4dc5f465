"""Span groups and Doc extensions: where claimkit's components write their mentions, and
the per-Doc word lists and text they share.

Each component writes its mentions to a span group of ``doc.spans`` (``SPAN_KEYS``), with the
record id in ``span.kb_id_``, the kind in ``span.label_`` and the details of the link in
``span._.claimkit_link`` (a plain dict, so Docs still serialise across processes).
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Span

from claimkit.gazetteer.index import normalize

PLACES_KEY = "claimkit_places"
PEOPLE_KEY = "claimkit_people"
ORGANISATIONS_KEY = "claimkit_organisations"
SPAN_KEYS = (ORGANISATIONS_KEY, PLACES_KEY, PEOPLE_KEY)


def register_extensions() -> None:
    """Register claimkit's Doc and Span extensions (once; safe to call again)."""
    if not Span.has_extension("claimkit_link"):
        Span.set_extension("claimkit_link", default=None)
    # A claim's details live apart: spaCy keys span extensions by offsets only, and a figure
    # may have the same offsets as a quote ("“40 procent”").
    if not Span.has_extension("claimkit_claim"):
        Span.set_extension("claimkit_claim", default=None)
    if not Doc.has_extension("claimkit_date"):
        Doc.set_extension("claimkit_date", default=None)


register_extensions()


_WORDS = "claimkit_words"


def doc_words(doc: Doc) -> tuple[list[str], list[str]]:
    """Every token's text and its normalised lookup key, computed once per Doc.

    The components share them through ``doc.user_data`` (checked against the Doc's length, so
    a retokenised Doc gets fresh ones); :func:`forget_words` drops them after the last one.
    """
    cached = doc.user_data.get(_WORDS)
    if cached is not None and len(cached[0]) == len(doc):
        return cached[0], cached[1]
    texts = [token.text for token in doc]
    keys = [normalize(text) for text in texts]
    doc.user_data[_WORDS] = (texts, keys)
    return texts, keys


_POSITIONS = "claimkit_word_positions"


def word_positions(doc: Doc) -> tuple[dict[str, list[int]], list[int]]:
    """Where each lookup key stands in the Doc, and which tokens are capitalised, computed
    once per Doc (shared like :func:`doc_words`): alias lookups start only where an alias's
    first word or a capitalised word stands."""
    texts, keys = doc_words(doc)
    cached = doc.user_data.get(_POSITIONS)
    if cached is not None and cached[2] is keys:
        return cached[0], cached[1]
    positions: dict[str, list[int]] = {}
    for i, key in enumerate(keys):
        positions.setdefault(key, []).append(i)
    capitalised = [i for i, text in enumerate(texts) if text[:1].isupper()]
    doc.user_data[_POSITIONS] = (positions, capitalised, keys)
    return positions, capitalised


def word_keys(doc: Doc) -> list[str]:
    """The normalised lookup key of every token."""
    return doc_words(doc)[1]


_TEXT = "claimkit_text"
#: Where :class:`claimkit.Analyzer` puts the text it made a Doc from (never serialised: the
#: Analyzer drops its Docs), so that no component joins the tokens again.
SOURCE_TEXT = "claimkit_source_text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once per Doc (spaCy joins the tokens on every access); shared
    through ``doc.user_data`` like :func:`doc_words` (retokenising never changes the text)."""
    length = doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0
    for key in (SOURCE_TEXT, _TEXT):
        cached = doc.user_data.get(key)
        if isinstance(cached, str) and len(cached) == length:
            return cached
    text = doc.text
    doc.user_data[_TEXT] = text
    return text


#: Where the quote rules keep the tokens of person and organisation spans (a frozenset).
NAMED_TOKENS = "claimkit_named_tokens"
#: Where :func:`claimkit.words.dateline_end` keeps where a Doc's dateline ends.
DATELINE = "claimkit_dateline"


def forget_words(doc: Doc) -> None:
    """Drop what the components share per Doc (word lists, text, named tokens), so that none
    of it is serialised with the Doc."""
    for key in (_WORDS, _TEXT, NAMED_TOKENS, _POSITIONS, DATELINE):
        doc.user_data.pop(key, None)


def make_span(
    doc: Doc, start: int, end: int, *, label: str, kb_id: str, link: dict[str, Any]
) -> Span:
    """A span with claimkit's link details attached."""
    span = Span(doc, start, end, label=label, kb_id=kb_id)
    span._.claimkit_link = link
    return span
