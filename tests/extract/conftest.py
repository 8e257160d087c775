"""Shared by the coder's tests: one coder for the whole session (its lexicons and gazetteer load once)."""

import pytest

from sahelwatch.extract import EventExtractor


@pytest.fixture(scope="session")
def coder():
    return EventExtractor()
