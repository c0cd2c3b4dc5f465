"""Words per second of claimkit against the bare spaCy pipeline, measured in the same run.

    python benchmarks/throughput.py [--model PATH] [--repeat 3]

Texts: the sentences of UD Dutch Alpino (dev + test, `# text =` lines) in ../shared. Three
set-ups over the same texts, run back to back in each of ``--repeat`` rounds; the best time
of each set-up is reported (CPU and wall clock), and the ratio to bare spaCy is the median of
the per-round ratios, since this shared machine's speed drifts between rounds:

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

from statistics import median  # noqa: E402

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


def timed(run: Callable[[], Iterable[object]]) -> tuple[float, float]:
    """CPU seconds and wall-clock seconds of one full run.

    CPU time is what the ratio is computed on: on a shared virtual machine the wall clock also
    counts time other guests took from us, which moves by tens of percent between runs.
    """
    cpu, wall = time.process_time(), time.perf_counter()
    for _ in run():
        pass
    return time.process_time() - cpu, time.perf_counter() - wall


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--model", default=None, help="default: $CLAIMKIT_MODEL or the stand-in")
    parser.add_argument("--repeat", type=int, default=6)
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
    for name, run in runs.items():  # load lazily built state (first-call costs), not the texts
        del run
        warm = texts[:50]
        if name == "claimkit Analyzer.pipe":
            for _ in analyzer.pipe(warm):
                pass
        else:
            for _ in (bare if name == "bare spaCy" else with_components).pipe(warm):
                pass
    cpu: dict[str, list[float]] = {name: [] for name in runs}
    wall: dict[str, list[float]] = {name: [] for name in runs}
    for _ in range(args.repeat):  # rounds: the three set-ups back to back
        for name, run in runs.items():
            cpu_s, wall_s = timed(run)
            cpu[name].append(cpu_s)
            wall[name].append(wall_s)

    print(f"model: {model}")
    print(f"texts: {len(texts):,} UD Alpino sentences, {words:,} words; {args.repeat} rounds")
    print(f"{'set-up':<30} {'CPU s':>7} {'words/CPU s':>12} {'wall s':>7} {'CPU vs bare':>22}")
    base = cpu["bare spaCy"]
    for name in runs:
        # The ratio is taken within each round (set-ups run back to back), then its median.
        ratios = sorted(c / b for c, b in zip(cpu[name], base, strict=True))
        best = min(cpu[name])
        print(
            f"{name:<30} {best:>7.2f} {words / best:>12,.0f} {min(wall[name]):>7.2f} "
            f"{median(ratios):>8.3f}x ({ratios[0]:.3f}-{ratios[-1]:.3f})"
        )
    ratios = [c / b for c, b in zip(cpu["claimkit Analyzer.pipe"], base, strict=True)]
    print(
        f"claimkit adds {median(ratios) - 1:.1%} to the bare pipeline's CPU time "
        f"(median of {args.repeat} rounds; target: at most 15%)"
    )


if __name__ == "__main__":
    main()
