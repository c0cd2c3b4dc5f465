"""Adjustments to the pipeline's tokenizer that claimkit needs (made once, at load)."""

from __future__ import annotations

import re

from spacy.language import Language

_CAPITALISED_ABBREVIATION = re.compile(r"[A-Z]{2,}\.")


def keep_acronyms_apart(nlp: Language) -> None:
    """Drop the tokenizer's all-capitals copies of abbreviations (``VN.``, ``VS.``).

    spaCy's Dutch exceptions list each abbreviation also in capitals, so ``schat de VN.``
    ends in one token ``VN.`` and the acronym is lost; news writes abbreviations in small
    letters (``vs.``, ``bijv.``) and acronyms in capitals, so the capital copy goes and the full
    stop after an acronym becomes a token of its own.
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
