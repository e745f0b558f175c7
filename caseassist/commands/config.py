"""`caseassist config`: the effective settings, secrets masked."""

from __future__ import annotations

import json

import typer

from caseassist.commands.common import settings


def register(app: typer.Typer) -> None:
    @app.command("config")
    def config(ctx: typer.Context) -> None:
        """Print the effective settings (from CASEASSIST_* variables) with secrets masked."""
        current = settings(ctx)
        typer.echo(json.dumps(current.masked(), indent=2, sort_keys=True))
        typer.echo(f"# settings fingerprint: {current.fingerprint()}")
