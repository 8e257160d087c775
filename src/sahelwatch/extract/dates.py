"""Event dates resolved against the publication date, with ACLED's time_precision
(1 day, 2 week or a few days, 3 month or longer). Never the ingestion date."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from sahelwatch.extract.lexicon import Lexicon, lexicon
from sahelwatch.extract.text import entry_regex

MID_MONTH = 15  # the day ACLED codes an event known only to its month


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    value: date
    precision: int
    kind: str  # day, range, month, year, weekday, relative, previous, period
    reported: bool = False  # the date of a statement ('the army said on Monday'), not of the event

    @property
    def specific(self) -> bool:
        return self.kind not in ("year", "month", "period")


def _alt(words) -> str:
    """Alternation of lexicon entries, longest first; one that never matches when there are none."""
    return "|".join(sorted((entry_regex(w) for w in words), key=len, reverse=True)) or "(?!)"


def _symbols(entries) -> str:
    """Alternation of words and signs ('and', '-', '–'), longest first."""
    return "|".join(sorted((entry_regex(w) if w[:1].isalnum() else re.escape(w) for w in entries), key=len, reverse=True)) or "(?!)"


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


class DateReader:
    def __init__(self, lex: Lexicon):
        self.lex = lex
        month = f"(?P<month>{_alt(lex.months)})\\.?"
        month2 = f"(?P<month2>{_alt(lex.months)})\\.?"
        # a month alone ('in July'), never one that is also a number word (« de sept individus »: seven)
        alone = f"(?P<month>{_alt({k: v for k, v in lex.months.items() if k not in lex.number_words})})\\.?"
        words = lex.date_words
        day = rf"(?P<day>[0-3]?\d)(?:{_alt(words['day_suffixes'])})?"
        day2 = rf"(?P<day2>[0-3]?\d)(?:{_alt(words['day_suffixes'])})?"
        year = r"(?:,?\s*(?P<year>(?:19|20)\d\d))?"
        article = rf"(?:(?:{_alt(words['articles'])})\s+)?"
        between = rf"(?:{_alt(words['range_open'])})\s+{article}"
        link = rf"\s*(?:{_symbols(words['range_link'])})\s*{article}"
        lead = _alt(words["month_lead"])
        month_of = rf"(?:(?:{_alt(words['month_of'])})\s+)?"
        weekday = f"(?:(?:{_alt(lex.weekdays)})\\s*,?\\s*)?"
        self.patterns = [
            ("range", re.compile(rf"(?<!\w)(?:{between})?{day}(?:\s+{month2})?{link}{day2}\s+{month}{year}(?!\w)")),
            ("range", re.compile(rf"(?<!\w){between}{month}\s+{day}{link}{day2}{year}(?!\w)")),
            ("day", re.compile(rf"(?<!\w){weekday}{day}\s+{month}{year}(?!\w)")),
            ("day", re.compile(rf"(?<!\w){weekday}{month}\s+{day}(?!\d){year}(?!\w)")),
            ("month", re.compile(rf"(?<!\w){month}\s+(?P<year>(?:19|20)\d\d)(?!\w)")),
            ("month", re.compile(rf"(?<!\w)(?:{lead})[\s-]+{month_of}{alone}(?!\w)")),
            ("year", re.compile(r"(?<![\w.,])(?P<year>(?:19|20)\d\d)(?![\w.,]\d|\w)")),
        ]
        weekdays = _alt(lex.weekdays)
        night_of, night_link = _alt(words["night_of"]), _alt(words["night_link"])
        self.night = re.compile(rf"(?<!\w)(?:{night_of})\s+(?P<wd>{weekdays})(?:\s+(?:{night_link})\s+(?:{weekdays}))?(?!\w)")
        last = _alt(lex.last_words) if lex.last_words else "last"
        self.weekday = re.compile(rf"(?<!\w)(?:(?P<last1>{last})\s+)?(?P<wd>{weekdays})(?:\s+(?P<last2>{last}))?(?!\w)")
        self.relative = re.compile(rf"(?<!\w)(?:{_alt(lex.relative_days)})(?!\w)") if lex.relative_days else None
        self.previous = re.compile(rf"(?<!\w)(?:{_alt(lex.relative_to_previous)})(?!\w)") if lex.relative_to_previous else None
        self.approximate_then = frozenset(("",) + tuple(words["approximate_then"]))  # 'around | the 4th'
        self.periods = re.compile(rf"(?<!\w)(?:{_alt(lex.periods)})(?!\w)") if lex.periods else None

    def _counts_people(self, text: str, end: int) -> bool:
        """A four-digit number followed by people ('2000 people', '1500 soldiers') is a count, not a year."""
        following = text[end : end + 30].split()[:1]
        return bool(following) and any(self.lex.participants.search(g, following[0].strip(",.;:")) is not None
                                       for g in ("civilians", "persons", "protesters"))

    def find(self, folded: str, published: date | None, previous: date | None = None,
             start: int = 0, end: int | None = None) -> list[DateMention]:
        end = len(folded) if end is None else end
        text = folded[start:end]
        found: list[DateMention] = []
        taken: list[tuple[int, int]] = []

        def free(s, e):
            return all(e <= a or s >= b for a, b in taken)

        def add(s, e, value, precision, kind):
            if value is None or not free(s, e):
                return
            taken.append((s, e))
            found.append(DateMention(start + s, start + e, value, precision, kind))

        for kind, pattern in self.patterns:
            for m in pattern.finditer(text):
                if not free(m.start(), m.end()):
                    continue
                groups = m.groupdict()
                month = self.lex.months.get(groups["month"].rstrip(".")) if groups.get("month") else None
                year = int(groups["year"]) if groups.get("year") else None
                if kind == "year":
                    if not self._counts_people(text, m.end()):  # not '2000 people demonstrated'
                        add(m.start(), m.end(), date(year, 1, 1), 3, "year")
                    continue
                if kind == "month":
                    if year is None and published is None:
                        continue
                    y = year or _infer_year(month, 1, published)
                    # a month alone is coded mid-month (ACLED), never after the publication date
                    mid = date(y, month, MID_MONTH)
                    add(m.start(), m.end(), min(mid, published) if published and published >= date(y, month, 1) else mid, 3, "month")
                    continue
                day = int(groups["day"])
                y = year or (_infer_year(month, day, published) if published else None)
                if y is None:
                    continue
                if kind == "range":
                    first_month = self.lex.months.get(groups["month2"].rstrip(".")) if groups.get("month2") else month
                    first = _safe_date(y if first_month <= month else y - 1, first_month, day)
                    last = _safe_date(y, month, int(groups["day2"]))
                    if first and last and 0 <= (last - first).days <= 31:
                        add(m.start(), m.end(), first, 2 if (last - first).days <= 7 else 3, "range")
                    continue
                add(m.start(), m.end(), _safe_date(y, month, day), 1, "day")
        if published is not None:
            for m in self.night.finditer(text):
                add(m.start(), m.end(), _last_weekday(published, self.lex.weekdays[m.group("wd")], strict=False), 1, "weekday")
            for m in self.weekday.finditer(text):
                strict = bool(m.group("last1") or m.group("last2"))
                add(m.start(), m.end(), _last_weekday(published, self.lex.weekdays[m.group("wd")], strict), 1, "weekday")
            if self.relative:
                for m in self.relative.finditer(text):
                    add(m.start(), m.end(), published + timedelta(days=self.lex.relative_days[_key(m.group(0))]), 1, "relative")
            if self.periods:
                for m in self.periods.finditer(text):
                    back, precision, *anchor = self.lex.periods[_key(m.group(0))]
                    day = published - timedelta(days=back)
                    if anchor == ["week_start"]:
                        day -= timedelta(days=day.weekday())  # 'last week': the Monday of that calendar week
                    add(m.start(), m.end(), day, precision, "period")
        if self.previous:
            for m in self.previous.finditer(text):
                offset = self.lex.relative_to_previous[_key(m.group(0))]
                days, precision = offset if isinstance(offset, list) else (offset, 1)  # [days, time_precision]
                # 'the army said on Monday that its air force had struck them that morning': a day told
                # earlier in the same stretch of text is the one referred to, else the event told before
                told = [d.value for d in found if d.precision == 1 and d.start < start + m.start()]
                anchor = told[-1] if told else previous
                if anchor is not None:
                    add(m.start(), m.end(), anchor + timedelta(days=days), precision, "previous")
        return sorted(found, key=lambda d: d.start)

    def approximate_before(self, folded: str, pos: int) -> bool:
        window = folded[max(0, pos - 22) : pos]
        return any(window[m.end():].strip() in self.approximate_then for m in self.lex.approximate.find("approximate", window))


def _key(text: str) -> str:
    return " ".join(re.split(r"[\s]+", text))


def _infer_year(month: int, day: int, published: date) -> int:
    """The year that puts the date on or before publication, closest to it: a report cannot
    tell as done what happens after it is published (a day month-and-day only, no year)."""
    candidate = _safe_date(published.year, month, min(day, 28) if month == 2 and day > 28 else day)
    if candidate and candidate > published:
        return published.year - 1
    return published.year


def _last_weekday(published: date, weekday: int, strict: bool) -> date:
    back = (published.weekday() - weekday) % 7
    if back == 0 and strict:
        back = 7
    return published - timedelta(days=back)


@lru_cache(maxsize=None)
def date_reader(lang: str) -> DateReader:
    return DateReader(lexicon(lang))
