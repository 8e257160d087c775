"""store: one interface (base.Store); DuckDB by default, PostgreSQL later."""

from sahelwatch.store.base import Store, StoreError


def open_store(db: str, threads: int = 0) -> Store:
    """Open (and migrate) the store named by ``db``: a file path means DuckDB."""
    if db.startswith(("postgresql://", "postgres://")):
        raise StoreError(f"{db}: the PostgreSQL backend is not available yet; use a DuckDB file path")
    from sahelwatch.store.duckdb import DuckDBStore

    store = DuckDBStore(db, threads=threads)
    store.migrate()
    return store


__all__ = ["Store", "StoreError", "open_store"]
