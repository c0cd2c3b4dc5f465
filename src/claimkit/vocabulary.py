"""How much spaCy's vocabulary may grow over a run.

spaCy makes a lexeme of every word its vocabulary has not seen and keeps it, and its string
store keeps every new string (words, lemmas): over millions of texts memory would grow without
end. spaCy's memory zones drop what a block of work adds, but a word dropped is made again by
every later batch that has it, and news repeats its words. :class:`VocabularyBudget` lets the
vocabulary grow freely by up to ``limit`` strings, so that it holds the texts' common words,
and runs every batch after that in a memory zone: memory stays bounded, and short runs pay
nothing for it.
"""

from __future__ import annotations

from contextlib import AbstractContextManager, nullcontext

from spacy.language import Language

#: New strings the vocabulary may keep over a run (about 100 bytes each, with their lexemes).
GROWTH_LIMIT = 200_000


class VocabularyBudget:
    """Says how to run each batch: in a memory zone once the vocabulary has grown by
    ``limit`` strings since the budget was made, freely before."""

    def __init__(self, nlp: Language, *, limit: int = GROWTH_LIMIT) -> None:
        self.nlp = nlp
        self.limit = limit
        self._start = len(nlp.vocab.strings)

    @property
    def grown(self) -> int:
        """Strings added to the vocabulary since the budget was made."""
        return len(self.nlp.vocab.strings) - self._start

    def batch_context(self) -> AbstractContextManager[object]:
        """The context to run the next batch in (a batch may overshoot the limit once)."""
        if self.grown < self.limit:
            return nullcontext()
        return self.nlp.memory_zone()
