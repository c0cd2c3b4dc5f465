"""Dutch numeric expressions: every number a news text writes, parsed to values and bounds.

A pure module (standard library only). ``find_quantities`` scans a text left to right and returns
:class:`Quantity` objects with exact offsets; ``parse_quantity`` parses one whole expression.
All word lists live in ``claimkit/data/numbers_nl.json``. See ``docs/numbers.md``.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any, Literal

from claimkit.resources import load_json

__all__ = [
    "NOT_QUANTITY_ROLES",
    "Kind",
    "Quantity",
    "Role",
    "find_quantities",
    "parse_quantity",
]

Kind = Literal["cardinal", "decimal", "fraction", "percent", "ordinal", "range", "vague"]
Role = Literal["year", "date", "time", "phone", "score", "code", "duration"]
Number = int | float

#: Roles of things that look like numbers but are not counted quantities.
NOT_QUANTITY_ROLES: frozenset[str] = frozenset({"year", "date", "time", "phone", "score", "code"})


@dataclass(frozen=True, slots=True)
class Quantity:
    """One numeric expression found in a text.

    ``value`` is the number as written (None for ranges, vague words and most non-quantities);
    ``low``/``high`` are the bounds it implies (None: unbounded or not applicable). Values are
    ``int`` when integral, ``float`` otherwise. ``role`` is None for a counted quantity,
    ``"duration"`` for a counted span of time, and one of :data:`NOT_QUANTITY_ROLES` for numbers
    that are not quantities (claims should skip those). ``percent`` is True when the numbers are
    percentages (``25 procent`` has value 25).
    """

    text: str
    start: int
    end: int
    value: Number | None
    low: Number | None
    high: Number | None
    approximate: bool = False
    modifier: str | None = None
    kind: Kind = "cardinal"
    role: Role | None = None
    percent: bool = False

    @property
    def is_quantity(self) -> bool:
        """True unless the number is a year, date, time, phone number, score or code."""
        return self.role is None or self.role == "duration"


# --------------------------------------------------------------------------- lexicon

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


def _tokenize_key(s: str) -> tuple[str, ...]:
    return tuple(m.group() for m in _TOKEN_RE.finditer(_fold(s)))


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
    time_units: frozenset[str]
    time_context: frozenset[str]
    duration_units: frozenset[str]
    score_max: int
    score_context: frozenset[str]
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
        time_units=frozenset(d["time_units"]),
        time_context=frozenset(d["time_context"]),
        duration_units=frozenset(d["duration_units"]),
        score_max=int(d["score_max"]),
        score_context=frozenset(d["score_context"]),
    )
    starts = set(lex.mods_before) | set(lex.vague) | set(lex.months) | set(lex.helft_words)
    starts |= {lex.between_word, lex.from_word, lex.negative_word, lex.article_one}
    starts |= lex.helft_determiners
    starts |= set(lex.time_context) | lex.accented_one | {_fold(a) for a in lex.accented_one}
    lex.start_words = frozenset(starts)
    names = sorted(months, key=len, reverse=True)
    lex.month_re = "(?:" + "|".join(re.escape(m) for m in names) + r")\.?"
    return lex


# --------------------------------------------------------------------------- single words


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
    if norm[0] not in "abcdefghijklmnopqrstuvwxyz":
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


# --------------------------------------------------------------------------- digit patterns

_DIGIT_RE = re.compile(
    r"""
    (?:
        (?P<dots>\d{1,3}(?:\.\d{3})+)(?!\d)
      | (?P<spaces>\d{1,3}(?:[ \u00a0\u202f]\d{3})+)(?!\d)
      | (?P<eng>\d+\.(?:\d{1,2}|\d{4,}))(?!\d)
      | (?P<plain>\d+)
      | (?=,\d)
    )
    (?:,(?P<dec>\d+))?
    (?:(?P<exp>[eE][+-]?\d+)(?![^\W\d_]))?
    (?:\^(?P<pow>[+-]*\d+))?
    """,
    re.VERBOSE | re.ASCII,
)
_MAX_EXP = 30  # larger exponents (1e999, 2^400) are not news quantities
_CHAIN_RE = re.compile(r"\d+(?:[.,]\d+)+", re.ASCII)
_SUFFIX_RE = re.compile(r" ?(?P<s>[A-Za-z])(?![\w])")
_FRAC_RE = re.compile(r"/(?P<d>\d+)(?![/\d])", re.ASCII)
_MIXED_RE = re.compile(r"\s+(?P<n>\d+)/(?P<d>\d+)(?![/\d])", re.ASCII)
_WORDTAIL_RE = re.compile(r"[^\W\d_]+")
_CODE_TAIL_RE = re.compile(r"[\d\w\-]*")
_PHONE_RE = re.compile(
    r"(?:\+\d{1,3}|\(0\d{1,4}\)|0\d{1,4})(?:[ \-/.]?\(?\d{1,8}\)?){1,5}(?![\d])",
    re.ASCII,
)
_DATE_NUM_RE = re.compile(
    r"(?P<d>\d{1,2})(?P<s>[-/.])(?P<m>\d{1,2})(?P=s)(?P<y>\d{4}|\d{2})(?![\d])"
    r"|(?P<y2>\d{4})-(?P<m2>\d{1,2})(?:-(?P<d2>\d{1,2}))?(?![\d])",
    re.ASCII,
)


@functools.cache
def _time_re() -> re.Pattern[str]:
    units = "|".join(re.escape(u) for u in sorted(_lex().time_units, key=len, reverse=True))
    return re.compile(
        r"(?P<h>[01]?\d|2[0-4])(?P<sep>[:.]|u)(?P<m>[0-5]\d)(?!\d)"
        r"(?P<uur>\s*(?:" + units + r")\b)?",
        re.ASCII,
    )


@functools.cache
def _date_word_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    lex = _lex()
    sufs = "|".join(sorted(lex.ordinal_digit_suffixes, key=len, reverse=True))
    mr = lex.month_re
    day_month = re.compile(
        r"(?P<d>\d{1,2})(?:" + sufs + r")?(?:\s+" + re.escape(lex.from_word) + r")?\s+"
        r"(?P<mon>" + mr + r")(?![^\W\d_])"
        r"(?:\s+(?P<y>\d{4})(?!\d))?",
        re.IGNORECASE,
    )
    month_year = re.compile(r"(?P<mon>" + mr + r")\s+(?P<y>\d{4})(?!\d)", re.IGNORECASE)
    return day_month, month_year


# --------------------------------------------------------------------------- parse results


@dataclass(slots=True)
class _Num:
    """A parsed number expression (no modifiers)."""

    value: Fraction
    end_tok: int
    kind: str = "cardinal"
    base: Fraction | None = None
    scale: int = 1
    digits: bool = False
    plain_int: bool = False
    percent: bool = False
    role: str | None = None
    n_digits: int = 0


@dataclass(slots=True)
class _Piece:
    value: Fraction
    tm: int
    een: bool = False
    fraction: bool = False
    en_scale: int = 0


class _Scanner:
    """One pass over one text."""

    __slots__ = ("E", "K", "N", "S", "floor", "lex", "n", "raw", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.lex = _lex()
        folded = _fold(text)
        if len(folded) != len(text):  # case mappings that change length: fold per char
            folded = "".join(_fold(c) if len(_fold(c)) == 1 else c for c in text)
        S: list[int] = []
        E: list[int] = []
        N: list[str] = []
        K: list[str] = []
        for m in _TOKEN_RE.finditer(folded):
            s = m.group()
            S.append(m.start())
            E.append(m.end())
            N.append(s)
            c = s[0]
            K.append("d" if c.isdigit() and s.isascii() else ("w" if c.isalpha() else "p"))
        self.S, self.E, self.N, self.K = S, E, N, K
        self.n = len(S)
        self.raw = text
        self.floor = 0  # first token not yet inside an emitted quantity

    # ---- helpers
    def gap(self, j: int) -> str:
        """Text between token j-1 and token j."""
        return self.text[self.E[j - 1] : self.S[j]]

    def spaced(self, j: int) -> bool:
        """Token j follows token j-1 after whitespace only (at least one char)."""
        if j <= 0 or j >= self.n:
            return False
        g = self.gap(j)
        return bool(g) and g.isspace()

    def tok_at(self, offset: int) -> int:
        return bisect_left(self.S, offset)

    def word(self, j: int) -> str | None:
        return self.N[j] if 0 <= j < self.n and self.K[j] == "w" else None

    def match_seq(self, j: int, seq: tuple[str, ...]) -> int:
        """Index after ``seq`` if tokens from j spell it (whitespace or glued), else -1."""
        if j + len(seq) > self.n:
            return -1
        for k, w in enumerate(seq):
            if self.N[j + k] != w:
                return -1
            if k and self.K[j + k] == "w" and self.K[j + k - 1] == "w" and not self.spaced(j + k):
                return -1
        return j + len(seq)

    def is_accented_one(self, j: int) -> bool:
        return self.text[self.S[j] : self.E[j]].lower() in self.lex.accented_one

    def word_class(self, j: int) -> tuple[int, Any, Any] | None:
        if j >= self.n or self.K[j] != "w":
            return None
        return _classify(self.N[j])

    # ---- digits
    def digit_number(self, j: int) -> _Num | None:
        """A number written with digits starting at token j (token may be ',')."""
        text = self.text
        pos = self.S[j]
        m = _DIGIT_RE.match(text, pos)
        if m is None or m.end() == pos:
            return None
        end = m.end()
        lex = self.lex
        chain = _CHAIN_RE.match(text, pos)
        if chain is not None and chain.end() > end and not m.group("pow"):
            return _Num(Fraction(0), self.tok_at(chain.end()), role="code")
        if m.group("dots"):
            ip = m.group("dots").replace(".", "")
        elif m.group("spaces"):
            ip = re.sub(r"\D", "", m.group("spaces"))
        elif m.group("eng"):
            ip = m.group("eng")
        else:
            ip = m.group("plain") or "0"
        value = Fraction(ip)
        dec = m.group("dec")
        decimal = bool(dec) or bool(m.group("eng"))
        if dec:
            value += Fraction(int(dec), 10 ** len(dec))
        plain = bool(m.group("plain")) and not dec and not m.group("exp")
        n_digits = len(m.group("plain") or "")
        if m.group("exp"):
            e = int(m.group("exp")[1:])
            if abs(e) > _MAX_EXP:
                return None
            value *= Fraction(10) ** e
            plain = False
        if m.group("pow"):
            p = m.group("pow")
            sign = -1 if p.count("-") % 2 else 1
            e = int(p.strip("+-"))
            if e > _MAX_EXP or (value == 0 and sign < 0):
                return None
            try:
                value = Fraction(float(value) ** (sign * e))
            except (OverflowError, ValueError, ZeroDivisionError):
                return None
            plain = False
        kind = "decimal" if decimal else "cardinal"
        # glued fraction 3/4 or mixed 2 1/4
        if plain:
            fm = _FRAC_RE.match(text, end)
            if fm and int(fm.group("d")):
                value = value / int(fm.group("d"))
                return _Num(value, self.tok_at(fm.end()), kind="fraction", digits=True)
            mm = _MIXED_RE.match(text, end)
            if mm and int(mm.group("d")) and int(mm.group("n")) < int(mm.group("d")):
                value += Fraction(int(mm.group("n")), int(mm.group("d")))
                return _Num(value, self.tok_at(mm.end()), kind="fraction", digits=True)
        # multiplier suffix (10k, 2,33 k, 10G, 1,2b)
        sm = _SUFFIX_RE.match(text, end)
        if sm is not None:
            s = sm.group("s")
            mult = lex.digit_suffixes.get(s) or (
                lex.digit_suffix_after_decimal.get(s) if dec else None
            )
            if mult and not (sm.group().startswith(" ") and s not in "kK"):
                return _Num(value * mult, self.tok_at(sm.end()), kind="cardinal", digits=True)
        # glued letters: ordinal suffix or a code (MH17 style handled by caller, 180ml here)
        wm = _WORDTAIL_RE.match(text, end)
        if wm is not None:
            tail = wm.group().lower()
            if plain and tail in lex.ordinal_digit_suffixes:
                return _Num(value, self.tok_at(wm.end()), kind="ordinal", digits=True)
            return _Num(value, self.tok_at(wm.end()), role="code")
        nxt = self.tok_at(end)
        return _Num(
            value,
            nxt,
            kind=kind,
            digits=True,
            plain_int=plain,
            n_digits=n_digits if plain else 0,
        )

    # ---- words
    def denominator(self, k: int) -> tuple[int, int, bool, bool] | None:
        """A fraction denominator at token k: (den, next index, plural, is_ordinal_word)."""
        if k >= self.n:
            return None
        j = k
        if self.N[j] in ("-", "/") and j + 1 < self.n:
            j += 1
        elif not self.spaced(j):
            return None
        c = self.word_class(j)
        if c is None:
            return None
        if c[0] == _ORD and c[1] >= self.lex.denominator_min:
            return c[1], j + 1, c[2], True
        if c[0] == _FWORD:
            return c[1], j + 1, False, False
        return None

    def fraction_follows(self, k: int) -> bool:
        """After ``een <ordinal>``: does the next token make it a fraction, not an ordinal?"""
        if k >= self.n:
            return True
        if self.K[k] != "w":
            return self.N[k] not in ("-",)
        return self.N[k] in self.lex.fraction_followers

    def words_number(
        self, i: int, *, allow_en: bool = True, digits: _Num | None = None
    ) -> _Num | None:
        """Parse a number phrase of words (or digits followed by multiplier words) at token i."""
        lex = self.lex
        pieces: list[_Piece] = []
        saw_fraction = saw_scale = half_word = decimal = False
        last_scale_base: Fraction | None = None
        last_scale = 1
        j = i
        after_fraction = False
        if digits is not None:
            pieces.append(_Piece(digits.value, 1))
            j = digits.end_tok
            decimal = digits.kind == "decimal"
        while j < self.n:
            if j > i and not self.spaced(j):
                break
            c = self.word_class(j)
            norm = self.N[j]
            if c is None:
                if (
                    norm == lex.joiner
                    and allow_en
                    and pieces
                    and self.en_continues(j + 1, pieces, digits is not None or after_fraction)
                ):
                    j += 1
                    after_fraction = False
                    continue
                if norm == lex.decimal_word and pieces and not saw_fraction and digits is None:
                    got = self.komma(j + 1)
                    if got is not None:
                        frac, j = got
                        pieces.append(_Piece(frac, 1))
                        decimal = True
                break
            cls, val, extra = c
            plain_een = norm == lex.article_one and not self.is_accented_one(j)
            prev_en = j > i and self.N[j - 1] == lex.joiner
            en_scale = (
                pieces[-1].tm
                if prev_en and pieces and pieces[-1].tm >= lex.fraction_scale_min
                else 0
            )
            if cls == _CARD:
                pure = norm in lex.pure_scales
                if pure and pieces:
                    scale = lex.pure_scales[norm]
                    k = len(pieces)
                    while k > 0 and pieces[k - 1].value < scale:
                        k -= 1
                    if k == len(pieces):
                        break
                    popped = pieces[k:]
                    base = sum((p.value for p in popped), Fraction(0))
                    del pieces[k:]
                    pieces.append(_Piece(base * scale, scale))
                    saw_scale = True
                    last_scale_base, last_scale = base, scale
                    after_fraction = False
                    j += 1
                    continue
                den = self.denominator(j + 1)
                if (digits is not None or after_fraction) and (den is None or not prev_en):
                    break
                if den is not None:
                    d, nxt, plural, is_ord = den
                    tm = extra
                    if is_ord and not plural and tm > d:
                        total = sum((p.value for p in pieces), Fraction(0)) + val + d
                        return _Num(total, nxt, kind="ordinal")
                    if is_ord and not plural and d >= lex.ordinal_scale_min and not plain_een:
                        total = sum((p.value for p in pieces), Fraction(0)) + val
                        return _Num(total * d, nxt, kind="ordinal")
                    needs_one = not is_ord and self.N[nxt - 1] in lex.fraction_word_needs_one
                    ok = True
                    if needs_one and not (plain_een or self.is_accented_one(j)):
                        ok = False
                    if (
                        ok
                        and is_ord
                        and plain_een
                        and not plural
                        and not self.fraction_follows(nxt)
                    ):
                        ok = False
                    if ok and val > 0:
                        pieces.append(_Piece(Fraction(val, d), 1, fraction=True, en_scale=en_scale))
                        saw_fraction = True
                        after_fraction = True
                        j = nxt
                        continue
                    if plain_een:
                        break
                if pieces and not (val < pieces[-1].tm):
                    break
                pieces.append(_Piece(Fraction(val), extra, een=plain_een))
                j += 1
                continue
            if cls == _FRAC:
                if (digits is not None and not prev_en) or after_fraction:
                    break
                pieces.append(_Piece(val, 1, fraction=True, en_scale=en_scale))
                saw_fraction = True
                half_word = half_word or bool(extra)
                after_fraction = True
                j += 1
                continue
            if cls == _ORD:
                if (
                    pieces
                    and not extra
                    and not after_fraction
                    and digits is None
                    and val < pieces[-1].tm
                ):
                    total = sum((p.value for p in pieces), Fraction(0)) + val
                    return _Num(total, j + 1, kind="ordinal")
                if not pieces and not extra:
                    return _Num(Fraction(val), j + 1, kind="ordinal")
                break
            break
        # drop a trailing bare "een" (``tweeduizend een ...``) and a lone "een"
        while pieces and pieces[-1].een:
            pieces.pop()
            j -= 1
            while j > i and self.N[j - 1] == lex.joiner:
                j -= 1
        if not pieces:
            return None
        # ``een en een vierde``: the leading een stays only when more follows
        if len(pieces) == 1 and pieces[0].een:
            return None
        total = Fraction(0)
        for p in pieces:
            total += p.value * p.en_scale if (p.fraction and p.en_scale) else p.value
        # trailing joiner consumed but nothing after it
        while j > i and self.N[j - 1] == lex.joiner:
            j -= 1
        if saw_fraction and not saw_scale:
            kind = "decimal" if half_word and len(pieces) == 1 else "fraction"
        elif total.denominator != 1:
            kind = "decimal"
        else:
            kind = "cardinal"
        if decimal and total.denominator != 1:
            kind = "decimal"
        ends_with_scale = saw_scale and pieces[-1].tm == last_scale and len(pieces) == 1
        return _Num(
            total,
            j,
            kind=kind,
            base=last_scale_base if ends_with_scale else None,
            scale=last_scale if ends_with_scale else 1,
            digits=digits is not None,
            plain_int=digits is not None and digits.plain_int and not saw_scale,
            n_digits=digits.n_digits if digits is not None and not saw_scale else 0,
        )

    def en_continues(self, k: int, pieces: list[_Piece], only_fraction: bool) -> bool:
        """After the joiner ``en``: does a number part follow that belongs to this number?"""
        if k >= self.n or not self.spaced(k):
            return False
        c = self.word_class(k)
        if c is None:
            return False
        lex = self.lex
        if c[0] == _FRAC:
            return True
        if c[0] == _CARD:
            den = self.denominator(k + 1)
            if den is not None and (not den[3] or not den[2]):
                return True
            if only_fraction:
                return False
            if self.N[k] == lex.article_one and not self.is_accented_one(k):
                return False
            last = pieces[-1]
            return last.tm > 1 and c[1] < last.tm
        if c[0] == _ORD and not c[2] and not only_fraction:
            return c[1] < pieces[-1].tm
        return False

    def komma(self, k: int) -> tuple[Fraction, int] | None:
        """Digits spoken after ``komma``: ``vijf komma vijf``."""
        digits = ""
        j = k
        while j < self.n and self.spaced(j):
            c = self.word_class(j)
            if c is None or c[0] != _CARD or c[1] >= 100:
                break
            digits += str(c[1])
            j += 1
        if not digits:
            return None
        return Fraction(int(digits), 10 ** len(digits)), j

    # ---- a number of any form (no modifiers)
    def number(self, i: int, *, allow_en: bool = True, allow_een: bool = False) -> _Num | None:
        if i >= self.n:
            return None
        lex = self.lex
        kind = self.K[i]
        neg = False
        j = i
        if kind == "p" and self.N[i] in ("-", "+") and i + 1 < self.n and self.K[i + 1] == "d":
            if self.E[i] != self.S[i + 1]:
                return None
            if i > 0 and not (self.gap(i) or self.N[i - 1] in ("(", "[")):
                return None
            neg = self.N[i] == "-"
            j = i + 1
        elif kind == "w" and self.N[i] == lex.negative_word and self.spaced(i + 1):
            inner = self.number(i + 1, allow_en=allow_en, allow_een=True)
            if inner is None or inner.role or inner.kind == "ordinal":
                return None
            inner.value = -inner.value
            inner.base = -inner.base if inner.base is not None else None
            inner.plain_int = False
            return inner
        if self.K[j] == "d" or (self.N[j] == "," and j + 1 < self.n and self.K[j + 1] == "d"):
            if self.N[j] == "," and j > 0 and not self.gap(j) and self.K[j - 1] in ("d", "w"):
                return None
            if j > 0 and self.K[j - 1] == "w" and not self.gap(j):
                return self.code_from(j)
            if (
                j > 1
                and self.N[j - 1] == "-"
                and self.K[j - 2] == "w"
                and not self.gap(j - 1)
                and not self.gap(j)
            ):
                return self.code_from(j)
            num = self.digit_number(j)
            if num is None:
                return None
            if num.role is None and num.kind in ("cardinal", "decimal"):
                ext = self.words_number(j, allow_en=allow_en, digits=num)
                if ext is not None and ext.end_tok > num.end_tok:
                    num = ext
            if neg:
                num.value = -num.value
                num.base = -num.base if num.base is not None else None
                num.plain_int = False
            return num
        if kind != "w":
            return None
        num = self.words_number(i, allow_en=allow_en)
        if num is None and allow_een and self.N[i] == lex.article_one:
            return _Num(Fraction(1), i + 1)
        return num

    def code_from(self, j: int) -> _Num:
        """``MH17``, ``F-16``, ``180ml``: a code, not a quantity."""
        end = _WORDTAIL_RE.match(self.text, self.E[j])
        e = end.end() if end else self.E[j]
        m = _CODE_TAIL_RE.match(self.text, e)
        e = m.end() if m else e
        return _Num(Fraction(0), self.tok_at(e), role="code")

    # ---- cores: what a modifier can stand before
    def with_percent(self, num: _Num) -> _Num:
        """Take a following ``procent`` / ``%`` / ``pct.`` into the number."""
        e = num.end_tok
        if e >= self.n or num.kind == "ordinal" or num.role:
            return num
        tok = self.N[e]
        if tok == "%" and self.gap(e) in ("", " ", "\u00a0", "\u202f"):
            num.end_tok, num.percent = e + 1, True
        elif tok in self.lex.percent_units and self.spaced(e):
            e += 1
            if (
                e < self.n
                and self.N[e] == "."
                and not self.gap(e)
                and tok in self.lex.percent_abbreviations
            ):
                e += 1
            num.end_tok, num.percent = e, True
        return num

    def is_year_num(self, num: _Num) -> bool:
        lex = self.lex
        return (
            num.plain_int
            and num.n_digits == 4
            and not num.percent
            and lex.year_min <= num.value <= lex.year_max
        )

    def year_context(self, start: int, end: int, *, weak: bool = False) -> bool:
        """Is the number (tokens start..end) a year by the words around it?"""
        lex = self.lex
        prev = self.N[start - 1] if start > 0 else ""
        if prev in lex.year_strong:
            return True
        if prev in lex.year_weak or prev == "(" or weak:
            if end < self.n and self.K[end] == "w" and self.spaced(end):
                return not self.text[self.S[end]].islower()
            return True
        return False

    def range_tail(self, a: _Num, start: int) -> dict[str, Any] | None:
        """``A tot B``, ``A à B``, ``A-B``: A is parsed, try the rest."""
        lex = self.lex
        e = a.end_tok
        for seq in lex.infix:
            t = self.match_seq(e, seq)
            if t < 0 or t >= self.n:
                continue
            if seq[0].isalpha() and not (self.spaced(e) and self.spaced(t)):
                continue
            if not seq[0].isalpha():
                g1, g2 = self.gap(e), self.gap(t)
                if (g1 and not g1.isspace()) or (g2 and not g2.isspace()) or len(g1 + g2) > 2:
                    continue
            b = self.number(t)
            if b is None or b.role or b.kind == "ordinal":
                continue
            b = self.with_percent(b)
            dash = not seq[0].isalpha()
            if dash and a.plain_int and b.plain_int and not a.percent:
                av, bv = int(a.value), int(b.value)
                if av <= lex.score_max and bv <= lex.score_max and b.end_tok == t + 1:
                    ctx = {self.N[k] for k in range(max(0, start - 5), start)}
                    if av >= bv or ctx & lex.score_context:
                        return {"end": b.end_tok, "role": "score"}
            return self.make_range(a, b, start, weak_year=dash)
        return None

    def make_range(
        self, a: _Num, b: _Num, start: int, *, weak_year: bool = False
    ) -> dict[str, Any] | None:
        lo, hi = a.value, b.value
        if a.scale == 1 and b.scale > 1 and b.base is not None and 0 <= lo <= b.base:
            lo = lo * b.scale
        if lo >= hi:
            return None
        percent = a.percent or b.percent
        res: dict[str, Any] = {
            "end": b.end_tok,
            "kind": "range",
            "low": lo,
            "high": hi,
            "value": None,
            "percent": percent,
        }
        if (
            self.is_year_num(a)
            and self.is_year_num(b)
            and self.year_context(start, b.end_tok, weak=weak_year)
        ):
            res["role"] = "year"
        return res

    def number_p(self, j: int, **kw: Any) -> _Num | None:
        num = self.number(j, **kw)
        return None if num is None else self.with_percent(num)

    def core(self, j: int) -> dict[str, Any] | None:
        """The quantity proper at token j (no modifiers before it)."""
        lex = self.lex
        if j >= self.n:
            return None
        norm = self.N[j]
        kind = self.K[j]
        if kind == "w":
            if norm == lex.between_word:
                k = j + 1
                if k < self.n and self.N[k] in lex.between_dets:
                    k += 1
                a = self.number_p(k, allow_en=False)
                if a is not None and not a.role and a.kind != "ordinal":
                    e = a.end_tok
                    if e + 1 < self.n and self.N[e] == lex.between_joiner and self.spaced(e + 1):
                        b = self.number_p(e + 1)
                        if b is not None and not b.role and b.kind != "ordinal":
                            r = self.make_range(a, b, j, weak_year=True)
                            if r is not None:
                                return r
            if norm == lex.from_word:
                k = j + 1
                if k < self.n and self.N[k] in lex.from_dets:
                    k += 1
                a = self.number_p(k, allow_en=False)
                if a is not None and not a.role and a.kind != "ordinal":
                    for seq in lex.from_joiners:
                        t = self.match_seq(a.end_tok, seq)
                        if t < 0 or not self.spaced(a.end_tok):
                            continue
                        b = self.number_p(t)
                        if b is not None and not b.role and b.kind != "ordinal":
                            r = self.make_range(a, b, j, weak_year=True)
                            if r is not None:
                                return r
                        break
            for toks, lo, hi in lex.vague.get(norm, ()):
                e = self.match_seq(j, toks)
                if e < 0:
                    continue
                mult = 1
                if toks in lex.vague_times_scale and e < self.n and self.spaced(e):
                    sc = lex.pure_scales.get(self.N[e])
                    if sc is not None and sc >= 100:
                        mult, e = sc, e + 1
                return {
                    "end": e,
                    "kind": "vague",
                    "value": None,
                    "low": None if lo is None else Fraction(lo * mult),
                    "high": None if hi is None else Fraction(hi * mult),
                    "approximate": True,
                }
            k = j + 1 if norm in lex.helft_determiners else j
            if k < self.n and self.N[k] in lex.helft_words and (k == j or self.spaced(k)):
                v = Fraction(1, 2)
                return {"end": k + 1, "kind": "fraction", "value": v, "low": v, "high": v}
            k = j + 1 if norm == lex.tal_article else j
            if k < self.n and (k == j or self.spaced(k)) and self.K[k] == "w":
                w = self.N[k]
                if w.endswith(lex.tal_suffix) and w[: -len(lex.tal_suffix)] in lex.tal_bases:
                    v = Fraction(lex.tal_bases[w[: -len(lex.tal_suffix)]])
                    return {
                        "end": k + 1,
                        "kind": "cardinal",
                        "value": v,
                        "low": v,
                        "high": v,
                        "approximate": True,
                        "modifier": lex.tal_modifier,
                    }
        elif kind == "p" and len(norm) == 1 and norm in _VULGAR:
            v = _VULGAR[norm]
            return {"end": j + 1, "kind": "fraction", "value": v, "low": v, "high": v}
        # ratio: een op de vijf, 1 uit 3, één van de twintig
        a = self.number(j, allow_een=True)
        if a is None:
            return None
        if a.role:
            return {"end": a.end_tok, "role": a.role}
        e = a.end_tok
        if (
            a.kind == "cardinal"
            and a.value.denominator == 1
            and a.value > 0
            and e < self.n
            and self.N[e] in lex.ratio_words
            and self.spaced(e)
        ):
            dets = lex.ratio_words[self.N[e]]
            k = e + 1
            if k < self.n and self.N[k] in dets and self.spaced(k):
                k += 1
            elif "" not in dets:
                k = -1
            if k > 0 and self.spaced(k):
                b = self.number(k, allow_en=False)
                if (
                    b is not None
                    and not b.role
                    and b.kind == "cardinal"
                    and b.value.denominator == 1
                    and b.value > 1
                    and b.value >= a.value
                ):
                    v = a.value / b.value
                    return {"end": b.end_tok, "kind": "fraction", "value": v, "low": v, "high": v}
        if (
            self.N[j] == lex.article_one
            and not self.is_accented_one(j)
            and a.value == 1
            and a.end_tok == j + 1
        ):
            return None
        a = self.with_percent(a)
        if a.kind != "ordinal":
            r = self.range_tail(a, j)
            if r is not None:
                return r
        v = a.value
        res: dict[str, Any] = {
            "end": a.end_tok,
            "kind": "percent" if a.percent else a.kind,
            "value": v,
            "low": None if a.kind == "ordinal" else v,
            "high": None if a.kind == "ordinal" else v,
            "percent": a.percent,
        }
        if a.kind == "ordinal":
            e = a.end_tok
            if e < self.n and self.spaced(e) and self.N[e] in lex.months:
                res = {"end": e + 1, "role": "date"}
        elif self.is_year_num(a) and a.end_tok == j + 1 and self.year_context(j, a.end_tok):
            res["role"] = "year"
            res["low"] = res["high"] = None
        return res

    # ---- non-quantities anchored at a token
    def special(self, i: int) -> tuple[int, str] | None:
        """Phone numbers, dates and times: (end offset, role)."""
        text = self.text
        pos = self.S[i]
        lex = self.lex
        norm = self.N[i]
        if self.K[i] == "w":
            if norm in lex.months:
                m = _date_word_res()[1].match(text, pos)
                if m is not None:
                    return m.end(), "date"
            return None
        if i > 0 and not self.gap(i) and self.K[i - 1] in ("d", "w"):
            return None
        if norm in ("+", "(") or (norm.startswith("0") and len(norm) >= 2):
            m = _PHONE_RE.match(text, pos)
            if m is not None:
                nd = sum(c.isdigit() for c in m.group())
                if 9 <= nd <= 15 and (norm != "0" or nd >= 10):
                    return m.end(), "phone"
        if self.K[i] != "d":
            return None
        m = _DATE_NUM_RE.match(text, pos)
        if m is not None:
            if m.group("d"):
                if 1 <= int(m.group("d")) <= 31 and 1 <= int(m.group("m")) <= 12:
                    return m.end(), "date"
            elif (
                lex.year_min <= int(m.group("y2")) <= lex.year_max and 1 <= int(m.group("m2")) <= 12
            ):
                return m.end(), "date"
        m = _time_re().match(text, pos)
        if m is not None:
            prev = self.N[i - 1] if i > 0 else ""
            if m.group("sep") != "." or m.group("uur") or prev in lex.time_context:
                return m.end(), "time"
        m = _date_word_res()[0].match(text, pos)
        if m is not None and 1 <= int(m.group("d")) <= 31:
            return m.end(), "date"
        return None

    def modifier(
        self, j: int, index: dict[str, list[tuple[tuple[str, ...], str]]]
    ) -> tuple[str, int] | None:
        if j >= self.n:
            return None
        for toks, key in index.get(self.N[j], ()):
            e = self.match_seq(j, toks)
            if e >= 0:
                return key, e
        return None

    def match_at(self, i: int) -> tuple[Quantity, int] | None:
        lex = self.lex
        k = self.K[i]
        if k == "d" or self.N[i] in ("+", "(") or (k == "w" and self.N[i] in lex.months):
            sp = self.special(i)
            if sp is not None:
                end, role = sp
                return self.make(self.S[i], end, {"role": role}), self.tok_at(end)
        mods: list[str] = []
        j = i
        while len(mods) < 2:
            got = self.modifier(j, lex.mods_before)
            if got is None or got[1] >= self.n or not self.gap(got[1]).isspace():
                break
            mods.append(got[0])
            j = got[1]
        core = self.core(j)
        if core is None:
            return None
        end_tok: int = core["end"]
        role = core.get("role")
        start_tok = j
        if role == "code":
            while (
                start_tok > self.floor and not self.gap(start_tok) and self.K[start_tok - 1] != "p"
            ) or (
                start_tok > self.floor + 1
                and self.N[start_tok - 1] == "-"
                and not self.gap(start_tok)
                and self.K[start_tok - 2] == "w"
                and not self.gap(start_tok - 1)
            ):
                start_tok -= 1
        post: list[str] = []
        if not role and core.get("kind") not in ("ordinal",):
            e = end_tok
            got = self.modifier(e, lex.mods_after)
            if got is not None and (self.spaced(e) or (got[0] == "+" and not self.gap(e))):
                if not (got[0] == "+" and got[1] < self.n and self.K[got[1]] == "d"):
                    post.append(got[0])
                    end_tok = got[1]
            elif (
                e < self.n
                and self.spaced(e)
                and self.N[e] in lex.duration_units
                and not core.get("percent")
            ):
                prev = self.N[j - 1] if j > 0 else ""
                if self.N[e] in lex.time_units and prev in lex.time_context and not mods:
                    role = "time"
                    end_tok = e + 1
                else:
                    role = "duration"
        if role in NOT_QUANTITY_ROLES or core.get("kind") == "ordinal":
            mods = []
        if role == "time":
            core = {"role": "time"}
        start = self.S[i] if mods else self.S[start_tok]
        end = self.E[end_tok - 1]
        core["role"] = role
        keys = mods + post
        if keys:
            low, high = core.get("low"), core.get("high")
            approx = bool(core.get("approximate"))
            for key in reversed(keys):
                bound, ap = lex.mod_effect[key]
                approx = approx or ap
                if bound == "lower":
                    high = None
                elif bound == "upper":
                    low = None
            core["low"], core["high"], core["approximate"] = low, high, approx
            core["modifier"] = " + ".join(keys) if not core.get("modifier") else core["modifier"]
        return self.make(start, end, core), end_tok

    def make(self, start: int, end: int, c: dict[str, Any]) -> Quantity:
        role = c.get("role")
        if role in NOT_QUANTITY_ROLES and role != "year" and c.get("kind") != "range":
            return Quantity(
                self.text[start:end], start, end, None, None, None, kind="cardinal", role=role
            )

        def num(x: Any) -> Number | None:
            return None if x is None else _to_number(Fraction(x))

        return Quantity(
            text=self.text[start:end],
            start=start,
            end=end,
            value=num(c.get("value")),
            low=num(c.get("low")),
            high=num(c.get("high")),
            approximate=bool(c.get("approximate")),
            modifier=c.get("modifier"),
            kind=c.get("kind", "cardinal"),
            role=role,
            percent=bool(c.get("percent")),
        )

    def scan(self) -> list[Quantity]:
        lex = self.lex
        out: list[Quantity] = []
        N, K = self.N, self.K
        starts = lex.start_words
        i = 0
        n = self.n
        while i < n:
            k = K[i]
            if k == "w":
                w = N[i]
                if w not in starts and _classify(w) is None and not w.endswith(lex.tal_suffix):
                    i += 1
                    continue
            elif k == "p" and N[i] not in _PUNCT_STARTS:
                i += 1
                continue
            got = self.match_at(i)
            if got is None:
                i += 1
                continue
            q, nxt = got
            out.append(q)
            i = max(nxt, i + 1)
            self.floor = i
        return out


_VULGAR: dict[str, Fraction] = {
    "¼": Fraction(1, 4), "½": Fraction(1, 2), "¾": Fraction(3, 4), "⅐": Fraction(1, 7),
    "⅑": Fraction(1, 9), "⅒": Fraction(1, 10), "⅓": Fraction(1, 3), "⅔": Fraction(2, 3),
    "⅕": Fraction(1, 5), "⅖": Fraction(2, 5), "⅗": Fraction(3, 5), "⅘": Fraction(4, 5),
    "⅙": Fraction(1, 6), "⅚": Fraction(5, 6), "⅛": Fraction(1, 8), "⅜": Fraction(3, 8),
    "⅝": Fraction(5, 8), "⅞": Fraction(7, 8),
}  # fmt: skip
_PUNCT_STARTS = frozenset({"-", "+", ",", "(", *_VULGAR})


def find_quantities(text: str) -> list[Quantity]:
    """Every numeric expression in ``text``, left to right, with exact offsets."""
    if not text:
        return []
    return _Scanner(text).scan()


def parse_quantity(text: str) -> Quantity | None:
    """Parse ``text`` as exactly one numeric expression (surrounding whitespace allowed)."""
    found = find_quantities(text)
    lead = len(text) - len(text.lstrip())
    tail = len(text.rstrip())
    if len(found) == 1 and found[0].start == lead and found[0].end == tail:
        return found[0]
    return None
