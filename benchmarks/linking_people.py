"""People and organisations on real news: recall and precision of linked mentions, coverage.

Dev sets (derived annotations only; texts read from ../shared, never copied):

* ``benchmarks/data/people_conll2002.jsonl``: 360 CoNLL-2002 sentences (Flemish news of 2000)
  with gold PER or ORG mentions; each annotated with who or what is meant and, when that one is
  in ``gazetteers/people.tsv`` or ``organisations.tsv``, its record id;
* ``benchmarks/data/people_dpg2019*.jsonl``: every person and organisation mention of whole
  DPG 2019 articles (42 in the first file, more in ``.part<N>`` files), with record ids and
  a group per person or organisation within the article.

Scoring: **coverage** = gold mentions that have a record / all gold mentions; **recall** = gold
mentions with a record that claimkit links to that record (a claimkit mention of the same kind
overlapping it) / gold mentions with a record; **precision** = claimkit's linked mentions whose
record is the gold one / claimkit's linked mentions (a link where the gold has no record, or
on no gold mention, is wrong in the articles; in the CoNLL sentences only the corpus' PER and
ORG mentions are annotated, so such links are listed, not counted). **Grouping** (articles):
of the pairs of gold mentions of one linked person, the share claimkit gives the same record.

    .venv/bin/python benchmarks/linking_people.py [--split dev|heldout|both] [--errors N]
"""

# ruff: noqa: E402
from __future__ import annotations

import sys

# benchmarks/numbers.py would shadow the standard library's numbers module.
sys.path[:] = [p for p in sys.path if not p.rstrip("/").endswith("benchmarks")]

import argparse
import itertools
import json
import os
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
DATA = REPO / "benchmarks" / "data"
MODEL = os.environ.get("CLAIMKIT_MODEL") or str(SHARED / "models" / "nl_ud_sm")


@dataclass
class Item:
    name: str
    split: str
    text: str
    gold: list[dict]
    date: str | None = None


def _linking_real() -> Any:
    """benchmarks/linking_real.py, imported without putting benchmarks/ on the path for good."""
    sys.path.insert(0, str(REPO / "benchmarks"))
    try:
        import linking_real
    finally:
        sys.path.pop(0)
    return linking_real


def load_conll() -> list[Item]:
    texts = _linking_real().conll_sentences()
    items = []
    for line in (DATA / "people_conll2002.jsonl").open(encoding="utf-8"):
        row = json.loads(line)
        items.append(Item(row["id"], row["split"], texts[row["id"]], row["mentions"], "2000-06"))
    return items


def load_dpg(parts: set[str] | None = None) -> list[Item]:
    """The annotated articles of ``people_dpg2019.jsonl`` and ``people_dpg2019.part<N>.jsonl``
    (the first file is part 1); only the parts in ``parts``, when given."""
    articles = _linking_real().dpg_articles()
    items = []
    for path in sorted(DATA.glob("people_dpg2019*.jsonl")):
        part = path.suffixes[-2].removeprefix(".part") if len(path.suffixes) > 1 else "1"
        if parts and part not in parts:
            continue
        for line in path.open(encoding="utf-8"):
            row = json.loads(line)
            text, date = articles[row["id"]]
            items.append(Item(str(row["id"]), row["split"], text, row["mentions"], date))
    return items


@dataclass
class Score:
    gold: Counter = field(default_factory=Counter)
    covered: Counter = field(default_factory=Counter)
    found: Counter = field(default_factory=Counter)
    links: Counter = field(default_factory=Counter)
    right: Counter = field(default_factory=Counter)
    pairs: int = 0
    pairs_right: int = 0
    unknown_pairs: int = 0
    unknown_pairs_right: int = 0
    unknown: int = 0
    unknown_named: int = 0
    errors: list[str] = field(default_factory=list)


def score_item(item: Item, analysis, score: Score, *, complete: bool) -> None:
    """Add one text's counts; ``complete``: every mention of the text is annotated (a link on
    no gold mention is then wrong), else only the corpus' NER mentions (such links are
    listed, not counted)."""
    predicted = {
        "person": [m for m in analysis.people],
        "organisation": [m for m in analysis.organisations],
    }
    used: dict[str, set[int]] = defaultdict(set)
    linked_of_gold: dict[int, str | None] = {}
    for n, gold in enumerate(item.gold):
        kind = gold.get("kind")
        if kind not in predicted:
            continue
        score.gold[kind] += 1
        overlapping = [
            (k, p)
            for k, p in enumerate(predicted[kind])
            if p.start < gold["end"] and gold["start"] < p.end
        ]
        used[kind].update(k for k, _ in overlapping)
        ids = [p.record.id for _, p in overlapping if p.record is not None]
        linked_of_gold[n] = ids[0] if ids else None
        if gold.get("record"):
            score.covered[kind] += 1
            if gold["record"] in ids:
                score.found[kind] += 1
            else:
                score.errors.append(
                    f"{item.name} MISSED {kind} {gold['text']!r} want {gold['record']} "
                    f"got {ids or None}"
                )
        for _, p in overlapping:
            if p.record is not None:
                score.links[kind] += 1
                right = p.record.id == gold.get("record")
                score.right[kind] += right
                if not right:
                    score.errors.append(
                        f"{item.name} WRONG {kind} {p.text!r} -> {p.record.id} ({p.record.name}) "
                        f"want {gold.get('record')} ({gold.get('name')})"
                    )
    for kind, mentions in predicted.items():
        for k, p in enumerate(mentions):
            if k not in used[kind] and p.record is not None:
                score.links[kind] += complete
                score.errors.append(
                    f"{item.name} EXTRA {kind} {p.text!r} -> {p.record.id} ({p.record.name})"
                )
    groups: dict[object, list[int]] = defaultdict(list)
    for n, gold in enumerate(item.gold):
        if gold.get("record") and "group" in gold:
            groups[gold["group"]].append(n)
    for members in groups.values():
        for a, b in itertools.combinations(members, 2):
            score.pairs += 1
            score.pairs_right += linked_of_gold.get(a) is not None and linked_of_gold.get(
                a
            ) == linked_of_gold.get(b)
    # people no gazetteer knows: one name per person (Remco Breuker … Breuker)
    name_of_gold: dict[int, str | None] = {}
    unknown_groups: dict[object, list[int]] = defaultdict(list)
    for n, gold in enumerate(item.gold):
        if gold.get("kind") != "person" or gold.get("record") or "group" not in gold:
            continue
        names = [
            p.name
            for p in analysis.people
            if p.start < gold["end"] and gold["start"] < p.end and p.name is not None
        ]
        name_of_gold[n] = names[0] if names else None
        unknown_groups[gold["group"]].append(n)
        if names:
            score.unknown += 1
            score.unknown_named += names[0].lower() == str(gold.get("name", "")).lower()
    for members in unknown_groups.values():
        for a, b in itertools.combinations(members, 2):
            score.unknown_pairs += 1
            score.unknown_pairs_right += name_of_gold.get(a) is not None and name_of_gold.get(
                a
            ) == name_of_gold.get(b)


def ratio(a: int, b: int) -> str:
    return f"{a / b:.3f}" if b else "  -  "


def report(label: str, score: Score) -> None:
    for kind in ("person", "organisation"):
        print(
            f"{label:<26} {kind:<12} gold {score.gold[kind]:>4} coverage "
            f"{ratio(score.covered[kind], score.gold[kind])} | recall "
            f"{ratio(score.found[kind], score.covered[kind])} (n {score.covered[kind]}) | "
            f"precision {ratio(score.right[kind], score.links[kind])} (links {score.links[kind]})"
        )
    if score.pairs:
        print(
            f"{'':<26} grouping of linked people: {ratio(score.pairs_right, score.pairs)}"
            f" of {score.pairs} pairs"
        )
    if score.unknown_pairs or score.unknown:
        print(
            f"{'':<26} people no gazetteer knows: grouped "
            f"{ratio(score.unknown_pairs_right, score.unknown_pairs)} of {score.unknown_pairs} "
            f"pairs; full name given {ratio(score.unknown_named, score.unknown)} of "
            f"{score.unknown} found"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", choices=("dev", "heldout", "both"), default="dev")
    parser.add_argument("--errors", type=int, default=0)
    parser.add_argument("--parts", help="only these DPG files, by number (*.part<N>; none: 1)")
    args = parser.parse_args()
    parts = set(args.parts.split(",")) if args.parts else None
    from claimkit.api import load

    analyzer = load(MODEL)
    print(f"model: {MODEL}")
    splits = ("dev", "heldout") if args.split == "both" else (args.split,)
    for label, items in (("CoNLL-2002", load_conll()), ("DPG 2019", load_dpg(parts))):
        for split in splits:
            chosen = [i for i in items if i.split == split]
            score = Score()
            analyses = analyzer.pipe([i.text for i in chosen], dates=[i.date for i in chosen])
            for item, analysis in zip(chosen, analyses, strict=True):
                score_item(item, analysis, score, complete=label != "CoNLL-2002")
            report(f"{label} {split} ({len(chosen)})", score)
            for line in score.errors[: args.errors]:
                print("    " + line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
