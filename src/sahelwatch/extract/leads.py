"""A lead sentence with neither a date nor a place: whether it still tells one event (news leads
often give neither: 'Six soldiers were killed in an attack by Boko Haram'), or a kind of event
('attacks on fuel convoys', 'riots have become frequent')."""

from __future__ import annotations

from sahelwatch.extract.background import plural_noun

AGGREGATE_DEATHS = 100  # so many dead with neither date nor place: a tally ('JNIM has killed more than 300'), not one event


def tells_one(lex, folded: str, groups: dict, counts, actors) -> bool:
    """With neither a date nor a place, a lead sentence still tells one event when it counts its dead
    outright and names who fought ('Six soldiers were killed in an attack by Boko Haram'), or when
    protesters did something ('Teachers marched to demand ...', not 'protests are spreading')."""
    told = [c.value for c in counts if not c.vague]
    if told and 0 < max(told) < AGGREGATE_DEATHS and (any(a.armed for a in actors) or set(groups) & {"clash", "communal"}):
        return True  # ('Five people were killed during a clash between farmers and herders')
    fights = [p for g in ("attack", "ambush", "clash") for p in groups.get(g, [])]
    if fights and not any(plural_noun(lex, folded, p) for p in fights) and not (set(groups) & {"protest", "riot", "mob"}) \
            and any(a.kind in ("named", "state") for a in actors) \
            and len({a.org for a in actors if a.kind == "named"} | {a.kind for a in actors if a.kind in ("state", "unidentified")}) >= 2:
        return True  # 'French and Chadian troops clashed with Islamists', 'Ansar Dine attacked a military base'
    if set(groups) & {"riot", "mob", "lynch"}:
        acts = [p for g in ("riot", "mob", "lynch", "destroy", "loot", "attack") for p in groups.get(g, [])]
        first = min(actors, key=lambda a: a.start, default=None)
        if any(not plural_noun(lex, folded, p) for p in acts) and first is not None and first.kind in ("civilians", "protesters", "rioters"):
            # a crowd did it: 'Students rioted, tearing the flag', 'Several hundred rioters attacked the RTB
            # building'; not 'The presidential guard fired shots in the air', nor 'riots have become frequent'
            return True
    taken = groups.get("abduct", [])
    if taken and not any(plural_noun(lex, folded, p) for p in taken) and any(a.armed for a in actors) \
            and not any(c.value >= AGGREGATE_DEATHS for c in counts):
        return True  # 'Unknown gunmen abducted a MPSA officer'
    protest = groups.get("protest", [])
    # (whoever protested: 'CNSE organised a sit-in', 'Civil society organisations gathered to protest')
    return bool(protest) and not any(plural_noun(lex, folded, p) for p in protest) and \
        any(lex.modality.search("protest_done", folded, max(0, a - 40), b + 25) is not None for a, b in protest)


_END = (".", "!", "?", "»", '"', "”", ":")


def headings(text: str, sentences: list[tuple[int, int]]) -> set[int]:
    """The sentences that are titles, not reports: the headline (a first line with no final stop) and,
    in a text of several sentences, any line of its own with no final stop ('## Frappes aériennes près de
    Hombori', a cross-head an HTML page kept): what they tell is told again in the sentences below."""
    if len(sentences) < 2:
        return set()
    found = set()
    for i, (s, e) in enumerate(sentences):
        line = text[s:e].rstrip()
        after = text[e : sentences[i + 1][0]] if i + 1 < len(sentences) else "\n"
        alone = "\n" in after and (i == 0 or "\n" in text[sentences[i - 1][1] : s])
        if alone and len(line) < 200 and (not line.endswith(_END) or line.startswith("#")):
            found.add(i)
    return found
