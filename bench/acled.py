"""Shared helpers for the benchmarks that read ACLED's exports in ../shared/dev/acled.

ACLED's terms forbid redistribution: these rows are read at run time and
never written into the repository.
"""

from __future__ import annotations

import csv
import random
import re
import sys
from collections import defaultdict
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
ACLED_DIR = ROOT.parent / "shared" / "dev" / "acled"


def load_rows(folder: Path = ACLED_DIR) -> list[dict]:
    files = sorted(folder.glob("*.csv"))
    if not files:
        sys.exit(f"no ACLED exports in {folder}: this benchmark needs ../shared/dev/acled")
    rows = []
    for path in files:
        with open(path, encoding="utf-8", newline="") as handle:
            for i, row in enumerate(csv.DictReader(handle)):
                if i == 0 and row.get("event_id_cnty", "").startswith("#"):
                    continue  # the HXL tag row
                rows.append(row)
    return rows


def published(row: dict):
    """ACLED's upload timestamp stands in for the publication date."""
    return datetime.fromtimestamp(int(row["timestamp"]), timezone.utc).date()


def stratified_sample(rows: list[dict], years: set[str], size: int, seed: int = 2020) -> list[dict]:
    """A fixed sample, stratified by event type in proportion to the population."""
    pool = sorted((r for r in rows if r["year"] in years), key=lambda r: r["event_id_cnty"])
    by_type = defaultdict(list)
    for r in pool:
        by_type[r["event_type"]].append(r)
    rng = random.Random(seed)
    sample = []
    for event_type in sorted(by_type):
        group = by_type[event_type]
        take = round(size * len(group) / len(pool))
        sample.extend(rng.sample(group, min(take, len(group))))
    return sorted(sample, key=lambda r: r["event_id_cnty"])[:size]


_STATE = re.compile(r"^(?:Military|Police) Forces of (.+?) \(")
_GOV = re.compile(r"^Government of (.+?) \(")


class ActorKeys:
    """Organisation key of an ACLED actor name: the same organisation family
    (data/actors.yaml `org`), or the same country's state forces."""

    def __init__(self):
        from sahelwatch.datafiles import load_yaml

        data = load_yaml("actors.yaml")
        self.exact = {}
        self.templates = []
        for actor in data["actors"]:
            if "{country}" in actor["name"]:
                self.templates.append((re.compile("^" + re.escape(actor["name"]).replace(r"\{country\}", "(.+)") + "$"), actor["org"]))
            else:
                self.exact[actor["name"]] = actor["org"]
            for other in actor.get("acled_names", []):
                self.exact[other] = actor["org"]
        for entry in data["generic"].values():
            self.templates.append((re.compile("^" + re.escape(entry["name"]).replace(r"\{country\}", "(.+)") + "$"), entry["org"]))
        for combo in data.get("combined", []):
            self.exact[combo["name"]] = "+".join(sorted(combo["members"]))

    def key(self, name: str | None) -> str | None:
        if not name:
            return None
        m = _STATE.match(name) or _GOV.match(name)
        if m:
            return f"state:{m.group(1)}"
        if name in self.exact:
            return self.exact[name]
        for pattern, org in self.templates:
            m = pattern.match(name)
            if m:
                return f"{org}:{m.group(1)}" if org in ("unidentified", "civilians", "protesters", "rioters", "communal") else org
        return name.split(":")[0].strip()
