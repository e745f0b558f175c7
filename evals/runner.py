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
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assistant.settings import Settings
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
    baseline = load_baseline(options.baseline)
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
    baseline = baseline if baseline is not None else load_baseline(options.baseline)
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


def load_baseline(path: Path | None) -> dict[str, Any] | None:
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
