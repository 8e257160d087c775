"""Consistency checks for a news-style gold set under bench/ (newsdev, newsdev2, newsdev3, newsdev4, newsdev5, newsdev6, heldout).

Reads only the set's folder and the taxonomy data file: it does not import the coder,
so a set can be checked while it is written blind. Each set keeps the checks it was
written against (PROFILES); newsdev2's are the strictest.

    python3 bench/check_gold.py newsdev|newsdev2|newsdev3|newsdev4|newsdev5|newsdev6|heldout
"""

import datetime as dt
import json
import re
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent
TAXO = BENCH.parent / "src" / "sahelwatch" / "data" / "taxonomy.yaml"
KEYS = ["article", "event_type", "sub_event_type", "actor1", "actor2", "inter1", "inter2", "event_date",
        "time_precision", "country", "admin1", "location", "geo_precision", "fatalities", "evidence", "notes"]
FM_KEYS = {"title", "url", "outlet", "published", "lang", "synthetic", "note"}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
            "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6}
MONTHS = {m: i for i, m in enumerate(["january", "february", "march", "april", "may", "june", "july", "august",
                                       "september", "october", "november", "december"], 1)}
MONTHS.update({m: i for i, m in enumerate(["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                                            "septembre", "octobre", "novembre", "décembre"], 1)})
MONTH_RE = "|".join(MONTHS)
DATELINE = re.compile(r"^[A-Z][A-Z' -]+, [A-Z][a-z]+\.? \d{1,2} \([^)]*\) - ")
# the inter code an actor name implies (the first name part that matches)
INTER = [("Military Forces", 1), ("Police Forces", 1), ("Government of", 1), ("JNIM", 2), ("Islamic State", 2),
         ("VDP", 3), ("Unidentified Armed Group", 3), ("Dozo", 4), ("Fulani", 4), ("Ethnic Militia", 4),
         ("Communal Militia", 4), ("Dan Na Ambassagou", 4), ("Rioters", 5), ("Protesters", 6), ("Civilians", 7)]
# classic ACLED admin1 names (Mali's pre-2023 regions, Burkina Faso's 13 regions, Ivory Coast districts)
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
# words: article length; actors: actor names agree with the country and the event; balanced: as many en as fr;
# strict: newsdev2's extra checks (explicit dates, admin1 names, spelling, type and actors, notes, file names)
PROFILES = {
    "newsdev": {"words": (250, 600), "actors": False, "balanced": False, "strict": False},
    "heldout": {"words": (250, 600), "actors": True, "balanced": True, "strict": False},
    "newsdev2": {"words": (200, 500), "actors": False, "balanced": False, "strict": True},
    "newsdev3": {"words": (300, 700), "actors": False, "balanced": False, "strict": True},
    "newsdev4": {"words": (300, 700), "actors": False, "balanced": False, "strict": True},
    "newsdev5": {"words": (300, 700), "actors": False, "balanced": False, "strict": True},
    "newsdev6": {"words": (300, 700), "actors": False, "balanced": False, "strict": True},
}


def taxonomy() -> set:
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


def explicit_dates(text: str, pub: dt.date) -> list:
    """Day-month dates written in the text ('22 November', 'June 28', '6 août'), resolved to the
    most recent such date on or before publication."""
    found = [(int(d), MONTHS[m.lower()]) for d, m in re.findall(rf"\b(\d{{1,2}})(?:er)? ({MONTH_RE})\b", text, re.I)]
    found += [(int(d), MONTHS[m.lower()]) for m, d in re.findall(rf"\b({MONTH_RE}) (\d{{1,2}})\b", text, re.I)]
    return [dt.date(pub.year if (m, d) <= (pub.month, pub.day) else pub.year - 1, m, d) for d, m in found]


class Checker:
    def __init__(self, name: str):
        self.here = BENCH / name
        self.profile = PROFILES[name]
        self.errors: list[str] = []
        self.weekdays = self.explicit = 0

    def load(self, path: str) -> list:
        return [json.loads(line) for line in (self.here / path).read_text(encoding="utf-8").splitlines() if line.strip()]

    def articles(self) -> dict:
        out, (low, high), strict = {}, self.profile["words"], self.profile["strict"]
        for f in sorted((self.here / "corpus" / "articles").glob("*.md")):
            _, fm, body = f.read_text(encoding="utf-8").split("---", 2)
            meta = dict(line.split(": ", 1) for line in fm.strip().splitlines())
            if set(meta) != FM_KEYS:
                self.errors.append(f"{f.name}: front matter keys {sorted(meta)}")
            outlet_ok = meta.get("outlet", "").rstrip('"').endswith("(synthetic)") if strict else "(synthetic)" in meta.get("outlet", "")
            if meta.get("synthetic") != "true" or not outlet_ok or ".example/" not in meta.get("url", ""):
                self.errors.append(f"{f.name}: synthetic flag/outlet/url")
            if strict and ("synthetic" not in meta.get("note", "").lower() or "not a real report" not in meta.get("note", "")):
                self.errors.append(f"{f.name}: note must say synthetic / not a real report")
            n = len(body.split())
            if not low <= n <= high:
                self.errors.append(f"{f.name}: {n} words")
            pub = dt.date.fromisoformat(meta["published"][:10])
            if strict and not dt.date(2025, 1, 1) <= pub <= dt.date(2026, 12, 31):
                self.errors.append(f"{f.name}: published {pub} outside 2025-2026")
            if strict and not f.name.startswith(pub.isoformat()):
                self.errors.append(f"{f.name}: file name does not start with the publication date")
            out[f"corpus/articles/{f.name}"] = {"body": body, "pub": pub, "lang": meta["lang"]}
        return out

    def event(self, i: int, e: dict, articles: dict, pairs: set) -> None:
        tag = f"event {i} ({e['article'][16:48]})"
        if list(e) != KEYS:
            self.errors.append(f"{tag}: keys {list(e)}")
        art = articles.get(e["article"])
        if art is None:
            self.errors.append(f"{tag}: unknown article")
            return
        if e["evidence"] not in art["body"]:
            self.errors.append(f"{tag}: evidence not a substring")
        if (e["event_type"], e["sub_event_type"]) not in pairs:
            self.errors.append(f"{tag}: bad type pair {e['event_type']} / {e['sub_event_type']}")
        d = dt.date.fromisoformat(e["event_date"])
        if not (art["pub"] - dt.timedelta(days=31) <= d <= art["pub"]):
            self.errors.append(f"{tag}: date {d} vs published {art['pub']}")
        if e["time_precision"] == 2 and d.weekday() != 0 and not re.search(r"annonc|announc", e["evidence"]):
            self.errors.append(f"{tag}: precision-2 date {d} is not a Monday")
        self.dates(tag, e, d, art)
        for actor, code in ((e["actor1"], e["inter1"]), (e["actor2"], e["inter2"])):
            want = 0 if actor is None else next((c for k, c in INTER if k in actor), None)
            if want != code:
                self.errors.append(f"{tag}: inter {code} for {actor}")
        if self.profile["actors"]:
            self.actors(tag, e)
        if self.profile["strict"]:
            self.strict(tag, e, art)
        if e["geo_precision"] not in (1, 2, 3) or e["time_precision"] not in (1, 2, 3) or not isinstance(e["fatalities"], int):
            self.errors.append(f"{tag}: precision/fatalities types")

    def dates(self, tag: str, e: dict, d: dt.date, art: dict) -> None:
        """A day written out must be the event's; else a weekday named, the most recent such day."""
        text = DATELINE.sub("", e["evidence"]) if self.profile["strict"] else e["evidence"]
        explicit = explicit_dates(text, art["pub"]) if self.profile["strict"] else []
        if explicit:
            self.explicit += 1
            if d != explicit[0]:
                self.errors.append(f"{tag}: text dates the event {explicit[0]}, gold says {d}")
            return
        named = [WEEKDAYS[w] for w in re.findall(r"[a-zé]+", text.lower()) if w in WEEKDAYS]
        self.weekdays += bool(named)
        if named and d.weekday() != named[0]:
            self.errors.append(f"{tag}: weekday {d.strftime('%A')} but text names {named[0]}")
        if named and (art["pub"] - d).days > 6:
            self.errors.append(f"{tag}: {d} is not the most recent such weekday before {art['pub']}")

    def actors(self, tag: str, e: dict) -> None:
        for actor in (e["actor1"], e["actor2"]):
            m = re.search(r"^(?:Civilians|Protesters|Rioters|Unidentified Armed Group|.* Militia) \(([^()]+)\)$", actor or "")
            if m and m.group(1) != e["country"]:
                self.errors.append(f"{tag}: actor {actor} does not match country {e['country']}")
        if e["inter1"] == 7:
            self.errors.append(f"{tag}: civilians cannot be actor1")
        if e["actor2"] is None and e["event_type"] not in ("Strategic developments", "Protests"):
            self.errors.append(f"{tag}: {e['event_type']} without actor2")

    def strict(self, tag: str, e: dict, art: dict) -> None:
        for actor in (e["actor1"], e["actor2"]):
            m = re.search(r"\(([A-Z][A-Za-z ]+)\)$", actor or "")
            if m and m.group(1) in ADMIN1 and m.group(1) != e["country"]:
                self.errors.append(f"{tag}: actor {actor} in an event in {e['country']}")
        if e["admin1"] not in ADMIN1.get(e["country"], set()):
            self.errors.append(f"{tag}: admin1 {e['admin1']} not a classic ACLED name for {e['country']}")
        if not re.search(r"(?<!\w)" + re.escape(e["location"]) + r"(?!\w)", art["body"]):
            self.errors.append(f"{tag}: location {e['location']} not spelled as in the text")
        kind, sub = e["event_type"], e["sub_event_type"]
        if kind == "Violence against civilians" and not (e["actor2"] or "").startswith("Civilians"):
            self.errors.append(f"{tag}: VAC without Civilians as actor2")
        if kind == "Protests" and not e["actor1"].startswith("Protesters"):
            self.errors.append(f"{tag}: Protests without Protesters as actor1")
        if kind == "Riots" and not e["actor1"].startswith("Rioters"):
            self.errors.append(f"{tag}: Riots without Rioters as actor1")
        if sub == "Peaceful protest" and e["actor2"] is not None:
            self.errors.append(f"{tag}: peaceful protest with an actor2")
        if (kind == "Strategic developments" or sub in ("Peaceful protest", "Protest with intervention")) and e["fatalities"] != 0:
            self.errors.append(f"{tag}: non-violent event with fatalities")
        if not e["notes"].strip():
            self.errors.append(f"{tag}: empty notes")

    def run(self) -> int:
        articles, pairs = self.articles(), taxonomy()
        assert len(pairs) == 25, len(pairs)
        events, traps, none = self.load("gold/events.jsonl"), self.load("gold/traps.jsonl"), self.load("gold/no_events.jsonl")
        for i, e in enumerate(events, 1):
            self.event(i, e, articles, pairs)
        seen = set()
        for t in traps:
            art = articles.get(t["article"])
            if art is None or t["text"] not in art["body"]:
                self.errors.append(f"trap not found: {t['text'][:60]}")
            if t["kind"] not in TRAP_KINDS:
                self.errors.append(f"trap kind {t['kind']}")
            if self.profile["strict"] and (t["article"], t["text"]) in seen:
                self.errors.append(f"duplicate trap: {t['text'][:60]}")
            seen.add((t["article"], t["text"]))
            for e in events:
                if e["article"] == t["article"] and (t["text"] in e["evidence"] or e["evidence"] in t["text"]):
                    self.errors.append(f"trap overlaps evidence: {t['text'][:60]}")
        with_events, without = {e["article"] for e in events}, {n["article"] for n in none}
        if with_events & without or (with_events | without) != set(articles):
            self.errors.append("each article must be in exactly one of events.jsonl / no_events.jsonl")
        manifest = {m["file"]: m for m in self.load("manifest.jsonl")}
        if set(manifest) != set(articles):
            self.errors.append("manifest does not list exactly the articles")
        for f, m in manifest.items():
            if f in articles and (m["has_events"] != (f in with_events) or m["lang"] != articles[f]["lang"]
                                  or (self.profile["strict"] and m.get("synthetic") is not True)):
                self.errors.append(f"manifest mismatch for {f}")
        langs = [a["lang"] for a in articles.values()]
        if self.profile["balanced"] and langs.count("en") != langs.count("fr"):
            self.errors.append(f"languages unbalanced: {langs.count('en')} en / {langs.count('fr')} fr")
        print(f"{self.here.name}: {len(articles)} articles ({langs.count('en')} en, {langs.count('fr')} fr), {len(events)} events, "
              f"{len(traps)} traps, {len(none)} without events; {self.weekdays} named weekdays and "
              f"{self.explicit} explicit dates checked against event_date")
        for err in self.errors:
            print("ERROR", err)
        return 1 if self.errors else 0


if __name__ == "__main__":
    if len(sys.argv) != 2 or sys.argv[1] not in PROFILES:
        sys.exit(f"usage: python3 bench/check_gold.py {{{'|'.join(PROFILES)}}}")
    sys.exit(Checker(sys.argv[1]).run())
