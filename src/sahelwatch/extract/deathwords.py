"""What the words around a number say: whether they name people, a source, wounds rather
than deaths, a passive or an attempted killing. Mixed into the fatality counter (needs its
``lex`` and ``head_end``)."""

from __future__ import annotations

import re

_ASIDE = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
_NUMBER_BEFORE = re.compile(r"\d\s*-?\s*$")  # '12-year-old', '12 years old'


class DeathWords:
    def _qualifiers(self, folded: str, s: int, e: int) -> list[tuple[int, int]]:
        """The words of 'a minimum of', 'at least', 'about' before a count: no count of their own."""
        return [(m.start(), m.end()) for g in ("at_least", "at_most", "about") for m in self.lex.qualifiers.find(g, folded, s, e)]

    @staticmethod
    def _own_clause(folded: str, n, kill_at: int) -> bool:
        """', 2 reported dead': a count after a comma with its own death word: a clause of its own."""
        return folded[: n.start].rstrip().endswith(",") and len(folded[n.end : kill_at].split()) <= 2

    def _person(self, zone: str) -> bool:
        """People (villagers, soldiers, militants), not posts, camps or vehicles."""
        words = " ".join(re.split(r"[,;.]", _ASIDE.sub(" ", zone), maxsplit=1)[0].split()[:5])
        return any(self.lex.participants.search(g, words) for g in ("civilians", "persons")) or \
            self.lex.fatalities.search("general_nouns", words) is not None

    def _phrase_words(self, folded: str, n, chain: list, between: str) -> int:
        """How many words a count's phrase runs before its death word: up to the next count when it is an item of
        a list of counts ('four suspected JNIM and/or ISGS militants and two French soldiers'; not 'two factions
        clashed ..., leaving one dead'), else all of ``between``; a long force name counts as one word ('cinq
        volontaires pour la défense de la patrie (VDP) et deux')."""
        gap = between
        if chain and not self.lex.fatalities.search("articles", folded[n.start : n.end]):
            item = _ASIDE.sub(" ", folded[n.end : chain[-1].start])
            if not self.lex.any_trigger.search(item) and (item.rstrip().endswith(",") or self.and_at_end.search(item.rstrip())):
                gap = item
        long_names = self.lex.fatalities.patterns.get("long_names")
        return len((long_names.sub("x", gap) if long_names else gap).split())

    def _and_verb(self, words: list[str], i: int) -> bool:
        """'and' that opens a new verb phrase ('a driver and exchanging fire'), not another victim ('a school
        principal and another civilian', 'a man and two boys')."""
        if not self.lex.fatalities.patterns["and_words"].fullmatch(words[i]) or i + 1 >= len(words):
            return False
        following = words[i + 1].strip(",;.:()")
        return not (following in self.lex.number_words or following[:1].isdigit()
                    or self.lex.fatalities.patterns["singular_determiners"].fullmatch(following)
                    or self.lex.fatalities.search("possessives", following))

    def _bare_object(self, folded: str, pos: int, e: int) -> bool:
        """'assassinated MSA officer Mohamed Intawdoute', 'shot dead village chief X' (note style): right
        after the verb, a singular person with no article; not 'killed family members', 'killed women'."""
        words = folded[pos : min(e, pos + 50)].split()[:4]
        stops = self.lex.fatalities.patterns.get("singular_determiners")
        for i, word in enumerate(words):
            bare = word.strip(",;.:()")
            if bare in self.lex.number_words or (stops is not None and stops.fullmatch(bare)) or bare[:1].isdigit() \
                    or self.lex.participants.search("agent_markers", bare) or self.lex.fatalities.search("prepositions", bare):
                return False  # ('killed by unknown gunmen': a passive)
            if any(self.lex.participants.patterns[g].fullmatch(bare) for g in ("civilians", "persons")):
                following = words[i + 1].strip(",;.:()") if i + 1 < len(words) and bare == word else ""
                if following and any(self.lex.participants.patterns[g].fullmatch(following) for g in ("civilians", "persons")):
                    continue  # 'family members': the head comes last
                return not bare.endswith(tuple(self.lex.endings["plural"])) and \
                    self.lex.fatalities.search("collective_nouns", bare) is None
            if bare != word:
                return False  # the phrase ended before any person
        return False

    def _kin_head(self, words: str) -> bool:
        """'the wife of a soldier', 'his son': the phrase names a relative (lexicon kin_nouns) first."""
        kin = self.lex.participants.search("kin_nouns", words)
        return kin is not None and not words[: kin.start()].strip(" ,").split()[1:]

    def _possessor(self, gap: str) -> bool:
        """Right before a count: 'the wife of | a soldier', 'le fils d'| un chef': whose relative."""
        near = gap.split()[-3:]
        return bool(near) and self.lex.participants.search("kin_nouns", " ".join(near)) is not None and \
            self.lex.participants.patterns["owner_links"].fullmatch(near[-1]) is not None

    def _attribution(self, text: str) -> bool:
        """A source ('a resident said'), not a hedge ('six reported to have been killed')."""
        hedge = self.lex.fatalities.search("hedges", text)
        if hedge is not None:
            text = text[: hedge.start()] + " " + text[hedge.end() :]
        return self.lex.fatalities.search("attribution", text) is not None

    def _age(self, folded: str, n) -> bool:
        """'a twelve year old girl': the number is an age, not a count."""
        m = self.lex.fatalities.search("age_words", folded, n.end, n.end + 14)
        return m is not None and not folded[n.end : m.start()].strip(" -")

    def _not_deaths(self, text: str) -> bool:
        return self.lex.fatalities.search("not_deaths", text) is not None

    def _captives_out(self, between: str, kill_words: str) -> str:
        """'three soldiers captured in the ambush were executed': before an execution, the capture only
        says who the dead were."""
        if "captives" in self.lex.fatalities and self.lex.fatalities.search("executions", kill_words):
            return self.lex.fatalities.patterns["captives"].sub(" ", between)
        return between

    def _not_deaths_between(self, text: str) -> bool:
        """Between a number and its death word, a word that makes it no death count ('two wounded and
        one killed'), not one that only describes the people ('militants aboard motorbikes', 'a cattle
        thief'): after a preposition, or before a person noun."""
        for m in self.lex.fatalities.find("not_deaths", text):
            before, after = text[: m.start()].split()[-1:], text[m.end() :].split()[:1]
            if before and self.lex.fatalities.search("prepositions", before[0]):
                continue
            if after and self.lex.fatalities.search("goods_modifiers", m.group(0)) and \
                    any(self.lex.participants.search(g, after[0]) for g in ("civilians", "persons")):
                continue  # 'a cattle thief', 'truck drivers' (not 'a twelve year old girl': an age)
            return True
        return False

    def _passive_before(self, folded: str, s: int, pos: int) -> bool:
        """'were killed', 'ont ete tues': the verb is passive, what follows is not its object."""
        words = folded[max(s, pos - 25) : pos].split()
        m = self.lex.fatalities.search("passive_before_verb", words[-1]) if words else None
        return m is not None and m.start() == 0 and m.end() == len(words[-1])

    def _partitive(self, folded: str, n, numbers) -> bool:
        """'one of the three soldiers', 'l'un des trois soldats': the number after 'of' is the whole."""
        before = [m for m in numbers if m.end <= n.start]
        link = self.lex.fatalities.patterns.get("partitive_links")
        return bool(before) and link is not None and link.fullmatch(folded[before[-1].end : n.start].strip()) is not None

    def _own_verb(self, tail: str) -> bool:
        """After a count, before the clause ends: its own auxiliary ('eight soldiers and a civilian were
        wounded'), so the count is the subject of another verb, not one more object."""
        clause = re.split(r"[,;.]", tail, maxsplit=1)[0]
        return any(self.lex.fatalities.search("passive_before_verb", w) for w in clause.split())

    def _not_deaths_head(self, tail: str) -> bool:
        head = self.head_end.split(tail, maxsplit=1)[0]
        head = " ".join(head.split()[:3])  # 'three soldiers were wounded'
        age = self.lex.fatalities.search("age_words", head)
        if age is not None and _NUMBER_BEFORE.search(head[: age.start()]):
            head = head[: age.start()] + head[age.end() :]  # 'a 12-year-old girl': an age, not wounds or time

        m = self.lex.fatalities.search("not_deaths", head)
        if m is None or not self._not_deaths_between(head):
            return False  # 'three militants aboard motorbikes': what they rode, not what was counted
        if self.lex.fatalities.search("captives", m.group(0)) and self.lex.fatalities.search("executions", tail, m.end()):
            return False  # 'three soldiers captured in the ambush were executed': the captives died
        return not self.lex.fatalities.search("kill_after_number", head[: m.start()])

    def _attempted(self, folded: str, s: int, pos: int) -> bool:
        """'attempted to lynch the policeman', 'tried to kill': the killing did not happen."""
        m = self.lex.fatalities.search("attempt", folded, max(s, pos - 20), pos)
        return m is not None and not folded[m.end() : pos].strip()

    def _killed_verb(self, verb: str) -> bool:
        """'killed', 'shot dead', 'executed': not 'shot by' (wounded, maybe)."""
        m = self.lex.fatalities.search("killed", verb)
        return m is not None and m.start() == 0

    def _generic_verb(self, verb: str) -> bool:
        return self.lex.fatalities.search("light_verbs", verb) is not None

    def _category(self, zone: str) -> str:
        head = self.phrase_end.split(zone, maxsplit=1)[0]
        subset = self.lex.fatalities.search("subset", head)
        if subset is not None:
            head = head[: subset.start()]  # 'six militants including a lieutenant': militants
        words = " ".join(head.split()[:5])
        agent = self.lex.participants.search("agent_markers", words)
        words = words[: agent.start()] if agent is not None and agent.start() > 0 else words  # 'herders arrested by soldiers'
        if self._kin_head(words):
            return "civilians"  # 'the wife of a soldier': his kin, not a soldier
        if self.lex.forces.search("military", words) or self.lex.forces.search("police", words) or self.lex.participants.search("armed_state", words):
            return "state"
        if self.lex.participants.search("militia", words):
            return "militia"
        if self.lex.participants.search("armed_nonstate", words):
            return "nonstate"
        if self.lex.participants.search("civilians", words):
            return "general" if self.lex.fatalities.search("general_nouns", " ".join(zone.split()[:2])) else "civilians"
        return "general"
