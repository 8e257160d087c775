"""A store coded from the synthetic sample corpus, shared by the API and dashboard tests."""

import json
from pathlib import Path

import pytest

from sahelwatch.pipeline import Pipeline
from sahelwatch.settings import load_settings
from sahelwatch.store import open_store

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"

# a synthetic article (written for these tests) whose text tries to run a script in the page
HOSTILE = {
    "id": "synthetic-xss", "source": "<img src=x onerror=\"window.__xss=1\">Hostile (synthetic)",
    "published": "2025-06-03", "url": "javascript:window.__xss=2",
    "text": ("On 1 June 2025, gunmen <script>window.__xss=3</script> killed four civilians in Djibo "
             "<img src=x onerror=\"window.__xss=4\">, residents said."),
}


@pytest.fixture(scope="session")
def served_settings(tmp_path_factory):
    folder = tmp_path_factory.mktemp("served")
    settings = load_settings(overrides={"db": str(folder / "served.duckdb"), "progress": False,
                                        "serve": {"token": "test-token"}}, environ={})
    hostile = folder / "hostile.jsonl"
    hostile.write_text(json.dumps(HOSTILE) + "\n", "utf-8")
    with open_store(settings.db) as store:
        Pipeline(settings, store).run([str(EXAMPLES / "corpus"), str(hostile)])
    return settings


@pytest.fixture(scope="session")
def served_store(served_settings):
    store = open_store(served_settings.db)
    yield store
    store.close()
