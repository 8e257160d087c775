"""Commands over merged events: `sahelwatch dedupe`, `sahelwatch merges list|undo`."""

from __future__ import annotations

import json

import click

from sahelwatch.serve.cli import _db_option, _open, _settings, cli


@cli.command()
@_db_option
@click.pass_context
def dedupe(ctx):
    """Merge the event reports not yet in an event into events (`run` does this too)."""
    from sahelwatch.dedupe import run_dedupe

    settings = _settings(ctx)
    with _open(settings) as store:
        summary = run_dedupe(store, settings)
    click.echo(f"dedupe: {summary}", err=True)


@cli.group()
def merges():
    """The merge decisions: which report started or joined which event, and why."""


@merges.command("list")
@_db_option
@click.option("--event", "event_id", help="Only this event's decisions.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per decision.")
@click.pass_context
def merges_list(ctx, event_id, as_json):
    """List merge decisions (undone ones are marked)."""
    settings = _settings(ctx)
    with _open(settings) as store:
        rows = store.merge_log(event_id)
    for row in rows:
        if as_json:
            click.echo(json.dumps(row, default=str))
            continue
        undone = " (undone)" if row.get("undone_at") else ""
        score = f" score {row['score']:.2f}" if row.get("score") is not None else ""
        click.echo(f"{row['merge_id']}  {row['action']:<5}  {row['event_id_cnty']:<10}  report {row['report_id']}{score}{undone}"
                   + (f"  [{row['reason']}]" if row.get("reason") else ""))
    if not rows:
        click.echo("no merge decisions" + (f" for {event_id}" if event_id else ""), err=True)


@merges.command("undo")
@_db_option
@click.argument("merge_id")
@click.pass_context
def merges_undo(ctx, merge_id):
    """Undo a wrong merge: the report leaves the event for good and is placed again."""
    from sahelwatch.dedupe import run_dedupe

    settings = _settings(ctx)
    with _open(settings) as store:
        try:
            merge = store.undo_merge(merge_id)
        except (KeyError, ValueError) as exc:
            raise click.ClickException(str(exc).strip("'\"")) from None
        summary = run_dedupe(store, settings)
        placed = store.event_of_report(merge["report_id"])
    click.echo(f"report {merge['report_id']} left {merge['event_id_cnty']}" + (f"; now in {placed}" if placed else "")
               + f" ({summary})", err=True)
