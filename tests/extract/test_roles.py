"""Who acted and who was acted on, read through the whole coder (synthetic sentences, not real reports)."""

from datetime import date

import pytest

from extract import helpers

PUBLISHED = date(2020, 5, 8)


def one(coder, text, lang="en"):
    return helpers.one(coder, text, PUBLISHED, lang)


@pytest.mark.parametrize("text, lang", [
    ("On 5 May 2020, Malian army post attacked around midnight in Soumpi, two dead, one wounded.", "en"),
    ("On 5 May 2020, FAMa checkpoint in Gossi attacked overnight, one dead and two wounded.", "en"),
    ("On 5 May 2020, the Bamba checkpoint was attacked: three soldiers wounded and one dead.", "en"),
    ("Le 5 mai 2020, un poste des FAMa attaqué à Boni, deux morts.", "fr"),
])
def test_a_post_of_a_force_attacked_makes_that_force_the_target(coder, text, lang):
    r = one(coder, text, lang)
    assert (r.event_type, r.sub_event_type) == ("Battles", "Armed clash")
    assert r.actor1 == "Unidentified Armed Group (Mali)"
    assert r.actor2.startswith("Military Forces of Mali")


def test_a_force_that_is_only_part_of_a_name_still_acts(coder):
    r = one(coder, "On 5 May 2020, the army camp sentinel in Gorom-Gorom shot dead an individual who failed to obey directives.")
    assert r.actor1.startswith("Military Forces of Burkina Faso")
    assert r.event_type == "Violence against civilians"


@pytest.mark.parametrize("text", [
    "On 5 May 2020, an attack on two FAMa checkpoints in Imboraghane left one dead and three wounded.",
    "On 5 May 2020, three people were killed in an attack by unidentified assailants on a Malian army post in Almoustarat.",
])
def test_the_one_an_attack_is_on_is_its_target(coder, text):
    r = one(coder, text)
    assert (r.event_type, r.actor1) == ("Battles", "Unidentified Armed Group (Mali)")
    assert r.actor2.startswith("Military Forces of Mali")


def test_named_victims_are_not_overridden_by_the_attack_target(coder):
    r = one(coder, "On 5 May 2020, three villagers were killed in an attack by gunmen on a Malian army post in Almoustarat.")
    assert r.actor2 == "Civilians (Mali)"


@pytest.mark.parametrize("text, lang", [
    ("On 3 May 2020, the Malian army lost 30 soldiers in an attack on its camp in Tarkint, claimed by JNIM.", "en"),
    ("Le 3 mai 2020, l'armée malienne a perdu une trentaine de soldats dans l'attaque de son camp de Tarkint, revendiquée par le JNIM.", "fr"),
])
def test_a_force_that_lost_soldiers_is_the_target(coder, text, lang):
    r = one(coder, text, lang)
    assert (r.event_type, r.actor1, r.fatalities) == ("Battles", "JNIM: Group for Support of Islam and Muslims", 30)
    assert r.actor2.startswith("Military Forces of Mali") and r.assoc_actor_1 is None


def test_a_force_that_lost_vehicles_was_ambushed(coder):
    r = one(coder, "On 3 May 2020, the army lost three vehicles in an ambush near Boni.")
    assert (r.event_type, r.actor1, r.fatalities) == ("Battles", "Unidentified Armed Group (Mali)", 0)
    assert r.actor2.startswith("Military Forces of Mali")


@pytest.mark.parametrize("text, lang", [
    ("On 3 May 2020, gunmen killed the wife of a soldier in Djibo.", "en"),
    ("Le 3 mai 2020, des hommes armés ont tué l'épouse d'un militaire à Djibo.", "fr"),
])
def test_the_kin_of_a_force_are_civilians(coder, text, lang):
    r = one(coder, text, lang)
    assert (r.event_type, r.actor2, r.fatalities) == ("Violence against civilians", "Civilians (Burkina Faso)", 1)


def test_relatives_of_soldiers_who_protest_bring_no_force_into_the_event(coder):
    r = one(coder, "Le 3 mai 2020, des proches de militaires tués au front ont manifesté à Niamey.", "fr")
    assert (r.sub_event_type, r.actor2) == ("Peaceful protest", None)


def test_a_present_passive_names_its_agent_and_a_progressive_is_active(coder):
    r = one(coder, "On 3 May 2020, a Swiss woman is kidnapped by unknown gunmen in Timbuktu.")
    assert (r.sub_event_type, r.actor1) == ("Abduction/forced disappearance", "Unidentified Armed Group (Mali)")
    r = one(coder, "On 3 May 2020, Malian troops are carrying out torture on civilians around Gao.")
    assert (r.event_type, r.actor1[:22]) == ("Violence against civilians", "Military Forces of Mal")


def test_the_post_a_named_group_held_makes_it_no_author(coder):
    text = ("Le 4 juin 2021, des hommes armés ont attaqué le village de Solhan. Les assaillants ont d'abord visé le poste "
            "des Volontaires pour la défense de la patrie (VDP), avant de s'en prendre aux habitants.")
    assert one(coder, text, "fr").actor1 == "Unidentified Armed Group (Burkina Faso)"


def test_the_agent_of_a_passive_is_found_through_a_parent_in_brackets(coder):
    r = one(coder, "On 20 February 2020, two telecom workers were likely abducted by Ansaroul Islam (JNIM) militants near Djibo.")
    assert r.actor1 == "JNIM: Group for Support of Islam and Muslims"
    assert one(coder, "Le 3 mai 2020, deux civils ont été tués par l'armée à Djibo.", "fr").actor1.startswith("Military Forces of Burkina Faso")


@pytest.mark.parametrize("text, lang", [
    ("On 14 April 2020, a French helicopter conducted an airstrike near the village of Boni.", "en"),
    ("On 10 February 2020, French fighters jets and combat helicopters conducted airstrikes that killed twenty militants near Boni.", "en"),
    ("Le 10 février 2020, des hélicoptères français ont mené des frappes aériennes près de Boni.", "fr"),
])
def test_aircraft_of_a_foreign_force_are_that_force_and_combat_names_no_fight(coder, text, lang):
    r = one(coder, text, lang)
    assert (r.sub_event_type, r.actor1, r.country) == ("Air/drone strike", "Military Forces of France (2017-)", "Mali")


def test_the_dead_of_a_passive_with_an_aside_and_the_attackers_told_after_when(coder):
    r = one(coder, "On 14 November 2021, at least 53 people, including 49 gendarmes, were killed when jihadists attacked a gendarmerie post in Inata.")
    assert (r.event_type, r.actor1, r.fatalities) == ("Battles", "Unidentified Armed Group (Burkina Faso)", 53)
    assert r.actor2.startswith("Police Forces of Burkina Faso")
    r = one(coder, "On 3 May 2013, five people were killed when two car bombs went off near Tessalit, targeting MNLA members.")
    assert r.actor1 == "Unidentified Armed Group (Mali)"


def test_whose_house_was_burned_is_no_victim(coder):
    r = one(coder, "On 13 November 2019, suspected JNIM militants attacked a village near Ouahigouya and set houses ablaze including the village chief's house, and seized livestock. No casualties reported.")
    assert (r.sub_event_type, r.actor2) == ("Looting/property destruction", "Civilians (Burkina Faso)")


def test_the_words_after_a_sentence_do_not_make_its_target(coder):
    text = ("Jihadist gunmen killed at least 30 people when they attacked a wedding party in the village of Diallassagou on Saturday night. "
            "\"They shot at everyone,\" said a resident who fled to Bandiagara. "
            "The army said it had sent reinforcements and launched a search for the attackers.")
    [r] = coder.extract(text, date(2024, 3, 5), "en", "d")
    assert (r.event_type, r.actor2, r.location) == ("Violence against civilians", "Civilians (Mali)", "Diallassagou")


@pytest.mark.parametrize("text, lang", [
    ("On 5 May 2020, militants ambushed a convoy of the army close to Kati, killing five squaddies.", "en"),
    ("Le 5 mai 2020, des jihadistes ont attaqué un convoi de l'armée près de Kati.", "fr"),
])
def test_the_force_whose_convoy_was_attacked_is_the_target(coder, text, lang):
    r = one(coder, text, lang)
    assert (r.event_type, r.actor1) == ("Battles", "Unidentified Armed Group (Mali)")
    assert r.actor2.startswith("Military Forces of Mali")


def test_fighters_manning_a_group_s_checkpoint_are_that_group_not_its_target(coder):
    from datetime import date

    text = "On Saturday, fighters manning a JNIM checkpoint near Sébékoro shot dead a lorry driver who refused to turn back."
    [r] = coder.extract(text, date(2025, 12, 4), "en", "doc")
    assert (r.event_type, r.actor1) == ("Violence against civilians", "JNIM: Group for Support of Islam and Muslims")


@pytest.mark.parametrize("text, lang", [
    ("On 21 March, a man accused of passing information to kidnappers was beaten to death by a crowd at the weekly market of Dan Issa.", "en"),
    ("Le 21 mars, un homme accusé de renseigner les ravisseurs a été battu à mort par une foule au marché de Dan Issa.", "fr"),
])
def test_a_crowd_named_as_the_agent_commits_mob_violence_whatever_the_victim_is_accused_of(coder, text, lang):
    from datetime import date

    [r] = coder.extract(text, date(2025, 3, 27), lang, "doc")
    assert (r.event_type, r.sub_event_type, r.fatalities) == ("Riots", "Mob violence", 1)


@pytest.mark.parametrize("text, lang", [
    ("On 12 March 2020, gunmen opened fire on the housing units of the teachers in Djika before looting them.", "en"),
    ("On 12 March 2020, gunmen attacked the college of general education in Djika and beat the director.", "en"),
    ("Le 12 mars 2020, des hommes armés ont ouvert le feu sur les unités d'habitation des enseignants à Djika.", "fr"),
    ("Le 12 mars 2020, des hommes armés ont frappé le secrétaire général de la mairie de Djika.", "fr"),
])
def test_words_that_only_look_like_a_force_make_no_armed_target(coder, text, lang):
    assert one(coder, text, lang).event_type == "Violence against civilians"


@pytest.mark.parametrize("text, lang", [
    ("On 28 April 2020, unknown gunmen abducted and tortured a photographer in Djibo, the victim was found by the police abandoned in the bush.", "en"),
    ("Le 28 avril 2020, des hommes armés ont enlevé et torturé un photographe à Djibo, la victime a été retrouvée par la police abandonné en brousse.", "fr"),
    ("According to the army, gunmen beat a photographer in Djibo on 28 April 2020.", "en"),
])
def test_who_found_or_told_of_the_victims_took_no_part(coder, text, lang):
    r = one(coder, text, lang)
    assert (r.event_type, r.sub_event_type) == ("Violence against civilians", "Attack") and r.actor2 is not None and "Civilians" in r.actor2


@pytest.mark.parametrize("text, lang", [
    ("On 3 May 2020, gunmen in Burkinabe army fatigues attacked the village of Tongomayel and killed two herders.", "en"),
    ("On 3 May 2020, gunmen disguised as soldiers entered Tongomayel and killed two herders.", "en"),
    ("Le 3 mai 2020, des hommes armés en tenue militaire ont attaqué le village de Tongomayel et tué deux éleveurs.", "fr"),
    ("Le 3 mai 2020, des hommes armés se faisant passer pour des gendarmes ont tué deux éleveurs à Tongomayel.", "fr"),
])
def test_the_force_attackers_dressed_as_took_no_part(coder, text, lang):
    r = one(coder, text, lang)
    assert (r.event_type, r.actor1, r.actor2) == ("Violence against civilians", "Unidentified Armed Group (Burkina Faso)", "Civilians (Burkina Faso)")


@pytest.mark.parametrize("text, lang", [
    ("On 4 May 2020, the Nigerien government extended the state of emergency in the department of Filingue by three months.", "en"),
    ("Le 4 mai 2020, le gouverneur de Tillabéri a prolongé de trois mois l'état d'urgence dans le département de Filingué.", "fr"),
])
def test_a_government_decision_has_the_government_as_actor(coder, text, lang):
    r = one(coder, text, lang)
    assert (r.event_type, r.actor1, r.inter1) == ("Strategic developments", "Government of Niger (2011-2023)", 1)
