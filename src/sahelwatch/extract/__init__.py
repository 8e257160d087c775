"""extract stage (arrives with later issues)."""
