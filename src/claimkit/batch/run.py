"""A batch run: articles read in order, analysed in chunks by an engine, written as records."""

from __future__ import annotations

import logging
import math
import os
import sys
import time
from collections import Counter, deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from claimkit.batch.engines import DEFAULT_TIMEOUT, DaskEngine, LocalEngine
from claimkit.batch.records import make_record, source_of
from claimkit.batch.sources import (
    DEFAULT_MAX_BYTES,
    Article,
    Fields,
    Source,
    find_files,
    input_size,
    read_articles,
)
from claimkit.batch.work import AnalyzerSpec
from claimkit.batch.writers import open_writer
from claimkit.dates import normalize_date
from claimkit.errors import ArticleError, InvalidInputError

if TYPE_CHECKING:
    from claimkit.api import Analyzer
    from claimkit.results import Analysis

log = logging.getLogger(__name__)

Engine = Literal["local", "dask"]
PathLike = str | os.PathLike[str]
#: Articles analysed together (one task for a worker).
DEFAULT_CHUNK_SIZE = 16


@dataclass
class Options:
    """What a batch run reads and how it analyses (the arguments of :func:`run`)."""

    glob: str | None = None
    fields: Fields = field(default_factory=Fields)
    max_bytes: int = DEFAULT_MAX_BYTES
    model: str | None = None
    gazetteer_dir: str | None = None
    max_text_chars: int | None = None
    analyzer: Analyzer | None = None
    workers: int = 1
    engine: Engine = "local"
    scheduler: str | None = None
    chunk_size: int = DEFAULT_CHUNK_SIZE
    timeout: float | None = DEFAULT_TIMEOUT
    date: str | None = None

    def check(self) -> None:
        for name in ("workers", "chunk_size", "max_bytes"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise InvalidInputError(f"{name} must be a whole number of at least 1: {value!r}")
        if self.engine not in ("local", "dask"):
            raise InvalidInputError(f"engine {self.engine!r}: choose 'local' or 'dask'")
        if self.scheduler and self.engine != "dask":
            raise InvalidInputError("a scheduler address needs engine='dask'")
        if self.timeout is not None and not (
            isinstance(self.timeout, int | float)
            and not isinstance(self.timeout, bool)
            and math.isfinite(self.timeout)
            and self.timeout > 0
        ):
            raise InvalidInputError(
                f"timeout must be a finite number of seconds above 0 (or None): {self.timeout!r}"
            )
        self.date = normalize_date(self.date)

    def spec(self) -> AnalyzerSpec:
        return AnalyzerSpec(self.model, self.gazetteer_dir, self.max_text_chars)

    def start_engine(self) -> LocalEngine | DaskEngine:
        if self.engine == "dask":
            if self.analyzer is not None:
                raise InvalidInputError("engine='dask' loads its own analysers: pass model=")
            return DaskEngine(
                self.spec(), scheduler=self.scheduler, workers=self.workers, timeout=self.timeout
            )
        return LocalEngine(
            self.spec(), workers=self.workers, timeout=self.timeout, analyzer=self.analyzer
        )


def run(
    paths: Iterable[PathLike] | PathLike,
    *,
    glob: str | None = None,
    fields: Fields | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    model: str | None = None,
    gazetteer_dir: str | None = None,
    analyzer: Analyzer | None = None,
    workers: int = 1,
    engine: Engine = "local",
    scheduler: str | None = None,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
    timeout: float | None = DEFAULT_TIMEOUT,
    date: str | None = None,
) -> Iterator[tuple[Source, Analysis | ArticleError]]:
    """Analyse every article of ``paths`` (files and folders), yielding results in order.

    Each item is ``(source, result)``: the :class:`~claimkit.batch.Source` of the article and
    its :class:`~claimkit.Analysis`, or an :class:`~claimkit.ArticleError` saying why it has
    none (unreadable, empty, binary, too large, failed). Nothing is raised for one article;
    bad arguments raise at once. ``workers`` processes share the work (``engine="local"``), or
    a Dask cluster does (``engine="dask"``, at ``scheduler`` or a local cluster of
    ``workers``). ``model`` and ``gazetteer_dir`` are those of :func:`claimkit.load`;
    ``analyzer`` reuses one already loaded (local engine only); ``date`` is
    every article's date, over headers and date fields.
    """
    options = Options(
        glob=glob, fields=fields or Fields(), max_bytes=max_bytes, model=model,
        gazetteer_dir=gazetteer_dir, analyzer=analyzer, workers=workers, engine=engine,
        scheduler=scheduler, chunk_size=chunk_size, timeout=timeout, date=date,
    )  # fmt: skip
    options.check()
    files = find_files(_path_list(paths), glob)
    return _sources_and_results(_pairs(files, options, skip=frozenset()))


def _path_list(paths: Iterable[PathLike] | PathLike) -> list[PathLike]:
    if isinstance(paths, str | os.PathLike):
        return [paths]
    return list(paths)


def _sources_and_results(
    pairs: Iterator[tuple[Article | ArticleError, Analysis | ArticleError, Any]],
) -> Iterator[tuple[Source, Analysis | ArticleError]]:
    for item, result, _ in pairs:
        yield source_of(item), result


def _pairs(
    files: Iterable[Path],
    options: Options,
    *,
    skip: frozenset[str] | set[str],
    engine: LocalEngine | DaskEngine | None = None,
) -> Iterator[tuple[Article | ArticleError, Analysis | ArticleError, Any]]:
    """Each article (or read error) with its result and the model info, in input order.

    The engine (started here unless given) is closed when the iteration ends, however."""
    items = read_articles(files, fields=options.fields, max_bytes=options.max_bytes, skip=skip)
    if options.date is not None:
        items = (
            replace(item, date=options.date) if isinstance(item, Article) else item
            for item in items
        )
    engine = engine or options.start_engine()
    try:
        model = engine.model()
        groups: deque[list[Article | ArticleError]] = deque()
        chunks = _chunks(items, options.chunk_size, groups)
        for results in engine.map(chunks):
            group = groups.popleft()
            analysed = iter(results)
            for item in group:
                result = item if isinstance(item, ArticleError) else next(analysed)
                yield item, result, model
    finally:
        engine.close()


def _chunks(
    items: Iterable[Article | ArticleError],
    chunk_size: int,
    groups: deque[list[Article | ArticleError]],
) -> Iterator[list[Article]]:
    """Chunks of at most ``chunk_size`` articles; read errors ride along in ``groups``."""
    group: list[Article | ArticleError] = []
    articles: list[Article] = []
    for item in items:
        group.append(item)
        if isinstance(item, Article):
            articles.append(item)
        if len(articles) >= chunk_size or len(group) >= 8 * chunk_size:
            groups.append(group)
            yield articles
            group, articles = [], []
    if group:
        groups.append(group)
        yield articles


@dataclass
class Summary:
    """What a :func:`write` run did."""

    analysed: int = 0
    errors: Counter[str] = field(default_factory=Counter)
    resumed: int = 0
    seconds: float = 0.0
    out: str = ""

    @property
    def articles(self) -> int:
        return self.analysed + sum(self.errors.values())

    def __str__(self) -> str:
        rate = self.articles / self.seconds if self.seconds else 0.0
        errors = sum(self.errors.values())
        parts = [f"{self.articles:,} articles in {self.seconds:,.1f} s ({rate:,.1f}/s)"]
        parts.append(f"{self.analysed:,} analysed")
        if errors:
            reasons = ", ".join(f"{reason} {n:,}" for reason, n in self.errors.most_common())
            parts.append(f"{errors:,} errors ({reasons})")
        else:
            parts.append("no errors")
        if self.resumed:
            parts.append(f"{self.resumed:,} done before (resumed)")
        return f"claimkit batch: {'; '.join(parts)}; output: {self.out}"


def write(
    paths: Iterable[PathLike] | PathLike,
    out: PathLike,
    *,
    format: str = "jsonl",
    resume: bool = False,
    overwrite: bool = False,
    progress: bool | None = None,
    **options: Any,
) -> Summary:
    """Analyse ``paths`` into ``out`` (see :func:`run` for ``options``) and say what was done.

    ``format``: ``jsonl`` (one file), ``csv`` or ``parquet`` (a folder of tables). ``resume``
    continues an interrupted run into the same ``out``, skipping the articles done; each
    article ends up in the output exactly once. ``progress`` shows a bar on standard error
    (default: when it is a terminal).
    """
    settings = Options(**options)
    settings.check()
    path_list = _path_list(paths)
    files = find_files(path_list, settings.glob)
    # The model loads before the output is made: a run that cannot start leaves nothing.
    engine = settings.start_engine()
    try:
        engine.model()
        writer = open_writer(out, format, resume=resume, overwrite=overwrite)
    except BaseException:
        engine.close()
        raise
    summary = Summary(resumed=len(writer.done), out=str(out))
    show = sys.stderr.isatty() if progress is None else progress
    bar = _progress_bar(path_list, settings.glob, show)
    started = time.monotonic()
    pairs = _pairs(files, settings, skip=writer.done, engine=engine)
    try:
        entries: list[tuple[dict[str, Any], Analysis | None]] = []
        for item, result, model in pairs:
            article = item if isinstance(item, Article) else None
            record = make_record(source_of(item), article, result, model)
            if isinstance(result, ArticleError):
                summary.errors[result.reason] += 1
                entries.append((record, None))
            else:
                summary.analysed += 1
                entries.append((record, result))
            if bar is not None:
                bar.update(item.size)
                rate = summary.articles / max(time.monotonic() - started, 1e-9)
                bar.set_postfix_str(
                    f"{summary.articles:,} articles, {rate:,.1f}/s, "
                    f"{sum(summary.errors.values()):,} errors",
                    refresh=False,
                )
            if len(entries) >= settings.chunk_size:
                writer.write(entries)
                entries = []
        if entries:
            writer.write(entries)
    finally:
        pairs.close()  # stops the engine's workers at once, also on Ctrl-C
        writer.close()
        if bar is not None:
            bar.close()
        summary.seconds = time.monotonic() - started
    return summary


def _progress_bar(paths: list[PathLike], glob: str | None, show: bool) -> Any:
    if not show:
        return None
    from tqdm import tqdm

    return tqdm(
        total=input_size(paths, glob), unit="B", unit_scale=True, desc="claimkit batch",
        dynamic_ncols=True, file=sys.stderr,
    )  # fmt: skip
