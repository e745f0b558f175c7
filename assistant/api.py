"""The application's contract: what the CLI, the web app and the evaluation harness may call.

`CaseAssistAPI` is what the web layer codes against; `assistant.service.CaseAssistService`
implements it over the real components. Shapes are plain JSON-ready dicts documented per method,
so API models can mirror them. `EvaluationRunner` is what the facade delegates evaluation runs to.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from typing import Any, Protocol


class CaseAssistAPI(Protocol):
    # --- identity -------------------------------------------------------------------------------
    def authenticate(self, username: str, password: str, client: str) -> dict[str, Any] | None:
        """{"username","display_name","role","teams"} or None (wrong password, disabled, locked out;
        the reason is audited, never returned). Rate limiting/lockout are applied inside."""

    def principal(self, username: str) -> dict[str, Any] | None:
        """The active user's {"username","display_name","role","teams"}, None if unknown/disabled."""

    # --- social workers and managers -------------------------------------------------------------
    def cases(self, username: str, query: str | None = None) -> list[dict[str, Any]]:
        """Permitted cases only: [{"case_id","child_name" (real name: the user is entitled),
        "team","status","restricted"}], optionally filtered by name or id substring."""

    def ask(self, username: str, question: str, case_id: str | None = None, conversation_id: str | None = None) -> dict[str, Any]:
        """The same JSON as `caseassist ask --json`: {"id","answer","citations":[{"n","note_id",
        "case_id","date","quote"}],"refused","reason","backend","backend_notice","prompt","model",
        "conversation_id"}. Out of scope -> refused with "no access to case X or it does not exist"."""

    def ask_stream(self, username: str, question: str, case_id: str | None = None, conversation_id: str | None = None) -> Iterator[dict[str, Any]]:
        """Events: {"event":"token","text"} ... then {"event":"final","answer":<ask JSON>};
        on a backend failure {"event":"notice","text"} then the extractive fallback continues."""

    def conversations(self, username: str) -> list[dict[str, Any]]:
        """[{"id","case_id","title","updated_at"}] for this user only."""

    def conversation(self, username: str, conversation_id: str) -> dict[str, Any] | None:
        """{"id","case_id","turns":[{"question","answer"(ask JSON)}]} re-identified for the user."""

    def delete_conversation(self, username: str, conversation_id: str) -> bool: ...

    def note(self, username: str, note_id: str) -> dict[str, Any] | None:
        """{"note_id","case_id","date","type","title","text","author_role"} re-identified, or None when
        the note does not exist OR is outside scope (indistinguishable). Audited."""

    def chronology(self, username: str, case_id: str, date_from: dt.date | None = None, date_to: dt.date | None = None) -> dict[str, Any]:
        """The chronology JSON of issue 7, or {"refused": true, "reason": ...}. Audited."""

    def export_chronology(
        self, username: str, case_id: str, fmt: str, date_from: dt.date | None = None, date_to: dt.date | None = None
    ) -> tuple[bytes, str, str] | None:
        """(content, media_type, filename) for fmt in md|csv|docx|json; None when refused. Audited."""

    # --- governance leads and admins -------------------------------------------------------------
    def audit(self, username: str, case_id: str | None = None, user: str | None = None,
              since: dt.date | None = None, action: str | None = None, limit: int = 200) -> list[dict[str, Any]] | None:
        """Audit rows for governance leads and admins; None for other roles."""

    def audit_verify(self, username: str) -> dict[str, Any] | None:
        """{"ok": bool, "rows": N, "first_broken": id|None}; None for roles that may not read audit."""

    def users(self, username: str) -> list[dict[str, Any]] | None:
        """Admins only: [{"username","display_name","role","teams","active"}]."""

    def grants(self, username: str) -> list[dict[str, Any]] | None:
        """Admins only: [{"id","username","case_id","expires_at","reason","granted_by","active"}]."""

    def grant(self, username: str, grantee: str, case_id: str, days: int, reason: str) -> dict[str, Any]:
        """Admins only; raises PermissionError otherwise, ValueError on bad input."""


class EvaluationRunner(Protocol):
    """The evaluation harness's background runner (evals.jobs.EvaluationRunner)."""

    def suites(self) -> list[dict[str, Any]]: ...

    def start(self, suites: Sequence[str], who: str, against_baseline: bool = False) -> str: ...

    def status(self, job_id: str) -> dict[str, Any] | None: ...

    def runs(self, limit: int = 20) -> list[dict[str, Any]]: ...

    def report_html(self, job_id: str) -> str | None: ...

    def baseline(self) -> dict[str, Any]: ...

    def approve(self, job_id: str, who: str, reason: str) -> dict[str, Any] | None: ...

    def compare(self, job_id: str) -> dict[str, Any] | None: ...
