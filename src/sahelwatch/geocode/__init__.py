"""geocode: gazetteer layers (built in, imported) and toponym resolution."""
