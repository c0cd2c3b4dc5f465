"""The exceptions claimkit raises. Catch :class:`ClaimkitError` to catch them all."""

from __future__ import annotations


class ClaimkitError(Exception):
    """Base class of every error claimkit raises on purpose."""


class InvalidInputError(ClaimkitError, TypeError):
    """The input is not what the function takes (for example not a ``str``)."""


class ModelNotFoundError(ClaimkitError, OSError):
    """The spaCy pipeline asked for (``model=``, ``CLAIMKIT_MODEL``, default) is not installed."""


class ModelLanguageError(ClaimkitError, ValueError):
    """The spaCy pipeline is not a Dutch one, or lacks what claimkit needs."""


class DateHeaderError(ClaimkitError, ValueError):
    """An article's ``date`` header or a ``date=`` argument is not a valid date."""


class GazetteerError(ClaimkitError, ValueError):
    """A gazetteer or data file is missing or malformed (the message names file and line)."""


class BatchError(ClaimkitError, ValueError):
    """A batch call's arguments do not fit together (for example more dates than texts)."""


class TextTooLongError(ClaimkitError, ValueError):
    """A text is longer than the analyser's ``max_text_chars`` (raise the limit to analyse it)."""


class WorkerError(ClaimkitError, RuntimeError):
    """A worker process of a multi-process run died (crashed or was killed)."""


class ArticleError(BatchError):
    """One article of a batch run could not be analysed; yielded (not raised) as its result.

    ``reason`` is a short code (``binary``, ``empty``, ``too_large``, ``encoding``,
    ``bad_json``, ``no_text``, ``bad_date``, ``unreadable``, ``bad_input``, ``analysis_failed``,
    ``worker_died``, ``timeout``; docs/batch.md), ``source`` where the article is.
    """

    def __init__(self, reason: str, message: str, source: object = None, size: int = 0) -> None:
        super().__init__(message)
        self.reason = reason
        self.message = message
        self.source = source
        self.size = size  # bytes of input it stands for (for progress)

    def __reduce__(self) -> tuple[object, ...]:  # picklable for worker processes and Dask
        return (type(self), (self.reason, self.message, self.source, self.size))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ArticleError):
            return NotImplemented
        mine, theirs = (self.reason, self.message, self.source), (
            other.reason, other.message, other.source,
        )  # fmt: skip
        return mine == theirs

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"ArticleError({self.reason!r}, {self.message!r})"


class MissingExtraError(ClaimkitError, ImportError):
    """An optional dependency is not installed (the message says which extra brings it)."""


class ResultFormatError(ClaimkitError, ValueError):
    """Saved results (``Analysis.from_json``) are malformed, inconsistent or of another schema."""
