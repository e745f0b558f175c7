"""The `caseassist` command: every verb is registered here from its area's module."""

from __future__ import annotations

import os

import typer

from caseassist.commands import access, ask, chronology, config, data, demo, evals, redaction, search, serve

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

app = typer.Typer(
    name="caseassist",
    help="CaseAssist: questions, chronologies and evaluations over children's social care records.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)



@app.callback()
def _root(ctx: typer.Context) -> None:
    """CaseAssist: questions, chronologies and evaluations over children's social care records."""


for area in (config, data, demo, search, redaction, access, ask, chronology, evals, serve):
    area.register(app)


def main() -> None:
    app()
