"""Dutch numeric expressions: every number a news text writes, parsed to values and bounds.

A pure package (standard library only). ``find_quantities`` scans a text left to right and
returns :class:`Quantity` objects with exact offsets; ``parse_quantity`` parses one whole
expression. All word lists live in ``claimkit/data/numbers_nl.json``. See ``docs/numbers.md``.

The scanner is built in layers, one file each: ``tokens`` (the text as tokens), ``digits``,
``phrases`` (number words), ``expressions`` (percentages, ranges, ratios, vague amounts, dates)
and ``scanner`` (modifiers, comparatives and bounds, and the pass itself).
"""

from __future__ import annotations

from claimkit.numbers.lexicon import _fold_lowered, _lex
from claimkit.numbers.quantity import NOT_QUANTITY_ROLES, Kind, Quantity, Role
from claimkit.numbers.scanner import _Scanner

__all__ = [
    "NOT_QUANTITY_ROLES",
    "Kind",
    "Quantity",
    "Role",
    "find_quantities",
    "might_contain_quantity",
    "parse_quantity",
]


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


def might_contain_quantity(text: str) -> bool:
    """A quick test for skipping texts cheaply: False only when ``text`` holds no counted
    quantity for sure (no digit, no cardinal, fraction or vague number word, no ``één``);
    True does not promise one. Ordinal words are not looked for."""
    lex = _lex()
    lowered = text.lower()
    if any(one in lowered for one in lex.accented_one):
        return True
    # quick_re in two parts: digits and fraction signs, which folding leaves as they are, are
    # looked for in the text as it is; stems of number words in the folded text
    if lex.figure_re.search(text) is not None:
        return True
    return lex.number_stem_re.search(_fold_lowered(lowered)) is not None
