"""`caseassist demo-data`: write a synthetic corpus with gold annotations for demos and evaluations."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from caseassist.commands.common import fail

_MAX_CASES = 5000


def register(app: typer.Typer) -> None:
    @app.command("demo-data")
    def demo_data(
        out_dir: Annotated[Path, typer.Argument(metavar="OUT_DIR", help="Directory to write cases.jsonl, users.json and gold/ into.")],
        cases: Annotated[int, typer.Option("--cases", min=1, max=_MAX_CASES, help="How many cases to generate.")] = 30,
        seed: Annotated[int, typer.Option("--seed", help="Same seed, same bytes.")] = 7,
        family: Annotated[str, typer.Option(
            "--family", metavar="standard|heldout",
            help="heldout uses disjoint name pools and different phrasing, for honest evaluation.",
        )] = "standard",
        names_from: Annotated[str | None, typer.Option(
            "--names-from", metavar="ORIGIN",
            help="Counterfactual for bias evaluation: the same cases with every family's names from ORIGIN "
                 "(british, irish, south_asian, african, caribbean, eastern_european, arabic, east_asian, grt, latin_american).",
        )] = None,
    ) -> None:
        """Generate realistic, entirely fictional case records with gold PII spans, questions and events."""
        from records.synthetic.generator import generate, write_corpus
        from records.synthetic.names import Family

        try:
            chosen = Family(family)
        except ValueError:
            fail(f"--family: {family!r} is not one of standard, heldout")
        if out_dir.exists() and not out_dir.is_dir():
            fail(f"{out_dir}: exists and is not a directory; choose a directory for OUT_DIR")
        corpus = generate(cases, seed, chosen)
        if names_from is not None:
            from records.synthetic.counterfactual import UnknownOriginError, with_names_from
            from records.synthetic.names import vocabulary

            try:
                corpus = with_names_from(corpus, names_from, vocabulary(chosen), seed)
            except UnknownOriginError as exc:
                fail(f"--names-from: {exc}")
        try:
            written = write_corpus(corpus, out_dir)
        except OSError as exc:
            fail(f"{out_dir}: cannot write the corpus ({exc.strerror or exc}); check the directory is writable and has space")
        summary = {
            "out_dir": str(out_dir),
            "family": chosen.value,
            "names_from": names_from,
            "seed": seed,
            "cases": len(corpus.cases),
            "notes": corpus.note_count,
            "users": len(corpus.users),
            "questions": len(corpus.gold.questions),
            "events": len(corpus.gold.events),
            "files": [str(path.relative_to(out_dir)) for path in written],
        }
        typer.echo(json.dumps(summary, indent=2))

    @app.command("demo-accounts")
    def demo_accounts(
        ctx: typer.Context,
        users_file: Annotated[Path, typer.Argument(metavar="USERS.json", help="The demo corpus's users.json (already imported).")],
    ) -> None:
        """Development only: let the demo corpus's users sign in with the demo password.

        Users who already have a password keep it. Refused when CASEASSIST_ENV=prod.
        """
        from assistant.wiring import build_access
        from caseassist.commands.common import settings
        from records.loader import InputError, load_users
        from records.synthetic.actors import DEMO_PASSWORD

        current = settings(ctx)
        if current.env != "dev":
            fail("demo-accounts is for development only: it refuses to run with CASEASSIST_ENV=prod")
        try:
            users = load_users(users_file)
        except InputError as exc:
            fail(str(exc))
        access = build_access(current)
        ready = 0
        for user in users:
            info = access.users.info(user.username)
            if info is None:
                fail(f"{users_file.name}: user {user.username!r} has not been imported (run caseassist import --users first)")
            if not info.has_password:
                access.set_password("demo-accounts", user.username, DEMO_PASSWORD)
            ready += 1
        typer.echo(f"{ready} demo users can sign in (the password is printed by caseassist serve in development)")
