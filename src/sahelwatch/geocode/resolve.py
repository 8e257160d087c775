"""Resolving a place name to one gazetteer entry, with the context that an
article gives: the countries its actors and demonyms point to, the admin units
named in brackets or nearby ('Boni (Douentza, Mopti)', 'in the Cercle of Niono'),
and the other places it names. Falls back honestly: a place the gazetteer does
not know, in a known district, is the district's main town at precision 2; in a
known region only, the region's capital at precision 3 (ACLED's rule)."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from sahelwatch.geocode.gazetteer import Gazetteer, Place, place_key

# how far (km) a candidate may lie from the seat of the unit the text puts it in
CONSISTENT_KM = {"admin2": 90.0, "admin1": 300.0, "town": 60.0, "village": 40.0, "locality": 40.0}
_KIND_BONUS = {"town": 0.6, "village": 0.3, "locality": 0.0, "admin2": 0.2, "admin1": 0.1}


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(min(1.0, a)))


@dataclass
class GeoContext:
    """What the text says around a place name."""

    countries: dict[str, float] = field(default_factory=dict)  # soft votes, any scale
    hint_countries: set[str] = field(default_factory=set)  # from bracketed admin hints: strong
    admin_hints: list[Place] = field(default_factory=list)  # units (or towns) the place is said to be in
    anchors: list[Place] = field(default_factory=list)  # other places the text names
    regions: set[tuple[str, str]] = field(default_factory=set)  # (ISO2, admin-1 key) where the actors are mostly active

    def country_weight(self, iso2: str) -> float:
        top = max(self.countries.values(), default=0)
        return self.countries.get(iso2, 0) / top if top else 0.0


@dataclass
class Candidate:
    place: Place
    score: float
    reasons: list[str]


@dataclass
class Resolution:
    """Where a place name was put, how precisely, and why."""

    name: str
    method: str  # gazetteer, admin2 seat, admin1 seat, unresolved
    place: Place | None = None
    lat: float | None = None
    lon: float | None = None
    precision: int | None = None
    country: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    candidates: list[Candidate] = field(default_factory=list)


def _same(a: str | None, b: str | None) -> bool:
    return bool(a and b) and place_key(a) == place_key(b)


def _inside(place: Place, hint: Place) -> bool | None:
    """Whether the gazetteer says ``place`` lies in the unit ``hint``: True, False, or None
    when it cannot tell (no admin names on the entry, or the hint is a town)."""
    if hint.kind not in ("admin1", "admin2") or place is hint:
        return None
    if place.country != hint.country:
        return False
    if hint.kind == "admin2":
        if place.admin2:
            return _same(place.admin2, hint.name)
        if place.admin1 and hint.admin1:
            return True if _same(place.admin1, hint.admin1) else False
        return None
    if place.admin1:
        return _same(place.admin1, hint.name)
    return None


class Resolver:
    def __init__(self, gaz: Gazetteer):
        self.gaz = gaz

    def candidates(self, name: str) -> list[Place]:
        return [p for p in self.gaz.lookup(name) if p.kind != "country"]

    # --- scoring ---------------------------------------------------------------
    def score(self, place: Place, ctx: GeoContext, cue: str = "plain", name: str | None = None) -> Candidate:
        s, why = 0.0, []

        def add(points: float, reason: str) -> None:
            nonlocal s
            if points:
                s += points
                why.append(f"{reason} {points:+.1f}")

        if ctx.hint_countries:
            add(3.0 if place.country in ctx.hint_countries else -3.0, "bracketed country")
        weight = ctx.country_weight(place.country)
        add(4.0 * weight, "article's countries")
        if weight <= 0 and any(v > 0 for v in ctx.countries.values()) and place.country not in ctx.hint_countries:
            add(-1.5, "no sign of this country")
        if ctx.regions and place.admin1 and (place.country, place_key(place.admin1)) in ctx.regions:
            add(1.5, "where the actors are active")
        for hint in ctx.admin_hints:
            inside = _inside(place, hint)
            if inside is True:
                add(5.0 if hint.kind == "admin2" and place.admin2 else 2.0, f"in {hint.name}")
            elif inside is False:
                add(-3.0, f"not in {hint.name}")
            if hint.lat is not None and place.lat is not None and hint.kind != "admin1":
                d = km(place.lat, place.lon, hint.lat, hint.lon)
                reach = CONSISTENT_KM.get(hint.kind, 60.0)
                add(2.0 * max(0.0, 1 - d / reach) if d < reach else (-1.5 if inside is None else 0.0), f"{d:.0f} km from {hint.name}")
        near = [km(place.lat, place.lon, a.lat, a.lon) for a in ctx.anchors if a.lat is not None and place.lat is not None and a is not place]
        if near:
            add(1.5 * max(0.0, 1 - min(near) / 150.0), "near the other places")
        if place.country in self.gaz.core:
            add(1.5, "core country")
        if place.source == "builtin:supplement":
            add(2.0, "curated")
        elif place.source.startswith("builtin"):
            add(0.4, "built-in")
        if cue == "admin":
            add(2.5 if place.kind in ("admin1", "admin2") else -2.0, "named as a unit" if place.kind in ("admin1", "admin2") else "a place, named as a unit")
        elif place.kind in ("admin1", "admin2"):
            add(-1.0, "a unit, named as a place")  # 'in Yanfolila': the town, not the cercle
        add(_KIND_BONUS.get(place.kind, 0.0), place.kind)
        if place.population:
            add(min(1.0, math.log10(place.population + 1) / 5), "population")
        if name is not None and place_key(place.name) == place_key(name):
            add(0.4, "its main name")  # 'Dibilou' itself before 'Diboulou', alias Dibilou
        return Candidate(place, round(s, 3), why)

    def rank(self, name: str, ctx: GeoContext, cue: str = "plain") -> list[Candidate]:
        scored = [self.score(p, ctx, cue, name) for p in self.candidates(name)]
        order = self.gaz.country_order
        return sorted(scored, key=lambda c: (-c.score, order.index(c.place.country) if c.place.country in order else 99))

    # --- resolution -------------------------------------------------------------
    def resolve(self, name: str, ctx: GeoContext | None = None, cue: str = "plain", place: Place | None = None) -> Resolution:
        """The best reading of ``name``; ``place`` forces one entry (the finder's, for a unit)."""
        ctx = ctx or GeoContext()
        ranked = self.rank(name, ctx, cue)
        best = place if place is not None else (ranked[0].place if ranked else None)
        hint = self._finest_hint(ctx)
        if best is not None and hint is not None and not self._consistent(best, hint):
            best = None  # a homonym far from the district the text names
        if best is not None and place is None and ctx.hint_countries and best.country not in ctx.hint_countries:
            best = None  # '(Baraboule, Soum)' places it in Burkina Faso: not a look-alike in Mali
        foreign = best is not None and place is None and self._foreign_village(best, ctx, name)
        if foreign:
            best = None  # 'the Burkinabe army ... in the village of Lassa': not Mali's Lassa
        if best is None and not ranked and hint is None:
            part = self._compound_part(name, ctx)
            if part is not None:
                res = self.resolve(part, ctx, "near")
                res.name, res.method = name, f"part of the name ({part})"
                if res.country is None or not self._elsewhere(res.country, ctx):
                    return res
                foreign = True  # 'Gaidam Tchoukou' from a Diffa outlet: not Nigeria's Gaidam
        if best is None:
            res = self._fallback(name, hint, ranked)
            if res.lat is not None:
                self._fill_admin(res, ctx)
            elif foreign:
                res.country = max(ctx.countries, key=ctx.countries.get)  # an unlisted village of that country
            return res
        res = Resolution(name, "gazetteer", best, best.lat, best.lon, self._precision(best, cue), best.country,
                         best.admin1, best.admin2, ranked)
        if best.kind == "admin1":
            res.admin1 = best.name
        elif best.kind == "admin2":
            res.admin2 = best.name
        self._fill_admin(res, ctx)
        return res

    def _compound_part(self, name: str, ctx: GeoContext) -> str | None:
        """'Djibo-Bourzanga' (an axis), 'Nahi-Mossi', 'Tiguezefen Issa' (a quarter): a name the
        gazetteer does not know whose first (else last) part it knows; somewhere near that part."""
        parts = [p for p in name.replace("-", " ").split() if p]
        if len(parts) < 2:
            return None
        for cut in range(len(parts) - 1, 0, -1):
            head = " ".join(parts[:cut])
            if len(head) >= 4 and self.candidates(head):
                return head
        tail = parts[-1]
        return tail if len(tail) >= 4 and self.candidates(tail) else None

    @staticmethod
    def _precision(place: Place, cue: str) -> int:
        if place.kind == "admin1":
            return 3
        if place.kind == "admin2" or cue in ("near", "between2"):
            return 2
        return 1

    @classmethod
    def _finest_hint(cls, ctx: GeoContext) -> Place | None:
        rank = {"village": 0, "locality": 0, "town": 1, "admin2": 2, "admin1": 3}
        units = [h for h in ctx.admin_hints if h.kind in ("admin1", "admin2")]
        # '(Madougou, Koro)': a commune read as a same-named town outside the district is no hint
        usable = [h for h in ctx.admin_hints if h.kind in rank and h.lat is not None
                  and (h.kind in ("admin1", "admin2") or all(cls._near_unit(h, u) for u in units))]
        return min(usable, key=lambda h: rank[h.kind]) if usable else None

    @staticmethod
    def _foreign_village(place: Place, ctx: GeoContext, name: str | None = None) -> bool:
        """A village of the imported layer, or any place found only under another spelling ('Bogou' for
        CI's Bougou), in a country the text gives no sign of, while it points firmly at another ('in
        northern Togo'): more likely an unlisted place of that other country."""
        respelled = name is not None and place_key(place.name) != place_key(name)
        if not (respelled or (place.kind in ("village", "locality") and place.source == "imported")) or ctx.hint_countries or ctx.admin_hints:
            return False
        return Resolver._elsewhere(place.country, ctx)

    @staticmethod
    def _elsewhere(country: str, ctx: GeoContext) -> bool:
        """Whether the text points firmly at another country than ``country``."""
        top = max(ctx.countries.values(), default=0)
        return top >= 3 and ctx.countries.get(country, 0) <= top - 3

    @staticmethod
    def _near_unit(place: Place, unit: Place) -> bool:
        """Stricter than _consistent: without its own admin2, a place must lie near the unit's point."""
        if place.country != unit.country:
            return False
        if unit.kind == "admin2" and place.admin2:
            return _same(place.admin2, unit.name)
        if unit.kind == "admin1" and place.admin1:
            return _same(place.admin1, unit.name)  # '(Socoura, Mopti)': not a Sokoura of Tombouctou
        if place.lat is None or unit.lat is None:
            return _inside(place, unit) is not False
        return km(place.lat, place.lon, unit.lat, unit.lon) <= CONSISTENT_KM[unit.kind]

    @staticmethod
    def _consistent(place: Place, hint: Place) -> bool:
        if place is hint:
            return True
        inside = _inside(place, hint)
        if inside is not None:
            return inside
        if place.lat is None or hint.lat is None:
            return place.country == hint.country
        return km(place.lat, place.lon, hint.lat, hint.lon) <= CONSISTENT_KM.get(hint.kind, 60.0)

    def _fallback(self, name: str, hint: Place | None, ranked: list[Candidate]) -> Resolution:
        if hint is None:
            return Resolution(name, "unresolved", candidates=ranked)
        precision = 3 if hint.kind == "admin1" else 2
        method = f"{hint.kind} seat" if hint.kind.startswith("admin") else "nearby town"
        res = Resolution(name, method, None, hint.lat, hint.lon, precision, hint.country,
                         hint.admin1 or (hint.name if hint.kind == "admin1" else None),
                         hint.admin2 or (hint.name if hint.kind == "admin2" else None), ranked)
        return res

    def _fill_admin(self, res: Resolution, ctx: GeoContext) -> None:
        """Admin names the entry lacks: from the hints that agree with it, else by reverse lookup."""
        for hint in ctx.admin_hints:
            if hint.country != res.country:
                continue
            if res.admin1 is None and hint.admin1:
                res.admin1 = hint.admin1
            if res.admin2 is None and hint.admin2:
                res.admin2 = hint.admin2
        if (res.admin1 is None or res.admin2 is None) and res.lat is not None:
            near = self.gaz.reverse(res.lat, res.lon, res.country)
            if near is not None:
                res.admin1 = res.admin1 or near[0]
                res.admin2 = res.admin2 or near[1]


__all__ = ["Resolver", "Resolution", "GeoContext", "Candidate", "km"]
