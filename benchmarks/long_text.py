"""Peak memory and time of one long text through ``claimkit.analyze``.

    python benchmarks/long_text.py --mb 20          # 20 MB of real 2019 news, one text

The text is real articles (../shared/data/dpg-news2019) joined by paragraph breaks until it
reaches the size asked for. Each size runs in a fresh process; its peak resident memory is the
child's ``ru_maxrss``. The offsets of every mention are checked against the text.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

# benchmarks/numbers.py (named by issue 9) would shadow the standard library's `numbers`
# when this file is run as a script (its folder comes first on sys.path).
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("CLAIMKIT_SHARED", REPO.parent / "shared"))
MODEL = os.environ.get("CLAIMKIT_MODEL") or str(SHARED / "models" / "nl_ud_sm")


def build_text(megabytes: float) -> str:
    """Real articles joined by blank lines until the text has ``megabytes`` million chars."""
    path = SHARED / "data" / "dpg-news2019" / "articles-dev.jsonl"
    articles = [json.loads(line)["text"] for line in path.open(encoding="utf-8")]
    target = int(megabytes * 1_000_000)
    parts: list[str] = []
    size = 0
    while size < target:
        for text in articles:
            parts.append(text)
            size += len(text) + 2
            if size >= target:
                break
    return " date 2019-06\n" + "\n\n".join(parts)[:target]


def child(megabytes: float) -> None:
    import claimkit

    text = build_text(megabytes)
    analyzer = claimkit.load(MODEL)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    analysis = analyzer.analyze(text)
    seconds = time.perf_counter() - started
    mentions = [*analysis.places, *analysis.people, *analysis.organisations]
    exact = all(text[m.start : m.end] == m.text for m in mentions)
    print(
        json.dumps(
            {
                "chars": len(text),
                "seconds": round(seconds, 1),
                "rss_before_analyze_mb": before // 1024,
                "mentions": len(mentions),
                "offsets_exact": exact,
                "warnings": [w.code for w in analysis.warnings],
            }
        )
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, nargs="+", default=[20.0], help="text sizes in MB")
    parser.add_argument("--child", type=float, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child is not None:
        child(args.child)
        return 0
    print(f"model: {MODEL}")
    for megabytes in args.mb:
        run = subprocess.run(
            [sys.executable, "-P", __file__, "--child", str(megabytes)],
            capture_output=True,
            text=True,
            check=False,
        )
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024
        if run.returncode != 0:
            print(f"{megabytes} MB: exit {run.returncode}\n{run.stderr[-2000:]}")
            return 1
        result = json.loads(run.stdout.strip().splitlines()[-1])
        print(
            f"{megabytes:>6} MB ({result['chars']:,} chars): {result['seconds']} s, "
            f"peak RSS {peak:,} MB (after load, before analyze: "
            f"{result['rss_before_analyze_mb']:,} MB), {result['mentions']:,} mentions, "
            f"offsets exact: {result['offsets_exact']}, warnings: {result['warnings']}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
