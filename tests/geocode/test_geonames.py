import pytest

from sahelwatch.geocode.geonames import GeoNamesError, parse_dump


def row(*cols):
    return "\t".join(map(str, cols)) + "\n"


def dump(tmp_path, text):
    path = tmp_path / "XX.txt"
    path.write_text(text, "utf-8")
    return path


def test_admin_names_come_from_adm_rows(tmp_path):
    text = (
        row(1, "Région de Test", "Region de Test", "", 14, -4, "A", "ADM1", "ML", "", "06", "", "", "", 0, "", 0, "Africa/Bamako", "2012-01-01")
        + row(2, "Cercle de Testa", "Cercle de Testa", "", 14, -4, "A", "ADM2", "ML", "", "06", "99", "", "", 0, "", 0, "Africa/Bamako", "2012-01-01")
        + row(3, "Kanibougou", "Kanibougou", "Kanibugu,كانيبوغو", 14.2, -4.1, "P", "PPL", "ML", "", "06", "99", "", "", 120, "", 0, "Africa/Bamako", "2012-01-01")
        + row(4, "Some Airport", "Some Airport", "", 14.2, -4.1, "S", "AIRP", "ML", "", "06", "99", "", "", 0, "", 0, "Africa/Bamako", "2012-01-01")
        + row(5, "Some River", "Some River", "", 14.2, -4.1, "H", "STM", "ML", "", "06", "", "", "", 0, "", 0, "Africa/Bamako", "2012-01-01")
    )
    places = {p["name"]: p for p in parse_dump(dump(tmp_path, text))}
    assert set(places) == {"Région de Test", "Cercle de Testa", "Kanibougou"}  # airports and rivers are left out
    village = places["Kanibougou"]
    assert (village["admin1"], village["admin2"], village["population"]) == ("Région de Test", "Cercle de Testa", 120)
    assert village["alt_names"] == "Kanibugu"  # non-Latin alternate names are dropped


def test_bad_dumps_name_file_and_line(tmp_path):
    with pytest.raises(GeoNamesError, match="XX.txt:1"):
        parse_dump(dump(tmp_path, "just\tthree\tcolumns\n"))
    with pytest.raises(GeoNamesError, match="XX.txt:1: bad coordinates"):
        parse_dump(dump(tmp_path, row(1, "A", "A", "", "north", -4, "P", "PPL", "ML", "", "06", "", "", "", 0, "", 0, "x", "y")))
