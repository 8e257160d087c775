"""ingest: files, folders, JSONL/CSV, HTML pages, RSS/Atom feeds and URLs -> RawDocument.

Every reader yields RawDocument for what it could read and Rejection for what
it could not, and never raises for bad input: one bad file, row or item never
stops the run.
"""

from sahelwatch.ingest.sources import IngestContext, iter_documents

__all__ = ["IngestContext", "iter_documents"]
