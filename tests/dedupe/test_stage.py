"""The dedupe stage over a store: one event from many articles, re-runs, undo, re-coding."""

import json

from sahelwatch.dedupe import run_dedupe
from sahelwatch.pipeline import Pipeline

# synthetic articles (written for these tests): one ambush told by three outlets, and another event
ARTICLES = [
    {"id": "t-rfi", "source": "Radio Example (synthetic)", "published": "2025-03-04",
     "text": "Suspected JNIM fighters ambushed a Malian army convoy near Boni on Sunday, killing five soldiers, security sources said."},
    {"id": "t-local", "source": "Local Example (synthetic)", "published": "2025-03-03",
     "text": "On 2 March 2025, JNIM militants attacked an army convoy near Boni (Douentza, Mopti). Seven soldiers were killed."},
    {"id": "t-fr", "source": "Journal Exemple (synthétique)", "published": "2025-03-03", "lang": "fr",
     "text": "Des jihadistes du JNIM ont tendu une embuscade à un convoi de l'armée malienne près de Boni dimanche, tuant cinq soldats."},
    {"id": "t-other", "source": "Radio Example (synthetic)", "published": "2025-03-10",
     "text": "Gunmen killed three civilians in the village of Sona, near Koutiala, on Saturday, residents said."},
]


def write(tmp_path, rows, name="in.jsonl"):
    path = tmp_path / name
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    return str(path)


def events(store):
    return store.con.execute("SELECT event_id_cnty, n_reports, n_sources, fatalities, fatalities_note, source FROM events ORDER BY 1").fetchall()


def test_one_event_from_three_outlets_and_a_second_event(settings, store, tmp_path):
    summary = Pipeline(settings, store).run([write(tmp_path, ARTICLES)])
    assert summary.reports == 4
    rows = events(store)
    assert len(rows) == 2, rows
    ambush = next(r for r in rows if r[1] == 3)
    assert ambush[2] == 3 and ambush[3] == 5 and "5, 7" in ambush[4]
    assert "Local Example (synthetic)" in ambush[5]
    evidence = json.loads(store.con.execute("SELECT evidence FROM events WHERE n_reports = 3").fetchone()[0])
    assert {e["doc_id"] for e in evidence} == {"t-rfi", "t-local", "t-fr"}


def test_reruns_change_nothing_and_new_reports_keep_ids(settings, store, tmp_path):
    Pipeline(settings, store).run([write(tmp_path, ARTICLES[:2])])
    before = events(store)
    Pipeline(settings, store).run([write(tmp_path, ARTICLES[:2])])
    assert events(store) == before
    assert run_dedupe(store, settings).reports == 0
    Pipeline(settings, store).run([write(tmp_path, ARTICLES[2:], "more.jsonl")])
    after = events(store)
    assert before[0][0] in [r[0] for r in after] and len(after) == 2
    assert next(r for r in after if r[0] == before[0][0])[1] == 3  # the new French report joined the same event


def test_an_undone_merge_stays_undone_after_reruns(settings, store, tmp_path):
    Pipeline(settings, store).run([write(tmp_path, ARTICLES[:2])])
    merge = next(m for m in store.merge_log() if m["action"] == "merge")
    store.undo_merge(merge["merge_id"])
    run_dedupe(store, settings)
    assert sorted(r[1] for r in events(store)) == [1, 1]
    Pipeline(settings, store).run([write(tmp_path, ARTICLES[:2])])
    run_dedupe(store, settings)
    assert sorted(r[1] for r in events(store)) == [1, 1]
    assert store.event_of_report(merge["report_id"]) != merge["event_id_cnty"]


def test_recoding_keeps_the_event_ids(settings, store, tmp_path):
    Pipeline(settings, store).run([write(tmp_path, ARTICLES)])
    before = events(store)
    store.con.execute("UPDATE coded_documents SET extractor_version = 'older'")  # as after an upgrade of the coder
    pipeline = Pipeline(settings, store)
    pipeline.code()
    pipeline.dedupe()
    assert events(store) == before
