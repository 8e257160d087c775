"""Event-coding accuracy on ACLED's own coded events (../shared/dev/acled).

Text = ACLED's `notes`, publication date = the upload `timestamp`. A fixed,
stratified 2,000-event sample from 2019-2020 is coded and compared field by
field with ACLED's coding. Prints the figures against the targets of issue 3.

    python bench/accuracy.py [--size 2000] [--errors FIELD] [--model PATH]

--errors FIELD prints examples of mistakes on one field (event_type,
sub_event_type, actor1, fatalities, event_date, country). --model uses a
classifier trained with `sahelwatch train` (never trained on the test years).
"""

from __future__ import annotations

import argparse
import time
from collections import Counter

from acled import ACLED_DIR, ActorKeys, load_rows, published, stratified_sample

TARGETS = {"event_type": 0.92, "sub_event_type": 0.85, "actor1": 0.90, "fatalities": 0.92, "event_date": 0.97, "country": 0.99}


def score(sample, reports, keys: ActorKeys):
    hits = Counter()
    misses = {f: [] for f in TARGETS}
    for row, report in zip(sample, reports):
        got = report or {}
        checks = {
            "event_type": got.get("event_type") == row["event_type"],
            "sub_event_type": got.get("sub_event_type") == row["sub_event_type"],
            "actor1": keys.key(got.get("actor1")) == keys.key(row["actor1"]),
            "fatalities": got.get("fatalities") == int(row["fatalities"] or 0),
            "event_date": got.get("event_date") == row["event_date"],
            "country": got.get("country") == row["country"],
        }
        for field, ok in checks.items():
            if ok:
                hits[field] += 1
            else:
                misses[field].append((row, got))
    return {f: hits[f] / len(sample) for f in TARGETS}, misses


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=2000)
    parser.add_argument("--years", default="2019,2020")
    parser.add_argument("--errors", choices=list(TARGETS))
    parser.add_argument("--show", type=int, default=25)
    parser.add_argument("--model", help="a model file from `sahelwatch train`")
    parser.add_argument("--geonames", nargs="*", default=None,
                        help="GeoNames dumps to add to the gazetteer (default: all of ../shared/gazetteer/geonames; give none to use the built-in gazetteer only)")
    parser.add_argument("--split", choices=["test", "dev"], default="test",
                        help="test: the fixed sample (the figures to report); dev: the other events of the same years, for tuning")
    parser.add_argument("--no-sources", action="store_true", help="do not pass ACLED's `source` column (the outlets) to the coder")
    args = parser.parse_args()
    use_sources = not args.no_sources

    from sahelwatch.extract import EventExtractor

    rows = load_rows()
    years = set(args.years.split(","))
    sample = stratified_sample(rows, years, args.size)
    if args.split == "dev":
        held_out = {r["event_id_cnty"] for r in sample}
        sample = [r for r in rows if r["year"] in years and r["event_id_cnty"] not in held_out]
    from sahelwatch.geocode.gazetteer import Gazetteer
    from sahelwatch.geocode.geonames import parse_dump

    dumps = sorted(str(p) for p in (ACLED_DIR.parent.parent / "gazetteer" / "geonames").glob("*.txt")) if args.geonames is None else args.geonames
    gaz = Gazetteer()
    for dump in dumps:
        gaz.add_imported(parse_dump(dump))
    extractor = EventExtractor(gaz=gaz)
    if args.model:
        from sahelwatch.extract.model import TypeModel

        extractor.type_model = TypeModel.load(args.model)
    t = time.perf_counter()
    reports = []
    for row in sample:
        found = extractor.extract(row["notes"], published(row), "en", row["event_id_cnty"], source=row["source"] if use_sources else None)
        reports.append(found[0].to_dict() if found else None)
    elapsed = time.perf_counter() - t
    keys = ActorKeys()
    figures, misses = score(sample, reports, keys)
    mode = f"rules + model ({args.model})" if args.model else "rules only"
    mode += ", outlets passed" if use_sources else ", text only (no outlets)"
    mode += f", gazetteer: built-in + {len(dumps)} GeoNames dumps" if dumps else ", gazetteer: built-in only"
    print(f"accuracy on {len(sample)} ACLED events ({args.years}, {args.split} split), {mode}; {len(sample) / elapsed:.0f} notes/s")
    print(f"  no event found  {sum(r is None for r in reports) / len(sample):.3f}")
    for field, target in TARGETS.items():
        value = figures[field]
        print(f"  {field:15} {value:.3f}   (target >= {target:.2f})   {'OK' if value >= target else 'BELOW TARGET'}")
    if args.errors:
        field = args.errors
        print(f"\n{len(misses[field])} mistakes on {field}; by (gold, got):")
        pairs = Counter((row.get(field) if field != "actor1" else keys.key(row["actor1"]), (got or {}).get(field) if field != "actor1" else keys.key((got or {}).get("actor1"))) for row, got in misses[field])
        for (gold, got), n in pairs.most_common(15):
            print(f"  {n:4}  gold={gold!s:40.40}  got={got!s:.40}")
        print()
        for row, got in misses[field][: args.show]:
            print(f"- gold={row[field] if field != 'actor1' else row['actor1']!s}  got={(got or {}).get(field)}")
            print(f"  {row['notes'][:300]}")


if __name__ == "__main__":
    main()
