"""Who speaks: personal names (capitalised words of the original text), their roles
('Edmund Fitton-Brown, the UN expert on ...', "JNIM's spokesperson, X", 'researcher X'),
organisations (a named armed group or a state's forces: 'the Malian army said'),
unnamed speakers ('one man', 'a nomadic herder from ...', 'experts', 'community
leaders') and pronouns ('He warned ...'), resolved to the last person named just before."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sahelwatch.extract.claims.cues import ClaimCues
from sahelwatch.extract.text import fold

if TYPE_CHECKING:
    from sahelwatch.extract.claims.context import Context, Doc

UPPER = "A-ZÀ-ÖØ-Þ"
PERSON, ORG, PRONOUN, GROUP, ANONYMOUS, UNKNOWN = "person", "organisation", "pronoun", "group", "anonymous", "unknown"
_SEGMENT = r"[^,.;:()“”«»\"]"


@dataclass
class Name:
    start: int
    end: int
    text: str
    title: str | None = None

    @property
    def tokens(self) -> int:
        return len(self.text.split())


@dataclass
class Attribution:
    kind: str  # person, organisation, pronoun, group, anonymous, unknown (a verb of speech, no speaker found)
    speaker: str | None = None
    role: str | None = None
    start: int = 0  # where the speaker is named in the text
    end: int = 0


@dataclass
class Persons:
    """People named in one document: their roles and where they are named."""

    roles: dict[str, str | None] = field(default_factory=dict)
    mentions: list[tuple[int, int, str]] = field(default_factory=list)  # (sentence index, offset, name)

    def add(self, name: str, role: str | None, sentence: int, pos: int) -> str:
        name = self.canonical(name)
        if role or name not in self.roles:
            self.roles[name] = role or self.roles.get(name)
        self.mentions.append((sentence, pos, name))
        return name

    def canonical(self, name: str) -> str:
        """'Fitton-Brown' -> 'Edmund Fitton-Brown' when that person was named before."""
        if name in self.roles:
            return name
        for full in self.roles:
            if full.endswith(" " + name):
                return full
        return name

    def role(self, name: str | None) -> str | None:
        return self.roles.get(name) if name else None

    def last(self, sentence: int, pos: int, window: int = 2) -> tuple[int, str] | None:
        """(sentence, name) of the last person named before ``pos``, in this sentence or the ``window`` before."""
        best = None
        for index, offset, name in self.mentions:
            if sentence - window <= index <= sentence and offset < pos and (best is None or (index, offset) >= best[:2]):
                best = (index, offset, name)
        return (best[0], best[2]) if best else None


class People:
    def __init__(self, cues: ClaimCues, context: "Context"):
        self.cues = cues
        self.context = context
        particles = "|".join(sorted((re.escape(p) for p in cues.entries["name_particles"]), key=len, reverse=True))
        token = rf"(?:(?:{particles})[-'’])?[{UPPER}](?:\.|[\w\-]*(?:['’](?!s\b)\w[\w\-]*)*)"
        self.name_re = re.compile(rf"{token}(?:[ \t]+(?:(?:{particles})[ \t]+)?{token}){{0,5}}")
        self.speech = cues.patterns["speech_verbs"]
        self.aux_tail = re.compile(rf"(?<![\w'])(?:{cues.alternation('auxiliaries')})\s*$")
        self.pronoun_tail = re.compile(rf"(?<![\w'])({cues.alternation('pronouns')})\s*$")
        self.role_nouns = cues.patterns["role_nouns"]
        self.dets = cues.elided("anonymous_determiners")
        self.groups = cues.patterns["group_speakers"]
        self.relative = cues.elided("relative_words")
        self.first_pass = cues.any_of("role_nouns", "speech_verbs")
        self.not_names = cues.words["not_names"]
        self.titles = cues.words["titles"]
        self.orgs = cues.words["org_words"]
        self.prepositions = cues.words["prepositions"]
        self.auxiliaries = cues.words["auxiliaries"]
        self.article = re.compile(rf"\s*(?:(?:{cues.alternation('articles')})(?<=')|(?:{cues.alternation('articles')})\s+)?\s*")

    # --- names ------------------------------------------------------------------
    def name_at(self, doc: "Doc", pos: int, end: int) -> Name | None:
        """The name that starts at ``pos`` (spaces skipped)."""
        while pos < end and doc.text[pos] in " \t":
            pos += 1
        m = self.name_re.match(doc.text, pos, end)
        return self._trim(doc.text, m.start(), m.end()) if m else None

    def name_ending(self, doc: "Doc", start: int, end: int) -> Name | None:
        """The name that ends at ``end`` (spaces ignored)."""
        while end > start and doc.text[end - 1] in " \t":
            end -= 1
        last = None
        for m in self.name_re.finditer(doc.text, start, end):
            last = m
        if last is None or last.end() != end:
            return None
        return self._trim(doc.text, last.start(), last.end())

    def _trim(self, text: str, s: int, e: int) -> Name | None:
        """Drop leading function words ('The', 'In'), keep a title apart ('General X')."""
        title = None
        words = list(re.finditer(r"\S+", text[s:e]))
        i = 0
        while i < len(words):
            key = fold(words[i].group(0).rstrip(".").lower())
            if key in self.not_names:
                i += 1
            elif key in self.titles and i + 1 < len(words):
                title = words[i].group(0)
                i += 1
            else:
                break
        if i >= len(words):
            return None
        start = s + words[i].start()
        return Name(start, e, text[start:e], title)

    def is_person(self, doc: "Doc", name: Name) -> bool:
        """Two words or more, not a place, an armed group or an organisation."""
        if name.tokens < 2 or name.text.isupper():
            return False
        if any(w in self.orgs for w in doc.folded[name.start : name.end].replace("-", " ").split()):
            return False
        return not self.context.is_place_name(name.text) and not self.context.is_actor(doc, name.start, name.end)

    # --- roles ------------------------------------------------------------------
    def is_role(self, doc: "Doc", s: int, e: int, max_words: int = 14) -> bool:
        """A short phrase with a role noun that is no clause ('a appelé les habitants ...')."""
        words = doc.folded[s:e].split()
        if not words or len(words) > max_words or words[0] in self.auxiliaries or self.speech.search(doc.folded, s, e):
            return False
        return self.role_nouns.search(doc.folded, s, e) is not None

    def role_after(self, doc: "Doc", pos: int, end: int) -> tuple[str, int] | None:
        """', the UN expert on the Sahelian security landscape,' after a name: (role, end)."""
        m = re.match(rf"\s*,\s*({_SEGMENT}{{2,140}}?)\s*(?=[,.;:)]|$)", doc.text[pos:end])
        if not m:
            return None
        s, e = pos + m.start(1), pos + m.end(1)
        return (doc.text[s:e], e) if self.is_role(doc, s, e) else None

    def role_before(self, doc: "Doc", lo: int, name_start: int) -> str | None:
        """"JNIM's spokesperson, X" or 'Leiden College researcher X': the role before a name."""
        head = doc.text[lo:name_start]
        comma = re.search(rf"(?:^|[,;:(])({_SEGMENT}{{2,80}}?),\s*$", head)
        if comma:
            s, e = lo + comma.start(1), lo + comma.end(1)
            intro = re.match(rf"\s*(?:{self.cues.alternation('speech_intros')})\s+", doc.folded[s:e])
            s += intro.end() if intro else 0  # 'Selon le directeur de l'usine, X' -> 'le directeur de l'usine'
            if self.is_role(doc, s, e, max_words=8):
                return doc.text[s:e].strip()
        # a role noun right before the name, with the capitalised words before it
        words = list(re.finditer(r"[\w'’.\-]+", head))
        if not words or not self.role_nouns.fullmatch(doc.folded, lo + words[-1].start(), lo + words[-1].end()):
            return None
        first = len(words) - 1
        while first > 0 and words[first - 1].group(0)[:1].isupper() and len(words) - first < 4:
            first -= 1
        return head[words[first].start() : words[-1].end()]

    # --- the subject of a verb ----------------------------------------------------
    def subject(self, doc: "Doc", lo: int, verb: int) -> Attribution | None:
        """Who is the subject of the verb at ``verb``, reading back to ``lo``."""
        text, folded, end = doc.text, doc.folded, verb
        while True:  # 'X has also said': skip the auxiliaries
            m = self.aux_tail.search(folded, lo, end)
            if not m:
                break
            end = m.start()
        while end > lo and text[end - 1].isspace():
            end -= 1
        if end <= lo:
            return None
        if text[end - 1] == ",":  # 'X, the UN expert on ..., said' and "JNIM's spokesperson, X, said"
            found = self._appositive(doc, lo, end - 1)
            if found:
                return found
        pron = self.pronoun_tail.search(folded, lo, end)
        if pron:
            return Attribution(PRONOUN, start=pron.start(1), end=pron.end(1))
        org = self.context.org_ending(doc, lo, end)
        if org is not None:
            return Attribution(ORG, org[0], None, org[1], end)
        group = self.cues.ends_with("group_speakers", folded[lo:end])
        if group:
            return self.group_phrase(doc, lo, lo + group.start(), end)
        name = self.name_ending(doc, lo, end)
        if name and self._subject_name(doc, lo, name):
            role = self.role_before(doc, lo, name.start) or name.title
            return Attribution(PERSON, name.text, role, name.start, name.end)
        return self._anonymous(doc, lo, end) or self._plain_subject(doc, lo, end)

    def _subject_name(self, doc: "Doc", lo: int, name: Name) -> bool:
        before = doc.folded[lo : name.start].split()
        if before and before[-1] in self.prepositions:
            return False  # 'the village of Sinire reported'
        if name.tokens >= 2:
            return self.is_person(doc, name) or not self.context.is_place_name(name.text)
        # one word: a known person, or not at the start of the sentence, not a place or group
        if doc.persons.canonical(name.text) != name.text:
            return True
        return bool(before) and not self.context.is_place_name(name.text) and not self.context.is_actor(doc, name.start, name.end)

    def _appositive(self, doc: "Doc", lo: int, end: int) -> Attribution | None:
        cut = doc.text.rfind(",", lo, end)
        if cut < 0:
            return None
        if self.is_role(doc, cut + 1, end):
            name = self.name_ending(doc, lo, cut)
            if name and self._subject_name(doc, lo, name):
                return Attribution(PERSON, name.text, doc.text[cut + 1 : end].strip(), name.start, name.end)
        name = self.name_ending(doc, lo, end)
        if name and name.start >= cut and not doc.text[cut + 1 : name.start].strip():
            role = self.role_before(doc, lo, name.start)
            if role and self.is_person(doc, name):
                return Attribution(PERSON, name.text, role, name.start, name.end)
        return None

    def group_phrase(self, doc: "Doc", lo: int, s: int, e: int) -> Attribution:
        """'Experts', 'Skilled observers', 'Some experts': up to two words before the noun."""
        start, taken = s, 0
        for w in reversed(list(re.finditer(r"[\w'’\-]+", doc.text[lo:s]))):
            if taken == 2 or doc.text[lo + w.end() : start].strip() or fold(w.group(0)) in self.prepositions:
                break
            start, taken = lo + w.start(), taken + 1
        return Attribution(GROUP, doc.text[start:e], doc.text[start:e], start, e)

    def _anonymous(self, doc: "Doc", lo: int, end: int) -> Attribution | None:
        """'As one man ...', 'a nomadic herder from central Mali's Mopti area': a
        determiner, a role noun, at most ten words, no comma."""
        for m in self.dets.finditer(doc.folded, lo, end):
            span = doc.text[m.start() : end]
            if "," not in span and len(span.split()) <= 10 and self.role_nouns.search(doc.folded, m.end(), end):
                return Attribution(ANONYMOUS, None, span.strip(), m.start(), end)  # the first fits best
        return None

    def _plain_subject(self, doc: "Doc", lo: int, end: int) -> Attribution | None:
        """'Community leaders fear', 'Certains producteurs craignent': a short plural
        phrase with a role noun that opens its clause."""
        start = max(lo, max(doc.text.rfind(c, lo, end) for c in ",;:") + 1)
        seg = doc.text[start:end].strip()
        words = seg.split()
        if not 1 <= len(words) <= 5 or fold(words[0]) in self.prepositions or not self.role_nouns.search(doc.folded, start, end):
            return None
        if any(w[:1].isupper() for w in words[1:]):
            return None
        s = end - len(seg)
        return Attribution(GROUP, seg, seg, s, end)

    # --- speakers named after a verb or an intro ----------------------------------
    def intro_speaker(self, doc: "Doc", pos: int, hi: int) -> Attribution | None:
        """The source after 'according to' / 'selon': a name ('the UN', 'Amadou Diallo, a
        researcher'), a group ('several analysts') or an unnamed one ('la même source')."""
        m = self.article.match(doc.folded, pos, hi)
        name = self.name_at(doc, m.end(), hi)
        if name is not None:
            after = self.role_after(doc, name.end, hi)
            return Attribution(PERSON, name.text, after[0] if after else name.title, name.start, name.end)
        group = self.groups.search(doc.folded, pos, min(hi, pos + 40))
        if group and len(doc.text[pos : group.start()].split()) <= 2 and not re.search(r"[,.;:]", doc.text[pos : group.start()]):
            return self.group_phrase(doc, pos, group.start(), group.end())
        return self.anonymous_after(doc, pos, hi)

    def role_subject(self, doc: "Doc", pos: int, hi: int) -> Attribution | None:
        """'the minister said', 'one woman from Djibo told reporters', 'residents said':
        an unnamed subject right after a quote, before its verb of speech."""
        verb = self.speech.search(doc.folded, pos, min(hi, pos + 90))
        if verb is None or re.search(r"[.;:!?\"“”«»]", doc.text[pos : verb.start()]):
            return None
        end = verb.start()
        while True:
            m = self.aux_tail.search(doc.folded, pos, end)
            if not m:
                break
            end = m.start()
        raw = doc.text[pos:end]
        seg = raw.strip(" ,")
        if not seg or len(seg.split()) > 8:
            return None
        s = pos + len(raw) - len(raw.lstrip(" ,"))
        e = s + len(seg)
        org = self.context.org_ending(doc, s, e)
        if org is not None:
            return Attribution(ORG, org[0], None, org[1], e)
        group = self.groups.search(doc.folded, s, e)
        if group and group.end() == e:
            return self.group_phrase(doc, s, group.start(), e)
        return self._role_phrase(doc, s, e)

    def anonymous_after(self, doc: "Doc", pos: int, end: int) -> Attribution | None:
        """'..., said a herder who escaped ...' / '», raconte un éleveur de Boni.'"""
        m = re.match(rf"\s*({_SEGMENT}{{2,160}}?)\s*(?=[,.;:)]|$)", doc.text[pos:end])
        if not m:
            return None
        s, e = pos + m.start(1), pos + m.end(1)
        group = self.groups.match(doc.folded, s, e)
        if group:
            return Attribution(GROUP, doc.text[s:e], doc.text[s:e], s, e)
        return self._role_phrase(doc, s, e)

    def _role_phrase(self, doc: "Doc", s: int, e: int) -> Attribution | None:
        """A determiner and a role noun, cut before a relative clause, at most ten words."""
        det = self.dets.match(doc.folded, s, e)
        if not det:
            return None
        rel = self.relative.search(doc.folded, det.end(), e) if self.relative is not None else None
        e = rel.start() if rel else e
        phrase = doc.text[s:e].strip()
        if len(phrase.split()) > 10 or not self.role_nouns.search(doc.folded, det.end(), e):
            return None
        return Attribution(ANONYMOUS, None, phrase, s, s + len(phrase))

    # --- first pass ---------------------------------------------------------------
    def register(self, doc: "Doc") -> None:
        """Record every person named with a role, or as the subject of a verb of speech,
        in every sentence that has a role noun or such a verb."""
        if self.first_pass is None:
            return
        seen = set()
        for hit in self.first_pass.finditer(doc.folded):
            i = doc.sentence_of(hit.start())
            if i in seen:
                continue
            seen.add(i)
            lo, hi = doc.sentences[i]
            for m in self.name_re.finditer(doc.text, lo, hi):
                name = self._trim(doc.text, m.start(), m.end())
                if name is None or name.tokens < 2:
                    continue
                after = self.role_after(doc, name.end, hi)
                role = after[0] if after else self.role_before(doc, lo, name.start) or name.title
                if role and self.is_person(doc, name):
                    doc.persons.add(name.text, role.strip(), i, name.start)
            for verb in self.speech.finditer(doc.folded, lo, hi):
                who = self.subject(doc, lo, verb.start())
                if who is not None and who.kind == PERSON and who.speaker:
                    doc.persons.add(who.speaker, who.role, i, who.start)
