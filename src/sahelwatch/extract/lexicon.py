"""A language's lexicons, compiled once: trigger groups, participants, force
cues, fatality words, numbers, dates and modality cues."""

from __future__ import annotations

import re
from functools import lru_cache

from sahelwatch.datafiles import DataFileError, load_yaml
from sahelwatch.extract.text import compile_entries, entry_regex, fold


class Groups:
    """Named groups of entries, each compiled into one regex over folded text."""

    def __init__(self, groups: dict[str, list[str]]):
        self.entries = {name: list(values or []) for name, values in groups.items()}
        self.patterns = {name: compile_entries(values) for name, values in self.entries.items()}

    def find(self, group: str, folded: str, start: int = 0, end: int | None = None) -> list[re.Match]:
        pattern = self.patterns.get(group)
        if pattern is None:
            return []
        return list(pattern.finditer(folded, start, len(folded) if end is None else end))

    def search(self, group: str, folded: str, start: int = 0, end: int | None = None) -> re.Match | None:
        pattern = self.patterns.get(group)
        return pattern.search(folded, start, len(folded) if end is None else end) if pattern else None

    def __contains__(self, group: str) -> bool:
        return self.patterns.get(group) is not None


def _typos(months: dict[str, int]) -> dict[str, int]:
    """Month names of six letters or more with one letter (not the first) dropped, where that makes no other month name."""
    out: dict[str, int] = {}
    for name, number in months.items():
        if len(name) >= 6 and name.isalpha():
            for i in range(1, len(name)):  # the first letter stays
                variant = name[:i] + name[i + 1:]
                if variant not in months:
                    out.setdefault(variant, number)
    return out


class Lexicon:
    def __init__(self, lang: str):
        self.lang = lang
        self.triggers = Groups(self._groups("event_triggers"))
        self.participants = Groups(self._groups("participants"))
        self.forces = Groups(self._groups("force_cues"))
        self.fatalities = Groups(self._groups("fatalities"))
        self.modality = Groups(self._groups("modality"))
        numbers = self._load("numbers")
        self.number_words = {fold(k): v for k, v in (numbers.get("words") or {}).items()}
        self.multipliers = {fold(k): v for k, v in (numbers.get("multipliers") or {}).items()}
        self.vague = {fold(k): v for k, v in (numbers.get("vague") or {}).items()}
        self.qualifiers = Groups(numbers.get("qualifiers") or {})
        endings = self._load("fatalities").get("endings") or {}
        self.endings = {k: tuple(fold(w) for w in endings.get(k, [])) for k in ("progressive", "participle", "adverb", "plural")}
        self.ranges = {k: [fold(w) for w in v] for k, v in (numbers.get("ranges") or {}).items()}
        self.number_joiners = [fold(w) for w in numbers.get("joiners", [])]
        dates = self._load("dates")
        self.months = {fold(k): v for k, v in dates["months"].items()}
        self.months.update(_typos(self.months))  # 'Octobr 5', 'Otober 27': a letter dropped in long names
        self.weekdays = {fold(k): v for k, v in dates["weekdays"].items()}
        self.relative_days = {fold(k): v for k, v in dates["relative_days"].items()}
        self.relative_to_previous = {fold(k): v for k, v in dates["relative_to_previous"].items()}
        self.periods = {fold(k): tuple(v) for k, v in dates["periods"].items()}
        self.last_words = [fold(w) for w in dates.get("last", [])]
        self.approximate = Groups({"approximate": dates.get("approximate", [])})
        # the small words of written dates ('3rd', 'between ... and', 'the month of', 'the night of')
        self.date_words = {k: [fold(w) for w in dates.get(k, [])] for k in
                           ("day_suffixes", "range_open", "range_link", "articles", "month_lead", "month_of", "night_of", "night_link", "approximate_then",
                            "period_start")}
        self.period_starts = tuple(self.date_words["period_start"]) or ("\0",)  # read per candidate sentence
        # 'said on Monday', 'in a statement on Monday', 'a déclaré lundi': a statement's date just before
        cues = "|".join(entry_regex(w) for w in dates.get("report_cues", []))
        self.report_dates = re.compile(rf"(?<!\w)(?:{cues})\s*,?\s*$") if cues else None
        # 'the 2018 finance law', 'the 2015 coup': a year that names a thing of its year, not a date
        named = "|".join(entry_regex(w) for w in dates.get("year_naming", []))
        self.year_naming = re.compile(rf"(?<!\w)(?:{named})\s+$") if named else None
        # every trigger of every group: the cheap first pass
        self.any_trigger = compile_entries([e for values in self.triggers.entries.values() for e in values])

    def _load(self, kind: str) -> dict:
        try:
            return load_yaml(f"lexicons/{self.lang}/{kind}.yaml")
        except DataFileError:
            return {}

    def _groups(self, kind: str) -> dict:
        return self._load(kind).get("groups") or {}


@lru_cache(maxsize=None)
def lexicon(lang: str) -> Lexicon:
    return Lexicon(lang)
