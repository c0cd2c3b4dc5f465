"""Words per second of claimkit against the bare spaCy pipeline, measured in the same run.

    python benchmarks/throughput.py [--model PATH] [--repeat 3]

Texts: the sentences of UD Dutch Alpino (dev + test, `# text =` lines) in ../shared. Three
set-ups over the same texts, interleaved so machine noise hits all alike; the best of
``--repeat`` runs of each is reported:

- bare: ``spacy.load(model).pipe(texts)``
- components: the same pipeline with claimkit's components (``nlp.pipe``)
- analyze: ``Analyzer.pipe(texts)``, the full claimkit call including the typed results

Target (issue 2): places and people add at most 15% to the bare pipeline's time.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path

# benchmarks/numbers.py (named by issue 9) would shadow the standard library's `numbers`.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]

import spacy  # noqa: E402

import claimkit  # noqa: E402

REPO = Path(__file__).resolve().parents[1]


def alpino_sentences(shared: Path) -> list[str]:
    """Raw sentences of the UD Alpino treebank files."""
    sentences = []
    for path in sorted((shared / "data" / "ud-dutch-alpino").glob("*.conllu")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("# text = "):
                sentences.append(line[len("# text = ") :])
    return sentences


def best_time(run: Callable[[], Iterable[object]], repeat: int) -> float:
    """Fastest of ``repeat`` full runs, in seconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        for _ in run():
            pass
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--model", default=None, help="default: $CLAIMKIT_MODEL or the stand-in")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--batch-size", type=int, default=64)
    args = parser.parse_args()
    model = args.model or os.environ.get("CLAIMKIT_MODEL") or str(args.shared / "models/nl_ud_sm")

    texts = alpino_sentences(args.shared)
    bare = spacy.load(model)
    words = sum(len(doc) for doc in bare.pipe(texts, batch_size=args.batch_size))
    analyzer = claimkit.load(model)  # its own copy of the pipeline, with claimkit's components
    with_components = analyzer.nlp

    runs: dict[str, Callable[[], Iterable[object]]] = {
        "bare spaCy": lambda: bare.pipe(texts, batch_size=args.batch_size),
        "spaCy + claimkit components": lambda: with_components.pipe(
            texts, batch_size=args.batch_size
        ),
        "claimkit Analyzer.pipe": lambda: analyzer.pipe(texts, batch_size=args.batch_size),
    }
    for run in runs.values():  # warm up caches once
        for _ in run():
            pass
    seconds = {name: float("inf") for name in runs}
    for _ in range(args.repeat):  # interleaved, best of each
        for name, run in runs.items():
            seconds[name] = min(seconds[name], best_time(run, 1))

    print(f"model: {model}")
    print(f"texts: {len(texts):,} UD Alpino sentences, {words:,} words; best of {args.repeat}")
    print(f"{'set-up':<30} {'seconds':>8} {'words/s':>10} {'time vs bare':>13}")
    base = seconds["bare spaCy"]
    for name, value in seconds.items():
        print(f"{name:<30} {value:>8.2f} {words / value:>10,.0f} {value / base:>12.3f}x")
    overhead = seconds["claimkit Analyzer.pipe"] / base - 1
    print(f"claimkit adds {overhead:.1%} to the bare pipeline's time (target: at most 15%)")


if __name__ == "__main__":
    main()
