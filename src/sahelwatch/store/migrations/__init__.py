"""Named SQL migrations, applied in name order and recorded in schema_migrations."""
