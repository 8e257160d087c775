"""The country an outlet mostly covers (data/sources.yaml): a weak prior."""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import urlparse

from sahelwatch.datafiles import DataFileError, load_yaml
from sahelwatch.extract.text import fold


def _key(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", fold(name)).strip()


class OutletCountries:
    def __init__(self):
        try:
            data = load_yaml("sources.yaml")
        except DataFileError:
            data = {}
        self.names = {_key(n): iso2 for iso2, names in (data.get("outlets") or {}).items() for n in names}
        self.hosts = {h.lower(): iso2 for iso2, hosts in (data.get("hosts") or {}).items() for h in hosts}
        # 'EMA (Mali)', 'ODH (Burkina Faso)': an outlet whose name carries its country
        countries = load_yaml("places/countries.yaml").get("countries") or []
        self.country_names = {_key(n): c["iso2"] for c in countries
                              for n in [c.get("name", "")] + [w for ws in (c.get("names") or {}).values() for w in ws] if n}

    def countries(self, outlet: str | None = None, url: str | None = None) -> dict[str, int]:
        """Country -> how many of the outlets (';'-separated) or the URL's host point to it."""
        votes: dict[str, int] = {}
        for iso2, _ in self._each(outlet, url):
            votes[iso2] = votes.get(iso2, 0) + 1
        return votes

    def prior(self, outlet: str | None = None, url: str | None = None) -> tuple[str | None, bool]:
        """The country the outlets point to, and whether the hint is firm: every outlet that names a
        country names the same one and at least one is a listed local outlet (not merely an outlet
        with a country in its name: 'Vanguard (Nigeria)' writes about its neighbours too)."""
        found = list(self._each(outlet, url))
        if not found:
            return None, False
        votes: dict[str, int] = {}
        for iso2, _ in found:
            votes[iso2] = votes.get(iso2, 0) + 1
        top = max(votes, key=votes.get)
        return top, len(votes) == 1 and any(listed for _, listed in found)

    def _each(self, outlet: str | None, url: str | None):
        """(ISO2, listed) for each outlet part or URL host that points to a country."""
        for part in re.split(r"[;|]", outlet or ""):
            iso2 = self.names.get(_key(part)) if part.strip() else None
            if iso2:
                yield iso2, True
                continue
            bracket = re.search(r"\(([^()]+)\)\s*$", part)
            iso2 = self.country_names.get(_key(bracket.group(1))) if bracket else None
            if iso2:
                yield iso2, False
        if url:
            iso2 = self.hosts.get((urlparse(url).hostname or "").lower().removeprefix("www."))
            if iso2:
                yield iso2, True


@lru_cache(maxsize=1)
def outlet_countries() -> OutletCountries:
    return OutletCountries()
