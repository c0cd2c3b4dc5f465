"""People and organisations gazetteers, and the table of who held which office when."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from claimkit.errors import GazetteerError
from claimkit.gazetteer.index import AliasIndex, split_words
from claimkit.gazetteer.spelling import is_cyrillic, spelling_keys
from claimkit.gazetteer.tables import content_digest, load_once, parse_aliases, read_rows
from claimkit.gazetteer.translit import SCHEMES, variants
from claimkit.resources import gazetteer_dir
from claimkit.results import ActorRecord

ACTOR_COLUMNS = ("id", "name", "kind", "country", "description", "aliases")


class ActorGazetteer:
    """People or organisations by id, with an :class:`AliasIndex` of their names.

    A name given in Cyrillic (``uk:``, ``ru:``, ``be:``) is also indexed in its Dutch, English,
    German and French romanisations (:mod:`claimkit.gazetteer.translit`: ``Навальный`` gives
    ``Navalny``, ``Nawalny``), and by its spelling keys (:mod:`claimkit.gazetteer.spelling`:
    ``key_index``), where other spellings meet it (``Navalni``, ``Navalnyj``)."""

    def __init__(
        self,
        records: dict[str, ActorRecord],
        index: AliasIndex,
        key_index: AliasIndex | None = None,
        acronyms: frozenset[tuple[str, ...]] = frozenset(),
        spellings: dict[str, frozenset[str]] | None = None,
    ) -> None:
        self.records = records
        self.index = index
        self.key_index = key_index or AliasIndex()
        #: alias keys written only in capitals or with a capital inside (``OM``, ``DENK``,
        #: ``PiS``): a word without one there may be the Dutch word (``Om`` at a sentence's
        #: start, ``Manneken Pis``, ``Sp`` for Spanish)
        self.acronyms = acronyms
        #: each record's names exactly as the tables write them
        self.spellings = spellings or {}

    def __len__(self) -> int:
        return len(self.records)

    def __getitem__(self, actor_id: str) -> ActorRecord:
        return self.records[actor_id]

    def by_written_form(self, ids: Sequence[str], written: str) -> list[str]:
        """``ids`` (namesakes of one lookup key), those that the tables write exactly as
        ``written`` first: ``PvdA`` is the Dutch Labour party, ``PVDA`` the Belgian one."""
        return written_first(ids, written, self.spellings)

    @classmethod
    def from_files(cls, paths: Iterable[Path]) -> ActorGazetteer:
        """Read actor tables (see gazetteers/README.md); later files override earlier ones."""
        records: dict[str, ActorRecord] = {}
        index, key_index = AliasIndex(), AliasIndex()
        capitals: set[tuple[str, ...]] = set()
        written_otherwise: set[tuple[str, ...]] = set()
        written: dict[str, set[str]] = {}
        for path in paths:
            for line, row in read_rows(path, ACTOR_COLUMNS):
                where = f"{path}:{line}"
                if not row["id"] or not row["name"]:
                    raise GazetteerError(f"{where}: id and name are required")
                record = ActorRecord(
                    id=row["id"],
                    name=row["name"],
                    kind=row["kind"] or "other",
                    country=row["country"] or None,
                    description=row["description"] or None,
                )
                records[record.id] = record
                spellings = [("", record.name), *parse_aliases(row["aliases"], where=where)]
                written[record.id] = {spelling for _, spelling in spellings}
                for scheme, spelling in spellings:
                    index.add(spelling, record.id)
                    (capitals if _is_acronym(spelling) else written_otherwise).add(
                        split_words(spelling)
                    )
                    if scheme in CYRILLIC_SCHEMES and is_cyrillic(spelling):
                        _add_romanised(index, key_index, spelling, scheme, record.id)
        return cls(
            records,
            index,
            key_index,
            frozenset(capitals - written_otherwise),
            {actor_id: frozenset(forms) for actor_id, forms in written.items()},
        )


def written_first(
    ids: Sequence[str], written: str, spellings: dict[str, frozenset[str]]
) -> list[str]:
    """``ids`` in their order, those whose ``spellings`` hold ``written`` exactly first (a
    genitive ending aside: ``PvdA's``); when none does, all as they were."""
    forms = {" ".join(written.split())}
    for ending in _GENITIVE_ENDINGS:
        if written.endswith(ending) and len(written) > len(ending) + 1:
            forms.add(written[: -len(ending)])
    return sorted(ids, key=lambda key: not forms & spellings.get(key, frozenset()))


_GENITIVE_ENDINGS = ("'s", "’s", "s")


CYRILLIC_SCHEMES = ("uk", "ru", "be")


def _is_acronym(spelling: str) -> bool:
    """Capitals only, hyphens, ampersands and spaces aside (``OM``, ``CD&V``, ``N-VA``), or a
    short name with a capital inside (``PiS``, ``PvdA``)."""
    letters = spelling.replace(" ", "").replace("-", "").replace("&", "")
    if len(letters) < 2 or not letters.isalpha():
        return False
    return letters.isupper() or (len(letters) <= 5 and has_inner_capital(letters))


def has_inner_capital(word: str) -> bool:
    """A capital after a word's first letter (``PiS``, ``OM``; not ``Navo``)."""
    return any(c.isupper() for c in word[1:])


def _add_romanised(
    index: AliasIndex, key_index: AliasIndex, cyrillic: str, source: str, actor_id: str
) -> None:
    """Index a Cyrillic name's romanisations (every scheme, main form and variants) and its
    spelling keys."""
    for scheme in SCHEMES:
        for spelling in variants(cyrillic, source=source, scheme=scheme):  # type: ignore[arg-type]
            index.add(spelling, actor_id)
    for key in spelling_keys(split_words(cyrillic)):
        key_index.add_words(key, actor_id)


@dataclass(frozen=True, slots=True)
class Term:
    """One holder's time in one office; ``end`` None while in office."""

    holder: str
    start: dt.date
    end: dt.date | None

    def overlaps(self, first: dt.date, last: dt.date) -> bool:
        """Whether the term covers any day of ``first``..``last``."""
        return self.start <= last and (self.end is None or self.end >= first)


class RoleTable:
    """Dutch phrases that name an office, and the office's holders over time."""

    def __init__(
        self,
        phrases: AliasIndex,
        terms: dict[str, list[Term]],
        spellings: dict[str, frozenset[str]] | None = None,
    ) -> None:
        self.phrases = phrases
        self.terms = terms
        #: each role's phrases exactly as the tables write them
        self.spellings = spellings or {}

    def by_written_form(self, roles: Sequence[str], written: str) -> list[str]:
        """``roles`` of one phrase key, those whose phrase is written exactly so first
        (``PvdA-leider``, ``PVDA-leider``)."""
        return written_first(roles, written, self.spellings)

    def holders(self, role: str, first: dt.date | None, last: dt.date | None) -> list[str]:
        """Holders of ``role`` during ``first``..``last``; every holder ever when no date."""
        terms = self.terms.get(role, [])
        if first is None or last is None:
            return list(dict.fromkeys(t.holder for t in terms))
        return list(dict.fromkeys(t.holder for t in terms if t.overlaps(first, last)))

    @classmethod
    def from_files(cls, roles_path: Path, *phrase_paths: Path) -> RoleTable:
        """Read ``roles.tsv`` and the role phrase files (``role_phrases.tsv``, the generated
        ``role_phrases.parties.tsv`` and ``role_phrases.offices.tsv``)."""
        terms: dict[str, list[Term]] = {}
        for line, row in read_rows(roles_path, ("role", "holder", "start", "end")):
            where = f"{roles_path}:{line}"
            term = Term(row["holder"], _date(row["start"], where), _date(row["end"], where))
            if term.start is None:
                raise GazetteerError(f"{where}: a term needs a start date")
            terms.setdefault(row["role"], []).append(term)
        phrases = AliasIndex()
        written: dict[str, set[str]] = {}
        for phrases_path in phrase_paths:
            for line, row in read_rows(phrases_path, ("phrase", "role")):
                if row["role"] not in terms:
                    raise GazetteerError(f"{phrases_path}:{line}: unknown role {row['role']!r}")
                phrases.add(row["phrase"], row["role"])
                written.setdefault(row["role"], set()).add(row["phrase"])
                if "-" in row["phrase"]:  # "NAVO-chef" as the compound splitter leaves it
                    words = split_words(row["phrase"].replace("-", " - "))
                    phrases.add_words(words, row["role"])
        return cls(phrases, terms, {role: frozenset(forms) for role, forms in written.items()})


def _date(value: str, where: str) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as err:
        raise GazetteerError(f"{where}: not an ISO date: {value!r}") from err


@cache
def load_people(folder: Path | None = None) -> ActorGazetteer:
    """The people gazetteer of ``folder`` (default: the shipped one), loaded once per content."""
    path = (folder or gazetteer_dir()) / "people.tsv"
    return load_once(f"people-{content_digest([path])}", lambda: ActorGazetteer.from_files([path]))


@cache
def load_organisations(folder: Path | None = None) -> ActorGazetteer:
    """The organisations gazetteer of ``folder`` (default: shipped), loaded once per content."""
    path = (folder or gazetteer_dir()) / "organisations.tsv"
    return load_once(
        f"organisations-{content_digest([path])}", lambda: ActorGazetteer.from_files([path])
    )


#: Role phrase files made by scripts/ (make_party_role_phrases.py, make_office_role_phrases.py).
GENERATED_ROLE_PHRASES = ("role_phrases.parties.tsv", "role_phrases.offices.tsv")


@cache
def load_roles(folder: Path | None = None) -> RoleTable:
    """Roles and role phrases of ``folder`` (default: the shipped ones), once per content."""
    folder = folder or gazetteer_dir()
    paths = [folder / "roles.tsv", folder / "role_phrases.tsv"]
    for generated in GENERATED_ROLE_PHRASES:
        if (folder / generated).exists():
            paths.append(folder / generated)
    return load_once(f"roles-{content_digest(paths)}", lambda: RoleTable.from_files(*paths))
