"""The coder on sentences written for these tests (synthetic, not real reports)."""

from datetime import date

import pytest

from extract.helpers import one


def test_attack_on_civilians(coder):
    r = one(coder, "On 25 July 2020, unknown gunmen killed two men in Boule (Barani, Kossi).", date(2020, 7, 28))
    assert (r.event_type, r.sub_event_type) == ("Violence against civilians", "Attack")
    assert r.actor1 == "Unidentified Armed Group (Burkina Faso)" and r.actor2 == "Civilians (Burkina Faso)"
    assert (r.inter1, r.inter2, r.interaction) == (2, 7, 27)
    assert (r.event_date, r.time_precision, r.fatalities) == (date(2020, 7, 25), 1, 2)
    assert (r.location, r.country, r.admin2) == ("Boule", "Burkina Faso", "Kossi")


def test_battle_with_state_forces_named_by_period(coder):
    r = one(coder, "On 6 April 2020, the army killed eight suspected ISGS militants in the village of Debere-Doumam (Gorom-Gorom, Oudalan).", date(2020, 4, 10))
    assert (r.event_type, r.sub_event_type) == ("Battles", "Armed clash")
    assert r.actor1.startswith("Military Forces of Burkina Faso (2015-") and r.actor2 == "Islamic State (Greater Sahara)"
    assert r.fatalities == 8


def test_ied_author_named_in_the_next_sentence(coder):
    text = ("On 27 June 2020, three women were killed when their cart struck an IED near Solle (Solle, Loroum). "
            "The device was likely planted by JNIM militants.")
    r = one(coder, text, date(2020, 6, 30))
    assert r.sub_event_type == "Remote explosive/landmine/IED"
    assert r.actor1 == "JNIM: Group for Support of Islam and Muslims" and r.fatalities == 3
    # no author: a claim denied, or where a group operates
    for after in ("No group has claimed responsibility for the blast, but JNIM militants roam the area.", "The area is a stronghold of JNIM militants."):
        r = one(coder, text.replace("The device was likely planted by JNIM militants.", after), date(2020, 6, 30))
        assert r.actor1 == "Unidentified Armed Group (Burkina Faso)", after
    # a group named after the next sentence's verb was attacked, not the author
    r = one(coder, text.replace("The device was likely planted by JNIM militants.", "The attackers had first targeted a post of JNIM fighters."), date(2020, 6, 30))
    assert r.actor1 == "Unidentified Armed Group (Burkina Faso)"
    fr = "Le 27 juin 2020, trois femmes ont été tuées par l'explosion d'un engin explosif près de Solle (Solle, Loroum). "
    assert one(coder, fr + "L'engin aurait été posé par le JNIM.", date(2020, 6, 30), "fr").actor1.startswith("JNIM")
    r = one(coder, fr + "Aucun groupe n'a revendiqué l'attaque, mais la zone est un bastion du JNIM.", date(2020, 6, 30), "fr")
    assert r.actor1 == "Unidentified Armed Group (Burkina Faso)"


def test_french_night_attack_with_evidence(coder):
    text = "Des hommes armés ont attaqué dans la nuit de samedi à dimanche le poste de gendarmerie de Nioro du Sahel, tuant deux gendarmes."
    r = one(coder, text, date(2025, 5, 6), "fr")
    assert r.event_type == "Battles" and r.event_date == date(2025, 5, 3) and r.fatalities == 2
    # the gendarmerie attacked is the target (ACLED codes Mali's gendarmerie with its police forces)
    assert r.country == "Mali" and r.actor2.startswith("Police Forces of Mali (2021-")
    assert r.evidence[0].text == text
    for spans in r.field_evidence.values():
        for s in spans:
            assert text[s.start : s.end] == s.text


def test_protest_and_riot(coder):
    p = one(coder, "On 18 October 2019, residents staged a peaceful demonstration in Bamako against corruption.", date(2019, 10, 22))
    assert (p.event_type, p.actor1, p.inter1) == ("Protests", "Protesters (Mali)", 6)
    r = one(coder, "On 3 May 2020, angry youths burned tyres and barricaded roads in Ouagadougou.", date(2020, 5, 5))
    assert r.event_type == "Riots"


@pytest.mark.parametrize("text", [
    "JNIM could besiege Bamako in the coming months, experts warned.",
    "In July, JNIM carried out a record 54 attacks across Burkina Faso.",
    "The group threatened to attack convoys on the road to Kayes.",
    "Similar ambushes have been reported in recent weeks near Diéma and Kolokani.",
    "The 2019 attack on Boulkessi killed dozens of soldiers.",
])
def test_no_event_in_forecasts_statistics_threats_patterns_and_history(coder, text):
    assert coder.extract(text, date(2025, 9, 15), "en", "doc") == []


def test_machine_paraphrase_is_still_read(coder):
    text = "MOPTI — Jihadist opponents set fireplace to no less than 9 business vans on Sunday at the street between Hombori and Boni, killing 2 drivers."
    r = one(coder, text, date(2025, 3, 4))
    assert r.fatalities == 2 and r.event_date == date(2025, 3, 2)


def test_continuation_sentences_join_their_event(coder):
    text = ("BAMAKO, Sept 14 (Wire) - Suspected JNIM fighters ambushed a convoy of fuel tankers on Saturday near Sandaré, "
            "killing three drivers. The escort returned fire but the attackers were too many.")
    r = one(coder, text, date(2025, 9, 14))
    assert r.event_date == date(2025, 9, 13) and r.event_type == "Battles"
    assert "escort returned fire" in r.evidence[-1].text


SEEDS = __import__("pathlib").Path(__file__).resolve().parents[3] / "shared" / "seeds"


@pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds not present")
def test_seed_articles_report_no_dated_event(coder):
    """The two seed articles (one machine-paraphrased) are analysis: trends, warnings,
    statistics and history in passing, none of it a dated, located event."""
    for path in sorted(SEEDS.glob("*.txt")):
        assert coder.extract(path.read_text("utf-8"), date(2025, 11, 10), "en", path.name) == [], path.name


def test_every_coded_field_points_at_its_words(coder):
    text = "On 6 April 2020, the army killed eight suspected ISGS militants in the village of Debere-Doumam (Gorom-Gorom, Oudalan)."
    r = one(coder, text, date(2020, 4, 10))
    assert {"event_type", "event_date", "location", "fatalities", "actor1", "actor2"} <= set(r.field_evidence)
    assert r.field_evidence["actor1"][0].text == "army" and r.field_evidence["actor2"][0].text == "ISGS"
    assert r.field_evidence["fatalities"][0].text == "eight" and r.field_evidence["location"][0].text == "Debere-Doumam"


def test_communities_fighting_are_identity_militias(coder):
    text = "On 18 February 2020, members of the Gourmantche and Fulani communities clashed in the village of Bilanga. Three Fulani were killed."
    r = one(coder, text, date(2020, 2, 20))
    assert (r.event_type, r.inter1, r.inter2, r.interaction) == ("Battles", 4, 4, 44)
    assert r.actor1 == "Gourmantche Ethnic Militia (Burkina Faso)" and r.actor2 == "Fulani Ethnic Militia (Burkina Faso)"
    assert r.fatalities == 3


def test_armed_response_in_a_later_sentence_makes_a_battle(coder):
    text = ("On 20 July 2020, suspected Fulani militiamen attacked the village of Tagari (Koro, Mopti). "
            "Village self-defense groups responded to the attack.")
    assert one(coder, text, date(2020, 7, 22)).event_type == "Battles"


def test_history_in_passing_is_not_folded_into_the_event(coder):
    r = one(coder, "Des hommes armés ont attaqué Djibo mardi. En 2022, une attaque similaire avait fait 35 morts.", date(2025, 3, 4), "fr")
    assert r.fatalities == 0 and len(r.evidence) == 1


def test_passive_subjects_are_the_targets(coder):
    r = one(coder, "On 3 May 2020, a police patrol was attacked near Djibo (Djibo, Soum), one policeman was killed.", date(2020, 5, 5))
    assert r.event_type == "Battles" and r.actor2.startswith("Police Forces of Burkina Faso") and r.inter1 == 2


def test_a_date_given_outright_beats_a_weekday(coder):
    text = "On 1 December 2019, suspected JNIM militants attacked a church in Hantoukoura during Sunday mass, and killed fourteen worshippers."
    assert one(coder, text, date(2020, 2, 12)).event_date == date(2019, 12, 1)


def test_the_day_named_before_its_bracketed_range(coder):
    text = "Around 17 May 2020 (between 12 - 21 May), the army dismantled a militant base near Djibo and killed one militant."
    r = one(coder, text, date(2020, 5, 30))
    assert r.event_date == date(2020, 5, 17)


def test_a_later_claim_names_the_unidentified_attacker(coder):
    text = ("On 2 May 2020, presumed militants ambushed a gendarmerie unit in Gaskinde, killed one gendarme and wounded another. "
            "A third went missing. JNIM claimed responsibility.")
    r = one(coder, text, date(2020, 5, 4))
    assert r.actor1.startswith("JNIM") and r.inter1 == 2


def test_french_elisions_do_not_hide_trigger_words(coder):
    r = one(coder, "Le 2 janvier 2025, trois militaires ont été tués par l'explosion d'une mine à Fada N'Gourma.", date(2025, 1, 4), "fr")
    assert (r.event_type, r.sub_event_type) == ("Explosions/Remote violence", "Remote explosive/landmine/IED")


def test_the_aftermath_of_an_event_is_no_event(coder):
    text = ("Gunmen attacked a village near Titao on Saturday, killing four civilians. "
            "The wounded were evacuated to Ouahigouya on Sunday morning.")
    r = one(coder, text, date(2025, 1, 6))
    assert r.fatalities == 4


def test_fighters_are_no_fight(coder):
    # 'combattants' / 'combatants' name the attackers; they are no clash word
    r = one(coder, "Des combattants du JNIM ont attaqué un poste militaire à Boni lundi, tuant cinq soldats.", date(2025, 1, 22), "fr")
    assert r.actor1.startswith("JNIM") and r.event_type == "Battles"


def test_a_village_that_fights_back_makes_a_battle(coder):
    text = ("On 15 June 2020, suspected Fulani militiamen attacked the Dogon village of Bonomon, near Madougou (Koro, Mopti). "
            "The village self-defense repelled the attack. No casualties reported.")
    assert one(coder, text, date(2020, 6, 20)).event_type == "Battles"
    text = "On 5 July 2020, Dogon militiamen attacked the Fulani village of Nema (Bankass, Mopti). Fulani villagers repelled the attack."
    assert one(coder, text, date(2020, 7, 8)).event_type == "Battles"


def test_an_off_duty_soldier_is_a_civilian_victim(coder):
    r = one(coder, "On 19 July 2020, suspected JNIM militants abducted an off-duty soldier between Boni and Douentza.", date(2020, 7, 22))
    assert r.event_type == "Violence against civilians"


def test_two_countries_forces_named_together_the_first_leads(coder):
    r = one(coder, "On 15 May 2020, Burkinabe and Nigerien forces carried out a joint operation and killed four militants near Sebba.", date(2020, 5, 17))
    assert r.actor1 == "Military Forces of Burkina Faso (2015-2022)"
    r = one(coder, "On 9 November 2019, French and/or Burkinabe forces conducted an airstrike targeting militants near Djibo.", date(2019, 11, 10))
    assert r.actor1 == "Military Forces of France (2017-)"


def test_a_country_militia_without_a_known_country_keeps_acleds_countryless_name(coder):
    r = one(coder, "On 25 July 2020, Dozo militiamen killed sixteen militants in Nowheretestbougou.", date(2020, 7, 27))
    assert r.country is None and r.actor1 == "Dozo Militia" and r.fatalities == 16


def test_a_lynching_is_mob_violence_whoever_the_victims(coder):
    r = one(coder, "On 27 July 2020, residents in Bamako lynched two armed robbers who had opened fire on a shop.", date(2020, 7, 28))
    assert (r.event_type, r.sub_event_type, r.actor1) == ("Riots", "Mob violence", "Rioters (Mali)")
    r = one(coder, "On 3 May 2020, a mob lynched a suspected cattle thief in Ouahigouya.", date(2020, 5, 8))
    assert (r.actor1, r.actor2, r.inter2) == ("Rioters (Burkina Faso)", "Civilians (Burkina Faso)", 7)  # the civilians a mob attacks (ACLED)


@pytest.mark.parametrize("text, lang, sub", [
    ("On 18 December 2019, striking students assaulted two teachers in Saaba.", "en", "Mob violence"),
    ("On 29 October 2019, locals in Gao beat up two suspected thieves.", "en", "Mob violence"),
    ("On 5 December 2019, students at the University of Niamey damaged the vehicle of the minister.", "en", "Violent demonstration"),
    ("Le 18 décembre 2019, des habitants de Gao ont battu deux voleurs présumés.", "fr", "Mob violence"),
    ("On 22 November 2019, butchers ransacked and burned the Koglweogo headquarters in Ouagadougou.", "en", "Violent demonstration"),
])
def test_a_crowd_with_no_arms_that_beats_or_burns_is_a_riot(coder, text, lang, sub):
    r = one(coder, text, date(2019, 12, 20), lang)
    assert (r.event_type, r.sub_event_type) == ("Riots", sub) and r.actor1.startswith("Rioters")


@pytest.mark.parametrize("text", [
    "On 18 December 2019, armed villagers attacked two herders in Saaba.",  # armed: not a crowd
    "On 18 December 2019, two women were assaulted by unknown men in Saaba.",  # the crowd word is the victim
    "On 18 December 2019, gunmen attacked villagers in Saaba.",  # someone armed acts first
])
def test_armed_people_or_a_crowd_attacked_is_no_riot(coder, text):
    assert one(coder, text, date(2019, 12, 20)).event_type == "Violence against civilians"


def test_civilians_who_fight_armed_men_are_a_communal_militia_in_a_battle(coder):
    r = one(coder, "On 6 September 2020, youths in Djibo ambushed a group of suspected ISGS militants and killed two of them.", date(2020, 9, 8))
    assert (r.event_type, r.actor1, r.actor2) == ("Battles", "Unidentified Communal Militia (Burkina Faso)", "Islamic State (Greater Sahara)")
    assert r.inter1 == 4 and r.fatalities == 2
    r = one(coder, "On 6 September 2020, ISGS militants ambushed youths in Djibo and killed two of them.", date(2020, 9, 8))
    assert r.event_type == "Violence against civilians"


def test_people_killed_amid_clashes_are_no_count_of_clashes(coder):
    r = one(coder, "On 15 August 2020, Fulani militiamen attacked the Dogon village of Toumpou and killed four people amidst clashes.", date(2020, 8, 17))
    assert (r.event_type, r.fatalities) == ("Battles", 4)


def test_the_date_of_a_statement_is_not_a_new_event(coder):
    text = ("Militants attacked the army camp in Boulkessi on Sunday, residents said. The Malian army said in a statement "
            "on Monday that it had repelled the attack and killed around 40 assailants.")
    r = one(coder, text, date(2026, 1, 13))
    assert (r.event_date, r.fatalities) == (date(2026, 1, 11), 40)
    r = one(coder, "L'armée a indiqué lundi que des terroristes ont attaqué le poste de Boulkessi dimanche.", date(2026, 1, 13), "fr")
    assert r.event_date == date(2026, 1, 11)
    # nothing else dates it: the statement's day stands in
    r = one(coder, "The army said on Monday it killed 20 militants near Djibo.", date(2026, 1, 14))
    assert r.event_date == date(2026, 1, 12)


@pytest.mark.parametrize("text, lang", [
    ("No group had claimed responsibility for the ambush by Sunday evening.", "en"),
    ("The government condemned the attack on Monday.", "en"),
    ("Five of those abducted were released after ransoms were paid, according to community sources.", "en"),
    ("Les trois personnes enlevées n'avaient toujours pas été libérées lundi soir.", "fr"),
])
def test_a_sentence_about_an_event_told_already_is_no_new_event(coder, text, lang):
    assert coder.extract(text, date(2024, 11, 12), lang, "r") == []


def test_an_abduction_with_its_release_told_in_one_sentence_stays_an_event(coder):
    text = "Le 20 novembre, deux agents de santé ont été enlevés par des hommes armés près de Bankass ; ils ont été relâchés le lendemain."
    r = one(coder, text, date(2024, 11, 22), "fr")
    assert r.sub_event_type == "Abduction/forced disappearance"


def test_a_tally_over_weeks_is_no_event_and_a_status_date_no_new_one(coder):
    text = "During the first three weeks of August, partners recorded one IED incident on the Dori road and the abduction of three health workers."
    assert coder.extract(text, date(2026, 8, 25), "en", "s") == []
    text = ("On Monday, gunmen burned nine trucks near Boni. No casualties were reported, but two of the drivers "
            "were taken away by the attackers and their whereabouts were unknown on Tuesday.")
    r = one(coder, text, date(2025, 3, 5))
    assert r.event_date == date(2025, 3, 3)


def test_policy_measures_and_new_operations_are_changes_to_activity_only_when_dated(coder):
    r = one(coder, "On 2 January 2020, the governor of the Est Region extended the curfew by three months.", date(2020, 1, 3))
    assert (r.event_type, r.sub_event_type) == ("Strategic developments", "Change to group/activity")
    assert coder.extract("A curfew is in force in the Est Region.", date(2020, 1, 3), "en", "c") == []


def test_people_burned_alive_were_killed(coder):
    r = one(coder, "On 24 April 2020, soldiers arrested three men and burned them alive in Intahaka.", date(2020, 4, 26))
    assert (r.event_type, r.sub_event_type) == ("Violence against civilians", "Attack")


@pytest.mark.parametrize("text", [
    "On 12 January 2020, unknown gunmen reportedly coming from Nigeria attacked the village of Karamini (Guidan Roumji, Maradi) and pillaged shops.",
    "On 8 June 2020, a suspected Nigerian armed group abducted six people in Dan Dela (Guidan Sori, Maradi).",
    "On 12 January 2020, unknown gunmen (believed to be Nigerians) killed one person in the village of Sanguerawa (Guidan Roumji, Maradi).",
])
def test_gunmen_from_another_country_are_named_after_it(coder, text):
    r = one(coder, text, date(2020, 6, 10))
    assert (r.country, r.actor1) == ("Niger", "Unidentified Armed Group (Nigeria)")


def test_where_the_event_took_place_joins_it_and_places_it(coder):
    text = ("Un car a sauté sur un engin explosif improvisé dimanche sur la route reliant Fada N'Gourma à Pama. "
            "L'explosion s'est produite non loin de Kompienbiga.")
    r = one(coder, text, date(2024, 4, 9), "fr")
    assert r.location == "Kompienbiga"


def test_a_distance_from_one_place_is_finer_than_a_stretch_between_two(coder):
    text = ("Militants set fire to nine trucks on Sunday on the national road between Hombori and Boni. "
            "The gunmen stopped the vehicles at a makeshift checkpoint about 15 kilometres west of Boni and burned their cargo.")
    r = one(coder, text, date(2025, 3, 4))
    assert (r.location, r.geo_precision) == ("Boni", 2)


@pytest.mark.parametrize("text, lang", [
    ("Selon lui, une trentaine de camions ont été incendiés sur les routes de l'Est depuis le début de l'année, et plusieurs chauffeurs ont été tués.", "fr"),
    ("Since the start of the year, some thirty trucks have been burned on the roads of the east and several drivers killed.", "en"),
    ("Une telle grève priverait plusieurs localités, dont Gayéri et Kantchari, de leurs approvisionnements.", "fr"),
])
def test_a_tally_since_the_start_of_the_year_or_such_a_strike_is_no_event(coder, text, lang):
    assert coder.extract(text, date(2025, 10, 5), lang, "t") == []


def test_a_ransom_demanded_by_kidnappers_is_no_protest(coder):
    text = ("On 1 June 2026, a cattle trader was seized by armed men on the road to Banikoara; his relatives said "
            "the kidnappers had called to demand a ransom.")
    r = one(coder, text, date(2026, 6, 8))
    assert (r.event_type, r.sub_event_type) == ("Violence against civilians", "Abduction/forced disappearance")
    r = one(coder, "On 1 June 2026, hundreds of residents gathered in Kandi to demand more security.", date(2026, 6, 8))
    assert r.event_type == "Protests"


def test_a_base_opened_days_before_the_operation_told(coder):
    text = ("On Saturday, the army carried out an operation against smugglers near Tougbo, killing two of them. "
            "The operation came days after the army opened a new forward operating base at Téhini.")
    reports = coder.extract(text, date(2024, 8, 27), "en", "b")
    base = [r for r in reports if r.sub_event_type == "Headquarters or base established"]
    assert len(base) == 1 and base[0].event_date == date(2024, 8, 19) and base[0].time_precision == 2


def test_a_named_group_after_the_verb_is_the_target(coder):
    r = one(coder, "On 27 September 2018, unknown gunmen attacked a GATIA position near Amalaoulaou, killing two combatants.", date(2018, 9, 30))
    assert r.event_type == "Battles" and r.actor2.startswith("GATIA")
    # one person of the group, shot by gunmen: an attack on a civilian (ACLED)
    r = one(coder, "On 22 May 2019, unknown gunmen opened fire against a CMA member in Gao, the victim was severely wounded.", date(2019, 5, 25))
    assert (r.event_type, r.sub_event_type) == ("Violence against civilians", "Attack")
    # militants named in the first clause, 'the assailants' in the last: one side
    r = one(coder, "On 10 January 2019, presumed JNIM militants attacked the village of Gasseliki, 12 people were killed, and shops "
                   "were torched by the assailants.", date(2019, 1, 12))
    assert r.event_type == "Violence against civilians"


def test_a_lead_with_neither_date_nor_place_still_tells_its_event(coder):
    r = one(coder, "Six soldiers were killed and three wounded in an attack by Boko Haram.", date(2016, 3, 2))
    assert (r.event_type, r.fatalities, r.event_date) == ("Battles", 6, None)
    r = one(coder, "Teachers marched to demand the payment of their arrears.", date(2016, 3, 2))
    assert r.event_type == "Protests" and r.event_date is None
    # a protest said to have been held, the word before or after it
    for text, lang in (("A sit-in was organised by SYNACSAB to protest the bad working conditions.", "en"),
                       ("Tollbooth workers launched a three-day nationwide sit-in.", "en"),
                       ("Un sit-in a été organisé par le SYNTSHA devant le ministère pour exiger le paiement des primes.", "fr")):
        assert one(coder, text, date(2016, 3, 2), lang).sub_event_type == "Peaceful protest", text
    assert coder.extract("Des sit-in sont organisés régulièrement dans le pays.", date(2016, 3, 2), "fr", "d") == []
    # a crowd that rioted; not riots as a kind of event
    assert one(coder, "Students rioted, tearing the flag, burning property and attacking teachers.", date(2016, 3, 2)).event_type == "Riots"
    assert one(coder, "Several hundred rioters attacked the building of the state broadcaster.", date(2016, 3, 2)).event_type == "Riots"
    assert coder.extract("Riots have become frequent in the capital.", date(2016, 3, 2), "en", "d") == []
    assert one(coder, "A total of 12 soldiers were killed in an ambush near Djibo.", date(2016, 3, 2)).fatalities == 12
    assert coder.extract("A total of 54 attacks were recorded in July across Burkina Faso.", date(2016, 8, 2), "en", "d") == []
    assert one(coder, "Des dizaines de manifestants ont marché à Niamey pour réclamer le départ des forces françaises.", date(2016, 3, 2), "fr").sub_event_type == "Peaceful protest"
    assert coder.extract("Au total, 54 attaques ont été enregistrées en juillet au Burkina Faso.", date(2016, 8, 2), "fr", "d") == []
    r = one(coder, "Armed men attacked a truck carrying migrants, killing four and wounding six.", date(2016, 3, 2))
    assert (r.event_type, r.fatalities) == ("Violence against civilians", 4)
    r = one(coder, "French and Chadian troops clashed with Islamists in the mountains.", date(2013, 3, 2))
    assert r.event_type == "Battles"
    # two sides named in a fight ('Ansar Dine attacked a military base'); not one force alone, nor firefighters
    r = one(coder, "French and Chadian troops clashed with Ansar Dine fighters in the mountains.", date(2013, 3, 2))
    assert r.event_type == "Battles" and r.event_date is None
    assert coder.extract("Police used tear gas while firefighters attended to the scene.", date(2016, 3, 2), "en", "d") == []
    # armed men who took someone
    r = one(coder, "Unknown gunmen have abducted a trader and his driver.", date(2017, 3, 2))
    assert (r.sub_event_type, r.inter1) == ("Abduction/forced disappearance", 2)  # no country: the group stays unnamed
    assert coder.extract("Abductions have become common along the road.", date(2017, 3, 2), "en", "d") == []
    # whoever protested, named or not; a four-digit count of people is no year
    for text in ("The teachers' union organised a sit-in to protest against the new curriculum.",
                 "2000 people demonstrated against the constitutional reform."):
        assert one(coder, text, date(2016, 3, 2)).sub_event_type == "Peaceful protest"
    # not a kind of event, nor the same words deep in an analysis (history in passing)
    assert coder.extract("Protests have been held across the country in recent weeks.", date(2016, 3, 2), "en", "d") == []
    assert coder.extract("Attacks on fuel convoys have multiplied on the road to Kayes.", date(2016, 3, 2), "en", "d") == []
    # ... but clashes that name both sides are one event, dated or not
    r = one(coder, "Clashes reported between the Malian army and unknown gunmen aboard motorbikes in Bentia, south of Ansongo.", date(2017, 3, 2))
    assert (r.event_type, r.actor1) == ("Battles", "Military Forces of Mali (2013-2020)")
    assert coder.extract("The tri-border area has long seen frequent attacks by the Islamic State Sahel Province and JNIM.",
                         date(2025, 5, 31), "en", "d") == []
    assert coder.extract("JNIM has killed more than 300 people in the region.", date(2016, 3, 2), "en", "d") == []
    analysis = ("JNIM has grown stronger. Its fighters tax the roads. Experts fear a siege. "
                "Its ambush on a convoy of Malian soldiers resulted in the deaths of 50 soldiers.")
    assert coder.extract(analysis, date(2025, 11, 10), "en", "d") == []


def test_a_year_that_names_a_thing_is_not_the_event_date(coder):
    r = one(coder, "On 2 March 2019, people took to the streets of Zinder to protest against the 2018 finance law.", date(2019, 3, 4))
    assert r.event_date == date(2019, 3, 2)
    r = one(coder, "People took to the streets of Zinder to protest against the 2018 finance law.", date(2019, 3, 4))
    assert r.event_type == "Protests" and r.event_date is None  # no date of its own: null, never 2018
    # 'the 2018 attack' is history in passing
    assert coder.extract("The 2018 attack on the base in Boulkessi killed 12 soldiers.", date(2020, 3, 4), "en", "d") == []


def test_the_dead_counted_before_the_subject_are_its_target(coder):
    r = one(coder, "On 2 May 2017, two soldiers killed and one injured in an ambush near Gao.", date(2017, 5, 4))
    assert r.event_type == "Battles" and r.actor2.startswith("Military Forces of Mali") and r.fatalities == 2
    r = one(coder, "On 2 May 2017, two soldiers killed three militants near Gao.", date(2017, 5, 4))
    assert r.actor1.startswith("Military Forces of Mali") and r.fatalities == 3


def test_deaths_told_after_an_ied_blast_are_no_fight(coder):
    text = ("On 3 May 2020, JNIM fighters detonated an IED destroying an armored vehicle of the Nigerien army between "
            "Bolsi and Bossey Bangou (Torodi, Tillabery). At least one soldier killed and two wounded.")
    r = one(coder, text, date(2020, 5, 5))
    assert (r.event_type, r.fatalities) == ("Explosions/Remote violence", 1)


def test_victims_said_to_be_unarmed_or_people_of_a_force_are_civilians(coder):
    r = one(coder, "On 11 April 2020, the Malian army executed seven unarmed individuals in the area of Soye (Mopti, Mopti) "
                   "while conducting clearing operations.", date(2020, 4, 13))
    assert (r.event_type, r.sub_event_type, r.fatalities) == ("Violence against civilians", "Attack", 7)
    r = one(coder, "On 14 December 2018, presumed Ansaroul Islam militants assassinated a police interpreter in Tongomayel.", date(2018, 12, 16))
    assert r.event_type == "Violence against civilians"


def test_the_date_a_sentence_opens_with_is_its_events_unless_it_dates_a_statement(coder):
    r = one(coder, "On 26 November 2019, a forest ranger went missing and was found murdered in Fada NGourma on Friday November 29.", date(2019, 12, 2))
    assert r.event_date == date(2019, 11, 26)
    # Tuesday 5 May 2020: Monday is when the army spoke, Saturday when the militants attacked
    r = one(coder, "On Monday, the army said that militants had attacked the base in Djibo on Saturday, killing two soldiers.", date(2020, 5, 5))
    assert r.event_date == date(2020, 5, 2) and r.actor1.startswith("Unidentified Armed Group")
    r = one(coder, "On Monday, the army said militants attacked a convoy near Djibo on Saturday.", date(2020, 5, 5))
    assert r.event_date == date(2020, 5, 2)


def test_people_abducted_then_killed_are_one_attack_dated_when_taken(coder):
    text = ("On 15 December 2018, presumed ISGS militants abducted a municipal councilor in the village of Nassougou. "
            "They brought him back to his village two days later and beheaded him.")
    r = one(coder, text, date(2018, 12, 20))
    assert (r.sub_event_type, r.fatalities, r.event_date) == ("Attack", 1, date(2018, 12, 15))
    r = one(coder, "On 11 January 2019, soldiers arrested an elderly man in Palal-Sambo, the corpse was found ten kilometers from the village.", date(2019, 1, 14))
    assert (r.event_type, r.fatalities) == ("Violence against civilians", 1)


def test_the_group_behind_an_attack_is_its_agent_in_french_too(coder):
    r = one(coder, "Le 3 mai 2020, six soldats ont été tués dans une attaque du JNIM près de Djibo.", date(2020, 5, 5), "fr")
    assert r.actor1.startswith("JNIM") and r.actor2.startswith("Military Forces of Burkina Faso") and r.fatalities == 6


def test_a_peaceful_protest_has_no_second_actor(coder):
    r = one(coder, "Des centaines de personnes ont manifesté samedi à Niamey contre la présence des forces étrangères.", date(2020, 5, 5), "fr")
    assert (r.sub_event_type, r.actor1, r.actor2, r.interaction) == ("Peaceful protest", "Protesters (Niger)", None, 60)


def test_islamic_state_fighters_are_the_branch_where_they_fought(coder):
    r = one(coder, "On 3 May 2020, Islamic State fighters killed five villagers in Tillaberi.", date(2020, 5, 5))
    assert r.actor1 == "Islamic State (Greater Sahara)"
    r = one(coder, "On 3 May 2020, Islamic State fighters killed five villagers near Diffa.", date(2020, 5, 5))
    assert r.actor1 == "Islamic State (West Africa)"


def test_groups_inside_jnim_take_its_name_when_acled_did(coder):
    r = one(coder, "On 12 May 2018, presumed AQIM militants attacked a checkpoint in Ber, killing two soldiers.", date(2018, 5, 14))
    assert r.actor1.startswith("JNIM")
    r = one(coder, "On 12 May 2015, presumed AQIM militants attacked a checkpoint in Ber, killing two soldiers.", date(2015, 5, 14))
    assert r.actor1.startswith("AQIM")


def test_gunmen_whose_attack_is_put_down_to_a_group_are_that_group(coder):
    r = one(coder, "Le 3 mai 2020, des hommes armés ont tué six soldats dans une attaque du JNIM près de Djibo.", date(2020, 5, 5), "fr")
    assert r.actor1.startswith("JNIM")
    r = one(coder, "On 2 May 2020, gunmen killed six soldiers near Djibo in an attack claimed by ISGS.", date(2020, 5, 5))
    assert r.actor1 == "Islamic State (Greater Sahara)"
    r = one(coder, "On 2 July 2020, unknown gunmen carjacked a vehicle from an MSA militiaman in Menaka.", date(2020, 7, 4))
    assert r.actor1.startswith("Unidentified Armed Group")


def test_an_undated_report_names_forces_as_of_its_publication(coder):
    r = one(coder, "Six soldiers were killed in an attack by Boko Haram near Diffa.", date(2016, 3, 2))
    assert r.event_date is None and r.actor2 == "Military Forces of Niger (2011-2023)"
    assert r.actor1 == "Islamic State (West Africa)"  # ACLED's name for Boko Haram in Niger then


def test_forces_named_together_fight_on_one_side(coder):
    r = one(coder, "On 2 May 2020, Malian soldiers and Russian mercenaries killed 12 suspected militants near Nioro du Sahel.", date(2020, 5, 5))
    assert (r.actor1, r.assoc_actor_1) == ("Military Forces of Mali (2013-2020)", "Wagner Group")
    assert r.actor2.startswith("Unidentified Armed Group")


def test_fighters_who_lay_down_arms_make_an_agreement(coder):
    r = one(coder, "On 7 September 2018, 50 ISGS members agreed to lay down arms following a meeting in Banibangou.", date(2018, 9, 9))
    assert (r.event_type, r.sub_event_type, r.actor2) == ("Strategic developments", "Agreement", None)
    assert coder.extract("JNIM said it would never lay down its arms.", date(2018, 9, 9), "en", "d") == []


VAC, SD, RIOTS = "Violence against civilians", "Strategic developments", "Riots"
LOOTING = "Looting/property destruction"


# (text, publication date, event_type, sub_event_type); None: not checked
TYPE_CASES = [
    # demonstrators who clash with security forces riot
    ("On 8 December 2018, the opposition organized protests in Bamako, clashes erupted with security forces who dispersed gatherings by firing teargas.", date(2018, 12, 9), RIOTS, "Violent demonstration"),
    ("On 2 June 2018, a march in Bamako turned violent when security forces fired warning shots.", date(2018, 6, 3), RIOTS, None),
    # people abducted and hurt were attacked
    ("On 21 May 2020, militants abducted two civilians near Douentza; one was tortured and released.", date(2020, 5, 23), None, "Attack"),
    ("On 21 May 2020, militants abducted two civilians near Douentza.", date(2020, 5, 23), None, "Abduction/forced disappearance"),
    # shots fired at people who are robbed make an attack; robbery alone is looting
    ("On 26 December 2019, unknown gunmen opened fire against transport trucks near Bla and stripped passengers of their belongings.", date(2019, 12, 28), VAC, "Attack"),
    ("On 26 December 2019, unknown gunmen stopped transport trucks near Bla and stripped passengers of their belongings.", date(2019, 12, 28), None, LOOTING),
    # roads blocked by a crowd make a riot; soldiers who ransack do not
    ("On 2 March 2017, students blocked the RN4 route with bikes in Koupela to protest the state of the schools.", date(2017, 3, 4), RIOTS, "Violent demonstration"),
    ("On 10 April 2020, the Malian army ransacked homes and burned motorbikes in the Fulani village of Manga (Djenne, Mopti).", date(2020, 4, 12), SD, LOOTING),
    # shots fired at a vehicle are an attack; a church set ablaze is property destroyed
    ("On 21 November 2018, unknown gunmen fired shots at a truck transporting livestock near Eguela, the driver escaped unharmed.", date(2018, 11, 23), VAC, "Attack"),
    ("On 11 October 2019, unknown individuals set a church ablaze in Niamey.", date(2019, 10, 13), SD, LOOTING),
    # a building named after a person is property
    ("On 28 October 2019, suspected JNIM militants attacked the mayor's office in the village of Tindirma, "
     "ransacked the facility and burned all administrative documents.", date(2019, 10, 30), SD, LOOTING),
    # a protest against attacks is a protest
    ("On 6 October 2018, women in Bobo-Dioulasso marched in support of the security forces amid militant attacks.", date(2018, 10, 8), "Protests", "Peaceful protest"),
]


@pytest.mark.parametrize("text, published, event_type, sub_event_type", TYPE_CASES)
def test_event_type(coder, text, published, event_type, sub_event_type):
    r = one(coder, text, published)
    if event_type is not None:
        assert r.event_type == event_type
    if sub_event_type is not None:
        assert r.sub_event_type == sub_event_type


def test_attackers_who_fell_show_a_fight(coder):
    r = one(coder, "On 3 May 2015, CMA fighters attacked the town of Dire, and two militants were killed.", date(2015, 5, 8))
    assert (r.event_type, r.fatalities) == ("Battles", 2)


def test_an_operation_against_militants_is_a_battle(coder):
    for text in ("On 29 May 2019, French and Burkinabe military forces conducted joint operations targeting suspected ISGS militants near Djibo, camps were dismantled.",
                 "On 28 July 2020, French and Malian forces conducted an operation against ISGS militants near Menaka."):
        assert one(coder, text, date(2020, 8, 1)).sub_event_type == "Armed clash", text


@pytest.mark.parametrize("text, lang", [
    ("On Sunday night, gunmen attacked a village near Kpendjal, killing ten people.\n\n"
     "The attack comes a week after the discovery, last Tuesday, of an explosive device on a track near Mandouri. "
     "The device was destroyed by soldiers without casualties.", "en"),
    ("Dans la nuit de samedi à dimanche, des hommes armés ont attaqué un village près de Kpendjal, tuant dix personnes.\n\n"
     "Cette attaque intervient une semaine après la découverte, mardi dernier, d'un engin explosif sur une piste proche de Mandouri. "
     "L'engin a été détruit par les militaires sans faire de victime.", "fr"),
])
def test_the_event_a_sequel_sentence_links_back_to_is_its_own_a_device_found(coder, text, lang):
    first, second = coder.extract(text, date(2025, 10, 28), lang, "doc")  # published on a Tuesday
    assert (first.event_type, first.fatalities) == ("Violence against civilians", 10)
    assert (second.sub_event_type, second.event_date, second.location) == ("Disrupted weapons use", date(2025, 10, 21), "Mandouri")
    assert second.fatalities == 0 and len(second.evidence) == 2  # the device destroyed is the same event


def test_an_ied_that_exploded_where_one_was_discovered_is_still_an_explosion(coder):
    r = one(coder, "On 3 May 2020, an IED discovered by herders exploded near Boni, killing two of them.", date(2020, 5, 5))
    assert r.sub_event_type == "Remote explosive/landmine/IED" and r.fatalities == 2


@pytest.mark.parametrize("text, lang", [
    ("Gunmen attacked a patrol near Tera on Sunday, killing four soldiers.\n\nThe army said it had repelled the assault. "
     "Officials said reinforcements were sent.\n\nIn December 2019, more than 70 soldiers died in an attack on the army camp at Inates.", "en"),
    ("Des hommes armés ont attaqué une patrouille près de Téra dimanche, tuant quatre soldats.\n\nL'armée a dit avoir repoussé l'assaut. "
     "Des renforts ont été envoyés.\n\nEn juin 2020, l'attaque d'un poste à Kafolo avait coûté la vie à dix soldats.", "fr"),
])
def test_a_month_named_long_ago_past_the_lead_is_history_in_passing(coder, text, lang):
    reports = coder.extract(text, date(2026, 7, 16), lang, "doc")
    assert [(r.event_date, r.fatalities) for r in reports] == [(date(2026, 7, 12), 4)]


def test_a_recent_month_or_a_month_in_the_lead_still_dates_an_event(coder):
    r = one(coder, "In June 2020, gunmen attacked a post at Kafolo, killing ten soldiers.", date(2020, 9, 16))
    assert r.event_date == date(2020, 6, 15) and r.fatalities == 10  # an older month in the lead: the report is about it


@pytest.mark.parametrize("text, lang", [
    ("L'assassinat, la semaine dernière, d'un transporteur abattu par des hommes armés sur la route de Gao à Ansongo "
     "a déclenché une vague de colère à Gao.", "fr"),
    ("The killing last week of a trader shot dead by gunmen on the road from Gao to Ansongo sparked a wave of anger in Gao.", "en"),
])
def test_a_wave_of_anger_is_no_pattern_of_events(coder, text, lang):
    r = one(coder, text, date(2026, 6, 30), lang)
    assert (r.event_type, r.fatalities, r.event_date, r.time_precision) == ("Violence against civilians", 1, date(2026, 6, 22), 2)


@pytest.mark.parametrize("text, lang", [
    ("Les autorités ont par ailleurs démenti les rumeurs d'une attaque contre un poste militaire à Téhini.", "fr"),
    ("The authorities also denied rumours of an attack on a military post in Tehini.", "en"),
])
def test_rumours_denied_are_no_event(coder, text, lang):
    assert coder.extract(text, date(2026, 8, 27), lang, "doc") == []


@pytest.mark.parametrize("text, lang", [
    ("Mercredi, l'état-major a annoncé l'interpellation à Bouna de sept individus soupçonnés de ravitailler des groupes armés.", "fr"),
    ("On Wednesday, the army said it had arrested seven people in Bouna suspected of supplying armed groups.", "en"),
])
def test_an_arrest_known_from_its_announcement_is_dated_on_or_before_that_day(coder, text, lang):
    r = one(coder, text, date(2026, 8, 27), lang)
    assert (r.sub_event_type, r.event_date, r.time_precision) == ("Arrests", date(2026, 8, 26), 2)


@pytest.mark.parametrize("text, lang", [
    ("On 18 July 2018, the army announced that its units had since 8 July killed 20 militants in operations near Djibo.", "en"),
    ("Le 18 juillet 2018, l'armée a annoncé que ses unités avaient tué depuis le 8 juillet 20 terroristes lors d'opérations près de Djibo.", "fr"),
])
def test_the_day_a_stretch_began_is_not_the_events_day(coder, text, lang):
    assert one(coder, text, date(2018, 7, 20), lang).event_date == date(2018, 7, 18)


@pytest.mark.parametrize("text, lang, expected", [
    ("In a separate case, two young herders abducted on 28 June near Nano were released on Sunday after their families paid.", "en",
     ("Abduction/forced disappearance", date(2025, 6, 28))),
    ("Par ailleurs, deux enseignants enlevés le 6 août sur la route de Méhana ont été libérés dimanche soir.", "fr",
     ("Abduction/forced disappearance", date(2025, 8, 6))),
    ("Samedi, plusieurs centaines de personnes ont défilé dans le calme à Tahoua pour exprimer leur soutien au journaliste.", "fr",
     ("Peaceful protest", date(2025, 8, 16))),
    ("Dimanche, une trentaine de membres de Dan Na Ambassagou ont remis leurs fusils aux autorités de Bankass.", "fr",
     ("Change to group/activity", date(2025, 8, 17))),
    ("Lundi, une patrouille des FAMa a été prise à partie par des hommes armés près de Tonka.", "fr",
     ("Armed clash", date(2025, 8, 18))),
])
def test_news_wordings_of_abductions_marches_disarmament_and_ambushes(coder, text, lang, expected):
    r = one(coder, text, date(2025, 8, 19), lang)
    assert (r.sub_event_type, r.event_date) == expected


@pytest.mark.parametrize("text, lang", [
    ("« Ils n'ont tiré sur personne », a raconté un habitant de Dialloubé.", "fr"),
    ("- Two abductions, one explosive incident and one cattle raid were reported in Loroum during the period.", "en"),
])
def test_no_shot_at_anyone_and_a_period_summary_are_no_event(coder, text, lang):
    assert coder.extract(text, date(2025, 12, 10), lang, "doc") == []


@pytest.mark.parametrize("text, lang", [
    ("On 8 March 2025, gunmen shot dead a soldier who was home on leave and two of his relatives in Safane.", "en"),
    ("Le 19 juillet 2026, un VDP a été abattu dans son champ près de Silly par des hommes armés.", "fr"),
    ("On 19 May 2025, the militants executed three hunters they had captured during the fighting near Mandiakuy.", "en"),
    ("Le 13 avril 2025, deux éleveurs qui tentaient d'empêcher des hommes armés d'emporter leurs troupeaux ont été abattus près de Logobou.", "fr"),
])
def test_soldiers_on_leave_captives_and_herders_guarding_herds_are_attacked_not_fought(coder, text, lang):
    assert one(coder, text, date(2026, 7, 21) if "2026" in text else date(2025, 5, 20), lang).event_type == "Violence against civilians"


def test_a_march_that_broke_up_by_itself_had_no_intervention(coder):
    text = ("Samedi, plusieurs centaines de personnes ont défilé dans le calme à Tahoua pour exprimer leur soutien aux FDS. "
            "Encadrés par la police, les manifestants ont remis une motion au gouverneur avant de se disperser.")
    [r] = coder.extract(text, date(2025, 2, 18), "fr", "doc")
    assert r.sub_event_type == "Peaceful protest"


def test_a_shooting_named_by_its_day_is_no_new_event(coder):
    text = ("On Monday, gendarmes opened fire on drivers who had blocked the main road in Kita, killing an apprentice. "
            "The governor has promised an investigation into Monday's shooting.")
    assert len(coder.extract(text, date(2025, 12, 4), "en", "doc")) == 1


@pytest.mark.parametrize("text, lang", [
    ("On Tuesday, about twenty Islamic State fighters laid down their arms and surrendered to the authorities in Ayorou. "
     "They handed over assault rifles, ammunition and three motorbikes.", "en"),
    ("Mardi, une vingtaine de combattants de l'État islamique ont déposé les armes et se sont rendus aux autorités à Ayorou. "
     "Ils ont remis des fusils d'assaut, des munitions et trois motos.", "fr"),
])
def test_assault_rifles_are_no_assault(coder, text, lang):
    [r] = coder.extract(text, date(2026, 10, 8), lang, "doc")
    assert r.event_type == "Strategic developments"


def test_the_day_after_in_a_paraphrase_dates_the_next_event(coder):
    text = ("Le samedi, un kamikaze à moto s'est fait exploser au poste de contrôle de Kabara, tuant deux soldats. "
            "Au jour d'après, plusieurs roquettes sont tombées aux alentours du camp militaire de l'aéroport de Tombouctou, sans faire de victimes.")
    reports = coder.extract(text, date(2026, 11, 17), "fr", "doc")
    assert [(r.sub_event_type, r.event_date) for r in reports] == [
        ("Suicide bomb", date(2026, 11, 14)), ("Shelling/artillery/missile attack", date(2026, 11, 15))]


@pytest.mark.parametrize("text, lang, sub_type, fatalities", [
    # farmers and herders fighting: communal militias, a battle (as ACLED codes 8 of the 12 such notes)
    ("Five people were killed and eight others injured during a clash between farmers and herders.", "en", "Armed clash", 5),
    ("Cinq personnes ont été tuées et huit autres blessées lors d'affrontements entre agriculteurs et éleveurs.", "fr", "Armed clash", 5),
    ("Clashes led to death of at least six CMA fighters.", "en", "Armed clash", 6),
])
def test_a_lead_that_counts_the_dead_of_a_clash_tells_its_event(coder, text, lang, sub_type, fatalities):
    r = one(coder, text, date(2016, 3, 2), lang)
    assert (r.sub_event_type, r.fatalities, r.event_date) == (sub_type, fatalities, None)


def test_cross_heads_are_titles_not_reports(coder):
    text = ("Un véhicule piégé a explosé samedi devant le camp militaire de Boni, tuant cinq soldats.\n\n"
            "## Frappes aériennes près de Hombori\n\n"
            "Dimanche, l'aviation militaire a frappé un regroupement de combattants près de Hombori, « neutralisant plusieurs "
            "dizaines de terroristes » impliqués dans l'attaque de la veille.\n\n"
            "Sit-in des commerçants à Sévaré\n\n"
            "Mardi matin, les commerçants de Sévaré ont observé un sit-in devant la mairie.")
    reports = coder.extract(text, date(2025, 7, 29), "fr", "doc")
    assert [(r.sub_event_type, r.event_date) for r in reports] == [
        ("Suicide bomb", date(2025, 7, 26)), ("Air/drone strike", date(2025, 7, 27)), ("Peaceful protest", date(2025, 7, 29))]


@pytest.mark.parametrize("text, lang", [
    ("Des jihadistes ont attaqué samedi le camp militaire de Boni. Ils ont tenté de pénétrer dans le camp, avant d'être repoussés par les "
     "tirs des soldats et par deux hélicoptères venus de Sévaré.", "fr"),
    ("Jihadists attacked the military camp at Boni on Saturday. They tried to enter the camp before being pushed back by the soldiers' "
     "fire and by two helicopters sent from Sévaré.", "en"),
])
def test_where_reinforcements_came_from_is_not_where_it_happened(coder, text, lang):
    [r] = coder.extract(text, date(2025, 7, 29), lang, "doc")
    assert r.location == "Boni"


@pytest.mark.parametrize("text, lang, expected", [
    # captives executed are no longer fighting: an attack, and they count as dead
    ("Deux chasseurs faits prisonniers pendant les combats ont été exécutés le lendemain matin près de Tamani.", "fr",
     ("Violence against civilians", "Attack", 2)),
    ("Three soldiers captured in the ambush were executed on Thursday near Arbinda.", "en", ("Violence against civilians", "Attack", 3)),
    ("Militants killed ten soldiers and captured three near Arbinda on Thursday.", "en", ("Battles", "Armed clash", 10)),
    # residents who beat to death a man suspected of informing armed men: mob violence
    ("Jeudi, des habitants de Guidan Roumdji ont battu jusqu'à la mort un homme soupçonné d'avoir renseigné les bandits.", "fr",
     ("Riots", "Mob violence", 1)),
    # the group the attack is put down to is the attacker, not a second side
    ("Dans la nuit du 20 mars, des hommes armés ont attaqué un village près d'Ayorou et tué sept hommes, selon le maire, qui attribue "
     "l'attaque à l'EIGS.", "fr", ("Violence against civilians", "Attack", 7)),
    # a measure taken after accusations of executions
    ("Le 15 mars, le gouverneur de Tillabéri a ordonné la dissolution des comités d'autodéfense d'Anzourou, après des accusations "
     "d'exécutions sommaires de bergers.", "fr", ("Strategic developments", "Change to group/activity", 0)),
    # 'kidnappers' are the armed side, and two of them killed are dead
    ("On Saturday, troops freed four truck drivers after a firefight with their kidnappers near Bankilaré. Two of the kidnappers were killed.",
     "en", ("Battles", "Armed clash", 2)),
])
def test_captives_crowds_blame_and_measures(coder, text, lang, expected):
    [r] = coder.extract(text, date(2026, 3, 26), lang, "doc")
    assert (r.event_type, r.sub_event_type, r.fatalities) == expected


def test_kidnappers_who_call_to_demand_money_hold_no_protest(coder):
    reports = coder.extract("On Monday, the company said the kidnappers had called twice to demand money for the four drivers.",
                            date(2025, 4, 24), "en", "doc")
    assert [r.event_type for r in reports] == ["Violence against civilians"]


def test_cattle_driven_away_with_nobody_hurt_is_looting(coder):
    # 'head of cattle' is no person; 'drove away' takes the herd
    r = one(coder, "On 1 December, armed men raided a village in Thiou commune and drove away an estimated 200 head of cattle.", date(2025, 12, 10))
    assert (r.event_type, r.sub_event_type) == ("Strategic developments", "Looting/property destruction")


@pytest.mark.parametrize("text, lang, published", [
    # a toll since a month is a statistic not an event
    ("Since September, at least 17 drivers have been killed on the roads of the Kayes region, according to the union.", "en", date(2025, 12, 4)),
    ("Depuis septembre, au moins 17 chauffeurs ont été tués sur les routes de la région de Kayes, selon le syndicat.", "fr", date(2025, 12, 4)),
    # a stretch since a month or a series of assaults is no event
    ("Since the group announced a blockade on fuel imports in early September, more than 90 tankers have been destroyed on the roads.", "en", date(2025, 11, 17)),
    ("Tombouctou a connu en l'espace de trois journées une série d'assauts qui rappellent aux habitants les heures les plus sombres.", "fr", date(2025, 11, 17)),
    # kidnapping for ransom as a trade is no event
    ("Most analysts expect attacks in northern Benin and Togo to remain at a high level in 2026, with kidnapping for ransom becoming a "
     "larger source of income for armed groups.", "en", date(2026, 3, 25)),
    ("La plupart des analystes s'attendent à ce que les attaques restent nombreuses dans le nord du Bénin en 2026, les enlèvements "
     "contre rançon devenant une source de revenus pour les groupes armés.", "fr", date(2026, 3, 25)),
    # tallies summaries and updates on old events are no event
    ("At least seven people were killed in the incidents recorded this week across Mali, Burkina Faso and Niger, according to our count.", "en", date(2025, 11, 13)),
    ("The main developments were an assault on the Tessit camp and the abduction of bus passengers in Burkina Faso's Sahel region.", "en", date(2025, 11, 13)),
    ("Six people abducted in Thiou commune in late September are still missing, according to their families.", "en", date(2025, 11, 13)),
    ("Six personnes enlevées dans la commune de Thiou fin septembre sont toujours portées disparues, selon leurs familles.", "fr", date(2025, 11, 13)),
    # week summaries hearsay fact checks and counts are no event
    ("Northern Benin's Atacora department has had a tense week, with a deadly quarrel between herders and farmers and a lynching in Matéri.", "en", date(2025, 5, 8)),
    ("La bande frontalière entre la région de Zinder et le Nigeria a connu une nouvelle flambée de violences cette semaine.", "fr", date(2025, 5, 8)),
    ("People here are saying that Cinkassé market was attacked last night. Is it true?", "en", date(2025, 5, 8)),
    ("It was the third attack on a customs or gendarmerie position in the Tchologo and Bagoué regions this year.", "en", date(2025, 5, 8)),
    ("- Aucun bilan de « 40 militaires tués » n'a été confirmé par une quelconque source.", "fr", date(2025, 5, 8)),
    ("The week brought an ambush, a ransom paid for four traders, air strikes and a rare march by women.", "en", date(2025, 5, 8)),
    ("The crowd carried out 61 moves in Mali within the month of July by myself, a file, in keeping with a tracking team.", "en", date(2026, 8, 24)),
    ("Au total, plus de 180 terroristes ont été neutralisés dans la région de l'Est au cours du mois de juillet.", "fr", date(2025, 8, 19)),
    ("In total, more than 180 militants were killed in the Est region during July, the army said.", "en", date(2025, 8, 19)),
    ("The Islamic State Sahel Province has been fighting Niger's army in the Tillabéri and Tahoua regions for a decade.", "en", date(2026, 2, 17)),
    ("A week of fighting along the river has left the Niafunké, Goundam and Léré areas in shock.", "en", date(2025, 12, 12)),
    ("The accounts that first shared the video claimed that more than 70 soldiers had been killed in Diapaga.", "en", date(2025, 9, 9)),
    ("Des comptes qui ont partagé la vidéo affirment que 70 soldats ont été tués à Diapaga.", "fr", date(2025, 9, 9)),
])
def test_statistics_summaries_hearsay_and_patterns_make_no_event(coder, text, lang, published):
    assert coder.extract(text, published, lang, "doc") == []


@pytest.mark.parametrize("text, lang, sub_type, published", [
    ("Soldiers found and destroyed an explosive device buried on the road near Mango on Sunday, the army said.", "en", "Disrupted weapons use", date(2025, 10, 20)),
    ("Dimanche, des militaires ont découvert et détruit un engin explosif enfoui sur la route près de Mango.", "fr", "Disrupted weapons use", date(2025, 10, 20)),
    ("On Wednesday, Malian troops evacuated the post of Dinangourou, in the Koro cercle.", "en", "Non-violent transfer of territory", date(2025, 10, 20)),
    ("Mercredi, les FAMa ont évacué le poste de Dinangourou, dans le cercle de Koro.", "fr", "Non-violent transfer of territory", date(2025, 10, 20)),
    ("Mardi, à Macina, des jeunes qui manifestaient contre l'accord ont été dispersés par les gendarmes à coups de gaz lacrymogène.", "fr",
     "Protest with intervention", date(2025, 10, 20)),
    ("Dans la nuit de samedi à dimanche, des combattants du JNIM ont attaqué le détachement militaire de Diapaga avant d'en prendre le contrôle.",
     "fr", "Non-state actor overtakes territory", date(2025, 10, 20)),
    ("On Monday, gunmen stopped seven tankers at a makeshift checkpoint near Kassaro and set them alight.", "en", "Looting/property destruction", date(2025, 10, 20)),
    ("Lundi, les Forces armées togolaises ont ouvert un nouveau poste avancé à Koundjoaré.", "fr", "Headquarters or base established", date(2025, 10, 20)),
    ("On Friday, 23 men who had left ISWAP handed themselves in to the authorities in Diffa with their weapons.", "en", "Agreement", date(2025, 10, 20)),
    ("Mardi, quelques centaines d'étudiants qui tentaient de marcher vers le gouvernorat de Tahoua ont été dispersés à coups de gaz lacrymogènes.",
     "fr", "Protest with intervention", date(2025, 12, 15)),
    ("Samedi, à Bandiagara, les responsables de la milice Dan Na Ambassagou ont annoncé la « suspension de toutes leurs activités armées ».",
     "fr", "Change to group/activity", date(2025, 12, 15)),
    ("Malian troops returned to Léré on Sunday without firing a shot, after local notables negotiated the departure of the JNIM fighters.",
     "en", "Non-violent transfer of territory", date(2025, 12, 15)),
    ("Le 7 mars, dix-huit combattants de l'EIGS se sont rendus avec leurs armes aux autorités militaires à Ouallam.", "fr", "Agreement", date(2025, 12, 15)),
    ("Le 8 février, des combattants du JNIM ont érigé un barrage sur la route entre Nioro du Sahel et Diéma et prélevé la zakat sur le bétail.",
     "fr", "Other", date(2025, 12, 15)),
    ("On 9 November, JNIM fighters went from house to house in three villages of Kain commune, collecting zakat on the harvest.", "en", "Other", date(2025, 12, 15)),
    ("Mardi, le préfet de l'Alibori a introduit une interdiction de la circulation des motos de 19 heures à 6 heures à Ségbana.", "fr", "Other", date(2025, 12, 15)),
    ("Jeudi dernier, les FAMa ont officiellement installé un nouveau camp à Kolondiéba.", "fr", "Headquarters or base established", date(2025, 12, 15)),
    ("On Tuesday 9 December, four young men who had joined armed groups surrendered to the gendarmerie in Mango.", "en", "Agreement", date(2025, 12, 15)),
    ("On Tuesday, the air force said it had struck a JNIM logistics base near Kolokani.", "en", "Air/drone strike", date(2025, 12, 15)),
    # the attack after which the arrests were made was told before
    ("Soldiers sent to the area after the attack arrested six men in Malanville on Monday on suspicion of selling fuel to the attackers.",
     "en", "Arrests", date(2025, 12, 15)),
    ("Des militaires envoyés sur place après l'attaque ont arrêté lundi six hommes à Malanville.", "fr", "Arrests", date(2025, 12, 15)),
])
def test_news_wordings_of_rarer_sub_types(coder, text, lang, sub_type, published):
    [r] = coder.extract(text, published, lang, "doc")
    assert r.sub_event_type == sub_type


@pytest.mark.parametrize("text, lang", [
    ("On 30 August 2020, JNIM militants attacked the army barracks in Tongomayel, took control of it and blew it up with explosives.", "en"),
    ("On 30 August 2020, ISGS militants attacked a National Guard post near Tongomayel and seized a vehicle; a car bomb they brought failed to detonate.", "en"),
    ("Le 30 août 2020, des jihadistes ont attaqué le camp militaire de Tongomayel, en ont pris le contrôle puis l'ont fait exploser.", "fr"),
])
def test_a_ground_assault_on_armed_men_that_used_explosives_is_a_battle(coder, text, lang):
    assert one(coder, text, date(2020, 9, 1), lang).event_type == "Battles"


def test_an_ied_on_a_convoy_is_still_an_explosion(coder):
    r = one(coder, "On 30 August 2020, JNIM attacked an army convoy with an IED near Tongomayel, wounding two soldiers.", date(2020, 9, 1))
    assert r.event_type == "Explosions/Remote violence"


@pytest.mark.parametrize("text, lang", [
    ("On 17 June 2020, two people were killed and others wounded in clashes between two factions over the chieftaincy in Banfora.", "en"),
    ("Le 17 juin 2020, deux personnes ont été tuées dans des affrontements entre deux clans au sujet de la chefferie à Banfora.", "fr"),
])
def test_factions_that_fight_to_the_death_are_communal_militias_in_a_battle(coder, text, lang):
    r = one(coder, text, date(2020, 6, 20), lang)
    assert (r.event_type, r.sub_event_type, r.fatalities) == ("Battles", "Armed clash", 2)
    assert (r.actor1, r.inter1) == ("Unidentified Communal Militia (Burkina Faso)", 4)


def test_factions_that_fight_with_nobody_killed_are_still_mob_violence(coder):
    r = one(coder, "On 17 June 2020, two factions clashed over the chieftaincy in Banfora, five people were wounded.", date(2020, 6, 20))
    assert (r.event_type, r.sub_event_type) == ("Riots", "Mob violence")


def test_a_toll_brought_up_to_date_later_is_the_events_toll_not_a_new_event(coder):
    text = ("At least 23 villagers were killed in Sokoura, a farming village in central Mali's Bankass cercle, on Sunday when gunmen "
            "opened fire on the market. Four more bodies were found on Monday in the fields around the village, bringing the toll to 27, "
            "an official said.")
    reports = coder.extract(text, date(2025, 1, 21), "en", "doc")
    assert len(reports) == 1
    r = reports[0]
    assert (r.fatalities, r.event_date, r.country, r.location) == (27, date(2025, 1, 19), "Mali", "Sokoura")


@pytest.mark.parametrize("text, lang", [
    ("On 19 June, the Téra post was attacked by a large group of gunmen. Four of our soldiers fell on the field of honour. "
     "In Ayorou, on 20 June, an IED struck a truck, killing its driver.\n\n"
     "Residents of Téra said that a woman and her son were killed by stray bullets next to the post during the fighting on 19 June.", "en"),
    ("Le 19 juin, le poste de Téra a été attaqué par un groupe d'hommes armés. Quatre soldats sont tombés. "
     "À Ayorou, le 20 juin, un engin explosif a frappé un camion, tuant son chauffeur.\n\n"
     "Des habitants de Téra affirment qu'une femme et son fils ont été tués par des balles perdues près du poste lors des combats du 19 juin.", "fr"),
])
def test_people_killed_during_a_fight_told_before_are_part_of_it(coder, text, lang):
    reports = coder.extract(text, date(2025, 6, 26), lang, "doc")
    assert [(r.location, r.event_type, r.fatalities) for r in reports] == [
        ("Téra", "Battles", 6), ("Ayorou", "Explosions/Remote violence", 1)]


def test_executions_by_firing_squad_and_a_claim_laid_to_an_attack(coder):
    r = one(coder, "Mercredi, des VDP ont fusillé trois commerçants peuls accusés de complicité à la sortie de Dori.", date(2026, 8, 14), "fr")
    assert (r.event_type, r.fatalities) == ("Violence against civilians", 3)
    text = ("On Sunday, gunmen raided the weekly market of Ayorou and killed twelve people. "
            "The Islamic State Sahel Province laid claim to the raid on Tuesday.")
    assert one(coder, text, date(2026, 6, 19)).actor1 == "Islamic State (Greater Sahara)"


@pytest.mark.parametrize("text, lang, expected", [
    ("On 21 June, the explosive ordnance disposal team of Ouallam destroyed an improvised explosive device placed on the road to Tillabéri.",
     "en", ("Strategic developments", "Disrupted weapons use")),
    ("Un engin explosif a été neutralisé ce matin par les militaires du génie sur l'axe Thiou-Ouahigouya.",
     "fr", ("Strategic developments", "Disrupted weapons use")),
    ("On 20 June, the air component struck a terrorist logistics base in the Banibangou area, neutralising fifteen terrorists.",
     "en", ("Explosions/Remote violence", "Air/drone strike")),
    ("On the Wednesday, the air drive struck a hideout close to Boni, killing dozens of warring parties.",
     "en", ("Explosions/Remote violence", "Air/drone strike")),
    ("Le 20 juin, la composante aérienne a frappé une base logistique terroriste près de Banibangou.",
     "fr", ("Explosions/Remote violence", "Air/drone strike")),
    ("On 20 June, French aircraft of Operation Barkhane carried out a strike that hit a hut near Tessit, no casualties recorded.",
     "en", ("Explosions/Remote violence", "Air/drone strike")),
    ("Le 20 juin, des avions de l'opération Barkhane ont effectué des frappes visant des jihadistes près de Tessit.",
     "fr", ("Explosions/Remote violence", "Air/drone strike")),
    ("Mardi, des individus équipés d'armes ont incendié les greniers et une cinquantaine de cases d'un hameau près de Djenné.",
     "fr", ("Strategic developments", "Looting/property destruction")),
    ("The bodies of four herders arrested by soldiers at the Léré market on Saturday were found on Monday outside the town.",
     "en", ("Violence against civilians", "Attack")),
])
def test_devices_defused_air_components_armed_paraphrases_and_bodies_of_people_arrested(coder, text, lang, expected):
    r = one(coder, text, date(2025, 6, 26), lang)
    assert (r.event_type, r.sub_event_type) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("On 23 April 2020, two French soldiers were wounded by the explosion of an IED near In Araban. "
     "One of the soldiers succumbed to his wounds at a hospital in France on 1 May.", "en", [1]),
    ("On 1 May 2020, French forces conducted airstrikes on militant positions near Tin-Akoff. "
     "Five corpses of suspected militants were discovered the following day.", "en", [5]),
    ("Le 7 octobre, un minibus a sauté sur un engin explosif près de Douentza, tuant quatre passagers. "
     "Deux blessés ont succombé le lendemain à l'hôpital de Sévaré, portant le bilan à six morts.", "fr", [6]),
    # a death of its own, with its own event, is not news of the one before
    ("Le 26 novembre, une grenade a été lancée dans un maquis de Gao, blessant sept personnes. Le lendemain, un jeune homme "
     "soupçonné d'être l'auteur a été roué de coups puis brûlé par une foule ; il a succombé à ses blessures.", "fr", [0, 1]),
])
def test_news_of_the_dead_of_the_event_before_joins_it_even_with_its_own_day(coder, text, lang, expected):
    assert [r.fatalities for r in coder.extract(text, date(2025, 11, 28) if lang == "fr" else date(2020, 5, 10), lang, "doc")] == expected


@pytest.mark.parametrize("text, lang", [
    ("On 18 November 2018, Dogon militiamen attacked the village of Djabel in the area of Kani-Bonzon, Fulani youths returned fire, several wounded.", "en"),
    ("On 5 August 2018, presumed Fulani militiamen attacked the village of Naye with ensuing exchanges of gunfire between the militiamen and Dogon villagers.", "en"),
    ("Le 18 novembre 2018, des miliciens dogons ont attaqué le village de Djabel, près de Kani-Bonzon ; les jeunes peuls ont riposté.", "fr"),
])
def test_villagers_who_return_fire_make_the_attack_a_battle(coder, text, lang):
    assert one(coder, text, date(2018, 11, 20), lang).event_type == "Battles"


def test_fire_returned_alone_is_no_event(coder):
    text = '"Our agents returned fire and held the post until the army arrived," a forestry official told reporters.'
    assert coder.extract(text, date(2025, 2, 18), "en", "doc") == []


@pytest.mark.parametrize("text, lang, expected", [
    ("On 2 January 2019, presumed Ansaroul Islam militants attacked the police station in Tongomayel while it was unmanned, "
     "motorbikes and the interior ransacked and burned.", "en", "Strategic developments"),
    ("Le 2 janvier 2019, des jihadistes ont attaqué le commissariat de Tongomayel, déserté par les policiers, et l'ont incendié.", "fr", "Strategic developments"),
    ("On 30 June 2019, militiamen attacked the Fulani village of Sankoro, the villagers had already fled, but the assailants set houses ablaze.", "en", "Strategic developments"),
    ("On 2 January 2019, presumed Ansaroul Islam militants attacked the police station in Tongomayel and burned it.", "en", "Battles"),
])
def test_a_post_or_village_nobody_held_any_more_is_destroyed_not_fought_for(coder, text, lang, expected):
    assert one(coder, text, date(2019, 1, 5), lang).event_type == expected


@pytest.mark.parametrize("text, lang", [
    ("Par ailleurs, trois jeunes hommes qui affirment avoir combattu deux ans dans les rangs du JNIM se sont rendus lundi aux militaires du camp de Tanguiéta.", "fr"),
    ("The prefecture in Mango says five young men who say they fought with JNIM in Burkina Faso handed themselves over to the gendarmerie on Monday.", "en"),
])
def test_fighters_who_surrender_after_saying_they_fought_make_an_agreement(coder, text, lang):
    r = one(coder, text, date(2025, 3, 4), lang)
    assert (r.event_type, r.sub_event_type) == ("Strategic developments", "Agreement")


def test_an_air_force_that_says_it_hit_positions_made_an_air_strike(coder):
    r = one(coder, 'On Monday, the Nigerien air drive stated it had hit ISWAP positions on an island close to Bosso, killing "a number of" fighters.', date(2026, 4, 21))
    assert (r.event_type, r.sub_event_type) == ("Explosions/Remote violence", "Air/drone strike")


def test_combatants_of_the_paraphrases_crowd_are_fighters(coder):
    text = ("Within the final week, combatants of the crowd seized the army submit at Farabougou, within the Niono cercle, "
            "after a combat of a number of hours, native assets stated.")
    assert one(coder, text, date(2026, 8, 24)).event_type == "Battles"


@pytest.mark.parametrize("text, lang", [
    ("On Sunday, the army arrested nine people suspected of supporting armed groups near Karimama and seized motorcycles, fuel and mobile phones.", "en"),
    ("Dimanche, les gendarmes ont interpellé neuf suspects près de Karimama et saisi des motos, du carburant et des téléphones.", "fr"),
])
def test_what_forces_seize_when_they_arrest_is_part_of_the_arrests(coder, text, lang):
    r = one(coder, text, date(2026, 6, 8), lang)
    assert (r.event_type, r.sub_event_type) == ("Strategic developments", "Arrests")


@pytest.mark.parametrize("text, lang, expected", [
    ("Les FAMa ont évacué dimanche leur poste de Mondoro, près de la frontière burkinabè, selon des habitants.", "fr", "Strategic developments"),
    ("La soldatesque togolaise a mis en service une nouvelle base avancée à Mandouri la dernière semaine.", "fr", "Strategic developments"),
    ("On the Sunday, combatants of the crowd performed moves on a convoy of tanker lorries escorted by squaddies close to Kolokani.", "en", "Battles"),
    ("On the Tuesday, squaddies freed 5 lorry drivers held by the crowd near Fana, after an alternate of fireplace with their captors.", "en", "Battles"),
])
def test_withdrawals_with_their_day_and_paraphrased_attacks_and_weeks(coder, text, lang, expected):
    r = one(coder, text, date(2025, 12, 15), lang)
    assert r.event_type == expected and r.event_date is not None


def test_a_base_made_operational_and_placed_where_the_article_put_it(coder):
    text = ("Doropo lies in the far north of Ivory Coast, near the border with Burkina Faso.\n\n"
            "The base, which turned into operational final week, will host round 300 infantrymen, the ministry said.")
    r = one(coder, text, date(2026, 9, 9))
    assert (r.sub_event_type, r.location, r.time_precision) == ("Headquarters or base established", "Doropo", 2)


def test_another_device_neutralised_is_disrupted_weapons_use(coder):
    r = one(coder, "La semaine dernière, des militaires avaient déjà neutralisé un autre engin explosif sur l'axe Gorom-Gorom-Markoye, sans faire de victimes.",
            date(2026, 10, 20), "fr")
    assert r.sub_event_type == "Disrupted weapons use"
