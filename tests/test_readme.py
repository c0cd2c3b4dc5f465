"""The README's first example runs as written and prints what the README says it prints."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

from conftest import REPO, SHARED, model_path

pytestmark = pytest.mark.model


def test_readme_example_prints_what_the_readme_shows():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    code, shown = re.search(
        r"```python\n(.*?)```\n\nprints[^\n]*\n\n```\n(.*?)```", readme, re.S
    ).groups()
    code = code.replace("../shared/", f"{SHARED.as_posix()}/")
    env = {**os.environ, "CLAIMKIT_MODEL": model_path(), "PYTHONPATH": str(REPO / "src")}
    run = subprocess.run(
        [sys.executable, "-P", "-c", code], capture_output=True, text=True, env=env, timeout=120
    )
    assert run.returncode == 0, run.stderr[-2000:]
    assert run.stdout == shown
