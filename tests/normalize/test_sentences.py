from sahelwatch.normalize.sentences import SentenceSplitter

TEXT = ("BAMAKO, 14 March (Sahel Wire) - Gen. A. Traoré said 12 soldiers died. \"It was bad,\" he said. "
        "Mr. Diallo disagreed! Le Lt-Col. Koné a dit. M. Ba est parti. « Nous avons peur », a déclaré M. Sow. "
        "54 attacks in July. U.S. officials said so.\nHeadline without stop\nLast one.")


def test_sentences_respect_abbreviations_initials_and_lines():
    spans = SentenceSplitter()(TEXT)
    assert [TEXT[s:e] for s, e in spans] == [
        "BAMAKO, 14 March (Sahel Wire) - Gen. A. Traoré said 12 soldiers died.",
        '"It was bad," he said.',
        "Mr. Diallo disagreed!",
        "Le Lt-Col. Koné a dit.",
        "M. Ba est parti.",
        "« Nous avons peur », a déclaré M. Sow.",
        "54 attacks in July.",
        "U.S. officials said so.",
        "Headline without stop",
        "Last one.",
    ]


def test_offsets_are_exact_and_cover_no_whitespace():
    text = "  One.  Two!\n\n Three?  "
    spans = SentenceSplitter()(text)
    assert [text[s:e] for s, e in spans] == ["One.", "Two!", "Three?"]
