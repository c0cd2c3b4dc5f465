"""Quote marks in a text: which characters open and close a quotation (pure, no spaCy).

Dutch and Flemish outlets write “…”, „…”, „…“, ,,…'', «…», "…", ‘…’ and '…'. Straight marks
and ’ double as apostrophes (``zo'n``, ``Kyiv's``, ``'s avonds``, ``'81``): a mark counts only
where the characters around it say it opens or closes. A quotation may reopen at each new
paragraph without being closed (``“A`` ¶ ``“B”`` is one quotation); one left open never runs
past the end of its paragraph (a single mark left open, or closing what nothing opened,
counts only where no apostrophe can stand: opening a paragraph or following a colon before a
capital, closing right after a sentence's end at its paragraph's end), and one still open
after ``MAX_OPEN`` characters (closed only up to four times as far) is dropped, so an
unbalanced mark never swallows the rest of an article.
"""

from __future__ import annotations

import re
from typing import NamedTuple

#: A quotation still open after this many characters (and no paragraph end) was a stray mark.
MAX_OPEN = 1500

# Elisions that start with an apostrophe: 's avonds, 't, 'n, 'k, '81, '19.
_ELISION = re.compile(r"'(?:s|t|n|k|r|m)\b|'\d\d\b|’(?:s|t|n|k)\b|’\d\d\b")
_MARK_CHARS = frozenset("“”„«»\"‘’'")  # never at the ends of a quotation's content
_OPEN_BEFORE = set(" \t\n\r([{—–-/") | {""}
_CLOSE_AFTER = set(" \t\n\r)]}.,;:!?…—–-/'\"”’»") | {""}


class QuoteRegion(NamedTuple):
    """A quotation between marks: ``text[start:end]`` is its content, marks excluded."""

    start: int
    end: int
    open_mark: str
    close_mark: str | None  # None: left open, ended at its paragraph's end
    family: str  # "double" or "single"
    depth: int  # 0 outermost, 1 nested in another quotation


class _Mark(NamedTuple):
    pos: int
    length: int
    text: str
    family: str
    can_open: bool
    can_close: bool


def find_quote_regions(text: str) -> list[QuoteRegion]:
    """Every quotation between marks in ``text``, in order of their start."""
    regions: list[QuoteRegion] = []
    if _CANDIDATE.search(text) is None:
        return regions
    marks = _marks(text)
    for family in ("double", "single"):
        regions.extend(_pair(text, [m for m in marks if m.family == family], family))
    regions.sort(key=lambda r: (r.start, -r.end))
    return _with_depth(_drop_crossing(regions))


#: Where a quote mark can begin: one of its characters, or two commas (,,). A single comma
#: makes no mark, so a text without any of these has no quotation.
_CANDIDATE = re.compile("['“”„«»\"‘’]|,,")


def _marks(text: str) -> list[_Mark]:
    marks: list[_Mark] = []
    i, n = 0, len(text)
    while i < n:
        found = _CANDIDATE.search(text, i)
        if found is None:
            break
        i = found.start()
        char = text[i]
        before = text[i - 1] if i else ""
        if char == "," and text.startswith(",,", i):
            after = text[i + 2] if i + 2 < n else ""
            if before in _OPEN_BEFORE and after and not after.isspace():
                marks.append(_Mark(i, 2, ",,", "double", True, False))
            i += 2
            continue
        if char == "'" and text.startswith("''", i):
            after = text[i + 2] if i + 2 < n else ""
            if before and not before.isspace():
                marks.append(_Mark(i, 2, "''", "double", False, after in _CLOSE_AFTER))
            i += 2
            continue
        if char in "“„«":
            opens = char != "“" or _opens(before, text[i + 1 : i + 2])
            closes = char == "“" and not opens
            marks.append(_Mark(i, 1, char, "double", opens, closes))
        elif char in "”»":
            marks.append(_Mark(i, 1, char, "double", char == "”" and _opens_strict(text, i), True))
        elif char == '"':
            after = text[i + 1 : i + 2]
            marks.append(_Mark(i, 1, char, "double", _opens(before, after), _closes(before, after)))
        elif char == "‘":
            marks.append(_Mark(i, 1, char, "single", True, False))
        elif char in "'’":
            after = text[i + 1 : i + 2]
            if before.isalnum() and after.isalpha():
                pass  # zo'n, Kyiv's: an apostrophe inside a word
            elif _ELISION.match(text, i) and before in _OPEN_BEFORE:
                pass  # 's avonds, '81
            else:
                opens = char == "'" and _opens(before, after)
                marks.append(_Mark(i, 1, char, "single", opens, _closes(before, after)))
        i += 1
    return marks


def _opens(before: str, after: str) -> bool:
    return (before in _OPEN_BEFORE or before in "“„«‘") and bool(after) and not after.isspace()


def _opens_strict(text: str, i: int) -> bool:
    # ” used as an opener (”Nee”), only where it cannot close: start of text or after a space.
    before = text[i - 1] if i else ""
    after = text[i + 1 : i + 2]
    return before in _OPEN_BEFORE and bool(after) and after.isalnum()


def _closes(before: str, after: str) -> bool:
    return bool(before) and not before.isspace() and after in _CLOSE_AFTER


def _pair(text: str, marks: list[_Mark], family: str) -> list[QuoteRegion]:
    """Pair openers with closers of one family, left to right."""
    regions: list[QuoteRegion] = []
    opened: _Mark | None = None
    outer: _Mark | None = None  # single marks: the quotation around a nested one ('A 'B' C')
    for mark in marks:
        if (
            opened is not None
            and mark.pos - opened.pos > MAX_OPEN
            and not (mark.can_close and mark.pos - opened.pos <= 4 * MAX_OPEN)
        ):  # long open and this mark does not close it: the opener was a stray mark
            opened = _end_open(text, opened, mark.pos, family, regions)
        if opened is None:
            if mark.can_open:
                opened = mark
            elif mark.can_close and (family == "double" or _closes_a_sentence(text, mark)):
                _orphan_closer(text, mark, regions)
            continue
        if mark.can_close and not (mark.can_open and _paragraph_between(text, opened, mark)):
            if mark.pos > opened.pos + opened.length:
                regions.append(_region(text, opened, mark.pos, mark.text, family))
            opened, outer = outer, None  # back to the quotation around it, if any
        elif mark.can_open:
            if _paragraph_between(text, opened, mark) and _starts_paragraph(text, mark.pos):
                continue  # the quotation reopens at a new paragraph: still the same one
            if _reopened_at_sentence(text, opened, mark):
                # "…: 'A. B. 'C": a paragraph break lost in the text; the first ends before it
                regions.append(_region(text, opened, mark.pos, None, family))
                opened = mark
                continue
            if family == "single" and outer is None:
                # a quotation inside a quotation of the same marks: 'A 'B' C' (kept open; if
                # nothing closes it, it was a stray mark after all)
                outer, opened = opened, mark
                continue
            # an opener while open: the first was a stray mark, unless its paragraph ended
            _end_open(text, opened, mark.pos, family, regions)
            opened = mark
    if opened is not None:
        _end_open(text, opened, len(text), family, regions)
    return regions


def _end_open(
    text: str, opened: _Mark, limit: int, family: str, regions: list[QuoteRegion]
) -> None:
    """A quotation left open ends at its paragraph's end, if that comes soon enough."""
    start = opened.pos + opened.length
    end = _paragraph_end(text, start, limit)
    if end is None or end - start > MAX_OPEN:
        return
    if family == "double" or _opens_a_paragraph_of_sentences(text, opened, end):
        regions.append(_region(text, opened, end, None, family))


def _opens_a_paragraph_of_sentences(text: str, opened: _Mark, end: int) -> bool:
    """A single mark left open counts only where it cannot be an apostrophe: it opens its
    paragraph or follows a colon, before a capital, and whole sentences follow it to the
    paragraph's end."""
    after = text[opened.pos + opened.length : opened.pos + opened.length + 1]
    return (
        (_starts_paragraph(text, opened.pos) or text[: opened.pos].rstrip()[-1:] == ":")
        and after.isupper()
        and text[:end].rstrip()[-1:] in (".", "!", "?", "…")
    )


def _closes_a_sentence(text: str, mark: _Mark) -> bool:
    """A single closing mark nothing opened counts only right after a sentence's end and at
    its paragraph's end (``Dat is wel gebleken.’``): no apostrophe stands there."""
    rest = text[mark.pos + mark.length :]
    line_end = rest.find("\n")
    return (
        text[mark.pos - 1 : mark.pos] in (".", "!", "?", "…")
        and not (rest[:line_end] if line_end != -1 else rest).strip()
    )


def _orphan_closer(text: str, mark: _Mark, regions: list[QuoteRegion]) -> None:
    """A closing mark that nothing opened: the quotation began earlier in its paragraph (its
    opening mark lost, or before the text). Kept only when attributed (``open_mark`` empty)."""
    line_start = text.rfind("\n", 0, mark.pos) + 1
    after_last = max((r.end for r in regions if r.end <= mark.pos), default=0)
    start = max(line_start, after_last + 1 if after_last else 0)
    if 0 < mark.pos - start <= MAX_OPEN:
        region = _region(
            text, _Mark(start, 0, "", mark.family, True, False), mark.pos, mark.text, mark.family
        )
        regions.append(region)


def _reopened_at_sentence(text: str, opened: _Mark, mark: _Mark) -> bool:
    """Whether ``mark`` reopens a quotation at a new sentence while ``opened`` is still open,
    as where paragraph breaks were lost (``Stoffels: 'We merken … was. 'We streven …``): both
    open a sentence (the first may follow a colon), and whole sentences lie between."""
    inside = text[opened.pos + opened.length : mark.pos].rstrip()
    before = text[: opened.pos].rstrip()
    return (
        len(inside) <= MAX_OPEN
        and inside[-1:] in (".", "!", "?", "…")
        and (not before or before[-1] in ".!?:…")
        and text[mark.pos + mark.length : mark.pos + mark.length + 1].isupper()
    )


def _paragraph_end(text: str, start: int, limit: int) -> int | None:
    end = text.find("\n", start, limit)
    if end == -1:
        return len(text) if limit >= len(text) else None
    return end


def _paragraph_between(text: str, opened: _Mark, mark: _Mark) -> bool:
    return "\n" in text[opened.pos : mark.pos]


def _starts_paragraph(text: str, pos: int) -> bool:
    line_start = text.rfind("\n", 0, pos) + 1
    return not text[line_start:pos].strip()


def _region(text: str, opened: _Mark, end: int, close: str | None, family: str) -> QuoteRegion:
    start = opened.pos + opened.length
    while start < end and (text[start].isspace() or text[start] in _MARK_CHARS):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in _MARK_CHARS):
        end -= 1
    return QuoteRegion(start, end, opened.text, close, family, 0)


def _drop_crossing(regions: list[QuoteRegion]) -> list[QuoteRegion]:
    """Of two quotations that cross (neither inside the other), keep the earlier."""
    kept: list[QuoteRegion] = []
    for region in regions:
        if any(k.start < region.start < k.end < region.end for k in kept):
            continue
        if region.end > region.start:
            kept.append(region)
    return kept


def _with_depth(regions: list[QuoteRegion]) -> list[QuoteRegion]:
    result = []
    for region in regions:
        depth = sum(1 for o in regions if o.start <= region.start and region.end <= o.end) - 1
        result.append(region._replace(depth=min(depth, 1)))
    return result
