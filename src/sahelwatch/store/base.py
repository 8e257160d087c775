"""The storage interface every stage uses. A backend implements these methods;
the stages never write SQL of their own."""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from contextlib import contextmanager
from importlib import resources
from typing import Any, Iterator, Sequence

from sahelwatch.models import Article, EventReport, Rejection, RunSummary

EXPORT_TABLES = ("articles", "reports", "events", "claims", "quotes", "warnings")


class StoreError(RuntimeError):
    pass


def migration_scripts() -> list[tuple[str, str]]:
    """(name, sql) of every migration shipped with the package, in order."""
    folder = resources.files("sahelwatch.store").joinpath("migrations")
    scripts = [(p.name.removesuffix(".sql"), p.read_text("utf-8")) for p in folder.iterdir() if p.name.endswith(".sql")]
    return sorted(scripts)


def split_sql(script: str) -> list[str]:
    """Statements of a migration script. Comments run from ``--`` to the end of the
    line, so migrations must not put ``--`` or ``;`` inside string literals."""
    script = re.sub(r"--[^\n]*", "", script)
    return [s.strip() for s in script.split(";") if s.strip()]


class Store(ABC):
    """A sahelwatch store. Writes happen inside ``transaction()``; a failure rolls back."""

    location: str

    @abstractmethod
    def migrate(self) -> list[str]:
        """Apply pending migrations; return the names applied."""

    @abstractmethod
    def applied_migrations(self) -> list[str]: ...

    @abstractmethod
    def close(self) -> None: ...

    @abstractmethod
    @contextmanager
    def transaction(self) -> Iterator[None]: ...

    # articles and stories
    @abstractmethod
    def article_hashes(self, ids: Sequence[str]) -> dict[str, str]:
        """content_hash of each stored article among ``ids``."""

    @abstractmethod
    def add_articles(self, articles: Sequence[Article], run_id: str) -> int:
        """Insert articles and their new stories; already stored ids are left alone."""

    @abstractmethod
    def story_signatures(self) -> Iterator[tuple[str, str, bytes]]:
        """(article id, story id, MinHash signature) of every stored article."""

    # rejections and runs
    @abstractmethod
    def record_rejections(self, rejections: Sequence[Rejection], run_id: str) -> None: ...

    @abstractmethod
    def start_run(self, run_id: str, command: str, inputs: Sequence[str]) -> None: ...

    @abstractmethod
    def finish_run(self, summary: RunSummary, status: str) -> None: ...

    # event reports
    @abstractmethod
    def replace_reports(self, doc_ids: Sequence[str], reports: Sequence[EventReport], extractor_version: str) -> int:
        """Replace the machine's reports of these documents with ``reports`` (one transaction)."""

    @abstractmethod
    def articles_to_code(self, extractor_version: str, limit: int | None = None) -> Iterator[Article]:
        """Articles in a coded language with no reports from this extractor version yet."""

    # merged events (dedupe), merge decisions, claims
    @abstractmethod
    def unmerged_reports(self) -> list[dict]:
        """Event reports not yet in an event, with their article's outlet, url and published date."""

    @abstractmethod
    def merged_reports_between(self, first, last) -> list[dict]:
        """The reports of the events dated from ``first`` to ``last`` (the merger's context)."""

    @abstractmethod
    def reports_of_events(self, event_ids: Sequence[str]) -> list[dict]: ...

    @abstractmethod
    def stale_events(self) -> list[str]:
        """Events whose reports changed since the event was written."""

    @abstractmethod
    def split_links(self) -> list[tuple[str, str]]:
        """(event id, report id) pairs that must stay apart (undone merges)."""

    @abstractmethod
    def event_counters(self) -> dict[str, int]:
        """The highest event number given so far, per country code."""

    @abstractmethod
    def save_events(self, rows: Sequence[dict], assignments: dict[str, str], decisions: Sequence[Any], deleted: Sequence[str]) -> None:
        """Event rows, report -> event assignments, merge decisions and deleted events, in one transaction."""

    @abstractmethod
    def event_of_report(self, report_id: str) -> str | None: ...

    @abstractmethod
    def merge_log(self, event_id: str | None = None) -> list[dict]: ...

    @abstractmethod
    def undo_merge(self, merge_id: str) -> dict:
        """Detach the merged report from its event and record that the two stay apart."""

    @abstractmethod
    def replace_claims(self, doc_ids: Sequence[str], claims: Sequence[Any]) -> int:
        """Replace the claims (statistics, quotes, warnings) of these documents."""

    # reading merged events (the API and dashboard); filters: sahelwatch.store.filters.EventFilter
    @abstractmethod
    def query_events(self, f, sort: str = "event_date", order: str = "desc", limit: int = 50, offset: int = 0,
                     columns: tuple[str, ...] = ()) -> tuple[int, list[dict]]:
        """(how many events match, one page of them)."""

    @abstractmethod
    def event_detail(self, event_id: str) -> dict | None:
        """An event with its reports (their passages and field evidence), sources and merge decisions."""

    @abstractmethod
    def actor_summary(self, f, limit: int = 200) -> list[dict]: ...

    @abstractmethod
    def list_claims(self, kind: str | None = None, q: str | None = None, limit: int = 50, offset: int = 0) -> tuple[int, list[dict]]: ...

    @abstractmethod
    def timeseries(self, f, interval: str = "month", group_by: str | None = None) -> list[dict]:
        """Events and deaths per week or month, optionally per type, actor, admin1 or country."""

    @abstractmethod
    def facets(self) -> dict[str, Any]:
        """What the filters can choose among: countries, admin1 units, types, the date range."""

    @abstractmethod
    def for_thread(self) -> "Store":
        """The same store on a connection usable from another thread."""

    # gazetteer
    @abstractmethod
    def add_places(self, rows: Sequence[dict]) -> int:
        """Insert or update places (keyed by place_id); returns how many were new."""

    @abstractmethod
    def iter_places(self) -> Iterator[dict]: ...

    # reading
    @abstractmethod
    def status(self) -> dict[str, Any]: ...

    @abstractmethod
    def export_rows(self, table: str) -> tuple[list[str], Iterator[tuple]]:
        """Column names and rows of an export table (see EXPORT_TABLES)."""

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
