"""The word lists of ``data/numbers_nl.json``, compiled once for lookups, and text folding."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any

from claimkit.numbers.quantity import Number
from claimkit.resources import load_json

_FOLD = str.maketrans(
    {
        "ë": "e", "é": "e", "è": "e", "ê": "e", "ï": "i", "í": "i", "ì": "i", "ö": "o",
        "ó": "o", "ò": "o", "ü": "u", "ú": "u", "ù": "u", "á": "a", "à": "a", "ä": "a",
        "’": "'", "‘": "'", "`": "'", "−": "-",
    }
)  # fmt: skip

_TOKEN_RE = re.compile(r"[0-9]+|[^\W\d_]+(?:'[^\W\d_]+)*|\S")


def _fold(s: str) -> str:
    return s.lower().translate(_FOLD)


#: the ASCII characters that folding changes (all the others it changes are not ASCII)
_FOLDED_ASCII = "".join(chr(code) for code in _FOLD if code < 128)


def _fold_lowered(lowered: str) -> str:
    """:func:`_fold` of a text already in lower case: an ASCII text without a character that
    folding changes is returned as it is, without translating it."""
    if lowered.isascii() and not any(char in lowered for char in _FOLDED_ASCII):
        return lowered
    return lowered.translate(_FOLD)


def _tokenize_key(s: str) -> tuple[str, ...]:
    return tuple(m.group() for m in _TOKEN_RE.finditer(_fold(s)))


def _trie_pattern(words: Iterable[str]) -> str:
    """A regular expression of exactly ``words``, written as a trie (``d(?:rie|ertig)``), so
    that the regex engine tries only the words that go on with the next letter rather than
    every word in turn."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here

    def branches(node: dict[str, dict]) -> str:
        options = [
            re.escape(char) + branches(child) for char, child in sorted(node.items()) if char
        ]
        if not options:
            return ""
        if "" in node:  # a word ends here, and others go on
            return "(?:" + "|".join(options) + ")?"
        return options[0] if len(options) == 1 else "(?:" + "|".join(options) + ")"

    return "(?:" + branches(trie) + ")"


def _to_number(x: Fraction) -> Number:
    if x.denominator == 1:
        return int(x)
    try:
        return float(x)
    except OverflowError:
        return float("inf") if x > 0 else float("-inf")


@dataclass(slots=True)
class _Lex:
    """The data file, compiled for lookups."""

    units: dict[str, int]
    units_compound: dict[str, int]
    tens: dict[str, int]
    hundred: str
    scales: list[tuple[str, int]]
    count_scales: dict[str, int]
    pure_scales: dict[str, int]
    fraction_scale_min: int
    ordinal_scale_min: int
    joiner: str
    accented_one: frozenset[str]
    article_one: str
    ordinal_endings: list[tuple[str, str]]
    ordinal_digit_suffixes: frozenset[str]
    ordinal_plural_suffix: str
    ordinal_plural_endings: tuple[str, ...]
    percent_abbreviations: frozenset[str]
    denominator_min: int
    fraction_words: dict[str, int]
    fraction_word_needs_one: frozenset[str]
    half_compounds: dict[str, Fraction]
    half_suffixes: list[str]
    helft_words: frozenset[str]
    helft_determiners: frozenset[str]
    fraction_followers: frozenset[str]
    ratio_words: dict[str, frozenset[str]]
    decimal_word: str
    negative_word: str
    digit_suffixes: dict[str, int]
    digit_suffix_after_decimal: dict[str, int]
    percent_units: frozenset[str]
    vague: dict[str, list[tuple[tuple[str, ...], int | None, int | None]]]
    vague_times_scale: dict[tuple[str, ...], tuple[int, int]]
    tal_article: str
    tal_suffix: str
    tal_bases: dict[str, int]
    tal_modifier: str
    mods_before: dict[str, list[tuple[tuple[str, ...], str]]]
    mods_after: dict[str, list[tuple[tuple[str, ...], str]]]
    mod_effect: dict[str, tuple[str | None, bool]]
    between_word: str
    between_dets: frozenset[str]
    between_joiner: str
    from_word: str
    from_dets: frozenset[str]
    from_joiners: list[tuple[str, ...]]
    infix: list[tuple[str, ...]]
    months: dict[str, int]
    year_min: int
    year_max: int
    year_strong: frozenset[str]
    year_weak: frozenset[str]
    year_period_of: frozenset[str]
    year_adverbial_nouns: frozenset[str]
    year_adverbial_before: frozenset[str]
    time_units: frozenset[str]
    time_context: frozenset[str]
    duration_units: frozenset[str]
    score_max: int
    score_context: frozenset[str]
    bound_joiners: frozenset[str]
    change_verbs: frozenset[str] = frozenset()
    change_prepositions: frozenset[str] = frozenset()
    quick_re: re.Pattern[str] = re.compile(r"\d")
    #: the part of ``quick_re`` that needs no folding: a digit or a fraction sign
    figure_re: re.Pattern[str] = re.compile(r"\d")
    #: the other part of ``quick_re``: a word that begins with a stem of a number word
    number_stem_re: re.Pattern[str] = re.compile("")
    #: matches every word that may be a number word (a cardinal, ordinal or fraction holds
    #: one of these stems): the others are no number without parsing
    number_word_re: re.Pattern[str] = re.compile("")
    start_words: frozenset[str] = field(default_factory=frozenset)
    month_re: str = ""


def _phrase_index(
    keys: dict[str, Any],
) -> dict[str, list[tuple[tuple[str, ...], str]]]:
    index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for key in keys:
        toks = _tokenize_key(key)
        index.setdefault(toks[0], []).append((toks, key))
    for lst in index.values():
        lst.sort(key=lambda t: -len(t[0]))
    return index


@functools.cache
def _lex() -> _Lex:
    """Load ``numbers_nl.json`` once."""
    d: dict[str, Any] = load_json("numbers_nl.json")
    units = {_fold(k): int(v) for k, v in d["units"].items()}
    units_compound = {k: v for k, v in units.items() if 1 <= v <= 9}
    units_compound.update({_fold(k): int(v) for k, v in d["unit_aliases_before_en"].items()})
    scales = sorted(((_fold(k), int(v)) for k, v in d["scales"].items()), key=lambda t: -t[1])
    hundred = next(iter(d["hundred"]))
    count_scales = {_fold(k): int(v) for k, v in d["count_scales"].items()}
    pure = {hundred: 100, **dict(scales), **count_scales}
    vague: dict[str, list[tuple[tuple[str, ...], int | None, int | None]]] = {}
    for key, (lo, hi) in d["vague"].items():
        toks = _tokenize_key(key)
        vague.setdefault(toks[0], []).append((toks, lo, hi))
    for lst in vague.values():
        lst.sort(key=lambda t: -len(t[0]))
    vts = {_tokenize_key(k): (d["vague"][k][0], d["vague"][k][1]) for k in d["vague_times_scale"]}
    effects: dict[str, tuple[str | None, bool]] = {}
    for section in ("modifiers_before", "modifiers_after"):
        for key, eff in d[section].items():
            effects[key] = (eff["bound"], bool(eff["approximate"]))
    rng = d["ranges"]
    months = {_fold(k): int(v) for k, v in d["months"].items()}
    lex = _Lex(
        units=units,
        units_compound=units_compound,
        tens={_fold(k): int(v) for k, v in d["tens"].items()},
        hundred=hundred,
        scales=scales,
        count_scales=count_scales,
        pure_scales=pure,
        fraction_scale_min=int(d["fraction_scale_min"]),
        ordinal_scale_min=int(d["ordinal_scale_min"]),
        joiner=d["joiner"],
        accented_one=frozenset(s.lower() for s in d["accented_one"]),
        article_one=d["article_one"],
        ordinal_endings=[(a, b) for a, b in d["ordinal_endings"]],
        ordinal_digit_suffixes=frozenset(d["ordinal_digit_suffixes"]),
        ordinal_plural_suffix=d["ordinal_plural_suffix"],
        ordinal_plural_endings=tuple(
            e + d["ordinal_plural_suffix"] for e, repl in d["ordinal_endings"] if not repl
        ),
        percent_abbreviations=frozenset(d["percent_abbreviations"]),
        denominator_min=int(d["denominator_min"]),
        fraction_words={_fold(k): int(v) for k, v in d["fraction_words"].items()},
        fraction_word_needs_one=frozenset(d["fraction_word_needs_one"]),
        half_compounds={
            _fold(k): Fraction(v).limit_denominator(100) for k, v in d["half_compounds"].items()
        },
        half_suffixes=sorted(d["half_suffixes"], key=len, reverse=True),
        helft_words=frozenset(d["helft"]["words"]),
        helft_determiners=frozenset(d["helft"]["determiners"]),
        fraction_followers=frozenset(d["fraction_followers"]),
        ratio_words={k: frozenset(v) for k, v in d["ratio_words"].items()},
        decimal_word=d["decimal_word"],
        negative_word=d["negative_word"],
        digit_suffixes={k: int(v) for k, v in d["digit_suffixes"].items()},
        digit_suffix_after_decimal={
            k: int(v) for k, v in d["digit_suffix_after_decimal_only"].items()
        },
        percent_units=frozenset(_fold(u) for u in d["percent_units"]),
        vague=vague,
        vague_times_scale=vts,
        tal_article=d["tal"]["article"],
        tal_suffix=d["tal"]["suffix"],
        tal_bases={_fold(k): int(v) for k, v in d["tal"]["bases"].items()},
        tal_modifier=d["tal_modifier"],
        mods_before=_phrase_index(d["modifiers_before"]),
        mods_after=_phrase_index(d["modifiers_after"]),
        mod_effect=effects,
        between_word=next(k for k in rng["between"] if k != "joiner"),
        between_dets=frozenset(next(v for k, v in rng["between"].items() if k != "joiner")),
        between_joiner=rng["between"]["joiner"],
        from_word=next(k for k in rng["from_to"] if k != "joiners"),
        from_dets=frozenset(next(v for k, v in rng["from_to"].items() if k != "joiners")),
        from_joiners=sorted((_tokenize_key(j) for j in rng["from_to"]["joiners"]), key=len)[::-1],
        infix=sorted((_tokenize_key(j) for j in rng["infix"]), key=len)[::-1],
        months=months,
        year_min=int(d["year_range"][0]),
        year_max=int(d["year_range"][1]),
        year_strong=frozenset(d["year_context_strong"]),
        year_weak=frozenset(d["year_context_weak"]),
        year_period_of=frozenset(d["year_context_period_of"]["nouns"]),
        year_adverbial_nouns=frozenset(d["year_context_adverbials"]["nouns"]),
        year_adverbial_before=frozenset(d["year_context_adverbials"]["before"]),
        time_units=frozenset(d["time_units"]),
        time_context=frozenset(d["time_context"]),
        duration_units=frozenset(d["duration_units"]),
        score_max=int(d["score_max"]),
        score_context=frozenset(d["score_context"]),
        bound_joiners=frozenset(d["bound_joiners"]),
        change_verbs=frozenset(d["change_verbs"]["verbs"]),
        change_prepositions=frozenset(d["change_verbs"]["prepositions"]),
    )
    starts = set(lex.mods_before) | set(lex.vague) | set(lex.months) | set(lex.helft_words)
    starts |= {lex.between_word, lex.from_word, lex.negative_word, lex.article_one}
    starts |= lex.helft_determiners
    starts |= set(lex.time_context) | lex.accented_one | {_fold(a) for a in lex.accented_one}
    lex.start_words = frozenset(starts)
    # Words whose presence says a text may hold a quantity (the article "een" alone does not).
    stems = {w for w in units if w not in ("een", "nul")} | set(lex.tens) | {hundred}
    stems |= {w for w, _ in scales} | set(count_scales) | set(lex.fraction_words)
    stems |= set(lex.half_compounds) | set(lex.helft_words) | {lex.tal_suffix}
    stems |= {w for phrases in lex.vague.values() for toks, _, _ in phrases for w in toks}
    stems |= {_fold(w) for w in lex.accented_one}  # matched on the raw text too: see below
    stems.discard(lex.article_one)
    alternatives = "|".join(sorted((re.escape(w) for w in stems), key=len, reverse=True))
    lex.quick_re = re.compile(r"\d|[¼½¾⅓⅔⅛]|\b(?:" + alternatives + ")")  # on folded text
    lex.figure_re = re.compile(r"[\d¼½¾⅓⅔⅛]")
    lex.number_stem_re = re.compile(r"\b" + _trie_pattern(stems))  # on folded text
    word_stems = set(units) | set(lex.units_compound) | set(lex.tens) | {hundred}
    word_stems |= {w for w, _ in scales} | set(count_scales) | set(lex.fraction_words)
    word_stems |= set(lex.half_compounds) | {ending for ending, repl in lex.ordinal_endings if repl}
    lex.number_word_re = re.compile(_trie_pattern(word_stems))
    names = sorted(months, key=len, reverse=True)
    lex.month_re = "(?:" + "|".join(re.escape(m) for m in names) + r")\.?"
    return lex
