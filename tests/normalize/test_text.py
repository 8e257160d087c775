from sahelwatch.normalize.text import clean_text, looks_binary, strip_markdown


def test_clean_text_normalises_spacing_and_unicode():
    raw = "  Une\u00a0attaque\u200b à  Kayes\r\n\r\n\r\n\r\nDeuxième\tligne  \n"
    assert clean_text(raw) == "Une attaque à Kayes\n\nDeuxième ligne"
    decomposed = "Se\u0301vare\u0301"
    assert clean_text(decomposed) == "Sévaré"


def test_strip_markdown():
    assert strip_markdown("# Title\n**bold** and [link](http://x.example)") == "Title\nbold and link"


def test_looks_binary():
    assert looks_binary(b"abc\x00def")
    assert not looks_binary("texte accentué".encode())
