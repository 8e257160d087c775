"""Filling a report's place and actor fields from what the sentence names."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date
from typing import TYPE_CHECKING

from sahelwatch.extract.actors import actor_finder
from sahelwatch.extract.classify import BATTLES, EXPLOSIONS, PROTESTS, RIOTS, SD, VAC
from sahelwatch.extract.lexicon import lexicon
from sahelwatch.extract.modality import modality
from sahelwatch.extract.roles import assign_roles, owner_after
from sahelwatch.extract.text import fold
from sahelwatch.geocode.resolve import GeoContext, Resolution, km
from sahelwatch.models import EventReport, Span

AREA_KM = 60.0  # 'X in the area of Y': farther from Y than this, the X found is another X

if TYPE_CHECKING:
    from sahelwatch.extract.engine import _Context


def _location_rank(mention) -> int:
    """How specific a place mention is: 0 a settlement or a spot near one, 1 a bare name or a stretch
    between two places ('between Hombori and Boni', vaguer than '15 km west of Boni'), 2 a wider unit,
    3 a place named in an earlier sentence, 4 only where a source speaks from or where people went
    ('evacuated to Gao', « deux hélicoptères venus de Sévaré »)."""
    place = mention.place
    if mention.weak:
        return 4
    if mention.referred:
        return 3  # named before and referred to ('the town'): any place the sentence names itself wins
    if mention.cue == "admin" or (place is not None and place.kind in ("admin1", "admin2")):
        return 2
    if mention.between:
        return 1
    return 0 if mention.cue in ("settlement", "near", "plain") else 1


def _introduced_as_agent(lex, folded: str, a, start: int) -> bool:
    """'planted by JNIM militants', 'revendiquée par le JNIM': a group named after the verb as its agent."""
    lead = folded[max(start, a.start - 40) : a.start]
    return any(re.search(r"\s+(?:[\w'-]+\s+){0,3}$", lead[m.end() :]) is not None or not lead[m.end() :].strip()
               for group in ("agent_markers", "blame_markers") for m in lex.participants.find(group, lead))


def _introduced_as_target(lex, folded: str, a, start: int) -> bool:
    """'the VDP post', 'le poste des VDP', 'an attack on JNIM positions': what was attacked."""
    if owner_after(lex, folded, a.start, ("installations",), floor=start, window=40):
        return True
    lead = folded[max(start, a.start - 40) : a.start]
    return any(len(lead[m.end() :].split()) <= 3 for m in lex.participants.find("target_markers", lead))


class FieldFiller:
    """Mixed into EventExtractor: needs ``self.gaz`` and ``self.region``."""

    def _geocode(self, ctx: _Context, mention, places, actors, span) -> Resolution | None:
        """Resolve the event's place with what the sentence and the article say around it."""
        if mention is None:
            return None
        geo = GeoContext(countries=dict(ctx.country_votes))
        if mention.place is not None and mention.place.kind != "country":
            # the article's votes counted this name's first reading: do not let it vote for itself
            geo.countries[mention.place.country] = geo.countries.get(mention.place.country, 0) - 2
        region = set(self.gaz.country_order)
        for a in actors:
            if a.country in region and a.kind in ("state", "named"):  # 'French forces' say nothing of where
                geo.countries[a.country] = geo.countries.get(a.country, 0) + 3
        finder = actor_finder(ctx.lang, self.region)
        for iso2 in finder.areas(actors, ctx.folded, *span):
            geo.countries[iso2] = geo.countries.get(iso2, 0) + 2
        geo.regions = finder.region_hints(actors, ctx.folded, *span)
        geo.admin_hints = list(mention.admin_hints)
        geo.hint_countries = {h.country for h in mention.admin_hints}
        for p in places:
            if p is not mention and p.admin_hints and 0 < p.start - mention.end < 60:
                # 'Goni, Dioungani Commune (Koro, Mopti)': the brackets place the whole phrase
                geo.admin_hints.extend(h for h in p.admin_hints if h not in geo.admin_hints)
                geo.hint_countries |= {h.country for h in p.admin_hints}
            if p is not mention and p.place is not None and p.place.kind == "country" and 0 < p.start - mention.end < 30 \
                    and self._country_link(ctx, ctx.folded[mention.end : p.start]):
                geo.hint_countries.add(p.place.country)  # 'near Bogou, in northern Togo': that country's Bogou
            if p is mention or p.place is None or p.place.kind == "country":
                continue
            wide = p.cue == "admin" or p.place.kind in ("admin1", "admin2")
            if wide and 0 < p.start - mention.end < 60:
                # 'Sinkorangabe in the Cercle of Niono': the unit of that name in the article's country
                units = [u for u in self.gaz.lookup(p.name) if u.kind in ("admin1", "admin2")]
                if not units:
                    # 'Sogou and Berda in Kassa Commune': no unit of that name, so its main village, the
                    # one that fits the article best (not the first homonym the gazetteer lists)
                    ranked = self.resolver.rank(p.name, geo)
                    units = [ranked[0].place] if ranked else [p.place]
                top = max(units, key=lambda u: (geo.countries.get(u.country, 0), u is p.place))
                if not geo.countries or geo.countries.get(top.country, 0) >= max(geo.countries.values()):
                    geo.admin_hints.append(top)
            else:
                geo.anchors.append(p.place)
        forced = mention.place if mention.cue == "admin" and mention.place is not None and mention.place.kind in ("admin1", "admin2") else None
        res = self.resolver.resolve(mention.name, geo, mention.cue, forced)
        if res.country is None and len(geo.hint_countries) == 1:
            res.country = next(iter(geo.hint_countries))  # an unlisted village of the country the text places it in
        area = next((p for p in places if p is not mention and p.cue == "near" and 0 < p.start - mention.end < 40), None)
        if area is not None and res.lat is not None and mention.cue in ("settlement", "plain", "bare"):
            # 'the village of Bingo in the area of Monimpebougou': a Bingo far from Monimpebougou is
            # another Bingo; the event is put around Monimpebougou (precision 2)
            around = self.resolver.resolve(area.name, geo, "near")
            if around.lat is not None and km(res.lat, res.lon, around.lat, around.lon) > AREA_KM:
                around.name, around.method, around.place = mention.name, f"in the area of {area.name}", None
                around.candidates = res.candidates
                around.precision = max(2, around.precision or 2)
                return around
        if res.method == "unresolved":
            # 'Koudo Kaoua, near Boula Gana (Bosso, Diffa)', 'between Gorgadji and Aribinda': an unknown
            # place is put at the other place the sentence names, at precision 2
            for other in places:
                if other is mention or other.cue == "country" or (other.place is None and not other.admin_hints):
                    continue
                near = GeoContext(countries=geo.countries, hint_countries={h.country for h in other.admin_hints},
                                  admin_hints=list(other.admin_hints))
                alt = self.resolver.resolve(other.name, near, other.cue)
                if alt.lat is not None:
                    alt.name, alt.method, alt.place = mention.name, f"near {other.name}", None
                    alt.precision = max(2, alt.precision or 2)
                    alt.candidates = res.candidates
                    return alt
        return res

    def _pick_place(self, places):
        """The event's place: the first named settlement (in, at, near, the village of),
        before any wider unit (region, province); known places before unknown names."""
        ranked = [p for p in places if p.cue not in ("country", "between2")]
        if not ranked:
            return None

        def priority(p):
            wide = p.cue == "admin" or (p.place is not None and p.place.kind in ("admin1", "admin2") and not self._also_town(p))
            if (p.admin_hints and p.cue != "admin") or p.holds:
                return 0  # a place whose district the text gives: 'in Yoba (Solhan, Yagha)'; 'a hamlet of the commune of Dioro'
            if p.between and any(o.cue == "between2" and o.place is not None and o.start > p.start for o in places):
                return 0  # 'between Didiéni and Diéma': a stretch one end of which is known, before a road's ends
            if p.place is not None and not wide:
                return 0 if p.cue != "bare" else 1  # a known town or village; bare ('the Rougga leader'): less sure
            if p.place is None and p.cue in ("settlement", "plain", "near"):
                return 1  # a name introduced as a place, unknown to the gazetteer
            return 2 if wide else 3

        return sorted(ranked, key=lambda p: (priority(p), p.start))[0]

    def _also_town(self, mention) -> bool:
        """'in Segou': a unit's name that is also its seat's, named as a place, is the town."""
        return mention.cue != "admin" and any(
            p.kind in ("town", "village") and p.country == mention.place.country for p in self.gaz.lookup(mention.name))

    def _country_link(self, ctx: _Context, between: str) -> bool:
        """', in northern Togo', ', Burkina Faso': the country that places the name before it."""
        between = between.strip(" ,")
        links = self.finder(ctx.lang).country_links.patterns.get("country_links")
        return not between or (links is not None and links.fullmatch(between) is not None)

    def _country(self, ctx: _Context, place, places, actors, span=None) -> str | None:
        if place is not None and place.country:
            return place.country
        if place is not None and ctx.country_prior:
            # the event's own place is unknown: the country the article is about beats a
            # same-named region elsewhere ('Kpendjal-Ouest, in the Savanes region' is Togo)
            return ctx.country_prior
        for p in places:
            if p.country:
                return p.country
        for a in actors:
            if a.kind in ("state", "named") and a.country and a.country in self.gaz.country_order[:5]:
                return a.country
        if ctx.country_prior:
            return ctx.country_prior
        if span is not None:
            # 'the Dogon village of Diamnati': a community or group found in one country only
            areas = actor_finder(ctx.lang, self.region).areas(actors, ctx.folded, *span)
            if len(areas) == 1:
                return next(iter(areas))
        return None

    def _country_votes(self, text: str, folded: str, lang: str) -> Counter:
        """The countries an article is about: its country names, demonyms and known places."""
        counts: Counter = Counter()
        finder = actor_finder(lang, self.region)
        region = set(self.gaz.country_order)
        for m in finder.demonym_pattern.finditer(folded):
            iso2 = finder.demonym(m.group(0))
            if iso2 in region:  # 'French forces' in Burkina Faso: outside powers say nothing of where
                counts[iso2] += 1
        for p in self.finder(lang).find(text, folded, 0, len(text)):
            if p.place is not None and p.place.kind != "country":
                counts[p.place.country] += 2
        return counts

    def _fill_place(self, report: EventReport, mention, country: str | None, geo: Resolution | None = None) -> None:
        if country:
            info = self.gaz.countries.get(country)
            report.country = info.name if info else None
            report.iso = info.iso if info else None
        if mention is None:
            return
        report.location = mention.name
        report.location_rank = _location_rank(mention)
        report.field_evidence["location"] = [Span(mention.start, mention.end, mention.name)]
        report.geo_precision = 2 if mention.cue in ("near", "between2") else 3 if mention.cue == "admin" else 1
        if geo is None or geo.method == "unresolved":
            return
        report.admin1, report.admin2 = geo.admin1, geo.admin2
        if geo.lat is not None and (geo.country is None or geo.country == country):
            report.latitude, report.longitude = round(geo.lat, 5), round(geo.lon, 5)
            report.geo_precision = geo.precision or report.geo_precision

    def _fill_actors(self, report: EventReport, roles, country: str | None, lang: str, text: str = "",
                     published: date | None = None) -> None:
        finder = actor_finder(lang, self.region)
        name_of = self.gaz.country_name
        when = report.event_date or published  # undated: the forces and names of the article's time

        def named(mention):
            return finder.name(mention, country, when, name_of, report.admin1) if mention is not None else None

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
        elif a2 is not None and not (a2.kind == "civilians" and (report.event_type == BATTLES or report.sub_event_type == "Agreement")):
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
            if report.actor2 and (report.inter2 in (5, 6) or (report.inter2 == 7 and report.sub_event_type != "Mob violence")
                                  or report.sub_event_type == "Peaceful protest"):
                # a peaceful protest has no second actor (ACLED): not 'against the presence of foreign forces';
                # the civilians a mob attacks are ('a mob lynched a suspected cattle thief')
                report.actor2, report.inter2 = None, None
        if report.actor1 is None and report.event_type in (VAC, EXPLOSIONS, BATTLES) and country and name_of(country):
            # people with no armed organisation who fought to the death: a communal militia (ACLED, inter 4)
            kind = "communal" if report.event_type == BATTLES and not (roles.has_state or roles.has_nonstate or roles.armed_target) else "unidentified"
            report.actor1 = finder.generic[kind]["name"].format(country=name_of(country))
            report.inter1 = finder.generic[kind]["inter"]
        if report.actor1 is None and report.event_type == SD and country and report.evidence and \
                lexicon(lang).forces.search("government", fold(report.evidence[0].text)):
            # 'the Nigerien government declared a state of emergency', 'the governor extended the curfew'
            report.actor1, report.inter1 = finder.forces.name(country, "government", when), 1
        if report.actor1 and report.actor1 == report.actor2:
            report.actor2, report.inter2 = None, None
        if report.inter1:
            report.set_interaction()
        if report.event_type == VAC or report.inter2 == 7:
            report.civilian_targeting = "Civilian targeting"
        if text:
            # the words each actor was read from (a generic stand-in has none)
            for name, mention in (("actor1", roles.actor1), ("actor2", roles.actor2), ("assoc_actor_1", roles.assoc1)):
                if mention is not None and getattr(report, name):
                    report.field_evidence[name] = [Span(mention.start, mention.end, text[mention.start : mention.end])]

    def _late_agent(self, ctx: _Context, report: EventReport, span) -> None:
        """'The device was likely planted by JNIM militants.': the author, named after the event."""
        if report.inter1 not in (None, 2) or (report.actor1 and not report.actor1.startswith("Unidentified")):
            return
        lex, mod = lexicon(ctx.lang), modality(ctx.lang)
        verb = lex.any_trigger.search(ctx.folded, *span)
        found = [a for a in actor_finder(ctx.lang, self.region).find(ctx.text, ctx.folded, *span) if a.kind == "named" and a.inter in (2, 3, 4)]
        targets = {a.org for a in found if _introduced_as_target(lex, ctx.folded, a, span[0])}  # ('... (VDP)': named again)
        named = [a for a in found if a.org not in targets and (verb is None or a.end <= verb.start() or _introduced_as_agent(lex, ctx.folded, a, span[0])
                                                                or lex.modality.search("responsibility", ctx.folded, a.end, min(span[1], a.end + 40)))]
        if not named:
            return  # ('The assailants first targeted the VDP post': the group named after the verb was attacked)
        if any(mod.classify(ctx.folded, span, (m.start(), m.end())) == "negated" for m in lex.modality.find("responsibility", ctx.folded, *span)):
            return  # 'No group has claimed responsibility, but ...'
        if lex.modality.search("presence", ctx.folded, *span) or lex.participants.search("own_side", ctx.folded, *span):
            return  # 'the area is a stronghold of JNIM': where a group operates; 'on the friendly side, three VDP killed': the other side

        country = next((c.iso2 for c in self.gaz.countries.values() if c.name == report.country), None)
        finder = actor_finder(ctx.lang, self.region)
        named = [a for a in named if finder.name(a, country, report.event_date or ctx.published, self.gaz.country_name, report.admin1) != report.actor2]
        if not named:
            return  # 'Two VDP members were killed': the side attacked, named again
        roles = assign_roles(named, ctx.folded, named[0].start, ctx.lang)
        if roles.combined is not None:
            report.actor1, report.inter1 = roles.combined["name"], roles.combined["inter"]
        else:
            report.actor1 = finder.name(named[0], country, report.event_date or ctx.published, self.gaz.country_name, report.admin1)
            report.inter1 = named[0].inter
        report.field_evidence["actor1"] = [Span(named[0].start, named[0].end, ctx.text[named[0].start:named[0].end])]
        if report.actor1 and report.inter2:
            report.set_interaction()

    def _community_sides(self, report: EventReport, lang: str, text: str, folded: str, span, country: str | None) -> None:
        """Communities fighting as such ('Gourmantche and Fulani communities clashed'): ACLED's
        identity militias, '<Community> Ethnic Militia (<Country>)', unless a named group acts."""
        finder = actor_finder(lang, self.region)
        named = self.gaz.country_name(country) if country else None
        sides = finder.communities(folded, *span)
        if not sides or not named or finder.community_militia is None or (report.inter1 not in (None, 2, 4, 7)):
            return
        if report.actor1 and not report.actor1.startswith("Unidentified") and report.inter1 != 7:
            return
        template, inter = finder.community_militia["name"], finder.community_militia["inter"]
        for slot, (community, s, e) in zip(("1", "2"), sides):
            setattr(report, f"actor{slot}", template.format(community=community, country=named))
            setattr(report, f"inter{slot}", inter)
            report.field_evidence[f"actor{slot}"] = [Span(s, e, text[s:e])]
        if len(sides) == 1 and report.inter2 == 7:
            report.actor2, report.inter2 = None, None
        report.civilian_targeting = None
        report.set_interaction()

    def _tidy(self, report: EventReport, published: date | None = None) -> None:
        """ACLED's rules that hold whatever the sentences said: a battle has no civilian side,
        an actor does not fight itself, air strikes come from state forces."""
        if report.event_type == BATTLES and report.inter2 == 7:
            report.actor2, report.inter2 = None, None
        if report.actor1 and report.actor1 == report.actor2:
            report.actor2, report.inter2 = None, None
        if report.sub_event_type == "Air/drone strike" and report.inter1 != 1 and report.country:
            iso2 = next((c.iso2 for c in self.gaz.countries.values() if c.name == report.country), None)
            state = actor_finder("en", self.region).forces.name(iso2, "military", report.event_date or published) if iso2 else None
            if state:
                if report.actor1 and report.inter1 in (2, 3, 4):
                    report.actor2, report.inter2 = report.actor1, report.inter1
                report.actor1, report.inter1 = state, 1
                report.field_evidence.pop("actor1", None)
        if report.event_type != VAC and report.inter2 != 7:
            report.civilian_targeting = None
        report.set_interaction()

    def _confidence(self, report: EventReport, roles, place) -> float:
        score = 0.4
        score += 0.15 if report.event_date is not None else 0
        score += 0.15 if place is not None and place.place is not None else 0.05 if place is not None else 0
        score += 0.15 if roles.actor1 is not None and roles.actor1.kind in ("named", "state") else 0.05
        score += 0.1 if report.event_type != SD else 0
        return round(min(score, 0.95), 2)

