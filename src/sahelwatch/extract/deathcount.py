"""A death count found in a text, and how the counts of one event add up: per kind of
victim the most conservative figure, summed over kinds."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Count:
    value: int
    start: int
    end: int
    category: str  # general, toll (a total given as such), civilians, state, militia, nonstate, later (the wounded who died after)
    vague: bool
    chain: int = 0  # counts in one coordinated phrase add up
    claimed: bool = False  # one side's claim of its own losses ('the CMA said it lost 6 fighters')


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
    return told + _conservative(by_category.get("nonstate", [])) + _conservative(by_category.get("later", []))


def _conservative(values: list[int]) -> int:
    return min(values) if values else 0
