"""The API under load (issue 6): a generated store of 200,000 events, `sahelwatch serve`
started as its own process, and concurrent clients in this process measuring p50
and p95 latency and requests per second for the event list, filtered lists, an
event, the actors and the time series.

    python bench/api.py [--events 200000] [--clients 8] [--requests 400] [--keep]

The events are generated here (synthetic: random places of Mali, Burkina Faso and
Niger, 2018-2025), not coded from text: this measures the API, not the coder.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

import httpx  # noqa: E402

from sahelwatch.store import open_store  # noqa: E402

TYPES = [("Battles", "Armed clash"), ("Violence against civilians", "Attack"), ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
         ("Violence against civilians", "Abduction/forced disappearance"), ("Protests", "Peaceful protest"), ("Strategic developments", "Looting/property destruction")]
ACTORS = ["JNIM: Group for Support of Islam and Muslims", "Islamic State (Greater Sahara)", "Unidentified Armed Group ({c})",
          "Military Forces of {c}", "Dozo Communal Militia ({c})", "VDP: Volunteers for the Defense of the Homeland"]
COUNTRIES = {"Mali": ("MLI", 466, [("Mopti", 14.5, -4.0), ("Gao", 16.3, 0.0), ("Ségou", 13.4, -6.2), ("Tombouctou", 16.8, -3.0)]),
             "Burkina Faso": ("BFA", 854, [("Sahel", 14.0, -0.5), ("Nord", 13.6, -2.4), ("Est", 12.1, 0.4), ("Centre-Nord", 13.1, -1.1)]),
             "Niger": ("NER", 562, [("Tillaberi", 14.2, 1.5), ("Diffa", 13.3, 12.6), ("Tahoua", 14.9, 5.3)])}


def generate(path: str, n: int, seed: int = 11) -> None:
    rng = random.Random(seed)
    start = date(2018, 1, 1)
    counters: dict[str, int] = {}
    rows = []
    for _ in range(n):
        country = rng.choice(list(COUNTRIES))
        iso3, iso, regions = COUNTRIES[country]
        admin1, lat, lon = rng.choice(regions)
        counters[iso3] = counters.get(iso3, 0) + 1
        event_type, sub = rng.choice(TYPES)
        day = start + timedelta(days=rng.randrange(8 * 365))
        deaths = max(0, int(rng.expovariate(0.25))) if event_type != "Protests" else 0
        rows.append({
            "event_id_cnty": f"{iso3}-{counters[iso3]}", "data_id": len(rows), "iso": iso, "event_id_no_cnty": counters[iso3],
            "event_date": day, "year": day.year, "time_precision": 1, "event_type": event_type, "sub_event_type": sub,
            "actor1": rng.choice(ACTORS).format(c=country), "actor2": f"Civilians ({country})", "inter1": 2, "inter2": 7,
            "interaction": 27, "region": "Western Africa", "country": country, "admin1": admin1,
            "location": f"Place {rng.randrange(3000)}", "latitude": lat + rng.uniform(-1.5, 1.5), "longitude": lon + rng.uniform(-1.5, 1.5),
            "geo_precision": 1, "source": "Generated (synthetic)", "notes": f"Synthetic event {len(rows)} near a market and a road.",
            "fatalities": deaths, "timestamp": 0, "iso3": iso3, "n_reports": 1, "n_sources": 1, "confidence": 0.5,
            "sources": "[]", "evidence": "[]", "updated_at": datetime.now(),
        })
    with open_store(path) as store:
        for i in range(0, len(rows), 20000):
            store.save_events(rows[i:i + 20000], {}, [], [])


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def measure(base: str, name: str, paths: list[str], clients: int, requests: int) -> tuple[float, float, float]:
    def one(i: int) -> float:
        with httpx.Client(base_url=base, timeout=30) as c:
            out = []
            for k in range(requests // clients):
                t = time.perf_counter()
                r = c.get(paths[(i + k) % len(paths)])
                r.raise_for_status()
                out.append(time.perf_counter() - t)
            return out

    t = time.perf_counter()
    with ThreadPoolExecutor(clients) as pool:
        times = [x for chunk in pool.map(one, range(clients)) for x in chunk]
    wall = time.perf_counter() - t
    times.sort()
    p50, p95 = statistics.median(times) * 1000, times[int(0.95 * (len(times) - 1))] * 1000
    print(f"  {name:34} p50 {p50:6.1f} ms   p95 {p95:6.1f} ms   {len(times) / wall:6.0f} req/s")
    return p50, p95, len(times) / wall


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=200_000)
    parser.add_argument("--clients", type=int, default=4, help="concurrent clients (the machine has 2 cores: more only queue)")
    parser.add_argument("--requests", type=int, default=400)
    parser.add_argument("--keep", action="store_true", help="keep the generated store (its path is printed)")
    args = parser.parse_args()
    folder = tempfile.mkdtemp(prefix="sahelwatch-api-")
    db = os.path.join(folder, "api.duckdb")
    t = time.perf_counter()
    generate(db, args.events)
    print(f"generated store: {args.events:,} events in {time.perf_counter() - t:.1f} s ({db})")
    port = free_port()
    server = subprocess.Popen([sys.executable, "-c", "from sahelwatch.serve.cli import main; main()", "--db", db, "-q", "serve", "--port", str(port)],
                              stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(200):
            try:
                if httpx.get(base + "/api/health", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.1)
        else:
            sys.exit(f"the server did not start: {server.stderr.read() if server.poll() is not None else ''}")
        print(f"server: its own process (pid {server.pid}), {args.clients} concurrent clients, {args.requests} requests per endpoint\n")
        some = [e["event_id_cnty"] for e in httpx.get(base + "/api/events", params={"limit": 200}).json()["events"]]
        rng = random.Random(5)
        n = args.requests

        def window() -> str:
            first = date(2018, 1, 1) + timedelta(days=rng.randrange(6 * 365))
            return f"date_from={first}&date_to={first + timedelta(days=rng.choice([30, 90, 365, 730]))}"

        # every request a different question (no two alike, so that no answer comes from the cache)
        lists = [f"/api/events?limit=50&offset={50 * rng.randrange(40)}&sort={rng.choice(['event_date', 'fatalities'])}&i={i}" for i in range(n)]
        filtered = [rng.choice([f"/api/events?country={rng.choice(['Mali', 'Niger', 'Burkina%20Faso'])}&event_type=Battles&{window()}",
                                f"/api/events?min_fatalities={rng.randrange(1, 9)}&sort=fatalities&{window()}",
                                f"/api/events?admin1={rng.choice(['Sahel', 'Mopti', 'Tillaberi', 'Est'])}&{window()}",
                                f"/api/events?actor=jnim&{window()}",
                                f"/api/events?bbox={rng.randrange(-6, 0)},12,{rng.randrange(1, 4)},16&{window()}"]) + f"&i={i}" for i in range(n)]
        series = [rng.choice([f"/api/timeseries?interval=month&group_by=event_type&{window()}",
                              f"/api/timeseries?interval=week&country=Burkina%20Faso&{window()}",
                              f"/api/timeseries?interval=month&group_by=admin1&event_type=Battles",
                              f"/api/timeseries?interval=month&group_by=actor&{window()}"]) + f"&i={i}" for i in range(n)]
        print("every request a different question (answers computed, none from the cache):")
        results = {
            "event list": measure(base, "event list (pages, two sorts)", lists, args.clients, n),
            "event list, filtered": measure(base, "event list, filtered", filtered, args.clients, n),
            "time series": measure(base, "time series", series, args.clients, n),
        }
        measure(base, "one event", [f"/api/events/{i}?i={k}" for k, i in enumerate(some * 3)], args.clients, n)
        measure(base, "actors", [f"/api/actors?{window()}&i={i}" for i in range(100)], args.clients, min(n, 100))
        measure(base, "text search", [f"/api/events?q={rng.choice(['market', 'road', 'road%20market'])}&{window()}&i={i}" for i in range(200)],
                args.clients, min(n, 200))
        print("\nanalysts opening the same dashboard (the same questions again: answers from the cache):")
        dashboard = ["/api/meta", "/api/events.geojson?limit=5000", "/api/timeseries?interval=month&group_by=event_type",
                     "/api/events?sort=event_date&order=desc&limit=25&offset=0", "/api/claims?kind=statistic&limit=50"]
        measure(base, "dashboard load, repeated", dashboard, args.clients, n)
        print()
        for name in ("event list", "event list, filtered", "time series"):
            p95 = results[name][1]
            print(f"  target p95 < 100 ms, {name}: {p95:.1f} ms {'OK' if p95 < 100 else 'BELOW TARGET'}")
    finally:
        server.terminate()
        server.wait(timeout=10)
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
