"""What the claimkit components share: extensions, span groups, small functions over a Doc.

Each component writes its mentions to a span group of ``doc.spans`` (``SPAN_KEYS``), with the
record id in ``span.kb_id_``, the kind in ``span.label_`` and the details of the link in
``span._.claimkit_link`` (a plain dict, so Docs still serialise across processes).
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from spacy.tokens import Doc, Span
from spacy.util import ensure_path

from claimkit.gazetteer.dutch_words import FILE_NAME as DUTCH_WORDS_FILE
from claimkit.gazetteer.dutch_words import list_path
from claimkit.gazetteer.index import APOSTROPHE_FORMS, AliasIndex, is_word, normalize
from claimkit.gazetteer.places import DEFAULT_PLACE_FILES
from claimkit.resources import gazetteer_dir, load_json

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


def affiliation_at(doc: Doc, k: int) -> bool:
    """Whether ``van het`` at token ``k`` opens an affiliation (``Helma Ruijs | van het
    RIVM``), not a surname (``Raymond van het Groenewoud``): an organisation follows, as the
    pipeline's NER, an organisation span or an acronym in capitals says."""
    if (
        k + 2 >= len(doc)
        or doc[k].lower_ != "van"
        or doc[k + 1].lower_ not in _AFFILIATION_ARTICLES
    ):
        return False
    after = doc[k + 2]
    if ner_kinds().get(after.ent_type_) == "organisation":
        return True
    if len(after.text) >= 2 and after.text.isupper() and after.text.isalpha():
        return True
    return any(span.start <= after.i < span.end for span in doc.spans.get(ORGANISATIONS_KEY, ()))


_AFFILIATION_ARTICLES = frozenset({"het", "'t", "’t"})
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


def forget_words(doc: Doc) -> None:
    """Drop the shared word lists and text, so they are not serialised with the Doc."""
    doc.user_data.pop(_WORDS, None)
    doc.user_data.pop(_TEXT, None)


HYPHENS = frozenset("-\u2010")
APOSTROPHES = frozenset("'" + APOSTROPHE_FORMS)  # all that normalize() makes "'"
_GLUE = HYPHENS | APOSTROPHES  # a soft sign inside a name: Pid’jizdy
# After these a capital says nothing: a sentence (or a quotation) begins. Closing quotes and
# brackets are looked through (klaar.” Lepel), dashes and bullets open a line.
_SENTENCE_OPENERS = frozenset(".!?:;…\"“„«(‘'")
_CLOSERS = frozenset("”’»)]\"'")
_LINE_OPENERS = frozenset("-–—•*")


def starts_sentence(doc: Doc, i: int) -> bool:
    """Whether token ``i`` begins a sentence by the punctuation before it (or the text's
    start, or a line break); a weak parser's sentence starts are not trusted."""
    j = i - 1
    while j >= 0 and doc[j].text in _CLOSERS and j > 0 and doc[j - 1].text[-1:] in ".!?…":
        j -= 1  # klaar.” Lepel: look at the full stop inside the quote
    if j < 0:
        return True
    before = doc[j]
    if before.is_space or "\n" in before.whitespace_ or before.text in _SENTENCE_OPENERS:
        return True
    if before.text in _LINE_OPENERS:  # a dash or bullet that begins the text or a line
        return j == 0 or doc[j - 1].is_space or "\n" in doc[j - 1].whitespace_
    return False


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


def claimed_mask(doc: Doc, keys: Iterable[str] = SPAN_KEYS) -> bytearray:
    """1 for every token inside a gazetteer-linked span of the given span groups.

    Spans that only NER saw (no record) claim nothing: ``Oekraïne`` in an unknown organisation
    ``Nationale Bank van Oekraïne`` is still a place.
    """
    mask = bytearray(len(doc))
    for key in keys:
        for span in doc.spans.get(key, ()):
            if span.kb_id_:
                claim(mask, span.start, span.end)
    return mask


def is_free(mask: bytearray, start: int, end: int) -> bool:
    """Whether no token of ``start``..``end`` is claimed."""
    return not any(mask[start:end])


def claim(mask: bytearray, start: int, end: int) -> None:
    """Mark ``start``..``end`` as claimed."""
    mask[start:end] = b"\x01" * (end - start)


def strip_suffix(key: str, suffixes: Sequence[str], min_stem: int) -> Iterable[str]:
    """Stems of ``key`` left by removing each suffix in turn (longest suffixes first)."""
    for suffix in suffixes:
        if key.endswith(suffix) and len(key) - len(suffix) >= min_stem:
            yield key[: -len(suffix)]


def known_name(index: AliasIndex, words: Sequence[str]) -> bool:
    """Whether ``words`` (or them without a genitive ending) are an alias of ``index``."""
    if index.get(words):
        return True
    last = words[-1] if words else ""
    suffixes = genitive()[0]
    return any(index.get([*words[:-1], stem]) for stem in strip_suffix(last, suffixes, 3))


def entity_spans(doc: Doc, kind: str) -> list[Span]:
    """The pipeline's own entities of one claimkit kind (label scheme independent)."""
    kinds = ner_kinds()
    return [ent for ent in doc.ents if kinds.get(ent.label_) == kind]


def make_span(
    doc: Doc, start: int, end: int, *, label: str, kb_id: str, link: dict[str, Any]
) -> Span:
    """A span with claimkit's link details attached."""
    span = Span(doc, start, end, label=label, kb_id=kb_id)
    span._.claimkit_link = link
    return span


def resolve_gazetteer_dir(folder: str | None) -> Path:
    """The gazetteer folder a component uses: ``folder`` when given, else the shipped one."""
    return Path(folder) if folder else gazetteer_dir()


GAZETTEER_FILES = (
    *DEFAULT_PLACE_FILES,
    "people.tsv",
    "organisations.tsv",
    "roles.tsv",
    "role_phrases.tsv",
    DUTCH_WORDS_FILE,  # the list of Dutch words in use (claimkit.gazetteer.dutch_words)
)


def save_gazetteers(source: Path, target: Path) -> None:
    """Copy the gazetteer files a component reads into ``target`` (its ``to_disk`` folder), so a
    saved pipeline carries its own data."""
    target.mkdir(parents=True, exist_ok=True)
    for name in GAZETTEER_FILES:
        if name == DUTCH_WORDS_FILE:  # the list in use, the shipped one included: self-contained
            shutil.copyfile(list_path(source), target / name)
        elif (source / name).is_file():
            shutil.copyfile(source / name, target / name)
        else:  # a file of an earlier save to the same folder would be read back
            (target / name).unlink(missing_ok=True)


@dataclass(slots=True)
class NameMatch:
    """A run of tokens matched to gazetteer ids, before it becomes a span."""

    start: int
    end: int
    ids: list[str]
    method: str
    quality: float
    cue: str | None = None
    role: str | None = None
    scores: list[tuple[str, float]] = field(default_factory=list)


QUALITY = {
    "exact": 1.0,
    "inflection": 0.95,
    "variant": 0.9,
    "role": 0.9,
    "ner": 0.5,
}


def alias_matches(
    doc: Doc,
    keys: Sequence[str],
    mask: bytearray,
    index: AliasIndex,
    *,
    stop: frozenset[str] = frozenset(),
    suffixes: Sequence[str] = (),
    min_stem: int = 4,
    fallback: Callable[[int], NameMatch | None] | None = None,
    inflectable: Callable[[int], bool] | None = None,
    longer: Callable[[int], NameMatch | None] | None = None,
) -> list[NameMatch]:
    """Longest-first alias matches over unclaimed, capitalised words; claims what it matches.

    A word that is no alias is tried without each of ``suffixes`` (Dutch inflection) when
    ``inflectable`` allows, then with ``fallback`` (for example fuzzy matching). When a one-word
    alias is followed by a capitalised word or a hyphen, ``longer`` may offer a match of more
    words (``Novy Zavod`` in another spelling, where ``Novy`` alone is an alias), which then wins.
    """
    matches: list[NameMatch] = []
    texts = doc_words(doc)[0]
    i, n = 0, len(doc)
    while i < n:
        if mask[i]:
            i += 1
            continue
        length, ids = index.longest_at(keys, i) if index.may_start(keys[i]) else (0, [])
        if (
            length
            and (length > 1 or keys[i] not in stop)
            and is_free(mask, i, i + length)
            and any(is_capitalised(texts[j]) for j in range(i, i + length))
        ):
            match = NameMatch(i, i + length, ids, "exact", QUALITY["exact"])
            if (
                longer is not None
                and length == 1
                and i + 1 < n
                and (is_capitalised(texts[i + 1]) or compound_end(doc, i) > i + 1)
                and not mask[i + 1]
            ):
                wider = longer(i)
                if wider is not None and wider.end > match.end and is_free(mask, i, wider.end):
                    match = wider
            matches.append(match)
            claim(mask, match.start, match.end)
            i = match.end
            continue
        if is_capitalised(texts[i]):
            match = None
            if keys[i] not in stop and (inflectable is None or inflectable(i)):
                match = _inflected(keys[i], i, index, stop, suffixes, min_stem)
            if match is None and fallback is not None:
                match = fallback(i)
            if match is not None:
                matches.append(match)
                claim(mask, match.start, match.end)
        i += 1
    return matches


def _inflected(
    key: str,
    i: int,
    index: AliasIndex,
    stop: frozenset[str],
    suffixes: Sequence[str],
    min_stem: int,
) -> NameMatch | None:
    for stem in strip_suffix(key, suffixes, min_stem):
        if stem not in stop and (ids := index.get((stem,))):
            return NameMatch(i, i + 1, ids, "inflection", QUALITY["inflection"])
    return None


def ner_fallback(
    doc: Doc,
    keys: Sequence[str],
    mask: bytearray,
    kind: str,
    known: Sequence[AliasIndex],
    stop: frozenset[str] = frozenset(),
    *,
    words_too: bool = True,
) -> list[NameMatch]:
    """The pipeline's entities of ``kind`` that are unclaimed and that no other gazetteer knows.

    An entity is left alone when it is a name of another gazetteer, when a word in it is such a
    name (``words_too``: NER may call ``Oost-Oekraïne`` an organisation; the places component
    links ``Oekraïne``), or when it is a single stop word.
    """
    matches = []
    for ent in entity_spans(doc, kind):
        if not is_free(mask, ent.start, ent.end) or not is_capitalised(ent.text):
            continue
        words = keys[ent.start : ent.end]
        if len(words) == 1 and words[0] in stop:
            continue
        # the whole entity, and each capitalised word of it but a particle (the Van of "Van
        # Koppen" is no Van, the Turkish province)
        candidates = (
            [
                words,
                *(
                    [keys[k]]
                    for k in range(ent.start, ent.end)
                    if keys[k][:1].isalpha()
                    and is_capitalised(doc[k].text)
                    and keys[k] not in surname_particles()
                ),
            ]
            if len(words) > 1 and words_too
            else [words]
        )
        if any(known_name(index, c) for index in known for c in candidates):
            continue
        matches.append(NameMatch(ent.start, ent.end, [], "ner", QUALITY["ner"]))
        claim(mask, ent.start, ent.end)
    return matches


class GazetteerComponent:
    """Base of claimkit's pipeline components: gazetteer loading, streaming, serialisation.

    A subclass reads what it needs from a gazetteer folder in :meth:`_load` and does its work in
    ``__call__``.
    """

    name: str
    folder: Path

    def __init__(
        self,
        name: str,
        gazetteer_dir: str | None,
        *,
        spans_key: str | None = None,
        use_ner: bool = True,
    ) -> None:
        self.name = name
        #: the span group the component writes (None: it writes none)
        self.spans_key = spans_key
        #: whether the pipeline's own entities fill in names no gazetteer knows
        self.use_ner = use_ner
        self._load(resolve_gazetteer_dir(gazetteer_dir))

    def _claimed(self, doc: Doc) -> bytearray:
        """Tokens the other claimkit components have linked already."""
        return claimed_mask(doc, [key for key in SPAN_KEYS if key != self.spans_key])

    def _load(self, folder: Path) -> None:
        raise NotImplementedError

    def __call__(self, doc: Doc) -> Doc:
        raise NotImplementedError

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        """Save the gazetteer files this component reads, so the saved pipeline is whole."""
        save_gazetteers(self.folder, ensure_path(path))

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> GazetteerComponent:
        """Load the gazetteer files saved by :meth:`to_disk`."""
        self._load(ensure_path(path))
        return self
