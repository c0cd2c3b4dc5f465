"""``claimkit_compounds``: split compound words that contain a known name.

Dutch glues names into compounds: ``Donbas-regio``, ``Oost-Oekraïne``, ``Poetin-regime``. spaCy's
Dutch tokenizer keeps such a compound as one token, so no span could cover the name alone. This
component runs before the other claimkit components and splits the token at its hyphens
(``Donbas`` ``-`` ``regio``) whenever a capitalised part is an alias of the places, people or
organisations gazetteer and the whole word is not (``Wit-Rusland`` and ``Sint-Petersburg`` stay
whole). The parse stays a tree: the parts attach to the last part, Dutch compounds being
right-headed, and the last part keeps the word's head and relation; entity labels are kept.
A name of a person or organisation glued to a noun without hyphen (``Ajaxfans``,
``Facebookpagina``) is split too, when the noun is one of ``heads`` in data/compounds_nl.json.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Token

from claimkit.components.gazetteer_component import GazetteerComponent
from claimkit.gazetteer.actors import load_organisations, load_people
from claimkit.gazetteer.dutch_words import load_dutch_words
from claimkit.gazetteer.index import AliasIndex, normalize
from claimkit.gazetteer.places import load_places
from claimkit.resources import load_json
from claimkit.spans import doc_words
from claimkit.words import is_capitalised, place_stop_words

_UNSEEN: Any = object()  # a word :meth:`CompoundSplitter._remember_parts` has not seen


@Language.factory("claimkit_compounds", default_config={"gazetteer_dir": None})
def make_compounds_component(
    nlp: Language, name: str, gazetteer_dir: str | None
) -> CompoundSplitter:
    """spaCy factory of :class:`CompoundSplitter`."""
    return CompoundSplitter(nlp, name, gazetteer_dir=gazetteer_dir)


class CompoundSplitter(GazetteerComponent):
    """Split hyphen compounds with a name part, so that the name becomes its own token."""

    def __init__(
        self, nlp: Language, name: str = "claimkit_compounds", *, gazetteer_dir: str | None = None
    ) -> None:
        self.stop = place_stop_words()
        heads = {h.lower() for h in load_json("compounds_nl.json")["heads"]}
        self.heads = frozenset(heads)
        self.head_lengths = sorted({len(h) for h in heads}, reverse=True)  # longest first
        for label in ("compound", "punct", "PROPN", "PUNCT"):
            nlp.vocab.strings.add(label)
        super().__init__(name, gazetteer_dir)

    def _load(self, folder: Path) -> None:
        self.folder = folder
        self._parts_memory: dict[str, list[str] | None] = {}
        self.dutch_words = load_dutch_words(folder)
        self.indexes: tuple[AliasIndex, ...] = (
            load_places(folder).index,
            load_people(folder).index,
            load_organisations(folder).index,
        )
        #: words of the longest person's and organisation's name
        self.longest_names = tuple(index.longest_alias for index in self.indexes[1:])

    def _is_name(self, key: str) -> bool:
        return key not in self.stop and any(index.get((key,)) for index in self.indexes)

    def _inside_a_longer_name(self, keys: list[str], i: int) -> bool:
        """Whether word ``i`` is part of a person's or organisation's name of several words
        written with it whole (``Sabah al-Ahmad al-Jaber al-Sabah``): no compound to split."""
        for index, longest in zip(self.indexes[1:], self.longest_names, strict=True):
            for start in range(max(0, i - longest + 1), i + 1):
                length = index.longest_at(keys, start)[0]
                if length > 1 and start + length > i:
                    return True
        return False

    def _name_part(self, text: str) -> list[str] | None:
        """The parts of a hyphenated word when one of them is a name, else None."""
        if "-" not in text or len(text) < 5 or not text[0].isalpha():
            return None
        parts = text.split("-")
        if not all(parts) or self._is_name(normalize(text)):
            return None
        if any(is_capitalised(part) and self._is_name(normalize(part)) for part in parts):
            return parts
        return None

    def _glued_name(self, text: str) -> list[str] | None:
        """``Ajaxfans`` → ``Ajax`` ``fans``: a person's or organisation's name and a noun."""
        if len(text) < 7 or not text[0].isupper() or not text.isalpha() or text.isupper():
            return None
        lower = text.lower()
        if lower in self.dutch_words:  # "Groenplan", "Deltaplan": a word of its own
            return None
        for length in self.head_lengths:
            head = lower[-length:]
            name = text[:-length]
            if head in self.heads and len(name) >= 3 and name[-1].islower():
                key = normalize(name)
                if (
                    key not in self.stop
                    and any(index.get((key,)) for index in self.indexes[1:])
                    and not self._is_name(normalize(text))
                ):
                    return [name, text[-len(head) :]]
        return None

    def _remember_parts(self, text: str) -> list[str] | None:
        """The parts a word splits into (:meth:`_name_part`, :meth:`_glued_name`), remembered
        in ``_parts_memory``: they depend on the word alone, and words recur."""
        memory = self._parts_memory
        if len(memory) >= 100_000:
            memory.clear()
        parts = memory[text] = self._name_part(text) or self._glued_name(text)
        return parts

    def __call__(self, doc: Doc) -> Doc:
        texts, keys = doc_words(doc)
        memory = self._parts_memory
        splits = []
        for i, text in enumerate(texts):
            parts = memory.get(text, _UNSEEN)
            if parts is _UNSEEN:
                parts = self._remember_parts(text)
            if parts and not self._inside_a_longer_name(keys, i):
                splits.append((doc[i], parts))
        if splits:
            with doc.retokenize() as retokenizer:
                for token, parts in splits:
                    orths, heads, attrs = _split_plan(token, parts)
                    retokenizer.split(token, orths, heads=heads, attrs=attrs)
        return doc


def _split_plan(token: Token, parts: list[str]) -> tuple[list[str], list[Any], dict[str, list]]:
    """Words, heads and attributes for splitting ``token`` at its hyphens (or, when it has
    none, into its parts)."""
    orths: list[str] = []
    hyphenated = "-" in token.text
    for i, part in enumerate(parts):
        if i and hyphenated:
            orths.append("-")
        orths.append(part)
    last = len(orths) - 1
    heads: list[Any] = [(token, last)] * last
    heads.append(token.head if token.head.i != token.i else (token, last))
    is_hyphen = [orth == "-" and hyphenated for orth in orths]
    deps = ["punct" if h else "compound" for h in is_hyphen[:-1]] + [token.dep_]
    pos = ["PUNCT" if h else "PROPN" for h in is_hyphen[:-1]] + [token.pos_]
    # ENT_IOB takes spaCy's integer codes: 1 = I, 2 = O, 3 = B.
    if token.ent_iob_ in ("B", "I"):
        iob = [token.ent_iob, *([1] * last)]
        ent_type = [token.ent_type_] * len(orths)
    else:
        iob = [2] * len(orths)
        ent_type = [""] * len(orths)
    attrs = {"DEP": deps, "POS": pos, "ENT_IOB": iob, "ENT_TYPE": ent_type}
    return orths, heads, attrs
