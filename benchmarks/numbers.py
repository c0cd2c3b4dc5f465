"""Throughput of claimkit.numbers.find_quantities against text2num's alpha2digit (Dutch).

Both run over the ``# text =`` lines of the UD Dutch Alpino treebank in the same process, and
both are scored on Recognizers-Text's Dutch ``NumberModel.json``:

    PYTHONPATH=src python benchmarks/numbers.py [--shared PATH] [--repeat N]
"""

from __future__ import annotations

import os
import sys

# This file is named numbers.py: keep its folder off sys.path so the stdlib ``numbers`` module
# (imported by fractions/decimal) is not shadowed by it.
_HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:] = [p for p in sys.path if os.path.abspath(p or os.curdir) != _HERE]

import argparse  # noqa: E402
import json  # noqa: E402
import math  # noqa: E402
import re  # noqa: E402
import time  # noqa: E402
from collections.abc import Callable  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from text_to_num import alpha2digit  # noqa: E402

from claimkit.numbers import NOT_QUANTITY_ROLES, find_quantities  # noqa: E402

NUMBER_KINDS = frozenset({"cardinal", "decimal", "fraction"})
_T2N_NUM = re.compile(r"-?\d+(?:[.,]\d+)?")


def sentences(shared: Path) -> list[str]:
    out: list[str] = []
    for path in sorted((shared / "data" / "ud-dutch-alpino").glob("*.conllu")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("# text ="):
                out.append(line[len("# text =") :].strip())
    return out


def throughput(fn: Callable[[str], Any], texts: list[str], repeat: int) -> float:
    """Characters per second (best of ``repeat`` passes)."""
    chars = sum(len(t) for t in texts)
    best = math.inf
    for _ in range(repeat):
        t0 = time.perf_counter()
        for t in texts:
            fn(t)
        best = min(best, time.perf_counter() - t0)
    return chars / best


def _agree(exp: list[tuple[str, float]], got: list[tuple[str, float]]) -> bool:
    if len(exp) != len(got):
        return False
    return all(
        et == gt and math.isclose(ev, gv, rel_tol=1e-9, abs_tol=1e-12)
        for (et, ev), (gt, gv) in zip(exp, got, strict=True)
    )


def _expected(case: dict[str, Any]) -> list[tuple[str, float]]:
    return [
        (r["Text"].lower(), float(str(r["Resolution"]["value"]).replace(",", ".")))
        for r in case["Results"]
    ]


def claimkit_numbers(text: str) -> list[tuple[str, float]]:
    return [
        (q.text.lower(), float(q.value))
        for q in find_quantities(text)
        if q.kind in NUMBER_KINDS and q.role not in NOT_QUANTITY_ROLES and q.value is not None
    ]


def text2num_numbers(text: str) -> list[tuple[str, float]]:
    """Values only: alpha2digit rewrites the text, so spans cannot be compared."""
    out = alpha2digit(text, "nl")
    return [("", float(m.group().replace(",", "."))) for m in _T2N_NUM.finditer(out)]


def pass_rates(shared: Path) -> tuple[tuple[int, int], tuple[int, int]]:
    cases = json.loads(
        (shared / "specs" / "recognizers-text-nl" / "NumberModel.json").read_text("utf-8")
    )
    ck = sum(_agree(_expected(c), claimkit_numbers(c["Input"])) for c in cases)
    t2n = 0
    for c in cases:
        exp = [("", v) for _, v in _expected(c)]
        try:
            got = text2num_numbers(c["Input"])
        except Exception:  # text2num may raise on odd input; that case fails
            continue
        t2n += _agree(exp, got)
    return (ck, len(cases)), (t2n, len(cases))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--repeat", type=int, default=3, help="passes; the best is reported")
    args = parser.parse_args(argv)
    texts = sentences(args.shared)
    chars = sum(len(t) for t in texts)
    print(f"UD Alpino: {len(texts)} sentences, {chars} characters, best of {args.repeat}")
    find_quantities("warm-up 1.500 en drie")  # load the data file once
    ck = throughput(find_quantities, texts, args.repeat)
    t2n = throughput(lambda t: alpha2digit(t, "nl"), texts, args.repeat)
    print(f"claimkit find_quantities:     {ck:12,.0f} chars/s")
    print(f"text2num alpha2digit(.., nl): {t2n:12,.0f} chars/s")
    print(f"ratio claimkit / text2num:    {ck / t2n:12.2f}")
    (ckp, n), (t2p, _) = pass_rates(args.shared)
    print(f"NumberModel pass rate: claimkit {ckp}/{n} = {ckp / n:.3f}")
    print(f"NumberModel pass rate: text2num {t2p}/{n} = {t2p / n:.3f} (values only, no spans)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
