"""Every class of bad input named by the foundation issue: exit code 2, one clear line, no traceback.

The CLI is driven in-process for the table and once as a real subprocess, because a traceback
printed by the interpreter would not show up in-process.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from caseassist.cli import app
from records.loader import load_cases
from records.models import MAX_NOTE_CHARS
from tests.records_fixtures import case, write_cases, write_users

runner = CliRunner()


def _with_note(**note: Any) -> dict[str, Any]:
    record = case()
    record["notes"][1] = {**record["notes"][1], **note}
    return record


def _bad_json(path: Path) -> None:
    path.write_text(json.dumps(case("NY-0")) + "\n" + '{"case_id": "NY-1", "team": \n', encoding="utf-8")


def _lines(*records: dict[str, Any]) -> Callable[[Path], None]:
    return lambda path: write_cases(path, list(records)) and None


def _missing_team() -> dict[str, Any]:
    record = case()
    del record["team"]
    return record


BAD_INPUTS: list[tuple[str, Callable[[Path], None], list[str]]] = [
    ("invalid JSON on a line", _bad_json, ["cases.jsonl line 2", "invalid JSON"]),
    ("missing required field", _lines(_missing_team()), ["cases.jsonl line 1 (case NY-1)", "team: required field is missing"]),
    ("wrong type", _lines(case(restricted="sometimes")), ["line 1 (case NY-1)", "restricted: expected true or false"]),
    ("wrong type in a list", _lines(case(notes="none")), ["line 1 (case NY-1)", "notes: expected a list"]),
    ("impossible date", _lines(_with_note(date="2023-02-31")), ["line 1 (case NY-1)", "notes[1].date: '2023-02-31' is not a valid date"]),
    ("non-ISO date", _lines(_with_note(date="31/02/2023")), ["notes[1].date: '31/02/2023' is not a valid date (expected YYYY-MM-DD)"]),
    ("duplicate note_id in a case", _lines(_with_note(note_id="NY-1-N1")), ["notes[1].note_id: duplicate note_id 'NY-1-N1'"]),
    ("duplicate note_id across cases", _lines(case("NY-1"), case("NY-2", notes=[case("NY-1")["notes"][0]])),
     ["line 2 (case NY-2)", "notes[0].note_id: duplicate note_id 'NY-1-N1', first in line 1"]),
    ("duplicate case_id", _lines(case("NY-1"), {**case("NY-1"), "notes": []}), ["line 2 (case NY-1)", "case_id: duplicate case_id, first on line 1"]),
    ("unknown allocated worker", _lines(case(allocated_worker="nobody")), ["allocated_worker: unknown user 'nobody'"]),
    ("unknown user on access list", _lines(case(access_list=["bkhan", "ghost"])), ["access_list[1]: unknown user 'ghost'"]),
    ("unknown status", _lines(case(status="open")), ["status: 'open' is not one of"]),
    ("empty note text", _lines(_with_note(text="")), ["notes[1].text: must not be empty"]),
    ("note over the size limit", _lines(_with_note(text="x" * (MAX_NOTE_CHARS + 1))), [f"the limit is {MAX_NOTE_CHARS:,}"]),
    ("empty file", lambda p: p.write_text("\n  \n", encoding="utf-8"), ["cases.jsonl: file is empty"]),
    ("binary file", lambda p: p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), ["cases.jsonl: binary file"]),
    ("not UTF-8", lambda p: p.write_bytes(b'{"case_id": "caf\xe9"}\n'), ["cases.jsonl line 1: not UTF-8 text"]),
    ("a JSON array instead of an object", lambda p: p.write_text("[1, 2]\n", encoding="utf-8"), ["line 1", "expected a JSON object, got list"]),
]


@pytest.mark.parametrize(("name", "make", "expected"), BAD_INPUTS, ids=[b[0] for b in BAD_INPUTS])
def test_bad_input_exits_2_with_a_clear_line(tmp_path: Path, name: str, make: Callable[[Path], None], expected: list[str]) -> None:
    cases_file = tmp_path / "cases.jsonl"
    make(cases_file)
    users_file = write_users(tmp_path / "users.json")
    for extra in (["--dry-run"], []):
        result = runner.invoke(app, ["import", str(cases_file), "--users", str(users_file), *extra])
        assert result.exit_code == 2, result.output
        for fragment in expected:
            assert fragment in result.stderr, f"{fragment!r} not in {result.stderr!r}"
        assert "Traceback" not in result.output
        assert result.exception is None or isinstance(result.exception, SystemExit)


def test_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["import", str(tmp_path / "nope.jsonl"), "--dry-run"])
    assert result.exit_code == 2
    assert "nope.jsonl: file not found" in result.stderr


def test_dry_run_of_valid_file_reports_counts_and_unknown_types(tmp_path: Path) -> None:
    record = case()
    record["notes"].append({"note_id": "NY-1-N3", "date": "2023-03-05", "type": "Fostering Panel Minutes", "author": "asmith", "text": "Panel met."})
    cases_file = write_cases(tmp_path / "cases.jsonl", [record, case("NY-2")])
    result = runner.invoke(app, ["import", str(cases_file), "--users", str(write_users(tmp_path / "users.json")), "--dry-run"])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert summary["cases"] == 2 and summary["notes"] == 5 and summary["people"] == 4
    assert summary["unknown_note_types"] == {"Fostering Panel Minutes": 1}


def test_every_problem_is_reported_in_one_pass(tmp_path: Path) -> None:
    cases_file = write_cases(tmp_path / "cases.jsonl", [case("NY-1", status="open"), case("NY-2"), _with_note(date="2023-13-01")])
    result = load_cases(cases_file)
    assert [p.line for p in result.problems] == [1, 3]
    assert [c.case_id for c in result.cases] == ["NY-2"]


def test_unknown_extra_fields_are_ignored(tmp_path: Path) -> None:
    record = case(lcs_internal_id=991, child={**case()["child"], "favourite_colour": "green"})
    result = load_cases(write_cases(tmp_path / "cases.jsonl", [record]))
    assert not result.problems and result.cases[0].child.given_name == "Amelia"


def test_a_real_process_prints_one_line_and_no_traceback(tmp_path: Path) -> None:
    cases_file = write_cases(tmp_path / "cases.jsonl", [_with_note(date="2023-02-31")])
    completed = subprocess.run(
        [sys.executable, "-m", "caseassist", "import", str(cases_file), "--dry-run"],
        capture_output=True, text=True, timeout=120, cwd=tmp_path,
    )
    assert completed.returncode == 2
    assert "Traceback" not in completed.stderr
    assert completed.stderr.splitlines()[0] == "cases.jsonl line 1 (case NY-1): notes[1].date: '2023-02-31' is not a valid date"
