"""Quote detection and attribution against our annotated dev sets (docs/quotes.md, "Scoring").

    python benchmarks/quotes_eval.py                  # both sets, dev and held-out parts
    python benchmarks/quotes_eval.py --errors 20      # also list the first errors

Sets: ``benchmarks/data/quotes_conll2002*.jsonl`` (sentences of CoNLL-2002, Flemish news of
2000, each sentence on its own) and ``benchmarks/data/quotes_dpg2019.part*.jsonl`` (whole
articles of 2019; offsets into ../shared/data/dpg-news2019/articles-dev.jsonl, whose texts are
not in this repository) and ``benchmarks/data/quotes_war_written*.jsonl`` (whole war
reports of 2022–2025 written for this set by helpers in the style of Flemish and Dutch outlets,
texts included, some with a `` date YYYY-MM`` header). Each line has a ``split``: ``dev``
(used while building) or ``heldout`` (scored only at the end).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

# benchmarks/numbers.py (named by issue 9) would shadow the standard library's `numbers`
# when this file is run as a script (its folder comes first on sys.path).
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("CLAIMKIT_SHARED", REPO.parent / "shared"))
MODEL = os.environ.get("CLAIMKIT_MODEL") or str(SHARED / "models" / "nl_ud_sm")
DATA = REPO / "benchmarks" / "data"
STATEMENT = {"direct", "indirect", "mixed"}


@dataclass
class Item:
    """One annotated text: its gold quotes."""

    name: str
    split: str
    text: str
    gold: list[dict]
    date: str | None = None


@dataclass
class Score:
    """Counts for one set and split."""

    gold: int = 0
    predicted: int = 0
    matched: int = 0
    kind_right: int = 0
    terms_gold: int = 0
    terms_predicted: int = 0
    terms_matched: int = 0
    named: int = 0
    named_right: int = 0
    errors: list[str] = field(default_factory=list)

    def line(self, label: str) -> str:
        p = self.matched / self.predicted if self.predicted else 0.0
        r = self.matched / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        kind = self.kind_right / self.matched if self.matched else 0.0
        attribution = self.named_right / self.named if self.named else 0.0
        tp = self.terms_matched / self.terms_predicted if self.terms_predicted else 0.0
        tr = self.terms_matched / self.terms_gold if self.terms_gold else 0.0
        return (
            f"{label:<22} statements gold {self.gold:>3} found {self.predicted:>3}: "
            f"P {p:.3f} R {r:.3f} F1 {f:.3f} | kind {kind:.3f} | speaker {attribution:.3f} "
            f"(n {self.named}) | terms P {tp:.3f} R {tr:.3f} (gold {self.terms_gold})"
        )


def part_number(path: Path) -> str:
    """The N of a data file ``*.part<N>.jsonl``; "1" for a file without a part number."""
    suffixes = path.suffixes
    return suffixes[-2].removeprefix(".part") if len(suffixes) > 1 else "1"


def load_sentences(pattern: str, key: str, parts: set[str] | None = None) -> list[Item]:
    """The annotated sentences of the files ``DATA/pattern``, gold under ``key``; only the
    files whose part number is in ``parts``, when given."""
    items = []
    for part in sorted(DATA.glob(pattern)):
        if parts and part_number(part) not in parts:
            continue
        for line in part.open(encoding="utf-8"):
            row = json.loads(line)
            items.append(Item(row["id"], row["split"], row["text"], row[key]))
    return items


def load_articles(pattern: str, key: str, parts: set[str] | None = None) -> list[Item]:
    """The annotated DPG articles of the files ``DATA/pattern`` (offsets only), with their
    texts and dates from ../shared, gold under ``key``; only the files ``*.part<N>.jsonl``
    whose N is in ``parts``, when given."""
    source = SHARED / "data" / "dpg-news2019" / "articles-dev.jsonl"
    texts = {}
    for line in source.open(encoding="utf-8"):
        row = json.loads(line)
        texts[row["id"]] = (row["text"], row.get("published_at"))
    items = []
    for part in sorted(DATA.glob(pattern)):
        if parts and part_number(part) not in parts:
            continue
        for line in part.open(encoding="utf-8"):
            row = json.loads(line)
            text, date = texts[row["id"]]
            items.append(Item(str(row["id"]), row["split"], text, row[key], date))
    return items


def load_conll(parts: set[str] | None = None) -> list[Item]:
    return load_sentences("quotes_conll2002*.jsonl", "quotes", parts)


def load_dpg(parts: set[str] | None = None) -> list[Item]:
    return load_articles("quotes_dpg2019.part*.jsonl", "quotes", parts)


def load_war(parts: set[str] | None = None) -> list[Item]:
    return load_sentences("quotes_war_written*.jsonl", "quotes", parts)


#: Mentions that name nobody by themselves: a pronoun speaker is right only when resolved to
#: the gold speaker's name.
PRONOUNS = frozenset(
    {
        "hij",
        "hem",
        "zij",
        "ze",
        "haar",
        "hen",
        "hun",
        "zijn",
        "die",
        "deze",
        "dat",
        "wie",
        "ik",
        "we",
        "wij",
        "mij",
        "me",
        "ons",
        "jij",
        "je",
        "u",
        "men",
    }
)


def jaccard(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if union else 0.0


def surname(name: str) -> str:
    words = name.replace("’", "'").split()
    return words[-1].lower().removesuffix("'s") if words else ""


def speaker_right(predicted, gold: dict, names_of: dict[str, set[str]]) -> bool:
    """Whether a predicted quote's speaker is the gold one (see :func:`same_source`)."""
    return same_source(
        predicted.speaker,
        predicted.speaker_mention,
        gold.get("speaker"),
        gold.get("speaker_mention"),
        names_of,
    )


def same_source(speaker, mention, gold_name: str | None, gold_mention: dict | None, names_of):
    """Right when the mentions overlap, or the speaker's names meet the gold speaker's."""
    if gold_mention and mention is not None:
        span = (gold_mention["start"], gold_mention["end"])
        pronoun = mention.text.lower() in PRONOUNS  # says nothing of whom it stands for
        if jaccard((mention.start, mention.end), span) > 0 and (
            gold_name is None or (speaker is not None and not pronoun)
        ):
            return True
    if speaker is None or not gold_name:
        return False
    names = {speaker.name}
    if speaker.record is not None:
        names |= names_of.get(speaker.record.id, set())
    if mention is not None:
        names.add(mention.text)
    target = gold_name.lower()
    return any(
        n.lower() == target
        or surname(n) == surname(target)
        # a description the annotator gave in full: "een politiedeskundige die niet …"
        or (len(n) >= 6 and target.startswith(n.lower() + " "))
        for n in names
    )


def score(items: list[Item], analyses, split: str, score_: Score) -> None:
    for item, analysis in zip(items, analyses, strict=True):
        if item.split != split:
            continue
        names_of: dict[str, set[str]] = {}
        for m in [*analysis.people, *analysis.organisations]:
            if m.record is not None:
                names_of.setdefault(m.record.id, set()).add(m.text)
        predicted = [q for q in analysis.quotes if q.kind in STATEMENT]
        gold = [q for q in item.gold if q["kind"] in STATEMENT]
        score_.gold += len(gold)
        score_.predicted += len(predicted)
        taken: set[int] = set()
        for g in gold:
            best, best_j = None, 0.5
            for k, p in enumerate(predicted):
                j = jaccard((p.start, p.end), (g["start"], g["end"]))
                if k not in taken and j >= best_j:
                    best, best_j = k, j
            if best is None:
                score_.errors.append(
                    f"{item.name} MISSED {g['kind']}: {item.text[g['start'] : g['end']][:90]!r}"
                )
                continue
            taken.add(best)
            p = predicted[best]
            score_.matched += 1
            score_.kind_right += p.kind == g["kind"]
            if g.get("speaker"):
                score_.named += 1
                if speaker_right(p, g, names_of):
                    score_.named_right += 1
                else:
                    score_.errors.append(
                        f"{item.name} SPEAKER want {g['speaker']!r} "
                        f"({(g.get('speaker_mention') or {}).get('text')!r}) got "
                        f"{p.speaker.name if p.speaker else None!r} "
                        f"({p.speaker_mention.text if p.speaker_mention else None!r}): "
                        f"{p.text[:60]!r}"
                    )
        for k, p in enumerate(predicted):
            if k not in taken:
                score_.errors.append(f"{item.name} EXTRA {p.kind}: {p.text[:90]!r}")
        terms_p = [q for q in analysis.quotes if q.kind == "term"]
        terms_g = [q for q in item.gold if q["kind"] == "term"]
        score_.terms_gold += len(terms_g)
        score_.terms_predicted += len(terms_p)
        score_.terms_matched += sum(
            any(jaccard((p.start, p.end), (g["start"], g["end"])) >= 0.5 for g in terms_g)
            for p in terms_p
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", type=int, default=0, help="list this many errors per set")
    parser.add_argument("--split", choices=("dev", "heldout", "both"), default="both")
    parser.add_argument(
        "--parts", help="only these files of each set, by number (*.part<N>; none: 1): --parts 4,5"
    )
    args = parser.parse_args()
    parts = set(args.parts.split(",")) if args.parts else None
    sys.path.insert(0, str(REPO / "src"))
    import claimkit

    analyzer = claimkit.load(MODEL)
    print(f"model: {MODEL}")
    splits = ("dev", "heldout") if args.split == "both" else (args.split,)
    for name, items, needs_speaker_mention in (
        ("CoNLL-2002 sentences", load_conll(parts), True),
        ("DPG 2019 articles", load_dpg(parts), False),
        ("War reports written", load_war(parts), False),
    ):
        dates = [i.date for i in items]
        analyses = list(analyzer.pipe([i.text for i in items], dates=dates))
        if needs_speaker_mention:  # the sentence set scores speakers the sentence names
            for item in items:
                for q in item.gold:
                    if not q.get("speaker_mention"):
                        q["speaker"] = None
        for split in splits:
            result = Score()
            score(items, analyses, split, result)
            n = sum(1 for i in items if i.split == split)
            print(result.line(f"{name[:10]} {split} ({n})"))
            for error in result.errors[: args.errors]:
                print("   ", error)
    kinds = Counter(q["kind"] for i in load_conll() + load_dpg() + load_war() for q in i.gold)
    print("gold quotes by kind (all sets):", dict(kinds))
    return 0


if __name__ == "__main__":
    sys.exit(main())
