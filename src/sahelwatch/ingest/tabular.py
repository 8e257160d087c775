"""JSONL and CSV batches: one article per line or row."""

from __future__ import annotations

import csv
import io
import json
import sys
from typing import IO, Iterable, Iterator

from sahelwatch.datafiles import load_yaml
from sahelwatch.models import RawDocument, Rejection
from sahelwatch.settings import Columns

csv.field_size_limit(min(sys.maxsize, 2**31 - 1))

FIELDS = ("id", "text", "date", "url", "source", "title", "lang")


class ColumnMap:
    """Which key or column holds each article field: configured, else the first synonym present."""

    def __init__(self, configured: Columns):
        synonyms = load_yaml("ingest_columns.yaml")["fields"]
        self.candidates = {}
        for field in FIELDS:
            name = getattr(configured, field)
            self.candidates[field] = [name] if name else list(synonyms.get(field, []))
        self.explicit = {f for f in FIELDS if getattr(configured, f)}

    def resolve(self, keys: Iterable[str]) -> dict[str, str]:
        lower = {}
        for key in keys:
            lower.setdefault(str(key).lower(), key)
        found = {}
        for field, names in self.candidates.items():
            for name in names:
                if name.lower() in lower:
                    found[field] = lower[name.lower()]
                    break
        return found

    def describe(self, field: str) -> str:
        return ", ".join(self.candidates[field])


def _document(record: dict, columns: dict[str, str], ref: str, kind: str) -> RawDocument | Rejection:
    text = record.get(columns["text"])
    if text is None or not str(text).strip():
        return Rejection(ref, kind, "empty", f"empty text in {columns['text']!r}")
    used = set(columns.values())

    def get(field):
        value = record.get(columns[field]) if field in columns else None
        return None if value in (None, "") else value

    meta = {k: v for k, v in record.items() if k not in used and v not in (None, "")}
    meta = {k: v if isinstance(v, (str, int, float, bool)) else json.dumps(v) for k, v in meta.items()}
    given_id = get("id")
    return RawDocument(
        input_ref=ref,
        input_kind=kind,
        text=str(text),
        id=str(given_id) if given_id is not None else None,
        title=str(get("title")) if get("title") is not None else None,
        url=str(get("url")) if get("url") is not None else None,
        outlet=str(get("source")) if get("source") is not None else None,
        published=get("date"),
        lang=str(get("lang")) if get("lang") is not None else None,
        meta=meta,
    )


def read_jsonl(stream: IO[bytes], path: str, columns: ColumnMap, encoding: str) -> Iterator[RawDocument | Rejection]:
    for number, raw in enumerate(stream, 1):
        ref = f"{path}:{number}"
        if not raw.strip():
            continue
        try:
            line = raw.decode(encoding)
        except UnicodeDecodeError as exc:
            yield Rejection(ref, "jsonl", "encoding", f"not valid {encoding} (byte 0x{raw[exc.start]:02x} at column {exc.start + 1})")
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Rejection(ref, "jsonl", "malformed_json", f"invalid JSON: {exc.msg} at column {exc.colno}")
            continue
        yield from _records([record], ref, "jsonl", columns)


def read_json(data: bytes, path: str, columns: ColumnMap, encoding: str) -> Iterator[RawDocument | Rejection]:
    """A .json file: a list of article objects, one object, or JSON Lines after all."""
    try:
        value = json.loads(data.decode(encoding))
    except UnicodeDecodeError as exc:
        yield Rejection(path, "json", "encoding", f"not valid {encoding} (byte 0x{data[exc.start]:02x})")
        return
    except json.JSONDecodeError:
        yield from read_jsonl(io.BytesIO(data), path, columns, encoding)
        return
    records = value if isinstance(value, list) else [value]
    refs = [f"{path}[{i}]" for i in range(len(records))] if isinstance(value, list) else [path]
    for ref, record in zip(refs, records):
        yield from _records([record], ref, "json", columns)


def _records(records, ref, kind, columns: ColumnMap):
    for record in records:
        if not isinstance(record, dict):
            yield Rejection(ref, kind, "malformed_json", f"expected a JSON object, got {type(record).__name__}")
            continue
        found = columns.resolve(record.keys())
        if "text" not in found:
            yield Rejection(
                ref, kind, "no_text",
                f"no text field (looked for: {columns.describe('text')}; keys present: {', '.join(map(str, record)) or 'none'})",
            )
            continue
        yield _document(record, found, ref, kind)


def read_csv(stream: IO[str], path: str, columns: ColumnMap, delimiter: str = ",") -> Iterator[RawDocument | Rejection]:
    reader = csv.reader(stream, delimiter=delimiter, strict=True)
    try:
        header = next(reader, None)
    except (csv.Error, UnicodeDecodeError) as exc:
        yield Rejection(path, "csv", "malformed_csv", f"unreadable CSV header: {exc}")
        return
    if not header:
        yield Rejection(path, "csv", "empty", "empty CSV file")
        return
    header = [h.strip().lstrip("\ufeff") for h in header]
    found = columns.resolve(header)
    if "text" not in found:
        yield Rejection(
            path, "csv", "no_text",
            f"no text column (looked for: {columns.describe('text')}; columns are: {', '.join(header)}); "
            "name it with --text-column",
        )
        return
    while True:
        start = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except UnicodeDecodeError as exc:
            yield Rejection(f"{path}:{start}", "csv", "encoding", f"not valid text from here on ({exc.reason}); the rest of the file was skipped")
            return
        except csv.Error as exc:
            yield Rejection(f"{path}:{start}", "csv", "malformed_csv", f"malformed CSV: {exc}; the rest of the file was skipped")
            return
        ref = f"{path}:{start}"
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            yield Rejection(ref, "csv", "malformed_csv", f"row has {len(row)} fields, the header has {len(header)}")
            continue
        yield _document(dict(zip(header, row)), found, ref, "csv")
