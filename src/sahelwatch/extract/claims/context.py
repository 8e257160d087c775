"""One document as the claim readers see it: its sentences, folded text, the quotes
found so far, the people named, and lazily, per sentence, the named armed groups,
places and periods it mentions."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from datetime import date

from sahelwatch.datafiles import load_yaml
from sahelwatch.extract.actors import ActorFinder
from sahelwatch.extract.claims.cues import ClaimCues
from sahelwatch.extract.claims.people import Persons
from sahelwatch.extract.lexicon import lexicon
from sahelwatch.extract.places import LocationFinder
from sahelwatch.extract.text import compile_entries, entry_regex, fold
from sahelwatch.geocode.gazetteer import Gazetteer
from sahelwatch.models import Span

_YEAR = r"(?:19|20)\d{2}"
_BARE_YEAR = re.compile(rf"(?<![\w.,]){_YEAR}(?![\w.,]\d)(?!\w)")
_PLACE_KINDS = ("country", "admin1", "admin2", "town", "village")
_ORG_TAIL = re.compile(r"\s*([\w-]+)?\s*(?:\([^()]{1,30}\))?\s*")  # 'the Malian army (FAMa)', "l'armée malienne"


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    name: str  # as written (places) or canonical (actors)


@dataclass
class QuoteSpan:
    start: int  # the quoted words, marks excluded
    end: int
    speaker: str | None = None
    role: str | None = None


@dataclass
class Doc:
    doc_id: str
    text: str
    folded: str
    sentences: list[tuple[int, int]]
    published: date | None = None
    persons: Persons = field(default_factory=Persons)
    quotes: list[QuoteSpan] = field(default_factory=list)
    stats_in: dict[int, list] = field(default_factory=dict)  # sentence -> statistics read there
    _actors: dict[int, list[Mention]] = field(default_factory=dict)
    _mentions: dict[int, list] = field(default_factory=dict)  # every actor mention (named, state, generic)
    _places: dict[int, list[Mention]] = field(default_factory=dict)

    def __post_init__(self):
        self._starts = [s for s, _ in self.sentences]

    def sentence_of(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self._starts, pos) - 1)

    def span(self, s: int, e: int) -> Span:
        return Span(s, e, self.text[s:e])

    def quote_at(self, pos: int) -> QuoteSpan | None:
        for q in self.quotes:
            if q.start <= pos < q.end:
                return q
        return None


class Context:
    """The readers shared by the claim kinds: actors, places, periods."""

    def __init__(self, lang: str, cues: ClaimCues, actors: ActorFinder, gaz: Gazetteer):
        self.cues = cues
        self.actor_finder = actors
        self.gaz = gaz
        self.locations = LocationFinder(lang, gaz)
        country_names = [n for c in gaz.countries.values() for names in c.names.values() for n in names]
        self.extra_places = compile_entries(country_names + cues.entries["regions"])
        self.anaphors = cues.patterns["anaphors"]
        dates = load_yaml(f"lexicons/{lang}/dates.yaml")
        longest: dict[int, int] = {}
        for name, number in dates["months"].items():
            longest[number] = max(longest.get(number, 0), len(name))
        month_alt = "|".join(sorted({entry_regex(n) for n, v in dates["months"].items() if len(n) == longest[v]}, key=len, reverse=True))
        self.month = re.compile(rf"(?<!\w)(?:{month_alt})(?!\w)")
        unit = rf"(?:(?:{month_alt})(?:\s+{_YEAR})?|{_YEAR})"
        ranges = lexicon(lang).ranges  # 'between 2017 and 2020', 'de janvier à mars'
        link = "|".join(re.escape(w) for w in ranges.get("link", []) + ranges.get("pair", [])) or "-"
        keep, drop = cues.alternation("period_keep"), cues.alternation("period_drop")
        self.period_keep = re.compile(rf"(?<![\w'])(?:{keep})\s+{unit}(?:\s*(?:{link})\s*{unit})?(?![\w-])")
        self.period_drop = re.compile(rf"(?<![\w'])(?:{drop})\s+({unit})(?!\s*\d)(?![\w-])")
        self.period_phrases = cues.patterns.get("period_phrases")
        self.day_words = compile_entries(list(dates["weekdays"]) + list(dates["relative_days"]))
        self.day_date = re.compile(rf"(?<!\w)(?:(?:{month_alt})\s+\d{{1,2}}(?!\d)|\d{{1,2}}(?:er)?\s+(?:{month_alt}))(?!\w)")

    # --- actors -----------------------------------------------------------------
    def actors(self, doc: Doc, i: int) -> list[Mention]:
        """Named armed groups in sentence ``i`` (canonical names), cached."""
        if i not in doc._actors:
            doc._actors[i] = [Mention(a.start, a.end, a.template) for a in self._all(doc, i) if a.kind == "named"]
        return doc._actors[i]

    def _all(self, doc: Doc, i: int) -> list:
        if i not in doc._mentions:
            s, e = doc.sentences[i]
            doc._mentions[i] = self.actor_finder.find(doc.text, doc.folded, s, e)
        return doc._mentions[i]

    def org_ending(self, doc: Doc, lo: int, end: int) -> tuple[str, int] | None:
        """A named armed group or a state's forces that ends at ``end`` ('JNIM', 'the Malian
        army (FAMa)'): (name, start). State forces take their ACLED name when the country
        is known, else the words as written."""
        for a in self._all(doc, doc.sentence_of(lo)):
            if not (lo <= a.start and a.end <= end and self._org_tail(doc, a.end, end)):
                continue
            if a.kind == "named":
                return a.template, a.start
            if a.kind == "state":
                name = self.actor_finder.name(a, None, doc.published, self.gaz.country_name)
                start = max(lo, doc.text.rfind(",", lo, a.start) + 1)
                written = doc.text[start : a.end].strip()
                if name or len(written.split()) <= 4:
                    return name or written, start
        return None

    def _org_tail(self, doc: Doc, pos: int, end: int) -> bool:
        """What may follow a group's name before its verb: an acronym in brackets, a
        demonym ('l'armée malienne', 'the Malian army (FAMa)')."""
        m = _ORG_TAIL.fullmatch(doc.folded, pos, end)
        return m is not None and (not m.group(1) or m.group(1) in self.actor_finder.demonyms)

    def is_actor(self, doc: Doc, s: int, e: int) -> bool:
        return any(a.start < e and s < a.end for a in self.actors(doc, doc.sentence_of(s)))

    def recent_actor(self, doc: Doc, i: int, window: int = 4) -> Mention | None:
        """The last named group of the ``window`` sentences before ``i``."""
        for j in range(i - 1, max(-1, i - 1 - window), -1):
            found = self.actors(doc, j)
            if found:
                return found[-1]
        return None

    def actor_for(self, doc: Doc, i: int, lo: int, hi: int, skip: tuple[int, int] = (0, 0),
                  anaphora: bool = True) -> tuple[str | None, bool]:
        """The named group a clause is about: named in it, else the group an anaphor
        ('the group') points back to. Returns (name, from_context)."""
        for a in self.actors(doc, i):
            if lo <= a.start < hi and not (skip[0] <= a.start < skip[1]):
                return a.name, False
        if anaphora and self.anaphors is not None and self.anaphors.search(doc.folded, lo, hi):
            recent = self.recent_actor(doc, i)
            if recent is not None:
                return recent.name, True
        return None, False

    # --- places -----------------------------------------------------------------
    def places(self, doc: Doc, i: int) -> list[Mention]:
        """Places the gazetteer knows, country names and regions, as written, cached."""
        if i not in doc._places:
            s, e = doc.sentences[i]
            out: list[Mention] = []
            for m in self.locations.find(doc.text, doc.folded, s, e):
                if m.place is not None and m.place.kind in _PLACE_KINDS and not self.is_actor(doc, m.start, m.end):
                    out.append(Mention(m.start, m.end, m.name))
            if self.extra_places is not None:
                for m in self.extra_places.finditer(doc.folded, s, e):
                    if not any(p.start < m.end() and m.start() < p.end for p in out):
                        out.append(Mention(m.start(), m.end(), doc.text[m.start() : m.end()]))
            doc._places[i] = sorted(out, key=lambda p: p.start)
        return doc._places[i]

    # --- periods ----------------------------------------------------------------
    def periods(self, doc: Doc, lo: int, hi: int, bare: bool = True) -> list[Mention]:
        """'since 2017', 'July' (from 'In July'), 'this year', as written; with ``bare``, a
        year alone ('a 2020 survey') when nothing else is given."""
        f, out = doc.folded, []
        for m in self.period_keep.finditer(f, lo, hi):
            out.append(Mention(m.start(), m.end(), doc.text[m.start() : m.end()]))
        for m in self.period_drop.finditer(f, lo, hi):
            if not any(p.start <= m.start(1) < p.end for p in out) and self._month_ok(doc, m.start(1)):
                out.append(Mention(m.start(1), m.end(1), doc.text[m.start(1) : m.end(1)]))
        if self.period_phrases is not None:
            for m in self.period_phrases.finditer(f, lo, hi):
                if not any(p.start < m.end() and m.start() < p.end for p in out):
                    out.append(Mention(m.start(), m.end(), doc.text[m.start() : m.end()]))
        if not out and bare:  # 'a 2020 survey'
            out = [Mention(m.start(), m.end(), m.group(0)) for m in _BARE_YEAR.finditer(f, lo, hi)][:1]
        return sorted(out, key=lambda p: p.start)

    def _month_ok(self, doc: Doc, pos: int) -> bool:
        """English month names are capitalised ('in May', not 'may')."""
        return self.cues.lang != "en" or not self.month.match(doc.folded, pos) or doc.text[pos].isupper()

    def day_specific(self, doc: Doc, lo: int, hi: int) -> bool:
        """A weekday, 'yesterday' or 'July 5': one day, so one event, not an aggregate."""
        return bool((self.day_words and self.day_words.search(doc.folded, lo, hi)) or self.day_date.search(doc.folded, lo, hi))

    def is_month(self, folded: str, s: int, e: int) -> bool:
        return self.month.fullmatch(folded, s, e) is not None

    def is_place_name(self, name: str) -> bool:
        key = fold(name)
        if self.extra_places is not None and self.extra_places.fullmatch(key):
            return True
        return any(p.kind in ("country", "admin1", "admin2") for p in self.gaz.lookup(name, fuzzy=False))
