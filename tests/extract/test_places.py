"""Where an event happened, read through the whole coder (synthetic sentences, not real reports)."""

from datetime import date

import pytest

from extract.helpers import one


def test_where_the_wounded_were_taken_is_only_a_fallback_for_the_place(coder):
    r = one(coder, "On 3 May 2020, five peacekeepers were injured when their vehicle struck an explosive device; they were evacuated to Gao.", date(2020, 5, 8))
    assert (r.location, r.geo_precision) == ("Gao", 2)


def test_a_village_in_a_prefecture_is_placed_around_the_prefecture_seat(coder):
    text = "Lundi, six militaires ont été tués lors d'une attaque contre un poste de l'armée à Kpinkankandi, dans la préfecture de Kpendjal."
    [r] = coder.extract(text, date(2024, 10, 2), "fr", "d")
    assert (r.location, r.admin1, r.country, r.geo_precision) == ("Kpinkankandi", "Savanes", "Togo", 2)


def test_a_sentence_opening_with_a_place_and_a_country_with_an_elision_are_read():
    # « À Gao, ... »: the opening preposition is no part of the name; « Côte d'Ivoire » is one name, a country
    from sahelwatch.extract.places import LocationFinder
    from sahelwatch.extract.text import fold
    from sahelwatch.geocode.gazetteer import gazetteer

    finder = LocationFinder("fr", gazetteer("sahel"))
    for text, expected in (("À Gao, une grenade a été lancée dans un maquis.", [("Gao", "plain")]),
                           ("Des camions venus de Côte d'Ivoire ont été incendiés.", [("Côte d'Ivoire", "country")])):
        assert [(p.name, p.cue) for p in finder.find(text, fold(text), 0, len(text), [])] == expected


def test_a_stretch_between_two_places_comes_before_the_ends_of_the_road(coder):
    text = "JNIM fighters attacked a convoy of fuel tankers on Sunday between Didiéni and Diéma, on the main road linking Bamako to Kayes."
    [r] = coder.extract(text, date(2025, 9, 16), "en", "d")
    assert (r.location, r.geo_precision, r.country) == ("Didiéni", 2, "Mali")


def test_places_reinforcements_came_from_are_weak_and_so_is_the_next_in_the_list():
    from sahelwatch.extract.places import LocationFinder
    from sahelwatch.extract.text import fold
    from sahelwatch.geocode.gazetteer import gazetteer

    finder = LocationFinder("en", gazetteer("sahel"))
    text = "French aviation assets were deployed from Gao and Niamey, and at least 15 militants were killed."
    found = finder.find(text, fold(text), 0, len(text), [])
    assert [(p.name, p.weak) for p in found] == [("Gao", True), ("Niamey", True)]


def test_where_troops_or_marchers_came_from_is_not_where_it_happened(coder):
    text = ("On 11 January, JNIM fighters attacked Mané from the north and were met by the town's VDP, who fought them for most of "
            "the morning before an army unit arrived from Kaya.")
    [r] = coder.extract(text, date(2026, 1, 22), "en", "d")
    assert r.location == "Mané"
    text = ("Mardi, plusieurs centaines de chasseurs venus des communes de Dioro, Farako et Tamani ont défilé dans le calme jusqu'au "
            "gouvernorat de Ségou pour réclamer la présence de l'armée.")
    [r] = coder.extract(text, date(2025, 3, 19), "fr", "d")
    assert (r.sub_event_type, r.location) == ("Peaceful protest", "Ségou")


@pytest.mark.parametrize("text, lang", [
    ("Dans la nuit de dimanche à lundi, des jihadistes ont attaqué un hameau de la commune de Dioratest, à une quarantaine de "
     "kilomètres au nord-est de Ségou.", "fr"),
    ("On Sunday night, jihadists attacked a hamlet in the commune of Dioratest, about 40 km north-east of Ségou.", "en"),
])
def test_the_unit_that_holds_an_unnamed_hamlet_is_its_place_not_the_town_it_is_measured_from(coder, text, lang):
    # 'Dioratest' is made up: unknown to the gazetteer, it is still the place the text gives, put around Ségou
    [r] = coder.extract(text, date(2025, 3, 19), lang, "d")
    assert r.location == "Dioratest" and r.geo_precision in (2, 3)


@pytest.mark.parametrize("text, lang", [
    ("Troops backed by helicopters retook Soumpi on Wednesday, the army said.", "en"),
    ("Les militaires ont repris Soumpi mercredi, selon l'armée.", "fr"),
])
def test_a_place_taken_or_retaken_is_named_as_the_object(text, lang):
    from sahelwatch.extract.places import LocationFinder
    from sahelwatch.extract.text import fold
    from sahelwatch.geocode.gazetteer import Gazetteer

    finder = LocationFinder(lang, Gazetteer())
    found = finder.find(text, fold(text), 0, len(text))
    assert [m.name for m in found] == ["Soumpi"]
