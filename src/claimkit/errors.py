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


class ResultFormatError(ClaimkitError, ValueError):
    """Saved results (``Analysis.from_json``) are malformed, inconsistent or of another schema."""
