"""RSS and Atom feeds with feedparser; optionally each item's full page."""

from __future__ import annotations

import logging
from typing import Callable, Iterator

import feedparser

from sahelwatch.ingest.html import fragment_text
from sahelwatch.models import RawDocument, Rejection

log = logging.getLogger(__name__)

PageFetcher = Callable[[str], "bytes"]


def looks_like_feed(data: bytes) -> bool:
    head = data[:2048].lower()
    return b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head


def _entry_text(entry) -> str:
    for content in entry.get("content") or []:
        if content.get("value", "").strip():
            return fragment_text(content["value"])
    return fragment_text(entry.get("summary") or entry.get("description") or "")


def read_feed(
    data: bytes, ref: str, fetch_page: Callable[[str], RawDocument | Rejection] | None = None
) -> Iterator[RawDocument | Rejection]:
    parsed = feedparser.parse(data)
    if not parsed.entries:
        if parsed.bozo:
            exc = parsed.get("bozo_exception")
            line = getattr(exc, "getLineNumber", lambda: None)()
            where = f" at line {line}" if line else ""
            yield Rejection(ref, "feed", "malformed_feed", f"malformed feed{where}: {exc}")
        else:
            yield Rejection(ref, "feed", "empty", "feed has no items")
        return
    if parsed.bozo:
        log.warning("%s: feed is not well formed (%s); reading its %d items anyway", ref, parsed.get("bozo_exception"), len(parsed.entries))
    outlet = parsed.feed.get("title")
    language = (parsed.feed.get("language") or "")[:2] or None
    for number, entry in enumerate(parsed.entries, 1):
        guid = entry.get("id") or entry.get("link") or str(number)
        item_ref = f"{ref}#{guid}"
        link = entry.get("link")
        published = entry.get("published_parsed") or entry.get("updated_parsed")
        meta = {"guid": guid}
        tags = [t.get("term") for t in entry.get("tags") or [] if t.get("term")]
        if tags:
            meta["categories"] = ", ".join(tags)
        if "synthetic" in (t.lower() for t in tags):
            meta["synthetic"] = True
        doc = None
        if fetch_page and link:
            page = fetch_page(link)
            if isinstance(page, RawDocument):
                doc = page
                doc.input_ref, doc.input_kind = item_ref, "feed+page"
            else:
                log.warning("%s: full page %s not used (%s); using the feed's own text", item_ref, link, page.message)
                meta["full_page_error"] = page.message
        if doc is None:
            text = _entry_text(entry)
            if not text.strip():
                yield Rejection(item_ref, "feed", "empty", "feed item has no text")
                continue
            doc = RawDocument(input_ref=item_ref, input_kind="feed", text=text)
        doc.title = entry.get("title") or doc.title
        doc.url = link or doc.url
        doc.outlet = doc.outlet or outlet
        doc.published = published or doc.published
        doc.lang = doc.lang or language
        doc.meta = {**doc.meta, **meta}
        yield doc
