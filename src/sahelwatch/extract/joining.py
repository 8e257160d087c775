"""Joining sentences into events: a sentence that only adds to the event before
it (deaths, a response, the place) is folded in; two reports of one incident merge."""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import TYPE_CHECKING

from sahelwatch.extract.actors import actor_finder
from sahelwatch.extract.classify import BATTLES, EXPLOSIONS, PROTESTS, RIOTS, SD, SUB_RANK, VAC, refine_with
from sahelwatch.extract.dates import date_reader
from sahelwatch.extract.fatalities import fatality_counter
from sahelwatch.extract.lexicon import lexicon
from sahelwatch.extract.modality import ASSERTED, modality
from sahelwatch.extract.text import fold
from sahelwatch.models import EventReport, Span

if TYPE_CHECKING:
    from sahelwatch.extract.engine import _Context

# when one story's sentences disagree on the type, the more violent reading wins
TYPE_RANK = {SD: 0, PROTESTS: 1, RIOTS: 2, VAC: 3, EXPLOSIONS: 4, BATTLES: 5}


_QUOTES = frozenset('"«“\'')
_BULLETS = ("- ", "* ", "• ", "– ")


_ENTRY = re.compile(r"\*{0,2}\d{1,2}\s?[h:.]\s?\d{2}\*{0,2}\s*[—–-]")  # a live blog's time-stamped entry: '**09h40** —', '14:30 -'


def _bullet(text: str, start: int) -> bool:
    """A sentence that opens an item of a list ('- Three survivors ...', '• On 3 May ...') or an entry of a live
    blog ('**09h40** — ...'): a bullet or a time stamp at the start of its line."""
    return (text.startswith(_BULLETS, start) or _ENTRY.match(text, start) is not None) and not text[text.rfind("\n", 0, start) + 1 : start].strip()


class SentenceJoiner:
    """Mixed into EventExtractor: needs ``self.finder``, ``self.gaz``, ``self.region``, ``self._has_deaths``."""

    def _named_again(self, ctx: _Context, span, dates, report: EventReport, reports: list[EventReport]) -> bool:
        """'The abduction caused deep emotion as far as Dapaong', « rien ne relie la victime à l'enlèvement »: with
        no day of its own, every event word is a noun after 'the'/« l' », and an event of that kind was told
        already: the sentence names it again, it tells no new one (nor its place). Words that make no event
        without a day ('suspended') do not count: 'Partners suspended clinics after the abduction of the nurse'."""
        lex, mod = lexicon(ctx.lang), modality(ctx.lang)
        the = lex.modality.patterns.get("named_again_determiners")

        def names_the_event(d) -> bool:  # "Monday's shooting": the day of the event named again
            word = ctx.folded[d.start : d.end + 3].split(" ")[0]
            return the is not None and the.fullmatch(word) is not None

        told = [r for r in reports if r.event_type == report.event_type or {r.event_type, report.event_type} <= {BATTLES, VAC, EXPLOSIONS}]
        if any(d.specific and not d.reported and not names_the_event(d) for d in dates) or not told \
                or lex.modality.search("took_place", ctx.folded, *span):
            return False  # ('The attack took place 8 km east of Sandaré': where it happened, told now)
        found = [m for g in self.event_groups - self.undated_none for m in lex.triggers.find(g, ctx.folded, *span)
                 if mod.classify(ctx.folded, span, (m.start(), m.end())) == ASSERTED]
        return bool(found) and the is not None and all(
            the.fullmatch(ctx.folded[max(span[0], m.start() - 12) : m.start()].strip().split(" ")[-1]) is not None for m in found)

    def _adds_detail(self, ctx: _Context, span, dates, last: EventReport) -> bool:
        """A following sentence with event words but no event of its own, and no time of
        its own: 'Twelve soldiers were killed.', 'The escort returned fire.'"""
        if not last.evidence or span[0] - last.evidence[-1].end > 400 or _bullet(ctx.text, span[0]):
            return False  # (an item of a list is a line of its own: '- Three survivors of sexual violence received care')
        if self._toll_news(ctx, last, span):
            return True  # ('Five corpses of militants were discovered the following day')
        dates = [d for d in dates if not d.reported]  # 'the army said on Monday': when it was said
        if any(d.kind != "year" for d in dates) or self._past_year(ctx, dates):
            return False  # a time of its own, or history ('En 2022, une attaque similaire...')
        lex = lexicon(ctx.lang)
        mod = modality(ctx.lang)
        if mod.generic(ctx.folded, span, [(d.start, d.end) for d in dates]) or lex.modality.search("denial", ctx.folded, *span):
            return False  # (a denial is the other side's version, not a detail of the event)
        return self._has_deaths(ctx, span) or any(
            mod.classify(ctx.folded, span, (m.start(), m.end())) == ASSERTED
            for g in ("gunfire", "clash", "harm", "kill", "intervention") for m in lex.triggers.find(g, ctx.folded, *span)
        )

    def _fold_in(self, ctx: _Context, report: EventReport, span) -> None:
        s, e = span
        report.evidence.append(Span(s, e, ctx.text[s:e]))
        self._recount(ctx, report)
        self._refine(ctx, report, span)

    def _refine(self, ctx: _Context, report: EventReport, span) -> None:
        """What a joined sentence adds to the event: the police dispersing a protest, a fight back."""
        s, e = span
        lex, mod = lexicon(ctx.lang), modality(ctx.lang)
        groups = {g for g in lex.triggers.patterns if lex.triggers.search(g, ctx.folded, s, e)}
        # a protest refined only by what the sentence asserts: « sans intervention des forces de l'ordre » is none
        asserted = {g for g in groups if any(mod.classify(ctx.folded, span, (m.start(), m.end())) == ASSERTED
                                             for m in lex.triggers.find(g, ctx.folded, s, e))}
        state = any(a.kind == "state" for a in actor_finder(ctx.lang, self.region).find(ctx.text, ctx.folded, s, e))
        report.sub_event_type = refine_with(report.event_type, report.sub_event_type, asserted, state)
        self._armed_response(ctx, report, (s, e), groups)

    def _armed_response(self, ctx: _Context, report: EventReport, span, groups: set[str]) -> None:
        """'Village self-defence groups responded to the attack': a fight, not a one-sided attack."""
        s, e = span
        if report.event_type == VAC and groups & {"gunfire", "clash"}:
            found = actor_finder(ctx.lang, self.region).find(ctx.text, ctx.folded, s, e)
            armed = [a for a in found if a.armed]
            if not armed and "clash" in groups:
                # 'Fulani villagers repelled the attack': people who fight back are a communal militia (ACLED)
                armed = [actor_finder(ctx.lang, self.region).as_communal(a) for a in found if a.kind == "civilians"][:1]
            if armed:
                # 'village self-defence groups responded to the attack': a fight, not a one-sided attack
                report.event_type, report.sub_event_type = BATTLES, "Armed clash"
                country = next((c.iso2 for c in self.gaz.countries.values() if c.name == report.country), None)
                other = armed[0]
                report.actor2 = actor_finder(ctx.lang, self.region).name(other, country, report.event_date, self.gaz.country_name)
                report.inter2 = other.inter
                report.civilian_targeting = None
                report.set_interaction()

    def _join_target(self, ctx: _Context, reports: list[EventReport], report: EventReport, dates, paragraph: int, another) -> EventReport | None:
        """The event told before that the sentence's report is part of, if any: the one just before, or
        the fight it happened during ('a woman and her son were killed by stray bullets ... during the
        fighting on 19 June', told paragraphs after the attack on the post that day)."""
        if not reports or another:
            return None
        if self._joins(ctx, reports[-1], report, dates, paragraph, ctx.paragraph_of):
            return reports[-1]
        span = report.evidence[0]
        if report.event_date is None or lexicon(ctx.lang).modality.search("during_fight", ctx.folded, span.start, span.end) is None:
            return None
        fights = [r for r in reports if r.event_type in (BATTLES, EXPLOSIONS) and r.event_date == report.event_date
                  and (report.location is None or (r.location and fold(r.location) == fold(report.location)))]
        if not fights:
            return None
        reports.remove(fights[-1])
        reports.append(fights[-1])  # the event told on from here (the extractor puts reports back in text order at the end)
        return fights[-1]

    def _toll_news(self, ctx: _Context, last: EventReport, span: tuple[int, int], report: EventReport | None = None) -> bool:
        """'Four more bodies were found on Monday, bringing the toll to 27', 'One of the soldiers succumbed to his
        wounds on 1 May', 'Five corpses of militants were discovered the following day': news of the dead of the
        violent event told before, with a day of its own, and no other place."""
        words, (s, e) = lexicon(ctx.lang).fatalities, span
        if last.event_type not in (BATTLES, VAC, EXPLOSIONS):
            return False
        if words.search("toll_updates", ctx.folded, s, e):
            return bool(last.fatalities)
        if report is not None and report.event_type not in (BATTLES, VAC, EXPLOSIONS):
            return False  # ('... was beaten and burned by a crowd; he succumbed to his wounds': a lynching of its own)
        if words.search("died_of_wounds", ctx.folded, s, e):
            return True
        elsewhere = report is not None and report.location and last.location and fold(report.location) != fold(last.location)
        return not elsewhere and words.search("bodies_found", ctx.folded, s, e) is not None

    def _joins(self, ctx: _Context, last: EventReport, report: EventReport, dates, paragraph: int, paragraph_of) -> bool:
        """Whether the sentence's report is part of the event before: an item of a list never is."""
        return not _bullet(ctx.text, report.evidence[0].start) and (
            self._same_event(last, report) or self._continues(ctx, last, report, dates, paragraph, paragraph_of))

    def _continues(self, ctx: _Context, last: EventReport, report: EventReport, dates, paragraph: int, paragraph_of) -> bool:
        """A sentence with no date of its own that tells more of the event before it
        ('The attack took place 8 km east of Sandaré', 'They took two rifles')."""
        dates = [d for d in dates if not d.reported]
        if self._abductees_killed(ctx, last, report, dates):
            return True
        if self._toll_news(ctx, last, (report.evidence[0].start, report.evidence[0].end), report):
            return True
        if any(d.kind != "year" for d in dates) or self._past_year(ctx, dates):
            return False  # it has a time of its own: another event
        if self._day_told_since(ctx, last, report):
            return False  # 'Tension rose on Sunday in Konni. Youths erected barricades there': another day, another event
        if report.sub_event_type == "Air/drone strike" and last.sub_event_type != "Air/drone strike" and not (
                last.event_type == BATTLES and any(lexicon(ctx.lang).triggers.search(g, ctx.folded, report.evidence[0].start, report.evidence[0].end)
                                                   for g in ("clash", "gunfire"))):
            return False  # (strikes during the fight told before, 'pushed back by the soldiers' fire and two helicopters': the fight)
        if report.evidence[0].start - last.evidence[-1].end > 1500:
            return False
        if report.sub_event_type == "Disrupted weapons use" and last.sub_event_type != report.sub_event_type:
            return False  # a second device found after an attack: an event of its own
        if report.sub_event_type == "Arrests" and last.sub_event_type != "Arrests" and \
                lexicon(ctx.lang).modality.search("arrest_about", ctx.folded, report.evidence[0].start, report.evidence[0].end):
            return False  # 'police arrested three youths suspected of the lynching': an inquiry, not the riot's own arrests
        if lexicon(ctx.lang).modality.search("took_place", ctx.folded, report.evidence[0].start, report.evidence[0].end):
            if report.location:
                report.location_rank = min(report.location_rank, last.location_rank) - 1  # said outright: it wins
            return True  # 'The explosion occurred 40 km south of the town': where the event told happened
        quote = ctx.text[report.evidence[0].start : report.evidence[0].start + 1]
        if quote in _QUOTES and report.event_type == last.event_type:
            return True  # '"A detachment on the move between Boni and Torodi was ambushed," the statement says': the same event, quoted
        if report.location and last.location and report.location_rank < 3 and fold(report.location) != fold(last.location) \
                and fold(report.location) not in last.places_named:  # 'between Hombori and Boni' ... 'west of Boni'
            known = self.finder(ctx.lang).gaz.best(report.location)
            wider = report.location_rank == 2 or (known is not None and known.kind in ("admin1", "admin2", "country"))  # 'in the Kayes region'
            finer = report.location_rank < last.location_rank  # 'The attack took place 8 km east of Sandaré'
            if known is not None and not wider and not finer and report.event_type == last.event_type and report.sub_event_type != "Attack":
                return False
            if not wider and report.fatalities and last.fatalities:
                return False  # 'Hours earlier, gunmen had killed dozens of people in an attack on a mosque in Natiaboani': its own dead, its own place
        return True

    def _day_told_since(self, ctx: _Context, last: EventReport, report: EventReport) -> bool:
        """The sentence right before, with no event of its own, moved the story to another day and another
        place than the event before ('Tension rose on Sunday in Birni-N'Konni')."""
        told, start = ctx.discourse_date, report.evidence[0].start
        if told is None or told.precision != 1 or not last.evidence[-1].end < told.start < start or last.event_date in (None, told.value):
            return False
        i = bisect_right(ctx.sentences, told.start, key=lambda se: se[0]) - 1  # the sentence the day was told in
        if i + 1 >= len(ctx.sentences) or ctx.sentences[i + 1][0] != start:
            return False  # not the sentence right before
        places = self.finder(ctx.lang).find(ctx.text, ctx.folded, *ctx.sentences[i])
        return any(p.place is not None and p.cue != "country" and fold(p.name) not in last.places_named for p in places)

    @staticmethod
    def _abductees_killed(ctx: _Context, last: EventReport, report: EventReport, dates) -> bool:
        """'... abducted a councillor. They brought him back two days later and beheaded him': the
        people abducted, killed some days after, are one event (ACLED), dated when they were taken."""
        if last.sub_event_type != "Abduction/forced disappearance" or report.event_type != VAC or not report.fatalities:
            return False
        if any(d.kind not in ("previous", "year") for d in dates):
            return False  # a date of its own
        span = report.evidence[0]
        return lexicon(ctx.lang).participants.search("abductees", ctx.folded, span.start, span.end) is not None

    @staticmethod
    def _past_year(ctx: _Context, dates) -> bool:
        return ctx.published is not None and any(d.kind == "year" and d.value.year < ctx.published.year for d in dates)

    @staticmethod
    def _same_event(a: EventReport, b: EventReport) -> bool:
        if b.sub_event_type == "Air/drone strike" and a.sub_event_type != "Air/drone strike":
            return False  # strikes from the air after an attack are events of their own
        if a.event_type != b.event_type and not ({a.event_type, b.event_type} <= {BATTLES, VAC, EXPLOSIONS}):
            return False
        if a.event_date and b.event_date and abs((a.event_date - b.event_date).days) > 1:
            return False
        if a.event_date and b.event_date and a.event_date != b.event_date and a.sub_event_type != b.sub_event_type:
            return False  # 'an IED ... on Tuesday', 'On Wednesday, gunmen also attacked a police station'
        # 'killed 137 people in the Tahoua region, the government said on Monday ... raided the villages of
        # Intazayene and Bakorat on Sunday': the region told first, the villages after
        wider = bool(a.location and b.location) and a.location_rank == 2 and b.location_rank < 2 and a.country == b.country \
            and b.admin1 in (None, a.admin1) and a.event_type == b.event_type
        if a.location and b.location and fold(a.location) != fold(b.location) and not wider:
            return False
        if b.evidence[0].start - a.evidence[-1].end > 600:
            return False
        return wider or b.location is None or a.location is None or b.event_date is None or b.event_date == a.event_date

    def _merge(self, ctx: _Context, a: EventReport, b: EventReport) -> None:
        a.evidence.extend(b.evidence)
        a.places_named |= b.places_named
        if a.event_type == b.event_type and SUB_RANK.get(b.sub_event_type, 0) > SUB_RANK.get(a.sub_event_type, 0):
            a.sub_event_type = b.sub_event_type
        if a.event_type == b.event_type == VAC and "Abduction/forced disappearance" in (a.sub_event_type, b.sub_event_type):
            # beaten and abducted: an abduction; abducted and killed: an attack (decided after the recount)
            a.sub_event_type = "Abduction/forced disappearance"
        keep = a.sub_event_type in ("Air/drone strike", "Disrupted weapons use")  # 'The IED had been planted by JNIM'
        if a.event_type == EXPLOSIONS and b.event_type == BATTLES:
            # 'the security forces sealed off the area and swept it', 'one soldier killed and two wounded':
            # no fight unless shots follow, or a sweep that kills
            lex = lexicon(ctx.lang)
            fight = ("gunfire", "ambush", "clash") if b.fatalities else ("gunfire", "ambush")  # a sweep that kills is a fight
            keep = keep or not any(lex.triggers.search(g, ctx.folded, sp.start, sp.end) for sp in b.evidence for g in fight)
        if a.event_type in (PROTESTS, RIOTS) and b.event_type in (VAC, BATTLES) and "actor1" not in b.field_evidence:
            keep = True  # 'police fired tear gas to disperse protesters. Several people were injured.': still the protest
        if b.event_type in (PROTESTS, RIOTS) and a.event_type not in (PROTESTS, RIOTS) and "actor1" not in b.field_evidence:
            keep = True  # 'Armed men took the cattle. « They set fire to three shops »': no crowd named, no riot
        if TYPE_RANK.get(b.event_type, 0) > TYPE_RANK.get(a.event_type, 0) and not keep:
            # the rest of the story shows a fight (the escort returned fire) or a riot (tyres burned)
            a.event_type, a.sub_event_type = b.event_type, b.sub_event_type
            a.field_evidence["event_type"] = b.field_evidence.get("event_type", [])
            if b.actor2 and (a.actor2 is None or a.inter2 == 7):
                if b.actor2 == a.actor1 and b.actor1 and b.actor1 != a.actor1:
                    a.actor2, a.inter2 = b.actor1, b.inter1  # 'the army neutralised attackers in a counter-offensive': the army fought them
                else:
                    a.actor2, a.inter2 = b.actor2, b.inter2
            if a.inter1 in (5, 6) or b.inter1 in (5, 6):
                a.actor1, a.inter1 = b.actor1 or a.actor1, b.inter1 or a.inter1
            a.set_interaction()
            a.civilian_targeting = "Civilian targeting" if a.event_type == VAC or a.inter2 == 7 else None
        if a.event_type == PROTESTS and b.event_type == SD:
            for span in b.evidence:  # 'The police dispersed them with tear gas and made five more arrests'
                self._refine(ctx, a, (span.start, span.end))
        if b.location and a.location and b.location_rank < a.location_rank:
            # 'on the road linking Kayes to Bamako' ... 'about 8 km east of Sandaré': the finer place wins
            for name in ("location", "admin1", "admin2", "latitude", "longitude", "geo_precision", "location_rank"):
                setattr(a, name, getattr(b, name))
            a.field_evidence["location"] = b.field_evidence.get("location", [])
        # fields travel in groups: an actor with its inter code, a place with its admin units
        for group in (("location", "admin1", "admin2", "latitude", "longitude", "geo_precision"), ("country", "iso"),
                      ("actor1", "inter1"), ("actor2", "inter2"), ("event_date", "time_precision")):
            if getattr(a, group[0]) is None and getattr(b, group[0]) is not None:
                for name in group:
                    setattr(a, name, getattr(b, name))
                    if name in b.field_evidence:
                        a.field_evidence[name] = b.field_evidence[name]
        self._recount(ctx, a)
        lex = lexicon(ctx.lang)
        for span in b.evidence:
            groups = {g for g in lex.triggers.patterns if lex.triggers.search(g, ctx.folded, span.start, span.end)}
            self._armed_response(ctx, a, (span.start, span.end), groups)
        if a.sub_event_type == "Abduction/forced disappearance" and a.fatalities:
            a.sub_event_type = "Attack"
        a.confidence = max(a.confidence, b.confidence)

    def _recount(self, ctx: _Context, report: EventReport) -> None:
        """Deaths over every sentence of the event, counted together."""
        spans = [(x.start, x.end) for x in report.evidence]
        dates = [(d.start, d.end) for s, e in spans for d in date_reader(ctx.lang).find(ctx.folded, ctx.published, None, s, e)]
        deaths, counts = fatality_counter(ctx.lang).count(ctx.folded, spans, dates)
        report.fatalities = deaths
        if counts:
            report.field_evidence["fatalities"] = [Span(c.start, c.end, ctx.text[c.start:c.end]) for c in counts]


