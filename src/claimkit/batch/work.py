"""What a worker does with a chunk of articles: the same in every engine, so records match."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from claimkit.batch.sources import Article
from claimkit.errors import ArticleError, ClaimkitError

if TYPE_CHECKING:
    from claimkit.api import Analyzer
    from claimkit.results import Analysis, ModelInfo

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class AnalyzerSpec:
    """How to load the analyser: what a Dask worker needs to load it once for itself."""

    model: str | None = None
    gazetteer_dir: str | None = None
    max_text_chars: int | None = None

    def load(self) -> Analyzer:
        """This process's analyser for the spec, loaded on first use and then reused."""
        return _loaded(self)


@cache
def _loaded(spec: AnalyzerSpec) -> Analyzer:
    from claimkit.api import DEFAULT_MAX_TEXT_CHARS, load

    log.info("loading the analyser (%s)", spec.model or "default model")
    return load(
        spec.model,
        gazetteer_dir=spec.gazetteer_dir,
        max_text_chars=spec.max_text_chars or DEFAULT_MAX_TEXT_CHARS,
    )


def analyze_articles(analyzer: Analyzer, articles: list[Article]) -> list[Analysis | ArticleError]:
    """Each article's analysis, or an :class:`ArticleError` for one that fails.

    The chunk goes through the pipeline together; when that raises, each article is tried
    alone, so one bad article costs only its own result.
    """
    if not articles:
        return []
    try:
        return list(
            analyzer.pipe(
                [a.text for a in articles], dates=[a.date for a in articles],
                batch_size=len(articles),
            )
        )  # fmt: skip
    except Exception:
        log.debug("a chunk of %d articles failed; analysing them one by one", len(articles))
    return [_analyze_one(analyzer, article) for article in articles]


def _analyze_one(analyzer: Analyzer, article: Article) -> Analysis | ArticleError:
    try:
        return analyzer.analyze(article.text, date=article.date)
    except ClaimkitError as err:  # bad input the analyser names (an impossible date header…)
        return ArticleError("bad_input", str(err).split("\n")[0], article.source, article.size)
    except Exception as err:
        log.warning("analysis of %s failed", article.source, exc_info=True)
        message = f"the analysis failed: {type(err).__name__}: {err}"[:500]
        return ArticleError("analysis_failed", message, article.source, article.size)


def model_info(spec: AnalyzerSpec) -> ModelInfo:
    """The model a spec loads (for a Dask run, asked of the workers)."""
    return spec.load().model
