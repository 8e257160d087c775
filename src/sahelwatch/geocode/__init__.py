"""geocode stage (arrives with later issues)."""
