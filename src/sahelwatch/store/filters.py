"""Filters over merged events, shared by the API, the exports and the dashboard:
typed, validated once, turned into portable SQL (DuckDB and PostgreSQL) with
parameters, never with values pasted into the text."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import date

SORTABLE = ("event_date", "fatalities", "country", "admin1", "event_type", "actor1", "n_sources", "event_id_cnty")
INTERVALS = ("week", "month")
GROUPS = {"event_type": "event_type", "actor": "actor1", "admin1": "admin1", "country": "country", "sub_event_type": "sub_event_type"}


class FilterError(ValueError):
    pass


@dataclass
class EventFilter:
    country: list[str] = field(default_factory=list)
    admin1: list[str] = field(default_factory=list)
    event_type: list[str] = field(default_factory=list)
    sub_event_type: list[str] = field(default_factory=list)
    actor: str | None = None  # part of an actor's name, any side
    date_from: date | None = None
    date_to: date | None = None
    bbox: tuple[float, float, float, float] | None = None  # min lon, min lat, max lon, max lat
    min_fatalities: int | None = None
    q: str | None = None  # words in the notes, place or actors

    def __post_init__(self):
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise FilterError(f"date_from {self.date_from} is after date_to {self.date_to}")
        if self.bbox is not None:
            if len(self.bbox) != 4:
                raise FilterError("bbox takes four numbers: min_lon,min_lat,max_lon,max_lat")
            w, s, e, n = self.bbox
            if not (-180 <= w <= e <= 180 and -90 <= s <= n <= 90):
                raise FilterError("bbox must be min_lon,min_lat,max_lon,max_lat within -180..180 and -90..90")
        if self.min_fatalities is not None and self.min_fatalities < 0:
            raise FilterError("min_fatalities cannot be negative")

    def where(self, alias: str = "") -> tuple[str, list]:
        """A WHERE clause (without the keyword; 'TRUE' when empty) and its parameters."""
        a = f"{alias}." if alias else ""
        parts, params = [], []

        def any_of(column: str, values: list[str]) -> None:
            if values:
                parts.append(f"{a}{column} IN ({', '.join('?' * len(values))})")
                params.extend(values)

        any_of("country", self.country)
        any_of("admin1", self.admin1)
        any_of("event_type", self.event_type)
        any_of("sub_event_type", self.sub_event_type)
        if self.actor:
            parts.append(f"(lower({a}actor1) LIKE ? OR lower({a}actor2) LIKE ? OR lower({a}assoc_actor_1) LIKE ? OR lower({a}assoc_actor_2) LIKE ?)")
            params.extend([f"%{self.actor.lower()}%"] * 4)
        if self.date_from:
            parts.append(f"{a}event_date >= ?")
            params.append(self.date_from)
        if self.date_to:
            parts.append(f"{a}event_date <= ?")
            params.append(self.date_to)
        if self.bbox:
            w, s, e, n = self.bbox
            parts.append(f"{a}longitude BETWEEN ? AND ? AND {a}latitude BETWEEN ? AND ?")
            params.extend([w, e, s, n])
        if self.min_fatalities is not None:
            parts.append(f"{a}fatalities >= ?")
            params.append(self.min_fatalities)
        if self.q:
            for word in self.q.lower().split()[:8]:
                parts.append(f"(lower({a}notes) LIKE ? OR lower({a}location) LIKE ? OR lower({a}actor1) LIKE ? OR lower({a}actor2) LIKE ?)")
                params.extend([f"%{word}%"] * 4)
        return (" AND ".join(parts) or "TRUE"), params

    def as_dict(self) -> dict:
        return {f.name: getattr(self, f.name) for f in fields(self) if getattr(self, f.name) not in (None, [], "")}


def order_by(sort: str, order: str) -> str:
    if sort not in SORTABLE:
        raise FilterError(f"cannot sort by {sort!r}; choose one of {', '.join(SORTABLE)}")
    if order not in ("asc", "desc"):
        raise FilterError("order is asc or desc")
    tie = ", data_id" if sort != "event_id_cnty" else ""  # a stable integer: cheaper to sort on than the id text
    return f"{sort} {order.upper()} NULLS LAST{tie}"
