"""`sahelwatch extract`: documents from a JSONL or CSV file in, event reports
(JSONL, one per line, in the stable contract of issue 3) out. Offsets in the
evidence refer to each document's `text` exactly as given."""

from __future__ import annotations

import io
import json
import logging
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Iterator

from tqdm import tqdm

from sahelwatch.extract.engine import EventExtractor, build_extractor
from sahelwatch.ingest.tabular import ColumnMap, read_csv, read_jsonl
from sahelwatch.models import RawDocument, Rejection, short_hash
from sahelwatch.normalize.dates import DateError, parse_published
from sahelwatch.normalize.language import LanguageDetector
from sahelwatch.settings import Settings

log = logging.getLogger(__name__)


@dataclass
class BatchSummary:
    documents: int = 0
    reports: int = 0
    skipped_language: int = 0
    rejections: list[Rejection] = field(default_factory=list)


def read_documents(path: str, settings: Settings) -> Iterator[RawDocument | Rejection]:
    columns = ColumnMap(settings.ingest.columns)
    encoding = settings.ingest.encoding
    if path == "-":
        data = sys.stdin.buffer.read()
        yield from read_jsonl(io.BytesIO(data), "<stdin>", columns, encoding)
        return
    suffix = Path(path).suffix.lower()
    try:
        if suffix in (".csv", ".tsv"):
            with open(path, encoding=encoding, newline="") as stream:
                yield from read_csv(stream, path, columns, "\t" if suffix == ".tsv" else ",")
        else:
            with open(path, "rb") as stream:
                yield from read_jsonl(stream, path, columns, encoding)
    except OSError as exc:
        yield Rejection(path, "file", "unreadable", f"cannot read: {exc.strerror or exc}")


def extract_file(input_path: str, output: IO[str], settings: Settings, extractor: EventExtractor | None = None) -> BatchSummary:
    extractor = extractor or build_extractor(settings)
    detector = LanguageDetector(settings.languages)
    summary = BatchSummary()
    items = read_documents(input_path, settings)
    bar = tqdm(items, unit=" docs", desc="extract", disable=not settings.progress or not sys.stderr.isatty(), file=sys.stderr, leave=False)
    for item in bar:
        if isinstance(item, Rejection):
            log.warning("rejected %s", item)
            summary.rejections.append(item)
            continue
        summary.documents += 1
        try:
            published = parse_published(item.published)
        except DateError as exc:
            log.warning("%s: %s; relative dates cannot be resolved", item.input_ref, exc)
            published = None
        lang = (item.lang or "").lower()[:2] or detector.detect(item.text)
        if lang not in settings.languages.coded:
            summary.skipped_language += 1
            continue
        doc_id = item.id or short_hash(item.outlet or "", item.url or "", item.text)
        try:
            reports = extractor.extract(item.text, published, lang, doc_id, source=item.outlet, url=item.url)
        except Exception as exc:  # one document must not stop the file
            rejection = Rejection(item.input_ref, item.input_kind, "extract_error",
                                  f"the event coder failed on this document ({type(exc).__name__}: {exc})")
            log.error("%s", rejection, exc_info=log.isEnabledFor(logging.DEBUG))
            summary.rejections.append(rejection)
            continue
        for report in reports:
            output.write(json.dumps(report.to_dict(), ensure_ascii=False) + "\n")
            summary.reports += 1
    bar.close()
    return summary
