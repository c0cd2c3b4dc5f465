"""Pure-Python checks of the actor gazetteers: people, organisations, roles, role phrases."""

from __future__ import annotations

import csv
import re
from datetime import date, timedelta
from itertools import pairwise
from pathlib import Path

import pytest

GAZ = Path(__file__).resolve().parents[1] / "gazetteers"

ENTITY_HEADER = ["id", "name", "kind", "country", "description", "aliases"]
ROLE_HEADER = ["role", "holder", "start", "end"]
PHRASE_HEADER = ["phrase", "role"]
ID_RE = re.compile(r"^(Q\d+|ck:[a-z0-9-]+)$")
SCHEMES = {"nl", "en", "de", "fr", "uk", "ru", "be"}
ORG_KINDS = {
    "government",
    "military",
    "armed_group",
    "media",
    "international",
    "company",
    "party",
    "ngo",
    "other",
}
COUNTRY_RE = re.compile(r"^([A-Z]{2})?$")


def _read(name: str) -> tuple[list[str], list[dict[str, str]]]:
    """Header and rows of a gazetteer file; leading `#` lines are skipped."""
    with (GAZ / name).open(encoding="utf-8", newline="") as f:
        lines = f.read().split("\n")
    while lines and lines[0].startswith("#"):
        lines.pop(0)
    lines = [line for line in lines if line != ""]
    reader = csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    header = next(reader)
    rows = []
    for n, fields in enumerate(reader, start=2):
        assert len(fields) == len(header), f"{name}: data line {n} has {len(fields)} fields"
        rows.append(dict(zip(header, fields, strict=True)))
    return header, rows


PEOPLE_HEADER, PEOPLE = _read("people.tsv")
ORGS_HEADER, ORGS = _read("organisations.tsv")
ROLES_HEADER, ROLES = _read("roles.tsv")
PHRASES_HEADER, PHRASES = _read("role_phrases.tsv")


def _aliases(row: dict[str, str]) -> list[tuple[str, str]]:
    out = []
    for item in row["aliases"].split("|"):
        scheme, sep, spelling = item.partition(":")
        out.append((scheme, spelling) if sep else ("", item))
    return out


def _spellings(row: dict[str, str]) -> set[str]:
    return {spelling for _, spelling in _aliases(row)}


def _person(name: str) -> dict[str, str]:
    found = [r for r in PEOPLE if r["name"] == name]
    assert len(found) == 1, f"expected one person named {name!r}"
    return found[0]


def _parse(value: str) -> date:
    return date.fromisoformat(value)


def test_headers():
    assert PEOPLE_HEADER == ENTITY_HEADER
    assert ORGS_HEADER == ENTITY_HEADER
    assert ROLES_HEADER == ROLE_HEADER
    assert PHRASES_HEADER == PHRASE_HEADER


FILES = ["people.tsv", "organisations.tsv", "roles.tsv", "role_phrases.tsv"]


@pytest.mark.parametrize("name", FILES)
def test_comments_only_at_top_and_no_stray_whitespace(name):
    text = (GAZ / name).read_text(encoding="utf-8")
    lines = text.split("\n")
    seen_data = False
    for line in lines:
        if line.startswith("#"):
            assert not seen_data, f"{name}: comment after the header: {line!r}"
        elif line:
            seen_data = True
            for field in line.split("\t"):
                assert field == field.strip(), f"{name}: stray whitespace in {line!r}"
    assert "\r" not in text


def test_ids_unique_and_well_formed():
    ids = [r["id"] for r in PEOPLE + ORGS]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for i in ids:
        assert ID_RE.match(i), f"bad id {i!r}"


def test_kinds_and_countries():
    for r in PEOPLE:
        assert r["kind"] == "person", r["id"]
        assert COUNTRY_RE.match(r["country"]), r["id"]
        assert r["name"] and r["description"], r["id"]
    for r in ORGS:
        assert r["kind"] in ORG_KINDS, (r["id"], r["kind"])
        assert COUNTRY_RE.match(r["country"]), r["id"]
        assert r["name"] and r["description"], r["id"]


def test_aliases_well_formed():
    for r in PEOPLE + ORGS:
        assert r["aliases"], f"{r['id']} has no aliases"
        seen = set()
        for scheme, spelling in _aliases(r):
            assert scheme in SCHEMES, f"{r['id']}: bad scheme {scheme!r}"
            assert spelling and spelling == spelling.strip(), f"{r['id']}: bad alias {spelling!r}"
            assert "|" not in spelling and "\t" not in spelling
            # written forms matter for acronyms (UNO and Uno: an acronym in small letters is
            # taken for a word unless the table writes it so), nowhere else
            short = len(spelling) <= 5 and any(c.isupper() for c in spelling)
            key = spelling if short else spelling.casefold()
            assert key not in seen, f"{r['id']}: alias {spelling!r} repeated"
            seen.add(key)


def test_no_alias_shared_between_entities():
    """Two records may share a lookup key only when each writes it its own way (PvdA, PVDA):
    the written form then tells them apart."""
    owner: dict[str, str] = {}
    for r in PEOPLE + ORGS:
        for name in set(_spellings(r)) | {r["name"]}:
            other = owner.setdefault(name, r["id"])
            assert other == r["id"], f"alias {name!r} shared by {other} and {r['id']}"


def test_sizes():
    assert len(PEOPLE) >= 80
    assert len(ORGS) >= 60


def test_role_holders_exist_and_dates_valid():
    people_ids = {r["id"] for r in PEOPLE}
    for r in ROLES:
        assert re.match(r"^[a-z_]+:[A-Za-z0-9_:]+$", r["role"]), r["role"]
        assert r["holder"] in people_ids, f"{r['role']}: unknown holder {r['holder']}"
        start = _parse(r["start"])
        if r["end"]:
            assert start <= _parse(r["end"]), r


def test_terms_do_not_overlap():
    from claimkit.resources import load_json

    shared = set(load_json("people_nl.json")["shared_offices"]["roles"])  # co-presidencies
    by_role: dict[str, list[tuple[date, date]]] = {}
    for r in ROLES:
        if r["role"] in shared:
            continue
        end = _parse(r["end"]) if r["end"] else date.max
        by_role.setdefault(r["role"], []).append((_parse(r["start"]), end))
    for role, terms in by_role.items():
        terms.sort()
        for (_, end1), (start2, _) in pairwise(terms):
            assert end1 <= start2 + timedelta(days=1), f"{role}: terms overlap"


def test_role_phrases():
    roles = {r["role"] for r in ROLES}
    seen = set()
    for r in PHRASES:
        assert r["role"] in roles, f"phrase {r['phrase']!r}: unknown role {r['role']}"
        assert r["phrase"] == r["phrase"].strip() and r["phrase"]
        first = r["phrase"].split()[0].lower()
        assert first not in {"de", "het"}, r["phrase"]
        key = r["phrase"].casefold()
        assert key not in seen, f"duplicate phrase {r['phrase']!r}"
        seen.add(key)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Volodymyr Zelensky", {"Zelenski", "Zelensky", "Zelenskyy", "Zelenskiy"}),
        ("Vladimir Putin", {"Poetin", "Putin", "Poutine", "Vladimir Poetin"}),
        ("Alexander Lukashenko", {"Loekasjenko", "Lukashenko", "Alexander Loekasjenko"}),
        ("Yevgeny Prigozhin", {"Prigozjin", "Prigozhin"}),
        ("Sergei Shoigu", {"Sjojgoe", "Shoigu"}),
    ],
)
def test_key_spellings(name, expected):
    assert expected <= _spellings(_person(name))


def test_key_organisations():
    names = {r["name"] for r in ORGS}
    assert {"BBC", "Telegram", "Freedom TV"} <= names


def _holders(role: str, on: date) -> list[str]:
    out = []
    for r in ROLES:
        if r["role"] != role:
            continue
        end = _parse(r["end"]) if r["end"] else date.max
        if _parse(r["start"]) <= on <= end:
            out.append(r["holder"])
    return out


def test_role_resolution_examples():
    on = date(2022, 12, 15)
    assert _holders("president:UA", on) == [_person("Volodymyr Zelensky")["id"]]
    assert _holders("president:RU", on) == [_person("Vladimir Putin")["id"]]
    assert _holders("president:BY", on) == [_person("Alexander Lukashenko")["id"]]


def test_every_head_of_state_or_government_office_has_a_phrase():
    from claimkit.gazetteer.actors import GENERATED_ROLE_PHRASES

    phrased = {r["role"] for r in PHRASES}
    for name in GENERATED_ROLE_PHRASES:  # made by scripts/make_*_role_phrases.py
        phrased |= {r["role"] for r in _read(name)[1]}
    offices = ("president:", "prime_minister:", "chancellor:", "monarch:")
    keys = {r["role"] for r in ROLES if r["role"].startswith(offices)}
    assert keys <= phrased, sorted(keys - phrased)[:10]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (" date 2022-12\nDe Deense premier zei dat Denemarken wapens stuurt.", "Mette Frederiksen"),
        (" date 2019-05\nDe Oostenrijkse bondskanselier trad af.", "Sebastian Kurz"),
        (
            " date 2018-03\nMinister Wiebes zei dat de gaswinning stopt. Wiebes kreeg kritiek.",
            "Eric Wiebes",
        ),
    ],
)
def test_offices_and_ministers_added_for_issue_18_are_linked(analyzer, text, name):
    people = analyzer.analyze(text).people
    assert people and all(p.record is not None and p.name == name for p in people)
