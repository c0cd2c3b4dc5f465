"""The result type of the number parser: one numeric expression with its offsets and bounds."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

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
