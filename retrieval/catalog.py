"""What has been ingested, and the journal that makes an import all-or-nothing.

`NoteCatalog` is the commit marker: a note counts as indexed only once its row is here, and the
row is written in the same transaction that clears the run's journal. Before an import writes to
any store it records in `ingest_journal` every chunk it will overwrite (document, metadata and
vector, all already pseudonymised) and every chunk id it will create. If the run dies part-way the
journal is still there; the next run (or `recover`) deletes what the dead run wrote and puts the
recorded chunks back, so the stores return to the last committed state before anything else happens.

Only hashes, counts and ids live in the catalogue; the journal's pseudonymised text is deleted on
commit (and the file vacuumed by `caseassist compact`).
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from sqlalchemy import (
    JSON,
    Column,
    DateTime,
    Engine,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    delete,
    func,
    insert,
    select,
)

from retrieval.chroma_index import StoredChunk

metadata = MetaData()

ingest_cases = Table(
    "ingest_cases",
    metadata,
    Column("case_id", String(128), primary_key=True),
    Column("fingerprint", String(64), nullable=False),
    Column("notes", Integer, nullable=False),
    Column("people", Integer, nullable=False),
    Column("committed_at", DateTime(timezone=True), nullable=False),
)

ingest_notes = Table(
    "ingest_notes",
    metadata,
    Column("note_id", String(128), primary_key=True),
    Column("case_id", String(128), nullable=False, index=True),
    Column("content_hash", String(64), nullable=False),
    Column("chunk_ids", JSON, nullable=False),
    Column("chunk_hashes", JSON, nullable=False),
    Column("committed_at", DateTime(timezone=True), nullable=False),
)

ingest_journal = Table(
    "ingest_journal",
    metadata,
    Column("run_id", String(36), primary_key=True),
    Column("started_at", DateTime(timezone=True), nullable=False),
    Column("plan", JSON, nullable=False),
)

ingest_journal_rows = Table(
    "ingest_journal_rows",
    metadata,
    Column("row_id", Integer, primary_key=True, autoincrement=True),
    Column("run_id", String(36), nullable=False, index=True),
    Column("chunk_id", String(200), nullable=False),
    Column("document", Text, nullable=False),
    Column("meta", JSON, nullable=False),
    Column("embedding", LargeBinary, nullable=False),
)


@dataclass(frozen=True)
class NoteState:
    note_id: str
    case_id: str
    content_hash: str
    chunk_ids: tuple[str, ...]
    chunk_hashes: tuple[str, ...]


@dataclass(frozen=True)
class CaseState:
    case_id: str
    fingerprint: str
    notes: int
    people: int


@dataclass
class Commit:
    """Everything one import makes true, applied in one transaction."""

    cases: list[CaseState] = field(default_factory=list)
    notes: list[NoteState] = field(default_factory=list)
    removed_notes: list[str] = field(default_factory=list)
    removed_cases: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class PendingRun:
    """A run that started writing and never committed."""

    run_id: str
    started_at: dt.datetime
    new_chunk_ids: tuple[str, ...]
    touched_chunk_ids: tuple[str, ...]
    access_before: Mapping[str, dict[str, Any] | None]
    snapshot: tuple[StoredChunk, ...]


class NoteCatalog:
    """Committed ingest state and the rollback journal, in the application database."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        metadata.create_all(engine)

    # committed state

    def notes(self, case_ids: Iterable[str] | None = None) -> dict[str, NoteState]:
        query = select(ingest_notes)
        if case_ids is not None:
            query = query.where(ingest_notes.c.case_id.in_(sorted(set(case_ids))))
        with self._engine.connect() as conn:
            return {row.note_id: _note_state(dict(row._mapping)) for row in conn.execute(query)}

    def cases(self) -> dict[str, CaseState]:
        with self._engine.connect() as conn:
            return {
                row.case_id: CaseState(row.case_id, row.fingerprint, row.notes, row.people)
                for row in conn.execute(select(ingest_cases))
            }

    def counts(self) -> dict[str, int]:
        with self._engine.connect() as conn:
            cases = conn.execute(select(func.count()).select_from(ingest_cases)).scalar_one()
            notes = conn.execute(select(func.count()).select_from(ingest_notes)).scalar_one()
            people = conn.execute(select(func.coalesce(func.sum(ingest_cases.c.people), 0))).scalar_one()
        return {"cases": int(cases), "notes": int(notes), "people": int(people)}

    def last_import(self) -> dt.datetime | None:
        with self._engine.connect() as conn:
            found = conn.execute(select(func.max(ingest_cases.c.committed_at))).scalar()
        return found

    def commit(self, run_id: str | None, change: Commit, now: dt.datetime) -> None:
        """Make the run's result the committed state and drop its journal, atomically."""
        with self._engine.begin() as conn:
            gone_notes = set(change.removed_notes) | {n.note_id for n in change.notes}
            if change.removed_cases:
                conn.execute(delete(ingest_notes).where(ingest_notes.c.case_id.in_(sorted(change.removed_cases))))
            gone_cases = set(change.removed_cases) | {c.case_id for c in change.cases}
            for batch in _batches(sorted(gone_notes)):
                conn.execute(delete(ingest_notes).where(ingest_notes.c.note_id.in_(batch)))
            for batch in _batches(sorted(gone_cases)):
                conn.execute(delete(ingest_cases).where(ingest_cases.c.case_id.in_(batch)))
            if change.notes:
                conn.execute(insert(ingest_notes), [_note_row(note, now) for note in change.notes])
            if change.cases:
                conn.execute(
                    insert(ingest_cases),
                    [
                        {"case_id": c.case_id, "fingerprint": c.fingerprint, "notes": c.notes, "people": c.people, "committed_at": now}
                        for c in change.cases
                    ],
                )
            if run_id is not None:
                conn.execute(delete(ingest_journal_rows).where(ingest_journal_rows.c.run_id == run_id))
                conn.execute(delete(ingest_journal).where(ingest_journal.c.run_id == run_id))

    # journal

    def begin(
        self,
        now: dt.datetime,
        new_chunk_ids: Sequence[str],
        snapshot: Sequence[StoredChunk],
        access_before: Mapping[str, dict[str, Any] | None],
    ) -> str:
        """Record what a run is about to overwrite, before it writes anything."""
        run_id = str(uuid.uuid4())
        plan = {
            "new_chunk_ids": list(new_chunk_ids),
            "touched_chunk_ids": sorted({row.chunk_id for row in snapshot}),
            "access_before": dict(access_before),
        }
        with self._engine.begin() as conn:
            conn.execute(insert(ingest_journal).values(run_id=run_id, started_at=now, plan=plan))
            if snapshot:
                conn.execute(
                    insert(ingest_journal_rows),
                    [
                        {
                            "run_id": run_id,
                            "chunk_id": row.chunk_id,
                            "document": row.document,
                            "meta": dict(row.metadata),
                            "embedding": np.asarray(row.embedding, dtype=np.float32).tobytes(),
                        }
                        for row in snapshot
                    ],
                )
        return run_id

    def pending(self) -> list[PendingRun]:
        with self._engine.connect() as conn:
            runs = list(conn.execute(select(ingest_journal).order_by(ingest_journal.c.started_at.desc())))
            pending = []
            for run in runs:
                rows = conn.execute(select(ingest_journal_rows).where(ingest_journal_rows.c.run_id == run.run_id))
                snapshot = tuple(
                    StoredChunk(r.chunk_id, r.document, dict(r.meta), np.frombuffer(bytes(r.embedding), dtype=np.float32).copy())
                    for r in rows
                )
                plan = run.plan if isinstance(run.plan, dict) else json.loads(run.plan)
                pending.append(
                    PendingRun(
                        run.run_id,
                        run.started_at,
                        tuple(plan["new_chunk_ids"]),
                        tuple(plan["touched_chunk_ids"]),
                        plan["access_before"],
                        snapshot,
                    )
                )
        return pending

    def forget(self, run_id: str) -> None:
        with self._engine.begin() as conn:
            conn.execute(delete(ingest_journal_rows).where(ingest_journal_rows.c.run_id == run_id))
            conn.execute(delete(ingest_journal).where(ingest_journal.c.run_id == run_id))


def _batches(values: Sequence[str], size: int = 500) -> Iterable[Sequence[str]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


def _note_row(note: NoteState, now: dt.datetime) -> dict[str, Any]:
    return {
        "note_id": note.note_id,
        "case_id": note.case_id,
        "content_hash": note.content_hash,
        "chunk_ids": list(note.chunk_ids),
        "chunk_hashes": list(note.chunk_hashes),
        "committed_at": now,
    }


def _note_state(data: Mapping[str, Any]) -> NoteState:
    return NoteState(
        data["note_id"], data["case_id"], data["content_hash"], tuple(data["chunk_ids"]), tuple(data["chunk_hashes"])
    )
