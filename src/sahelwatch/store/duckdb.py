"""The embedded default store: one DuckDB file."""

from __future__ import annotations

import json
import os
from contextlib import contextmanager
from typing import Any, Iterator, Sequence

import duckdb
import pyarrow as pa

from sahelwatch.datafiles import load_yaml
from sahelwatch.models import Article, EventReport, Rejection, RunSummary, utcnow
from sahelwatch.store.base import EXPORT_TABLES, Store, StoreError, migration_scripts, split_sql
from sahelwatch.store.duckdb_events import EventTables
from sahelwatch.store.duckdb_queries import EventQueries

_ARTICLE_SCHEMA = pa.schema([
    ("id", pa.string()), ("content_hash", pa.string()), ("story_id", pa.string()),
    ("outlet", pa.string()), ("url", pa.string()), ("title", pa.string()),
    ("published", pa.date32()), ("lang", pa.string()), ("lang_supported", pa.bool_()),
    ("text", pa.string()), ("sentences", pa.string()), ("n_chars", pa.int32()),
    ("input_kind", pa.string()), ("input_ref", pa.string()), ("meta", pa.string()),
    ("signature", pa.binary()), ("run_id", pa.string()), ("ingested_at", pa.timestamp("us")),
])


_PLACE_SCHEMA = pa.schema([
    ("place_id", pa.string()), ("name", pa.string()), ("ascii_name", pa.string()), ("alt_names", pa.string()),
    ("latitude", pa.float64()), ("longitude", pa.float64()), ("feature_class", pa.string()),
    ("feature_code", pa.string()), ("country_iso", pa.string()), ("admin1", pa.string()), ("admin2", pa.string()),
    ("population", pa.int64()), ("source", pa.string()),
])


class DuckDBStore(EventTables, EventQueries, Store):
    def __init__(self, path: str, threads: int = 0):
        self.location = path
        folder = os.path.dirname(os.path.abspath(path))
        if not os.path.isdir(folder):
            raise StoreError(f"{path}: folder {folder} does not exist")
        try:
            self.con = duckdb.connect(path)
        except duckdb.IOException as exc:
            raise StoreError(f"{path}: cannot open the database ({exc}); is another sahelwatch using it?") from None
        except duckdb.Error as exc:
            raise StoreError(f"{path}: not a DuckDB database or unreadable ({exc})") from None
        if threads:
            self.con.execute(f"SET threads = {int(threads)}")
        self._depth = 0

    def for_thread(self) -> "DuckDBStore":
        """The same database on a connection of its own, for use from another thread (the API's workers)."""
        other = object.__new__(type(self))
        other.location = self.location
        other.con = self.con.cursor()
        other._depth = 0
        return other

    # --- schema -----------------------------------------------------------
    def migrate(self) -> list[str]:
        self.con.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations (name VARCHAR PRIMARY KEY, applied_at TIMESTAMP NOT NULL)"
        )
        done = set(self.applied_migrations())
        applied = []
        for name, script in migration_scripts():
            if name in done:
                continue
            with self.transaction():
                for statement in split_sql(script):
                    self.con.execute(statement)
                self.con.execute("INSERT INTO schema_migrations VALUES (?, ?)", [name, utcnow()])
            applied.append(name)
        return applied

    def applied_migrations(self) -> list[str]:
        return [r[0] for r in self.con.execute("SELECT name FROM schema_migrations ORDER BY name").fetchall()]

    def close(self) -> None:
        self.con.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        self.con.execute("BEGIN TRANSACTION")
        self._depth = 1
        try:
            yield
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        else:
            self.con.execute("COMMIT")
        finally:
            self._depth = 0

    # --- articles ---------------------------------------------------------
    def article_hashes(self, ids: Sequence[str]) -> dict[str, str]:
        if not ids:
            return {}
        table = pa.table({"id": pa.array(list(ids), pa.string())})
        self.con.register("_ids", table)
        try:
            rows = self.con.execute("SELECT a.id, a.content_hash FROM articles a JOIN _ids USING (id)").fetchall()
        finally:
            self.con.unregister("_ids")
        return dict(rows)

    def add_articles(self, articles: Sequence[Article], run_id: str) -> int:
        if not articles:
            return 0
        table = pa.Table.from_pylist([_article_row(a, run_id) for a in articles], schema=_ARTICLE_SCHEMA)
        self.con.register("_batch", table)
        try:
            with self.transaction():
                before = self._count("articles")
                self.con.execute("INSERT INTO articles SELECT * FROM _batch ON CONFLICT DO NOTHING")
                self.con.execute(
                    """INSERT INTO stories
                       SELECT story_id, min(id), min(ingested_at) FROM _batch
                       WHERE story_id = id GROUP BY story_id
                       ON CONFLICT DO NOTHING"""
                )
                return self._count("articles") - before
        finally:
            self.con.unregister("_batch")

    def story_signatures(self) -> Iterator[tuple[str, str, bytes]]:
        cursor = self.con.cursor()
        cursor.execute("SELECT id, story_id, signature FROM articles WHERE signature IS NOT NULL ORDER BY ingested_at, id")
        while rows := cursor.fetchmany(5000):
            yield from rows

    def _count(self, table: str) -> int:
        return self.con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]

    # --- event reports --------------------------------------------------------
    def replace_reports(self, doc_ids: Sequence[str], reports: Sequence[EventReport], extractor_version: str) -> int:
        rows = [_report_row(r) for r in reports]
        ids = pa.table({"doc_id": pa.array(list(doc_ids), pa.string())})
        self.con.register("_docs", ids)
        try:
            with self.transaction():
                # a report read again unchanged (same id) stays in the event it was merged into
                kept = dict(self.con.execute(
                    "SELECT report_id, event_id_cnty FROM event_reports WHERE doc_id IN (SELECT doc_id FROM _docs) AND event_id_cnty IS NOT NULL"
                ).fetchall())
                for row in rows:
                    row["event_id_cnty"] = kept.get(row["report_id"])
                self.con.execute("DELETE FROM event_reports WHERE doc_id IN (SELECT doc_id FROM _docs)")
                self.con.execute(
                    "INSERT INTO coded_documents SELECT doc_id, ?, ? FROM _docs ON CONFLICT (doc_id) DO UPDATE SET "
                    "extractor_version = excluded.extractor_version, coded_at = excluded.coded_at",
                    [extractor_version, utcnow()],
                )
                if rows:
                    table = pa.Table.from_pylist(rows, schema=_REPORT_SCHEMA)
                    self.con.register("_reports", table)
                    try:
                        self.con.execute("INSERT INTO event_reports BY NAME SELECT * FROM _reports ON CONFLICT DO NOTHING")
                    finally:
                        self.con.unregister("_reports")
        finally:
            self.con.unregister("_docs")
        return len(rows)

    def articles_to_code(self, extractor_version: str, limit: int | None = None) -> Iterator[Article]:
        cursor = self.con.cursor()
        cursor.execute(
            """SELECT a.id, a.content_hash, a.text, a.sentences, a.lang, a.lang_supported, a.input_ref, a.input_kind,
                      a.title, a.url, a.outlet, a.published, a.story_id
               FROM articles a LEFT JOIN coded_documents c ON c.doc_id = a.id
               WHERE a.lang_supported AND (c.doc_id IS NULL OR c.extractor_version <> ?)
               ORDER BY a.ingested_at, a.id""" + (f" LIMIT {int(limit)}" if limit else ""),
            [extractor_version],
        )
        while rows := cursor.fetchmany(500):
            for r in rows:
                yield Article(
                    id=r[0], content_hash=r[1], text=r[2], sentences=[tuple(x) for x in json.loads(r[3])], lang=r[4],
                    lang_supported=r[5], input_ref=r[6], input_kind=r[7], title=r[8], url=r[9], outlet=r[10],
                    published=r[11], story_id=r[12],
                )

    # --- gazetteer ------------------------------------------------------------
    def add_places(self, rows: Sequence[dict]) -> int:
        if not rows:
            return 0
        table = pa.Table.from_pylist(list(rows), schema=_PLACE_SCHEMA)
        self.con.register("_places", table)
        try:
            with self.transaction():
                before = self._count("places")
                self.con.execute(
                    """INSERT INTO places SELECT * FROM _places
                       ON CONFLICT (place_id) DO UPDATE SET name = excluded.name, ascii_name = excluded.ascii_name,
                         alt_names = excluded.alt_names, latitude = excluded.latitude, longitude = excluded.longitude,
                         feature_class = excluded.feature_class, feature_code = excluded.feature_code,
                         country_iso = excluded.country_iso, admin1 = excluded.admin1, admin2 = excluded.admin2,
                         population = excluded.population, source = excluded.source"""
                )
                return self._count("places") - before
        finally:
            self.con.unregister("_places")

    def iter_places(self) -> Iterator[dict]:
        cursor = self.con.cursor()
        cursor.execute("SELECT * FROM places ORDER BY place_id")
        columns = [d[0] for d in cursor.description]
        while rows := cursor.fetchmany(10000):
            for row in rows:
                yield dict(zip(columns, row))

    # --- rejections and runs ----------------------------------------------
    def record_rejections(self, rejections: Sequence[Rejection], run_id: str) -> None:
        if not rejections:
            return
        now = utcnow()
        unique = {r.id: r for r in rejections}
        with self.transaction():
            self.con.executemany(
                """INSERT INTO rejected_inputs VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?)
                   ON CONFLICT (rejection_id) DO UPDATE SET
                     message = excluded.message, last_seen = excluded.last_seen,
                     times_seen = rejected_inputs.times_seen + 1, last_run_id = excluded.last_run_id""",
                [[r.id, r.input_ref, r.input_kind, r.reason, r.message, now, now, run_id] for r in unique.values()],
            )

    def start_run(self, run_id: str, command: str, inputs: Sequence[str]) -> None:
        with self.transaction():
            self.con.execute(
                "INSERT INTO runs (run_id, command, inputs, started_at, status) VALUES (?, ?, ?, ?, 'running')",
                [run_id, command, json.dumps(list(inputs)), utcnow()],
            )

    def finish_run(self, summary: RunSummary, status: str) -> None:
        with self.transaction():
            self.con.execute(
                """UPDATE runs SET finished_at = ?, seen = ?, added = ?, unchanged = ?, rejected = ?, status = ?
                   WHERE run_id = ?""",
                [utcnow(), summary.seen, summary.added, summary.unchanged, summary.rejected, status, summary.run_id],
            )

    # --- reading ------------------------------------------------------------
    def status(self) -> dict[str, Any]:
        q = lambda sql: self.con.execute(sql).fetchall()  # noqa: E731
        last = q("SELECT run_id, command, started_at, finished_at, seen, added, unchanged, rejected, status FROM runs ORDER BY started_at DESC LIMIT 1")
        return {
            "store": self.location,
            "migrations": self.applied_migrations(),
            "articles": self._count("articles"),
            "articles_by_language": dict(q("SELECT lang, count(*) FROM articles GROUP BY lang ORDER BY 2 DESC, 1")),
            "articles_not_coded": q("SELECT count(*) FROM articles WHERE NOT lang_supported")[0][0],
            "articles_without_date": q("SELECT count(*) FROM articles WHERE published IS NULL")[0][0],
            "outlets": q("SELECT count(DISTINCT outlet) FROM articles")[0][0],
            "stories": self._count("stories"),
            "stories_with_copies": q("SELECT count(*) FROM (SELECT story_id FROM articles GROUP BY story_id HAVING count(*) > 1)")[0][0],
            "rejected_inputs": self._count("rejected_inputs"),
            "rejections_by_reason": dict(q("SELECT reason, count(*) FROM rejected_inputs GROUP BY reason ORDER BY 2 DESC, 1")),
            "event_reports": self._count("event_reports"),
            "events": self._count("events"),
            "claims": self._count("claims"),
            "places": self._count("places"),
            "last_run": dict(zip(["run_id", "command", "started_at", "finished_at", "seen", "added", "unchanged", "rejected", "status"], last[0])) if last else None,
        }

    def export_rows(self, table: str) -> tuple[list[str], Iterator[tuple]]:
        if table not in EXPORT_TABLES:
            raise StoreError(f"unknown table {table!r}; choose one of {', '.join(EXPORT_TABLES)}")
        cursor = self.con.cursor()
        cursor.execute(_export_sql(table))
        columns = [d[0] for d in cursor.description]

        def rows() -> Iterator[tuple]:
            while batch := cursor.fetchmany(2000):
                yield from batch

        return columns, rows()


def _export_sql(table: str) -> str:
    if table == "articles":
        return (
            "SELECT id, story_id, outlet, url, title, published, lang, lang_supported, n_chars,"
            " input_kind, input_ref, meta, ingested_at, text, sentences FROM articles ORDER BY published NULLS LAST, id"
        )
    if table == "reports":
        return "SELECT * FROM event_reports ORDER BY doc_id, report_id"
    if table == "events":
        acled = [f'"{c}"' for c in load_yaml("acled_columns.yaml")["columns"]]
        extra = ["civilian_targeting", "n_reports", "n_sources", "fatalities_note", "confidence", "sources", "evidence"]
        return f"SELECT {', '.join(acled + extra)} FROM events ORDER BY event_date, event_id_cnty"
    return f"SELECT * FROM {table} ORDER BY doc_id, claim_id"


_REPORT_SCHEMA = pa.schema([
    ("report_id", pa.string()), ("doc_id", pa.string()), ("story_id", pa.string()), ("event_id_cnty", pa.string()),
    ("event_type", pa.string()), ("sub_event_type", pa.string()), ("actor1", pa.string()), ("assoc_actor_1", pa.string()),
    ("inter1", pa.int16()), ("actor2", pa.string()), ("assoc_actor_2", pa.string()), ("inter2", pa.int16()),
    ("interaction", pa.int16()), ("civilian_targeting", pa.string()), ("event_date", pa.date32()), ("time_precision", pa.int16()),
    ("country", pa.string()), ("iso", pa.int16()), ("admin1", pa.string()), ("admin2", pa.string()), ("location", pa.string()),
    ("latitude", pa.float64()), ("longitude", pa.float64()), ("geo_precision", pa.int16()), ("fatalities", pa.int32()),
    ("factuality", pa.string()), ("evidence", pa.string()), ("field_evidence", pa.string()), ("confidence", pa.float64()),
    ("extractor_version", pa.string()), ("created_at", pa.timestamp("us")),
])


def _report_row(r: EventReport) -> dict:
    row = {name: getattr(r, name) for name in _REPORT_SCHEMA.names if hasattr(r, name) and name not in ("evidence", "field_evidence")}
    row["report_id"] = r.report_id
    row["evidence"] = json.dumps([s.as_dict() for s in r.evidence], ensure_ascii=False)
    row["field_evidence"] = json.dumps({k: [s.as_dict() for s in v] for k, v in r.field_evidence.items()}, ensure_ascii=False)
    row["created_at"] = utcnow()
    return row


def _article_row(a: Article, run_id: str) -> dict:
    return {
        "id": a.id, "content_hash": a.content_hash, "story_id": a.story_id or a.id,
        "outlet": a.outlet, "url": a.url, "title": a.title, "published": a.published,
        "lang": a.lang, "lang_supported": a.lang_supported, "text": a.text,
        "sentences": json.dumps(a.sentences, separators=(",", ":")), "n_chars": len(a.text),
        "input_kind": a.input_kind, "input_ref": a.input_ref,
        "meta": json.dumps(a.meta, ensure_ascii=False, default=str) if a.meta else None,
        "signature": a.signature, "run_id": run_id, "ingested_at": a.ingested_at,
    }
