"""Reports of one event across sources merged into one event (issue 5)."""

from sahelwatch.dedupe.cluster import Cluster, Decision, EventMerger, conservative_deaths, merge_order, refine, second_look
from sahelwatch.dedupe.compat import Matcher
from sahelwatch.dedupe.events import IdAllocator, event_row
from sahelwatch.dedupe.records import MemberReport
from sahelwatch.dedupe.stage import DedupeSummary, merger_for, run_dedupe

__all__ = [
    "Cluster", "Decision", "EventMerger", "Matcher", "MemberReport", "IdAllocator", "DedupeSummary",
    "conservative_deaths", "event_row", "merge_order", "merger_for", "refine", "run_dedupe", "second_look",
]
