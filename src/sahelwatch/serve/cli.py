"""The `sahelwatch` command: thin click commands over the library.

Exit status: 0 all inputs stored; 3 some inputs were rejected (the rest was
stored); 1 an error stopped the command; 2 a usage error.
"""

from __future__ import annotations

import json
import logging
import sys

import click

from sahelwatch import __version__
from sahelwatch.settings import SettingsError, load_settings

EXIT_REJECTED = 3
log = logging.getLogger("sahelwatch")


class _TqdmHandler(logging.StreamHandler):
    """Log lines to stderr without breaking a progress bar."""

    def emit(self, record):
        try:
            from tqdm import tqdm

            tqdm.write(self.format(record), file=sys.stderr)
        except Exception:  # pragma: no cover - logging must never raise
            self.handleError(record)


def _setup_logging(verbose: int, quiet: bool) -> None:
    level = logging.DEBUG if verbose > 1 else logging.INFO if verbose else logging.WARNING
    if quiet:
        level = logging.WARNING
    handler = _TqdmHandler()
    handler.setFormatter(logging.Formatter("%(levelname)s: %(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(logging.WARNING)
    log.setLevel(level)
    logging.getLogger("trafilatura").setLevel(logging.ERROR)
    logging.getLogger("htmldate").setLevel(logging.ERROR)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--db", envvar=None, help="Store: a DuckDB file (default: $SAHELWATCH_DB, else ./sahelwatch.duckdb).")
@click.option("--config", type=click.Path(dir_okay=False), help="A YAML settings file (default: $SAHELWATCH_CONFIG).")
@click.option("-q", "--quiet", is_flag=True, help="No progress bars; errors only.")
@click.option("-v", "--verbose", count=True, help="More log lines on stderr (-vv for debugging).")
@click.version_option(__version__, prog_name="sahelwatch")
@click.pass_context
def cli(ctx: click.Context, db, config, quiet, verbose):
    """sahelwatch: conflict-event coding from news reports, in English and French."""
    _setup_logging(verbose, quiet)
    ctx.obj = {"db": db, "config": config, "quiet": quiet}


def _db_option(f):
    """--db is accepted after the command name too: `sahelwatch status --db x.duckdb`."""

    def remember(ctx, _param, value):
        if value:
            ctx.find_root().obj["db"] = value
        return value

    return click.option("--db", "db_", expose_value=False, callback=remember, is_eager=True,
                        help="Store: a DuckDB file (default: $SAHELWATCH_DB, else ./sahelwatch.duckdb).")(f)


def _settings(ctx: click.Context, **overrides):
    obj = ctx.obj
    if obj["db"]:
        overrides["db"] = obj["db"]
    if obj["quiet"]:
        overrides["progress"] = False
    try:
        return load_settings(obj["config"], overrides)
    except SettingsError as exc:
        raise click.ClickException(str(exc)) from None


def _open(settings):
    from sahelwatch.store import StoreError, open_store

    try:
        return open_store(settings.db, threads=settings.store.threads)
    except StoreError as exc:
        raise click.ClickException(str(exc)) from None


def _ingest_options(f):
    options = [
        click.option("--allow-private", is_flag=True, default=None, help="Allow URLs on private, loopback and link-local addresses."),
        click.option("--full-pages", is_flag=True, default=None, help="For feeds, fetch each item's full page."),
        click.option("--encoding", help="Encoding of text, Markdown, JSONL and CSV files (default utf-8)."),
        click.option("--languages", help="Languages to code, comma-separated ISO 639-1 codes (default en,fr)."),
        click.option("--batch-size", type=int, help="Articles per transaction."),
        click.option("-q", "--quiet", "quiet_", is_flag=True, help="No progress bar; errors only."),
        click.option("--model", type=click.Path(exists=True, dir_okay=False), help="A type model from `sahelwatch train` (run only)."),
    ]
    for field in ("id", "text", "date", "url", "source", "title", "lang"):
        options.append(click.option(f"--{field}-column", f"{field}_column", help=f"JSONL key or CSV column holding the article {field}."))
    for option in reversed(options):
        f = option(f)
    return f


def _ingest_overrides(kw) -> dict:
    languages = kw.get("languages")
    coded = [c.strip() for c in languages.split(",")] if languages else None
    detect = None
    if coded:
        defaults = load_settings(environ={}).languages.detect
        detect = list(dict.fromkeys(coded + defaults))
    return {
        "fetch": {"allow_private": kw.get("allow_private"), "full_pages": kw.get("full_pages")},
        "ingest": {
            "encoding": kw.get("encoding"),
            "batch_size": kw.get("batch_size"),
            "columns": {f: kw.get(f"{f}_column") for f in ("id", "text", "date", "url", "source", "title", "lang")},
        },
        "languages": {"coded": coded, "detect": detect},
        "extract": {"model": kw.get("model")},
    }


def _run(ctx, inputs, command, kw) -> None:
    from sahelwatch.pipeline import Pipeline

    if kw.pop("quiet_", False):
        ctx.obj["quiet"] = True
        _setup_logging(0, True)
    settings = _settings(ctx, **_ingest_overrides(kw))
    with _open(settings) as store:
        summary = getattr(Pipeline(settings, store), command)(inputs)
    click.echo(
        f"{command}: {summary.seen} inputs read, {summary.added} articles added "
        f"({summary.grouped} joined an existing story), {summary.unchanged} already stored, "
        f"{summary.rejected} rejected" + (f"; {summary.coded} articles coded, {summary.reports} event reports, "
                                          f"{summary.events_new} new events, {summary.reports_merged} reports merged into events, "
                                          f"{summary.claims} statistics, quotes and warnings" if command == "run" else ""),
        err=True,
    )
    if summary.rejected:
        click.echo(f"{summary.rejected} inputs were rejected; `sahelwatch status` lists the reasons.", err=True)
        ctx.exit(EXIT_REJECTED)


@cli.command()
@_db_option
@click.argument("inputs", nargs=-1, required=True)
@_ingest_options
@click.pass_context
def ingest(ctx, inputs, **kw):
    """Read articles from files, folders, JSONL/CSV, HTML, RSS/Atom feeds and URLs into the store."""
    _run(ctx, inputs, "ingest", kw)


@cli.command()
@_db_option
@click.argument("inputs", nargs=-1, required=True)
@_ingest_options
@click.pass_context
def run(ctx, inputs, **kw):
    """Run every pipeline stage over INPUTS: ingest, then code events."""
    _run(ctx, inputs, "run", kw)


@cli.command()
@_db_option
@click.option("--input", "-i", "input_path", required=True, help="Documents: JSONL (id, text, published, lang, url, source) or CSV; '-' for stdin.")
@click.option("--output", "-o", default="-", show_default=True, help="Event reports, one JSON object per line.")
@click.option("--text-column", help="CSV column or JSONL key holding the text.")
@click.option("--date-column", help="CSV column or JSONL key holding the publication date.")
@click.option("--id-column", help="CSV column or JSONL key holding the document id.")
@click.option("--model", type=click.Path(exists=True, dir_okay=False), help="A type model from `sahelwatch train`.")
@click.option("-q", "--quiet", "quiet_", is_flag=True, help="No progress bar.")
@click.pass_context
def extract(ctx, input_path, output, text_column, date_column, id_column, model, quiet_):
    """Code the events that documents report, in ACLED's schema, with evidence spans.

    Uses the places imported into the store (--db) when that store exists.
    """
    import os

    from sahelwatch.extract.batch import extract_file

    if quiet_:
        ctx.obj["quiet"] = True
    settings = _settings(ctx, ingest={"columns": {"text": text_column, "date": date_column, "id": id_column}},
                         extract={"model": model})
    extractor = None
    if os.path.exists(settings.db):
        from sahelwatch.pipeline import Pipeline

        with _open(settings) as store:
            extractor = Pipeline(settings, store).extractor()
    try:
        handle = sys.stdout if output == "-" else open(output, "w", encoding="utf-8")
    except OSError as exc:
        raise click.ClickException(f"{output}: cannot write: {exc.strerror}") from None
    with handle if output != "-" else _nullcontext(handle):
        summary = extract_file(input_path, handle, settings, extractor)
    click.echo(f"extract: {summary.documents} documents, {summary.reports} event reports, "
               f"{summary.skipped_language} not in a coded language, {len(summary.rejections)} rejected", err=True)
    if summary.rejections:
        ctx.exit(EXIT_REJECTED)


@cli.command()
@click.option("--acled", "exports", multiple=True, required=True, type=click.Path(exists=True, dir_okay=False),
              help="An ACLED export (CSV with notes and sub_event_type); repeat for several.")
@click.option("--output", "-o", required=True, help="Model file to write (keep it local: ACLED's terms forbid redistribution).")
@click.option("--years", help="Only train on these years, e.g. 1997-2018 or 2019,2020.")
@click.option("--text-only", is_flag=True, help="Learn from the notes alone, not from the rules' reading of them too.")
@click.pass_context
def train(ctx, exports, output, years, text_only):
    """Fit an event-type classifier on your own ACLED export, to sharpen the rules.

    By default the rules read every note first and the model learns where they agree
    with ACLED's coders and where they do not. Use it with `--model FILE` on run or
    extract (or extract.model in the settings).
    """
    try:
        from sahelwatch.extract.model import AcledExportError, train_from_acled
    except ImportError as exc:
        raise click.ClickException(f"training needs scikit-learn and skops: pip install 'sahelwatch[train]' ({exc})") from None
    chosen = None
    if years:
        chosen = set()
        for part in years.split(","):
            a, _, b = part.partition("-")
            try:
                chosen.update(range(int(a), int(b or a) + 1))
            except ValueError:
                raise click.BadParameter(f"expected years like 1997-2018 or 2019,2020, got {years!r}") from None
    coder = None
    if not text_only:
        from sahelwatch.extract.engine import build_extractor

        settings = _settings(ctx)
        coder = build_extractor(settings)

    def progress(done, total):
        if not ctx.obj["quiet"]:
            click.echo(f"train: the rules read {done}/{total} notes", err=True)

    try:
        model = train_from_acled(list(exports), chosen, coder, progress)
    except AcledExportError as exc:
        raise click.ClickException(str(exc)) from None
    model.save(output)
    how = "the notes alone" if text_only else "the notes and the rules' reading of them"
    click.echo(f"model trained on {model.header['training_size']} events ({how}) written to {output}", err=True)


@cli.group()
def gazetteer():
    """The gazetteer: import GeoNames country dumps into the store."""


@gazetteer.command("import")
@_db_option
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.pass_context
def gazetteer_import(ctx, files):
    """Import GeoNames dumps (allCountries format, e.g. ML.txt); re-importing updates in place."""
    from sahelwatch.geocode.geonames import GeoNamesError, parse_dump

    settings = _settings(ctx.find_root())
    failed = 0
    with _open(settings) as store:
        for path in files:
            try:
                rows = parse_dump(path)
            except GeoNamesError as exc:
                click.echo(f"Error: {exc}", err=True)
                failed += 1
                continue
            new = store.add_places(rows)
            click.echo(f"{path}: {len(rows)} places ({new} new, {len(rows) - new} updated)", err=True)
    if failed:
        ctx.exit(EXIT_REJECTED)


@cli.command()
@_db_option
@click.argument("text")
@click.option("--lang", type=click.Choice(["auto", "en", "fr"]), default="auto", show_default=True, help="Language of the text.")
@click.option("--top", type=int, default=5, show_default=True, help="Candidates to show per place.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON (one object per place) instead of text.")
@click.pass_context
def geocode(ctx, text, lang, top, as_json):
    """Show how each place in TEXT is read: the candidates, their scores and the pick.

    Uses the places imported into the store (--db) when that store exists.
    """
    import json
    import os

    from sahelwatch.extract.engine import build_extractor

    settings = _settings(ctx)
    if lang == "auto":
        from sahelwatch.normalize.language import LanguageDetector

        lang = LanguageDetector(settings.languages).detect(text)
    places = []
    if os.path.exists(settings.db):
        with _open(settings) as store:
            places = list(store.iter_places())
    extractor = build_extractor(settings, places)
    readings = extractor.geocode_text(text, lang)
    if not readings:
        click.echo("no place names found", err=True)
    for reading in readings:
        row = reading.to_dict(top)
        if as_json:
            click.echo(json.dumps(row, ensure_ascii=False))
            continue
        where = f"{row['latitude']:.4f}, {row['longitude']:.4f}" if row["latitude"] is not None else "no point"
        units = ", ".join(u for u in (row["admin2"], row["admin1"], row["country"]) if u)
        click.echo(f"{row['name']} [{row['cue']}] -> {where}  geo_precision {row['geo_precision']}  ({units})  via {row['method']}")
        for c in row["candidates"]:
            click.echo(f"    {c['score']:6.2f}  {c['name']} ({c['kind']}, {c['country']}, {c['source']}) "
                       f"{c['latitude']}, {c['longitude']}: {'; '.join(c['reasons'])}")


class _nullcontext:
    def __init__(self, value):
        self.value = value

    def __enter__(self):
        return self.value

    def __exit__(self, *exc):
        return False


@cli.command()
@_db_option
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@click.pass_context
def status(ctx, as_json):
    """Summarise the store."""
    settings = _settings(ctx)
    with _open(settings) as store:
        info = store.status()
    if as_json:
        click.echo(json.dumps(info, default=str, indent=2))
        return
    click.echo(f"store            {info['store']}")
    click.echo(f"migrations       {', '.join(info['migrations'])}")
    langs = ", ".join(f"{k} {v}" for k, v in info["articles_by_language"].items()) or "none"
    click.echo(f"articles         {info['articles']} ({langs}; {info['articles_not_coded']} not in a coded language; {info['articles_without_date']} without a date)")
    click.echo(f"outlets          {info['outlets']}")
    click.echo(f"stories          {info['stories']} ({info['stories_with_copies']} with syndicated copies)")
    reasons = ", ".join(f"{k} {v}" for k, v in info["rejections_by_reason"].items())
    click.echo(f"rejected inputs  {info['rejected_inputs']}" + (f" ({reasons})" if reasons else ""))
    click.echo(f"event reports    {info['event_reports']}")
    click.echo(f"events           {info['events']}")
    click.echo(f"claims           {info['claims']}")
    last = info["last_run"]
    if last:
        click.echo(
            f"last run         {last['command']} {last['started_at']:%Y-%m-%d %H:%M} {last['status']}: "
            f"{last['added']} added, {last['unchanged']} unchanged, {last['rejected']} rejected"
        )


@cli.command()
@_db_option
@click.option("--table", type=click.Choice(["articles", "reports", "events", "claims", "quotes", "warnings"]), default="events", show_default=True)
@click.option("--format", "fmt", type=click.Choice(["csv", "jsonl", "geojson", "parquet"]), default="csv", show_default=True)
@click.option("--output", "-o", help="File to write (default: standard output; required for parquet).")
@click.pass_context
def export(ctx, table, fmt, output):
    """Export a table; events in CSV use ACLED's column names and order."""
    from sahelwatch.store.export import ExportError, write_export

    settings = _settings(ctx)
    with _open(settings) as store:
        columns, rows = store.export_rows(table)
        try:
            n = write_export(columns, rows, fmt, output)
        except ExportError as exc:
            raise click.ClickException(str(exc)) from None
    click.echo(f"exported {n} {table} rows as {fmt}" + (f" to {output}" if output and output != "-" else ""), err=True)


from sahelwatch.serve import cli_events, cli_serve  # noqa: E402,F401  (register their commands on `cli`)


def main() -> None:
    cli(prog_name="sahelwatch")


if __name__ == "__main__":
    main()
