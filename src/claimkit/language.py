"""Is this Dutch? A cheap check by function words, to flag input claimkit cannot read."""

from __future__ import annotations

import re
from functools import cache

_WORD = re.compile(r"[^\W\d_]+")
_CANDIDATES = ("nl", "en", "de", "fr")


@cache
def _stop_words() -> dict[str, frozenset[str]]:
    # spaCy's own stop lists, so the word lists are not ours to maintain.
    from spacy.lang.de.stop_words import STOP_WORDS as DE
    from spacy.lang.en.stop_words import STOP_WORDS as EN
    from spacy.lang.fr.stop_words import STOP_WORDS as FR
    from spacy.lang.nl.stop_words import STOP_WORDS as NL

    return {"nl": frozenset(NL), "en": frozenset(EN), "de": frozenset(DE), "fr": frozenset(FR)}


def looks_dutch(text: str, *, min_words: int = 4) -> bool | None:
    """Whether ``text`` reads as Dutch: True, False, or None when it has too few words to tell.

    Compares the share of each language's function words among the text's first 2,000 words; a
    text in Cyrillic or any script without Latin words is not Dutch.
    """
    words = [w.lower() for w in _WORD.findall(text[:20000])][:2000]
    if len(words) < min_words:
        return None
    latin = [w for w in words if w.isascii() or all(c < "\u0250" for c in w)]
    if len(latin) < len(words) / 2:
        return False
    lists = _stop_words()
    shares = {lang: sum(w in lists[lang] for w in latin) / len(latin) for lang in _CANDIDATES}
    best = max(shares, key=shares.__getitem__)
    return best == "nl" and shares["nl"] >= 0.15
