"""Reverse lookup: the admin1 and admin2 units of a point, from the nearest
gazetteer points that carry them (admin2 centroids and seats, the curated
supplement, imported places). Nearest-neighbour over numpy arrays per country."""

from __future__ import annotations

import numpy as np


class ReverseIndex:
    def __init__(self):
        self._rows: dict[str, list[tuple[float, float, str | None, str | None]]] = {}
        self._arrays: dict[str, tuple[np.ndarray, list]] = {}

    def add(self, lat: float | None, lon: float | None, country: str, admin1: str | None, admin2: str | None) -> None:
        if lat is None or lon is None or not (admin1 or admin2):
            return
        self._rows.setdefault(country, []).append((float(lat), float(lon), admin1, admin2))
        self._arrays.pop(country, None)

    def _array(self, country: str):
        if country not in self._arrays:
            rows = self._rows.get(country, [])
            pts = np.radians(np.array([(r[0], r[1]) for r in rows], dtype=float).reshape(-1, 2))
            self._arrays[country] = (pts, rows)
        return self._arrays[country]

    def nearest(self, lat: float, lon: float, country: str | None) -> tuple[str | None, str | None] | None:
        """(admin1, admin2) of the nearest points in ``country`` (every country when None)."""
        countries = [country] if country else list(self._rows)
        best, best_d = None, np.inf
        admin2_best, admin2_d = None, np.inf
        here = np.radians([lat, lon])
        for c in countries:
            pts, rows = self._array(c)
            if not len(rows):
                continue
            # equirectangular distance: plenty for 'which unit is nearest'
            dx = (pts[:, 1] - here[1]) * np.cos((pts[:, 0] + here[0]) / 2)
            dy = pts[:, 0] - here[0]
            d = dx * dx + dy * dy
            i = int(np.argmin(d))
            if d[i] < best_d:
                best, best_d = rows[i], d[i]
            closest = np.argpartition(d, 50)[:50] if len(d) > 50 else np.arange(len(d))
            has2 = [j for j in closest[np.argsort(d[closest])] if rows[j][3]]
            if has2 and d[has2[0]] < admin2_d:
                admin2_best, admin2_d = rows[has2[0]], d[has2[0]]
        if best is None:
            return None
        admin1 = best[2] or (admin2_best[2] if admin2_best else None)
        admin2 = best[3] or (admin2_best[3] if admin2_best and (admin2_best[2] == admin1 or not admin2_best[2]) else None)
        return admin1, admin2
