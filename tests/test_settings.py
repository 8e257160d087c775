import pytest

from sahelwatch.settings import SettingsError, load_settings


def test_layers_defaults_file_env_flags(tmp_path):
    assert load_settings(environ={}).db == "./sahelwatch.duckdb"
    config = tmp_path / "s.yaml"
    config.write_text("db: from-file.duckdb\nfetch:\n  timeout: 5\n  max_bytes: 1000\n", "utf-8")
    s = load_settings(config, environ={})
    assert (s.db, s.fetch.timeout, s.fetch.max_bytes) == ("from-file.duckdb", 5.0, 1000)
    env = {"SAHELWATCH_DB": "env.duckdb", "SAHELWATCH__FETCH__TIMEOUT": "2.5", "SAHELWATCH__LANGUAGES__CODED": "[fr]"}
    s = load_settings(config, environ=env)
    assert (s.db, s.fetch.timeout, s.fetch.max_bytes, s.languages.coded) == ("env.duckdb", 2.5, 1000, ["fr"])
    s = load_settings(config, overrides={"db": "flag.duckdb", "fetch": {"timeout": None}}, environ=env)
    assert (s.db, s.fetch.timeout) == ("flag.duckdb", 2.5)


def test_config_file_from_environment(tmp_path):
    config = tmp_path / "s.yaml"
    config.write_text("progress: false\n", "utf-8")
    assert load_settings(environ={"SAHELWATCH_CONFIG": str(config)}).progress is False


@pytest.mark.parametrize("text, message", [
    ("nope: 1\n", "unknown setting 'nope'"),
    ("fetch:\n  timeout: soon\n", "fetch.timeout: expected a number"),
    ("ingest:\n  batch_size: 2.5\n", "whole number"),
    ("progress: maybe\n", "expected true or false"),
    ("languages:\n  coded: [en, sw]\n", "languages.detect lacks"),
    ("- a list\n", "must hold a mapping"),
    ("db: [unclosed\n", "invalid YAML"),
])
def test_bad_settings_are_named(tmp_path, text, message):
    config = tmp_path / "s.yaml"
    config.write_text(text, "utf-8")
    with pytest.raises(SettingsError, match=message.replace("[", r"\[")):
        load_settings(config, environ={})


def test_missing_config_file(tmp_path):
    with pytest.raises(SettingsError, match="cannot read"):
        load_settings(tmp_path / "none.yaml", environ={})
