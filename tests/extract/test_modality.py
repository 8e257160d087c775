import pytest

from sahelwatch.extract.lexicon import lexicon
from sahelwatch.extract.modality import Modality
from sahelwatch.extract.numbers import number_reader
from sahelwatch.extract.text import fold


def classify(lang, text, trigger):
    folded = fold(text)
    pos = folded.index(fold(trigger))
    return Modality(lexicon(lang), number_reader(lang)).classify(folded, (0, len(folded)), (pos, pos + len(trigger)))


@pytest.mark.parametrize("lang, text, trigger, expected", [
    ("en", "Suspected militants attacked an army post on Sunday.", "attacked", "asserted"),
    # an event named again by a participle, then the clause's own verb
    ("en", "The smuggling networks targeted on Saturday are a key part of that chain.", "targeted", "reference"),
    ("en", "The village attacked on Saturday was home to 300 people.", "attacked", "reference"),
    ("en", "On Saturday, the militants attacked the village of Tougbo.", "attacked", "asserted"),
    ("en", "The militants attacked on Saturday and were repelled.", "attacked", "asserted"),
    ("en", "Residents said they heard explosions early on Sunday morning.", "explosions", "reference"),
    ("fr", "Des habitants ont entendu des explosions dimanche matin.", "explosions", "reference"),
    ("en", "JNIM could besiege Bamako within months.", "besiege", "hypothetical"),
    ("en", "The group threatened to attack the town.", "attack", "threat"),
    ("en", "Militants could attack villages along the river.", "attack", "hypothetical"),
    ("en", "Experts warned that the group will attack the capital.", "attack", "forecast"),
    ("en", "The army denied that soldiers killed civilians.", "killed", "negated"),
    ("en", "In July, JNIM carried out a record 54 attacks across Burkina Faso.", "attacks", "statistic"),
    ("fr", "Le groupe menace d'attaquer la ville.", "attaquer", "threat"),
    ("fr", "Les jihadistes pourraient attaquer Bamako.", "attaquer", "hypothetical"),
    ("fr", "Des hommes armés ont attaqué le village samedi.", "attaqué", "asserted"),
    # a plan: announced, an indefinite article, its noun; not a report of what happened
    ("en", "The union announced a march on Friday if the students are not freed.", "a march", "forecast"),
    ("fr", "Le syndicat a annoncé une marche vendredi si les élèves ne sont pas libérés.", "une marche", "forecast"),
    ("en", "The army announced the killing of twelve militants near Boni.", "killing", "asserted"),
    ("en", "Most analysts expect attacks in northern Benin to remain at a high level.", "attacks", "forecast"),
    ("en", "Ghana is treated as a rear base rather than a battlefield, an analyst said.", "battle", "name"),
])
def test_factuality(lang, text, trigger, expected):
    assert classify(lang, text, trigger) == expected


@pytest.mark.parametrize("lang, text", [
    ("en", "In October alone, transporters' associations counted 31 trucks burned or seized on the region's roads."),
    ("fr", "Rien qu'en octobre, les transporteurs ont recensé 31 camions incendiés sur les routes de la région."),
])
def test_a_tally_for_a_period_is_a_pattern_not_an_event(lang, text):
    folded = fold(text)
    assert Modality(lexicon(lang), number_reader(lang)).generic(folded, (0, len(folded)))
