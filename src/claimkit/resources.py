"""Where claimkit's shipped data lives: gazetteers and cue lexicons."""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any

from claimkit.errors import GazetteerError

_PACKAGE_DIR = Path(str(files("claimkit")))


def gazetteer_dir() -> Path:
    """The folder of the shipped gazetteers.

    Inside an installed wheel they live at ``claimkit/gazetteers``; in a source checkout (and an
    editable install) at the repository's top-level ``gazetteers/``.
    """
    for candidate in (_PACKAGE_DIR / "gazetteers", _PACKAGE_DIR.parents[1] / "gazetteers"):
        if candidate.is_dir():
            return candidate
    raise GazetteerError("the gazetteers folder is missing from this claimkit installation")


def data_path(name: str) -> Path:
    """Path of a data file in ``claimkit/data`` (cue lexicons, word lists)."""
    return _PACKAGE_DIR / "data" / name


@cache
def load_json(name: str) -> Any:
    """A JSON data file of ``claimkit/data``, parsed once."""
    path = data_path(name)
    try:
        with path.open(encoding="utf-8") as handle:
            return json.load(handle)
    except FileNotFoundError as err:
        raise GazetteerError(f"data file missing: {path}") from err
    except json.JSONDecodeError as err:
        raise GazetteerError(f"{path}: line {err.lineno}: {err.msg}") from err
