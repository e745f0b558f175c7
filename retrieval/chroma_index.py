"""The vector store: pseudonymised chunks with their permission and provenance metadata in Chroma.

chromadb types stay inside this module. Two deployments share one class: an embedded
`PersistentClient` under CASEASSIST_HOME (the default) and a Chroma server reached over HTTP.
The collection is always created with `embedding_function=None`: chromadb's default embedding
function downloads a model at first use, which the product must never do, so vectors are always
passed in explicitly and a missing vector is an error rather than a silent download.

Every write bumps a generation counter persisted in the application database, so that other
processes holding caches over this index (exact per-case search) know when to rebuild them.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import chromadb
import numpy as np
from chromadb.api import ClientAPI
from chromadb.api.models.Collection import Collection
from chromadb.errors import NotFoundError
from sqlalchemy import Engine, text

from retrieval.types import Chunk, NoteRecord

Scalar = str | int | float | bool
T = TypeVar("T")
Where = Mapping[str, Any]

_PAGE = 2000
_REBUILD_SUFFIX = "-rebuild"
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_SYNC_THRESHOLD = 1
"""Persist the HNSW segment after every write so Chroma can purge its write-ahead log (which holds
every added document verbatim) straight away; with the default of 1000 a deleted note's text can
sit in `embeddings_queue` until a thousand more writes. Our writes are batched, so the cost is one
small index flush per batch."""
_GENERATION_DDL = "CREATE TABLE IF NOT EXISTS index_generation (name VARCHAR(64) PRIMARY KEY, value INTEGER NOT NULL)"


class ChromaUnavailableError(RuntimeError):
    """The configured Chroma server cannot be reached; the message says where we looked."""


@dataclass(frozen=True)
class StoredChunk:
    """One row exactly as stored: what a rollback journal needs to put it back."""

    chunk_id: str
    document: str
    metadata: dict[str, Scalar]
    embedding: np.ndarray


def chunk_metadata(chunk: Chunk) -> dict[str, Scalar]:
    """The metadata every chunk carries; `day` is an ordinal so date ranges are integer filters."""
    return {
        "case_id": chunk.case_id,
        "note_id": chunk.note_id,
        "chunk_index": chunk.chunk_index,
        "date": chunk.date.isoformat(),
        "day": chunk.date.toordinal(),
        "note_type": chunk.note_type,
        "title": chunk.title,
        "sensitivity": chunk.sensitivity,
    }


def day_number(date: dt.date) -> int:
    """The integer stored in `day` metadata for `date`, for building range filters."""
    return date.toordinal()


class GenerationCounter:
    """A persisted integer that changes on every write, shared by every process using the database."""

    def __init__(self, engine: Engine, name: str) -> None:
        self._engine = engine
        self._name = name
        with engine.begin() as conn:
            conn.execute(text(_GENERATION_DDL))

    def value(self) -> int:
        with self._engine.connect() as conn:
            found = conn.execute(text("SELECT value FROM index_generation WHERE name = :n"), {"n": self._name}).scalar()
        return int(found or 0)

    def bump(self) -> int:
        with self._engine.begin() as conn:
            updated = conn.execute(text("UPDATE index_generation SET value = value + 1 WHERE name = :n"), {"n": self._name})
            if updated.rowcount == 0:
                conn.execute(text("INSERT INTO index_generation (name, value) VALUES (:n, 1)"), {"n": self._name})
            return int(conn.execute(text("SELECT value FROM index_generation WHERE name = :n"), {"n": self._name}).scalar_one())


class ChromaIndex:
    """Chunks, vectors and metadata in one Chroma collection (cosine space)."""

    def __init__(self, client: ClientAPI, collection: str, state: Engine) -> None:
        self._client = client
        self._name = collection
        self._finish_interrupted_rebuild()
        self._collection: Collection = self._open(collection)
        hnsw = (self._collection.configuration or {}).get("hnsw") or {}
        if hnsw.get("sync_threshold") != _SYNC_THRESHOLD:
            self._collection.modify(configuration={"hnsw": {"sync_threshold": _SYNC_THRESHOLD}})
        self._generation = GenerationCounter(state, f"chroma:{collection}")

    def _open(self, name: str) -> Collection:
        return self._client.get_or_create_collection(
            name, embedding_function=None, configuration={"hnsw": {"space": "cosine", "sync_threshold": _SYNC_THRESHOLD}}
        )

    def _do(self, operation: Callable[[Collection], T]) -> T:
        """Run `operation` on the collection, reopening it once if another process rebuilt it."""
        try:
            return operation(self._collection)
        except NotFoundError:
            self._collection = self._client.get_collection(self._name, embedding_function=None)
            return operation(self._collection)

    def _collection_names(self) -> set[str]:
        return {c.name for c in self._client.list_collections()}

    def _finish_interrupted_rebuild(self) -> None:
        """A rebuild that died after dropping the old collection left the complete copy behind."""
        names = self._collection_names()
        spare = f"{self._name}{_REBUILD_SUFFIX}"
        if spare in names and self._name not in names:
            self._client.get_collection(spare, embedding_function=None).modify(name=self._name)
        elif spare in names:
            self._client.delete_collection(spare)

    def rebuild(self) -> int:
        """Copy the live chunks into a fresh collection and drop the old one.

        HNSW only marks deleted vectors; their bytes stay in `data_level0.bin` until the slot is
        reused. Rebuilding writes a segment holding only live vectors (see docs/ingest.md).
        """
        rows = self.rows({})
        spare = f"{self._name}{_REBUILD_SUFFIX}"
        if spare in self._collection_names():
            self._client.delete_collection(spare)
        copy = self._open(spare)
        step = self._client.get_max_batch_size()
        for start in range(0, len(rows), step):
            batch = rows[start : start + step]
            copy.upsert(
                ids=[r.chunk_id for r in batch],
                embeddings=np.stack([r.embedding for r in batch]).astype(np.float32),
                documents=[r.document for r in batch],
                metadatas=[dict(r.metadata) for r in batch],
            )
        self._client.delete_collection(self._name)
        copy.modify(name=self._name)
        self._collection = self._open(self._name)
        self._generation.bump()
        return len(rows)

    @classmethod
    def persistent(cls, path: Path, collection: str, state: Engine) -> ChromaIndex:
        path.mkdir(parents=True, exist_ok=True)
        client = chromadb.PersistentClient(path=str(path), settings=_client_settings())
        return cls(client, collection, state)

    @classmethod
    def http(cls, host: str, port: int, collection: str, state: Engine) -> ChromaIndex:
        try:
            client = chromadb.HttpClient(host=host, port=port, settings=_client_settings())
            client.heartbeat()
        except Exception as exc:  # chromadb raises several transport errors; all mean "not reachable"
            raise ChromaUnavailableError(
                f"cannot reach the Chroma server at http://{host}:{port} ({type(exc).__name__}); start it with "
                f"`chroma run --path DIR --host {host} --port {port}` or set CASEASSIST_RETRIEVAL__CHROMA_MODE=persistent"
            ) from None
        return cls(client, collection, state)

    # writes

    def upsert(
        self,
        chunks: Sequence[Chunk],
        embeddings: np.ndarray,
        metadata_extra: Sequence[Mapping[str, Scalar]] | None = None,
    ) -> None:
        """Insert or replace chunks by id; `metadata_extra[i]` is merged into chunk i's metadata."""
        if len(chunks) != len(embeddings):
            raise ValueError(f"{len(chunks)} chunks but {len(embeddings)} embeddings")
        if metadata_extra is not None and len(metadata_extra) != len(chunks):
            raise ValueError(f"{len(chunks)} chunks but {len(metadata_extra)} metadata rows")
        if not chunks:
            return
        metadatas = [
            {**chunk_metadata(chunk), **(metadata_extra[i] if metadata_extra is not None else {})}
            for i, chunk in enumerate(chunks)
        ]
        self.put([
            StoredChunk(chunk.chunk_id, chunk.text, metadata, np.asarray(embeddings[i], dtype=np.float32))
            for i, (chunk, metadata) in enumerate(zip(chunks, metadatas, strict=True))
        ])

    def put(self, rows: Sequence[StoredChunk]) -> None:
        """Write rows exactly as given (used by upsert and by journal rollback)."""
        step = self._client.get_max_batch_size()
        for start in range(0, len(rows), step):
            batch = rows[start : start + step]
            self._do(
                lambda collection, batch=batch: collection.upsert(  # type: ignore[misc]
                    ids=[row.chunk_id for row in batch],
                    embeddings=np.stack([row.embedding for row in batch]).astype(np.float32),
                    documents=[row.document for row in batch],
                    metadatas=[dict(row.metadata) for row in batch],
                )
            )
        if rows:
            self._generation.bump()

    def delete_ids(self, chunk_ids: Sequence[str]) -> int:
        if not chunk_ids:
            return 0
        self._do(lambda collection: collection.delete(ids=list(chunk_ids)))
        self._generation.bump()
        return len(chunk_ids)

    def delete_notes(self, note_ids: Sequence[str]) -> int:
        """Remove every chunk of these notes; returns how many chunks were removed."""
        return self._delete_where({"note_id": {"$in": sorted(set(note_ids))}}) if note_ids else 0

    def delete_case(self, case_id: str) -> int:
        return self._delete_where({"case_id": case_id})

    def _delete_where(self, where: Where) -> int:
        ids = self.ids(where)
        return self.delete_ids(ids)

    # reads

    def count(self) -> int:
        return int(self._do(lambda collection: collection.count()))

    def generation(self) -> int:
        return self._generation.value()

    def ids(self, where: Where) -> list[str]:
        found: list[str] = []
        for page in self._pages(where, include=[]):
            found.extend(page["ids"])
        return found

    def query(self, embedding: np.ndarray, where: Where, k: int) -> list[tuple[Chunk, float]]:
        """The k nearest chunks inside `where`, best first, scored by cosine similarity."""
        if k <= 0:
            return []
        result = self._do(
            lambda collection: collection.query(
                query_embeddings=np.asarray(embedding, dtype=np.float32).reshape(1, -1),
                n_results=k,
                where=dict(where),
                include=["documents", "metadatas", "distances"],
            )
        )
        ids, docs = result["ids"][0], (result["documents"] or [[]])[0]
        metas, distances = (result["metadatas"] or [[]])[0], (result["distances"] or [[]])[0]
        return [
            (chunk_from_row(chunk_id, doc, meta), 1.0 - float(distance))
            for chunk_id, doc, meta, distance in zip(ids, docs, metas, distances, strict=True)
        ]

    def fetch(self, where: Where) -> tuple[list[str], np.ndarray, list[Chunk]]:
        """Every chunk inside `where` with its vector, for exact search over a case's chunks."""
        rows = self.rows(where)
        ids = [row.chunk_id for row in rows]
        vectors = np.stack([row.embedding for row in rows]) if rows else np.zeros((0, 0), dtype=np.float32)
        return ids, vectors, [chunk_from_row(row.chunk_id, row.document, row.metadata) for row in rows]

    def rows(self, where: Where) -> list[StoredChunk]:
        out: list[StoredChunk] = []
        for page in self._pages(where, include=["documents", "metadatas", "embeddings"]):
            for i, chunk_id in enumerate(page["ids"]):
                out.append(
                    StoredChunk(
                        chunk_id,
                        page["documents"][i],
                        dict(page["metadatas"][i]),
                        np.asarray(page["embeddings"][i], dtype=np.float32),
                    )
                )
        return out

    def notes(self, where: Where) -> list[NoteRecord]:
        """Whole notes inside `where`, in event-date order, reassembled from their chunks."""
        by_note: dict[str, list[tuple[str, dict[str, Any]]]] = {}
        for page in self._pages(where, include=["documents", "metadatas"]):
            for doc, meta in zip(page["documents"], page["metadatas"], strict=True):
                by_note.setdefault(str(meta["note_id"]), []).append((doc, dict(meta)))
        notes = [_note(parts) for parts in by_note.values()]
        return sorted(notes, key=lambda note: (note.date, note.note_id))

    def note(self, where: Where) -> NoteRecord | None:
        """One note: `where` should combine a scope filter with a note_id."""
        found = self.notes(where)
        return found[0] if found else None

    def _pages(self, where: Where, include: list[str]) -> Iterator[dict[str, Any]]:
        offset = 0
        while True:
            page = self._do(
                lambda collection, offset=offset: collection.get(  # type: ignore[misc]
                    where=dict(where) or None, include=include, limit=_PAGE, offset=offset  # type: ignore[arg-type]
                )
            )
            if not page["ids"]:
                return
            yield dict(page)
            if len(page["ids"]) < _PAGE:
                return
            offset += _PAGE


def vacuum_persistent(path: Path, timeout_s: float = 600.0) -> str:
    """`chroma vacuum`: purge the applied log and VACUUM chroma.sqlite3, so deleted text leaves the file.

    Runs chromadb's own CLI in a child process (it is a Rust binary inside the wheel, nothing is
    downloaded); returns its last line of output for the receipt.
    """
    if not (path / "chroma.sqlite3").is_file():
        return "no local Chroma database to vacuum"
    command = [
        sys.executable, "-c", "import sys, chromadb_rust_bindings; chromadb_rust_bindings.cli(['chroma'] + sys.argv[1:])",
        "vacuum", "--path", str(path), "--force", "--timeout", str(int(timeout_s)),
    ]
    done = subprocess.run(command, capture_output=True, text=True, timeout=timeout_s + 30, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"chroma vacuum failed on {path}: {(done.stderr or done.stdout).strip()[-300:]}")
    lines = [line.strip() for line in done.stdout.splitlines() if line.strip()]
    return lines[-1] if lines else "vacuumed"


def remove_orphan_segments(path: Path) -> list[str]:
    """Delete segment directories no collection refers to (chromadb leaves them after a collection is dropped)."""
    database = path / "chroma.sqlite3"
    if not database.is_file():
        return []
    with closing(sqlite3.connect(database)) as conn:
        live = {str(row[0]) for row in conn.execute("SELECT id FROM segments")}
    removed = []
    for child in path.iterdir():
        if child.is_dir() and _UUID.fullmatch(child.name) and child.name not in live:
            shutil.rmtree(child)
            removed.append(child.name)
    return removed


def _client_settings() -> chromadb.config.Settings:
    return chromadb.config.Settings(anonymized_telemetry=False, allow_reset=False)


def chunk_from_row(chunk_id: str, document: str, meta: Mapping[str, Any]) -> Chunk:
    """The `Chunk` a stored row describes (also used to rebuild keyword rows on rollback)."""
    return Chunk(
        chunk_id=chunk_id,
        note_id=str(meta["note_id"]),
        case_id=str(meta["case_id"]),
        date=dt.date.fromisoformat(str(meta["date"])),
        note_type=str(meta["note_type"]),
        title=str(meta.get("title", "")),
        text=document,
        sensitivity=str(meta["sensitivity"]),
        chunk_index=int(meta.get("chunk_index", 0)),
    )


def _note(parts: list[tuple[str, dict[str, Any]]]) -> NoteRecord:
    """Chunks are exact slices of the note at `char_start`, so overlaps are laid back in place."""
    parts.sort(key=lambda part: int(part[1].get("chunk_index", 0)))
    body = ""
    for doc, meta in parts:
        start = int(meta.get("char_start", len(body)))
        body = body[:start] + doc
    meta = parts[0][1]
    return NoteRecord(
        note_id=str(meta["note_id"]),
        case_id=str(meta["case_id"]),
        date=dt.date.fromisoformat(str(meta["date"])),
        note_type=str(meta["note_type"]),
        raw_type=str(meta.get("raw_type", meta["note_type"])),
        title=str(meta.get("title", "")),
        text=body,
        author_role=str(meta.get("author_role", "")),
        sensitivity=str(meta["sensitivity"]),
    )
