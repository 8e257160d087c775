"""Scoring the coder against a gold set (examples/gold): events matched by the
sentence that reports them, then field accuracy on the matched ones, and the
traps (forecasts, threats, statistics...) that must not become events."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from sahelwatch.extract.text import fold

FIELDS = ("event_type", "sub_event_type", "event_date", "fatalities", "country", "location")


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", fold(text)).strip()


def find_span(text: str, snippet: str) -> tuple[int, int] | None:
    """Where ``snippet`` sits in ``text``, ignoring case, accents and spacing."""
    folded = fold(text)
    target = fold(snippet).strip()
    pos = folded.find(target)
    if pos >= 0:
        return pos, pos + len(target)
    # spacing differs (HTML extraction): match on a whitespace-insensitive pattern
    pattern = r"\s+".join(re.escape(w) for w in target.split())
    m = re.search(pattern, folded)
    return (m.start(), m.end()) if m else None


def article_key(input_ref: str, article_id: str, root: str) -> list[str]:
    """Keys a stored article can be named by in the gold files."""
    ref = input_ref.replace("\\\\", "/")
    i = ref.find(root)
    rel = ref[i + len(root):].lstrip("/") if i >= 0 else ref
    keys = [rel]
    base = re.sub(r":\d+$", "", rel)
    keys.append(f"{base}#{article_id}")
    return keys


@dataclass
class GoldScore:
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    correct: dict = field(default_factory=lambda: {f: 0 for f in FIELDS})
    trap_hits: list = field(default_factory=list)
    no_event_reports: int = 0
    misses: list = field(default_factory=list)
    wrong: list = field(default_factory=list)  # (field, article, gold value, got value, evidence)
    extras: list = field(default_factory=list)

    def figures(self) -> dict:
        out = {
            "recall": self.matched / self.gold if self.gold else 0.0,
            "precision": self.matched / self.predicted if self.predicted else 0.0,
            "trap_violations": len(self.trap_hits),
            "no_event_reports": self.no_event_reports,
        }
        for f in FIELDS:
            out[f] = self.correct[f] / self.matched if self.matched else 0.0
        return out


def load_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def score(gold_dir: Path, articles: dict[str, dict], reports: dict[str, list[dict]]) -> GoldScore:
    """``articles``: gold key -> {"id", "text"}; ``reports``: article id -> report dicts
    (with ``evidence`` as a list of {start, end, text})."""
    events = load_jsonl(gold_dir / "events.jsonl")
    traps = load_jsonl(gold_dir / "traps.jsonl")
    empty = load_jsonl(gold_dir / "no_events.jsonl")
    result = GoldScore(gold=len(events))
    by_article: dict[str, list[dict]] = {}
    for event in events:
        by_article.setdefault(event["article"], []).append(event)
    covered = set(by_article) | {e["article"] for e in empty}
    for key in covered:
        article = articles.get(key)
        if article is None:
            raise KeyError(f"gold article {key!r} not found among the coded articles")
        predicted = list(reports.get(article["id"], []))
        result.predicted += len(predicted)
        if key in {e["article"] for e in empty}:
            result.no_event_reports += len(predicted)
        used: set[int] = set()
        for event in by_article.get(key, []):
            span = find_span(article["text"], event["evidence"])
            if span is None:
                raise ValueError(f"{key}: gold evidence not found in the article: {event['evidence'][:80]!r}")
            best = None
            for i, r in enumerate(predicted):
                if i in used:
                    continue
                if any(ev["start"] < span[1] and span[0] < ev["end"] for ev in r["evidence"]):
                    same_type = r["event_type"] == event["event_type"]
                    if best is None or (same_type and predicted[best]["event_type"] != event["event_type"]):
                        best = i
            if best is None:
                result.misses.append((key, event))
                continue
            used.add(best)
            result.matched += 1
            got = predicted[best]
            for f in FIELDS:
                want, have = event.get(f), got.get(f)
                if f == "location":
                    ok = bool(want and have and _norm(want) in _norm(have) or have and want and _norm(have) in _norm(want))
                else:
                    ok = str(want) == str(have)
                result.correct[f] += ok
                if not ok:
                    result.wrong.append((f, key, want, have, event["evidence"][:120]))
        result.extras.extend((key, r) for i, r in enumerate(predicted) if i not in used)
        for trap in (t for t in traps if t["article"] == key):
            span = find_span(article["text"], trap["text"])
            if span is None:
                continue
            for r in predicted:
                if any(ev["start"] < span[1] and span[0] < ev["end"] for ev in r["evidence"][:1]):
                    result.trap_hits.append((key, trap["kind"], trap["text"][:80]))
    return result
