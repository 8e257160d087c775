from sahelwatch.ingest import IngestContext, iter_documents
from sahelwatch.ingest.feeds import read_feed
from sahelwatch.models import RawDocument, Rejection

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Test Wire (synthetic)</title><link>https://wire.example/</link><language>en</language>
<item><title>Ambush near Kayes</title><link>{base}/item1</link><guid>item-1</guid>
<pubDate>Tue, 14 Jan 2025 08:00:00 GMT</pubDate><category>synthetic</category>
<description>Short summary.</description>
<content:encoded><![CDATA[<p>Gunmen ambushed a convoy of fuel tankers near Kayes on Monday.</p><p>Three drivers were killed.</p>]]></content:encoded></item>
<item><title>Empty one</title><guid>item-2</guid></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">
<title>Le Courrier (synthétique)</title><id>tag:c.example,2025:feed</id><updated>2025-02-18T10:00:00Z</updated>
<entry><title>Bilanga : bétail emporté</title><id>tag:c.example,2025:1</id><link href="https://c.example/1"/>
<published>2025-02-18T09:00:00Z</published><updated>2025-02-18T09:00:00Z</updated>
<content type="html">&lt;p&gt;Des hommes armés ont emporté du bétail à Bilanga samedi.&lt;/p&gt;</content></entry></feed>"""


def test_rss_items_with_full_text_and_provenance():
    items = list(read_feed(RSS.format(base="https://wire.example").encode(), "wire.xml"))
    doc, empty = items
    assert isinstance(doc, RawDocument)
    assert doc.text.split("\n")[0] == "Gunmen ambushed a convoy of fuel tankers near Kayes on Monday."
    assert (doc.title, doc.url, doc.outlet, doc.lang) == ("Ambush near Kayes", "https://wire.example/item1", "Test Wire (synthetic)", "en")
    assert doc.input_ref == "wire.xml#item-1" and doc.meta["synthetic"] is True
    assert tuple(doc.published[:3]) == (2025, 1, 14)
    assert isinstance(empty, Rejection) and empty.reason == "empty" and empty.input_ref == "wire.xml#item-2"


def test_atom_entry():
    [doc] = read_feed(ATOM.encode(), "c.atom")
    assert doc.text.strip() == "Des hommes armés ont emporté du bétail à Bilanga samedi."
    assert doc.url == "https://c.example/1" and doc.outlet == "Le Courrier (synthétique)"


def test_malformed_and_empty_feeds(settings, tmp_path):
    (tmp_path / "broken.xml").write_text("<rss><channel><title>x</title><item><title>unclosed", "utf-8")
    (tmp_path / "empty.rss").write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>x</title></channel></rss>', "utf-8")
    items = list(iter_documents([str(tmp_path)], IngestContext(settings)))
    reasons = sorted(i.reason for i in items)
    assert reasons == ["empty", "malformed_feed"] or reasons == ["empty", "empty"]  # feedparser may salvage nothing either way
    assert all(isinstance(i, Rejection) for i in items)


def test_full_pages_are_fetched_when_asked(make_settings, site):
    site.add("/item1", "<html><head><title>x</title></head><body><article><h1>Ambush</h1>"
             "<p>The full page says gunmen ambushed a convoy of fuel tankers near Kayes on Monday and killed three drivers.</p>"
             "<p>A second paragraph with more detail about the convoy and the road to the border.</p></article></body></html>")
    site.add("/wire.xml", RSS.format(base=site.base), "application/rss+xml")
    settings = make_settings(fetch={"allow_private": True, "full_pages": True})
    items = list(iter_documents([site.base + "/wire.xml"], IngestContext(settings)))
    doc = items[0]
    assert "The full page says" in doc.text and doc.input_kind == "feed+page"
    assert doc.title == "Ambush near Kayes" and doc.input_ref.endswith("#item-1")
