"""Spelling keys: where the Dutch, English, German and French spellings of one name meet.

A Slavic place name reaches Dutch text in many romanisations (Bachmoet, Bakhmut, Bachmut,
Bakhmout) and the gazetteer cannot list them all. A spelling key keeps what the schemes agree on
and drops what they spell differently, so that all of them, and the Cyrillic original, give the
same key. The difficulty is that the same Latin letters mean different sounds in different
schemes (``ch`` is х in Dutch and German, ч in English, ш in French; ``z`` is з except in German,
where it is ц), so a Latin word is *read* once per convention and gives up to one key per
reading; a Cyrillic name is keyed letter by letter. The tables are data
(``claimkit/data/spelling_keys.json``); these are pure functions.

    >>> latin_keys("bachmoet") == latin_keys("bakhmout") == cyrillic_keys("бахмут")
    True
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache, lru_cache
from itertools import islice, product
from typing import TYPE_CHECKING

from claimkit.gazetteer.translit import CYRILLIC
from claimkit.resources import load_json

if TYPE_CHECKING:
    from claimkit.gazetteer.index import AliasIndex

#: The conventions a Latin spelling is read by (keys of ``readings`` in the data file).
READINGS = ("nl", "nl-glide", "en", "de", "fr")


@cache
def _tables() -> tuple[
    dict[str, tuple[str, ...]],
    dict[str, tuple[tuple[str, str], ...]],
    tuple[tuple[str, str], ...],
]:
    data = load_json("spelling_keys.json")
    cyrillic = {
        letter: tuple(image) if isinstance(image, list) else (image,)
        for letter, image in data["cyrillic"].items()
    }
    common = tuple((a, b) for a, b in data["common"])
    readings = {
        name: tuple((a, b) for a, b in rules) + common for name, rules in data["readings"].items()
    }
    final = tuple((a, b) for a, b in data["final"])
    return cyrillic, readings, final


def _finish(key: str) -> str:
    key = _collapse(key)
    for old, new in _tables()[2]:
        if old in key:
            key = key.replace(old, new)
    return _collapse(key)


def _collapse(key: str) -> str:
    return "".join(c for i, c in enumerate(key) if i == 0 or c != key[i - 1])


@lru_cache(maxsize=65536)
def reading_key(word: str, reading: str) -> str:
    """The key of a normalised Latin word (lower case, no diacritics) read by one convention."""
    for old, new in _tables()[1][reading]:
        if old in word:
            word = word.replace(old, new)
    return _finish(word)


@lru_cache(maxsize=65536)
def latin_keys(word: str) -> tuple[str, ...]:
    """The distinct keys of a normalised Latin word, one per reading (Dutch first)."""
    return tuple(dict.fromkeys(reading_key(word, reading) for reading in READINGS))


@lru_cache(maxsize=65536)
def cyrillic_keys(word: str) -> tuple[str, ...]:
    """The key(s) of a lower-case Cyrillic word (Belarusian ў is read both u and v).

    Letters outside the table are kept as they are.
    """
    table = _tables()[0]
    options = [table.get(char, (char,)) for char in word]
    keys = ("".join(parts) for parts in product(*options))
    return tuple(dict.fromkeys(_finish(key) for key in keys))


def is_cyrillic(word: str) -> bool:
    """Whether a word is written in Cyrillic letters (its first letter decides)."""
    return CYRILLIC.match(word) is not None


def reading_keys(words: Sequence[str], reading: str) -> tuple[str, ...]:
    """The keys of normalised Latin words, all read by one convention."""
    return tuple(reading_key(word, reading) for word in words)


def spelling_keys(words: tuple[str, ...]) -> list[tuple[str, ...]]:
    """Keys of a normalised name of one or more words, as tuples (one word, one key).

    A Cyrillic name is keyed by letter (at most 4 tuples, for ў); a Latin one once per reading
    (a name is written in one convention throughout).
    """
    if all(is_cyrillic(word) for word in words):
        per_word = [cyrillic_keys(word) for word in words]
        return list(islice(product(*per_word), 4))
    return list(dict.fromkeys(reading_keys(words, reading) for reading in READINGS))


def longest_by_reading(key_index: AliasIndex, words: Sequence[str]) -> tuple[int, list[str], str]:
    """The longest name of ``key_index`` (keyed by :func:`spelling_keys`) that the normalised
    Latin ``words`` start with, read by some convention: its length in words, its ids (those of
    every reading that reaches that length), and its key."""
    best_length, best_ids, best_key = 0, [], ""
    for reading in READINGS:
        if not key_index.may_start(reading_key(words[0], reading)):
            continue
        spelt = reading_keys(words, reading)
        length, ids = key_index.longest_at(spelt, 0)
        if length > best_length:
            best_length, best_ids, best_key = length, list(ids), "".join(spelt[:length])
        elif length and length == best_length:
            best_ids += [p for p in ids if p not in best_ids]
    return best_length, best_ids, best_key
