"""The claims lexicon of one language (data/lexicons/<lang>/claims.yaml), compiled once:
each group as a regex over folded text (see data/lexicons/README.md), and as a set of
folded words for membership tests."""

from __future__ import annotations

import re
from functools import lru_cache

from sahelwatch.datafiles import load_yaml
from sahelwatch.extract.lexicon import Groups
from sahelwatch.extract.text import entry_regex, fold


class ClaimCues(Groups):
    def __init__(self, lang: str):
        super().__init__(load_yaml(f"lexicons/{lang}/claims.yaml")["groups"])
        self.lang = lang
        self.words = {name: frozenset(fold(e) for e in values) for name, values in self.entries.items()}

    def alternation(self, group: str) -> str:
        """Regex source matching any entry of a group (no boundaries), longest first."""
        sources = sorted({entry_regex(e) for e in self.entries.get(group, [])}, key=len, reverse=True)
        return "|".join(sources) or "(?!)"

    def ends_with(self, group: str, folded: str) -> re.Match | None:
        """The entry of ``group`` that ends ``folded`` (trailing spaces ignored)."""
        pattern = self.patterns.get(group)
        if pattern is None:
            return None
        tail = folded.rstrip()
        best = None
        for m in pattern.finditer(tail, max(0, len(tail) - 60)):
            if m.end() == len(tail) and (best is None or m.start() < best.start()):
                best = m
        return best

    def elided(self, group: str) -> re.Pattern | None:
        """The group's regex, where an entry that ends in an apostrophe ('qu'', 'l'') may be
        followed by a word ('qu'il', 'l'habitant')."""
        if not self.entries.get(group):
            return None
        return re.compile(rf"(?<![\w'])(?:{self.alternation(group)})(?:(?<=')|(?!\w))")

    def any_of(self, *groups: str) -> re.Pattern | None:
        """One regex over the entries of several groups (a cheap first pass)."""
        from sahelwatch.extract.text import compile_entries

        return compile_entries([e for g in groups for e in self.entries.get(g, [])])


@lru_cache(maxsize=None)
def claim_cues(lang: str) -> ClaimCues:
    return ClaimCues(lang)
