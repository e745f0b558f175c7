"""Small real stores for the retrieval tests: Chroma in a temp dir, random or hand-written chunks.

Vectors are random unit vectors (dimension 16 by default) so the exact-search tests can compare
against a numpy brute force; the MiniLM model is only loaded by the tests that need meaning.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from access.scope import Scope
from records.database import make_engine
from retrieval.chroma_index import ChromaIndex
from retrieval.types import Chunk

DIM = 16
FIRST_DAY = dt.date(2022, 1, 1)


@dataclass(frozen=True)
class Corpus:
    chunks: list[Chunk]
    vectors: np.ndarray

    @property
    def case_ids(self) -> list[str]:
        return sorted({chunk.case_id for chunk in self.chunks})


def unit(vectors: np.ndarray) -> np.ndarray:
    matrix = np.asarray(vectors, dtype=np.float32)
    return matrix / np.linalg.norm(matrix, axis=-1, keepdims=True)


def random_corpus(seed: int, cases: int = 6, per_case: int = 40, dim: int = DIM, restricted_share: float = 0.25) -> Corpus:
    rng = np.random.default_rng(seed)
    chunks: list[Chunk] = []
    for case_number in range(cases):
        case_id = f"C{case_number:03d}"
        for note_number in range(int(rng.integers(1, per_case + 1))):
            day = FIRST_DAY + dt.timedelta(days=int(rng.integers(0, 1000)))
            chunks.append(
                Chunk(
                    chunk_id=f"{case_id}-N{note_number:04d}-0",
                    note_id=f"{case_id}-N{note_number:04d}",
                    case_id=case_id,
                    date=day,
                    note_type="home_visit",
                    title=f"note {note_number}",
                    text=f"case {case_id} note {note_number}",
                    sensitivity="restricted" if rng.random() < restricted_share else "standard",
                )
            )
    return Corpus(chunks, unit(rng.normal(size=(len(chunks), dim))))


def chroma_index(directory: Path, collection: str = "chunks") -> ChromaIndex:
    """A persistent ChromaIndex under `directory`, its generation counter in a SQLite file beside it."""
    engine = make_engine(f"sqlite:///{directory / 'state.db'}")
    return ChromaIndex.persistent(directory / "chroma", collection, engine)


def brute_force(
    corpus: Corpus,
    scope: Scope,
    query: np.ndarray,
    k: int,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
) -> list[tuple[str, float]]:
    """The reference answer: every permitted row scored, sorted, cut at k."""
    scores = corpus.vectors @ unit(query)
    rows = [
        (chunk.chunk_id, float(score))
        for chunk, score in zip(corpus.chunks, scores, strict=True)
        if scope.allows(chunk.case_id, chunk.sensitivity)
        and (date_from is None or chunk.date >= date_from)
        and (date_to is None or chunk.date <= date_to)
    ]
    rows.sort(key=lambda row: (-row[1], row[0]))
    return rows[:k]
