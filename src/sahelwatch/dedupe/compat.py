"""Whether a report can be one more account of an event, and how well it fits.

Each test widens with the coarser precision of the two sides, as ACLED's coders
would: a report dated 'last week' fits an event on any day of that week, one
placed 'in the Mopti region' fits any village of the region. A report never
joins an event that its own document already reports (the coder joins the
sentences of one article), nor one that an analyst split it from."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import TYPE_CHECKING

from sahelwatch.datafiles import load_yaml
from sahelwatch.extract.actor_keys import actor_keys
from sahelwatch.geocode.resolve import km

if TYPE_CHECKING:
    from sahelwatch.dedupe.cluster import Cluster
    from sahelwatch.dedupe.records import MemberReport


@dataclass
class Fit:
    score: float
    reason: str


class Matcher:
    def __init__(self, date_window_days=(1, 7, 31), distance_km=(25, 100, 300)):
        data = load_yaml("dedupe.yaml")
        self.compatible = {frozenset(pair) for pair in data.get("compatible_types") or []}
        self.incompatible_subtypes = {frozenset(pair) for pair in data.get("incompatible_subtypes") or []}
        self.weights = data.get("weights") or {"date": 0.3, "place": 0.35, "type": 0.2, "actors": 0.15}
        self.windows = [float(x) for x in date_window_days]
        self.distances = [float(x) for x in distance_km]
        self.keys = actor_keys()

    def window(self, precision: int | None) -> float:
        return self.windows[min(max(precision or 1, 1), 3) - 1]

    def distance(self, precision: int | None) -> float:
        return self.distances[min(max(precision or 1, 1), 3) - 1]

    def organisations(self, report: "MemberReport") -> frozenset[str]:
        return self.keys.organisations(report.actor1) | self.keys.organisations(report.actor2)

    # --- the tests ------------------------------------------------------------
    def fit(self, r: "MemberReport", event: "Cluster") -> Fit | None:
        """How well report ``r`` fits ``event`` (0-1), or None when it cannot be the same event:
        against the event's refined reading, and against its reports one by one (most must accept)."""
        if r.doc_id in event.docs or r.report_id in event.forbidden:
            return None
        head = self._score(r, event.head, event.organisations, event.counted, event.fatalities)
        if head is None:
            return None
        pairs = [self._score(r, m, self.organisations(m), m.counted, m.fatalities) for m in event.members]
        accepted = [p for p in pairs if p is not None]
        if 2 * len(accepted) < len(pairs):
            return None  # the event's own reports mostly disagree with this one
        score = (head[0] + sum(p[0] for p in accepted) / len(accepted)) / 2
        return Fit(round(score, 4), head[1] + f"; {len(accepted)}/{len(pairs)} reports agree")

    def _score(self, r, e, organisations, counted: bool, fatalities) -> tuple[float, str] | None:
        if r.country and e.country and r.country != e.country:
            return None
        date_s = self._date(r, e)
        if date_s is None:
            return None
        place_s = self._place(r, e)
        if place_s is None:
            return None
        type_s = self._type(r, e)
        if type_s is None:
            return None
        actor_s = self._actors(r, organisations)
        if actor_s is None:
            return None
        deaths_s = self._deaths(r, counted, fatalities)
        w = self.weights
        score = (w["date"] * date_s + w["place"] * place_s + w["type"] * type_s + w["actors"] * actor_s
                 + w.get("deaths", 0) * deaths_s)
        return score, f"date {date_s:.2f}, place {place_s:.2f}, type {type_s:.2f}, actors {actor_s:.2f}, deaths {deaths_s:.2f}"

    @staticmethod
    def _deaths(r, counted: bool, fatalities) -> float:
        """Death counts agreeing is evidence; sources often differ by a few ('at least')."""
        if not r.counted or not counted:
            return 0.5
        a, b = r.fatalities or 0, fatalities or 0
        if a == b:
            return 1.0
        return 0.7 if abs(a - b) <= max(2, 0.3 * max(a, b)) else 0.0

    def span(self, r) -> tuple[int, int]:
        """The days a report's date may stand for: the day (give or take the window), the week
        around it, or the whole month for a month-level date (whichever day of it was coded:
        ACLED's mid-month, the 1st of older reports, the publication day early in the month)."""
        day = r.event_date.toordinal()
        precision = min(max(r.time_precision or 1, 1), 3)
        if precision == 3:
            first = r.event_date.replace(day=1)
            following = (first.replace(day=28) + timedelta(days=4)).replace(day=1)
            return first.toordinal(), following.toordinal() - 1
        window = int(self.window(precision))
        return day - window, day + window

    def _date(self, r, e) -> float | None:
        if r.event_date is None or e.event_date is None:
            return None  # undated reports stay events of their own
        gap = abs((r.event_date - e.event_date).days)
        if (r.time_precision or 1) == (e.time_precision or 1) == 1:
            if gap > self.windows[0]:
                return None
            return 1.0 if gap == 0 else 0.4  # the same day, or a day apart (a night attack, 'yesterday')
        (a0, a1), (b0, b1) = self.span(r), self.span(e)
        if a0 > b1 or b0 > a1:
            return None
        return 0.5  # one of them is vague: compatible, not evidence

    def _place(self, r, e) -> float | None:
        if 3 in (r.geo_precision, e.geo_precision) and r.admin1 and e.admin1:
            # 'in the Mopti region': any place of that region, however far from its capital
            return 0.6 if r.admin1 == e.admin1 else None
        if r.has_point and e.has_point:
            reach = self.distance(max(r.geo_precision or 1, e.geo_precision or 1))
            d = km(r.latitude, r.longitude, e.latitude, e.longitude)
            if d > reach:
                return None
            if r.place_key and r.place_key == e.place_key and (r.geo_precision or 1) != (e.geo_precision or 1):
                return 0.85  # 'in Boulkessi' and 'near Boulkessi'
            if (r.geo_precision or 1) == (e.geo_precision or 1) == 1:
                return 1.0 if d <= 2 else max(0.3, 1.0 - d / reach)
            return 0.6  # one of them is only near a place or in a region: compatible, not evidence
        if r.place_key and e.place_key:
            if r.place_key == e.place_key:
                return 0.9
            if r.admin1 and e.admin1 and r.admin1 == e.admin1 and (r.geo_precision == 3 or e.geo_precision == 3):
                return 0.5
            return None
        if r.admin1 and e.admin1 and r.admin1 != e.admin1:
            return None
        return 0.0  # one side names no place: only the rest can tie them

    def _type(self, r, e) -> float | None:
        if frozenset((r.sub_event_type, e.sub_event_type)) in self.incompatible_subtypes:
            return None
        if r.event_type == e.event_type:
            return 1.0 if r.sub_event_type == e.sub_event_type else 0.5
        if frozenset((r.event_type, e.event_type)) in self.compatible:
            return 0.0  # types sources confuse: allowed, but only the rest of the evidence can tie them
        return None

    def _actors(self, r, theirs: frozenset[str]) -> float | None:
        mine = self.organisations(r)
        if not mine or not theirs:
            return 0.5  # 'gunmen' or nobody named on one side: no conflict, no support
        named_mine = {o for o in mine if not o.startswith("state:")}
        named_theirs = {o for o in theirs if not o.startswith("state:")}
        if named_mine and named_theirs and not named_mine & named_theirs:
            return None  # JNIM here, the Islamic State there: two claims, two events
        states_mine = mine - named_mine
        states_theirs = theirs - named_theirs
        if states_mine and states_theirs and not states_mine & states_theirs:
            return None  # different countries' forces
        return 1.0 if mine & theirs else 0.4
