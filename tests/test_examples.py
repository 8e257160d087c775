"""The sample corpus (examples/) that feeds the demo and the tests."""

import json
from collections import Counter

import pytest

from conftest import EXAMPLES
from sahelwatch.pipeline import Pipeline

pytestmark = pytest.mark.skipif(not (EXAMPLES / "corpus").is_dir(), reason="examples/corpus not present")


@pytest.fixture(scope="module")
def manifest():
    return [json.loads(line) for line in (EXAMPLES / "manifest.jsonl").read_text("utf-8").splitlines() if line.strip()]


def test_manifest_is_complete_and_all_synthetic(manifest):
    assert len(manifest) >= 30
    assert all(m["synthetic"] is True for m in manifest)
    assert Counter(m["lang"] for m in manifest).keys() == {"en", "fr"}
    countries = {m["country"] for m in manifest}
    assert {"Mali", "Burkina Faso", "Niger"} <= countries and countries & {"Benin", "Togo", "Côte d'Ivoire"}
    kinds = {m["kind"] for m in manifest}
    assert {"wire", "local", "ngo", "analysis", "paraphrase", "syndicated"} <= kinds
    for m in manifest:
        assert (EXAMPLES / m["file"].split("#")[0]).exists(), m["file"]


def test_corpus_ingests_whole_and_groups_the_syndicated_story(settings, store, manifest):
    summary = Pipeline(settings, store).run([str(EXAMPLES / "corpus")])
    assert summary.rejected == 0 and summary.added == len(manifest)
    langs = dict(store.con.execute("SELECT lang, count(*) FROM articles GROUP BY 1").fetchall())
    assert langs == dict(Counter(m["lang"] for m in manifest))
    groups = Counter(m["story_group"] for m in manifest if m["kind"] == "syndicated" or m["story_group"])
    biggest = store.con.execute("SELECT count(*) FROM articles GROUP BY story_id ORDER BY 1 DESC LIMIT 1").fetchone()[0]
    assert biggest == max(groups.values())
    # the paraphrased copy is rewritten too heavily to be a syndicated copy: it stands alone
    assert store.con.execute("SELECT count(*) FROM (SELECT story_id FROM articles GROUP BY 1 HAVING count(*) > 1)").fetchone()[0] == 1


def test_every_stored_article_says_it_is_synthetic(settings, store, manifest):
    """In its own metadata, or, for plain-text files that have none, in the manifest."""
    Pipeline(settings, store).run([str(EXAMPLES / "corpus")])
    listed = {str(EXAMPLES / m["file"]) for m in manifest if m["synthetic"] is True}
    rows = store.con.execute("SELECT input_ref, input_kind, meta FROM articles").fetchall()
    for ref, kind, meta in rows:
        flagged = meta and json.loads(meta).get("synthetic") in (True, "true")
        assert flagged or (kind == "text" and ref in listed), ref
