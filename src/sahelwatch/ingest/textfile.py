"""Plain text and Markdown files, with optional YAML front matter."""

from __future__ import annotations

from typing import Iterator

import yaml

from sahelwatch.models import RawDocument, Rejection
from sahelwatch.normalize.text import looks_binary, strip_markdown

# Front-matter keys that map onto article fields; the rest is kept in meta.
_FIELDS = {
    "id": "id",
    "title": "title",
    "url": "url",
    "link": "url",
    "outlet": "outlet",
    "source": "outlet",
    "published": "published",
    "date": "published",
    "lang": "lang",
    "language": "lang",
}


def decode(data: bytes, ref: str, kind: str, encoding: str = "utf-8") -> str | Rejection:
    if looks_binary(data):
        return Rejection(ref, kind, "binary", "binary file, not text (found NUL or control bytes)")
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        return Rejection(
            ref, kind, "encoding",
            f"not valid {encoding} at line {line} (byte 0x{data[exc.start]:02x}); "
            f"give the file's encoding with --encoding",
        )
    except LookupError:
        return Rejection(ref, kind, "encoding", f"unknown encoding {encoding!r}")
    return text.lstrip("\ufeff")


def split_front_matter(text: str, ref: str, kind: str) -> tuple[dict, str] | Rejection:
    if not text.startswith("---"):
        return {}, text
    lines = text.split("\n")
    if lines[0].strip() != "---":
        return {}, text
    for i in range(1, len(lines)):
        if lines[i].strip() in ("---", "..."):
            block = "\n".join(lines[1:i])
            try:
                meta = yaml.safe_load(block) or {}
            except yaml.YAMLError as exc:
                mark = getattr(exc, "problem_mark", None)
                where = f" at line {mark.line + 2}" if mark else ""
                problem = getattr(exc, "problem", None) or "invalid YAML"
                return Rejection(ref, kind, "malformed_front_matter", f"front matter{where}: {problem}")
            if not isinstance(meta, dict):
                return Rejection(ref, kind, "malformed_front_matter", "front matter is not a mapping of keys to values")
            return meta, "\n".join(lines[i + 1 :])
    return Rejection(ref, kind, "malformed_front_matter", "front matter opened with '---' is never closed")


def document_from_fields(meta: dict, text: str, ref: str, kind: str) -> RawDocument:
    doc = RawDocument(input_ref=ref, input_kind=kind, text=text)
    extra = {}
    for key, value in meta.items():
        target = _FIELDS.get(str(key).lower())
        if target and getattr(doc, target) is None and value not in (None, ""):
            setattr(doc, target, value if target == "published" else str(value))
        else:
            extra[str(key)] = value if isinstance(value, (str, int, float, bool)) else str(value)
    doc.meta = extra
    return doc


def read_text_document(data: bytes, ref: str, markdown: bool, encoding: str) -> Iterator[RawDocument | Rejection]:
    kind = "markdown" if markdown else "text"
    text = decode(data, ref, kind, encoding)
    if isinstance(text, Rejection):
        yield text
        return
    parts = split_front_matter(text, ref, kind)
    if isinstance(parts, Rejection):
        yield parts
        return
    meta, body = parts
    if markdown:
        body = strip_markdown(body)
    if not body.strip():
        yield Rejection(ref, kind, "empty", "no text (the file is empty or holds only front matter)")
        return
    yield document_from_fields(meta, body, ref, kind)
