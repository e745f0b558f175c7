"""`caseassist ask` input errors: one clear line naming file, line, id and field; exit 2; nothing answered."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from caseassist.cli import app
from tests.ollama_standin import no_real_ollama  # noqa: F401

runner = CliRunner()


@pytest.mark.parametrize(
    ("lines", "message"),
    [
        (['{"id": "q1", "case_id": "C1", "question": "Who is the GP?"}', "{not json"], "questions.jsonl, line 2: not valid JSON"),
        (['{"case_id": "C1", "question": "x"}'], "questions.jsonl, line 1, field id: required"),
        (['{"id": "q1", "question": "  "}'], "questions.jsonl, line 1 (id q1), field question: required"),
        (['{"id": "q1", "question": "a"}', '{"id": "q1", "question": "b"}'], "line 2 (id q1), field id: duplicate id"),
        (['{"id": "q1", "case_id": 7, "question": "a"}'], "line 1 (id q1), field case_id: must be a case id string"),
        (['["q1", "a"]'], "line 1: expected an object"),
        ([], "no questions in the file"),
    ],
)
def test_bad_batch_files_are_refused_before_anything_is_answered(tmp_path: Path, lines: list[str], message: str) -> None:
    batch = tmp_path / "questions.jsonl"
    batch.write_text("\n".join(lines) + "\n")
    result = runner.invoke(app, ["ask", "--as", "sw", "--batch", str(batch)])
    assert result.exit_code == 2
    assert message in result.output and "Traceback" not in result.output


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["ask", "--as", "sw"], "give either QUESTION or --batch"),
        (["ask", "--as", "sw", "   "], "QUESTION is empty"),
        (["ask", "--as", "sw", "--batch", "missing.jsonl"], "missing.jsonl: no such file"),
        (["ask", "--as", "sw", "--batch", "x.jsonl", "--conversation", "new"], "--conversation cannot be used with --batch"),
    ],
)
def test_bad_arguments_get_one_line_and_exit_2(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: list[str], message: str) -> None:
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, args)
    assert result.exit_code == 2 and message in result.output
