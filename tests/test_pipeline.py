import json
import os
import random
import signal
import subprocess
import sys
import time

import pytest

from sahelwatch.pipeline import Pipeline
from sahelwatch.store import open_store

WIRE = ("Suspected jihadist fighters ambushed a convoy of fuel tankers near Sandaré in western Mali on Sunday, "
        "burning at least 23 trucks and killing three drivers, transport unions and a local official said. "
        "The convoy was travelling from Dakar to Bamako under army escort when it was attacked.")


def write_jsonl(path, rows):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    return str(path)


def count(store, sql):
    return store.con.execute(sql).fetchone()[0]


def test_rerun_is_idempotent(settings, store, tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.md").write_text("---\ntitle: A\npublished: 2025-01-02\n---\n" + WIRE, "utf-8")
    write_jsonl(tmp_path / "in" / "b.jsonl", [{"id": "b1", "text": "Une attaque à Boni a fait deux morts mardi dernier."}, "not an object"])
    first = Pipeline(settings, store).ingest([str(tmp_path / "in")])
    assert (first.added, first.rejected) == (2, 1)
    snapshot = store.con.execute("SELECT id, story_id, text, published FROM articles ORDER BY id").fetchall()
    second = Pipeline(settings, store).ingest([str(tmp_path / "in")])
    assert (second.added, second.unchanged, second.rejected) == (0, 2, 1)
    assert store.con.execute("SELECT id, story_id, text, published FROM articles ORDER BY id").fetchall() == snapshot
    assert count(store, "SELECT count(*) FROM rejected_inputs") == 1
    assert count(store, "SELECT times_seen FROM rejected_inputs") == 2
    assert count(store, "SELECT count(*) FROM runs WHERE status = 'done_with_rejections'") == 2


def test_syndicated_copies_share_a_story_and_keep_every_source(settings, store, tmp_path):
    rows = [
        {"text": WIRE, "source": "Wire (synthetic)", "url": "https://wire.example/1"},
        {"text": "DAKAR - " + WIRE.replace("a local official", "officials"), "source": "Ledger (synthetic)", "url": "https://ledger.example/1"},
        {"text": WIRE, "source": "Digest (synthetic)", "url": "https://digest.example/9"},
        {"text": "Des hommes armés ont enlevé douze passagers entre Ouahigouya et Titao.", "source": "Autre (synthétique)"},
    ]
    Pipeline(settings, store).ingest([write_jsonl(tmp_path / "a.jsonl", rows[:2])])
    summary = Pipeline(settings, store).ingest([write_jsonl(tmp_path / "b.jsonl", rows[2:])])  # a later run joins too
    assert summary.grouped == 1
    stories = store.con.execute("SELECT story_id, count(*), list(outlet ORDER BY outlet) FROM articles GROUP BY 1 ORDER BY 2 DESC").fetchall()
    assert stories[0][1:] == (3, ["Digest (synthetic)", "Ledger (synthetic)", "Wire (synthetic)"])
    assert stories[1][1] == 1
    assert count(store, "SELECT count(*) FROM stories") == 2


def test_given_id_with_other_text_is_a_conflict_and_keeps_the_original(settings, store, tmp_path):
    Pipeline(settings, store).ingest([write_jsonl(tmp_path / "a.jsonl", [{"id": "x1", "text": WIRE}])])
    summary = Pipeline(settings, store).ingest([write_jsonl(tmp_path / "b.jsonl", [{"id": "x1", "text": "Different text entirely."}])])
    assert summary.rejections[0].reason == "conflict" and "x1" in summary.rejections[0].message
    assert store.con.execute("SELECT text FROM articles WHERE id = 'x1'").fetchone()[0] == WIRE


def test_same_text_twice_in_one_run_is_stored_once(settings, store, tmp_path):
    summary = Pipeline(settings, store).ingest([write_jsonl(tmp_path / "a.jsonl", [{"text": WIRE}, {"text": WIRE}])])
    assert (summary.added, summary.unchanged) == (1, 1)


def test_language_flag_and_unknown_dates(settings, store, tmp_path):
    rows = [
        {"text": "Bewaffnete Männer haben am Sonntag einen Armeeposten in der Nähe der Stadt angegriffen und Soldaten getötet."},
        {"text": WIRE, "published": "sometime"},
    ]
    Pipeline(settings, store).ingest([write_jsonl(tmp_path / "a.jsonl", rows)])
    got = store.con.execute("SELECT lang, lang_supported, published, meta FROM articles ORDER BY lang").fetchall()
    assert got[0][:3] == ("de", False, None)
    assert got[1][:3] == ("en", True, None) and "sometime" in got[1][3]


def test_failure_mid_run_keeps_committed_batches_and_next_run_completes(make_settings, tmp_path, monkeypatch):
    settings = make_settings(ingest={"batch_size": 3})
    rows = [{"text": f"{WIRE} Report number {i} from the field, with its own details."} for i in range(10)]
    path = write_jsonl(tmp_path / "a.jsonl", rows)
    store = open_store(settings.db)
    real = store.add_articles
    calls = []

    def flaky(articles, run_id):
        calls.append(len(articles))
        if len(calls) == 2:
            raise RuntimeError("disk on fire")
        return real(articles, run_id)

    monkeypatch.setattr(store, "add_articles", flaky)
    with pytest.raises(RuntimeError):
        Pipeline(settings, store).ingest([path])
    assert count(store, "SELECT count(*) FROM articles") == 3
    assert count(store, "SELECT status FROM runs") == "failed"
    monkeypatch.setattr(store, "add_articles", real)
    summary = Pipeline(settings, store).ingest([path])
    assert (summary.added, summary.unchanged) == (7, 3)
    assert count(store, "SELECT count(DISTINCT id) FROM articles") == count(store, "SELECT count(*) FROM articles") == 10
    store.close()


def test_killed_process_leaves_a_consistent_store(tmp_path):
    rng = random.Random(3)
    words = WIRE.split()
    rows = [{"text": " ".join(rng.choice(words) for _ in range(120))} for i in range(3000)]
    path = write_jsonl(tmp_path / "big.jsonl", rows)
    db = str(tmp_path / "k.duckdb")
    cmd = [sys.executable, "-m", "sahelwatch", "--db", db, "-v", "ingest", path, "--batch-size", "100"]
    proc = subprocess.Popen(cmd, stderr=subprocess.PIPE, text=True, env={**os.environ, "PYTHONUNBUFFERED": "1"})
    deadline = time.time() + 60
    for line in proc.stderr:
        if "stored a batch" in line or time.time() > deadline:
            break
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    done = subprocess.run(cmd[:-2] + ["--batch-size", "500", "-q"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    store = open_store(db)
    assert count(store, "SELECT count(*) FROM articles") == 3000
    assert count(store, "SELECT count(DISTINCT id) FROM articles") == 3000
    assert count(store, "SELECT count(*) FROM articles a LEFT JOIN stories s USING (story_id) WHERE s.story_id IS NULL") == 0
    store.close()


def test_run_stores_claims_once_per_document(settings, store, tmp_path):
    # synthetic article (written for this test)
    text = ("In July, JNIM carried out 41 attacks across the Mopti region, a monitoring group said. "
            "\u201cThe roads to the south are no longer safe,\u201d said Awa Traoré, a researcher at a Bamako think tank. "
            "Analysts warn that the group could soon besiege Sévaré.")
    path = write_jsonl(tmp_path / "claims.jsonl", [{"id": "c1", "text": text, "published": "2025-08-04", "source": "Example (synthetic)"}])
    summary = Pipeline(settings, store).run([path])
    kinds = dict(store.con.execute("SELECT kind, count(*) FROM claims GROUP BY kind").fetchall())
    assert summary.claims == sum(kinds.values()) and kinds.get("statistic") and kinds.get("quote") and kinds.get("warning")
    speaker = store.con.execute("SELECT speaker, speaker_role FROM quotes").fetchone()
    assert speaker[0] == "Awa Traoré" and "researcher" in speaker[1]
    Pipeline(settings, store).run([path])
    assert dict(store.con.execute("SELECT kind, count(*) FROM claims GROUP BY kind").fetchall()) == kinds


def test_an_article_the_coder_fails_on_is_rejected_once_and_the_run_goes_on(settings, store, tmp_path, monkeypatch):
    from sahelwatch.extract.engine import EventExtractor

    rows = [{"id": "ok1", "text": WIRE, "published": "2025-01-06"},
            {"id": "bad", "text": "POISON " + WIRE, "published": "2025-01-06"},
            {"id": "ok2", "text": WIRE.replace("Sandaré", "Diéma"), "published": "2025-01-07"}]
    path = write_jsonl(tmp_path / "a.jsonl", rows)
    real = EventExtractor.extract

    def fragile(self, text, *args, **kw):
        if text.startswith("POISON"):
            raise ValueError("cannot read this one")
        return real(self, text, *args, **kw)

    monkeypatch.setattr(EventExtractor, "extract", fragile)
    summary = Pipeline(settings, store).run([path])
    assert summary.coded == 3 and summary.rejected == 1
    assert "bad" in summary.rejections[0].message and "ValueError: cannot read this one" in summary.rejections[0].message
    assert count(store, "SELECT count(DISTINCT doc_id) FROM event_reports") == 2
    assert count(store, "SELECT reason FROM rejected_inputs") == "extract_error"
    again = Pipeline(settings, store).run([path])  # not read again by the same coder version: the run does not loop on it
    assert (again.coded, again.rejected) == (0, 0)
    assert count(store, "SELECT times_seen FROM rejected_inputs") == 1


def test_an_article_whose_claims_fail_keeps_no_reports_either(settings, store, tmp_path, monkeypatch):
    path = write_jsonl(tmp_path / "a.jsonl", [{"id": "bad", "text": WIRE, "published": "2025-01-06"}])
    monkeypatch.setattr(Pipeline, "_claims", lambda self, article: 1 / 0)
    summary = Pipeline(settings, store).run([path])
    assert summary.rejected == 1 and "ZeroDivisionError" in summary.rejections[0].message
    assert count(store, "SELECT count(*) FROM event_reports") == 0  # both or neither
