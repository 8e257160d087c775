"""Warnings and forecasts: 'Experts fear that ...', 'the danger that JNIM could seek to
install a government in Bamako', 'a risk of contagion to other states', « le JNIM
pourrait assiéger Bamako ».

Three kinds of cue (data/lexicons/<lang>/claims.yaml): warning verbs (their subject is
who warns), warning nouns (danger, risk of, all but a certainty) and forecast modals
(could, might, pourrait), which make a warning only when something is at stake in the
sentence: a named armed group, a place or a stake word (siege, contagion, instability).
Vetoes ('may have', 'more likely to', 'for fear of') cancel a cue. One warning per
sentence; a cue inside a quote is the quote speaker's warning."""

from __future__ import annotations

import re

from sahelwatch.extract.claims.context import Context, Doc
from sahelwatch.extract.claims.cues import ClaimCues
from sahelwatch.extract.claims.people import GROUP, PERSON, Attribution, People
from sahelwatch.extract.claims.quotes import resolve
from sahelwatch.extract.text import fold
from sahelwatch.models import Claim

_CONFIDENCE = {"warning_verbs": 0.8, "warning_nouns": 0.7, "forecast_cues": 0.6}


class WarningReader:
    def __init__(self, cues: ClaimCues, people: People, context: Context):
        self.cues = cues
        self.people = people
        self.context = context
        self.prefilter = cues.any_of("warning_verbs", "warning_nouns", "forecast_cues")
        self.kinds = [(k, cues.patterns[k]) for k in ("warning_verbs", "warning_nouns", "forecast_cues") if cues.patterns.get(k)]
        self.veto = cues.patterns.get("not_warning")
        self.stake = cues.patterns.get("stake_words")
        self.speech = cues.patterns["speech_verbs"]
        self.verbs = cues.patterns.get("warning_verbs")
        self.intro = re.compile(rf"(?<![\w'])(?:{cues.alternation('speech_intros')})\s+")
        self.groups = cues.patterns.get("group_speakers")
        self.that = cues.elided("complementizers")

    def read(self, doc: Doc, i: int) -> list[Claim]:
        s, e = doc.sentences[i]
        if self.prefilter is None or not self.prefilter.search(doc.folded, s, e):
            return []
        cue = self._cue(doc, i, s, e)
        if cue is None:
            return []
        kind, m, (lo, hi) = cue
        quote = doc.quote_at(m.start())
        if quote is not None:
            speaker, role, extra = quote.speaker, quote.role, None
            who_span = (0, 0)
        else:
            speaker, role, extra, who_span = self._speaker(doc, i, m.start())
        actor, from_context = self.context.actor_for(doc, i, lo, hi, skip=who_span)
        place = self._place(doc, i, m.start(), lo, hi)
        evidence = [doc.span(s, e)]
        if extra is not None:
            evidence.append(extra)
        if from_context:
            j = self._actor_sentence(doc, i, actor)
            if j is not None:
                evidence.append(doc.span(*doc.sentences[j]))
        confidence = min(0.95, _CONFIDENCE[kind] + (0.1 if speaker else 0.0))
        return [Claim(doc.doc_id, "warning", doc.text[lo:hi], actor=actor, place=place, speaker=speaker, speaker_role=role,
                      evidence=evidence, confidence=confidence)]

    # --- the cue ----------------------------------------------------------------
    def _cue(self, doc: Doc, i: int, s: int, e: int):
        """The first cue that holds: (group, match, (lo, hi) the clause it speaks for:
        the quoted words when it is inside a quote, else the sentence)."""
        f = doc.folded
        found = []
        for kind, pattern in self.kinds:
            for m in pattern.finditer(f, s, e):
                if self._vetoed(f, m, s, e) or self._is_date(doc, m) or self._in_name(doc, m, s):
                    continue
                quote = doc.quote_at(m.start())
                region = (max(s, quote.start), min(e, quote.end)) if quote else (s, e)
                if kind == "forecast_cues" and not self._at_stake(doc, i, *region):
                    continue
                found.append((m.start(), kind, m, region))
        if not found:
            return None
        _, kind, m, region = min(found, key=lambda x: (x[0], x[1]))
        return kind, m, region

    def _vetoed(self, f: str, m: re.Match, s: int, e: int) -> bool:
        if self.veto is None:
            return False
        for v in self.veto.finditer(f, max(s, m.start() - 25), min(e, m.end() + 25)):
            if v.start() < m.end() and m.start() < v.end():
                return True
        return False

    @staticmethod
    def _in_name(doc: Doc, m: re.Match, s: int) -> bool:
        """'the Early Warning System': a capitalised cue inside a sentence is part of a name."""
        return m.start() > s and doc.text[m.start()].isupper() and not doc.text[s : m.start()].rstrip().endswith(("“", "«", '"', ":"))

    def _is_date(self, doc: Doc, m: re.Match) -> bool:
        """'In May' is a month, not a modal."""
        if not self.context.is_month(doc.folded, m.start(), m.end()):
            return False
        after = doc.folded[m.end() : m.end() + 6].lstrip()
        return doc.text[m.start()].isupper() or after[:1].isdigit()

    def _at_stake(self, doc: Doc, i: int, lo: int, hi: int) -> bool:
        """A named armed group, a place or a stake word in the clause."""
        if any(lo <= a.start < hi for a in self.context.actors(doc, i)):
            return True
        if any(lo <= p.start < hi for p in self.context.places(doc, i)):
            return True
        if self.stake is not None and self.stake.search(doc.folded, lo, hi):
            return True
        return self.context.actor_for(doc, i, lo, hi)[0] is not None

    # --- who warns --------------------------------------------------------------
    def _speaker(self, doc: Doc, i: int, cue: int):
        """(speaker, role, evidence of a pronoun's antecedent, speaker span)."""
        f = doc.folded
        s, e = doc.sentences[i]
        for m in self.intro.finditer(f, s, e):  # 'according to X', 'selon X'
            who = self.people.intro_speaker(doc, m.end(), e)
            if who:
                return self._who(doc, i, who)
        quote = next((q for q in doc.quotes if s <= q.end <= cue <= q.end + 40), None)
        if quote is not None and (quote.speaker or quote.role):  # '« ... », redoute X'
            return quote.speaker, quote.role, None, (0, 0)
        verb = None
        for pattern in (self.verbs, self.speech):
            for m in pattern.finditer(f, s, min(e, cue + 40)) if pattern is not None else ():
                if m.start() <= cue and (verb is None or m.start() < verb.start()):
                    verb = m
        if verb is not None:
            who = self.people.subject(doc, s, verb.start())
            if who is not None:
                return self._who(doc, i, who)
        # 'Some experts expect that the group ...': a group at the start, then 'that'
        if self.groups is not None:
            g = self.groups.search(f, s, min(e, s + 40))
            if g and g.end() <= cue and self.that is not None and self.that.search(f, g.end(), min(cue + 1, g.end() + 40)):
                return self._who(doc, i, self.people.group_phrase(doc, s, g.start(), g.end()))
        # "JNIM's spokesperson, X, calls for ... with a warning": the person the sentence opens with
        for index, pos, name in doc.persons.mentions:
            if index == i and s <= pos < cue and (pos == s or self.people.role_before(doc, s, pos) == doc.text[s:pos].rstrip(" ,")):
                return self._who(doc, i, Attribution(PERSON, name, None, pos, pos + len(name)))
        return None, None, None, (0, 0)

    def _who(self, doc: Doc, i: int, who: Attribution):
        span = (who.start, who.end)
        if who.kind == GROUP:  # 'Some experts' -> 'experts': who warns, unnamed
            words = who.speaker.split()
            while len(words) > 1 and fold(words[0]) in self.people.not_names:
                words.pop(0)
            return " ".join(words).lower(), None, None, span
        speaker, role, extra = resolve(doc, who, i)
        return speaker, role, extra, span

    # --- about where ------------------------------------------------------------
    def _place(self, doc: Doc, i: int, cue: int, lo: int, hi: int) -> str | None:
        places = [p for p in self.context.places(doc, i) if lo <= p.start < hi]
        after = [p for p in places if p.start >= cue]
        if after:
            return after[0].name
        return places[-1].name if places else None

    def _actor_sentence(self, doc: Doc, i: int, actor: str | None) -> int | None:
        for j in range(i - 1, max(-1, i - 5), -1):
            if any(a.name == actor for a in self.context.actors(doc, j)):
                return j
        return None
