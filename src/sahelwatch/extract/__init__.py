"""extract: find the events an article reports and code them in ACLED's schema.

A cascade: a cheap trigger pass picks candidate sentences (triggers.py); only
those are coded: factuality (modality.py), event type (classify.py), actors
(actors.py), date (dates.py), place and country (places.py), fatalities
(fatalities.py). engine.py puts them together; every field keeps the span of
text that supports it.
"""

__all__ = ["EventExtractor"]


def __getattr__(name):
    if name == "EventExtractor":
        from sahelwatch.extract.engine import EventExtractor

        return EventExtractor
    raise AttributeError(name)
