"""DuckDB tables of merged events, merge decisions and claims (mixed into DuckDBStore)."""

from __future__ import annotations

import json
from contextlib import contextmanager
from datetime import date
from typing import Any, Sequence

import pyarrow as pa

from sahelwatch.models import Claim, short_hash, utcnow

_REPORTS_WITH_SOURCE = """
    SELECT r.*, a.outlet, a.url, a.published
    FROM event_reports r LEFT JOIN articles a ON a.id = r.doc_id
"""

_EVENT_SCHEMA = pa.schema([
    ("event_id_cnty", pa.string()), ("data_id", pa.int64()), ("iso", pa.int16()), ("event_id_no_cnty", pa.int64()),
    ("event_date", pa.date32()), ("year", pa.int16()), ("time_precision", pa.int16()), ("event_type", pa.string()),
    ("sub_event_type", pa.string()), ("actor1", pa.string()), ("assoc_actor_1", pa.string()), ("inter1", pa.int16()),
    ("actor2", pa.string()), ("assoc_actor_2", pa.string()), ("inter2", pa.int16()), ("interaction", pa.int16()),
    ("civilian_targeting", pa.string()), ("region", pa.string()), ("country", pa.string()), ("admin1", pa.string()),
    ("admin2", pa.string()), ("admin3", pa.string()), ("location", pa.string()), ("latitude", pa.float64()),
    ("longitude", pa.float64()), ("geo_precision", pa.int16()), ("source", pa.string()), ("source_scale", pa.string()),
    ("notes", pa.string()), ("fatalities", pa.int32()), ("timestamp", pa.int64()), ("iso3", pa.string()),
    ("n_reports", pa.int32()), ("n_sources", pa.int32()), ("fatalities_note", pa.string()), ("confidence", pa.float64()),
    ("sources", pa.string()), ("evidence", pa.string()), ("updated_at", pa.timestamp("us")),
])

_CLAIM_SCHEMA = pa.schema([
    ("claim_id", pa.string()), ("doc_id", pa.string()), ("kind", pa.string()), ("text", pa.string()),
    ("value", pa.float64()), ("unit", pa.string()), ("counted", pa.string()), ("actor", pa.string()),
    ("place", pa.string()), ("period", pa.string()), ("speaker", pa.string()), ("speaker_role", pa.string()),
    ("evidence", pa.string()), ("confidence", pa.float64()), ("extractor_version", pa.string()),
    ("created_at", pa.timestamp("us")),
])


class EventTables:
    """Needs ``self.con`` (a DuckDB connection) and ``self.transaction()``."""

    @contextmanager
    def _registered(self, name: str, table: pa.Table):
        """A pyarrow table visible to SQL as ``name`` for the block (and gone after, even on error)."""
        self.con.register(name, table)
        try:
            yield
        finally:
            try:
                self.con.unregister(name)
            except Exception:  # an aborted transaction: the error that aborted it is the one to see
                pass

    def _dicts(self, sql: str, params: Sequence[Any] = ()) -> list[dict]:
        cursor = self.con.execute(sql, list(params))
        columns = [d[0] for d in cursor.description]
        return [dict(zip(columns, row)) for row in cursor.fetchall()]

    # --- reading for the merger ---------------------------------------------
    def unmerged_reports(self) -> list[dict]:
        return self._dicts(_REPORTS_WITH_SOURCE + " WHERE r.event_id_cnty IS NULL ORDER BY r.report_id")

    def merged_reports_between(self, first: date, last: date) -> list[dict]:
        """Reports of the events dated between ``first`` and ``last``."""
        return self._dicts(
            _REPORTS_WITH_SOURCE + " WHERE r.event_id_cnty IN (SELECT event_id_cnty FROM events WHERE event_date BETWEEN ? AND ?)"
            " ORDER BY r.report_id", [first, last])

    def reports_of_events(self, event_ids: Sequence[str]) -> list[dict]:
        if not event_ids:
            return []
        marks = ", ".join("?" * len(event_ids))
        return self._dicts(_REPORTS_WITH_SOURCE + f" WHERE r.event_id_cnty IN ({marks}) ORDER BY r.report_id", list(event_ids))

    def stale_events(self) -> list[str]:
        """Events whose reports changed since they were written (re-coded or split off)."""
        rows = self.con.execute(
            """SELECT e.event_id_cnty FROM events e
               LEFT JOIN (SELECT event_id_cnty, count(*) AS n FROM event_reports WHERE event_id_cnty IS NOT NULL GROUP BY 1) r
                 ON r.event_id_cnty = e.event_id_cnty
               WHERE coalesce(r.n, 0) <> coalesce(e.n_reports, -1)
               UNION
               SELECT DISTINCT event_id_cnty FROM event_reports
               WHERE event_id_cnty IS NOT NULL AND event_id_cnty NOT IN (SELECT event_id_cnty FROM events)"""
        ).fetchall()
        return sorted(r[0] for r in rows)

    def split_links(self) -> list[tuple[str, str]]:
        """(event id, report id) pairs an analyst has split apart: never merged again."""
        return self.con.execute("SELECT event_id_cnty, report_id FROM merges WHERE action = 'split' AND undone_at IS NULL").fetchall()

    def event_counters(self) -> dict[str, int]:
        rows = self.con.execute(
            "SELECT split_part(event_id_cnty, '-', 1), max(event_id_no_cnty) FROM events GROUP BY 1").fetchall()
        used = self.con.execute(
            "SELECT split_part(event_id_cnty, '-', 1), max(try_cast(split_part(event_id_cnty, '-', 2) AS BIGINT)) FROM merges GROUP BY 1"
        ).fetchall()
        counters: dict[str, int] = {}
        for code, n in rows + used:  # numbers of deleted events are not given again
            if code and n is not None:
                counters[code] = max(counters.get(code, 0), int(n))
        return counters

    # --- writing ----------------------------------------------------------------
    def save_events(self, rows: Sequence[dict], assignments: dict[str, str], decisions: Sequence[Any], deleted: Sequence[str]) -> None:
        """In one transaction: event rows (upsert), report assignments, merge records, deleted events."""
        now = utcnow()
        with self.transaction():
            if deleted:
                marks = ", ".join("?" * len(deleted))
                self.con.execute(f"DELETE FROM events WHERE event_id_cnty IN ({marks})", list(deleted))
            if rows:
                table = pa.Table.from_pylist([dict(r, created_at=now) for r in rows],
                                             schema=_EVENT_SCHEMA.append(pa.field("created_at", pa.timestamp("us"))))
                with self._registered("_events", table):
                    updates = ", ".join(f'"{c}" = excluded."{c}"' for c in _EVENT_SCHEMA.names if c != "event_id_cnty")
                    self.con.execute(f"INSERT INTO events BY NAME SELECT * FROM _events ON CONFLICT (event_id_cnty) DO UPDATE SET {updates}")
            if assignments:
                table = pa.table({"report_id": list(assignments), "event_id": list(assignments.values())})
                with self._registered("_assign", table):
                    self.con.execute("UPDATE event_reports SET event_id_cnty = a.event_id FROM _assign a WHERE event_reports.report_id = a.report_id")
            # every decision is kept: which report started each event, which joined it and why
            records = [[short_hash(d.event_id, d.report_id, d.action), d.event_id, d.report_id, d.action, d.reason, now, d.score]
                       for d in decisions]
            if records:
                self.con.executemany(
                    "INSERT INTO merges (merge_id, event_id_cnty, report_id, action, reason, created_at, score) VALUES (?, ?, ?, ?, ?, ?, ?)"
                    " ON CONFLICT (merge_id) DO UPDATE SET reason = excluded.reason, score = excluded.score, undone_at = NULL", records)

    def event_of_report(self, report_id: str) -> str | None:
        row = self.con.execute("SELECT event_id_cnty FROM event_reports WHERE report_id = ?", [report_id]).fetchone()
        return row[0] if row else None

    def merge_log(self, event_id: str | None = None) -> list[dict]:
        where = "WHERE event_id_cnty = ?" if event_id else ""
        return self._dicts(f"SELECT * FROM merges {where} ORDER BY created_at, merge_id", [event_id] if event_id else [])

    def undo_merge(self, merge_id: str) -> dict:
        """Take the report out of the event it was merged into, and keep it out (a 'split' record)."""
        rows = self._dicts("SELECT * FROM merges WHERE merge_id = ?", [merge_id])
        if not rows:
            raise KeyError(f"no merge {merge_id!r}; `sahelwatch merges list` shows them")
        merge = rows[0]
        if merge["action"] != "merge" or merge["undone_at"] is not None:
            raise ValueError(f"merge {merge_id} is a {merge['action']} record" if merge["action"] != "merge" else f"merge {merge_id} was already undone")
        now = utcnow()
        with self.transaction():
            self.con.execute("UPDATE merges SET undone_at = ? WHERE merge_id = ?", [now, merge_id])
            self.con.execute(
                "INSERT INTO merges (merge_id, event_id_cnty, report_id, action, reason, created_at) VALUES (?, ?, ?, 'split', ?, ?)"
                " ON CONFLICT (merge_id) DO UPDATE SET undone_at = NULL, created_at = excluded.created_at",
                [short_hash(merge["event_id_cnty"], merge["report_id"], "split"), merge["event_id_cnty"], merge["report_id"],
                 f"undoes {merge_id}", now])
            self.con.execute("UPDATE event_reports SET event_id_cnty = NULL WHERE report_id = ? AND event_id_cnty = ?",
                             [merge["report_id"], merge["event_id_cnty"]])
        return merge

    # --- claims -------------------------------------------------------------------
    def replace_claims(self, doc_ids: Sequence[str], claims: Sequence[Claim]) -> int:
        rows = [_claim_row(c) for c in claims]
        with self.transaction():
            if doc_ids:
                marks = ", ".join("?" * len(doc_ids))
                self.con.execute(f"DELETE FROM claims WHERE doc_id IN ({marks})", list(doc_ids))
            if rows:
                with self._registered("_claims", pa.Table.from_pylist(rows, schema=_CLAIM_SCHEMA)):
                    self.con.execute("INSERT INTO claims BY NAME SELECT * FROM _claims ON CONFLICT DO NOTHING")
        return len(rows)


def _claim_row(c: Claim) -> dict:
    row = c.to_dict()
    row["evidence"] = json.dumps(row["evidence"], ensure_ascii=False)
    row["extractor_version"] = c.extractor_version
    row["created_at"] = utcnow()
    return row
