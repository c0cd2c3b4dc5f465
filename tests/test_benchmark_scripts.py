"""Every script in benchmarks/ runs as `python benchmarks/NAME.py`.

Run that way, the script's own folder comes first on sys.path, where benchmarks/numbers.py would
shadow the standard library's `numbers` (imported by numpy, decimal and fractions); each script
must take its folder off the path before anything imports them.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"
SCRIPTS = sorted(p.name for p in BENCHMARKS.glob("*.py"))

# As `python benchmarks/NAME.py` starts: the folder first on sys.path. The module code runs
# (not main); after it, `import numbers` (by numpy, decimal, fractions) must find the standard
# library's module, not benchmarks/numbers.py.
PROBE = """
import importlib.util, runpy, sys
sys.path.insert(0, {folder!r})
runpy.run_path({script!r}, run_name="benchmark_under_test")
origin = importlib.util.find_spec("numbers").origin
assert not origin.startswith({folder!r}), origin
"""


def test_there_are_scripts() -> None:
    assert {"quotes_eval.py", "claims_eval.py", "throughput.py", "numbers.py"} <= set(SCRIPTS)


@pytest.mark.parametrize("name", SCRIPTS)
def test_script_does_not_shadow_the_standard_library(name: str) -> None:
    code = PROBE.format(folder=str(BENCHMARKS), script=str(BENCHMARKS / name))
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr[-2000:]
