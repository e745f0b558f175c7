"""Commands for this area are registered here by its owner."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    """No commands yet."""
