"""`caseassist redact` and `caseassist eval redaction` through the real CLI app."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from caseassist.cli import app

runner = CliRunner()


def _lines(output: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def test_redact_stdin_to_stdout_with_offsets_into_the_original() -> None:
    text = "Gary Hill rang Mum on 07700 900123 about Amelia."
    line = json.dumps({"id": "a1", "text": text, "people": ["Amelia Khan", "Gary Hill"]})
    result = runner.invoke(app, ["redact"], input=line + "\n")
    assert result.exit_code == 0, result.output
    [row] = _lines(result.stdout)
    assert row["id"] == "a1"
    assert "Gary" not in str(row["redacted"]) and "Amelia" not in str(row["redacted"])
    assert "07700" not in str(row["redacted"])
    spans = {(text[e["start"] : e["end"]], e["type"]) for e in row["entities"]}  # type: ignore[union-attr,index]
    assert {("Gary Hill", "PERSON"), ("07700 900123", "PHONE"), ("Amelia", "PERSON")} <= spans


def test_redact_file_to_file(tmp_path: Path) -> None:
    source, target = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    source.write_text(json.dumps({"id": 7, "text": "NHS 943 476 5919 seen 3 May 2024."}) + "\n\n", encoding="utf-8")
    result = runner.invoke(app, ["redact", "--in", str(source), "--out", str(target)])
    assert result.exit_code == 0, result.output
    [row] = _lines(target.read_text(encoding="utf-8"))
    assert row == {
        "id": "7",
        "redacted": "NHS [NHS NUMBER 1] seen 3 May 2024.",
        "entities": [{"start": 4, "end": 16, "type": "NHS_NUMBER", "token": "[NHS NUMBER 1]"}],
    }


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("not json", "line 2: not valid JSON"),
        ('["a list"]', "line 2: expected a JSON object"),
        ('{"text": "no id"}', "line 2: field id: required"),
        ('{"id": "x", "text": ""}', "line 2: record x: field text: required"),
        ('{"id": "x", "text": "t", "people": "Amelia"}', "line 2: record x: field people"),
    ],
)
def test_bad_line_names_the_line_exits_2_and_writes_nothing(tmp_path: Path, line: str, message: str) -> None:
    source, target = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    source.write_text(json.dumps({"id": "ok", "text": "fine"}) + "\n" + line + "\n", encoding="utf-8")
    result = runner.invoke(app, ["redact", "--in", str(source), "--out", str(target)])
    assert result.exit_code == 2
    assert message in result.stderr
    assert "Traceback" not in result.output
    assert not target.exists()


def test_missing_input_file_is_a_clear_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["redact", "--in", str(tmp_path / "nope.jsonl")])
    assert result.exit_code == 2
    assert "nope.jsonl: cannot read" in result.stderr


def _tiny_corpus(root: Path) -> Path:
    text = "Amelia Khan seen with neighbour Pauline Okonjo on 3 May 2024; CAMHS aware. Phone 07700 900123."
    case = {
        "case_id": "C1",
        "team": "North",
        "status": "child_in_need",
        "allocated_worker": "sjones",
        "child": {"person_id": "P1", "given_name": "Amelia", "family_name": "Khan"},
        "notes": [{"note_id": "N1", "date": "2024-05-03", "type": "home visit", "author": "sjones", "text": text}],
    }
    users = [{"username": "sjones", "display_name": "Sarah Jones", "role": "social_worker", "teams": ["North"]}]

    def span(value: str, kind: str, on_record: bool, origin: str | None) -> dict[str, object]:
        start = text.index(value)
        return {
            "start": start,
            "end": start + len(value),
            "type": kind,
            "text": value,
            "person_id": None,
            "on_record": on_record,
            "origin": origin,
        }

    def keep(value: str, kind: str) -> dict[str, object]:
        start = text.index(value)
        return {"start": start, "end": start + len(value), "kind": kind, "text": value}

    gold = {
        "case_id": "C1",
        "note_id": "N1",
        "spans": [
            span("Amelia Khan", "PERSON", True, "south_asian"),
            span("Pauline Okonjo", "PERSON", False, "african"),
            span("07700 900123", "PHONE", False, None),
        ],
        "keep": [keep("3 May 2024", "event_date"), keep("CAMHS", "agency_term")],
    }
    (root / "gold").mkdir(parents=True)
    (root / "cases.jsonl").write_text(json.dumps(case) + "\n", encoding="utf-8")
    (root / "users.json").write_text(json.dumps(users), encoding="utf-8")
    (root / "gold" / "pii.jsonl").write_text(json.dumps(gold) + "\n", encoding="utf-8")
    return root


def test_eval_redaction_json_reports_targets_origins_and_baseline(tmp_path: Path) -> None:
    corpus = _tiny_corpus(tmp_path / "corpus")
    result = runner.invoke(app, ["eval", "redaction", "--corpus", str(corpus), "--json"])
    assert result.exit_code == 0, result.output
    ours, baseline = json.loads(result.stdout)["reports"]
    assert ours["summary"]["overall_recall"] == 1.0
    assert ours["summary"]["keep_rate"] == 1.0
    assert ours["recall_by_origin"]["african"]["rate"] == 1.0
    assert ours["summary"]["origin_parity"] == 1.0
    assert baseline["recall_by_type"]["PERSON"]["rate"] == 0.0
    assert baseline["system"].startswith("presidio-default")


def test_eval_redaction_missing_corpus_is_a_clear_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["eval", "redaction", "--corpus", str(tmp_path / "none")])
    assert result.exit_code == 2
    assert "not found" in result.stderr


def test_missing_model_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CASEASSIST_REDACTION__NER_MODEL_PATH", str(tmp_path / "no-model"))
    result = runner.invoke(app, ["redact"], input=json.dumps({"id": "a", "text": "hello"}) + "\n")
    assert result.exit_code == 2
    assert "make train-ner" in result.stderr
