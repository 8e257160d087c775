"""Scoring claims against expected ones (tests/extract/fixtures/seed_claims.yaml).

An expected item names its kind and how to find it: a statistic by its value (and
unit), a quote or warning by a few key words that must all be in the claim's text.
Fields given are checked: ``speaker`` (null: no named speaker; a list: any of these
words), ``role``, ``actor``, ``place``, ``period``, ``counted`` (words, any of a list,
in the field, ignoring case and accents). ``optional`` items (borderline cases) are
neither required nor counted as false positives when found."""

from __future__ import annotations

from dataclasses import dataclass, field

from sahelwatch.extract.text import fold
from sahelwatch.models import Claim

FIELDS = {"speaker": "speaker", "role": "speaker_role", "actor": "actor", "place": "place", "period": "period", "counted": "counted"}


@dataclass
class ClaimScore:
    found: list[tuple[dict, Claim]] = field(default_factory=list)  # required items found
    missed: list[dict] = field(default_factory=list)
    extras: list[Claim] = field(default_factory=list)  # claims that match no item
    wrong: list[tuple[dict, str, object, object]] = field(default_factory=list)  # (item, field, expected, got)

    def add(self, other: "ClaimScore") -> None:
        self.found += other.found
        self.missed += other.missed
        self.extras += other.extras
        self.wrong += other.wrong

    def figures(self) -> dict:
        tp, fp, fn = len(self.found), len(self.extras), len(self.missed)
        wrong_items = {id(item) for item, *_ in self.wrong}
        right_speaker = sum(1 for item, _ in self.found if not any(w[0] is item and w[1] == "speaker" for w in self.wrong))
        return {
            "expected": tp + fn, "found": tp, "missed": fn, "extras": fp,
            "precision": round(tp / (tp + fp), 3) if tp + fp else 1.0,
            "recall": round(tp / (tp + fn), 3) if tp + fn else 1.0,
            "speaker_right": right_speaker,
            "all_fields_right": sum(1 for item, _ in self.found if id(item) not in wrong_items),
        }


def _words(value) -> list[str]:
    if value is None:
        return []
    return [fold(str(v)) for v in (value if isinstance(value, list) else [value])]


def _matches(item: dict, claim: Claim) -> bool:
    if claim.kind != item["kind"]:
        return False
    if item["kind"] == "statistic":
        if claim.value is None or abs(claim.value - float(item["value"])) > 1e-6:
            return False
        return "unit" not in item or claim.unit == item["unit"]
    text = fold(claim.text)
    return all(w in text for w in _words(item.get("words")))


def _check(item: dict, claim: Claim) -> list[tuple[dict, str, object, object]]:
    wrong = []
    for key, attr in FIELDS.items():
        if key not in item:
            continue
        want, got = item[key], getattr(claim, attr)
        if want is None:
            ok = got is None
        else:
            ok = got is not None and any(w in fold(got) for w in _words(want))
        if not ok:
            wrong.append((item, key, want, got))
    return wrong


def score_claims(expected: list[dict], claims: list[Claim]) -> ClaimScore:
    """Match each expected item to the first unused claim that fits, in order."""
    result = ClaimScore()
    used: set[int] = set()
    for item in expected:
        match = next((k for k, c in enumerate(claims) if k not in used and _matches(item, c)), None)
        if match is None:
            if not item.get("optional"):
                result.missed.append(item)
            continue
        used.add(match)
        if item.get("optional"):
            continue
        result.found.append((item, claims[match]))
        result.wrong += _check(item, claims[match])
    result.extras = [c for k, c in enumerate(claims) if k not in used]
    return result
