"""Getting records in and out: import, stats, delete, search."""

from __future__ import annotations

import json
import time
from collections import Counter
from pathlib import Path

import typer

from caseassist.commands.common import fail, settings
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


def register(app: typer.Typer) -> None:
    @app.command("import")
    def import_(
        ctx: typer.Context,
        cases_file: Path = typer.Argument(..., metavar="CASES.jsonl", help="One case per line, in the import format."),
        users_file: Path | None = typer.Option(None, "--users", metavar="USERS.json", help="Users to add or update first."),
        dry_run: bool = typer.Option(False, "--dry-run", help="Validate only; write nothing."),
        skip_invalid: bool = typer.Option(False, "--skip-invalid", help="List invalid records and import the rest."),
        prune: bool = typer.Option(False, "--prune", help="Remove notes and cases missing from this file."),
    ) -> None:
        """Validate CASES.jsonl, then redact, chunk, embed and index it, all or nothing."""
        from assistant import ingest

        current = settings(ctx)
        started = time.monotonic()
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
            typer.echo(f"skipping {len(loaded.invalid_lines)} invalid record(s) on line(s) {', '.join(map(str, loaded.invalid_lines))}", err=True)
        summary = _validation_summary(loaded.cases)
        if dry_run:
            typer.echo(json.dumps({"valid": True, "dry_run": True, **summary}, indent=2))
            return
        result = ingest.run_import(current, loaded.cases, users, prune=prune, progress=True)
        typer.echo(json.dumps({**summary, **result.as_dict(), "seconds": round(time.monotonic() - started, 1)}, indent=2))
