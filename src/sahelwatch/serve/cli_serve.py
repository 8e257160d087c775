"""`sahelwatch serve`: the REST API and the dashboard over the store."""

from __future__ import annotations

import click

from sahelwatch.serve.cli import _db_option, _open, _settings, cli


@cli.command()
@_db_option
@click.option("--host", help="Address to listen on (default serve.host, 127.0.0.1).")
@click.option("--port", type=int, help="Port (default serve.port, 8765).")
@click.pass_context
def serve(ctx, host, port):
    """Serve the REST API (docs at /docs) and the analyst dashboard (at /).

    Reading needs no token; writing (undoing a merge) needs the token set in
    serve.token, best given as SAHELWATCH__SERVE__TOKEN in the environment."""
    import uvicorn

    from sahelwatch.serve.api import WEB, create_app

    overrides = {"serve": {k: v for k, v in (("host", host), ("port", port)) if v is not None}}
    settings = _settings(ctx, **overrides)
    store = _open(settings)
    app = create_app(settings, store)
    if not (WEB / "vendor" / "manifest.json").is_file():
        click.echo("warning: the dashboard's scripts are not installed (run `make setup`); the API works without them", err=True)
    url = f"http://{settings.serve.host}:{settings.serve.port}/"
    click.echo(f"sahelwatch: dashboard at {url}, API docs at {url}docs ({settings.db}); Ctrl-C stops", err=True)
    try:
        uvicorn.run(app, host=settings.serve.host, port=settings.serve.port, log_level="warning")
    finally:
        store.close()
