"""A place named before and referred to again ('on the outskirts of the town', 'on the same
road', « dans la localité »): when an event's sentence names no place of its own, its place is
the last one the paragraph named before it, else the first one the article's lead names (the
headline; the dateline last). News writes this way; a coder that reads one sentence at a time would
leave the place empty. Mixed into the coder (needs ``finder``)."""

from __future__ import annotations

import re
from dataclasses import replace

from sahelwatch.extract.places import LocationMention

# 'NIAMEY, Jan 28 (Sahel Wire) -': where the reporter files from, not where the event happened
DATELINE_HEAD = re.compile(r"\s*[A-ZÀ-Ý][A-ZÀ-Ý' .-]{2,}(?:,\s*[A-Z][\w ]{1,30})?(?:,\s*[\w .]{1,20})?\s*(?:\([^)]{0,60}\))?\s*[-–—]")

_DATELINE_NAME = re.compile(r"\s*([A-ZÀ-Ý][A-ZÀ-Ý' .-]{2,}?)\s*(?=[,(\-–—])")
LEAD_SENTENCES = 3  # the headline, the dateline and the first sentence: where an article names its place
SKIP_CUES = ("country", "elsewhere", "between2", "admin")


class PlaceBack:
    def _place_referred(self, ctx, index: int, span: tuple[int, int]):
        """The earlier mention the sentence at ``index`` refers to, or None when it refers to no place."""
        finder = self.finder(ctx.lang)
        s, e = span
        near = finder.anaphora.search("anaphora_near", ctx.folded, s, e)
        if near is None and finder.anaphora.search("anaphora", ctx.folded, s, e) is None:
            return None
        mention = self._earlier_place(ctx, index)
        if mention is None:
            return None
        # the evidence is the earlier mention, where the place is named; 'the same road': around it (precision 2)
        return replace(mention, cue="near" if near is not None else mention.cue, referred=True)

    def _earlier_place(self, ctx, index: int):
        finder = self.finder(ctx.lang)

        def known(j: int):
            a, b = ctx.sentences[j]
            dateline = DATELINE_HEAD.match(ctx.text, a, b)
            exclude = [(dateline.start(), dateline.end())] if dateline else []
            return [p for p in finder.find(ctx.text, ctx.folded, a, b, exclude) if p.place is not None and p.cue not in SKIP_CUES
                    and p.place.kind not in ("admin1", "admin2", "country")]

        paragraph = ctx.paragraph_of[index]
        for j in range(index - 1, -1, -1):
            if ctx.paragraph_of[j] != paragraph:
                break
            found = known(j)
            if found:
                return found[-1]  # the last place named before: 'near Hombori ... on the outskirts of the town'
        lead = range(min(LEAD_SENTENCES, index + 1))
        for j in lead:
            found = known(j)
            if found:
                return found[0]  # the place the article is about: 'Burkina Faso – Djibo (Soum province): update'
        for j in lead:
            # last, where the reporter files from, which is often where it happened ('DJIBO — ... on the
            # outskirts of the town'); a dateline writes it in capitals, which the finder takes for an acronym
            dateline = DATELINE_HEAD.match(ctx.text, *ctx.sentences[j])
            name = _DATELINE_NAME.match(ctx.text, dateline.start()) if dateline else None
            place = self.gaz.best(name.group(1).strip()) if name else None
            if place is not None and place.kind in ("town", "village"):
                return LocationMention(name.start(1), name.end(1), place.name, "bare", place)
        return None
