"""What an import will change, computed before anything is written: the plan, its prepared notes,
and the redaction seam they are prepared from.

The pipeline (assistant.ingest) fills a Plan without touching a store, so bad input, a redaction
failure or Ctrl-C while planning leaves nothing behind; only then does it write the plan.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

import numpy as np

from access.rules import CaseAccess
from records.models import Case, User
from retrieval.catalog import CaseState, NoteState
from retrieval.chroma_index import Scalar
from retrieval.types import Chunk

# the redaction seam, satisfied by an adapter built in assistant.wiring


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
    surfaces: dict[str, list[Any]] = field(default_factory=dict)
    """Per case, every indexed note's surfaces (redaction.surfaces.NoteSurfaces), saved after commit."""
    dropped_surfaces: dict[str, list[str]] = field(default_factory=dict)
    """Per case, notes withheld or removed whose surfaces must go with them."""
    sensitivities: dict[str, str] = field(default_factory=dict)
    """Each indexed note's sensitivity, stored beside its question aliases so scope selects them."""

    @property
    def empty(self) -> bool:
        return not (self.cases or self.notes or self.removed_notes or self.removed_cases)
