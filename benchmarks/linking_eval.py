"""Place linking on held-out spellings and typos; false positives on negative Dutch text.

Test set (generated, seeded): a stratified sample of places of the gazetteer (generated +
curated; UA city/town/village, RU city/town, BY city/town) that have a Cyrillic ``native``.
For each place one romanisation scheme is held out (rotating nl, de, fr): a copy of the
gazetteer folder is written in which the sampled places lose every alias of that scheme (and no
other record keeps the held-out spelling: Kharkiv Oblast has the city's spellings), and the
place is queried with ``romanize(native, scheme)`` -- skipped when that spelling is still an
alias of the place (then it is no held-out test). A second query is a typo of the place's
remaining Dutch spelling: one deletion, substitution or swap of neighbours inside one word of
6 letters or more, not at a word's first letter (misspellings there are rare) and not across a
space; skipped when the typo is itself a name in the gazetteer (no linker can tell it is a
typo). A typo at least as near (in edits) to a name of another place as to any name of its own
(Katovo: Kratovo or Kstovo?) is scored apart as "typo-tie": without further context no linker can
know which place was meant; claimkit then picks by prominence and keeps the other places as
scored alternatives (the "alt." column counts queries whose place is the link or among them).
Each query sits in a Dutch carrier sentence (six with a word that says a place is named, three
without: recall is printed per carrier), scored twice: the sentence alone ("bare")
and after an opening sentence of a war article ("article": the kind of text users analyse,
where claimkit lets misspellings reach villages after a place word such as "in").

Scores, per query type: recall = queries whose token is linked to the right record (strict:
same id; name-level: a record with the same English or Cyrillic name, for homonyms such as the
Andriivkas, which a sentence without context cannot tell apart); precision = correct links /
links made on the query token.

Negatives: person names of ``people.tsv`` in carrier sentences, Dutch words capitalised at
sentence start, and the UD Dutch Alpino sentences (every place found there is printed for a
sample, for a human to judge; links on tokens not tagged PROPN are counted), and 3,000
sentences of CoNLL-2002 Dutch (Flemish news of 2000, read from ../shared, never copied) after a
war-article sentence: every link made there by spelling key or misspelling is listed (foreign
places, surnames, brands and Dutch words that must not become Ukrainian villages); and 149
frequent Russian and Ukrainian surnames (``benchmarks/data/surnames_ru_uk.txt``), many made of
place names (Ivanov, Ivanovo), after a title, before a verb of saying, and with no cue at all.

    .venv/bin/python benchmarks/linking_eval.py --seed 1   # and --seed 2: another sample
    .venv/bin/python benchmarks/linking_eval.py --no-fuzzy   # what-if: exact/variant only
"""

# ruff: noqa: E402
from __future__ import annotations

import sys

# benchmarks/numbers.py would shadow the standard library's numbers module.
sys.path[:] = [p for p in sys.path if not p.rstrip("/").endswith("benchmarks")]

import argparse
import os
import random
import re
import shutil
import tempfile
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

from rapidfuzz import process
from rapidfuzz.distance import OSA

import claimkit
from claimkit.gazetteer.index import normalize, split_words
from claimkit.gazetteer.places import DEFAULT_PLACE_FILES
from claimkit.gazetteer.tables import PLACE_COLUMNS, parse_aliases, read_rows, read_word_list
from claimkit.gazetteer.translit import detect_source, romanize
from claimkit.spans import PLACES_KEY

ROOT = Path(__file__).resolve().parents[1]
GAZETTEERS = ROOT / "gazetteers"
ALPINO = ROOT.parent / "shared" / "data" / "ud-dutch-alpino"
PLACE_TABLES = DEFAULT_PLACE_FILES
HELD_OUT = ("nl", "de", "fr")
STRATA = (
    ("UA", "city"),
    ("UA", "town"),
    ("UA", "village"),
    ("RU", "city"),
    ("RU", "town"),
    ("BY", "city"),
    ("BY", "town"),
)
CARRIERS = (
    "Het Russische leger rukte op naar {name}.",
    "In {name} vielen gisteren drie doden.",
    "De gouverneur meldde dat {name} opnieuw werd beschoten.",
    "Volgens Oekraïense bronnen is de weg bij {name} afgesloten.",
    "Inwoners van {name} zitten al dagen zonder stroom.",
    "Bij {name} werd zwaar gevochten, meldt het leger.",
    # (the first CUE_CARRIERS sentences name the place after a word of fuzzy.place_context)
    # no word before or verb around the name says it is a place (fuzzy.place_context): in
    # Flemish news (CoNLL-2002) two of three place names are named so
    "Zelenski bracht gisteren een bezoek aan {name}.",
    "{name} ligt op twintig kilometer van het front.",
    "Ook {name} kreeg het zwaar te verduren.",
)
PERSON_CARRIERS = (
    "Volgens {name} is de situatie aan het front ernstig.",
    "{name} zei dat de onderhandelingen geen zin hebben.",
    "Gisteren sprak {name} met de Amerikaanse president.",
)
WORD_CARRIER = "{word} is wat de minister gisteren zei."
CONDITIONS = ("bare", "article")
KINDS = ("held-out", "typo", "typo-tie")
# Opening sentences of a war article: they name the countries, as the articles users analyse do.
SCENES = (
    "De oorlog in Oekraïne gaat onverminderd door.",
    "Rusland zette zijn offensief in het oosten van Oekraïne voort.",
    "Oekraïne meldt nieuwe aanvallen van het Russische leger.",
)
CONLL = ROOT.parent / "shared" / "data" / "conll2002" / "ned.train"
CUE_CARRIERS = 6
SURNAMES = ROOT / "benchmarks" / "data" / "surnames_ru_uk.txt"
# Russian and Ukrainian surnames are often made of place names (Ivanov, Ivanovo)
SURNAME_CARRIERS = (
    "Volgens generaal {name} is de situatie aan het front ernstig.",
    "{name} zei dat de onderhandelingen geen zin hebben.",
    "Ook {name} kreeg het zwaar te verduren.",
    # written after the person cues, none of which it has
    "De familie van {name} vluchtte vorig jaar naar Polen.",
)


@dataclass(slots=True)
class Query:
    kind: str  # "held-out", "typo" or "typo-tie" (as near to another place's name)
    place_id: str
    name: str
    text: str
    scheme: str


def read_tables(folder: Path) -> dict[str, list[dict[str, str]]]:
    return {
        t: [row for _, row in read_rows(folder / t, PLACE_COLUMNS)]
        for t in PLACE_TABLES
        if (folder / t).is_file()
    }


def merged_records(tables: dict[str, list[dict[str, str]]]) -> dict[str, dict[str, object]]:
    """id -> {row of the last table, aliases: [(scheme, spelling)] of all tables}."""
    merged: dict[str, dict[str, object]] = {}
    for table in PLACE_TABLES:
        for row in tables.get(table, ()):
            entry = merged.setdefault(row["id"], {"aliases": []})
            entry.update({k: v for k, v in row.items() if k != "aliases"})
            entry["aliases"] += parse_aliases(row["aliases"], where=row["id"])  # type: ignore[operator]
    return merged


def source_of(record: dict[str, object]) -> str | None:
    native = str(record.get("native") or "")
    if not native:
        return None
    if record["country"] == "UA":
        return "uk"
    if record["country"] == "BY":
        found = detect_source(native)
        return "be" if found in ("be", "uk") else "ru"
    return "ru"


def sample_places(
    records: dict[str, dict[str, object]], size: int, rng: random.Random
) -> list[str]:
    strata: dict[tuple[str, str], list[str]] = defaultdict(list)
    for pid in sorted(records):
        rec = records[pid]
        key = (str(rec["country"]), str(rec["kind"]))
        if key in STRATA and source_of(rec):
            strata[key].append(pid)
    per = max(1, size // len(STRATA))
    chosen: list[str] = []
    for key in STRATA:
        ids = strata[key]
        chosen += rng.sample(ids, min(per, len(ids)))
    return chosen


def typo(name: str, rng: random.Random, min_word: int) -> str:
    """One deletion, substitution or swap of neighbours inside one word of ``min_word`` letters
    or more, never at a word's first letter (misspellings there are rare) and never across a
    space or hyphen; ``name`` itself when it has no such word."""
    letters = "abcdefghijklmnoprstuvwyz"
    words = [(m.start(), m.group()) for m in re.finditer(r"[^\W\d_]+", name)]
    words = [(at, w) for at, w in words if len(w) >= min_word]
    if not words:
        return name
    for _ in range(20):
        at, word = rng.choice(words)
        op = rng.choice(("del", "sub", "swap"))
        i = rng.randrange(1, len(word))
        if op == "del":
            out = word[:i] + word[i + 1 :]
        elif op == "sub":
            out = word[:i] + rng.choice(letters.replace(word[i].lower(), "")) + word[i + 1 :]
        elif i + 1 < len(word):
            out = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
        else:
            continue
        if out != word:
            return name[:at] + out + name[at + len(word) :]
    return name


TYPO_MIN_WORD = 6


def make_queries(
    records: dict[str, dict[str, object]], sample: list[str], rng: random.Random
) -> tuple[list[Query], dict[str, tuple[str, str]], Counter[str]]:
    """The queries, the held-out (scheme, spelling) per sampled id, and counts of skips."""
    known = {split_words(a) for rec in records.values() for _, a in rec["aliases"]}  # type: ignore[attr-defined]
    known |= {split_words(str(rec["name"])) for rec in records.values()}
    spellings = sorted(" ".join(words) for words in known)
    queries: list[Query] = []
    held: dict[str, tuple[str, str]] = {}
    skipped: Counter[str] = Counter()
    for n, pid in enumerate(sample):
        rec = records[pid]
        scheme = HELD_OUT[n % len(HELD_OUT)]
        aliases = rec["aliases"]  # type: ignore[assignment]
        remaining = [(s, a) for s, a in aliases if s != scheme]  # type: ignore[union-attr]
        keys = {split_words(a) for _, a in remaining} | {split_words(str(rec["name"]))}
        form = romanize(str(rec["native"]), source=source_of(rec), scheme=scheme)  # type: ignore[arg-type]
        if split_words(form) in keys:
            skipped["held-out spelling is another scheme's alias"] += 1
        else:
            held[pid] = (scheme, form)
            queries.append(Query("held-out", pid, str(rec["name"]), form, scheme))
        dutch = [a for s, a in remaining if s == "nl"] or [str(rec["name"])]
        base = dutch[0]
        wrong = typo(base, rng, TYPO_MIN_WORD)
        if wrong == base:
            skipped[f"typo: no word of {TYPO_MIN_WORD}+ letters"] += 1
        elif split_words(wrong) in known:
            skipped["typo is a name in the gazetteer"] += 1
        else:
            own = {" ".join(words) for words in keys}
            kind = "typo-tie" if as_near_to_another(wrong, own, spellings) else "typo"
            queries.append(Query(kind, pid, str(rec["name"]), wrong, "nl"))
    return queries, held, skipped


def as_near_to_another(wrong: str, own: set[str], spellings: list[str]) -> bool:
    """Whether a spelling that is none of ``own`` (the place's names) is at most as many edits
    from ``wrong`` as the nearest of ``own``."""
    key = " ".join(split_words(wrong))
    nearest = min(OSA.distance(key, name) for name in own)
    hits = process.extract(key, spellings, scorer=OSA.distance, score_cutoff=nearest, limit=None)
    return any(name not in own for name, _, _ in hits)


def write_held_out(
    tables: dict[str, list[dict[str, str]]], held: dict[str, tuple[str, str]], out: Path
) -> None:
    """Copy the gazetteer without the held-out spellings: a sampled place loses every alias of
    its held-out scheme, and no other record keeps the held-out spelling either (an oblast
    named after its city has the city's spellings)."""
    unknown = {split_words(form) for _, form in held.values()}
    out.mkdir(parents=True, exist_ok=True)
    for path in GAZETTEERS.iterdir():
        if path.is_file() and path.name not in PLACE_TABLES:
            shutil.copyfile(path, out / path.name)
    for table, rows in tables.items():
        lines = ["\t".join(PLACE_COLUMNS)]
        for row in rows:
            aliases = parse_aliases(row["aliases"], where=row["id"])
            if row["id"] in held:
                aliases = [(s, a) for s, a in aliases if s != held[row["id"]][0]]
            aliases = [(s, a) for s, a in aliases if split_words(a) not in unknown]
            cells = [row[c] for c in PLACE_COLUMNS[:-1]]
            cells.append("|".join(f"{s}:{a}" for s, a in aliases))
            lines.append("\t".join(cells))
        (out / table).write_text("\n".join(lines) + "\n", encoding="utf-8")


def same_name(records, a: str, b: str) -> bool:  # type: ignore[no-untyped-def]
    """Homonyms: the same English name or the same Cyrillic name (Rudnia, Rudnya: Рудня)."""
    ra, rb = records[a], records[b]
    native_a = normalize(str(ra.get("native") or ""))
    native_b = normalize(str(rb.get("native") or ""))
    return ra["name"] == rb["name"] or bool(native_a and native_a == native_b)


def place_spans(doc):  # type: ignore[no-untyped-def]
    return list(doc.spans.get(PLACES_KEY, ()))


def score_queries(nlp, queries: list[Query], records):  # type: ignore[no-untyped-def]
    """Score every query twice: in its bare carrier sentence, and after a scene sentence of
    a war article (the text users give claimkit)."""
    texts = []
    for n, q in enumerate(queries):
        carrier = CARRIERS[n % len(CARRIERS)]
        for condition in CONDITIONS:
            # the scene changes every len(CARRIERS) queries, so each carrier meets every scene
            scene = SCENES[(n // len(CARRIERS)) % len(SCENES)] + " "
            scene = "" if condition == "bare" else scene
            start = len(scene) + carrier.index("{name}")
            texts.append((q, condition, scene + carrier.format(name=q.text), start, n))
    table: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    by_carrier: dict[tuple[str, str, int], Counter[str]] = defaultdict(Counter)
    misses: dict[tuple[str, str], list[str]] = defaultdict(list)
    for (q, condition, _text, start, n), doc in zip(
        texts, nlp.pipe(t for _, _, t, _, _ in texts), strict=True
    ):
        end = start + len(q.text)
        counts = table[q.kind, condition]
        counts["queries"] += 1
        links = [
            s for s in place_spans(doc) if s.start_char < end and s.end_char > start and s.kb_id_
        ]
        counts["links"] += len(links)
        strict = any(s.kb_id_ == q.place_id for s in links)
        by_name = any(same_name(records, s.kb_id_, q.place_id) for s in links)
        counts["strict"] += strict
        counts["name"] += by_name
        offered = [s.kb_id_ for s in links] + [
            str(a[0]) for s in links for a in s._.claimkit_link["alternatives"]
        ]
        counts["offered"] += any(same_name(records, p, q.place_id) for p in offered)
        carrier_counts = by_carrier[q.kind, condition, n % len(CARRIERS)]
        carrier_counts["queries"] += 1
        carrier_counts["name"] += by_name
        carrier_counts["links"] += len(links)
        carrier_counts["name_links"] += sum(
            1 for s in links if same_name(records, s.kb_id_, q.place_id)
        )
        counts["correct_links"] += sum(1 for s in links if s.kb_id_ == q.place_id)
        counts["name_links"] += sum(1 for s in links if same_name(records, s.kb_id_, q.place_id))
        for s in links:
            counts[f"method:{s._.claimkit_link['method']}"] += 1
        if not by_name or len(links) > 1:
            found = ", ".join(f"{s.text}->{records[s.kb_id_]['name']}" for s in links) or "-"
            pos = " ".join(
                f"{t.pos_}{'/' + t.ent_type_ if t.ent_type_ else ''}"
                for t in doc
                if start <= t.idx < end
            )
            misses[q.kind, condition].append(
                f"{q.text!r} ({q.scheme}) for {q.name} [{pos}]: {found}"
            )
    return table, misses, by_carrier


def conll_sentences(limit: int) -> list[str]:
    """Sentences of CoNLL-2002 Dutch (Flemish news, 2000) that have a named entity."""
    sentences, words, has_entity = [], [], False
    if not CONLL.is_file():
        return []
    for line in CONLL.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if not parts or parts[0] == "-DOCSTART-":
            if words and has_entity:
                sentences.append(" ".join(words))
            words, has_entity = [], False
            if len(sentences) >= limit:
                break
            continue
        words.append(parts[0])
        has_entity |= parts[-1] != "O"
    return sentences


def conll_control(nlp, records, limit: int):  # type: ignore[no-untyped-def]
    """Links a misspelling or variant makes in Flemish news of 2000 that is put in focus (a
    war-article scene sentence before it): foreign places, people, clubs, brands are the
    names claimkit must not turn into Ukrainian villages. Listed for a human to judge."""
    found = []
    sentences = conll_sentences(limit)
    texts = [f"{SCENES[n % len(SCENES)]} {s}" for n, s in enumerate(sentences)]
    for text, doc in zip(texts, nlp.pipe(texts, batch_size=64), strict=True):
        for span in place_spans(doc):
            method = span._.claimkit_link["method"]
            if span.kb_id_ and method in ("fuzzy", "variant"):
                record = records[span.kb_id_]
                found.append((span.text, record["name"], record["kind"], method, text))
    return len(sentences), found


def surname_control(nlp):  # type: ignore[no-untyped-def]
    """Place links on frequent Russian and Ukrainian surnames in war-article sentences: per
    carrier sentence, the number of sentences and the links."""
    names = read_word_list(SURNAMES)
    out = []
    for n, carrier in enumerate(SURNAME_CARRIERS):
        scene = SCENES[n % len(SCENES)] + " "
        texts = [scene + carrier.format(name=name) for name in names]
        links = []
        for name, doc in zip(names, nlp.pipe(texts), strict=True):
            links += [
                f"{s.text}->{s.kb_id_} [{s._.claimkit_link['method']}]"
                for s in place_spans(doc)
                if s.text == name and s.kb_id_
            ]
        out.append((carrier, len(texts), links))
    return out


def negatives(nlp, records, sample_size: int, rng: random.Random) -> dict[str, object]:  # type: ignore[no-untyped-def]
    people = [row for _, row in read_rows(GAZETTEERS / "people.tsv", ["id", "name", "aliases"])]
    names = sorted({row["name"] for row in people})
    names += sorted(
        {a for row in people for s, a in parse_aliases(row["aliases"], where="") if s == "nl"}
    )
    person_texts = [PERSON_CARRIERS[n % 3].format(name=name) for n, name in enumerate(names)]
    words: Counter[str] = Counter()
    sentences: list[str] = []
    for path in sorted(ALPINO.glob("*.conllu")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("# text = "):
                sentences.append(line[9:])
            elif line and line[0].isdigit():
                form = line.split("\t")[1]
                if form.isalpha() and form.islower() and len(form) >= 4:
                    words[form] += 1
    common = [w for w, _ in words.most_common(1500)]
    word_texts = [WORD_CARRIER.format(word=w.capitalize()) for w in common]
    out: dict[str, object] = {}
    for label, texts in (("person names", person_texts), ("Dutch words", word_texts)):
        found = []
        for doc in nlp.pipe(texts):
            found += [f"{s.text}->{s.kb_id_ or 'ner'}" for s in place_spans(doc) if s.kb_id_]
        out[label] = (len(texts), found)
    found_alpino: list[tuple[str, str, str, str, str]] = []
    for doc in nlp.pipe(sentences, batch_size=64):
        for s in place_spans(doc):
            if s.kb_id_:
                pos = s.root.pos_
                found_alpino.append(
                    (s.text, records[s.kb_id_]["name"], s._.claimkit_link["method"], pos, doc.text)
                )
    out["alpino"] = (len(sentences), found_alpino)
    return out


def pct(a: float, b: float) -> str:
    return f"{a / b:.3f}" if b else "  -  "


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--model", default=os.environ.get("CLAIMKIT_MODEL", "../shared/models/nl_ud_sm")
    )
    parser.add_argument("--sample", type=int, default=350, help="places to sample")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--show", type=int, default=25, help="misses / negatives to print")
    parser.add_argument("--no-fuzzy", action="store_true", help="what-if: without fuzzy matching")
    parser.add_argument("--fuzzy-min-length", type=int, help="what-if: override min length")
    parser.add_argument("--no-negatives", action="store_true")
    parser.add_argument("--conll", type=int, default=3000, help="CoNLL-2002 sentences to use")
    parser.add_argument("--keep", type=Path, help="also write the held-out gazetteer here")
    args = parser.parse_args()

    rng = random.Random(args.seed)
    started = time.perf_counter()
    tables = read_tables(GAZETTEERS)
    records = merged_records(tables)
    sample = sample_places(records, args.sample, rng)
    queries, held, skipped = make_queries(records, sample, rng)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "gazetteers"
        write_held_out(tables, held, folder)
        if args.keep:
            shutil.copytree(folder, args.keep, dirs_exist_ok=True)
        analyzer = claimkit.load(args.model, gazetteer_dir=str(folder))
        nlp = analyzer.nlp
        linker = nlp.get_pipe("claimkit_places")
        if args.no_fuzzy:
            linker.use_fuzzy = False
        if args.fuzzy_min_length is not None:
            linker.fuzzy_min_length = args.fuzzy_min_length
        # The public API gives the same links (checked on the first query).
        first = analyzer.analyze(CARRIERS[0].format(name=queries[0].text)).places
        table, misses, by_carrier = score_queries(nlp, queries, records)
        neg = None if args.no_negatives else negatives(nlp, records, args.show, rng)
        conll = None if args.no_negatives else conll_control(nlp, records, args.conll)
        surnames = None if args.no_negatives else surname_control(nlp)
    elapsed = time.perf_counter() - started

    strata = Counter((records[p]["country"], records[p]["kind"]) for p in sample)
    print(
        f"model {args.model}; seed {args.seed}; {len(sample)} places sampled: "
        + ", ".join(f"{c} {k} {n}" for (c, k), n in sorted(strata.items()))
    )
    print(
        f"fuzzy {linker.use_fuzzy} (edits by length {linker.max_edits}), "
        f"min length {linker.fuzzy_min_length}; "
        f"skipped: {dict(skipped)}; API check: "
        f"{[(p.text, p.record.id if p.record else None) for p in first]}"
    )
    print()
    header = f"{'queries':<10}{'text':<9}{'n':>5}{'recall':>9}{'recall':>9}{'prec.':>8}{'prec.':>8}"
    print(header + f"{'links':>7}{'alt.':>7}")
    print(f"{'':<24}{'strict':>9}{'name':>9}{'strict':>8}{'name':>8}")
    for condition in CONDITIONS:
        rows = {kind: table[kind, condition] for kind in KINDS}
        rows["typo, all"] = rows["typo"] + rows["typo-tie"]
        rows["overall"] = sum(rows.values(), Counter()) - rows["typo, all"]
        for kind, c in rows.items():
            print(
                f"{kind:<10}{condition:<9}{c['queries']:>5}{pct(c['strict'], c['queries']):>9}"
                f"{pct(c['name'], c['queries']):>9}{pct(c['correct_links'], c['links']):>8}"
                f"{pct(c['name_links'], c['links']):>8}{c['links']:>7}"
                f"{pct(c['offered'], c['queries']):>7}"
            )
        total = rows["overall"]
        methods = {k[7:]: v for k, v in sorted(total.items()) if k.startswith("method:")}
        print(f"{'':<10}{condition:<9}link methods: {methods}")
    print("\nname-level recall by carrier sentence (article text): held-out, typo, typo-tie")
    for n, carrier in enumerate(CARRIERS):
        cells = []
        for kind in KINDS:
            c = by_carrier[kind, "article", n]
            cells.append(f"{pct(c['name'], c['queries'])} ({c['queries']:>2})")
        print(f"  {'   '.join(cells)}   {carrier}")
    print("name-level recall / precision (queries), article text, by carrier group:")
    groups = (
        ("with a place cue", range(CUE_CARRIERS)),
        ("without", range(CUE_CARRIERS, len(CARRIERS))),
    )
    for label, members in groups:
        cells = []
        for kind in KINDS:
            c = sum((by_carrier[kind, "article", n] for n in members), Counter())
            recall, precision = pct(c["name"], c["queries"]), pct(c["name_links"], c["links"])
            cells.append(f"{kind} {recall} / {precision} ({c['queries']})")
        print(f"  {label:<17}" + "   ".join(cells))
    for condition in CONDITIONS:
        for kind in KINDS:
            lines = misses[kind, condition]
            print(f"\nmisses and extra links ({kind}, {condition}; {len(lines)}):")
            for line in lines[: args.show]:
                print("  " + line)
    if neg is not None:
        print()
        for label in ("person names", "Dutch words"):
            n, found = neg[label]  # type: ignore[misc]
            print(
                f"negatives, {label}: {n} sentences, {len(found)} place links: {found[: args.show]}"
            )
        n, found = neg["alpino"]  # type: ignore[misc]
        non_propn = [f for f in found if f[3] != "PROPN"]
        by_method = Counter(f[2] for f in found)
        print(
            f"UD Alpino: {n} sentences, {len(found)} place links ({dict(by_method)}), "
            f"{len(non_propn)} on tokens not tagged PROPN"
        )
        print(
            f"  not PROPN (all {len(non_propn)}): "
            + "; ".join(f"{t}->{name} [{m},{p}]" for t, name, m, p, _ in non_propn)
        )
        picks = random.Random(args.seed).sample(found, min(args.show, len(found)))
        print(f"  sample of {len(picks)} links for review:")
        for t, name, m, p, sent in picks:
            print(f"    {t} -> {name} [{m},{p}] | {sent[:110]}")
    if surnames is not None:
        print("\nRussian and Ukrainian surnames after a war-article sentence:")
        for carrier, n, links in surnames:
            print(f"  {len(links):>3} place links in {n} sentences: {carrier}")
            print(f"      {', '.join(links)}")
    if conll is not None:
        n, found = conll
        print(
            f"\nCoNLL-2002 (Flemish news, after a war-article scene sentence): {n} sentences, "
            f"{len(found)} links by variant or misspelling (all, for review):"
        )
        for text, name, kind, method, sentence in found:
            print(f"    {text} -> {name} ({kind}) [{method}] | {sentence[:120]}")
    print(f"\n{elapsed:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
