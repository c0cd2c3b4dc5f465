"""Shared fixtures: where ../shared is, and one loaded Analyzer for the whole session."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def _shared_dir() -> Path:
    env = os.environ.get("CLAIMKIT_SHARED")
    path = Path(env) if env else REPO.parent / "shared"
    if not path.is_dir():
        raise RuntimeError(
            f"test data folder not found at {path}: put shared/ beside the repository "
            "or set CLAIMKIT_SHARED"
        )
    return path


SHARED = _shared_dir()


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The shared/ folder beside the repository (or $CLAIMKIT_SHARED)."""
    return SHARED
