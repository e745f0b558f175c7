"""The import pipeline: validated records -> redaction -> chunks -> embeddings -> Chroma + keywords.

An import runs in two phases. Planning (assistant.ingest_plan) reads the committed state and
redacts, chunks and embeds everything that changed without writing to any store, so bad input, a
redaction failure or Ctrl-C there leaves nothing behind. Writing then records a rollback journal
(retrieval.catalog), saves vaults (which only grow), replaces chunks by deterministic id
(`<note_id>:<index>`), updates the access catalogue and finally commits the note catalogue in one
transaction. Any exception while writing, KeyboardInterrupt included, rolls the stores back to the
journal (assistant.ingest_stores); a hard crash leaves the journal for the next run to roll back
first. docs/ingest.md states the guarantee exactly.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

import numpy as np

from access.audit import Action, Outcome
from access.rules import CaseAccess
from assistant.ingest_plan import CaseRedactor, Plan, PreparedNote, RedactedNoteLike
from assistant.ingest_stores import AliasVault, IngestStores
from assistant.settings import Settings
from records.models import Case, Note, User
from records.vocabulary import map_type
from retrieval.catalog import CaseState, Commit, NoteState
from retrieval.chroma_index import Scalar, StoredChunk
from retrieval.chunking import chunk_note, embedding_text
from retrieval.embedding import CachedEmbedder, content_hash

_WRITE_BATCH_NOTES = 64
_EMBED_BATCH = 256


class Progress(Protocol):
    """Terminal feedback per stage; the write stage reports after every batch it has stored."""

    def stage(self, name: str, total: int) -> None: ...
    def advance(self, count: int = 1) -> None: ...
    def close(self) -> None: ...


class SilentProgress:
    def stage(self, name: str, total: int) -> None:
        return None

    def advance(self, count: int = 1) -> None:
        return None

    def close(self) -> None:
        return None


class TqdmProgress:
    """A tqdm bar with rate and ETA on stderr, one per stage."""

    def __init__(self) -> None:
        self._bar: Any = None

    def stage(self, name: str, total: int) -> None:
        from tqdm import tqdm

        self.close()
        self._bar = tqdm(total=total, desc=f"{name:<9}", unit=" items", dynamic_ncols=True, leave=True)

    def advance(self, count: int = 1) -> None:
        if self._bar is not None:
            self._bar.update(count)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None


@dataclass
class ImportResult:
    written: bool = False
    details: dict[str, Any] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {"written": self.written, **self.details}


class Ingestor:
    """Plans an import without writing, then applies it to the stores all or nothing."""

    def __init__(
        self,
        *,
        stores: IngestStores,
        embedder: CachedEmbedder,
        redactor: CaseRedactor,
        fingerprint_key: bytes,
        chunk_chars: int,
        overlap_chars: int,
    ) -> None:
        self.stores = stores
        self.embedder = embedder
        self.redactor = redactor
        self._key = fingerprint_key
        self._chunk_chars = chunk_chars
        self._overlap = overlap_chars

    def run(self, cases: Sequence[Case], users: Sequence[User], *, prune: bool, progress: Progress, actor: str) -> ImportResult:
        with self.stores.writer():
            return self._run(cases, users, prune=prune, progress=progress, actor=actor)

    def _run(self, cases: Sequence[Case], users: Sequence[User], *, prune: bool, progress: Progress, actor: str) -> ImportResult:
        started = time.monotonic()
        recovered = self.stores.recover()
        hits, misses = self.embedder.hits, self.embedder.misses
        try:
            plan = self._plan_and_embed(cases, users, prune=prune, progress=progress)
            if not plan.empty or users:
                self._write(plan, users, progress)
        finally:
            progress.close()
        details = {
            "notes_indexed": len(plan.notes),
            "notes_unchanged": plan.unchanged_notes,
            "cases_unchanged": plan.skipped_cases,
            "notes_removed": len(plan.removed_notes),
            "cases_removed": len(plan.removed_cases),
            "chunks_written": sum(len(note.chunks) for note in plan.notes),
            "embedded": self.embedder.misses - misses,
            "embedding_cache_hits": self.embedder.hits - hits,
            "leaks": len(plan.withheld),
            "withheld_notes": plan.withheld,
            "recovered_runs": recovered,
            "pipeline_seconds": round(time.monotonic() - started, 2),
        }
        if not plan.empty:
            self.stores.access.audit.record(
                actor, Action.IMPORT, Outcome.ANSWERED,
                case_ids=[c.case_id for c in plan.cases] + plan.removed_cases,
                detail={k: v for k, v in details.items() if isinstance(v, int)},
            )
        return ImportResult(written=not plan.empty, details=details)

    def plan(
        self,
        cases: Sequence[Case],
        users: Sequence[User],
        *,
        prune: bool,
        emit: Callable[[list[PreparedNote]], None] | None = None,
    ) -> Plan:
        """Redact, chunk and compare with the committed state; nothing is written.

        `emit` receives each case's new or changed notes as soon as the case is planned.
        """
        plan = Plan()
        committed_cases = self.stores.catalog.cases()
        committed_notes = self.stores.catalog.notes([case.case_id for case in cases])
        roles = self._roles(users)
        staff = self._staff(users)
        for case in cases:
            before = len(plan.notes)
            self._plan_case(plan, case, committed_cases, committed_notes, roles, staff, prune)
            if emit is not None:
                emit(plan.notes[before:])
        if prune:
            present = {case.case_id for case in cases}
            plan.removed_cases = sorted(set(committed_cases) - present)
        return plan

    def _plan_case(
        self,
        plan: Plan,
        case: Case,
        committed_cases: dict[str, CaseState],
        committed_notes: dict[str, NoteState],
        roles: dict[str, str],
        staff: Sequence[User],
        prune: bool,
    ) -> None:
        fingerprint = self._fingerprint(case, roles)
        previous = committed_cases.get(case.case_id)
        in_file = {note.note_id for note in case.notes}
        stale = sorted(n.note_id for n in committed_notes.values() if n.case_id == case.case_id and n.note_id not in in_file)
        if previous is not None and previous.fingerprint == fingerprint and not (prune and stale) and self._aliases_built(case.case_id):
            plan.skipped_cases += 1
            plan.unchanged_notes += len(case.notes)
            return
        redacted = self.redactor.redact_case(case, staff, self.stores.vaults.load(case.case_id))
        plan.vaults[case.case_id] = redacted.vault
        plan.record_names[case.case_id] = {case.child.full_name, *(person.full_name for person in case.people)}
        leaking = set(redacted.leaks)
        by_id = {note.note_id: note for note in redacted.notes}
        for note in case.notes:
            if note.note_id in leaking:
                # redaction could not clear it: never index it, and withdraw any older version
                plan.withheld.append(note.note_id)
                if note.note_id in committed_notes:
                    plan.removed_notes.append(note.note_id)
                continue
            prepared = self._prepare(case, note, by_id[note.note_id], roles)
            plan.surfaces.setdefault(case.case_id, []).append(_surfaces(note, by_id[note.note_id]))
            plan.sensitivities[note.note_id] = note.sensitivity.value
            known = committed_notes.get(note.note_id)
            if known is not None and known.content_hash == prepared.content_hash:
                plan.unchanged_notes += 1
            else:
                plan.notes.append(prepared)
        if prune:
            plan.removed_notes.extend(stale)
            plan.dropped_surfaces.setdefault(case.case_id, []).extend(stale)
        if leaking:
            plan.dropped_surfaces.setdefault(case.case_id, []).extend(sorted(leaking))
        kept = len(case.notes) - len(leaking) + (0 if prune else len(stale))
        # a case with withheld notes is redacted again next time (e.g. after the redactor improves)
        plan.cases.append(CaseState(case.case_id, "" if leaking else fingerprint, kept, 1 + len(case.people)))
        plan.access.append(CaseAccess.from_case(case))

    def _prepare(self, case: Case, note: Note, redacted: RedactedNoteLike, roles: dict[str, str]) -> PreparedNote:
        note_type = map_type(note.type).value
        pieces = chunk_note(
            note_id=note.note_id, case_id=case.case_id, date=note.date, note_type=note_type,
            title=redacted.title or "", text=redacted.text, sensitivity=note.sensitivity.value,
            max_chars=self._chunk_chars, overlap_chars=self._overlap,
        )
        texts = tuple(embedding_text(piece.chunk) for piece in pieces)
        extras: tuple[dict[str, Scalar], ...] = tuple(
            {
                "char_start": piece.char_start,
                "raw_type": note.type,
                "team": case.team,
                "restricted": case.restricted,
                "author_role": roles.get(note.author, "unknown"),
                "content_hash": content_hash(text),
                "model_id": self.embedder.model_id,
            }
            for piece, text in zip(pieces, texts, strict=True)
        )
        digest = hashlib.sha256(
            json.dumps([[p.chunk.chunk_id, p.chunk.date.isoformat(), p.chunk.sensitivity, e] for p, e in zip(pieces, extras, strict=True)], sort_keys=True).encode()
        ).hexdigest()
        return PreparedNote(note.note_id, case.case_id, tuple(p.chunk for p in pieces), extras, texts, digest)

    def _plan_and_embed(self, cases: Sequence[Case], users: Sequence[User], *, prune: bool, progress: Progress) -> Plan:
        """Plan every case, then embed what changed, shortest texts first.

        Embedding dominates an import. Feeding the model batches of similar length wastes no
        compute on padding: measured on the demo corpus, length-sorted batches of 256 cost the
        same CPU as one call over every text, unsorted ones 25% more (docs/benchmarks.md).
        """
        progress.stage("redact", len(cases))
        plan = self.plan(cases, users, prune=prune, emit=lambda _notes: progress.advance())
        texts = sorted({text for note in plan.notes for text in note.texts}, key=len)
        progress.stage("embed", len(texts))
        for start in range(0, len(texts), _EMBED_BATCH):
            batch = texts[start : start + _EMBED_BATCH]
            for text, vector in zip(batch, self.embedder.embed(batch), strict=True):
                plan.vectors[content_hash(text)] = vector
            progress.advance(len(batch))
        return plan

    # writing

    def _write(self, plan: Plan, users: Sequence[User], progress: Progress) -> None:
        touched_notes = [note.note_id for note in plan.notes] + plan.removed_notes
        snapshot = self.stores.snapshot(touched_notes, plan.removed_cases)
        access_before = self.stores.access_before([entry.case_id for entry in plan.access] + plan.removed_cases)
        new_ids = [chunk.chunk_id for note in plan.notes for chunk in note.chunks]
        run_id = self.stores.catalog.begin(self.stores.clock(), new_ids, snapshot, access_before)
        try:
            self._apply(plan, users, snapshot, progress)
            old_hashes = {str(row.metadata.get("content_hash", "")) for row in snapshot}
            self.stores.catalog.commit(
                run_id,
                Commit(plan.cases, [note.state() for note in plan.notes], plan.removed_notes, plan.removed_cases),
                self.stores.clock(),
            )
        except BaseException:
            self.stores.rollback(run_id, new_ids, snapshot, access_before)
            raise
        self._after_commit(plan, old_hashes)

    def _apply(self, plan: Plan, users: Sequence[User], snapshot: Sequence[StoredChunk], progress: Progress) -> None:
        for case_id, vault in plan.vaults.items():
            self.stores.vaults.save(case_id, vault)
        old_ids: dict[str, set[str]] = {}
        for row in snapshot:
            old_ids.setdefault(str(row.metadata["note_id"]), set()).add(row.chunk_id)
        progress.stage("write", len(plan.notes))
        for start in range(0, len(plan.notes), _WRITE_BATCH_NOTES):
            batch = plan.notes[start : start + _WRITE_BATCH_NOTES]
            chunks = [chunk for note in batch for chunk in note.chunks]
            stale = sorted(set().union(*(old_ids.get(n.note_id, set()) for n in batch)) - {c.chunk_id for c in chunks})
            self.stores.index.delete_ids(stale)
            self.stores.keywords.delete_ids(stale)
            vectors = np.stack([plan.vectors[str(extra["content_hash"])] for note in batch for extra in note.extras])
            self.stores.index.upsert(chunks, vectors, [extra for note in batch for extra in note.extras])
            self.stores.keywords.upsert(chunks)
            progress.advance(len(batch))
        if plan.removed_notes:
            self.stores.index.delete_notes(plan.removed_notes)
            self.stores.keywords.delete_notes(plan.removed_notes)
        for case_id in plan.removed_cases:
            self.stores.index.delete_case(case_id)
            self.stores.keywords.delete_case(case_id)
        if users:
            self.stores.access.users.upsert_imported(list(users))
        if plan.access:
            self.stores.access.catalog.upsert(plan.access)
        if plan.removed_cases:
            self.stores.access.catalog.remove(plan.removed_cases)

    def _after_commit(self, plan: Plan, old_hashes: set[str]) -> None:
        """Forget what no committed note uses any more: cached vectors and removed cases' vaults."""
        self.stores.forget_unused_vectors(old_hashes)
        for case_id in plan.removed_cases:
            self.stores.vaults.delete(case_id)
            self.stores.conversations.delete_for_case(case_id)
        for case_id, vault in plan.vaults.items():
            self.stores.prune_vault(case_id, vault, plan.record_names.get(case_id, set()))
        for case_id in sorted(set(plan.surfaces) | set(plan.dropped_surfaces)):
            self.stores.record_surfaces(
                case_id, plan.surfaces.get(case_id, []), plan.dropped_surfaces.get(case_id, []), plan.sensitivities
            )

    # helpers

    def _aliases_built(self, case_id: str) -> bool:
        """An unchanged case imported before question aliases were stored (session 13) is planned
        again, so a plain re-import builds them (docs/redaction.md); its notes re-embed nothing."""
        vault = self.stores.vaults.load(case_id)
        return not isinstance(vault, AliasVault) or vault.aliases_built()

    def _roles(self, users: Sequence[User]) -> dict[str, str]:
        roles = {info.username: info.role.value for info in self.stores.access.users.all()}
        roles.update({info.display_name: info.role.value for info in self.stores.access.users.all()})
        roles.update({user.username: user.role.value for user in users})
        roles.update({user.display_name: user.role.value for user in users})
        return roles

    def _staff(self, users: Sequence[User]) -> list[User]:
        known = {user.username: user for user in users}
        for info in self.stores.access.users.all():
            known.setdefault(info.username, User(username=info.username, display_name=info.display_name, role=info.role, teams=list(info.teams)))
        return list(known.values())

    def _fingerprint(self, case: Case, roles: dict[str, str]) -> str:
        """Keyed, so the catalogue's hash says nothing about the case to someone without the key."""
        authors = sorted({(note.author, roles.get(note.author, "unknown")) for note in case.notes})
        payload = json.dumps(
            {
                "case": case.model_dump(mode="json"),
                "authors": authors,
                "chunking": [self._chunk_chars, self._overlap],
                "model": self.embedder.model_id,
                "redactor": getattr(self.redactor, "version", ""),
            },
            sort_keys=True,
        )
        return hmac.new(self._key, payload.encode(), hashlib.sha256).hexdigest()


def _surfaces(note: Note, redacted: RedactedNoteLike) -> Any:
    """How each token of the note was written (redaction.surfaces), kept only in the encrypted vault
    so display can quote the note's own words; deferred import: redaction loads Presidio."""
    from redaction.surfaces import record

    return record(note.note_id, note.title or "", redacted.title or "", note.text, redacted.text)


def known_usernames(settings: Settings, users: list[User]) -> set[str] | None:
    """Usernames that allocated_worker and access_list may name: the users file plus the user store."""
    from assistant.wiring import build_access

    stored = build_access(settings).users.usernames()
    known = {user.username for user in users} | set(stored)
    return known


def run_import(settings: Settings, cases: list[Case], users: list[User], *, prune: bool, progress: bool) -> ImportResult:
    """`caseassist import` after validation: the whole pipeline, all or nothing."""
    from assistant.wiring import build_ingestor

    reporter: Progress = TqdmProgress() if progress else SilentProgress()
    return build_ingestor(settings).run(cases, users, prune=prune, progress=reporter, actor=_operator())


def _operator() -> str:
    import getpass

    try:
        return f"cli:{getpass.getuser()}"
    except (KeyError, OSError):
        return "cli"
