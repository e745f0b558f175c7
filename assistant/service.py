"""The application facade: the one object the CLI, the web app and the evaluation harness call.

It ties access control, retrieval, redaction, answering, chronologies and the audit trail together
so every entry point gets the same scoping and auditing. Built by `assistant.wiring.build_service`.

It implements the contract in `assistant.api` (CaseAssistAPI).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Protocol

from access.audit import Action, Outcome
from access.errors import AccessError
from access.rules import Grant, Principal
from access.scope import Scope
from assistant.api import EvaluationRunner
from assistant.conversations import ConversationStore, Turn
from redaction.surfaces import restore_whole, surfaces_of
from redaction.text import reidentify
from retrieval.types import NoteRecord

if TYPE_CHECKING:
    from access.control import AccessControl
    from assistant.answering import Answer, Answerer
    from assistant.chronology.endpoints import ChronologyEndpoints


APPROVE_BASELINE = "approve_baseline"
"""The audit action of a baseline approval (access.audit.Action must list it)."""
MIN_REASON_CHARS = 10


WITHHELD = "This answer is withheld: it drew on notes you can no longer see."


class CaseVaultReader(Protocol):
    def load(self, case_id: str) -> Mapping[str, str] | None: ...


class NoteLookup(Protocol):
    def note(self, scope: Scope, note_id: str) -> NoteRecord | None: ...


class CaseAssistService:
    """The facade over the real components; every case-touching call is scoped and audited.

    Nothing here filters results: scopes come from access control and are pushed into the
    retriever's queries. What this class adds is the glue the entry points must not each write
    again: conversations around answers, display names from the vaults, audit rows for views.
    """

    def __init__(
        self,
        *,
        access: AccessControl,
        answerer: Answerer,
        conversations: ConversationStore,
        notes: NoteLookup,
        vaults: CaseVaultReader,
        chronologies: ChronologyEndpoints,
        evaluations: EvaluationRunner | None = None,
    ) -> None:
        self._access = access
        self._answerer = answerer
        self._conversations = conversations
        self._notes = notes
        self._vaults = vaults
        self._chronologies = chronologies
        self._evaluations = evaluations

    @property
    def backend(self) -> str:
        return self._answerer.backend

    @property
    def backend_reason(self) -> str:
        return self._answerer.backend_reason

    # --- identity -------------------------------------------------------------------------------
    def authenticate(self, username: str, password: str, client: str) -> dict[str, Any] | None:
        principal = self._access.auth.authenticate(username, password, client)
        return None if principal is None else _principal_dict(principal)

    def principal(self, username: str) -> dict[str, Any] | None:
        principal = self._access.principal(username)
        return None if principal is None or not principal.active else _principal_dict(principal)

    # --- casework -------------------------------------------------------------------------------
    def cases(self, username: str, query: str | None = None) -> list[dict[str, Any]]:
        scope = self._access.scope(username)
        wanted = (query or "").strip().casefold()
        listed = []
        for case_id in sorted(scope.case_ids):
            case = self._access.catalog.get(case_id)
            if case is None:
                continue
            child = self._child_name(case_id)
            if wanted and wanted not in case_id.casefold() and wanted not in child.casefold():
                continue
            listed.append(
                {"case_id": case_id, "child_name": child, "team": case.team, "status": case.status, "restricted": case.restricted}
            )
        return listed

    def ask(self, username: str, question: str, case_id: str | None = None, conversation_id: str | None = None) -> dict[str, Any]:
        final: dict[str, Any] = {}
        for event in self.ask_stream(username, question, case_id, conversation_id):
            if event["event"] == "final":
                final = event["answer"]
        return final

    def ask_stream(
        self, username: str, question: str, case_id: str | None = None, conversation_id: str | None = None
    ) -> Iterator[dict[str, Any]]:
        """Answer events; the final one is stored in the user's conversation (pseudonymised)."""
        conversation = None
        if conversation_id is not None:
            conversation = self._conversations.get(username, conversation_id)
            if conversation is None:
                raise LookupError(f"conversation {conversation_id!r} not found")
            case_id = conversation.case_id
        history = self._visible_turns(username, conversation.turns) if conversation else ()
        for event in self._answerer.stream(username, question, case_id=case_id, history=history):
            if event.kind != "final" or event.answer is None:
                yield event.as_dict()
                continue
            answer = event.answer
            body = answer.as_dict()
            body["conversation_id"] = self._remember(username, case_id, conversation_id, answer)
            yield {"event": "final", "answer": body}

    def _remember(self, username: str, case_id: str | None, conversation_id: str | None, answer: Answer) -> str | None:
        if answer.reason == "no_access":
            return conversation_id
        # Only the pseudonymised forms are stored: never fall back to the re-identified text.
        shown = answer.pseudonymised_text
        stored: dict[str, Any] = {
            "id": answer.answer_id,
            "answer": shown,
            "citations": [{"n": c.number, "note_id": c.note_id, "case_id": c.case_id, "date": c.date.isoformat()} for c in answer.citations],
            "refused": answer.refused,
            "reason": answer.reason,
            "backend": answer.backend,
            "prompt": answer.prompt,
            "model": answer.model,
        }
        question = answer.pseudonymised_question
        turn = Turn(question=question, standalone=question, answer=shown, answer_json=stored)
        if conversation_id is None:
            conversation_id = self._conversations.start(username, case_id, question).id
        self._conversations.add_turn(username, conversation_id, turn)
        return conversation_id

    def conversations(self, username: str) -> list[dict[str, Any]]:
        """The user's conversations, leaving out those bound to a case they may no longer see."""
        visible = self._access.scope(username).case_ids
        return [
            {"id": c.id, "case_id": c.case_id, "title": self._show(username, c.case_id, c.title), "updated_at": c.updated_at.isoformat()}
            for c in self._conversations.list(username)
            if c.case_id is None or c.case_id in visible
        ]

    def conversation(self, username: str, conversation_id: str) -> dict[str, Any] | None:
        """A stored conversation as the user may see it now: access lost since is access lost here too.

        Answers citing a note the user can no longer see are withheld, not shown from storage.
        """
        found = self._conversations.get(username, conversation_id)
        if found is None or (found.case_id is not None and found.case_id not in self._access.scope(username).case_ids):
            return None
        visible = self._visible_turns(username, found.turns)
        turns = []
        for turn in found.turns:
            question = self._show(username, found.case_id, turn.question)
            if turn not in visible:
                turns.append({"question": question, "answer": {"answer": WITHHELD, "citations": [], "refused": True, "reason": "no_longer_visible"}})
                continue
            shown = dict(turn.answer_json)
            cited = [str(c["note_id"]) for c in turn.answer_json.get("citations", [])]
            shown["answer"] = self._show(username, found.case_id, turn.answer, cited)
            turns.append({"question": question, "answer": shown})
        return {"id": found.id, "case_id": found.case_id, "turns": turns}

    def _visible_turns(self, username: str, turns: Sequence[Turn]) -> tuple[Turn, ...]:
        """Turns whose every cited note the user may still see, checked through the scoped store query."""
        scope = self._access.scope(username)
        return tuple(
            turn
            for turn in turns
            if all(self._notes.note(scope, cited["note_id"]) is not None for cited in turn.answer_json.get("citations", []))
        )

    def delete_conversation(self, username: str, conversation_id: str) -> bool:
        return self._conversations.delete(username, conversation_id)

    def note(self, username: str, note_id: str) -> dict[str, Any] | None:
        record = self._notes.note(self._access.scope(username), note_id)
        if record is None:
            self._access.audit.record(username, Action.NOTE_VIEW, Outcome.REFUSED, note_ids=[], detail={"reason": "not_found_or_no_access"})
            return None
        vault = self._vaults.load(record.case_id) or {}
        written = surfaces_of(vault, [record.note_id]).get(record.note_id)
        self._access.audit.record(username, Action.NOTE_VIEW, Outcome.ANSWERED, case_ids=[record.case_id], note_ids=[record.note_id])
        return {
            "note_id": record.note_id,
            "case_id": record.case_id,
            "date": record.date.isoformat(),
            "type": record.note_type,
            "raw_type": record.raw_type,
            # the note as written: each token shows the words it replaced in this note (redaction.surfaces)
            "title": restore_whole(record.title, written, vault),
            "text": restore_whole(record.text, written, vault),
            "author_role": record.author_role,
        }

    def chronology(self, username: str, case_id: str, date_from: dt.date | None = None, date_to: dt.date | None = None) -> dict[str, Any]:
        return self._chronologies.chronology(username, case_id, date_from, date_to)

    def export_chronology(
        self, username: str, case_id: str, fmt: str, date_from: dt.date | None = None, date_to: dt.date | None = None
    ) -> tuple[bytes, str, str] | None:
        return self._chronologies.export_chronology(username, case_id, fmt, date_from, date_to)

    # --- governance and administration ----------------------------------------------------------
    def audit(self, username: str, case_id: str | None = None, user: str | None = None,
              since: dt.date | None = None, action: str | None = None, limit: int = 200) -> list[dict[str, Any]] | None:
        if not self._may(self._access.require_audit_reader, username):
            return None
        start = dt.datetime.combine(since, dt.time(), tzinfo=dt.UTC) if since else None
        rows = self._access.audit.query(
            case_id=case_id, username=user, since=start, action=Action(action) if action else None, limit=limit
        )
        self._access.audit.record(
            username, Action.AUDIT_VIEW, Outcome.ANSWERED,
            detail={"case": case_id, "user": user, "since": since.isoformat() if since else None, "action": action},
        )
        return [row.as_dict() for row in rows]

    def audit_verify(self, username: str) -> dict[str, Any] | None:
        if not self._may(self._access.require_audit_reader, username):
            return None
        result = self._access.audit.verify()
        return {"ok": result.ok, "rows": result.rows_checked, "first_broken": result.broken_seq, "problem": result.problem}

    def users(self, username: str) -> list[dict[str, Any]] | None:
        if not self._may(self._access.require_admin, username):
            return None
        return [
            {"username": u.username, "display_name": u.display_name, "role": u.role.value, "teams": list(u.teams), "active": u.active}
            for u in self._access.users.all()
        ]

    def grants(self, username: str) -> list[dict[str, Any]] | None:
        if not self._may(self._access.require_admin, username):
            return None
        return [_grant_dict(view.grant, view.status) for view in self._access.list_grants()]

    def grant(self, username: str, grantee: str, case_id: str, days: int, reason: str) -> dict[str, Any]:
        try:
            made = self._access.grant(username, grantee, case_id, days, reason)
        except AccessError as refused:
            if self._access.principal(username) is None or not self._may(self._access.require_admin, username):
                raise PermissionError(str(refused)) from None
            raise ValueError(str(refused)) from None
        return _grant_dict(made, "active")

    def revoke_grant(self, username: str, grant_id: int) -> dict[str, Any]:
        """Admins only; the grantee loses the case at once, conversations included."""
        if not self._may(self._access.require_admin, username):
            raise PermissionError(f"{username!r} may not revoke grants: only an active admin may")
        try:
            revoked = self._access.revoke_grant(username, grant_id)
        except AccessError as refused:
            raise ValueError(str(refused)) from None
        return _grant_dict(revoked, "revoked")

    # --- evaluations (present when the harness is wired) ---------------------------------------
    def evaluation_suites(self, username: str) -> list[dict[str, Any]] | None:
        """The suites a governance lead may run, or None (no harness, or a role that may not)."""
        if self._evaluations is None or not self._may(self._access.require_audit_reader, username):
            return None
        return self._evaluations.suites()

    def evaluation_report(self, username: str, job_id: str) -> str | None:
        """A finished run's self-contained HTML report, or None."""
        if self._evaluations is None or not self._may(self._access.require_audit_reader, username):
            return None
        return self._evaluations.report_html(job_id)

    def run_evaluation(self, username: str, suites: list[str], against_baseline: bool = False) -> str:
        """A background run; `against_baseline` also gates non-regression against the current baseline."""
        self._evaluator(username, "run evaluations")
        assert self._evaluations is not None
        return self._evaluations.start(suites, username, against_baseline)

    def evaluation_status(self, username: str, job_id: str) -> dict[str, Any] | None:
        if self._evaluations is None or not self._may(self._access.require_audit_reader, username):
            return None
        return self._evaluations.status(job_id)

    def evaluation_runs(self, username: str) -> list[dict[str, Any]] | None:
        """Recent runs by anyone, newest first; None (no harness, or a role that may not)."""
        if self._evaluations is None or not self._may(self._access.require_audit_reader, username):
            return None
        return self._evaluations.runs()

    def evaluation_baseline(self, username: str) -> dict[str, Any] | None:
        """The baseline runs are compared with: the last approved one (who, when, why) or the shipped one."""
        if self._evaluations is None or not self._may(self._access.require_audit_reader, username):
            return None
        return self._evaluations.baseline()

    def evaluation_compare(self, username: str, job_id: str) -> dict[str, Any] | None:
        """A finished run beside the current baseline; None when unknown, unfinished or not allowed."""
        if self._evaluations is None or not self._may(self._access.require_audit_reader, username):
            return None
        return self._evaluations.compare(job_id)

    def approve_baseline(self, username: str, job_id: str, reason: str) -> dict[str, Any] | None:
        """Governance leads and admins make a finished, gate-passing run the baseline, with a reason.

        Audited with the job id only (the reason is free text, kept in the baseline history, never
        in the audit trail). None for an unknown job; ValueError for a run that may not be approved.
        """
        self._evaluator(username, "approve baselines")
        assert self._evaluations is not None
        if len(reason.strip()) < MIN_REASON_CHARS:
            raise ValueError(f"reason: say why this run becomes the baseline (at least {MIN_REASON_CHARS} characters)")
        action = _approval_action()  # before anything is written: an approval that cannot be audited is refused
        try:
            approved = self._evaluations.approve(job_id, username, reason.strip())
        except ValueError as refused:
            self._access.audit.record(username, action, Outcome.REFUSED, detail={"job_id": job_id, "reason": "not_approvable"})
            raise ValueError(str(refused)) from None
        if approved is None:
            return None
        self._access.audit.record(
            username, action, Outcome.ANSWERED, detail={"job_id": job_id, "previous": approved.get("previous")}
        )
        return approved

    def _evaluator(self, username: str, what: str) -> None:
        if self._evaluations is None:
            raise LookupError("the evaluation harness is not installed")
        if not self._may(self._access.require_audit_reader, username):
            raise PermissionError(f"only governance leads and admins {what}")

    # --- helpers --------------------------------------------------------------------------------
    def _child_name(self, case_id: str) -> str:
        vault = self._vaults.load(case_id) or {}
        return vault.get("[CHILD]", case_id)

    def _show(self, username: str, case_id: str | None, text: str, note_ids: Sequence[str] = ()) -> str:
        """Stored (pseudonymised) text, re-identified only while the user may still see the case;
        words quoted from `note_ids` (notes the user may see) are shown as those notes wrote them."""
        if case_id is None or self._access.case_scope(username, case_id).is_empty:
            return text
        vault = self._vaults.load(case_id) or {}
        written = surfaces_of(vault, note_ids)
        return reidentify(text, vault, list(written.values()))

    @staticmethod
    def _may(check: Any, username: str) -> bool:
        try:
            check(username)
        except AccessError:
            return False
        return True


def _approval_action() -> Action:
    try:
        return Action(APPROVE_BASELINE)
    except ValueError:
        raise LookupError(
            "baseline approval cannot be audited in this installation: the audit trail has no 'approve_baseline' action"
        ) from None


def _principal_dict(principal: Principal) -> dict[str, Any]:
    return {
        "username": principal.username,
        "display_name": principal.display_name or principal.username,
        "role": principal.role.value,
        "teams": sorted(principal.teams),
    }


def _grant_dict(grant: Grant, status: str) -> dict[str, Any]:
    return {
        "id": grant.grant_id,
        "username": grant.username,
        "case_id": grant.case_id,
        "expires_at": grant.expires_at.isoformat(),
        "reason": grant.reason,
        "granted_by": grant.granted_by,
        "active": status == "active",
        "status": status,
    }
