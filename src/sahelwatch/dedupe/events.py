"""Events as ACLED lists them: one row of ACLED's columns per merged event, plus
its provenance (every report, source and evidence span), and the ids."""

from __future__ import annotations

import hashlib
import json
from functools import lru_cache

from sahelwatch.datafiles import load_yaml
from sahelwatch.dedupe.cluster import Cluster
from sahelwatch.dedupe.records import MemberReport
from sahelwatch.models import utcnow


@lru_cache(maxsize=1)
def countries() -> dict[str, dict]:
    """Country name -> {iso2, iso3, iso, region} from data/places/countries.yaml."""
    rows = load_yaml("places/countries.yaml")["countries"]
    return {c["name"]: {"iso2": c["iso2"], "iso3": c["iso3"], "iso": c["iso"], "region": c.get("region")} for c in rows}


class IdAllocator:
    """ACLED-style ids, a country code and a number ('MLI-42'), given once and never reused;
    ``counters`` holds the highest number already given per code (from the store)."""

    def __init__(self, counters: dict[str, int] | None = None):
        self.counters = dict(counters or {})

    def __call__(self, report: MemberReport) -> str:
        code = countries().get(report.country or "", {}).get("iso3", "XXX")
        self.counters[code] = self.counters.get(code, 0) + 1
        return f"{code}-{self.counters[code]}"


def event_number(event_id: str) -> int:
    return int(event_id.rsplit("-", 1)[1])


def data_id(event_id: str) -> int:
    """A stable integer for ACLED's data_id column."""
    return int.from_bytes(hashlib.sha256(event_id.encode()).digest()[:6], "big")


def event_row(cluster: Cluster) -> dict:
    """The events table's row for a merged event."""
    head = cluster.head
    info = countries().get(head.country or "", {})
    members = sorted(cluster.members, key=lambda m: (m.published or head.event_date or utcnow().date(), m.report_id))
    outlets = list(dict.fromkeys(m.outlet for m in members if m.outlet))
    notes = max(members, key=lambda m: (m.confidence, -members.index(m)))
    now = utcnow()
    return {
        "event_id_cnty": cluster.event_id,
        "data_id": data_id(cluster.event_id),
        "iso": info.get("iso", head.iso),
        "event_id_no_cnty": event_number(cluster.event_id),
        "event_date": head.event_date,
        "year": head.event_date.year if head.event_date else None,
        "time_precision": head.time_precision,
        "event_type": head.event_type,
        "sub_event_type": head.sub_event_type,
        "actor1": head.actor1, "assoc_actor_1": head.assoc_actor_1, "inter1": head.inter1,
        "actor2": head.actor2, "assoc_actor_2": head.assoc_actor_2, "inter2": head.inter2,
        "interaction": head.interaction, "civilian_targeting": head.civilian_targeting,
        "region": info.get("region"), "country": head.country, "admin1": head.admin1, "admin2": head.admin2,
        "admin3": None, "location": head.location, "latitude": head.latitude, "longitude": head.longitude,
        "geo_precision": head.geo_precision,
        "source": "; ".join(outlets) or None,
        "source_scale": None,
        "notes": " ".join(e["text"] for e in notes.evidence)[:2000] or None,
        "fatalities": cluster.fatalities if cluster.fatalities is not None else 0,
        "timestamp": int(now.timestamp()),
        "iso3": info.get("iso3"),
        "n_reports": len(members),
        "n_sources": cluster.sources,
        "fatalities_note": cluster.fatalities_note,
        "confidence": head.confidence,
        "sources": json.dumps([
            {"outlet": m.outlet, "url": m.url, "published": m.published.isoformat() if m.published else None,
             "doc_id": m.doc_id, "story_id": m.story_id, "report_id": m.report_id}
            for m in members
        ], ensure_ascii=False),
        "evidence": json.dumps([dict(e, doc_id=m.doc_id) for m in members for e in m.evidence], ensure_ascii=False),
        "updated_at": now,
    }
