"""The stores an import writes, and what must span all of them: the rollback journal, recovery,
one writer at a time, deleting a case everywhere, compaction and counts.

Split from the import pipeline (assistant.ingest) because `stats`, `delete` and `compact` need these
stores but no embedding model and no redactor. docs/ingest.md states the recovery guarantee.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import fcntl
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

from sqlalchemy import Engine

from access.audit import Action, Outcome
from access.rules import CaseAccess
from assistant.conversations import ConversationStore
from retrieval.catalog import Commit, NoteCatalog, PendingRun
from retrieval.chroma_index import ChromaIndex, StoredChunk, chunk_from_row, remove_orphan_segments, vacuum_persistent
from retrieval.embedding import EmbeddingCache
from retrieval.keyword_index import KeywordIndex

_SNAPSHOT_BATCH = 200


# seams the stores need from other areas, satisfied by adapters built in assistant.wiring

class VaultStore(Protocol):
    def load(self, case_id: str) -> Any | None: ...
    def save(self, case_id: str, vault: Any) -> None: ...
    def delete(self, case_id: str) -> int: ...


@runtime_checkable
class SurfaceVault(Protocol):
    """A loaded case vault that also keeps its notes' surfaces (redaction.vault.CaseVault)."""

    def save_note_surfaces(self, notes: Sequence[Any], sensitivities: Mapping[str, str] | None = None) -> None: ...
    def forget_note_surfaces(self, note_ids: Sequence[str]) -> int: ...


@runtime_checkable
class AliasVault(Protocol):
    """A loaded case vault that keeps its notes' question aliases (redaction.vault.CaseVault)."""

    def aliases_built(self) -> bool: ...


class AccessStores(Protocol):
    """The parts of access.AccessControl ingest writes to."""

    catalog: Any
    users: Any
    audit: Any



class StoreBusyError(RuntimeError):
    """Another process is writing to the same stores."""


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

    def access_before(self, case_ids: Iterable[str]) -> dict[str, dict[str, Any] | None]:
        """The access catalogue rows of these cases as the journal records them (None: no row), in
        the form `rollback` restores, so the journal format stays inside this module."""
        return {case_id: _access_dict(self.access.catalog.get(case_id)) for case_id in case_ids}

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

    def record_surfaces(
        self, case_id: str, notes: Sequence[Any], dropped: Sequence[str], sensitivities: Mapping[str, str]
    ) -> None:
        """Replace the surfaces and question aliases of the notes just indexed (each alias row with its
        note's sensitivity) and forget those of notes withheld or removed. Written after the commit:
        a surface that outlives its text is harmless, because display uses a surface only where the
        note's stored text still matches (redaction.surfaces); an alias row goes with its note."""
        vault = self.vaults.load(case_id)
        if not isinstance(vault, SurfaceVault):
            return
        if dropped:
            vault.forget_note_surfaces(dropped)
        vault.save_note_surfaces(notes, sensitivities)

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
