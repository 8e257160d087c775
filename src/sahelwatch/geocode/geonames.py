"""GeoNames country dumps (allCountries format) -> places, with admin1 and
admin2 names taken from the dump's own ADM1 and ADM2 rows."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from sahelwatch.datafiles import load_yaml

csv.field_size_limit(1 << 24)
COLUMNS = 19


class GeoNamesError(ValueError):
    pass


@dataclass
class GeoNamesRow:
    geonameid: str
    name: str
    asciiname: str
    alternatenames: list[str]
    lat: float
    lon: float
    feature_class: str
    feature_code: str
    country: str
    admin1_code: str
    admin2_code: str
    population: int


def _wanted() -> dict:
    return load_yaml("places/geonames_features.yaml")


def _clean_admin_names() -> dict[str, str]:
    """GeoNames id -> the admin name as ACLED writes it ('Province du Soum' -> 'Soum'), from data/places/admin.yaml."""
    try:
        divisions = load_yaml("places/admin.yaml")["divisions"]
    except Exception:  # the curated file is optional for imports
        return {}
    return {str(d.get("geonameid")): d["name"] for d in divisions if d.get("geonameid")}


def read_rows(path: Path) -> Iterator[GeoNamesRow]:
    """Rows of a dump; a malformed line raises GeoNamesError naming file and line."""
    with open(path, encoding="utf-8", newline="") as handle:
        for number, line in enumerate(handle, 1):
            line = line.rstrip("\n")
            if not line:
                continue
            cols = line.split("\t")
            if len(cols) != COLUMNS:
                raise GeoNamesError(f"{path}:{number}: expected {COLUMNS} tab-separated columns, found {len(cols)}; is this a GeoNames dump?")
            try:
                lat, lon = float(cols[4]), float(cols[5])
            except ValueError:
                raise GeoNamesError(f"{path}:{number}: bad coordinates {cols[4]!r}, {cols[5]!r}") from None
            yield GeoNamesRow(
                cols[0], cols[1], cols[2], [a for a in cols[3].split(",") if a], lat, lon,
                cols[6], cols[7], cols[8], cols[10], cols[11], int(cols[14] or 0),
            )


def parse_dump(path: str | Path) -> list[dict]:
    """Place records ready for the store's places table."""
    path = Path(path)
    wanted = _wanted()
    classes = set(wanted["feature_classes"])
    codes = set(wanted["feature_codes"])
    skip = set(wanted.get("skip_codes", []))
    rows = list(read_rows(path))
    clean = _clean_admin_names()
    admin1 = {(r.country, r.admin1_code): clean.get(r.geonameid, r.name) for r in rows if r.feature_code == "ADM1"}
    admin2 = {(r.country, r.admin1_code, r.admin2_code): clean.get(r.geonameid, r.name) for r in rows if r.feature_code == "ADM2"}
    out = []
    for r in rows:
        if r.feature_code in skip or not (r.feature_class in classes or r.feature_code in codes):
            continue
        alternates = [a for a in r.alternatenames if a.isascii() or a.replace("é", "e").replace("è", "e").isascii()]
        out.append({
            "place_id": f"geonames:{r.geonameid}",
            "name": clean.get(r.geonameid, r.name) if r.feature_code in ("ADM1", "ADM2") else r.name,
            "ascii_name": r.asciiname,
            "alt_names": "|".join(a for a in alternates if len(a) >= 3)[:2000],
            "latitude": r.lat,
            "longitude": r.lon,
            "feature_class": r.feature_class,
            "feature_code": r.feature_code,
            "country_iso": r.country,
            "admin1": admin1.get((r.country, r.admin1_code)),
            "admin2": admin2.get((r.country, r.admin1_code, r.admin2_code)),
            "population": r.population,
            "source": f"geonames:{path.name}",
        })
    if not out:
        raise GeoNamesError(f"{path}: no places found; is this a GeoNames country dump?")
    return out


__all__ = ["parse_dump", "GeoNamesError", "io"]
