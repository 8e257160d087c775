import duckdb
import pytest

from sahelwatch.store import StoreError, open_store
from sahelwatch.store.base import migration_scripts, split_sql


def test_migrations_are_recorded_and_applied_once(tmp_path):
    path = str(tmp_path / "m.duckdb")
    store = open_store(path)
    names = [n for n, _ in migration_scripts()]
    assert store.applied_migrations() == names and names[0] == "0001_initial"
    assert store.migrate() == []  # nothing pending
    store.close()
    store = open_store(path)
    assert store.applied_migrations() == names
    tables = {r[0] for r in store.con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    assert {"articles", "stories", "rejected_inputs", "runs", "event_reports", "events", "actors", "places", "claims", "merges", "quotes", "warnings"} <= tables
    store.close()


def test_events_table_has_every_acled_column(store):
    from sahelwatch.datafiles import load_yaml

    columns = {r[0] for r in store.con.execute("SELECT column_name FROM information_schema.columns WHERE table_name = 'events'").fetchall()}
    acled = load_yaml("acled_columns.yaml")["columns"]
    assert len(acled) == 31 and set(acled) <= columns


def test_split_sql_drops_comments_with_semicolons():
    assert split_sql("CREATE TABLE a (x INT, -- note; with semicolon\n y INT);\n-- end;\n") == ["CREATE TABLE a (x INT, \n y INT)"]


def test_a_failing_migration_leaves_nothing_half_done(tmp_path, monkeypatch):
    import sahelwatch.store.duckdb as backend

    good = migration_scripts()
    monkeypatch.setattr(backend, "migration_scripts", lambda: good + [("0999_broken", "CREATE TABLE ok_part (x INT); CREATE TABLE broken (")])
    with pytest.raises(duckdb.Error):
        open_store(str(tmp_path / "b.duckdb"))
    monkeypatch.setattr(backend, "migration_scripts", lambda: good)
    store = open_store(str(tmp_path / "b.duckdb"))
    tables = {r[0] for r in store.con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    assert "ok_part" not in tables and "0999_broken" not in store.applied_migrations()
    store.close()


def test_not_a_database_and_missing_folder(tmp_path):
    junk = tmp_path / "junk.duckdb"
    junk.write_text("this is not a database", "utf-8")
    with pytest.raises(StoreError, match="junk.duckdb"):
        open_store(str(junk))
    with pytest.raises(StoreError, match="does not exist"):
        open_store(str(tmp_path / "nope" / "x.duckdb"))
    with pytest.raises(StoreError, match="PostgreSQL"):
        open_store("postgresql://localhost/sahelwatch")
