"""Claims: statistics, quotes and warnings in English and French (extract/claims/).

Every sentence here is written for these tests. The seed test at the end reads the two
seed articles from ../shared/seeds (never copied here) and checks them against
tests/extract/fixtures/seed_claims.yaml."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from sahelwatch.extract.claims import ClaimExtractor, claim_extractor
from sahelwatch.extract.claims.evaluation import score_claims

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"
FIXTURE = Path(__file__).resolve().parent / "fixtures" / "seed_claims.yaml"


def read(lang: str, text: str, kind: str | None = None):
    claims = claim_extractor(lang).extract(text, "doc-1")
    for claim in claims:  # every field is read from spans of the text itself
        assert claim.evidence and all(text[s.start : s.end] == s.text for s in claim.evidence)
    return [c for c in claims if kind is None or c.kind == kind]


def one(lang: str, text: str, kind: str):
    found = read(lang, text, kind)
    assert len(found) == 1, [c.text for c in found]
    return found[0]


# --- the API ------------------------------------------------------------------
def test_api_version_and_cache():
    from sahelwatch.extract.engine import EXTRACTOR_VERSION

    assert claim_extractor("en") is claim_extractor("en")
    assert isinstance(claim_extractor("fr"), ClaimExtractor)
    claims = read("en", "“JNIM has become very adept at exploiting local grievances,” – Daniele Garofalo")
    assert claims and all(c.extractor_version == EXTRACTOR_VERSION and c.doc_id == "doc-1" for c in claims)
    assert read("en", "") == [] and read("fr", "   \n") == []
    assert set(claims[0].to_dict()) >= {"claim_id", "kind", "text", "speaker", "speaker_role", "evidence"}


# --- statistics: English ------------------------------------------------------
def test_statistic_count_with_actor_place_period():
    text = "In July, JNIM carried out a record 54 attacks across Burkina Faso."
    st = one("en", text, "statistic")
    assert (st.value, st.unit, st.counted, st.place, st.period) == (54, "count", "attacks", "Burkina Faso", "July")
    assert st.actor.startswith("JNIM")
    assert "54 attacks" in st.text and st.evidence[0].text == text


def test_coordinated_statistics_inherit_counted_actor_period():
    text = ("In July, JNIM carried out a record 54 attacks across Burkina Faso. "
            "They conducted 36 attacks in Mali and seven in Niger, an expansion of their operations.")
    stats = read("en", text, "statistic")
    assert [(s.value, s.place) for s in stats] == [(54, "Burkina Faso"), (36, "Mali"), (7, "Niger")]
    assert all(s.counted == "attacks" and s.period == "July" and s.actor.startswith("JNIM") for s in stats)
    assert len(stats[2].evidence) == 2  # the sentence that gives the inherited fields


def test_statistic_percent():
    st = one("en", "JNIM is responsible for an estimated 64% of violent events in the Sahel since 2017.", "statistic")
    assert (st.value, st.unit, st.counted, st.place, st.period) == (64, "percent", "violent events", "Sahel", "since 2017")
    assert st.actor.startswith("JNIM") and st.text.startswith("an estimated 64%")


def test_statistic_survey():
    text = "In a 2020 survey, 100% of women and 90% of men surveyed in the Mopti region said the group had made marriage easier."
    stats = read("en", text, "statistic")
    assert [(s.value, s.unit, s.counted, s.place, s.period) for s in stats] == [
        (100, "percent", "women", "Mopti", "2020"), (90, "percent", "men", "Mopti", "2020")]


def test_statistic_source_and_toll():
    st = one("en", "According to ACLED, JNIM carried out 120 attacks in Mali in 2022.", "statistic")
    assert (st.value, st.place, st.period, st.speaker) == (120, "Mali", "2022", "ACLED")
    st = one("en", "More than 2,000 civilians have been killed since 2017.", "statistic")
    assert (st.value, st.unit, st.period) == (2000, "count", "since 2017") and "killed" in st.counted


@pytest.mark.parametrize("text", [
    "Gunmen killed 12 soldiers in an attack on an army post near Boni on Sunday.",
    "The complex ambush on the convoy resulted in the deaths of 50 Russians.",
    "There were no casualties, the army said.",
    "The 25-year-old herder was killed 30 km from Mopti.",
    "The group was created in 2017 as an alliance of four movements.",
    "Parts of central Mali have been ruled by the group for 11 years.",
    "The kidnappers demanded a ransom of 50,000 euros.",
    "Two attacks hit Boni on Monday, killing five.",
    "Militants attacked the village of Boni on July 5, killing 3 people.",
])
def test_not_statistics_en(text):
    assert read("en", text, "statistic") == []


# --- statistics: French -------------------------------------------------------
def test_statistiques_fr():
    text = "En juillet, le JNIM a mené 54 attaques au Burkina Faso. Ils ont mené 36 attaques au Mali et sept au Niger."
    stats = read("fr", text, "statistic")
    assert [(s.value, s.counted, s.place, s.period) for s in stats] == [
        (54, "attaques", "Burkina Faso", "juillet"), (36, "attaques", "Mali", "juillet"), (7, "attaques", "Niger", "juillet")]
    assert all(s.actor.startswith("JNIM") for s in stats)
    st = one("fr", "Le JNIM est responsable de 64 % des violences au Sahel depuis 2017.", "statistic")
    assert (st.value, st.unit, st.counted, st.place, st.period) == (64, "percent", "violences", "Sahel", "depuis 2017")
    st = one("fr", "Depuis janvier 2023, 1 250 enlèvements ont été recensés au Burkina Faso, selon l'ONU.", "statistic")
    assert (st.value, st.counted, st.place, st.speaker) == (1250, "enlèvements", "Burkina Faso", "ONU")


@pytest.mark.parametrize("text", [
    "Des hommes armés ont tué 12 soldats près de Boni dimanche.",
    "L'attaque n'a fait aucune victime.",
    "Le berger de 25 ans a été tué à 30 km de Mopti.",
    "Il vivait dans le village depuis 11 ans.",
    "La rançon s'élevait à 50 000 euros.",
])
def test_pas_de_statistiques_fr(text):
    assert read("fr", text, "statistic") == []


# --- quotes: English ----------------------------------------------------------
def test_quote_dash_speaker():
    text = "“JNIM has become very adept at exploiting local grievances,” – Daniele Garofalo"
    q = one("en", text, "quote")
    assert (q.text, q.speaker, q.speaker_role) == ("JNIM has become very adept at exploiting local grievances", "Daniele Garofalo", None)
    assert q.evidence[0].text == q.text and q.actor.startswith("JNIM")


@pytest.mark.parametrize("text, role", [
    ('"The group can now strike anywhere in the country," said Amadou Diallo, a UN expert on the Sahel.', "a UN expert on the Sahel"),
    ('Amadou Diallo, the UN expert on the Sahel, said "The group can now strike anywhere in the country."', "the UN expert on the Sahel"),
    ('Amadou Diallo said: "The group can now strike anywhere in the country."', None),
    ('"The group can now strike anywhere in the country," Amadou Diallo said.', None),
])
def test_quote_speaker_and_role(text, role):
    q = one("en", text, "quote")
    assert q.text.startswith("The group can now strike anywhere") and q.speaker == "Amadou Diallo" and q.speaker_role == role


def test_quote_pronoun_surname_and_continuation():
    text = ('Amadou Diallo, the UN expert on the Sahel, spoke in Dakar on Tuesday. '
            '"The roads to the capital are no longer safe," he said. "We have seen this before in other places," Diallo said.\n'
            '"The army will need months," Diallo added. "Nobody knows how many."')
    quotes = read("en", text, "quote")
    assert [q.speaker for q in quotes] == ["Amadou Diallo"] * 4
    assert all(q.speaker_role == "the UN expert on the Sahel" for q in quotes)


def test_quote_anonymous_speakers():
    q = one("en", "As one man described in an interview in 2022: “The jihadists have made marriage cheaper for everyone.”", "quote")
    assert (q.speaker, q.speaker_role) == (None, "one man")
    text = ("As a nomadic herder from central Mali's Mopti area described in a 2016 interview with researcher "
            'Boukary Sangaré: "We want to be free of our elites and their domination."')
    q = one("en", text, "quote")
    assert q.speaker is None and q.speaker_role == "a nomadic herder from central Mali's Mopti area"  # not the researcher
    q = one("en", '"Bamako is not under threat," the minister said.', "quote")
    assert (q.speaker, q.speaker_role) == (None, "the minister")
    q = one("en", '"They burned the trucks and left," said a driver who escaped on foot.', "quote")
    assert (q.speaker, q.speaker_role) == (None, "a driver")


def test_quote_organisation_speaker():
    q = one("en", 'The Malian army said in a statement that it had "repelled a terrorist attack" near Boni.', "quote")
    assert q.speaker.startswith("Military Forces of Mali") and q.text == "repelled a terrorist attack"


@pytest.mark.parametrize("text", [
    'The jihadists call the tax "zakat".',
    'The so-called "peace deal" has failed.',
    "The village chief's son, known as 'the teacher', was released.",
])
def test_scare_quotes_are_not_quotes(text):
    assert read("en", text, "quote") == []


def test_quote_pronoun_with_nobody_named():
    q = one("en", '"We will not leave our land," she said.', "quote")
    assert q.speaker is None


# --- quotes: French -----------------------------------------------------------
@pytest.mark.parametrize("text, speaker, role", [
    ("« Le groupe peut désormais frapper partout dans le pays », a déclaré Amadou Diallo, chercheur à l'Institut de Tombouctou.",
     "Amadou Diallo", "chercheur à l'Institut de Tombouctou"),
    ("Selon Amadou Diallo, « les jihadistes contrôlent désormais les principaux axes routiers du centre ».", "Amadou Diallo", None),
    ("Le porte-parole du gouvernement, Abdoulaye Maïga, a affirmé : « Bamako n'est pas menacée par les terroristes. »",
     "Abdoulaye Maïga", "Le porte-parole du gouvernement"),
    ("« Nous avons tout perdu dans l'attaque du village », raconte un éleveur de Boni.", None, "un éleveur de Boni"),
    ("Le préfet de Kpendjal, Yendoubé Lamboni, a appelé les habitants à la vigilance. « Chaque information compte pour nous », a-t-il déclaré.",
     "Yendoubé Lamboni", "Le préfet de Kpendjal"),
    ("Selon une source sécuritaire, « plusieurs dizaines de terroristes ont été neutralisés » lors des frappes.", None, "une source sécuritaire"),
])
def test_citations_fr(text, speaker, role):
    q = one("fr", text, "quote")
    assert (q.speaker, q.speaker_role) == (speaker, role)


def test_citation_organisation_fr():
    q = one("fr", "L'armée malienne a affirmé dans un communiqué avoir « repoussé une attaque terroriste complexe ».", "quote")
    assert q.speaker.startswith("Military Forces of Mali")


# --- warnings: English --------------------------------------------------------
def test_warning_modal_with_actor_and_place():
    w = one("en", "JNIM could besiege Bamako within months.", "warning")
    assert w.actor.startswith("JNIM") and w.place == "Bamako" and w.speaker is None


def test_warning_experts_and_anaphor():
    text = "JNIM has blocked the main roads. Some experts expect that the group might soon begin a full siege of the Malian capital, Bamako."
    w = one("en", text, "warning")
    assert (w.speaker, w.place) == ("experts", "Bamako") and w.actor.startswith("JNIM")
    assert len(w.evidence) == 2  # the sentence that names the group 'the group' stands for
    w = one("en", "Experts fear that if carried out, this plan could make the security situation far worse.", "warning")
    assert w.speaker == "experts"


def test_warning_pronoun_speaker():
    text = ("Edmund Fitton-Brown, the UN expert on the Sahelian security landscape, spoke in Washington. "
            "He warned that JNIM could seek to install a government in Bamako.")
    w = one("en", text, "warning")
    assert (w.speaker, w.speaker_role, w.place) == ("Edmund Fitton-Brown", "the UN expert on the Sahelian security landscape", "Bamako")
    assert w.actor.startswith("JNIM")


def test_warning_concerns_over_contagion():
    text = ("JNIM now operates in three countries. The group's capacity to launch attacks across borders raises "
            "concerns over potential contagion to areas like northwest Nigeria and Côte d'Ivoire.")
    w = one("en", text, "warning")
    assert w.place == "Nigeria" and w.actor.startswith("JNIM") and w.speaker is None


def test_quote_that_warns_is_a_quote_and_a_warning():
    text = "“The contagion spreading to Burkina Faso is all but a certainty,” – Edmund Fitton-Brown"
    claims = read("en", text)
    assert sorted(c.kind for c in claims) == ["quote", "warning"]
    w = next(c for c in claims if c.kind == "warning")
    assert (w.speaker, w.place) == ("Edmund Fitton-Brown", "Burkina Faso")


@pytest.mark.parametrize("text", [
    "Officials said the attackers may have fled to Burkina Faso.",
    "In May, militants attacked a convoy near Gao.",
    "Villagers fled for fear of reprisals.",
    "She may now appeal to the courts to uphold her right to consent.",
    "Islamist courts are often seen as more likely to rule in favour of women.",
    "JNIM fighters may have been among the dead in Boni, the army said.",
    "The attackers could not be identified, according to a local official.",
])
def test_not_warnings_en(text):
    assert read("en", text, "warning") == []


# --- warnings: French ---------------------------------------------------------
def test_mises_en_garde_fr():
    w = one("fr", "Les experts craignent que le JNIM ne cherche à installer un gouvernement à Bamako.", "warning")
    assert (w.speaker, w.place) == ("experts", "Bamako") and w.actor.startswith("JNIM")
    w = one("fr", "Le JNIM pourrait assiéger Bamako dans les mois à venir, selon plusieurs analystes.", "warning")
    assert (w.speaker, w.place) == ("analystes", "Bamako")
    w = one("fr", "Il existe un risque de contagion vers le Bénin et le Togo.", "warning")
    assert w.place == "Bénin"
    w = one("fr", "Le groupe menace de couper les routes vers la capitale, a averti le ministre.", "warning")
    assert w.text.startswith("Le groupe menace")


@pytest.mark.parametrize("text", [
    "Des habitants ont fui par crainte de représailles.",
    "Les assaillants auraient pu fuir vers le Niger.",
    "Des hommes armés ont attaqué le village de Boni en mai.",
])
def test_pas_de_mises_en_garde_fr(text):
    assert read("fr", text, "warning") == []


# --- the seed articles --------------------------------------------------------
@pytest.mark.skipif(not SEEDS.is_dir(), reason="the seed articles (../shared/seeds) are not here")
def test_seed_articles():
    fixture = yaml.safe_load(FIXTURE.read_text("utf-8"))
    extractor = claim_extractor(fixture["lang"])
    missed, wrong, extras, found = [], [], [], 0
    for name, expected in fixture["articles"].items():
        text = (SEEDS / f"{name}.txt").read_text("utf-8")
        result = score_claims(expected, extractor.extract(text, name))
        found += len(result.found)
        missed += [(name, item) for item in result.missed]
        wrong += [(name, f, want, got) for _, f, want, got in result.wrong]
        extras += [(name, c.kind, c.text[:80]) for c in result.extras]
    assert found == 26
    assert missed == [] and wrong == [] and extras == []
