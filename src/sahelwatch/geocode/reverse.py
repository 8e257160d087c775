"""Reverse lookup: the admin1 and admin2 units of a point, from the nearest
gazetteer points that carry them (admin2 centroids and seats, the curated
supplement, imported places). Nearest-neighbour over numpy arrays per country."""

from __future__ import annotations

import numpy as np

CELL = 1.0  # degrees: the grid that narrows a nearest-point search


class ReverseIndex:
    def __init__(self):
        self._rows: dict[str, list[tuple[float, float, str | None, str | None]]] = {}
        self._arrays: dict[str, tuple[np.ndarray, list]] = {}
        self._answers: dict[tuple, tuple | None] = {}  # the same few places are asked for again and again

    def add(self, lat: float | None, lon: float | None, country: str, admin1: str | None, admin2: str | None) -> None:
        if lat is None or lon is None or not (admin1 or admin2):
            return
        self._rows.setdefault(country, []).append((float(lat), float(lon), admin1, admin2))
        self._arrays.pop(country, None)
        self._answers.clear()

    def forget_answers(self) -> None:
        self._answers.clear()

    def _array(self, country: str):
        if country not in self._arrays:
            rows = self._rows.get(country, [])
            pts = np.radians(np.array([(r[0], r[1]) for r in rows], dtype=float).reshape(-1, 2))
            cells: dict[tuple[int, int], list[int]] = {}
            for i, r in enumerate(rows):
                cells.setdefault((int(r[0] // CELL), int(r[1] // CELL)), []).append(i)
            self._arrays[country] = (pts, rows, {k: np.array(v) for k, v in cells.items()})
        return self._arrays[country]

    @staticmethod
    def _around(cells: dict, lat: float, lon: float, reach: int) -> np.ndarray | None:
        """Indices of the points in the grid cells within ``reach`` cells of a point."""
        ci, cj = int(lat // CELL), int(lon // CELL)
        parts = [cells[(ci + a, cj + b)] for a in range(-reach, reach + 1) for b in range(-reach, reach + 1) if (ci + a, cj + b) in cells]
        return np.concatenate(parts) if parts else None

    def nearest(self, lat: float, lon: float, country: str | None) -> tuple[str | None, str | None] | None:
        """(admin1, admin2) of the nearest points in ``country`` (every country when None)."""
        key = (round(lat, 5), round(lon, 5), country)
        if key not in self._answers:
            self._answers[key] = self._nearest(lat, lon, country)
        return self._answers[key]

    def _nearest(self, lat: float, lon: float, country: str | None) -> tuple[str | None, str | None] | None:
        countries = [country] if country else list(self._rows)
        best, best_d = None, np.inf
        admin2_best, admin2_d = None, np.inf
        here = np.radians([lat, lon])
        for c in countries:
            pts, rows, cells = self._array(c)
            if not len(rows):
                continue
            # the points of the cells around it (about 110 km each way) when they hold enough, else all
            near = self._around(cells, lat, lon, 1)
            index = near if near is not None and len(near) >= 60 else np.arange(len(rows))
            sub = pts[index]
            # equirectangular distance: plenty for 'which unit is nearest'
            dx = (sub[:, 1] - here[1]) * np.cos((sub[:, 0] + here[0]) / 2)
            dy = sub[:, 0] - here[0]
            d = dx * dx + dy * dy
            i = int(np.argmin(d))
            if d[i] < best_d:
                best, best_d = rows[index[i]], d[i]
            closest = np.argpartition(d, 50)[:50] if len(d) > 50 else np.arange(len(d))
            has2 = [j for j in closest[np.argsort(d[closest])] if rows[index[j]][3]]
            if has2 and d[has2[0]] < admin2_d:
                admin2_best, admin2_d = rows[index[has2[0]]], d[has2[0]]
        if best is None:
            return None
        admin1 = best[2] or (admin2_best[2] if admin2_best else None)
        admin2 = best[3] or (admin2_best[3] if admin2_best and (admin2_best[2] == admin1 or not admin2_best[2]) else None)
        return admin1, admin2
