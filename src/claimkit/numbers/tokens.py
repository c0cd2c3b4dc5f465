"""A text cut into tokens for the scanner, with the helpers every layer of it uses."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from claimkit.numbers.lexicon import _TOKEN_RE, _fold, _lex
from claimkit.numbers.words import _classify


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


class _Tokens:
    """One text as tokens: offsets (S, E), folded forms (N), kinds (K: d, w, p)."""

    __slots__ = ("E", "K", "N", "S", "floor", "lex", "n", "raw", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.lex = _lex()
        folded = _fold(text)
        if len(folded) != len(text):  # case mappings that change length: fold per char
            folded = "".join(_fold(c) if len(_fold(c)) == 1 else c for c in text)
        found = [(m.start(), m.end(), m.group()) for m in _TOKEN_RE.finditer(folded)]
        S: list[int] = [start for start, _, _ in found]
        E: list[int] = [end for _, end, _ in found]
        N: list[str] = [form for _, _, form in found]
        K: list[str] = [
            "d" if s[0].isdigit() and s.isascii() else ("w" if s[0].isalpha() else "p") for s in N
        ]
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
