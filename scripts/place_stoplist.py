"""Single-word place aliases that are ordinary Dutch words or given names: the place stop list.

Recipe (reproducible: same inputs, same list):

1. every single-word spelling (name or alias) of the place gazetteer (generated + curated),
   normalised as the matcher does (``claimkit.gazetteer.index.normalize``: lower case, Latin
   diacritics dropped);
2. Dutch words: the forms written in lower case in the UD Dutch Alpino treebank (``# text =``
   lines and the FORM column; CC BY-SA 4.0) and in the CoNLL-2002 Dutch training data (De Morgen
   newspaper text), plus spaCy's Dutch stop words; a spelling is a Dutch word when it occurs
   there in lower case at least ``--min-count`` times;
3. given names: the first word of every multi-word name in ``gazetteers/people.tsv``;
4. a spelling that is a Dutch word or a given name goes into the stop list, unless it names an
   important place: a country or region, or any record of the hand-curated table (``Minsk``,
   ``Kyiv``: never stop words), or it is listed in ``KEEP`` below after review. Generated
   cities are not exempt: ``Vladimir`` (RU) and ``Volodymyr`` (UA) are far more often the given
   names of Putin and Zelensky in Dutch news than those towns.
   ``ADD`` holds words found by hand review that the corpora miss.

The result is merged into ``stop_aliases`` of ``src/claimkit/data/places_nl.json`` (sorted; the
other keys are left untouched) with ``--write``; without it the candidates are printed with the
places they would silence, for review.

    /tmp/venv/bin/python scripts/place_stoplist.py            # review
    /tmp/venv/bin/python scripts/place_stoplist.py --write    # update places_nl.json
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter, defaultdict
from pathlib import Path

from spacy.lang.nl.stop_words import STOP_WORDS

from claimkit.gazetteer.index import normalize
from claimkit.gazetteer.places import PLACE_COLUMNS
from claimkit.gazetteer.tables import parse_aliases, read_rows

ROOT = Path(__file__).resolve().parents[1]
GAZETTEERS = ROOT / "gazetteers"
DATA_JSON = ROOT / "src" / "claimkit" / "data" / "places_nl.json"
SHARED = ROOT.parent / "shared" / "data"

IMPORTANT_KINDS = frozenset({"country", "region"})
# Reviewed by hand: Dutch words (or names) that are also places a Dutch news reader must see
# linked, though the place is a town or village. Empty strings are never added.
KEEP: frozenset[str] = frozenset()
# Reviewed by hand: not in the corpora but ordinary words or names in Dutch news text.
# Reviewed by reading every single-word spelling of 5 letters or fewer (2,087): given names
# (Artem, Illia, Oleh, Sasha, Slava, Linda, Rosa, Flora), words of Dutch news text (Mars, Marx,
# Port, Stasi, Gay) that are also names of small towns or villages.
ADD: frozenset[str] = frozenset(
    {
        "artem",
        "flora",
        "gay",
        "illia",
        "illja",
        "illya",
        "linda",
        "marks",
        "mars",
        "marx",
        "oleh",
        "port",
        "rosa",
        "sasha",
        "slava",
        "slawa",
        "stasi",
    }
)


def dutch_words(min_count: int) -> Counter[str]:
    """Lower-case word forms of the Dutch corpora, counted."""
    counts: Counter[str] = Counter()
    for path in sorted((SHARED / "ud-dutch-alpino").glob("*.conllu")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("# text ="):
                words = re.findall(r"\w+", line[8:])
            elif line and line[0].isdigit():
                words = [line.split("\t")[1]]
            else:
                continue
            counts.update(w for w in words if w.islower() and w.isalpha())
    conll = SHARED / "conll2002" / "ned.train"
    if conll.is_file():
        for line in conll.read_text(encoding="latin-1").splitlines():
            word = line.split(" ", 1)[0]
            if word.islower() and word.isalpha():
                counts[word] += 1
    for word in STOP_WORDS:
        counts[word] += min_count
    return Counter({normalize(w): c for w, c in counts.items() if c >= min_count})


def given_names() -> set[str]:
    """First words of multi-word person names (names and aliases) of people.tsv."""
    names: set[str] = set()
    for _, row in read_rows(GAZETTEERS / "people.tsv", ["id", "name", "aliases"]):
        spellings = [row["name"], *(s for _, s in parse_aliases(row["aliases"], where=row["id"]))]
        for spelling in spellings:
            words = spelling.split()
            if len(words) > 1 and words[0][:1].isupper() and words[0].isalpha():
                names.add(normalize(words[0]))
    return names


def place_spellings() -> tuple[dict[str, set[str]], set[str]]:
    """Single-word spelling -> place names it stands for; spellings of important places."""
    places: dict[str, set[str]] = defaultdict(set)
    important: set[str] = set()
    for table in ("places.generated.tsv", "places.curated.tsv"):
        for _, row in read_rows(GAZETTEERS / table, PLACE_COLUMNS):
            spellings = [row["name"]]
            spellings += [s for _, s in parse_aliases(row["aliases"], where=row["id"])]
            for spelling in spellings:
                if len(spelling.split()) != 1:
                    continue
                key = normalize(spelling)
                places[key].add(f"{row['name']} ({row['kind']}, {row['country']})")
                if row["kind"] in IMPORTANT_KINDS or table == "places.curated.tsv":
                    important.add(key)
    return places, important


def candidates(min_count: int) -> list[tuple[str, str, list[str]]]:
    """(spelling, why, places) for every spelling that should never match as a place."""
    words = dutch_words(min_count)
    names = given_names()
    places, important = place_spellings()
    found = []
    for key in sorted(places):
        if key in important or key in KEEP or not key.isalpha():
            continue
        why = []
        if key in words:
            why.append(f"dutch×{words[key]}")
        if key in names:
            why.append("given name")
        if why or key in ADD:
            found.append((key, ", ".join(why) or "hand", sorted(places[key])[:3]))
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--min-count", type=int, default=1, help="min. lower-case occurrences")
    parser.add_argument("--write", action="store_true", help="merge into places_nl.json")
    args = parser.parse_args()
    found = candidates(args.min_count)
    for key, why, places in found:
        print(f"{key}\t{why}\t{'; '.join(places)}")
    print(f"# {len(found)} stop aliases")
    if args.write:
        text = DATA_JSON.read_text(encoding="utf-8")
        data = json.loads(text)
        merged = sorted(set(data["stop_aliases"]) | {key for key, _, _ in found})
        data["stop_aliases"] = merged
        out = json.dumps(data, indent=2, ensure_ascii=False)
        DATA_JSON.write_text(out + ("\n" if text.endswith("\n") else ""), encoding="utf-8")
        print(f"# wrote {len(merged)} stop aliases to {DATA_JSON}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
