import json

from click.testing import CliRunner

from sahelwatch.serve.cli import EXIT_REJECTED, cli

ARTICLE = "---\ntitle: T\npublished: 2025-02-03\nsynthetic: true\n---\nGunmen attacked a village near Ménaka on Sunday, killing five civilians, residents said.\n"


def invoke(*args, env=None):
    return CliRunner().invoke(cli, list(args), env=env or {}, catch_exceptions=False)


def test_ingest_status_export_round_trip(tmp_path):
    db = str(tmp_path / "c.duckdb")
    (tmp_path / "a.md").write_text(ARTICLE, "utf-8")
    result = invoke("--db", db, "ingest", str(tmp_path / "a.md"), "-q")
    assert result.exit_code == 0 and "1 articles added" in result.output
    result = invoke("--db", db, "status", "--json")
    info = json.loads(result.output)
    assert info["articles"] == 1 and info["articles_by_language"] == {"en": 1}
    out = tmp_path / "articles.jsonl"
    result = invoke("--db", db, "export", "--table", "articles", "--format", "jsonl", "--output", str(out))
    assert result.exit_code == 0
    row = json.loads(out.read_text("utf-8"))
    assert row["published"] == "2025-02-03" and json.loads(row["meta"])["synthetic"] is True


def test_rejections_give_exit_status_and_messages(tmp_path):
    db = str(tmp_path / "c.duckdb")
    (tmp_path / "a.md").write_text(ARTICLE, "utf-8")
    (tmp_path / "bad.jsonl").write_text("{oops\n", "utf-8")
    result = invoke("--db", db, "run", str(tmp_path))
    assert result.exit_code == EXIT_REJECTED
    assert "bad.jsonl:1" in result.output and "invalid JSON" in result.output
    assert "1 articles added" in result.output and "1 rejected" in result.output
    status = invoke("--db", db, "status").output
    assert "rejected inputs  1 (malformed_json 1)" in status


def test_db_from_environment_and_config_file(tmp_path):
    db = tmp_path / "env.duckdb"
    (tmp_path / "a.md").write_text(ARTICLE, "utf-8")
    result = invoke("ingest", str(tmp_path / "a.md"), env={"SAHELWATCH_DB": str(db)})
    assert result.exit_code == 0 and db.exists()
    config = tmp_path / "c.yaml"
    config.write_text("languages:\n  coded: [fr]\n", "utf-8")
    result = invoke("--db", str(db), "--config", str(config), "status")
    assert result.exit_code == 0


def test_clear_errors_for_bad_settings_and_store(tmp_path):
    config = tmp_path / "c.yaml"
    config.write_text("nonsense: 1\n", "utf-8")
    result = CliRunner().invoke(cli, ["--config", str(config), "status"])
    assert result.exit_code == 1 and "unknown setting 'nonsense'" in result.output
    junk = tmp_path / "junk.duckdb"
    junk.write_text("not a database", "utf-8")
    result = CliRunner().invoke(cli, ["--db", str(junk), "status"])
    assert result.exit_code == 1 and "junk.duckdb" in result.output and "Traceback" not in result.output


def test_export_geojson_of_articles_is_refused_clearly(tmp_path):
    result = CliRunner().invoke(cli, ["--db", str(tmp_path / "x.duckdb"), "export", "--table", "articles", "--format", "geojson", "-o", str(tmp_path / "a.geojson")])
    assert result.exit_code == 1 and "coordinates" in result.output


def test_column_options(tmp_path):
    (tmp_path / "a.csv").write_text("ref,story\nr1,Des hommes armés ont attaqué Djibo.\n", "utf-8")
    db = str(tmp_path / "c.duckdb")
    result = invoke("--db", db, "ingest", str(tmp_path / "a.csv"), "--id-column", "ref", "--text-column", "story")
    assert result.exit_code == 0, result.output
    assert json.loads(invoke("--db", db, "status", "--json").output)["articles"] == 1


def test_feed_url_with_allow_private(tmp_path, site):
    rss = ("<?xml version='1.0'?><rss version='2.0'><channel><title>Local Wire (synthetic)</title>"
           f"<item><title>Ambush</title><link>{site.base}/p1</link><guid>g1</guid><pubDate>Mon, 13 Jan 2025 08:00:00 GMT</pubDate>"
           "<description>Gunmen ambushed a convoy near Kayes on Sunday, killing three drivers.</description></item></channel></rss>")
    url = site.add("/feed.xml", rss, "application/rss+xml")
    db = str(tmp_path / "c.duckdb")
    refused = CliRunner().invoke(cli, ["--db", db, "ingest", url])
    assert refused.exit_code == EXIT_REJECTED and "--allow-private" in refused.output
    result = invoke("--db", db, "ingest", url, "--allow-private")
    assert result.exit_code == 0, result.output
    info = json.loads(invoke("--db", db, "status", "--json").output)
    assert info["articles"] == 1 and info["outlets"] == 1


def test_db_option_after_the_command_name(tmp_path):
    db = tmp_path / "after.duckdb"
    (tmp_path / "a.md").write_text(ARTICLE, "utf-8")
    assert invoke("ingest", str(tmp_path / "a.md"), "--db", str(db)).exit_code == 0
    assert json.loads(invoke("status", "--db", str(db), "--json").output)["articles"] == 1
