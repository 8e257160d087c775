"""The dedupe stage over a store: new reports join events (or start them), events
whose reports changed are refreshed, and every decision is recorded."""

from __future__ import annotations

import logging
from collections import defaultdict
from dataclasses import dataclass
from datetime import timedelta

from sahelwatch.dedupe.cluster import EventMerger, merge_order, second_look
from sahelwatch.dedupe.compat import Matcher
from sahelwatch.dedupe.events import IdAllocator, event_row
from sahelwatch.dedupe.records import MemberReport

log = logging.getLogger(__name__)


@dataclass
class DedupeSummary:
    reports: int = 0  # reports placed in this run
    new_events: int = 0
    merged: int = 0  # reports that joined an existing event
    refreshed: int = 0  # events rewritten because their reports changed
    deleted: int = 0  # events left with no report

    def __str__(self) -> str:
        return (f"{self.reports} reports placed: {self.new_events} new events, {self.merged} merged into events; "
                f"{self.refreshed} events refreshed, {self.deleted} removed")


def merger_for(settings, counters: dict[str, int] | None = None) -> EventMerger:
    d = settings.dedupe
    return EventMerger(Matcher(d.date_window_days, d.distance_km), d.threshold, IdAllocator(counters), d.ambiguity_margin)


def run_dedupe(store, settings) -> DedupeSummary:
    summary = DedupeSummary()
    new = [MemberReport.from_row(r) for r in store.unmerged_reports()]
    stale = store.stale_events()
    if not new and not stale:
        return summary
    merger = merger_for(settings, store.event_counters())
    window = timedelta(days=2 * max(settings.dedupe.date_window_days))
    dates = [r.event_date for r in new if r.event_date is not None]
    context = store.merged_reports_between(min(dates) - window, max(dates) + window) if dates else []
    seen = {row["report_id"] for row in context}
    context += [row for row in store.reports_of_events(stale) if row["report_id"] not in seen]
    members: dict[str, list[MemberReport]] = defaultdict(list)
    for row in context:
        report = MemberReport.from_row(row)
        members[report.event_id].append(report)
    split = defaultdict(set)
    for event_id, report_id in store.split_links():
        split[event_id].add(report_id)
    for event_id in sorted(members):
        merger.seed(event_id, members[event_id], split.get(event_id, set()))

    decisions = second_look(merger, [merger.add(r) for r in merge_order(new)], settings.dedupe.second_look_threshold)
    touched = {d.event_id for d in decisions} | {e for e in stale if e in merger.events}
    rows = [event_row(merger.events[e]) for e in sorted(touched)]
    deleted = [e for e in stale if e not in merger.events]
    store.save_events(rows, {d.report_id: d.event_id for d in decisions}, decisions, deleted)
    summary.reports = len(decisions)
    summary.new_events = sum(d.action == "new" for d in decisions)
    summary.merged = summary.reports - summary.new_events
    summary.refreshed = len([e for e in stale if e in merger.events])
    summary.deleted = len(deleted)
    log.info("dedupe: %s", summary)
    return summary
