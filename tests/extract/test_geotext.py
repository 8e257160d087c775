import pytest

from sahelwatch.extract import EventExtractor


def test_every_place_is_read_with_its_candidates(coder):
    text = "On 3 May, gunmen attacked the village of Unknowntestbougou (Bankass, Mopti). The army later deployed near Boni."
    readings = {r.name: r for r in coder.geocode_text(text, "en")}
    village = readings["Unknowntestbougou"]
    assert village.cue == "settlement" and village.resolution.method == "admin2 seat"
    assert village.resolution.precision == 2 and village.resolution.admin2 == "Bankass"
    boni = readings["Boni"].to_dict()
    assert boni["cue"] == "near" and boni["geo_precision"] == 2 and boni["country"] == "ML"
    assert boni["candidates"] and boni["candidates"][0]["reasons"]


def test_french_text(coder):
    readings = coder.geocode_text("Des hommes armés ont attaqué un poste à Djibo, dans la province du Soum.", "fr")
    djibo = next(r for r in readings if r.name == "Djibo")
    assert djibo.resolution.country == "BF" and djibo.resolution.admin2 == "Soum"


def test_report_gets_units_by_reverse_lookup(coder):
    r = coder.extract("On 2 June 2020, JNIM militants attacked a checkpoint in Bandiagara, killing two soldiers.", None, "en", "d")[0]
    assert (r.country, r.admin1, r.admin2, r.geo_precision) == ("Mali", "Mopti", "Bandiagara", 1)
    assert r.latitude is not None


def test_each_place_of_a_list_takes_the_cue_of_the_first(coder):
    text = "On 21 April 2020, gunmen attacked the villages of Unknowntestbougou and Boni, Haire Commune (Douentza, Mopti)."
    readings = {r.name: r for r in coder.geocode_text(text, "en")}
    assert readings["Boni"].cue == "settlement" and readings["Boni"].resolution.precision == 1
    assert readings["Haire"].cue == "admin"  # the unit word is not part of the name
    r = coder.extract(text, None, "en", "d")[0]
    assert r.location == "Boni" and r.admin2 == "Douentza"  # the known village of the list


def test_the_sahel_is_no_place_but_la_region_du_sahel_is(coder):
    assert not [r for r in coder.geocode_text("Violence is rising across the Sahel region.", "en") if r.name == "Sahel"]
    sahel = [r for r in coder.geocode_text("Des hommes armés ont enlevé trois commerçants dans la région du Sahel mercredi.", "fr")
             if r.name == "Sahel"]
    assert sahel and sahel[0].resolution.country == "BF" and sahel[0].resolution.precision == 3


def test_near_a_village_a_zone_or_a_forest_is_around_it(coder):
    readings = {r.name: r for r in coder.geocode_text(
        "Militants shot a farmer near the village of Boni. Fighters clashed in Hombori zone. Aircraft struck in the forest of Mondoro.", "en")}
    assert readings["Boni"].cue == "near" and readings["Boni"].resolution.precision == 2
    assert readings["Hombori"].cue == "near" and readings["Mondoro"].cue == "near"


def test_brackets_after_another_name_in_square_brackets_still_place_the_village():
    from datetime import date

    from sahelwatch.extract import EventExtractor
    text = "On 3 March 2020, presumed ISWAP militants abducted two civilians in the village of Nowheretestbougou [Autretestbougou] (N Guigmi, Diffa)."
    report = EventExtractor().extract(text, date(2020, 3, 5), "en", "a")[0]
    assert (report.country, report.admin1, report.geo_precision) == ("Niger", "Diffa", 2)


def test_an_unknown_name_with_a_known_other_name_in_brackets_takes_the_known_one():
    from datetime import date

    from sahelwatch.extract import EventExtractor
    text = "On 20 June 2020, militiamen attacked merchants near Nowheretestbougou [Boulkessi] and killed two of them."
    report = EventExtractor().extract(text, date(2020, 6, 22), "en", "b")[0]
    assert (report.location, report.country, report.geo_precision) == ("Boulkessi", "Mali", 2) and report.latitude is not None


def test_the_commune_of_a_place_is_coded_around_its_seat():
    from datetime import date

    from sahelwatch.extract import EventExtractor
    text = "On 1 May 2020, militiamen killed a herder in the commune of Djibo."
    report = EventExtractor().extract(text, date(2020, 5, 3), "en", "c")[0]
    assert (report.location, report.geo_precision) == ("Djibo", 2)


def test_a_regions_name_written_as_a_place_is_its_town():
    from datetime import date

    from sahelwatch.extract import EventExtractor
    text = "On 22 March 2020, women staged a protest march in Segou against the backdrop of a deadly attack in Dioura."
    report = EventExtractor().extract(text, date(2020, 3, 23), "en", "d")[0]
    assert report.location == "Segou" and report.geo_precision == 1


def test_a_distance_from_a_place_is_around_it_even_with_the_unit_glued_on():
    from datetime import date

    from sahelwatch.extract import EventExtractor
    coder = EventExtractor()
    for text in ("On 24 April 2020, two peacekeepers were wounded when their vehicle struck an IED 22km from Tessalit.",
                 "On 24 April 2020, two peacekeepers were wounded when their vehicle struck an IED 12 kilometers from Tessalit.",
                 "On 24 April 2020, gunmen attacked a checkpoint northeast of Tessalit."):
        report = coder.extract(text, date(2020, 4, 26), "en", "e")[0]
        assert (report.location, report.geo_precision) == ("Tessalit", 2), text


def test_brackets_in_another_country_than_the_only_lookalike_leave_it():
    from sahelwatch.geocode.gazetteer import Gazetteer
    gaz = Gazetteer()
    gaz.add_imported([{"place_id": "test:1", "name": "Oukoultestou", "ascii_name": "Oukoultestou", "alt_names": "",
                       "latitude": 14.52, "longitude": -1.68, "feature_class": "L", "feature_code": "LCTY", "country_iso": "ML",
                       "admin1": "Mopti", "admin2": "Douentza", "population": 0, "source": "test"}])
    from datetime import date

    from sahelwatch.extract import EventExtractor
    text = "On 20 April 2020, militants killed two herders in the area of Oukoultestou (Djibo, Soum)."
    report = EventExtractor(gaz=gaz).extract(text, date(2020, 4, 22), "en", "f")[0]
    assert report.country == "Burkina Faso" and report.admin2 == "Soum" and report.geo_precision == 2


def test_a_unit_named_far_later_in_the_sentence_does_not_place_the_event():
    from datetime import date

    from sahelwatch.extract import EventExtractor
    text = ("On 7 September 2020, the movement staged a protest march in Gaoua, demanding justice for two of its "
            "cadres who were assassinated in the Yagha Province.")
    report = EventExtractor().extract(text, date(2020, 9, 8), "en", "g")[0]
    assert (report.location, report.admin1, report.geo_precision) == ("Gaoua", "Sud-Ouest", 1)


def test_a_department_and_its_province_run_together_still_hint():
    from sahelwatch.extract.places import LocationFinder
    from sahelwatch.extract.text import fold
    from sahelwatch.geocode.gazetteer import gazetteer
    finder = LocationFinder("en", gazetteer())
    text = "militants wounded a farmer near the village of Nowheretestbougou (Pobe-Mengao-Soum, Sahel)."
    mention = next(m for m in finder.find(text, fold(text), 0, len(text)) if m.name == "Nowheretestbougou")
    assert [h.name for h in mention.admin_hints][:1] == ["Soum"]


def test_a_place_with_its_district_in_brackets_before_a_bare_name():
    from datetime import date

    from sahelwatch.extract import EventExtractor
    text = "On 13 June 2020, militants assassinated the Tenkodogo leader at his residence in Nowheretestbougou (Solhan, Yagha)."
    report = EventExtractor().extract(text, date(2020, 6, 15), "en", "h")[0]
    assert report.admin2 == "Yagha" and report.geo_precision == 2


@pytest.mark.parametrize("text", [
    "On 2 July 2020, gunmen opened fire on marketgoers returning from Hombori and wounded four people.",
    "On 9 June 2020, militants attacked the town of Hombori and surrounding villages, killing nineteen people.",
    "On 18 January 2020, a truck struck an IED near the bridge of Hombori.",
])
def test_on_the_way_from_a_place_or_around_it_is_geo_precision_2(text):
    from datetime import date

    from sahelwatch.extract import EventExtractor
    report = EventExtractor().extract(text, date(2020, 7, 5), "en", "w")[0]
    assert (report.location, report.geo_precision) == ("Hombori", 2)


def _test_gazetteer(rows):
    from sahelwatch.geocode.gazetteer import Gazetteer

    g = Gazetteer()
    g.add_imported([{"place_id": f"test:{i}", "name": n, "ascii_name": n, "alt_names": alt, "latitude": lat, "longitude": lon,
                     "feature_class": "P", "feature_code": "PPL", "country_iso": c, "admin1": a1, "admin2": None,
                     "population": 0, "source": "test"} for i, (n, alt, lat, lon, c, a1) in enumerate(rows)])
    return g


def test_a_commune_named_after_a_village_is_that_village_near_the_others():
    from datetime import date

    # made-up places: the first 'Kassatest' listed (an alternate name of a village far west) is not the commune
    g = _test_gazetteer([("Kassatestan", "Kassatest", 13.27, -9.47, "ML", "Kayes"), ("Kassatest", "", 14.72, -3.07, "ML", "Mopti"),
                         ("Sogoutest", "", 14.75, -3.00, "ML", "Mopti"), ("Sogoutest", "", 13.30, -9.40, "BF", "Est")])
    text = "On 6 October 2019, Fulani militiamen attacked the village of Sogoutest in Kassatest Commune, a Dogon man was killed."
    report = EventExtractor(gaz=g).extract(text, date(2019, 10, 8), "en", "k")[0]
    assert (report.location, report.latitude, report.country) == ("Sogoutest", 14.75, "Mali")


def test_a_village_far_from_the_area_named_after_it_is_another_village():
    from datetime import date

    g = _test_gazetteer([("Bingotest", "", 12.30, -1.83, "BF", "Centre-Ouest"), ("Monitestbougou", "", 14.15, -5.52, "ML", "Segou")])
    text = "On 25 January 2020, a Dozo shot dead two civilians in the village of Bingotest in the area of Monitestbougou."
    report = EventExtractor(gaz=g).extract(text, date(2020, 1, 27), "en", "b")[0]
    assert (report.latitude, report.geo_precision, report.country) == (14.15, 2, "Mali")


@pytest.mark.parametrize("text, lang", [
    ("On Thursday, gunmen abducted a cattle trader near Bogoutest, in northern Togo.", "en"),
    ("Jeudi, des hommes armés ont enlevé un commerçant près de Bogoutest, dans le nord du Togo.", "fr"),
])
def test_a_country_named_right_after_a_place_places_it(text, lang):
    from datetime import date

    # made-up place: the gazetteer knows a 'Bogoutest' only in Ivory Coast, and under another spelling
    g = _test_gazetteer([("Bougoutest", "Bogoutest", 10.22, -5.9, "CI", "Savanes")])
    report = EventExtractor(gaz=g).extract(text, date(2025, 7, 15), lang, "b")[0]
    assert (report.country, report.latitude) == ("Togo", None)


def test_a_border_named_after_a_place_does_not_place_it():
    from datetime import date

    g = _test_gazetteer([("Boultestkessi", "", 14.8, -1.6, "ML", "Mopti")])
    text = "Suspected JNIM militants killed 12 soldiers on Sunday in an attack on a camp at Boultestkessi, near the border with Burkina Faso."
    report = EventExtractor(gaz=g).extract(text, date(2026, 1, 13), "en", "b")[0]
    assert (report.country, report.latitude) == ("Mali", 14.8)
