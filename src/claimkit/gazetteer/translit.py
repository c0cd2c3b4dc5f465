"""Romanisation of Ukrainian, Russian and Belarusian Cyrillic by published national schemes.

Pure functions, no spaCy. All language knowledge lives in ``claimkit/data/translit.json``: one
table per (source language, scheme) with unconditional replacements (``map``), positional rules
(``rules``: word start ``^``, word end ``$``, after/before a vowel ``@V`` or a jotation sign
``@J``, or after/before given letters) and ``variants`` (overlays that yield the alternative
spellings a scheme's readers meet). The code below only applies those tables generically:
longest match first, a rule whose position holds beats the plain entry of the same length.

>>> romanize("Бахмут", source="uk", scheme="nl")
'Bachmoet'
>>> variants("Запоріжжя", source="uk", scheme="nl")
['Zaporizja', 'Zaporizjzja']

Sources, table by table (also recorded in the ``source`` field of each table):

Ukrainian
  * ``nl`` -- Dutch popular transcription. Letters from Onze Taal's Dutch transcription table
    (https://onzetaal.nl/taalloket/sotsji-sochi, after J. Schaeken, "Transliteratie van het
    cyrillische alfabet", 2011: х ch, у oe, ш sj, ч tsj, щ sjtsj, ж zj, й j, ю joe, я ja) with
    the Ukrainian values of https://nl.wikipedia.org/wiki/Romanisatie_van_het_Oekraïens
    (г h, и y, і i, ї ji, є je; Грушевський = Hroesjevsky, hence -ий = -y); the j of я/ю/є is
    not doubled after zj/sj/tsj. Main form simplifies doubled жж/шш/чч/цц/хх: the Taalunie
    names "Zaporizja" as "de gangbare Nederlandse transliteratie"
    (https://namen.taalunie.org/land/ua); the strict "Zaporizjzja" is a variant.
  * ``en`` -- Ukrainian National system, Cabinet of Ministers resolution No. 55 of 27 January
    2010 (text reported e.g. by golos.ua, 2010-02-01; table with examples at
    https://en.wikipedia.org/wiki/Wikipedia:UKRTABLE; adopted by UNGEGN in 2012): word-initial
    Ye/Yi/Y/Yu/Ya, elsewhere ie/i/i/iu/ia, зг zgh, ь and apostrophe not written. Variants: the
    simplified form (doubled ж х ц ч ш written once, Запоріжжя = Zaporizhia, and -yi = -y) and
    BGN/PCGN 1965 for running text (en.wikipedia BGN/PCGN Ukrainian table: Kyyiv, Izyum,
    Slovyansk).
  * ``de`` -- Duden transcription as applied in the StAGN/AKO list "Umschrift geographischer
    Namen der Ukraine" (https://ortsnamen.at/umschrift-ukrainischer-namen/, 2017, corrected
    2021: Saporischschja, Charkiw, Kyjiw, Krywyj Rih, Donezk, Schytomyr). Variant: ss between
    vowels, the Duden "s, ss" of de.wikipedia "Ukrainisches Alphabet" (Tschassiw Jar).
  * ``fr`` -- French column of fr.wikipedia "Romanisation de l'ukrainien" (є ie/ye, ж j, ї ï/yi,
    й ï/y, у ou, х kh, ч tch, ш ch, щ chtch, ю iou, я ia), ss between vowels as in Odessa,
    Tcherkassy; https://andreracicot.ca/noms-ukrainiens-fr/ (Zaporijjia, Marioupol).

Russian
  * ``nl`` -- Onze Taal / Schaeken table (above): е e/je, ё o/jo, ий -i, ый -y, with positions as
    in nl.wikipedia "Wikipedia:Transliteratie- en transcriptiegids/Russisch" (Jeltsin,
    Mendelejev, Gorbatsjov, Nizjni Novgorod). Variant: ё written as е.
  * ``en`` -- BGN/PCGN (1944/1947) per https://en.wikipedia.org/wiki/BGN/PCGN_romanization_of_Russian
    (е ye word-initially and after vowels, й, ъ, ь; ё yë/ë; ь ', ъ "). Variant: the simplified
    press form described on the same page (ë as yo, -iy/-yy as -y, no apostrophes): Kharkov vs
    Khar'kov.
  * ``de`` -- Duden, as summarised in de.wikipedia "Deutsche Transkription" and the DIN/Duden
    comparison table (ж sch, з s, в w, ц z, ч tsch, й i/j/-, кс x, с ss between vowels).
    Variant: single s.
  * ``fr`` -- fr.wiktionary "Convention:Translittération du cyrillique" (gu before е/и, ïe, ï,
    -ine after и/ы, ss between vowels, ou, iou, ia). Variant: ё as e "par convention admise".

Belarusian
  * ``nl`` -- Onze Taal/Schaeken letters with г h, ў w as on nl.wikipedia (Homel, Mahiljow).
  * ``en`` -- BGN/PCGN 1979 per en.wikipedia "BGN/PCGN romanization of Belarusian" (Homyel',
    Vitsyebsk, Mahilyow); variant without apostrophes.
  * ``de`` -- German (Duden-style) forms as on de.wikipedia (Homel, Mahiljou, Wizebsk, Baryssau).
  * ``fr`` -- French letters as for Ukrainian/Russian, ў ou, е ie (Homiel).

Known limits: stress-dependent and etymological spellings (Kiev, Odessa in nl, Tsjaikovski) and
exonyms (Moskou, Kiew) are not transliterations; the gazetteer adds those by hand.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any, Literal

from claimkit.resources import load_json

__all__ = ["CYRILLIC", "SCHEMES", "SOURCES", "detect_source", "romanize", "variants"]

Source = Literal["uk", "ru", "be"]
Scheme = Literal["nl", "en", "de", "fr"]

SCHEMES: tuple[Scheme, ...] = ("nl", "en", "de", "fr")
SOURCES: tuple[Source, ...] = ("uk", "ru", "be")

MAX_VARIANTS = 4
#: Any Cyrillic letter.
CYRILLIC = re.compile("[\u0400-\u04ff]")


@dataclass(frozen=True, slots=True)
class _Cond:
    """A position test: at a word boundary and/or next to one of ``chars``."""

    boundary: bool
    chars: frozenset[str]


@dataclass(frozen=True, slots=True)
class _Rule:
    src: str
    out: str
    prev: _Cond | None
    next: _Cond | None


@dataclass(frozen=True, slots=True)
class _Table:
    rules: dict[str, tuple[_Rule, ...]]  # first letter -> candidates, best first
    apostrophes: frozenset[str]


def _data() -> dict[str, Any]:
    """The parsed ``translit.json`` (loaded once)."""
    return load_json("translit.json")  # type: ignore[no-any-return]


@cache
def _word_pattern() -> re.Pattern[str]:
    """A word: letters, with the data's apostrophes between letters (Слов'янськ)."""
    marks = re.escape(_data()["apostrophes"])
    return re.compile(rf"[^\W\d_{marks}]+(?:[{marks}][^\W\d_{marks}]+)*")


def _check(source: str, scheme: str) -> dict[str, Any]:
    tables = _data()["tables"]
    if source not in tables:
        raise ValueError(f"unknown source language {source!r}; expected one of {SOURCES}")
    if scheme not in tables[source]:
        raise ValueError(f"unknown scheme {scheme!r}; expected one of {SCHEMES}")
    return tables[source][scheme]


def _cond(spec: str | None, classes: dict[str, str], edge: str) -> _Cond | None:
    if not spec:
        return None
    boundary = False
    chars: set[str] = set()
    for token in spec.split():
        if token == edge:
            boundary = True
        elif token.startswith("@"):
            chars.update(classes[token[1:]])
        else:
            chars.update(token)
    return _Cond(boundary, frozenset(chars))


def _entries(spec: dict[str, Any]) -> Iterable[tuple[tuple[str, str, str], str | None]]:
    """(from, prev, next) keys with their output (None deletes) from a table or overlay."""
    for src, out in spec.get("map", {}).items():
        yield (src, "", ""), out
    for rule in spec.get("rules", []):
        yield (rule["from"], rule.get("prev", ""), rule.get("next", "")), rule["to"]


@cache
def _table(source: str, scheme: str, variant: int) -> _Table:
    """Compile the main table (``variant`` -1) or the main table with one overlay applied."""
    spec = _check(source, scheme)
    merged: dict[tuple[str, str, str], str] = {}
    overlays = [spec] if variant < 0 else [spec, spec["variants"][variant]]
    for layer in overlays:
        for key, out in _entries(layer):
            if out is None:
                merged.pop(key, None)
            else:
                merged[key] = out
    classes = _data()["classes"][source]
    by_first: dict[str, list[tuple[int, int, _Rule]]] = {}
    for order, ((src, prev, nxt), out) in enumerate(merged.items()):
        rule = _Rule(src, out, _cond(prev, classes, "^"), _cond(nxt, classes, "$"))
        conditional = 0 if (rule.prev or rule.next) else 1
        by_first.setdefault(src[0], []).append((-len(src), conditional * 10_000 + order, rule))
    rules = {k: tuple(r for *_, r in sorted(v, key=lambda t: t[:2])) for k, v in by_first.items()}
    return _Table(rules, frozenset(_data()["apostrophes"]))


def _holds(cond: _Cond | None, neighbour: str | None, apostrophes: frozenset[str]) -> bool:
    if cond is None:
        return True
    if neighbour is None or not (neighbour.isalpha() or neighbour in apostrophes):
        return cond.boundary
    return neighbour in cond.chars


def _caps_words(text: str) -> list[bool]:
    """Per character: is it inside an ALL-CAPS word (two or more cased letters, none lower)?"""
    flags = [False] * len(text)
    for match in _word_pattern().finditer(text):
        word = match.group()
        cased = [c for c in word if c.isupper() or c.islower()]
        if len(cased) >= 2 and all(c.isupper() for c in cased):
            flags[match.start() : match.end()] = [True] * len(word)
    return flags


def _prepared(text: str) -> tuple[str, str, list[bool]]:
    """The text, its lower case (letter for letter) and its ALL-CAPS flags, for :func:`_apply`
    (the same for every table a text is romanised with)."""
    return text, "".join(c.lower() if len(c.lower()) == 1 else c for c in text), _caps_words(text)


def _apply(prepared: tuple[str, str, list[bool]], table: _Table) -> str:
    text, lower, caps = prepared
    out: list[str] = []
    i, n = 0, len(text)
    while i < n:
        candidates = table.rules.get(lower[i])
        if candidates:
            prev = lower[i - 1] if i else None
            for rule in candidates:
                end = i + len(rule.src)
                if lower.startswith(rule.src, i) and (
                    _holds(rule.prev, prev, table.apostrophes)
                    and _holds(rule.next, lower[end] if end < n else None, table.apostrophes)
                ):
                    piece = rule.out
                    if text[i].isupper():
                        piece = piece.upper() if caps[i] else piece[:1].upper() + piece[1:]
                    out.append(piece)
                    i = end
                    break
            else:
                out.append(text[i])
                i += 1
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def romanize(text: str, *, source: Source, scheme: Scheme) -> str:
    """Romanise Cyrillic ``text`` by the main form of ``scheme``; other characters pass through.

    Case is kept (title case stays title case, ALL CAPS stays caps); hyphens and spaces stay;
    the soft sign and apostrophes are dropped or rendered as the scheme's table says.
    """
    _check(source, scheme)
    if not CYRILLIC.search(text):
        return text
    return _apply(_prepared(text), _table(source, scheme, -1))


def variants(text: str, *, source: Source, scheme: Scheme) -> list[str]:
    """The main romanisation first, then the scheme's documented alternatives (at most 4)."""
    spec = _check(source, scheme)
    if not CYRILLIC.search(text):
        return [text]
    prepared = _prepared(text)
    found = [_apply(prepared, _table(source, scheme, -1))]
    for index in range(len(spec.get("variants", []))):
        form = _apply(prepared, _table(source, scheme, index))
        if form not in found:
            found.append(form)
        if len(found) == MAX_VARIANTS:
            break
    return found


def detect_source(text: str) -> Source | None:
    """Guess the Cyrillic language of ``text`` from its letters; None if it has no Cyrillic.

    Letters found only in one language decide (ї є ґ: Ukrainian, ў: Belarusian, ъ: Russian);
    ы э ё with і point to Belarusian, without it to Russian; і alone, or an apostrophe between
    Cyrillic letters, to Ukrainian. Text with no telling letter (Москва, Херсон) counts as
    Russian: callers that know the language should pass it instead.
    """
    if not CYRILLIC.search(text):
        return None
    letters = set(text.lower())
    detect = _data()["detect"]
    if letters & set(detect["be_only"]):
        return "be"
    if letters & set(detect["uk_only"]):
        return "uk"
    if letters & set(detect["ru_only"]):
        return "ru"
    has_i = bool(letters & set(detect["uk_be"]))
    if letters & set(detect["ru_be"]):
        return "be" if has_i else "ru"
    if has_i or re.search(r"[\u0400-\u04ff]['’ʼ][\u0400-\u04ff]", text):
        return "uk"
    return "ru"
