import json

from sahelwatch.ingest import IngestContext, iter_documents
from sahelwatch.models import RawDocument, Rejection


def read(settings, *paths):
    return list(iter_documents([str(p) for p in paths], IngestContext(settings)))


def test_jsonl_default_keys(settings, tmp_path):
    path = tmp_path / "a.jsonl"
    rows = [
        {"id": "x1", "text": "An attack near Gao killed two.", "published": "2025-01-02", "lang": "en", "url": "https://a.example/1", "source": "A (synthetic)", "extra": 5},
        {"id": "x2", "text": "Une embuscade près de Kayes.", "published": None},
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n\n", "utf-8")
    docs = read(settings, path)
    assert [d.id for d in docs] == ["x1", "x2"]
    assert (docs[0].url, docs[0].outlet, docs[0].published, docs[0].lang) == ("https://a.example/1", "A (synthetic)", "2025-01-02", "en")
    assert docs[0].meta == {"extra": 5}
    assert docs[0].input_ref.endswith("a.jsonl:1") and docs[1].input_ref.endswith("a.jsonl:2")


def test_jsonl_bad_lines_are_rejected_one_by_one(settings, tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_bytes(
        b'{"text": "good one about Mopti"}\n{not json\n[1, 2]\n{"body2": "no text key"}\n{"text": ""}\n'
        + '{"text": "caf\xe9"}\n'.encode("latin-1")
        + b'{"text": "good two about Djibo"}\n'
    )
    items = read(settings, path)
    kinds = [(i.input_ref.rsplit(":", 1)[1], i.reason if isinstance(i, Rejection) else "ok") for i in items]
    assert kinds == [("1", "ok"), ("2", "malformed_json"), ("3", "malformed_json"), ("4", "no_text"), ("5", "empty"), ("6", "encoding"), ("7", "ok")]
    assert "column" in items[1].message
    assert "keys present: body2" in items[3].message


def test_csv_with_synonym_columns_and_multiline_bodies(settings, tmp_path):
    path = tmp_path / "b.csv"
    path.write_text(
        'doc_id,body,date,link,outlet\n'
        'c1,"First line.\nSecond line about Ségou.",2025-05-01,https://b.example/1,B (synthetic)\n'
        'c2,"Plain body about Niamey.",2025-05-02,,\n',
        "utf-8",
    )
    docs = read(settings, path)
    assert [d.id for d in docs] == ["c1", "c2"]
    assert "Second line about Ségou." in docs[0].text
    assert docs[0].outlet == "B (synthetic)" and docs[1].url is None
    assert docs[1].input_ref.endswith("b.csv:4")


def test_csv_explicit_columns_override_synonyms(make_settings, tmp_path):
    path = tmp_path / "c.csv"
    path.write_text("ref,story,text,when\nr1,The real story about Kidal.,not this,2024-12-01\n", "utf-8")
    settings = make_settings(ingest={"columns": {"id": "ref", "text": "story", "date": "when"}})
    [doc] = read(settings, path)
    assert (doc.id, doc.text, doc.published) == ("r1", "The real story about Kidal.", "2024-12-01")


def test_malformed_csv(settings, tmp_path):
    (tmp_path / "notext.csv").write_text("a,b\n1,2\n", "utf-8")
    (tmp_path / "ragged.csv").write_text("id,text\n1,fine text\n2,too,many\n3,more fine text\n", "utf-8")
    (tmp_path / "quote.csv").write_text('id,text\n1,"unterminated\n', "utf-8")
    items = read(settings, tmp_path)
    by_file = {}
    for i in items:
        by_file.setdefault(i.input_ref.rsplit("/", 1)[-1].split(":")[0], []).append(i)
    assert by_file["notext.csv"][0].reason == "no_text" and "columns are: a, b" in by_file["notext.csv"][0].message
    ragged = by_file["ragged.csv"]
    assert [isinstance(i, RawDocument) for i in ragged] == [True, False, True]
    assert ragged[1].reason == "malformed_csv" and ragged[1].input_ref.endswith(":3")
    assert by_file["quote.csv"][-1].reason == "malformed_csv"


def test_json_array_file(settings, tmp_path):
    path = tmp_path / "a.json"
    path.write_text(json.dumps([{"text": "One about Tillabéri."}, {"text": "Two about Dori."}, 3]), "utf-8")
    items = read(settings, path)
    assert [type(i).__name__ for i in items] == ["RawDocument", "RawDocument", "Rejection"]
    assert items[2].input_ref.endswith("a.json[2]")
