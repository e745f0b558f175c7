"""What retrieval hands upward: pseudonymised chunks and notes, never raw text, and the seams.

Everything here is already redacted; re-identification is a display step in `assistant`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

import numpy as np

from access.scope import Scope


@dataclass(frozen=True)
class Chunk:
    chunk_id: str
    note_id: str
    case_id: str
    date: dt.date
    note_type: str
    title: str
    text: str
    sensitivity: str
    chunk_index: int = 0


@dataclass(frozen=True)
class Hit:
    chunk: Chunk
    score: float
    rank: int


@dataclass(frozen=True)
class NoteRecord:
    """A whole redacted note, for chronologies and the note viewer."""

    note_id: str
    case_id: str
    date: dt.date
    note_type: str
    raw_type: str
    title: str
    text: str
    author_role: str
    sensitivity: str


class Embedder(Protocol):
    model_id: str

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """Unit-length float32 vectors, one row per text."""
        ...


class Retriever(Protocol):
    """Scoped retrieval: the scope is part of every query, never applied to results afterwards."""

    def search(
        self, query: str, scope: Scope, k: int, date_from: dt.date | None = None, date_to: dt.date | None = None
    ) -> list[Hit]: ...

    def notes(
        self, scope: Scope, case_id: str, date_from: dt.date | None = None, date_to: dt.date | None = None
    ) -> list[NoteRecord]: ...

    def note(self, scope: Scope, note_id: str) -> NoteRecord | None: ...
