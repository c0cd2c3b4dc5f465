"""The entry points: :func:`load` a pipeline, :func:`analyze` a text, :class:`Analyzer` for batches.

The flow: the text's date header is split off, the rest cut into pieces spaCy can take (at
paragraph breaks), each piece runs through the spaCy pipeline with claimkit's components, and
:mod:`claimkit.assemble` turns the span groups back into one :class:`~claimkit.results.Analysis`
whose offsets index the original text.
"""

from __future__ import annotations

import datetime as dt
import gc
import logging
import os
import re
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import spacy
from spacy.language import Language

from claimkit import components  # noqa: F401  (registers the factories)
from claimkit.assemble import Assembler, Mentions
from claimkit.dates import bad_header_line, normalize_date, split_date_header
from claimkit.errors import (
    BatchError,
    ClaimkitError,
    InvalidInputError,
    ModelLanguageError,
    ModelNotFoundError,
    TextTooLongError,
)
from claimkit.language import looks_dutch
from claimkit.processes import map_in_processes
from claimkit.results import Analysis, AnalysisWarning, ModelInfo
from claimkit.spans import SOURCE_TEXT
from claimkit.tokenization import keep_acronyms_apart
from claimkit.vocabulary import VocabularyBudget

log = logging.getLogger(__name__)

DEFAULT_MODEL = "nl_core_news_sm"
MODEL_ENV = "CLAIMKIT_MODEL"
#: claimkit's components, in pipeline order (after the pipeline's own components).
COMPONENTS = (
    "claimkit_compounds",
    "claimkit_organisations",
    "claimkit_places",
    "claimkit_people",
    "claimkit_quotes",
    "claimkit_claims",
)

#: The components that read gazetteer files (and take ``gazetteer_dir``).
GAZETTEER_COMPONENTS = frozenset(COMPONENTS[:4])

#: Texts longer than this (in characters) are refused unless the limit is raised.
DEFAULT_MAX_TEXT_CHARS = 50_000_000
#: A long text is cut into pieces of at most this many characters (at paragraph breaks).
DEFAULT_PIECE_CHARS = 50_000
#: At most this many characters of pieces go through the pipeline at once.
DEFAULT_BATCH_CHARS = 50_000


def model_name(model: str | Path | None = None) -> str:
    """The pipeline claimkit loads: ``model``, else ``$CLAIMKIT_MODEL``, else nl_core_news_sm."""
    return str(model or os.environ.get(MODEL_ENV) or DEFAULT_MODEL)


def load(
    model: str | Path | Language | None = None,
    *,
    gazetteer_dir: str | Path | None = None,
    max_text_chars: int = DEFAULT_MAX_TEXT_CHARS,
) -> Analyzer:
    """Load a Dutch spaCy pipeline with claimkit's components and return an :class:`Analyzer`.

    ``model`` is a package name, a folder, or a loaded ``Language`` (which gets claimkit's
    components added, in place); by default
    ``$CLAIMKIT_MODEL``, else ``nl_core_news_sm``. ``gazetteer_dir`` replaces the shipped
    gazetteers with a folder of your own (same files, see gazetteers/README.md). A text
    longer than ``max_text_chars`` raises :class:`~claimkit.TextTooLongError`.

    The objects alive once loading is done (the pipeline and gazetteers, half a million of
    them) are moved out of Python's cyclic garbage collection (:func:`gc.freeze`): they live
    as long as the process, each full collection would walk them all for nothing (0.15 s on
    the first analysis), and worker processes forked from this one keep sharing their memory
    pages. :func:`gc.unfreeze` undoes it.
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
    keep_acronyms_apart(nlp)
    add_components(nlp, gazetteer_dir=gazetteer_dir)
    analyzer = Analyzer(nlp, max_text_chars=max_text_chars)
    gc.freeze()  # long-lived: out of the collector's reach (see the docstring)
    return analyzer


def add_components(nlp: Language, *, gazetteer_dir: str | Path | None = None) -> None:
    """Add claimkit's components that ``nlp`` lacks, in order, at the end of the pipeline."""
    for name in COMPONENTS:
        if name not in nlp.pipe_names:
            folder = str(gazetteer_dir) if gazetteer_dir is not None else None
            config = {"gazetteer_dir": folder} if name in GAZETTEER_COMPONENTS else {}
            nlp.add_pipe(name, config=config)


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


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
_NOT_SPACE = re.compile(r"\S")


@dataclass
class _Job:
    """One input text, prepared: its date, how it is cut, and the mentions found so far."""

    text: str
    date: str | None
    pieces: list[tuple[int, int]]
    warnings: list[AnalysisWarning] = field(default_factory=list)
    mentions: Mentions = field(default_factory=Mentions)
    remaining: int = 0


class Analyzer:
    """A loaded pipeline that turns Dutch texts into :class:`~claimkit.results.Analysis` results.

    Build one with :func:`load`; it is safe to reuse for any number of texts. A text longer
    than ``piece_chars`` is cut into pieces at paragraph breaks, and at most ``batch_chars``
    characters are in the pipeline at once, so memory stays bounded whatever a text's length;
    a text over ``max_text_chars`` raises :class:`~claimkit.TextTooLongError`.
    """

    def __init__(
        self,
        nlp: Language,
        *,
        max_text_chars: int = DEFAULT_MAX_TEXT_CHARS,
        piece_chars: int = DEFAULT_PIECE_CHARS,
        batch_chars: int = DEFAULT_BATCH_CHARS,
    ) -> None:
        missing = [name for name in COMPONENTS if name not in nlp.pipe_names]
        if missing:
            raise ModelLanguageError(f"pipeline lacks claimkit components: {', '.join(missing)}")
        order = [name for name in nlp.pipe_names if name in COMPONENTS]
        if order != list(COMPONENTS):
            raise ModelLanguageError(
                f"claimkit's components must run in the order {', '.join(COMPONENTS)}; "
                f"this pipeline has {', '.join(order)}"
            )
        for name, value in (
            ("max_text_chars", max_text_chars),
            ("piece_chars", piece_chars),
            ("batch_chars", batch_chars),
        ):
            _check_count(name, value)
        self.nlp = nlp
        self.max_text_chars = max_text_chars
        self.piece_chars = piece_chars
        self.batch_chars = batch_chars
        self.model = ModelInfo(
            name=f"{nlp.meta.get('lang', 'nl')}_{nlp.meta.get('name', 'pipeline')}",
            version=str(nlp.meta.get("version", "")),
            spacy_version=spacy.about.__version__,
        )
        self.has_ner = sets_entities(nlp)
        if not self.has_ner:
            log.warning("pipeline %s has no NER: only gazetteer names are found", self.model.name)
        self._assembler = Assembler(nlp)
        self._vocabulary = VocabularyBudget(nlp)

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

        ``dates`` gives each text's date (overriding its header). ``batch_size`` texts go
        through the pipeline together; ``n_process`` worker processes (``-1``: one per core)
        share the work. A bad input raises a :class:`~claimkit.ClaimkitError` naming it as
        soon as it is reached, and a worker that dies raises :class:`~claimkit.WorkerError`:
        no run hangs or leaves processes behind.
        """
        if isinstance(texts, str | bytes):
            raise InvalidInputError(
                "pipe() takes an iterable of texts, not one text: use analyze()"
            )
        _check_count("batch_size", batch_size)
        if n_process == -1:
            n_process = os.cpu_count() or 1
        _check_count("n_process", n_process)
        jobs = self._prepared(self._pairs(texts, dates))
        if n_process == 1:
            return self._pipe_here(jobs, batch_size)
        return map_in_processes(
            self._analyze_chunk, jobs, n_process=n_process, chunk_size=batch_size
        )

    def _analyze_chunk(self, jobs: list[_Job]) -> list[Analysis]:
        """What a worker process does: analyse texts the parent has checked and cut."""
        return list(self._pipe_here(jobs, len(jobs)))

    @staticmethod
    def _pairs(
        texts: Iterable[object], dates: Iterable[str | dt.date | None] | None
    ) -> Iterator[tuple[object, object]]:
        """Each text with its date; a :class:`BatchError` when the two do not pair up."""
        if dates is None:
            yield from ((text, None) for text in texts)
            return
        if isinstance(dates, str | bytes):
            raise InvalidInputError("dates= takes one date per text (a list), not one date")
        date_list = iter(dates)
        no_date = object()
        number = -1
        for number, text in enumerate(texts):
            date = next(date_list, no_date)
            if date is no_date:
                raise BatchError(f"dates ran out at text #{number}: give one date per text")
            yield text, date
        if next(date_list, no_date) is not no_date:
            raise BatchError(f"more dates than texts ({number + 1}): give one date per text")

    def _prepared(self, pairs: Iterable[tuple[object, object]]) -> Iterator[_Job]:
        for number, (text, date) in enumerate(pairs):
            yield self._prepare(text, date, number)

    def _pipe_here(self, jobs: Iterable[_Job], batch_size: int) -> Iterator[Analysis]:
        """Run the jobs' pieces through the pipeline in batches bounded in count and size.

        A piece's Doc is turned into result mentions as soon as it is processed and then
        dropped; a text is finished and yielded once all its pieces are done. When ``jobs``
        raises (a bad input), every text before it is still yielded, then the error raised.
        """
        waiting: deque[_Job] = deque()
        batch: list[tuple[_Job, int, int]] = []
        batch_chars = 0
        source = iter(jobs)
        failure: Exception | None = None
        while True:
            try:
                job = next(source)
            except StopIteration:
                break
            except Exception as err:  # a bad input: finish the texts before it, then raise
                failure = err
                break
            waiting.append(job)
            job.remaining = len(job.pieces)
            for start, end in job.pieces:
                if batch and batch_chars + (end - start) > self.batch_chars:
                    # never more than batch_chars in the pipeline at once: spaCy pads a batch's
                    # Docs to the longest, so two long pieces together cost twice the memory
                    self._run(batch)
                    batch, batch_chars = [], 0
                    yield from self._finished(waiting)
                batch.append((job, start, end))
                batch_chars += end - start
                if len(batch) >= batch_size or batch_chars >= self.batch_chars:
                    self._run(batch)
                    batch, batch_chars = [], 0
                    yield from self._finished(waiting)
            yield from self._finished(waiting)
        self._run(batch)
        yield from self._finished(waiting)
        if failure is not None:
            raise failure

    def _run(self, batch: list[tuple[_Job, int, int]]) -> None:
        if not batch:
            return
        # spaCy's vocabulary keeps the words a batch adds until it has grown by a bounded
        # number of them; after that, what a batch adds is dropped once its mentions are taken
        # (a memory zone), so that memory stays flat over millions of texts (claimkit.vocabulary)
        with self._vocabulary.batch_context():
            docs = []
            for job, start, end in batch:
                doc = self.nlp.make_doc(job.text[start:end])
                doc.user_data[SOURCE_TEXT] = job.text[start:end]
                doc._.claimkit_date = job.date
                docs.append(doc)
            for doc, (job, start, _) in zip(
                self.nlp.pipe(docs, batch_size=len(docs)), batch, strict=True
            ):
                self._assembler.collect(doc, start, job.mentions)
                job.remaining -= 1
            del docs, doc

    def _finished(self, waiting: deque[_Job]) -> Iterator[Analysis]:
        while waiting and waiting[0].remaining == 0:
            job = waiting.popleft()
            yield self._assembler.analysis(
                job.text, job.date, job.mentions, self.model, job.warnings
            )

    def _prepare(self, text: object, date: object, number: int) -> _Job:
        if not isinstance(text, str):
            raise InvalidInputError(
                f"text #{number} is {type(text).__name__}, not str: claimkit analyses text"
            )
        if len(text) > self.max_text_chars:
            raise TextTooLongError(
                f"text #{number} has {len(text):,} characters, over the limit of "
                f"{self.max_text_chars:,}: split it, or raise the limit with "
                f"claimkit.load(max_text_chars=...)"
            )
        surrogate = _LONE_SURROGATE.search(text)
        if surrogate:
            raise InvalidInputError(
                f"text #{number} has a lone surrogate (U+{ord(surrogate.group()):04X}) at "
                f"offset {surrogate.start()}: it was decoded wrongly; decode its bytes with "
                "errors='replace' (or the right encoding) before analysing it"
            )
        try:
            checked_date = normalize_date(date)  # type: ignore[arg-type]
        except ClaimkitError as err:
            raise type(err)(f"text #{number}: {err}") from err
        header_date, body_start = split_date_header(text, validate=checked_date is None)
        job = _Job(text, checked_date or header_date, [])
        if header_date is None and (line := bad_header_line(text)):
            job.warnings.append(
                AnalysisWarning(
                    code="date_header_ignored",
                    message=f"the first line {line!r} looks like a date header but is not one "
                    "(want 'date YYYY-MM' or 'date YYYY-MM-DD' followed by a space or line "
                    "break): analysed as text",
                )
            )
        if not _NOT_SPACE.search(text, body_start):
            job.warnings.append(AnalysisWarning(code="empty_text", message="the text is empty"))
            return job
        job.pieces = _pieces(text, body_start, min(self.piece_chars, self.nlp.max_length))
        if len(job.pieces) > 1:
            job.warnings.append(
                AnalysisWarning(
                    code="chunked",
                    message=f"long text ({len(text):,} characters) analysed in "
                    f"{len(job.pieces)} pieces cut at paragraph breaks; context (a country "
                    "named earlier, a person named in full) does not carry across pieces",
                )
            )
        if looks_dutch(text[body_start : body_start + 20_000]) is False:
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


def _check_count(name: str, value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise InvalidInputError(f"{name} must be a whole number of at least 1, not {value!r}")


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
    return [(s, e) for s, e in pieces if _NOT_SPACE.search(text, s, e)]


@cache
def _cached_analyzer(name: str) -> Analyzer:
    return load(name)


def analyze(
    text: str, *, date: str | dt.date | None = None, model: str | Path | None = None
) -> Analysis:
    """Analyse one Dutch text with a cached default :class:`Analyzer` (see :func:`load`)."""
    return _cached_analyzer(model_name(model)).analyze(text, date=date)
