"""One module per area, each with `register(app)`; cli.py is the only place they meet."""
