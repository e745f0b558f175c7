"""Evaluation runs in the background for the web app: jobs kept on disk (so any worker reports
them), progress, reports, and the approved baseline a governance lead compares runs against.

The runs themselves are `evals.runner.run_suites`; this module only schedules, persists and reads.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import threading
import traceback
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assistant.settings import Settings
from evals.compare import SHIPPED_BASELINE, ApprovedBaselines, against_baseline
from evals.gates import GATES, load_gates
from evals.runner import (
    REPO_DEMO_CORPUS,
    SUITES,
    RunOptions,
    check_suites,
    load_baseline,
    load_report,
    run_suites,
)
from evals.suites.common import Progress

RunSuites = Callable[[Settings, RunOptions, Progress], dict[str, Any]]
"""What a background job calls to produce its report: `run_suites`, or a synthetic run in web tests."""


@dataclass
class Job:
    job_id: str
    who: str
    suites: list[str]
    state: str = "queued"
    progress: float = 0.0
    message: str = ""
    report_path: str | None = None
    passed: bool | None = None
    error: str | None = None
    metrics: list[dict[str, Any]] = field(default_factory=list)
    started_at: str = field(default_factory=lambda: dt.datetime.now(dt.UTC).isoformat(timespec="seconds"))
    against: str | None = None
    """The baseline the gate checked non-regression against (its label), None for thresholds only."""

    def as_dict(self) -> dict[str, Any]:
        return {
            "job_id": self.job_id,
            "state": self.state,
            "progress": round(self.progress, 3),
            "message": self.message,
            "report_path": self.report_path,
            "passed": self.passed,
            "error": self.error,
            "who": self.who,
            "suites": self.suites,
            "metrics": self.metrics,
            "started_at": self.started_at,
            "against": self.against,
        }


_JOBS: dict[str, Job] = {}
_LOCK = threading.Lock()
_ONE_AT_A_TIME = threading.Semaphore(1)
_JOB_ID = re.compile(r"[0-9a-f]{12}")


def jobs_dir(settings: Settings) -> Path:
    """Where job status is kept, so any web worker (not only the one running it) can report it."""
    return settings.home / "evals" / "jobs"


def _persist(job: Job, directory: Path | None) -> None:
    """Write the job's status atomically (the caller holds _LOCK)."""
    if directory is None:
        return
    directory.mkdir(parents=True, exist_ok=True)
    partial = directory / f".{job.job_id}.json.partial"
    partial.write_text(json.dumps(job.as_dict()), encoding="utf-8")
    partial.replace(directory / f"{job.job_id}.json")


def start(
    settings: Settings,
    suites: Sequence[str],
    who: str,
    *,
    corpus: Path | None = None,
    report_root: Path | None = None,
    options: RunOptions | None = None,
    run: RunSuites | None = None,
    against: str | None = None,
) -> str:
    """Run suites in a background thread; returns a job id for `status`. Unknown suites raise
    HarnessError before anything starts. Runs queue one at a time (the machine is shared).
    `against` labels `options.baseline` (the report non-regression is gated against)."""
    names = check_suites(list(suites))
    job = Job(uuid.uuid4().hex[:12], who, names, against=against if options and options.baseline else None)
    root = report_root or settings.home / "evals"
    opts = options or RunOptions()
    opts.suites, opts.who = names, who
    opts.corpus = corpus or opts.corpus
    opts.report_dir = root / f"{dt.datetime.now(dt.UTC):%Y%m%dT%H%M%S}-{job.job_id}"
    directory = jobs_dir(settings) if report_root is None else report_root / "jobs"
    with _LOCK:
        _JOBS[job.job_id] = job
        _persist(job, directory)
    threading.Thread(
        target=_work, args=(settings, opts, job, directory, run or run_suites), daemon=True, name=f"eval-{job.job_id}"
    ).start()
    return job.job_id


def status(job_id: str, directory: Path | None = None) -> dict[str, Any] | None:
    """{"job_id","state" (queued|running|done|error),"progress" (0..1),"message","report_path","passed",
    "error","who","suites","metrics","started_at","against"}; None for an unknown job. A job run by
    another process is read from `directory`; an id that is not a job id is never turned into a path."""
    with _LOCK:
        job = _JOBS.get(job_id)
        if job is not None:
            return job.as_dict()
    if directory is None or not _JOB_ID.fullmatch(job_id):
        return None
    path = directory / f"{job_id}.json"
    if not path.is_file():
        return None
    found: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return found


def recent(directory: Path, limit: int = 20) -> list[dict[str, Any]]:
    """The latest jobs any worker ran, newest first (what the governance page lists)."""
    if not directory.is_dir():
        return []
    found = [status(path.stem, directory) for path in directory.glob("*.json") if _JOB_ID.fullmatch(path.stem)]
    jobs = [job for job in found if job is not None]
    return sorted(jobs, key=lambda job: str(job.get("started_at", "")), reverse=True)[:limit]


def report_html(job_id: str, directory: Path | None = None) -> str | None:
    """The finished job's self-contained HTML report, or None."""
    found = status(job_id, directory)
    if not found or found["state"] != "done" or not found["report_path"]:
        return None
    return (Path(found["report_path"]) / "report.html").read_text(encoding="utf-8")


def _work(
    settings: Settings, options: RunOptions, job: Job, directory: Path | None = None, run: RunSuites = run_suites
) -> None:
    def progress(message: str, fraction: float) -> None:
        with _LOCK:
            job.message, job.progress = message, max(job.progress, min(fraction, 0.99))
            _persist(job, directory)

    with _ONE_AT_A_TIME:
        with _LOCK:
            job.state = "running"
            _persist(job, directory)
        try:
            report = run(settings, options, progress)
            baseline = load_baseline(options.baseline)
        except Exception as exc:
            with _LOCK:
                job.state, job.error, job.passed = "error", f"{type(exc).__name__}: {exc}", False
                job.message = traceback.format_exception_only(exc)[-1].strip()
                _persist(job, directory)
            return
        with _LOCK:
            job.state, job.progress, job.passed = "done", 1.0, bool(report["gates"]["passed"])
            job.report_path = str(options.report_dir)
            job.metrics = _gate_rows(report, baseline)
            job.message = "all gates passed" if job.passed else "a gate failed"
            _persist(job, directory)


def _gate_rows(report: dict[str, Any], baseline: dict[str, Any] | None) -> list[dict[str, Any]]:
    """The status's metric rows; with the baseline's value when the run was gated against one."""
    rows = []
    for gate in report["gates"]["results"]:
        row = {
            "name": f"{gate['suite']}.{gate['metric']}",
            "value": gate["value"],
            "ok": gate["passed"],
            "rule": gate["rule"],
        }
        if baseline is not None:
            row["baseline"] = baseline.get("suites", {}).get(gate["suite"], {}).get("metrics", {}).get(gate["metric"])
        rows.append(row)
    return rows


class NotApprovable(ValueError):
    """A run that may not become the baseline (not finished, failed a gate, already the baseline)."""


class EvaluationRunner:
    """What the facade (assistant.service.CaseAssistService) delegates evaluations to; checking
    that the caller is a governance lead or admin, and auditing, is the facade's job.

    `run` replaces the suites only where a real run is too costly (the web tests); `case_ids`
    narrows the corpus (the screenshots evaluate the few demo cases they import)."""

    def __init__(
        self,
        settings: Settings,
        corpus: Path = REPO_DEMO_CORPUS,
        *,
        run: RunSuites | None = None,
        case_ids: set[str] | None = None,
        shipped_baseline: Path = SHIPPED_BASELINE,
    ) -> None:
        self._settings = settings
        self._corpus = corpus
        self._run = run or run_suites
        self._case_ids = case_ids
        self._baselines = ApprovedBaselines(settings.home / "evals" / "baseline.jsonl", shipped_baseline)

    def suites(self) -> list[dict[str, str]]:
        return [{"name": name, "description": description} for name, description in SUITES.items()]

    def start(self, suites: Sequence[str], who: str, against_baseline: bool = False) -> str:
        """A background run; `against_baseline` also gates non-regression against the current baseline."""
        options = RunOptions(case_ids=self._case_ids)
        label = None
        if against_baseline:
            current = self._baselines.current()
            self._baselines.report()  # refuse now, not minutes later, a baseline that cannot be trusted
            options.baseline, label = Path(current["report"]), str(current["label"])
        return start(self._settings, suites, who, corpus=self._corpus, options=options, run=self._run, against=label)

    def status(self, job_id: str) -> dict[str, Any] | None:
        return status(job_id, jobs_dir(self._settings))

    def runs(self, limit: int = 20) -> list[dict[str, Any]]:
        return recent(jobs_dir(self._settings), limit)

    def report_html(self, job_id: str) -> str | None:
        return report_html(job_id, jobs_dir(self._settings))

    def baseline(self) -> dict[str, Any]:
        """The current baseline (approved, or the shipped one) and the approvals before it, newest first."""
        current = self._baselines.current()
        current["suites"] = sorted(self._baselines.report().get("suites", {}))
        current["history"] = list(reversed(self._baselines.history()))
        return current

    def approve(self, job_id: str, who: str, reason: str) -> dict[str, Any] | None:
        """Make a finished run that passed every gate the baseline; None for an unknown job."""
        found = self.status(job_id)
        if found is None:
            return None
        if found["state"] != "done" or not found.get("report_path"):
            raise NotApprovable(f"evaluation {job_id} has not finished: only a finished run can become the baseline")
        if found.get("passed") is not True:
            raise NotApprovable(
                f"evaluation {job_id} failed a release gate: only a run that passed every gate can become the baseline"
            )
        if self._baselines.current().get("job_id") == job_id:
            raise NotApprovable(f"evaluation {job_id} is already the approved baseline")
        report = Path(found["report_path"]) / "report.json"
        return self._baselines.approve(job_id, report, who, reason, dt.datetime.now(dt.UTC))

    def compare(self, job_id: str) -> dict[str, Any] | None:
        """A finished run beside the current baseline, metric by metric; None until it has finished."""
        found = self.status(job_id)
        if not found or found["state"] != "done" or not found.get("report_path"):
            return None
        run = load_report(Path(found["report_path"]))
        rows = against_baseline(run, self._baselines.report(), load_gates(GATES))
        current = self._baselines.current()
        return {
            "job_id": job_id,
            "baseline": {
                key: current.get(key) for key in ("source", "label", "job_id", "approved_by", "approved_at", "reason")
            },
            "same_corpus": run.get("corpus_hash") == self._baselines.report().get("corpus_hash"),
            "regressions": sum(1 for row in rows if row["regression"]),
            "rows": rows,
        }


def build_runner(settings: Settings) -> EvaluationRunner:
    """For assistant.wiring.build_service: background evaluation over the demo corpus."""
    return EvaluationRunner(settings)
