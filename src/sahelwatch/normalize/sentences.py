"""Sentence offsets for English and French news text.

Rule based and fast: a line break always ends a sentence; a full stop, question
or exclamation mark ends one when an upper-case letter, digit or opening quote
follows, unless the word before it is a known abbreviation (data/lexicons/*/
abbreviations.yaml) or a single initial ("A. Traoré").
"""

from __future__ import annotations

import re
from functools import lru_cache

from sahelwatch.datafiles import lexicon

_BOUNDARY = re.compile(
    r"""[.!?…]+["'”’»)\]]*(\s+)(?=[«"“'‘(\[]?\s?[A-ZÀ-ÖØ-Þ0-9])"""
)


@lru_cache(maxsize=None)
def _abbreviations(langs: tuple[str, ...]) -> frozenset[str]:
    words: set[str] = set()
    for lang in langs:
        words.update(w.lower() for w in lexicon(lang, "abbreviations"))
    return frozenset(words)


class SentenceSplitter:
    def __init__(self, langs: tuple[str, ...] = ("en", "fr")):
        self.abbreviations = _abbreviations(tuple(sorted(langs)))

    def __call__(self, text: str) -> list[tuple[int, int]]:
        spans: list[tuple[int, int]] = []
        start = 0
        for line in text.split("\n"):
            end = start + len(line)
            self._split_line(text, start, end, spans)
            start = end + 1
        return spans

    def _split_line(self, text: str, start: int, end: int, spans: list) -> None:
        line = text[start:end]
        cursor = 0
        for match in _BOUNDARY.finditer(line):
            stop = match.start(1)
            if self._is_abbreviation(line[cursor:stop]):
                continue
            self._add(text, start + cursor, start + stop, spans)
            cursor = match.end(1)
        self._add(text, start + cursor, end, spans)

    def _is_abbreviation(self, chunk: str) -> bool:
        chunk = chunk.rstrip("\"'”’»)]")
        if not chunk.endswith("."):
            return False
        tail = chunk[-40:-1].rsplit(None, 1)
        if not tail:
            return False
        word = tail[-1].lstrip("\"'“‘«([").lower()
        if not word:
            return False
        if len(word) == 1 and word.isalpha():
            return True  # an initial
        return word in self.abbreviations

    @staticmethod
    def _add(text: str, s: int, e: int, spans: list) -> None:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            spans.append((s, e))
