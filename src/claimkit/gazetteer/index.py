"""Alias lookup: exact multi-word matching by hash, fuzzy matching over blocked candidates.

Every gazetteer (places, people, organisations, role phrases) keeps one :class:`AliasIndex`. Keys
are normalised word tuples (:func:`normalize`), so exact lookup costs one dict probe per
candidate length and does not grow with the gazetteer. Fuzzy lookup first blocks candidates by
first letter and length (rapidfuzz then scores only that block), the way rapidfuzz's
``process.extract`` is meant to be fed.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'", "‐": "-", "–": "-"})


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


def split_words(alias: str) -> tuple[str, ...]:
    """An alias as a tuple of normalised words (split on white space)."""
    return tuple(normalize(w) for w in alias.split())


@dataclass(frozen=True, slots=True)
class FuzzyHit:
    """A fuzzy match: the alias key that matched, its rapidfuzz score (0-100), its entries."""

    key: str
    score: float
    ids: tuple[str, ...]


class AliasIndex:
    """Map aliases (one or more words) to the ids of the entries they name."""

    def __init__(self) -> None:
        self._ids: dict[tuple[str, ...], list[str]] = {}
        self._longest: dict[str, int] = {}
        self._blocks: dict[tuple[str, int], list[str]] | None = None
        self._block_cache: dict[tuple[str, int], list[str]] = {}

    def __len__(self) -> int:
        return len(self._ids)

    def __getstate__(self) -> dict[str, object]:
        return {"_ids": self._ids, "_longest": self._longest}

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__dict__.update(state)
        self._blocks = None
        self._block_cache = {}

    def __contains__(self, words: object) -> bool:
        return words in self._ids

    def add(self, alias: str, entry_id: str) -> None:
        """Register ``alias`` as a name of ``entry_id``."""
        key = split_words(alias)
        if not key:
            return
        ids = self._ids.setdefault(key, [])
        if entry_id not in ids:
            ids.append(entry_id)
        if len(key) > self._longest.get(key[0], 0):
            self._longest[key[0]] = len(key)
        self._blocks = None

    def get(self, words: Sequence[str]) -> list[str]:
        """Ids named by exactly these normalised words (empty list when none)."""
        return self._ids.get(tuple(words), [])

    def longest_at(self, keys: Sequence[str], start: int) -> tuple[int, list[str]]:
        """Longest alias starting at ``keys[start]``: ``(number of words, ids)``, or ``(0, [])``."""
        longest = self._longest.get(keys[start], 0)
        for length in range(min(longest, len(keys) - start), 0, -1):
            ids = self._ids.get(tuple(keys[start : start + length]))
            if ids:
                return length, ids
        return 0, []

    def aliases(self) -> Iterable[tuple[tuple[str, ...], list[str]]]:
        """All ``(key, ids)`` pairs."""
        return self._ids.items()

    def single_words(self, keep: Callable[[str], bool]) -> AliasIndex:
        """A new index of the one-word aliases, with only the ids ``keep`` accepts."""
        subset = AliasIndex()
        for key, ids in self._ids.items():
            if len(key) == 1:
                kept = [i for i in ids if keep(i)]
                if kept:
                    subset._ids[key] = kept
                    subset._longest[key[0]] = 1
        return subset

    def fuzzy(self, key: str, *, cutoff: float, spread: int = 2, limit: int = 3) -> list[FuzzyHit]:
        """Single-word aliases close to ``key`` (a normalised word), best first.

        Candidates are blocked on the first letter and a length within ``spread`` of the query's;
        rapidfuzz's normalised Levenshtein ratio scores them, ``cutoff`` on a 0-100 scale.
        """
        if not key:
            return []
        candidates = self._candidates(key[0], len(key), spread)
        found = process.extract(
            key, candidates, scorer=fuzz.ratio, score_cutoff=cutoff, limit=limit
        )
        return [FuzzyHit(alias, score, tuple(self._ids[(alias,)])) for alias, score, _ in found]

    def _candidates(self, first: str, length: int, spread: int) -> list[str]:
        cached = self._block_cache.get((first, length))
        if cached is not None and self._blocks is not None:
            return cached
        if self._blocks is None:
            self._blocks = {}
            self._block_cache = {}
            for key in self._ids:
                if len(key) == 1:
                    word = key[0]
                    self._blocks.setdefault((word[0], len(word)), []).append(word)
        merged: list[str] = []
        for size in range(length - spread, length + spread + 1):
            merged.extend(self._blocks.get((first, size), ()))
        self._block_cache[(first, length)] = merged
        return merged
