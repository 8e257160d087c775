"""Folded text for matching, with the same offsets as the original, and the
small pattern language of the lexicons (see data/lexicons/README.md)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_APOSTROPHES = {"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u00b4": "'"}
_DASHES = {"\u2013": "-", "\u2014": "-", "\u2011": "-", "\u2010": "-"}


@lru_cache(maxsize=4096)
def _fold_char(c: str) -> str:
    if c in _APOSTROPHES:
        return "'"
    if c in _DASHES:
        return "-"
    base = unicodedata.normalize("NFD", c)[0].lower()
    return base if len(base) == 1 else c.lower()[:1]


def fold(text: str) -> str:
    """Lower case, no accents, plain apostrophes and dashes; same length as ``text``."""
    if text.isascii():
        return text.lower()
    return "".join(_fold_char(c) for c in text)


def entry_regex(entry: str) -> str:
    """Regex source for one lexicon entry (already folded)."""
    out = []
    for word in fold(entry).strip().split(" "):
        if not word:
            continue
        star = word.endswith("*")
        word = word.rstrip("*")
        piece = "[\\s-]?".join(re.escape(part) for part in word.split("-"))
        out.append(piece + ("\\w*" if star else ""))
    return "[\\s-]+".join(out)


def compile_entries(entries, boundary: bool = True) -> re.Pattern | None:
    """One alternation over all entries, longest first, matched on whole words."""
    sources = sorted({entry_regex(e) for e in entries if str(e).strip()}, key=len, reverse=True)
    if not sources:
        return None
    body = "|".join(sources)
    # a whole word: after a space or punctuation, or a French elision (l'attaque, d'une mine, qu'une),
    # not inside a word ('aujourd'hui')
    return re.compile(rf"(?<!\w)(?:(?<=qu')|(?<!\w\w'))(?:{body})(?!\w)" if boundary else body)
