"""Claims (statistics, quotes, warnings) on the seed articles: precision and recall
against tests/extract/fixtures/seed_claims.yaml, per kind, with the share of found
claims whose speaker and other fields are right, and the extraction speed. The
articles are read from ../shared/seeds (never copied here).

    python bench/claims.py [--details]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
SEEDS = ROOT.parent / "shared" / "seeds"
FIXTURE = ROOT / "tests" / "extract" / "fixtures" / "seed_claims.yaml"
REPEATS = 20  # timed passes over each article


def run(details: bool = False) -> dict | None:
    from sahelwatch.extract.claims import claim_extractor
    from sahelwatch.extract.claims.evaluation import ClaimScore, score_claims

    if not SEEDS.is_dir():
        print(f"skipped: no seed articles at {SEEDS} (the shared folder beside the project)")
        return None
    fixture = yaml.safe_load(FIXTURE.read_text("utf-8"))
    extractor = claim_extractor(fixture.get("lang", "en"))
    total, by_kind = ClaimScore(), {}
    elapsed, chars = 0.0, 0
    for name, expected in fixture["articles"].items():
        path = SEEDS / f"{name}.txt"
        if not path.exists():
            print(f"skipped {name}: not in {SEEDS}")
            continue
        text = path.read_text("utf-8")
        claims = extractor.extract(text, name)  # a first pass warms the caches
        started = time.perf_counter()
        for _ in range(REPEATS):
            extractor.extract(text, name)
        elapsed += time.perf_counter() - started
        chars += len(text) * REPEATS
        for kind in ("statistic", "quote", "warning"):
            part = score_claims([e for e in expected if e["kind"] == kind], [c for c in claims if c.kind == kind])
            by_kind.setdefault(kind, ClaimScore()).add(part)
            total.add(part)
            if details:
                for item in part.missed:
                    print(f"MISS  {name} {kind}: {item}")
                for claim in part.extras:
                    print(f"EXTRA {name} {kind}: {claim.text[:100]!r} speaker={claim.speaker}")
                for item, fieldname, want, got in part.wrong:
                    print(f"WRONG {name} {kind} {fieldname}: expected {want!r}, got {got!r} ({item.get('words') or item.get('value')})")
    print(f"{'kind':<10} {'expected':>8} {'found':>6} {'extras':>6} {'precision':>9} {'recall':>7} {'speaker ok':>10} {'fields ok':>9}")
    for kind, score in list(by_kind.items()) + [("all", total)]:
        f = score.figures()
        print(f"{kind:<10} {f['expected']:>8} {f['found']:>6} {f['extras']:>6} {f['precision']:>9.3f} {f['recall']:>7.3f} "
              f"{f['speaker_right']:>10} {f['all_fields_right']:>9}")
    if chars:
        print(f"speed: {chars / elapsed / 1000:.0f} k characters/s on one core, lexicons and gazetteer loaded "
              f"({elapsed / REPEATS * 1000:.1f} ms for the {chars // REPEATS} characters of the seeds)")
    return total.figures()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--details", action="store_true", help="print misses, extra claims and wrong fields")
    run(parser.parse_args().details)


if __name__ == "__main__":
    main()
