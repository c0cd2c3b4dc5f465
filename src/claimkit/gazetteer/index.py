"""Alias lookup: exact multi-word matching by hash, fuzzy matching over blocked candidates.

Every gazetteer (places, people, organisations, role phrases) keeps one :class:`AliasIndex`. Keys
are normalised word tuples (:func:`normalize`), so exact lookup costs one dict probe per
candidate length and does not grow with the gazetteer. Fuzzy lookup first blocks candidates by
first letter and length (rapidfuzz then scores only that block), the way rapidfuzz's
``process.extract`` is meant to be fed.
"""

from __future__ import annotations

import gc
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import process
from rapidfuzz.distance import OSA

#: characters that normalize() turns into the straight apostrophe
APOSTROPHE_FORMS = "’‘ʼ`´"
_APOSTROPHES = str.maketrans({**dict.fromkeys(APOSTROPHE_FORMS, "'"), "‐": "-", "–": "-"})


@lru_cache(maxsize=65536)
def normalize(word: str) -> str:
    """Lookup key of one word: case-folded, Latin diacritics dropped, apostrophes unified.

    Cyrillic letters keep their marks (й is not и), Latin ones lose them (Oekraïne = Oekraine).
    """
    word = word.translate(_APOSTROPHES).casefold()
    if word.isascii():
        return word
    out = []
    for char in unicodedata.normalize("NFD", word):
        if unicodedata.combining(char) and out and out[-1] < "\u0250":
            continue
        out.append(char)
    return unicodedata.normalize("NFC", "".join(out))


def is_word(key: str) -> bool:
    """Letters, perhaps with hyphens and apostrophes (``ust'-barguzin``), no digits."""
    return key.replace("-", "").replace("'", "").isalpha()


def split_words(alias: str) -> tuple[str, ...]:
    """An alias as a tuple of normalised words (split on white space)."""
    return tuple(normalize(w) for w in alias.split())


@contextmanager
def collection_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while building many lasting objects: each
    collection it starts would walk the whole heap (the pipeline and gazetteers) for none."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@dataclass(frozen=True, slots=True)
class FuzzyHit:
    """A fuzzy match: the alias key that matched, its score (0-1), the ids it names."""

    key: str
    score: float
    ids: tuple[str, ...]


class AliasIndex:
    """Map aliases (one or more words) to the ids of the entries they name."""

    def __init__(self) -> None:
        self._ids: dict[tuple[str, ...], list[str]] = {}
        self._longest: dict[str, int] = {}
        self._blocks: dict[tuple[str, int], list[str]] | None = None
        self._block_cache: dict[tuple[str, int, int], list[str]] = {}
        self._pairs: dict[tuple[str, int], list[str]] | None = None  # by two letters, length
        self._tails: dict[str, list[str]] = {}  # by first letter and the rest from the third
        self._ranks: dict[str, int] | None = None

    def __len__(self) -> int:
        return len(self._ids)

    def __getstate__(self) -> dict[str, object]:
        return {"_ids": self._ids, "_longest": self._longest}

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__dict__.update(state)
        self._blocks = None
        self._block_cache = {}
        self._pairs = None
        self._tails = {}
        self._ranks = None

    def add(self, alias: str, entry_id: str) -> None:
        """Register ``alias`` as a name of ``entry_id``."""
        self.add_words(split_words(alias), entry_id)

    def add_words(self, key: tuple[str, ...], entry_id: str) -> None:
        """Register an already normalised key (a tuple of words) as a name of ``entry_id``."""
        if not key:
            return
        ids = self._ids.setdefault(key, [])
        if entry_id not in ids:
            ids.append(entry_id)
        if len(key) > self._longest.get(key[0], 0):
            self._longest[key[0]] = len(key)
        self._blocks = self._pairs = self._ranks = None

    def get(self, words: Sequence[str]) -> list[str]:
        """Ids named by exactly these normalised words (empty list when none)."""
        return self._ids.get(tuple(words), [])

    @property
    def longest_alias(self) -> int:
        """Words in the longest alias (1 for an empty index)."""
        return max(self._longest.values(), default=1)

    @property
    def first_words(self) -> dict[str, int]:
        """Every normalised word some alias begins with (a cheap first test: ``key in``)."""
        return self._longest

    def may_start(self, key: str) -> bool:
        """Whether some alias begins with this normalised word (a cheap first test)."""
        return key in self._longest

    def longest_at(self, keys: Sequence[str], start: int) -> tuple[int, list[str]]:
        """Longest alias starting at ``keys[start]``: ``(number of words, ids)``, or ``(0, [])``."""
        longest = self._longest.get(keys[start], 0)
        if longest == 1:  # the commonest case: only one-word aliases begin with the word
            ids = self._ids.get((keys[start],))
            return (1, ids) if ids else (0, [])
        for length in range(min(longest, len(keys) - start), 0, -1):
            ids = self._ids.get(tuple(keys[start : start + length]))
            if ids:
                return length, ids
        return 0, []

    def aliases(self) -> Iterable[tuple[tuple[str, ...], list[str]]]:
        """All ``(key, ids)`` pairs."""
        return self._ids.items()

    def single_words(self, keep: Callable[[str, str], bool]) -> AliasIndex:
        """A new index of the one-word aliases, with only the ids ``keep(word, id)`` accepts."""
        subset = AliasIndex()
        for key, ids in self._ids.items():
            if len(key) == 1:
                kept = [i for i in ids if keep(key[0], i)]
                if kept:
                    subset._ids[key] = kept
                    subset._longest[key[0]] = 1
        return subset

    def joined_multi_words(self, keep: Callable[[str], bool] | None = None) -> AliasIndex:
        """A new index of the aliases of two or more words, each joined into one string
        (``mala danylivka``), so :meth:`fuzzy` can reach misspelt names of several words;
        only the ids ``keep(id)`` accepts (all when None)."""
        joined = AliasIndex()
        for key, ids in self._ids.items():
            if len(key) > 1:
                kept = [i for i in ids if keep is None or keep(i)]
                if kept:
                    text = " ".join(key)
                    joined._ids[(text,)] = kept
                    joined._longest[text] = 1
        return joined

    def fuzzy(self, key: str, *, max_edits: int, spread: int = 2, limit: int = 3) -> list[FuzzyHit]:
        """Single-word aliases within ``max_edits`` edits of ``key`` (a normalised word).

        Edits are counted by optimal string alignment (a swap of two neighbours is one edit).
        Candidates are blocked on the first letter and a length within ``spread`` (and
        ``max_edits``) of the query's, so the cost does not grow with the gazetteer; for one
        edit, on the letters after the first as well (:meth:`_one_edit_candidates`).
        Closest first; the score is ``1 - edits / len(key)``.
        """
        if not key or max_edits < 1:
            return []
        if max_edits == 1 and len(key) >= 3:
            found = process.extract(
                key,
                self._one_edit_candidates(key, min(spread, 1)),
                scorer=OSA.distance,
                score_cutoff=1,
                limit=None,
            )
            # the hits :meth:`_candidates` would have given first: shorter, then added earlier
            rank = self._ranks or {}
            found.sort(key=lambda hit: (hit[1], len(hit[0]), rank[hit[0]]))
            del found[limit:]
        else:
            candidates = self._candidates(key[0], len(key), min(spread, max_edits))
            found = process.extract(
                key, candidates, scorer=OSA.distance, score_cutoff=max_edits, limit=limit
            )
        found.sort(key=lambda hit: (hit[1], abs(len(hit[0]) - len(key))))
        return [
            FuzzyHit(alias, round(1 - edits / len(key), 4), tuple(self._ids[(alias,)]))
            for alias, edits, _ in found
        ]

    def _one_edit_candidates(self, key: str, spread: int) -> list[str]:
        """The one-word aliases that can be one edit from ``key`` (first letter shared), far
        fewer than :meth:`_candidates` gives: an alias one edit away has the key's second
        letter second, or its third (the second deleted, or swapped with the third), or equals
        it from the third letter on (the second replaced) or from the second (a letter
        inserted after the first)."""
        self.prepare_fuzzy()
        pairs, tails = self._pairs or {}, self._tails
        first, length = key[0], len(key)
        seconds = (key[1],) if key[1] == key[2] else (key[1], key[2])
        found: list[str] = []
        for size in range(length - spread, length + spread + 1):
            for second in seconds:
                found += pairs.get((first + second, size), ())
        for rest in (key[2:], key[1:]):
            found += [
                word
                for word in tails.get(first + rest, ())
                if word[1] not in seconds and abs(len(word) - length) <= spread
            ]
        return found

    def prepare_fuzzy(self) -> None:
        """Build what :meth:`fuzzy` looks candidates up in (once, a pass over the aliases;
        components call it at load time so that no Doc waits for it)."""
        if self._pairs is not None and self._blocks is not None:
            return  # built already (no collection pause to enter on every lookup)
        with collection_paused():  # tens of thousands of small lists, none of them garbage
            self._build_blocks()
            if self._pairs is not None:
                return
            words = [key[0] for key in self._ids if len(key) == 1 and len(key[0]) >= 2]
            pairs: dict[tuple[str, int], list[str]] = {}
            tails: dict[str, list[str]] = {}  # first letter and the rest from the third
            for word in words:
                pairs.setdefault((word[:2], len(word)), []).append(word)
                tails.setdefault(word[0] + word[2:], []).append(word)
            self._pairs, self._tails = pairs, tails
            self._ranks = {word: n for n, word in enumerate(words)}

    def _build_blocks(self) -> None:
        """The one-word aliases by first letter and length (once, for :meth:`_candidates`)."""
        if self._blocks is not None:
            return
        self._blocks = {}
        self._block_cache = {}
        for key in self._ids:
            if len(key) == 1:
                word = key[0]
                self._blocks.setdefault((word[:1], len(word)), []).append(word)

    def _candidates(self, first: str, length: int, spread: int) -> list[str]:
        """One-word aliases that begin with the letter ``first``, ``length`` ± ``spread`` long."""
        cache_key = (first, length, spread)
        self._build_blocks()
        cached = self._block_cache.get(cache_key)
        if cached is not None:
            return cached
        merged = [
            word
            for size in range(length - spread, length + spread + 1)
            for word in self._blocks.get((first, size), ())
        ]
        self._block_cache[cache_key] = merged
        return merged
