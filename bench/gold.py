"""The coder on the sample corpus's gold annotations (examples/gold): event
recall and precision, field accuracy on matched events, and traps violated.
The same figures gate CI (tests/extract/test_gold_gate.py).

    python bench/gold.py [--misses] [--extras] [--field FIELD] [--set examples|newsdev|newsdev2|newsdev3|newsdev4|newsdev5|newsdev6|heldout]

--set newsdev (and newsdev2 to newsdev6) scores bench/newsdev: news-style synthetic articles
annotated blind, scored blind once, then used for development. --set heldout scores bench/heldout: written the same
way and never used to tune the coder, to see whether what the gate shows carries over.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))


SETS = {"examples": ROOT / "examples", "newsdev": ROOT / "bench" / "newsdev", "newsdev2": ROOT / "bench" / "newsdev2",
        "newsdev3": ROOT / "bench" / "newsdev3", "newsdev4": ROOT / "bench" / "newsdev4",
        "newsdev5": ROOT / "bench" / "newsdev5",
        "newsdev6": ROOT / "bench" / "newsdev6", "heldout": ROOT / "bench" / "heldout"}


def run_gold(show_misses: bool = False, show_extras: bool = False, show_field: str | None = None, base: Path = SETS["examples"]) -> dict:
    from sahelwatch.extract.evaluation import article_key, score
    from sahelwatch.pipeline import Pipeline
    from sahelwatch.settings import load_settings
    from sahelwatch.store import open_store

    with tempfile.TemporaryDirectory() as tmp:
        settings = load_settings(overrides={"db": f"{tmp}/gold.duckdb", "progress": False}, environ={})
        store = open_store(settings.db)
        Pipeline(settings, store).run([str(base / "corpus")])
        articles = {}
        for aid, ref, text in store.con.execute("SELECT id, input_ref, text FROM articles").fetchall():
            for key in article_key(ref, aid, f"{base.name}/"):
                articles[key] = {"id": aid, "text": text}
        columns, rows = store.export_rows("reports")
        import json

        reports = {}
        for row in rows:
            r = dict(zip(columns, row))
            r["evidence"] = json.loads(r["evidence"])
            r["event_date"] = r["event_date"].isoformat() if r["event_date"] else None
            reports.setdefault(r["doc_id"], []).append(r)
        store.close()
    result = score(base / "gold", articles, reports)
    if show_misses:
        for key, event in result.misses:
            print(f"MISS {key}: {event['event_type']} / {event['sub_event_type']}: {event['evidence'][:140]}")
    if show_extras:
        for key, r in result.extras:
            print(f"EXTRA {key}: {r['event_type']} / {r['sub_event_type']}: {r['evidence'][0]['text'][:140]}")
    for f, key, want, have, evidence in result.wrong:
        if f == show_field:
            print(f"WRONG {f}: gold={want} got={have} | {key}: {evidence}")
    for key, kind, text in result.trap_hits:
        print(f"TRAP {kind} {key}: {text}")
    return result.figures()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true")
    parser.add_argument("--extras", action="store_true")
    parser.add_argument("--field", help="print the matched events whose FIELD is wrong")
    parser.add_argument("--set", choices=sorted(SETS), default="examples", help="examples: the CI gate's set; newsdev: a development set; heldout: never tuned on")
    args = parser.parse_args()
    base = SETS[args.set]
    if not (base / "gold" / "events.jsonl").exists():
        sys.exit(f"gold.py: no gold set at {base / 'gold'}")
    figures = run_gold(args.misses, args.extras, args.field, base)
    print(f"gold set ({base.relative_to(ROOT)}/gold):")
    for name, value in figures.items():
        print(f"  {name:18} {value:.3f}" if isinstance(value, float) else f"  {name:18} {value}")


if __name__ == "__main__":
    main()
