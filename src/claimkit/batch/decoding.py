"""Bytes to text: UTF-8, and the other encodings an article file can be in when that is certain.

Decided in this order: a byte-order mark (UTF-8, UTF-16, UTF-32); UTF-16 without a mark (zero
bytes in every other position); binary data (other zero bytes or many control characters);
UTF-8; then Windows-1252 (a superset of Latin-1's letters) when every character it gives is
one news text has and at least one is a letter of Dutch or another European language. Anything
else is refused (:class:`DecodeFailure`), never guessed.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from typing import NamedTuple

#: Byte-order marks, longest first (UTF-32 LE starts like UTF-16 LE).
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
#: Control bytes a text file has: tab, line feed, form feed, carriage return.
_TEXT_CONTROLS = frozenset(b"\t\n\x0c\r")
#: More than this share of other control bytes makes a file binary.
_MAX_CONTROL_SHARE = 0.01
#: At most this share of a single-byte text's letters may be accented.
_MAX_ACCENTED_SHARE = 0.2
#: Non-letters above ASCII that Windows-1252 news text has (quotes, dashes, euro, degree…).
#: (Not ¹ ³ ¾ ¿ £ ¥ ¦ Ÿ: Polish or Czech text in Windows-1250 reads as those among letters.)
_SINGLE_BYTE_SYMBOLS = frozenset("‘’‚“”„–—…€°«»·•§©®±×÷²½¼¡ªº¢\u00a0\u00ad´¨¸¯¶µ™†‡‰‹›ˆ˜")
#: A UTF-8 sequence of two to four bytes: its presence in a file that is not UTF-8 means the
#: file mixes encodings, which no single-byte reading gets right.
_UTF8_SEQUENCE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)


class Decoded(NamedTuple):
    """A file's text and the encoding it was read with."""

    text: str
    encoding: str


class DecodeFailure(ValueError):
    """The bytes are no text claimkit can read with certainty. ``reason``: binary or encoding."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason


def decode(data: bytes) -> Decoded:
    """The text of ``data``; :class:`DecodeFailure` when it is binary or its encoding unsure."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data.decode(encoding), encoding.removesuffix("-sig"))
            except UnicodeDecodeError as err:
                raise DecodeFailure(
                    "encoding",
                    f"starts with a {encoding} byte-order mark but is not {encoding}"
                    f" ({err.reason} at byte {err.start})",
                ) from None
    if b"\x00" in data:
        utf16 = _utf16_without_bom(data)
        if utf16 is not None:
            return utf16
        raise DecodeFailure("binary", "binary data (zero bytes), not text")
    controls = sum(1 for byte in data if byte < 32 and byte not in _TEXT_CONTROLS)
    if controls > _MAX_CONTROL_SHARE * len(data):
        raise DecodeFailure("binary", f"binary data ({controls:,} control bytes), not text")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as err:
        utf8_error = f"{err.reason} at byte {err.start}"
    single_byte = _windows_1252(data)
    if single_byte is not None:
        return single_byte
    raise DecodeFailure(
        "encoding",
        f"not UTF-8 ({utf8_error}) and no other encoding is certain: convert it to UTF-8",
    )


def _utf16_without_bom(data: bytes) -> Decoded | None:
    """UTF-16 text without a mark: ASCII letters leave a zero byte in every other position."""
    if len(data) < 4 or len(data) % 2:
        return None
    even, odd = data[0::2], data[1::2]
    half = len(data) // 2
    for zeros, encoding in ((odd, "utf-16-le"), (even, "utf-16-be")):
        if zeros.count(0) >= 0.6 * half:
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                return None
            if all(char.isprintable() or char in "\t\n\r\x0c" for char in text):
                return Decoded(text, encoding)
    return None


def _windows_1252(data: bytes) -> Decoded | None:
    """Windows-1252 (Latin-1's letters and the typographic marks) when certainly that.

    Every character above ASCII must be a Latin letter or a mark news text has, and they must
    be few among the letters (Dutch text is mostly ASCII; Cyrillic or Greek read as
    Windows-1252 is all accented letters).
    """
    if _UTF8_SEQUENCE.search(data):
        return None  # UTF-8 with a stray byte: mixed encodings, refused
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:  # 0x81, 0x8D, 0x8F, 0x90, 0x9D are no cp1252 characters
        return None
    high = [c for c in text if ord(c) > 127]
    for char in set(high):
        latin_letter = char.isalpha() and unicodedata.name(char, "").startswith("LATIN")
        if not latin_letter and char not in _SINGLE_BYTE_SYMBOLS:
            return None
    letters = sum(c.isalpha() for c in text)
    share = _MAX_ACCENTED_SHARE if letters >= 100 else 2 * _MAX_ACCENTED_SHARE  # short texts
    if sum(c.isalpha() for c in high) > share * max(letters, 1):
        return None
    return Decoded(text, "cp1252")
