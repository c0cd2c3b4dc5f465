"""Numeric claims against our annotated dev sets (docs/claims.md, "Dev sets").

    python benchmarks/claims_eval.py                  # both sets, dev and held-out parts
    python benchmarks/claims_eval.py --errors 20      # also list the first errors

Sets: ``benchmarks/data/claims_conll2002*.jsonl`` (sentences of CoNLL-2002 with figures, each
sentence on its own; ``.war`` holds sentences with figures of war, disasters and crime) and
``benchmarks/data/claims_dpg2019.part*.jsonl`` (whole articles of 2019; offsets into
../shared/data/dpg-news2019/articles-dev.jsonl, not in this repository) and
``benchmarks/data/claims_war_written*.jsonl`` (short war reports of 2022–2025 written for these
sets by helpers in the style of Flemish and Dutch outlets, with their annotation: 45 + 40 +
40 + 40 + 30 for development, 40 held out in ``.heldout`` and 10 in ``.part5`` (by ``split``)).

Scoring: a predicted claim **detects** a gold claim when their spans overlap (one to one).
Over the detected pairs: **claimant** is right when both say the newspaper (None), or the
claimant mentions overlap, or the names meet (as for quote speakers); **status** and
**category** when they are equal. ``flagged`` is scored too.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

# benchmarks/numbers.py (named by issue 9) would shadow the standard library's `numbers`
# when this file is run as a script (its folder comes first on sys.path).
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]
sys.path.append(str(Path(__file__).resolve().parent))  # appended: benchmarks/numbers.py
from quotes_eval import (  # noqa: E402
    MODEL,
    REPO,
    Item,
    load_articles,
    load_sentences,
    same_source,
)


@dataclass
class Score:
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    claimant_right: int = 0
    named: int = 0
    named_right: int = 0
    status_right: int = 0
    category_right: int = 0
    flagged_right: int = 0
    errors: list[str] = field(default_factory=list)
    confusion: Counter = field(default_factory=Counter)

    def line(self, label: str) -> str:
        p = self.matched / self.predicted if self.predicted else 0.0
        r = self.matched / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        m = self.matched or 1
        named = self.named_right / self.named if self.named else 0.0
        return (
            f"{label:<22} claims gold {self.gold:>3} found {self.predicted:>3}: P {p:.3f} "
            f"R {r:.3f} F1 {f:.3f} | claimant {self.claimant_right / m:.3f} (named "
            f"{named:.3f}, n {self.named}) | status {self.status_right / m:.3f} | category "
            f"{self.category_right / m:.3f} | flagged {self.flagged_right / m:.3f}"
        )


def load_conll() -> list[Item]:
    return load_sentences("claims_conll2002*.jsonl", "claims")


def load_dpg(parts: set[str] | None = None) -> list[Item]:
    return load_articles("claims_dpg2019.part*.jsonl", "claims", parts)


def load_written(parts: set[str] | None = None) -> list[Item]:
    """War reports written for this set in the style of Flemish and Dutch outlets (2022–2025),
    annotated with them: the war coverage the two corpora lack."""
    return load_sentences("claims_war_written*.jsonl", "claims", parts)


FLAG_CATEGORIES = {"casualties", "military_losses", "displacement", "equipment"}
FLAG_STATUSES = {"unverified", "hedged", "attributed", "disputed"}


def gold_flagged(g: dict) -> bool:
    return g["status"] in FLAG_STATUSES and g["category"] in FLAG_CATEGORIES


def overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def claimant_right(p, g: dict, names_of: dict[str, set[str]], in_sentence: bool) -> bool:
    """``in_sentence``: the gold claimant is the words of the sentence (an isolated sentence
    cannot resolve ``hij``), so overlapping mentions are enough."""
    if g.get("claimant") is None:
        return p.claimant is None and p.claimant_mention is None
    mention = g.get("claimant_mention")
    if (
        in_sentence
        and mention
        and p.claimant_mention is not None
        and overlap(
            (p.claimant_mention.start, p.claimant_mention.end), (mention["start"], mention["end"])
        )
    ):
        return True
    return same_source(
        p.claimant, p.claimant_mention, g["claimant"], g.get("claimant_mention"), names_of
    )


def score(items: list[Item], analyses, split: str, s: Score, in_sentence: bool) -> None:
    for item, analysis in zip(items, analyses, strict=True):
        if item.split != split:
            continue
        names_of: dict[str, set[str]] = {}
        for m in [*analysis.people, *analysis.organisations]:
            if m.record is not None:
                names_of.setdefault(m.record.id, set()).add(m.text)
        predicted = list(analysis.claims)
        s.gold += len(item.gold)
        s.predicted += len(predicted)
        taken: set[int] = set()
        for g in item.gold:
            k = next(
                (
                    k
                    for k, p in enumerate(predicted)
                    if k not in taken and overlap((p.start, p.end), (g["start"], g["end"]))
                ),
                None,
            )
            if k is None:
                s.errors.append(f"{item.name} MISSED {g['text']!r} {g.get('counted')!r}")
                continue
            taken.add(k)
            p = predicted[k]
            s.matched += 1
            if claimant_right(p, g, names_of, in_sentence):
                s.claimant_right += 1
            else:
                s.errors.append(
                    f"{item.name} CLAIMANT {p.text!r} want {g.get('claimant')!r} got "
                    f"{p.claimant.name if p.claimant else None!r} "
                    f"({p.claimant_mention.text if p.claimant_mention else None!r})"
                )
            if g.get("claimant"):
                s.named += 1
                s.named_right += claimant_right(p, g, names_of, in_sentence)
            s.status_right += p.status == g["status"]
            s.confusion[(g["status"], p.status)] += 1
            if p.status != g["status"]:
                s.errors.append(f"{item.name} STATUS {p.text!r} want {g['status']} got {p.status}")
            s.category_right += p.category == g["category"]
            if p.category != g["category"]:
                s.errors.append(
                    f"{item.name} CATEGORY {p.text!r} {g.get('counted')!r} want "
                    f"{g['category']} got {p.category}"
                )
            s.flagged_right += p.flagged == gold_flagged(g)
        for k, p in enumerate(predicted):
            if k not in taken:
                counted = p.counted.text if p.counted else None
                s.errors.append(
                    f"{item.name} EXTRA {p.text!r} {counted!r}: {analysis.context(p)!r}"
                )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", type=int, default=0, help="list this many errors per set")
    parser.add_argument("--split", choices=("dev", "heldout", "both"), default="both")
    parser.add_argument("--confusion", action="store_true", help="print status confusion")
    parser.add_argument("--parts", help="only these DPG and war files, by number: --parts 4,5")
    args = parser.parse_args()
    parts = set(args.parts.split(",")) if args.parts else None
    sys.path.insert(0, str(REPO / "src"))
    import claimkit

    analyzer = claimkit.load(MODEL)
    print(f"model: {MODEL}")
    splits = ("dev", "heldout") if args.split == "both" else (args.split,)
    sets = (
        ("CoNLL-2002 sentences", load_conll(), True),
        ("DPG 2019 articles", load_dpg(parts), False),
        ("War texts (written)", load_written(parts), True),
    )
    for name, items, in_sentence in sets:
        analyses = list(analyzer.pipe([i.text for i in items], dates=[i.date for i in items]))
        for split in splits:
            result = Score()
            score(items, analyses, split, result, in_sentence)
            n = sum(1 for i in items if i.split == split)
            if n == 0:
                continue  # (a set without this part)
            print(result.line(f"{name[:10]} {split} ({n})"))
            for error in result.errors[: args.errors]:
                print("   ", error)
            if args.confusion:
                print("    status (gold, predicted):", dict(result.confusion.most_common()))
    gold = [c for i in load_conll() + load_dpg() + load_written() for c in i.gold]
    print("gold claims by category:", dict(Counter(c["category"] for c in gold)))
    print("gold claims by status:", dict(Counter(c["status"] for c in gold)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
