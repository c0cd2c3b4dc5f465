"""Number phrases of words (``twee miljoen driehonderd``, ``drie kwart``), or digits and words."""

from __future__ import annotations

from fractions import Fraction

from claimkit.numbers.digits import _Digits
from claimkit.numbers.tokens import _Num, _Piece
from claimkit.numbers.words import _CARD, _FRAC, _FWORD, _ORD


class _Phrases(_Digits):
    """The word-phrase layer of the scanner: any single number, no modifiers."""

    __slots__ = ()

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
                    if k == len(pieces) and norm == lex.hundred and pieces[-1].tm >= 1000:
                        # "twee miljoen honderd", "39 miljard honderd miljoen": a new hundred
                        pieces.append(_Piece(Fraction(scale), scale))
                        j += 1
                        continue
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
