"""serve: the command line (cli.py) and, later, the REST API and dashboard."""
