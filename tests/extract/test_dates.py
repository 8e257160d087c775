from datetime import date

import pytest

from sahelwatch.extract.dates import date_reader
from sahelwatch.extract.text import fold

PUB = date(2020, 8, 3)  # a Monday


def first(lang, text, published=PUB, previous=None):
    found = date_reader(lang).find(fold(text), published, previous)
    return (found[0].value, found[0].precision) if found else None


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "On 31 July 2020, militants attacked", (date(2020, 7, 31), 1)),
    ("en", "On September 8, Dozos clashed", (date(2019, 9, 8), 1)),  # no year: the one before publication
    ("en", "On August 4, Dozos clashed", (date(2019, 8, 4), 1)),  # the day after publication: last year's, not tomorrow's
    ("fr", "le 3 août, des hommes armés", (date(2020, 8, 3), 1)),  # the day of publication
    ("en", "Between 2 and 3 March 2020, French forces", (date(2020, 3, 2), 2)),
    ("en", "on Sunday", (date(2020, 8, 2), 1)),
    ("en", "last Monday", (date(2020, 7, 27), 1)),
    ("en", "in July, JNIM carried out", (date(2020, 7, 15), 3)),  # mid-month, as ACLED codes a month
    ("en", "yesterday", (date(2020, 8, 2), 1)),
    ("en", "last week", (date(2020, 7, 27), 2)),
    ("fr", "mardi dernier", (date(2020, 7, 28), 1)),
    ("fr", "dans la nuit de samedi à dimanche", (date(2020, 8, 1), 1)),
    ("fr", "le 1er mars 2020", (date(2020, 3, 1), 1)),
    ("fr", "du 2 au 4 mars", (date(2020, 3, 2), 2)),
    ("fr", "hier", (date(2020, 8, 2), 1)),
    ("en", "On Octobr 5, militants", (date(2019, 10, 5), 1)),  # a letter dropped
    ("fr", "le 3 janvir 2020", (date(2020, 1, 3), 1)),
    ("en", "in 2019 the group", (date(2019, 1, 1), 3)),
    # two days: the first, at week precision (the day before the link was not read: '19 and' was taken for a count)
    ("en", "On 19 and 20 July 2020, 40 people were killed", (date(2020, 7, 19), 2)),
    ("en", "on 19-20 July 2020", (date(2020, 7, 19), 2)),
    ("fr", "les 19 et 20 juillet 2020", (date(2020, 7, 19), 2)),
    ("en", "2000 people demonstrated", None),  # a count of people, not a year
    ("fr", "1500 manifestants ont marché", None),
])
def test_dates(lang, text, expected):
    assert first(lang, text) == expected


def test_relative_to_the_previous_date_and_no_publication_date():
    assert first("fr", "la veille", previous=date(2020, 7, 30)) == (date(2020, 7, 29), 1)
    assert first("en", "on Sunday", published=None) is None  # never today's date


def test_may_the_verb_is_not_may_the_month():
    assert date_reader("en").find(fold("militants may attack the town"), PUB) == []
    assert first("en", "in May 2020") == (date(2020, 5, 15), 3)


def test_a_month_is_coded_mid_month_but_never_after_publication():
    assert first("en", "in July") == (date(2020, 7, 15), 3)
    assert first("en", "since the start of August") == (date(2020, 8, 3), 3)  # the 15th is still to come


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "last week", date(2020, 7, 27)),  # the Monday of the previous calendar week
    ("en", "final week", date(2020, 7, 27)),  # machine paraphrase of 'last week'
    ("fr", "la semaine dernière", date(2020, 7, 27)),
    ("en", "this week", date(2020, 8, 3)),
    ("en", "the past week", date(2020, 7, 30)),  # the last seven days: no calendar week
])
def test_a_calendar_week_is_coded_to_its_monday(lang, text, expected):
    assert first(lang, text, published=date(2020, 8, 6)) == (expected, 2)  # published on a Thursday


def test_a_month_that_is_also_a_number_word_is_no_month_alone():
    assert first("fr", "l'interpellation à Bouna de sept individus") is None  # seven, not September
    assert first("fr", "début septembre, des hommes armés") == (date(2019, 9, 15), 3)  # the last September before publication
    assert first("fr", "en sept. 2019, des hommes armés") == (date(2019, 9, 15), 3)


def test_that_morning_is_the_day_told_before_it_in_the_same_sentence():
    found = date_reader("en").find(fold("The army said on Monday that its air force had struck them that morning"), PUB, date(2020, 7, 26))
    assert [d.value for d in found] == [date(2020, 8, 3), date(2020, 8, 3)]
    found = date_reader("fr").find(fold("Le 1er août, des hommes armés ont attaqué le poste ; la veille, un engin avait explosé"), PUB)
    assert [d.value for d in found] == [date(2020, 8, 1), date(2020, 7, 31)]


def test_a_night_from_one_day_to_the_next_is_one_date_the_first_day():
    for lang, text in (("en", "in the night from Saturday to Sunday, fighters attacked the post"),
                       ("fr", "dans la nuit de samedi à dimanche, des hommes armés ont attaqué le poste")):
        found = date_reader(lang).find(fold(text), PUB)
        assert [(d.value, d.precision) for d in found] == [(date(2020, 8, 1), 1)]
