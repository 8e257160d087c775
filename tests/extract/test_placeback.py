"""A place named before and referred to again ('the town', 'the same road'). Synthetic sentences."""

from datetime import date

import pytest

from extract.helpers import one


def events(coder, text, lang="en"):
    return coder.extract(text, date(2024, 1, 16), lang, "doc")


@pytest.mark.parametrize("text, lang", [
    ("DJIBO — The town has been under blockade since 2022.\n\n"
     "On 3 January, an improvised explosive device damaged a water pumping station on the outskirts of the town.", "en"),
    ("Djibo: humanitarian update\n\nDjibo remains under blockade.\n\n"
     "On 3 January, an improvised explosive device damaged a water pumping station on the outskirts of the town.", "en"),
    ("Djibo : point humanitaire\n\nDjibo reste sous blocus.\n\n"
     "Le 3 janvier, un engin explosif a endommagé une station de pompage à la périphérie de la ville.", "fr"),
])
def test_the_town_named_before_is_the_events_place_around_it(coder, text, lang):
    r = events(coder, text, lang)[-1]
    assert (r.location, r.geo_precision, r.country) == ("Djibo", 2, "Burkina Faso")
    assert r.field_evidence["location"][0].text == "Djibo"  # the words the place was read from


def test_the_last_place_of_the_paragraph_wins_over_the_lead(coder):
    text = ("Kaya: security update\n\nConvoys to Kaya are escorted.\n\n"
            "On 2 January, a truck struck a mine near Barsalogho. On 4 January, another mine exploded on the same road.")
    assert [r.location for r in events(coder, text)] == ["Barsalogho", "Barsalogho"]


def test_a_place_the_sentence_names_itself_wins(coder):
    text = "DJIBO — The town is under blockade.\n\nOn 3 January, gunmen killed two herders in the town of Arbinda."
    assert events(coder, text)[-1].location == "Arbinda"


def test_a_dateline_is_the_place_referred_to_only_when_the_lead_names_none(coder):
    text = "NIAMEY, Jan 28 (Sahel Wire) - On Sunday, gunmen killed seven villagers on the outskirts of the town."
    assert one(coder, text, date(2025, 1, 28)).location == "Niamey"
    text = ("NIAMEY, Jan 28 (Sahel Wire) - Gunmen attacked Banibangou on Sunday, residents said.\n\n"
            "On Monday, gunmen burned shops on the outskirts of the town.")
    assert [r.location for r in events(coder, text)][-1] == "Banibangou"


def test_a_sentence_that_refers_to_no_place_gets_none(coder):
    text = "Djibo: update\n\nDjibo remains under blockade.\n\nOn 3 January, gunmen abducted six women collecting firewood."
    assert events(coder, text)[-1].location is None


@pytest.mark.parametrize("text, lang", [
    ("Les habitants de Diapaga commencent à peine à ressortir. Dans la nuit de samedi à dimanche, des combattants du JNIM ont attaqué "
     "le commissariat de la ville. Au moins quinze policiers ont été tués, selon une source sécuritaire à Fada N'Gourma.", "fr"),
    ("Residents of Diapaga are only starting to come out. On Saturday night, JNIM fighters attacked the police station of the town. "
     "At least fifteen policemen were killed, according to a security source in Fada N'Gourma.", "en"),
])
def test_where_a_source_speaks_from_does_not_move_the_place(coder, text, lang):
    [r] = events(coder, text, lang)
    assert (r.location, r.fatalities) == ("Diapaga", 15)
