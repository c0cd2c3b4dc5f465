"""What the three gazetteer components (places, people, organisations) share: the base
class :class:`GazetteerComponent`, alias matching over a Doc's words, the NER fallback, and
the mask of tokens already claimed by a linked mention."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from spacy.tokens import Doc
from spacy.util import ensure_path

from claimkit.gazetteer.actors import GENERATED_ROLE_PHRASES
from claimkit.gazetteer.dutch_words import FILE_NAME as DUTCH_WORDS_FILE
from claimkit.gazetteer.dutch_words import list_path
from claimkit.gazetteer.index import AliasIndex
from claimkit.gazetteer.places import DEFAULT_PLACE_FILES
from claimkit.resources import gazetteer_dir
from claimkit.spans import SPAN_KEYS, doc_words, word_positions
from claimkit.words import (
    compound_end,
    entity_spans,
    genitive,
    is_capitalised,
    is_title_word,
    strip_suffix,
    surname_particles,
)


def claimed_mask(doc: Doc, keys: Iterable[str] = SPAN_KEYS) -> bytearray:
    """1 for every token inside a gazetteer-linked span of the given span groups.

    Spans that only NER saw (no record) claim nothing: ``Oekraïne`` in an unknown organisation
    ``Nationale Bank van Oekraïne`` is still a place.
    """
    mask = bytearray(len(doc))
    groups = doc.spans
    for key in keys:
        if key not in groups:  # (a test, not get(): no KeyError raised and caught)
            continue
        for span in groups[key]:
            if span.kb_id_:
                claim(mask, span.start, span.end)
    return mask


def is_free(mask: bytearray, start: int, end: int) -> bool:
    """Whether no token of ``start``..``end`` is claimed."""
    return not any(mask[start:end])


def claim(mask: bytearray, start: int, end: int) -> None:
    """Mark ``start``..``end`` as claimed."""
    mask[start:end] = b"\x01" * (end - start)


def known_name(index: AliasIndex, words: Sequence[str]) -> bool:
    """Whether ``words`` (or them without a genitive ending) are an alias of ``index``."""
    if index.get(words):
        return True
    last = words[-1] if words else ""
    suffixes = genitive()[0]
    return any(index.get([*words[:-1], stem]) for stem in strip_suffix(last, suffixes, 3))


def resolve_gazetteer_dir(folder: str | None) -> Path:
    """The gazetteer folder a component uses: ``folder`` when given, else the shipped one."""
    return Path(folder) if folder else gazetteer_dir()


GAZETTEER_FILES = (
    *DEFAULT_PLACE_FILES,
    "people.tsv",
    "organisations.tsv",
    "roles.tsv",
    "role_phrases.tsv",
    *GENERATED_ROLE_PHRASES,
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
    texts, own_keys = doc_words(doc)
    n = len(doc)
    # only words an alias may start with, or capitalised ones, can begin a match
    starts = index.first_words
    if keys is own_keys:  # the Doc's own keys: their positions are shared
        positions, capitalised = word_positions(doc)
        found = {i for key in positions.keys() & starts.keys() for i in positions[key]}
        candidates = sorted(found.union(capitalised))
    else:
        candidates = [i for i, key in enumerate(keys) if key in starts or texts[i][:1].isupper()]
    for i in candidates:
        if mask[i]:  # inside a match made before (matches claim their tokens)
            continue
        length, ids = index.longest_at(keys, i)  # (0, []) where no alias starts
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
        if len(words) == 1 and (words[0] in stop or is_title_word(ent.text)):
            continue  # a stop word, or an office NER took for a name ("De CEO benadrukt")
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
