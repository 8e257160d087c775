"""The event coder: a document in, event reports out.

Cascade: every sentence is scanned once for trigger words (one regex); only
candidate sentences get the costlier steps (modality, actors, places, dates,
fatalities). Sentences that only add casualties or detail to the event just
before them are folded into it.
"""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date

from sahelwatch import __version__
from sahelwatch.datafiles import load_yaml
from sahelwatch.extract.actors import actor_finder
from sahelwatch.extract.background import accusations, blank, disguises, drop_background, drop_within, plural_noun, source_spans
from sahelwatch.extract.classify import BATTLES, EXPLOSIONS, Scene, classify
from sahelwatch.extract.datechoice import DateChooser
from sahelwatch.extract.dates import DateMention, date_reader
from sahelwatch.extract.fatalities import fatality_counter
from sahelwatch.extract.fields import FieldFiller
from sahelwatch.extract.joining import SentenceJoiner
from sahelwatch.extract.leads import headings, tells_one
from sahelwatch.extract.lexicon import lexicon
from sahelwatch.extract.modality import ASSERTED, modality
from sahelwatch.extract.nlp import PERSON_LABELS, PLACE_LABELS, EntityTagger
from sahelwatch.extract.geotext import GeoText
from sahelwatch.extract.outlets import outlet_countries
from sahelwatch.extract.placeback import DATELINE_HEAD as _DATELINE_HEAD, PlaceBack
from sahelwatch.extract.places import LocationFinder
from sahelwatch.geocode.resolve import Resolver
from sahelwatch.extract.roles import assign_roles, crowd_acts, dead_subject
from sahelwatch.extract.text import fold
from sahelwatch.geocode.gazetteer import Gazetteer, gazetteer
from sahelwatch.models import Article, EventReport, Span
from sahelwatch.normalize.sentences import SentenceSplitter

log = logging.getLogger(__name__)
OUTLET_FIRM = 3  # votes a firm outlet hint adds to the article's countries
LEAD = 2  # sentences (after a headline) that may tell the article's event with neither date nor place
EXTRACTOR_VERSION = f"rules-{__version__}"


@dataclass
class _Context:
    text: str
    folded: str
    published: date | None
    lang: str
    country_prior: str | None
    country_votes: Counter = field(default_factory=Counter)
    outlet_country: str | None = None
    discourse_date: DateMention | None = None
    discourse_paragraph: int = -1
    sentences: list = field(default_factory=list)
    paragraph_of: list = field(default_factory=list)


class EventExtractor(FieldFiller, SentenceJoiner, GeoText, DateChooser, PlaceBack):
    def __init__(self, region: str = "sahel", languages: tuple[str, ...] = ("en", "fr"), gaz: Gazetteer | None = None,
                 tagger: EntityTagger | None = None, type_model=None, model_threshold: float | None = None):
        self.region = region
        self.languages = languages
        self.gaz = gaz or gazetteer(region)
        self.resolver = Resolver(self.gaz)
        self.tagger = tagger
        self.type_model = type_model
        self.model_threshold = model_threshold
        self._finders: dict[str, LocationFinder] = {}
        self.splitter = SentenceSplitter(languages)
        groups = load_yaml("taxonomy.yaml")["trigger_groups"]
        self.event_groups = frozenset(groups["event"])
        self.weak_alone = frozenset(groups["weak_alone"])
        self.undated_none = frozenset(groups["undated_none"])

    def finder(self, lang: str) -> LocationFinder:
        if lang not in self._finders:
            self._finders[lang] = LocationFinder(lang, self.gaz)
        return self._finders[lang]

    # --- public -------------------------------------------------------------
    def extract_article(self, article: Article) -> list[EventReport]:
        if not article.lang_supported:
            return []
        reports = self.extract(article.text, article.published, article.lang, article.id, article.sentences or None,
                               source=article.outlet, url=article.url)
        for r in reports:
            r.story_id = article.story_id
        return reports

    def extract(self, text: str, published: date | None, lang: str | None, doc_id: str,
                sentences: list[tuple[int, int]] | None = None, source: str | None = None, url: str | None = None) -> list[EventReport]:
        """The events ``text`` reports. ``source`` (the outlet, or several joined by ';') and ``url``
        only hint at the country (data/sources.yaml) when the text itself is silent."""
        lang = lang if lang in self.languages else self.languages[0]
        folded = fold(text)
        if published is None:
            published = self._dateline_date(folded, lang)
        sentences = sentences or self.splitter(text)
        votes = self._country_votes(text, folded, lang)
        outlet, firm = outlet_countries().prior(source, url)
        ctx = _Context(text, folded, published, lang, votes.most_common(1)[0][0] if votes else None, votes)
        if outlet:
            ctx.outlet_country = outlet
            # a local outlet reports mostly its own country: it outweighs the countries where the
            # actors operate (+2) but not a bracketed district or a country the text names
            ctx.country_votes[outlet] += OUTLET_FIRM if firm else 1
            ctx.country_prior = ctx.country_prior or outlet
        reports: list[EventReport] = []
        paragraph_of = _paragraphs(text, sentences)
        ctx.sentences, ctx.paragraph_of = sentences, paragraph_of
        lex = lexicon(lang)
        titles = headings(text, sentences)
        for i, (s, e) in enumerate(sentences):
            dates = self._flag_reported(lang, folded, s, date_reader(lang).find(folded, published, ctx.discourse_date.value if ctx.discourse_date else None, s, e))
            if i in titles or lex.any_trigger.search(folded, s, e) is None:
                self._remember_dates(ctx, dates, paragraph_of[i])
                continue
            report = self._code_sentence(ctx, i, (s, e), dates, paragraph_of[i], doc_id)
            self._remember_dates(ctx, dates, paragraph_of[i])
            another = lex.modality.search("another_event", folded, s, min(e, s + 40))  # 'The same day, ...', 'Separately, ...'
            if report is not None and self._named_again(ctx, (s, e), dates, report, reports):
                if reports[-1].event_type == report.event_type:
                    self._fold_in(ctx, reports[-1], (s, e))  # ('The police dispersed the demonstrators with tear gas')
                continue  # 'The abduction caused deep emotion as far as Dapaong': the event told already, not its place
            if report is None:
                if reports and not another and self._adds_detail(ctx, (s, e), dates, reports[-1]):
                    self._fold_in(ctx, reports[-1], (s, e))
                continue
            target = self._join_target(ctx, reports, report, dates, paragraph_of[i], another)
            if target is not None:
                self._merge(ctx, target, report)
            else:
                reports.append(report)
            if i + 1 < len(sentences):
                self._late_agent(ctx, reports[-1], sentences[i + 1])
                for j in range(i + 2, min(i + 4, len(sentences))):
                    # 'Presumed militants ambushed ... A third went missing. JNIM claimed responsibility.'
                    if paragraph_of[j] == paragraph_of[i] and lex.modality.search("responsibility", folded, *sentences[j]):
                        self._late_agent(ctx, reports[-1], sentences[j])
        if self.type_model is not None and reports:
            self._apply_model(reports)
        reports.sort(key=lambda r: r.evidence[0].start)
        for report in reports:
            self._tidy(report, published)
        return reports

    def _apply_model(self, reports: list[EventReport]) -> None:
        """A trained classifier reads each event's sentences and overrides the rules'
        type when it is confident (settings extract.model_threshold, else the model's own)."""
        texts = [" ".join(span.text for span in r.evidence) for r in reports]
        rules = [(r.event_type, r.sub_event_type) for r in reports] if self.type_model.reads_rules else None
        threshold = self.model_threshold if self.model_threshold is not None else self.type_model.threshold
        for report, (m_type, m_sub, probability) in zip(reports, self.type_model.predict(texts, rules)):
            if probability >= threshold and (m_type, m_sub) != (report.event_type, report.sub_event_type):
                report.event_type, report.sub_event_type = m_type, m_sub
                report.field_evidence["event_type"] = list(report.evidence)

    def _code_sentence(self, ctx: _Context, index: int, span: tuple[int, int], dates: list[DateMention],
                       paragraph: int, doc_id: str) -> EventReport | None:
        lang, text, folded = ctx.lang, ctx.text, ctx.folded
        s, e = span
        lex = lexicon(lang)
        mod = modality(lang)
        groups: dict[str, list[tuple[int, int]]] = {}
        not_asserted, referred = 0, False
        masked = [(d.start, d.end) for d in dates]
        for group in lex.triggers.patterns:
            for m in lex.triggers.find(group, folded, s, e):
                reading = mod.classify(folded, span, (m.start(), m.end()), masked)
                if reading == ASSERTED:
                    groups.setdefault(group, []).append((m.start(), m.end()))
                else:
                    not_asserted += 1
                    referred = referred or reading == "reference"
        _weapon_attacks(groups)
        sequel = lex.modality.search("sequel", folded, s, e)
        if sequel is not None:  # 'The attack comes a week after the discovery of a device': the attack was told before
            groups = {g: kept for g, found in groups.items() if (kept := [p for p in found if p[0] >= sequel.end()])}
        if referred and lex.modality.search("responsibility", folded, s, e):
            for g in ("loot", "destroy"):  # 'claimed the ambush, publishing photos of weapons it said it had seized': the claim's
                groups.pop(g, None)
        topics = drop_background(lex, folded, groups, span)  # 'protested against the killing of six civilians'
        present = set(groups) & self.event_groups
        if not present or lex.modality.search("denial", folded, s, e) or lex.participants.search("own_side", folded, s, e):
            # (a denial: 'the government denied the accusations and said its forces neutralised terrorists'; the
            # losses of the side that reports: 'on the friendly side, three VDP were killed', a detail of its event)
            return None
        has_day = any(d.specific and s <= d.start < e for d in dates)
        if not has_day and mod.generic(folded, span, masked):
            return None  # 'similar ambushes have been reported near X': a pattern, not an event
        sources = source_spans(lex, folded, s, e)
        # 'according to witnesses and a police source': who told it, not who took part
        actors = [a for a in actor_finder(lang, self.region).find(text, folded, s, e) if not any(a0 <= a.start < b0 for a0, b0 in sources)]
        # (people arrested as suspected members of a group: that group is the side)
        accused = (accusations(lex, folded, s, e, actors) if "arrest" not in groups else []) + disguises(lex, folded, s, e)
        actors = [a for a in actors if not (a.armed and any(a0 <= a.start < b0 for a0, b0 in accused))]
        present = drop_within(groups, accused) & self.event_groups or present  # ('accused of passing information to kidnappers')
        if not has_day and all(plural_noun(lex, folded, p) for g in present for p in groups[g]) \
                and not (present == {"clash"} and len({a.org for a in actors if a.armed}) >= 2):
            # 'attacks on fuel convoys' with no date: a kind of event, not one ('clashes between
            # the army and gunmen in Bentia' name their two sides: one event)
            return None
        if present <= self.weak_alone and not self._has_deaths(ctx, span) and len({a.org for a in actors if a.armed}) < 2:
            return None
        if present <= {"harm", "kill"} and lex.modality.search("aftermath", folded, s, e):
            return None  # 'the wounded were evacuated to Kaya', 'the two dead were buried on Sunday'
        freed = lex.modality.search("released", folded, s, e) if present <= {"abduct"} else None
        if freed is not None and not any(a.armed for a in actors) and (lex.participants.search("abductees", folded, s, e) or not any(
                d.specific and d.start < freed.start() for d in dates)):
            # 'five of those abducted were released': the end of an abduction told already ('two teachers
            # abducted on 6 August were released on Sunday' tells the abduction, with its own day)
            return None
        finder = self.finder(lang)
        exclude = [(a.start, a.end) for a in actors if a.kind in ("named", "state")] + [(d.start, d.end) for d in dates]
        dateline = _DATELINE_HEAD.match(text, s, e)
        if dateline:
            exclude.append((dateline.start(), dateline.end()))  # where the reporter files from, not where it happened
        # 'according to the diocese of Ouahigouya': where the source is, unless nothing else is named
        places = finder.find(text, folded, s, e, exclude + sources)
        if sources and not places:  # only where the source speaks from: the weakest reading of the place
            places = [replace(p, weak=True) for p in finder.find(text, folded, s, e, exclude)]
        deaths, counts = fatality_counter(lang).count(folded, [span], [(d.start, d.end) for d in dates] + topics)
        positions = sorted(p[0] for g in present for p in groups[g])
        # 'Seven soldiers died when gunmen attacked their base': who acted is read at the next verb
        acting = [p for p in positions if not _starts_with(lex.participants.search("intransitive_death", folded, p, min(e, p + 25)), p)]
        trigger_pos = acting[0] if acting else positions[0]
        roles = assign_roles(actors, blank(folded, accused + sources), trigger_pos, lang, e)
        dead_subject(roles, counts, actors)
        fallen = {"state", "militia"} | ({"nonstate"} if roles.actor1 is not None and roles.actor1.kind in ("named", "unidentified") else set())
        if (roles.actor1 is None or roles.actor1.kind != "state") and any(c.category in fallen for c in counts):
            # 'attacked the village, killed two volunteer fighters': the dead were armed, so it was a fight
            roles.armed_target = True
        unarmed = lex.participants.search("unarmed", folded, s, e) is not None or _executed_captives(lex, folded, span, groups)
        if unarmed:
            # 'abducted an off-duty soldier', 'executed seven unarmed individuals': not a fight (ACLED)
            roles.armed_target, roles.civilian_victims, roles.two_sides = False, True, False
        scene = Scene(
            groups=set(groups),  # every asserted group: 'intervention' refines a protest without making one
            armed_state=roles.has_state,
            armed_nonstate=roles.has_nonstate,
            civilian_victims=roles.civilian_victims,
            armed_target=roles.armed_target,
            two_armed_sides=roles.two_sides,
            deaths=deaths or 0,
            property_target=self._attacks_property(lex, folded, groups, e),
            state_acts=self._state_acts(roles, actors, trigger_pos),
            unarmed=unarmed,
            crowd_acts=crowd_acts(lex, folded, s, actors, trigger_pos),
        )
        coded = classify(scene)
        if coded is None:
            return None
        event_type, sub_type = coded
        if sub_type in ("Other", "Change to group/activity") and not any(d.start >= s and d.specific for d in dates):
            return None  # a passing mention of curfews, blockades or operations, not a dated event
        when = self._pick_date(ctx, dates, trigger_pos, paragraph, s)
        if when is not None and self._names_a_thing(lex, folded, when, trigger_pos):
            # '... to protest against the 2018 finance law': the year is the law's, the protest has its own date
            when = self._pick_date(ctx, [d for d in dates if d is not when], trigger_pos, paragraph, s)
        if when is not None and ctx.published and (when.kind == "year" and when.value.year < ctx.published.year or (
                when.kind == "month" and index > LEAD and self._long_ago(ctx, when))):
            return None  # history in passing ("the 2019 attack", "In December 2019, more than 70 soldiers died at Inates")
        if when is not None and when.kind == "month" and not when.reported and (self._since(ctx, when) or folded.startswith(lex.period_starts, s)):
            return None  # 'Since September, at least 17 drivers have been killed': a stretch's total, not one event
        if when is None and not any(p.cue != "country" for p in places) and not (index <= LEAD and tells_one(lex, folded, groups, counts, actors)):
            return None  # no time and no place to pin it down: a general statement
        report = EventReport(doc_id=doc_id, event_type=event_type, sub_event_type=sub_type, extractor_version=EXTRACTOR_VERSION)
        report.evidence = [Span(s, e, text[s:e])]
        trig = sorted(p for g in present for p in groups[g])[0]
        report.field_evidence["event_type"] = [Span(trig[0], trig[1], text[trig[0]:trig[1]])]
        if when is not None:
            report.event_date = when.value
            approx = date_reader(lang).approximate_before(folded, when.start)
            # 'around 4 May'; a day it was announced on ('the army said on Tuesday it had arrested'): on or before it
            report.time_precision = 2 if (approx or when.reported) and when.precision == 1 else when.precision
            if when.start >= s:
                report.field_evidence["event_date"] = [Span(when.start, when.end, text[when.start:when.end])]
        place = self._pick_place(places)
        referred = self._place_referred(ctx, index, span) if place is None or place.weak else None
        if referred is not None:  # 'on the outskirts of the town': the town named before
            place, places = referred, places + [referred]
        report.places_named = {fold(p.name) for p in places}
        geo = self._geocode(ctx, place, places, actors, span)
        country = geo.country if geo is not None and geo.country else self._country(ctx, place, places, actors, span)
        self._fill_place(report, place, country, geo)
        if event_type == EXPLOSIONS and (roles.actor1 is None or roles.actor1.inter in (1, 8)) and not present & {"air", "drone", "shelling"}:
            # a vehicle that struck a mine is the target, not the author ('... likely planted by JNIM or ISGS')
            authors = [a for a in actors if a.kind == "named" and a.inter in (2, 3, 4) and a.start > trigger_pos]
            if roles.actor1 is not None:
                roles.actor2 = roles.actor1
            roles.actor1 = authors[0] if authors else None
            if authors:
                roles.combined = assign_roles(authors, folded, authors[0].start, lang).combined
        self._fill_actors(report, roles, country, lang, text, ctx.published)
        if "communal" in groups and event_type == BATTLES:
            self._community_sides(report, lang, text, folded, span, country)
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
                building = lex.participants.search("property", head)
                if building and not lex.participants.search("civilians", head[: building.start()] + head[building.end():]):
                    return True  # 'attacked the school', 'the mayor's office' (a building, whoever it is named after)
        return False

    @staticmethod
    def _state_acts(roles, actors, trigger_pos: int) -> bool:
        """State forces alone do what the verb says ('soldiers fired in the air'), no crowd with
        them ('youths burned tyres, the police dispersed them')."""
        first = roles.actor1
        return first is not None and first.kind == "state" and first.end <= trigger_pos and \
            not any(a.kind in ("civilians", "protesters", "rioters") and a.start < trigger_pos for a in actors)

    def _has_deaths(self, ctx: _Context, span) -> bool:
        deaths, _ = fatality_counter(ctx.lang).count(ctx.folded, [span])
        return bool(deaths)

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


# --- helpers ------------------------------------------------------------------
def _starts_with(match, pos: int) -> bool:
    return match is not None and match.start() == pos


def _executed_captives(lex, folded: str, span, groups) -> bool:
    """« Deux chasseurs faits prisonniers pendant les combats ont été exécutés »: captives, no longer fighting."""
    captive = lex.participants.search("captives", folded, *span)
    return captive is not None and any(0 <= p[0] - captive.end() <= 60 for p in groups.get("execute", []))


def _weapon_attacks(groups: dict[str, list[tuple[int, int]]]) -> None:
    """'an IED attack', 'a drone attack', 'suicide attack': the weapon names the attack;
    drop such 'attack' words so that they do not read as a fight."""
    weapons = [p for g in ("ied", "suicide", "shelling", "air", "drone", "grenade") for p in groups.get(g, [])]
    if not weapons or "attack" not in groups:
        return
    kept = [a for a in groups["attack"] if not any(0 <= a[0] - w[1] <= 2 or (w[0] <= a[0] < w[1]) for w in weapons)]
    if kept:
        groups["attack"] = kept
    else:
        del groups["attack"]


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


__all__ = ["EventExtractor", "EXTRACTOR_VERSION", "build_extractor"]

