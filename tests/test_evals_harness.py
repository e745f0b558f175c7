"""The harness end to end on a two-case subset of the demo corpus: the assistant built by the
production wiring over a real import (Presidio, MiniLM, Chroma, SQLite), and two deliberately
broken configurations (a filter that leaks, a model that invents facts through the Ollama
stand-in) caught by the suites that should catch them."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest

from assistant.settings import Settings
from evals.jobs import start, status
from evals.runner import RunOptions, UnknownSuiteError, run_suites
from tests.evals_fixtures import (
    DEMO,
    INVENTED,
    SMALL_CASE,
    SUBSET,
    allocated_workers,
    leaky_builder,
    raw_question_logger,
)
from tests.ollama_standin import OllamaStandin, Reply


@pytest.fixture(scope="module")
def shared_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One import of the subset per module: later runs find every note unchanged."""
    return tmp_path_factory.mktemp("evals-home") / "home"


@pytest.fixture(scope="module")
def production_report(shared_home: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    out = tmp_path_factory.mktemp("evals-report")
    options = RunOptions(
        suites=["accuracy", "grounding", "privacy", "permissions", "chronology"],
        corpus=DEMO,
        case_ids=SUBSET,
        max_questions=6,
        report_dir=out,
        home=shared_home,
        who="tests",
    )
    report = run_suites(Settings(), options)
    report["_dir"] = out
    return report


def test_the_harness_evaluates_the_production_build(production_report: dict[str, Any]) -> None:
    assert production_report["run"]["built_with"] == "assistant.wiring.build_service"
    assert production_report["run"]["cases"] == 2 and production_report["who"] == "tests"
    assert (production_report["_dir"] / "report.json").is_file() and (
        production_report["_dir"] / "report.html"
    ).is_file()
    assert {g["suite"] for g in production_report["gates"]["results"]} >= {
        "accuracy",
        "privacy",
        "permissions",
        "chronology",
    }


def test_every_probe_kind_runs_and_nothing_leaks(production_report: dict[str, Any]) -> None:
    permissions = production_report["suites"]["permissions"]
    assert {
        "in_scope",
        "out_of_scope",
        "restricted_case",
        "restricted_note",
        "no_such_case",
        "chronology_out_of_scope",
        "refusal_indistinguishable",
    } <= set(permissions["groups"])
    assert permissions["metrics"]["leaks"] == 0, permissions["failures"][:3]


def test_privacy_scans_logs_audit_and_stores(production_report: dict[str, Any]) -> None:
    privacy = production_report["suites"]["privacy"]
    assert privacy["counts"]["log_lines_scanned"] > 0 and privacy["counts"]["pii_values"] > 0
    for where in ("logs", "audit", "answers"):
        assert privacy["metrics"][f"raw_pii_in_{where}"] == 0, [f for f in privacy["failures"] if f["check"] == where][
            :3
        ]
    # The index files are scanned; what they hold depends on the redactor (measured, not assumed here).
    stores = [f for f in privacy["failures"] if f["check"] == "stores"]
    assert len(stores) == privacy["metrics"]["raw_pii_in_stores"]
    assert all(f["case_id"].startswith(("chroma", "keyword")) for f in stores)


def test_reports_never_carry_a_raw_personal_value(production_report: dict[str, Any]) -> None:
    import json

    text = json.dumps(production_report["suites"]["privacy"]["failures"])
    masked = [
        f["reason"].split(" ")[2]
        for f in production_report["suites"]["privacy"]["failures"]
        if f["reason"].startswith("raw ")
    ]
    assert all("*" in value for value in masked)
    assert "Keisha Richards" not in text


def test_raw_names_written_to_the_log_are_caught_by_the_privacy_suite(shared_home: Path) -> None:
    options = RunOptions(
        suites=["privacy"], corpus=DEMO, case_ids=SUBSET, home=shared_home, build=raw_question_logger, max_questions=3
    )
    report = run_suites(Settings(), options)
    privacy = report["suites"]["privacy"]
    assert privacy["metrics"]["raw_pii_in_logs"] > 0
    logged = [f for f in privacy["failures"] if f["check"] == "logs" and "raw PERSON" in f["reason"]]
    assert logged and all("*" in f["reason"].split(" ")[2] for f in logged), "values are masked in the report"
    assert not report["gates"]["passed"]


def test_chronologies_are_scored_against_gold_events(production_report: dict[str, Any]) -> None:
    chronology = production_report["suites"]["chronology"]
    assert chronology["counts"]["gold"] > 0 and chronology["metrics"]["event_recall"] > 0.5


def test_a_filter_that_leaks_is_caught_by_the_permissions_suite(shared_home: Path) -> None:
    options = RunOptions(
        suites=["permissions"],
        corpus=DEMO,
        case_ids=SUBSET,
        home=shared_home,
        build=leaky_builder(allocated_workers(SUBSET)),
    )
    report = run_suites(Settings(), options)
    permissions = report["suites"]["permissions"]
    assert permissions["metrics"]["leaks"] > 0
    assert any(
        "may not see" in f["reason"] or "outside the reader's view" in f["reason"] for f in permissions["failures"]
    )
    assert not report["gates"]["passed"]


def test_a_model_that_invents_facts_is_caught_by_grounding(shared_home: Path) -> None:
    with OllamaStandin() as standin:
        standin.state.default = Reply(text=INVENTED)
        settings = Settings(ollama={"base_url": standin.url})
        options = RunOptions(
            suites=["grounding", "privacy"],
            corpus=DEMO,
            case_ids=SUBSET,
            home=shared_home,
            backend="ollama",
            max_questions=4,
        )
        report = run_suites(settings, options)
        sent = len(standin.chat_requests)
    grounding = report["suites"]["grounding"]
    assert sent > 0 and report["run"]["backends"] == ["ollama"]
    assert grounding["metrics"]["grounded_rate"] < 0.5
    assert grounding["metrics"]["sensitive_supported_rate"] < 0.5
    assert any("2023-05-03" in f["reason"] for f in grounding["failures"])
    privacy = report["suites"]["privacy"]
    assert privacy["counts"]["prompts_scanned"] >= sent, "every request to the model went through the recording proxy"
    assert not report["gates"]["passed"]


def test_unknown_suites_are_refused_before_anything_runs() -> None:
    with pytest.raises(UnknownSuiteError, match="unknown suite 'speed'"):
        start(Settings(), ["speed"], "gl")


def test_a_background_run_reports_progress_and_its_report(tmp_path: Path) -> None:
    options = RunOptions(corpus=DEMO, case_ids=SMALL_CASE)
    job_id = start(
        Settings(home=tmp_path / "app"), ["chronology"], "gl.robin", options=options, report_root=tmp_path / "reports"
    )
    seen = set()
    deadline = time.monotonic() + 240
    while (found := status(job_id)) and found["state"] not in ("done", "error") and time.monotonic() < deadline:
        seen.add(found["state"])
        time.sleep(0.5)
    assert found is not None and found["state"] == "done", found
    assert found["progress"] == 1.0 and found["who"] == "gl.robin" and found["metrics"]
    assert (Path(found["report_path"]) / "report.html").is_file()
    assert status("no-such-job") is None
