"""Single Dutch number words: cardinals (compounds included), ordinals and glued fractions."""

from __future__ import annotations

import functools
from fractions import Fraction
from typing import Any

from claimkit.numbers.lexicon import _lex


@functools.lru_cache(maxsize=16384)
def _below_hundred(s: str) -> int | None:
    lex = _lex()
    if s in lex.units:
        return lex.units[s]
    if s in lex.tens:
        return lex.tens[s]
    j = lex.joiner
    for u, v in lex.units_compound.items():
        if (
            s.startswith(u)
            and s[len(u) : len(u) + len(j)] == j
            and s[len(u) + len(j) :] in lex.tens
        ):
            return v + lex.tens[s[len(u) + len(j) :]]
    return None


def _strip_joiner(s: str) -> str:
    j = _lex().joiner
    if s.startswith(j) and len(s) > len(j):
        return s[len(j) :]
    return s


def _below_thousand(s: str) -> tuple[int, int] | None:
    lex = _lex()
    i = s.find(lex.hundred)
    if i < 0:
        v = _below_hundred(s)
        return None if v is None else (v, 1)
    left, right = s[:i], _strip_joiner(s[i + len(lex.hundred) :])
    lv = 1 if left == "" else _below_hundred(left)
    if not lv:
        return None
    if right == "":
        return lv * 100, 100
    rv = _below_hundred(right)
    if rv is None:
        return None
    return lv * 100 + rv, 1


@functools.lru_cache(maxsize=16384)
def _cardinal_word(s: str) -> tuple[int, int] | None:
    """Parse one Dutch cardinal word (compounds included) to (value, trailing magnitude)."""
    if not s or len(s) > 120:
        return None
    for word, scale in _lex().scales:
        i = s.find(word)
        if i < 0:
            continue
        left, right = s[:i], _strip_joiner(s[i + len(word) :])
        if left == "":
            lv = 1
        else:
            lr = _cardinal_word(left)
            if lr is None or lr[0] == 0 or lr[0] >= scale * 1000:
                return None
            lv = lr[0]
        if right == "":
            return lv * scale, scale
        rr = _cardinal_word(right)
        if rr is None or rr[0] >= scale:
            return None
        return lv * scale + rr[0], rr[1]
    return _below_thousand(s)


@functools.lru_cache(maxsize=16384)
def _ordinal_word(s: str) -> tuple[int, bool] | None:
    """Parse an ordinal word (``derde``, ``eenentwintigste``) to (value, plural)."""
    lex = _lex()
    plural = False
    base = s
    if s.endswith(lex.ordinal_plural_endings):
        base, plural = s[: -len(lex.ordinal_plural_suffix)], True
    for ending, repl in lex.ordinal_endings:
        if base.endswith(ending):
            stem = base[: len(base) - len(ending)] + repl
            if not stem:
                continue
            r = _cardinal_word(stem)
            if r is not None:
                return r[0], plural
            return None
    return None


@functools.lru_cache(maxsize=16384)
def _fraction_word(s: str) -> tuple[Fraction, bool] | None:
    """Parse a glued fraction word (``driekwart``, ``tweederde``, ``anderhalf``).

    Returns (value, is_half_compound).
    """
    lex = _lex()
    if s in lex.half_compounds:
        return lex.half_compounds[s], True
    for suf in lex.half_suffixes:
        if s.endswith(suf) and len(s) > len(suf):
            r = _cardinal_word(s[: -len(suf)])
            if r is not None:
                return r[0] + Fraction(1, 2), True
            return None
    for fw, den in lex.fraction_words.items():
        if s.endswith(fw) and len(s) > len(fw) and fw not in lex.fraction_word_needs_one:
            r = _cardinal_word(s[: -len(fw)])
            if r is not None and 0 < r[0] < den:
                return Fraction(r[0], den), False
            return None
    if len(s) < 8:
        return None
    for k in range(3, len(s) - 4):
        r = _cardinal_word(s[:k])
        if r is None:
            continue
        o = _ordinal_word(s[k:])
        if o is not None and o[0] >= lex.denominator_min and 0 < r[0] < o[0]:
            return Fraction(r[0], o[0]), False
    return None


# Token classes for the phrase parser.
_CARD, _ORD, _FRAC, _FWORD = 1, 2, 3, 4


@functools.lru_cache(maxsize=65536)
def _classify(norm: str) -> tuple[int, Any, Any] | None:
    """Classify a folded word: cardinal, ordinal, glued fraction, or fraction word."""
    lex = _lex()
    if norm[0] not in "abcdefghijklmnopqrstuvwxyz" or lex.number_word_re.search(norm) is None:
        return None
    r = _cardinal_word(norm)
    if r is not None:
        return (_CARD, r[0], r[1])
    if norm in lex.count_scales:
        return (_CARD, lex.count_scales[norm], lex.count_scales[norm])
    if norm in lex.fraction_words:
        return (_FWORD, lex.fraction_words[norm], norm in lex.fraction_word_needs_one)
    o = _ordinal_word(norm)
    if o is not None:
        return (_ORD, o[0], o[1])
    f = _fraction_word(norm)
    if f is not None:
        return (_FRAC, f[0], f[1])
    return None
