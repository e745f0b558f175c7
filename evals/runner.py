"""Running suites: `run_suites` for the CLI, and `start`/`status` for the web app (background jobs).

A run imports the corpus into its own temporary home, builds the assistant as production does,
runs the suites in a fixed order, checks the gates and writes the report directory (report.json
and report.html). Any harness error fails closed: the run is marked as an error, never as passed.
"""

from __future__ import annotations

import datetime as dt
import getpass
import hashlib
import json
import re
import tempfile
import threading
import time
import traceback
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assistant.settings import Settings
from evals.compare import SHIPPED_BASELINE, ApprovedBaselines, against_baseline
from evals.core import DatasetError, SuiteResult
from evals.gates import GATES, check, load_gates
from evals.subject import Assistant, Corpus, HarnessError, Subject, built_subject
from evals.suites import accuracy, bias, chronology, grounding, permissions, privacy
from evals.suites.common import Progress, RunContext, no_progress

SUITES: dict[str, str] = {
    "accuracy": "gold facts, 'not recorded' and citations against gold questions",
    "grounding": "every date, number, name and legal term in an answer is in its cited notes",
    "privacy": "redaction recall, and no raw personal data in prompts, logs, audit or stores",
    "permissions": "every role asks about material it may and may not see; any leak fails",
    "bias": "counterfactual twins: flips, group gaps, retrieval parity, poverty markers",
    "chronology": "significant events found, dates exact, in order, nothing unsupported",
}
DEFAULT_CORPUS = Path("data/demo")
REPO_DEMO_CORPUS = Path(__file__).resolve().parent.parent / "data" / "demo"
"""What a background run from the web app evaluates: independent of the server's working directory."""
REPORT_VERSION = 1


@dataclass
class RunOptions:
    suites: Sequence[str] = tuple(SUITES)
    corpus: Path = DEFAULT_CORPUS
    backend: str = "extractive"
    model: str | None = None
    baseline: Path | None = None
    report_dir: Path | None = None
    who: str = ""
    case_ids: set[str] | None = None
    max_questions: int | None = None
    bias_config: dict[str, Any] | None = None
    build: Callable[[Settings], Assistant] | None = None
    gates: Path = GATES
    home: Path | None = None
    """Import into this home and keep it (tests reuse one import); default: a temporary home."""


class UnknownSuiteError(HarnessError, ValueError):
    """A suite name the harness does not have (a 4xx in the API, exit 2 in the CLI)."""


def check_suites(names: Sequence[str]) -> list[str]:
    unknown = [n for n in names if n not in SUITES]
    if unknown:
        raise UnknownSuiteError(f"unknown suite {unknown[0]!r}: choose from {', '.join(SUITES)}")
    return [n for n in SUITES if n in names] if names else list(SUITES)


def corpus_hash(directory: Path) -> str:
    digest = hashlib.sha256()
    for name in ("cases.jsonl", "users.json", "gold/questions.jsonl", "gold/pii.jsonl", "gold/events.jsonl"):
        path = directory / name
        if path.is_file():
            digest.update(name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:12]


def run_suites(settings: Settings, options: RunOptions, progress: Progress = no_progress) -> dict[str, Any]:
    """Run the chosen suites; returns the report (also written to options.report_dir when given)."""

    names = check_suites(options.suites)
    gates = load_gates(options.gates)
    baseline = _load_baseline(options.baseline)
    corpus = Corpus.load(options.corpus, options.case_ids)
    if not corpus.cases:
        raise HarnessError(f"{options.corpus}: no cases to evaluate (check --case ids)")
    with tempfile.TemporaryDirectory(prefix="caseassist-eval-corpus-") as tmp:
        if options.case_ids:
            corpus = corpus.subset(Path(tmp))
        return _run(settings, options, names, gates, baseline, corpus, progress)


def _run(
    settings: Settings,
    options: RunOptions,
    names: list[str],
    gates: dict[str, Any],
    baseline: dict[str, Any] | None,
    corpus: Corpus,
    progress: Progress,
) -> dict[str, Any]:
    started = time.monotonic()
    results: dict[str, SuiteResult] = {}
    timings: dict[str, float] = {}
    meta: dict[str, Any] = {}
    needs_subject = [n for n in names if n != "bias"]
    with _maybe_subject(settings, corpus, options, bool(needs_subject)) as subject:
        ctx = RunContext(subject, progress, options.max_questions, judge=_judge(settings, options)) if subject else None
        for index, name in enumerate(names):
            progress(f"{name}: starting", index / len(names))
            t0 = time.monotonic()
            results[name] = _run_one(name, ctx, settings, options, progress)
            timings[name] = round(time.monotonic() - t0, 1)
        if subject is not None and ctx is not None:
            meta = _subject_meta(subject, ctx)
    report = _report(settings, options, corpus, results, timings, meta, time.monotonic() - started)
    finish(report, options, gates, baseline)
    progress("done", 1.0)
    return report


def finish(
    report: dict[str, Any],
    options: RunOptions,
    gates: dict[str, Any] | None = None,
    baseline: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """Gate the report (against `options.baseline` when given) and write report.json/report.html.

    Public so a run that does not go through the suites (the web tests' synthetic runs) is gated
    and written exactly as a real one."""
    gates = gates if gates is not None else load_gates(options.gates)
    baseline = baseline if baseline is not None else _load_baseline(options.baseline)
    gate_results = check(report, gates, baseline)
    report["gates"] = {
        "version": gates.get("version"),
        "file": str(options.gates),
        "passed": all(g.passed for g in gate_results),
        "results": [g.as_dict() for g in gate_results],
        "baseline": str(options.baseline) if options.baseline else None,
    }
    if options.report_dir is not None:
        from evals.report import render_html

        options.report_dir.mkdir(parents=True, exist_ok=True)
        (options.report_dir / "report.json").write_text(json.dumps(report, indent=2, default=str), encoding="utf-8")
        (options.report_dir / "report.html").write_text(render_html(report, baseline), encoding="utf-8")
    return report


def _run_one(
    name: str, ctx: RunContext | None, settings: Settings, options: RunOptions, progress: Progress
) -> SuiteResult:
    if name == "bias":

        def spawn(corpus: Corpus) -> Any:
            return built_subject(settings, corpus, backend=options.backend, model=options.model, build=options.build)

        return bias.run(spawn, options.bias_config, progress, options.max_questions)
    assert ctx is not None
    module = {
        "accuracy": accuracy,
        "grounding": grounding,
        "privacy": privacy,
        "permissions": permissions,
        "chronology": chronology,
    }[name]
    result: SuiteResult = module.run(ctx)
    return result


@contextmanager
def _maybe_subject(settings: Settings, corpus: Corpus, options: RunOptions, needed: bool) -> Iterator[Subject | None]:
    if not needed:
        yield None
        return
    with built_subject(
        settings, corpus, backend=options.backend, model=options.model, build=options.build, keep_home=options.home
    ) as subject:
        yield subject


def _judge(settings: Settings, options: RunOptions) -> Any:
    if not settings.ollama.judge_model or not settings.ollama.base_url:
        return None
    from evals.suites.grounding import OllamaJudge

    cache = (options.report_dir or Path(".")) / "judge_cache.json"
    return OllamaJudge(settings.ollama.base_url, settings.ollama.judge_model, cache, settings.ollama.timeout_s)


def _subject_meta(subject: Subject, ctx: RunContext) -> dict[str, Any]:
    answers = list(ctx.answers.values())
    return {
        "built_with": subject.built_with,
        "import_seconds": round(subject.import_seconds, 1),
        "cases": len(subject.corpus.cases),
        "notes": sum(len(c.notes) for c in subject.corpus.cases),
        "prompt_versions": sorted({str(a.get("prompt")) for a in answers if a.get("prompt")}),
        "models": sorted({str(a.get("model")) for a in answers if a.get("model")}),
        "backends": sorted({str(a.get("backend")) for a in answers if a.get("backend")}),
        "questions_asked": len(answers),
    }


def _report(
    settings: Settings,
    options: RunOptions,
    corpus: Corpus,
    results: dict[str, SuiteResult],
    timings: dict[str, float],
    meta: dict[str, Any],
    seconds: float,
) -> dict[str, Any]:
    return {
        "report_version": REPORT_VERSION,
        "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "who": options.who or _whoami(),
        "backend": options.backend,
        "model": options.model or (settings.ollama.model if options.backend == "ollama" else "extractive"),
        "judge_model": settings.ollama.judge_model,
        "settings_fingerprint": settings.fingerprint(),
        "corpus": str(options.corpus),
        "corpus_hash": corpus_hash(corpus.directory),
        "case_subset": sorted(options.case_ids) if options.case_ids else None,
        "run": meta,
        "seconds": round(seconds, 1),
        "suite_seconds": timings,
        "suites": {name: result.as_dict() for name, result in results.items()},
    }


def _whoami() -> str:
    try:
        return f"cli:{getpass.getuser()}"
    except (KeyError, OSError):
        return "cli"


def _load_baseline(path: Path | None) -> dict[str, Any] | None:
    if path is None:
        return None
    return load_report(path)


def load_report(path: Path) -> dict[str, Any]:
    """A report.json (or a report directory), validated enough to compare and gate against."""
    import json

    if path.is_dir():
        path = path / "report.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise DatasetError(f"{path}: cannot read the report ({exc.strerror or exc})") from None
    except json.JSONDecodeError as exc:
        raise DatasetError(f"{path} line {exc.lineno}: not valid JSON ({exc.msg})") from None
    if not isinstance(data, dict) or not isinstance(data.get("suites"), dict):
        raise DatasetError(
            f"{path}: not an evaluation report (no `suites`); pass a report.json written by `caseassist eval run`"
        )
    return data


# --- background jobs for the web app -------------------------------------------------------------

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
            baseline = _load_baseline(options.baseline)
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
