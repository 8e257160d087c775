"""Aggregate statistics: 'a record 54 attacks across Burkina Faso' in July, 'an estimated
64% of violent events in the Sahel since 2017', '100% of women and 90% of men surveyed',
« 54 attaques en juillet », « 64 % des violences ».

What counts:
- a percentage ('64%', '64 per cent', '64 %', '64 pour cent'), with what it counts
  ('of violent events'), a place or a period;
- a count of events ('54 attacks', '17 abductions': data/lexicons/<lang>/claims.yaml
  stat_nouns) with an aggregate marker ('a record', 'across', 'a total of') or a period
  that is not one day ('in July', 'since 2017'), or going on with the statistic of the
  sentence before ('They conducted 36 attacks in Mali ...');
- an aggregate toll ('10,000 deaths since 2017') with a period that is not one day;
- a figure coordinated with one of these ('... and seven in Niger'), which inherits what
  is counted, the actor and the period.
Not: one event's casualties ('killed 12 soldiers'), ages, distances, money, years,
durations ('11 years'): none of them is a count of events or a percentage."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sahelwatch.extract.claims.context import Context, Doc, Mention
from sahelwatch.extract.claims.cues import ClaimCues
from sahelwatch.extract.claims.people import PERSON, People
from sahelwatch.extract.lexicon import lexicon
from sahelwatch.extract.numbers import NumberReader
from sahelwatch.models import Claim

PERCENT, EVENTS, TOLL = "percent", "events", "toll"
_GAP = re.compile(r"[\s\w'’\-]*")  # words only: no punctuation between a number and its noun


@dataclass
class _Stat:
    value: float
    kind: str  # percent, events, toll
    counted: str | None
    num_start: int
    num_end: int
    start: int  # the phrase, with its qualifier ('an estimated 64%')
    end: int
    head: "_Stat | None" = None  # the figure a coordinated one goes on from


class StatisticReader:
    def __init__(self, lang: str, cues: ClaimCues, people: People, numbers: NumberReader, context: Context):
        self.cues = cues
        self.people = people
        self.numbers = numbers
        self.context = context
        self.lex = lexicon(lang)
        self.percent = re.compile(rf"(?<![\w.,])(\d+(?:[.,]\d+)?)\s?(?:%|(?:{cues.alternation('percent_words')})(?!\w))")
        self.events = cues.patterns["stat_nouns"]
        self.tolls = cues.patterns["toll_nouns"]
        self.aggregate = cues.patterns["aggregate_markers"]
        self.links = re.compile(rf"\s*(?:{cues.alternation('counted_links')})(?:\s+|(?<=')\s*)")
        self.continuers = re.compile(rf"\W*(?:{cues.alternation('continuers')})(?!\w)")
        self.coordinated = re.compile(rf"[^.;:()]{{0,50}}?(?:,|(?<!\w)(?:{cues.alternation('coordinators')})(?!\w))\s*$")
        self.place_link = re.compile(rf"\s+(?:{cues.alternation('place_links')})\s")
        self.link_tail = re.compile(rf"(?<![\w'])(?:{cues.alternation('counted_links')})\s*$")
        self.intro = re.compile(rf"(?<![\w'])(?:{cues.alternation('speech_intros')})\s+")
        self.stops = cues.words["phrase_stops"]
        # a count needs one of its nouns, a percentage its sign or word: the cheap first pass
        self.prefilter = cues.any_of("stat_nouns", "toll_nouns", "percent_words")

    def read(self, doc: Doc, i: int) -> list[Claim]:
        s, e = doc.sentences[i]
        f = doc.folded
        if "%" not in f[s:e] and not self.prefilter.search(f, s, e):
            return []
        stats = self._percents(doc, s, e) + self._counts(doc, s, e)
        stats.sort(key=lambda x: x.num_start)
        stats += self._coordinated(doc, s, e, stats)
        stats.sort(key=lambda x: x.num_start)
        if not stats:
            return []
        continuing = bool(doc.stats_in.get(i - 1)) and self.continuers.match(f, s, e) is not None
        aggregate = self.aggregate is not None and self.aggregate.search(f, s, e) is not None
        periods = self.context.periods(doc, s, e)
        one_day = self.context.day_specific(doc, s, e)
        out: list[Claim] = []
        dated = bool(self.context.periods(doc, s, e, bare=False))  # a year alone does not make an aggregate
        for k, st in enumerate(stats):
            if self._holds(st, aggregate, dated, one_day, continuing):
                nxt = stats[k + 1].num_start if k + 1 < len(stats) else e
                out.append(self._claim(doc, i, st, nxt, periods, continuing))
        doc.stats_in[i] = out
        return list(out)

    # --- finding figures --------------------------------------------------------
    def _percents(self, doc: Doc, s: int, e: int) -> list[_Stat]:
        out = []
        for m in self.percent.finditer(doc.folded, s, e):
            value = float(m.group(1).replace(",", "."))
            counted, cend = self._counted(doc, m.end(), e)
            out.append(_Stat(value, PERCENT, counted, m.start(), m.end(), self._qualified(doc, s, m.start()), cend or m.end()))
        return out

    def _counts(self, doc: Doc, s: int, e: int) -> list[_Stat]:
        f, out = doc.folded, []
        for n in self.numbers.find(f, s, e):
            if n.vague or n.value < 2 or self.percent.match(f, n.start):
                continue
            if re.fullmatch(r"(?:19|20)\d\d", f[n.start : n.end]):
                continue  # a year ('the 2012 attacks', 'in 2017')
            for kind, pattern, gap in ((EVENTS, self.events, 2), (TOLL, self.tolls, 3)):
                m = pattern.search(f, n.end, min(e, n.end + 45)) if pattern else None
                if m is None:
                    continue
                between = f[n.end : m.start()]
                if not _GAP.fullmatch(between) or len(between.split()) > gap or self.link_tail.search(between):
                    continue
                counted = doc.text[n.end : m.end()].strip()
                out.append(_Stat(float(n.value), kind, counted, n.start, n.end, self._qualified(doc, s, n.start), m.end()))
                break
        return out

    def _coordinated(self, doc: Doc, s: int, e: int, stats: list[_Stat]) -> list[_Stat]:
        """'36 attacks in Mali and seven in Niger': the second figure goes on from the first."""
        f, out = doc.folded, []
        used = {st.num_start for st in stats}
        numbers = [n for n in self.numbers.find(f, s, e) if not n.vague and n.start not in used]
        for st in [x for x in stats if x.kind != PERCENT]:
            prev_end = st.end
            for n in numbers:
                if n.start < prev_end or n.start in used:
                    continue
                if not self.coordinated.fullmatch(f, prev_end, n.start) or any(prev_end <= o.num_start < n.start for o in stats):
                    break
                if not self.place_link.match(f, n.end, e):
                    break
                used.add(n.start)
                new = _Stat(float(n.value), st.kind, st.counted, n.start, n.end, n.start, n.end, head=st.head or st)
                out.append(new)
                prev_end = n.end
        return out

    def _counted(self, doc: Doc, pos: int, e: int) -> tuple[str | None, int | None]:
        """'of violent events' after a percentage -> 'violent events'."""
        link = self.links.match(doc.folded, pos, e)
        if not link:
            return None, None
        words = []
        for m in re.finditer(r"[\w'’\-]+|[^\w\s]", doc.text[link.end() : e]):
            word = m.group(0)
            if not word[0].isalnum() or doc.folded[link.end() + m.start() : link.end() + m.end()] in self.stops or len(words) == 4:
                break
            words.append((link.end() + m.start(), link.end() + m.end()))
        if not words:
            return None, None
        return doc.text[words[0][0] : words[-1][1]], words[-1][1]

    def _qualified(self, doc: Doc, s: int, start: int) -> int:
        """Start the phrase at 'an estimated', 'more than', 'a record' right before the figure."""
        window_start = max(s, start - 30)
        window = doc.folded[window_start:start]
        best = start
        groups = [(self.lex.qualifiers, name) for name in ("at_least", "at_most", "about")] + [(self.cues, "aggregate_markers")]
        for groups_obj, name in groups:
            for m in groups_obj.find(name, window):
                if not window[m.end() :].strip():
                    best = min(best, window_start + m.start())
        return best

    # --- deciding and filling ---------------------------------------------------
    def _holds(self, st: _Stat, aggregate: bool, dated: bool, one_day: bool, continuing: bool) -> bool:
        if st.head is not None:
            return self._holds(st.head, aggregate, dated, one_day, continuing)
        if st.kind == PERCENT:
            return True
        if one_day and not aggregate:
            return False
        if st.kind == EVENTS:
            return aggregate or dated or continuing
        return dated and not one_day  # a toll: 'a total of 6 dead' is one event's, '10,000 deaths since 2017' is not

    def _claim(self, doc: Doc, i: int, st: _Stat, nxt: int, periods: list[Mention], continuing: bool) -> Claim:
        s, e = doc.sentences[i]
        head = st.head or st
        previous = doc.stats_in.get(i - 1) or []
        inherit = previous[-1] if continuing and previous else None
        places = self.context.places(doc, i)
        place = (next((p for p in places if st.num_start <= p.start < nxt), None)
                 or next((p for p in places if p.start >= st.num_start), None)
                 or next((p for p in reversed(places) if p.end <= st.num_start), None))
        period = next((p.name for p in periods if p.start >= head.num_start), None) or (periods[0].name if periods else None)
        if period is None and inherit is not None:
            period = inherit.period
        actors = self.context.actors(doc, i)
        actor = next((a.name for a in reversed(actors) if a.end <= head.num_start), None)
        actor = actor or next((a.name for a in actors if a.start >= head.num_start), None)
        if actor is None and inherit is not None:
            actor = inherit.actor
        if actor is None:
            actor = self.context.actor_for(doc, i, s, e)[0]
        end = st.end
        if place is not None and 0 <= place.start - end <= 25:
            end = place.end
        text = doc.text[st.start : end].strip()
        evidence = [doc.span(s, e)]
        if inherit is not None:
            evidence.append(inherit.evidence[0])
        quote = doc.quote_at(st.num_start)
        speaker = quote.speaker if quote else self._source(doc, s, e)
        confidence = 0.85 if st.kind == PERCENT else 0.8 if inherit is None else 0.7
        return Claim(doc.doc_id, "statistic", text, value=st.value, unit="percent" if st.kind == PERCENT else "count",
                     counted=st.counted, actor=actor, place=place.name if place else None, period=period, speaker=speaker,
                     evidence=evidence, confidence=confidence - (0.05 if st.head else 0.0))

    def _source(self, doc: Doc, s: int, e: int) -> str | None:
        """'According to ACLED, ...': the statistic's source."""
        for m in self.intro.finditer(doc.folded, s, e):
            who = self.people.intro_speaker(doc, m.end(), e)
            if who is not None and who.speaker:
                return doc.persons.canonical(who.speaker) if who.kind == PERSON else who.speaker.lower()
        return None
