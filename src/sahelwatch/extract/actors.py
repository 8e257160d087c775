"""Actor mentions: named groups (data/actors.yaml), state forces
(data/state_forces.yaml and force cues), and generic mentions (gunmen,
civilians, protesters), each with its ACLED-style name template and inter code."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from sahelwatch.datafiles import DataFileError, load_yaml
from sahelwatch.extract.lexicon import Lexicon, lexicon
from sahelwatch.extract.text import entry_regex, compile_entries, fold
from sahelwatch.geocode.gazetteer import place_key


@dataclass(frozen=True)
class ActorMention:
    start: int
    end: int
    org: str  # organisation family: jnim, state:ML:military, unidentified, civilians, ...
    template: str  # ACLED-style name, may hold {country}
    inter: int
    kind: str  # named, state, unidentified, civilians, protesters, rioters
    country: str | None = None  # ISO2, when the mention fixes it

    @property
    def armed(self) -> bool:
        return self.kind in ("named", "state", "unidentified")


class StateForces:
    def __init__(self):
        data = load_yaml("state_forces.yaml")
        self.templates = data["name_templates"]
        self.countries = data["countries"]

    def name(self, iso2: str, kind: str, when: date | None) -> str | None:
        info = self.countries.get(iso2)
        if not info:
            return None
        period = _period_label(info["periods"], when)
        return self.templates[kind].format(country=info["acled_name"], period=period)


def _period_label(periods, when: date | None) -> str:
    chosen = periods[-1]
    if when is not None:
        for start, end in periods:
            start_d = start if isinstance(start, date) else date.fromisoformat(str(start))
            end_d = None if end is None else (end if isinstance(end, date) else date.fromisoformat(str(end)))
            if start_d <= when and (end_d is None or when < end_d):
                chosen = [start, end]
                break
    start, end = chosen
    first = str(start)[:4]
    return f"{first}-" if end is None else f"{first}-{str(end)[:4]}"


def _region_keys(by_country: dict) -> set[tuple[str, str]]:
    return {(iso2, place_key(name)) for iso2, names in by_country.items() for name in names}


class ActorFinder:
    def __init__(self, lang: str, countries: dict):
        self.lang = lang
        self.lex: Lexicon = lexicon(lang)
        data = load_yaml("actors.yaml")
        self.generic = data["generic"]
        self.combined = {frozenset(c["members"]): c for c in data.get("combined", [])}
        self.forces = StateForces()
        self.operates_in: dict[str, set[str]] = {}
        for actor in data["actors"]:
            where = set(actor.get("operates_in") or []) | ({actor["country"]} if actor.get("country") else set())
            if where:
                self.operates_in.setdefault(actor["org"], set()).update(where)
        self.regions = {actor["name"]: _region_keys(actor["regions"]) for actor in data["actors"] if actor.get("regions")}
        # 'Dozo Communal Militia ({country})' with no country known: ACLED's own name without one ('Dozo Militia')
        # 'Islamic State' fighters: the branch ACLED codes where the event happened (data: local_names)
        self.local_names = {actor["name"]: [_local_rule(actor["name"], rule) for rule in actor["local_names"]]
                            for actor in data["actors"] if actor.get("local_names")}
        self.countryless = {actor["name"]: actor["acled_names"][0] for actor in data["actors"]
                            if "{country}" in actor["name"] and actor.get("acled_names") and "(" not in actor["acled_names"][0]}
        folded_aliases: dict[str, dict] = {}
        exact_aliases: dict[str, dict] = {}
        for actor in data["actors"]:
            for alias in (actor.get("aliases") or {}).get(lang, []) + (actor.get("aliases") or {}).get("en", []):
                alias = str(alias)
                if alias.isupper() and len(alias) <= 5:
                    exact_aliases.setdefault(alias, actor)
                else:
                    folded_aliases.setdefault(_alias_key(fold(alias)), actor)
        for iso2, info in self.forces.countries.items():
            for kind, aliases in (info.get("aliases") or {}).items():
                for alias in aliases:
                    entry = {"name": f"state:{iso2}:{kind}", "inter": 1, "org": f"state:{iso2}:{kind}", "state": (iso2, kind)}
                    if str(alias).isupper() and len(str(alias)) <= 5:
                        exact_aliases.setdefault(str(alias), entry)
                    else:
                        folded_aliases.setdefault(_alias_key(fold(str(alias))), entry)
        self.folded_aliases = folded_aliases
        self.exact_aliases = exact_aliases
        self.named_folded = compile_entries(
            [fold(a) for actor in data["actors"] for lang_aliases in (actor.get("aliases") or {}).values() for a in map(str, lang_aliases)
             if not (a.isupper() and len(a) <= 5)]
            + [fold(str(a)) for info in self.forces.countries.values() for aliases in (info.get("aliases") or {}).values()
               for a in aliases if not (str(a).isupper() and len(str(a)) <= 5)]
        )
        self.named_exact = re.compile(r"(?<![\w-])(?:" + "|".join(sorted(map(re.escape, exact_aliases), key=len, reverse=True)) + r")s?(?![\w-])") if exact_aliases else None
        # demonyms and country names -> ISO2
        self.demonyms: dict[str, str] = {}
        for iso2, info in countries.items():
            for words in list(info.demonyms.values()) + list(info.names.values()):
                for word in words:
                    self.demonyms[fold(word)] = iso2
        self.demonym_pattern = compile_entries(self.demonyms.keys())
        # the pattern lets spaces and hyphens vary ('Burkina-Faso', 'Côte  d'Ivoire'): what it matched is looked up
        # without them
        self._demonym_keys = {_alias_key(k): v for k, v in self.demonyms.items()}
        names = "|".join(re.escape(d) for d in sorted(self.demonyms, key=len, reverse=True))
        links = "|".join(re.escape(fold(w)) for w in self.lex.participants.entries.get("pair_links", [])) or "(?!)"
        origin = "|".join(entry_regex(w) for w in self.lex.participants.entries.get("origin_cues", []))
        # 'gunmen (reportedly) coming from | Nigeria', 'gunmen (believed to be | Nigerians)'
        self.origin_cue = re.compile(rf"[\s,(]*(?:\w+\s+){{0,2}}?(?:{origin})\s+") if origin else None
        self.demonym_pair = re.compile(rf"(?<!\w)(?P<first>{names})\s+(?:{links})\s+(?:{names})(?:\s+[\w-]+)?\s*$") if names else re.compile("(?!)")
        self.community_names = {fold(alias): name for name, aliases in (data.get("communities") or {}).items() for alias in aliases}
        self.community_pattern = compile_entries(self.community_names.keys())
        self._community_keys = {_alias_key(k): v for k, v in self.community_names.items()}
        self.community_militia = data.get("community_militia")
        self.community_areas = {name: set(where) for name, where in (data.get("community_areas") or {}).items()}
        self.community_regions = {name: _region_keys(where) for name, where in (data.get("community_regions") or {}).items()}

    def areas(self, mentions: list[ActorMention], folded: str = "", start: int = 0, end: int = 0) -> set[str]:
        """Countries where the named actors (and the communities named in folded[start:end])
        mostly are: a hint for telling same-named places apart."""
        return self._where(mentions, folded, start, end, lambda m: self.operates_in.get(m.org, set()), self.community_areas)

    def region_hints(self, mentions: list[ActorMention], folded: str = "", start: int = 0, end: int = 0) -> set[tuple[str, str]]:
        """(ISO2, admin-1 key) of the regions where the named actors (and the communities named in
        folded[start:end]) are mostly active: a weaker hint than the countries of `areas`."""
        return self._where(mentions, folded, start, end, lambda m: self.regions.get(m.template, set()), self.community_regions)

    def _where(self, mentions, folded, start, end, of_actor, of_community: dict) -> set:
        out: set = set()
        for m in mentions:
            if m.kind == "named":
                out |= of_actor(m)
        for name, _, _ in self.communities(folded, start, end) if folded else []:
            out |= of_community.get(name, set())
        return out

    def communities(self, folded: str, start: int, end: int) -> list[tuple[str, int, int]]:
        """(canonical community, start, end) of each community named, in order, once each."""
        if self.community_pattern is None:
            return []
        seen, out = set(), []
        for m in self.community_pattern.finditer(folded, start, end):
            name = self._community_keys.get(_alias_key(m.group(0)))
            if name and name not in seen:
                seen.add(name)
                out.append((name, m.start(), m.end()))
        return out

    # --- finding ----------------------------------------------------------
    def find(self, text: str, folded: str, start: int, end: int, people: bool = True) -> list[ActorMention]:
        """Actors named in text[start:end]; ``people=False`` skips civilians, protesters and rioters
        (placing an event needs only armed actors)."""
        mentions: list[ActorMention] = []
        taken: list[tuple[int, int]] = []

        def free(s, e):
            return all(e <= a or s >= b for a, b in taken)

        def add(m: ActorMention):
            if free(m.start, m.end):
                taken.append((m.start, m.end))
                mentions.append(m)

        if self.named_exact is not None:
            for m in self.named_exact.finditer(text, start, end):
                alias = m.group(0).rstrip("s") if m.group(0) not in self.exact_aliases else m.group(0)
                add(self._named(self.exact_aliases[alias], m.start(), m.end(), folded))
        if self.named_folded is not None:
            for m in self.named_folded.finditer(folded, start, end):
                actor = self.folded_aliases.get(_alias_key(m.group(0)))
                if actor is not None:
                    add(self._named(actor, m.start(), m.end(), folded))
        for kind in ("military", "police"):
            for m in self.lex.forces.find(kind, folded, start, end):
                country = self._demonym_near(folded, m.start(), m.end())
                partner = self._partner_demonym(folded, m.start(), country)
                if partner is not None:
                    # 'French and Burkinabe forces': the first-named country's forces take part too, first
                    iso2, ps, pe = partner
                    add(ActorMention(ps, pe, f"state:{iso2}:{kind}", kind, 1, "state", iso2))
                add(ActorMention(m.start(), m.end(), f"state:{country or '?'}:{kind}", kind, 1, "state", country))
        for m in self.lex.participants.find("communal_militia", folded, start, end):
            communal = self.generic["communal"]
            add(ActorMention(m.start(), m.end(), "communal", communal["name"], communal["inter"], "unidentified"))
        for m in self.lex.participants.find("armed_nonstate", folded, start, end):
            origin = self._origin(folded, m.start(), m.end(), end)
            add(ActorMention(m.start(), m.end(), "unidentified", self.generic["unidentified"]["name"], 2, "unidentified", origin))
        if not people:
            return sorted(mentions, key=lambda a: a.start)
        # 'the mayor's office': a building, not the person it is named after
        taken.extend((m.start(), m.end()) for m in self.lex.participants.find("named_buildings", folded, start, end))
        for group, kind in (("civilians", "civilians"), ("protesters", "protesters"), ("rioters", "rioters")):
            for m in self.lex.participants.find(group, folded, start, end):
                add(ActorMention(m.start(), m.end(), kind, self.generic[kind]["name"], self.generic[kind]["inter"], kind))
        return sorted(mentions, key=lambda a: a.start)

    def _named(self, actor: dict, s: int, e: int, folded: str) -> ActorMention:
        if "state" in actor:
            iso2, kind = actor["state"]
            return ActorMention(s, e, f"state:{iso2}:{kind}", kind, 1, "state", iso2)
        return ActorMention(s, e, actor["org"], actor["name"], actor["inter"], "named", actor.get("country"))

    def as_communal(self, mention: ActorMention) -> ActorMention:
        """People who fight as a community (villagers, youths, self-defence groups): ACLED's communal militia (inter 4)."""
        communal = self.generic["communal"]
        return ActorMention(mention.start, mention.end, "communal", communal["name"], communal["inter"], "unidentified")

    def demonym(self, matched: str) -> str | None:
        """The country (ISO2) of a demonym or country name found by ``demonym_pattern``."""
        return self._demonym_keys.get(_alias_key(matched))

    def _origin(self, folded: str, s: int, e: int, end: int) -> str | None:
        """Where unidentified gunmen come from ('a suspected Nigerian armed group', 'gunmen reportedly
        coming from Nigeria', 'believed to be Nigerians'): ACLED names the group after that country."""
        before = self.demonym_pattern.search(folded, max(0, s - 14), s)
        if before is not None and not folded[before.end() : s].strip(" -"):
            return self.demonym(before.group(0))
        cue = self.origin_cue.match(folded, e, min(end, e + 60)) if self.origin_cue is not None else None
        if cue is not None:
            after = self.demonym_pattern.match(folded, cue.end())
            if after is not None:
                return self.demonym(after.group(0))
        return None

    def _partner_demonym(self, folded: str, s: int, country: str | None) -> tuple[str, int, int] | None:
        """'Burkinabe and Nigerien forces': (ISO2, start, end) of the first demonym of the pair."""
        if country is None:
            return None
        before = folded[max(0, s - 45) : s]
        pair = self.demonym_pair.search(before)
        if pair is None:
            return None
        iso2 = self.demonyms.get(pair.group("first"))
        if iso2 is None or iso2 == country:
            return None
        offset = max(0, s - 45)
        return iso2, offset + pair.start("first"), offset + pair.end("first")

    def _link_word(self, gap: str) -> bool:
        """'and', 'or', 'et': a word that starts another noun phrase, not part of this one."""
        return bool(gap.strip()) and self.lex.participants.search("pair_links", gap.strip()) is not None

    def _demonym_near(self, folded: str, s: int, e: int) -> str | None:
        before = folded[max(0, s - 30) : s]
        after = folded[e : e + 30]
        for m in self.demonym_pattern.finditer(after):
            gap = after[: m.start()]
            # 'les soldats maliens', 'forces armées maliennes': right after; not 'soldiers and Russian ...'
            if len(gap.split()) <= 1 and not re.search(r"[,.;:]", gap) and not self._link_word(gap):
                return self.demonym(m.group(0))
            if "owner_links" in self.lex.participants and self.lex.participants.patterns["owner_links"].fullmatch(gap.strip()):
                return self.demonym(m.group(0))
        matches = list(self.demonym_pattern.finditer(before))
        if matches:
            last = matches[-1]
            gap = before[last.end() :]
            if len(gap.split()) <= 1 and not re.search(r"[,.;:]", gap):
                return self.demonym(last.group(0))
        return None

    # --- naming -------------------------------------------------------------
    def name(self, mention: ActorMention, country: str | None, when: date | None, country_name, admin1: str | None = None) -> str | None:
        for rule in self.local_names.get(mention.template, ()):
            if rule.fits(country, admin1, when):
                return rule.name
        if mention.kind == "state":
            iso2 = mention.country or country
            kind = mention.template if mention.template in ("military", "police") else "military"
            return self.forces.name(iso2, kind, when) if iso2 else None
        if "{country}" in mention.template:
            iso2 = mention.country or country
            if iso2 and country_name(iso2):
                return mention.template.format(country=country_name(iso2))
            return self.countryless.get(mention.template)
        return mention.template

    def combine(self, first: ActorMention, second: ActorMention) -> dict | None:
        return self.combined.get(frozenset((first.org, second.org)))


@dataclass(frozen=True)
class _LocalName:
    """One `local_names` rule of data/actors.yaml, read once."""

    name: str
    countries: frozenset[str]
    admin1: frozenset[str] | None  # folded names
    since: date | None
    until: date | None

    def fits(self, country: str | None, admin1: str | None, when: date | None) -> bool:
        if country not in self.countries:
            return False
        if self.admin1 is not None and (admin1 is None or fold(admin1) not in self.admin1):
            return False
        # a dated rule needs a date: never applied to an undated event
        if self.since is not None and (when is None or when < self.since):
            return False
        return self.until is None or (when is not None and when < self.until)


def _local_rule(actor: str, rule: dict) -> _LocalName:
    try:
        countries = rule["country"] if isinstance(rule["country"], list) else [rule["country"]]
        admin1 = frozenset(fold(a) for a in rule["admin1"]) if rule.get("admin1") else None
        since = date.fromisoformat(str(rule["since"])) if rule.get("since") else None
        until = date.fromisoformat(str(rule["until"])) if rule.get("until") else None
        return _LocalName(str(rule["name"]), frozenset(countries), admin1, since, until)
    except (KeyError, TypeError, ValueError) as exc:
        raise DataFileError(f"data/actors.yaml: local_names of {actor!r}: bad rule {rule!r} ({exc})") from None


def _alias_key(text: str) -> str:
    return re.sub(r"[\s\-]+", "", text)


@lru_cache(maxsize=None)
def actor_finder(lang: str, region: str = "sahel") -> ActorFinder:
    from sahelwatch.geocode.gazetteer import gazetteer

    return ActorFinder(lang, gazetteer(region).countries)
