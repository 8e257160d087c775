"""The REST API and the dashboard, one FastAPI app over a store (`sahelwatch serve`).

Reading needs no token. Anything that writes needs the operator's token
(settings serve.token, sent as ``Authorization: Bearer TOKEN``). OpenAPI docs
at /docs (Swagger UI from the installed files). The dashboard's files are in serve/web/, its third-party scripts and
map outlines in serve/web/vendor/ (installed at set-up; see serve/assets.py).
"""

from __future__ import annotations

import csv
import hmac
import io
import threading
from datetime import date
from pathlib import Path
from typing import Annotated

import orjson
from fastapi import Depends, FastAPI, Header, HTTPException, Query, Request
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.staticfiles import StaticFiles

from sahelwatch import __version__
from sahelwatch.serve.cache import AnswerCache
from sahelwatch.store.filters import EventFilter, FilterError

WEB = Path(__file__).resolve().parent / "web"
EXPORT_COLUMNS = ("event_id_cnty", "event_date", "year", "time_precision", "event_type", "sub_event_type", "actor1",
                  "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
                  "region", "country", "admin1", "admin2", "location", "latitude", "longitude", "geo_precision",
                  "source", "notes", "fatalities", "iso3", "n_reports", "n_sources", "fatalities_note")


def _json_default(value):
    return str(value)  # Decimal, UUID...: as text (dates and datetimes orjson writes itself, in ISO 8601)


class JSON(JSONResponse):
    def render(self, content) -> bytes:
        return orjson.dumps(content, default=_json_default, option=orjson.OPT_NON_STR_KEYS)


def create_app(settings, store) -> FastAPI:
    """The app over ``store`` (each worker thread reads through a connection of its own)."""
    app = FastAPI(title="sahelwatch", version=__version__, default_response_class=JSON, docs_url=None, redoc_url=None,
                  description="Conflict events coded from news reports, with the evidence for every field.")
    local = threading.local()
    write_lock = threading.Lock()
    limits = settings.serve

    def db():
        if getattr(local, "store", None) is None:
            local.store = store.for_thread()
        return local.store

    def filters(
        country: Annotated[list[str], Query()] = [],  # noqa: B006 (FastAPI copies defaults)
        admin1: Annotated[list[str], Query()] = [],  # noqa: B006
        event_type: Annotated[list[str], Query()] = [],  # noqa: B006
        sub_event_type: Annotated[list[str], Query()] = [],  # noqa: B006
        actor: str | None = None, date_from: date | None = None, date_to: date | None = None,
        bbox: Annotated[str | None, Query(description="min_lon,min_lat,max_lon,max_lat")] = None,
        min_fatalities: int | None = None, q: str | None = None,
    ) -> EventFilter:
        try:
            box = tuple(float(x) for x in bbox.split(",")) if bbox else None
            return EventFilter(country, admin1, event_type, sub_event_type, actor or None, date_from, date_to, box, min_fatalities, q or None)
        except (FilterError, ValueError) as exc:
            raise HTTPException(422, str(exc)) from None

    def writer(authorization: str | None = Header(default=None)):
        if not limits.token:
            raise HTTPException(403, "writing is disabled: the operator has set no token (serve.token)")
        given = (authorization or "").removeprefix("Bearer ").strip()
        if not hmac.compare_digest(given.encode(), limits.token.encode()):
            raise HTTPException(401, "a valid token is needed to write (Authorization: Bearer TOKEN)")

    @app.exception_handler(FilterError)
    def bad_filter(_request: Request, exc: FilterError):
        return JSON({"detail": str(exc)}, status_code=422)

    @app.get("/api/health")
    def health():
        return {"status": "ok", "version": __version__, "events": db().facets()["events"]}

    @app.get("/api/meta", summary="What the filters can choose among")
    def meta():
        return db().facets()

    @app.get("/api/events", summary="Events, filtered, sorted and paged")
    def events(f: EventFilter = Depends(filters), sort: str = "event_date", order: str = "desc",
               limit: int = Query(50, ge=1), offset: int = Query(0, ge=0)):
        total, rows = db().query_events(f, sort, order, min(limit, limits.max_page), offset)
        return {"total": total, "limit": min(limit, limits.max_page), "offset": offset, "events": rows}

    @app.get("/api/events.geojson", summary="Events as GeoJSON points (those with coordinates)")
    def events_geojson(f: EventFilter = Depends(filters), limit: int = Query(50000, ge=1)):
        columns = ("event_id_cnty", "event_date", "event_type", "sub_event_type", "actor1", "actor2", "location",
                   "latitude", "longitude", "geo_precision", "fatalities", "n_sources")
        total, rows = db().query_events(f, "fatalities", "desc", min(limit, limits.max_points), 0, columns)
        features = [{"type": "Feature", "geometry": {"type": "Point", "coordinates": [r["longitude"], r["latitude"]]},
                     "properties": {k: v for k, v in r.items() if k not in ("latitude", "longitude")}}
                    for r in rows if r["latitude"] is not None and r["longitude"] is not None]
        return {"type": "FeatureCollection", "total": total, "features": features}

    @app.get("/api/events.csv", summary="Events as CSV, ACLED's column names", response_class=Response)
    def events_csv(f: EventFilter = Depends(filters), limit: int = Query(50000, ge=1)):
        _, rows = db().query_events(f, "event_date", "asc", min(limit, limits.max_points), 0, EXPORT_COLUMNS)
        out = io.StringIO()
        writer_ = csv.writer(out)
        writer_.writerow(EXPORT_COLUMNS)
        for r in rows:
            writer_.writerow(["" if r[c] is None else r[c] for c in EXPORT_COLUMNS])
        return Response(out.getvalue(), media_type="text/csv; charset=utf-8",
                        headers={"Content-Disposition": 'attachment; filename="sahelwatch-events.csv"'})

    @app.get("/api/events/{event_id}", summary="One event with its reports, sources, evidence and merge decisions")
    def event(event_id: str):
        found = db().event_detail(event_id)
        if found is None:
            raise HTTPException(404, f"no event {event_id!r}")
        return found

    @app.get("/api/actors", summary="Actors with their events and deaths")
    def actors(f: EventFilter = Depends(filters), limit: int = Query(200, ge=1, le=5000)):
        return {"actors": db().actor_summary(f, limit)}

    def claims_of(kind: str | None, q: str | None, limit: int, offset: int):
        total, rows = db().list_claims(kind, q, min(limit, limits.max_page), offset)
        return {"total": total, "limit": min(limit, limits.max_page), "offset": offset, "claims": rows}

    @app.get("/api/claims", summary="Statistics, quotes and warnings")
    def claims(kind: str | None = Query(None, pattern="^(statistic|quote|warning)$"), q: str | None = None,
               limit: int = Query(50, ge=1), offset: int = Query(0, ge=0)):
        return claims_of(kind, q, limit, offset)

    @app.get("/api/quotes", summary="Quotes with their speakers")
    def quotes(q: str | None = None, limit: int = Query(50, ge=1), offset: int = Query(0, ge=0)):
        return claims_of("quote", q, limit, offset)

    @app.get("/api/warnings", summary="Warnings and forecasts")
    def warnings(q: str | None = None, limit: int = Query(50, ge=1), offset: int = Query(0, ge=0)):
        return claims_of("warning", q, limit, offset)

    @app.get("/api/timeseries", summary="Events and deaths per week or month")
    def timeseries(f: EventFilter = Depends(filters), interval: str = Query("month", pattern="^(week|month)$"),
                   group_by: str | None = Query(None, pattern="^(event_type|sub_event_type|actor|admin1|country)$")):
        return {"interval": interval, "group_by": group_by, "series": db().timeseries(f, interval, group_by)}

    @app.post("/api/merges/{merge_id}/undo", summary="Undo a wrong merge (needs the token)", dependencies=[Depends(writer)])
    def undo_merge(merge_id: str):
        from sahelwatch.dedupe import run_dedupe

        with write_lock:
            try:
                merge = store.undo_merge(merge_id)
            except KeyError as exc:
                raise HTTPException(404, str(exc).strip("'\"")) from None
            except ValueError as exc:
                raise HTTPException(409, str(exc)) from None
            summary = run_dedupe(store, settings)
        return {"undone": merge_id, "report_id": merge["report_id"], "left": merge["event_id_cnty"],
                "now_in": store.event_of_report(merge["report_id"]), "dedupe": str(summary)}

    # --- the dashboard -------------------------------------------------------------
    if (WEB / "vendor").is_dir():
        app.mount("/vendor", StaticFiles(directory=WEB / "vendor"), name="vendor")

    @app.get("/docs", include_in_schema=False)
    def docs():
        # Swagger UI from the files installed at set-up, not from a CDN
        return get_swagger_ui_html(openapi_url=app.openapi_url, title="sahelwatch API",
                                   swagger_js_url="/vendor/swagger-ui-bundle.js", swagger_css_url="/vendor/swagger-ui.css",
                                   swagger_favicon_url="/vendor/swagger-favicon.png")

    @app.get("/", include_in_schema=False)
    def dashboard():
        return FileResponse(WEB / "index.html", headers={"Cache-Control": "no-cache"})

    @app.get("/event/{event_id}", include_in_schema=False)
    def event_page(event_id: str):
        return FileResponse(WEB / "event.html", headers={"Cache-Control": "no-cache"})

    @app.get("/app/{name}", include_in_schema=False)
    def app_file(name: str):
        path = WEB / name
        if name not in ("app.js", "event.js", "common.js", "app.css") or not path.is_file():
            raise HTTPException(404, "no such file")
        return FileResponse(path, headers={"Cache-Control": "no-cache"})

    if limits.cache_size:
        app.add_middleware(AnswerCache, size=limits.cache_size)
    return app
