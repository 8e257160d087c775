from datetime import date

from sahelwatch.extract import EventExtractor
from sahelwatch.extract.outlets import OutletCountries

TEXT = "On 3 May 2020, unknown gunmen killed two civilians in the village of Nowheretestbougou."


def test_outlets_and_hosts_point_to_countries():
    o = OutletCountries()
    assert o.countries("Studio Tamani") == {"ML": 1}
    assert o.countries("Infowakat; Le Faso; Xinhua") == {"BF": 2}
    assert o.countries(None, "https://www.lefaso.net/spip.php?article1") == {"BF": 1}
    assert o.countries("Reuters") == {} and o.countries(None, None) == {}
    assert o.countries("Kisal; Pinal (Burkina Faso)") == {"BF": 1}  # a country in the outlet's name
    assert o.countries("EMA (Mali)") == {"ML": 1} and o.countries("Forum (Acme)") == {}


def test_a_local_outlet_is_a_firm_hint_a_country_in_a_name_is_not():
    o = OutletCountries()
    assert o.prior("Infowakat; Xinhua") == ("BF", True)
    assert o.prior("Vanguard (Nigeria); AFP") == ("NG", False)  # foreign press writes about its neighbours
    assert o.prior("Infowakat; Studio Tamani; Le Faso") == ("BF", False)  # outlets disagree
    assert o.prior("Reuters") == (None, False)


def test_outlet_is_the_country_of_last_resort():
    coder = EventExtractor()
    assert coder.extract(TEXT, date(2020, 5, 5), "en", "a")[0].country is None
    assert coder.extract(TEXT, date(2020, 5, 5), "en", "b", source="Studio Tamani")[0].country == "Mali"


def test_the_text_beats_the_outlet():
    coder = EventExtractor()
    text = "On 3 May 2020, unknown gunmen killed two civilians in Djibo."
    assert coder.extract(text, date(2020, 5, 5), "en", "c", source="Studio Tamani")[0].country == "Burkina Faso"


def test_a_community_of_one_country_decides_when_nothing_else_does():
    coder = EventExtractor()
    text = "On 3 May 2020, suspected Fulani militiamen attacked the Dogon village of Nowheretestbougou and killed two people."
    assert coder.extract(text, date(2020, 5, 5), "en", "d")[0].country == "Mali"


def test_outside_powers_do_not_set_the_country():
    coder = EventExtractor()
    text = "On 9 November 2019, French and Burkinabe forces conducted an airstrike targeting militants in the area of Nowheretestbougou."
    assert coder.extract(text, date(2019, 11, 10), "en", "d")[0].country == "Burkina Faso"


def test_a_firm_outlet_outweighs_where_the_actors_operate():
    from sahelwatch.geocode.gazetteer import Gazetteer
    gaz = Gazetteer()
    gaz.add_imported([{"place_id": "test:1", "name": "Gobatestbougou", "ascii_name": "Gobatestbougou", "alt_names": "",
                       "latitude": 12.4, "longitude": -10.9, "feature_class": "P", "feature_code": "PPL", "country_iso": "ML",
                       "admin1": "Kayes", "admin2": None, "population": 0, "source": "test"}])
    coder = EventExtractor(gaz=gaz)
    text = "On 3 June 2020, presumed JNIM and/or ISGS militants killed a municipal councilor in the village of Gobatestbougou."
    assert coder.extract(text, date(2020, 6, 5), "en", "e")[0].country == "Mali"  # the only reading
    burkina = coder.extract(text, date(2020, 6, 5), "en", "f", source="Infowakat")[0]
    assert burkina.country == "Burkina Faso" and burkina.latitude is None  # not Mali's village of that name


def test_outside_forces_do_not_vote_for_their_own_country():
    coder = EventExtractor()
    text = "On 10 March 2020, presumed ISGS militants attacked French forces of Operation Barkhane near Nowheretestbougou."
    assert coder.extract(text, date(2020, 3, 12), "en", "g", source="Studio Tamani")[0].country == "Mali"
