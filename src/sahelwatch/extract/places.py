"""Place mentions in an event's sentence: the name as written, how it is
introduced (village of, near, between, in), admin hints in brackets
('Boni (Douentza, Mopti)'), and the country they imply."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sahelwatch.extract.lexicon import Groups
from sahelwatch.extract.text import entry_regex, fold
from sahelwatch.geocode.gazetteer import Gazetteer, Place, place_key
from sahelwatch.datafiles import DataFileError, load_yaml

_UPPER = "A-ZÀ-ÖØ-Þ"


def _name_pattern(particles: list[str]) -> re.Pattern:
    """Capitalised words, joined by the particles of place names ('Nioro du Sahel', 'Fada N'Gourma')."""
    joins = "|".join(re.escape(p) for p in particles) or "(?!)"
    # after a particle only a capitalised word ('Nioro du Sahel'); a number only straight after a name
    # ('Gangafani 2'), never after a particle ('Léré le 2 janvier'); « Côte d'Ivoire » is one name
    return re.compile(rf"[{_UPPER}][\w'’\-]*(?:[ -](?:{joins})[ -](?:N'|N’|D'|D’)?[{_UPPER}][\w'’\-]*|(?:[ -]|\s)(?:N'|N’|D'|D’|d'|d’)?[{_UPPER}0-9][\w'’\-]*)*")
_BRACKET = re.compile(r"\s*\(([^()]{2,80})\)")
_ALT_NAME = re.compile(r"\s*[\[(]\s*([A-Z][\w'’-]*(?:[ -][A-Z][\w'’-]*){0,2})\s*[\])]")
CUE_PRECISION = {"settlement": 1, "plain": 1, "near": 2, "admin": 3, "bare": 1}


def _possessive(name: str) -> tuple[str, str]:
    """"Mali's Bankass" -> ("Mali", "Bankass"); a name with no possessive -> (name, "")."""
    parts = re.split(r"['’]s\s+", name, maxsplit=1)
    return (parts[0], parts[1]) if len(parts) == 2 else (name, "")


@dataclass
class LocationMention:
    start: int
    end: int
    name: str
    cue: str  # settlement, near, plain, admin, bare (elsewhere: skipped)
    place: Place | None = None
    admin_hints: list[Place] = field(default_factory=list)
    between: str | None = None  # the second place of "between X and Y"
    referred: bool = False  # named in an earlier sentence, referred to again ('the town'): see placeback.py
    weak: bool = False  # only where a source speaks from ('according to a security source in Fada N'Gourma') or people went
    holds: bool = False  # a unit said to hold the unnamed place of the event ('a hamlet of the commune of Dioro')

    @property
    def country(self) -> str | None:
        for hint in self.admin_hints:
            return hint.country
        if self.place is not None:
            return self.place.country
        return None


class LocationFinder:
    def __init__(self, lang: str, gaz: Gazetteer):
        self.gaz = gaz
        try:
            data = load_yaml(f"lexicons/{lang}/places.yaml")["groups"]
        except DataFileError:
            data = {}
        self.not_places = {fold(w) for w in data.get("not_places", [])}
        # 'a convoy of Malian soldiers': a demonym is no place name
        self.demonyms = {fold(w) for info in gaz.countries.values() for words in info.demonyms.values() for w in words}
        self.name = _name_pattern(data.get("name_particles", []))
        links = "|".join(re.escape(w) for w in data.get("between_links", [])) or "-"
        self.between_link = re.compile(rf"\s*(?:{links})\s*")
        joins = "|".join(re.escape(w) for w in sorted(data.get("list_links", []), key=len, reverse=True)) or "(?!)"
        self.list_link = re.compile(rf"\s*(?:{joins})\s*")
        lists = ("not_places", "name_particles", "between_links", "list_links", "admin_after", "near_after", "before_brackets", "facility_after",
                 "distance_units", "anaphora", "anaphora_near", "country_links", "unnamed_settlements")
        # ', in northern Togo' after a place: the country that places it (see FieldFiller._geocode)
        self.country_links = Groups({"country_links": data.get("country_links") or []})
        # a place named before, referred to again ('the town', 'the same road'): see placeback.py
        self.anaphora = Groups({g: data.get(g) or [] for g in ("anaphora", "anaphora_near", "unnamed_settlements")})
        between = "|".join(re.escape(w) for w in data.get("before_brackets") or [])
        # 'Rimi [Boula Koura] (N Guigmi, Diffa)': another name of the place may come first, in square brackets
        self.bracket = re.compile(rf"(?:\s*\[[^\[\]()]{{2,60}}\])?(?:\s+(?:{between}))?\s*\(([^()]{{2,80}})\)", re.IGNORECASE) if between else _BRACKET
        after = data.get("admin_after") or []
        self.admin_after = re.compile(r"\s+(?:" + "|".join(re.escape(w) for w in after) + r")\b", re.IGNORECASE) if after else None
        self.unit_words = {fold(w) for w in after}
        self.facilities = {fold(w) for w in data.get("facility_after") or []}
        units = "|".join(entry_regex(w) for w in data.get("distance_units") or [])
        self.glued_unit = re.compile(rf"(\d)({units})(?!\w)") if units else None  # '22km from X' read as '22 km from X'
        around = data.get("near_after") or []
        self.near_after = re.compile(r"\s+(?:" + "|".join(re.escape(w) for w in around) + r")\b", re.IGNORECASE) if around else None
        self.cues = Groups({k: v for k, v in data.items() if k not in lists})
        # each cue group, matched only where nothing but spaces follows (the end of the window before a name)
        self.cue_at_end = {g: re.compile(p.pattern + r"(?=\s*$)") for g, p in self.cues.patterns.items() if p is not None}

    def find(self, text: str, folded: str, start: int, end: int, exclude: list[tuple[int, int]] = ()) -> list[LocationMention]:
        mentions: list[LocationMention] = []
        elsewhere: list[LocationMention] = []
        hint_spans: list[tuple[int, int]] = []
        for m in self.name.finditer(text, start, end):
            s, e = m.start(), m.end()
            if any(a <= s < b or a < e <= b for a, b in exclude) or any(a <= s < b for a, b in hint_spans):
                continue
            owner, owned = _possessive(text[s:e])
            country = self.gaz.best(owner) if owned[:1].isupper() else None
            if country is not None and country.kind == "country":
                # "central Mali's Bankass cercle": the country, then the place it owns
                mentions.append(LocationMention(s, s + len(owner), owner, "country", country))
                s += len(text[s:e]) - len(owned)
            name = re.split(r"['’]s\b", text[s:e])[0].rstrip("'’-")  # "Niger's", "Bamako's Kalaban Coura"
            first, _, rest = name.partition(" ")
            if rest[:1].isupper() and fold(first) in self.not_places:
                s, name = s + len(first) + 1, rest  # 'In Ouagadougou, police ...': the sentence's first word is no part of the name
            head, _, last = name.rpartition(" ")
            if head and fold(last) in self.unit_words:
                name = head  # 'Sangha Commune': the unit word is read as such below
            elif head and fold(last) in self.facilities:
                name = head  # 'the Diffa Airport', 'the Tassiga bridge': the place the facility is in
            e = s + len(name)
            key = fold(name)
            if len(name) < 2 or key in self.demonyms or (key in self.not_places and self._cue(folded, start, s) != "admin"):
                # 'the Sahel', 'the Sahel region' (the wider Sahel) are no place; 'la région du Sahel' is Burkina Faso's
                continue
            if name.isupper() and len(name) <= 5:
                continue  # 'NGO', 'RTB', 'FAMa': acronyms, not places
            cue = self._cue(folded, start, s)
            if cue == "bare" and elsewhere and self.list_link.fullmatch(folded, elsewhere[-1].end, s):
                cue = "elsewhere"  # 'deployed from Gao and Niamey': Niamey too
            if cue == "elsewhere":
                # 'a resident who fled to Bandiagara', 'évacués vers Dapaong': not where it happened; only
                # somewhere around it when the sentence names no other place
                place = self.gaz.best(name)
                if place is not None and place.kind == "country":
                    mentions.append(LocationMention(s, e, name, "country", place))  # 'trucks coming from Côte d'Ivoire'
                elif place is not None:
                    elsewhere.append(LocationMention(s, e, name, "near", place, weak=True))
                continue
            prev = mentions[-1] if mentions else None
            if cue == "bare" and prev is not None and prev.cue in ("settlement", "plain", "near") and self.list_link.fullmatch(folded, prev.end, s):
                cue = prev.cue  # 'the villages of Tereli and Amani': Amani is a village too
            place = self.gaz.best(name)
            if self.admin_after is not None and self.admin_after.match(text, e, end):
                cue = "admin"  # 'the Kayes region': the region, not the town
            elif self.near_after is not None and self.near_after.match(text, e, end):
                cue = "near"  # 'Tangangari zone', 'Folonzo forest': around the place
            if cue == "admin":  # 'the Kayes region', 'la région de Kayes'
                wider = [p for p in self.gaz.lookup(name) if p.kind in ("admin1", "admin2")]
                place = sorted(wider, key=lambda p: p.kind)[0] if wider else place
            if place is not None and place.source == "imported" and cue == "bare":
                place = None  # a capitalised word that happens to be some village: not without a cue
            at_sentence_start = not text[start:s].strip()
            if place is None and (cue in ("plain", "bare") or at_sentence_start):
                # an unknown capitalised word after "in" is too often not a place
                if cue != "plain" or not self._looks_like_toponym(text, s, e):
                    continue
            if place is not None and place.kind == "country" and cue != "admin":
                mentions.append(LocationMention(s, e, name, "country", place))
                continue
            mention = LocationMention(s, e, name, cue, place)
            if cue in ("admin", "near"):
                mention.holds = self.anaphora.search("unnamed_settlements", folded, max(start, s - 40), s) is not None
            alt = _ALT_NAME.match(text, e, end) if place is None else None
            if alt is not None:
                # 'Migneboli [Midio-Bouri]', 'Gagare (Ag Gari)': an unknown name and another name of the place
                other = self.gaz.best(alt.group(1))
                if other is not None and other.kind not in ("admin1", "admin2", "country"):
                    hint_spans.append((alt.start(), alt.end()))
                    mention = LocationMention(alt.start(1), alt.end(1), alt.group(1), cue, other)
                    e = alt.end()
            bracket = self.bracket.match(text, e, end)
            if bracket:
                hint_spans.append((bracket.start(), bracket.end()))
                mention.admin_hints = self._hints([part for part in re.split(r"[,;/]", bracket.group(1)) if part.strip()])
                hinted = {h.country for h in mention.admin_hints}
                if hinted and (mention.place is None or mention.place.country not in hinted):
                    # the brackets name the district: a homonym elsewhere is not this place
                    mention.place = self.gaz.best(mention.name, hinted)
                    if mention.place is not None and mention.place.country not in hinted:
                        mention.place = None
            mentions.append(mention)
        self._pair_between(folded, mentions)
        return mentions or elsewhere

    def _cue(self, folded: str, sentence_start: int, pos: int) -> str:
        window = folded[max(sentence_start, pos - 60) : pos]
        if self.glued_unit is not None:
            window = self.glued_unit.sub(r"\1 \2", window)
        best, best_end, best_start = "bare", -1, 0
        for group in ("settlement", "near", "admin", "plain", "elsewhere"):
            pattern = self.cue_at_end.get(group)
            m = pattern.search(window) if pattern is not None else None  # a cue right before the name
            if m is not None and m.end() > best_end - (0 if group == "plain" else 1):
                if group == "plain" and best != "bare":
                    continue
                best, best_end, best_start = group, m.end(), m.start()
        if best == "settlement" and any(not window[m.end() : best_start].strip() for m in self.cues.find("near", window[:best_start])):
            return "near"  # 'near the village of X': somewhere around X
        return best

    def _looks_like_toponym(self, text: str, s: int, e: int) -> bool:
        """An unknown name after 'in'/'à' is taken as a place unless a person-like title or
        an organisation-like word follows."""
        after = text[e : e + 3]
        return not after.startswith(("'s", "’s"))

    def _hints(self, parts: list[str]) -> list[Place]:
        """'(Koutiala, Sikasso)': the country all the parts agree on, the widest unit deciding
        (the last part is usually the region), then each part resolved in that country."""
        parts = [self._known_part(p) for p in parts]
        candidates = [self.gaz.lookup(p.strip()) for p in parts]
        votes: dict[str, int] = {}
        for weight, places in enumerate(candidates, 1):
            for country in {p.country for p in places if p.kind in ("admin1", "admin2")}:
                votes[country] = votes.get(country, 0) + 2 * weight
            for country in {p.country for p in places if p.kind == "town" or p.source.startswith("builtin")}:
                votes[country] = votes.get(country, 0) + 1.5
            for country in {p.country for p in places if p.kind in ("village", "locality")}:
                votes[country] = votes.get(country, 0) + 1
        if not votes:
            return []
        best_last = next((self.gaz.best(p.strip()) for p in reversed(parts) if self.gaz.lookup(p.strip())), None)
        country = max(votes, key=lambda c: (votes[c], best_last is not None and best_last.country == c))
        hints = []
        for i, places in enumerate(candidates):
            # '(Koutiala, Sikasso)': the district, then the region
            last = i == len(candidates) - 1  # a lone '(Gao)' is read as the region: the safer, wider unit
            rank = {"admin1": 0, "admin2": 1} if last else {"admin2": 0, "admin1": 1}
            rank.update({"town": 2, "village": 3, "locality": 4})
            here = sorted((p for p in places if p.country == country),
                          key=lambda p: (rank.get(p.kind, 5), not p.source.startswith("builtin"), -p.population))
            if here:
                hints.append(here[0])
        return hints

    def _known_part(self, part: str) -> str:
        """'Pobe-Mengao-Soum' (a department and its province run together): the last piece the
        gazetteer knows as a unit, when the whole is unknown."""
        if "-" not in part or self.gaz.lookup(part.strip()):
            return part
        pieces = [x for x in part.strip().split("-") if x]
        for cut in range(len(pieces) - 1, 0, -1):
            tail = "-".join(pieces[cut:])
            if any(p.kind in ("admin1", "admin2") for p in self.gaz.lookup(tail)):
                return tail
        return part

    def _admin(self, name: str) -> Place | None:
        """A bracketed hint: an admin unit preferably, else a known town (its country still helps)."""
        candidates = self.gaz.lookup(name.strip())
        if not candidates:
            return None
        rank = {"admin2": 0, "admin1": 1, "town": 2, "village": 3, "country": 4}
        return sorted(candidates, key=lambda p: (rank.get(p.kind, 5), -p.population))[0]

    def _pair_between(self, folded: str, mentions: list[LocationMention]) -> None:
        for a, b in zip(mentions, mentions[1:]):
            link = folded[a.end : b.start]
            if a.cue == "near" and self.between_link.fullmatch(link):
                a.between = b.name
                b.cue = "between2"


__all__ = ["LocationFinder", "LocationMention", "place_key"]
