"""The entry points: :func:`load` a pipeline, :func:`analyze` a text, :class:`Analyzer` for batches.

The flow: the text's date header is split off, the rest cut into pieces spaCy can take (at
paragraph breaks), each piece runs through the spaCy pipeline with claimkit's components, and
:mod:`claimkit.assemble` turns the span groups back into one :class:`~claimkit.results.Analysis`
whose offsets index the original text.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from claimkit import components  # noqa: F401  (registers the factories)
from claimkit.assemble import Assembler
from claimkit.dates import normalize_date, split_date_header
from claimkit.errors import (
    BatchError,
    InvalidInputError,
    ModelLanguageError,
    ModelNotFoundError,
)
from claimkit.language import looks_dutch
from claimkit.results import Analysis, AnalysisWarning, ModelInfo

log = logging.getLogger(__name__)

DEFAULT_MODEL = "nl_core_news_sm"
MODEL_ENV = "CLAIMKIT_MODEL"
#: claimkit's components, in pipeline order (after the pipeline's own components).
COMPONENTS = (
    "claimkit_compounds",
    "claimkit_organisations",
    "claimkit_places",
    "claimkit_people",
)


def model_name(model: str | Path | None = None) -> str:
    """The pipeline claimkit loads: ``model``, else ``$CLAIMKIT_MODEL``, else nl_core_news_sm."""
    return str(model or os.environ.get(MODEL_ENV) or DEFAULT_MODEL)


def load(
    model: str | Path | Language | None = None, *, gazetteer_dir: str | Path | None = None
) -> Analyzer:
    """Load a Dutch spaCy pipeline with claimkit's components and return an :class:`Analyzer`.

    ``model`` is a package name, a folder, or a loaded ``Language`` (which gets claimkit's
    components added, in place); by default
    ``$CLAIMKIT_MODEL``, else ``nl_core_news_sm``. ``gazetteer_dir`` replaces the shipped
    gazetteers with a folder of your own (same files, see gazetteers/README.md).
    """
    if isinstance(model, Language):
        nlp = model
    else:
        name = model_name(model)
        try:
            nlp = spacy.load(name)
        except OSError as err:
            raise ModelNotFoundError(_missing_model_message(name)) from err
    if nlp.lang != "nl":
        raise ModelLanguageError(
            f"claimkit reads Dutch; the pipeline {nlp.meta.get('name')!r} is for {nlp.lang!r}"
        )
    add_components(nlp, gazetteer_dir=gazetteer_dir)
    return Analyzer(nlp)


def add_components(nlp: Language, *, gazetteer_dir: str | Path | None = None) -> None:
    """Add claimkit's components that ``nlp`` lacks, in order, at the end of the pipeline."""
    for name in COMPONENTS:
        if name not in nlp.pipe_names:
            folder = str(gazetteer_dir) if gazetteer_dir is not None else None
            nlp.add_pipe(name, config={"gazetteer_dir": folder})


def sets_entities(nlp: Language) -> bool:
    """Whether some component of ``nlp`` (NER, entity ruler…) assigns ``doc.ents``."""
    return any("doc.ents" in nlp.get_pipe_meta(name).assigns for name in nlp.pipe_names)


def _missing_model_message(name: str) -> str:
    return (
        f"the spaCy pipeline {name!r} is not installed (or is not a pipeline folder).\n"
        f"Install the default Dutch pipeline with:\n"
        f"    python -m spacy download {DEFAULT_MODEL}\n"
        f"or choose another Dutch spaCy pipeline (a package name or a folder) with "
        f"claimkit.load(model=...) or the {MODEL_ENV} environment variable."
    )


@dataclass
class _Job:
    """One input text, prepared: its date, where its body starts and how it is cut."""

    text: str
    date: str | None
    pieces: list[tuple[int, int]]
    warnings: list[AnalysisWarning] = field(default_factory=list)


class Analyzer:
    """A loaded pipeline that turns Dutch texts into :class:`~claimkit.results.Analysis` results.

    Build one with :func:`load`; it is safe to reuse for any number of texts.
    """

    def __init__(self, nlp: Language) -> None:
        missing = [name for name in COMPONENTS if name not in nlp.pipe_names]
        if missing:
            raise ModelLanguageError(f"pipeline lacks claimkit components: {', '.join(missing)}")
        order = [name for name in nlp.pipe_names if name in COMPONENTS]
        if order != list(COMPONENTS):
            raise ModelLanguageError(
                f"claimkit's components must run in the order {', '.join(COMPONENTS)}; "
                f"this pipeline has {', '.join(order)}"
            )
        self.nlp = nlp
        self.model = ModelInfo(
            name=f"{nlp.meta.get('lang', 'nl')}_{nlp.meta.get('name', 'pipeline')}",
            version=str(nlp.meta.get("version", "")),
            spacy_version=spacy.about.__version__,
        )
        self.has_ner = sets_entities(nlp)
        if not self.has_ner:
            log.warning("pipeline %s has no NER: only gazetteer names are found", self.model.name)
        self._assembler = Assembler(nlp)

    def __repr__(self) -> str:
        return f"Analyzer(model={self.model.name!r} {self.model.version})"

    def analyze(self, text: str, *, date: str | dt.date | None = None) -> Analysis:
        """Analyse one text. ``date`` (``YYYY-MM`` or ``YYYY-MM-DD``) overrides a date header."""
        return next(self.pipe([text], dates=[date]))

    def pipe(
        self,
        texts: Iterable[str],
        *,
        dates: Iterable[str | dt.date | None] | None = None,
        batch_size: int = 32,
        n_process: int = 1,
    ) -> Iterator[Analysis]:
        """Analyse many texts, yielding one :class:`Analysis` per text, in order.

        ``dates`` gives each text's date (overriding its header); ``batch_size`` and
        ``n_process`` are passed on to spaCy's ``Language.pipe``.
        """
        if isinstance(texts, str | bytes):
            raise InvalidInputError(
                "pipe() takes an iterable of texts, not one text: use analyze()"
            )
        date_list = iter(dates) if dates is not None else None
        jobs: dict[int, _Job] = {}
        no_date = object()

        def stream() -> Iterator[tuple[Doc, int]]:
            number = -1
            for number, text in enumerate(texts):
                date = next(date_list, no_date) if date_list is not None else None
                if date is no_date:
                    raise BatchError(f"dates ran out at text #{number}: give one date per text")

                job = self._prepare(text, date, number)
                jobs[number] = job
                for start, end in job.pieces:
                    doc = self.nlp.make_doc(text[start:end])
                    doc._.claimkit_date = job.date
                    yield doc, number
            if date_list is not None and next(date_list, no_date) is not no_date:
                raise BatchError(f"more dates than texts ({number + 1}): give one date per text")

        results = self.nlp.pipe(
            stream(), as_tuples=True, batch_size=batch_size, n_process=n_process
        )
        pending: list[Doc] = []
        done = 0
        for doc, number in results:
            # Texts without pieces (empty ones) are finished as soon as a later text shows up.
            while done < number:
                yield self._finish(jobs.pop(done), pending)
                pending, done = [], done + 1
            pending.append(doc)
        while jobs:
            yield self._finish(jobs.pop(done), pending)
            pending, done = [], done + 1

    def _prepare(self, text: object, date: str | dt.date | None, number: int) -> _Job:
        if not isinstance(text, str):
            raise InvalidInputError(
                f"text #{number} is {type(text).__name__}, not str: claimkit analyses text"
            )
        header_date, body_start = split_date_header(text, validate=date is None)
        job = _Job(text, normalize_date(date) or header_date, [])
        if not text[body_start:].strip():
            job.warnings.append(AnalysisWarning(code="empty_text", message="the text is empty"))
            return job
        job.pieces = _pieces(text, body_start, self.nlp.max_length)
        if len(job.pieces) > 1:
            job.warnings.append(
                AnalysisWarning(
                    code="chunked",
                    message=f"text longer than the pipeline's max_length "
                    f"({self.nlp.max_length:,} characters): analysed in {len(job.pieces)} pieces",
                )
            )
        if looks_dutch(text[body_start:]) is False:
            job.warnings.append(
                AnalysisWarning(
                    code="not_dutch",
                    message="the text does not look Dutch: claimkit's results will be poor",
                )
            )
        if not self.has_ner:
            job.warnings.append(
                AnalysisWarning(code="no_ner", message="the pipeline has no NER component")
            )
        return job

    def _finish(self, job: _Job, docs: list[Doc]) -> Analysis:
        offsets = [start for start, _ in job.pieces]
        return self._assembler.analysis(
            job.text, job.date, list(zip(docs, offsets, strict=True)), self.model, job.warnings
        )


def _pieces(text: str, start: int, max_length: int) -> list[tuple[int, int]]:
    """Cut ``text[start:]`` into pieces of at most ``max_length`` characters.

    Cuts fall at a paragraph break if one lies in the second half of the window, else at a line
    break, a sentence end or a space; a word is cut only when a window has no space at all.
    """
    pieces = []
    end = len(text)
    while end - start > max_length:
        window_end = start + max_length
        half = start + max_length // 2
        cut = -1
        for separator in ("\n\n", "\n", ". ", " "):
            found = text.rfind(separator, half, window_end)
            if found != -1:
                cut = found + len(separator)
                break
        if cut <= start:
            cut = window_end
        pieces.append((start, cut))
        start = cut
    pieces.append((start, end))
    return [(s, e) for s, e in pieces if text[s:e].strip()]


@cache
def _cached_analyzer(name: str) -> Analyzer:
    return load(name)


def analyze(
    text: str, *, date: str | dt.date | None = None, model: str | Path | None = None
) -> Analysis:
    """Analyse one Dutch text with a cached default :class:`Analyzer` (see :func:`load`)."""
    return _cached_analyzer(model_name(model)).analyze(text, date=date)
