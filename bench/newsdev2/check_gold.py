"""Consistency checks for the second news-style development set (newsdev2).

Reads only files under bench/newsdev2/ plus the taxonomy data file.
Run from the repository root: python3 bench/newsdev2/check_gold.py
Adapted from bench/newsdev/check_gold.py, with extra checks (explicit dates, admin1 names,
location spelling, actor/country and actor/event-type consistency)."""
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
MIN_WORDS, MAX_WORDS = 200, 500
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
            "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6}
MONTHS = {m: i for i, m in enumerate(["january", "february", "march", "april", "may", "june", "july", "august",
                                       "september", "october", "november", "december"], 1)}
MONTHS.update({m: i for i, m in enumerate(["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                                            "septembre", "octobre", "novembre", "décembre"], 1)})
MONTH_RE = "|".join(MONTHS)
DATELINE = re.compile(r"^[A-Z][A-Z' -]+, [A-Z][a-z]+\.? \d{1,2} \([^)]*\) - ")
INTER = [("Military Forces", 1), ("Police Forces", 1), ("Government of", 1), ("JNIM", 2), ("Islamic State", 2),
         ("VDP", 3), ("Unidentified Armed Group", 3), ("Dozo", 4), ("Fulani", 4), ("Communal Militia", 4),
         ("Dan Na Ambassagou", 4), ("Rioters", 5), ("Protesters", 6), ("Civilians", 7)]
# Classic ACLED admin1 names (Mali's pre-2023 regions, Burkina Faso's 13 regions, Ivory Coast districts).
ADMIN1 = {
    "Mali": {"Kayes", "Koulikoro", "Sikasso", "Segou", "Mopti", "Tombouctou", "Gao", "Kidal", "Menaka", "Bamako"},
    "Burkina Faso": {"Boucle du Mouhoun", "Cascades", "Centre", "Centre-Est", "Centre-Nord", "Centre-Ouest",
                     "Centre-Sud", "Est", "Hauts-Bassins", "Nord", "Plateau-Central", "Sahel", "Sud-Ouest"},
    "Niger": {"Agadez", "Diffa", "Dosso", "Maradi", "Niamey", "Tahoua", "Tillaberi", "Zinder"},
    "Benin": {"Alibori", "Atacora", "Atlantique", "Borgou", "Collines", "Couffo", "Donga", "Littoral", "Mono",
              "Oueme", "Plateau", "Zou"},
    "Togo": {"Savanes", "Kara", "Centrale", "Plateaux", "Maritime"},
    "Ivory Coast": {"Abidjan", "Bas-Sassandra", "Comoe", "Denguele", "Goh-Djiboua", "Lacs", "Lagunes", "Montagnes",
                    "Sassandra-Marahoue", "Savanes", "Vallee du Bandama", "Woroba", "Yamoussoukro", "Zanzan"},
}
TRAP_KINDS = {"forecast", "threat", "negation", "hypothetical", "statistic", "history", "plan", "denial"}
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


def explicit_dates(text, pub):
    """Day-month dates written in the text ('22 November', 'June 28', '6 août'), resolved to the
    most recent such date on or before publication."""
    out = []
    for d, m in re.findall(rf"\b(\d{{1,2}})(?:er)? ({MONTH_RE})\b", text, re.I):
        out.append((int(d), MONTHS[m.lower()]))
    for m, d in re.findall(rf"\b({MONTH_RE}) (\d{{1,2}})\b", text, re.I):
        out.append((int(d), MONTHS[m.lower()]))
    dates = []
    for d, m in out:
        y = pub.year if (m, d) <= (pub.month, pub.day) else pub.year - 1
        dates.append(dt.date(y, m, d))
    return dates


articles = {}
for f in sorted((HERE / "corpus" / "articles").glob("*.md")):
    raw = f.read_text(encoding="utf-8")
    _, fm, body = raw.split("---", 2)
    meta = dict(line.split(": ", 1) for line in fm.strip().splitlines())
    if set(meta) != FM_KEYS:
        errors.append(f"{f.name}: front matter keys {sorted(meta)}")
    if meta.get("synthetic") != "true" or not meta.get("outlet", "").rstrip('"').endswith("(synthetic)") \
            or ".example/" not in meta.get("url", ""):
        errors.append(f"{f.name}: synthetic flag/outlet/url")
    if "synthetic" not in meta.get("note", "").lower() or "not a real report" not in meta.get("note", ""):
        errors.append(f"{f.name}: note must say synthetic / not a real report")
    n = len(body.split())
    if not MIN_WORDS <= n <= MAX_WORDS:
        errors.append(f"{f.name}: {n} words")
    pub = dt.date.fromisoformat(meta["published"][:10])
    if not dt.date(2025, 1, 1) <= pub <= dt.date(2026, 12, 31):
        errors.append(f"{f.name}: published {pub} outside 2025-2026")
    if not f.name.startswith(pub.isoformat()):
        errors.append(f"{f.name}: file name does not start with the publication date")
    articles[f"corpus/articles/{f.name}"] = {"body": body, "pub": pub, "lang": meta["lang"]}

pairs = taxonomy()
assert len(pairs) == 25, len(pairs)
checked_weekdays = checked_explicit = 0
events, traps, none = load("gold/events.jsonl"), load("gold/traps.jsonl"), load("gold/no_events.jsonl")
for i, e in enumerate(events, 1):
    tag = f"event {i} ({e['article'][16:48]})"
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
    if e["time_precision"] == 2 and d.weekday() != 0 and "annonc" not in e["evidence"] and "announc" not in e["evidence"]:
        errors.append(f"{tag}: precision-2 date {d} is not a Monday")
    text = DATELINE.sub("", e["evidence"])
    explicit = explicit_dates(text, art["pub"])
    if explicit:
        checked_explicit += 1
        if d != explicit[0]:
            errors.append(f"{tag}: text dates the event {explicit[0]}, gold says {d}")
    else:
        named = [WEEKDAYS[w] for w in re.findall(r"[a-zé]+", text.lower()) if w in WEEKDAYS]
        checked_weekdays += bool(named)
        if named and d.weekday() != named[0]:
            errors.append(f"{tag}: weekday {d.strftime('%A')} but text names {named[0]}")
        if named and (art["pub"] - d).days > 6:
            errors.append(f"{tag}: {d} is not the most recent such weekday before {art['pub']}")
    for actor, code in ((e["actor1"], e["inter1"]), (e["actor2"], e["inter2"])):
        want = 0 if actor is None else next((c for k, c in INTER if k in actor), None)
        if want != code:
            errors.append(f"{tag}: inter {code} for {actor}")
        m = re.search(r"\(([A-Z][A-Za-z ]+)\)$", actor or "")
        if m and m.group(1) in ADMIN1 and m.group(1) != e["country"]:
            errors.append(f"{tag}: actor {actor} in an event in {e['country']}")
    if e["admin1"] not in ADMIN1.get(e["country"], set()):
        errors.append(f"{tag}: admin1 {e['admin1']} not a classic ACLED name for {e['country']}")
    if not re.search(r"(?<!\w)" + re.escape(e["location"]) + r"(?!\w)", art["body"]):
        errors.append(f"{tag}: location {e['location']} not spelled as in the text")
    et = e["event_type"]
    if et == "Violence against civilians" and not (e["actor2"] or "").startswith("Civilians"):
        errors.append(f"{tag}: VAC without Civilians as actor2")
    if et == "Protests" and not e["actor1"].startswith("Protesters"):
        errors.append(f"{tag}: Protests without Protesters as actor1")
    if et == "Riots" and not e["actor1"].startswith("Rioters"):
        errors.append(f"{tag}: Riots without Rioters as actor1")
    if e["sub_event_type"] == "Peaceful protest" and e["actor2"] is not None:
        errors.append(f"{tag}: peaceful protest with an actor2")
    if (et == "Strategic developments" or e["sub_event_type"] in ("Peaceful protest", "Protest with intervention")) \
            and e["fatalities"] != 0:
        errors.append(f"{tag}: non-violent event with fatalities")
    if e["geo_precision"] not in (1, 2, 3) or e["time_precision"] not in (1, 2, 3) or not isinstance(e["fatalities"], int):
        errors.append(f"{tag}: precision/fatalities types")
    if not e["notes"].strip():
        errors.append(f"{tag}: empty notes")
seen = set()
for t in traps:
    art = articles.get(t["article"])
    if art is None or t["text"] not in art["body"]:
        errors.append(f"trap not found: {t['text'][:60]}")
    if t["kind"] not in TRAP_KINDS:
        errors.append(f"trap kind {t['kind']}")
    if (t["article"], t["text"]) in seen:
        errors.append(f"duplicate trap: {t['text'][:60]}")
    seen.add((t["article"], t["text"]))
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
    if f in articles and (m["has_events"] != (f in with_events) or m["lang"] != articles[f]["lang"]
                          or m.get("synthetic") is not True):
        errors.append(f"manifest mismatch for {f}")

langs = [a["lang"] for a in articles.values()]
print(f"{len(articles)} articles ({langs.count('en')} en, {langs.count('fr')} fr), {len(events)} events, "
      f"{len(traps)} traps, {len(none)} without events; {checked_weekdays} named weekdays and "
      f"{checked_explicit} explicit dates checked against event_date")
for err in errors:
    print("ERROR", err)
sys.exit(1 if errors else 0)
