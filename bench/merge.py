"""Merging reports into events, on a generated stream (issue 5).

500 true events, each reported 1 to 6 times in different words, in English and
French, with the date and place given at varying precision (the day, a weekday,
'last week', the month; the village, 'near' it, its region) and differing death
counts. Every text goes through the real coder, then the merger. Prints the
number of events out against the true count, pairwise merge precision and
recall over the reports, and the time to merge 100,000 generated reports on one
core (blocking by country and day, never all pairs).

    python bench/merge.py [--events 500] [--seed 7] [--speed 100000]

Every text is generated here at run time from the templates below: synthetic,
not real reports.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import Counter, defaultdict
from datetime import date, timedelta
from itertools import combinations
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from sahelwatch.dedupe import MemberReport, merge_order, merger_for, second_look  # noqa: E402
from sahelwatch.extract import EventExtractor  # noqa: E402
from sahelwatch.settings import load_settings  # noqa: E402

DAYS = 365  # the stream covers a year
ZIPF = 1.0  # places are drawn with weights 1/rank**ZIPF: a few hot spots (as in ACLED's data), many quiet places


def curated_places() -> list[tuple[str, str, str]]:
    """(place, ISO2, region) of the curated Sahel places in Mali, Burkina Faso and Niger (the built-in gazetteer)."""
    from sahelwatch.geocode.gazetteer import Gazetteer

    gaz = Gazetteer()
    found = {(p.name, p.country, p.admin1) for places in gaz.index.values() for p in places
             if p.source == "builtin:supplement" and p.country in ("ML", "BF", "NE") and p.kind in ("town", "village", "locality") and p.admin1}
    return sorted(found)


# (English name, French name with its 'de' contracted)
GROUPS = {"ML": [("JNIM", "du JNIM"), ("Islamic State Sahel Province", "de l'État islamique au Sahel")],
          "BF": [("JNIM", "du JNIM"), ("Ansarul Islam", "d'Ansaroul Islam")],
          "NE": [("Islamic State Sahel Province", "de l'État islamique au Sahel"), ("ISWAP", "de l'ISWAP")]}
ARMY = {"ML": ("Malian soldiers", "des soldats maliens"), "BF": ("Burkinabe soldiers", "des soldats burkinabè"),
        "NE": ("Nigerien soldiers", "des soldats nigériens")}
NUM_EN = "zero one two three four five six seven eight nine ten eleven twelve".split()
NUM_FR = "zéro un deux trois quatre cinq six sept huit neuf dix onze douze".split()
MONTHS_EN = "January February March April May June July August September October November December".split()
MONTHS_FR = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
DAYS_EN = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
DAYS_FR = "lundi mardi mercredi jeudi vendredi samedi dimanche".split()

TEMPLATES = {
    "post": {
        "en": ["{group} fighters attacked a military post {where} {when}, killing {n} {army}, security sources said.",
               "{When}, suspected {group} militants stormed an army position {where}. {N} soldiers were killed in the assault.",
               "{N} soldiers died when gunmen attacked their base {where} {when}, a local official said."],
        "fr": ["Des combattants {group} ont attaqué un poste militaire {where} {when}, tuant {n} soldats, selon des sources sécuritaires.",
               "{When}, {n} soldats ont été tués lors de l'attaque d'une position de l'armée {where} par des hommes armés."],
    },
    "village": {
        "en": ["Gunmen killed {n} civilians in an attack {where} {when}, residents said.",
               "{When}, suspected {group} militants raided a village {where} and shot dead {n} villagers."],
        "fr": ["Des hommes armés ont tué {n} civils lors d'une attaque {where} {when}, selon des habitants.",
               "{When}, des jihadistes présumés {group} ont attaqué un village {where}, tuant {n} villageois."],
    },
    "ied": {
        "en": ["A roadside bomb struck an army vehicle {where} {when}, killing {n} soldiers.",
               "{When}, {n} soldiers were killed when their vehicle hit an improvised explosive device {where}."],
        "fr": ["Un engin explosif improvisé a touché un véhicule de l'armée {where} {when}, tuant {n} soldats.",
               "{When}, {n} militaires ont été tués par l'explosion d'une mine {where}."],
    },
    "abduction": {
        "en": ["Suspected {group} militants abducted {n} traders {where} {when}, relatives said.",
               "{When}, gunmen kidnapped {n} passengers from a bus {where}."],
        "fr": ["Des hommes armés ont enlevé {n} commerçants {where} {when}, selon leurs proches.",
               "{When}, des jihadistes présumés {group} ont enlevé {n} passagers d'un car {where}."],
    },
}


def when_phrase(rng, lang, day: date, published: date) -> tuple[str, str]:
    """A way of giving the date: the day, the weekday, last week or the month."""
    months, days = (MONTHS_EN, DAYS_EN) if lang == "en" else (MONTHS_FR, DAYS_FR)
    choice = rng.choices(["day", "weekday", "week", "month"], [0.45, 0.35, 0.12, 0.08])[0]
    if choice == "weekday" and 0 < (published - day).days < 7:
        return ("on " if lang == "en" else "") + days[day.weekday()], "weekday"
    if choice == "week" and 7 <= (published - day).days < 14:
        return ("last week", "week") if lang == "en" else ("la semaine dernière", "week")
    if choice == "month":
        return (f"in {months[day.month - 1]}", "month") if lang == "en" else (f"en {months[day.month - 1]}", "month")
    return (f"on {day.day} {months[day.month - 1]} {day.year}", "day") if lang == "en" else (f"le {day.day} {months[day.month - 1]} {day.year}", "day")


def where_phrase(rng, lang, place: str, region: str) -> str:
    choice = rng.choices(["in", "village", "near", "region"], [0.45, 0.2, 0.28, 0.07])[0]
    if lang == "en":
        return {"in": f"in {place}", "village": f"in the locality of {place}", "near": f"near {place}", "region": f"in the {region} region"}[choice]
    de = "de " if region[0].lower() not in "aeiouéè" else "d'"
    return {"in": f"à {place}", "village": f"dans la localité de {place}", "near": f"près de {place}", "region": f"dans la région {de}{region}"}[choice]


def generate(n_events: int, seed: int):
    """[(doc_id, lang, published, text, true_event)] for n_events events reported 1-6 times."""
    rng = random.Random(seed)
    start = date(2025, 1, 1)
    places = curated_places()
    rng.shuffle(places)
    weights = [1 / (rank + 1) ** ZIPF for rank in range(len(places))]
    docs, truth = [], []
    taken: set[tuple[str, str, date]] = set()
    for ev in range(n_events):
        while True:
            place, country, region = rng.choices(places, weights)[0]
            kind = rng.choice(list(TEMPLATES))
            day = start + timedelta(days=rng.randrange(DAYS))
            # two events of one kind at one place within a day are one event to any reader: the stream
            # holds none (other kinds, or other days, at the same place are kept)
            if not any((place, kind, day + timedelta(days=d)) in taken for d in (-1, 0, 1)):
                break
        taken.add((place, kind, day))
        truth.append((place, day))
        group = rng.choice(GROUPS[country])
        n = rng.randint(2, 12)
        for k in range(rng.choices([1, 2, 3, 4, 5, 6], [0.2, 0.25, 0.2, 0.15, 0.1, 0.1])[0]):
            lang = rng.choice(["en", "fr"])
            published = day + timedelta(days=rng.choice([1, 1, 2, 3, 5, 9]))
            told = day + timedelta(days=1) if rng.random() < 0.1 else day  # one source in ten is a day off (a night attack)
            when, _ = when_phrase(rng, lang, told, published)
            count = n if rng.random() < 0.75 else min(12, n + rng.choice([1, 2]))
            nums = NUM_EN if lang == "en" else NUM_FR
            template = rng.choice(TEMPLATES[kind][lang])
            text = template.format(
                group=group[0] if lang == "en" else group[1],
                where=where_phrase(rng, lang, place, region), when=when, When=when[:1].upper() + when[1:],
                n=nums[count], N=nums[count].capitalize(), army=ARMY[country][0] if lang == "en" else ARMY[country][1])
            docs.append((f"gen-{ev}-{k}", lang, published, text, ev))
    return docs, truth


def density(events: list[tuple[str, date]]) -> tuple[float, float, float]:
    """Share of events with another event at the same place within 1, 7 and 31 days."""
    by_place = defaultdict(list)
    for place, day in events:
        by_place[place].append(day)
    out = []
    for reach in (1, 7, 31):
        near = sum(any(abs((o - d).days) <= reach for o in by_place[p] if o is not d) or by_place[p].count(d) > 1 for p, d in events)
        out.append(near / len(events))
    return tuple(out)


def acled_density() -> tuple[float, float, float] | None:
    """The same shares in ACLED's 2019-2020 events for Mali, Burkina Faso and Niger, when ../shared is there."""
    folder = Path(__file__).resolve().parent.parent.parent / "shared" / "dev" / "acled"
    if not folder.is_dir():
        return None
    from acled import load_rows

    rows = [r for r in load_rows(folder) if r["year"] in ("2019", "2020")]
    return density([(r["location"], date.fromisoformat(r["event_date"])) for r in rows])


def member(report, published, story: str) -> MemberReport:
    row = {k: getattr(report, k) for k in MemberReport.__dataclass_fields__ if hasattr(report, k)}
    row.update(report_id=report.report_id, doc_id=report.doc_id, published=published, story_id=story, outlet=story,
               evidence=[s.as_dict() for s in report.evidence])
    m = MemberReport(**{k: v for k, v in row.items() if k in MemberReport.__dataclass_fields__})
    m.counted = bool(report.field_evidence.get("fatalities"))
    return m


def pairwise(truth: dict[str, int], predicted: dict[str, str]) -> tuple[float, float]:
    ids = sorted(truth)
    same_true = {(a, b) for a, b in combinations(ids, 2) if truth[a] == truth[b]}
    by_event = defaultdict(list)
    for rid in ids:
        by_event[predicted[rid]].append(rid)
    same_pred = {tuple(sorted(p)) for members in by_event.values() for p in combinations(members, 2)}
    tp = len(same_true & same_pred)
    return (tp / len(same_pred) if same_pred else 1.0), (tp / len(same_true) if same_true else 1.0)


def quality(args, settings) -> None:
    docs, events = generate(args.events, args.seed)
    extractor = EventExtractor()
    t = time.perf_counter()
    members, truth = [], {}
    missed = 0
    for doc_id, lang, published, text, ev in docs:
        found = extractor.extract(text, published, lang, doc_id)
        if not found:
            missed += 1
        for r in found:
            m = member(r, published, doc_id)
            members.append(m)
            truth[m.report_id] = ev
    coded = time.perf_counter() - t
    merger = merger_for(settings)
    t = time.perf_counter()
    second_look(merger, [merger.add(m) for m in merge_order(members)], settings.dedupe.second_look_threshold)
    merged = time.perf_counter() - t
    predicted = {m.report_id: m.event_id for c in merger.events.values() for m in c.members}
    precision, recall = pairwise(truth, predicted)
    true_events = len(set(truth.values()))
    out = len(merger.events)
    print(f"generated stream: {args.events} true events, {len(docs)} reports (texts) in en and fr; seed {args.seed}")
    mine, real = density(events), acled_density()
    print("  events with another at the same place within 1 / 7 / 31 days: " + " / ".join(f"{x:.2f}" for x in mine)
          + (" (ACLED 2019-2020, ML+BF+NE: " + " / ".join(f"{x:.2f}" for x in real) + ")" if real else ""))
    print(f"  coded in {coded:.1f} s: {len(members)} event reports, {missed} texts gave none ({missed / len(docs):.1%})")
    print(f"  true events with at least one report: {true_events}")
    print(f"  events out: {out}  ({(out - true_events) / true_events:+.1%} against the true count; target within 3%)"
          f"  {'OK' if abs(out - true_events) <= 0.03 * true_events else 'BELOW TARGET'}")
    print(f"  pairwise precision {precision:.3f} (target >= 0.97) {'OK' if precision >= 0.97 else 'BELOW TARGET'}")
    print(f"  pairwise recall    {recall:.3f} (target >= 0.93) {'OK' if recall >= 0.93 else 'BELOW TARGET'}")
    print(f"  merged {len(members)} reports in {merged:.2f} s")
    sizes = Counter(len(c.members) for c in merger.events.values())
    print(f"  event sizes: {dict(sorted(sizes.items()))}")


def speed(n: int, settings, seed: int) -> None:
    """n reports of n/3 events over five years and the whole region, merged on one core."""
    rng = random.Random(seed)
    coords = {"ML": (14.5, -4.0, 3.0), "BF": (12.5, -1.5, 2.0), "NE": (14.0, 3.0, 3.0)}
    names = {"ML": "Mali", "BF": "Burkina Faso", "NE": "Niger"}
    types = [("Battles", "Armed clash"), ("Violence against civilians", "Attack"), ("Explosions/Remote violence", "Remote explosive/landmine/IED")]
    reports = []
    events = n // 3
    for ev in range(events):
        iso2 = rng.choice(list(coords))
        lat0, lon0, spread = coords[iso2]
        lat, lon = lat0 + rng.uniform(-spread, spread), lon0 + rng.uniform(-spread, spread)
        day = date(2020, 1, 1) + timedelta(days=rng.randrange(5 * 365))
        event_type, sub = rng.choice(types)
        for k in range(3):
            tp = rng.choices([1, 2, 3], [0.8, 0.15, 0.05])[0]
            gp = rng.choices([1, 2, 3], [0.7, 0.25, 0.05])[0]
            reports.append(MemberReport(
                report_id=f"s{ev}-{k}", doc_id=f"d{ev}-{k}", event_type=event_type, sub_event_type=sub,
                event_date=day + timedelta(days=rng.choice([0, 0, 0, 1]) if tp == 1 else 0), time_precision=tp,
                country=names[iso2], location=f"place{ev}", latitude=lat + rng.uniform(-0.05, 0.05), longitude=lon + rng.uniform(-0.05, 0.05),
                geo_precision=gp, fatalities=rng.randint(0, 9), counted=True, confidence=0.7))
    merger = merger_for(settings)
    t = time.perf_counter()
    second_look(merger, [merger.add(r) for r in merge_order(reports)], settings.dedupe.second_look_threshold)
    elapsed = time.perf_counter() - t
    print(f"\nspeed: {len(reports):,} reports ({events:,} true events, 2020-2024, Mali, Burkina Faso, Niger) merged into "
          f"{len(merger.events):,} events (speed only: this stream is not scored) in {elapsed:.1f} s on one core (target < 60 s) {'OK' if elapsed < 60 else 'BELOW TARGET'}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=500)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--speed", type=int, default=100_000, help="reports in the speed run (0 to skip)")
    args = parser.parse_args()
    settings = load_settings()  # SAHELWATCH__DEDUPE__* in the environment tries other settings
    quality(args, settings)
    if args.speed:
        speed(args.speed, settings, args.seed)


if __name__ == "__main__":
    main()
