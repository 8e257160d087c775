from sahelwatch.normalize.language import LanguageDetector
from sahelwatch.settings import Languages

SETTINGS = Languages(coded=["en", "fr"], detect=["en", "fr", "de", "pt"], sample_chars=600, min_chars=20)


def test_detects_english_french_and_flags_others():
    d = LanguageDetector(SETTINGS)
    assert d.detect("Suspected militants attacked an army post near the town on Sunday, killing soldiers.") == "en"
    assert d.detect("Des hommes armés ont attaqué un poste de l'armée dimanche près de la ville.") == "fr"
    german = "Bewaffnete Männer haben am Sonntag einen Armeeposten in der Nähe der Stadt angegriffen."
    assert d.detect(german) == "de" and not d.is_coded("de")
    assert d.is_coded("fr")


def test_short_text_uses_hint_else_undetermined():
    d = LanguageDetector(SETTINGS)
    assert d.detect("Gao", hint="fr-FR") == "fr"
    assert d.detect("Gao") == "und"
