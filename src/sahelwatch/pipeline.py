"""The ordered stages, written out plainly.

ingest (read inputs) -> normalize (clean, identify, language, sentences)
-> stories (group syndicated copies) -> store -> extract (event reports, geocoded;
claims) -> dedupe (reports into events). Later stages (analyze) are added here as
they arrive.
"""

from __future__ import annotations

import logging
import sys
import uuid
from dataclasses import dataclass, field
from typing import Iterable

from tqdm import tqdm

from sahelwatch.ingest import IngestContext, iter_documents
from sahelwatch.models import Article, RawDocument, Rejection, RunSummary
from sahelwatch.normalize.article import Normalizer
from sahelwatch.normalize.stories import StoryIndex
from sahelwatch.settings import Settings
from sahelwatch.store import Store

log = logging.getLogger(__name__)


@dataclass
class _Batch:
    items: list[tuple[Article, RawDocument]] = field(default_factory=list)
    rejections: list[Rejection] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.items) + len(self.rejections)


def _coding_failure(article: Article, exc: Exception) -> Rejection:
    """An article the coder failed on: logged with its id and input, stored as a rejection.
    It stays marked as read by this coder version (with no reports), so the next run does not
    stop on it again; a new coder version reads it again."""
    where = article.input_ref or article.url or article.id
    rejection = Rejection(where, article.input_kind or "article", "extract_error",
                          f"article {article.id}: the event coder failed ({type(exc).__name__}: {exc}); "
                          "its reports are empty until the coder changes")
    log.error("%s", rejection, exc_info=log.isEnabledFor(logging.DEBUG))
    return rejection


class Pipeline:
    def __init__(self, settings: Settings, store: Store, ctx: IngestContext | None = None):
        self.settings = settings
        self.store = store
        self.ctx = ctx or IngestContext(settings)
        self.normalizer = Normalizer(settings)
        self._stories: StoryIndex | None = None
        self._extractor = None

    @property
    def stories(self) -> StoryIndex:
        if self._stories is None:
            self._stories = StoryIndex(self.settings.stories)
            n = self._stories.load(self.store.story_signatures())
            log.debug("story index: %d stored articles loaded", n)
        return self._stories

    def run(self, targets: Iterable[str], command: str = "run") -> RunSummary:
        """Every stage that exists, over the inputs; one summary."""
        summary = self.ingest(targets, command=command)
        self.code(summary)
        self.dedupe(summary)
        return summary

    def dedupe(self, summary: RunSummary | None = None):
        """Merge the reports not yet in an event into events (see sahelwatch.dedupe)."""
        from sahelwatch.dedupe import run_dedupe

        result = run_dedupe(self.store, self.settings)
        if summary is not None:
            summary.events_new += result.new_events
            summary.reports_merged += result.merged
        return result

    def extractor(self):
        """The event coder, with the built-in gazetteer and the places imported into the store."""
        if self._extractor is None:
            from sahelwatch.extract.engine import build_extractor

            self._extractor = build_extractor(self.settings, self.store.iter_places())
        return self._extractor

    def _claims(self, article: Article):
        """Statistics, quotes and warnings of an article in a coded language."""
        from sahelwatch.datafiles import DataFileError
        from sahelwatch.extract.claims import claim_extractor

        if not article.lang_supported:
            return []
        try:
            reader = claim_extractor(article.lang, self.settings.region)
        except DataFileError:  # a coded language with no claims lexicon yet
            return []
        return reader.extract(article.text, article.id, article.published)

    def code(self, summary: RunSummary | None = None) -> int:
        """Code every stored article that this extractor version has not read yet."""
        from sahelwatch.extract.engine import EXTRACTOR_VERSION

        extractor = self.extractor()
        total = 0
        bar = tqdm(unit=" articles", desc="extract", disable=not self.settings.progress or not sys.stderr.isatty(), file=sys.stderr, leave=False)
        while True:
            articles = list(self.store.articles_to_code(EXTRACTOR_VERSION, limit=self.settings.ingest.batch_size))
            if not articles:
                break
            reports, claims, failures = [], [], []
            for article in articles:
                try:
                    found, said = extractor.extract_article(article), self._claims(article)
                except Exception as exc:  # one article must not stop the run, nor come back every run
                    failures.append(_coding_failure(article, exc))
                    continue
                reports.extend(found)  # both or neither: no reports without the article's claims
                claims.extend(said)
            with self.store.transaction():  # a document's reports and claims are replaced together
                total += self.store.replace_reports([a.id for a in articles], reports, EXTRACTOR_VERSION)
                claimed = self.store.replace_claims([a.id for a in articles], claims)
            if summary is not None:
                summary.claims += claimed
                summary.rejected += len(failures)
                summary.rejections.extend(failures)
                self.store.record_rejections(failures, summary.run_id)
            bar.update(len(articles))
            if summary is not None:
                summary.coded += len(articles)
        bar.close()
        if summary is not None:
            summary.reports += total
        log.info("extract: %d event reports", total)
        return total

    def ingest(self, targets: Iterable[str], command: str = "ingest") -> RunSummary:
        targets = [str(t) for t in targets]
        summary = RunSummary(run_id=uuid.uuid4().hex[:12])
        self.store.start_run(summary.run_id, command, targets)
        status = "failed"
        try:
            self._ingest(targets, summary)
            status = "done" if summary.ok else "done_with_rejections"
        except KeyboardInterrupt:
            status = "interrupted"
            raise
        finally:
            self.store.finish_run(summary, status)
            self.ctx.close()
        return summary

    def _ingest(self, targets: list[str], summary: RunSummary) -> None:
        batch = _Batch()
        items = iter_documents(targets, self.ctx)
        bar = tqdm(items, unit=" docs", desc="ingest", disable=not self.settings.progress or not sys.stderr.isatty(), file=sys.stderr, leave=False)
        for item in bar:
            summary.seen += 1
            if isinstance(item, RawDocument):
                article = self.normalizer.identify(item)
                if isinstance(article, Rejection):
                    batch.rejections.append(article)
                else:
                    batch.items.append((article, item))
            else:
                batch.rejections.append(item)
            if len(batch) >= self.settings.ingest.batch_size:
                self._flush(batch, summary)
                batch = _Batch()
        self._flush(batch, summary)
        bar.close()

    def _flush(self, batch: _Batch, summary: RunSummary) -> None:
        known_hashes = self.store.article_hashes([a.id for a, _ in batch.items])
        new: list[Article] = []
        for article, raw in batch.items:
            known = known_hashes.get(article.id)
            if known is not None:
                if known == article.content_hash:
                    summary.unchanged += 1
                else:
                    batch.rejections.append(Rejection(
                        raw.input_ref, raw.input_kind, "conflict",
                        f"id {article.id!r} is already stored with different text; give this article another id",
                    ))
                continue
            known_hashes[article.id] = article.content_hash
            self.normalizer.complete(article, raw)
            story_id, article.signature, joined = self.stories.assign(article.id, article.text)
            article.story_id = story_id
            summary.grouped += joined
            summary.new_stories += not joined
            new.append(article)
        added = self.store.add_articles(new, summary.run_id)
        summary.added += added
        if batch.items:
            log.info("stored a batch: %d new articles (%d so far)", added, summary.added)
        for rejection in batch.rejections:
            log.warning("rejected %s", rejection)
        summary.rejected += len(batch.rejections)
        summary.rejections.extend(batch.rejections)
        self.store.record_rejections(batch.rejections, summary.run_id)
