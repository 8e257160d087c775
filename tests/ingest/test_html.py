from sahelwatch.ingest.html import fragment_text, read_html
from sahelwatch.models import RawDocument, Rejection

PAGE = """<!DOCTYPE html><html lang="fr"><head><title>Djibo - Le Site</title>
<meta property="og:site_name" content="Le Site (synthétique)">
<meta property="article:published_time" content="2025-03-04T10:00:00Z">
<meta name="author" content="A. Reporter"><meta name="sahelwatch:synthetic" content="true">
<link rel="canonical" href="https://site.example/djibo"></head>
<body><nav><a href="/">Accueil</a> <a href="/sport">Sport</a></nav>
<div class="cookie">Nous utilisons des cookies pour améliorer votre expérience.</div>
<article><h1>Attaque près de Djibo</h1>
<p>Une attaque a fait une vingtaine de morts dans la nuit de samedi à dimanche près de Djibo, selon des sources locales.</p>
<p>Les assaillants sont arrivés à moto et ont incendié des boutiques avant de se replier vers la frontière.</p>
<p>Un habitant a écrit &lt;script&gt;alert('x')&lt;/script&gt; dans un commentaire cité ici.</p>
</article><aside><h3>Les plus lus</h3><ul><li>Match de football hier soir au stade</li></ul></aside>
<footer>© 2025 Le Site. Tous droits réservés.</footer></body></html>"""


def test_main_text_and_metadata():
    [doc] = read_html(PAGE.encode(), "page.html")
    assert isinstance(doc, RawDocument)
    assert "une vingtaine de morts" in doc.text
    assert "cookies" not in doc.text and "Tous droits" not in doc.text and "football" not in doc.text
    assert doc.url == "https://site.example/djibo"
    assert doc.outlet == "Le Site (synthétique)"
    assert doc.published == "2025-03-04"
    assert doc.lang == "fr"
    assert doc.meta["synthetic"] is True and doc.meta["author"] == "A. Reporter"
    assert "<script>alert('x')</script>" in doc.text  # kept as text; escaping is the display's job


def test_page_without_date_has_no_date():
    page = PAGE.replace('<meta property="article:published_time" content="2025-03-04T10:00:00Z">', "")
    [doc] = read_html(page.encode(), "page.html")
    assert doc.published is None


def test_no_main_text_and_empty():
    [r] = read_html(b"<html><body><nav>Menu</nav></body></html>", "nav.html")
    assert isinstance(r, Rejection) and r.reason == "no_text"
    [r] = read_html(b"   ", "blank.html")
    assert r.reason == "empty"


def test_fragment_text_keeps_blocks_apart():
    text = fragment_text("<p>First para.</p><p>Second <b>bold</b> para.</p><script>x()</script>")
    assert [line for line in text.split("\n") if line] == ["First para.", "Second bold para."]
