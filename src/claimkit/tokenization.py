"""Adjustments to the pipeline's tokenizer that claimkit needs (made once, at load)."""

from __future__ import annotations

import re

from spacy.language import Language

_CAPITALISED_ABBREVIATION = re.compile(r"[A-Z]{2,}\.")
#: a full stop after an acronym that ends in a capital after a small letter (``PvdA.``, ``PvdD.``)
_STOP_AFTER_MIXED_CASE_ACRONYM = r"(?<=[a-z][A-Z])\.$"


def keep_acronyms_apart(nlp: Language) -> None:
    """Drop the tokenizer's all-capitals copies of abbreviations (``VN.``, ``VS.``).

    spaCy's Dutch exceptions list each abbreviation also in capitals, so ``schat de VN.``
    ends in one token ``VN.`` and the acronym is lost; news writes abbreviations in small
    letters (``vs.``, ``bijv.``) and acronyms in capitals, so the capital copy goes and the full
    stop after an acronym becomes a token of its own. A full stop after a mixed-case acronym
    (``PvdA.``) is split off too.
    """
    rules = nlp.tokenizer.rules
    if not rules:
        return
    kept = {
        key: value
        for key, value in rules.items()
        if not (_CAPITALISED_ABBREVIATION.fullmatch(key) and key.lower() in rules)
    }
    if len(kept) < len(rules):
        nlp.tokenizer.rules = kept
    _split_stop_after_mixed_case_acronyms(nlp)
    _split_slash_between_acronyms(nlp)


def _split_stop_after_mixed_case_acronyms(nlp: Language) -> None:
    """``van de PvdA. De …``: spaCy splits a full stop off after two capitals (``VVD.``) and
    after small letters, not after a capital that follows a small letter, so the party's
    name would end in a full stop and be lost."""
    search = nlp.tokenizer.suffix_search
    pattern = getattr(getattr(search, "__self__", None), "pattern", None)
    if not isinstance(pattern, str) or _STOP_AFTER_MIXED_CASE_ACRONYM in pattern:
        return
    nlp.tokenizer.suffix_search = re.compile(f"{pattern}|{_STOP_AFTER_MIXED_CASE_ACRONYM}").search


_SLASH_BETWEEN_ACRONYMS = r"(?<=[A-Z]{2})/(?=[A-Z]{2})"


def _split_slash_between_acronyms(nlp: Language) -> None:
    """``(ANP/RTR/AFP)``, ``KYIV/BRUSSEL``: a slash between words in capitals joins names,
    each its own token (``t/m``, ``km/u`` stay whole)."""
    finditer = nlp.tokenizer.infix_finditer
    pattern = getattr(getattr(finditer, "__self__", None), "pattern", None)
    if not isinstance(pattern, str) or _SLASH_BETWEEN_ACRONYMS in pattern:
        return
    nlp.tokenizer.infix_finditer = re.compile(f"{pattern}|{_SLASH_BETWEEN_ACRONYMS}").finditer
