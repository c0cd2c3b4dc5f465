"""Article dates: the optional ``date YYYY-MM[-DD]`` header, and the period a date stands for."""

from __future__ import annotations

import calendar
import datetime as dt
import re

from claimkit.errors import DateHeaderError, InvalidInputError

# The word that opens a header line: " date ", "date:", "Date: ".
_HEADER_START = r"\A[ \t\ufeff]*date(?::[ \t]*|[ \t]+)"
# A leading header line such as " date 2022-12" or "date: 2022-12-21", then the text.
_HEADER = re.compile(
    _HEADER_START + r"(?P<date>\d{4}-\d{2}(?:-\d{2})?)(?=\s|\Z)[ \t]*\r?\n?", re.IGNORECASE
)
# A first line that starts like a header ("date …") but whose date is not one.
_HEADER_LIKE = re.compile(_HEADER_START + r"(?P<line>[^\n]{0,40})", re.IGNORECASE)
_DATE = re.compile(r"\A(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?\Z")


def split_date_header(text: str, *, validate: bool = True) -> tuple[str | None, int]:
    """The header's date and the offset where the article's own text starts.

    ``(None, 0)`` when the text has no header (a leading byte-order mark is skipped either
    way). A header whose date is impossible (``2022-13``) raises :class:`DateHeaderError`
    when ``validate``.
    """
    match = _HEADER.match(text)
    if not match:
        return None, 1 if text.startswith("\ufeff") else 0
    date = match.group("date")
    if validate:
        period(date)
    return date, match.end()


def bad_header_line(text: str) -> str | None:
    """The first line when it looks like a date header (``date abc``) but is none, else None.

    Call it after :func:`split_date_header` found no header. ``date 2022-12-21T10:00`` (a
    time, not a header date) counts as such a line.
    """
    match = _HEADER_LIKE.match(text)
    if not match or _HEADER.match(text):
        return None
    return text[: match.end()].strip(" \t\ufeff\r")


def period(date: str | dt.date | None) -> tuple[dt.date, dt.date] | None:
    """First and last day a date stands for: ``2022-12`` → 1 to 31 December 2022."""
    if date is None:
        return None
    if isinstance(date, dt.date):
        return date, date
    if not isinstance(date, str):
        raise InvalidInputError(
            f"a date is a string 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' or a datetime.date, "
            f"not {type(date).__name__} ({date!r:.40})"
        )
    match = _DATE.match(date.strip())
    if not match:
        raise DateHeaderError(f"not a date (want YYYY, YYYY-MM or YYYY-MM-DD): {date!r}")
    year, month, day = (int(g) if g else None for g in match.groups())
    try:
        if month is None:
            return dt.date(year, 1, 1), dt.date(year, 12, 31)  # type: ignore[arg-type]
        if day is None:
            last = calendar.monthrange(year, month)[1]  # type: ignore[arg-type]
            return dt.date(year, month, 1), dt.date(year, month, last)  # type: ignore[arg-type]
        day_date = dt.date(year, month, day)  # type: ignore[arg-type]
    except (ValueError, calendar.IllegalMonthError) as err:
        raise DateHeaderError(f"impossible date {date!r}: {err}") from err
    return day_date, day_date


def normalize_date(date: str | dt.date | None) -> str | None:
    """A date argument as the ISO string claimkit reports (validated)."""
    if date is None:
        return None
    if isinstance(date, dt.datetime):
        date = date.date()
    if isinstance(date, dt.date):
        return date.isoformat()
    period(date)
    return date.strip()
