"""Optional spaCy models, run only on candidate sentences (the cascade's
second step). The coder works without them; with them, named entities
confirm unknown place names and veto places that are people."""

from __future__ import annotations

import logging
from functools import lru_cache

log = logging.getLogger(__name__)

PLACE_LABELS = {"GPE", "LOC", "FAC"}
PERSON_LABELS = {"PER", "PERSON"}


class EntityTagger:
    def __init__(self, models: dict[str, str], enabled: bool = True):
        self.models = dict(models)
        self.enabled = enabled
        self._loaded: dict[str, object | None] = {}

    def model(self, lang: str):
        if not self.enabled or lang not in self.models:
            return None
        if lang not in self._loaded:
            self._loaded[lang] = _load(self.models[lang])
        return self._loaded[lang]

    def entities(self, text: str, lang: str, start: int, end: int) -> list[tuple[int, int, str]]:
        """(start, end, label) of the entities in text[start:end], offsets in ``text``."""
        nlp = self.model(lang)
        if nlp is None:
            return []
        doc = nlp(text[start:end])
        return [(start + e.start_char, start + e.end_char, e.label_) for e in doc.ents]


@lru_cache(maxsize=None)
def _load(name: str):
    try:
        import spacy
    except ImportError:
        log.info("spaCy is not installed: the coder runs on rules alone")
        return None
    try:
        nlp = spacy.load(name, exclude=["parser", "lemmatizer", "attribute_ruler", "morphologizer", "tagger", "senter"])
    except (OSError, ImportError) as exc:
        log.info("spaCy model %s is not installed (%s): the coder runs on rules alone for it", name, exc.__class__.__name__)
        return None
    log.debug("spaCy model %s loaded: %s", name, nlp.pipe_names)
    return nlp
