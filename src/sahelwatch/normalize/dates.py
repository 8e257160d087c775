"""Publication dates: from the input or page metadata, else unknown (never today's date)."""

from __future__ import annotations

import re
import time
from datetime import date, datetime, timezone
from email.utils import parsedate_to_datetime

from dateutil import parser as dateutil_parser

_SENTINEL = datetime(1, 1, 1)
_EPOCH = re.compile(r"^\d{9,10}(\.\d+)?$")


class DateError(ValueError):
    pass


def parse_published(value) -> date | None:
    """Parse a publication date; None when absent; DateError when present but unreadable."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, time.struct_time):
        return date(value.tm_year, value.tm_mon, value.tm_mday)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return datetime.fromtimestamp(value, timezone.utc).date()
    text = str(value).strip()
    if not text:
        return None
    if _EPOCH.match(text):
        return datetime.fromtimestamp(float(text), timezone.utc).date()
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        pass
    try:
        parsed = dateutil_parser.parse(text, default=_SENTINEL, dayfirst=True)
    except (ValueError, OverflowError):
        raise DateError(f"unreadable date {text!r}") from None
    if parsed.year == 1:
        raise DateError(f"date {text!r} has no year")
    return parsed.date()
