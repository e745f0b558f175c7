"""`caseassist eval run | compare | evidence`, added to the `eval` group the redaction commands own.

`eval run` is the release gate: exit 0 when every gate passes, 1 when a gate fails, 2 when the
harness itself could not run (bad input, broken configuration): it fails closed, never "passed".
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from caseassist.commands.common import fail, settings

EXIT_GATE_FAILED = 1
EXIT_HARNESS = 2


def register(app: typer.Typer) -> None:
    from caseassist.commands.redaction import eval_app

    eval_app.command("run")(run)
    eval_app.command("compare")(compare)
    eval_app.command("evidence")(evidence)


def run(
    ctx: typer.Context,
    suites: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="[SUITE]...", help="accuracy grounding privacy permissions bias chronology (default: all)."
        ),
    ] = None,
    backend: Annotated[
        str, typer.Option(help="extractive (offline) or ollama (CASEASSIST_OLLAMA__BASE_URL).")
    ] = "extractive",
    model: Annotated[
        str | None, typer.Option(help="Ollama model to evaluate (default: CASEASSIST_OLLAMA__MODEL).")
    ] = None,
    baseline: Annotated[
        Path | None, typer.Option(metavar="REPORT.json", help="Gate non-regression against this report.")
    ] = None,
    report: Annotated[
        Path | None, typer.Option("--report", metavar="DIR", help="Write report.json and report.html here.")
    ] = None,
    corpus: Annotated[Path, typer.Option(metavar="DIR", help="Corpus with gold files (caseassist demo-data).")] = Path(
        "data/demo"
    ),
    case: Annotated[
        list[str] | None, typer.Option("--case", metavar="ID", help="Only these cases (repeatable).")
    ] = None,
    max_questions: Annotated[int | None, typer.Option(min=1, help="Ask at most this many gold questions.")] = None,
    gates: Annotated[
        Path | None, typer.Option(metavar="GATES.yaml", help="Gates file (default: evals/gates.yaml).")
    ] = None,
) -> None:
    """Run evaluation suites against the assistant built as production builds it, then apply the gates."""
    from assistant.wiring import ConfigurationError
    from evals.core import DatasetError
    from evals.gates import GATES
    from evals.runner import RunOptions, check_suites, run_suites
    from evals.subject import HarnessError

    config = settings(ctx)
    if backend not in ("extractive", "ollama"):
        fail(f"--backend: {backend!r} is not one of extractive, ollama")
    try:
        names = check_suites(suites or [])
    except HarnessError as exc:
        fail(str(exc))
    if report is not None and report.exists() and not report.is_dir():
        fail(f"--report {report}: exists and is not a directory; choose a directory")
    options = RunOptions(
        suites=names,
        corpus=corpus,
        backend=backend,
        model=model,
        baseline=baseline,
        report_dir=report,
        case_ids=set(case) if case else None,
        max_questions=max_questions,
        gates=gates or GATES,
    )

    def progress(message: str, fraction: float) -> None:
        typer.echo(f"[{fraction:4.0%}] {message}", err=True)

    try:
        result = run_suites(config, options, progress)
    except (HarnessError, DatasetError, ConfigurationError) as exc:
        fail(f"evaluation harness error, no verdict: {exc}", EXIT_HARNESS)
    except Exception as exc:
        fail(f"evaluation harness error, no verdict: {type(exc).__name__}: {exc}", EXIT_HARNESS)
    for gate in result["gates"]["results"]:
        mark = "pass" if gate["passed"] else "FAIL"
        typer.echo(
            f"{mark:4}  {gate['suite']}.{gate['metric']} = {gate['value']:.4g} ({gate['rule']}) {gate['reason']}"
        )
    summary = {name: body["metrics"] for name, body in result["suites"].items()}
    typer.echo(
        json.dumps(
            {"passed": result["gates"]["passed"], "report": str(report) if report else None, "metrics": summary},
            indent=2,
        )
    )
    if not result["gates"]["passed"]:
        raise typer.Exit(EXIT_GATE_FAILED)


def compare(
    a: Annotated[Path, typer.Argument(metavar="A.json")],
    b: Annotated[Path, typer.Argument(metavar="B.json")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the rows as JSON.")] = False,
) -> None:
    """Per-metric deltas from report A to report B, with an exact McNemar test where outcomes are paired."""
    from evals.compare import compare as compare_reports
    from evals.compare import render
    from evals.core import DatasetError
    from evals.runner import load_report

    try:
        rows = compare_reports(load_report(a), load_report(b))
    except DatasetError as exc:
        fail(str(exc))
    typer.echo(json.dumps(rows, indent=2) if as_json else render(rows))


def evidence(
    report: Annotated[Path, typer.Argument(metavar="REPORT.json")],
    out: Annotated[
        Path | None, typer.Option("--out", metavar="FILE.md", help="Default: evidence.md next to the report.")
    ] = None,
) -> None:
    """Write a Markdown summary for the ATRS record and the DPIA's accuracy and fairness section."""
    from evals.core import DatasetError
    from evals.evidence import render
    from evals.runner import load_report

    try:
        data = load_report(report)
    except DatasetError as exc:
        fail(str(exc))
    target = out or (report if report.is_dir() else report.parent) / "evidence.md"
    try:
        target.write_text(render(data), encoding="utf-8")
    except OSError as exc:
        fail(f"{target}: cannot write ({exc.strerror or exc})")
    typer.echo(str(target))
