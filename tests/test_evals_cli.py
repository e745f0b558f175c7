"""`caseassist eval run | compare | evidence` through the real CLI: the gate's exit codes (0 all
gates pass, 1 a gate fails, 2 the harness could not run), comparison and governance evidence."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from caseassist.cli import app
from tests.evals_fixtures import DEMO, SMALL_CASE, impossible_gates, permissive_gates

CASE = next(iter(SMALL_CASE))


def cli(*args: str) -> Result:
    return CliRunner().invoke(app, ["eval", *args])


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["run", "speed"], "unknown suite 'speed'"),
        (["run", "chronology", "--backend", "gpt"], "--backend: 'gpt' is not one of extractive, ollama"),
        (["run", "chronology", "--corpus", "/no/such/corpus"], "cases.jsonl is missing"),
        (["run", "chronology", "--backend", "ollama"], "needs CASEASSIST_OLLAMA__BASE_URL"),
        (["compare", "/no/a.json", "/no/b.json"], "cannot read the report"),
        (["evidence", "/no/report.json"], "cannot read the report"),
    ],
)
def test_harness_errors_exit_2_with_one_clear_line(args: list[str], message: str) -> None:
    result = cli(*args)
    assert result.exit_code == 2, result.output
    assert message in result.output and "Traceback" not in result.output


def test_a_baseline_that_is_not_a_report_exits_2_before_importing(tmp_path: Path) -> None:
    baseline = tmp_path / "baseline.json"
    baseline.write_text('{"suites": 1', encoding="utf-8")
    result = cli("run", "chronology", "--baseline", str(baseline), "--corpus", str(DEMO), "--case", CASE)
    assert result.exit_code == 2 and "baseline.json line 1: not valid JSON" in result.output


def test_gates_decide_the_exit_code_and_reports_compare_and_feed_evidence(tmp_path: Path) -> None:
    passing = cli(
        "run",
        "chronology",
        "--corpus",
        str(DEMO),
        "--case",
        CASE,
        "--report",
        str(tmp_path / "a"),
        "--gates",
        str(permissive_gates(tmp_path / "ok.yaml")),
    )
    assert passing.exit_code == 0, passing.output
    failing = cli(
        "run",
        "chronology",
        "--corpus",
        str(DEMO),
        "--case",
        CASE,
        "--report",
        str(tmp_path / "b"),
        "--gates",
        str(impossible_gates(tmp_path / "strict.yaml")),
        "--baseline",
        str(tmp_path / "a" / "report.json"),
    )
    assert failing.exit_code == 1, failing.output
    assert "FAIL  chronology.unsupported_entries" in failing.output
    report = json.loads((tmp_path / "b" / "report.json").read_text(encoding="utf-8"))
    assert report["gates"]["passed"] is False and report["gates"]["baseline"].endswith("report.json")

    compared = cli("compare", str(tmp_path / "a" / "report.json"), str(tmp_path / "b" / "report.json"), "--json")
    assert compared.exit_code == 0
    rows = {(r["suite"], r["metric"]): r for r in json.loads(compared.output)}
    assert rows[("chronology", "event_recall")]["delta"] == 0

    evidence = cli("evidence", str(tmp_path / "b" / "report.json"))
    assert evidence.exit_code == 0
    text = (tmp_path / "b" / "evidence.md").read_text(encoding="utf-8")
    assert report["settings_fingerprint"] in text and "FAILED" in text
