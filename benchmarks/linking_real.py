"""Place linking on real news: recall of gold place mentions and precision of linked places.

Dev sets (derived annotations only; the texts are read from ../shared, never copied):

* ``benchmarks/data/places_conll2002*.jsonl``: sentences of CoNLL-2002 ``ned.train``
  (Flemish news of 2000) with a gold LOC mention; every LOC mention annotated with the place
  it names (English name, ISO country, kind) or ``nil`` when it names no place there (a team,
  a festival). Sentences are rebuilt from the corpus tokens joined by spaces.
* ``benchmarks/data/places_dpg2019.jsonl``: 16 whole articles of DPG news 2019 (Dutch), every
  place mention annotated, and ``negatives``: words a geocoder could take for a place
  (organisation names, languages, surnames).

Scoring: a gold mention is **linked** when a claimkit place overlapping it carries a record of
the gold country (none for areas of several countries) whose name or one of whose aliases is
the gold name (case and accents folded). **Recall** = linked / gold mentions that are places
(``nil`` excluded); **precision** = right links / links made, where a link on a ``nil`` gold
mention counts neither way, and a link on no gold place is wrong (CoNLL: listed for a human to
judge). Mentions of kind street, site, water and other are out of the gazetteers' scope for
now (streets, buildings): recall is printed with and without them. Groups: BE/NL, rest of
Europe, UA/RU/BY, world (by gold country for recall, by the linked record's for precision).

    .venv/bin/python benchmarks/linking_real.py [--split dev|heldout|both] [--errors N]
"""

# ruff: noqa: E402
from __future__ import annotations

import sys

# benchmarks/numbers.py would shadow the standard library's numbers module.
sys.path[:] = [p for p in sys.path if not p.rstrip("/").endswith("benchmarks")]

import argparse
import json
import os
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
DATA = REPO / "benchmarks" / "data"
MODEL = os.environ.get("CLAIMKIT_MODEL") or str(SHARED / "models" / "nl_ud_sm")
CONLL = SHARED / "data" / "conll2002" / "ned.train"
DPG = SHARED / "data" / "dpg-news2019" / "articles-dev.jsonl"
OUT_OF_SCOPE = {"street", "site", "water", "other"}
EUROPE = frozenset(
    {
        "AL",
        "AD",
        "AT",
        "BA",
        "BG",
        "CH",
        "CY",
        "CZ",
        "DE",
        "DK",
        "EE",
        "ES",
        "FI",
        "FR",
        "GB",
        "GR",
        "HR",
        "HU",
        "IE",
        "IS",
        "IT",
        "LI",
        "LT",
        "LU",
        "LV",
        "MC",
        "ME",
        "MK",
        "MT",
        "NO",
        "PL",
        "PT",
        "RO",
        "RS",
        "SE",
        "SI",
        "SK",
        "SM",
        "VA",
        "XK",
    }
)


def group(country: str | None) -> str:
    if country in ("BE", "NL"):
        return "BE/NL"
    if country in ("UA", "RU", "BY"):
        return "UA/RU/BY"
    if country in EUROPE:
        return "Europe"
    return "world"


@dataclass
class Item:
    name: str
    split: str
    text: str
    gold: list[dict]
    negatives: list[dict] = field(default_factory=list)
    date: str | None = None


def conll_sentences() -> dict[str, str]:
    """``doc<N>-sent<M>`` -> the sentence's tokens joined by spaces."""
    texts: dict[str, str] = {}
    doc, sent, words = -1, 0, []
    for line in CONLL.read_text(encoding="utf-8").splitlines():
        if line.startswith("-DOCSTART-"):
            if words:
                texts[f"doc{doc}-sent{sent}"] = " ".join(words)
            doc, sent, words = doc + 1, 0, []
            continue
        if not line.strip():
            if words:
                texts[f"doc{doc}-sent{sent}"] = " ".join(words)
                sent, words = sent + 1, []
            continue
        words.append(line.rsplit(" ", 2)[0])
    if words:
        texts[f"doc{doc}-sent{sent}"] = " ".join(words)
    return texts


def load_conll() -> list[Item]:
    texts = conll_sentences()
    items = []
    for part in sorted(DATA.glob("places_conll2002*.jsonl")):
        for line in part.open(encoding="utf-8"):
            row = json.loads(line)
            items.append(Item(row["id"], row["split"], texts[row["id"]], row["places"]))
    return items


def dpg_articles() -> dict[int, tuple[str, str | None]]:
    """The DPG 2019 dev articles by id: text and publication date."""
    articles = {}
    for line in DPG.open(encoding="utf-8"):
        row = json.loads(line)
        articles[row["id"]] = (row["text"], row.get("published_at"))
    return articles


def load_dpg() -> list[Item]:
    articles = dpg_articles()
    items = []
    for line in (DATA / "places_dpg2019.jsonl").open(encoding="utf-8"):
        row = json.loads(line)
        text, date = articles[row["id"]]
        items.append(
            Item(str(row["id"]), row["split"], text, row["places"], row["negatives"], date)
        )
    return items


@dataclass
class Score:
    gold: Counter = field(default_factory=Counter)
    gold_in_scope: Counter = field(default_factory=Counter)
    linked: Counter = field(default_factory=Counter)
    linked_in_scope: Counter = field(default_factory=Counter)
    links: Counter = field(default_factory=Counter)
    right: Counter = field(default_factory=Counter)
    negatives: int = 0
    negatives_linked: int = 0
    errors: list[str] = field(default_factory=list)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", choices=("dev", "heldout", "both"), default="dev")
    parser.add_argument("--errors", type=int, default=0, help="list this many errors per set")
    args = parser.parse_args()

    from claimkit.api import load
    from claimkit.gazetteer.index import normalize
    from claimkit.gazetteer.places import load_places

    analyzer = load(MODEL)
    gazetteer = load_places()
    names_of: dict[str, set[str]] = defaultdict(set)
    for key, ids in gazetteer.index._ids.items():
        for place_id in ids:
            names_of[place_id].add(" ".join(key))

    def fold(text: str) -> str:
        return " ".join(normalize(w) for w in text.replace("-", " ").split())

    def right(record, gold: dict) -> bool:
        if (record.country or "") != (gold["country"] or ""):
            return False
        if record.kind == "country" and gold["kind"] == "country":
            return True  # one country a code: Timor-Leste is East Timor
        wanted = fold(gold["name"])
        known = {fold(record.name)} | {fold(n) for n in names_of.get(record.id, ())}
        return wanted in known

    print(f"model: {MODEL}")
    splits = ("dev", "heldout") if args.split == "both" else (args.split,)
    for label, items in (("CoNLL-2002", load_conll()), ("DPG 2019", load_dpg())):
        for split in splits:
            chosen = [i for i in items if i.split == split]
            score = Score()
            analyses = analyzer.pipe([i.text for i in chosen], dates=[i.date for i in chosen])
            for item, analysis in zip(chosen, analyses, strict=True):
                places = [p for p in analysis.places if p.record is not None]
                used: set[int] = set()
                for gold in item.gold:
                    overlapping = [
                        (n, p)
                        for n, p in enumerate(places)
                        if p.start < gold["end"] and gold["start"] < p.end
                    ]
                    if gold.get("nil"):
                        used.update(n for n, _ in overlapping)
                        continue
                    g = group(gold["country"])
                    scope = gold["kind"] not in OUT_OF_SCOPE
                    score.gold[g] += 1
                    score.gold_in_scope[g] += scope
                    hit = any(right(p.record, gold) for _, p in overlapping)
                    if hit:
                        score.linked[g] += 1
                        score.linked_in_scope[g] += scope
                    elif scope or overlapping:
                        got = [f"{p.record.name}/{p.record.country}" for _, p in overlapping]
                        score.errors.append(
                            f"{item.name} MISSED {gold['text']!r} want {gold['name']}/"
                            f"{gold['country']} got {got or None}"
                        )
                    for n, p in overlapping:
                        used.add(n)
                        pg = group(p.record.country)
                        score.links[pg] += 1
                        score.right[pg] += right(p.record, gold)
                        if hit and not right(p.record, gold):
                            score.errors.append(
                                f"{item.name} WRONG {p.text!r} -> {p.record.name}/"
                                f"{p.record.country} for {gold['name']}/{gold['country']}"
                            )
                for n, p in enumerate(places):
                    if n in used:
                        continue
                    pg = group(p.record.country)
                    score.links[pg] += 1
                    score.errors.append(
                        f"{item.name} EXTRA {p.text!r} -> {p.record.name}/{p.record.country} "
                        f"({p.method})"
                    )
                for negative in item.negatives:
                    score.negatives += 1
                    score.negatives_linked += any(
                        p.start < negative["end"] and negative["start"] < p.end for p in places
                    )
            report(f"{label} {split} ({len(chosen)})", score)
            for line in score.errors[: args.errors]:
                print("    " + line)
    return 0


def report(label: str, score: Score) -> None:
    def ratio(a: int, b: int) -> str:
        return f"{a / b:.3f}" if b else "  -  "

    gold, linked = sum(score.gold.values()), sum(score.linked.values())
    scope, linked_scope = sum(score.gold_in_scope.values()), sum(score.linked_in_scope.values())
    links, right_links = sum(score.links.values()), sum(score.right.values())
    print(
        f"{label:<24} recall {ratio(linked, gold)} (n {gold}) | in scope "
        f"{ratio(linked_scope, scope)} (n {scope}) | precision {ratio(right_links, links)}"
        f" (links {links})"
        + (
            f" | negatives linked {score.negatives_linked}/{score.negatives}"
            if score.negatives
            else ""
        )
    )
    for g in ("BE/NL", "Europe", "UA/RU/BY", "world"):
        print(
            f"    {g:<9} recall {ratio(score.linked[g], score.gold[g])} (n {score.gold[g]:>3})"
            f"  in scope {ratio(score.linked_in_scope[g], score.gold_in_scope[g])}"
            f" (n {score.gold_in_scope[g]:>3})"
            f"  precision {ratio(score.right[g], score.links[g])} (links {score.links[g]:>3})"
        )


if __name__ == "__main__":
    raise SystemExit(main())
