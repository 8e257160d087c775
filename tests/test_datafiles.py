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


def _word_lists(data):
    """Every list of words in a lexicon file: its groups, and its other lists, top-level or one level down."""
    for key, value in data.items():
        if isinstance(value, list):
            yield key, value
        elif isinstance(value, dict):
            for name, values in value.items():
                if isinstance(values, list) and values and not isinstance(values[0], (int, float)):
                    yield f"{key}.{name}", values  # (not a value such as a period's [days, precision, anchor])


def test_lexicons_hold_unique_lowercase_strings_and_match_their_folder():
    root = Path(str(data_root())) / "lexicons"
    for path in root.rglob("*.yaml"):
        data = yaml.safe_load(path.read_text("utf-8"))
        assert data["language"] == path.parent.name and data["kind"] == path.stem, path
        for name, entries in _word_lists(data):
            where = f"{path.parent.name}/{path.name}:{name}"
            # YAML turns bare on/off/yes/no into booleans: every entry must stay a string
            assert all(isinstance(e, str) for e in entries), f"{where}: {[e for e in entries if not isinstance(e, str)]}"
            assert all(e == e.lower() for e in entries), f"{where}: entries are lower case"
            assert len(entries) == len(set(entries)), f"{where}: duplicate entries {[e for e in entries if entries.count(e) > 1]}"


def test_date_periods_are_days_precision_and_an_optional_known_anchor():
    for lang in ("en", "fr"):
        periods = yaml.safe_load((Path(str(data_root())) / "lexicons" / lang / "dates.yaml").read_text("utf-8"))["periods"]
        for words, value in periods.items():
            days, precision, *anchor = value
            assert isinstance(days, int) and precision in (1, 2, 3) and anchor in ([], ["week_start"]), f"{lang}/dates.yaml:periods.{words}: {value}"


def test_both_languages_have_the_same_lexicon_kinds_and_groups():
    root = Path(str(data_root())) / "lexicons"
    kinds = {lang.name: {p.stem: set((yaml.safe_load(p.read_text("utf-8")).get("groups") or {})) for p in lang.glob("*.yaml")} for lang in root.iterdir() if lang.is_dir()}
    assert kinds["en"] == kinds["fr"]


def test_actor_aliases_and_taxonomy():
    actors = load_yaml("actors.yaml")
    names = [a["name"] for a in actors["actors"]]
    assert len(names) == len(set(names))
    for actor in actors["actors"]:
        assert actor["inter"] in range(1, 9), actor["name"]
        assert set(actor["aliases"]) <= {"en", "fr"} and all(isinstance(x, str) for v in actor["aliases"].values() for x in v), actor["name"]
    taxonomy = load_yaml("taxonomy.yaml")["event_types"]
    assert len(taxonomy) == 6 and sum(len(v) for v in taxonomy.values()) == 25


def test_places_data_is_consistent():
    admin = load_yaml("places/admin.yaml")
    by_country = {}
    for row in admin["divisions"]:
        by_country.setdefault(row["country"], set()).add(row["name"])
        assert -90 <= row["lat"] <= 90 and -180 <= row["lon"] <= 180, row["name"]
    for place in load_yaml("places/supplement.yaml")["places"]:
        assert place.get("checked"), f"{place['name']}: say where the coordinates were checked"
        if place["country"] in by_country:
            assert place["admin1"] in by_country[place["country"]], place["name"]
    forces = load_yaml("state_forces.yaml")["countries"]
    countries = {c["iso2"] for c in load_yaml("places/countries.yaml")["countries"]}
    assert set(forces) <= countries
    assert set(load_yaml("regions/sahel.yaml")["countries"]) <= countries


def test_ingest_columns_cover_every_field():
    fields = load_yaml("ingest_columns.yaml")["fields"]
    assert set(fields) == set(FIELDS)


def test_no_word_lists_in_code():
    """Domain words live in data files: flag long literal lists of words in modules."""
    literal_list = re.compile(r"[\[{(]\s*(?:\"[a-zà-ÿ' -]+\"\s*,\s*){12,}")
    offenders = [str(p) for p in SRC.rglob("*.py") if literal_list.search(p.read_text("utf-8"))]
    assert offenders == []
