"""dedupe stage (arrives with later issues)."""
