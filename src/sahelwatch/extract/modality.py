"""Factuality of an event trigger: asserted, or negated, hypothetical,
forecast, threat, statistic. Only asserted triggers make events."""

from __future__ import annotations

import re
from functools import lru_cache

from sahelwatch.extract.text import entry_regex, fold
from sahelwatch.extract.lexicon import Lexicon
from sahelwatch.extract.numbers import NumberReader

ASSERTED = "asserted"
def clause_start(clause: re.Pattern, folded: str, sentence_start: int, pos: int) -> int:
    """Start of the clause holding ``pos``: after the last match of ``clause`` (; : ( or ', but ')."""
    start = sentence_start
    for m in clause.finditer(folded, sentence_start, pos):
        start = m.end()
    return start


def _mask(folded: str, start: int, end: int, masked) -> str:
    chars = list(folded[start:end])
    for a, b in masked:
        for i in range(max(a, start), min(b, end)):
            chars[i - start] = " "
    return "".join(chars)


class Modality:
    def __init__(self, lex: Lexicon, numbers: NumberReader):
        self.lex = lex
        self.numbers = numbers
        # a reference cue must end right before the trigger ('responsibility for the | ambush')
        self._reference_ends = [fold(w).split()[-1] for w in lex.modality.entries.get("reference", [])] or ["\0"]
        self._indefinite = set(lex.modality.entries.get("indefinite_articles", []))
        links = "|".join(entry_regex(w) for w in lex.modality.entries.get("clause_breaks", [])) or "(?!)"
        self._clause = re.compile(rf"[;:()\[\]]|\s-\s|,\s(?:{links})\s")  # ', but ...' opens another clause
        negated = "|".join(entry_regex(w) for w in lex.modality.entries.get("negated_after", [])) or "(?!)"
        self._negated = re.compile(rf"\s*(?:{negated})\b")  # 'the attack was not ...', « n'a pas »

    def classify(self, folded: str, sentence: tuple[int, int], trigger: tuple[int, int],
                 masked: list[tuple[int, int]] = ()) -> str:
        """``masked`` spans (dates: 'May 10' is no modal verb) are ignored."""
        s_start, s_end = sentence
        t_start, t_end = trigger
        for m in self.lex.modality.find("not_events", folded, max(s_start, t_start - 30), min(s_end, t_end + 30)):
            if m.start() <= t_start and t_end <= m.end():
                return "name"  # 'combat helicopters', « avions de combat »: the word names a thing, not an event
        start = max(clause_start(self._clause, folded, s_start, t_start), t_start - 60)
        before = _mask(folded, start, t_start, masked)
        words_before = before.split()
        near = " ".join(words_before[-5:])
        # negation right before the trigger, or a negated passive right after it
        if self._has("negation", near) or self._negated_after(folded, t_end, s_end):
            return "negated"
        if self._has("reference", " ".join(words_before[-4:])) and before.rstrip().endswith(tuple(self._reference_ends)):
            return "reference"  # 'claimed responsibility for the ambush': an event told already
        heard = self.lex.modality.search("perception", " ".join(words_before[-2:]))
        ands = self.lex.fatalities.patterns.get("and_words")
        if heard is not None and not (ands is not None and ands.search(" ".join(words_before[-2:]), heard.end())):
            return "reference"  # 'residents heard explosions': an echo of the event, not where it happened
        if self._reduced_relative(folded, words_before, t_end, s_end):
            return "reference"  # 'the smuggling networks targeted on Saturday are ...': named again
        if self._announced_before(words_before, folded[t_start:t_end]):
            return "forecast"  # 'the collective announced a | march on Friday if ...': a plan, right before its noun
        window = " ".join(words_before[-12:])
        if self._governs_threat(window):
            return "threat"
        for kind in ("hypothetical", "forecast"):
            if self._has(kind, window):
                return kind
        if self._is_statistic(before, t_start - start, folded[t_start:t_end]) or self._counted_after(folded, t_end, s_end, before):
            return "statistic"
        return ASSERTED

    def _announced_before(self, words_before: list[str], trigger: str) -> bool:
        """'announced a | march', « a annoncé | une marche »: a plan named, an indefinite article, its noun."""
        words = list(words_before[-5:])
        if words and words[-1] in self._indefinite:
            words.pop()
        elif trigger.split()[0] not in self._indefinite:
            return False  # 'the army announced the killing of ...': a report of what happened
        m = self.lex.modality.search("announced", " ".join(words))
        return m is not None and m.end() == len(" ".join(words))

    def _governs_threat(self, window: str) -> bool:
        """'threatened to attack', 'menacé de' and 'an ultimatum': a threat governs the verb
        after it; 'threatened villagers and seized livestock' is two acts, both real."""
        for m in self.lex.modality.find("threat", window):
            after = window[m.end() :].split()[:3]
            if not after or any(w in self.lex.modality.entries.get("threat_links", []) for w in after[:2]) or "ultimatum" in m.group(0):
                return True
        return False

    def generic(self, folded: str, sentence: tuple[int, int], masked=()) -> bool:
        """A statement about a pattern, not one event ('similar ambushes have been reported')."""
        return self._has("generic", _mask(folded, sentence[0], sentence[1], masked))

    def _counted_after(self, folded: str, t_end: int, s_end: int, before: str) -> bool:
        """'two IED incidents', 'at least 17 abductions of civilians': a number, the trigger, a count noun."""
        after = folded[t_end : min(s_end, t_end + 15)]
        head = " ".join(after.split()[:1])
        if not head or not self.lex.modality.search("count_nouns", head):
            return False
        window = before[-25:]
        numbers = self.numbers.find(window)
        return bool(numbers) and len(window[numbers[-1].end :].split()) <= 1

    def _reduced_relative(self, folded: str, words_before: list[str], t_end: int, s_end: int) -> bool:
        """A participle after a definite noun phrase ('the networks targeted', 'the village attacked'),
        then a preposition and the clause's own verb ('... on Saturday are a key part'): an event told
        already, named again (lexicon groups definite_determiners, clause_verbs; prepositions)."""
        if "clause_verbs" not in self.lex.modality or not folded[max(0, t_end - 6) : t_end].endswith(self.lex.endings["participle"]):
            return False
        head = words_before[-4:]
        definite = self.lex.modality.patterns["definite_determiners"]
        start = next((i for i, w in enumerate(head) if definite is not None and definite.fullmatch(w)), None)
        if start is None or any(w.endswith((",", ";", ".")) for w in head[start:]):
            return False
        after = folded[t_end : min(s_end, t_end + 50)].split()
        if not after or not self.lex.fatalities.search("prepositions", after[0]):
            return False
        rest = " ".join(after[1:6])
        verb = self.lex.modality.search("clause_verbs", rest)
        ands = self.lex.fatalities.patterns.get("and_words")
        # ('attacked on Saturday and were repelled': a second verb of the same subject)
        return verb is not None and not (ands is not None and ands.search(rest, 0, verb.start()))

    def _has(self, group: str, window: str) -> bool:
        return bool(window) and self.lex.modality.search(group, window) is not None

    def _negated_after(self, folded: str, t_end: int, s_end: int) -> bool:
        after = folded[t_end : min(s_end, t_end + 25)]
        return self._negated.match(after) is not None

    def _is_statistic(self, before: str, trigger_at: int, word: str) -> bool:
        """'54 attacks', 'a record 54 attacks', 'dozens of attacks': a count of events, not one
        ('fired 10 rockets' counts weapons, not events)."""
        m = self.lex.modality.search("count_nouns", word)
        if m is None or m.start() != 0 or m.end() != len(word):
            return False
        window = before[max(0, trigger_at - 30) : trigger_at]
        numbers = [n for n in self.numbers.find(window) if n.value > 1 or n.vague]
        if not numbers:
            return False
        between = window[numbers[-1].end :]
        if any(self.lex.participants.search(g, between) for g in ("persons", "civilians")):
            return False  # 'killed four people amidst clashes': the number counts people, not clashes
        return not re.search(r"[,.;:()]", between) and len(between.split()) <= 2


@lru_cache(maxsize=None)
def modality(lang: str) -> Modality:
    from sahelwatch.extract.lexicon import lexicon
    from sahelwatch.extract.numbers import number_reader

    return Modality(lexicon(lang), number_reader(lang))
