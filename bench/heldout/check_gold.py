"""Consistency checks for the news-style development set (reads only files under bench/newsdev/
plus the taxonomy data file). Run: python3 bench/newsdev/check_gold.py"""
import datetime as dt
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TAXO = HERE.parent.parent / "src" / "sahelwatch" / "data" / "taxonomy.yaml"
KEYS = ["article", "event_type", "sub_event_type", "actor1", "actor2", "inter1", "inter2", "event_date",
        "time_precision", "country", "admin1", "location", "geo_precision", "fatalities", "evidence", "notes"]
FM_KEYS = {"title", "url", "outlet", "published", "lang", "synthetic", "note"}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
            "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6}
INTER = [("Military Forces", 1), ("Police Forces", 1), ("JNIM", 2), ("Islamic State", 2), ("VDP", 3),
         ("Unidentified Armed Group", 3), ("Dozo", 4), ("Fulani", 4), ("Ethnic Militia", 4), ("Rioters", 5), ("Protesters", 6), ("Civilians", 7)]
errors = []


def taxonomy():
    pairs, cur, in_types = set(), None, False
    for line in TAXO.read_text(encoding="utf-8").splitlines():
        if line.startswith("event_types:"):
            in_types = True
            continue
        if in_types and line and not line.startswith(" "):
            break
        if in_types and re.match(r"^  \S.*:$", line):
            cur = line.strip()[:-1]
        elif in_types and line.strip().startswith("- "):
            pairs.add((cur, line.strip()[2:]))
    return pairs


def load(p):
    return [json.loads(line) for line in (HERE / p).read_text(encoding="utf-8").splitlines() if line.strip()]


articles = {}
for f in sorted((HERE / "corpus" / "articles").glob("*.md")):
    raw = f.read_text(encoding="utf-8")
    _, fm, body = raw.split("---", 2)
    meta = dict(line.split(": ", 1) for line in fm.strip().splitlines())
    if set(meta) != FM_KEYS:
        errors.append(f"{f.name}: front matter keys {sorted(meta)}")
    if meta.get("synthetic") != "true" or "(synthetic)" not in meta.get("outlet", "") or ".example/" not in meta.get("url", ""):
        errors.append(f"{f.name}: synthetic flag/outlet/url")
    n = len(body.split())
    if not 250 <= n <= 600:
        errors.append(f"{f.name}: {n} words")
    pub = dt.date.fromisoformat(meta["published"][:10])
    articles[f"corpus/articles/{f.name}"] = {"body": body, "pub": pub, "lang": meta["lang"]}

pairs = taxonomy()
checked_weekdays = 0
assert len(pairs) == 25, len(pairs)
events, traps, none = load("gold/events.jsonl"), load("gold/traps.jsonl"), load("gold/no_events.jsonl")
for i, e in enumerate(events, 1):
    tag = f"event {i} ({e['article'][16:40]})"
    if list(e) != KEYS:
        errors.append(f"{tag}: keys {list(e)}")
    art = articles.get(e["article"])
    if art is None:
        errors.append(f"{tag}: unknown article")
        continue
    if e["evidence"] not in art["body"]:
        errors.append(f"{tag}: evidence not a substring")
    if (e["event_type"], e["sub_event_type"]) not in pairs:
        errors.append(f"{tag}: bad type pair {e['event_type']} / {e['sub_event_type']}")
    d = dt.date.fromisoformat(e["event_date"])
    if not (art["pub"] - dt.timedelta(days=31) <= d <= art["pub"]):
        errors.append(f"{tag}: date {d} vs published {art['pub']}")
    if e["time_precision"] == 2 and d.weekday() != 0 and not re.search(r"annonc|announc", e["evidence"]):
        errors.append(f"{tag}: precision-2 date {d} is not a Monday")
    named = [WEEKDAYS[w] for w in re.findall(r"[a-z]+", e["evidence"].lower()) if w in WEEKDAYS]
    checked_weekdays += bool(named)
    if named and d.weekday() != named[0]:
        errors.append(f"{tag}: weekday {d.strftime('%A')} but text names {named[0]}")
    if named and (art["pub"] - d).days > 6:
        errors.append(f"{tag}: {d} is not the most recent such weekday before {art['pub']}")
    for actor, code in ((e["actor1"], e["inter1"]), (e["actor2"], e["inter2"])):
        want = 0 if actor is None else next((c for k, c in INTER if k in actor), None)
        if want != code:
            errors.append(f"{tag}: inter {code} for {actor}")
    for actor in (e["actor1"], e["actor2"]):
        m = re.search(r"^(?:Civilians|Protesters|Rioters|Unidentified Armed Group|.* Militia) \(([^()]+)\)$", actor or "")
        if m and m.group(1) != e["country"]:
            errors.append(f"{tag}: actor {actor} does not match country {e['country']}")
    if e["inter1"] == 7:
        errors.append(f"{tag}: civilians cannot be actor1")
    if e["actor2"] is None and e["event_type"] not in ("Strategic developments", "Protests"):
        errors.append(f"{tag}: {e['event_type']} without actor2")
    if e["geo_precision"] not in (1, 2, 3) or e["time_precision"] not in (1, 2, 3) or not isinstance(e["fatalities"], int):
        errors.append(f"{tag}: precision/fatalities types")
for t in traps:
    art = articles.get(t["article"])
    if art is None or t["text"] not in art["body"]:
        errors.append(f"trap not found: {t['text'][:60]}")
    if t["kind"] not in {"forecast", "threat", "negation", "hypothetical", "statistic", "history", "plan", "denial"}:
        errors.append(f"trap kind {t['kind']}")
    for e in events:
        if e["article"] == t["article"] and (t["text"] in e["evidence"] or e["evidence"] in t["text"]):
            errors.append(f"trap overlaps evidence: {t['text'][:60]}")
with_events = {e["article"] for e in events}
without = {n["article"] for n in none}
if with_events & without or (with_events | without) != set(articles):
    errors.append("each article must be in exactly one of events.jsonl / no_events.jsonl")
manifest = {m["file"]: m for m in load("manifest.jsonl")}
if set(manifest) != set(articles):
    errors.append("manifest does not list exactly the articles")
for f, m in manifest.items():
    if m["has_events"] != (f in with_events) or m["lang"] != articles[f]["lang"]:
        errors.append(f"manifest mismatch for {f}")

langs = [a["lang"] for a in articles.values()]
if langs.count("en") != langs.count("fr"):
    errors.append(f"languages unbalanced: {langs.count('en')} en / {langs.count('fr')} fr")
print(f"{len(articles)} articles, {len(events)} events, {len(traps)} traps, {len(none)} without events; "
      f"{checked_weekdays} named weekdays checked against event_date")
for err in errors:
    print("ERROR", err)
sys.exit(1 if errors else 0)
