"""Reports into events: each report joins the event it fits best, or starts one.

Events are looked up by country and day (blocking), never compared all against
all. An event's fields are refined as reports arrive: the most precise date and
place win, the type and actors most sources give, the most conservative death
count that words support. Event ids never change once given."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta

from sahelwatch.dedupe.compat import Matcher
from sahelwatch.dedupe.records import MemberReport

_SPECIFIC = {1: 3, 2: 3, 3: 2, 4: 2, 8: 2}  # inter code -> how much a name says (named groups, forces)


@dataclass
class Decision:
    report_id: str
    event_id: str
    action: str  # new (starts an event), merge (joins one)
    score: float | None = None
    reason: str | None = None


@dataclass
class Cluster:
    event_id: str
    members: list[MemberReport] = field(default_factory=list)
    head: MemberReport | None = None  # the refined reading of the event
    forbidden: set[str] = field(default_factory=set)  # reports an analyst split off it
    docs: set[str] = field(default_factory=set)
    organisations: frozenset[str] = frozenset()
    fatalities: int | None = None
    fatalities_note: str | None = None
    counted: bool = False  # some report's death count rests on words

    def add(self, report: MemberReport, matcher: Matcher) -> None:
        report.event_id = self.event_id
        self.members.append(report)
        self.docs.add(report.doc_id)
        self.refine(matcher)

    def refine(self, matcher: Matcher) -> None:
        self.head = refine(self.members)
        self.organisations = frozenset().union(*(matcher.organisations(m) for m in self.members))
        self.fatalities, self.fatalities_note = conservative_deaths(self.members)
        self.counted = any(m.counted for m in self.members)

    @property
    def sources(self) -> int:
        return len({m.source_key for m in self.members})


def refine(members: list[MemberReport]) -> MemberReport:
    """One reading of the event from its reports: date and place from the most precise,
    type by majority (confidence-weighted), actors from the report that names them best."""
    first = members[0]
    types = Counter()
    for m in members:
        types[(m.event_type, m.sub_event_type)] += 1 + m.confidence
    (event_type, sub_type), _ = max(types.items(), key=lambda kv: (kv[1], -_first_index(members, kv[0])))
    agreeing = [m for m in members if m.event_type == event_type] or members
    actor_source = max(agreeing, key=lambda m: (_specific(m.inter1) + _specific(m.inter2) / 2, m.confidence, -members.index(m)))

    dated = [m for m in members if m.event_date is not None]
    when = _best(dated, lambda m: m.time_precision or 9, lambda m: m.event_date)
    placed = [m for m in members if m.has_point] or [m for m in members if m.location]
    where = _best(placed, lambda m: m.geo_precision or 9, lambda m: m.place_key)

    head = MemberReport(report_id=first.report_id, doc_id=first.doc_id, event_type=event_type, sub_event_type=sub_type)
    for name in ("actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting"):
        setattr(head, name, getattr(actor_source, name))
    if when is not None:
        head.event_date, head.time_precision = when.event_date, when.time_precision
    if where is not None:
        for name in ("country", "iso", "admin1", "admin2", "location", "latitude", "longitude", "geo_precision"):
            setattr(head, name, getattr(where, name))
    if head.country is None:
        head.country = next((m.country for m in members if m.country), None)
        head.iso = next((m.iso for m in members if m.iso), None)
    head.confidence = max(m.confidence for m in members)
    return head


def _first_index(members: list[MemberReport], key) -> int:
    return next(i for i, m in enumerate(members) if (m.event_type, m.sub_event_type) == key)


def _specific(inter: int | None) -> int:
    return _SPECIFIC.get(inter or 0, 1 if inter else 0)


def _best(members: list[MemberReport], precision, value) -> MemberReport | None:
    """Among the most precise reports, the value most of them give (the earliest report on a tie)."""
    if not members:
        return None
    top = min(precision(m) for m in members)
    finest = [m for m in members if precision(m) == top]
    votes = Counter(value(m) for m in finest)
    best_value = max(votes, key=lambda v: (votes[v], -next(i for i, m in enumerate(finest) if value(m) == v)))
    return next(m for m in finest if value(m) == best_value)


def conservative_deaths(members: list[MemberReport]) -> tuple[int | None, str | None]:
    """ACLED's rule: the lowest figure the sources support. Reports whose count rests on no
    words (the article said nothing of deaths) are not figures; one figure per source
    (syndicated copies are one source). Disagreement is noted."""
    by_source: dict[str, int] = {}
    for m in members:
        if m.counted and m.fatalities is not None:
            by_source[m.source_key] = min(m.fatalities, by_source.get(m.source_key, m.fatalities))
    if not by_source:
        return (0 if any(m.fatalities is not None for m in members) else None), None
    figures = sorted(set(by_source.values()))
    value = figures[0]
    if len(figures) == 1:
        return value, None
    return value, f"sources give {', '.join(map(str, figures))} deaths; coded {value}, the lowest"


class EventMerger:
    """In-memory merging with a day index per country. ``new_id(report)`` gives the id of
    each new event (the store keeps per-country counters)."""

    def __init__(self, matcher: Matcher, threshold: float, new_id, margin: float = 0.02):
        self.matcher = matcher
        self.threshold = threshold
        self.margin = margin
        self.new_id = new_id
        self.events: dict[str, Cluster] = {}
        self._days: dict[tuple, dict] = {}  # (country, precision, day) -> {cell: event ids}
        self._indexed: dict[str, tuple] = {}

    # --- index ------------------------------------------------------------------
    # Events are filed by (country, time precision, day) and, within that, by a grid cell of about
    # 110 km (None for events with no point or known only to the region), so that a report looks
    # at the days its precision allows and at the cells around its point, never at every event.
    @staticmethod
    def _cell(r: MemberReport):
        if not r.has_point or (r.geo_precision or 1) >= 3:
            return None
        return int(r.latitude // 1), int(r.longitude // 1)

    def _index(self, cluster: Cluster) -> None:
        self._unindex(cluster.event_id)
        head = cluster.head
        if head.event_date is None:
            return  # undated events take no more reports
        key = (head.country, min(max(head.time_precision or 1, 1), 3), head.event_date.toordinal())
        cell = self._cell(head)
        self._days.setdefault(key, {}).setdefault(cell, set()).add(cluster.event_id)
        self._indexed[cluster.event_id] = (key, cell)

    def _unindex(self, event_id: str) -> None:
        old = self._indexed.pop(event_id, None)
        if old is not None:
            key, cell = old
            self._days.get(key, {}).get(cell, set()).discard(event_id)

    def _candidates(self, r: MemberReport) -> set[str]:
        if r.event_date is None:
            return set()
        day = r.event_date.toordinal()
        mine = min(max(r.time_precision or 1, 1), 3)
        countries = {r.country, None} if r.country else {key[0] for key in self._days}
        cell = self._cell(r)
        cells = None if cell is None else [(cell[0] + a, cell[1] + b) for a in (-1, 0, 1) for b in (-1, 0, 1)] + [None]
        found: set[str] = set()
        for precision in (1, 2, 3):
            # a month-level date ('in March', read as the 1st) may stand for any day of its month
            reach = int(self.matcher.window(max(mine, precision)))
            for d in range(day - reach, day + reach + 1):
                for country in countries:
                    by_cell = self._days.get((country, precision, d))
                    if not by_cell:
                        continue
                    for c in (by_cell if cells is None else cells):
                        ids = by_cell.get(c)
                        if ids:
                            found |= ids
        return found

    def drop(self, event_id: str) -> None:
        """Forget an event (its id is not given again)."""
        self._unindex(event_id)
        self.events.pop(event_id, None)

    # --- public -----------------------------------------------------------------
    def seed(self, event_id: str, members: list[MemberReport], forbidden: set[str] = ()) -> Cluster:
        """An event already in the store, with its reports."""
        cluster = Cluster(event_id, forbidden=set(forbidden))
        for m in members:
            m.event_id = event_id
            cluster.members.append(m)
            cluster.docs.add(m.doc_id)
        cluster.refine(self.matcher)
        self.events[event_id] = cluster
        self._index(cluster)
        return cluster

    def _clear_fit(self, r: MemberReport, threshold: float, margin: float, skip: set[str] = frozenset()):
        """(score, event id, fit) of the one event ``r`` fits best at ``threshold`` or more, or None when
        it fits none, or two within ``margin`` of each other (joining either would be a guess)."""
        fits = []
        for event_id in sorted(self._candidates(r) - set(skip)):
            fit = self.matcher.fit(r, self.events[event_id])
            if fit is not None and fit.score >= threshold:
                fits.append((fit.score, event_id, fit))
        fits.sort(key=lambda f: (-f[0], f[1]))
        if not fits or (len(fits) > 1 and fits[1][0] >= fits[0][0] - margin):
            return None
        return fits[0]

    def _join(self, r: MemberReport, event_id: str) -> Cluster:
        cluster = self.events[event_id]
        cluster.add(r, self.matcher)
        self._index(cluster)
        return cluster

    def add(self, r: MemberReport, forbidden_events: set[str] = frozenset()) -> Decision:
        found = self._clear_fit(r, self.threshold, self.margin, forbidden_events)
        if found is None:
            cluster = Cluster(self.new_id(r))
            self.events[cluster.event_id] = cluster
            self._join(r, cluster.event_id)
            return Decision(r.report_id, cluster.event_id, "new")
        score, event_id, fit = found
        self._join(r, event_id)
        return Decision(r.report_id, event_id, "merge", score, fit.reason)

    def second_look(self, decisions: list[Decision], threshold: float) -> list[Decision]:
        """Reports still alone in the event they started take a second look at a lower threshold:
        one that now fits exactly one other event clearly joins it."""
        out = []
        for d in decisions:
            alone = self.events.get(d.event_id)
            found = None
            if d.action == "new" and alone is not None and len(alone.members) == 1:
                found = self._clear_fit(alone.members[0], threshold, max(self.margin, 0.05), {d.event_id})
            if found is None:
                out.append(d)
                continue
            r = alone.members[0]
            score, event_id, fit = found
            self.drop(d.event_id)
            self._join(r, event_id)
            out.append(Decision(r.report_id, event_id, "merge", score, fit.reason + "; second look"))
        return out


def second_look(merger: "EventMerger", decisions: list[Decision], threshold: float) -> list[Decision]:
    """See EventMerger.second_look."""
    return merger.second_look(decisions, threshold)


def merge_order(reports: list[MemberReport]) -> list[MemberReport]:
    """Precise reports first, so that vague ones find the events they belong to; then by date."""
    far = date.max - timedelta(days=1)
    return sorted(reports, key=lambda r: (r.time_precision or 9, r.geo_precision or 9, r.event_date or far, r.report_id))
