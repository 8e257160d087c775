"""Integrity of the package's domain data (sahelwatch/data)."""

import re
from pathlib import Path

import yaml

from sahelwatch.datafiles import data_root, load_yaml
from sahelwatch.ingest.tabular import FIELDS

SRC = Path(__file__).resolve().parent.parent / "src" / "sahelwatch"


def yaml_files():
    root = Path(str(data_root()))
    return sorted(root.rglob("*.yaml"))


def test_every_data_file_parses_and_names_its_kind():
    files = yaml_files()
    assert files
    for path in files:
        data = yaml.safe_load(path.read_text("utf-8"))
        assert isinstance(data, dict), path
        if path.name != "defaults.yaml":
            assert "kind" in data, f"{path}: no 'kind'"


def test_lexicons_hold_unique_lowercase_strings_and_match_their_folder():
    root = Path(str(data_root())) / "lexicons"
    for path in root.rglob("*.yaml"):
        data = yaml.safe_load(path.read_text("utf-8"))
        assert data["language"] == path.parent.name and data["kind"] == path.stem, path
        entries = data["entries"]
        assert all(isinstance(e, str) and e == e.lower() for e in entries), path  # YAML turns bare no/yes into booleans
        assert len(entries) == len(set(entries)), f"{path}: duplicate entries"


def test_ingest_columns_cover_every_field():
    fields = load_yaml("ingest_columns.yaml")["fields"]
    assert set(fields) == set(FIELDS)


def test_no_word_lists_in_code():
    """Domain words live in data files: flag long literal lists of words in modules."""
    literal_list = re.compile(r"[\[{(]\s*(?:\"[a-zà-ÿ' -]+\"\s*,\s*){12,}")
    offenders = [str(p) for p in SRC.rglob("*.py") if literal_list.search(p.read_text("utf-8"))]
    assert offenders == []
