"""The audit trail: append-only, each row carrying the hash of the row before it.

Every search, ask, chronology, note view, export, grant, import, delete and login is recorded
with who, when, which cases and notes, and the outcome. Questions arrive already pseudonymised
(the caller redacts before recording); no answer text or note text is ever stored here.

Rows are numbered 1, 2, 3... with no gaps, and `row_hash` is the SHA-256 of the row's stored
values including its number and `prev_hash`. Editing, deleting or reordering any row therefore
breaks the chain at that row, and `verify` names it. Appends from several processes cannot fork
the chain: `seq` is the primary key and `prev_hash` is unique. On PostgreSQL each append first
takes a transaction-scoped advisory lock, so workers queue for the head instead of racing for it
(no retries, no starvation under many workers); on SQLite, which has one writer at a time anyway,
a writer that lost the race gets an integrity or busy error and retries on top of the new head.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Protocol

from sqlalchemy import Engine, Row, insert, select
from sqlalchemy.exc import IntegrityError, OperationalError

from access.tables import audit_log
from records.database import serialised

Clock = Callable[[], dt.datetime]

GENESIS = "0" * 64
_APPEND_ATTEMPTS = 50
_HASHED = (
    "seq",
    "at",
    "username",
    "action",
    "case_ids",
    "question",
    "note_ids",
    "answer_id",
    "prompt_version",
    "model",
    "outcome",
    "detail",
    "prev_hash",
)


class Action(StrEnum):
    SEARCH = "search"
    ASK = "ask"
    CHRONOLOGY = "chronology"
    NOTE_VIEW = "note_view"
    EXPORT = "export"
    GRANT = "grant"
    GRANT_REVOKE = "grant_revoke"
    IMPORT = "import"
    DELETE = "delete"
    LOGIN = "login"
    LOGOUT = "logout"
    USER_ADMIN = "user_admin"
    AUDIT_VIEW = "audit_view"
    APPROVE_BASELINE = "approve_baseline"


class Outcome(StrEnum):
    """`answered`: the request was served; `refused`: denied by a rule; `error`: it failed."""

    ANSWERED = "answered"
    REFUSED = "refused"
    ERROR = "error"


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    at: dt.datetime
    username: str
    action: str
    outcome: str
    case_ids: tuple[str, ...] = ()
    question: str | None = None
    note_ids: tuple[str, ...] = ()
    answer_id: str | None = None
    prompt_version: str | None = None
    model: str | None = None
    detail: Mapping[str, Any] = field(default_factory=dict)
    row_hash: str = ""

    def as_dict(self) -> dict[str, Any]:
        return {
            "seq": self.seq,
            "at": self.at.isoformat(),
            "user": self.username,
            "action": self.action,
            "outcome": self.outcome,
            "case_ids": list(self.case_ids),
            "question": self.question,
            "note_ids": list(self.note_ids),
            "answer_id": self.answer_id,
            "prompt_version": self.prompt_version,
            "model": self.model,
            "detail": dict(self.detail),
        }


@dataclass(frozen=True)
class Verification:
    ok: bool
    rows_checked: int
    head_hash: str
    broken_seq: int | None = None
    problem: str | None = None


class AuditTrail(Protocol):
    """What a path that audits needs: `AuditLog.record`, so tests and pipelines depend on the seam."""

    def record(
        self,
        username: str,
        action: Action,
        outcome: Outcome,
        *,
        case_ids: Sequence[str] = (),
        question: str | None = None,
        note_ids: Sequence[str] = (),
        answer_id: str | None = None,
        prompt_version: str | None = None,
        model: str | None = None,
        detail: Mapping[str, Any] | None = None,
    ) -> Any: ...


class AuditLog:
    """The append-only audit table; the only writes are `record`'s inserts."""

    def __init__(self, engine: Engine, clock: Clock) -> None:
        self._engine = engine
        self._clock = clock

    def record(
        self,
        username: str,
        action: Action,
        outcome: Outcome,
        *,
        case_ids: Sequence[str] = (),
        question: str | None = None,
        note_ids: Sequence[str] = (),
        answer_id: str | None = None,
        prompt_version: str | None = None,
        model: str | None = None,
        detail: Mapping[str, Any] | None = None,
    ) -> AuditEntry:
        """Append one row. `question` must already be pseudonymised; `detail` holds ids, never content."""
        values: dict[str, Any] = {
            "at": _stamp(self._clock()),
            "username": username,
            "action": Action(action).value,
            "case_ids": _canonical(sorted(set(case_ids))),
            "question": question,
            "note_ids": _canonical(list(dict.fromkeys(note_ids))),
            "answer_id": answer_id,
            "prompt_version": prompt_version,
            "model": model,
            "outcome": Outcome(outcome).value,
            "detail": _canonical(dict(detail or {})),
        }
        for attempt in range(_APPEND_ATTEMPTS):
            try:
                return self._append(values)
            except (IntegrityError, OperationalError):
                time.sleep(0.005 * (attempt + 1))
        raise RuntimeError(f"could not append to the audit trail after {_APPEND_ATTEMPTS} attempts")

    def _append(self, values: dict[str, Any]) -> AuditEntry:
        with self._engine.begin() as conn:
            serialised(conn, "audit_log.head")
            head = conn.execute(
                select(audit_log.c.seq, audit_log.c.row_hash).order_by(audit_log.c.seq.desc()).limit(1)
            ).first()
            seq, prev_hash = (1, GENESIS) if head is None else (int(head.seq) + 1, str(head.row_hash))
            row = {"seq": seq, "prev_hash": prev_hash, **values}
            row["row_hash"] = row_hash(row)
            conn.execute(insert(audit_log).values(**row))
        return _entry(row)

    def verify(self, anchor: str | None = None) -> Verification:
        """Walk the chain from row 1; the first row that is missing, out of place or altered is named.

        `anchor` is a head hash recorded earlier outside the database: it must still be in the
        chain, which catches what the chain alone cannot (newest rows removed, or everything after
        an edit re-hashed by someone with write access).
        """
        expected_seq, prev_hash, checked = 1, GENESIS, 0
        anchor_seen = anchor is None or anchor == GENESIS
        for row in self._rows():
            data = dict(row._mapping)
            seq = int(data["seq"])
            if seq != expected_seq:
                return _broken(
                    checked, prev_hash, expected_seq, f"row {expected_seq} is missing (the next row is {seq})"
                )
            if data["prev_hash"] != prev_hash:
                return _broken(
                    checked,
                    prev_hash,
                    seq,
                    f"row {seq} does not follow row {seq - 1} (the previous row was changed, removed or reordered)",
                )
            if row_hash(data) != data["row_hash"]:
                return _broken(
                    checked, prev_hash, seq, f"row {seq} was altered (its content no longer matches its hash)"
                )
            expected_seq, prev_hash, checked = seq + 1, data["row_hash"], checked + 1
            anchor_seen = anchor_seen or prev_hash == anchor
        if not anchor_seen:
            return Verification(
                ok=False,
                rows_checked=checked,
                head_hash=prev_hash,
                problem=f"the recorded head hash {anchor} is no longer in the chain (rows removed from the end, or rewritten)",
            )
        return Verification(ok=True, rows_checked=checked, head_hash=prev_hash)

    def query(
        self,
        *,
        case_id: str | None = None,
        username: str | None = None,
        since: dt.datetime | None = None,
        action: Action | None = None,
        limit: int | None = None,
    ) -> list[AuditEntry]:
        """Rows oldest first, narrowed by case, user, start time and action."""
        statement = select(audit_log).order_by(audit_log.c.seq)
        if case_id is not None:
            statement = statement.where(
                audit_log.c.case_ids.like(f"%{_like_escape(json.dumps(case_id))}%", escape="\\")
            )
        if username is not None:
            statement = statement.where(audit_log.c.username == username)
        if since is not None:
            statement = statement.where(audit_log.c.at >= _stamp(since))
        if action is not None:
            statement = statement.where(audit_log.c.action == Action(action).value)
        with self._engine.connect() as conn:
            entries = [_entry(dict(row._mapping)) for row in conn.execute(statement)]
        if case_id is not None:  # LIKE can over-match escaped quotes; keep exact matches only
            entries = [e for e in entries if case_id in e.case_ids]
        return entries[-limit:] if limit else entries

    def _rows(self) -> Iterator[Row[tuple[object, ...]]]:
        with self._engine.connect() as conn:
            yield from conn.execution_options(yield_per=1000).execute(select(audit_log).order_by(audit_log.c.seq))


def row_hash(row: Mapping[str, Any]) -> str:
    """SHA-256 over the stored values of a row (exactly as stored, so verification is byte-exact)."""
    payload = json.dumps(
        {name: row[name] for name in _HASHED}, sort_keys=True, separators=(",", ":"), ensure_ascii=False
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _broken(checked: int, head: str, seq: int, problem: str) -> Verification:
    return Verification(ok=False, rows_checked=checked, head_hash=head, broken_seq=seq, problem=problem)


def _stamp(moment: dt.datetime) -> str:
    aware = moment.replace(tzinfo=dt.UTC) if moment.tzinfo is None else moment.astimezone(dt.UTC)
    return aware.isoformat(timespec="microseconds")


def _canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _entry(row: Mapping[str, Any]) -> AuditEntry:
    return AuditEntry(
        seq=int(row["seq"]),
        at=dt.datetime.fromisoformat(row["at"]),
        username=row["username"],
        action=row["action"],
        outcome=row["outcome"],
        case_ids=tuple(json.loads(row["case_ids"])),
        question=row["question"],
        note_ids=tuple(json.loads(row["note_ids"])),
        answer_id=row["answer_id"],
        prompt_version=row["prompt_version"],
        model=row["model"],
        detail=json.loads(row["detail"]),
        row_hash=row["row_hash"],
    )
