"""analyze stage (arrives with later issues)."""
