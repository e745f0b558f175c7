"""`caseassist chronology` over the real endpoints, access control, audit log and a SQLite note store.

The command is registered on its own Typer app (the integrator adds it to caseassist.cli); the
application object is placed on the context the way the real root builds it once per invocation.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import pytest
import typer
from docx import Document
from typer.testing import CliRunner

from access.audit import Action
from access.control import AccessControl
from assistant.chronology import ChronologyService, ExtractiveSummariser
from assistant.chronology.endpoints import ChronologyEndpoints
from caseassist.commands import chronology as chronology_command
from tests.chronology_fixtures import CASE, SqliteNotes, access_control, note

NOTES = [
    note("N1", "2023-03-04", "missing_episode", "Went missing from placement at 19:00; found by police at 01:00."),
    note(
        "N2", "2023-04-02", "police_incident", "Police were called to a domestic incident.\nImpact: =cmd|' /C calc'!A0"
    ),
    note("N3", "2023-05-17", "missing_episode", "Went missing again; secret detail.", sensitivity="restricted"),
]


@pytest.fixture
def control(tmp_path: Path) -> AccessControl:
    return access_control(tmp_path / "app.db")


@pytest.fixture
def run(tmp_path: Path, control: AccessControl):  # type: ignore[no-untyped-def]
    store = SqliteNotes(tmp_path / "notes.db", NOTES)
    service = ChronologyService(
        control, store, ExtractiveSummariser(), control.audit, clock=lambda: dt.datetime(2023, 12, 1, tzinfo=dt.UTC)
    )
    endpoints = ChronologyEndpoints(service)
    app = typer.Typer()

    @app.callback()
    def _root() -> None:
        """root"""

    chronology_command.register(app)

    def invoke(*args: str) -> tuple[int, str, str]:
        result = CliRunner().invoke(app, ["chronology", *args], obj={"api": endpoints})
        return result.exit_code, result.stdout, result.stderr

    return invoke


def test_json_to_stdout(run) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run("--as", "cover", "--case", CASE)
    assert code == 0
    data = json.loads(out)
    assert [e["note_ids"] for e in data["entries"]] == [["N1"], ["N2"]]
    assert "secret" not in out and "N3" not in out


def test_docx_to_file_is_written_whole_and_audited_as_an_export(run, tmp_path: Path, control: AccessControl) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "chronology.docx"
    code, _, err = run(
        "--as",
        "alloc",
        "--case",
        CASE,
        "--from",
        "2023-01-01",
        "--to",
        "2023-12-31",
        "--format",
        "docx",
        "--out",
        str(target),
    )
    assert code == 0, err
    table = Document(io.BytesIO(target.read_bytes())).tables[0]
    assert [row.cells[0].text for row in table.rows] == ["Date", "2023-03-04", "2023-04-02", "2023-05-17"]
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".chronology")] == []
    assert control.audit.query()[-1].action == Action.EXPORT.value


def test_csv_to_stdout_is_neutralised(run) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run("--as", "alloc", "--case", CASE, "--format", "csv")
    assert code == 0
    cells = [cell for row in csv.reader(io.StringIO(out)) for cell in row]
    assert "'=cmd|' /C calc'!A0" in cells
    assert not [cell for cell in cells if cell[:1] in {"=", "+", "-", "@"}]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--as", "outsider", "--case", CASE), f"no access to case {CASE} or it does not exist"),
        (("--as", "outsider", "--case", CASE, "--format", "md"), f"no access to case {CASE} or it does not exist"),
        (("--as", "alloc", "--case", "C-404"), "no access to case C-404 or it does not exist"),
        (
            ("--as", "alloc", "--case", CASE, "--from", "2023-13-01"),
            "--from: '2023-13-01' is not a valid date (expected YYYY-MM-DD",
        ),
        (
            ("--as", "alloc", "--case", CASE, "--from", "2023-06-01", "--to", "2023-01-01"),
            "the period starts after it ends",
        ),
        (
            ("--as", "alloc", "--case", CASE, "--format", "pdf"),
            "--format 'pdf' is not supported: choose one of json, md, csv, docx",
        ),
        (
            ("--as", "alloc", "--case", CASE, "--format", "docx"),
            "--format docx writes a Word file: add --out FILE.docx",
        ),
        (
            ("--as", "alloc", "--case", CASE, "--out", "/no/such/dir/x.json"),
            "--out: directory /no/such/dir does not exist",
        ),
    ],
)
def test_bad_input_gets_one_clear_line_and_exit_code_2(run, args: tuple[str, ...], message: str) -> None:  # type: ignore[no-untyped-def]
    code, out, err = run(*args)
    assert code == 2
    assert message in err
    assert "Traceback" not in err + out
    assert len(err.strip().splitlines()) == 1
