"""Numbers in text: digits, number words (English and French) and vague
quantities, with ACLED's values for the vague ones."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from sahelwatch.extract.lexicon import Lexicon
from sahelwatch.extract.text import entry_regex


@dataclass(frozen=True)
class Number:
    start: int
    end: int
    value: int
    vague: bool = False
    qualifier: str | None = None  # at_least, at_most, about


class NumberReader:
    def __init__(self, lex: Lexicon):
        self.lex = lex
        words = set(lex.number_words) | set(lex.multipliers)
        word_alt = "|".join(sorted((entry_regex(w) for w in words), key=len, reverse=True))
        digits = r"\d{1,3}(?:[ ,.\u202f]\d{3})+(?!\d)|\d+"
        joined = "|".join(entry_regex(w) for w in lex.number_joiners) or "\x00"
        joiner = rf"(?:[\s-]+(?:{joined})[\s-]+|[\s-]+)"
        self.pattern = re.compile(rf"(?<![\w.,])(?:{digits}|(?:{word_alt})(?:{joiner}(?:{word_alt}))*)(?!\w)")
        self.vague_pattern = re.compile(
            r"(?<!\w)(?:" + "|".join(sorted((entry_regex(w) for w in lex.vague), key=len, reverse=True)) + r")(?!\w)"
        ) if lex.vague else None
        self.split = re.compile(r"[\s-]+")
        ranges = lex.ranges
        self.range_link = re.compile(r"\s*(?:" + "|".join(map(re.escape, ranges.get("link", ["-"]))) + r")\s*")
        self.range_pair = re.compile(r"\s+(?:" + "|".join(map(re.escape, ranges.get("pair", []) or ["\x00"])) + r")\s+")
        self.range_open = re.compile(r"(?:" + "|".join(map(re.escape, ranges.get("open", []) or ["\x00"])) + r")\s*$")

    def value(self, text: str) -> int | None:
        """Value of a folded number expression, or None."""
        compact = text.replace("\u202f", " ")
        if compact[0].isdigit():
            digits = re.sub(r"[ ,.]", "", compact)
            return int(digits) if digits.isdigit() else None
        whole = self.lex.number_words.get(" ".join(self.split.split(text)))
        if whole is not None:
            return whole
        total, current = 0, 0
        tokens = [t for t in self.split.split(text) if t not in self.lex.number_joiners]
        i = 0
        while i < len(tokens):
            matched = False
            for size in (3, 2, 1):  # multi-word entries such as "une vingtaine", "quatre-vingt"
                if i + size > len(tokens):
                    continue  # (the last word alone: 'dozen' in 'two dozen' multiplies)
                chunk = " ".join(tokens[i : i + size])
                joined = "-".join(tokens[i : i + size])
                for key in (chunk, joined):
                    if key in self.lex.multipliers and size == 1:
                        current = max(current, 1) * self.lex.multipliers[key]
                        if self.lex.multipliers[key] >= 1000:
                            total, current = total + current, 0
                        matched = True
                        break
                    if key in self.lex.number_words:
                        current += self.lex.number_words[key]
                        matched = True
                        break
                if matched:
                    i += size
                    break
            if not matched:
                return None
        return total + current

    def find(self, folded: str, start: int = 0, end: int | None = None) -> list[Number]:
        end = len(folded) if end is None else end
        found: list[Number] = []
        if self.vague_pattern is not None:
            for m in self.vague_pattern.finditer(folded, start, end):
                after = folded[m.end() : m.end() + 12].lstrip()
                if after[:1].isdigit() or self.pattern.match(after):  # "some 20": a qualifier, not a vague count
                    continue
                key = " ".join(self.split.split(m.group(0)))
                found.append(Number(m.start(), m.end(), self.lex.vague.get(key, 10), vague=True))
        for m in self.pattern.finditer(folded, start, end):
            if any(n.start < m.end() and m.start() < n.end for n in found):
                continue
            value = self.value(m.group(0))
            if value is None:
                continue
            found.append(Number(m.start(), m.end(), value, qualifier=self._qualifier(folded, m.start())))
        return self._ranges(folded, sorted(found, key=lambda n: n.start))

    def _ranges(self, folded: str, numbers: list[Number]) -> list[Number]:
        """'between 5 and 9', '5 to 9', '5-9', 'entre 5 et 9', 'de 5 a 9': one number, the lower."""
        out: list[Number] = []
        i = 0
        while i < len(numbers):
            n = numbers[i]
            if i + 1 < len(numbers) and not n.vague and not numbers[i + 1].vague:
                m = numbers[i + 1]
                between = folded[n.end : m.start]
                before = folded[max(0, n.start - 10) : n.start]
                joined = self.range_link.fullmatch(between) or (
                    self.range_pair.fullmatch(between) and self.range_open.search(before)
                )
                if joined and n.value <= m.value:
                    out.append(Number(n.start, m.end, n.value, qualifier="at_least"))
                    i += 2
                    continue
            out.append(n)
            i += 1
        return out

    def _qualifier(self, folded: str, pos: int) -> str | None:
        window = folded[max(0, pos - 25) : pos]
        best = None
        for name in ("at_least", "at_most", "about"):
            for m in self.lex.qualifiers.find(name, window):
                if not window[m.end() :].strip():
                    best = name
        return best


@lru_cache(maxsize=None)
def number_reader(lang: str) -> NumberReader:
    from sahelwatch.extract.lexicon import lexicon

    return NumberReader(lexicon(lang))
