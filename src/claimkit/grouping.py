"""One person per article: the name each person mention stands for (pure, no spaCy).

A linked mention is its record's name. A name no gazetteer knows is the fullest form of it the
article gives: ``Breuker`` after ``Remco Breuker`` is Remco Breuker, and a genitive is the same
person (``Breukers boek``, ``Breuker's``). When two full names share the surname (``Jan Peeters``,
``Marie Peeters``) a surname alone is the one named last before it. A role without a holder
(``de woordvoerder``) has no name.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from claimkit.gazetteer.index import normalize
from claimkit.results import ActorRecord
from claimkit.words import surname_particles


class _PersonLike(Protocol):
    text: str
    start: int
    record: ActorRecord | None
    method: str


_GENITIVE_ENDINGS = ("'s", "’s", "'", "’")


def bare_name(text: str) -> str:
    """The name without a genitive ending: ``Breuker's`` → ``Breuker``."""
    for ending in _GENITIVE_ENDINGS:
        if text.endswith(ending) and len(text) > len(ending) + 1:
            return text[: -len(ending)]
    return text


def surname_key(name: str) -> str | None:
    """What a name is grouped by: its last word, in small letters (None for no word)."""
    words = name.split()
    return words[-1].lower() if words else None


def _looks_like_a_name(text: str) -> bool:
    words = text.split()
    return bool(words) and all(w[:1].isupper() or (w.islower() and len(w) <= 3) for w in words)


def _surname_only(name: str) -> bool:
    """One word, or particles and one word (``Van Nieuwenhuizen``, ``De Croo``)."""
    words = name.split()
    return len(words) == 1 or all(normalize(w) in surname_particles() for w in words[:-1])


def person_names(people: Sequence[_PersonLike]) -> list[str | None]:
    """The name of each mention of ``people`` (in text order), grouping unknown people.

    A surname alone (with its particles) is the full name named last before it with that
    surname, else the first after it; a given name alone (``Lucas`` in a match report) the one
    full name that starts with it, when only one does.
    """
    by_surname: dict[str, list[tuple[int, str]]] = {}
    by_given_name: dict[str, set[str]] = {}
    for person in people:
        if person.record is None and person.method != "role":
            name = bare_name(person.text.strip())
            key = surname_key(name)
            if key and not _surname_only(name) and _looks_like_a_name(name):
                by_surname.setdefault(key, []).append((person.start, name))
                by_given_name.setdefault(name.split()[0].lower(), set()).add(name)
    names: list[str | None] = []
    for person in people:
        if person.record is not None:
            names.append(person.record.name)
            continue
        if person.method == "role":
            names.append(None)
            continue
        name = bare_name(person.text.strip())
        key = surname_key(name) or ""
        if not _surname_only(name) or not _looks_like_a_name(name):
            names.append(name or None)
            continue
        forms = by_surname.get(key) or by_surname.get(key.removesuffix("s"), [])
        if forms:
            before = [form for start, form in forms if start < person.start]
            names.append(before[-1] if before else forms[0][1])
            continue
        given = by_given_name.get(key, set())
        names.append(next(iter(given)) if len(given) == 1 and len(name.split()) == 1 else name)
    return names


def grouped_name(
    name: str, at: int, people: Sequence[_PersonLike], names: Sequence[str | None]
) -> str:
    """The grouped name of an unknown person a quote or claim names ``name`` at character
    ``at``: the name of the person mention with that text named last before ``at``, else
    first after it (``Linda`` after ``Linda H.`` is Linda H.); ``name`` when none is.
    ``people`` are in text order, ``names`` their :func:`person_names`."""
    bare = bare_name(name.strip())
    found: str | None = None
    for person, grouped in zip(people, names, strict=True):
        if person.record is not None or grouped is None or bare_name(person.text.strip()) != bare:
            continue
        if person.start <= at or found is None:
            found = grouped
        if person.start > at:
            break
    return found or name
