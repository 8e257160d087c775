import pytest

from sahelwatch.extract.dates import date_reader
from sahelwatch.extract.fatalities import FatalityCounter
from sahelwatch.extract.lexicon import lexicon
from sahelwatch.extract.numbers import number_reader
from sahelwatch.extract.text import fold

CASES = [
    ("en", "militants attacked a checkpoint, killed one customs driver and wounded five others severely.", 1),
    ("en", "four militants and one Dozo were killed and one Dozo wounded in the clashes.", 5),
    ("en", "a guard was killed, a vehicle seized, and another vehicle burned.", 1),
    # a toll brought up to date replaces the first figure; another source's higher figure does not
    ("en", "At least 23 villagers were killed. Four more bodies were found on Monday, bringing the toll to 27. "
           "A local youth association put the number of dead at 31.", 27),
    ("fr", "Au moins 23 villageois ont été tués. Quatre autres corps ont été retrouvés lundi, portant le bilan à 27 morts.", 27),
    ("en", "The death toll rose to 27 on Monday.", 27),
    ("en", "the air force struck a gathering of fighters, killing at least two dozen of them.", 24),
    # a side's own dead and more dead are added; people held before they were executed died
    ("en", "militants ambushed the forces, killing 1 soldier and 2 volunteer fighters. JNIM claimed responsibility, acknowledging two dead in its ranks.", 5),
    ("fr", "les assaillants ont tué trois soldats. Le groupe a reconnu deux morts dans ses rangs.", 5),
    ("en", "the army shot dead four herders in the village, another four were detained before being summarily executed.", 8),
    ("fr", "l'armée a abattu quatre bergers ; quatre autres ont été arrêtés avant d'être exécutés.", 8),
    ("en", "the gendarmerie arrested 30 people. At least twelve were reportedly tortured and then summarily executed.", 12),
    ("en", "At least 23 villagers were killed. Four more bodies were found on Monday, bringing the toll to 27.", 27),
    # shells that fell are no dead; the last victims of a list before a source are counted; another source's higher figure is not
    ("fr", "Lundi soir, plusieurs obus de mortier sont tombés dans le secteur 5 de la ville, tuant une femme et deux enfants, selon un agent de santé.", 3),
    ("fr", "Mercredi, des hommes armés ont tué au moins neuf civils dans un campement. Des sources locales évoquent une quinzaine de morts.", 9),
    ("en", 'armed persons raided the market and shot lifeless a minimum of 12 merchants. Locals spoke of "a couple of dozen" lifeless.', 12),
    # what the victims were accused of is no part of the count's phrase
    ("en", "Seventeen people, accused of being members of the village self-defense were executed.", 17),
    ("fr", "Dix-sept personnes, accusées d'être membres de la milice du village, ont été exécutées.", 17),
    # lists of victims whose items are long: each count up to the next
    ("fr", "Trois militaires, cinq volontaires pour la défense de la patrie (VDP) et deux chauffeurs civils ont été tués dimanche.", 10),
    ("en", "four suspected JNIM and/or ISGS militants and two French soldiers were killed amidst the operation.", 6),
    ("en", "Two village self-defense militiamen, the village chief and a child were killed.", 4),
    # the bodies of people arrested are deaths, of the people arrested, not of those who arrested them
    ("en", "The bodies of four herders arrested by soldiers were found on Monday.", 4),
    ("fr", "Les corps de quatre bergers arrêtés par des soldats ont été retrouvés lundi.", 4),
    ("fr", "l'armée a frappé un rassemblement de combattants, tuant deux douzaines d'entre eux.", 24),
    ("en", "A local youth association put the number of dead at 31.", 31),
    ("en", "gunmen attacked a convoy, killing a driver and exchanging fire with security guards before fleeing.", 1),
    ("en", "a school principal and another civilian were killed in an attack on a school.", 2),
    ("en", "a tricycle was struck by an IED, no casualties reported.", 0),
    ("en", "one soldier was killed and two others wounded, and nine militants were killed and two arrested in a counter-attack.", 10),
    ("en", "militants attacked the village and killed thirty-two civilians, and wounded three others", 32),
    ("en", "killing an unspecified number of militants.", 10),
    ("en", "militants reportedly killed between 5 and 9 members of the community", 5),
    ("en", "leaving 6 soldiers and 3 VDPs dead, and 4 VDPs wounded", 9),
    ("en", "the army killed eight suspected militants in the village", 8),
    ("en", "12 people, including 3 soldiers, were killed", 12),
    ("en", "burning at least 23 trucks and killing three drivers", 3),
    ("en", "abducted ten civilians near the village", 0),
    ("en", "The army said 20 militants were killed, while local sources said 35 militants died.", 20),
    ("en", "dozens of civilians were killed", 12),
    ("en", "14 civilians (among them 7 pupils and 4 women) were killed and 19 others wounded", 14),
    ("en", "On 25 July 2020, unknown gunmen killed two men.", 2),
    ("en", "militants assassinated a councillor and the son of the village chief.", 2),
    ("en", "militants killed three people, including two volunteer fighters. Four militants were killed when the fighters repulsed the assault.", 7),
    ("en", "militants attacked a military position in the village, killed three soldiers, and seized equipment.", 3),
    ("en", "two people from a camp were killed by the explosion of an IED.", 2),
    ("en", "militants killed five gendarmes, five civilian workers were also killed in the attack.", 10),
    ("en", "an unknown gunman shot dead a soldier at point blank and seized his weapon.", 1),
    ("en", "militants ambushed an army unit, killing fifteen militants and one soldier.", 16),
    ("en", "an airstrike that killed about 20 militants in the area.", 20),
    ("en", "Last week a device destroyed a minibus, killing four passengers, according to a local official and a union.", 4),
    ("en", "militants ambushed and killed two volunteer fighters (VDP). The army carried out an operation and killed one militant.", 3),
    ("en", "militants killed a former village development (CVD) councilman in the village.", 1),
    ("en", "three women and one child were killed when their cart struck an IED.", 4),
    ("en", "militants set up a fake checkpoint and shot dead a policeman and an accompanying civilian. Another civilian escaped.", 2),
    ("en", "9 gendarmes and 6 civilians, including an aid worker, ambulance driver and a nurse were killed, and around twenty people wounded.", 15),
    ("en", "soldiers arrested fifteen villagers in the village and executed them nearby.", 15),
    ("en", "targeting the community in the village, six reported to have been killed.", 6),
    ("en", "militants slit the throats of three gold miners in the village.", 3),
    ("en", "the army repulsed the attack and killed one militant, three soldiers were wounded.", 1),
    ("en", "killed two members of the security forces and wounded five others, no fatalities reported among the militants.", 2),
    ("en", "One policeman and one militant were killed, and a civilian vehicle was set ablaze.", 2),
    ("en", "At least two fighters were killed and eight others taken prisoners.", 2),
    ("en", "militants assassinated a prominent griot in the town.", 1),
    ("en", "gunmen attacked the camp, severely wounding a peacekeeper who succumbed to his wounds three weeks later.", 1),
    ("en", "wounding four soldiers; two of them later succumbed to their wounds.", 2),
    ("en", "security forces reportedly executed at least twenty prisoners in the area.", 20),
    ("en", "the army killed 17 displaced Fulani including two minors in the village.", 17),
    ("en", "gunmen opened fire against a vehicle, one succumbed to gunshot wounds sustained.", 1),
    ("en", "unknown individuals decapitated a traditional healer in the town.", 1),
    ("en", "an ISGS militant detonated a suicide car bomb, killing himself and two soldiers.", 3),
    ("en", "militants killed 12 civilians and displaced 3,000 people.", 12),
    ("en", "a suspected cattle thief arrested by the militia was reportedly shot dead by gendarmes while trying to escape.", 1),
    ("en", "a soldier and a gendarme travelling together on a motorbike were killed by the detonation of an IED.", 2),
    ("en", "a woman went missing in the village; she was found beheaded two days later.", 1),
    ("en", "a soldier was shot by a sniper at the gate and evacuated.", 0),
    ("en", "the attack in which the convoy was ambushed caused panic.", 0),
    ("en", "she said the village was attacked at night.", 0),
    ("fr", "un commerçant enlevé par des hommes armés a été retrouvé mort près du village.", 1),
    ("en", "the army said it had repelled a complex terrorist attack in the sector and killed around 40 assailants.", 40),
    ("en", "militants detonated an IED, killing the subprefect of the district and four others.", 5),
    ("en", "gunmen attacked a vehicle and killed the driver and a passenger in the village.", 2),
    ("en", "the demonstrators attempted to lynch the policeman before he was arrested.", 0),
    ("en", "gunmen killed a trader and wounded four others.", 1),
    ("en", "an IED struck a mule cart near the village, killing a Dogon trader, the IED was most likely planted by militants.", 1),
    ("en", "militants abducted two individuals accused of collaborating with the army, the two were executed the following day.", 2),
    ("en", "militiamen abducted four Fulani men in the village, they were executed a few kilometers from the village.", 4),
    ("en", "gunmen abducted three traders; they were released on Monday.", 0),
    ("en", "soldiers killed and buried a Fulani herder in the area.", 1),
    ("en", "armed bandits robbed a credit union and killed the watchman.", 1),
    ("en", "villagers killed another villager and wounded two others.", 1),
    ("en", "a twelve year old girl working as a street vendor was killed by a stray bullet.", 1),
    ("en", "the militia claimed to have killed six militants including a lieutenant and arrested another near the town, it also acknowledged three dead and three wounded in its ranks.", 9),
    ("en", "militants killed and wounded a soldier.", 0),
    ("fr", "des hommes armés ont enlevé trois commerçants, ils ont été exécutés le lendemain.", 3),
    ("fr", "des hommes armés ont arrêté quinze villageois avant de les exécuter.", 15),
    ("fr", "deux soldats ont été tués et huit autres faits prisonniers.", 2),
    ("fr", "Une manifestation de proches de militaires tués au front a dégénéré lundi.", 0),
    ("fr", "Des hommes armés ont attaqué le poste, tuant deux gendarmes et blessant trois autres.", 2),
    ("fr", "L'attaque a fait une vingtaine de morts et plusieurs blessés.", 20),
    ("fr", "Trois soldats ont été tués et cinq blessés.", 3),
    ("fr", "Aucune victime n'a été enregistrée.", 0),
    ("fr", "Le bilan fait état de 12 morts dont 3 soldats.", 12),
    ("fr", "une cinquantaine de terroristes ont été neutralisés", 50),
    ("en", "the Dozos killed a father and his two sons and pillaged stores.", 3),
    ("en", "gunmen killed a village chief and his son.", 2),
    ("fr", "Des hommes armés ont tué un père et ses deux fils.", 3),
    # the wounded who die later add to the dead; one of the dead who died of wounds does not
    ("en", "militants killed five civilians and wounded three others, one of the wounded succumbed.", 6),
    ("en", "gunmen shot dead three men and wounded two others, the two wounded later succumbed to their wounds.", 5),
    ("en", "four militants were killed and four soldiers wounded including one who later succumbed to his wounds.", 5),
    ("en", "two soldiers were killed, one of whom succumbed to his wounds in hospital.", 2),
    ("fr", "Quatre civils ont été tués et deux blessés, l'un des blessés a succombé.", 5),
    # the people taken, found dead later; one body found
    ("en", "soldiers arrested six men at the market, those arrested were subsequently found dead.", 6),
    ("en", "soldiers arrested an elderly man, the corpse was found ten kilometers from the village.", 1),
    ("fr", "Des militaires ont arrêté un vieil homme, son corps a été retrouvé à dix kilomètres du village.", 1),
    # words that only describe the dead are no reason to drop the count
    ("en", "three militants aboard motorbikes were killed.", 3),
    ("en", "an alleged cattle thief died in detention.", 1),
    ("en", "militants killed 20 cattle and burned two houses.", 0),
    ("en", "three soldiers were wounded and two civilians killed.", 2),
    ("en", "gunmen killed a twelve year old girl near the school.", 1),
    ("en", "gunmen killed a 12-year-old girl.", 1),
    ("en", "militants abducted a 15-year-old boy.", 0),
    ("fr", "Des hommes armés ont tué une fillette de douze ans.", 1),
    # French: the person killed named by a pronoun before the verb
    ("fr", "Des hommes armés l'ont abattu devant sa maison.", 1),
    ("fr", "Ils l'ont ramené deux jours plus tard et l'ont décapité.", 1),
    ("fr", "Des hommes armés l'ont enlevé.", 0),
    # a relative named with a possessive in a list of victims is one more death; an apposition or a source is not
    ("en", "militants assassinated a village chief, his son and a militiaman near the mosque.", 3),
    ("en", "militants killed a member of the militia, his son and wounded two others.", 2),
    ("en", "gunmen killed a herder, his wife and their two sons.", 4),
    ("en", "gunmen killed a herder, his brother said.", 1),
    ("en", "gunmen killed a teacher, the brother of the mayor, near the school.", 1),
    ("fr", "Des hommes armés ont tué un berger, son fils et un commerçant.", 3),
    ("en", "gunmen killed a herder, the village chief and a child near the school.", 3),
    ("en", "gunmen killed a teacher, the village chief, near the school.", 1),
    ("en", "gunmen shot dead an individual in the village, the gunmen also seized the phones of his family.", 1),
    # the same lists as the subject of a passive
    ("en", "A municipal councilor and his son were killed by unidentified assailants near Titao.", 2),
    ("en", "A school principal and another civilian were killed in an attack on a school.", 2),
    ("en", "A herder and the imam were killed near the mosque.", 2),
    ("en", "A BF army sub-officer and his younger brother were assassinated overnight in Gorom-Gorom.", 2),
    # a person with no article right after the verb, in note style; not a crowd word, not a passive's agent
    ("en", "Militants assassinated MSA officer Mohamed Intawdoute in Inkadewane.", 1),
    ("en", "Unknown gunmen shot dead village chief Amadou Diallo and his son near the well.", 2),
    ("en", "Gunmen killed family members of the mayor near the market.", 0),
    ("en", "Gunmen killed women and children near the market.", 0),
    ("en", "Two youths were presumably killed by unknown gunmen near the market.", 2),
    # a count with a verb of its own is not one more object; the imprisoned are not dead; a part of a whole
    ("en", "Soldiers repelled an attack, killing two in the process, eight soldiers and a civilian were wounded.", 2),
    ("en", "Separatists killed four militants and imprisoned four others.", 4),
    ("en", "Three soldiers were wounded by a mine. One of the three soldiers succumbed to his wounds.", 1),
    ("fr", "Trois soldats ont été blessés par une mine. L'un des trois soldats a succombé à ses blessures.", 1),
    # a passive with no auxiliary, its agent named: one victim
    ("en", "The body of a driver shot dead by gunmen was found near the well.", 1),
    ("fr", "Le corps d'un transporteur abattu par des hommes armés a été retrouvé près du puits.", 1),
    ("en", "Soldiers killed by gunmen were buried near the well.", 0),
    # enemies 'neutralised' are a side's claim: counted only when the text gives no other figure
    ("fr", "L'état-major fait état de cinq militaires tués et affirme que plus de quarante terroristes ont été neutralisés.", 5),
    ("en", "The army said five soldiers were killed and more than forty terrorists were neutralised.", 5),
    ("en", "The army said it neutralised twenty terrorists near Boni.", 20),
    # a toll given as such is the total: lower than the counts by kind (the text disagreeing with itself) or higher
    ("en", "Militants attacked the camp, killing at least 20 soldiers. The government put the toll at 11 dead and 18 wounded.", 11),
    ("fr", "Des jihadistes ont attaqué le camp, tuant au moins vingt soldats. Le gouvernement a donné un bilan de onze morts.", 11),
    ("en", "Militants attacked the camp, killing five soldiers. The toll rose to 12 dead by Monday.", 12),
    ("fr", "La victime est décédée sur place.", 1),
    # a long apposition between commas before the passive
    ("fr", "La victime, un vendeur ambulant d'une trentaine d'années originaire d'une préfecture voisine, est décédée sur place.", 1),
    ("en", "The victim, a street vendor in his thirties from a neighbouring prefecture, was killed on the spot.", 1),
    # a person with no article opening the sentence, in note or headline style; not a subject that acts
    ("en", "Malian army officer killed by unknown gunmen near the market.", 1),
    ("en", "Policeman shot dead near the market.", 1),
    ("en", "A village chief, Amadou Issa Dicko, was assassinated by two unidentified assailants.", 1),
    ("en", "Militant killed two soldiers near Boni.", 2),
    ("fr", "Militaire tué par des hommes armés près de Boni.", 1),
    # a side's claim of its own losses counts only when the text gives no other figure
    ("en", "JNIM said it lost 4 fighters in clashes with ISGS.", 4),
    ("en", "The CMA claimed to have lost 6 fighters, while 12 people were allegedly killed overall.", 12),
    ("fr", "L'armée a perdu trois véhicules dans l'embuscade.", 0),
    # a day in a range of days is no count
    ("en", "On 19 and 20 August 2017, 40 people were killed in a military operation.", 40),
    # a toll guessed is no count
    ("fr", "Au moins 132 civils ont été tués. Selon des sources locales, le bilan pourrait dépasser 160 morts.", 132),
    ("en", "At least 132 civilians were killed; the toll could exceed 160 dead, a local source said.", 132),
    # whose relative: the possessor is no second victim
    ("en", "gunmen killed the wife of a soldier near the market.", 1),
    ("en", "gunmen killed two soldiers and the wife of a soldier.", 3),
    ("fr", "des hommes armés ont tué le fils d'un chef de village.", 1),
    # beaten to death; an age is no count; an aside in quotes; who the dead were, in a relative clause
    ("fr", "Un homme d'une trentaine d'années a été battu à mort mardi à la gare routière.", 1),
    ("en", "A man was beaten to death by a mob on Tuesday.", 1),
    ("fr", "Un homme, accusé par une foule d'être un « informateur des jihadistes », a été battu à mort mardi.", 1),
    ("fr", "Deux éleveurs qui tentaient d'empêcher des hommes armés d'emporter leurs troupeaux ont été abattus dimanche.", 2),
    ("en", "Two herders who tried to stop gunmen from taking their cattle were shot dead on Sunday.", 2),
    ("en", "Two soldiers who were wounded in the attack were evacuated, and one civilian was killed.", 1),
    # the driver and his apprentice; a machine paraphrase of 'beaten to death'
    ("en", "a lorry struck a mine between Dori and Seytenga, killing the driver and his apprentice.", 2),
    ("fr", "un camion a sauté sur une mine entre Dori et Seytenga, tuant le chauffeur et son apprenti.", 2),
    ("en", "a mob of citizens beat to loss of life a person they accused of being an informant.", 1),
    # 'losing two of their own'; the source after a comma is no victim
    ("en", "a vigilance committee repelled an attack by JNIM fighters on Saturday, losing two of their own, a local councillor said.", 2),
    # more dead 'along with' those counted
    ("en", "Four volunteers were killed, along with two civilians caught in the crossfire near the market.", 6),
    ("fr", "Quatre volontaires ont été tués, ainsi que deux civils pris entre deux feux.", 6),
    ("fr", "Trois chasseurs ont été tués au cours des échanges de tirs, ainsi qu'une femme atteinte par une balle perdue.", 4),
    ("en", "Two soldiers were killed in the attack, as well as several vehicles destroyed.", 2),
]


@pytest.mark.parametrize("lang, text, expected", CASES)
def test_deaths(lang, text, expected):
    counter = FatalityCounter(lexicon(lang), number_reader(lang))
    folded = fold(text)
    sentences = [(0, len(folded))]
    if ". " in text and text.count(". ") == 1:
        cut = text.index(". ") + 1
        sentences = [(0, cut), (cut + 1, len(folded))]
    dates = [(d.start, d.end) for d in date_reader(lang).find(folded, None)]
    value, _ = counter.count(folded, sentences, dates)
    assert value == expected


@pytest.mark.parametrize("lang, text", [("en", "Soldiers killed in an ambush near Boni."), ("fr", "Soldats tués dans une embuscade près de Boni.")])
def test_a_bare_plural_is_not_one_death(lang, text):
    counter = FatalityCounter(lexicon(lang), number_reader(lang))
    folded = fold(text)
    value, _ = counter.count(folded, [(0, len(folded))])
    assert value != 1


@pytest.mark.parametrize("lang, text", [
    # « en avoir tué »: of the same soldiers, a figure that competes with the count (a claim of other dead adds up)
    ("fr", "Au moins quinze soldats ont été tués. Dans sa revendication, le JNIM affirme en avoir tué une soixantaine."),
])
def test_a_claim_of_the_same_dead_counts_only_when_nothing_else_does(lang, text):
    counter = FatalityCounter(lexicon(lang), number_reader(lang))
    folded = fold(text)
    cut = text.index(". ") + 1
    value, _ = counter.count(folded, [(0, cut), (cut + 1, len(folded))], [])
    assert value == 15


@pytest.mark.parametrize("lang, text, expected", [
    ("fr", "Trois volontaires ont été tués. Les VDP affirment avoir abattu « plus de trente » assaillants, un chiffre qu'aucune autre source ne confirme.", 3),
    # a toll from another source competes with the count by kind: the lower figure
    ("en", "The army said that four soldiers were killed. A transporter in the convoy put the number of soldiers killed at nine.", 4),
])
def test_competing_or_unconfirmed_figures_give_the_lower_count(lang, text, expected):
    counter = FatalityCounter(lexicon(lang), number_reader(lang))
    folded = fold(text)
    cut = text.index(". ") + 1
    value, _ = counter.count(folded, [(0, cut), (cut + 1, len(folded))], [])
    assert value == expected
