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


def model_path() -> str:
    """The Dutch pipeline the tests run on: $CLAIMKIT_MODEL, else the stand-in in ../shared."""
    return os.environ.get("CLAIMKIT_MODEL") or str(SHARED / "models" / "nl_ud_sm")


@pytest.fixture(scope="session")
def analyzer():
    """One loaded Analyzer for the whole test session."""
    import claimkit

    return claimkit.load(model_path())


@pytest.fixture(scope="session")
def article(shared_dir: Path) -> str:
    """The example article, as users' files look (date header included)."""
    return (shared_dir / "articles" / "bachmoet-2022-12.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def gold(shared_dir: Path) -> dict:
    """The example article's hand-made reference annotation."""
    import json

    return json.loads((shared_dir / "articles" / "bachmoet-2022-12.gold.json").read_text("utf-8"))


def assert_offsets(analysis) -> None:
    """Every mention's offsets index the original text."""
    for mention in [*analysis.places, *analysis.people, *analysis.organisations]:
        assert analysis.text[mention.start : mention.end] == mention.text, mention
    for quote in analysis.quotes:
        assert analysis.text[quote.start : quote.end] == quote.text, quote
        for part in (quote.speaker_mention, quote.cue):
            if part is not None:
                assert analysis.text[part.start : part.end] == part.text, part
    for claim in analysis.claims:
        assert analysis.text[claim.start : claim.end] == claim.text, claim
