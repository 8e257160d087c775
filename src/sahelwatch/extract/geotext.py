"""Every place an article names, resolved with the article's context: what
`sahelwatch geocode "TEXT"` prints so that an analyst can check a case."""

from __future__ import annotations

from dataclasses import dataclass

from sahelwatch.extract.actors import actor_finder
from sahelwatch.extract.text import fold
from sahelwatch.geocode.resolve import Resolution


@dataclass
class PlaceReading:
    start: int
    end: int
    name: str
    cue: str  # how the text introduces it: settlement, near, plain, admin, bare, between2
    resolution: Resolution

    def to_dict(self, top: int = 5) -> dict:
        r = self.resolution
        return {
            "name": self.name, "start": self.start, "end": self.end, "cue": self.cue, "method": r.method,
            "location": r.place.name if r.place is not None else None,
            "latitude": r.lat, "longitude": r.lon, "geo_precision": r.precision, "country": r.country,
            "admin1": r.admin1, "admin2": r.admin2,
            "candidates": [
                {"name": c.place.name, "country": c.place.country, "kind": c.place.kind, "source": c.place.source,
                 "latitude": c.place.lat, "longitude": c.place.lon, "admin1": c.place.admin1, "admin2": c.place.admin2,
                 "score": c.score, "reasons": c.reasons}
                for c in r.candidates[:top]
            ],
        }


class GeoText:
    """Mixed into EventExtractor (needs its finders, splitter, _country_votes and _geocode)."""

    def geocode_text(self, text: str, lang: str = "en") -> list[PlaceReading]:
        from sahelwatch.extract.engine import _Context

        lang = lang if lang in self.languages else self.languages[0]
        folded = fold(text)
        votes = self._country_votes(text, folded, lang)
        ctx = _Context(text, folded, None, lang, votes.most_common(1)[0][0] if votes else None, votes)
        out: list[PlaceReading] = []
        for s, e in self.splitter(text):
            actors = actor_finder(lang, self.region).find(text, folded, s, e, people=False)
            exclude = [(a.start, a.end) for a in actors if a.kind in ("named", "state")]
            places = self.finder(lang).find(text, folded, s, e, exclude)
            for mention in places:
                if mention.cue == "country":
                    continue
                res = self._geocode(ctx, mention, places, actors, (s, e))
                out.append(PlaceReading(mention.start, mention.end, mention.name, mention.cue, res))
        return out
