"""Deaths reported for one event: numbers and number words tied to killing
words, never wounded, abducted or captured people, the most conservative
figure when the text disagrees with itself, ACLED's values for vague counts."""

from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import replace

from sahelwatch.extract.deathcount import Count, combine, label
from sahelwatch.extract.deathwords import _ASIDE, DeathWords
from sahelwatch.extract.victimlists import VictimLists
from sahelwatch.extract.lexicon import Lexicon
from sahelwatch.extract.numbers import Number, NumberReader, number_reader
from sahelwatch.extract.text import entry_regex

_PUNCT_BREAK = re.compile(r"[.;:!?()\[\]]")
_EVENT_NOUNS = ("attack", "ambush", "clash", "air", "shelling", "ied", "suicide")  # trigger groups: events, not people


class FatalityCounter(DeathWords, VictimLists):
    def __init__(self, lex: Lexicon, numbers: NumberReader):
        self.lex = lex
        self.numbers = numbers
        groups = lex.fatalities.entries
        ands = "|".join(entry_regex(w) for w in groups.get("and_words", [])) or "(?!)"
        ors = "|".join(entry_regex(w) for w in groups.get("or_words", [])) or "(?!)"
        self.second_verb = re.compile(rf"\s+(?:{ands})\s+(?P<verb>\w+)(?=\s)")  # 'killed and buried a herder'
        possessives = "|".join(entry_regex(w) for w in groups.get("possessives", [])) or "(?!)"
        # '... the subprefect and | four others', 'a father and his | two sons'
        self.and_at_end = re.compile(rf"(?<!\w)(?:{ands})(?:\s+(?:{possessives}))?\s*$")
        self.and_word = re.compile(rf"(?<!\w)(?:{ands})(?!\w)")
        self.and_or_comma = re.compile(rf"(?<!\w)(?:{ands})(?!\w)|,")  # counts coordinated: '4 militants and one Dozo'
        self.phrase_end = re.compile(rf"[,;.(]|\s(?:{ands}|{ors})\s")  # where a count's noun phrase ends
        self.head_end = re.compile(rf"[,;.]|\s(?:{ands}|{ors})\s")
        determiners = "|".join(entry_regex(w) for w in groups.get("singular_determiners", []))
        auxiliaries = "|".join(entry_regex(w) for w in groups.get("passive_aux", []))
        adverbs = "|".join(entry_regex(w) for w in groups.get("passive_adverbs", [])) or "(?!)"
        stops = "|".join(entry_regex(w) for w in groups.get("subject_stops", [])) or "(?!)"
        # a subject of up to eleven words ('a suspected cattle thief arrested by Dozos'), the verb's
        # auxiliary, adverbs ('reportedly', 'found'), then the verb and the word after it ('shot dead')
        word = rf"(?!(?:{stops}|{auxiliaries})(?!\w))[\w'-]+"

        relative = "|".join(entry_regex(w) for w in groups.get("relative_pronouns", [])) or "(?!)"

        def tail(aux: str, aside: str = "") -> str:
            return (rf"(?P<rest>(?:\s+{word}){{0,10}}?){aside}(?:\s+(?:{relative})(?:\s+(?:{adverbs}))?)?\s+(?:{aux})\s+(?:(?:{adverbs})\s+){{0,2}}"
                    rf"(?P<verb>\w+(?:\s+\w+){{0,2}})")

        he = "|".join(entry_regex(w) for w in groups.get("subject_pronouns", [])) or "(?!)"
        # 'a village chief, Amadou Issa Dicko, was assassinated': a name between commas
        # (quotes too: 'accused of being an « informer of the jihadists »')
        quoted = rf"(?!(?:{stops}|{auxiliaries})(?!\w))[\w'«»\"“”-]+"
        named = rf"(?:\s*,(?:\s+{quoted}){{1,12}}\s*,(?=\s+(?:{auxiliaries})\s))?"
        self.singular = re.compile(
            rf"(?<!\w)(?:(?:{determiners})(?:(?<=')|\s+)(?P<noun>{word})|(?P<pronoun>{he})(?!\w)){tail(auxiliaries, named)}"
        ) if determiners and auxiliaries else None
        # 'Malian army officer killed by unknown gunmen', 'Deputy mayor of Wouro-Mody, Kola Dia, was
        # killed on Monday': a person with no article opening the sentence (notes, headline style)
        owner = "|".join(entry_regex(w) for w in self.lex.participants.entries.get("owner_links", [])) or "(?!)"
        killed = "|".join(entry_regex(w) for w in groups.get("killed", [])) or "(?!)"
        self.bare = re.compile(
            rf"\W*(?P<noun>{word}(?:\s+{word}){{0,3}}?)(?:\s+(?:{owner})(?:\s+{word}){{1,3}}?)?{named}"
            rf"\s+(?P<aux>(?:{auxiliaries})\s+)?(?:(?:{adverbs})\s+){{0,2}}(?P<verb>{killed})(?!\w)(?:\s+(?P<next>\w+))?"
        ) if auxiliaries else None
        agents = "|".join(entry_regex(w) for w in self.lex.participants.entries.get("agent_markers", [])) or "(?!)"
        # 'a driver shot dead by gunmen', « un transporteur abattu par des hommes armés »: a passive with no auxiliary
        self.reduced = re.compile(rf"(?<!\w)(?:{determiners})(?:(?<=')|\s+)(?P<noun>{word}(?:\s+{word}){{0,2}}?)\s+(?P<verb>{killed})\s+(?:{agents})\s")
        plural_aux = "|".join(entry_regex(w) for w in groups.get("passive_aux_plural", []))
        they = "|".join(entry_regex(w) for w in groups.get("subject_pronouns_plural", []))
        # 'abducted four men ..., they were executed': the people counted before
        self.they_killed = re.compile(
            rf"(?<!\w)(?:{they})\s+(?:{plural_aux})\s+(?:(?:{adverbs})\s+){{0,2}}(?P<verb>\w+(?:\s+\w+)?)"
        ) if they and plural_aux else None
        # 'a soldier and a gendarme travelling together were killed': one death each
        self.pair = re.compile(
            rf"(?<!\w)(?:{determiners})\s+(?P<noun>{word}(?:\s+{word}){{0,2}}?)\s+(?:{ands})\s+(?:{determiners})\s+(?P<noun2>{word}){tail(plural_aux)}"
        ) if determiners and plural_aux else None
        pronouns = "|".join(entry_regex(w) for w in groups.get("object_pronouns", []))
        self.object_one = re.compile(
            rf"\s+(?:(?P<pronoun>{pronouns or '(?!)'})(?!\w)|(?:{determiners})(?:(?<=')|\s+))"
        ) if determiners else re.compile("(?!)")
        plural = "|".join(entry_regex(w) for w in groups.get("object_pronouns_plural", []))
        self.object_many = re.compile(rf"\s+(?:{plural})(?!\w)") if plural else re.compile("(?!)")
        before = "|".join(entry_regex(w) for w in groups.get("object_pronouns_plural_before", []))
        self.object_many_before = re.compile(rf"(?<!\w)(?:{before})\s+$") if before else re.compile("(?!)")
        one_before = "|".join(entry_regex(w) for w in groups.get("object_pronouns_before", []))
        # « l'ont abattu », « l'a exécuté » : the one person, named before the verb
        self.object_one_before = re.compile(rf"(?<!\w)(?:{one_before})(?:\s+\w+)?\s*$") if one_before else re.compile("(?!)")
        self.and_one = re.compile(rf"\s+(?:{ands})\s+(?:{determiners})\s+") if determiners else re.compile("(?!)")
        articles = "|".join(entry_regex(w) for w in groups.get("articles", [])) or "(?!)"
        definite = "|".join(entry_regex(w) for w in groups.get("definite_articles", [])) or "(?!)"
        # ', his son', ' and his wife', ', a trader': one item of a list of victims
        self.list_item = re.compile(
            rf"(?:\s*,\s*(?:(?:{ands})\s+)?|\s+(?:{ands})\s+)(?:(?P<own>{possessives})|(?P<the>{definite})|{articles})\s+(?P<np>[^,;.()]*?)(?=\s*[,;.()]|\s+(?:{ands}|{ors})\s|$)"
        )

    def _active(self, folded: str, pos: int, e: int) -> bool:
        """A killing verb followed by its object (a number, an article, a pronoun): active voice."""
        tail = folded[pos : min(e, pos + 40)]
        for group in ("at_least", "at_most", "about"):
            pattern = self.lex.qualifiers.patterns.get(group)
            m = pattern.match(tail.lstrip()) if pattern is not None else None
            if m is not None:  # 'killed around 40 assailants': the number after the qualifier
                tail = tail.lstrip()[m.end():]
                break
        head = tail.split()[:1]
        if not head:
            return False
        word = head[0].strip(",.;")
        return word in self.lex.number_words or bool(self.lex.fatalities.search("object_pronouns", word)) or \
            bool(self.lex.fatalities.search("singular_determiners", word)) or word[:1].isdigit()

    def _subset_before(self, folded: str, s: int, pos: int) -> int | None:
        """Where a subset clause ('including ...', 'dont ...') that runs up to ``pos`` starts, if any."""
        last = None
        for m in self.lex.fatalities.find("subset", folded, s, pos):
            last = m
        if last is None or self._breaks(folded[last.end() : pos].replace(",", " ")):
            return None
        if self.lex.any_trigger.search(folded, last.end(), pos):
            return None  # 'six militants including a lieutenant and arrested another ..., three dead': a new clause
        return last.start()

    def _breaks(self, text: str) -> bool:
        return bool(_PUNCT_BREAK.search(text)) or self.lex.fatalities.search("contrast", text) is not None

    def count(self, folded: str, spans: list[tuple[int, int]], exclude: list[tuple[int, int]] = ()) -> tuple[int | None, list[Count]]:
        """Deaths over the event's sentence spans: (value, the counts used).
        0 when the text says nobody died or gives no death. Numbers inside
        ``exclude`` (dates) and years are never counts."""
        counts: list[Count] = []
        for s, e in spans:
            counts.extend(self._counts(folded, s, e, list(exclude)))
        if not counts:
            return 0, []
        counts = label(counts, folded, spans, self.lex.fatalities)
        return combine(counts), counts

    def _counts(self, folded: str, s: int, e: int, exclude: list[tuple[int, int]]) -> list[Count]:
        found: dict[int, Count] = {}
        asides = [(m.start(), m.end()) for m in _ASIDE.finditer(folded, s, e)]
        # 'the toll could exceed 160 dead', 'le bilan pourrait dépasser 160 morts': a guess, not a count
        asides += [(m.start(), m.end() + 25) for m in self.lex.fatalities.find("possible_tolls", folded, s, e)]
        quals = self._qualifiers(folded, s, e)  # ('a minimum of 12': not 'a')
        numbers = [
            n for n in self.numbers.find(folded, s, e)
            if not (1900 <= n.value <= 2100 and folded[n.start].isdigit()) and not any(a <= n.start < b for a, b in exclude + asides)
            and not (n.value == 1 and any(a <= n.start < b for a, b in quals))
        ]
        kill_after = self.lex.fatalities.find("kill_after_number", folded, s, e)
        kill_before = self.lex.fatalities.find("kill_before_number", folded, s, e)
        # "12 soldiers were killed", "four militants and one Dozo were killed"
        negated = [(m.start(), m.end()) for m in self.lex.fatalities.find("none", folded, s, e)]
        for chain_id, k in enumerate(kill_after):
            if any(a <= k.start() < b for a, b in negated):
                continue  # '..., no fatalities reported': not a count of the dead
            if (not self.lex.fatalities.search("passive_before_verb", k.group(0)) and self._active(folded, k.end(), e)) or \
                    self.lex.fatalities.search("count_of", folded[max(s, k.start() - 12) : k.start()]):
                continue  # 'a gunman shot dead a soldier': the number before is the killer; 'the number of dead at 31': the figure follows
            chain = []
            subset = self._subset_before(folded, s, k.start())
            later = self.lex.fatalities.search("later_deaths", k.group(0)) is not None
            if later and subset is not None:
                # 'four soldiers wounded, including one who later succumbed': that one died
                within = [n for n in numbers if subset <= n.start and n.end <= k.start()]
                if within:
                    n = within[-1]
                    found.setdefault(n.start, Count(n.value, n.start, n.end, "later", n.vague, s * 1000 + chain_id))
                continue
            for n in reversed([n for n in numbers if n.end <= k.start()]):
                if self._partitive(folded, n, numbers) or self._age(folded, n):
                    continue  # 'one of the three soldiers succumbed': the one; « un homme d'une trentaine d'années »: an age
                if subset is not None and n.start >= subset and not self._own_clause(folded, n, k.start()):
                    continue  # '6 civilians, including an aid worker ... and a nurse were killed': part of the 6
                between = _ASIDE.sub(" ", folded[n.end : subset if subset is not None and subset > n.end else k.start()])
                who = self.lex.fatalities.search("relative_pronouns", between) or self.lex.participants.search("accusation_intros", between)
                if who is not None and len(between[: who.start()].split()) <= 3 and not any(n.end <= o.start < k.start() for o in numbers):
                    between = between[: who.start()]  # « deux éleveurs qui tentaient d'empêcher ... ont été abattus », '17 people, accused of ...,'
                wounded_died = later and self.lex.fatalities.search("wounded_words", between) is not None
                between = self._captives_out(between, k.group(0))
                if self._phrase_words(folded, n, chain, between) > 8 or self._breaks(between) or \
                        (self._not_deaths_between(between) and not wounded_died):
                    break  # ('one of the wounded succumbed': the wounded are who died)
                if self._attribution(between) and not self.lex.fatalities.search("hedges_before_death", between.strip()):
                    break  # 'a resident said several herders had been killed': the resident is a source
                if not n.vague and not wounded_died and not self._counts_people(folded, n):
                    if later:
                        break  # 'four soldiers wounded including one severely who later succumbed': the one
                    continue  # 'an IDP camp', 'a military position': not a count; look further back
                if self.lex.fatalities.search("subset", folded[max(s, n.start - 15) : n.start]):
                    continue  # '6 civilians, including an aid worker': part of a count further back
                chain.append(n)
                if later or not self.and_or_comma.search(folded, max(s, n.start - 12), n.start):
                    break  # (the wounded who died: the one number right before)
            for n in chain:
                if n.vague or later or self._counts_people(folded, n):
                    count = self._make(folded, n, k.start(), s * 1000 + chain_id)
                    # 'one of the wounded later succumbed': a death on top of those counted ('two soldiers
                    # were killed, one of whom succumbed' is one of the two)
                    one_of = self.lex.fatalities.search("subset", folded, n.end, k.start()) is not None
                    found.setdefault(n.start, replace(count, category="later") if later and not one_of else count)
                    if not later:  # 'a councillor and his son were killed', 'a principal and another teacher'
                        self._and_one(folded, n.end, k.start(), found, count.chain, "general" if count.category == "general" else None)
                        self._relatives(folded, found[n.start], k.start(), found)
        self._along_with(folded, kill_after, numbers, e, found)  # 'Four volunteers were killed, along with two civilians'
        # "killing 12 soldiers", "left 5 dead", "tuant trois soldats"
        for chain_id, k in enumerate(kill_before, start=500):
            if self._passive_before(folded, s, k.start()):
                continue  # 'two fighters were killed and eight others taken prisoner': no object after
            # 'the CMA claimed to have lost 6 fighters': one side's claim, a count only if the text gives no other
            claimed = bool(self.lex.participants.search("loss_verbs", k.group(0)) and self.lex.fatalities.search("loss_claims", folded, max(s, k.start() - 40), k.start()))
            after = [n for n in numbers if n.start >= k.end()]
            bodies = self.lex.fatalities.search("bodies_of", k.group(0))  # ('the bodies of four herders arrested by ...': dead)
            for i, n in enumerate(after):
                gap = _ASIDE.sub(" ", folded[k.end() : n.start])
                if len(gap.split()) > (3 if i == 0 else 6) or self._breaks(gap) or self._not_deaths(gap):
                    break
                if i == 0 and self.and_word.search(gap):
                    break  # 'killed the driver and a passenger': the objects, counted one by one below
                if self._possessor(gap):
                    break  # 'killed the wife of a soldier': whose wife, not a second victim
                if i == 0 and gap.lstrip().startswith(","):
                    break  # 'one militant were killed, and a civilian vehicle ...': the clause ended
                if self._attribution(gap):
                    break  # 'killing four passengers, according to a local official'

                tail = folded[n.end : min(e, n.end + 40)]
                if (self._not_deaths_head(tail) and not bodies) or (i and (self._own_verb(tail) or self._attribution(tail[:30].split(",")[0]))):
                    break  # ('killing two, eight soldiers and a civilian were wounded': a clause of its own; '..., a councillor said')
                if self._generic_verb(folded[k.start():k.end()]) and not self.lex.fatalities.search("kill_after_number", tail[:25]):
                    break
                if not (n.vague or bodies or self._counts_people(folded, n)):
                    break
                count = self._make(folded, n, n.end + 60, s * 1000 + chain_id)
                found.setdefault(n.start, replace(count, claimed=True) if claimed else count)
                self._and_one(folded, n.end, e, found, s * 1000 + chain_id)
                self._relatives(folded, found[n.start], e, found)
                if i + 1 < len(after) and not self.and_or_comma.search(folded, n.end, after[i + 1].start):
                    break
        # "killed a deacon", "assassinated the village chief and his son", "executed him"
        for chain_id, k in enumerate(kill_before, start=700):
            if self._generic_verb(folded[k.start():k.end()]) or self._attempted(folded, s, k.start()):
                continue
            many = self.object_many.match(folded, k.end(), e) or self.object_many_before.search(folded, max(s, k.start() - 12), k.start())
            if many is not None:
                # 'arrested fifteen villagers ... and executed them': the people counted before
                before = [n for n in numbers if n.end <= k.start() and not n.vague and self._counts_people(folded, n)]
                if before and not self._breaks(folded[before[-1].end : k.start()]):
                    n = before[-1]
                    found.setdefault(n.start, self._make(folded, n, k.start(), s * 1000 + chain_id))
                continue
            one_before = self.object_one_before.search(folded, max(s, k.start() - 25), k.start())
            if one_before is not None and not any(k.end() <= n.start < k.end() + 12 for n in numbers):
                found.setdefault(one_before.start(), Count(1, one_before.start(), k.end(), "general", False, s * 1000 + chain_id))
                continue
            m = self.object_one.match(folded, k.end(), e)
            m = None if m is not None and any(a <= m.end() - 1 < b for a, b in quals) else m
            second = self.second_verb.match(folded, k.end(), e) if m is None else None
            if second is not None and not self._not_deaths(second.group("verb")):
                m = self.object_one.match(folded, second.end(), e)  # 'killed and buried a herder'
            bare = m is None and second is None and self._bare_object(folded, k.end(), e) and \
                not any(k.end() <= n.start < k.end() + 40 for n in numbers)  # 'assassinated MSA officer X'
            if not bare and (m is None or any(k.end() <= n.start < k.end() + 12 and not self._age(folded, n)
                                               and not self._possessor(folded[k.end() : n.start]) for n in numbers)):
                continue
            if not bare and not self._person(folded[m.end() : m.end() + 40]) and not m.group("pronoun"):
                continue
            start, end = (k.end(), k.end() + 1) if bare else (m.start(), m.end())
            category = self._category(folded[end:end + 40] if not bare else folded[start:start + 40])
            if not bare and m.group("pronoun") and self.lex.fatalities.search("reflexive_pronouns", m.group("pronoun")):
                category = "nonstate"  # 'detonated a suicide bomb, killing himself and two soldiers': the attacker
            victim = Count(1, start, end, category, False, s * 1000 + chain_id)
            found.setdefault(start, victim)
            self._and_one(folded, end, e, found, victim.chain)
            self._and_more(folded, end, numbers, found, victim)
            self._relatives(folded, victim, e, found)
        for m in (self.they_killed.finditer(folded, s, e) if self.they_killed else ()):
            if not self._killed_verb(m.group("verb")):
                continue
            before = [n for n in numbers if n.end <= m.start() and not n.vague and self._counts_people(folded, n)]
            if before and not any(c.start == before[-1].start for c in found.values()):
                found.setdefault(before[-1].start, self._make(folded, before[-1], m.start(), s * 1000 + 960))
        # "a peacekeeper ... who succumbed to his wounds": one more death, unless a count says how many
        for m in self.lex.fatalities.find("died_of_wounds", folded, s, e):
            if not any(abs(x.start - m.start()) < 50 for x in found.values()):
                found.setdefault(m.start(), Count(1, m.start(), m.end(), "later", False, s * 1000 + 950))
        # "arrested an elderly man ..., the corpse was found ten kilometres away": his death
        for m in self.lex.fatalities.find("one_body", folded, s, e):
            if not any(abs(x.start - m.start()) < 50 for x in found.values()):
                found.setdefault(m.start(), Count(1, m.start(), m.end(), "general", False, s * 1000 + 955))
        # "a soldier was killed", "le maire a ete tue", "a soldier and a gendarme were killed"
        verbs: set[int] = set()  # one subject per killing verb: the longest reading, met first
        for pattern, value in ((self.pair, 2), (self.singular, 1)):
            for m in self._every_match(pattern, folded, s, e):
                if m.start("verb") in verbs or not self._killed_verb(m.group("verb")) or any(c.start <= m.start() < c.end for c in found.values()):
                    continue
                pronoun = value == 1 and m.group("pronoun")
                if pronoun and m.group("rest").strip():
                    continue  # 'she said the village was attacked': not her death
                if not pronoun and m.group("rest").strip() and not self._person(folded[m.start("noun") : m.end("rest")]):
                    continue  # 'the attack in which ...': a long subject must name a person
                if value == 2 and not (self._person(m.group("noun")) and self._person(" ".join(folded[m.start("noun2"):m.end("rest")].split()[:2]))):
                    continue
                if value == 2:
                    for key in [k for k, c in found.items() if m.start() <= c.start < m.end("noun2")]:
                        del found[key]  # one of the pair, counted on its own
                n = Number(m.start(), m.end("pronoun") if pronoun else m.start("noun"), value)
                verbs.add(m.start("verb"))
                if not any(m.start() <= x.start < m.end() for x in found.values()):  # not counted another way already
                    found.setdefault(m.start(), self._make(folded, n, m.end(), s * 1000 + 900 + len(found)))
        for m in self.reduced.finditer(folded, s, e) if not found else ():
            if self._person(m.group("noun")) and not m.group("noun").split()[-1].endswith(self.lex.endings["plural"]):
                found[m.start()] = self._make(folded, Number(m.start(), m.start("noun"), 1), m.end(), s * 1000 + 980)
        if not found and not verbs:
            self._bare_subject(folded, s, e, found)
        return self._drop_subsets(folded, sorted(found.values(), key=lambda c: c.start))

    def _bare_subject(self, folded: str, s: int, e: int, found: dict) -> None:
        """One death for a singular person with no article that opens the sentence, then a passive
        ('was killed', or 'killed by/in ...' in note style; not 'Gunmen killed two soldiers')."""
        m = self.bare.match(folded, s, e) if self.bare is not None else None
        if m is None or not self._killed_verb(m.group("verb")):
            return
        head = m.group("noun").split()
        if head[0] in self.lex.number_words or not self._person(m.group("noun")) or head[-1].endswith(self.lex.endings["plural"]):
            return
        if self.lex.participants.search("civilians", head[-1]) is None and self.lex.participants.search("persons", head[-1]) is None:
            return  # the person is the head of the phrase ('army officer'), not a word before it ('Dozo hunters')
        if not m.group("aux") and m.group("next") and self.lex.fatalities.search("prepositions", m.group("next")) is None \
                and self.lex.participants.search("agent_markers", m.group("next")) is None:
            return  # 'Militant killed | two ...': an object follows, so not a passive
        found[m.start("noun")] = self._make(folded, Number(m.start("noun"), m.end("noun"), 1), m.end(), s * 1000 + 990)

    @staticmethod
    def _every_match(pattern: re.Pattern | None, folded: str, s: int, e: int):
        """Matches starting at every position, overlapping: 'one individual and abducted a herdsman
        who was executed' must also be read from 'a herdsman'."""
        pos = s
        while pattern is not None:
            m = pattern.search(folded, pos, e)
            if m is None:
                return
            yield m
            pos = m.start() + 1

    def _drop_subsets(self, folded: str, counts: list[Count]) -> list[Count]:
        """'12 people, including 3 soldiers, were killed': the 3 are part of the 12."""
        kept = []
        for c in counts:
            if kept and kept[-1].chain == c.chain and self.lex.fatalities.search("subset", folded[kept[-1].end : c.start]):
                continue
            kept.append(c)
        return kept

    def _make(self, folded: str, n: Number, limit: int, chain: int) -> Count:
        noun_zone = folded[n.end : min(limit, n.end + 60)]
        return Count(n.value, n.start, n.end, self._category(noun_zone), n.vague, chain)

    def _counts_people(self, folded: str, n: Number) -> bool:
        """A bare number is a death count only if no non-person noun follows it; an
        article ('a', 'une') only if a person follows it ('a guard', not 'an airstrike')."""
        tail = folded[n.end : n.end + 80]
        if n.value == 1 and self.lex.fatalities.search("articles", folded[n.start : n.end]):
            head = []
            for i, word in enumerate(words := _ASIDE.sub(" ", tail).split()[:6]):
                if head and (self.lex.fatalities.search("prepositions", word.strip(",.;")) or self._and_verb(words, i)):
                    break  # ('killing a driver and exchanging fire with guards': the phrase ends at 'and')
                head.append(word)
                if word[-1] in ",.;:":
                    break  # 'killing a Dogon trader, the IED was ...': the noun phrase ends here
            words = " ".join(head)
            # 'a guard', 'a young man'; not 'a complex terrorist attack'
            return self._person(words) and not any(self.lex.triggers.search(g, words) for g in _EVENT_NOUNS)
        return not self._not_deaths_head(tail)


@lru_cache(maxsize=None)
def fatality_counter(lang: str) -> FatalityCounter:
    """One counter per language: its patterns are compiled once."""
    from sahelwatch.extract.lexicon import lexicon

    return FatalityCounter(lexicon(lang), number_reader(lang))
