"""What the merger reads of each event report: the coded fields, where the report
came from (document, story, outlet) and whether its death count rests on words."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sahelwatch.extract.text import fold


@dataclass
class MemberReport:
    report_id: str
    doc_id: str
    event_type: str
    sub_event_type: str | None = None
    story_id: str | None = None  # syndicated copies share one: they are one source
    outlet: str | None = None
    url: str | None = None
    published: date | None = None
    actor1: str | None = None
    assoc_actor_1: str | None = None
    inter1: int | None = None
    actor2: str | None = None
    assoc_actor_2: str | None = None
    inter2: int | None = None
    interaction: int | None = None
    civilian_targeting: str | None = None
    event_date: date | None = None
    time_precision: int | None = None
    country: str | None = None
    iso: int | None = None
    admin1: str | None = None
    admin2: str | None = None
    location: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None
    fatalities: int | None = None
    counted: bool = False  # the death count was read from words (a figure or 'no casualties')
    confidence: float = 0.5
    evidence: list[dict] = field(default_factory=list)  # [{start, end, text}]
    event_id: str | None = None  # the event it belongs to, once merged

    @property
    def source_key(self) -> str:
        """One key per independent source: a story (syndicated copies), else the document."""
        return self.story_id or self.doc_id

    @property
    def place_key(self) -> str | None:
        return " ".join(fold(self.location).split()) if self.location else None

    @property
    def has_point(self) -> bool:
        return self.latitude is not None and self.longitude is not None

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> "MemberReport":
        """A row of the store's event_reports (joined with its article's outlet, url, published)."""
        field_evidence = _json(row.get("field_evidence"), {})
        names = cls.__dataclass_fields__
        kwargs = {k: v for k, v in row.items() if k in names and k not in ("evidence", "counted", "event_id")}
        report = cls(**kwargs)
        report.evidence = _json(row.get("evidence"), [])
        report.counted = bool(field_evidence.get("fatalities"))
        report.event_id = row.get("event_id_cnty")
        return report


def _json(value, default):
    if value is None or value == "":
        return default
    if isinstance(value, (list, dict)):
        return value
    try:
        return json.loads(value)
    except ValueError:
        return default
