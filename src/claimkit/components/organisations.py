"""``claimkit_organisations``: organisations, armed groups and media outlets.

1. alias: a name of ``gazetteers/organisations.tsv`` (``NAVO``, ``BBC``, ``Freedom TV``);
2. ner: the pipeline's ORG entities that no gazetteer knows (no record).

It runs before ``claimkit_places`` so that an outlet such as ``Telegram`` or ``Freedom TV``, which
NER may call a location, is never reported as a place.
"""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from claimkit.components.common import (
    ORGANISATIONS_KEY,
    GazetteerComponent,
    alias_matches,
    doc_words,
    genitive,
    make_span,
    ner_fallback,
    word_keys,
)
from claimkit.gazetteer.actors import load_organisations, load_people
from claimkit.gazetteer.places import load_places

_WORD_TAGS = frozenset({"VERB", "AUX", "ADP", "SCONJ", "CCONJ", "PRON", "DET", "ADV"})


@Language.factory(
    "claimkit_organisations",
    default_config={"gazetteer_dir": None, "use_ner": True, "spans_key": ORGANISATIONS_KEY},
)
def make_organisations_component(
    nlp: Language, name: str, gazetteer_dir: str | None, use_ner: bool, spans_key: str
) -> OrganisationLinker:
    """spaCy factory of :class:`OrganisationLinker`."""
    return OrganisationLinker(
        nlp, name, gazetteer_dir=gazetteer_dir, use_ner=use_ner, spans_key=spans_key
    )


class OrganisationLinker(GazetteerComponent):
    """Tag organisation mentions in ``doc.spans[spans_key]``, linked to records."""

    def __init__(
        self,
        nlp: Language,
        name: str = "claimkit_organisations",
        *,
        gazetteer_dir: str | None = None,
        use_ner: bool = True,
        spans_key: str = ORGANISATIONS_KEY,
    ) -> None:
        self.suffixes, self.min_stem = genitive()
        super().__init__(name, gazetteer_dir, spans_key=spans_key, use_ner=use_ner)

    def _load(self, folder: Path) -> None:
        self.folder = folder
        self.organisations = load_organisations(folder)
        self.other_indexes = (load_places(folder).index, load_people(folder).index)

    def __call__(self, doc: Doc) -> Doc:
        keys = word_keys(doc)
        mask = self._claimed(doc)
        matches = alias_matches(
            doc,
            keys,
            mask,
            self.organisations.index,
            suffixes=self.suffixes,
            min_stem=self.min_stem,
        )
        texts = doc_words(doc)[0]
        # an acronym not in capitals may be a word ("Om", "Denk"): then the tagger says so
        # ("Navo", a noun, stays NATO)
        matches = [
            m
            for m in matches
            if tuple(keys[m.start : m.end]) not in self.organisations.acronyms
            or not any(
                not texts[k].isupper() and (doc[k].is_stop or doc[k].pos_ in _WORD_TAGS)
                for k in range(m.start, m.end)
            )
        ]
        if self.use_ner:
            matches.extend(ner_fallback(doc, keys, mask, "organisation", self.other_indexes))
        matches.sort(key=lambda m: m.start)
        spans = []
        for match in matches:
            kb_id = match.ids[0] if match.ids else ""
            label = self.organisations.records[kb_id].kind if kb_id else "organisation"
            link = {"method": match.method, "score": match.quality, "alternatives": []}
            spans.append(
                make_span(doc, match.start, match.end, label=label, kb_id=kb_id, link=link)
            )
        doc.spans[self.spans_key] = spans
        return doc
