"""The event coder: a document in, event reports out.

Cascade: every sentence is scanned once for trigger words (one regex); only
candidate sentences get the costlier steps (modality, actors, places, dates,
fatalities). Sentences that only add casualties or detail to the event just
before them are folded into it.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from dataclasses import dataclass
from datetime import date

from sahelwatch import __version__
from sahelwatch.datafiles import load_yaml
from sahelwatch.extract.actors import actor_finder
from sahelwatch.extract.classify import BATTLES, EXPLOSIONS, PROTESTS, RIOTS, SD, SUB_RANK, VAC, Scene, classify, refine_with
from sahelwatch.extract.dates import DateMention, date_reader
from sahelwatch.extract.fatalities import FatalityCounter
from sahelwatch.extract.lexicon import lexicon
from sahelwatch.extract.modality import ASSERTED, Modality
from sahelwatch.extract.nlp import PERSON_LABELS, PLACE_LABELS, EntityTagger
from sahelwatch.extract.numbers import number_reader
from sahelwatch.extract.places import LocationFinder
from sahelwatch.extract.roles import assign_roles
from sahelwatch.extract.text import fold
from sahelwatch.geocode.gazetteer import Gazetteer, gazetteer
from sahelwatch.models import Article, EventReport, Span
from sahelwatch.normalize.sentences import SentenceSplitter

log = logging.getLogger(__name__)
EXTRACTOR_VERSION = f"rules-{__version__}"
_DATELINE = re.compile(r"(?:^|\n)[A-ZÀ-Ý][A-ZÀ-Ý' .-]+,(?:\s*[A-Z][\w ]+,)?\s*$")
_DATELINE_HEAD = re.compile(r"\s*[A-ZÀ-Ý][A-ZÀ-Ý' .-]{2,}(?:,\s*[A-Z][\w ]{1,30})?(?:,\s*[\w .]{1,20})?\s*(?:\([^)]{0,60}\))?\s*[-–—]")
# when one story's sentences disagree on the type, the more violent reading wins
TYPE_RANK = {SD: 0, PROTESTS: 1, RIOTS: 2, VAC: 3, EXPLOSIONS: 4, BATTLES: 5}


@dataclass
class _Context:
    text: str
    folded: str
    published: date | None
    lang: str
    country_prior: str | None
    discourse_date: DateMention | None = None
    discourse_paragraph: int = -1


class EventExtractor:
    def __init__(self, region: str = "sahel", languages: tuple[str, ...] = ("en", "fr"), gaz: Gazetteer | None = None,
                 tagger: EntityTagger | None = None, type_model=None, model_threshold: float = 0.9):
        self.region = region
        self.languages = languages
        self.gaz = gaz or gazetteer(region)
        self.tagger = tagger
        self.type_model = type_model
        self.model_threshold = model_threshold
        self._finders: dict[str, LocationFinder] = {}
        self.splitter = SentenceSplitter(languages)
        groups = load_yaml("taxonomy.yaml")["trigger_groups"]
        self.event_groups = frozenset(groups["event"])
        self.weak_alone = frozenset(groups["weak_alone"])

    def finder(self, lang: str) -> LocationFinder:
        if lang not in self._finders:
            self._finders[lang] = LocationFinder(lang, self.gaz)
        return self._finders[lang]

    # --- public -------------------------------------------------------------
    def extract_article(self, article: Article) -> list[EventReport]:
        if not article.lang_supported:
            return []
        reports = self.extract(article.text, article.published, article.lang, article.id, article.sentences or None)
        for r in reports:
            r.story_id = article.story_id
        return reports

    def extract(self, text: str, published: date | None, lang: str | None, doc_id: str,
                sentences: list[tuple[int, int]] | None = None) -> list[EventReport]:
        lang = lang if lang in self.languages else self.languages[0]
        folded = fold(text)
        sentences = sentences or self.splitter(text)
        ctx = _Context(text, folded, published, lang, self._country_prior(text, folded, lang))
        reports: list[EventReport] = []
        paragraph_of = _paragraphs(text, sentences)
        lex = lexicon(lang)
        skip_first = _is_headline(text, sentences)
        for i, (s, e) in enumerate(sentences):
            dates = date_reader(lang).find(folded, published, ctx.discourse_date.value if ctx.discourse_date else None, s, e)
            if (i == 0 and skip_first) or lex.any_trigger.search(folded, s, e) is None:
                self._remember_dates(ctx, dates, paragraph_of[i])
                continue
            report = self._code_sentence(ctx, i, (s, e), dates, paragraph_of[i], doc_id)
            self._remember_dates(ctx, dates, paragraph_of[i])
            if report is None:
                if reports and self._adds_detail(ctx, (s, e), dates, reports[-1]):
                    self._fold_in(ctx, reports[-1], (s, e))
                continue
            if reports and (self._same_event(reports[-1], report) or self._continues(ctx, reports[-1], report, dates, paragraph_of[i], paragraph_of)):
                self._merge(ctx, reports[-1], report)
            else:
                reports.append(report)
            if i + 1 < len(sentences):
                self._late_agent(ctx, reports[-1], sentences[i + 1])
        return reports

    def _late_agent(self, ctx: _Context, report: EventReport, span) -> None:
        """'The device was likely planted by JNIM militants.': the author, named after the event."""
        if report.inter1 not in (None, 2) or (report.actor1 and not report.actor1.startswith("Unidentified")):
            return
        named = [a for a in actor_finder(ctx.lang, self.region).find(ctx.text, ctx.folded, *span) if a.kind == "named" and a.inter in (2, 3, 4)]
        if not named:
            return
        from sahelwatch.extract.roles import assign_roles

        roles = assign_roles(named, ctx.folded, named[0].start, ctx.lang)
        country = next((c.iso2 for c in self.gaz.countries.values() if c.name == report.country), None)
        finder = actor_finder(ctx.lang, self.region)
        if roles.combined is not None:
            report.actor1, report.inter1 = roles.combined["name"], roles.combined["inter"]
        else:
            report.actor1 = finder.name(named[0], country, report.event_date, self.gaz.country_name)
            report.inter1 = named[0].inter
        s, e = span
        report.field_evidence["actor1"] = [Span(named[0].start, named[0].end, ctx.text[named[0].start:named[0].end])]
        if report.actor1 and report.inter2:
            pair = sorted(x for x in (report.inter1, report.inter2) if x)
            report.interaction = int("".join(map(str, pair)))

    # --- one sentence -------------------------------------------------------
    def _code_sentence(self, ctx: _Context, index: int, span: tuple[int, int], dates: list[DateMention],
                       paragraph: int, doc_id: str) -> EventReport | None:
        lang, text, folded = ctx.lang, ctx.text, ctx.folded
        s, e = span
        lex = lexicon(lang)
        modality = Modality(lex, number_reader(lang))
        groups: dict[str, list[tuple[int, int]]] = {}
        not_asserted = 0
        masked = [(d.start, d.end) for d in dates]
        for group in lex.triggers.patterns:
            for m in lex.triggers.find(group, folded, s, e):
                if modality.classify(folded, span, (m.start(), m.end()), masked) == ASSERTED:
                    groups.setdefault(group, []).append((m.start(), m.end()))
                else:
                    not_asserted += 1
        present = set(groups) & self.event_groups
        if not present:
            return None
        has_day = any(d.specific and s <= d.start < e for d in dates)
        if not has_day and modality.generic(folded, span, masked):
            return None  # 'similar ambushes have been reported near X': a pattern, not an event
        if not has_day and all(self._plural_noun(lex, folded, p) for g in present for p in groups[g]):
            return None  # 'attacks on fuel convoys' with no date: a kind of event, not one
        actors = actor_finder(lang, self.region).find(text, folded, s, e)
        if present <= self.weak_alone and not self._has_deaths(ctx, span) and len({a.org for a in actors if a.armed}) < 2:
            return None
        finder = self.finder(lang)
        exclude = [(a.start, a.end) for a in actors if a.kind in ("named", "state")] + [(d.start, d.end) for d in dates]
        dateline = _DATELINE_HEAD.match(text, s, e)
        if dateline:
            exclude.append((dateline.start(), dateline.end()))  # where the reporter files from, not where it happened
        places = finder.find(text, folded, s, e, exclude)
        deaths, counts = FatalityCounter(lex, number_reader(lang)).count(folded, [span], [(d.start, d.end) for d in dates])
        trigger_pos = min(p[0] for g in present for p in groups[g])
        roles = assign_roles(actors, folded, trigger_pos, lang)
        scene = Scene(
            groups=present,
            armed_state=roles.has_state,
            armed_nonstate=roles.has_nonstate,
            civilian_victims=roles.civilian_victims,
            armed_target=roles.armed_target,
            two_armed_sides=roles.two_sides,
            deaths=deaths or 0,
            property_target=self._attacks_property(lex, folded, groups, e),
        )
        coded = classify(scene)
        if coded is None:
            return None
        event_type, sub_type = coded
        if self.type_model is not None:
            m_type, m_sub, probability = self.type_model.predict([text[s:e]])[0]
            if probability >= self.model_threshold:
                event_type, sub_type = m_type, m_sub
        if sub_type == "Other" and not any(d.start >= s and d.specific for d in dates):
            return None  # a passing mention of curfews or blockades, not a dated event
        when = self._pick_date(ctx, dates, trigger_pos, paragraph)
        if when is not None and when.kind == "year" and ctx.published and when.value.year < ctx.published.year:
            return None  # history in passing ("the 2019 attack")
        if when is None and not places and not roles.actor1:
            return None  # nothing to pin it down: a generic statement
        report = EventReport(doc_id=doc_id, event_type=event_type, sub_event_type=sub_type, extractor_version=EXTRACTOR_VERSION)
        report.evidence = [Span(s, e, text[s:e])]
        trig = sorted(p for g in present for p in groups[g])[0]
        report.field_evidence["event_type"] = [Span(trig[0], trig[1], text[trig[0]:trig[1]])]
        if when is not None:
            report.event_date = when.value
            approx = date_reader(lang).approximate_before(folded, when.start)
            report.time_precision = 2 if approx and when.precision == 1 else when.precision
            if when.start >= s:
                report.field_evidence["event_date"] = [Span(when.start, when.end, text[when.start:when.end])]
        place = self._pick_place(places)
        country = self._country(ctx, place, places, actors)
        self._fill_place(report, place, country)
        if event_type == EXPLOSIONS and roles.actor1 is not None and roles.actor1.kind == "state" and not present & {"air", "drone", "shelling"}:
            # a vehicle that struck a mine is the target, not the author
            roles.actor2, roles.actor1 = roles.actor1, None
        self._fill_actors(report, roles, country, lang)
        report.fatalities = deaths
        if counts:
            report.field_evidence["fatalities"] = [Span(c.start, c.end, text[c.start:c.end]) for c in counts]
        report.confidence = self._confidence(report, roles, place)
        return report

    # --- pieces -------------------------------------------------------------
    @staticmethod
    def _attacks_property(lex, folded: str, groups, end: int) -> bool:
        """The thing attacked is a building or goods: 'attacked the school', not 'attacked the village'."""
        for g in ("attack", "destroy", "loot"):
            for s, e in groups.get(g, []):
                head = " ".join(folded[e : min(end, e + 60)].split()[:4])
                if lex.participants.search("property", head) and not lex.participants.search("civilians", head):
                    return True
        return False

    @staticmethod
    def _plural_noun(lex, folded: str, pos: tuple[int, int]) -> bool:
        """An event noun in the plural ('attacks', 'enlevements'): the lexicon's count nouns."""
        word = folded[pos[0] : pos[1]]
        m = lex.modality.search("count_nouns", word)
        return m is not None and m.start() == 0 and m.end() == len(word)

    def _has_deaths(self, ctx: _Context, span) -> bool:
        lex = lexicon(ctx.lang)
        deaths, _ = FatalityCounter(lex, number_reader(ctx.lang)).count(ctx.folded, [span])
        return bool(deaths)

    def _pick_date(self, ctx: _Context, dates: list[DateMention], trigger_pos: int, paragraph: int) -> DateMention | None:
        specific = [d for d in dates if d.kind != "year"]
        if len(specific) > 1:
            # a dateline ('BAMAKO, Jan 13 (Wire) -') dates the report, not the event
            specific = [d for d in specific if not _DATELINE.match(ctx.text, max(0, d.start - 40), d.start)] or specific
        if specific:
            return min(specific, key=lambda d: (abs(d.start - trigger_pos) if d.start > trigger_pos else abs(trigger_pos - d.end) + 1))
        if dates:
            return dates[0]
        if ctx.discourse_date is not None:
            return ctx.discourse_date
        return None

    def _remember_dates(self, ctx: _Context, dates: list[DateMention], paragraph: int) -> None:
        specific = [d for d in dates if d.specific]
        if specific:
            ctx.discourse_date = specific[0]
            ctx.discourse_paragraph = paragraph

    @staticmethod
    def _check_places(places, entities):
        """With a spaCy model: an unknown name is a place only if tagged as one, and a
        name tagged as a person is no place (a village may share a family name)."""
        def overlaps(p, labels):
            return any(a < p.end and p.start < b and label in labels for a, b, label in entities)

        kept = []
        for p in places:
            if overlaps(p, PERSON_LABELS) and (p.place is None or p.place.source == "imported"):
                continue
            if p.place is None and p.cue in ("plain", "bare") and entities and not overlaps(p, PLACE_LABELS):
                continue
            kept.append(p)
        return kept

    def _pick_place(self, places):
        ranked = [p for p in places if p.cue not in ("country", "between2")]
        if not ranked:
            return None
        order = {"settlement": 0, "near": 1, "plain": 2, "bare": 3, "admin": 4}
        known = [p for p in ranked if p.place is not None or p.cue == "settlement"]
        pool = known or ranked
        return sorted(pool, key=lambda p: (order.get(p.cue, 5), p.place is None, p.start))[0]

    def _country(self, ctx: _Context, place, places, actors) -> str | None:
        if place is not None and place.country:
            return place.country
        for p in places:
            if p.country:
                return p.country
        for a in actors:
            if a.kind in ("state", "named") and a.country and a.country in self.gaz.country_order[:5]:
                return a.country
        return ctx.country_prior

    def _fill_place(self, report: EventReport, mention, country: str | None) -> None:
        if country:
            info = self.gaz.countries.get(country)
            report.country = info.name if info else None
            report.iso = info.iso if info else None
        if mention is None:
            return
        report.location = mention.name
        report.field_evidence["location"] = [Span(mention.start, mention.end, mention.name)]
        place = mention.place
        hints = mention.admin_hints
        if place is not None and place.kind != "country":
            report.admin1 = place.admin1 or next((h.admin1 for h in hints if h.admin1), None)
            report.admin2 = place.admin2 or next((h.admin2 for h in hints if h.admin2), None)
            if place.kind == "admin1" and not place.admin1:
                report.admin1 = place.name
        elif hints:
            report.admin1 = next((h.admin1 for h in hints if h.admin1), None)
            report.admin2 = next((h.admin2 for h in hints if h.admin2), None)
        report.geo_precision = 2 if mention.cue in ("near", "between2") else 3 if (place is not None and place.kind in ("admin1",)) else 1
        if place is not None and place.kind != "country" and place.lat is not None:
            # the gazetteer's point (for an admin unit, its main town); issue 4 refines this
            report.latitude, report.longitude = round(place.lat, 5), round(place.lon, 5)
            if place.kind == "admin2" and report.geo_precision == 1:
                report.geo_precision = 2

    def _fill_actors(self, report: EventReport, roles, country: str | None, lang: str) -> None:
        finder = actor_finder(lang, self.region)
        name_of = self.gaz.country_name
        when = report.event_date

        def named(mention):
            return finder.name(mention, country, when, name_of) if mention is not None else None

        a1 = roles.actor1
        if roles.combined is not None:
            report.actor1, report.inter1 = roles.combined["name"], roles.combined["inter"]
        elif a1 is not None:
            report.actor1, report.inter1 = named(a1), a1.inter
        report.assoc_actor_1 = named(roles.assoc1)
        a2 = roles.actor2
        if report.event_type == VAC and (a2 is None or a2.kind != "civilians"):
            civilians = finder.generic["civilians"]["name"]
            report.actor2 = civilians.format(country=name_of(country)) if country and name_of(country) else None
            report.inter2 = 7
        elif roles.combined2 is not None and a2 is not None and a2.armed:
            report.actor2, report.inter2 = roles.combined2["name"], roles.combined2["inter"]
        elif a2 is not None and not (report.event_type == BATTLES and a2.kind == "civilians"):
            report.actor2, report.inter2 = named(a2), a2.inter
        if report.event_type == BATTLES and report.actor2 is None and country and name_of(country):
            # the other side of a battle, when only its kind is known
            if report.inter1 == 1:
                report.actor2, report.inter2 = finder.generic["unidentified"]["name"].format(country=name_of(country)), 2
            elif roles.armed_target:
                report.actor2, report.inter2 = finder.forces.name(country, "military", when), 1
        if report.event_type in (PROTESTS, RIOTS):
            kind = "protesters" if report.event_type == PROTESTS else "rioters"
            crowd = finder.generic[kind]["name"]
            if report.inter1 not in (5, 6):
                if report.actor1 and report.inter1 == 1:
                    report.actor2, report.inter2 = report.actor1, 1
                report.actor1 = crowd.format(country=name_of(country)) if country and name_of(country) else None
                report.inter1 = 6 if kind == "protesters" else 5
            if report.actor2 and report.inter2 in (5, 6, 7):
                report.actor2, report.inter2 = None, None
        if report.actor1 is None and report.event_type in (VAC, EXPLOSIONS, BATTLES) and country and name_of(country):
            report.actor1 = finder.generic["unidentified"]["name"].format(country=name_of(country))
            report.inter1 = 2
        if report.actor1 and report.actor1 == report.actor2:
            report.actor2, report.inter2 = None, None
        if report.inter1:
            pair = sorted(x for x in (report.inter1, report.inter2) if x)
            report.interaction = int("".join(map(str, pair))) if len(pair) == 2 else report.inter1 * 10
        if report.event_type == VAC or report.inter2 == 7:
            report.civilian_targeting = "Civilian targeting"

    def _confidence(self, report: EventReport, roles, place) -> float:
        score = 0.4
        score += 0.15 if report.event_date is not None else 0
        score += 0.15 if place is not None and place.place is not None else 0.05 if place is not None else 0
        score += 0.15 if roles.actor1 is not None and roles.actor1.kind in ("named", "state") else 0.05
        score += 0.1 if report.event_type != SD else 0
        return round(min(score, 0.95), 2)

    def _country_prior(self, text: str, folded: str, lang: str) -> str | None:
        """The country an article is mostly about: its country names, demonyms and known places."""
        counts: Counter = Counter()
        finder = actor_finder(lang, self.region)
        for m in finder.demonym_pattern.finditer(folded):
            counts[finder.demonyms[m.group(0)]] += 1
        for p in self.finder(lang).find(text, folded, 0, len(text)):
            if p.place is not None and p.place.kind != "country":
                counts[p.place.country] += 2
        return counts.most_common(1)[0][0] if counts else None

    # --- joining sentences --------------------------------------------------
    def _adds_detail(self, ctx: _Context, span, dates, last: EventReport) -> bool:
        """A following sentence with event words but no event of its own, and no time of
        its own: 'Twelve soldiers were killed.', 'The escort returned fire.'"""
        if not last.evidence or span[0] - last.evidence[-1].end > 400:
            return False
        if any(d.kind != "year" for d in dates):
            return False
        lex = lexicon(ctx.lang)
        modality = Modality(lex, number_reader(ctx.lang))
        return self._has_deaths(ctx, span) or any(
            modality.classify(ctx.folded, span, (m.start(), m.end())) == ASSERTED
            for g in ("gunfire", "clash", "harm", "kill", "intervention") for m in lex.triggers.find(g, ctx.folded, *span)
        )

    def _fold_in(self, ctx: _Context, report: EventReport, span) -> None:
        s, e = span
        report.evidence.append(Span(s, e, ctx.text[s:e]))
        self._recount(ctx, report)
        lex = lexicon(ctx.lang)
        groups = {g for g in lex.triggers.patterns if lex.triggers.search(g, ctx.folded, s, e)}
        state = any(a.kind == "state" for a in actor_finder(ctx.lang, self.region).find(ctx.text, ctx.folded, s, e))
        report.sub_event_type = refine_with(report.event_type, report.sub_event_type, groups, state)
        if report.event_type == VAC and groups & {"gunfire", "clash"}:
            armed = [a for a in actor_finder(ctx.lang, self.region).find(ctx.text, ctx.folded, s, e) if a.armed]
            if armed:
                # 'village self-defence groups responded to the attack': a fight, not a one-sided attack
                report.event_type, report.sub_event_type = BATTLES, "Armed clash"
                country = next((c.iso2 for c in self.gaz.countries.values() if c.name == report.country), None)
                other = armed[0]
                report.actor2 = actor_finder(ctx.lang, self.region).name(other, country, report.event_date, self.gaz.country_name)
                report.inter2 = other.inter
                report.civilian_targeting = None
                pair = sorted(x for x in (report.inter1, report.inter2) if x)
                report.interaction = int("".join(map(str, pair))) if len(pair) == 2 else None

    def _continues(self, ctx: _Context, last: EventReport, report: EventReport, dates, paragraph: int, paragraph_of) -> bool:
        """A sentence with no date of its own that tells more of the event before it
        ('The attack took place 8 km east of Sandaré', 'They took two rifles')."""
        if any(d.kind != "year" for d in dates):
            return False  # it has a time of its own: another event
        if report.evidence[0].start - last.evidence[-1].end > 1500:
            return False
        if report.location and last.location and fold(report.location) != fold(last.location):
            known = self.finder(ctx.lang).gaz.best(report.location)
            wider = known is not None and known.kind in ("admin1", "admin2", "country")  # 'in the Kayes region'
            if known is not None and not wider and report.event_type == last.event_type and report.sub_event_type != "Attack":
                return False
        return True

    @staticmethod
    def _same_event(a: EventReport, b: EventReport) -> bool:
        if a.event_type != b.event_type and not ({a.event_type, b.event_type} <= {BATTLES, VAC, EXPLOSIONS}):
            return False
        if a.event_date and b.event_date and abs((a.event_date - b.event_date).days) > 1:
            return False
        if a.location and b.location and fold(a.location) != fold(b.location):
            return False
        if b.evidence[0].start - a.evidence[-1].end > 600:
            return False
        return b.location is None or a.location is None or b.event_date is None or b.event_date == a.event_date

    def _merge(self, ctx: _Context, a: EventReport, b: EventReport) -> None:
        a.evidence.extend(b.evidence)
        if a.event_type == b.event_type and SUB_RANK.get(b.sub_event_type, 0) > SUB_RANK.get(a.sub_event_type, 0):
            a.sub_event_type = b.sub_event_type
        if TYPE_RANK.get(b.event_type, 0) > TYPE_RANK.get(a.event_type, 0) and a.sub_event_type != "Air/drone strike":
            # the rest of the story shows a fight (the escort returned fire) or a riot (tyres burned)
            a.event_type, a.sub_event_type = b.event_type, b.sub_event_type
            a.field_evidence["event_type"] = b.field_evidence.get("event_type", [])
            if b.actor2 and (a.actor2 is None or a.inter2 == 7):
                a.actor2, a.inter2 = b.actor2, b.inter2
            if a.inter1 in (5, 6) or b.inter1 in (5, 6):
                a.actor1, a.inter1 = b.actor1 or a.actor1, b.inter1 or a.inter1
            pair = sorted(x for x in (a.inter1, a.inter2) if x)
            a.interaction = int("".join(map(str, pair))) if len(pair) == 2 else (a.inter1 or 0) * 10 or None
            a.civilian_targeting = "Civilian targeting" if a.event_type == VAC or a.inter2 == 7 else None
        for name in ("location", "admin1", "admin2", "country", "iso", "geo_precision", "actor1", "inter1",
                     "actor2", "inter2", "event_date", "time_precision"):
            if getattr(a, name) is None and getattr(b, name) is not None:
                setattr(a, name, getattr(b, name))
                if name in b.field_evidence:
                    a.field_evidence[name] = b.field_evidence[name]
        self._recount(ctx, a)
        a.confidence = max(a.confidence, b.confidence)

    def _recount(self, ctx: _Context, report: EventReport) -> None:
        """Deaths over every sentence of the event, counted together."""
        spans = [(x.start, x.end) for x in report.evidence]
        dates = [(d.start, d.end) for s, e in spans for d in date_reader(ctx.lang).find(ctx.folded, ctx.published, None, s, e)]
        deaths, counts = FatalityCounter(lexicon(ctx.lang), number_reader(ctx.lang)).count(ctx.folded, spans, dates)
        report.fatalities = deaths
        if counts:
            report.field_evidence["fatalities"] = [Span(c.start, c.end, ctx.text[c.start:c.end]) for c in counts]


def build_extractor(settings, places=()) -> EventExtractor:
    """The coder as the settings describe it: region, languages, gazetteer (built in
    plus ``places`` imported into a store), spaCy models, an optional type model."""
    gaz = Gazetteer(settings.region)
    n = gaz.add_imported(places)
    if n:
        log.info("gazetteer: built-in layers and %d imported places", n)
    model = None
    if settings.extract.model:
        from sahelwatch.extract.model import TypeModel

        model = TypeModel.load(settings.extract.model)
    tagger = EntityTagger(settings.nlp.models, settings.nlp.enabled)
    return EventExtractor(settings.region, tuple(settings.languages.coded), gaz, tagger, model, settings.extract.model_threshold)


def _paragraphs(text: str, sentences: list[tuple[int, int]]) -> list[int]:
    out, paragraph, last_end = [], 0, 0
    for s, e in sentences:
        if "\n\n" in text[last_end:s]:
            paragraph += 1
        out.append(paragraph)
        last_end = e
    return out


def _is_headline(text: str, sentences: list[tuple[int, int]]) -> bool:
    if len(sentences) < 2:
        return False
    s, e = sentences[0]
    line = text[s:e]
    return "\n" in text[e : sentences[1][0]] and not line.rstrip().endswith((".", "!", "?", "»", '"', "”")) and len(line) < 200


__all__ = ["EventExtractor", "EXTRACTOR_VERSION", "build_extractor"]
