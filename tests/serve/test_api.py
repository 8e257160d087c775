"""The REST API over a store coded from the sample corpus (httpx through FastAPI's TestClient)."""

import csv
import io

import pytest
from fastapi.testclient import TestClient

from sahelwatch.serve.api import create_app


@pytest.fixture(scope="module")
def client(served_settings, served_store):
    with TestClient(create_app(served_settings, served_store)) as c:
        yield c


def test_events_filter_sort_and_page(client):
    everything = client.get("/api/events", params={"limit": 500}).json()
    assert everything["total"] >= 40 and len(everything["events"]) == everything["total"]
    mali = client.get("/api/events", params={"country": "Mali", "limit": 500}).json()
    assert 0 < mali["total"] < everything["total"] and {e["country"] for e in mali["events"]} == {"Mali"}
    two = client.get("/api/events", params={"country": ["Mali", "Niger"], "limit": 500}).json()
    assert two["total"] > mali["total"]
    deadly = client.get("/api/events", params={"min_fatalities": 5, "sort": "fatalities", "order": "asc"}).json()
    deaths = [e["fatalities"] for e in deadly["events"]]
    assert deaths == sorted(deaths) and min(deaths) >= 5
    page1 = client.get("/api/events", params={"limit": 5, "offset": 0}).json()["events"]
    page2 = client.get("/api/events", params={"limit": 5, "offset": 5}).json()["events"]
    assert not {e["event_id_cnty"] for e in page1} & {e["event_id_cnty"] for e in page2}
    dated = client.get("/api/events", params={"date_from": "2025-01-01", "date_to": "2025-12-31", "limit": 500}).json()["events"]
    assert dated and all("2025-01-01" <= e["event_date"] <= "2025-12-31" for e in dated)
    jnim = client.get("/api/events", params={"actor": "jnim", "limit": 500}).json()["events"]
    assert jnim and all("JNIM" in (e["actor1"] or "") + (e["actor2"] or "") for e in jnim)
    box = client.get("/api/events", params={"bbox": "-6,13,-1,16", "limit": 500}).json()["events"]
    assert box and all(-6 <= e["longitude"] <= -1 and 13 <= e["latitude"] <= 16 for e in box)
    words = client.get("/api/events", params={"q": "boni"}).json()
    assert words["total"] >= 1


def test_bad_filters_are_clear_errors(client):
    assert client.get("/api/events", params={"sort": "drop table"}).status_code == 422
    r = client.get("/api/events", params={"date_from": "2025-02-01", "date_to": "2025-01-01"})
    assert r.status_code == 422 and "after" in r.json()["detail"]
    assert client.get("/api/events", params={"bbox": "1,2,3"}).status_code == 422
    assert client.get("/api/events", params={"date_from": "yesterday"}).status_code == 422
    assert client.get("/api/timeseries", params={"interval": "year"}).status_code == 422


def test_event_page_data_has_reports_passages_and_evidence(client):
    first = client.get("/api/events", params={"sort": "n_sources", "order": "desc", "limit": 1}).json()["events"][0]
    event = client.get(f"/api/events/{first['event_id_cnty']}").json()
    assert event["reports"] and event["sources"] and event["merges"]
    report = event["reports"][0]
    assert report["passages"] and report["passages"][0]["text"]
    assert report["field_evidence"].get("event_type")
    assert client.get("/api/events/NOPE-1").status_code == 404


def test_exports_timeseries_actors_and_claims(client):
    geo = client.get("/api/events.geojson", params={"country": "Burkina Faso"}).json()
    assert geo["type"] == "FeatureCollection" and geo["features"]
    assert all(f["geometry"]["type"] == "Point" for f in geo["features"])
    text = client.get("/api/events.csv", params={"country": "Niger"}).text
    rows = list(csv.DictReader(io.StringIO(text)))
    assert rows and {r["country"] for r in rows} == {"Niger"} and "event_id_cnty" in rows[0]
    ts = client.get("/api/timeseries", params={"interval": "month", "group_by": "event_type"}).json()
    total = client.get("/api/events").json()["total"]
    undated = client.get("/api/events", params={"limit": 500}).json()["events"]
    assert sum(r["events"] for r in ts["series"]) == total - sum(e["event_date"] is None for e in undated)
    weekly = client.get("/api/timeseries", params={"interval": "week", "group_by": "actor", "country": "Mali"}).json()["series"]
    assert weekly and all(r["period"] for r in weekly)
    actors = client.get("/api/actors").json()["actors"]
    assert actors and actors[0]["events"] >= actors[-1]["events"]
    quotes = client.get("/api/quotes").json()
    assert quotes["total"] and all(c["kind"] == "quote" for c in quotes["claims"])
    assert client.get("/api/warnings").json()["claims"]
    assert client.get("/api/claims", params={"kind": "gossip"}).status_code == 422


def test_writing_needs_the_operators_token(client, served_settings):
    merge = next((m for m in client.get("/api/events/" + client.get("/api/events", params={"sort": "n_sources", "limit": 1}).json()["events"][0]["event_id_cnty"]).json()["merges"] if m["action"] == "merge"), None)
    assert merge is not None
    url = f"/api/merges/{merge['merge_id']}/undo"
    assert client.post(url).status_code == 401
    assert client.post(url, headers={"Authorization": "Bearer wrong"}).status_code == 401
    assert client.post("/api/merges/nope/undo", headers={"Authorization": "Bearer test-token"}).status_code == 404


def test_no_token_configured_means_no_writing(served_settings, served_store):
    import dataclasses

    settings = dataclasses.replace(served_settings, serve=dataclasses.replace(served_settings.serve, token=None))
    with TestClient(create_app(settings, served_store)) as c:
        r = c.post("/api/merges/anything/undo", headers={"Authorization": "Bearer test-token"})
        assert r.status_code == 403 and "no token" in r.json()["detail"]


def test_openapi_and_offline_docs(client):
    spec = client.get("/openapi.json").json()
    assert "/api/events" in spec["paths"] and "/api/timeseries" in spec["paths"]
    docs = client.get("/docs").text
    assert "/vendor/swagger-ui-bundle.js" in docs and "cdn" not in docs.lower()


def test_an_analyst_with_the_token_undoes_a_merge(make_settings, tmp_path):
    import json as _json

    from sahelwatch.pipeline import Pipeline
    from sahelwatch.store import open_store

    settings = make_settings(serve={"token": "s3cret"})
    rows = [  # synthetic: one ambush told by two outlets
        {"id": "u1", "source": "One (synthetic)", "published": "2025-03-04",
         "text": "Suspected JNIM fighters ambushed a Malian army convoy near Boni on Sunday, killing five soldiers, security sources said."},
        {"id": "u2", "source": "Two (synthetic)", "published": "2025-03-03",
         "text": "On 2 March 2025, JNIM militants attacked an army convoy near Boni (Douentza, Mopti). Five soldiers were killed."},
    ]
    path = tmp_path / "two.jsonl"
    path.write_text("".join(_json.dumps(r) + "\n" for r in rows), "utf-8")
    with open_store(settings.db) as store:
        Pipeline(settings, store).run([str(path)])
        with TestClient(create_app(settings, store)) as c:
            event = c.get("/api/events").json()["events"][0]
            assert event["n_reports"] == 2
            merge = next(m for m in c.get(f"/api/events/{event['event_id_cnty']}").json()["merges"] if m["action"] == "merge")
            r = c.post(f"/api/merges/{merge['merge_id']}/undo", headers={"Authorization": "Bearer s3cret"})
            assert r.status_code == 200 and r.json()["now_in"] != event["event_id_cnty"]
            assert c.get("/api/events").json()["total"] == 2
            again = c.post(f"/api/merges/{merge['merge_id']}/undo", headers={"Authorization": "Bearer s3cret"})
            assert again.status_code == 409
