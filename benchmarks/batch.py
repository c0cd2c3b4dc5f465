"""Articles per second of `claimkit batch`: 1 worker, 2 workers and a Dask LocalCluster, one run.

    python benchmarks/batch.py [--articles 5000] [--model PATH] [--configs 1,2,dask]

The articles are generated (in a temporary folder, never committed) from real Dutch sentences
in ../shared: each takes six consecutive sentences, three of UD Dutch Alpino and three of the
CoNLL-2002 Flemish newspaper text, and every other one a `date YYYY-MM` header. Each set-up
runs `claimkit.batch.write` over the same folder into JSONL, in a fresh Python process of its
own, so that its peak memory is its own; reported for each:

- articles/s (wall clock, with and without starting the engine and loading the model);
- peak resident memory of the parent process and of the largest worker (``ru_maxrss``;
  Dask workers report theirs through ``client.run``);
- the parent's resident memory after the first fifth of the articles and at the end, to show
  that memory stays flat as the run goes on.

The ratio "2 workers vs 1" is the target of issue 19 (at least 1.6 on this 2-core machine).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("CLAIMKIT_SHARED", REPO.parent / "shared"))
STANDIN = SHARED / "models" / "nl_ud_sm"


def alpino_sentences() -> list[str]:
    sentences = []
    for path in sorted((SHARED / "data" / "ud-dutch-alpino").glob("*.conllu")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("# text = "):
                sentences.append(line[len("# text = ") :])
    return sentences


def conll_sentences() -> list[str]:
    sentences, words = [], []
    path = SHARED / "data" / "conll2002" / "ned.train"
    for line in path.read_text(encoding="latin-1").splitlines():
        token = line.split(" ")[0]
        if not line.strip() or token == "-DOCSTART-":
            if words:
                sentences.append(_detokenised(words))
            words = []
            continue
        words.append(token)
    return sentences


def _detokenised(words: list[str]) -> str:
    text = " ".join(words)
    for mark in (" .", " ,", " :", " ;", " ?", " !", " )"):
        text = text.replace(mark, mark[1:])
    return text.replace("( ", "(")


def generate(folder: Path, count: int) -> int:
    """Write ``count`` articles into ``folder``; returns their words."""
    alpino, conll = alpino_sentences(), conll_sentences()
    rng = random.Random(19)
    words = 0
    for number in range(count):
        start_a, start_c = rng.randrange(len(alpino) - 3), rng.randrange(len(conll) - 3)
        parts = [*alpino[start_a : start_a + 3], *conll[start_c : start_c + 3]]
        rng.shuffle(parts)
        text = " ".join(parts)
        words += len(text.split())
        header = (
            f" date 20{rng.randrange(14, 25)}-{rng.randrange(1, 13):02d} " if number % 2 else ""
        )
        sub = folder / f"{number // 1000:02d}"
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"{number:05d}.txt").write_text(header + text, encoding="utf-8")
    return words


def _rss_kb() -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def run_one(config: str, folder: Path, out: Path, model: str, count: int) -> dict:
    """One set-up, in this process (called in a fresh process by :func:`main`)."""
    from claimkit import batch

    samples: dict[str, int] = {}
    out_lines = {"n": 0}

    def watch() -> None:  # the parent's memory after a fifth of the articles
        while "first_fifth" not in samples:
            if out.exists():
                out_lines["n"] = out.read_bytes().count(b"\n")
                if out_lines["n"] >= count // 5:
                    samples["first_fifth"] = _rss_kb()
                    return
            time.sleep(0.5)

    threading.Thread(target=watch, daemon=True).start()
    options: dict = {"model": model, "chunk_size": 16}
    if config == "dask":
        options.update(engine="dask", workers=2)
    else:
        options.update(workers=int(config))
    dask_peaks: list[int] = []
    if config == "dask":
        _patch_dask_close(dask_peaks)
    # Local engines reuse the analyser loaded here (cached); a Dask cluster starts again.
    load_seconds = _load_seconds(options)
    started = time.perf_counter()
    summary = batch.write(folder, out, overwrite=True, progress=False, **options)
    seconds = time.perf_counter() - started
    processing = seconds - load_seconds if config == "dask" else seconds
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return {
        "config": config,
        "articles": summary.articles,
        "errors": sum(summary.errors.values()),
        "seconds": processing,
        "load_seconds": load_seconds,
        "articles_per_s": summary.articles / (processing + load_seconds),
        "articles_per_s_loaded": summary.articles / processing,
        "parent_peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "worker_peak_mb": (max(dask_peaks) if dask_peaks else children) / 1024,
        "parent_rss_first_fifth_mb": samples.get("first_fifth", 0) / 1024,
        "parent_rss_end_mb": _rss_kb() / 1024,
    }


def _load_seconds(options: dict) -> float:
    """Time to start the engine and load the model, measured once separately."""
    from claimkit.batch.run import Options

    started = time.perf_counter()
    engine = Options(**options).start_engine()
    engine.model()
    engine.close()
    return time.perf_counter() - started


def _patch_dask_close(peaks: list[int]) -> None:
    """Ask each Dask worker for its peak memory before the cluster closes."""
    from claimkit.batch import engines

    close = engines.DaskEngine.close

    def close_and_measure(self: engines.DaskEngine) -> None:
        try:
            found = self.client.run(lambda: resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
            peaks.extend(found.values())
        except Exception:  # a measurement, not the run
            pass
        close(self)

    engines.DaskEngine.close = close_and_measure  # type: ignore[method-assign]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--model", default=os.environ.get("CLAIMKIT_MODEL") or str(STANDIN))
    parser.add_argument("--configs", default="1,2,dask")
    parser.add_argument("--one", help=argparse.SUPPRESS)
    parser.add_argument("--folder", help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        result = run_one(args.one, Path(args.folder), Path(args.out), args.model, args.articles)
        print(json.dumps(result))
        return
    with tempfile.TemporaryDirectory(prefix="claimkit-batch-bench-") as temporary:
        folder = Path(temporary) / "articles"
        words = generate(folder, args.articles)
        print(f"{args.articles:,} articles, {words:,} words ({words / args.articles:.0f} each)")
        print(f"model: {args.model}; CPUs: {os.cpu_count()}")
        results = []
        for config in args.configs.split(","):
            out = Path(temporary) / f"out-{config}.jsonl"
            command = [
                sys.executable, "-P", __file__, "--one", config, "--folder", str(folder),
                "--out", str(out), "--model", args.model, "--articles", str(args.articles),
            ]  # fmt: skip
            done = subprocess.run(command, capture_output=True, text=True, check=True)
            results.append(json.loads(done.stdout.strip().splitlines()[-1]))
            same = out.read_bytes() == (Path(temporary) / "out-1.jsonl").read_bytes()
            results[-1]["same_as_1"] = same if config != "1" else None
        base = next((r for r in results if r["config"] == "1"), results[0])
        print()
        print("| set-up | articles/s | after loading | vs 1 worker | load s | parent peak MB "
              "| worker peak MB | parent MB at 1/5 → end | records = 1 worker |")  # fmt: skip
        print("|---|---|---|---|---|---|---|---|---|")
        for r in results:
            name = {"1": "1 worker", "2": "2 workers", "dask": "Dask LocalCluster, 2 workers"}
            ratio = r["articles_per_s_loaded"] / base["articles_per_s_loaded"]
            worker = f"{r['worker_peak_mb']:,.0f}" if r["config"] != "1" else "(in parent)"
            same = {None: "", True: "yes", False: "**no**"}[r["same_as_1"]]
            print(
                f"| {name.get(r['config'], r['config'])} | {r['articles_per_s']:.1f} "
                f"| {r['articles_per_s_loaded']:.1f} | {ratio:.2f} | {r['load_seconds']:.1f} "
                f"| {r['parent_peak_mb']:,.0f} | {worker} "
                f"| {r['parent_rss_first_fifth_mb']:,.0f} → {r['parent_rss_end_mb']:,.0f} "
                f"| {same} |"
            )
        print(f"\nerrors: {', '.join(str(r['errors']) for r in results)} (all should be 0)")


if __name__ == "__main__":
    main()
