"""Expressions around a number: percentages, ranges, ratios, vague amounts, dates and times."""

from __future__ import annotations

from fractions import Fraction
from typing import Any

from claimkit.numbers.patterns import _DATE_NUM_RE, _PHONE_RE, _VULGAR, _date_word_res, _time_re
from claimkit.numbers.phrases import _Phrases
from claimkit.numbers.tokens import _Num


class _Expressions(_Phrases):
    """The expression layer of the scanner: what a modifier can stand before."""

    __slots__ = ()

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
        if (
            prev in lex.year_adverbial_nouns
            and start > 1
            and self.N[start - 2] in lex.year_adverbial_before
        ):
            return False  # "afgelopen jaar 1542 meldingen": when, then a count
        if prev in lex.year_strong:
            return True
        if prev == "van" and start > 1 and self.N[start - 2] in lex.year_period_of:
            return True  # "in het voorjaar van 2022 kwamen …"
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
        """The quantity proper at token j (no modifiers before it); days before a month
        (``van 22 tot 23 november``, ``de nacht van 22 op 23 november``) are a date."""
        found = self._core(j)
        if (
            found is not None
            and not found.get("role")
            and not found.get("percent")
            and found.get("kind") in ("cardinal", "range", "fraction")
        ):
            e = found["end"]
            if e < self.n and self.spaced(e) and self.N[e] in self.lex.months:
                return {"end": e + 1, "role": "date"}
        return found

    def _core(self, j: int) -> dict[str, Any] | None:
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
