"""Evaluation jobs: status readable by any web worker, job ids never paths; runs compared with and
approved as the baseline."""

from pathlib import Path
from typing import Any

import pytest

from assistant.settings import Settings
from evals import jobs, runner
from evals.compare import ApprovedBaselines, BaselineError, against_baseline


def test_a_job_run_by_another_process_is_reported_from_its_status_file(tmp_path: Path) -> None:
    job = jobs.Job("0123456789ab", "zwood", ["accuracy"], state="running", progress=0.4, message="accuracy: 10/40")
    jobs._persist(job, tmp_path)
    assert "0123456789ab" not in jobs._JOBS  # this process never ran it
    found = jobs.status("0123456789ab", tmp_path)
    assert found is not None and found["state"] == "running" and found["progress"] == 0.4 and found["who"] == "zwood"
    assert jobs.report_html("0123456789ab", tmp_path) is None  # not finished: no report yet


@pytest.mark.parametrize("job_id", ["../../etc/passwd", "0123456789AB", "0123456789abc", "", "nope"])
def test_anything_but_a_job_id_is_unknown(tmp_path: Path, job_id: str) -> None:
    (tmp_path / "passwd.json").write_text("{}", encoding="utf-8")
    assert jobs.status(job_id, tmp_path) is None


def test_an_unknown_job_is_none(tmp_path: Path) -> None:
    assert jobs.status("ffffffffffff", tmp_path) is None
    assert jobs.status("ffffffffffff") is None


# --- a run compared with the baseline, and approving baselines ------------------------------------

GATES = {
    "suites": {
        "accuracy": {
            "fact_accuracy": {"min": 0.4, "regress": 0.03},
            "not_recorded_rate": {"min": 0.8, "regress": 0.03},
        },
        "privacy": {"raw_pii_in_logs": {"max": 0}},
    }
}


def _report(corpus: str, accuracy: dict[str, float], paired: list[bool], logs: int = 0) -> dict[str, Any]:
    return {
        "corpus_hash": corpus,
        "suites": {
            "accuracy": {"metrics": accuracy, "paired": {"fact_accuracy": paired}},
            "privacy": {"metrics": {"raw_pii_in_logs": logs}},
        },
    }


BASELINE = _report("c1", {"fact_accuracy": 1.0, "not_recorded_rate": 0.9, "citation_recall": 0.7}, [True] * 10)
BASELINE["suites"]["chronology"] = {"metrics": {"event_recall": 0.9}}
RUN = _report(
    "c1", {"fact_accuracy": 0.4, "not_recorded_rate": 0.88, "citation_recall": 0.75}, [True] * 4 + [False] * 6, logs=1
)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        # 6 discordant pairs, all one way: exact McNemar p = 2 * 0.5**6
        (
            "accuracy.fact_accuracy",
            {
                "baseline": 1.0,
                "value": 0.4,
                "delta": -0.6,
                "better": "higher",
                "tolerance": 0.03,
                "regression": True,
                "p_value": 0.0312,
                "test": "exact McNemar, 10 paired questions",
            },
        ),
        (
            "accuracy.not_recorded_rate",
            {"baseline": 0.9, "value": 0.88, "delta": -0.02, "tolerance": 0.03, "regression": False, "p_value": None},
        ),
        (
            "accuracy.citation_recall",
            {"baseline": 0.7, "value": 0.75, "delta": 0.05, "better": None, "tolerance": None, "regression": False},
        ),
        (
            "privacy.raw_pii_in_logs",
            {"baseline": 0, "value": 1, "delta": 1.0, "better": "lower", "tolerance": None, "regression": False},
        ),
    ],
)
def test_a_run_beside_the_baseline_metric_by_metric(name: str, expected: dict[str, Any]) -> None:
    rows = {row["name"]: row for row in against_baseline(RUN, BASELINE, GATES)}
    assert {key: rows[name][key] for key in expected} == expected


def test_suites_the_run_did_not_run_are_not_compared_and_other_corpora_get_no_test() -> None:
    rows = against_baseline(RUN, BASELINE, GATES)
    assert {row["suite"] for row in rows} == {"accuracy", "privacy"}
    other = dict(RUN, corpus_hash="c2")
    fact = next(row for row in against_baseline(other, BASELINE, GATES) if row["metric"] == "fact_accuracy")
    assert fact["p_value"] is None and fact["test"] == "no test: different corpora or questions" and fact["regression"]


def _finish(settings: Settings, job_id: str, suites: list[str], passed_figures: bool = True) -> None:
    """A job another worker finished: its report gated and written by the real runner, its status on disk."""
    figures = {"accuracy": {"fact_accuracy": 0.9 if passed_figures else 0.1, "not_recorded_rate": 0.95}}
    options = runner.RunOptions(report_dir=settings.home / "evals" / job_id)
    report = runner.finish({"corpus_hash": "c1", "suites": {s: {"metrics": figures[s]} for s in suites}}, options)
    job = jobs.Job(
        job_id,
        "gl.robin",
        suites,
        state="done",
        progress=1.0,
        passed=report["gates"]["passed"],
        report_path=str(options.report_dir),
    )
    jobs._persist(job, jobs.jobs_dir(settings))


@pytest.fixture
def evaluations(tmp_path: Path) -> jobs.EvaluationRunner:
    settings = Settings(home=tmp_path / "home")
    _finish(settings, "aaaaaaaaaaaa", ["accuracy"])
    _finish(settings, "bbbbbbbbbbbb", ["accuracy"], passed_figures=False)
    jobs._persist(jobs.Job("cccccccccccc", "gl.robin", ["accuracy"], state="running"), jobs.jobs_dir(settings))
    return jobs.EvaluationRunner(settings)


def test_the_shipped_report_is_the_baseline_until_one_is_approved(evaluations: jobs.EvaluationRunner) -> None:
    shipped = evaluations.baseline()
    assert shipped["source"] == "shipped" and shipped["label"] == "shipped baseline" and shipped["history"] == []
    assert "accuracy" in shipped["suites"]
    approved = evaluations.approve("aaaaaaaaaaaa", "gl.robin", "release 1.4 candidate, board of 3 May")
    assert approved is not None and approved["source"] == "approved" and approved["previous"] is None
    current = evaluations.baseline()
    assert (current["job_id"], current["approved_by"], current["reason"]) == (
        "aaaaaaaaaaaa",
        "gl.robin",
        "release 1.4 candidate, board of 3 May",
    )
    comparison = evaluations.compare("aaaaaaaaaaaa")
    assert comparison is not None and comparison["baseline"]["job_id"] == "aaaaaaaaaaaa"
    assert {row["delta"] for row in comparison["rows"]} == {0.0}


@pytest.mark.parametrize(
    ("job_id", "message"),
    [
        ("bbbbbbbbbbbb", "failed a release gate"),
        ("cccccccccccc", "has not finished"),
    ],
)
def test_only_a_finished_gate_passing_run_can_be_approved(
    evaluations: jobs.EvaluationRunner, job_id: str, message: str
) -> None:
    with pytest.raises(jobs.NotApprovable, match=message):
        evaluations.approve(job_id, "gl.robin", "a reason long enough")
    assert evaluations.baseline()["source"] == "shipped"


def test_approvals_are_kept_newest_first_and_an_unknown_job_is_none(
    evaluations: jobs.EvaluationRunner, tmp_path: Path
) -> None:
    assert evaluations.approve("ffffffffffff", "gl.robin", "a reason long enough") is None
    _finish(Settings(home=tmp_path / "home"), "dddddddddddd", ["accuracy"])
    evaluations.approve("aaaaaaaaaaaa", "gl.robin", "first approval of the year")
    evaluations.approve("dddddddddddd", "admin.kim", "second approval after the prompt change")
    with pytest.raises(jobs.NotApprovable, match="already the approved baseline"):
        evaluations.approve("dddddddddddd", "admin.kim", "the same run again")
    history = evaluations.baseline()["history"]
    assert [(h["job_id"], h["previous"]) for h in history] == [("dddddddddddd", "aaaaaaaaaaaa"), ("aaaaaaaaaaaa", None)]


def test_a_baseline_report_changed_after_approval_is_refused(
    evaluations: jobs.EvaluationRunner, tmp_path: Path
) -> None:
    evaluations.approve("aaaaaaaaaaaa", "gl.robin", "release 1.4 candidate")
    report = tmp_path / "home" / "evals" / "aaaaaaaaaaaa" / "report.json"
    report.write_text(report.read_text().replace("0.9", "0.99"), encoding="utf-8")
    with pytest.raises(BaselineError, match="changed after approval"):
        evaluations.compare("aaaaaaaaaaaa")


def test_a_damaged_baseline_history_is_named_by_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "baseline.jsonl"
    path.write_text('{"job_id": "a", "report": "r", "sha256": "s"}\n{not json\n', encoding="utf-8")
    with pytest.raises(BaselineError, match=r"baseline.jsonl line 2: not valid JSON"):
        ApprovedBaselines(path).current()
