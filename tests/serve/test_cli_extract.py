"""`sahelwatch extract`, `train` and `gazetteer import` on small inputs written here (synthetic)."""

import csv
import json

import pytest
from click.testing import CliRunner

from sahelwatch.serve.cli import EXIT_REJECTED, cli

DOCS = [
    {"id": "d1", "text": "On 25 July 2020, unknown gunmen killed two men in Boule (Barani, Kossi).", "published": "2020-07-28", "lang": "en"},
    {"id": "d2", "text": "Des hommes armés ont attaqué dimanche le poste de gendarmerie de Nioro du Sahel, tuant deux gendarmes.", "published": "2025-05-06"},
    {"id": "d3", "text": "Experts warned that the group could besiege the capital within months.", "published": "2025-05-06"},
]


def invoke(*args):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_extract_jsonl_contract(tmp_path):
    src = tmp_path / "docs.jsonl"
    src.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in DOCS) + "{broken\n", "utf-8")
    out = tmp_path / "reports.jsonl"
    result = invoke("--db", str(tmp_path / "none.duckdb"), "extract", "--input", str(src), "--output", str(out), "-q")
    assert result.exit_code == EXIT_REJECTED  # the broken line is reported, the rest is coded
    assert "docs.jsonl:4" in result.output
    reports = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert [r["doc_id"] for r in reports] == ["d1", "d2"]
    keys = ["doc_id", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
            "interaction", "civilian_targeting", "event_date", "time_precision", "country", "iso", "admin1", "admin2", "location",
            "latitude", "longitude", "geo_precision", "fatalities", "evidence", "confidence"]
    assert list(reports[0]) == keys
    first = reports[0]
    assert (first["event_date"], first["fatalities"], first["country"]) == ("2020-07-25", 2, "Burkina Faso")
    for span in first["evidence"]:
        assert DOCS[0]["text"][span["start"] : span["end"]] == span["text"]
    assert reports[1]["event_date"] == "2025-05-04" and reports[1]["country"] == "Mali"


def test_extract_csv_with_columns(tmp_path):
    src = tmp_path / "docs.csv"
    with open(src, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["ref", "body", "when"])
        w.writerow(["c1", DOCS[0]["text"], DOCS[0]["published"]])
    result = invoke("extract", "--input", str(src), "--text-column", "body", "--date-column", "when", "--id-column", "ref", "-q")
    assert result.exit_code == 0
    lines = [line for line in result.output.splitlines() if line.startswith("{")]
    assert json.loads(lines[0])["doc_id"] == "c1"


def test_run_codes_and_is_idempotent(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.jsonl").write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in DOCS), "utf-8")
    db = str(tmp_path / "s.duckdb")
    first = invoke("--db", db, "run", str(folder), "-q")
    assert "3 articles coded, 2 event reports" in first.output
    again = invoke("--db", db, "run", str(folder), "-q")
    assert "0 articles coded, 0 event reports" in again.output
    info = json.loads(invoke("--db", db, "status", "--json").output)
    assert info["event_reports"] == 2
    out = tmp_path / "reports.geojson"
    assert invoke("--db", db, "export", "--table", "reports", "--format", "geojson", "-o", str(out)).exit_code == 0
    features = json.loads(out.read_text("utf-8"))["features"]
    assert len(features) == 2 and {f["properties"]["doc_id"] for f in features} == {"d1", "d2"}


GEONAMES = "\t".join(["2453347", "Mopti Region", "Mopti Region", "", "14.5", "-3.5", "A", "ADM1", "ML", "", "06", "", "", "", "2037330", "", "270", "Africa/Bamako", "2012-01-01"]) + "\n" + \
    "\t".join(["9999001", "Testabougou", "Testabougou", "Testabugu", "14.1", "-3.9", "P", "PPL", "ML", "", "06", "", "", "", "0", "", "270", "Africa/Bamako", "2012-01-01"]) + "\n"


def test_gazetteer_import_is_idempotent_and_used_by_the_coder(tmp_path):
    dump = tmp_path / "XX.txt"
    dump.write_text(GEONAMES, "utf-8")
    db = str(tmp_path / "g.duckdb")
    first = invoke("--db", db, "gazetteer", "import", str(dump))
    assert "2 places (2 new, 0 updated)" in first.output
    second = invoke("--db", db, "gazetteer", "import", str(dump))
    assert "2 places (0 new, 2 updated)" in second.output
    bad = tmp_path / "bad.txt"
    bad.write_text("not\ta\tgeonames\tfile\n", "utf-8")
    result = CliRunner().invoke(cli, ["--db", db, "gazetteer", "import", str(bad)])
    assert result.exit_code == EXIT_REJECTED and "bad.txt:1" in result.output
    src = tmp_path / "d.jsonl"
    src.write_text(json.dumps({"id": "t", "text": "On 3 May 2021, gunmen killed three villagers in the village of Testabugu.", "published": "2021-05-05"}) + "\n", "utf-8")
    out = invoke("--db", db, "extract", "--input", str(src), "-q").output
    report = json.loads([line for line in out.splitlines() if line.startswith("{")][0])
    assert (report["country"], report["admin1"], report["latitude"]) == ("Mali", "Mopti", 14.1)


def test_train_on_a_small_export(tmp_path):
    pytest.importorskip("sklearn")
    export = tmp_path / "export.csv"
    rows = []
    for i in range(12):
        rows.append({"event_type": "Protests", "sub_event_type": "Peaceful protest", "notes": f"Traders staged a peaceful demonstration number {i} in the market town.", "year": "2018"})
        rows.append({"event_type": "Violence against civilians", "sub_event_type": "Attack", "notes": f"Gunmen killed {i + 2} villagers in an attack on a hamlet.", "year": "2018"})
        rows.append({"event_type": "Explosions/Remote violence", "sub_event_type": "Remote explosive/landmine/IED", "notes": f"A vehicle struck an IED on road {i}, killing its driver.", "year": "2018"})
    with open(export, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=["event_type", "sub_event_type", "notes", "year"])
        w.writeheader()
        w.writerows(rows)
    model = tmp_path / "m.skops"
    result = invoke("train", "--acled", str(export), "-o", str(model), "--years", "2010-2018")
    assert result.exit_code == 0 and model.exists(), result.output
    src = tmp_path / "d.jsonl"
    src.write_text(json.dumps(DOCS[0]) + "\n", "utf-8")
    assert invoke("extract", "--input", str(src), "--model", str(model), "-q").exit_code == 0
    assert CliRunner().invoke(cli, ["train", "--acled", str(export), "-o", str(model), "--years", "soon"]).exit_code == 2


def test_geocode_prints_candidates_and_json(tmp_path):
    db = str(tmp_path / "none.duckdb")
    text = "On 3 May, gunmen attacked the village of Unknowntestbougou (Bankass, Mopti), near Boni."
    result = invoke("--db", db, "geocode", "--lang", "en", text)
    assert result.exit_code == 0
    assert "Unknowntestbougou [settlement]" in result.output and "via admin2 seat" in result.output
    assert "Boni [near]" in result.output and "curated" in result.output
    rows = [json.loads(line) for line in invoke("--db", db, "geocode", "--json", text).output.splitlines()]
    assert [r["name"] for r in rows] == ["Unknowntestbougou", "Boni"]
    assert rows[0]["geo_precision"] == 2 and rows[0]["admin2"] == "Bankass"


def test_geocode_uses_imported_places(tmp_path):
    db = str(tmp_path / "g.duckdb")
    dump = tmp_path / "XX.txt"
    cols = ["90001", "Kotestbougou", "Kotestbougou", "", "14.1", "-3.6", "P", "PPL", "ML", "", "07", "", "", "", "0", "", "300", "Africa/Bamako", "2020-01-01"]
    dump.write_text("\t".join(cols) + "\n", "utf-8")
    assert invoke("--db", db, "gazetteer", "import", str(dump)).exit_code == 0
    out = invoke("--db", db, "geocode", "--json", "Gunmen attacked the village of Kotestbougou.").output
    row = json.loads(out.splitlines()[0])
    assert (row["latitude"], row["longitude"], row["geo_precision"], row["country"]) == (14.1, -3.6, 1, "ML")


def test_extract_goes_on_past_a_document_the_coder_fails_on(tmp_path, monkeypatch):
    from sahelwatch.extract.engine import EventExtractor

    real = EventExtractor.extract

    def fragile(self, text, published, lang, doc_id, *args, **kw):
        if doc_id == "d1":
            raise ValueError("cannot read this one")
        return real(self, text, published, lang, doc_id, *args, **kw)

    monkeypatch.setattr(EventExtractor, "extract", fragile)
    src = tmp_path / "docs.jsonl"
    src.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in DOCS), "utf-8")
    out = tmp_path / "reports.jsonl"
    result = invoke("extract", "--input", str(src), "--output", str(out), "-q")
    assert result.exit_code == EXIT_REJECTED
    assert "docs.jsonl:1" in result.output and "ValueError: cannot read this one" in result.output
    assert [json.loads(line)["doc_id"] for line in out.read_text("utf-8").splitlines()] == ["d2"]
