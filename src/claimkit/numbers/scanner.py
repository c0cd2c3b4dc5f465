"""The scanner: modifiers and bounds around an expression, and one left-to-right pass."""

from __future__ import annotations

from fractions import Fraction
from typing import Any

from claimkit.numbers.expressions import _Expressions
from claimkit.numbers.lexicon import _to_number
from claimkit.numbers.patterns import _PUNCT_STARTS
from claimkit.numbers.quantity import NOT_QUANTITY_ROLES, Number, Quantity
from claimkit.numbers.words import _classify


class _Scanner(_Expressions):
    """One pass over one text."""

    __slots__ = ()

    def match_at(self, i: int) -> tuple[Quantity, int] | None:
        lex = self.lex
        k = self.K[i]
        if i > 0 and self.N[i] in lex.change_prepositions and self.N[i - 1] in lex.change_verbs:
            return None  # steeg tot 300: the verb's preposition; the figure starts after it
        if k == "d" or self.N[i] in ("+", "(") or (k == "w" and self.N[i] in lex.months):
            sp = self.special(i)
            if sp is not None:
                end, role = sp
                return self.make(self.S[i], end, {"role": role}), self.tok_at(end)
        mods: list[str] = []
        j = i
        while len(mods) < 2:
            got = self.modifier(j, lex.mods_before)
            if got is None or got[1] >= self.n:
                break
            gap = self.gap(got[1])
            if not (gap.isspace() or (gap == "" and self.K[got[1] - 1] == "p")):
                break
            mods.append(got[0])
            j = got[1]
        if j > i and self.K[j] == "d":  # tot 26 augustus: a date, whatever the word before
            sp = self.special(j)
            if sp is not None:
                end, role = sp
                return self.make(self.S[j], end, {"role": role}), self.tok_at(end)
        core = self.core(j)
        if core is None:
            return None
        end_tok: int = core["end"]
        role = core.get("role")
        start_tok = j
        if role == "code":
            while (
                start_tok > self.floor and not self.gap(start_tok) and self.K[start_tok - 1] != "p"
            ) or (
                start_tok > self.floor + 1
                and self.N[start_tok - 1] == "-"
                and not self.gap(start_tok)
                and self.K[start_tok - 2] == "w"
                and not self.gap(start_tok - 1)
            ):
                start_tok -= 1
        post: list[str] = []
        if not role and core.get("kind") not in ("ordinal",):
            e = end_tok
            got = self.modifier(e, lex.mods_after)
            if got is not None and (self.spaced(e) or (got[0] == "+" and not self.gap(e))):
                if not (got[0] == "+" and got[1] < self.n and self.K[got[1]] == "d"):
                    post.append(got[0])
                    end_tok = got[1]
            elif (
                e < self.n
                and self.spaced(e)
                and self.N[e] in lex.duration_units
                and not core.get("percent")
            ):
                prev = self.N[j - 1] if j > 0 else ""
                if self.N[e] in lex.time_units and prev in lex.time_context and not mods:
                    role = "time"
                    end_tok = e + 1
                else:
                    role = "duration"
        if role in NOT_QUANTITY_ROLES or core.get("kind") == "ordinal":
            mods = []
        if role == "time":
            core = {"role": "time"}
        start = self.S[i] if mods else self.S[start_tok]
        end = self.E[end_tok - 1]
        core["role"] = role
        keys = mods + post
        if keys:
            low, high = core.get("low"), core.get("high")
            approx = bool(core.get("approximate"))
            bounded = False  # the bound word nearest the figure decides: tot meer dan 40.000
            for key in reversed(keys):
                bound, ap = lex.mod_effect[key]
                approx = approx or ap
                if bounded or bound is None:
                    continue
                bounded = True
                if bound == "lower":
                    high = None
                elif bound == "upper":
                    low = None
            core["low"], core["high"], core["approximate"] = low, high, approx
            core["modifier"] = " + ".join(keys) if not core.get("modifier") else core["modifier"]
        return self.make(start, end, core), end_tok

    def make(self, start: int, end: int, c: dict[str, Any]) -> Quantity:
        role = c.get("role")
        if role in NOT_QUANTITY_ROLES and role != "year" and c.get("kind") != "range":
            return Quantity(
                self.text[start:end], start, end, None, None, None, kind="cardinal", role=role
            )

        def num(x: Any) -> Number | None:
            return None if x is None else _to_number(Fraction(x))

        return Quantity(
            text=self.text[start:end],
            start=start,
            end=end,
            value=num(c.get("value")),
            low=num(c.get("low")),
            high=num(c.get("high")),
            approximate=bool(c.get("approximate")),
            modifier=c.get("modifier"),
            kind=c.get("kind", "cardinal"),
            role=role,
            percent=bool(c.get("percent")),
        )

    def scan(self) -> list[Quantity]:
        lex = self.lex
        out: list[Quantity] = []
        N, K = self.N, self.K
        starts = lex.start_words
        i = 0
        n = self.n
        while i < n:
            k = K[i]
            if k == "w":
                w = N[i]
                if w not in starts and _classify(w) is None and not w.endswith(lex.tal_suffix):
                    i += 1
                    continue
            elif k == "p" and N[i] not in _PUNCT_STARTS and N[i] not in starts:
                i += 1
                continue
            got = self.match_at(i)
            if got is None:
                i += 1
                continue
            q, nxt = got
            if out and (joined := self.join_bounds(out[-1], q)) is not None:
                out[-1] = joined
            else:
                out.append(q)
            i = max(nxt, i + 1)
            self.floor = i
        return out

    def join_bounds(self, first: Quantity, second: Quantity) -> Quantity | None:
        """``meer dan 10 maar minder dan 20``: a lower and an upper bound joined into one range."""
        if first.role or second.role or first.kind == "range" or second.kind == "range":
            return None
        if self.text[first.end : second.start].strip().lower() not in self.lex.bound_joiners:
            return None
        if not (first.high is None and first.low is not None and second.low is None):
            return None
        low, high = first.low, second.high
        if high is None or not low < high:
            return None
        return Quantity(
            text=self.text[first.start : second.end],
            start=first.start,
            end=second.end,
            value=None,
            low=low,
            high=high,
            approximate=first.approximate or second.approximate,
            modifier=f"{first.modifier} + {second.modifier}",
            kind="range",
            percent=first.percent or second.percent,
        )
