"""Is this Dutch? A cheap check by function words, to flag input claimkit cannot read."""

from __future__ import annotations

import re
from functools import cache

from claimkit.resources import load_json

_WORD = re.compile(r"[^\W\d_]+")
_CANDIDATES = ("nl", "en", "de", "fr")


@cache
def _stop_words() -> dict[str, frozenset[str]]:
    # Our own data file (generated from spaCy's stop lists): importing spacy.lang.fr for its
    # list would cost over a second and a half of tokenizer exceptions on the first analysis.
    languages = load_json("function_words.json")["languages"]
    return {lang: frozenset(languages[lang]) for lang in _CANDIDATES}


def looks_dutch(text: str, *, min_words: int = 12) -> bool | None:
    """Whether ``text`` reads as Dutch: True, False, or None when it has too few words to tell.

    A text mostly in another script (Cyrillic…) is not Dutch. Otherwise the shares of each
    language's function words among the first 2,000 words are compared: the text is not Dutch
    when another language clearly leads, or when almost none of its words are Dutch function
    words. Headlines full of names are not held against it.
    """
    words = [w.lower() for w in _WORD.findall(text[:20000])][:2000]
    latin = [w for w in words if w.isascii() or all(c < "\u0250" for c in w)]
    if len(words) >= 4 and len(latin) < len(words) / 2:
        return False
    if len(words) < min_words:
        return None
    if len(latin) < len(words) / 2:  # (a min_words under 4 skipped the check above)
        return False
    lists = _stop_words()
    shares = {lang: sum(map(lists[lang].__contains__, latin)) / len(latin) for lang in _CANDIDATES}
    rival = max((lang for lang in _CANDIDATES if lang != "nl"), key=shares.__getitem__)
    return not (shares[rival] > shares["nl"] + 0.05 or shares["nl"] < 0.08)
