"""Writers for exported tables: CSV, JSON Lines, GeoJSON and Parquet."""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
import sys
import tempfile
from contextlib import contextmanager
from typing import IO, Iterable, Iterator

FORMATS = ("csv", "jsonl", "geojson", "parquet")


class ExportError(ValueError):
    pass


def _plain(value):
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, (bytes, bytearray)):
        return value.hex()
    return value


@contextmanager
def _output(path: str | None, binary: bool = False) -> Iterator[IO]:
    """stdout for None or '-'; otherwise a temporary file renamed into place on success."""
    if path in (None, "-"):
        if binary:
            raise ExportError("parquet cannot be written to standard output; give --output FILE")
        yield sys.stdout
        return
    folder = os.path.dirname(os.path.abspath(path))
    if not os.path.isdir(folder):
        raise ExportError(f"{path}: folder {folder} does not exist")
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=".export-")
    try:
        with os.fdopen(fd, "wb" if binary else "w", **({} if binary else {"encoding": "utf-8", "newline": ""})) as handle:
            yield handle
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise


def write_export(columns: list[str], rows: Iterable[tuple], fmt: str, output: str | None) -> int:
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if fmt == "geojson" and not {"latitude", "longitude"} <= set(columns):
        raise ExportError("GeoJSON needs coordinates; export reports or events as GeoJSON, articles as csv, jsonl or parquet")
    writer = {"csv": _csv, "jsonl": _jsonl, "geojson": _geojson, "parquet": _parquet}[fmt]
    with _output(output, binary=fmt == "parquet") as handle:
        return writer(columns, rows, handle)


def _csv(columns, rows, handle) -> int:
    out = csv.writer(handle, lineterminator="\n")
    out.writerow(columns)
    n = 0
    for row in rows:
        out.writerow(["" if v is None else _plain(v) for v in row])
        n += 1
    return n


def _jsonl(columns, rows, handle) -> int:
    n = 0
    for row in rows:
        handle.write(json.dumps({c: _plain(v) for c, v in zip(columns, row)}, ensure_ascii=False) + "\n")
        n += 1
    return n


def _geojson(columns, rows, handle) -> int:
    handle.write('{"type": "FeatureCollection", "features": [\n')
    n = 0
    for row in rows:
        record = {c: _plain(v) for c, v in zip(columns, row)}
        lat, lon = record.get("latitude"), record.get("longitude")
        geometry = {"type": "Point", "coordinates": [lon, lat]} if lat is not None and lon is not None else None
        feature = {"type": "Feature", "geometry": geometry, "properties": record}
        handle.write(("," if n else "") + json.dumps(feature, ensure_ascii=False) + "\n")
        n += 1
    handle.write("]}\n")
    return n


def _parquet(columns, rows, handle) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    data = list(rows)
    table = pa.table({c: [r[i] for r in data] for i, c in enumerate(columns)}) if data else pa.table({c: pa.array([], pa.string()) for c in columns})
    pq.write_table(table, handle)
    return len(data)
