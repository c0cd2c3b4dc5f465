"""Matching the cue lexicon's phrases against tokens, and moving between sentences.

Shared by the claims modules: forms and lemmas (``words``), a phrase at a position
(``phrase_at``), every phrase in a stretch (``find_phrases``), a separable phrase
(``find_split_phrases``), and the sentence before or after one, past blank lines.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from claimkit.claims.lexicon import ClaimLexicon, Phrases


def words(token: Token) -> tuple[str, str]:
    """A token's lower-case form and lemma (a full stop the tokenizer left on it removed:
    ``dat.``)."""
    lower = token.lower_
    if len(lower) > 2 and lower.endswith(".") and lower[:-1].isalpha():
        lower = lower[:-1]
    return lower, token.lemma_.lower().rstrip(".") or lower


#: Where the claims component keeps, while it runs, each token's :func:`words` once asked
#: for (a list with None for the tokens not asked for yet); it removes the list when done.
FORMS_KEY = "claimkit_claim_forms"


def keep_forms(doc: Doc) -> None:
    """Remember each token's :func:`words` in ``doc`` from now on (until :func:`forget_forms`):
    the cue phrases are matched against the same tokens many times."""
    doc.user_data[FORMS_KEY] = [None] * len(doc)


def forget_forms(doc: Doc) -> None:
    """Stop remembering the tokens' :func:`words` (see :func:`keep_forms`)."""
    doc.user_data.pop(FORMS_KEY, None)


class _Forms:
    """:func:`words` of the tokens of a Doc, a Span or a list of tokens, by position; read from
    the Doc's remembered ones (:func:`keep_forms`) when there are any, else from the tokens."""

    __slots__ = ("length", "memo", "offset", "tokens")

    def __init__(self, tokens: Sequence[Token]) -> None:
        self.tokens = tokens
        self.length = len(tokens)
        self.memo: list[tuple[str, str] | None] | None = None
        self.offset = 0
        doc = tokens if isinstance(tokens, Doc) else None
        if isinstance(tokens, Span):
            doc, self.offset = tokens.doc, tokens.start
        if doc is not None:
            memo = doc.user_data.get(FORMS_KEY)
            if memo is not None and len(memo) == len(doc):
                self.memo = memo

    def __getitem__(self, i: int) -> tuple[str, str]:
        memo = self.memo
        if memo is None or not 0 <= i < self.length:  # (a position from the end, or none)
            return words(self.tokens[i])
        forms = memo[self.offset + i]
        if forms is None:
            forms = memo[self.offset + i] = words(self.tokens[i])
        return forms


def phrase_at(tokens: Sequence[Token], i: int, phrases: Phrases) -> int:
    """Length of the first phrase that starts at ``tokens[i]`` (forms or lemmas), else 0."""
    return _phrase_at(_Forms(tokens), len(tokens), i, phrases)


def _phrase_at(forms: _Forms, length: int, i: int, phrases: Phrases) -> int:
    """:func:`phrase_at` over the forms of ``length`` tokens."""
    for phrase in phrases.starting(forms[i]):
        if i + len(phrase) > length:
            continue
        if all(w in forms[i + k] for k, w in enumerate(phrase[1:], 1)):
            return len(phrase)
    return 0


def find_split_phrases(tokens: Sequence[Token], phrases: Phrases, gap: int = 8) -> bool:
    """Whether one of ``phrases`` is written in ``tokens`` in order, with at most ``gap``
    words between its words (``kwamen … om``, a separable verb)."""
    known = _Forms(tokens)
    forms = [known[k] for k in range(len(tokens))]
    for i, first in enumerate(forms):
        for phrase in phrases.starting(first):
            k = i
            for word in phrase[1:]:
                k = next(
                    (j for j in range(k + 1, min(len(forms), k + 2 + gap)) if word in forms[j]),
                    -1,
                )
                if k < 0:
                    break
            if k >= 0:
                return True
    return False


def find_phrases(tokens: Sequence[Token], phrases: Phrases) -> list[tuple[int, int]]:
    """Every (start, end) position in ``tokens`` where one of ``phrases`` is written."""
    found = []
    forms, length = _Forms(tokens), len(tokens)
    i = 0
    while i < length:
        n = _phrase_at(forms, length, i, phrases)
        if n:
            found.append((i, i + n))
            i += n
        else:
            i += 1
    return found


_ENDS = frozenset(".!?…")
_CLOSING = frozenset("”’\"'»)")


def _ends_sentence(doc: Doc, texts: list[str], i: int) -> bool:
    """Whether a sentence ends after token ``i``: a full stop, ! ? …, a word the tokenizer
    left its full stop on (``dat.``) before a capital, or a line break (``texts``: every
    token's text; a Token is made only where its white-space flag is asked for)."""
    text = texts[i]
    if "\n" in text and doc[i].is_space:  # (a token's trailing whitespace_ is " " or "")
        return True
    nxt = texts[i + 1] if i + 1 < len(texts) else None
    if nxt is not None and nxt in _CLOSING:
        return False  # the closing mark belongs to the sentence: … klaar.”
    if text in _ENDS:
        return True
    if text[:1] in _CLOSING and i > 0 and texts[i - 1][-1:] in _ENDS:
        return True  # … klaar.” Lepel
    return (
        len(text) > 2
        and text.endswith(".")
        and text[:-1].isalpha()
        and (nxt is None or nxt[:1].isupper() or doc[i + 1].is_space)
    )


SENTENCES_KEY = "claimkit_sentences"


def sentence_of(doc: Doc, i: int) -> Span:
    """The sentence that holds token ``i``, by punctuation and line breaks (the parser's
    sentence boundaries are often wrong: ``Acht miljoen`` | ``Oekraïners zijn …``).

    The boundaries are found once per Doc and kept in ``doc.user_data[SENTENCES_KEY]`` (the
    claims component removes them when it is done)."""
    cached = doc.user_data.get(SENTENCES_KEY)
    if cached is None or cached[0] != len(doc):
        texts = [token.text for token in doc]
        ends = [k + 1 for k in range(len(doc)) if _ends_sentence(doc, texts, k)]
        if not ends or ends[-1] != len(doc):
            ends.append(len(doc))
        cached = (len(doc), ends)
        doc.user_data[SENTENCES_KEY] = cached
    ends = cached[1]
    k = bisect_right(ends, min(i, len(doc) - 1))
    start = ends[k - 1] if k > 0 else 0
    return doc[start : ends[k]]


def next_sentence(doc: Doc, sentence: Span) -> Span | None:
    """The sentence after ``sentence``, past white space and blank lines (a new paragraph)."""
    i = sentence.end
    while i < len(doc) and doc[i].is_space:
        i += 1
    return sentence_of(doc, i) if i < len(doc) else None


def previous_sentence(doc: Doc, sentence: Span) -> Span | None:
    """The sentence before ``sentence``, past white space and blank lines."""
    i = sentence.start - 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    return sentence_of(doc, i) if i >= 0 else None


def first_word(sentence: Span) -> Token | None:
    """The first token of ``sentence`` that is not white space."""
    return next((t for t in sentence if not t.is_space), None)


def is_year(value: float | None) -> bool:
    """A whole number that can be a year of news (1800–2100)."""
    return value is not None and value == int(value) and 1800 <= value <= 2100


def is_figure(token: Token) -> bool:
    """A token that is a number: digits, or a number word the tagger calls a numeral (spaCy's
    ``like_num`` also holds for the article ``een``)."""
    return token.like_num and (token.text[:1].isdigit() or token.pos_ == "NUM")


def after_subset_words(doc: Doc, start: int, lexicon: ClaimLexicon) -> bool:
    """Whether a phrase of ``subset_of_previous`` ends right before token ``start`` (the
    figure's bound words are the figure's own: ``onder wie [zeker drie]``)."""
    for begin in range(max(0, start - 3), start):
        length = phrase_at(doc, begin, lexicon.subset_of_previous)
        if length and begin + length == start:
            return True
    return False
