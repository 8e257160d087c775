import csv
import json

import pyarrow.parquet as pq
import pytest

from sahelwatch.datafiles import load_yaml
from sahelwatch.models import utcnow
from sahelwatch.store.export import ExportError, write_export


def _seed_event(store):
    now = utcnow()
    store.con.execute(
        """INSERT INTO events (event_id_cnty, iso, event_date, year, time_precision, event_type, sub_event_type,
           actor1, inter1, country, location, latitude, longitude, geo_precision, fatalities, iso3, source, notes, created_at, updated_at)
           VALUES ('MLI00001', 466, DATE '2025-09-14', 2025, 1, 'Explosions/Remote violence', 'Remote explosive/landmine/IED',
           'JNIM: Group for Support of Islam and Muslims', 2, 'Mali', 'Sandaré', 14.7, -10.3, 1, 3, 'MLI', 'Sahel Wire', 'note, with comma', ?, ?)""",
        [now, now],
    )


def test_events_csv_uses_acled_names_and_order(store, tmp_path):
    _seed_event(store)
    out = tmp_path / "events.csv"
    columns, rows = store.export_rows("events")
    assert write_export(columns, rows, "csv", str(out)) == 1
    with open(out, newline="", encoding="utf-8") as f:
        reader = csv.reader(f)
        header = next(reader)
        row = next(reader)
    acled = load_yaml("acled_columns.yaml")["columns"]
    assert header[: len(acled)] == acled
    record = dict(zip(header, row))
    assert record["event_date"] == "2025-09-14" and record["location"] == "Sandaré" and record["notes"] == "note, with comma"


def test_geojson_and_parquet_and_jsonl(store, tmp_path):
    _seed_event(store)
    columns, rows = store.export_rows("events")
    write_export(columns, rows, "geojson", str(tmp_path / "e.geojson"))
    data = json.loads((tmp_path / "e.geojson").read_text("utf-8"))
    assert data["type"] == "FeatureCollection"
    assert data["features"][0]["geometry"] == {"type": "Point", "coordinates": [-10.3, 14.7]}
    columns, rows = store.export_rows("events")
    write_export(columns, rows, "parquet", str(tmp_path / "e.parquet"))
    table = pq.read_table(tmp_path / "e.parquet")
    assert table.num_rows == 1 and table.column("event_id_cnty").to_pylist() == ["MLI00001"]
    columns, rows = store.export_rows("events")
    write_export(columns, rows, "jsonl", str(tmp_path / "e.jsonl"))
    assert json.loads((tmp_path / "e.jsonl").read_text("utf-8"))["fatalities"] == 3


def test_empty_tables_export_headers_only(store, tmp_path):
    for table in ("reports", "claims", "quotes", "warnings"):
        columns, rows = store.export_rows(table)
        out = tmp_path / f"{table}.csv"
        assert write_export(columns, rows, "csv", str(out)) == 0
        assert out.read_text("utf-8").count("\n") == 1
        columns, rows = store.export_rows(table)
        assert write_export(columns, rows, "parquet", str(tmp_path / f"{table}.parquet")) == 0


def test_export_errors_leave_no_partial_file(store, tmp_path):
    columns, rows = store.export_rows("articles")
    with pytest.raises(ExportError, match="coordinates"):
        write_export(columns, rows, "geojson", str(tmp_path / "a.geojson"))
    assert not (tmp_path / "a.geojson").exists()
    with pytest.raises(ExportError, match="does not exist"):
        write_export(columns, rows, "csv", str(tmp_path / "missing" / "a.csv"))
    with pytest.raises(ExportError, match="standard output"):
        write_export(columns, rows, "parquet", None)
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".export-")] == []
