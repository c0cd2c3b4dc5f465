"""Print a readable summary of a Dutch news article: places, people, organisations.

    python examples/analyze_article.py ../shared/articles/bachmoet-2022-12.txt

Uses $CLAIMKIT_MODEL, else nl_core_news_sm (python -m spacy download nl_core_news_sm).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import claimkit
from claimkit.outputs import summary


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("article", type=Path, help="a UTF-8 text file")
    parser.add_argument("--model", help="spaCy pipeline (default: $CLAIMKIT_MODEL)")
    args = parser.parse_args()
    try:
        analyzer = claimkit.load(args.model)
    except claimkit.ClaimkitError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    analysis = analyzer.analyze(args.article.read_text(encoding="utf-8"))
    print(summary(analysis))

    print("\nwhere each place is mentioned:")
    for place in analysis.places:
        name = place.record.name if place.record else "?"
        context = analysis.context(place, width=30)
        print(f"  {place.start:>5}  {place.text:<12} → {name:<16} {place.method:<10} …{context}…")

    print("\nrole mentions resolved by the article's date:")
    for person in analysis.people:
        if person.method == "role":
            holder = person.record.name if person.record else "unresolved"
            print(f"  '{person.text}' ({person.role}, {analysis.date}) → {holder}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
