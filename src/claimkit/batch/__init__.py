"""Batch runs over folders of articles: :func:`run` yields results, :func:`write` saves them.

>>> from claimkit import batch
>>> for source, result in batch.run("articles/"):          # doctest: +SKIP
...     print(source, result)

The flow: :mod:`~claimkit.batch.sources` finds and reads the articles (``.txt``, ``.json``,
``.jsonl``, gzipped or not), an engine of :mod:`~claimkit.batch.engines` analyses them in chunks
(here, in worker processes, or on Dask) with :mod:`~claimkit.batch.work`, and
:mod:`~claimkit.batch.writers` writes the records of :mod:`~claimkit.batch.records`.
"""

from __future__ import annotations

from claimkit.batch.frames import to_frame
from claimkit.batch.records import read_records
from claimkit.batch.run import Summary, run, write
from claimkit.batch.sources import Article, Fields, Source
from claimkit.errors import ArticleError

__all__ = [
    "Article",
    "ArticleError",
    "Fields",
    "Source",
    "Summary",
    "read_records",
    "run",
    "to_frame",
    "write",
]
