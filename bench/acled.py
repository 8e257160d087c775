"""Shared helpers for the benchmarks that read ACLED's exports in ../shared/dev/acled.

ACLED's terms forbid redistribution: these rows are read at run time and
never written into the repository.
"""

from __future__ import annotations

import csv
import random
import sys
from collections import defaultdict
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
ACLED_DIR = ROOT.parent / "shared" / "dev" / "acled"

from sahelwatch.extract.actor_keys import ActorKeys  # noqa: E402,F401  (importable once src is on the path)


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

