"""End to end: the server started for real, the dashboard driven in headless Chromium
(Debian's /usr/bin/chromium through Playwright; no browser is downloaded).
Skipped, with the reason, where Chromium or the dashboard's installed scripts are missing."""

import socket
import threading
import time
from pathlib import Path

import pytest

from sahelwatch.serve.api import WEB, create_app

CHROMIUM = Path("/usr/bin/chromium")
OUTPUT = Path(__file__).resolve().parents[2] / "test-output"
pytestmark = [
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed (/usr/bin/chromium)"),
    pytest.mark.skipif(not (WEB / "vendor" / "manifest.json").exists(), reason="dashboard scripts not installed (make setup)"),
]


@pytest.fixture(scope="module")
def server(served_settings, served_store):
    import uvicorn

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    config = uvicorn.Config(create_app(served_settings, served_store), host="127.0.0.1", port=port, log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    for _ in range(100):
        if srv.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=5)


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=[
            "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync"])
        yield b
        b.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    page.dialogs = []
    page.outside = []
    page.on("dialog", lambda d: (page.dialogs.append(d.message), d.dismiss()))
    page.on("request", lambda r: page.outside.append(r.url) if not r.url.startswith(("http://127.0.0.1", "data:", "blob:", "about:")) else None)
    yield page
    context.close()


def ready(page):
    page.wait_for_selector("body[data-ready=yes]", state="attached", timeout=20000)


def test_the_map_shows_the_corpus_events_and_nothing_comes_from_outside(page, server, served_store):
    page.goto(server + "/")
    ready(page)
    points = int(page.get_attribute("#map", "data-points"))
    with_coordinates = served_store.con.execute("SELECT count(*) FROM events WHERE latitude IS NOT NULL").fetchone()[0]
    assert points == with_coordinates > 0
    assert page.locator(".marker-cluster").count() + page.locator("#map canvas").count() > 0
    assert page.locator("#map .leaflet-overlay-pane svg path, #map canvas").count() > 0  # the outlines
    assert page.outside == []  # every script, style and outline was served here
    OUTPUT.mkdir(exist_ok=True)
    page.wait_for_timeout(300)
    page.screenshot(path=str(OUTPUT / "dashboard.png"), full_page=True)


def test_a_filter_changes_the_table_and_the_chart(page, server):
    page.goto(server + "/")
    ready(page)
    before_summary = page.text_content("#summary")
    before_chart = int(page.get_attribute("#chart", "data-total"))
    page.select_option("#f-country", "Niger")
    page.click("#apply")
    page.wait_for_function(f"document.querySelector('#summary').textContent !== {before_summary!r}")
    page.wait_for_function(f"Number(document.querySelector('#chart').dataset.total) !== {before_chart}")
    countries = page.locator("#events tbody tr td:nth-child(6)").all_text_contents()
    assert countries and set(countries) == {"Niger"}
    assert int(page.get_attribute("#chart", "data-total")) < before_chart
    assert "country=Niger" in page.url  # the filters are in the address, to share


def test_an_event_page_shows_its_evidence(page, server, served_store):
    event_id = served_store.con.execute("SELECT event_id_cnty FROM events ORDER BY n_reports DESC, event_id_cnty LIMIT 1").fetchone()[0]
    page.goto(f"{server}/event/{event_id}")
    ready(page)
    assert event_id in page.text_content("#title")
    assert page.locator("p.passage").count() >= 1
    marks = page.locator("mark.hl")
    assert marks.count() >= 2
    fields = " ".join(marks.nth(i).get_attribute("data-fields") for i in range(marks.count()))
    assert "event_type" in fields


def test_article_text_cannot_run_in_the_page(page, server, served_store):
    event_id = served_store.con.execute(
        "SELECT event_id_cnty FROM event_reports WHERE doc_id = 'synthetic-xss' AND event_id_cnty IS NOT NULL").fetchone()[0]
    page.goto(f"{server}/event/{event_id}")
    ready(page)
    assert "<script>window.__xss=3</script>" in page.text_content("#reports")  # shown as text
    assert page.locator("a[href^='javascript:']").count() == 0  # a javascript: 'url' is no link
    page.goto(f"{server}/?q=djibo")
    ready(page)
    assert page.evaluate("window.__xss") is None and page.dialogs == []
