from datetime import date

import pytest

from sahelwatch.datafiles import DataFileError
from sahelwatch.extract.actors import _local_rule


def test_a_local_name_rule_fits_its_country_region_and_time():
    rule = _local_rule("Islamic State", {"country": "NE", "admin1": ["Diffa"], "name": "ISWAP", "since": "2015-03-07", "until": "2019-01-01"})
    assert rule.fits("NE", "Diffa", date(2016, 1, 1))
    assert not rule.fits("NE", "Tillabéri", date(2016, 1, 1))
    assert not rule.fits("ML", "Diffa", date(2016, 1, 1))
    assert not rule.fits("NE", "Diffa", date(2019, 1, 1)) and not rule.fits("NE", "Diffa", date(2014, 1, 1))
    assert not rule.fits("NE", "Diffa", None)  # a dated rule never names an undated event


def test_a_bad_local_name_rule_names_the_file_and_the_actor():
    with pytest.raises(DataFileError, match="actors.yaml.*'Islamic State'"):
        _local_rule("Islamic State", {"country": "NE", "name": "ISWAP", "since": "March 2015"})


@pytest.mark.parametrize("text, actor1", [
    ("On 5 May 2018, presumed Al-Mourabitoun militants fired mortar shells at the army camp in Tarkint.", "JNIM: Group for Support of Islam and Muslims"),
    ("On 5 May 2016, Al Mourabitoun fighters attacked a hotel in Gao.", "Al Mourabitoune Battalion"),
    ("On 5 May 2018, an IED likely planted by Mourabitoune militants struck a MINUSMA truck near Tarkint.", "JNIM: Group for Support of Islam and Muslims"),
    ("On 5 May 2018, presumed Katiba Salaheddine militants attacked a camp near Menaka.", "Islamic State (Greater Sahara)"),
    ("On 5 May 2017, AQM militants attacked a checkpoint in Djenne.", "JNIM: Group for Support of Islam and Muslims"),
    ("On 5 May 2015, BH militants killed a herdsman in the area of Toumour.", "Islamic State (West Africa)"),
])
def test_group_aliases_and_their_names_at_the_time(text, actor1):
    from sahelwatch.extract import EventExtractor

    reports = EventExtractor().extract(text, None, "en", "doc")
    assert reports and reports[0].actor1 == actor1


@pytest.mark.parametrize("text", [
    "Le 3 mai 2020, vingt-cinq soldats ont été tués près de Djibo, au Burkina-Faso.",
    "On 3 May 2020, twenty five soldiers were killed near Djibo in Burkina  Faso.",
    "On 3 May 2020, Côte-d'Ivoire soldiers killed three militants near Kafolo.",
])
def test_country_names_written_with_other_spaces_or_hyphens_are_read(text):
    from sahelwatch.extract import EventExtractor

    lang = "fr" if text.startswith("Le ") else "en"
    [r] = EventExtractor().extract(text, None, lang, "doc")  # was: KeyError 'burkina-faso', the whole run stopped
    assert r.country in ("Burkina Faso", "Ivory Coast")


@pytest.mark.parametrize("text, lang, actor1", [
    ("On 5 May 2020, a mob beat to death a man accused of being an informant of the jihadists in Ouangolodougou.", "en", "Rioters (Ivory Coast)"),
    ("Le 5 mai 2020, un homme, accusé par une foule d'être un « informateur des jihadistes », a été battu à mort à Ouangolodougou, "
     "selon des témoins et une source policière.", "fr", "Rioters (Ivory Coast)"),
])
def test_who_a_victim_is_accused_of_helping_and_who_told_it_take_no_part(coder, text, lang, actor1):
    [r] = coder.extract(text, date(2020, 5, 8), lang, "doc")
    assert (r.event_type, r.actor1, r.fatalities) == ("Riots", actor1, 1)


def test_forces_a_victim_is_accused_of_helping_make_no_armed_target(coder):
    # 'indivudals' (sic, as typed in real notes): no civilian noun to lean on, only the accusation
    text = ("On 6 September 2018, presumed Ansar Dine militants abducted two indivudals accused of collaborating with international "
            "forces in the area of Edjerir, the two were executed the following day.")
    [r] = coder.extract(text, date(2018, 9, 8), "en", "doc")
    assert r.event_type == "Violence against civilians"
