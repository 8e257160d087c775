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
