"""Quotes and their speakers.

A quote is the words between double quotation marks (“ ”, « », " ", „ “) within one
paragraph. Its speaker is read, in this order, from what follows it ('“...,” – Daniele
Garofalo', '“...,” said X, a UN expert', '», a déclaré X', '“...,” he said') and from
what comes before it in its sentence ('X said: “...”', 'X, the UN expert on ..., said
“...”', 'Selon X, « ... »', 'As one man described in an interview: “...”'). A pronoun
is the last person named in the two sentences before; an unnamed speaker ('one man')
gives no speaker but a role as written. Short quotes (fewer than six words) count only
with a verb of speech: scare quotes are not quotes."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sahelwatch.extract.claims.context import Context, Doc, QuoteSpan
from sahelwatch.extract.claims.cues import ClaimCues
from sahelwatch.extract.claims.people import ANONYMOUS, GROUP, ORG, PERSON, PRONOUN, UNKNOWN, Attribution, People
from sahelwatch.models import Claim

QUOTE = re.compile(r"“([^”\n]+)”|«([^»\n]+)»|\"([^\"\n]+)\"|„([^“”\n]+)[“”]")
MIN_WORDS = 3  # shorter quoted phrases are names or scare quotes
MIN_WORDS_ALONE = 6  # without a verb of speech
MAX_GAP_WORDS = 14  # between the verb of speech and the quote


def _is_name(words: str) -> bool:
    """'Group in Support of Islam and Muslims', 'Jama'at Nusrat al-Islam': a quoted name, not
    quoted words (every word of four letters or more has a capital)."""
    long = [w for w in re.findall(r"[^\W\d_][\w'’\-]*", words) if len(w) >= 4]
    return bool(long) and all(any(c.isupper() for c in w) for w in long)


@dataclass
class Found:
    start: int  # the quoted words, marks and edge punctuation excluded
    end: int
    open: int  # the opening mark
    close: int  # after the closing mark


class QuoteReader:
    def __init__(self, cues: ClaimCues, people: People, context: Context):
        self.cues = cues
        self.people = people
        self.context = context
        self.speech = cues.patterns["speech_verbs"]
        aux = cues.alternation("auxiliaries")
        pron = cues.alternation("pronouns")
        self.lead = re.compile(r"[\s,;]*")
        self.dash = re.compile(r"[.,;]?\s*[-–—]\s*")
        self.intro = re.compile(rf"(?:{cues.alternation('speech_intros')})\s+")
        self.intro_anywhere = re.compile(rf"(?<![\w'])(?:{cues.alternation('speech_intros')})\s+")
        self.pronoun_verb = re.compile(rf"(?:{pron})\s+(?:(?:{aux})\s+)*(?=\w)")
        self.auxes = re.compile(rf"(?:(?:{aux})\s+)*")
        self.inverted = re.compile(rf"(?:(?:{aux}))?-t-({pron})\s+")  # 'a-t-il déclaré'
        self.after_verb_pronoun = re.compile(rf"-(?:t-)?({pron})(?!\w)")  # 'dit-il'
        self.colon_verb = re.compile(r"(\w[\w'’\-]*)\s*:\s*$")

    def find(self, text: str) -> list[Found]:
        out = []
        for m in QUOTE.finditer(text):
            g = next(i for i in range(1, 5) if m.group(i) is not None)
            s, e = m.start(g), m.end(g)
            while s < e and text[s].isspace():
                s += 1
            while e > s and (text[e - 1].isspace() or text[e - 1] in ",;"):
                e -= 1
            if len(text[s:e].split()) >= MIN_WORDS and not _is_name(text[s:e]):
                out.append(Found(s, e, m.start(), m.end()))
        return out

    # --- attribution ------------------------------------------------------------
    def attribute(self, doc: Doc, q: Found, i: int) -> Attribution | None:
        """Who says the quote; None when nothing says it is said."""
        return self._after(doc, q) or self._before(doc, q, i)

    def _after(self, doc: Doc, q: Found) -> Attribution | None:
        text, folded, people = doc.text, doc.folded, self.people
        hi = text.find("\n", q.close)
        hi = min(len(text) if hi < 0 else hi, q.close + 240)
        dash = self.dash.match(text, q.close, hi)
        if dash:  # '“...,” – Daniele Garofalo'
            name = people.name_at(doc, dash.end(), hi)
            if name:
                after = people.role_after(doc, name.end, hi)
                return Attribution(PERSON, name.text, after[0] if after else name.title, name.start, name.end)
        inner_end = text[q.start : q.close].rstrip("”»\"“ ")
        joined = text[q.close : q.close + 2].lstrip()[:1] in (",", "") or inner_end.endswith(",")
        pos = self.lead.match(text, q.close, hi).end()
        if not joined and not text[pos : pos + 1].islower():
            return None  # a new sentence follows the quote
        m = self.intro.match(folded, pos, hi)
        if m:  # '», selon X'
            return people.intro_speaker(doc, m.end(), hi)
        m = self.pronoun_verb.match(folded, pos, hi)
        if m and self.speech.match(folded, m.end(), hi):  # ', he said'
            return Attribution(PRONOUN, start=m.start(), end=m.end())
        m = self.inverted.match(folded, pos, hi)
        if m and self.speech.match(folded, m.end(), hi):  # '», a-t-il déclaré'
            return Attribution(PRONOUN, start=m.start(1), end=m.end(1))
        aux = self.auxes.match(folded, pos, hi).end()
        verb = self.speech.match(folded, aux, hi)
        if verb:  # ', said X, a UN expert' / '», a déclaré X' / '», dit-il' / ', said one driver'
            inv = self.after_verb_pronoun.match(folded, verb.end(), hi)
            if inv:
                return Attribution(PRONOUN, start=inv.start(1), end=inv.end(1))
            return people.intro_speaker(doc, verb.end(), hi) or Attribution(UNKNOWN)
        name = people.name_at(doc, pos, hi)
        if name:  # ', X said' / ', X, a UN expert, said'
            after = people.role_after(doc, name.end, hi)
            rest = after[1] + 1 if after else name.end
            rest = self.auxes.match(folded, self.lead.match(folded, rest, hi).end(), hi).end()
            if self.speech.match(folded, rest, hi):
                return Attribution(PERSON, name.text, after[0] if after else name.title, name.start, name.end)
        return people.role_subject(doc, pos, hi)  # ', the minister said'

    def _before(self, doc: Doc, q: Found, i: int) -> Attribution | None:
        text, folded = doc.text, doc.folded
        lo = max(doc.sentences[i][0], text.rfind("\n", 0, q.open) + 1)
        if lo >= q.open:
            return None
        intro = None
        for m in self.intro_anywhere.finditer(folded, lo, q.open):
            intro = m
        if intro is not None:  # 'Selon X, « ... »'
            found = self.people.intro_speaker(doc, intro.end(), q.open)
            if found:
                return found
        verb = None
        for m in self.speech.finditer(folded, lo, q.open):
            gap = text[m.end() : q.open]
            if len(gap.split()) <= MAX_GAP_WORDS and not re.search(r"[.!?]\s", gap):
                verb = m
                break
        if verb is None:  # 'She explained: “...”' with a verb the lexicon lacks
            colon = self.colon_verb.search(text, lo, q.open)
            if colon is None or len(text[lo : colon.start(1)].split()) > 8:
                return None
            verb_start = colon.start(1)
        else:
            verb_start = verb.start()
        return self.people.subject(doc, lo, verb_start) or Attribution(UNKNOWN)

    def _continued(self, doc: Doc, q: Found) -> QuoteSpan | None:
        """'“...,” said X. “...”': a quote in the same paragraph right after an attributed one."""
        if not doc.quotes:
            return None
        prev = doc.quotes[-1]
        between = doc.text[prev.end : q.open]
        if "\n" in between or len(between.split()) > 30 or not (prev.speaker or prev.role):
            return None
        return prev

    # --- claims -----------------------------------------------------------------
    def read(self, doc: Doc, q: Found, i: int) -> Claim | None:
        who = self.attribute(doc, q, i)
        continued = self._continued(doc, q) if who is None or who.kind == UNKNOWN else None
        if who is None and continued is None and len(doc.text[q.start : q.end].split()) < MIN_WORDS_ALONE:
            return None
        spans = [doc.span(q.start, q.end)]
        if continued is not None:
            speaker, role = continued.speaker, continued.role
            spans.append(doc.span(continued.start, continued.end))
        else:
            speaker, role, evidence = resolve(doc, who, i)
            if who is not None and who.end > who.start and not (q.start <= who.start < q.end):
                spans.append(doc.span(who.start, who.end))
            if evidence is not None:
                spans.append(evidence)
        doc.quotes.append(QuoteSpan(q.start, q.end, speaker, role))
        actor, _ = self.context.actor_for(doc, doc.sentence_of(q.start), q.start, q.end, anaphora=False)
        confidence = 0.9 if speaker else 0.75 if role else 0.6
        return Claim(doc.doc_id, "quote", doc.text[q.start : q.end], actor=actor, speaker=speaker, speaker_role=role,
                     evidence=spans, confidence=confidence)


def resolve(doc: Doc, who: Attribution | None, i: int):
    """Speaker, role and, for a pronoun, the sentence that names its person.
    Shared by quotes and warnings: persons, organisations, pronouns, unnamed speakers."""
    if who is None or who.kind == UNKNOWN:
        return None, None, None
    if who.kind == PERSON and who.speaker:
        name = doc.persons.add(who.speaker, who.role, i, who.start)
        return name, who.role or doc.persons.role(name), None
    if who.kind == ORG:
        return who.speaker, None, None
    if who.kind == PRONOUN:
        found = doc.persons.last(i, who.start)
        if found is None:
            return None, None, None
        index, name = found
        doc.persons.add(name, None, i, who.start)  # 'He ... He ...': the next pronoun finds him here
        return name, doc.persons.role(name), doc.span(*doc.sentences[index]) if index != i else None
    if who.kind in (GROUP, ANONYMOUS):
        return None, who.role, None
    return None, None, None
