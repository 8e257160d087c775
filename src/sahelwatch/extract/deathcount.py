"""A death count found in a text, and how the counts of one event add up: per kind of
victim the most conservative figure, summed over kinds."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace


@dataclass(frozen=True)
class Count:
    value: int
    start: int
    end: int
    category: str  # general, toll (a total given as such), estimate (another source's figure), civilians, state, militia, nonstate, later (the wounded who died after)
    vague: bool
    chain: int = 0  # counts in one coordinated phrase add up
    claimed: bool = False  # one side's claim of its own losses ('the CMA said it lost 6 fighters')


def label(counts: list[Count], folded: str, spans: list[tuple[int, int]], words) -> list[Count]:
    """What the words around each count make of it (``words``: the lexicon's fatalities groups)."""
    # 'a claim that could not be verified', 'more than forty terrorists were neutralised': a side's own
    # claim, counted only when nothing else is
    unverified = [(s, e) for s, e in spans if words.search("unverified", folded, s, e) is not None]
    counts = [replace(c, claimed=True) if any(s <= c.start < e for s, e in unverified)
              or words.search("claimed_kills", folded, max(0, c.start - 30), c.end + 60) else c for c in counts]
    # 'the government put the toll at 11 dead': the whole toll, which no count by kind may exceed;
    # 'a transporter put the number of soldiers killed at nine': another source's figure for the same dead
    # 'bringing the toll to 27': the toll brought up to date, which replaces the figures before it
    # 'acknowledging two dead in its ranks': the side's own dead, on top of those it killed
    # 'shot dead four men, another four were detained before being executed': more dead, on top of those told
    return [replace(c, category="more") if _more(words, folded, c)
            else replace(c, category="own") if words.search("own_ranks", folded, c.end, c.end + 25)
            else replace(c, category="update") if _updates(words, folded, c.start)
            else replace(c, category="toll") if c.category == "general" and words.search("toll_words", folded, max(0, c.start - 25), c.start)
            else replace(c, category="estimate") if c.category == "general" and words.search("estimate_words", folded, max(0, c.start - 25), c.start)
            else c for c in counts]


def _more(words, folded: str, c: Count) -> bool:
    """'another four', 'a further three' right before the count, 'four more' right after it."""
    before = [m for m in words.find("more_before", folded, max(0, c.start - 16), c.start) if not folded[m.end() : c.start].strip()]
    after = words.search("more_after", folded, c.end, c.end + 16)
    return bool(before) or (after is not None and not folded[c.end : after.start()].strip())


def _updates(words, folded: str, pos: int) -> bool:
    """A toll update right before the count, in the same sentence ('bringing the toll to 27')."""
    m = words.search("toll_updates", folded, max(0, pos - 40), pos)
    return m is not None and not re.search(r"[.;]", folded[m.end() : pos])


def combine(counts: list[Count]) -> int:
    """Per category the smallest figure (the text disagreeing with itself),
    summed over categories; a general total wins when it covers them. A vague
    count ('several were killed'), or a side's claim of its own losses, counts
    only when the text gives no other figure."""
    if any(not c.claimed for c in counts):
        counts = [c for c in counts if not c.claimed]  # a side's own claim counts only when nothing else does
    if any(not c.vague for c in counts):
        counts = [c for c in counts if not c.vague]
    chains: dict[tuple[str, int], int] = {}
    for c in counts:
        chains[(c.category, c.chain)] = chains.get((c.category, c.chain), 0) + c.value
    by_category: dict[str, list[int]] = {}
    for (category, _chain), value in chains.items():
        by_category.setdefault(category, []).append(value)
    victims = sum(_conservative(by_category.get(c, [])) for c in ("civilians", "state", "militia"))
    general = _conservative(by_category.get("general", [0]))
    # "people" counts victims, not the attackers: militants killed are added to it, and so are
    # the wounded who died later
    told = max(general, victims)
    if "toll" in by_category:  # a toll given as such: the total, even when counts by kind add up to more
        told = _conservative(by_category["toll"])
    if "update" in by_category:  # the toll brought up to date: the latest figure, not the first one told
        told = max(by_category["update"])
    if "estimate" in by_category:  # another source's figure for the same dead ('put the number of soldiers killed at nine'): the lower
        estimate = _conservative(by_category["estimate"])
        told = min(estimate, told) if told else estimate
    return told + sum(_conservative(by_category.get(c, [])) for c in ("nonstate", "later", "own")) + \
        (0 if "update" in by_category else sum(by_category.get("more", [])))  # ('four more bodies ..., bringing the toll to 27': in it)


def _conservative(values: list[int]) -> int:
    return min(values) if values else 0
