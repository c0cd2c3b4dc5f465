"""claimkit: places, speakers and unverified numeric claims in Dutch-language news.

>>> import claimkit
>>> analysis = claimkit.analyze(" date 2022-12 Zelenski bezocht Bachmoet.")
>>> [p.record.name for p in analysis.places]
['Bakhmut']

The heavy parts (spaCy, the gazetteers) load on first use, so ``import claimkit.numbers`` stays
cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from claimkit.errors import (
    ArticleError,
    BatchError,
    ClaimkitError,
    DateHeaderError,
    GazetteerError,
    InvalidInputError,
    MissingExtraError,
    ModelLanguageError,
    ModelNotFoundError,
    ResultFormatError,
    TextTooLongError,
    WorkerError,
)

__version__ = "0.1.0"

if TYPE_CHECKING:
    from claimkit.api import Analyzer, analyze, load
    from claimkit.results import (
        ActorRecord,
        Analysis,
        AnalysisWarning,
        Candidate,
        Organisation,
        Person,
        Place,
        PlaceRecord,
    )

__all__ = [
    "ActorRecord",
    "Analysis",
    "AnalysisWarning",
    "Analyzer",
    "ArticleError",
    "BatchError",
    "Candidate",
    "ClaimkitError",
    "DateHeaderError",
    "GazetteerError",
    "InvalidInputError",
    "MissingExtraError",
    "ModelLanguageError",
    "ModelNotFoundError",
    "Organisation",
    "Person",
    "Place",
    "PlaceRecord",
    "ResultFormatError",
    "TextTooLongError",
    "WorkerError",
    "__version__",
    "analyze",
    "load",
]

_LAZY = {
    "Analyzer": "claimkit.api",
    "analyze": "claimkit.api",
    "load": "claimkit.api",
    "Analysis": "claimkit.results",
    "AnalysisWarning": "claimkit.results",
    "ActorRecord": "claimkit.results",
    "Candidate": "claimkit.results",
    "Organisation": "claimkit.results",
    "Person": "claimkit.results",
    "Place": "claimkit.results",
    "PlaceRecord": "claimkit.results",
}


def __dir__() -> list[str]:
    return sorted(__all__)


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'claimkit' has no attribute {name!r}")
