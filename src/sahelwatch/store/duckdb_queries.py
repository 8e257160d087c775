"""Read queries over merged events for the API and the dashboard (mixed into DuckDBStore).
Portable SQL; values always as parameters; filters from store/filters.py."""

from __future__ import annotations

import json
from datetime import date, timedelta
from typing import Any

from sahelwatch.store.filters import GROUPS, INTERVALS, EventFilter, FilterError, order_by

LIST_COLUMNS = ("event_id_cnty", "event_date", "time_precision", "event_type", "sub_event_type", "actor1", "actor2",
                "interaction", "country", "admin1", "admin2", "location", "latitude", "longitude", "geo_precision",
                "fatalities", "n_reports", "n_sources", "source", "confidence")  # notes: in the event's own answer


def _loads(value, default):
    try:
        return json.loads(value) if value else default
    except ValueError:
        return default


class EventQueries:
    """Needs ``self.con`` and ``self._dicts(sql, params)``."""

    def query_events(self, f: EventFilter, sort: str = "event_date", order: str = "desc", limit: int = 50,
                     offset: int = 0, columns: tuple[str, ...] = LIST_COLUMNS) -> tuple[int, list[dict]]:
        where, params = f.where()
        total = self.con.execute(f"SELECT count(*) FROM events WHERE {where}", params).fetchone()[0]
        cols = ", ".join(f'"{c}"' for c in columns)
        rows = self._dicts(f"SELECT {cols} FROM events WHERE {where} ORDER BY {order_by(sort, order)} LIMIT ? OFFSET ?",
                           params + [int(limit), int(offset)])
        return total, rows

    def event_detail(self, event_id: str) -> dict | None:
        rows = self._dicts("SELECT * FROM events WHERE event_id_cnty = ?", [event_id])
        if not rows:
            return None
        event = rows[0]
        event["sources"] = _loads(event.get("sources"), [])
        event["evidence"] = _loads(event.get("evidence"), [])
        reports = self._dicts(
            """SELECT r.report_id, r.doc_id, r.event_type, r.sub_event_type, r.actor1, r.actor2, r.event_date, r.time_precision,
                      r.location, r.geo_precision, r.fatalities, r.evidence, r.field_evidence, r.confidence,
                      a.outlet, a.url, a.title, a.published, a.lang, a.text
               FROM event_reports r LEFT JOIN articles a ON a.id = r.doc_id
               WHERE r.event_id_cnty = ? ORDER BY a.published NULLS LAST, r.report_id""", [event_id])
        for r in reports:
            r["evidence"] = _loads(r["evidence"], [])
            r["field_evidence"] = _loads(r["field_evidence"], {})
            text = r.pop("text") or ""
            # the sentences the report was read from, with the spans of each coded field inside them
            r["passages"] = [{"start": e["start"], "end": e["end"], "text": text[e["start"]:e["end"]]} for e in r["evidence"]]
        event["reports"] = reports
        event["merges"] = self._dicts("SELECT merge_id, report_id, action, reason, score, created_at, undone_at FROM merges "
                                      "WHERE event_id_cnty = ? ORDER BY created_at, merge_id", [event_id])
        return event

    def actor_summary(self, f: EventFilter, limit: int = 200) -> list[dict]:
        where, params = f.where()
        return self._dicts(
            f"""SELECT actor, max(inter) AS inter, count(*) AS events, sum(fatalities) AS fatalities,
                       min(event_date) AS first_event, max(event_date) AS last_event
                FROM (SELECT actor1 AS actor, inter1 AS inter, fatalities, event_date FROM events WHERE {where} AND actor1 IS NOT NULL
                      UNION ALL
                      SELECT actor2, inter2, fatalities, event_date FROM events WHERE {where} AND actor2 IS NOT NULL) sides
                GROUP BY actor ORDER BY events DESC, actor LIMIT ?""", params + params + [int(limit)])

    def list_claims(self, kind: str | None = None, q: str | None = None, limit: int = 50, offset: int = 0) -> tuple[int, list[dict]]:
        parts, params = [], []
        if kind:
            parts.append("c.kind = ?")
            params.append(kind)
        for word in (q or "").lower().split()[:8]:
            parts.append("(lower(c.text) LIKE ? OR lower(coalesce(c.speaker, '')) LIKE ? OR lower(coalesce(c.actor, '')) LIKE ? OR lower(coalesce(c.place, '')) LIKE ?)")
            params.extend([f"%{word}%"] * 4)
        where = " AND ".join(parts) or "TRUE"
        total = self.con.execute(f"SELECT count(*) FROM claims c WHERE {where}", params).fetchone()[0]
        rows = self._dicts(
            f"""SELECT c.claim_id, c.doc_id, c.kind, c.text, c.value, c.unit, c.counted, c.actor, c.place, c.period,
                       c.speaker, c.speaker_role, c.evidence, c.confidence, a.outlet, a.url, a.title, a.published
                FROM claims c LEFT JOIN articles a ON a.id = c.doc_id WHERE {where}
                ORDER BY a.published DESC NULLS LAST, c.doc_id, c.claim_id LIMIT ? OFFSET ?""", params + [int(limit), int(offset)])
        for r in rows:
            r["evidence"] = _loads(r["evidence"], [])
        return total, rows

    def timeseries(self, f: EventFilter, interval: str = "month", group_by: str | None = None) -> list[dict]:
        if interval not in INTERVALS:
            raise FilterError(f"interval is one of {', '.join(INTERVALS)}")
        if group_by is not None and group_by not in GROUPS:
            raise FilterError(f"group_by is one of {', '.join(GROUPS)}")
        where, params = f.where()
        group = f"{GROUPS[group_by]}" if group_by else "'all'"
        # periods grouped as whole numbers (months since year 0, weeks since a Monday): cheaper than dates
        key = ("year(event_date) * 12 + month(event_date) - 1" if interval == "month"
               else "datediff('day', DATE '1970-01-05', event_date) // 7")
        rows = self.con.execute(
            f"""SELECT {key} AS k, {group} AS g, count(*), sum(fatalities) FROM events
                WHERE {where} AND event_date IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2""", params).fetchall()
        monday = date(1970, 1, 5)
        out = []
        for k, g, n, deaths in rows:
            period = date(k // 12, k % 12 + 1, 1) if interval == "month" else monday + timedelta(weeks=k)
            out.append({"period": period, "group": g, "events": n, "fatalities": deaths})
        return out

    def facets(self) -> dict[str, Any]:
        q = lambda sql: self.con.execute(sql).fetchall()  # noqa: E731
        first, last, n = q("SELECT min(event_date), max(event_date), count(*) FROM events")[0]
        return {
            "events": n, "first_date": first, "last_date": last,
            "countries": [r[0] for r in q("SELECT country FROM events WHERE country IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC, 1")],
            "admin1": [{"country": r[0], "admin1": r[1]} for r in q(
                "SELECT country, admin1 FROM events WHERE admin1 IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2")],
            "event_types": [{"event_type": r[0], "sub_event_type": r[1], "events": r[2]} for r in q(
                "SELECT event_type, sub_event_type, count(*) FROM events GROUP BY 1, 2 ORDER BY 1, 2")],
        }
