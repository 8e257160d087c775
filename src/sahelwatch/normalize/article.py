"""RawDocument -> Article: clean text, stable id, published date, language, sentences."""

from __future__ import annotations

import logging

from sahelwatch.models import Article, RawDocument, Rejection, short_hash
from sahelwatch.normalize.dates import DateError, parse_published
from sahelwatch.normalize.language import LanguageDetector
from sahelwatch.normalize.sentences import SentenceSplitter
from sahelwatch.normalize.text import clean_text
from sahelwatch.settings import Settings

log = logging.getLogger(__name__)


def _clean_field(value) -> str | None:
    if value is None:
        return None
    value = " ".join(str(value).split())
    return value or None


class Normalizer:
    """Two steps, so that already-stored articles are recognised cheaply:
    ``identify`` (clean text and id) and ``complete`` (language, sentences, date)."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self.detector = LanguageDetector(settings.languages)
        self.splitter = SentenceSplitter(tuple(settings.languages.coded))

    def identify(self, raw: RawDocument) -> Article | Rejection:
        text = clean_text(raw.text)
        if not text:
            return Rejection(raw.input_ref, raw.input_kind, "empty", "no text after cleanup")
        outlet, url = _clean_field(raw.outlet), _clean_field(raw.url)
        content_hash = short_hash(outlet or "", url or "", text)
        return Article(
            id=_clean_field(raw.id) or content_hash,
            content_hash=content_hash,
            text=text,
            sentences=[],
            lang="und",
            lang_supported=False,
            input_ref=raw.input_ref,
            input_kind=raw.input_kind,
            title=_clean_field(raw.title),
            url=url,
            outlet=outlet,
            meta=dict(raw.meta),
        )

    def complete(self, article: Article, raw: RawDocument) -> Article:
        try:
            article.published = parse_published(raw.published)
        except DateError as exc:
            log.warning("%s: %s; published date left unknown", raw.input_ref, exc)
            article.meta["published_unparsed"] = str(raw.published)
        article.lang = self.detector.detect(article.text, raw.lang)
        article.lang_supported = self.detector.is_coded(article.lang)
        if raw.lang and raw.lang[:2].lower() != article.lang:
            article.meta["lang_declared"] = raw.lang
        article.sentences = self.splitter(article.text)
        return article
