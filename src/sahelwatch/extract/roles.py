"""Who did what to whom: actor1 (the one acting), actor2 (the one acted on),
an associated actor, and what the scene says about targets."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sahelwatch.extract.actors import ActorMention, actor_finder
from sahelwatch.extract.lexicon import lexicon


@dataclass
class Roles:
    actor1: ActorMention | None = None
    actor2: ActorMention | None = None
    assoc1: ActorMention | None = None
    combined: dict | None = None  # actor1 is a combined attribution ("JNIM and/or ISGS")
    combined2: dict | None = None  # actor2 is
    has_state: bool = False
    has_nonstate: bool = False
    civilian_victims: bool = False
    armed_target: bool = False
    two_sides: bool = False


def _same_side(a: ActorMention, b: ActorMention, folded: str = "", trigger: int = -1) -> bool:
    if a.org == b.org:
        return True
    if a.kind == "state" and b.kind == "state":
        return True
    if "communal" in (a.org, b.org):
        return False  # villagers who fight are a side of their own
    # a generic word refers back to the named actor ("JNIM militants ... the assailants"); a named group
    # is the generic actor only right next to it ("gunmen, presumably JNIM"), not in another clause
    # ("gunmen attacked a GATIA position")
    if a.kind == "unidentified":
        return b.kind != "state"  # not 'the army killed eight militants
    if b.kind != "unidentified":
        return False
    first, second = (a, b) if a.start < b.start else (b, a)
    return len(folded[first.end : second.start]) <= 30 and not first.end <= trigger < second.start


def _collapse(actors: list[ActorMention], folded: str) -> list[ActorMention]:
    """Drop generic words that only describe the named actor next to them
    ('suspected JNIM militants', 'Katiba Macina (JNIM)', 'FAMa soldiers')."""
    out: list[ActorMention] = []
    for a in actors:
        if out:
            prev = out[-1]
            gap = folded[prev.end : a.start]
            close = len(gap) <= 3 or re.fullmatch(r"\s*\(\s*|\s*'s\s*|\s*\)\s*", gap) is not None
            if close and a.kind in ("unidentified", "state") and prev.kind in ("named", "state") and (a.kind != "state" or prev.kind == "state" or a.country is None):
                continue
            if close and a.kind == "named" and prev.kind == "named" and gap.strip() == "(":
                out[-1] = a  # "Ansaroul Islam (JNIM)": ACLED codes the parent named in brackets
                continue
            if close and prev.kind in ("unidentified",) and a.kind == "named":
                out[-1] = a
                continue
        out.append(a)
    return out


def assign_roles(actors: list[ActorMention], folded: str, trigger: int, lang: str, end: int | None = None) -> Roles:
    """``end``: where the sentence ends (the words after the verb are read up to there)."""
    lex = lexicon(lang)
    finder = actor_finder(lang)
    tail_end = min(trigger + 120, len(folded) if end is None else end)
    actors = [a for a in _collapse(actors, folded) if not _kin_of(a, folded, lex)]
    armed = [a for a in actors if a.armed]
    roles = Roles()
    roles.has_state = any(a.kind == "state" for a in armed)
    roles.has_nonstate = any(a.kind in ("named", "unidentified") and a.inter in (2, 3, 4) for a in armed)
    # combined attributions: "JNIM and/or ISGS", "ISWAP or Boko Haram", "ISWAP/Boko Haram"
    combo_head = None
    for a, b in zip(armed, armed[1:]):
        gap = folded[a.end : b.start]
        if a.kind == b.kind == "named" and re.fullmatch(r"\s*(?:and\s*/\s*or|or|/|ou|et\s*/\s*ou)\s*", gap):
            combo = finder.combine(a, b)
            if combo is not None:
                roles.combined, combo_head = combo, a
                armed = [x for x in armed if x is not b]
                break
    before = [a for a in armed if a.end <= trigger]
    link = None
    for m in lex.participants.find("clause_links", folded, max(0, trigger - 120), trigger):
        link = m
    if link is not None and any(a.start >= link.end() for a in before):
        before = [a for a in before if a.start >= link.end()]  # 'soldiers died when gunmen attacked': gunmen act
    losers: list[ActorMention] = []
    for loss in lex.participants.find("loss_verbs", folded, max(0, trigger - 120), trigger):
        # 'the army lost 30 soldiers in the attack on its camp, claimed by JNIM': the army was attacked
        losers = [a for a in before if a.end <= loss.start()]
        before = [a for a in before if a.start >= loss.end()]
    passive = _is_passive(lex, folded, trigger) or _installation_subject(before, folded, trigger, lex)
    agent = _passive_agent(armed, folded, trigger, lex) if (passive or not before) else None
    marked = _passive_agent(armed, folded, trigger, lex, "target_markers")  # 'an attack on a FAMa post'
    if marked is None:
        # 'ambushed a convoy of the army', 'attaqué un poste de la gendarmerie': the force whose unit or post it was
        marked = next((a for a in armed if a.start >= trigger and _owned_by(a, folded, lex)), None)
    if marked is None and agent is not None:
        marked = _passive_agent(armed, folded, agent.end, lex, "agent_target_links")  # 'by gunmen on a FAMa post'
    if passive:
        # 'A police patrol was attacked', 'two soldiers were killed in an ambush': the subject of the
        # passive clause is the target; an actor named in an earlier clause may still be the agent
        clause = max(folded.rfind(",", 0, trigger), folded.rfind(";", 0, trigger), 0)
        while clause > 0:
            # '53 people, including 49 gendarmes, were killed': the aside is part of the subject
            prev = max(folded.rfind(",", 0, clause), folded.rfind(";", 0, clause), 0)
            subset = lex.fatalities.search("subset", folded, prev, clause)
            if subset is None or folded[prev:subset.start()].strip(" ,;"):
                break
            clause = prev
        targets_before = [a for a in actors if clause <= a.start and a.end <= trigger and (a.armed or a.kind == "civilians")]
        earlier = [a for a in armed if a.end <= clause]
        if agent is None:
            # 'were killed on Sunday when jihadists attacked a gendarmerie post': the one acting in the clause after
            for link in lex.participants.find("clause_links", folded, trigger, tail_end):
                agent = next((a for a in armed if a.start >= link.end() and a not in targets_before and _acts_next(a, folded, tail_end, lex)), None)
                break
        roles.actor1 = agent or (earlier[0] if earlier else None)
        if targets_before:
            armed_targets = [a for a in targets_before if a.armed]
            generic = _generic(targets_before[0], folded, lex)
            roles.actor2 = armed_targets[0] if generic and armed_targets else targets_before[0]
            roles.armed_target = roles.actor2.armed
            roles.civilian_victims = roles.actor2.kind == "civilians"
        if marked is not None and marked is not roles.actor1 and (roles.actor2 is None or _generic(roles.actor2, folded, lex)):
            roles.actor2, roles.civilian_victims, roles.armed_target = marked, False, marked.armed  # "3 people killed in an attack on an army post"
        if roles.actor2 is None and not (roles.actor1 is not None and roles.actor1.kind == "state"):
            # 'The Bamba checkpoint was attacked', 'killed in an attack on an army post': the attacked were armed
            roles.armed_target = any(lex.participants.search("armed_state", part) is not None
                                     for part in (folded[clause:trigger], folded[trigger:tail_end]))
        roles.has_state = any(a.kind == "state" for a in armed)
        roles.has_nonstate = any(a.kind in ("named", "unidentified") and a.inter != 1 for a in armed)
        roles.two_sides = roles.actor1 is not None and roles.actor2 is not None and roles.actor2.armed
        return roles
    militia = _civilians_fighting(actors, folded, trigger, finder) if not before and agent is None else None
    if militia is not None:
        # 'youths ambushed a group of militants', 'villagers killed two gunmen': civilians who fight
        # armed men are a communal militia (ACLED, inter 4)
        before = [militia]
        armed = sorted(armed + [militia], key=lambda a: a.start)
    after = [a for a in armed if a.start >= trigger and a is not marked]
    if agent is not None:
        roles.actor1 = agent
    elif before:
        # the subject is usually the first actor of the clause; prefer named ones
        named = [a for a in before if a.kind in ("named", "state")]
        roles.actor1 = named[0] if named else before[0]
        if roles.actor1.kind == "unidentified":
            # 'gunmen killed six soldiers in an attack by JNIM': the group the attack is put down to
            behind = _passive_agent(armed, folded, trigger, lex, "blame_markers")
            if behind is not None and behind.kind == "named":
                roles.actor1 = behind
    elif after:
        roles.actor1 = after[0]
    if roles.actor1 is not None:
        # 'Malian soldiers and Russian mercenaries killed ...', 'soldiers and VDP attacked ...': the one
        # named with actor1 before the verb fights on its side
        partners = [a for a in armed if a is not roles.actor1 and roles.actor1.end <= a.start < trigger
                    and lex.participants.search("pair_links", folded[roles.actor1.end : a.start].strip()) is not None
                    and len(folded[roles.actor1.end : a.start].split()) == 1]
        others = [a for a in armed if a is not roles.actor1 and a not in partners and not _same_side(a, roles.actor1, folded, trigger)]
        targets = [a for a in others if a.start >= trigger] or others
        if losers and losers[0] is not roles.actor1:
            targets = losers
        if marked is not None and marked is not roles.actor1:
            targets = [marked]
        if targets:
            roles.actor2 = targets[0]
        # "French and Malian forces": an allied force named with actor1
        allies = [a for a in armed if a is not roles.actor1 and a.kind == roles.actor1.kind == "state" and a.country is not None
                  and a.country != roles.actor1.country and a not in losers]
        allies += [a for a in partners if a not in allies and a.kind == "named"]
        if allies and roles.actor2 is not allies[0]:
            roles.assoc1 = allies[0]
    elif losers:
        roles.actor2 = losers[0]  # 'the army lost dozens of vehicles in an ambush'
    if combo_head is not None and roles.actor1 is not combo_head:
        # the combined attribution names the other side: actor2 is the combined actor
        roles.combined2, roles.combined = roles.combined, None
    roles.two_sides = roles.actor1 is not None and roles.actor2 is not None
    tail = folded[trigger:tail_end]
    roles.armed_target = (roles.actor2 is not None and roles.actor2.armed) or bool(
        lex.participants.search("armed_state", tail) and not (roles.actor1 is not None and roles.actor1.kind == "state")
    )
    people = [a for a in actors if a.kind == "civilians" and (militia is None or a.start != militia.start)]
    civilians = [a for a in people if not _whose_thing(a, folded, lex)]
    roles.civilian_victims = bool(civilians) and not (roles.actor2 is not None and roles.actor2.armed and roles.actor2.start < civilians[0].start)
    first = _direct_object(actors, folded, trigger)
    if first is not None and first.kind in ("named", "state") and not (roles.actor1 is not None and roles.actor1.kind == "state"):
        # 'gunmen shot a CMA member', 'a police interpreter': one person of the group, not its fighters
        # (state forces who kill 'a senior JNIM member' fight the group)
        person = next((a for a in actors if a.kind == "civilians" and 0 <= a.start - first.end <= 2), None)
        if person is not None and lex.participants.search("group_people", folded, person.start, person.end):
            first = person
    if first is not None and first.kind == "civilians" and first in civilians:
        # 'assassinated a civilian accused of collaborating with the army': the army is no target
        roles.civilian_victims, roles.armed_target = True, False
        if roles.actor2 is not None and roles.actor2.armed:
            roles.actor2 = first
            roles.two_sides = False
    if roles.civilian_victims and roles.actor2 is None:
        roles.actor2 = civilians[0]
    elif roles.actor2 is None and people and not roles.armed_target:
        roles.actor2 = people[0]  # whose houses were burned: the civilians, though nobody was hurt
    if roles.actor1 is not None and roles.actor1.kind == "state" and roles.actor2 is None and roles.civilian_victims is False:
        # "the army killed eight militants": the militants are actor2
        rest = [a for a in armed if a.kind in ("unidentified", "named") and a is not roles.actor1]
        if rest:
            roles.actor2 = rest[0]
            roles.two_sides = True
    return roles


def _civilians_fighting(actors: list[ActorMention], folded: str, trigger: int, finder) -> ActorMention | None:
    """Civilians who are the subject of the verb while armed non-state men are its object, as a
    communal militia; None otherwise."""
    subject = next((a for a in reversed(actors) if a.end <= trigger), None)
    if subject is None or subject.kind != "civilians":
        return None
    gap = folded[subject.end : trigger]
    if len(gap.split()) > 4 or re.search(r"[,;.()]", gap):
        return None
    target = _direct_object(actors, folded, trigger)
    if target is None or not target.armed or target.kind == "state":
        return None
    return finder.as_communal(subject)


def _is_passive(lex, folded: str, trigger: int) -> bool:
    """'was attacked', 'were reportedly killed', 'a ete attaque': a passive auxiliary right before the verb."""
    lead = re.split(r"[,;.]", folded[max(0, trigger - 40) : trigger])[-1]  # '53 people, including 49 gendarmes, were killed'
    window = " ".join(lead.split()[-3:])
    marker = lex.fatalities.search("passive_markers", window) if window else None
    if marker is None:
        return False
    # 'JNIM is attacking', 'troops are carrying out torture': a progressive, not a passive
    verbs = window[marker.end() :].split() + folded[trigger : trigger + 20].split()[:1]
    return not any(w.endswith(lex.endings["progressive"]) for w in verbs)


def _acts_next(a: ActorMention, folded: str, end: int, lex) -> bool:
    """'... when jihadists attacked a post': the actor is the subject of an active verb right after it
    (not 'when a MINUSMA convoy was the target', not 'targeting MNLA members')."""
    lead = folded[max(0, a.start - 25) : a.start]
    if lex.participants.search("target_markers", lead) is not None:
        return False
    verb = lex.any_trigger.search(folded, a.end, end)
    if verb is None:
        return False
    gap = folded[a.end : verb.start()]
    return len(gap.split()) <= 4 and not re.search(r"[,;.]", gap) and lex.fatalities.search("passive_markers", gap) is None


def owner_after(lex, folded: str, pos: int, groups: tuple[str, ...], floor: int = 0, window: int = 30) -> bool:
    """Right before ``pos``, a noun of one of the lexicon ``groups`` and an owner link ('a convoy of |',
    'relatives of |', « le poste des | »): what is named at ``pos`` only says whose thing or kin it is."""
    lead = folded[max(floor, pos - window) : pos]
    heads = [m for g in groups if g in lex.participants for m in lex.participants.patterns[g].finditer(lead)]
    if not heads or "owner_links" not in lex.participants:
        return False
    last = max(heads, key=lambda m: m.end())
    return lex.participants.patterns["owner_links"].fullmatch(lead[last.end() :].strip()) is not None


def _owned_by(a: ActorMention, folded: str, lex) -> bool:
    """'a convoy of the army', 'un poste de la gendarmerie': the mention names whose unit or post it is."""
    return owner_after(lex, folded, a.start, ("installations", "force_units"))


def _whose_thing(a: ActorMention, folded: str, lex) -> bool:
    """'the village chief's house': the person only says whose thing (lexicon group property) was
    attacked, not who was. ('the Dogon village of X', 'the offices of Doctors without Borders' still
    name the civilians attacked, as ACLED codes them.)"""
    head = re.match(r"\s*['’]s\s+([\w'-]+(?:\s+[\w'-]+)?)", folded[a.end : a.end + 25])
    thing = lex.participants.search("property", head.group(1)) if head is not None else None
    return thing is not None and thing.start() == 0


def _kin_of(a: ActorMention, folded: str, lex) -> bool:
    """'relatives of soldiers killed at the front', 'proches de militaires': the force only says whose
    relatives they are (lexicon group kin_nouns), it takes no part."""
    return a.armed and owner_after(lex, folded, a.start, ("kin_nouns",))


def _installation_subject(before: list[ActorMention], folded: str, trigger: int, lex) -> bool:
    """'Malian army post attacked overnight', 'MINUSMA vehicle targeted by gunfire', 'poste des FAMa
    attaque': the subject is what belongs to the force named with it (lexicon group installations),
    so the force is the one acted on, as in a passive clause."""
    if not before:
        return False
    last = before[-1]
    gap = folded[last.end : trigger]
    if len(gap.split()) > 4 or re.search(r"[,;.()]", gap):
        return False
    if len(before) > 1 and before[-2].armed and last.start - before[-2].end <= 30 and not re.search(r"[,;.()]", folded[before[-2].end : last.start]):
        return False  # 'fighters manning a JNIM checkpoint near Sébékoro shot dead a driver': the subject's own post
    head = lex.participants.search("installations", gap)
    if head is not None and not gap[: head.start()].strip():
        # 'army post attacked', 'checkpoint in Gossi attacked', 'camp subjected to fire'; not 'the army camp sentinel shot'
        after = gap[head.end() :].split()
        return (not after or after[0].endswith(lex.endings["adverb"] + lex.endings["participle"])
                or lex.fatalities.search("prepositions", after[0]) is not None)
    return owner_after(lex, folded, last.start, ("installations",))  # 'poste des FAMa attaqué'


def _generic(a: ActorMention, folded: str, lex) -> bool:
    """'people', 'individuals': victims named with no more than that (lexicon group generic_people)."""
    return a.kind == "civilians" and lex.participants.patterns["generic_people"].fullmatch(folded[a.start : a.end]) is not None


def _direct_object(actors: list[ActorMention], folded: str, trigger: int) -> ActorMention | None:
    """The first participant right after the verb (within a few words), if any."""
    for a in actors:
        if a.start < trigger:
            continue
        gap = folded[trigger : a.start]
        if len(gap.split()) <= 5 and not re.search(r"[,;.]", gap):
            return a
        return None
    return None


# marker ... actor: up to four words between ('by suspected JNIM', 'par l'armée', 'by Ansaroul Islam (JNIM)')
_AGENT_TAIL = re.compile(r"\s+(?:[\w-]*'|[\w'-]+\s+|\(\s*){0,4}")


def _passive_agent(armed: list[ActorMention], folded: str, trigger: int, lex=None, group: str = "agent_markers") -> ActorMention | None:
    """The agent of a passive verb: 'killed by JNIM', 'tués par des hommes armés', 'dans une
    attaque du JNIM' (lexicon group agent_markers; blame_markers, stricter, for the group behind
    an attack by gunmen)."""
    markers = lex.participants.patterns.get(group) if lex is not None else None
    for a in armed:
        if a.start < trigger:
            continue
        lead = folded[max(trigger, a.start - 40) : a.start]
        if markers is not None and any(_AGENT_TAIL.fullmatch(lead, m.end()) for m in markers.finditer(lead)):
            return a
    return None


def dead_subject(roles: Roles, counts, actors: list[ActorMention]) -> None:
    """'Two soldiers killed and one injured in an ambush', '4 Nigerien soldiers killed': the
    dead counted right before the armed subject are that subject, so it is the target; the
    one who acted is an armed actor of another side named later, if any."""
    subject = roles.actor1
    if subject is None or not subject.armed or subject.kind == "named":
        return
    if not any(c.category in ("state", "militia") and c.end <= subject.start <= c.end + 25 for c in counts):
        return
    others = [a for a in actors if a.armed and a.start > subject.end and not _same_side(a, subject)]
    roles.actor2, roles.actor1 = subject, (others[0] if others else None)
    roles.armed_target, roles.civilian_victims = True, False
    roles.two_sides = roles.actor1 is not None


def crowd_acts(lex, folded: str, start: int, actors, trigger_pos: int) -> bool:
    """People with no arms are the first named, before the verb, and do what it says ('locals beat up two
    thieves', 'striking students assaulted two teachers'); not 'women were assaulted', not 'armed villagers'."""
    crowd = lex.participants.search("crowd_actors", folded, start, trigger_pos)
    if crowd is None:
        # 'a man ... was beaten to death by a crowd', « battu à mort par une foule »: the crowd named as the agent
        after = folded[trigger_pos : trigger_pos + 80].split(".")[0]
        return lex.participants.search("crowd_agents", after) is not None and not any(a.armed for a in actors)
    if lex.participants.search("carrying_arms", folded, start, trigger_pos):
        return False
    if any(a.start < trigger_pos and (a.armed or a.end <= crowd.start()) for a in actors):
        return False  # someone armed, or someone named before the crowd
    return not any(lex.fatalities.search("passive_before_verb", w) for w in folded[crowd.end():trigger_pos].split())
