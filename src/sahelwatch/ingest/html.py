"""HTML pages: main text and metadata with trafilatura."""

from __future__ import annotations

import logging
import re
from typing import Iterator

import lxml.html
import trafilatura

from sahelwatch.models import RawDocument, Rejection

log = logging.getLogger(__name__)

_HTML_LANG = re.compile(rb"""<html[^>]*?\slang\s*=\s*["']?([A-Za-z]{2,3})""", re.IGNORECASE)
_BLOCKS = ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "section", "article")


def _page_meta(tree) -> dict:
    meta = {}
    for node in tree.iter("meta"):
        name = (node.get("name") or node.get("property") or "").strip().lower()
        content = node.get("content")
        if not name or content is None:
            continue
        if name.startswith("sahelwatch:"):
            value = content.strip()
            meta[name.split(":", 1)[1]] = {"true": True, "false": False}.get(value.lower(), value)
        elif name in ("description", "author", "keywords"):
            meta[name] = content.strip()
    return meta


def read_html(data: bytes | str, ref: str, url: str | None = None, kind: str = "html") -> Iterator[RawDocument | Rejection]:
    raw = data.encode("utf-8") if isinstance(data, str) else data
    if not raw.strip():
        yield Rejection(ref, kind, "empty", "empty HTML page")
        return
    try:
        tree = lxml.html.fromstring(raw)
    except (lxml.etree.ParserError, ValueError) as exc:
        yield Rejection(ref, kind, "malformed_html", f"cannot parse HTML: {exc}")
        return
    try:
        doc = trafilatura.bare_extraction(
            tree,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as exc:  # trafilatura raises assorted errors on hostile markup
        log.debug("trafilatura failed on %s", ref, exc_info=True)
        yield Rejection(ref, kind, "malformed_html", f"main-text extraction failed: {exc}")
        return
    if doc is None or not (doc.text or "").strip():
        yield Rejection(ref, kind, "no_text", "no main text found in the HTML page")
        return
    match = _HTML_LANG.search(raw[:4096])
    meta = _page_meta(tree)
    if doc.author:
        meta.setdefault("author", doc.author)
    yield RawDocument(
        input_ref=ref,
        input_kind=kind,
        text=doc.text,
        title=doc.title,
        url=doc.url or url,
        outlet=doc.sitename or doc.hostname,
        published=doc.date,
        lang=match.group(1).decode().lower() if match else None,
        meta=meta,
    )


def fragment_text(fragment: str) -> str:
    """Text of an HTML fragment (feed content), one line per block element."""
    if "<" not in fragment:
        return fragment
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (lxml.etree.ParserError, ValueError):
        return re.sub(r"<[^>]+>", " ", fragment)
    for node in root.iter(*_BLOCKS):
        node.tail = "\n" + (node.tail or "")
    for node in root.iter("script", "style"):
        node.drop_tree()
    return root.text_content()
