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
