"""TypeModel on a tiny invented training set (no ACLED data needed)."""

from __future__ import annotations

import csv
import json

import pytest

from sahelwatch.extract import model as model_mod
from sahelwatch.extract.model import AcledExportError, ModelFileError, TypeModel, read_acled_export, rule_words, train_from_acled

PLACES = ["Djibo", "Gao", "Tillaberi", "Mopti", "Diffa", "Kaya", "Menaka", "Dori", "Timbuktu", "Ayorou"]
TEMPLATES = {
    "Attack": "Gunmen killed {n} villagers in {p}.",
    "Peaceful protest": "Protesters marched peacefully in {p} to demand better roads.",
    "Remote explosive/landmine/IED": "An IED struck a military vehicle near {p}, wounding {n} soldiers.",
    "Armed clash": "Soldiers clashed with militants near {p}; the fighting lasted hours.",
    "Abduction/forced disappearance": "Unknown armed men abducted {n} teachers from a school in {p}.",
    "Arrests": "Police arrested {n} suspects in {p} and took them into custody.",
}


def corpus():
    texts, labels = [], []
    for label, template in TEMPLATES.items():
        for i, place in enumerate(PLACES):
            texts.append(template.format(n=i + 2, p=place))
            labels.append(label)
    return texts, labels


@pytest.fixture(scope="module")
def fitted():
    return TypeModel().fit(*corpus())


def test_predicts_sub_event_and_parent_event_type(fitted):
    out = fitted.predict([
        "Gunmen killed 12 villagers in Seytenga.",
        "Protesters marched peacefully in Niamey to demand better roads.",
        "An IED struck a vehicle near Boni.",
        "Police arrested 3 suspects in Bamako.",
    ])
    assert [(e, s) for e, s, _ in out] == [
        ("Violence against civilians", "Attack"),
        ("Protests", "Peaceful protest"),
        ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
        ("Strategic developments", "Arrests"),
    ]
    assert all(isinstance(p, float) and 1 / len(TEMPLATES) < p <= 1 for _, _, p in out)
    assert fitted.predict([]) == []
    assert sorted(fitted.labels) == sorted(TEMPLATES)
    assert fitted.header["training_size"] == 60


def test_fit_rejects_labels_outside_the_taxonomy():
    texts, labels = corpus()
    with pytest.raises(ValueError, match="Ambush"):
        TypeModel().fit(texts, labels[:-1] + ["Ambush"])
    with pytest.raises(ValueError, match="texts"):
        TypeModel().fit(texts, labels[:-1])


def test_predict_before_fit_fails():
    with pytest.raises(RuntimeError):
        TypeModel().predict(["x"])


def test_save_load_round_trip(fitted, tmp_path):
    path = fitted.save(tmp_path / "m" / "model.skops")
    loaded = TypeModel.load(path)
    probe = ["Soldiers clashed with militants near Ansongo.", "Unknown armed men abducted a trader in Kidal."]
    assert loaded.predict(probe) == fitted.predict(probe)
    header = loaded.header
    assert header["serializer"] == ("skops" if model_mod._skops is not None else "pickle")
    assert header["format_version"] == model_mod.FORMAT_VERSION
    assert header["training_size"] == 60 and header["created"]


def test_pickle_fallback_round_trip(fitted, tmp_path, monkeypatch):
    monkeypatch.setattr(model_mod, "_skops", None)
    path = fitted.save(tmp_path / "model.pkl")
    loaded = TypeModel.load(path)
    assert loaded.header["serializer"] == "pickle"
    assert loaded.predict(["Gunmen killed 4 villagers in Gao."])[0][1] == "Attack"


def _rewrite_header(path, **changes):
    data = path.read_bytes()
    line, _, payload = data[len(model_mod.MAGIC):].partition(b"\n")
    header = dict(json.loads(line), **changes)
    path.write_bytes(model_mod.MAGIC + json.dumps(header).encode() + b"\n" + payload)


@pytest.mark.parametrize("damage, message", [
    (lambda p: p.write_bytes(b"PK\x03\x04 not ours"), "not a sahelwatch type model"),
    (lambda p: p.write_bytes(p.read_bytes()[:-50]), "checksum"),
    (lambda p: p.write_bytes(model_mod.MAGIC + b"{garbage\n"), "corrupt model header"),
    (lambda p: _rewrite_header(p, format_version=99), "format version 99"),
    (lambda p: _rewrite_header(p, sklearn_version="0.1.0"), "scikit-learn 0.1.0"),
    (lambda p: _rewrite_header(p, labels=["Attack", "Ambush"]), "label set"),
    (lambda p: _rewrite_header(p, labels=["Attack", "Arrests"]), "does not match its header"),
])
def test_damaged_or_mismatched_file_is_refused(fitted, tmp_path, damage, message):
    path = fitted.save(tmp_path / "model.skops")
    damage(path)
    with pytest.raises(ModelFileError, match=message) as info:
        TypeModel.load(path)
    assert str(path) in str(info.value)


def test_missing_file_is_refused(tmp_path):
    with pytest.raises(ModelFileError, match="nothere.skops"):
        TypeModel.load(tmp_path / "nothere.skops")


def _write_export(path, rows, columns=("event_id_cnty", "year", "event_type", "sub_event_type", "notes", "timestamp")):
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(columns)
        writer.writerows(rows)


def test_read_acled_export_skips_hxl_row(tmp_path):
    path = tmp_path / "export.csv"
    _write_export(path, [
        ("#event+code", "#date+year", "#event+type", "", "#description", ""),
        ("XYZ1", "2017", "Violence against civilians", "Attack", "Gunmen killed 3 villagers in Gao.", "1500000000"),
        ("XYZ2", "2018", "Protests", "Peaceful protest", "Protesters marched in Dori,\nsinging.", "1500000001"),
        ("XYZ3", "2018", "Battles", "Armed clash", "", "1500000002"),
    ])
    texts, labels, years = read_acled_export(path)
    assert texts == ["Gunmen killed 3 villagers in Gao.", "Protesters marched in Dori,\nsinging."]
    assert labels == ["Attack", "Peaceful protest"]
    assert years == [2017, 2018]


def test_read_acled_export_without_notes_fails_clearly(tmp_path):
    path = tmp_path / "bad.csv"
    _write_export(path, [("XYZ1", "2017", "Battles", "Armed clash", "1500000000")],
                  columns=("event_id_cnty", "year", "event_type", "sub_event_type", "timestamp"))
    with pytest.raises(AcledExportError, match=r"bad\.csv:1: .*missing column\(s\) notes"):
        read_acled_export(path)


def test_read_acled_export_bad_year_names_the_line(tmp_path):
    path = tmp_path / "export.csv"
    _write_export(path, [("XYZ1", "2017", "Battles", "Armed clash", "Clash in Gao.", "1"),
                         ("XYZ2", "soon", "Battles", "Armed clash", "Clash in Kidal.", "2")])
    with pytest.raises(AcledExportError, match=r"export\.csv:3: bad year 'soon'"):
        read_acled_export(path)


def test_train_from_acled_filters_years(tmp_path):
    texts, labels = corpus()
    rows = [(f"X{i}", str(2010 + i % 2), "", label, text, "1") for i, (text, label) in enumerate(zip(texts, labels))]
    rows.append(("X999", "2020", "", "Grenade", "A grenade exploded in a market in Gao.", "1"))
    path = tmp_path / "export.csv"
    _write_export(path, rows)
    model = train_from_acled([path], years={2010, 2011})
    assert "Grenade" not in model.labels and model.header["training_size"] == 60
    with pytest.raises(AcledExportError, match="no training rows"):
        train_from_acled(path, years={1990})


def test_a_model_trained_with_the_rules_readings_learns_where_they_err():
    # the invented rules call every killing an Attack; the coders call those with soldiers an Armed clash
    texts, labels, rules = [], [], []
    for i, place in enumerate(PLACES):
        texts += [f"Gunmen killed {i + 2} villagers in {place}.", f"Gunmen killed {i + 2} soldiers in {place}."]
        labels += ["Attack", "Armed clash"]
        rules += [("Violence against civilians", "Attack")] * 2
    model = TypeModel().fit(texts, labels, rules)
    assert model.reads_rules and model.threshold == 0.5 and model.header["reads_rules"] is True
    out = model.predict(["Gunmen killed 9 soldiers in Kidal.", "Gunmen killed 9 villagers in Kidal."],
                        [("Violence against civilians", "Attack")] * 2)
    assert [s for _, s, _ in out] == ["Armed clash", "Attack"]
    with pytest.raises(ValueError, match="rules"):
        model.predict(["Gunmen killed 9 soldiers in Kidal."])
    assert rule_words(None) == "ruletypenone rulesubnone "
    assert rule_words(("Explosions/Remote violence", "Remote explosive/landmine/IED")) == \
        "ruletypeexplosionsremoteviolence rulesubremoteexplosivelandmineied "


def test_a_text_only_model_keeps_its_higher_threshold(fitted):
    assert not fitted.reads_rules and fitted.threshold == 0.9


def test_train_from_acled_with_a_coder_reads_each_note_with_its_date_and_outlet(tmp_path):
    texts, labels = corpus()
    rows = [(f"X{i}", "2018", "", label, text, "1530000000") for i, (text, label) in enumerate(zip(texts, labels))]
    path = tmp_path / "export.csv"
    _write_export(path, rows)
    seen, calls = [], []

    class Coder:
        def extract(self, text, published, lang, doc_id, source=None):
            seen.append((published.isoformat(), lang))
            return []

    model = train_from_acled(path, coder=Coder(), progress=lambda done, total: calls.append((done, total)))
    assert model.reads_rules and len(seen) == 60 and seen[0] == ("2018-06-26", "en")
    assert calls[-1] == (60, 60)


def test_the_coder_gives_a_rules_aware_model_its_own_reading():
    from datetime import date

    from sahelwatch.extract import EventExtractor
    coder = EventExtractor()
    texts, labels = [], []
    for i, place in enumerate(PLACES):  # invented coders who call every killing of soldiers an Attack
        texts += [f"On 3 May 2020, gunmen killed {i + 2} soldiers in {place}.", f"On 3 May 2020, protesters marched in {place}."]
        labels += ["Attack", "Peaceful protest"]
    rules = [(r[0].event_type, r[0].sub_event_type) for r in (coder.extract(t, date(2020, 5, 5), "en", "t") for t in texts)]
    assert rules[0] == ("Battles", "Armed clash")
    model = TypeModel().fit(texts, labels, rules)
    with_model = EventExtractor(type_model=model)
    report = with_model.extract("On 4 May 2020, gunmen killed 7 soldiers in Kidal.", date(2020, 5, 5), "en", "d")[0]
    assert (report.event_type, report.sub_event_type) == ("Violence against civilians", "Attack")
