import time
from datetime import date, datetime

import pytest

from sahelwatch.normalize.dates import DateError, parse_published


@pytest.mark.parametrize("value, expected", [
    ("2025-03-16", date(2025, 3, 16)),
    ("2025-03-16T23:30:00Z", date(2025, 3, 16)),
    ("Tue, 14 Jan 2025 08:00:00 GMT", date(2025, 1, 14)),
    ("16 March 2025", date(2025, 3, 16)),
    ("16/03/2025", date(2025, 3, 16)),
    (date(2024, 1, 2), date(2024, 1, 2)),
    (datetime(2024, 1, 2, 5), date(2024, 1, 2)),
    (time.struct_time((2025, 2, 18, 9, 0, 0, 1, 49, 0)), date(2025, 2, 18)),
    (1596481840, date(2020, 8, 3)),
    (None, None),
    ("", None),
])
def test_parse_published(value, expected):
    assert parse_published(value) == expected


@pytest.mark.parametrize("value", ["not a date", "Tuesday", "March"])
def test_unreadable_or_yearless_dates_are_errors_not_today(value):
    with pytest.raises(DateError):
        parse_published(value)
