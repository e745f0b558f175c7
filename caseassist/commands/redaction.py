"""`caseassist redact` (JSONL in, pseudonymised JSONL out) and `caseassist eval redaction`.

`eval_app` is the shared `caseassist eval` group: other areas add their evaluation commands to it.
Redaction imports (Presidio, spaCy) happen inside the commands so other verbs start fast.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import IO, Annotated, Any

import typer

from caseassist.commands.common import fail, settings

eval_app = typer.Typer(
    help="Evaluation suites: redaction quality and (from the evaluation harness) answer quality.", no_args_is_help=True
)


def register(app: typer.Typer) -> None:
    app.command("redact")(redact)
    app.add_typer(eval_app, name="eval")


def _parse_lines(source: IO[str], name: str) -> list[tuple[str, str, list[str]]]:
    """Every line validated before anything is written, so bad input never leaves half an output."""
    records: list[tuple[str, str, list[str]]] = []
    problems: list[str] = []
    for number, line in enumerate(source, start=1):
        if not line.strip():
            continue
        problem, record = _parse_line(line)
        if problem:
            problems.append(f"{name} line {number}: {problem}")
        elif record:
            records.append(record)
    if problems:
        shown = problems[:20] + ([f"... and {len(problems) - 20} more"] if len(problems) > 20 else [])
        fail("\n".join(shown))
    return records


def _parse_line(line: str) -> tuple[str | None, tuple[str, str, list[str]] | None]:
    try:
        row: Any = json.loads(line)
    except json.JSONDecodeError as exc:
        return f"not valid JSON ({exc.msg} at column {exc.colno})", None
    if not isinstance(row, dict):
        return f"expected a JSON object with id and text, got {type(row).__name__}", None
    note_id, text, people = row.get("id"), row.get("text"), row.get("people", [])
    if not isinstance(note_id, str | int) or isinstance(note_id, bool) or str(note_id).strip() == "":
        return "field id: required, a non-empty string", None
    if not isinstance(text, str) or not text.strip():
        return f"record {note_id}: field text: required, a non-empty string", None
    if not isinstance(people, list) or not all(isinstance(p, str) and p.strip() for p in people):
        return f"record {note_id}: field people: expected a list of full names (strings)", None
    return None, (str(note_id), text, [p.strip() for p in people])


def redact(
    ctx: typer.Context,
    in_file: Annotated[Path | None, typer.Option("--in", help="JSONL of {id, text, people?}; default stdin.")] = None,
    out_file: Annotated[
        Path | None, typer.Option("--out", help="Where to write JSONL of {id, redacted, entities}; default stdout.")
    ] = None,
) -> None:
    """Pseudonymise free text: names of the given people, anyone the NER finds, and UK identifiers."""
    config = settings(ctx)
    if in_file is not None:
        try:
            with in_file.open(encoding="utf-8") as handle:
                records = _parse_lines(handle, str(in_file))
        except (FileNotFoundError, IsADirectoryError, UnicodeDecodeError) as exc:
            fail(f"{in_file}: cannot read ({exc.__class__.__name__}: {exc}); expected a UTF-8 JSONL file")
    else:
        records = _parse_lines(sys.stdin, "stdin")
    from redaction.engine import ModelMissingError
    from redaction.record import person_from_name
    from redaction.redactor import build_case_redactor

    try:
        redactor = build_case_redactor(config.redaction.ner_model_path)
    except ModelMissingError as exc:
        fail(str(exc))
    lines = []
    for note_id, text, people in records:
        known = [person_from_name(f"p{i}", name) for i, name in enumerate(people)]
        [result], _ = redactor.redact_texts([text], known)
        entities = [{"start": e.start, "end": e.end, "type": e.type, "token": e.token} for e in result.entities]
        lines.append(json.dumps({"id": note_id, "redacted": result.text, "entities": entities}, ensure_ascii=False))
    output = "\n".join(lines) + ("\n" if lines else "")
    if out_file is None:
        sys.stdout.write(output)
        return
    try:
        tmp = out_file.with_name(out_file.name + ".tmp")
        tmp.write_text(output, encoding="utf-8")
        tmp.replace(out_file)
    except OSError as exc:
        fail(f"{out_file}: cannot write ({exc.strerror})")


@eval_app.command("redaction")
def eval_redaction(
    ctx: typer.Context,
    corpus: Annotated[Path, typer.Option(help="Annotated corpus: cases.jsonl, users.json, gold/pii.jsonl.")] = Path(
        "data/heldout"
    ),
    as_json: Annotated[bool, typer.Option("--json", help="Print the full report as JSON.")] = False,
    baseline: Annotated[bool, typer.Option(help="Also measure default Presidio on the same corpus.")] = True,
) -> None:
    """Recall and precision per entity type, per name origin (with parity) and keep-rate, against targets."""
    config = settings(ctx)
    from redaction.engine import ModelMissingError
    from redaction.evaluation import CorpusError, evaluate, evaluate_default_presidio, render
    from redaction.redactor import build_case_redactor

    try:
        reports = [evaluate(build_case_redactor(config.redaction.ner_model_path), corpus)]
        if baseline:
            reports.append(evaluate_default_presidio(corpus))
    except (ModelMissingError, CorpusError) as exc:
        fail(str(exc))
    if as_json:
        typer.echo(json.dumps({"corpus": str(corpus), "reports": [r.as_dict() for r in reports]}, indent=2))
    else:
        typer.echo(f"corpus: {corpus}")
        typer.echo(render(reports))
