"""Where inputs come from: paths, folders and URLs, each routed to its reader."""

from __future__ import annotations

import io
import logging
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

from sahelwatch.ingest import feeds, html, tabular, textfile
from sahelwatch.ingest.fetch import Fetched, FetchError, Fetcher
from sahelwatch.models import RawDocument, Rejection
from sahelwatch.normalize.text import looks_binary
from sahelwatch.settings import Settings

log = logging.getLogger(__name__)

EXTENSIONS = {
    ".txt": "text", ".text": "text",
    ".md": "markdown", ".markdown": "markdown",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json",
    ".csv": "csv", ".tsv": "tsv",
    ".xml": "xml", ".rss": "feed", ".atom": "feed",
}
_URL = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*://")

Item = RawDocument | Rejection


@dataclass
class IngestContext:
    settings: Settings
    fetcher: Fetcher | None = None
    _columns: tabular.ColumnMap | None = field(default=None, repr=False)

    @property
    def columns(self) -> tabular.ColumnMap:
        if self._columns is None:
            self._columns = tabular.ColumnMap(self.settings.ingest.columns)
        return self._columns

    def get_fetcher(self) -> Fetcher:
        if self.fetcher is None:
            self.fetcher = Fetcher(self.settings.fetch)
        return self.fetcher

    def close(self) -> None:
        if self.fetcher is not None:
            self.fetcher.close()


def iter_documents(targets: Iterable[str], ctx: IngestContext) -> Iterator[Item]:
    for target in targets:
        target = str(target)
        if _URL.match(target):
            yield from read_url(target, ctx)
        elif os.path.isdir(target):
            yield from read_directory(Path(target), ctx)
        elif os.path.exists(target):
            yield from read_path(Path(target), ctx, explicit=True)
        else:
            yield Rejection(target, "path", "not_found", "no such file, folder or URL")


def read_directory(root: Path, ctx: IngestContext) -> Iterator[Item]:
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith("."):
                continue
            path = Path(folder) / name
            if path.suffix.lower() in EXTENSIONS:
                yield from read_path(path, ctx, explicit=False)
            else:
                log.debug("skipping %s: not a known article file type", path)


def read_path(path: Path, ctx: IngestContext, explicit: bool) -> Iterator[Item]:
    ref = str(path)
    kind = EXTENSIONS.get(path.suffix.lower())
    encoding = ctx.settings.ingest.encoding
    try:
        if kind == "jsonl":
            with open(path, "rb") as stream:
                yield from tabular.read_jsonl(stream, ref, ctx.columns, encoding)
            return
        if kind in ("csv", "tsv"):
            with open(path, encoding=encoding, newline="") as stream:
                yield from tabular.read_csv(stream, ref, ctx.columns, "\t" if kind == "tsv" else ",")
            return
        size = path.stat().st_size
        if size > ctx.settings.ingest.max_file_bytes:
            yield Rejection(ref, kind or "file", "too_large", f"file of {size:,} bytes exceeds the {ctx.settings.ingest.max_file_bytes:,}-byte limit")
            return
        data = path.read_bytes()
    except OSError as exc:
        yield Rejection(ref, kind or "file", "unreadable", f"cannot read: {exc.strerror or exc}")
        return
    except LookupError:
        yield Rejection(ref, kind or "file", "encoding", f"unknown encoding {encoding!r}")
        return
    if not data.strip():
        yield Rejection(ref, kind or "file", "empty", "empty file")
        return
    yield from read_bytes(data, ref, kind or _sniff(data), ctx)


def _sniff(data: bytes) -> str:
    head = data[:2048].lstrip().lower()
    if feeds.looks_like_feed(data):
        return "feed"
    if head.startswith((b"<!doctype html", b"<html")) or b"<body" in head:
        return "html"
    return "text"


def read_bytes(data: bytes, ref: str, kind: str, ctx: IngestContext, url: str | None = None, charset: str | None = None) -> Iterator[Item]:
    encoding = charset or ctx.settings.ingest.encoding
    if kind == "xml":
        kind = "feed" if feeds.looks_like_feed(data) else "html"
    if kind in ("text", "markdown"):
        yield from textfile.read_text_document(data, ref, kind == "markdown", encoding)
    elif kind == "html":
        if looks_binary(data):
            yield Rejection(ref, kind, "binary", "binary content, not HTML")
            return
        yield from html.read_html(data, ref, url=url, charset=charset)
    elif kind == "feed":
        fetch_page = _page_fetcher(ctx) if ctx.settings.fetch.full_pages else None
        yield from feeds.read_feed(data, ref, fetch_page)
    elif kind == "jsonl":
        yield from tabular.read_jsonl(io.BytesIO(data), ref, ctx.columns, encoding)
    elif kind == "json":
        yield from tabular.read_json(data, ref, ctx.columns, encoding)
    elif kind in ("csv", "tsv"):
        text = textfile.decode(data, ref, "csv", encoding)
        if isinstance(text, Rejection):
            yield text
            return
        yield from tabular.read_csv(io.StringIO(text, newline=""), ref, ctx.columns, "\t" if kind == "tsv" else ",")
    else:
        yield Rejection(ref, kind, "unsupported_type", f"unsupported input type {kind!r}")


def fetch(url: str, ctx: IngestContext) -> Fetched | Rejection:
    try:
        return ctx.get_fetcher().get(url)
    except FetchError as exc:
        return Rejection(url, "url", exc.reason, exc.message)


def read_url(url: str, ctx: IngestContext) -> Iterator[Item]:
    fetched = fetch(url, ctx)
    if isinstance(fetched, Rejection):
        yield fetched
        return
    if not fetched.body.strip():
        yield Rejection(url, "url", "empty", "empty response")
        return
    for item in read_bytes(fetched.body, url, fetched.kind, ctx, url=fetched.url, charset=fetched.charset):
        if isinstance(item, RawDocument):
            item.url = item.url or fetched.url
            item.meta.setdefault("fetched_url", fetched.url)
        yield item


def _page_fetcher(ctx: IngestContext):
    def fetch_page(link: str) -> RawDocument | Rejection:
        fetched = fetch(link, ctx)
        if isinstance(fetched, Rejection):
            return fetched
        if fetched.kind != "html":
            return Rejection(link, "url", "unsupported_type", f"item page is {fetched.content_type}, not HTML")
        for item in html.read_html(fetched.body, link, url=fetched.url, charset=fetched.charset):
            return item
        return Rejection(link, "url", "no_text", "no main text found")

    return fetch_page
