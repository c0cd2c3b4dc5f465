"""Regular expressions for numbers written with digits, dates, times and phone numbers."""

from __future__ import annotations

import functools
import re
from fractions import Fraction

from claimkit.numbers.lexicon import _lex

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


_VULGAR: dict[str, Fraction] = {
    "¼": Fraction(1, 4), "½": Fraction(1, 2), "¾": Fraction(3, 4), "⅐": Fraction(1, 7),
    "⅑": Fraction(1, 9), "⅒": Fraction(1, 10), "⅓": Fraction(1, 3), "⅔": Fraction(2, 3),
    "⅕": Fraction(1, 5), "⅖": Fraction(2, 5), "⅗": Fraction(3, 5), "⅘": Fraction(4, 5),
    "⅙": Fraction(1, 6), "⅚": Fraction(5, 6), "⅛": Fraction(1, 8), "⅜": Fraction(3, 8),
    "⅝": Fraction(5, 8), "⅞": Fraction(7, 8),
}  # fmt: skip
_PUNCT_STARTS = frozenset({"-", "+", ",", "(", *_VULGAR})
