import socket
import threading

import pytest

from sahelwatch.ingest import IngestContext, iter_documents
from sahelwatch.ingest.fetch import FetchError, Fetcher
from sahelwatch.models import RawDocument, Rejection
from sahelwatch.settings import Fetch

ARTICLE = ("<html lang='en'><head><title>Attack</title><meta charset='utf-8'></head><body><article><h1>Attack near Ménaka</h1>"
           "<p>Gunmen attacked a village near Ménaka on Sunday, killing five civilians, residents said.</p>"
           "<p>The army said it had sent reinforcements to the area after the attack.</p></article></body></html>")


def read(settings, *urls):
    return list(iter_documents(list(urls), IngestContext(settings)))


@pytest.fixture
def allowed(make_settings):
    return make_settings(fetch={"allow_private": True})


def test_html_page_by_url(allowed, site):
    url = site.add("/a.html", ARTICLE)
    [doc] = read(allowed, url)
    assert isinstance(doc, RawDocument) and "killing five civilians" in doc.text
    assert doc.url == url and doc.input_ref == url and doc.lang == "en" and "Ménaka" in doc.text
    agent = site.requests[0][1]["User-Agent"]
    assert agent.startswith("sahelwatch/") and "research" in agent


def test_other_content_types_by_url(allowed, site):
    text_url = site.add("/a.txt", "Plain text report about Gao, long enough.", "text/plain; charset=utf-8")
    jsonl_url = site.add("/a.jsonl", '{"id": "u1", "text": "Line about Kidal."}\n', "application/x-ndjson")
    csv_url = site.add("/a.csv", "id,text\nc1,Row about Ansongo.\n", "text/csv")
    docs = read(allowed, text_url, jsonl_url, csv_url)
    assert [type(d).__name__ for d in docs] == ["RawDocument"] * 3
    assert docs[1].id == "u1" and docs[2].id == "c1"


def test_private_addresses_are_refused_by_default(settings, site):
    url = site.add("/a.html", ARTICLE)
    [r] = read(settings, url)
    assert isinstance(r, Rejection) and r.reason == "private_address" and "--allow-private" in r.message
    assert site.requests == []  # nothing was sent


def test_redirect_to_private_address_is_checked_each_hop(settings):
    fetcher = Fetcher(settings.fetch)
    with pytest.raises(FetchError) as err:
        fetcher.check_address("http://169.254.169.254/latest/meta-data")
    assert err.value.reason == "private_address"
    with pytest.raises(FetchError) as err:
        fetcher.check_address("file:///etc/passwd")
    assert err.value.reason == "unsupported_url"


def test_redirects_are_followed(allowed, site):
    target = site.add("/final.html", ARTICLE)
    start = site.add("/start", "", status=302, headers={"Location": "/final.html"})
    [doc] = read(allowed, start)
    assert isinstance(doc, RawDocument) and doc.meta["fetched_url"] == target


def test_http_errors_size_cap_and_content_type(make_settings, site):
    settings = make_settings(fetch={"allow_private": True, "max_bytes": 1000})
    missing = site.base + "/missing"
    big = site.add("/big.html", "<p>" + "x" * 5000 + "</p>")
    chunked = site.add("/chunked.html", "<p>" + "y" * 5000 + "</p>", headers={"Content-Length": "10"})
    image = site.add("/logo.png", b"\x89PNG\r\n", "image/png")
    empty = site.add("/empty.html", "")
    items = read(settings, missing, big, image, empty, "ftp://example.org/file")
    assert [i.reason for i in items] == ["http_error", "too_large", "unsupported_type", "empty", "unsupported_url"]
    assert "404" in items[0].message and all(i.input_ref for i in items)
    assert chunked  # declared length lies; the streamed count is what is checked
    [r] = read(settings, chunked)
    assert isinstance(r, Rejection)


def test_timeout(make_settings):
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(1)
    port = server.getsockname()[1]
    held = []
    threading.Thread(target=lambda: held.append(server.accept()), daemon=True).start()
    settings = make_settings(fetch={"allow_private": True, "timeout": 0.5})
    try:
        [r] = read(settings, f"http://127.0.0.1:{port}/slow")
        assert r.reason == "timeout" and "timed out" in r.message, r.message
    finally:
        server.close()


def test_unresolvable_host(settings):
    fetcher = Fetcher(Fetch(allow_private=False))
    with pytest.raises(FetchError) as err:
        fetcher.check_address("http://no-such-host.invalid/")
    assert err.value.reason == "network"
