"""When a component drops the word lists and text the components share per Doc
(:func:`claimkit.spans.forget_words`): after the last claimkit component of its pipeline,
so that the components after it need not make them again and none is serialised."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from claimkit.spans import forget_words


class SharesKeeper:
    """Drops a Doc's shares when the component ``name`` is the last claimkit component of
    ``nlp`` that runs (or is called outside it)."""

    def __init__(self, nlp: Language, name: str) -> None:
        self._nlp = nlp
        self._name = name

    def done(self, doc: Doc) -> None:
        """The component is done with ``doc``: forget its shares if no claimkit one follows."""
        if self.is_last():
            forget_words(doc)

    def is_last(self) -> bool:
        """Whether no claimkit component runs after this one (read from the pipeline's end,
        each time: a step or two, and always right after components are added or disabled)."""
        nlp = self._nlp
        # spaCy's own lists when it has them (its public properties copy them on each call)
        listed = getattr(nlp, "_components", None)
        disabled = getattr(nlp, "_disabled", None)
        if not isinstance(listed, list) or not isinstance(disabled, set):
            listed, disabled = nlp.components, set(nlp.disabled)
        for name, component in reversed(listed):
            if name in disabled:
                continue
            if name == self._name:
                return True
            if type(component).__module__.startswith("claimkit."):
                return False
        return True  # not in the pipeline: called on its own
