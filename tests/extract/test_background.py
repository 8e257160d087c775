"""What a protest is about, or what an agreement is meant to end, is no event of its own (synthetic sentences, not real reports)."""

from datetime import date

import pytest

from sahelwatch.extract.background import drop_background
from sahelwatch.extract.lexicon import lexicon
from sahelwatch.extract.text import fold


@pytest.mark.parametrize("text, lang", [
    ("On 3 May 2020, hundreds of people protested in Djibo against the killing of six civilians by soldiers.", "en"),
    ("On 3 May 2020, women marched in Kaya in support of the soldiers fighting jihadists.", "en"),
    ("Le 3 mai 2020, des centaines de personnes ont manifesté à Djibo contre l'assassinat de six civils par des soldats.", "fr"),
    ("On 3 May 2020, thousands of residents took to the streets of Dori to protest against massacres targeting herders.", "en"),
    ("Le 3 mai 2020, des habitants ont marché à Kaya et ont dénoncé les attaques contre les convois.", "fr"),
])
def test_the_violence_a_protest_is_about_is_neither_its_type_nor_its_dead(coder, text, lang):
    reports = coder.extract(text, date(2020, 5, 8), lang, "doc")
    assert [(r.sub_event_type, r.fatalities) for r in reports] == [("Peaceful protest", 0)]


def test_what_the_crowd_or_the_police_did_after_the_topic_still_counts(coder):
    text = "On 3 May 2020, protesters marched in Gao against the arrest of a trader, and police fired tear gas, killing two protesters."
    [r] = coder.extract(text, date(2020, 5, 8), "en", "doc")
    assert (r.sub_event_type, r.fatalities) == ("Excessive force against protesters", 2)
    [r] = coder.extract("On 3 May 2020, students marched in Ouagadougou to denounce insecurity and clashed with police.", date(2020, 5, 8), "en", "doc")
    assert r.sub_event_type == "Violent demonstration"


def test_drop_background_returns_the_topic_and_leaves_sentences_without_a_protest_alone():
    lex = lexicon("en")
    folded = fold("Youths protested against the killing of a trader.")
    groups = {"protest": [(7, 16)], "kill": [(30, 37)]}
    topics = drop_background(lex, folded, groups, (0, len(folded)))
    assert "kill" not in groups and topics and folded[topics[0][0] : topics[0][1]].startswith("against the killing")
    groups = {"kill": [(30, 37)]}
    assert drop_background(lex, folded, groups, (0, len(folded))) == [] and groups == {"kill": [(30, 37)]}


def test_a_gathering_of_armed_men_is_no_protest(coder):
    text = "Un drone de l'armée nigérienne a frappé lundi un rassemblement de terroristes près de Tillabéri."
    [r] = coder.extract(text, date(2020, 5, 8), "fr", "doc")
    assert r.sub_event_type == "Air/drone strike"
    [r] = coder.extract("Un rassemblement des élèves a eu lieu lundi à Niamey.", date(2020, 5, 8), "fr", "doc")
    assert r.sub_event_type == "Peaceful protest"


@pytest.mark.parametrize("text, lang, location", [
    ("On 3 May 2020, gunmen abducted a priest in the village of Toulfe, according to the diocese of Ouahigouya.", "en", "Toulfe"),
    ("Le 3 mai 2020, des hommes armés ont enlevé un prêtre au village de Toulfe, selon le diocèse de Ouahigouya.", "fr", "Toulfe"),
    # a source's place is still the event's when the sentence names no other
    ("On 3 May 2020, gunmen abducted a priest, according to local sources in Djibo.", "en", "Djibo"),
])
def test_where_a_source_speaks_from_is_not_where_the_event_happened(coder, text, lang, location):
    [r] = coder.extract(text, date(2020, 5, 8), lang, "doc")
    assert r.location == location


@pytest.mark.parametrize("text, lang", [
    ("On 13 October 2024, Dozo and Fulani representatives signed a non-aggression agreement in Macina, aiming to end months "
     "of killings and livestock raids.", "en"),
    ("Le 13 octobre 2024, des représentants dozos et peuls ont signé un accord de non-agression à Macina pour mettre fin "
     "aux tueries et aux vols de bétail.", "fr"),
])
def test_the_violence_an_agreement_is_meant_to_end_is_not_its_type(coder, text, lang):
    reports = coder.extract(text, date(2024, 10, 15), lang, "doc")
    assert [(r.sub_event_type, r.fatalities) for r in reports] == [("Agreement", 0)]


def test_an_agreement_broken_by_a_killing_is_still_violence(coder):
    text = "On 13 October 2024, gunmen killed two Dozo leaders in Macina who had signed an agreement with Fulani herders."
    [r] = coder.extract(text, date(2024, 10, 15), "en", "doc")
    assert r.event_type != "Strategic developments" and r.fatalities == 2


@pytest.mark.parametrize("text, lang", [
    ("On 17 February 2026, soldiers arrested five people in Dapaong suspected of taking part in the lynching of a vendor.", "en"),
    ("Le 17 février 2026, les forces de sécurité ont interpellé à Dapaong cinq personnes soupçonnées d'avoir pris part au lynchage.", "fr"),
])
def test_what_people_arrested_are_suspected_of_is_no_event(coder, text, lang):
    reports = coder.extract(text, date(2026, 2, 18), lang, "doc")
    assert [r.sub_event_type for r in reports] == ["Arrests"]


@pytest.mark.parametrize("text, lang", [
    ("On Friday, the governor of Douentza region imposed a curfew and banned motorcycle traffic in Douentza cercle, "
     "after a series of attacks on the road between Douentza and Boni.", "en"),
    ("Vendredi, le gouverneur de la région de Douentza a instauré un couvre-feu dans le cercle de Douentza, "
     "après une série d'attaques sur la route entre Douentza et Boni.", "fr"),
])
def test_the_violence_a_measure_answers_is_no_event_of_its_own(coder, text, lang):
    [r] = coder.extract(text, date(2026, 3, 2), lang, "doc")
    assert r.event_type == "Strategic developments" and r.fatalities == 0
