"""Numbers written with digits: ``99.000``, ``1,5``, ``3/4``, ``10k``; codes such as ``MH17``."""

from __future__ import annotations

import re
from fractions import Fraction

from claimkit.numbers.patterns import (
    _CHAIN_RE,
    _CODE_TAIL_RE,
    _DIGIT_RE,
    _FRAC_RE,
    _MAX_EXP,
    _MIXED_RE,
    _SUFFIX_RE,
    _WORDTAIL_RE,
)
from claimkit.numbers.tokens import _Num, _Tokens


class _Digits(_Tokens):
    """The digits layer of the scanner."""

    __slots__ = ()

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

    def code_from(self, j: int) -> _Num:
        """``MH17``, ``F-16``, ``180ml``: a code, not a quantity."""
        end = _WORDTAIL_RE.match(self.text, self.E[j])
        e = end.end() if end else self.E[j]
        m = _CODE_TAIL_RE.match(self.text, e)
        e = m.end() if m else e
        return _Num(Fraction(0), self.tok_at(e), role="code")
