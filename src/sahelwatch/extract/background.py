"""What a sentence mentions without telling it happened there and then: the
attacks a protest is about ('women marched in support of the army amid militant
attacks', 'protested against the killing of six civilians'), event nouns in the
plural ('attacks on convoys'), where a source speaks from ('according to the
diocese of Ouahigouya')."""

from __future__ import annotations

import re

# trigger groups a protest can be about; 'protest', 'riot', 'intervention', 'arrest' stay (what the crowd or police did)
_VIOLENT = ("attack", "ambush", "clash", "kill", "execute", "harm", "gunfire", "abduct", "ied", "air", "shelling", "suicide")
_SUSPECTED = ("riot", "mob", "lynch", "destroy", "loot")  # what people arrested are suspected of may be any of these too
_CLAUSE_END = re.compile(r"[,;.:()]")


def _clause_end(folded: str, pos: int, e: int) -> int:
    stop = _CLAUSE_END.search(folded, pos, e)
    return stop.start() if stop else e


def plural_noun(lex, folded: str, pos: tuple[int, int]) -> bool:
    """An event noun in the plural ('attacks', 'enlevements'): the lexicon's count nouns."""
    word = folded[pos[0] : pos[1]]
    m = lex.modality.search("count_nouns", word)
    return m is not None and m.start() == 0 and m.end() == len(word)


def source_spans(lex, folded: str, s: int, e: int) -> list[tuple[int, int]]:
    """'according to the diocese of Ouahigouya', 'selon la mairie de Djibo': from the source's
    introduction (lexicon participants group source_intros) to the end of its clause."""
    return [(m.start(), _clause_end(folded, m.end(), e)) for m in lex.participants.find("source_intros", folded, s, e)]


def accusations(lex, folded: str, s: int, e: int, actors) -> list[tuple[int, int]]:
    """What a victim is accused of, to the end of its clause ('two men accused of being informants of the
    security forces', « accusé par une foule d'être un informateur des jihadistes »): the forces or groups
    named there took no part. Not an attribution of the attackers ('gunmen suspected of being JNIM')."""
    spans = []
    for m in lex.participants.find("accusation_intros", folded, s, e):
        if any(a.armed and 0 <= m.start() - a.end <= 12 for a in actors):
            continue  # 'militants suspected of being...': who they are, not what a victim is accused of
        end = _clause_end(folded, m.end(), e)
        verb = lex.participants.search("accusation_ends", folded, m.end(), end)  # '... to kidnappers was beaten to death'
        spans.append((m.start(), verb.start() if verb is not None else end))
    return spans


def disguises(lex, folded: str, s: int, e: int) -> list[tuple[int, int]]:
    """What attackers wore or passed themselves off as ('militants in Burkinabe army fatigues', 'disguised as
    soldiers', « des hommes en tenue militaire », « se faisant passer pour des gendarmes »): the force named
    there took no part. From the lexicon's participants groups disguise_as (to the end of the next three words)
    and disguise_garments (back to the disguise_intros word before them, at most five words back)."""
    spans = []
    for m in lex.participants.find("disguise_as", folded, s, e):
        stop = _clause_end(folded, m.end(), e)
        words = list(re.finditer(r"\S+", folded[m.end() : stop]))[:3]
        spans.append((m.start(), m.end() + words[-1].end() if words else m.end()))
    for m in lex.participants.find("disguise_garments", folded, s, e):
        before = folded[max(s, m.start() - 60) : m.start()]
        back = max(0, len(before) - len(" ".join(before.split()[-5:])) - 1)
        intros = lex.participants.find("disguise_intros", before, back, len(before))
        if intros:  # the nearest: 'militants in Burkinabe army fatigues'
            spans.append((m.start() - len(before) + intros[-1].start(), m.end()))
    return spans


def drop_within(groups: dict, spans: list[tuple[int, int]]) -> set[str]:
    """Drop the violent event words inside ``spans`` (what a victim is accused of: 'passing information to
    kidnappers'; not « accusé par une foule », the crowd that accuses), unless none would be left; the groups left."""
    if not spans:
        return set(groups)
    kept = {g: [p for p in found if g not in _VIOLENT or not any(a <= p[0] < b for a, b in spans)] for g, found in groups.items()}
    if any(kept.values()):
        groups.clear()
        groups.update({g: found for g, found in kept.items() if found})
    return set(groups)


def blank(folded: str, spans: list[tuple[int, int]]) -> str:
    """``folded`` with ``spans`` blanked out, positions kept: 'accused of collaborating with international
    forces' names no forces for the roles to read."""
    for a, b in spans:
        folded = folded[:a] + " " * (b - a) + folded[b:]
    return folded


def topics_of(lex, folded: str, groups: dict, span: tuple[int, int], kind: str) -> list[tuple[int, int]]:
    """The stretches of a sentence that say what its ``kind`` of event is about, from a marker in the
    lexicon's modality group ``<kind>_about`` after the event word to the end of its clause (or the next
    'and', save in an agreement): what a protest is against ('against the', 'to denounce'), what an
    agreement is meant to end ('aiming to end'), what people arrested are suspected of ('suspected of')."""
    found = groups.get(kind)
    if not found:
        return []
    s, e = span
    first = min(p[0] for p in found)
    topics = []
    ands = lex.fatalities.patterns.get("and_words")
    for m in lex.modality.find(f"{kind}_about", folded, first, e):
        end = _clause_end(folded, m.end(), e)
        link = ands.search(folded, m.end(), end) if ands is not None and kind != "agreement" else None  # (an agreement ends all it lists)
        topics.append((m.start(), link.start() if link is not None else end))
    return topics


def armed_gatherings(lex, folded: str, groups: dict) -> None:
    """'a gathering of terrorists', 'un rassemblement de terroristes': armed men met, nobody protested."""
    links = lex.participants.patterns.get("owner_links")
    kept = []
    for p in groups.get("protest", []):
        after = folded[p[1] : p[1] + 40].split()
        head = " ".join(after[:1])
        rest = " ".join(after[1:4])
        if links is not None and links.fullmatch(head) and lex.participants.search("armed_nonstate", rest) is not None:
            continue
        kept.append(p)
    if kept:
        groups["protest"] = kept
    else:
        groups.pop("protest", None)


def _culprits(lex, folded: str, groups: dict, span: tuple[int, int]) -> None:
    """'struck fighters involved in the previous day's attack', « impliqués dans l'attaque de la veille »:
    an attack the targets are blamed for, told before, when the sentence tells another event."""
    s, e = span
    spans = [(m.start(), _clause_end(folded, m.end(), e)) for m in lex.modality.find("culprit_about", folded, s, e)]
    if not spans:
        return
    inside = {g: [p for p in found if any(a <= p[0] < b for a, b in spans)] for g, found in groups.items() if g in _VIOLENT}
    if not any(p for g, found in groups.items() for p in found if not (g in inside and p in inside[g])):
        return  # nothing else happens in the sentence: keep it
    for g, dropped in inside.items():
        kept = [p for p in groups[g] if p not in dropped]
        if kept:
            groups[g] = kept
        else:
            groups.pop(g, None)


def drop_background(lex, folded: str, groups: dict, span: tuple[int, int]) -> list[tuple[int, int]]:
    """Drop, in a protest, the violence it is about: attacks in the plural, and any violent word in
    what the protest is about ('clashes' with the police, 'clashed' after an 'and', still count); in an
    agreement, the violence it is meant to end ('signed a pact aiming to end months of killings'); in a
    measure (a curfew, a ban), the violence it answers ('after a series of attacks').
    Returns those stretches: the numbers there are no deaths of this event."""
    armed_gatherings(lex, folded, groups)
    _culprits(lex, folded, groups, span)
    if not groups.keys() & {"protest", "agreement", "arrest", "other_sd", "group_change"}:
        return []
    topics = topics_of(lex, folded, groups, span, "protest") + topics_of(lex, folded, groups, span, "agreement")
    # a measure and the violence it answers: 'imposed a curfew ... after a series of attacks on the road'
    measures = {"measure": groups.get("other_sd", []) + groups.get("group_change", [])}
    topics += topics_of(lex, folded, measures, span, "measure")
    suspicions = topics_of(lex, folded, groups, span, "arrest")  # 'arrested five people suspected of the lynching'
    for g in _VIOLENT + _SUSPECTED:
        kept = [p for p in groups.get(g, []) if not any(a <= p[0] < b for a, b in topics if g in _VIOLENT)
                and not any(a <= p[0] < b for a, b in suspicions)
                and not (g in ("attack", "ambush") and "protest" in groups and plural_noun(lex, folded, p))]
        if kept:
            groups[g] = kept
        else:
            groups.pop(g, None)
    return topics + suspicions
