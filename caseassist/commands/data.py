"""Getting records in and out: import, stats, delete, compact.

Every failure a user can cause (bad input, a store that cannot be reached, a tampered model)
ends with one line on stderr and exit code 2, and leaves the stores as they were.
"""

from __future__ import annotations

import json
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer

from caseassist.commands.common import fail, is_terminal, settings
from records.loader import InputError, load_cases, load_users
from records.models import Case
from records.vocabulary import canonical_type

_MAX_PROBLEMS_SHOWN = 50


def _validation_summary(cases: list[Case]) -> dict[str, object]:
    unknown = Counter(note.type for case in cases for note in case.notes if canonical_type(note.type) is None)
    return {
        "cases": len(cases),
        "notes": sum(len(case.notes) for case in cases),
        "people": sum(1 + len(case.people) for case in cases),
        "unknown_note_types": dict(unknown.most_common()),
    }


@contextmanager
def _store_errors() -> Iterator[None]:
    """Turn the failures an operator can fix into one line; programming errors still raise."""
    from sqlalchemy.exc import SQLAlchemyError

    from access.errors import AccessError
    from assistant.ingest_stores import StoreBusyError
    from assistant.wiring import ConfigurationError
    from redaction import VaultKeyError
    from retrieval.chroma_index import ChromaUnavailableError
    from retrieval.embedding import EmbedderError

    try:
        yield
    except (ConfigurationError, ChromaUnavailableError, EmbedderError, AccessError, VaultKeyError, StoreBusyError) as exc:
        fail(str(exc))
    except SQLAlchemyError as exc:
        fail(f"database error, nothing was changed: {type(exc).__name__} (check CASEASSIST_DATABASE_URL)")
    except KeyboardInterrupt:
        fail("interrupted: the import was rolled back; run it again to finish", code=130)


def register(app: typer.Typer) -> None:
    @app.command("import")
    def import_(
        ctx: typer.Context,
        cases_file: Annotated[Path, typer.Argument(metavar="CASES.jsonl", help="One case per line, in the import format.")],
        users_file: Annotated[Path | None, typer.Option("--users", metavar="USERS.json", help="Users to add or update first.")] = None,
        dry_run: Annotated[bool, typer.Option("--dry-run", help="Validate only; write nothing.")] = False,
        skip_invalid: Annotated[bool, typer.Option("--skip-invalid", help="List invalid records and import the rest.")] = False,
        prune: Annotated[bool, typer.Option("--prune", help="Remove notes and cases missing from this file.")] = False,
    ) -> None:
        """Validate CASES.jsonl, then redact, chunk, embed and index it, all or nothing."""
        from assistant import ingest

        current = settings(ctx)
        started = time.monotonic()
        with _store_errors():
            try:
                users = load_users(users_file) if users_file else []
                known = ingest.known_usernames(current, users)
                loaded = load_cases(cases_file, known_users=known)
            except InputError as exc:
                fail(str(exc))
        if loaded.problems:
            for problem in loaded.problems[:_MAX_PROBLEMS_SHOWN]:
                typer.echo(str(problem), err=True)
            more = len(loaded.problems) - _MAX_PROBLEMS_SHOWN
            if more > 0:
                typer.echo(f"... and {more} more problems", err=True)
            if not skip_invalid:
                fail(f"{len(loaded.invalid_lines)} invalid record(s) in {cases_file.name}; nothing was written (use --skip-invalid to import the rest)")
            if prune:
                fail(f"--prune with {len(loaded.invalid_lines)} invalid record(s) would remove the cases on those lines from every store; fix them or drop --prune; nothing was written")
            typer.echo(f"skipping {len(loaded.invalid_lines)} invalid record(s) on line(s) {', '.join(map(str, loaded.invalid_lines))}", err=True)
        summary = _validation_summary(loaded.cases)
        if dry_run:
            typer.echo(json.dumps({"valid": True, "dry_run": True, **summary}, indent=2))
            return
        with _store_errors():
            result = ingest.run_import(current, loaded.cases, users, prune=prune, progress=is_terminal())
        typer.echo(json.dumps({**summary, **result.as_dict(), "seconds": round(time.monotonic() - started, 1)}, indent=2))

    @app.command("stats")
    def stats(
        ctx: typer.Context,
        as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
    ) -> None:
        """Counts in every store: cases, notes, chunks, keyword rows, cached vectors, users."""
        from assistant.wiring import build_stores

        current = settings(ctx)
        with _store_errors():
            figures = build_stores(current).stats()
        figures["embedder"] = current.retrieval.embedder
        figures["chroma_mode"] = current.retrieval.chroma_mode
        if as_json:
            typer.echo(json.dumps(figures))
            return
        width = max(len(key) for key in figures)
        for key, value in figures.items():
            typer.echo(f"{key:<{width}}  {value}")

    @app.command("delete")
    def delete(
        ctx: typer.Context,
        case_id: Annotated[str, typer.Option("--case", metavar="ID", help="The case to remove from every store.")],
        as_user: Annotated[str | None, typer.Option("--as", help="The admin running this command (checked and audited).")] = None,
        no_compact: Annotated[bool, typer.Option("--no-compact", help="Skip the compaction step (run `caseassist compact` later).")] = False,
    ) -> None:
        """Remove everything derived from a case (chunks, keywords, vault, catalogue, cached vectors) and print a receipt."""
        from access.control import os_operator
        from assistant.wiring import build_access, build_stores

        current = settings(ctx)
        with _store_errors():
            actor = os_operator() if as_user is None else build_access(current).require_admin(as_user).username
            stores = build_stores(current)
            receipt = stores.delete_case(case_id.strip(), actor).as_dict()
            removed = sum(v for k, v in receipt.items() if k != "case_id")
            if removed == 0:
                fail(f"case {case_id!r} is not in any store; nothing was removed")
            receipt["compaction"] = "skipped (run `caseassist compact`)" if no_compact else stores.compact()
        typer.echo(json.dumps({"deleted": receipt}, indent=2))

    @app.command("compact")
    def compact(ctx: typer.Context) -> None:
        """Make deletions physical: drop unused cached vectors, merge keyword segments, vacuum Chroma."""
        from assistant.wiring import build_stores

        with _store_errors():
            report = build_stores(settings(ctx)).compact()
        typer.echo(json.dumps({"compacted": report}, indent=2))
