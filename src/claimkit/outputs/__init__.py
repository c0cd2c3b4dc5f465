"""Ways to show results: a text summary, flat tables (one row per item) and, with the
``notebook`` extra, HTML views. JSON itself is :meth:`~claimkit.results.Analysis.to_json`."""

from __future__ import annotations

from claimkit.outputs.summary import plural, summary

__all__ = ["plural", "summary"]
