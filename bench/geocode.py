"""Geocoding accuracy on ACLED's own coded events (../shared/dev/acled).

Each event's `notes` go through the coder (`sahelwatch extract`'s engine); the
first report's point, geo_precision and country are compared with ACLED's.
Two naive baselines run on the same notes with the same gazetteer: the first
capitalised name the gazetteer knows (its first entry), and the most populous
of all the gazetteer's matches in the note. Prints the figures against the
targets of issue 4, with GeoNames dumps imported and with the built-in
gazetteer only, plus the geocoder's speed.

    python bench/geocode.py [--size 2000] [--split test|dev] [--errors N] [--no-sources]
"""

from __future__ import annotations

import argparse
import math
import re
import time
from collections import Counter

from acled import ACLED_DIR, load_rows, published, stratified_sample

TARGETS = {
    "imported": {"within_25km": 0.85, "within_50km": 0.92, "geo_precision": 0.85, "country": 0.99},
    "builtin": {"within_50km": 0.70},
}
_NAME = re.compile(r"[A-ZÀ-Ý][\w'’\-]*(?:[ -][A-ZÀ-Ý][\w'’\-]*)*")


def km(lat1, lon1, lat2, lon2) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(min(1.0, a)))


def _precision_of(place) -> int:
    return 3 if place.kind == "admin1" else 2 if place.kind == "admin2" else 1


def baseline(gaz, notes: str, how: str):
    """(lat, lon, precision, country iso2) of a naive pick, or None."""
    found = []
    for m in _NAME.finditer(notes):
        places = [p for p in gaz.lookup(m.group(0), fuzzy=False) if p.kind != "country" and p.lat is not None]
        if places:
            if how == "first":
                p = places[0]
                return p.lat, p.lon, _precision_of(p), p.country
            found.extend(places)
    if not found:
        return None
    p = max(found, key=lambda p: p.population)
    return p.lat, p.lon, _precision_of(p), p.country


def score(sample, picks, gaz) -> dict:
    n = len(sample)
    hits = Counter()
    for row, pick in zip(sample, picks):
        if pick is None:
            continue
        lat, lon, precision, country = pick
        if country and gaz.country_name(country) == row["country"]:
            hits["country"] += 1
        if lat is None:
            continue
        hits["coordinates"] += 1
        d = km(lat, lon, float(row["latitude"]), float(row["longitude"]))
        hits["within_25km"] += d <= 25
        hits["within_50km"] += d <= 50
        hits["geo_precision"] += precision == int(row["geo_precision"])
    return {k: hits[k] / n for k in ("within_25km", "within_50km", "geo_precision", "country", "coordinates")}


def ceiling(sample, gaz) -> dict:
    """How far a name-based geocoder can get with this gazetteer: the share of events whose ACLED
    location name (the answer itself, given away) the gazetteer knows near ACLED's point. Villages
    ACLED codes that the gazetteer lacks cannot be found from their names, whatever the text says."""
    hits = Counter()
    for row in sample:
        lat, lon = float(row["latitude"]), float(row["longitude"])

        def nearest(name: str) -> float:
            points = [p for p in gaz.lookup(name) if p.lat is not None]
            return min((km(p.lat, p.lon, lat, lon) for p in points), default=float("inf"))

        name, unit = nearest(row["location"]), nearest(row["admin2"]) if row["admin2"] else float("inf")
        hits["name_25km"] += name <= 25
        hits["name_50km"] += name <= 50
        hits["name_or_admin2_50km"] += min(name, unit) <= 50
    return {k: hits[k] / len(sample) for k in ("name_25km", "name_50km", "name_or_admin2_50km")}


def run_mode(sample, dumps, errors: int, use_sources: bool = True) -> None:
    from sahelwatch.extract import EventExtractor
    from sahelwatch.geocode.gazetteer import Gazetteer
    from sahelwatch.geocode.geonames import parse_dump

    t = time.perf_counter()
    gaz = Gazetteer()
    load_builtin = time.perf_counter() - t
    t = time.perf_counter()
    for dump in dumps:
        gaz.add_imported(parse_dump(dump))
    load_imported = time.perf_counter() - t
    extractor = EventExtractor(gaz=gaz)
    picks, reports = [], []
    for row in sample:
        found = extractor.extract(row["notes"], published(row), "en", row["event_id_cnty"], source=row["source"] if use_sources else None)
        r = found[0] if found else None
        reports.append(r)
        if r is None:
            picks.append(None)
            continue
        iso2 = next((c.iso2 for c in gaz.countries.values() if c.name == r.country), None)
        picks.append((r.latitude, r.longitude, r.geo_precision, iso2))
    mode = "imported" if dumps else "builtin"
    print(f"\n== gazetteer: built-in ({load_builtin:.1f} s)" + (f" + {len(dumps)} GeoNames dumps ({load_imported:.1f} s)" if dumps else " only"))
    rows = [("sahelwatch", score(sample, picks, gaz))]
    for how in ("first", "populous"):
        rows.append((f"baseline: {how} match", score(sample, [baseline(gaz, r["notes"], how) for r in sample], gaz)))
    print(f"  {'':24} {'<=25 km':>8} {'<=50 km':>8} {'geo_prec':>8} {'country':>8} {'has point':>9}")
    for name, fig in rows:
        print(f"  {name:24} {fig['within_25km']:8.3f} {fig['within_50km']:8.3f} {fig['geo_precision']:8.3f} {fig['country']:8.3f} {fig['coordinates']:9.3f}")
    for field, target in TARGETS[mode].items():
        value = rows[0][1][field]
        print(f"  target {field:14} >= {target:.2f}: {value:.3f} {'OK' if value >= target else 'BELOW TARGET'}")
    reach = ceiling(sample, gaz)
    print(f"  what this gazetteer can reach: ACLED's own location name is in it within 25 km of ACLED's point for "
          f"{reach['name_25km']:.3f} of events (50 km: {reach['name_50km']:.3f}); that name or its admin2's within 50 km: {reach['name_or_admin2_50km']:.3f}")
    if errors:
        shown = 0
        print(f"\n  first {errors} points farther than 50 km (or missing):")
        for row, pick, r in zip(sample, picks, reports):
            far = pick is None or pick[0] is None or km(pick[0], pick[1], float(row["latitude"]), float(row["longitude"])) > 50
            if far and shown < errors:
                shown += 1
                got = f"{r.location} {pick[0]},{pick[1]} p{pick[2]} {pick[3]}" if pick and r else "no report"
                print(f"  - gold: {row['location']} ({row['admin2']}, {row['admin1']}, {row['country']}) p{row['geo_precision']}; got: {got}")
                print(f"    {row['notes'][:220]}")
    speed(extractor, sample)


def speed(extractor, sample) -> None:
    """Toponyms found and resolved per second, end to end on the notes (finding the names,
    reading the article's context, scoring the candidates)."""
    extractor.gaz.forget_answers()  # cold: nothing remembered from the scoring pass over the same notes
    t = time.perf_counter()
    names = sum(len(extractor.geocode_text(row["notes"], "en")) for row in sample)
    elapsed = time.perf_counter() - t
    print(f"  speed: {names} toponyms found and resolved in {elapsed:.2f} s = {names / elapsed:,.0f}/s per core (target >= 2,000/s)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=2000)
    parser.add_argument("--years", default="2019,2020")
    parser.add_argument("--split", choices=["test", "dev"], default="test")
    parser.add_argument("--errors", type=int, default=0, help="print this many far-off points per mode")
    parser.add_argument("--mode", choices=["both", "imported", "builtin"], default="both")
    parser.add_argument("--no-sources", action="store_true", help="do not pass ACLED's `source` column (the outlets) to the coder")
    args = parser.parse_args()
    rows = load_rows()
    years = set(args.years.split(","))
    sample = stratified_sample(rows, years, args.size)
    if args.split == "dev":
        held_out = {r["event_id_cnty"] for r in sample}
        sample = [r for r in rows if r["year"] in years and r["event_id_cnty"] not in held_out]
    print(f"geocoding {len(sample)} ACLED events ({args.years}, {args.split} split), "
          + ("text only (no outlets)" if args.no_sources else "outlets passed (ACLED's `source` column)"))
    dumps = sorted(str(p) for p in (ACLED_DIR.parent.parent / "gazetteer" / "geonames").glob("*.txt"))
    if args.mode in ("both", "imported"):
        run_mode(sample, dumps, args.errors, not args.no_sources)
    if args.mode in ("both", "builtin"):
        run_mode(sample, [], args.errors, not args.no_sources)


if __name__ == "__main__":
    main()
