"""The full gazetteer against the curated one: load time, throughput and memory, in one run.

    python benchmarks/gazetteer.py [--model PATH] [--repeat 3]

- load: seconds to load the place gazetteer (first load in a fresh process, with and without
  the compiled cache), and its size (records, aliases);
- throughput: ``Analyzer.pipe`` words per CPU second over the UD Alpino sentences with the
  curated places only and with the full generated tables (war and world), taking turns on
  chunks of 50 sentences (this machine's speed drifts within a minute), best of ``--repeat``;
- memory: peak resident memory of a fresh process that loads the pipeline with the full
  gazetteer and analyses the sentences.

Targets (issue 3): load under 1 s; the full gazetteer keeps at least 90% of the curated
throughput; peak memory under 500 MB.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# benchmarks/numbers.py (named by issue 9) would shadow the standard library's `numbers`.
_HERE = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != _HERE]

import claimkit  # noqa: E402
from claimkit.resources import gazetteer_dir  # noqa: E402

REPO = _HERE.parent

_CHILD_LOAD = """
import time, sys
from pathlib import Path
start = time.perf_counter()
from claimkit.gazetteer.places import load_places
g = load_places(Path(sys.argv[1]))
print(time.perf_counter() - start, len(g), len(g.index))
"""

_CHILD_MEMORY = """
import resource, sys
sys.path[:] = [p for p in sys.path if not p.endswith("benchmarks")]
import claimkit
sys.path.insert(0, sys.argv[3])
from throughput import alpino_sentences
from pathlib import Path
analyzer = claimkit.load(sys.argv[1], gazetteer_dir=sys.argv[2])
loaded = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
for _ in analyzer.pipe(alpino_sentences(Path(sys.argv[4]))):
    pass
print(loaded / 1024, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""


def curated_only(folder: Path) -> Path:
    """A gazetteer folder like the shipped one, without the generated places tables."""
    for path in gazetteer_dir().glob("*.tsv"):
        if path.name not in ("places.generated.tsv", "places.world.tsv"):
            shutil.copyfile(path, folder / path.name)
    return folder


def child(code: str, *args: str) -> list[float]:
    """Run ``code`` in a fresh interpreter; its printed numbers."""
    out = subprocess.run(
        [sys.executable, "-c", code, *args], check=True, capture_output=True, text=True
    ).stdout
    return [float(x) for x in out.split()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--model", default=None, help="default: $CLAIMKIT_MODEL or the stand-in")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    model = args.model or os.environ.get("CLAIMKIT_MODEL") or str(args.shared / "models/nl_ud_sm")
    sys.path.insert(0, str(_HERE))
    from throughput import alpino_sentences

    sys.path.pop(0)

    full_dir = gazetteer_dir()
    with tempfile.TemporaryDirectory() as tmp:
        small_dir = curated_only(Path(tmp))
        print("load (fresh process each):")
        for label, folder in (("curated", small_dir), ("full", full_dir)):
            first = child(_CHILD_LOAD, str(folder))
            again = child(_CHILD_LOAD, str(folder))
            print(
                f"  {label:<8} {int(first[1]):>7,} places {int(first[2]):>8,} alias keys   "
                f"first load {first[0]:.2f} s, cached {again[0]:.2f} s"
            )

        texts = alpino_sentences(args.shared)
        analyzers = {
            "curated": claimkit.load(model, gazetteer_dir=str(small_dir)),
            "full": claimkit.load(model, gazetteer_dir=str(full_dir)),
        }
        words = sum(len(t.split()) for t in texts)
        for analyzer in analyzers.values():
            for _ in analyzer.pipe(texts[:200]):
                pass
        # The set-ups take turns on chunks of 50 sentences, timed in CPU seconds: this
        # machine's speed drifts by tens of percent within a minute, so whole passes one after
        # the other measure the drift as much as the gazetteer.
        chunks = [texts[i : i + 50] for i in range(0, len(texts), 50)]
        best = {name: float("inf") for name in analyzers}
        found = {}
        for _ in range(args.repeat):
            spent = dict.fromkeys(analyzers, 0.0)
            counts = dict.fromkeys(analyzers, 0)
            for n, chunk in enumerate(chunks):
                order = list(analyzers.items())
                for name, analyzer in order if n % 2 == 0 else reversed(order):
                    start = time.process_time()
                    results = list(analyzer.pipe(chunk))
                    spent[name] += time.process_time() - start
                    counts[name] += sum(len(r.places) for r in results)
            for name in analyzers:
                best[name] = min(best[name], spent[name])
                found[name] = counts[name]
        print(
            f"throughput over {len(texts):,} UD Alpino sentences ({words:,} words), set-ups "
            f"taking turns on chunks of 50, CPU time, best of {args.repeat}:"
        )
        for name, seconds in best.items():
            print(
                f"  {name:<8} {words / seconds:>8,.0f} words/CPU s"
                f"   {found[name]:>5} place mentions"
            )
        kept = best["curated"] / best["full"]
        print(f"  the full gazetteer keeps {kept:.1%} of the curated throughput (target ≥ 90%)")

        loaded, peak = child(_CHILD_MEMORY, model, str(full_dir), str(_HERE), str(args.shared))
        print(
            f"memory with the full gazetteer: {loaded:,.0f} MB after loading, "
            f"{peak:,.0f} MB peak after analysing (target < 500 MB)"
        )


if __name__ == "__main__":
    main()
