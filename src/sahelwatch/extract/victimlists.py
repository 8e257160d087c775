"""Victims named one after another ('a councillor and the son of the chief', 'a village chief,
his son and a militiaman', 'the subprefect and four others'): each is a death. Mixed into the
fatality counter (needs its ``lex``, ``and_one``, ``and_at_end``, ``list_item``, ``phrase_end``)."""

from __future__ import annotations

from sahelwatch.extract.deathcount import Count
from sahelwatch.extract.numbers import Number


class VictimLists:
    def _and_one(self, folded: str, pos: int, e: int, found: dict, chain: int, category: str | None = None) -> None:
        """'... a councillor and the son of the chief': one more victim per 'and the <person>'
        (of ``category`` when given: 'a school principal and another civilian' add up)."""
        for extra in self.and_one.finditer(folded, pos, min(e, pos + 60)):
            determiner = extra.group(0).split()[-1]
            if determiner in self.lex.number_words:
                break  # 'and one soldier', 'and an accompanying civilian': a number, counted as such
            zone = folded[extra.end() : extra.end() + 40]
            head = zone.split()[:1]
            if head and (head[0] in self.lex.number_words or head[0][:1].isdigit()):
                break  # 'a father and his two sons': the number adds to the first victim (_and_more)
            between = folded[pos : extra.start()]
            if "," in between or self._breaks(between) or self.lex.fatalities.search("attribution", zone):
                break
            if self._person(zone):
                kind = category or self._category(folded[extra.end():extra.end() + 30])
                found.setdefault(extra.start(), Count(1, extra.start(), extra.end(), kind, False, chain))
            break

    def _along_with(self, folded: str, kills, numbers: list[Number], e: int, found: dict) -> None:
        """'Four volunteers were killed, along with two civilians', « ainsi que deux civils »: the
        number right after the death words and 'along with' (lexicon group along_with) died too."""
        for k in kills:
            link = self.lex.fatalities.search("along_with", folded, k.end(), min(e, k.end() + 60))
            gap = folded[k.end() : link.start()] if link is not None else ""
            if link is None or (gap.strip(" ,") and (len(gap.split()) > 6 or not gap.rstrip().endswith(",") or self._breaks(gap[:-2]))):
                continue  # (right after, or after what the death words say of how: '... killed in the exchanges of fire, along with')
            n = next((n for n in numbers if link.end() <= n.start <= link.end() + 2), None)
            if n is not None and self._counts_people(folded, n):
                found.setdefault(n.start, self._make(folded, n, min(e, n.end + 60), 0))

    def _relatives(self, folded: str, victim: Count, e: int, found: dict) -> None:
        """'a village chief, his son and a militiaman', 'a member of Dan Na Ambassagou, his son': a
        person named with a possessive in the list of victims is one more death (items with an
        article are counts of their own)."""
        end = self.phrase_end.search(folded, victim.end, e)
        pos = end.start() if end is not None else e
        for _ in range(8):
            m = self.list_item.match(folded, pos, e)
            if m is None:
                return
            np = m.group("np")
            words = " ".join(np.split()[:3])
            if not words or not self._person(words) or self._attribution(np) or self._not_deaths(np):
                return  # 'and wounded two others', ', his brother said'
            if words[:1].isdigit() or words.split()[0] in self.lex.number_words:
                return  # 'and his two sons': a number, read as such
            named = "own" if m.group("own") else "the" if m.group("the") and self._listed(folded, m, e) else None
            if named and not any(c.start < m.end() and c.end > m.start() for c in found.values()):
                found[m.start(named)] = Count(1, m.start(named), m.end(named), victim.category, False, victim.chain)
            pos = m.end()

    def _listed(self, folded: str, m, e: int) -> bool:
        """'two militiamen, the village chief and a child', 'a herder and the imam': a short item
        in a list closed by 'and'; not an apposition ('a teacher, the village chief, near the school')
        nor a new clause ('..., the councilor was on a mission')."""
        if len(m.group("np").split()) > 3:
            return False
        return self.and_word.search(folded, m.start(), m.start("the")) is not None or \
            self.and_word.match(folded[m.end() : e].lstrip()) is not None

    def _and_more(self, folded: str, pos: int, numbers: list[Number], found: dict, first: Count) -> None:
        """'killing the subprefect of Dinangourou and four others': the number after 'and' adds to the
        first victim ('others' are of his kind unless named)."""
        for n in numbers:
            if n.start < pos or n.start > pos + 60:
                continue
            between = folded[pos : n.start]
            link = self.and_at_end.search(between)
            if link is None or self._breaks(between) or n.vague or not self._counts_people(folded, n):
                return
            more = self._make(folded, n, n.end + 60, first.chain)
            if more.category == "general":
                more = Count(more.value, more.start, more.end, first.category, more.vague, more.chain)
            found.setdefault(n.start, more)
            return
