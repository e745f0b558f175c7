"""The import pipeline: validated records -> redaction -> chunks -> embeddings -> Chroma + keywords.

An import runs in two phases. Planning reads the committed state and redacts, chunks and embeds
everything that changed without writing to any store, so bad input, a redaction failure or Ctrl-C
there leaves nothing behind. Writing then records a rollback journal (retrieval.catalog), saves
vaults (which only grow), replaces chunks by deterministic id (`<note_id>:<index>`), updates the
access catalogue and finally commits the note catalogue in one transaction. Any exception while
writing, KeyboardInterrupt included, rolls the stores back to the journal; a hard crash leaves the
journal for the next run to roll back first. docs/ingest.md states the guarantee exactly.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import fcntl
import hashlib
import hmac
import json
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

import numpy as np
from sqlalchemy import Engine

from access.audit import Action, Outcome
from access.rules import CaseAccess
from assistant.conversations import ConversationStore
from assistant.settings import Settings
from records.models import Case, Note, User
from records.vocabulary import map_type
from retrieval.catalog import CaseState, Commit, NoteCatalog, NoteState, PendingRun
from retrieval.chroma_index import (
    ChromaIndex,
    Scalar,
    StoredChunk,
    chunk_from_row,
    remove_orphan_segments,
    vacuum_persistent,
)
from retrieval.chunking import chunk_note, embedding_text
from retrieval.embedding import CachedEmbedder, EmbeddingCache, content_hash
from retrieval.keyword_index import KeywordIndex
from retrieval.types import Chunk

_WRITE_BATCH_NOTES = 64
_EMBED_BATCH = 256
_SNAPSHOT_BATCH = 200


# seams the pipeline needs from other areas, satisfied by adapters built in assistant.wiring


class RedactedNoteLike(Protocol):
    @property
    def note_id(self) -> str: ...
    @property
    def title(self) -> str | None: ...
    @property
    def text(self) -> str: ...


class RedactedCaseLike(Protocol):
    @property
    def notes(self) -> Sequence[RedactedNoteLike]: ...
    @property
    def vault(self) -> Any: ...
    @property
    def leaks(self) -> Sequence[str]:
        """Ids of notes whose redacted text still holds a known name or identifier."""
        ...


class CaseRedactor(Protocol):
    version: str

    def redact_case(self, case: Case, staff: Sequence[User], existing_vault: Any | None) -> RedactedCaseLike: ...


class VaultStore(Protocol):
    def load(self, case_id: str) -> Any | None: ...
    def save(self, case_id: str, vault: Any) -> None: ...
    def delete(self, case_id: str) -> int: ...


class AccessStores(Protocol):
    """The parts of access.AccessControl ingest writes to."""

    catalog: Any
    users: Any
    audit: Any


class Progress(Protocol):
    """Terminal feedback per stage; the write stage reports after every batch it has stored."""

    def stage(self, name: str, total: int) -> None: ...
    def advance(self, count: int = 1) -> None: ...
    def close(self) -> None: ...


class StoreBusyError(RuntimeError):
    """Another process is writing to the same stores."""


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


@dataclass(frozen=True)
class PreparedNote:
    """One redacted note as it will be stored: chunks, their metadata and what to embed."""

    note_id: str
    case_id: str
    chunks: tuple[Chunk, ...]
    extras: tuple[dict[str, Scalar], ...]
    texts: tuple[str, ...]
    content_hash: str

    @property
    def chunk_hashes(self) -> tuple[str, ...]:
        return tuple(str(extra["content_hash"]) for extra in self.extras)

    def state(self) -> NoteState:
        return NoteState(self.note_id, self.case_id, self.content_hash, tuple(c.chunk_id for c in self.chunks), self.chunk_hashes)


@dataclass
class Plan:
    """What a run will change, computed without writing anything."""

    cases: list[CaseState] = field(default_factory=list)
    access: list[CaseAccess] = field(default_factory=list)
    vaults: dict[str, Any] = field(default_factory=dict)
    record_names: dict[str, set[str]] = field(default_factory=dict)
    notes: list[PreparedNote] = field(default_factory=list)
    unchanged_notes: int = 0
    skipped_cases: int = 0
    removed_notes: list[str] = field(default_factory=list)
    removed_cases: list[str] = field(default_factory=list)
    withheld: list[str] = field(default_factory=list)
    vectors: dict[str, np.ndarray] = field(default_factory=dict)

    @property
    def empty(self) -> bool:
        return not (self.cases or self.notes or self.removed_notes or self.removed_cases)


@dataclass(frozen=True)
class DeletionReceipt:
    """What `caseassist delete --case` removed from each store (counts and ids, never content)."""

    case_id: str
    chunks: int
    keyword_rows: int
    notes: int
    cached_embeddings: int
    vault: int
    access_catalogue: int
    conversation_turns: int = 0

    def as_dict(self) -> dict[str, Any]:
        return {
            "case_id": self.case_id, "chunks": self.chunks, "keyword_rows": self.keyword_rows,
            "catalogue_notes": self.notes, "cached_embeddings": self.cached_embeddings,
            "vault_entries": self.vault, "access_catalogue": self.access_catalogue,
            "conversation_turns": self.conversation_turns,
        }


class IngestStores:
    """Every store an import writes, with what must span them: recovery, deletion, counts, compaction.

    Needs no embedding model and no redactor, so `stats`, `delete` and `compact` start quickly.
    """

    def __init__(
        self,
        *,
        index: ChromaIndex,
        keywords: KeywordIndex,
        catalog: NoteCatalog,
        cache: EmbeddingCache,
        vaults: VaultStore,
        access: AccessStores,
        conversations: ConversationStore,
        clock: Callable[[], dt.datetime],
        chroma_path: Path | None,
        engine: Engine,
        lock_path: Path,
    ) -> None:
        self.engine = engine
        self.lock_path = lock_path
        self.index = index
        self.keywords = keywords
        self.catalog = catalog
        self.cache = cache
        self.vaults = vaults
        self.access = access
        self.conversations = conversations
        self.clock = clock
        self._chroma_path = chroma_path

    def snapshot(self, note_ids: Sequence[str], case_ids: Sequence[str]) -> list[StoredChunk]:
        """The stored chunks of these notes and cases, exactly as they are now."""
        rows: list[StoredChunk] = []
        unique = sorted(set(note_ids))
        for start in range(0, len(unique), _SNAPSHOT_BATCH):
            rows.extend(self.index.rows({"note_id": {"$in": unique[start : start + _SNAPSHOT_BATCH]}}))
        for case_id in case_ids:
            rows.extend(self.index.rows({"case_id": case_id}))
        return list({row.chunk_id: row for row in rows}.values())

    def rollback(
        self, run_id: str, new_ids: Sequence[str], snapshot: Sequence[StoredChunk], access_before: Mapping[str, dict[str, Any] | None]
    ) -> None:
        """Put the chunk stores and access catalogue back to what the journal recorded."""
        written = sorted(set(new_ids) | {row.chunk_id for row in snapshot})
        for start in range(0, len(written), 1000):
            self.index.delete_ids(written[start : start + 1000])
            self.keywords.delete_ids(written[start : start + 1000])
        self.index.put(list(snapshot))
        self.keywords.upsert([chunk_from_row(row.chunk_id, row.document, row.metadata) for row in snapshot])
        restore = [_access_entry(case_id, value) for case_id, value in access_before.items() if value]
        if restore:
            self.access.catalog.upsert(restore)
        absent = [case_id for case_id, value in access_before.items() if not value]
        if absent:
            self.access.catalog.remove(absent)
        self.catalog.forget(run_id)

    def recover(self) -> int:
        """Roll back runs that died while writing; returns how many there were."""
        pending: list[PendingRun] = self.catalog.pending()
        for run in pending:
            self.rollback(run.run_id, run.new_chunk_ids, run.snapshot, run.access_before)
        return len(pending)

    def forget_unused_vectors(self, candidates: Iterable[str] | None = None) -> int:
        """Drop cached vectors no committed note uses (all of them when `candidates` is None)."""
        in_use = {h for note in self.catalog.notes().values() for h in note.chunk_hashes}
        if candidates is None:
            return self.cache.delete_except(in_use)
        return self.cache.delete(sorted(set(candidates) - in_use - {""}))

    def prune_vault(self, case_id: str, vault: Any, record_names: set[str]) -> int:
        """Drop pseudonyms no indexed note of the case uses any more, unless they name someone on the
        case record (the child, family members): a corrected note must not keep a name alive."""
        if not isinstance(vault, Mapping):
            return 0
        notes = self.index.notes({"case_id": case_id})
        used = "\n".join(f"{note.title}\n{note.text}" for note in notes)
        wanted = {name.casefold() for name in record_names}
        kept = {token: value for token, value in vault.items() if token in used or str(value).casefold() in wanted}
        if len(kept) < len(vault):
            self.vaults.save(case_id, kept)
        return len(vault) - len(kept)

    @contextmanager
    def writer(self) -> Iterator[None]:
        """One writer at a time: a second import must not roll back a journal the first is still
        writing. An advisory lock on a file under CASEASSIST_HOME, so it covers one host."""
        self.lock_path.parent.mkdir(parents=True, exist_ok=True)
        with self.lock_path.open("a") as handle:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                raise StoreBusyError(
                    f"another import, delete or compact is writing to these stores ({self.lock_path}); wait for it to finish"
                ) from None
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    def delete_case(self, case_id: str, actor: str) -> DeletionReceipt:
        """Everything derived from one case, from every store; audited with counts only."""
        with self.writer():
            return self._delete_case(case_id, actor)

    def _delete_case(self, case_id: str, actor: str) -> DeletionReceipt:
        self.recover()
        hashes = {str(row.metadata.get("content_hash", "")) for row in self.index.rows({"case_id": case_id})}
        notes = self.catalog.notes([case_id])
        chunks = self.index.delete_case(case_id)
        keyword_rows = self.keywords.delete_case(case_id)
        self.catalog.commit(None, Commit(removed_cases=[case_id], removed_notes=sorted(notes)), self.clock())
        cached = self.forget_unused_vectors(hashes)
        access_rows = self.access.catalog.remove([case_id])
        vault = self.vaults.delete(case_id)
        turns = self.conversations.delete_for_case(case_id)
        receipt = DeletionReceipt(case_id, chunks, keyword_rows, len(notes), cached, vault, int(access_rows), turns)
        outcome = Outcome.ANSWERED if any(receipt.as_dict()[k] for k in receipt.as_dict() if k != "case_id") else Outcome.REFUSED
        self.access.audit.record(actor, Action.DELETE, outcome, case_ids=[case_id], detail=receipt.as_dict())
        return receipt

    def compact(self) -> dict[str, Any]:
        """Make deletions physical: unused vectors, FTS segments, free pages and Chroma's log."""
        with self.writer():
            return self._compact()

    def _compact(self) -> dict[str, Any]:
        recovered = self.recover()
        vectors = self.forget_unused_vectors()
        self.keywords.compact()
        report: dict[str, Any] = {"recovered_runs": recovered, "unused_vectors_removed": vectors, "keyword_index": "optimized and vacuumed"}
        report["app_database"] = _vacuum_app_database(self.engine)
        report["chunks_rebuilt"] = self.index.rebuild()
        if self._chroma_path is None:
            report["chroma"] = "Chroma server: stop it and run `chroma vacuum --path DIR` on the server host (docs/ingest.md)"
            return report
        report["orphan_segments_removed"] = len(remove_orphan_segments(self._chroma_path))
        report["chroma"] = vacuum_persistent(self._chroma_path)
        return report

    def stats(self) -> dict[str, Any]:
        counts = self.catalog.counts()
        last = self.catalog.last_import()
        return {
            **counts,
            "chunks": self.index.count(),
            "keyword_rows": self.keywords.count(),
            "cached_embeddings": self.cache.count(),
            "users": len(self.access.users.usernames()),
            "access_cases": len(self.access.catalog.all()),
            "pending_runs": len(self.catalog.pending()),
            "index_generation": self.index.generation(),
            "last_import": last.isoformat() if last else None,
        }


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
        if previous is not None and previous.fingerprint == fingerprint and not (prune and stale):
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
            known = committed_notes.get(note.note_id)
            if known is not None and known.content_hash == prepared.content_hash:
                plan.unchanged_notes += 1
            else:
                plan.notes.append(prepared)
        if prune:
            plan.removed_notes.extend(stale)
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
        access_before = {
            case_id: _access_dict(self.stores.access.catalog.get(case_id))
            for case_id in [entry.case_id for entry in plan.access] + plan.removed_cases
        }
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

    # helpers

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


def _vacuum_app_database(engine: Engine) -> str:
    """SQLite keeps deleted rows (cached vectors, journals) in free pages and in the WAL until a
    VACUUM and a truncating checkpoint; PostgreSQL's VACUUM is the DBA's (docs/ingest.md)."""
    if engine.dialect.name != "sqlite":
        return f"{engine.dialect.name}: run VACUUM on the server (docs/ingest.md)"
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.exec_driver_sql("VACUUM")
        busy = conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").first()
    return "vacuumed" if busy is None or not busy[0] else "vacuumed; WAL still in use by another process"


def _access_entry(case_id: str, value: Mapping[str, Any]) -> CaseAccess:
    return CaseAccess(**{**value, "case_id": case_id, "access_list": frozenset(value["access_list"])})


def _access_dict(entry: CaseAccess | None) -> dict[str, Any] | None:
    """A journal-ready copy of every field, so a rollback restores the row exactly."""
    if entry is None:
        return None
    return {**dataclasses.asdict(entry), "access_list": sorted(entry.access_list)}


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

