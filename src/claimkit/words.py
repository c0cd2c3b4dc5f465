"""Word lists from claimkit's data files and small tests over a Doc's tokens (sentence
starts, hyphen compounds, genitives, affiliations) that the components and the quote rules
share."""

from __future__ import annotations

from collections.abc import Container, Iterable, Sequence
from functools import cache
from typing import NamedTuple

from spacy.tokens import Doc, Span, Token

from claimkit.gazetteer.dutch_words import load_dutch_words
from claimkit.gazetteer.index import APOSTROPHE_FORMS, is_word, normalize
from claimkit.resources import data_path, load_json
from claimkit.spans import DATELINE, ORGANISATIONS_KEY

#: (morphology hash, field, value) → whether the analysis has that value: a Token's
#: ``morph.get`` builds an array and splits strings on every call, and tokens share a few
#: hundred analyses (a hash stands for one feature string, in any vocabulary)
_FEATURES: dict[tuple[int, str, str], bool] = {}


def has_feature(token: Token, field: str, value: str) -> bool:
    """``value in token.morph.get(field)`` (``has_feature(token, "Poss", "Yes")``), remembered
    per morphological analysis."""
    morph = token.morph
    key = (morph.key, field, value)
    found = _FEATURES.get(key)
    if found is None:
        if len(_FEATURES) >= 100_000:
            _FEATURES.clear()
        found = _FEATURES[key] = value in morph.get(field)
    return found


def title_before(doc: Doc, words: Sequence[str], start: int, titles: Container[str]) -> str | None:
    """The title (one of ``titles``, in small letters) written right before the name at token
    ``start``, also with a portfolio between (``premier De Croo``, ``Minister van Defensie
    Ludivine Dedonder``): only capitalised words and ``van``/``voor`` may stand between, never
    ``van`` right before the name. ``words``: the Doc's token texts or lookup keys."""
    k = start - 1
    while k >= 0 and start - k <= 5:
        word = words[k].lower()
        if word in titles:
            return word
        joiner = word in ("van", "voor")
        if not (doc[k].is_title or joiner) or (joiner and k == start - 1):
            return None
        k -= 1
    return None


@cache
def genitive() -> tuple[tuple[str, ...], int]:
    """Dutch genitive endings (longest first) and the shortest stem they leave (people_nl.json)."""
    words = load_json("people_nl.json")
    suffixes = tuple(sorted(words["genitive_suffixes"], key=len, reverse=True))
    return suffixes, int(words["genitive_min_stem"])


@cache
def place_stop_words() -> frozenset[str]:
    """Aliases never matched as a place, normalised (``stop_aliases`` of places_nl.json)."""
    return frozenset(normalize(w) for w in load_json("places_nl.json")["stop_aliases"])


def is_title_word(word: str) -> bool:
    """A title or office written before names (``CEO``, ``minister``; people_nl.json's
    ``titles_before``), in any capitals."""
    return word.lower().rstrip(".") in _titles_before_names()


@cache
def _titles_before_names() -> frozenset[str]:
    words = load_json("people_nl.json")["person_cues"]["titles_before"]
    return frozenset(w.lower().rstrip(".") for w in words)


def ends_with_glued_stop(token: Token) -> bool:
    """A word the tokenizer left its full stop on (``pers.``, ``dat.``: abbreviations it
    knows; ``5G.``) that ends a sentence: a capital follows, and the word is no title before a name
    (``prof. Jansen``, people_nl.json's ``titles_before``)."""
    text = token.text
    word = text[:-1]
    if len(text) < 3 or text[-1] != "." or not word.isalnum() or word.isdigit():
        return False  # a word or code (5G.), not a number
    doc = token.doc
    if token.i + 1 >= len(doc) or not doc[token.i + 1].text[:1].isupper():
        return False
    return word.lower() not in _titles_before_names()


@cache
def surname_particles() -> frozenset[str]:
    """Particles of Dutch and Flemish surnames (``van``, ``de``), normalised: ``person_cues``
    of people_nl.json."""
    words = load_json("people_nl.json")["person_cues"]["surname_particles"]
    return frozenset(normalize(w) for w in words)


@cache
def ner_kinds() -> dict[str, str]:
    """NER label → claimkit kind (person, place, organisation), both label schemes."""
    return dict(load_json("ner_labels.json")["labels"])


@cache
def _given_names() -> dict[str, str]:
    """Given name → ``f``/``m`` (``data/given_names.tsv``, from nomquamgender, with the Dutch
    and Flemish usage of ``data/given_names_nl.tsv`` over it; their names are lookup keys
    already, as :func:`normalize` makes them)."""
    names: dict[str, str] = {}
    for table in ("given_names.tsv", "given_names_nl.tsv"):
        lines = data_path(table).read_text(encoding="utf-8").splitlines()
        names.update(line.split("\t", 1) for line in lines if line and not line.startswith("#"))
    return names


@cache
def _shipped_dutch_words() -> frozenset[str]:
    """The shipped Dutch word list (OpenTaal), read once per process."""
    return load_dutch_words()


def is_dutch_word(text: str) -> bool:
    """Whether a word is an ordinary Dutch word of the shipped list (``Rente``), not a name."""
    return normalize(text) in _shipped_dutch_words()


def given_name_gender(word: str) -> str | None:
    """``f`` or ``m`` when nearly all bearers of the given name ``word`` are women or men;
    None for other words and for names borne by both (``Kim``, ``Jan``)."""
    return _given_names().get(normalize(word))


def affiliation_at(doc: Doc, k: int) -> bool:
    """Whether ``van het`` at token ``k`` opens an affiliation (``Helma Ruijs | van het
    RIVM``), not a surname (``Raymond van het Groenewoud``): an organisation follows, as the
    pipeline's NER, an organisation span or an acronym in capitals says; ``van The Moscow
    Times``, a foreign article in capitals, always does; after ``van de``, a noun of
    ``affiliation_nouns`` or a linked organisation (``van de Universiteit van Amsterdam``)."""
    if k + 2 >= len(doc) or doc[k].lower_ != "van":
        return False
    after = doc[k + 2]
    affiliation = _affiliation_words()
    if doc[k + 1].text in affiliation.foreign_articles and after.text[:1].isupper():
        return True  # "Pjotr Sauer | van The Moscow Times"
    if _after_full_name(doc, k):
        return True  # "Sarah Jansen | van Milieudefensie" (not "Jansen van Galen")
    if doc[k + 1].lower_ == "de" and after.text[:1].isupper():
        # "Ton Nabben | van de Universiteit van Amsterdam", "… van de Academie voor …"
        # (not "Jan van de Velde", "Peter van de Kamer."): the name goes on after the noun
        if _in_organisation(doc, after.i):
            return True
        goes_on = k + 3 < len(doc) and (
            doc[k + 3].lower_ in affiliation.name_goes_on or doc[k + 3].is_title
        )
        return after.lower_ in affiliation.nouns and goes_on
    if doc[k + 1].lower_ not in _AFFILIATION_ARTICLES:
        return False
    if ner_kinds().get(after.ent_type_) == "organisation":
        return True
    if len(after.text) >= 2 and after.text.isupper() and after.text.isalpha():
        return True
    return any(span.start <= after.i < span.end for span in doc.spans.get(ORGANISATIONS_KEY, ()))


_AFFILIATION_ARTICLES = frozenset({"het", "'t", "’t"})


def _after_full_name(doc: Doc, k: int) -> bool:
    """A small-letter ``van`` and a linked organisation after a full name (two capitalised
    words, the second no given name): where the person works (``Sarah Jansen | van
    Milieudefensie``; not ``Karel van Miert``, ``Jansen van Galen``, ``Jan Peter van Dijk``)."""
    if k < 2 or doc[k].text != "van" or k + 1 >= len(doc):
        return False
    first, second, after = doc[k - 2], doc[k - 1], doc[k + 1]
    if not all(t.is_title and t.is_alpha for t in (first, second, after)):
        return False
    return given_name_gender(second.text) is None and _in_organisation(doc, after.i)


class _AffiliationWords(NamedTuple):
    nouns: frozenset[str]  # "van de Universiteit …": nouns that open an organisation's name
    name_goes_on: frozenset[str]  # "… van Amsterdam": words that go on with it
    foreign_articles: frozenset[str]  # "van The Moscow Times"


@cache
def _affiliation_words() -> _AffiliationWords:
    """``people_nl.json`` ``affiliation_nouns``, read once."""
    data = load_json("people_nl.json")["affiliation_nouns"]
    return _AffiliationWords(
        nouns=frozenset(data["words"]),
        name_goes_on=frozenset(data["name_goes_on"]),
        foreign_articles=frozenset(data["foreign_articles"]),
    )


def _in_organisation(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is in a linked organisation mention."""
    return any(
        span.start <= i < span.end and span.kb_id_ for span in doc.spans.get(ORGANISATIONS_KEY, ())
    )


HYPHENS = frozenset("-\u2010")
#: Dashes that set off an aside (``De Gezondheidsraad - een adviesorgaan - laat weten``).
DASHES = frozenset("-–—")
APOSTROPHES = frozenset("'" + APOSTROPHE_FORMS)  # all that normalize() makes "'"
_GLUE = HYPHENS | APOSTROPHES  # a soft sign inside a name: Pid’jizdy
# After these a capital says nothing: a sentence (or a quotation) begins. Closing quotes and
# brackets are looked through (klaar.” Lepel), dashes and bullets open a line.
_SENTENCE_OPENERS = frozenset(".!?:;…\"“„«(‘'")
_QUOTE_CLOSERS = frozenset("”’»\"'")
_CLOSERS = _QUOTE_CLOSERS | frozenset(")]")
_LINE_OPENERS = frozenset("-–—•*")


_DATELINE_WORDS = 6  # words of a dateline's places and agencies, brackets included


def dateline_end(doc: Doc) -> int:
    """The index after a news agency's dateline opening the text (``MOSKOU (ANP/RTR) -``,
    ``KYIV/BRUSSEL (Belga) –``: places in capitals, agencies in brackets, a dash), else 0.

    What follows the dash is a new sentence: the dateline's place is no subject of its verb.
    Found once per Doc (``doc.user_data``, checked against the Doc's length)."""
    cached = doc.user_data.get(DATELINE)
    if cached is not None and cached[0] == len(doc):
        return cached[1]
    end = _find_dateline(doc)
    doc.user_data[DATELINE] = (len(doc), end)
    return end


def clause_floor(doc: Doc, i: int) -> int:
    """The first index a clause holding token ``i`` may start at: after the text's dateline
    when ``i`` stands after it (``DEN HAAG - Het kabinet …``), else 0."""
    end = dateline_end(doc)
    return end if i >= end else 0


def _find_dateline(doc: Doc) -> int:
    i, n = 0, len(doc)
    while i < n and (doc[i].is_space or not doc[i].text.strip()):
        i += 1
    start, capitals, bracket = i, 0, False
    while i < n and i - start < _DATELINE_WORDS + 2:
        text = doc[i].text
        if text in DASHES:
            if not capitals or not (bracket or i - start <= 3):
                return 0
            # without an agency in brackets, no organisation's acronym ("VVD - De partij …")
            named = doc.spans.get(ORGANISATIONS_KEY, ())
            if not bracket and any(span.start < i and span.end > start for span in named):
                return 0
            return i + 1
        if text == "(":
            close = next(
                (k for k in range(i + 1, min(n, i + _DATELINE_WORDS)) if doc[k].text == ")"), None
            )
            if close is None or not capitals:
                return 0
            bracket, i = True, close + 1
            continue
        letters = text.replace("/", "").replace("-", "").replace(",", "")
        if not (letters.isalpha() and letters.isupper()) and text not in ("/", ","):
            return 0
        capitals += 1
        i += 1
    return 0


def starts_sentence(doc: Doc, i: int) -> bool:
    """Whether token ``i`` begins a sentence by the punctuation before it (or the text's
    start, or a line break); a weak parser's sentence starts are not trusted."""
    j = i - 1
    while j > 0 and _closes(doc[j].text) and doc[j - 1].text[-1:] in ".!?…":
        j -= 1  # klaar.” Lepel: look at the full stop inside the quote
    if j < 0:
        return True
    before = doc[j]
    if before.is_space or "\n" in before.whitespace_ or before.text in _SENTENCE_OPENERS:
        return True
    if before.text in _LINE_OPENERS:  # a dash or bullet that begins the text or a line
        return j == 0 or doc[j - 1].is_space or "\n" in doc[j - 1].whitespace_
    return False


def _closes(text: str) -> bool:
    """A closing quote mark or bracket, also doubled (``''``)."""
    return bool(text) and all(c in _CLOSERS for c in text)


def closes_quotation(text: str) -> bool:
    """Whether a token is closing quote marks only (``”``, ``''``), no bracket."""
    return bool(text) and all(c in _QUOTE_CLOSERS for c in text)


def compound_end(doc: Doc, i: int) -> int:
    """The index after the last part of a word that the tokenizer split at hyphens or
    apostrophes and that starts at token ``i`` (``Zroeb`` ``-`` ``Komarivky``, ``Pid`` ``’``
    ``jizdy``; hyphens are also split by ``claimkit_compounds``); ``i + 1`` when nothing is
    glued to the token."""
    end = i + 1
    while (
        end + 1 < len(doc)
        and doc[end].text in _GLUE
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
        and is_word(normalize(doc[end + 1].text))  # Nar ’ yan-Mar
    ):
        end += 2
    return end


def is_capitalised(text: str) -> bool:
    """Whether a word starts with a capital letter (names do; Dutch common words don't)."""
    return bool(text) and text[0].isupper()


def entity_extent(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Token range of the entity around ``start``..``end`` (by IOB tags; the range itself when
    the tokens are in no entity)."""
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return start, end


def strip_suffix(key: str, suffixes: Sequence[str], min_stem: int) -> Iterable[str]:
    """Stems of ``key`` left by removing each suffix in turn (longest suffixes first)."""
    for suffix in suffixes:
        if key.endswith(suffix) and len(key) - len(suffix) >= min_stem:
            yield key[: -len(suffix)]


def entity_spans(doc: Doc, kind: str) -> list[Span]:
    """The pipeline's own entities of one claimkit kind (label scheme independent)."""
    kinds = ner_kinds()
    return [ent for ent in doc.ents if kinds.get(ent.label_) == kind]


def seeding_after(texts: list[str], k: int) -> bool:
    """Whether a results list's seeding closes the brackets from token ``k``: ``/ 6 )``
    (tokenised apart or as one ``/6``)."""
    if k + 2 < len(texts) and texts[k] == "/" and texts[k + 1].isdigit() and texts[k + 2] == ")":
        return True
    return (
        k + 1 < len(texts)
        and texts[k].startswith("/")
        and texts[k][1:].isdigit()
        and texts[k + 1] == ")"
    )
