"""Typed records passed between pipeline stages.

ingest -> RawDocument | Rejection
normalize -> Article (clean text, language, sentences, story)
later stages -> EventReport, Event, Claim (see store/migrations for their tables)
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from typing import Any


def utcnow() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def short_hash(*parts: str, length: int = 16) -> str:
    h = hashlib.sha256()
    for part in parts:
        h.update(part.encode("utf-8"))
        h.update(b"\x1f")
    return h.hexdigest()[:length]


@dataclass
class RawDocument:
    """One article as an input gave it, before cleaning.

    ``input_ref`` names where it came from precisely enough to find it again:
    a path, ``path:LINE`` for JSONL/CSV rows, ``feed#guid`` or a URL.
    """

    input_ref: str
    input_kind: str
    text: str
    id: str | None = None
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: Any = None  # raw value; parsed in normalize
    lang: str | None = None  # hint from the input, if any
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass
class Rejection:
    """An input (file, row, item or URL) that could not be read."""

    input_ref: str
    input_kind: str
    reason: str  # short code: unreadable, binary, empty, encoding, malformed_json, ...
    message: str  # one clear sentence naming the input

    @property
    def id(self) -> str:
        return short_hash(self.input_ref, self.reason)

    def __str__(self) -> str:
        return f"{self.input_ref}: {self.message}"


@dataclass
class Article:
    id: str
    content_hash: str
    text: str
    sentences: list[tuple[int, int]]
    lang: str  # ISO 639-1 code, or "und"
    lang_supported: bool  # in the configured set of coded languages
    input_ref: str
    input_kind: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: date | None = None
    story_id: str | None = None
    signature: bytes | None = None  # MinHash signature for near-duplicate grouping
    meta: dict[str, Any] = field(default_factory=dict)
    ingested_at: datetime = field(default_factory=utcnow)

    def sentence_texts(self) -> list[str]:
        return [self.text[s:e] for s, e in self.sentences]


@dataclass
class RunSummary:
    run_id: str
    seen: int = 0
    added: int = 0
    unchanged: int = 0
    rejected: int = 0
    new_stories: int = 0
    grouped: int = 0  # articles that joined an existing story
    coded: int = 0  # articles read by the event coder
    reports: int = 0  # event reports written
    claims: int = 0  # statistics, quotes and warnings written
    events_new: int = 0  # events started by this run's reports
    reports_merged: int = 0  # reports that joined an event already known
    rejections: list[Rejection] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.rejected == 0


@dataclass
class Span:
    start: int
    end: int
    text: str

    def as_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text}


# The fields of an event report, in the order of the `sahelwatch extract` contract.
REPORT_FIELDS = (
    "doc_id", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2",
    "assoc_actor_2", "inter2", "interaction", "civilian_targeting", "event_date", "time_precision",
    "country", "iso", "admin1", "admin2", "location", "latitude", "longitude", "geo_precision",
    "fatalities", "evidence", "confidence",
)


@dataclass
class EventReport:
    """One event as one document reports it, with the evidence for its fields."""

    doc_id: str
    event_type: str
    sub_event_type: str
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
    evidence: list[Span] = field(default_factory=list)
    field_evidence: dict[str, list[Span]] = field(default_factory=dict)
    factuality: str = "asserted"
    confidence: float = 0.5
    story_id: str | None = None
    extractor_version: str = ""
    location_rank: int = 9  # how specific the location mention was (0 best); internal, not exported
    places_named: set = field(default_factory=set)  # every place its sentences name (folded); internal

    def set_interaction(self) -> None:
        """ACLED's interaction code: the two inter codes, lower first (12, 27); one actor alone: 10 x inter (60)."""
        pair = sorted(x for x in (self.inter1, self.inter2) if x)
        self.interaction = int("".join(map(str, pair))) if len(pair) == 2 else (pair[0] * 10 if pair else None)

    @property
    def report_id(self) -> str:
        first = self.evidence[0] if self.evidence else Span(0, 0, "")
        return short_hash(self.doc_id, str(first.start), str(first.end), self.event_type, self.sub_event_type)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name in REPORT_FIELDS:
            value = getattr(self, name)
            if name == "event_date" and value is not None:
                value = value.isoformat()
            elif name == "evidence":
                value = [s.as_dict() for s in value]
            out[name] = value
        return out


CLAIM_KINDS = ("statistic", "quote", "warning")


@dataclass
class Claim:
    """What an article says beyond events: an aggregate statistic ('a record 54 attacks
    across Burkina Faso in July'), a quote with its speaker, or a warning/forecast
    ('JNIM could besiege Bamako'). Every field is read from ``evidence``."""

    doc_id: str
    kind: str  # statistic, quote, warning
    text: str  # the statistic's phrase, the quoted words, the warning's clause
    value: float | None = None  # statistic: the figure (54, 64 for 64%)
    unit: str | None = None  # statistic: count, percent
    counted: str | None = None  # statistic: what is counted ('attacks', 'violent events')
    actor: str | None = None  # canonical actor name when the claim is about a known actor
    place: str | None = None  # place or country the claim is about
    period: str | None = None  # 'July', 'since 2017', '2020' as written
    speaker: str | None = None  # who says or warns (a person or an organisation)
    speaker_role: str | None = None  # 'the UN expert on the Sahelian security landscape'
    evidence: list[Span] = field(default_factory=list)
    confidence: float = 0.5
    extractor_version: str = ""

    @property
    def claim_id(self) -> str:
        first = self.evidence[0] if self.evidence else Span(0, 0, self.text)
        return short_hash(self.doc_id, self.kind, str(first.start), str(first.end))

    def to_dict(self) -> dict[str, Any]:
        return {
            "claim_id": self.claim_id, "doc_id": self.doc_id, "kind": self.kind, "text": self.text,
            "value": self.value, "unit": self.unit, "counted": self.counted, "actor": self.actor,
            "place": self.place, "period": self.period, "speaker": self.speaker, "speaker_role": self.speaker_role,
            "evidence": [s.as_dict() for s in self.evidence], "confidence": self.confidence,
        }
