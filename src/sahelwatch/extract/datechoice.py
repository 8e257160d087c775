"""Which date is an event's: a sentence's dates weighed against the trigger, the story's
date told before, statement dates ('the army said on Monday') and datelines."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from sahelwatch.extract.dates import DateMention, date_reader
from sahelwatch.extract.lexicon import lexicon

HISTORY_DAYS = 90  # a month named this long before publication, past the lead: history in passing
_DATELINE = re.compile(r"(?:^|\n)[A-ZÀ-Ý][A-ZÀ-Ý' .-]+,(?:\s*[A-Z][\w ]+,)?\s*$")
_LEAD = re.compile(r"\s*(?:\w+\s+)?")  # before a sentence's opening date: 'On', 'Around', 'Le'
_BRACKETED_AFTER = re.compile(r"\s*\(\s*(?:\w+\s+)?")  # 'Around 17 May 2020 (between 12 - 21 May)'


class DateChooser:
    """Mixin of the event coder: its context (``ctx``) carries the story's date so far."""

    @staticmethod
    def _dateline_date(folded: str, lang: str) -> date | None:
        """With no publication date, a full date at the head of the text ('BAMAKO, 29 October
        2025 -') stands for it: relative dates can then be resolved. Never today's date."""
        for d in date_reader(lang).find(folded, None, None, 0, min(len(folded), 300)):
            if d.kind == "day" and d.precision == 1:
                return d.value
        return None

    @staticmethod
    def _names_a_thing(lex, folded: str, when: DateMention, trigger_pos: int) -> bool:
        """A year right after 'the' and before a noun ('the 2018 finance law'), when the event's verb
        is not that noun ('the 2019 attack' is an event of 2019)."""
        if when.kind != "year" or lex.year_naming is None or not lex.year_naming.search(folded, max(0, when.start - 8), when.start):
            return False
        noun = re.match(r"\s+[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,2}", folded[when.end : when.end + 40])
        return noun is not None and not when.end <= trigger_pos < when.end + noun.end()

    @staticmethod
    def _flag_reported(lang: str, folded: str, s: int, dates: list[DateMention]) -> list[DateMention]:
        """Dates right after a statement ('said on Monday', 'dans un communiqué publié lundi'), or opening
        one ('On Monday, the army said ...'): when it was said."""
        lex = lexicon(lang)
        cues = lex.report_dates

        def opens_statement(d: DateMention) -> bool:
            if not _LEAD.fullmatch(folded, s, d.start):
                return False  # '..., near Tougbo, on Saturday, a security official told ...': the arrests' date
            said = lex.fatalities.search("attribution", folded, d.end, min(len(folded), d.end + 40))
            return said is not None and lex.any_trigger.search(folded, d.end, said.start()) is None

        return [replace(d, reported=True) if (cues is not None and cues.search(folded[max(s, d.start - 40) : d.start])) or opens_statement(d)
                else d for d in dates]

    def _pick_date(self, ctx, dates: list[DateMention], trigger_pos: int, paragraph: int, start: int | None = None) -> DateMention | None:
        # the date of a statement dates the event only when nothing else does, save when a stretch began
        # ('On July 18, the army announced that its units had since July 8 killed ...': the 18th)
        own = [d for d in dates if not d.reported]
        firm = [d for d in own if not self._since(ctx, d)]
        if firm:
            dates = firm
        elif own:
            dates = [d for d in dates if d.reported] or own
        else:
            dates = [] if ctx.discourse_date is not None else dates
        specific = [d for d in dates if d.kind != "year"]
        if len(specific) > 1:
            # a dateline ('BAMAKO, Jan 13 (Wire) -') dates the report, not the event
            specific = [d for d in specific if not _DATELINE.search(ctx.text, max(0, d.start - 40), d.start)] or specific
        if any(d.kind in ("day", "range") for d in specific):
            # 'On 1 December 2019, ... during Sunday mass': the date given outright, not a weekday
            # resolved against the publication date; 'Around 17 May (between 12 - 21 May)': the day named
            specific = [d for d in specific if d.kind in ("day", "range", "month", "previous")
                        and not (d.kind == "range" and any(o.kind == "day" and _BRACKETED_AFTER.fullmatch(ctx.folded, o.end, d.start) for o in specific))]
        if specific and start is not None:
            lead = min(specific, key=lambda d: d.start)
            said = lexicon(ctx.lang).fatalities.search("attribution", ctx.folded, lead.end, max(lead.end, trigger_pos))
            if lead.kind in ("day", "range") and _LEAD.fullmatch(ctx.folded, start, lead.start) and said is None:
                # 'On 26 November, a ranger went missing and was found murdered on Friday 29 November':
                # the date the sentence opens with is its event's (not in 'On Monday, the army said
                # militants attacked the base on Saturday')
                return lead
        if specific:
            return min(specific, key=lambda d: (abs(d.start - trigger_pos) if d.start > trigger_pos else abs(trigger_pos - d.end) + 1))
        if dates:
            return dates[0]
        if ctx.discourse_date is not None:
            return ctx.discourse_date
        return None

    @staticmethod
    def _since(ctx, d: DateMention) -> bool:
        """'since September', « depuis janvier »: where a stretch of time began."""
        starts = lexicon(ctx.lang).period_starts
        return ctx.folded[max(0, d.start - 12) : d.start].rstrip().endswith(starts) or ctx.folded.startswith(starts, d.start, d.end)

    def _remember_dates(self, ctx, dates: list[DateMention], paragraph: int) -> None:
        dates = [d for d in dates if not d.reported and not self._long_ago(ctx, d)]  # ('In June 2020, ...': history)
        specific = [d for d in dates if d.specific]
        if len(specific) > 1:  # a dateline dates the report; the other date is the story's
            specific = [d for d in specific if not _DATELINE.search(ctx.text, max(0, d.start - 40), d.start)] or specific
        if specific:
            ctx.discourse_date = specific[0]
            ctx.discourse_paragraph = paragraph

    @staticmethod
    def _long_ago(ctx, d: DateMention) -> bool:
        """A month or a year named long before publication ('En juin 2020', 'in 2019')."""
        return d.kind in ("month", "year") and ctx.published is not None and (ctx.published - d.value).days > HISTORY_DAYS
