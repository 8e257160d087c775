"""HTML pages: main text and metadata with trafilatura."""

from __future__ import annotations

import logging
import re
from typing import Iterator

import lxml.html
import trafilatura

from sahelwatch.models import RawDocument, Rejection

log = logging.getLogger(__name__)

_HTML_LANG = re.compile(r"""<html[^>]*?\slang\s*=\s*["']?([A-Za-z]{2,3})""", re.IGNORECASE)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_-]+)""", re.IGNORECASE)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
# Extracted main text shorter than this is navigation debris, not an article.
MIN_TEXT_CHARS = 25


def decode_html(raw: bytes, charset: str | None = None) -> str:
    """Text of an HTML page: the HTTP charset, else the page's meta charset, else UTF-8, else cp1252."""
    candidates = [charset]
    match = _META_CHARSET.search(raw[:4096])
    if match:
        candidates.append(match.group(1).decode("ascii"))
    for encoding in [c for c in candidates if c] + ["utf-8"]:
        try:
            return raw.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    return raw.decode("cp1252", errors="replace")
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


def read_html(
    data: bytes | str, ref: str, url: str | None = None, kind: str = "html", charset: str | None = None
) -> Iterator[RawDocument | Rejection]:
    page = data if isinstance(data, str) else decode_html(data, charset)
    page = _XML_DECLARATION.sub("", page.lstrip("\ufeff"))
    if not page.strip():
        yield Rejection(ref, kind, "empty", "empty HTML page")
        return
    try:
        tree = lxml.html.document_fromstring(page)
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
    if doc is None or len((doc.text or "").strip()) < MIN_TEXT_CHARS:
        yield Rejection(ref, kind, "no_text", "no main text found in the HTML page")
        return
    match = _HTML_LANG.search(page[:4096])
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
        lang=match.group(1).lower() if match else None,
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
