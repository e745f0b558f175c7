"""What every command shares: settings built once per invocation, and one way to fail.

A user's mistake ends with one line on stderr and exit code 2, never a traceback.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import NoReturn

import typer
from pydantic import ValidationError

from assistant.settings import Settings

EXIT_INPUT = 2


def fail(message: str, code: int = EXIT_INPUT) -> NoReturn:
    typer.echo(message, err=True)
    raise typer.Exit(code)


def settings(ctx: typer.Context) -> Settings:
    """The Settings for this invocation, built on first use and kept on the root context."""
    root = ctx.find_root()
    root.ensure_object(dict)
    if "settings" not in root.obj:
        try:
            root.obj["settings"] = Settings()
        except ValidationError as exc:
            problems = "; ".join(
                f"{'.'.join(str(p) for p in err['loc']) or 'settings'}: {err['msg'].removeprefix('Value error, ')}"
                for err in exc.errors(include_url=False)
            )
            fail(f"invalid settings: {problems}")
    settings_: Settings = root.obj["settings"]
    return settings_


def is_terminal() -> bool:
    return sys.stderr.isatty()


@contextmanager
def operator_errors() -> Iterator[None]:
    """Failures an operator can fix (vault key, model, Chroma server, database) as one line; bugs still raise."""
    from sqlalchemy.exc import SQLAlchemyError

    from assistant.wiring import ConfigurationError
    from redaction import VaultKeyError
    from retrieval.chroma_index import ChromaUnavailableError
    from retrieval.embedding import EmbedderError

    try:
        yield
    except (ConfigurationError, ChromaUnavailableError, EmbedderError, VaultKeyError) as exc:
        fail(str(exc))
    except SQLAlchemyError as exc:
        fail(f"database error: {type(exc).__name__} (check CASEASSIST_DATABASE_URL)")
