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
    shares = {lang: sum(w in lists[lang] for w in latin) / len(latin) for lang in _CANDIDATES}
    rival = max((lang for lang in _CANDIDATES if lang != "nl"), key=shares.__getitem__)
    return not (shares[rival] > shares["nl"] + 0.05 or shares["nl"] < 0.08)
