"""Small real parts for the evaluation harness tests: a two-case subset of the demo corpus (one
restricted case with a listed reader and a restricted note), a shared home so the corpus is
imported once per session, and two deliberately broken configurations the suites must catch."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from assistant.settings import Settings
from evals.subject import Assistant

REPO = Path(__file__).resolve().parent.parent
DEMO = REPO / "data" / "demo"
SUBSET = {"DEMO-7-0016", "DEMO-7-0001"}
"""DEMO-7-0016 is restricted (lelsayed allocated, emensah listed: standard notes only) and holds a
restricted note; DEMO-7-0001 is an ordinary North CP case with a restricted note."""
SMALL_CASE = {"DEMO-7-0007"}
"""12 notes: the cheapest case to import for exit-code and background-job tests."""

INVENTED = "Keisha disclosed suicidal thoughts and cannabis use on 3 May 2023 at Riverside Hospital [1]."
"""What a model that invents facts says (no note holds this date, place or assertion)."""


class LeakyFilter:
    """A broken configuration: every question is answered with the allocated worker's scope, as if
    the scope filter were dropped from the store query. The permissions suite must catch it."""

    def __init__(self, inner: Any, allocated: dict[str, str]) -> None:
        self._inner = inner
        self._allocated = allocated

    def ask(
        self, username: str, question: str, case_id: str | None = None, conversation_id: str | None = None
    ) -> dict[str, Any]:
        reader = self._allocated.get(case_id or "", username)
        answer: dict[str, Any] = self._inner.ask(reader, question, case_id)
        return answer

    def note(self, username: str, note_id: str) -> dict[str, Any] | None:
        found: dict[str, Any] | None = self._inner.note(username, note_id)
        return found

    def chronology(self, username: str, case_id: str, date_from: Any = None, date_to: Any = None) -> dict[str, Any]:
        found: dict[str, Any] = self._inner.chronology(username, case_id, date_from, date_to)
        return found


def leaky_builder(allocated: dict[str, str]) -> Any:
    def build(settings: Settings) -> Assistant:
        from evals.subject import build_assistant

        return LeakyFilter(build_assistant(settings), allocated)

    return build


def allocated_workers(case_ids: set[str]) -> dict[str, str]:
    import json

    rows = [
        json.loads(line) for line in (DEMO / "cases.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    return {r["case_id"]: r["allocated_worker"] for r in rows if r["case_id"] in case_ids}


def permissive_gates(path: Path) -> Path:
    path.write_text("version: test\nsuites:\n  chronology:\n    ordered_rate: {min: 0.0}\n", encoding="utf-8")
    return path


def impossible_gates(path: Path) -> Path:
    path.write_text("version: test\nsuites:\n  chronology:\n    unsupported_entries: {max: -1}\n", encoding="utf-8")
    return path


class RawQuestionLogger(LeakyFilter):
    """A broken configuration: the raw question (real names) is written to the log before answering.
    The privacy suite's log scan must catch it."""

    def ask(
        self, username: str, question: str, case_id: str | None = None, conversation_id: str | None = None
    ) -> dict[str, Any]:
        import logging

        logging.getLogger("caseassist.debugging").info("question from %s: %s", username, question)
        answer: dict[str, Any] = self._inner.ask(username, question, case_id)
        return answer


def raw_question_logger(settings: Settings) -> Assistant:
    from evals.subject import build_assistant

    return RawQuestionLogger(build_assistant(settings), {})
